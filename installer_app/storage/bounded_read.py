"""Reading a file the user named, with a size cap, so a wrong path never reads forever.

``plan validate /dev/zero`` or a CSV export of the wrong table would otherwise read until memory
runs out. At most ``cap + 1`` bytes are read: one more than the cap tells "too large" apart from
"exactly at the cap" without reading the rest.

The caps are far above what the program writes or a technician prepares, and far below what
hurts a laptop:

- :data:`MAX_PLAN_BYTES`, 1 MiB: an installation file is 2 to 5 KB; at Rainbow's limits (100
  numbering rules of 64-character patterns with descriptions) and with thousands of status
  changes in its timeline it stays under 300 KB.
- :data:`MAX_CSV_BYTES`, 20 MiB: a row of a batch CSV is about 150 bytes, so over 100,000 PBXs;
  decoding, parsing and validating that many rows still ends in seconds.
- :data:`MAX_RULES_BYTES`, 1 MiB: a rules file holds at most 100 rules (Rainbow's limit).
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

MiB: Final = 1024 * 1024
MAX_PLAN_BYTES: Final = 1 * MiB
MAX_CSV_BYTES: Final = 20 * MiB
MAX_RULES_BYTES: Final = 1 * MiB


class FileTooLarge(Exception):
    """The file is larger than its cap; nothing past the cap was read.

    Attributes:
        path: the file.
        cap: the cap in bytes.
    """

    def __init__(self, path: Path, cap: int) -> None:
        super().__init__(f"{path} is larger than {describe_size(cap)}")
        self.path = path
        self.cap = cap


def describe_size(size: int) -> str:
    """``1048576`` → "1 MiB"; smaller sizes in KiB or bytes."""
    if size >= MiB and size % MiB == 0:
        return f"{size // MiB} MiB"
    if size >= 1024:
        return f"{size / 1024:.0f} KiB"
    return f"{size} bytes"


def read_capped(path: Path, cap: int) -> bytes:
    """The bytes of ``path``, at most ``cap`` of them.

    Raises:
        FileTooLarge: the file holds more than ``cap`` bytes (a device such as /dev/zero too).
        OSError: as ``open`` and ``read`` raise it (missing, a folder, permission...).
    """
    with Path(path).open("rb") as stream:
        data = stream.read(cap + 1)
    if len(data) > cap:
        raise FileTooLarge(Path(path), cap)
    return data
