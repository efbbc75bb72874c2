"""Size of the packaged program: the PyInstaller folder ``dist/installer-app``.

Everything a technician copies or installs is in that folder, so its total size on disk is the
figure (apparent file sizes, symbolic links not followed). "not built" when ``dist/`` has no
such folder (the packaging is built separately). The baseline is the bare one-page QWizard
(``bare_wizard.py``) frozen by PyInstaller the same way (built once into ``build/bench-bare``):
what any PySide6 program ships before adding anything of its own. Goal: at most 120 MB.

Also runs alone: ``.venv/bin/python bench/bench_package.py``.
"""

from __future__ import annotations

import os
from pathlib import Path

from common import PACKAGED_FOLDER, Figure, packaged_bare_wizard, unavailable

GOAL_MB = 120.0
NAME = "packaged folder size"


def folder_bytes(folder: Path) -> int:
    """Total size of the regular files under ``folder``."""
    total = 0
    for root, _dirs, files in os.walk(folder):
        for name in files:
            path = Path(root, name)
            if not path.is_symlink():
                total += path.stat().st_size
    return total


def measure(runs: int) -> list[Figure]:
    """The folder's size in MB (10^6 bytes) against :data:`GOAL_MB`."""
    if not PACKAGED_FOLDER.is_dir():
        return [unavailable(NAME, "not built (make package)", f"≤ {GOAL_MB:.0f} MB")]
    size = folder_bytes(PACKAGED_FOLDER) / 1e6
    files = sum(len(f) for _r, _d, f in os.walk(PACKAGED_FOLDER))
    bare = packaged_bare_wizard()
    if bare is not None:
        baseline = folder_bytes(bare.parent) / 1e6
        baseline_text = f"{baseline:.1f} MB (bare QWizard, packaged)"
    else:
        import PySide6  # noqa: PLC0415

        baseline = folder_bytes(Path(PySide6.__file__).parent) / 1e6
        baseline_text = f"{baseline:.1f} MB (PySide6 in the venv; PyInstaller missing)"
    return [
        Figure(
            NAME,
            f"{size:.1f} MB ({files} files)",
            baseline_text,
            f"{size - baseline:+.1f} MB",
            f"≤ {GOAL_MB:.0f} MB",
            size <= GOAL_MB,
        )
    ]


if __name__ == "__main__":
    for row in measure(1):
        print(f"{row.name}: {row.value} (baseline {row.baseline}, goal {row.goal})")
