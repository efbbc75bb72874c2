"""Protected installation files: round trip, refusals, damage, swapped blobs, nothing lost."""

from __future__ import annotations

import base64
import json
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from installer_app.cli import main
from installer_app.domain.plan import InstallationPlan
from installer_app.domain.plan_problems import parse_plan
from installer_app.storage.plan_files import (
    PassphraseRejected,
    PlanFileError,
    PlanFileProtected,
    is_protected_file,
    load_plan,
    save_plan,
)
from installer_app.storage.protection import (
    NONCE_BYTES,
    PROTECTED_FIELDS,
    SALT_BYTES,
    SCRYPT_N,
    SCRYPT_P,
    SCRYPT_R,
)
from tests.unit.test_plan import stock_data

PASSPHRASE = "correct horse battery"
REFERENCE = "ALE12-1234.5678.90"


def stock_plan(**changes: Any) -> InstallationPlan:
    return parse_plan(stock_data(**changes))


def btco_plan() -> InstallationPlan:
    plan = parse_plan(stock_data(mode="btco", fleet_ref=None, installation_ref=None))
    return plan.model_copy(update={"equipment_id": "F1A2B3C4D5", "activation_code": "4821"})


@pytest.fixture
def protected(tmp_path: Path) -> Path:
    path = tmp_path / "martin.json"
    save_plan(path, stock_plan(), passphrase=PASSPHRASE)
    return path


def on_disk(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return data


def rewrite(path: Path, data: dict[str, Any]) -> bytes:
    path.write_text(json.dumps(data, indent=2), "utf-8")
    return path.read_bytes()


def test_stock_round_trip_hides_references_and_credentials(protected: Path) -> None:
    text = protected.read_text("utf-8")
    assert REFERENCE not in text and "1234.5678.90" not in text and "ALE12" not in text
    data = on_disk(protected)
    assert all(data[name] is None for name in PROTECTED_FIELDS)
    block = data["protected"]
    assert set(block) == {"kdf", "n", "r", "p", "salt", "nonce", "ciphertext"}
    assert (block["kdf"], block["n"], block["r"], block["p"]) == (
        "scrypt",
        SCRYPT_N,
        SCRYPT_R,
        SCRYPT_P,
    )
    assert len(base64.b64decode(block["salt"])) == SALT_BYTES
    assert len(base64.b64decode(block["nonce"])) == NONCE_BYTES
    assert data["server_name"] == "Martin OXO"  # the rest stays readable
    assert is_protected_file(protected)
    loaded = load_plan(protected, passphrase=PASSPHRASE)
    assert loaded == stock_plan()
    assert loaded.equipment_id == loaded.activation_code == REFERENCE


def test_btco_round_trip_keeps_generated_credentials(tmp_path: Path) -> None:
    path = tmp_path / "btco.json"
    save_plan(path, btco_plan(), passphrase=PASSPHRASE)
    assert "4821" not in path.read_text("utf-8")
    assert "F1A2B3C4D5" not in path.read_text("utf-8")
    loaded = load_plan(path, passphrase=PASSPHRASE)
    assert (loaded.equipment_id, loaded.activation_code) == ("F1A2B3C4D5", "4821")


def test_every_save_uses_a_fresh_salt_and_nonce(tmp_path: Path) -> None:
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    save_plan(first, stock_plan(), passphrase=PASSPHRASE)
    save_plan(second, stock_plan(), passphrase=PASSPHRASE)
    a, b = on_disk(first)["protected"], on_disk(second)["protected"]
    assert a["salt"] != b["salt"] and a["nonce"] != b["nonce"]
    assert a["ciphertext"] != b["ciphertext"]


def test_unprotected_file_ignores_a_passphrase(tmp_path: Path) -> None:
    path = tmp_path / "plain.json"
    save_plan(path, stock_plan())
    assert not is_protected_file(path)
    assert load_plan(path, passphrase="anything").equipment_id == REFERENCE


def test_without_passphrase_says_the_file_is_protected(protected: Path) -> None:
    before = protected.read_bytes()
    with pytest.raises(PlanFileProtected, match="protected by a passphrase") as caught:
        load_plan(protected)
    assert caught.value.problems[0].field == "protected"
    assert protected.read_bytes() == before


def test_wrong_passphrase_is_refused_and_the_file_untouched(protected: Path) -> None:
    before = protected.read_bytes()
    stamp = protected.stat().st_mtime_ns
    with pytest.raises(PassphraseRejected, match="passphrase is wrong") as caught:
        load_plan(protected, passphrase="wrong horse battery")
    assert "Nothing was changed" in str(caught.value)
    assert "wrong horse" not in str(caught.value)
    assert protected.read_bytes() == before
    assert protected.stat().st_mtime_ns == stamp
    assert [p.name for p in protected.parent.iterdir()] == ["martin.json"]
    assert load_plan(protected, passphrase=PASSPHRASE).equipment_id == REFERENCE


def test_passphrase_is_compared_after_unicode_normalisation(tmp_path: Path) -> None:
    path = tmp_path / "accent.json"
    composed = "clé de l'équipe"
    save_plan(path, stock_plan(), passphrase=composed)
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed
    assert load_plan(path, passphrase=decomposed).equipment_id == REFERENCE


def test_damaged_ciphertext_is_refused(protected: Path) -> None:
    data = on_disk(protected)
    sealed = bytearray(base64.b64decode(data["protected"]["ciphertext"]))
    sealed[0] ^= 0x01
    data["protected"]["ciphertext"] = base64.b64encode(bytes(sealed)).decode()
    before = rewrite(protected, data)
    with pytest.raises(PassphraseRejected):
        load_plan(protected, passphrase=PASSPHRASE)
    assert protected.read_bytes() == before


@pytest.mark.parametrize(
    ("key", "value", "field", "words"),
    [
        ("salt", "not base64!", "protected.salt", "not base64"),
        ("salt", base64.b64encode(b"short").decode(), "protected.salt", "5 bytes instead of 16"),
        ("nonce", None, "protected.nonce", "'nonce' is missing"),
        ("ciphertext", 42, "protected.ciphertext", "'ciphertext' is missing"),
        ("kdf", "pbkdf2", "protected.kdf", "is not 'scrypt'"),
        ("n", 1000, "protected.n", "power of two"),
        ("n", 2**30, "protected.n", "more memory than allowed"),
        ("r", True, "protected.r", "positive whole number"),
        ("p", 64, "protected.p", "'p' is over 4"),
    ],
)
def test_damaged_protected_part_is_named(
    protected: Path, key: str, value: object, field: str, words: str
) -> None:
    data = on_disk(protected)
    data["protected"][key] = value
    before = rewrite(protected, data)
    with pytest.raises(PlanFileError) as caught:
        load_plan(protected, passphrase=PASSPHRASE)
    assert not isinstance(caught.value, PassphraseRejected)
    problem = caught.value.problems[0]
    assert problem.field == field
    assert words in problem.message and "damaged" in problem.message
    assert protected.read_bytes() == before


def test_another_valid_salt_is_a_mismatch(protected: Path) -> None:
    data = on_disk(protected)
    data["protected"]["salt"] = base64.b64encode(bytes(SALT_BYTES)).decode()
    rewrite(protected, data)
    with pytest.raises(PassphraseRejected):
        load_plan(protected, passphrase=PASSPHRASE)


def test_protected_part_that_is_not_an_object(protected: Path) -> None:
    data = on_disk(protected)
    data["protected"] = "secret"
    rewrite(protected, data)
    with pytest.raises(PlanFileError, match="'protected' is not an object"):
        load_plan(protected, passphrase=PASSPHRASE)


def test_damaged_json_is_reported_and_left_alone(protected: Path) -> None:
    truncated = protected.read_bytes()[:-40]
    protected.write_bytes(truncated)
    with pytest.raises(PlanFileError, match="not valid JSON"):
        load_plan(protected, passphrase=PASSPHRASE)
    assert protected.read_bytes() == truncated


def test_blob_swapped_between_files_is_refused(tmp_path: Path) -> None:
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    save_plan(first, stock_plan(), passphrase=PASSPHRASE)
    other = stock_plan(server_name="Dupont OXO", installation_ref="1234.5678.91")
    save_plan(second, other, passphrase=PASSPHRASE)
    data = on_disk(second)
    data["protected"] = on_disk(first)["protected"]
    before = rewrite(second, data)
    with pytest.raises(PassphraseRejected, match="does not belong to this file"):
        load_plan(second, passphrase=PASSPHRASE)
    assert second.read_bytes() == before
    assert load_plan(first, passphrase=PASSPHRASE).server_name == "Martin OXO"


def test_identity_edited_by_hand_is_refused(protected: Path) -> None:
    data = on_disk(protected)
    data["company"]["id"] = "0123456789abcdef01234567"
    rewrite(protected, data)
    with pytest.raises(PassphraseRejected):
        load_plan(protected, passphrase=PASSPHRASE)


def test_value_in_clear_text_next_to_the_protected_part_is_refused(protected: Path) -> None:
    data = on_disk(protected)
    data["activation_code"] = "9999"
    rewrite(protected, data)
    with pytest.raises(PlanFileError, match="clear text in a protected file") as caught:
        load_plan(protected, passphrase=PASSPHRASE)
    assert caught.value.problems[0].field == "activation_code"


def test_newer_schema_version_is_reported_as_such(protected: Path) -> None:
    data = on_disk(protected)
    data["schema_version"] = 2
    rewrite(protected, data)
    with pytest.raises(PlanFileError, match="update the program"):
        load_plan(protected)


def test_empty_passphrase_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    save_plan(path, stock_plan())
    before = path.read_bytes()
    with pytest.raises(PlanFileError, match="passphrase is empty"):
        save_plan(path, stock_plan(server_name="Other"), passphrase="")
    assert path.read_bytes() == before


# -- the command line ---------------------------------------------------------------------------


@pytest.fixture
def plain(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("INSTALLER_APP_PASSPHRASE", raising=False)
    path = tmp_path / "martin.json"
    save_plan(path, stock_plan())
    return path


def test_cli_protect_show_unprotect(
    plain: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("OFFICE_PASSPHRASE", PASSPHRASE)
    assert main(["plan", "protect", str(plain), "--passphrase-env", "OFFICE_PASSPHRASE"]) == 0
    assert REFERENCE not in plain.read_text("utf-8")
    assert main(["plan", "protect", str(plain), "--passphrase-env", "OFFICE_PASSPHRASE"]) == 2
    assert "already protected" in capsys.readouterr().err

    assert main(["plan", "show", str(plain)]) == 3
    err = capsys.readouterr().err
    assert "INSTALLER_APP_PASSPHRASE" in err and "--passphrase-env" in err

    monkeypatch.setenv("INSTALLER_APP_PASSPHRASE", PASSPHRASE)
    assert main(["plan", "show", str(plain)]) == 0
    out, err = capsys.readouterr()
    assert REFERENCE in out and PASSPHRASE not in out + err

    assert main(["plan", "unprotect", str(plain)]) == 0
    assert on_disk(plain)["equipment_id"] == REFERENCE
    assert "protected" not in on_disk(plain)


def test_cli_wrong_passphrase_exits_3_and_keeps_the_file(
    plain: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    save_plan(plain, stock_plan(), passphrase=PASSPHRASE)
    before = plain.read_bytes()
    monkeypatch.setenv("INSTALLER_APP_PASSPHRASE", "not the passphrase")
    assert main(["plan", "unprotect", str(plain)]) == 3
    assert main(["plan", "validate", str(plain)]) == 3
    assert "passphrase is wrong" in capsys.readouterr().err
    assert plain.read_bytes() == before


def test_cli_refuses_a_short_or_missing_passphrase(
    plain: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    before = plain.read_bytes()
    assert main(["plan", "protect", str(plain)]) == 3
    assert "run the command on a terminal" in capsys.readouterr().err
    assert main(["plan", "protect", str(plain), "--passphrase-env", "UNSET_VARIABLE"]) == 3
    assert "UNSET_VARIABLE is not set" in capsys.readouterr().err
    monkeypatch.setenv("INSTALLER_APP_PASSPHRASE", "short")
    assert main(["plan", "protect", str(plain)]) == 3
    assert "at least 8 characters" in capsys.readouterr().err
    assert plain.read_bytes() == before
