"""The self-test's failure paths, in process: every failure is one line and exit code 1."""

from __future__ import annotations

import io
import re
import sys
from collections.abc import Iterator

import pytest

from installer_app.harness import selftest
from installer_app.harness.walkthrough import Walkthrough, WalkthroughError


@pytest.fixture
def streams() -> Iterator[tuple[io.StringIO, io.StringIO]]:
    yield io.StringIO(), io.StringIO()


def test_a_page_that_does_not_go_on_fails_with_its_reason(  # type: ignore[no-untyped-def]
    qtbot, monkeypatch, streams
) -> None:
    async def stuck(self: Walkthrough) -> None:
        raise WalkthroughError("timed out after 1 s waiting for the company search")

    monkeypatch.setattr(Walkthrough, "run", stuck)
    out, err = streams
    assert selftest.run_selftest(out=out, err=err) == 1
    assert err.getvalue().splitlines() == [
        "selftest: FAILED: timed out after 1 s waiting for the company search"
    ]
    assert "selftest: ok" not in out.getvalue()
    assert "sandbox started" in out.getvalue()


def test_the_global_timeout_names_the_page_it_stopped_on(qtbot, streams) -> None:  # type: ignore[no-untyped-def]
    out, err = streams
    assert selftest.run_selftest(timeout=0.0, out=out, err=err) == 1
    message = err.getvalue().strip()
    assert message.startswith("selftest: FAILED: no result within the 0 s allowed")
    assert re.search(r"\(at the [a-z_]+ page\)$", message), message


def test_an_exception_in_a_qt_callback_fails_at_once(qtbot, monkeypatch, streams) -> None:  # type: ignore[no-untyped-def]
    import asyncio

    async def slot_raises(self: Walkthrough) -> None:
        # What PySide6 does with an exception raised in a slot: hand it to sys.excepthook.
        try:
            raise RuntimeError("the sign-in button's slot crashed")
        except RuntimeError as error:
            sys.excepthook(type(error), error, None)
        await asyncio.sleep(30)

    monkeypatch.setattr(Walkthrough, "run", slot_raises)
    out, err = streams
    assert selftest.run_selftest(timeout=20, out=out, err=err) == 1
    assert (
        "selftest: FAILED: unexpected RuntimeError: the sign-in button's slot crashed"
        in err.getvalue()
    )


def test_a_missing_keyring_backend_fails_before_anything_starts(  # type: ignore[no-untyped-def]
    qtbot, monkeypatch, streams
) -> None:
    monkeypatch.setattr(
        selftest,
        "KEYRING_BACKENDS",
        {key: ("NoSuchBackend",) for key in ("linux", "win32", "darwin")},
    )
    out, err = streams
    assert selftest.run_selftest(out=out, err=err) == 1
    assert err.getvalue().startswith(
        "selftest: FAILED: the keyring backend NoSuchBackend is missing from this build"
    )
    assert "sandbox started" not in out.getvalue()


def test_missing_icon_files_fail_the_resource_check(qtbot, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from installer_app.ui.support import app_icon

    monkeypatch.setattr(app_icon, "ICON_DIR", tmp_path)
    with pytest.raises(selftest.SelftestError, match="application icon is missing"):
        selftest.check_resources()


def test_a_missing_sample_file_fails_the_resource_check(qtbot, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from installer_app import resources

    monkeypatch.setattr(resources, "SAMPLE_RULES", tmp_path / "rules.json")
    with pytest.raises(selftest.SelftestError, match=r"missing: .*rules\.json"):
        selftest.check_resources()


def test_the_samples_are_read_as_a_valid_batch(monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from installer_app import resources

    assert selftest.check_samples() == 3
    broken = tmp_path / "batch.csv"
    header = resources.SAMPLE_CSV.read_text(encoding="utf-8").splitlines()[0]
    broken.write_text(header + "\nc1,Martin,Martin OXO,oxo-connect,by post\n", encoding="utf-8")
    monkeypatch.setattr(resources, "SAMPLE_CSV", broken)
    with pytest.raises(selftest.SelftestError, match="sample CSV is not a valid batch: row 2"):
        selftest.check_samples()
    broken.write_text("company_id,company_name\nc1,Martin\n", encoding="utf-8")
    with pytest.raises(selftest.SelftestError, match=r"sample files cannot be read: .*column"):
        selftest.check_samples()


def test_the_platform_backends_are_importable_here() -> None:
    names = selftest.check_keyring_backends()
    assert "chainer" in names
    assert "fail" in names


def test_missing_licence_metadata_fails_only_the_frozen_program(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from installer_app.ui.support import bundled_libraries

    monkeypatch.setattr(bundled_libraries, "bundled_libraries", lambda: [])
    assert selftest.check_licences() == 0
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    with pytest.raises(selftest.SelftestError, match="licence metadata is missing"):
        selftest.check_licences()
