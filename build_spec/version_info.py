"""The Windows version resource of ``installer-app.exe``, generated from the package version.

PyInstaller reads a version file written in the syntax of its ``VSVersionInfo`` classes. Those
classes need ``pefile``, which PyInstaller installs on Windows only, so the spec writes the file
as text here (on any build host) and hands it to ``EXE(version=...)`` when building on Windows.
Explorer shows these strings under Properties > Details.
"""

from __future__ import annotations

import re
from pathlib import Path

#: What Windows shows as product and company (no trademark claimed).
PRODUCT_NAME = "OXO Connect Rainbow Installer"
COMPANY_NAME = "ALE Installer"
DESCRIPTION = "Associates an OXO Connect PBX with a customer company on Rainbow"
EXECUTABLE = "installer-app.exe"

_VERSION = re.compile(r'^__version__\s*=\s*["\']([^"\']+)["\']', re.MULTILINE)


def read_version(package_init: Path) -> str:
    """The ``__version__`` string of ``installer_app/__init__.py`` (without importing it)."""
    match = _VERSION.search(package_init.read_text(encoding="utf-8"))
    if match is None:
        raise ValueError(f"{package_init}: no __version__ line")
    return match.group(1)


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """Four numbers for Windows: ``"1.2.3rc1"`` → ``(1, 2, 3, 0)``; missing parts are 0."""
    numbers = [int(part) for part in re.findall(r"\d+", version.partition("+")[0])[:3]]
    numbers += [0] * (4 - len(numbers))
    return (numbers[0], numbers[1], numbers[2], numbers[3])


def version_file_text(version: str) -> str:
    """The version resource for ``version``, in PyInstaller's version-file syntax."""
    numbers = version_tuple(version)
    strings = {
        "CompanyName": COMPANY_NAME,
        "FileDescription": DESCRIPTION,
        "FileVersion": version,
        "InternalName": "installer-app",
        "OriginalFilename": EXECUTABLE,
        "ProductName": PRODUCT_NAME,
        "ProductVersion": version,
    }
    table = ",\n".join(f"          StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers!r},
    prodvers={numbers!r},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable(
        '040904B0',
        [
{table}
        ])
    ]),
    VarFileInfo([VarStruct('Translation', [0x0409, 1200])])
  ]
)
"""


def write_version_file(version: str, path: Path) -> Path:
    """Write :func:`version_file_text` to ``path``; returns ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(version_file_text(version), encoding="utf-8")
    return path
