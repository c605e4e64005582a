"""Marking strings for translation in tables of labels, typed.

``PySide6.QtCore.QT_TRANSLATE_NOOP`` is declared to return ``object``, so a table of labels
built with it is not a ``dict[..., str]`` to a type checker. This one returns its ``str``.
It keeps Qt's name on purpose: ``pyside6-lupdate`` finds the strings to translate by the name
of the call, whichever module it comes from.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for translation in ``context`` and return it untranslated; the table's
    user translates it later with ``QCoreApplication.translate(context, source)``."""
    del context  # only lupdate reads it
    return source
