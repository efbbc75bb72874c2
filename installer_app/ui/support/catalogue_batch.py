"""What the batch use case says about a CSV file or a rules file, for the catalogue.

Part of the ``Domain`` catalogue that :mod:`~installer_app.ui.support.domain_text` reads: the
problems and warnings of ``domain/batch.py``, ``domain/batch_input.py`` and
``services/batch.py`` that the batch dialog lists (each row's plan problems are the installation
file's, in :mod:`~installer_app.ui.support.catalogue_local`), with the files' paths, row numbers,
column names and values as ``%1``, ``%2``.
"""

from __future__ import annotations

from typing import Final

from installer_app.domain.translation_marks import QT_TRANSLATE_NOOP

EXACT: Final[frozenset[str]] = frozenset(
    {
        # domain.batch_input, domain.batch
        QT_TRANSLATE_NOOP(
            "Domain",
            "The CSV file is not text in UTF-8 or Windows-1252: save it from the spreadsheet "
            "as 'CSV UTF-8'.",
        ),
        QT_TRANSLATE_NOOP("Domain", "The CSV file is empty: no header row."),
        QT_TRANSLATE_NOOP("Domain", "The CSV file has a header row but no PBX rows."),
        QT_TRANSLATE_NOOP("Domain", "tab"),
        # What Python's JSON reader says is wrong (a value of "%1 is not valid JSON: %2 ...").
        QT_TRANSLATE_NOOP("Domain", "Expecting value"),
        QT_TRANSLATE_NOOP("Domain", "Expecting ',' delimiter"),
        QT_TRANSLATE_NOOP("Domain", "Expecting ':' delimiter"),
        QT_TRANSLATE_NOOP("Domain", "Expecting property name enclosed in double quotes"),
        QT_TRANSLATE_NOOP("Domain", "Unterminated string starting at"),
        QT_TRANSLATE_NOOP("Domain", "Invalid control character at"),
        QT_TRANSLATE_NOOP("Domain", "Invalid \\escape"),
        QT_TRANSLATE_NOOP("Domain", "Extra data"),
    }
)

TEMPLATES: Final[tuple[str, ...]] = (
    # domain.batch_input (%1: the rules file and the rule's number)
    QT_TRANSLATE_NOOP(
        "Domain", "%1, rule %2: must be an object with regexp_match and regexp_replace."
    ),
    QT_TRANSLATE_NOOP("Domain", "%1, rule %2: '%3' is not a rule field; remove it."),
    QT_TRANSLATE_NOOP("Domain", "%1, rule %2: both %3 and %4 are given; keep one."),
    QT_TRANSLATE_NOOP("Domain", "%1, rule %2: %3 must be text (in double quotes)."),
    QT_TRANSLATE_NOOP(
        "Domain",
        '%1, rule %2: regexp_replace is missing; write "" to block the numbers the rule matches.',
    ),
    QT_TRANSLATE_NOOP("Domain", "%1, rule %2: Rainbow does not support \\d; written as %3."),
    QT_TRANSLATE_NOOP(
        "Domain", "%1 is not a rules file: its JSON nests too deeply or holds a huge number."
    ),
    QT_TRANSLATE_NOOP("Domain", "%1 must hold a JSON list of rules, e.g. %2."),
    QT_TRANSLATE_NOOP("Domain", "In %1: %2"),
    # domain.batch
    QT_TRANSLATE_NOOP(
        "Domain",
        "The CSV file lacks the required column(s) %1 (its header row, read with '%2' as "
        "separator, has: %3). Required columns: %4; optional: %5.",
    ),
    QT_TRANSLATE_NOOP(
        "Domain",
        "The header row has column(s) this program does not know: %1; check the spelling or "
        "remove them. Known columns: %2.",
    ),
    QT_TRANSLATE_NOOP("Domain", "The column %1 appears twice in the header row; keep one."),
    QT_TRANSLATE_NOOP("Domain", "The CSV file cannot be read near line %1: %2; check its quotes."),
    QT_TRANSLATE_NOOP(
        "Domain",
        "%1 values where the header row names %2 columns; a value containing the separator "
        "'%3' must be in double quotes.",
    ),
    QT_TRANSLATE_NOOP("Domain", "Same server name as on row %1; each PBX is prepared once."),
    QT_TRANSLATE_NOOP(
        "Domain",
        "Same fleet and installation references (same PBX) as on row %1; each PBX is prepared "
        "once.",
    ),
    # services.batch
    QT_TRANSLATE_NOOP(
        "Domain",
        "The CSV file %1 is larger than %2; check the file name, or split it into several files.",
    ),
    QT_TRANSLATE_NOOP(
        "Domain",
        "The rules file %1 is larger than %2; check the file name, or split it into several files.",
    ),
    QT_TRANSLATE_NOOP("Domain", "The CSV file %1 does not exist."),
    QT_TRANSLATE_NOOP("Domain", "The rules file %1 does not exist."),
    QT_TRANSLATE_NOOP("Domain", "%1 is a folder, not a CSV file."),
    QT_TRANSLATE_NOOP("Domain", "%1 is a folder, not a rules file."),
    QT_TRANSLATE_NOOP("Domain", "The CSV file %1 cannot be read: %2."),
    QT_TRANSLATE_NOOP("Domain", "The rules file %1 cannot be read: %2."),
    QT_TRANSLATE_NOOP("Domain", "The rules file %1 is not text in UTF-8."),
    QT_TRANSLATE_NOOP(
        "Domain",
        "%1 already exists and differs from this row (it may hold a declared PBX's progress); "
        "remove it or choose another output folder (on the command line, --force overwrites "
        "it).",
    ),
)
