"""``installer-app declare`` and ``status`` against the Rainbow emulator, with their exit codes."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from installer_app.cli import main
from installer_app.sandbox.runner import SandboxThread
from installer_app.sandbox.seed import SandboxSeed

SEED = SandboxSeed.default()


@pytest.fixture
def sandbox() -> Iterator[SandboxThread]:
    with SandboxThread() as running:
        yield running


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INSTALLER_APP_PASSWORD", SEED.bp_admin.password)
    monkeypatch.setenv("INSTALLER_APP_SECRET", SEED.application.secret)


def company(name_start: str) -> str:
    return next(c.id for c in SEED.all_companies() if c.name.startswith(name_start))


def new_plan(
    path: Path, *extra: str, mode: str = "stock", company_name: str = "Boulangerie"
) -> Path:
    refs = ["--fleet-ref", "ALE12", "--installation-ref", "1234.5678.90"] if mode == "stock" else []
    args = [
        "plan", "new", str(path), "--model", "oxo-connect", "--mode", mode,
        "--server-name", "Martin OXO", "--company-id", company(company_name),
        "--country", "FR", *refs, *extra,
    ]  # fmt: skip
    assert main(args) == 0
    return path


def connection(sandbox: SandboxThread, *, app: bool = True) -> list[str]:
    args = ["--rainbow-url", sandbox.url, "--login", SEED.bp_admin.login_email]
    return [*args, "--app-id", SEED.application.id] if app else args


def systems(sandbox: SandboxThread) -> list[object]:
    return list(sandbox.emulator.store.list_systems())


@pytest.mark.usefixtures("env")
def test_stock_declare_then_reuse_then_status(
    sandbox: SandboxThread, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = new_plan(tmp_path / "martin.json")
    before = len(systems(sandbox))
    capsys.readouterr()
    assert main(["declare", str(plan), *connection(sandbox), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["equipment_id"] == "ALE12-1234.5678.90"
    assert result["rainbow_status"] == "Pending"
    assert result["created"] is True
    recorded = json.loads(plan.read_text("utf-8"))
    assert recorded["progress"]["system_id"] == result["system_id"]
    assert len(systems(sandbox)) == before + 1

    assert main(["declare", str(plan), *connection(sandbox)]) == 0
    assert "reusing" in capsys.readouterr().out
    assert len(systems(sandbox)) == before + 1

    assert main(["status", str(plan), *connection(sandbox), "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["rainbow_status"] == "Pending"
    assert status["system_id"] == result["system_id"]


@pytest.mark.usefixtures("env")
def test_btco_declare_records_generated_credentials(
    sandbox: SandboxThread, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = new_plan(tmp_path / "btco.json", mode="btco")
    capsys.readouterr()
    assert main(["declare", str(plan), *connection(sandbox, app=False), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    code = result["activation_code"]
    assert code.isdigit() and 1000 <= int(code) <= 9999
    recorded = json.loads(plan.read_text("utf-8"))
    assert recorded["equipment_id"] == result["equipment_id"] != ""
    assert recorded["activation_code"] == code


@pytest.mark.usefixtures("env")
def test_several_sites_need_a_choice(
    sandbox: SandboxThread, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = new_plan(tmp_path / "muller.json", company_name="Müller")
    assert main(["declare", str(plan), *connection(sandbox)]) == 2
    err = capsys.readouterr().err
    assert "Hamburg Hafen" in err and "--site-id" in err
    site = next(s.id for s in SEED.all_sites() if s.name == "Bremen Lager")
    assert main(["declare", str(plan), *connection(sandbox), "--site-id", site]) == 0


@pytest.mark.usefixtures("env")
def test_company_without_site(
    sandbox: SandboxThread, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = new_plan(tmp_path / "oliveira.json", company_name="Farmácia")
    assert main(["declare", str(plan), *connection(sandbox)]) == 2
    assert "--create-site" in capsys.readouterr().err
    assert main(["declare", str(plan), *connection(sandbox), "--create-site", "Porto"]) == 0


def test_wrong_password_exits_3(
    sandbox: SandboxThread,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("INSTALLER_APP_PASSWORD", "wrong")
    plan = new_plan(tmp_path / "p.json")
    before = len(systems(sandbox))
    assert main(["declare", str(plan), *connection(sandbox, app=False)]) == 3
    err = capsys.readouterr().err
    assert "password" in err.lower()
    assert "wrong" not in err
    assert len(systems(sandbox)) == before


def test_an_account_that_is_not_a_business_partner_admin_is_refused_at_sign_in(
    sandbox: SandboxThread,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The wizard's rule, now the command line's too: refused before any other request."""
    technician = next(u for u in SEED.users if u.login_email.startswith("technician@"))
    monkeypatch.setenv("INSTALLER_APP_PASSWORD", technician.password)
    plan = new_plan(tmp_path / "p.json")
    before = len(systems(sandbox))
    login = ["--rainbow-url", sandbox.url, "--login", technician.login_email]
    for command in (["declare", str(plan)], ["status", str(plan)]):
        capsys.readouterr()
        assert main([*command, *login]) == 3
        err = capsys.readouterr().err
        assert f"{technician.login_email} is not a business-partner admin" in err
        assert "hint: Sign in with the business partner's admin account." in err
    assert len(systems(sandbox)) == before
    assert json.loads(plan.read_text("utf-8"))["progress"]["system_id"] is None


@pytest.mark.usefixtures("env")
def test_pbx_of_another_partner_is_a_conflict(
    sandbox: SandboxThread, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = new_plan(tmp_path / "p.json")
    data = json.loads(plan.read_text("utf-8"))
    data.update(fleet_ref="ALE99", installation_ref="9999.9999.99")
    plan.write_text(json.dumps(data), "utf-8")
    before = len(systems(sandbox))
    assert main(["declare", str(plan), *connection(sandbox)]) == 4
    assert "equipment id" in capsys.readouterr().err.lower()
    assert len(systems(sandbox)) == before


@pytest.mark.usefixtures("env")
def test_unreachable_exits_5(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan = new_plan(tmp_path / "p.json")
    args = ["--rainbow-url", "http://127.0.0.1:9", "--login", "a@b.example", "--timeout", "2"]
    assert main(["declare", str(plan), *args]) == 5
    err = capsys.readouterr().err
    assert "error:" in err and "Traceback" not in err


@pytest.mark.usefixtures("env")
def test_bad_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{", "utf-8")
    args = ["--rainbow-url", "http://127.0.0.1:9", "--login", "a@b.example"]
    assert main(["declare", str(bad), *args]) == 2
    assert main(["status", str(bad), *args]) == 2
    assert "not valid JSON" in capsys.readouterr().err


def test_no_password_and_no_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import keyring
    from keyring.backends import fail

    monkeypatch.delenv("INSTALLER_APP_PASSWORD", raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        plan = new_plan(tmp_path / "p.json")
        args = ["--rainbow-url", "http://127.0.0.1:9", "--login", "a@b.example"]
        assert main(["declare", str(plan), *args]) == 3
    finally:
        keyring.set_keyring(previous)
    assert "INSTALLER_APP_PASSWORD" in capsys.readouterr().err
