"""Small pieces the dialogs share: translated labels, date text, the reason label."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QLabel, QWidget

from workbench.domain.kinds import Kind
from workbench.ui.i18n_marks import QT_TRANSLATE_NOOP

CONTEXT = "DialogText"

#: Kind labels for pickers; the Chinese is in the dialogs' .ts file.
KIND_TEXT: dict[Kind, object] = {
    Kind.NORMATIVE: QT_TRANSLATE_NOOP("DialogText", "Normative document"),
    Kind.MAJOR_DECISION: QT_TRANSLATE_NOOP("DialogText", "Major administrative decision"),
    Kind.SERVICE_CONTRACT: QT_TRANSLATE_NOOP("DialogText", "Government service contract"),
    Kind.PROJECT_CONTRACT: QT_TRANSLATE_NOOP("DialogText", "S&T project contract"),
    Kind.COOPERATION_AGREEMENT: QT_TRANSLATE_NOOP("DialogText", "Cooperation agreement"),
    Kind.OTHER_CONTRACT: QT_TRANSLATE_NOOP("DialogText", "Other contract"),
    Kind.LEGAL_OPINION: QT_TRANSLATE_NOOP("DialogText", "Legal opinion"),
}

_WEEKDAYS = (
    QT_TRANSLATE_NOOP("DialogText", "Mon"),
    QT_TRANSLATE_NOOP("DialogText", "Tue"),
    QT_TRANSLATE_NOOP("DialogText", "Wed"),
    QT_TRANSLATE_NOOP("DialogText", "Thu"),
    QT_TRANSLATE_NOOP("DialogText", "Fri"),
    QT_TRANSLATE_NOOP("DialogText", "Sat"),
    QT_TRANSLATE_NOOP("DialogText", "Sun"),
)
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

# Colours that read on light and dark palettes alike.
WARNING_STYLE = (
    "color: #6b3d00; background-color: #fff3d6; border: 1px solid #e8b04b;"
    " border-radius: 3px; padding: 4px 6px;"
)
ERROR_STYLE = "color: #c62828;"
OK_STYLE = "color: #2e7d32;"


def _translate(text: object) -> str:
    """Translate a source text marked with ``QT_TRANSLATE_NOOP`` in the DialogText context."""
    return QCoreApplication.translate(CONTEXT, str(text))


def kind_label(kind: Kind) -> str:
    return _translate(KIND_TEXT[kind])


def format_date(day: dt.date) -> str:
    """A date as the UI language writes it: "2025年3月12日" / "12 Mar 2025"."""
    pattern = QCoreApplication.translate("DialogText", "{day} {month_abbr} {year}")
    return pattern.format(
        year=day.year, month=day.month, day=day.day, month_abbr=_MONTHS[day.month - 1]
    )


def format_day(day: dt.date, year: int | None = None) -> str:
    """Like :func:`format_date`, leaving out the year when it is ``year`` ("1月28日")."""
    if day.year != year:
        return format_date(day)
    pattern = QCoreApplication.translate("DialogText", "{day} {month_abbr}")
    return pattern.format(month=day.month, day=day.day, month_abbr=_MONTHS[day.month - 1])


def day_with_weekday(day: dt.date, year: int | None = None) -> str:
    """A day and its weekday: "1月28日 周二" / "28 Jan, Tue" (with the year unless ``year``)."""
    return QCoreApplication.translate("DialogText", "{date}, {weekday}").format(
        date=format_day(day, year), weekday=weekday_label(day)
    )


def date_span(first: dt.date, last: dt.date, year: int | None = None) -> str:
    """A range of days and how many they are: "1月28日至2月4日（共8天）"."""
    if first == last:
        return QCoreApplication.translate("DialogText", "{date} (1 day)").format(
            date=format_day(first, year)
        )
    return QCoreApplication.translate("DialogText", "{first} to {last} ({n} days)").format(
        first=format_day(first, year), last=format_day(last, year), n=(last - first).days + 1
    )


def weekday_label(day: dt.date) -> str:
    return _translate(_WEEKDAYS[day.weekday()])


def to_date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class NoteLabel(QLabel):
    """A wrapping label for a reason, a warning or a confirmation; hidden while empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.hide()

    def show_error(self, text: str) -> None:
        self._show(text, ERROR_STYLE)

    def show_warning(self, text: str) -> None:
        self._show(text, WARNING_STYLE)

    def show_ok(self, text: str) -> None:
        self._show(text, OK_STYLE)

    def show_info(self, text: str) -> None:
        self._show(text, "")

    def clear_note(self) -> None:
        self.clear()
        self.hide()

    def _show(self, text: str, style: str) -> None:
        self.setStyleSheet(style)
        self.setText(text)
        self.setVisible(bool(text))
