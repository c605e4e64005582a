"""A date field that also takes a date typed the way the office writes it.

``QDateEdit`` edits section by section; a date typed or pasted over the whole field
("20261220", "2026/12/20", "2026年12月20日") used to be dropped without a word. Here the text
is read with the shared :func:`workbench.domain.dates.parse_date` when the field is left or
Enter is pressed; a text that is no date, or a date outside the field's range, keeps the
previous date and says why (:attr:`DateEdit.problem`, a tooltip, :attr:`DateEdit.refused`).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QValidator
from PySide6.QtWidgets import QDateEdit, QToolTip, QWidget

from workbench.domain.dates import parse_date
from workbench.domain.errors import InvalidInput

DISPLAY_FORMAT = "yyyy-MM-dd"
#: what may be typed over the whole field on the way to a date
_TYPING = re.compile(r"[\d０-９\s/.\-／－．年月日]{1,16}")


def _to_date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class DateEdit(QDateEdit):
    """``yyyy-MM-dd`` with a calendar pop-up; also accepts 20261220, 2026/12/20, 2026年12月20日."""

    #: a typed text was not taken: the sentence that says why
    refused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(DISPLAY_FORMAT)
        #: why the last typed text was not taken ("" when it was)
        self.problem = ""

    def validate(self, text: str, pos: int) -> Any:
        result = super().validate(text, pos)
        state = result[0] if isinstance(result, tuple) else result
        if state == QValidator.State.Invalid and _TYPING.fullmatch(text):
            return QValidator.State.Intermediate, text, pos
        return result

    def commit_text(self) -> bool:
        """Take the text typed in the field; False (and :attr:`problem`) when it is refused."""
        text = self.lineEdit().text().strip()
        shown = self.date().toString(DISPLAY_FORMAT)
        if not text or text == shown or QDate.fromString(text, DISPLAY_FORMAT).isValid():
            self.problem = ""
            return True
        try:
            day = parse_date(text)
        except InvalidInput:
            return self._refuse(
                self.tr("“%1” is not a date: write it as 2026-12-20 or 20261220.").replace(
                    "%1", text
                )
            )
        low, high = _to_date(self.minimumDate()), _to_date(self.maximumDate())
        if day > high:
            return self._refuse(
                self.tr("%1 is later than %2.")
                .replace("%1", day.isoformat())
                .replace("%2", high.isoformat())
            )
        if day < low:
            return self._refuse(
                self.tr("%1 is earlier than %2.")
                .replace("%1", day.isoformat())
                .replace("%2", low.isoformat())
            )
        self.problem = ""
        self.setDate(QDate(day.year, day.month, day.day))
        return True

    def _refuse(self, sentence: str) -> bool:
        self.problem = sentence
        self.setDate(self.date())  # show the date kept
        QToolTip.showText(self.mapToGlobal(self.rect().bottomLeft()), sentence, self)
        self.refused.emit(sentence)
        return False

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.commit_text()
        super().focusOutEvent(event)

    def focusNextPrevChild(self, forward: bool) -> bool:
        self.commit_text()  # before Tab moves on between the sections
        return super().focusNextPrevChild(forward)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.commit_text()
        super().keyPressEvent(event)
