"""Test-wide settings: headless Qt, and no test ever touches the real OS keyring by accident."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
