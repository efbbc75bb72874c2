"""The Qt binding installed keeps ``None`` alive: a binding that does not ends the program.

PySide6 6.12.0 under Python 3.11 drops a reference to ``None`` on every Qt call that returns
nothing; after a few thousand such calls (a dashboard watching a PBX makes them for as long as it
runs) the interpreter aborts with "none_dealloc". ``pyproject.toml`` excludes that version and
the packaged self-test runs the same check.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject

from installer_app.harness.selftest import SelftestError, check_qt_binding


def test_qt_calls_that_return_nothing_keep_none_alive() -> None:
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(500):
        probe.setObjectName("probe")
    # A few references may come and go with the interpreter's own work; 500 lost ones may not.
    assert before - sys.getrefcount(None) < 250


def test_the_self_test_check_passes_on_this_binding() -> None:
    check_qt_binding()


def test_the_self_test_check_names_a_binding_that_loses_none(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    counts = iter([5000, 3000])
    monkeypatch.setattr(sys, "getrefcount", lambda _obj: next(counts))
    with pytest.raises(SelftestError, match="loses a reference to None"):
        check_qt_binding()
