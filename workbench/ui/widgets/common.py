"""Small helpers the widgets share: dates, accessible names, note labels."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QHeaderView, QLabel, QWidget

from workbench.ui.widgets.date_edit import DateEdit

ERROR_STYLE = "color: #c62828;"
WARNING_STYLE = "color: #8a5300;"
MUTED_STYLE = "color: palette(placeholder-text);"


def to_date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def date_edit(name: str, accessible: str, parent: QWidget | None = None) -> QDateEdit:
    """A date field that also takes 20261220, 2026/12/20 or 2026年12月20日 typed in."""
    edit = DateEdit(parent)
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setMinimumDate(QDate(1990, 1, 1))
    return edit


def named(widget: QWidget, name: str, accessible: str) -> QWidget:
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    return widget


def note_label(parent: QWidget | None = None, style: str = "") -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if style:
        label.setStyleSheet(style)
    return label


def fill_width(header: QHeaderView, column: int, available: int, minimum: int) -> int:
    """The width that gives ``column`` what the other visible columns leave of ``available``
    (a viewport's width), never below ``minimum``: past that the view scrolls sideways."""
    others = sum(
        header.sectionSize(c)
        for c in range(header.count())
        if c != column and not header.isSectionHidden(c)
    )
    return max(minimum, available - others)
