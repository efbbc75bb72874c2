"""Which page class renders which step, each imported when its page is first built.

Plain imports, late on purpose: start-up builds the first page only, and the rest is built after
the first paint (``ui/warm_up.py``) or on the way, whichever comes first.
"""

from __future__ import annotations

from collections.abc import Callable

from installer_app.domain.flow import Step
from installer_app.ui.pages.base import StepPage


def _start_page() -> type[StepPage]:
    from installer_app.ui.pages.start import StartPage  # noqa: PLC0415

    return StartPage


def _pbx_mode_page() -> type[StepPage]:
    from installer_app.ui.pages.pbx_mode import PbxModePage  # noqa: PLC0415

    return PbxModePage


def _sign_in_page() -> type[StepPage]:
    from installer_app.ui.pages.sign_in import SignInPage  # noqa: PLC0415

    return SignInPage


def _company_page() -> type[StepPage]:
    from installer_app.ui.pages.company import CompanyPage  # noqa: PLC0415

    return CompanyPage


def _pbx_page() -> type[StepPage]:
    from installer_app.ui.pages.pbx import PbxPage  # noqa: PLC0415

    return PbxPage


def _credentials_page() -> type[StepPage]:
    from installer_app.ui.pages.credentials import CredentialsPage  # noqa: PLC0415

    return CredentialsPage


def _dialing_page() -> type[StepPage]:
    from installer_app.ui.pages.dialing import DialingPage  # noqa: PLC0415

    return DialingPage


def _numbering_page() -> type[StepPage]:
    from installer_app.ui.pages.numbering import NumberingPage  # noqa: PLC0415

    return NumberingPage


def _summary_page() -> type[StepPage]:
    from installer_app.ui.pages.summary import SummaryPage  # noqa: PLC0415

    return SummaryPage


def _declaration_page() -> type[StepPage]:
    from installer_app.ui.pages.declaration import DeclarationPage  # noqa: PLC0415

    return DeclarationPage


def _pbx_config_page() -> type[StepPage]:
    from installer_app.ui.pages.pbx_config import PbxConfigPage  # noqa: PLC0415

    return PbxConfigPage


def _dashboard_page() -> type[StepPage]:
    from installer_app.ui.pages.dashboard import DashboardPage  # noqa: PLC0415

    return DashboardPage


# Which page renders which step, in the wizard's order. A page's module is imported, and the
# page built, when it is first needed: start-up builds the first page only, and the rest is
# built after the first paint (``ui/warm_up.py``) or on the way, whichever comes first. (A plain
# "#": lupdate would take a "#:" comment for a translator's note.)
PAGES: dict[Step, Callable[[], type[StepPage]]] = {
    Step.START: _start_page,
    Step.PBX_MODE: _pbx_mode_page,
    Step.SIGN_IN: _sign_in_page,
    Step.COMPANY: _company_page,
    Step.PBX: _pbx_page,
    Step.CREDENTIALS: _credentials_page,
    Step.DIALING: _dialing_page,
    Step.NUMBERING: _numbering_page,
    Step.SUMMARY: _summary_page,
    Step.DECLARATION: _declaration_page,
    Step.PBX_CONFIG: _pbx_config_page,
    Step.DASHBOARD: _dashboard_page,
}
