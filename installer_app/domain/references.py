"""Stock-mode fleet and installation references, as a technician types or pastes them.

A stock PBX is declared on Rainbow with its equipment id **and** activation code both set to
``fleet-installation``, e.g. ``ALE12-1234.5678.90`` (fleet ``ALE12``, installation
``1234.5678.90``). The exact character rules of both references are not published: the
documented shape lives in :data:`FLEET_SHAPE` and :data:`INSTALLATION_SHAPE` only, and every
parse accepts ``override=True`` to keep a value that does not match it.

Since the joined value is also the activation code, messages never repeat what was typed: they
may end up in a log.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final, Literal

FLEET_SHAPE: Final = r"[A-Z]{2,8}[0-9]{1,6}"
"""Inferred shape of a fleet reference: letters then digits, like ``ALE12``."""
FLEET_SHAPE_TEXT: Final = "2 to 8 letters followed by 1 to 6 digits"
FLEET_EXAMPLE: Final = "ALE12"

INSTALLATION_SHAPE: Final = r"[0-9]{4}\.[0-9]{4}\.[0-9]{2}"
"""Inferred shape of an installation reference: digit groups 4.4.2, like ``1234.5678.90``."""
INSTALLATION_SHAPE_TEXT: Final = "4 digits, a dot, 4 digits, a dot, 2 digits"
INSTALLATION_EXAMPLE: Final = "1234.5678.90"

SEPARATOR: Final = "-"
REFERENCE_EXAMPLE: Final = f"{FLEET_EXAMPLE}{SEPARATOR}{INSTALLATION_EXAMPLE}"

Field = Literal["fleet_ref", "installation_ref", "reference"]

_FLEET_RE: Final = re.compile(FLEET_SHAPE)
_INSTALLATION_RE: Final = re.compile(INSTALLATION_SHAPE)
# The same groups separated by spaces (or a mix of spaces and dots), as read aloud or retyped
# from a label: derived from INSTALLATION_SHAPE so that the shape stays in one place.
_INSTALLATION_SPACED_RE: Final = re.compile(INSTALLATION_SHAPE.replace(r"\.", "[ .]"))

# Dashes a word processor, a web page or a PDF put where a hyphen-minus was meant.
_DASHES: Final = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63"
# Invisible characters that ride along with copied text.
_INVISIBLE: Final = "\u00ad\u180e\u200b\u200c\u200d\u2060\ufeff"
_TRANSLATION: Final = {
    **{ord(dash): SEPARATOR for dash in _DASHES},
    **{ord(char): None for char in _INVISIBLE},
    # Full-width ASCII (typed with an East Asian input method) to plain ASCII.
    **{code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)},
}
_SPACES_RE: Final = re.compile(r"\s+")
_AROUND_SEPARATOR_RE: Final = re.compile(rf"\s*{SEPARATOR}\s*")
_AROUND_DOT_RE: Final = re.compile(r"\s*\.\s*")


class ReferenceError(ValueError):
    """A reference is missing or malformed.

    Attributes:
        field: ``"fleet_ref"``, ``"installation_ref"`` or ``"reference"`` (the joined value).
        message: a sentence for the technician naming the field and the expected shape.
    """

    def __init__(self, field: Field, message: str) -> None:
        super().__init__(message)
        self.field: Field = field
        self.message = message


@dataclass(frozen=True)
class Reference:
    """A fleet reference and an installation reference, normalised."""

    fleet: str
    installation: str

    @property
    def joined(self) -> str:
        """The value Rainbow stores as equipment id and activation code."""
        return f"{self.fleet}{SEPARATOR}{self.installation}"

    def __str__(self) -> str:
        return self.joined


def normalize(raw: str) -> str:
    """Clean what a technician really pastes, without judging its shape.

    Removes invisible characters, turns look-alike dashes into ``-`` and full-width characters
    into ASCII, upper-cases, collapses any run of (Unicode) white space into one space, strips
    the ends and drops the spaces around a dash and around a dot (``1234. 5678. 90``, as a
    line-wrapped label or a PDF gives it). Idempotent; never raises.
    """
    text = raw.translate(_TRANSLATION).upper()
    text = _SPACES_RE.sub(" ", text).strip()
    text = _AROUND_DOT_RE.sub(".", text)
    return _AROUND_SEPARATOR_RE.sub(SEPARATOR, text)


def normalize_fleet(raw: str) -> str:
    """Normalise a fleet reference: spaces inside are dropped (``ALE 12`` → ``ALE12``).

    Trailing dashes, left when only the first half of a joined reference was copied, are
    dropped.
    """
    return normalize(raw).replace(" ", "").rstrip(SEPARATOR)


def normalize_installation(raw: str) -> str:
    """Normalise an installation reference.

    Groups separated by spaces instead of dots (``1234 5678 90``) become the dotted form, but
    only when the groups have exactly the documented sizes: anything else is left as typed so
    the validation can explain the shape. A leading dash, left when only the second half of a
    joined reference was copied, is dropped (and any further leading dashes).
    """
    text = normalize(raw).lstrip(SEPARATOR)
    if _INSTALLATION_SPACED_RE.fullmatch(text):
        return text.replace(" ", ".")
    return text


def _shape_message(label: str, shape_text: str, example: str) -> str:
    return (
        f"{label} does not have the expected shape: {shape_text}, e.g. {example}. "
        "Check it; if the real reference differs from this shape, use the override."
    )


def check_fleet(value: str) -> str | None:
    """Return None when the fleet reference is valid, else a message for the technician."""
    fleet = normalize_fleet(value)
    if not fleet:
        return "Fleet reference is required."
    if _FLEET_RE.fullmatch(fleet):
        return None
    return _shape_message("Fleet reference", FLEET_SHAPE_TEXT, FLEET_EXAMPLE)


def check_installation(value: str) -> str | None:
    """Return None when the installation reference is valid, else a message."""
    installation = normalize_installation(value)
    if not installation:
        return "Installation reference is required."
    if _INSTALLATION_RE.fullmatch(installation):
        return None
    return _shape_message("Installation reference", INSTALLATION_SHAPE_TEXT, INSTALLATION_EXAMPLE)


def _build(fleet_raw: str, installation_raw: str, *, override: bool) -> Reference:
    """Normalise and check both parts; the structural checks hold even with the override."""
    fleet = normalize_fleet(fleet_raw)
    installation = normalize_installation(installation_raw)
    if not fleet:
        raise ReferenceError("fleet_ref", "Fleet reference is required.")
    if not installation:
        raise ReferenceError("installation_ref", "Installation reference is required.")
    if SEPARATOR in fleet:
        raise ReferenceError(
            "fleet_ref",
            "Fleet reference cannot contain a dash: the dash separates it from the "
            f"installation reference, e.g. {REFERENCE_EXAMPLE}.",
        )
    if not override:
        fleet_message = check_fleet(fleet)
        if fleet_message is not None:
            raise ReferenceError("fleet_ref", fleet_message)
        installation_message = check_installation(installation)
        if installation_message is not None:
            raise ReferenceError("installation_ref", installation_message)
    return Reference(fleet, installation)


def parse_reference(raw: str, *, override: bool = False) -> Reference:
    """Parse a joined reference such as ``ALE12-1234.5678.90``.

    The value is split on the first dash after normalising (the installation part has dots,
    not dashes). With ``override=True`` only a missing part or a missing dash is refused; the
    documented shapes are not enforced.

    Raises:
        ReferenceError: with the field to highlight and a message for the technician.
    """
    text = normalize(raw)
    if not text:
        raise ReferenceError("reference", f"Reference is required, e.g. {REFERENCE_EXAMPLE}.")
    fleet, separator, installation = text.partition(SEPARATOR)
    if not separator:
        raise ReferenceError(
            "reference",
            "Reference must be the fleet reference and the installation reference joined "
            f"by a dash, e.g. {REFERENCE_EXAMPLE}.",
        )
    return _build(fleet, installation, override=override)


def split_pasted(raw: str) -> Reference | None:
    """Recognise a whole reference pasted into either field, and return both parts.

    Accepts the joined form with any dash, spaces, line breaks or case, and the two halves
    separated by white space (two spreadsheet cells). Returns None when the text is only one
    part, so the field keeps it as typed.

    A dash-joined text is split when at least one side matches its documented shape, so that
    a reference outside the shapes can still be pasted whole (the fields then validate each
    part) while ``1234-5678-90`` stays in the installation field. A white-space separated text
    is split only when both halves match, so that ``1234 5678 90`` stays one installation
    reference. Never raises.
    """
    text = normalize(raw)
    fleet, separator, rest = text.partition(SEPARATOR)
    if separator:
        installation = normalize_installation(rest)
        if not fleet or not installation or " " in fleet or " " in installation:
            return None
        if _FLEET_RE.fullmatch(fleet) or _INSTALLATION_RE.fullmatch(installation):
            return Reference(fleet, installation)
        return None
    fleet, _, rest = text.partition(" ")
    if rest and _FLEET_RE.fullmatch(fleet):
        installation = normalize_installation(rest)
        if _INSTALLATION_RE.fullmatch(installation):
            return Reference(fleet, installation)
    return None


def split_if_whole(fleet: str, installation: str) -> tuple[str, str]:
    """Both parts, when the whole reference was given as one of them (pasted, or one option).

    The wizard's fields and the command line's ``--fleet-ref``/``--installation-ref`` use
    this one rule: a part given alone that :func:`split_pasted` recognises as a whole
    reference is split; anything else is returned as given, for the checks to explain.
    """
    for whole, other in ((fleet, installation), (installation, fleet)):
        if whole.strip() and not other.strip():
            reference = split_pasted(whole)
            if reference is not None:
                return reference.fleet, reference.installation
    return fleet, installation


def join(fleet: str, installation: str) -> str:
    """Join two references into the value Rainbow stores, after normalising them.

    The shapes are not enforced here (the caller validated or overrode them).

    Raises:
        ReferenceError: when a part is empty or the fleet reference contains a dash.
    """
    return _build(fleet, installation, override=True).joined


def stock_credentials(fleet: str, installation: str) -> tuple[str, str]:
    """Return ``(equipment_id, activation_code)`` for a stock-mode PBX: both the joined value.

    Raises:
        ReferenceError: as :func:`join`.
    """
    joined = join(fleet, installation)
    return joined, joined


def format_reference(reference: Reference) -> str:
    """Format a reference back into its joined form (same as ``str(reference)``)."""
    return reference.joined
