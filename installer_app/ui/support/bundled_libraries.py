"""Which libraries this program is made of, with their versions and licences.

Read from the installed distributions' metadata (``importlib.metadata``), following the runtime
requirements of ``installer-app`` recursively (requirements that only an extra asks for are left
out). The frozen build bundles exactly this metadata (``copy_metadata(..., recursive=True)`` in
``build_spec/installer_app.spec``), so the About dialog lists what the package really contains.
A requirement whose distribution is not installed is skipped: it is not part of this build (its
environment marker excluded it, e.g. a Windows-only dependency on Linux).
"""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass
from importlib import metadata

#: The distribution whose dependency closure is listed.
ROOT_DISTRIBUTION = "installer-app"
#: A ``License`` field longer than this is the licence's full text, not its name.
_SHORT_LICENCE = 80
_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")
_CLASSIFIER_PREFIX = "License :: "


@dataclass(frozen=True)
class BundledLibrary:
    """One distribution of the build: ``licence`` is "unknown" when its metadata says nothing."""

    name: str
    version: str
    licence: str


def normalized(name: str) -> str:
    """The distribution name as registries compare it (PEP 503)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def _field(meta: metadata.PackageMetadata, name: str) -> str:
    values = meta.get_all(name) or []
    return str(values[0]).strip() if values else ""


def licence_of(meta: metadata.PackageMetadata) -> str:
    """The licence a distribution declares, in the most precise form its metadata has.

    ``License-Expression`` (an SPDX expression) first; then a short ``License`` field; then the
    ``License ::`` classifiers; then the first line of a long ``License`` field.
    """
    expression = _field(meta, "License-Expression")
    if expression:
        return expression
    field = _field(meta, "License")
    if field and len(field) <= _SHORT_LICENCE and "\n" not in field:
        return field
    classifiers = [
        c.split(" :: ")[-1]
        for c in meta.get_all("Classifier") or []
        if c.startswith(_CLASSIFIER_PREFIX)
    ]
    if classifiers:
        return "; ".join(classifiers)
    if field:
        first = field.splitlines()[0].strip()
        return first if len(first) <= _SHORT_LICENCE else first[: _SHORT_LICENCE - 1] + "…"
    return "unknown"


def runtime_requirements(distribution: metadata.Distribution) -> list[str]:
    """Names of the distributions ``distribution`` needs at run time (no extras)."""
    names: list[str] = []
    for requirement in distribution.requires or []:
        _spec, _, marker = requirement.partition(";")
        if "extra" in marker and re.search(r"\bextra\s*==", marker):
            continue
        match = _NAME.match(requirement)
        if match:
            names.append(match.group(1))
    return names


def bundled_libraries(root: str = ROOT_DISTRIBUTION) -> list[BundledLibrary]:
    """Every installed distribution ``root`` depends on, sorted by name (``root`` excluded).

    An empty list when ``root`` itself has no metadata (run from a bare source tree).
    """
    try:
        start = metadata.distribution(root)
    except metadata.PackageNotFoundError:
        return []
    seen = {normalized(root)}
    found: list[BundledLibrary] = []
    queue = deque(runtime_requirements(start))
    while queue:
        name = queue.popleft()
        key = normalized(name)
        if key in seen:
            continue
        seen.add(key)
        try:
            distribution = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        found.append(
            BundledLibrary(
                name=_field(distribution.metadata, "Name") or name,
                version=distribution.version,
                licence=licence_of(distribution.metadata),
            )
        )
        queue.extend(runtime_requirements(distribution))
    return sorted(found, key=lambda library: normalized(library.name))
