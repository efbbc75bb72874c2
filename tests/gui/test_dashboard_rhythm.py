"""The dashboard reads both sides in the rhythm ``apply`` waits with (``Backoff.settling``): the
round after a change at once, then spaced out, on the sandbox as on Rainbow."""

from __future__ import annotations

import pytest

from installer_app.domain.flow import Step
from installer_app.services.backoff import Backoff
from installer_app.ui.pages.dashboard import DashboardPage
from installer_app.ui.wizard import page_id

CHANGES = (True, False, False, True, True, False, False, False)


def delays(backoff: Backoff) -> list[float]:
    return [backoff.next_delay(changed=changed) for changed in CHANGES]


@pytest.mark.asyncio
@pytest.mark.parametrize("on_sandbox", [False, True])
async def test_the_dashboard_waits_as_apply_does(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, services, sandbox_services, on_sandbox: bool
) -> None:
    wizard = make_wizard(sandbox_services if on_sandbox else services)
    page = wizard.page_for(Step.DASHBOARD)
    assert isinstance(page, DashboardPage)
    assert delays(page.backoff) == delays(Backoff.settling())
    wizard.setStartId(page_id(Step.DASHBOARD))
    wizard.restart()  # the page is shown: its watch starts with a new backoff
    assert wizard.current_step() is Step.DASHBOARD
    assert delays(page.backoff) == delays(Backoff.settling())
    page.runner.cancel()


@pytest.mark.parametrize(
    ("delay", "shown"),
    [(0.0, "Next refresh in under a second"), (0.25, "Next refresh in under a second"),
     (1.4, "Next refresh in 1 s"), (10.0, "Next refresh in 10 s")],
)  # fmt: skip
def test_the_wait_line_never_says_0_s(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, services, delay: float, shown: str
) -> None:
    """The round after a change starts at once or within 0.25 s: "in 0 s" read as stuck."""
    page = make_wizard(services).page_for(Step.DASHBOARD)
    assert isinstance(page, DashboardPage)
    page._on_wait(delay)
    assert page.refresh_line.text() == shown
