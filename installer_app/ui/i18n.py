"""The interface language: which translations are loaded, and a pseudo-language for layout tests.

The program is written in English; ``translations/installer_app_<code>.qm`` holds each other
language (made by ``make translations``). The language is the one saved in QSettings under
:data:`LANGUAGE_KEY` (``""`` or missing: the system's, from :meth:`QLocale.uiLanguages`), or
English when the program has no translation for it. Qt's own catalogue (``qtbase_<code>.qm``,
shipped with PySide6) is loaded with ours, so QWizard's Back/Next/Cancel and the standard dialogs
speak the same language.

Translators are installed before any widget is built: widgets take their texts when they are
built and do not follow a later change, so a new choice applies at the next start.

Setting :data:`PSEUDO_VARIABLE` to ``1`` loads the pseudo-language instead (:func:`pseudo_text`):
every text lengthened by 40 % and accented, to find clipped labels and untranslated strings.
"""

from __future__ import annotations

import logging
import math
import os
import re
import sys
import textwrap
from pathlib import Path
from typing import Final

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

logger = logging.getLogger(__name__)

#: QSettings key of the chosen language: ``""`` (the system's) or a code of :data:`LANGUAGES`.
LANGUAGE_KEY: Final = "ui/language"
#: The language the source strings are written in.
SOURCE_LANGUAGE: Final = "en"
#: Every language the interface speaks: (code, the language's name in itself).
LANGUAGES: Final[tuple[tuple[str, str], ...]] = (
    ("en", "English"),
    ("fr", "Français"),
    ("de", "Deutsch"),
    ("es", "Español"),
    ("it", "Italiano"),
    ("pt", "Português"),
)
#: Environment variable: ``1`` loads the pseudo-language (layout and coverage checks).
PSEUDO_VARIABLE: Final = "INSTALLER_APP_PSEUDO"
#: Code returned by :func:`install_translators` when the pseudo-language is loaded.
PSEUDO: Final = "pseudo"

CODES: Final = frozenset(code for code, _name in LANGUAGES)
#: Qt ships one Portuguese catalogue for its own texts, Brazil's; ours is Portugal's.
QT_CATALOGUES: Final[dict[str, tuple[str, ...]]] = {"pt": ("qtbase_pt_PT", "qtbase_pt_BR")}

_installed: list[QTranslator] = []


def translations_folder() -> Path:
    """Where the program's ``.qm`` files are: beside the package, or in the frozen bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "translations"
    return Path(__file__).resolve().parents[2] / "translations"


def saved_language(settings: QSettings | None = None) -> str:
    """The language saved in the settings (``""``: follow the system)."""
    value = (settings or QSettings()).value(LANGUAGE_KEY, "")
    return str(value or "").strip()


def system_language(locale: QLocale | None = None) -> str:
    """The first of the system's preferred languages the program speaks, else English."""
    for tag in (locale or QLocale.system()).uiLanguages():
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in CODES:
            return code
    return SOURCE_LANGUAGE


def resolve_language(choice: str | None, locale: QLocale | None = None) -> str:
    """The code to load for a saved ``choice``: itself when known, else the system's."""
    choice = (choice or "").strip().lower()
    return choice if choice in CODES else system_language(locale)


def _load(translator: QTranslator, names: tuple[str, ...], folder: str) -> bool:
    return any(translator.load(name, folder) for name in names)


def install_translators(app: QCoreApplication, language: str | None = None) -> str:
    """Load the interface language into ``app``; returns the code loaded (``"en"``: none).

    Args:
        app: the application, before the wizard is built.
        language: a code of :data:`LANGUAGES`, ``""`` for the system's, None for the one saved
            in QSettings. :data:`PSEUDO_VARIABLE` set to ``1`` overrides it.
    """
    remove_translators(app)
    if os.environ.get(PSEUDO_VARIABLE) == "1":
        install_pseudo_translator(app)
        return PSEUDO
    code = resolve_language(saved_language() if language is None else language)
    if code == SOURCE_LANGUAGE:
        return code
    ours = QTranslator(app)
    if not ours.load(f"installer_app_{code}", str(translations_folder())):
        logger.warning("No translation file for %r: the interface stays in English", code)
        return SOURCE_LANGUAGE
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if _load(qt, QT_CATALOGUES.get(code, (f"qtbase_{code}",)), qt_folder):
        _install(app, qt)
    else:
        logger.info("Qt has no catalogue for %r: its buttons stay in English", code)
    _install(app, ours)
    return code


def _install(app: QCoreApplication, translator: QTranslator) -> None:
    app.installTranslator(translator)
    _installed.append(translator)


def remove_translators(app: QCoreApplication) -> None:
    """Remove every translator :func:`install_translators` installed (back to English)."""
    while _installed:
        app.removeTranslator(_installed.pop())


# -- pseudo-language ------------------------------------------------------------------------

#: Kept as they are: markup, entities, placeholders, accelerators, line breaks, URLs, globs.
_KEPT: Final = re.compile(
    r"<[^>]*>|&[A-Za-z]+;|&#\d+;|%\d|%n|&&|&.|\n|https?://\S+|\(\*[^)]*\)", re.DOTALL
)
_ACCENTED: Final = str.maketrans(
    "aceinosuyzACEINOSUYZ",
    "áçéíñóśúýźÁÇÉÍŃÓŚÚÝŹ",
)
#: Texts Qt reads back as settings rather than shows (``QT_LAYOUT_DIRECTION``) stay as they are.
_MACHINE_TEXT: Final = re.compile(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+")
_MACHINE_CONTEXTS: Final = frozenset({"QShortcut", "QKeySequence"})
#: How much longer a pseudo-translated text is: German runs about 30 % over English.
PSEUDO_GROWTH: Final = 0.4
_PADDING_RUN: Final = 8


def pseudo_text(text: str) -> str:
    """``text`` accented, bracketed and 40 % longer: ``"&Next >"`` → ``"[&Ńéxt >~~~]"``.

    Markup, entities, ``%1`` placeholders, ``&`` accelerators, URLs and file-dialog globs are
    kept, so the program still works in the pseudo-language.
    """
    pieces: list[str] = []
    visible = 0
    position = 0
    for kept in _KEPT.finditer(text):
        plain = text[position : kept.start()]
        pieces += [plain.translate(_ACCENTED), kept.group(0)]
        visible += len(plain)
        position = kept.end()
    plain = text[position:]
    pieces.append(plain.translate(_ACCENTED))
    visible += len(plain)
    # In runs a line can break between: one long run would be a word no real language has.
    padding = " ".join(
        textwrap.wrap("~" * max(1, math.ceil(visible * PSEUDO_GROWTH)), _PADDING_RUN)
    )
    return f"[{''.join(pieces)}{padding}]"


class PseudoTranslator(QTranslator):
    """Translates every text, Qt's own included, into the pseudo-language."""

    def translate(
        self,
        context: str,
        sourceText: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        """The pseudo text; None (no translation: Qt keeps the source) for machine texts."""
        if not sourceText or context in _MACHINE_CONTEXTS or _MACHINE_TEXT.fullmatch(sourceText):
            return None
        return pseudo_text(sourceText)

    def isEmpty(self) -> bool:
        return False


def install_pseudo_translator(app: QCoreApplication) -> QTranslator:
    """Load the pseudo-language into ``app`` (undone by :func:`remove_translators`)."""
    translator = PseudoTranslator(app)
    _install(app, translator)
    return translator
