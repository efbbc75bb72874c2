"""The PyInstaller spec and its helpers, read as text: what must be bundled and what must not.

Building the package takes a while, so ``.ci/run`` does it once (``make package`` and the frozen
``--selftest``); these tests catch an edit to the spec that drops a keyring backend or lets a
heavy Qt module back in, in a second.
"""

from __future__ import annotations

import ast
import importlib.util
import struct
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

import installer_app
from installer_app import resources

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "build_spec" / "installer_app.spec"


def _load(name: str) -> ModuleType:
    path = ROOT / "build_spec" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"build_spec_{name}", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _assigned(name: str) -> object:
    """The literal value assigned to ``name`` at the spec's top level."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} is not assigned in {SPEC.name}")


def test_every_keyring_backend_is_a_hidden_import() -> None:
    backends = _assigned("KEYRING_BACKENDS")
    assert isinstance(backends, list)
    for name in ("Windows", "macOS", "SecretService", "kwallet", "libsecret", "chainer", "fail"):
        assert f"keyring.backends.{name}" in backends
    text = SPEC.read_text(encoding="utf-8")
    for dependency in ("jeepney", "secretstorage", "win32ctypes.pywin32"):
        assert f'"{dependency}"' in text
    assert 'HIDDEN_IMPORTS = collect_submodules("installer_app") + KEYRING_BACKENDS' in text
    assert "hiddenimports=HIDDEN_IMPORTS" in text


def test_the_first_keyring_call_registers_the_backends_without_entry_points() -> None:
    # In a fresh interpreter, as in the frozen program (no entry points): importing the
    # platform's backends before asking keyring registers them.
    probe = (
        "from keyring.compat.py312 import metadata\n"  # what keyring reads entry points with
        "metadata.entry_points = lambda **kwargs: metadata.EntryPoints(())\n"
        "from installer_app.storage.credentials import system_keyring\n"
        "system_keyring()\n"
        "from keyring.backend import KeyringBackend\n"
        "print(' '.join(sorted({c.__module__ for c in KeyringBackend._classes})))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    registered = set(result.stdout.split())
    assert {"keyring.backends.chainer", "keyring.backends.fail"} <= registered
    if sys.platform == "linux":
        assert {"keyring.backends.SecretService", "keyring.backends.kwallet"} <= registered
    assert "rthook" not in SPEC.read_text(encoding="utf-8")


def test_unused_heavy_modules_are_excluded_but_qtgui_is_kept() -> None:
    excluded = _assigned("EXCLUDED_MODULES")
    assert isinstance(excluded, list)
    for name in (
        "PySide6.QtWebEngineCore",
        "PySide6.QtWebEngineWidgets",
        "PySide6.QtQml",
        "PySide6.QtQuick",
        "PySide6.Qt3DCore",
        "PySide6.QtMultimedia",
        "PySide6.QtCharts",
        "PySide6.QtDataVisualization",
        "PySide6.QtPdf",
        "tkinter",
        "pytest",
        "hypothesis",
    ):
        assert name in excluded
    # The program needs these (QPdfWriter lives in QtGui; the self-test drives QtTest).
    for needed in ("PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtTest"):
        assert needed not in excluded
    binaries = _assigned("EXCLUDED_BINARIES")
    assert isinstance(binaries, list)
    assert "*platformthemes/*qgtk3*" in binaries
    assert "*Qt6WebEngine*" in binaries


def test_qt_translations_and_icons_are_bundled() -> None:
    languages = _assigned("QT_LANGUAGES")
    assert isinstance(languages, tuple)
    assert {"en", "fr", "de", "es", "it"} <= set(languages)
    assert any(language.startswith("pt") for language in languages)
    text = SPEC.read_text(encoding="utf-8")
    assert "resources.runtime_files()" in text and "_resources()" in text
    assert 'copy_metadata("installer-app", recursive=True)' in text


def test_windows_and_macos_get_their_icon_version_and_bundle() -> None:
    text = SPEC.read_text(encoding="utf-8")
    assert 'ICONS / "installer-app.ico"' in text
    assert 'ICONS / "installer-app.icns"' in text
    assert "version=str(VERSION_FILE) if IS_WIN else None" in text
    assert "BUNDLE(" in text
    assert "--onefile" in text


def test_version_resource_follows_the_package_version() -> None:
    version_info = _load("version_info")
    assert version_info.read_version(ROOT / "installer_app" / "__init__.py") == (
        installer_app.__version__
    )
    assert version_info.version_tuple("1.2.3") == (1, 2, 3, 0)
    assert version_info.version_tuple("2.0") == (2, 0, 0, 0)
    assert version_info.version_tuple("1.4.0rc2+local.7") == (1, 4, 0, 0)
    text = version_info.version_file_text("3.1.4")
    tree = ast.parse(text, mode="eval")  # PyInstaller evaluates it as one expression
    assert isinstance(tree.body, ast.Call)
    assert "filevers=(3, 1, 4, 0)" in text
    assert "StringStruct('ProductVersion', '3.1.4')" in text
    assert "StringStruct('OriginalFilename', 'installer-app.exe')" in text


def test_pyinstaller_reads_the_version_file(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    pytest.importorskip("PyInstaller")
    # PyInstaller's version-info classes import pefile and win32api, which exist on Windows
    # only; reading a version file uses neither.
    monkeypatch.setitem(sys.modules, "pefile", ModuleType("pefile"))
    import PyInstaller.compat

    monkeypatch.setattr(PyInstaller.compat, "win32api", None, raising=False)
    monkeypatch.delitem(sys.modules, "PyInstaller.utils.win32.versioninfo", raising=False)
    from PyInstaller.utils.win32 import versioninfo

    version_info = _load("version_info")
    path = version_info.write_version_file("2.5.1", tmp_path / "version_info.txt")
    info = versioninfo.load_version_info_from_text_file(str(path))
    assert isinstance(info, versioninfo.VSVersionInfo)
    assert (info.ffi.fileVersionMS, info.ffi.fileVersionLS) == ((2 << 16) | 5, 1 << 16)
    assert "StringStruct('ProductName', 'OXO Connect Rainbow Installer')" in str(info)


@pytest.mark.parametrize(
    ("size", "goal", "expected"),
    [
        (120_000_000, 150.0, ["package: p is 120.0 MB (114.4 MiB), built in 42 s"]),
        (
            151_000_000,
            150.0,
            [
                "package: p is 151.0 MB (144.0 MiB), built in 42 s",
                "package: warning: over the 150 MB goal",
            ],
        ),
    ],
)
def test_package_size_summary(size: int, goal: float, expected: list[str]) -> None:
    package_size = _load("package_size")
    assert package_size.summary(Path("p"), size, 42.0, goal) == expected


def test_package_size_counts_files_not_links(tmp_path: Path) -> None:
    package_size = _load("package_size")
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "a.so").write_bytes(b"x" * 1000)
    (tmp_path / "b").write_bytes(b"y" * 24)
    (tmp_path / "a-link.so").symlink_to(tmp_path / "lib" / "a.so")
    assert package_size.package_bytes(tmp_path) == 1024


def test_generated_icons_are_committed_with_every_size() -> None:
    icons = resources.ICONS
    for size in (16, 24, 32, 48, 64, 128, 256):
        data = (icons / f"installer-app-{size}.png").read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        width, height = struct.unpack(">II", data[16:24])
        assert (width, height) == (size, size)
    ico = (icons / "installer-app.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1)
    sizes = {ico[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= sizes
    assert (icons / "installer-app.icns").read_bytes()[:4] == b"icns"
