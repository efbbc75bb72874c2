"""Which page class renders which step."""

from __future__ import annotations

import importlib

from installer_app.domain.flow import Step
from installer_app.ui.pages.base import StepPage

#: step → "module:Class" under ``installer_app.ui.pages``.
_PAGES: dict[Step, str] = {
    Step.START: "start:StartPage",
    Step.PBX_MODE: "pbx_mode:PbxModePage",
    Step.SIGN_IN: "sign_in:SignInPage",
    Step.COMPANY: "company:CompanyPage",
    Step.PBX: "pbx:PbxPage",
    Step.CREDENTIALS: "credentials:CredentialsPage",
    Step.DIALING: "dialing:DialingPage",
    Step.NUMBERING: "numbering:NumberingPage",
    Step.SUMMARY: "summary:SummaryPage",
    Step.DECLARATION: "declaration:DeclarationPage",
    Step.PBX_CONFIG: "pbx_config:PbxConfigPage",
    Step.DASHBOARD: "dashboard:DashboardPage",
}


def page_classes() -> dict[Step, type[StepPage]]:
    """Every step's page class, in the wizard's order."""
    classes: dict[Step, type[StepPage]] = {}
    for step, target in _PAGES.items():
        module_name, class_name = target.split(":")
        try:
            module = importlib.import_module(f"installer_app.ui.pages.{module_name}")
            page_class = getattr(module, class_name)
        except ModuleNotFoundError as error:
            if error.name != f"installer_app.ui.pages.{module_name}":
                raise
            from installer_app.ui.pages.placeholder import placeholder_for  # noqa: PLC0415

            page_class = placeholder_for(step)
        page_class.step = step
        classes[step] = page_class
    return classes
