"""End-to-end tests share the GUI tests' qasync loop and wizard fixtures."""

from __future__ import annotations

from tests.gui.conftest import (  # noqa: F401 (fixtures and the loop hook, re-exported)
    _collect_qt_garbage_on_gui_thread,
    make_wizard,
    pytest_asyncio_loop_factories,
    settings,
)
