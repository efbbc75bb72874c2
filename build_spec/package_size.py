"""Print the size of a built package and how long the build took: the last line of ``make package``.

``python build_spec/package_size.py PATH [--started EPOCH_SECONDS] [--goal-mb 120] [--parts N]``.
PATH is the package folder (or the one-file executable). Sizes are in MB (10^6 bytes) and MiB; a
package over the goal gets a warning line, not a failure: the goal guides, the self-test gates.
With ``--parts N``, the N heaviest parts of a folder come first (a library, a Qt plugin folder, a
Python package): what to look at when the package grows.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

GOAL_MB = 120.0
#: Folders whose sub-folders are reported one by one (the rest is grouped by its first folder).
_SPLIT = (
    "_internal",
    "_internal/PySide6",
    "_internal/PySide6/Qt",
    "_internal/PySide6/Qt/lib",
    "_internal/PySide6/Qt/plugins",
)


def package_bytes(path: Path) -> int:
    """Bytes of ``path``: the file, or every file under the folder (links not followed)."""
    if path.is_file():
        return path.stat().st_size
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def parts(folder: Path) -> dict[str, int]:
    """Bytes per part of ``folder``: each file at the top of a split folder, each other folder."""
    sizes: dict[str, int] = {}
    for path in folder.rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        relative = path.relative_to(folder).as_posix().split("/")
        depth = 1
        while depth < len(relative) and "/".join(relative[:depth]) in _SPLIT:
            depth += 1
        part = "/".join(relative[:depth]) + ("/" if depth < len(relative) else "")
        sizes[part] = sizes.get(part, 0) + path.lstat().st_size
    return sizes


def heaviest(sizes: dict[str, int], count: int) -> list[str]:
    """The ``count`` largest parts, one line each, largest first."""
    ranked = sorted(sizes.items(), key=lambda item: (-item[1], item[0]))[:count]
    return [f"  {size / 1e6:7.2f} MB  {name}" for name, size in ranked]


def summary(path: Path, size: int, seconds: float | None, goal_mb: float) -> list[str]:
    """The lines to print for a package of ``size`` bytes built in ``seconds``."""
    built = f", built in {seconds:.0f} s" if seconds is not None else ""
    lines = [f"package: {path} is {size / 1e6:.1f} MB ({size / 2**20:.1f} MiB){built}"]
    if size / 1e6 >= goal_mb:
        lines.append(f"package: warning: over the {goal_mb:.0f} MB goal")
    return lines


def main(argv: list[str] | None = None) -> int:
    """Entry point; 2 when the package is missing."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--started", type=float, help="the build's start, in seconds since epoch")
    parser.add_argument("--goal-mb", type=float, default=GOAL_MB)
    parser.add_argument("--parts", type=int, default=0, help="list the N heaviest parts first")
    args = parser.parse_args(argv)
    if not args.path.exists():
        print(f"package: {args.path} was not built", file=sys.stderr)
        return 2
    seconds = time.time() - args.started if args.started else None
    if args.parts and args.path.is_dir():
        print(f"package: the {args.parts} heaviest parts of {args.path}")
        print("\n".join(heaviest(parts(args.path), args.parts)))
    for line in summary(args.path, package_bytes(args.path), seconds, args.goal_mb):
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
