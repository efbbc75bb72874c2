"""Features that plug into the wizard (menu entries, buttons, autosave), each in its own module.

Every module listed here has ``install(wizard)``; the wizard calls them once it is built. A
feature stays in its module and touches the wizard only through its public surface
(``add_tool_action``, ``page_for``, ``stateChanged``, ``currentIdChanged``...).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from installer_app.ui.wizard import InstallerWizard

#: "module:function" under ``installer_app.ui``, in menu order.
EXTENSIONS: tuple[str, ...] = (
    "drafts:install",
    "fleet_view:install",
    "batch_dialog:install",
    "report_action:install",
    "settings_dialog:install",
    "language_menu:install",
    "diagnostics_dialog:install",
    "about:install",
)


def install_extensions(wizard: InstallerWizard) -> None:
    """Install every extension that is part of this build."""
    for target in EXTENSIONS:
        module_name, function = target.split(":")
        qualified = f"installer_app.ui.{module_name}"
        try:
            module = importlib.import_module(qualified)
        except ModuleNotFoundError as error:
            if error.name != qualified:
                raise
            continue
        getattr(module, function)(wizard)
