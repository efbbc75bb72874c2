"""The start-up baseline: a bare PySide6 QWizard with one page, and nothing else.

Started exactly like the program under the start-up probe: when its page is first painted it
prints ``first-paint <time.monotonic()>`` (and its peak memory, the baseline of
``bench_memory``) and exits at once. ``bench_startup`` compares the
program's start-up with this one's, so the ratio says what the product adds on top of Qt.
"""

from __future__ import annotations

import os
import resource
import sys
import time

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWizard, QWizardPage


class FirstPaint(QObject):
    """Prints the time of the first paint of the widget it watches, then ends the process."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            painted = time.monotonic()
            peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            print(f"first-paint {painted:.6f}\nmax_rss_kib: {peak_kib}", flush=True)
            os._exit(0)
        return False


def main() -> None:
    """Show the one-page wizard and run Qt's loop until the probe ends the process."""
    app = QApplication(sys.argv[:1])
    wizard = QWizard()
    wizard.setWindowTitle("Baseline")
    page = QWizardPage()
    page.setTitle("Welcome")
    layout = QVBoxLayout(page)
    layout.addWidget(QLabel("One page, nothing else."))
    wizard.addPage(page)
    probe = FirstPaint(wizard)
    page.installEventFilter(probe)
    wizard.show()
    app.exec()


if __name__ == "__main__":
    main()
