"""How fast ``installer-app prepare`` turns a CSV into installation files.

Run from the project folder: ``.venv/bin/python bench/bench_batch.py [--rows 1000]``. It writes a
CSV of stock and BTCO PBXs (with numbering rules) into a temporary folder, prepares it the way
the command does (read, decode, validate every row, write one file per row atomically) and prints
rows per second and the total time, split into parsing and writing. The target is 1,000 rows in
under 2 seconds. A measurement, not a test: nothing fails when it is slower.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from installer_app.domain.batch import parse_batch
from installer_app.domain.batch_input import decode_csv
from installer_app.services.batch import prepare_batch, read_rules

HEADER = (
    "company_id;company_name;server_name;model;mode;fleet_ref;installation_ref;country;"
    "outbound_prefix"
)
COUNTRIES = ("FR", "DE", "ES", "IT", "PT", "GB", "BE")
RULES = [
    {"regexp_match": "^([0-9]{1,5})$", "regexp_replace": "$1", "description": "internal"},
    {"regexpMatch": "^0800", "regexpReplace": "", "description": "blocked"},
]


def csv_text(rows: int) -> str:
    """A batch of ``rows`` PBXs: two stock rows for each BTCO one, countries in turn."""
    lines = [HEADER]
    for n in range(rows):
        country = COUNTRIES[n % len(COUNTRIES)]
        if n % 3 == 2:
            lines.append(f'c{n:05d};"Client {n}; SARL";PBX {n};oxo-connect;btco;;;{country};')
        else:
            installation = f"{n // 10000:04d}.{n % 10000:04d}.{n % 100:02d}"
            lines.append(
                f"c{n:05d};Client {n};PBX {n};oxo-connect-evolution;stock;ALE12;{installation};"
                f"{country};0"
            )
    return "\r\n".join(lines) + "\r\n"


def main() -> int:
    """Prepare the generated batch and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as folder:
        root = Path(folder)
        csv_path, rules_path = root / "batch.csv", root / "rules.json"
        csv_path.write_text(csv_text(args.rows), "utf-8-sig")
        rules_path.write_text(json.dumps(RULES), "utf-8")

        started = time.perf_counter()
        text, _encoding = decode_csv(csv_path.read_bytes())
        batch = parse_batch(text, read_rules(rules_path))
        parsed = time.perf_counter() - started
        assert batch.is_valid, [str(p) for p in batch.problems[:5]]

        started = time.perf_counter()
        result = prepare_batch(csv_path, root / "out", rules_path=rules_path)
        total = time.perf_counter() - started
        assert result.ok and len(result.written) == args.rows
    print(f"rows:          {args.rows}")
    print(f"parse only:    {parsed:.3f} s ({args.rows / parsed:,.0f} rows/s)")
    print(f"prepare total: {total:.3f} s ({args.rows / total:,.0f} rows/s, files written)")
    print(f"target:        {'met' if total < 2.0 or args.rows != 1000 else 'MISSED'} (< 2 s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
