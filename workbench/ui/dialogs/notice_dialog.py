"""Paste the State Council's holiday notice, see what was read from it, and store it."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.errors import WorkbenchError
from workbench.services import calendar as calendar_service
from workbench.ui.context import AppContext
from workbench.ui.dialogs._common import NoteLabel, date_span, format_day


class NoticeDialog(QDialog):
    """Read a pasted notice with :func:`services.calendar.read_notice`; save after confirming.

    After ``exec()`` returns Accepted, :meth:`saved_year` is the year stored.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, text: str = "") -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._notice: Any = None
        self._saved: int | None = None
        self.setWindowTitle(self.tr("Holiday notice of the State Council"))

        intro = QLabel(
            self.tr(
                "Paste the text of the notice (国务院办公厅关于…年部分节假日安排的通知), "
                "then choose Read."
            )
        )
        intro.setWordWrap(True)
        self._text = QPlainTextEdit()
        self._text.setAccessibleName(self.tr("Notice text"))
        self._text.setPlaceholderText(
            "一、元旦：1月1日（周三）放假1天，不调休。\n"
            "二、春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。"
            "1月26日（周日）、2月8日（周六）上班。"
        )
        self._year = QSpinBox()
        self._year.setRange(1999, ctx.svc.today().year + 2)
        self._year.setSpecialValueText(self.tr("from the notice"))
        self._year.setValue(1999)
        self._year.setAccessibleName(self.tr("Year of the notice"))
        self._read = QPushButton(self.tr("&Read"))
        self._read.setAccessibleName(self.tr("Read the notice"))
        year_label = QLabel(self.tr("&Year:"))
        year_label.setBuddy(self._year)
        read_row = QHBoxLayout()
        read_row.addWidget(year_label)
        read_row.addWidget(self._year)
        read_row.addStretch(1)
        read_row.addWidget(self._read)

        self._found = QPlainTextEdit()
        self._found.setReadOnly(True)
        self._found.setAccessibleName(self.tr("What was read from the notice"))
        self._found.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont))
        self._found.setMaximumHeight(170)
        self._note = NoteLabel()

        self._buttons = QDialogButtonBox()
        self._save = self._buttons.addButton(
            self.tr("&Save schedule"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self._save.setEnabled(False)
        self._buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self._text, 2)
        layout.addLayout(read_row)
        layout.addWidget(QLabel(self.tr("Found:")))
        layout.addWidget(self._found, 1)
        layout.addWidget(self._note)
        layout.addWidget(self._buttons)
        self.resize(640, 600)

        self._read.clicked.connect(self._on_read_clicked)
        self._text.textChanged.connect(self._on_text_textChanged)
        self._buttons.accepted.connect(self._on_buttons_accepted)
        self._buttons.rejected.connect(self.reject)
        if text:
            self._text.setPlainText(text)
            self._on_read_clicked()
        self._text.setFocus()

    def saved_year(self) -> int | None:
        return self._saved

    def notice(self) -> Any:
        """What the last successful Read found (a ``NoticeSchedule``), or ``None``."""
        return self._notice

    def _on_text_textChanged(self) -> None:
        self._notice = None
        self._save.setEnabled(False)

    def _on_read_clicked(self) -> None:
        self._notice = None
        self._save.setEnabled(False)
        self._found.clear()
        text = self._text.toPlainText()
        if not text.strip():
            self._note.show_error(self.tr("Paste the text of the notice first."))
            return
        year = None if self._year.value() == self._year.minimum() else self._year.value()
        try:
            notice = calendar_service.read_notice(text, year)
        except ImportError:
            self._note.show_error(self.tr("Reading notices is not available in this installation."))
            return
        except WorkbenchError as exc:
            self._note.show_error(str(exc))
            return
        self._notice = notice
        self._found.setPlainText(self._describe(notice))
        read = self.tr(
            "Read the schedule for {year}: {off} days off, {work} make-up working days. "
            "Check it against the notice, then save."
        ).format(year=notice.year, off=len(notice.holidays), work=len(notice.workdays))
        unread = self._unread(notice)
        if unread:  # saving stays possible, but never in silence
            self._note.show_warning(
                self.tr(
                    "Not understood — the days these words move were not read: {words}. "
                    "Check them against the notice before saving."
                ).format(words=unread)
                + "\n"
                + read
            )
        else:
            self._note.show_ok(read)
        self._save.setEnabled(True)

    def _unread(self, notice: Any) -> str:
        """The words that move days but were not understood, quoted and joined; "" if none."""
        return self.tr("; ").join(
            self.tr("“{words}”").format(words=w.quote) for w in getattr(notice, "warnings", ())
        )

    def _describe(self, notice: Any) -> str:
        lines = []
        for name, first, last in getattr(notice, "festivals", ()):
            lines.append(f"{name}：{date_span(first, last, notice.year)}")
        if notice.workdays:
            days = self.tr(", ").join(format_day(d, notice.year) for d in notice.workdays)
            lines.append(self.tr("Make-up working days: {days}").format(days=days))
        else:
            lines.append(self.tr("No make-up working days."))
        for warning in getattr(notice, "warnings", ()):
            lines.append(self.tr("Not understood: “{words}”").format(words=warning.quote))
        return "\n".join(lines)

    def _confirm(self, year: int, replaces: str, unread: str = "") -> bool:
        """Ask before storing (tests replace this method)."""
        question = self.tr(
            "Store this schedule for {year}? It replaces {replaces} for every user, and the "
            "due dates of items registered from now on follow it."
        ).format(year=year, replaces=replaces)
        if unread:
            question = (
                self.tr(
                    "Some words were not understood and their days are missing: {words}."
                ).format(words=unread)
                + "\n\n"
                + question
            )
        answer = QMessageBox.question(self, self.tr("Save holiday schedule"), question)
        return answer == QMessageBox.StandardButton.Yes

    def _on_buttons_accepted(self) -> None:
        notice = self._notice
        if notice is None:
            return
        current = calendar_service.year_calendar(self._ctx.svc, notice.year)
        replaces = {
            "package": self.tr("the schedule from the chinese-calendar package"),
            "office": self.tr("the schedule entered earlier"),
            "fallback": self.tr("the Monday-to-Friday fallback"),
        }[current.source.value]
        unread = self._unread(notice)
        confirmed = (
            self._confirm(notice.year, replaces, unread)
            if unread
            else self._confirm(notice.year, replaces)
        )
        if not confirmed:
            return
        try:
            calendar_service.save_schedule(
                self._ctx.svc,
                notice.year,
                tuple(notice.holidays),
                tuple(notice.workdays),
                self.tr("Read from the State Council notice"),
            )
        except WorkbenchError as exc:
            self._note.show_error(str(exc))
            return
        self._saved = notice.year
        self.accept()
