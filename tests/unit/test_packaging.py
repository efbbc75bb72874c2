"""The PyInstaller spec and its helpers, read as text: what must be bundled and what must not.

Building the package takes a while, so ``.ci/run`` does it once (``make package`` and the frozen
``--selftest``); these tests catch an edit to the spec that drops a keyring backend or lets a
heavy Qt module back in, in a second.
"""

from __future__ import annotations

import ast
import fnmatch
import importlib.util
import re
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


def test_multiprocessing_is_left_out_and_the_program_never_uses_it() -> None:
    """Its runtime hook would import it before the first paint; the package must then hold no
    code that starts worker processes."""
    excluded = _assigned("EXCLUDED_MODULES")
    assert isinstance(excluded, list)
    assert {"multiprocessing", "concurrent.futures.process"} <= set(excluded)
    package = ROOT / "installer_app"
    users = [
        path.relative_to(package).as_posix()
        for path in package.rglob("*.py")
        if re.search(r"\bmultiprocessing\b|ProcessPoolExecutor", path.read_text("utf-8"))
    ]
    assert users == []


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


def _qt_plugins_not_excluded() -> list[str]:
    """The installed PySide6's Qt plugins that the spec's exclusions let through (PyInstaller
    then bundles those that belong to the Qt modules the program imports)."""
    import PySide6

    plugins = Path(PySide6.__file__).parent / "Qt" / "plugins"
    excluded = _assigned("EXCLUDED_BINARIES")
    assert isinstance(excluded, list)
    return sorted(
        path.relative_to(plugins).as_posix()
        for path in plugins.rglob("*")
        if path.is_file()
        and path.suffix in {".so", ".dll", ".dylib"}
        and not any(fnmatch.fnmatch(f"PySide6/Qt/plugins/{path.relative_to(plugins).as_posix()}",
                                    pattern) for pattern in excluded)
    )  # fmt: skip


def test_the_qt_plugins_kept_are_the_ones_the_program_loads() -> None:
    kept = _qt_plugins_not_excluded()
    print("Qt plugins not excluded:", ", ".join(kept))  # shown with -s
    names = {Path(name).stem.removeprefix("lib") for name in kept}
    # A desktop platform, the offscreen one of the self-test, the SVG icon, the Windows ICO.
    for needed in ("qoffscreen", "qsvg", "qsvgicon", "qico"):
        assert needed in names, f"{needed} is left out"
    if sys.platform == "linux":
        assert "qxcb" in names
    for unused in ("qjpeg", "qgif", "qtiff", "qwebp", "qtga", "qwbmp", "qicns", "qpdf",
                   "qeglfs", "qlinuxfb", "qminimal", "qvnc", "qvkkhrdisplay", "qgtk3"):  # fmt: skip
        assert unused not in names, f"{unused} is bundled"


def test_the_spec_bundles_the_trimmed_icu_data() -> None:
    text = SPEC.read_text(encoding="utf-8")
    assert "a.binaries = _with_trimmed_icu(" in text
    assert "icu_data.trimmed_library(" in text


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("icudt73l/root.res", True),
        ("icudt73l/fr.res", True),
        ("icudt73l/pt_BR.res", True),
        ("icudt73l/coll/de__PHONEBOOK.res", True),
        ("icudt73l/coll/es.res", True),
        ("icudt73l/coll/root.res", True),
        ("icudt73l/coll/ucadata.icu", True),
        ("icudt73l/coll/res_index.res", True),
        ("icudt73l/res_index.res", True),
        ("icudt73l/pool.res", True),
        ("icudt73l/likelySubtags.res", True),
        ("icudt73l/cnvalias.icu", True),
        ("icudt73l/uts46.nrm", True),
        ("icudt73l/zoneinfo64.res", True),
        ("icudt73l/coll/zh.res", False),
        ("icudt73l/sv.res", False),
        ("icudt73l/sr_Latn_BA.res", False),
        ("icudt73l/brkitr/word.brk", False),
        ("icudt73l/zone/fr.res", False),
        ("icudt73l/curr/en.res", False),
        ("icudt73l/unit/de.res", False),
        ("icudt73l/lang/it.res", False),
        ("icudt73l/region/es.res", False),
        ("icudt73l/translit/root.res", False),
        ("icudt73l/rbnf/fr.res", False),
        ("icudt73l/ibm-1252_P100-2000.cnv", False),
        ("icudt73l/unames.icu", False),
        ("icudt73l/rfc3491.spp", False),
    ],
)
def test_icu_data_keeps_what_qt_reads_for_the_shipped_languages(name: str, kept: bool) -> None:
    assert _load("icu_data").keeps(name) is kept


def test_icu_data_package_is_rewritten_with_its_items_intact() -> None:
    icu_data = _load("icu_data")
    magic = struct.pack("<HBB", 32, 0xDA, 0x27)
    header = magic + struct.pack("<HHBBBB", 20, 0, 0, 0, 2, 0) + b"CmnD"
    header += b"\0" * (32 - len(header))
    items = [("pkg/b.res", b"\x01" * 20), ("pkg/a.res", b"\x02" * 16), ("pkg/coll/c.res", b"x")]
    package = icu_data.write_package(header, items)
    read_header, read_items = icu_data.read_package(package)
    assert read_header == header
    # Sorted by name (ICU looks items up by binary search), each padded to 16 bytes.
    assert [name for name, _ in read_items] == ["pkg/a.res", "pkg/b.res", "pkg/coll/c.res"]
    assert [blob.rstrip(b"\0") for _, blob in read_items] == [b"\x02" * 16, b"\x01" * 20, b"x"]
    with pytest.raises(ValueError, match="not an ICU common data package"):
        icu_data.read_package(b"\0" * 64)


def test_icu_data_of_the_installed_qt_is_trimmed_to_the_shipped_languages() -> None:
    import PySide6

    libraries = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    if not libraries:
        pytest.skip("this PySide6 brings no ICU data library (Windows and macOS wheels)")
    icu_data = _load("icu_data")
    data = icu_data.rodata(libraries[0].read_bytes())
    header, items = icu_data.read_package(data)
    kept = [(name, blob) for name, blob in items if icu_data.keeps(name)]
    collations = {name.split("/", 1)[1] for name, _ in kept if "/coll/" in name}
    assert {f"coll/{lang}.res" for lang in ("root", "en", "fr", "de", "es", "it", "pt")} <= (
        collations
    )
    assert "coll/ucadata.icu" in collations
    size = len(icu_data.write_package(header, kept))
    print(f"ICU data: {len(data) / 1e6:.1f} MB, {size / 1e6:.1f} MB bundled")
    assert size < len(data) / 4
