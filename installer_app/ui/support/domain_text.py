"""The domain's and the failures' English messages, translated where the GUI shows them.

The domain (``flow.blockers``, ``references``, ``dialing``, ``numbering``) and the layers below
the GUI (every failure's message and hint: ``rainbow``, ``pbx``, ``services``, ``storage``) are
pure Python without Qt and written in English, some with values built in ("Rule 2, pattern: ...",
"The connection to 127.0.0.1 was refused."). This module and its two parts
(:mod:`~installer_app.ui.support.catalogue_remote`,
:mod:`~installer_app.ui.support.catalogue_local`) are their catalogue for ``lupdate``, under the
context ``Domain``: every whole message is
listed as is, every message with values as a template whose ``%1``, ``%2``... stand for them.
:func:`translate_domain` finds the entry a message comes from and returns its translation with
the values put back, each value translated in turn when it is itself a known message, term or
country name; a text made of several known runs of sentences (the rule tester's explanation, a
message and its hint) is translated run by run. A message the catalogue does not know is
returned unchanged, so the worst case is English text, never a wrong one.

Shown through it: the reason Next is disabled (``pages/base.py``), every ``InlineMessage``, the
dialing preview, the numbering problems, the rule tester's explanation, and every failure a page
shows (:func:`translate_parts` for a message and its hint).

When a domain message changes, change it here too: ``tests/unit/test_translations.py`` produces
the domain's messages and fails on any this catalogue does not recognise.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from PySide6.QtCore import QCoreApplication

from installer_app.domain.countries import COUNTRIES
from installer_app.domain.translation_marks import QT_TRANSLATE_NOOP
from installer_app.ui.support import catalogue_batch, catalogue_local, catalogue_remote

CONTEXT: Final = "Domain"
COUNTRIES_CONTEXT: Final = "Countries"


#: Whole messages and terms (field labels, shapes) put into templates.
EXACT: Final[frozenset[str]] = frozenset(
    {
        # services.sign_in
        QT_TRANSLATE_NOOP("Domain", "Sign in with the business partner's admin account."),
        # storage.credentials (the keyring's problems, shown on the sign-in page)
        QT_TRANSLATE_NOOP(
            "Domain", "No secure keyring is available on this computer to remember the password."
        ),
        QT_TRANSLATE_NOOP(
            "Domain", "The system keyring is locked, so the saved Rainbow password cannot be used."
        ),
        QT_TRANSLATE_NOOP("Domain", "The keyring refused to store the Rainbow password."),
        QT_TRANSLATE_NOOP(
            "Domain",
            "Type the password at each sign-in, or install/unlock the system keyring (Windows "
            "Credential Manager, macOS Keychain, GNOME Keyring or KWallet).",
        ),
        QT_TRANSLATE_NOOP(
            "Domain",
            "Unlock the keyring (log in to the desktop session) and try again, or type the "
            "password.",
        ),
        # flow.blockers
        QT_TRANSLATE_NOOP(
            "Domain", "BTCO is not available for OXO Connect Evolution: choose stock mode."
        ),
        QT_TRANSLATE_NOOP("Domain", "Type the customer company's Rainbow id."),
        QT_TRANSLATE_NOOP("Domain", "Choose the customer company."),
        QT_TRANSLATE_NOOP("Domain", "Server name must not be empty: name the PBX as on Rainbow."),
        QT_TRANSLATE_NOOP("Domain", "Record the WebRTC gateway choice, or untick the gateway."),
        QT_TRANSLATE_NOOP("Domain", "Choose the country of the installation."),
        QT_TRANSLATE_NOOP(
            "Domain", "Outbound prefix: type it, or untick 'Use the outbound prefix'."
        ),
        QT_TRANSLATE_NOOP(
            "Domain",
            "Installation number must contain digits only (0-9), optionally after a +.",
        ),
        QT_TRANSLATE_NOOP("Domain", "Sign in to Rainbow first."),
        QT_TRANSLATE_NOOP("Domain", "Declare the PBX first."),
        QT_TRANSLATE_NOOP("Domain", "Confirm every step of the PBX configuration."),
        # Field labels the domain puts into its messages.
        QT_TRANSLATE_NOOP("Domain", "Fleet reference"),
        QT_TRANSLATE_NOOP("Domain", "Installation reference"),
        QT_TRANSLATE_NOOP("Domain", "National prefix"),
        QT_TRANSLATE_NOOP("Domain", "International prefix"),
        QT_TRANSLATE_NOOP("Domain", "Outbound prefix"),
        # references
        QT_TRANSLATE_NOOP("Domain", "Fleet reference is required."),
        QT_TRANSLATE_NOOP("Domain", "Installation reference is required."),
        QT_TRANSLATE_NOOP("Domain", "2 to 8 letters followed by 1 to 6 digits"),
        QT_TRANSLATE_NOOP("Domain", "4 digits, a dot, 4 digits, a dot, 2 digits"),
        # dialing
        QT_TRANSLATE_NOOP("Domain", "Number does not start with a known country calling code."),
        QT_TRANSLATE_NOOP(
            "Domain", "Number is too short for its country: a digit is probably missing."
        ),
        QT_TRANSLATE_NOOP(
            "Domain", "Number is too long for its country: check the digits and prefixes."
        ),
        QT_TRANSLATE_NOOP(
            "Domain", "Number has a length its country does not use: check the digits."
        ),
        QT_TRANSLATE_NOOP("Domain", "Number is incomplete: nothing follows the +."),
        QT_TRANSLATE_NOOP(
            "Domain", "Number is incomplete: nothing follows the international prefix."
        ),
        QT_TRANSLATE_NOOP("Domain", "Number is incomplete: nothing follows the national prefix."),
        QT_TRANSLATE_NOOP("Domain", "Number is incomplete: nothing follows the country."),
        QT_TRANSLATE_NOOP("Domain", "Number: type a number to see how it is dialed."),
        QT_TRANSLATE_NOOP("Domain", "Number is incomplete: type the digits after the +."),
        QT_TRANSLATE_NOOP(
            "Domain",
            "Number may contain only digits and a leading +; "
            "spaces, dots, dashes and parentheses are ignored.",
        ),
        QT_TRANSLATE_NOOP("Domain", "International number"),
        # numbering
        QT_TRANSLATE_NOOP("Domain", "empty; enter a regular expression, for example ^0321."),
        QT_TRANSLATE_NOOP(
            "Domain",
            "repeats a group that itself repeats or has alternatives, such as (0*)* or (0|00)+, "
            "which can take minutes to test one number; write the repetition once, e.g. [0-9]+ "
            "or (0|00).",
        ),
        QT_TRANSLATE_NOOP("Domain", "nests its parentheses too deeply; simplify it."),
        # numbering.simulate (explanations are sentences joined by spaces)
        QT_TRANSLATE_NOOP("Domain", "Nothing was dialled."),
        QT_TRANSLATE_NOOP("Domain", "No rule matches."),
        QT_TRANSLATE_NOOP("Domain", "There are no rules."),
        QT_TRANSLATE_NOOP("Domain", "nothing"),
        QT_TRANSLATE_NOOP("Domain", "an international number"),
        QT_TRANSLATE_NOOP("Domain", "a national number"),
    }
)

#: Messages with values in them; ``%1``, ``%2``... match any text and are translated in turn.
TEMPLATES: Final[tuple[str, ...]] = (
    # services.sign_in
    QT_TRANSLATE_NOOP(
        "Domain",
        "Login: %1 is not a business-partner admin on Rainbow, so it cannot manage customer "
        "companies.",
    ),
    # flow.blockers
    QT_TRANSLATE_NOOP("Domain", "%1 is required in stock mode."),
    # references
    QT_TRANSLATE_NOOP(
        "Domain",
        "%1 does not have the expected shape: %2, e.g. %3. "
        "Check it; if the real reference differs from this shape, use the override.",
    ),
    QT_TRANSLATE_NOOP(
        "Domain",
        "Fleet reference cannot contain a dash: the dash separates it from the "
        "installation reference, e.g. %1.",
    ),
    QT_TRANSLATE_NOOP("Domain", "Reference is required, e.g. %1."),
    QT_TRANSLATE_NOOP(
        "Domain",
        "Reference must be the fleet reference and the installation reference joined "
        "by a dash, e.g. %1.",
    ),
    # dialing
    QT_TRANSLATE_NOOP("Domain", "%1 must contain digits only (0-9)."),
    QT_TRANSLATE_NOOP("Domain", "Number is too long: a public number has at most %1 digits."),
    QT_TRANSLATE_NOOP("Domain", "%1: canonical form %2."),
    QT_TRANSLATE_NOOP("Domain", "National number (%1)"),
    QT_TRANSLATE_NOOP("Domain", "Number without national prefix, read as a national number (%1)"),
    QT_TRANSLATE_NOOP(
        "Domain",
        "Internal number (1 to %1 digits without prefix): "
        "the PBX routes it as is; it has no canonical form.",
    ),
    QT_TRANSLATE_NOOP(
        "Domain", "Country: %1 is not a known country code; choose a country from the list."
    ),
    # numbering
    QT_TRANSLATE_NOOP("Domain", "Rule %1, pattern: %2"),
    QT_TRANSLATE_NOOP("Domain", "Rule %1, replacement: %2"),
    QT_TRANSLATE_NOOP(
        "Domain",
        "Rule %1, description: contains a line break or control character; keep it on one line.",
    ),
    QT_TRANSLATE_NOOP("Domain", "Rule %1, description: %2"),
    QT_TRANSLATE_NOOP(
        "Domain",
        "contains the control character(s) %1 (escape sequences, line breaks and the like), "
        "which a name or a description never needs; retype it.",
    ),
    QT_TRANSLATE_NOOP(
        "Domain",
        "repeats %1 times, but a phone number has at most %2 digits; use smaller counts, "
        "e.g. [0-9]{1,15}.",
    ),
    QT_TRANSLATE_NOOP("Domain", "%1 characters, over Rainbow's limit of %2; shorten it."),
    QT_TRANSLATE_NOOP(
        "Domain",
        "not a valid regular expression (%1); check its brackets, parentheses and backslashes.",
    ),
    QT_TRANSLATE_NOOP("Domain", "%1; escape a literal [ or - inside brackets with \\."),
    QT_TRANSLATE_NOOP(
        "Domain",
        "Rainbow does not support \\d; written with %1 instead it is %2 characters, "
        "over the limit of %3; shorten it.",
    ),
    QT_TRANSLATE_NOOP("Domain", "Rainbow does not support \\d; it will be sent as %1."),
    QT_TRANSLATE_NOOP("Domain", "write %1 instead of %2 to use a group."),
    QT_TRANSLATE_NOOP(
        "Domain",
        "%1 is not supported and would be sent as is; "
        "put the part you want in parentheses and write $1.",
    ),
    QT_TRANSLATE_NOOP(
        "Domain",
        "$%1 refers to group %2 but the pattern has no group in parentheses; "
        "add parentheses to the pattern or change the number.",
    ),
    QT_TRANSLATE_NOOP(
        "Domain",
        "$%1 refers to group %2 but the pattern has only %3 group in parentheses; "
        "add parentheses to the pattern or change the number.",
    ),
    QT_TRANSLATE_NOOP(
        "Domain",
        "$%1 refers to group %2 but the pattern has only %3 groups in parentheses; "
        "add parentheses to the pattern or change the number.",
    ),
    QT_TRANSLATE_NOOP(
        "Domain",
        "contains %1, which a phone cannot dial; use digits, * # +, and $1 to $9 for groups.",
    ),
    QT_TRANSLATE_NOOP(
        "Domain", "%1 numbering rules: Rainbow accepts at most %2; remove or merge %3."
    ),
    QT_TRANSLATE_NOOP(
        "Domain",
        "same as rule %1, so it never applies; remove it or change one of them.",
    ),
    # numbering.simulate
    QT_TRANSLATE_NOOP("Domain", "Rainbow would refuse this list: more than %1 rules."),
    QT_TRANSLATE_NOOP("Domain", "Rule %1 was skipped: it has an error."),
    QT_TRANSLATE_NOOP("Domain", "%1 matches: the call is blocked."),
    QT_TRANSLATE_NOOP("Domain", "%1 matches: the PBX receives %2."),
    QT_TRANSLATE_NOOP("Domain", 'Rule %1 "%2" (%3 → %4)'),
    QT_TRANSLATE_NOOP("Domain", "Rule %1 (%2 → %3)"),
    QT_TRANSLATE_NOOP(
        "Domain",
        "Rainbow adds no outbound prefix after a rule: if this number leaves the PBX, "
        "write the outbound prefix %1 into the replacement.",
    ),
    QT_TRANSLATE_NOOP("Domain", "Rainbow treats it as an internal number: the PBX receives %1."),
    QT_TRANSLATE_NOOP("Domain", "Rainbow does not recognise it: the PBX receives %1 as dialled."),
    QT_TRANSLATE_NOOP(
        "Domain",
        "Rainbow treats it as %1 and adds the outbound prefix %2: the PBX receives %3.",
    ),
    QT_TRANSLATE_NOOP("Domain", "Rainbow treats it as %1: the PBX receives %2."),
    QT_TRANSLATE_NOOP("Domain", "an international number (+ becomes %1)"),
)

#: The whole catalogue: the domain's messages above, the failures of the layers below the GUI.
ALL_EXACT: Final = EXACT | catalogue_remote.EXACT | catalogue_local.EXACT | catalogue_batch.EXACT
ALL_TEMPLATES: Final = (
    TEMPLATES + catalogue_remote.TEMPLATES + catalogue_local.TEMPLATES + catalogue_batch.TEMPLATES
)

#: The English country names the ``Countries`` context translates (a value may be one).
_COUNTRY_NAMES: Final = frozenset(country.name for country in COUNTRIES)
_PLACEHOLDER: Final = re.compile(r"%([1-9])")
_MAX_DEPTH: Final = 3
#: Between two sentences of an explanation the domain joined with a space.
_SENTENCE_BREAK: Final = re.compile(r"(?<=\.) (?=[A-Z])")
#: What a placeholder matches: any text within one sentence.
_VALUE: Final = r"(?:(?!\. [A-Z]).)+?"


@cache
def _compiled() -> tuple[tuple[str, str, str, re.Pattern[str]], ...]:
    """Each template with its fixed start and end and the pattern that recognises it, the most
    specific first (the start and end rule most templates out before a pattern is tried)."""

    def pattern(template: str) -> re.Pattern[str]:
        pieces = _PLACEHOLDER.split(template)
        regex = "".join(
            f"(?P<p{piece}>{_VALUE})" if odd else re.escape(piece)
            for odd, piece in ((i % 2 == 1, p) for i, p in enumerate(pieces))
        )
        return re.compile(regex, re.DOTALL)

    def ends(template: str) -> tuple[str, str]:
        pieces = _PLACEHOLDER.split(template)
        return pieces[0], pieces[-1]

    ordered = sorted(ALL_TEMPLATES, key=lambda t: len(_PLACEHOLDER.sub("", t)), reverse=True)
    return tuple((template, *ends(template), pattern(template)) for template in ordered)


def match_template(text: str) -> tuple[str, dict[str, str]] | None:
    """The template ``text`` was built from and its values (``{"1": ..., ...}``), or None."""
    for template, start, end, pattern in _compiled():
        if not (text.startswith(start) and text.endswith(end)):
            continue
        found = pattern.fullmatch(text)
        if found is not None:
            return template, {name[1:]: value for name, value in found.groupdict().items()}
    return None


def _known_whole(text: str) -> bool:
    return text in ALL_EXACT or match_template(text) is not None


def _sentences(text: str) -> list[str] | None:
    """``text`` cut into runs of sentences the catalogue all knows, or None.

    A run may hold several sentences (a hint of two, a message and its hint joined), so the
    longest known run is taken first at each point.
    """
    parts = _SENTENCE_BREAK.split(text)
    if len(parts) < 2:
        return None
    runs: list[str] = []
    start = 0
    while start < len(parts):
        end = next(
            (
                end
                for end in range(len(parts), start, -1)
                if (start, end) != (0, len(parts)) and _known_whole(" ".join(parts[start:end]))
            ),
            None,
        )
        if end is None:
            return None
        runs.append(" ".join(parts[start:end]))
        start = end
    return runs


def is_known(text: str) -> bool:
    """True when the catalogue has ``text``: whole, as a template, or sentence by sentence."""
    return _known_whole(text) or _sentences(text) is not None


def _translate(text: str, depth: int) -> str:
    if text in ALL_EXACT:
        return QCoreApplication.translate(CONTEXT, text)
    if text in _COUNTRY_NAMES:
        return QCoreApplication.translate(COUNTRIES_CONTEXT, text)
    if depth == 0:
        return text
    found = match_template(text)
    if found is None:
        sentences = _sentences(text)
        if sentences is None:
            return text
        return " ".join(_translate(sentence, depth) for sentence in sentences)
    template, values = found
    translated = QCoreApplication.translate(CONTEXT, template)
    return _PLACEHOLDER.sub(
        lambda m: _translate(values.get(m.group(1), m.group(0)), depth - 1), translated
    )


def translate_domain(text: str) -> str:
    """``text`` in the interface language when it is a message of the domain, else unchanged."""
    return _translate(text, _MAX_DEPTH) if text else text


def translate_parts(*parts: str, separator: str = " ") -> str:
    """The non-empty ``parts`` (a failure's message and hint...) each translated, joined."""
    return separator.join(translate_domain(part) for part in parts if part)
