"""Features that plug into the wizard (menu entries, buttons, autosave), each in its own module.

Every feature listed here has ``install(wizard)``; the wizard calls them once it is built, in
this order (the order of the "More" menu). A feature stays in its module and touches the wizard
only through :class:`~installer_app.ui.wizard_surface.WizardSurface` (``add_tool_action``,
``page_for``, ``stateChanged``, ``currentIdChanged``...). A new feature is one more import and
one more entry below.
"""

from __future__ import annotations

from collections.abc import Callable

from installer_app.ui.dialogs import (
    about,
    batch_dialog,
    diagnostics_dialog,
    fleet_view,
    language_menu,
    report_action,
    settings_dialog,
)
from installer_app.ui.support import drafts
from installer_app.ui.wizard_surface import WizardSurface

#: Each feature's ``install``, in menu order.
EXTENSIONS: tuple[Callable[[WizardSurface], object], ...] = (
    drafts.install,
    fleet_view.install,
    batch_dialog.install,
    report_action.install,
    settings_dialog.install,
    language_menu.install,
    diagnostics_dialog.install,
    about.install,
)


def install_extensions(wizard: WizardSurface) -> None:
    """Install every feature into ``wizard``."""
    for install in EXTENSIONS:
        install(wizard)
