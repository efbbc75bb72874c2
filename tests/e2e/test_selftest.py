"""``installer-app --selftest`` in a subprocess, as CI runs it against the frozen package."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from installer_app.domain.flow import ORDER

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]


def test_selftest_walks_every_page_headless_and_writes_nothing(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in {"QT_QPA_PLATFORM", "DISPLAY"}}
    env.update(
        HOME=str(tmp_path / "home"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        XDG_RUNTIME_DIR=str(tmp_path / "runtime"),
    )
    (tmp_path / "runtime").mkdir(mode=0o700)
    result = subprocess.run(
        [sys.executable, "-m", "installer_app", "--selftest"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert re.fullmatch(rf"selftest: ok \({len(ORDER)} pages, \d+\.\d s\)", lines[-1])
    pages = [line for line in lines if line.startswith("selftest: page")]
    assert [line.split()[3] for line in pages] == [step.value for step in ORDER]
    assert any("keyring backends bundled" in line for line in lines)
    assert "FAILED" not in result.stderr
    # No settings, log or keyring file: the self-test leaves the user's profile alone.
    for folder in ("config", "data", "home"):
        written = [p for p in (tmp_path / folder).rglob("*") if p.is_file()]
        assert written == [], written


def test_help_mentions_selftest() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "installer_app", "--help"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert "--selftest" in result.stdout
