"""After whole installations, no file the program wrote holds a secret.

The wizard (stock and BTCO, clicked through with the Walkthrough on the embedded sandbox) and the
command line (``apply``, ``report``, ``plan protect``, ``diagnostics``) run with every writable
place of the program pointed at a temporary folder: the home folder and the XDG folders, Qt's
standard paths in test mode, the log (configured where the program puts it), the settings and the
drafts next to them, installation files, reports, the diagnostics zip. Every file under that
folder is then read (PDFs as their text too) and searched for the Rainbow password, the
application secret and every token the emulator issued; passphrase-protected installation files
are also searched for the activation code and the equipment id. Prints ``secrets found: 0``.
"""

from __future__ import annotations

import json
import logging
import logging.handlers
import os
import subprocess
import sys
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from PySide6.QtCore import QStandardPaths

from installer_app.domain.flow import Step
from installer_app.domain.plan import DeliveryMode
from installer_app.harness.walkthrough import Walkthrough
from installer_app.rainbow.exchange_log import SESSION_LOG
from installer_app.sandbox.embedded import EmbeddedSandbox
from installer_app.sandbox.seed import SandboxSeed
from installer_app.services.app_services import AppServices
from installer_app.storage.logs import (
    EXCHANGE_LOG_FILE_NAME,
    EXCHANGE_LOGGER,
    configure_logging,
    forget_secrets,
)
from installer_app.ui.dialogs.diagnostics_dialog import DiagnosticsDialog
from installer_app.ui.support.paths import log_folder
from tests.conftest import MemoryKeyring, services_on_sandbox

pytestmark = pytest.mark.slow

SEED = SandboxSeed.default()
PASSPHRASE = "office-to-site passphrase"


# -- where the program writes ----------------------------------------------------------------------


def home_environment(home: Path) -> dict[str, str]:
    return {
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_STATE_HOME": str(home / ".local" / "state"),
    }


@pytest.fixture
def app_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The program's writable places, all under ``tmp_path/home``."""
    home = tmp_path / "home"
    home.mkdir()
    for name, value in home_environment(home).items():
        monkeypatch.setenv(name, value)
    QStandardPaths.setTestModeEnabled(True)
    try:
        yield home
    finally:
        QStandardPaths.setTestModeEnabled(False)


@pytest.fixture
def program_log(app_home: Path) -> Iterator[Path]:
    """The program's log, configured where the program configures it (under ``app_home``), at
    debug level: the redaction must hold even when support asks for the most detailed log."""
    root = logging.getLogger()
    level = root.level
    path = configure_logging(log_folder(), level=logging.DEBUG)
    assert path.is_relative_to(app_home), path
    try:
        yield path
    finally:
        forget_secrets()
        for logger in (root, logging.getLogger(EXCHANGE_LOGGER)):
            for handler in list(logger.handlers):
                if isinstance(handler, logging.handlers.RotatingFileHandler):
                    logger.removeHandler(handler)
                    handler.close()
        root.setLevel(level)


@pytest.fixture
def embedded() -> Iterator[tuple[EmbeddedSandbox, list[str]]]:
    """The embedded sandbox, and every token its Rainbow emulator issues (renewals included)."""
    sandbox = EmbeddedSandbox()
    issued: list[str] = []
    sessions = sandbox.rainbow.sessions
    original = sessions.issue

    def issue(*args: Any, **kwargs: Any) -> str:
        token = original(*args, **kwargs)
        issued.append(token)
        return token

    sessions.issue = issue  # type: ignore[method-assign]
    with sandbox:
        yield sandbox, issued


# -- the scan ------------------------------------------------------------------------------------


def readable_forms(path: Path) -> list[str]:
    """The file's text, and a PDF's extracted text (its streams are compressed)."""
    raw = path.read_bytes()
    forms = [raw.decode("utf-8", errors="replace"), raw.decode("latin-1")]
    if path.suffix.lower() == ".pdf":
        from pypdf import PdfReader

        forms.append("\n".join(page.extract_text() or "" for page in PdfReader(path).pages))
    if path.suffix.lower() == ".zip":
        import zipfile

        with zipfile.ZipFile(path) as archive:
            forms.extend(archive.read(n).decode("utf-8", "replace") for n in archive.namelist())
    return forms


def find_secrets(root: Path, secrets: dict[str, str], only: Callable[[Path], bool]) -> list[str]:
    """``"file: what"`` for every secret found in a file under ``root`` that ``only`` selects."""
    found: list[str] = []
    variants = {name: {value, json.dumps(value)[1:-1]} for name, value in secrets.items() if value}
    for path in sorted(p for p in root.rglob("*") if p.is_file() and only(p)):
        forms = readable_forms(path)
        for name, values in variants.items():
            if any(value in form for value in values for form in forms):
                found.append(f"{path.relative_to(root)}: {name}")
    return found


def zip_names(folder: Path) -> list[str]:
    """The entries of every zip in ``folder``."""
    import zipfile

    names: list[str] = []
    for path in folder.glob("*.zip"):
        with zipfile.ZipFile(path) as archive:
            names.extend(archive.namelist())
    return names


def every_file(_path: Path) -> bool:
    return True


def rainbow_secrets(issued: list[str]) -> dict[str, str]:
    secrets = {"password": SEED.bp_admin.password, "application secret": SEED.application.secret}
    secrets.update({f"token {n + 1}": token for n, token in enumerate(issued)})
    return secrets


# -- the wizard ----------------------------------------------------------------------------------


@pytest_asyncio.fixture
async def services(
    embedded: tuple[EmbeddedSandbox, list[str]], memory_keyring: MemoryKeyring
) -> AsyncIterator[AppServices]:
    async with services_on_sandbox(embedded[0].info, memory_keyring) as built:
        yield built


@pytest.mark.asyncio
async def test_no_secret_in_what_the_wizard_wrote(  # type: ignore[no-untyped-def]
    qtbot,
    *,
    make_wizard,
    services: AppServices,
    embedded: tuple[EmbeddedSandbox, list[str]],
    app_home: Path,
    program_log: Path,
    tmp_path: Path,
) -> None:
    sandbox, issued = embedded
    documents = app_home / "Documents"
    SESSION_LOG.clear()
    for mode in (DeliveryMode.STOCK, DeliveryMode.BTCO):
        wizard = make_wizard(services)
        wizard.plan_path = documents / f"{mode.value}.oxoplan.json"
        pbx = next(p for p in sandbox.info.fleet if p["mode"] == mode.value)
        try:
            await Walkthrough(wizard, mode=mode, pbx=pbx).run()
            dialog = DiagnosticsDialog(wizard, log_folder=program_log.parent, environ={})
            qtbot.addWidget(dialog)
            assert dialog.save_to(documents / f"diagnostics-{mode.value}.zip")
        finally:
            await wizard.shutdown()
            await services.rainbow.close()
        assert wizard.current_step() is Step.DASHBOARD
        wizard.close()  # the draft is saved on closing
    for handler in [*logging.getLogger().handlers, *logging.getLogger(EXCHANGE_LOGGER).handlers]:
        handler.flush()

    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    names = {p.name for p in written}
    assert {"stock.oxoplan.json", "btco.oxoplan.json", program_log.name} <= names, names
    # The support log of the exchange is on disk and in the diagnostics, with the declarations.
    exchanges = (program_log.parent / EXCHANGE_LOG_FILE_NAME).read_text("utf-8")
    assert '"method": "POST", "path": "/api/rainbow/admin/v1.0/systems"' in exchanges
    bundle = readable_forms(documents / "diagnostics-btco.zip")
    assert any('"path": "/api/rainbow/admin/v1.0/systems"' in form for form in bundle)
    assert any(EXCHANGE_LOG_FILE_NAME in name for name in zip_names(documents))
    assert any(p.name.endswith(".draft.json") for p in written), names
    assert len(issued) >= 2, "the walkthroughs signed in"
    found = find_secrets(tmp_path, rainbow_secrets(issued), every_file)
    # Logs and diagnostics never hold an activation code either (the stock one is long enough
    # to search for: the joined references).
    stock = next(p for p in sandbox.info.fleet if p["mode"] == "stock")
    joined = f"{stock['fleet_ref']}-{stock['installation_ref']}"
    btco = json.loads((documents / "btco.oxoplan.json").read_text("utf-8"))
    # The BTCO code has 4 digits: searched as a JSON string, as an answer's body would hold it.
    codes = {
        "stock activation code": joined,
        "btco activation code": f'"{btco["activation_code"]}"',
    }
    found += find_secrets(tmp_path, codes, lambda p: p.suffix in {".log", ".zip"})
    print(f"secrets found: {len(found)} (in {len(written)} files, {len(issued)} tokens)")
    assert found == []


# -- the command line ----------------------------------------------------------------------------


def cli(home: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {
        **os.environ,
        **home_environment(home),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        "QT_QPA_PLATFORM": "offscreen",
        **env,
    }
    return subprocess.run(
        [sys.executable, "-m", "installer_app", *args],
        capture_output=True, text=True, env=environment, timeout=180, check=False,
    )  # fmt: skip


def test_no_secret_in_what_the_command_line_wrote(
    embedded: tuple[EmbeddedSandbox, list[str]], tmp_path: Path
) -> None:
    sandbox, issued = embedded
    info = sandbox.info
    home = tmp_path / "home"
    work = tmp_path / "work"
    work.mkdir(parents=True)
    outputs: list[str] = []

    def run(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
        done = cli(home, *args, **env)
        outputs.append(done.stdout + done.stderr)
        assert done.returncode == 0, f"{args[0]}: {done.stderr}"
        return done

    rainbow = ("--rainbow-url", info.rainbow_url, "--login", info.login)
    codes: dict[str, dict[str, str]] = {}
    for mode in ("stock", "btco"):
        pbx = next(p for p in info.fleet if p["mode"] == mode)
        plan = work / f"{mode}.oxoplan.json"
        refs = (
            ("--fleet-ref", pbx["fleet_ref"], "--installation-ref", pbx["installation_ref"])
            if mode == "stock"
            else ()
        )
        run(
            "plan", "new", str(plan), "--model", "oxo-connect", "--mode", mode,
            "--server-name", f"Scan {mode}", "--company-id", info.company_id, "--country", "FR",
            *refs,
        )  # fmt: skip
        applied = run(
            "apply", str(plan), *rainbow, "--pbx", f"sandbox:{info.pbx_url}", "--json",
            "--timeout", "60", INSTALLER_APP_PASSWORD=info.password,
        )  # fmt: skip
        result = json.loads(applied.stdout)
        assert result["done"] is True
        codes[mode] = {
            "activation code": result["activation_code"],
            "equipment id": result["equipment_id"],
        }
        run("report", str(plan), "--out", str(work / f"{mode}-report.pdf"))
        run("diagnostics", "--out", str(work / f"{mode}-diagnostics.zip"), "--no-network",
            "--plan", str(plan))  # fmt: skip
        protected = work / f"{mode}-protected.oxoplan.json"
        protected.write_bytes(plan.read_bytes())
        run("plan", "protect", str(protected), INSTALLER_APP_PASSPHRASE=PASSPHRASE)
        assert "protected" in json.loads(protected.read_text("utf-8"))

    found = find_secrets(tmp_path, rainbow_secrets(issued), every_file)
    for mode, credentials in codes.items():
        found += find_secrets(
            tmp_path, credentials, lambda p, mode=mode: p.name == f"{mode}-protected.oxoplan.json"
        )
    terminal = "\n".join(outputs)
    found += [f"terminal: {name}" for name, value in rainbow_secrets(issued).items()
              if value in terminal]  # fmt: skip
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    print(f"secrets found: {len(found)} (in {len(written)} files and the terminal output)")
    assert found == []


def test_the_scan_finds_a_planted_secret(tmp_path: Path) -> None:
    """The scan itself can fail: a secret planted in a file, a zip or JSON-escaped is found."""
    import zipfile

    (tmp_path / "notes.txt").write_text(f"pw {SEED.bp_admin.password}\n", encoding="utf-8")
    with zipfile.ZipFile(tmp_path / "bundle.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("inner.log", f"token eyJ.{SEED.application.secret}")
    (tmp_path / "escaped.json").write_text(json.dumps({"x": 'a"b\\c'}), encoding="utf-8")
    found = find_secrets(
        tmp_path,
        {**rainbow_secrets([]), "quoted": 'a"b\\c'},
        every_file,
    )
    assert found == [
        "bundle.zip: application secret",
        "escaped.json: quoted",
        "notes.txt: password",
    ]
