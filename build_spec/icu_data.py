"""A smaller ICU data library for the Linux package: only what Qt reads, for the shipped languages.

PySide6's Linux wheels bring ICU, and its data library (``libicudata.so.NN``, 32 MB) is a fifth of
the package. Qt calls ICU for a few things only: collation (``QCollator``: the country list's
order), locale-aware case mapping, time-zone ids, and legacy text codecs by name. The program
speaks six languages and uses no legacy codec, so the data keeps:

- collation rules and locale data for the root locale and for :data:`LANGUAGES`, whatever their
  region (``fr``, ``fr_CA``, ``pt_BR``...);
- every item that is not one locale's data (``pool.res``, likely subtags, normalisation, time-zone
  rules, converter aliases...).

It leaves out what nothing in Qt reads: break iteration (Qt segments text itself), unit,
currency, language, region and time-zone display names, transliteration, number spell-out, the
legacy converters (``*.cnv``: Qt handles UTF-8/16/32 and Latin-1 itself), character names,
string preparation profiles and the spoof checker's data.

``python build_spec/icu_data.py LIBRARY OUT_FOLDER`` writes the smaller library into OUT_FOLDER
(the spec calls :func:`trimmed_library`). Building the library needs a C compiler (``cc``); without
one, the spec keeps the full library and says so.
"""

from __future__ import annotations

import argparse
import re
import shutil
import struct
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

#: The program's languages (its translations, and Qt's own catalogues).
LANGUAGES = ("en", "fr", "de", "es", "it", "pt")

#: Trees of the ICU data that Qt never reads.
UNUSED_TREES = ("brkitr/", "unit/", "curr/", "lang/", "region/", "zone/", "translit/", "rbnf/")
#: Single items Qt never reads (matched on the name inside the tree).
UNUSED_ITEMS = re.compile(r"^(.*\.cnv|.*\.spp|unames\.icu|confusables\.cfu)$")
#: A locale's own item: ``fr.res``, ``pt_BR.res``, ``sr_Latn_BA.res`` (also under ``coll/``).
LOCALE_ITEM = re.compile(r"^(?:coll/)?([a-z]{2,3})(?:_[A-Za-z0-9]+)*\.res$")

_MAGIC = b"\xda\x27"
_COMMON_DATA = b"CmnD"


def keeps(name: str, languages: Iterable[str] = LANGUAGES) -> bool:
    """Whether the item ``name`` (``icudt73l/coll/fr.res``: the package prefix is ignored) stays."""
    item = name.split("/", 1)[1] if "/" in name else name
    if item.startswith(UNUSED_TREES) or UNUSED_ITEMS.match(item.rsplit("/", 1)[-1]):
        return False
    locale = LOCALE_ITEM.match(item.replace("res_index.res", ""))  # the list of locales stays
    return locale is None or locale.group(1) in {*languages, "root"}


def read_package(data: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """An ICU common data package's header and its items (name, bytes), in order."""
    (header_size,) = struct.unpack_from("<H", data, 0)
    if data[2:4] != _MAGIC or data[12:16] != _COMMON_DATA:
        raise ValueError("not an ICU common data package")
    (count,) = struct.unpack_from("<I", data, header_size)
    entries = [struct.unpack_from("<II", data, header_size + 4 + 8 * i) for i in range(count)]
    toc = data[header_size:]
    items = []
    for index, (name_offset, data_offset) in enumerate(entries):
        name = toc[name_offset : toc.index(b"\0", name_offset)].decode("ascii")
        end = entries[index + 1][1] if index + 1 < count else len(toc)
        items.append((name, toc[data_offset:end]))
    return data[:header_size], items


def _padded(blob: bytes) -> bytes:
    return blob + b"\0" * (-len(blob) % 16)


def write_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """The package of ``items`` (sorted by name, as ICU's binary search needs)."""
    items = sorted(items, key=lambda item: item[0].encode("ascii"))
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    table_size = 4 + 8 * len(items)
    names_at = table_size
    data_at = names_at + len(names) + (-(names_at + len(names)) % 16)
    table, blobs = [struct.pack("<I", len(items))], []
    name_offset, data_offset = names_at, data_at
    for name, blob in items:
        table.append(struct.pack("<II", name_offset, data_offset))
        name_offset += len(name) + 1
        blobs.append(_padded(blob))
        data_offset += len(blobs[-1])
    body = b"".join(table) + names
    body += b"\0" * (data_at - len(body))
    return header + body + b"".join(blobs)


def rodata(library: bytes) -> bytes:
    """The ``.rodata`` section of a 64-bit little-endian ELF library (where ICU keeps its data)."""
    if library[:4] != b"\x7fELF" or library[4] != 2 or library[5] != 1:
        raise ValueError("not a 64-bit little-endian ELF file")
    (shoff,) = struct.unpack_from("<Q", library, 0x28)
    entsize, count, names_index = struct.unpack_from("<HHH", library, 0x3A)

    def section(index: int) -> tuple[int, int, int]:
        at = shoff + index * entsize
        (name,) = struct.unpack_from("<I", library, at)
        offset, size = struct.unpack_from("<QQ", library, at + 0x18)
        return name, offset, size

    _, names_offset, _ = section(names_index)
    for index in range(count):
        name, offset, size = section(index)
        end = library.index(b"\0", names_offset + name)
        if library[names_offset + name : end] == b".rodata":
            return library[offset : offset + size]
    raise ValueError("no .rodata section")


_ASSEMBLY = """\
    .section .rodata
    .globl {symbol}
    .type {symbol}, @object
    .balign 16
{symbol}:
    .incbin "{data}"
    .size {symbol}, . - {symbol}
    .section .note.GNU-stack,"",@progbits
"""


def trimmed_library(source: Path, folder: Path, languages: Iterable[str] = LANGUAGES) -> Path:
    """Write ``source``'s trimmed twin (same file name and soname) into ``folder``; its path.

    Raises OSError or subprocess.CalledProcessError when it cannot be built (no ``cc``).
    """
    match = re.fullmatch(r"libicudata\.so\.(\d+)", source.name)
    if match is None:
        raise ValueError(f"not an ICU data library: {source.name}")
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        raise OSError("no C compiler (cc) to build the trimmed ICU data library")
    header, items = read_package(rodata(source.read_bytes()))
    kept = [(name, blob) for name, blob in items if keeps(name, languages)]
    folder.mkdir(parents=True, exist_ok=True)
    data = folder / "icudata.dat"
    data.write_bytes(write_package(header, kept))
    assembly = folder / "icudata.S"
    symbol = f"icudt{match.group(1)}_dat"
    assembly.write_text(_ASSEMBLY.format(symbol=symbol, data=data.resolve()), encoding="ascii")
    target = folder / source.name
    subprocess.run(
        [compiler, "-shared", "-nostdlib", "-o", str(target), f"-Wl,-soname,{source.name}",
         str(assembly)],
        check=True, capture_output=True, text=True,
    )  # fmt: skip
    return target


def main(argv: list[str] | None = None) -> int:
    """Build the trimmed library and print both sizes."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("library", type=Path)
    parser.add_argument("folder", type=Path)
    args = parser.parse_args(argv)
    target = trimmed_library(args.library, args.folder)
    before, after = args.library.stat().st_size, target.stat().st_size
    print(f"{target}: {after / 1e6:.1f} MB (was {before / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
