"""A page for a step whose real page is not built yet: says so plainly, blocks nothing."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from installer_app.domain.flow import Step
from installer_app.ui.pages.base import StepPage


def placeholder_for(step: Step) -> type[StepPage]:
    """A page class that says ``step`` is not available in this build."""

    class PlaceholderPage(StepPage):
        def _init_ui(self) -> None:
            self.setTitle(step.value.replace("_", " ").capitalize())
            label = QLabel(self.tr("This step is not available in this build yet."))
            label.setWordWrap(True)
            self._body.addWidget(label)

    PlaceholderPage.__name__ = f"Placeholder_{step.value}"
    return PlaceholderPage
