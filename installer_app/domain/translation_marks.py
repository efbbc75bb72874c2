"""The mark ``lupdate`` looks for, usable where Qt is not (the domain, the PBX side) and in the
GUI's catalogues alike.

``QT_TRANSLATE_NOOP(context, text)`` returns ``text`` unchanged: the English text is what the
program keeps and the command line prints; ``lupdate`` files it under ``context`` and the GUI
translates it where it shows it (``ui/support/domain_text.py`` for the ``Domain`` context).
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation under ``context``; returns it unchanged."""
    del context
    return text
