"""Loading ahead of need: every step is tried, a failing one is reported and the rest go on."""

from __future__ import annotations

import sys

from installer_app.services.preload import MODULES, preload


def test_preload_imports_and_warms_up_and_reports_what_failed() -> None:
    calls: list[str] = []

    def broken() -> None:
        raise RuntimeError("no keyring daemon")

    def works() -> None:
        calls.append("works")

    failed = preload(
        modules=["installer_app.domain.plan", "installer_app.no_such_module", "json"],
        warm_ups=[broken, works],
    )
    assert failed == ["installer_app.no_such_module", "broken"]
    assert calls == ["works"]
    assert "installer_app.domain.plan" in sys.modules


def test_every_module_to_preload_exists() -> None:
    assert preload(modules=MODULES, warm_ups=()) == []
