"""What the program loads before its first page is painted: Qt, that page, and nothing heavy.

The plan model (pydantic), the phone-number metadata, the HTTP stack, the keyring backends and
the sandbox's web server load after the first paint, off the GUI thread (``ui/warm_up.py``).
The program is started as a technician starts it, with the start-up probe set to ``modules``:
when the first page is painted it prints the modules loaded so far and exits. This counts
modules, never milliseconds (the time is ``make bench``'s).

``ssl`` itself is not on the list: asyncio imports it with its event loop, which the wizard
needs from the start; what the HTTP stack adds (certifi's authorities, httpx...) is.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

#: Top-level packages, and modules of ours, that must not be loaded at the first paint.
DEFERRED = (
    "pydantic",
    "pydantic_core",
    "phonenumbers",
    "httpx",
    "httpcore",
    "h11",
    "anyio",
    "sniffio",
    "certifi",
    "keyring",
    "jeepney",
    "secretstorage",
    "aiohttp",
    "installer_app.domain.plan",
    "installer_app.domain.dialing",
    "installer_app.rainbow._client",
    "installer_app.storage.plan_files",
    "installer_app.ui.extensions",
    "installer_app.ui.support.domain_text",  # the messages' catalogue: with the first message
    "installer_app.ui.support.contrast",  # the frames' style: with a high-contrast palette
    "logging.handlers",  # the log file's handler: opened after the first paint
)


def modules_at_first_paint(home: Path) -> set[str]:
    env = dict(os.environ)
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        QT_QPA_PLATFORM="offscreen",
        INSTALLER_APP_STARTUP_PROBE="modules",
    )
    done = subprocess.run(
        [sys.executable, "-m", "installer_app"],
        capture_output=True, text=True, env=env, timeout=120, check=False, cwd=home,
    )  # fmt: skip
    lines = done.stdout.splitlines()
    assert done.returncode == 0, done.stderr[-2000:]
    assert any(line.startswith("first-paint ") for line in lines), done.stdout[-500:]
    modules = next(line for line in lines if line.startswith("modules "))
    return set(modules.split()[1:])


def test_first_paint_loads_none_of_the_deferred_modules(tmp_path: Path) -> None:
    loaded = modules_at_first_paint(tmp_path)
    assert "installer_app.ui.pages.start" in loaded  # the probe did see the start
    early = sorted(
        name for name in loaded if any(name == d or name.startswith(f"{d}.") for d in DEFERRED)
    )
    assert early == [], f"loaded before the first paint: {early}"
