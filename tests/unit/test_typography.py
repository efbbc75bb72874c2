"""Each language's catalogue keeps one typography: its quotes, and French spacing.

The conventions are those of ``translations/README.md``: « » with no-break spaces inside in
French, „ “ in German, « » in Spanish, Italian and Portuguese; French puts a no-break space
before ``:`` ``;`` ``?`` ``!``. One exception, named: OMC's and Rainbow's own labels stay as
their screens show them, in straight double quotes, so that the technician finds them.
"""

from __future__ import annotations

import html
import re

import pytest

from tests.unit.test_translations import LANGUAGES, read_ts, update

#: OMC's and Rainbow's literal labels, quoted as the English source quotes them.
SCREEN_LABELS = frozenset(
    {
        '"Rainbow enabled"',
        '"Rainbow PABX-ID"',
        '"Activation code"',
        '"Domain name"',
        '"Connected"',
        '"OXO Connect"',
        '"Specify equipment ID and activation code"',
        '"Reset connection"',
        '"Dialing information"',
    }
)
NBSP = "\u00a0\u202f"
#: Each language's quotes: (opening, closing); any other quote character is a mix.
QUOTES = {
    "fr": ("«", "»"),
    "de": ("„", "“"),
    "es": ("«", "»"),
    "it": ("«", "»"),
    "pt": ("«", "»"),
}
_QUOTE_CHARACTERS = set("«»„“”‟‹›\"'‚‘")
_MARKUP = re.compile(r"<[^>]*>|&[A-Za-z]+;|&#\d+;")
#: A French punctuation mark used as one: followed by a space, a closing bracket or the end (a
#: colon inside an address or a time, "http://", "16:45", is not).
_FRENCH_MARK = re.compile(r"(.)([:;?!])(?=[\s)»\]]|$)")


def _shown(text: str) -> str:
    """A translation as shown: markup out, OMC's quoted labels out."""
    text = _MARKUP.sub(" ", text)
    for label in SCREEN_LABELS:
        text = text.replace(label, " ")
    return html.unescape(text)


def _quote_problems(language: str, text: str) -> list[str]:
    opening, closing = QUOTES[language]
    shown = _shown(text).replace("’", "")  # the apostrophe
    others = sorted({c for c in shown if c in _QUOTE_CHARACTERS} - {opening, closing})
    problems = [f"quote {c!r} (use {opening} {closing})" for c in others]
    if shown.count(opening) != shown.count(closing):
        problems.append(f"unbalanced {opening} {closing}")
    if language == "fr" and re.search(rf"«[^{NBSP}]|[^{NBSP}]»", shown):
        problems.append("« » without a no-break space inside")
    return problems


def _french_spacing(text: str) -> list[str]:
    return [
        f"no no-break space before {mark!r}"
        for before, mark in _FRENCH_MARK.findall(_shown(text))
        if before not in NBSP
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_uses_its_own_quotes_only(language: str) -> None:
    wrong = [
        f"{m.context}: {problem}: {m.translation[:90]!r}"
        for m in read_ts(update.ts_path(language))
        for problem in _quote_problems(language, m.translation)
    ]
    assert not wrong, "\n".join(wrong)


def test_french_puts_a_no_break_space_before_double_punctuation() -> None:
    wrong = [
        f"{m.context}: {problem}: {m.translation[:90]!r}"
        for m in read_ts(update.ts_path("fr"))
        for problem in _french_spacing(m.translation)
    ]
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize(
    ("language", "text", "problems"),
    [
        ("fr", "Cochez «\u00a0Se souvenir\u00a0»\u00a0: c’est tout.", []),
        ("fr", 'Cochez "Se souvenir" : c’est tout.', 2),
        ("fr", "Cochez «Se souvenir» ; “x”", 4),
        ("fr", 'Saisissez-le dans "Activation code"\u00a0: https://a.example:8080', []),
        ("de", "Klicken Sie auf „Weiter“.", []),
        ("de", "Klicken Sie auf “Weiter” oder «Zurück».", 4),
        ("es", "Pulse «Siguiente».", []),
        ("pt", 'Clique em "Seguinte".', 1),
    ],
)
def test_the_checks_find_what_they_are_for(
    language: str, text: str, problems: list[str] | int
) -> None:
    found = _quote_problems(language, text) + (_french_spacing(text) if language == "fr" else [])
    assert (len(found) if isinstance(problems, int) else found) == problems, found
