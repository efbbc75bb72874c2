"""Every problem and warning the batch dialog can list, produced for the catalogue's sweep.

Bad CSV files (missing, unknown and repeated columns, a bad value in each column, stray values,
broken quotes, repeated PBXs, no rows, not text, too big, not a file) and bad rules files (not
JSON, not a list, each kind of wrong rule, rules Rainbow refuses or rewrites) go through the
batch use case as the dialog calls it, in a temporary folder.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from pathlib import Path

HEADER = "company_id,company_name,server_name,model,mode,fleet_ref,installation_ref,country"
GOOD = "c1,Boulangerie Martin,Martin OXO,oxo-connect,stock,ALE12,1234.5678.90,FR"
OPTIONAL = "national_prefix,international_prefix,outbound_prefix,installation_number"


def bad_rows() -> Iterator[str]:
    """A row with a bad value in each column (or an empty required one)."""
    cells = GOOD.split(",")
    wrong = {
        0: ["", "5e0f\u0007"],
        1: ["Martin\u001b[31m"],
        2: ["", " "],
        3: ["", "oxo-9"],
        4: ["", "sometimes"],
        5: ["", "A-12", "12"],
        6: ["", "12"],
        7: ["", "ZZ"],
    }
    for position, values in wrong.items():
        for value in values:
            yield ",".join(value if i == position else c for i, c in enumerate(cells))
    yield "c2,Dupont,Dupont OXO,oxo-connect-evolution,btco,,,DE"


def _csv_files() -> Iterator[bytes | str]:
    header = f"{HEADER},{OPTIONAL},reference_override"
    yield ""
    yield "\n\n"
    yield HEADER + "\n"
    yield "company_id;name;server\n1;2;3\n"
    yield "company_id\tname\n1\t2\n"
    yield HEADER + ",colour,company_id\n" + GOOD + ",red,c1\n"
    yield HEADER + "\n" + GOOD + ",extra,values\n"
    yield HEADER + '\n"c1,Martin\n'
    yield "\n".join([HEADER, *bad_rows()]) + "\n"
    yield "\n".join([HEADER, GOOD, GOOD, GOOD.replace("Martin OXO", "Other OXO")]) + "\n"
    rows = ["c1,M,M OXO,oxo-connect,stock,ALE12,1234.5678.90,FR,0a,00x,9b,12a,perhaps",
            "c1,M,N OXO,oxo-connect,stock,ALE12,12,FR,,,,,yes",
            "c1,M,P OXO,oxo-connect,btco,,,FR,,,,,"]  # fmt: skip
    yield "\n".join([header, *rows]) + "\n"
    yield codecs.BOM_UTF16_LE + b"\x00\xd8"  # UTF-16 that breaks off mid-character
    yield b"\x81\x8d\x8f\x90\x9d"  # neither UTF-8 nor Windows-1252


def _rules_files() -> Iterator[bytes | str]:
    yield "{"
    yield "[" * 100_000
    yield '{"regexp_match": "^0"}'
    yield '[1, {"regexp_match": "^0", "regexpMatch": "^1", "regexp_replace": "", "x": 1}]'
    yield '[{"regexp_match": 5, "regexp_replace": ""}, {"regexp_match": "^0"}]'
    yield '[{"regexp_match": "^0\\\\d", "regexp_replace": "0"}]'
    yield '[{"regexp_match": "(", "regexp_replace": "$2"}]'
    yield "[" + ",".join(['{"regexp_match": "^0", "regexp_replace": ""}'] * 101) + "]"
    yield b"\xff\xfe["


def _messages_of(run: object) -> Iterator[str]:
    from installer_app.services.batch import BatchError, PreparedBatch

    assert callable(run)
    try:
        result = run()
    except BatchError as error:
        yield from (problem.message for problem in error.problems)
        return
    assert isinstance(result, PreparedBatch)
    yield from (problem.message for problem in result.problems)
    yield from result.warnings


def batch_messages(folder: Path) -> set[str]:
    """The messages of every batch problem and warning, from files written into ``folder``."""
    from installer_app.services import batch

    out = folder / "out"
    out.mkdir()
    (out / "Martin_OXO.oxoplan.json").write_text("{}", "utf-8")  # differs from its row
    good = folder / "good.csv"
    good.write_text(f"{HEADER}\n{GOOD}\n", "utf-8")
    messages: set[str] = set()
    for index, content in enumerate(_csv_files()):
        path = folder / f"{index}.csv"
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
        messages.update(_messages_of(lambda path=path: batch.prepare_batch(path, out)))
    for index, content in enumerate(_rules_files()):
        path = folder / f"{index}.json"
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
        run = lambda path=path: batch.prepare_batch(good, out, rules_path=path)  # noqa: E731
        messages.update(_messages_of(run))
    for missing in (folder / "missing.csv", folder):
        messages.update(_messages_of(lambda missing=missing: batch.prepare_batch(missing, out)))
        run = lambda missing=missing: batch.prepare_batch(good, out, rules_path=missing)  # noqa: E731
        messages.update(_messages_of(run))
    for what in ("CSV file", "rules file"):
        messages.update(_messages_of(lambda what=what: batch._read(good, what, 10)))
    return messages
