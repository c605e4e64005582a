"""The settings tab that shows a year's holiday schedule and lets the admin enter a new one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.errors import WorkbenchError
from workbench.services import calendar as calendar_service
from workbench.services.calendar import read_notice_file
from workbench.ui.context import AppContext
from workbench.ui.dialogs._common import NoteLabel, day_with_weekday
from workbench.ui.dialogs.notice_dialog import NoticeDialog


class HolidaysTab(QWidget):
    """Year selector, where the year's schedule comes from, its days off and make-up days."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        today = ctx.svc.today()
        self._year = QSpinBox()
        self._year.setRange(2000, today.year + 2)
        self._year.setValue(today.year)
        self._year.setAccessibleName(self.tr("Year"))
        year_label = QLabel(self.tr("&Year:"))
        year_label.setBuddy(self._year)
        self._source = NoteLabel()
        self._source.setAccessibleName(self.tr("Source of the schedule"))
        self._off = QListWidget()
        self._off.setAccessibleName(self.tr("Days off"))
        self._work = QListWidget()
        self._work.setAccessibleName(self.tr("Make-up working days"))
        self._paste = QPushButton(self.tr("&Paste State Council notice…"))
        self._import = QPushButton(self.tr("&Import from file…"))
        self._note = NoteLabel()

        top = QHBoxLayout()
        top.addWidget(year_label)
        top.addWidget(self._year)
        top.addStretch(1)
        lists = QGridLayout()
        self._off_label = QLabel(self.tr("Days off"))
        self._work_label = QLabel(self.tr("Make-up working days"))
        lists.addWidget(self._off_label, 0, 0)
        lists.addWidget(self._work_label, 0, 1)
        lists.addWidget(self._off, 1, 0)
        lists.addWidget(self._work, 1, 1)
        lists.setColumnStretch(0, 3)
        lists.setColumnStretch(1, 2)
        actions = QHBoxLayout()
        actions.addWidget(self._paste)
        actions.addWidget(self._import)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self._source)
        layout.addLayout(lists, 1)
        layout.addLayout(actions)
        layout.addWidget(self._note)

        self._year.valueChanged.connect(self._on_year_valueChanged)
        self._paste.clicked.connect(self._on_paste_clicked)
        self._import.clicked.connect(self._on_import_clicked)
        self.refresh()

    def first_field(self) -> QWidget:
        return self._year

    def set_read_only(self, read_only: bool) -> None:
        """Viewing stays possible; entering a schedule is for administrators."""
        self._paste.setEnabled(not read_only)
        self._import.setEnabled(not read_only)

    def year(self) -> int:
        return self._year.value()

    def set_year(self, year: int) -> None:
        self._year.setValue(year)
        self.refresh()

    def _on_year_valueChanged(self, _value: int) -> None:
        self._note.clear_note()
        self.refresh()

    def refresh(self) -> None:
        cal = calendar_service.year_calendar(self._ctx.svc, self.year())
        source = cal.source.value
        if source == "fallback":
            self._source.show_warning(
                self.tr(
                    "Missing: there is no holiday schedule for {year}. Monday to Friday are "
                    "counted as working days, so due dates may be wrong. Paste the State "
                    "Council notice for {year} below."
                ).format(year=cal.year)
            )
        elif source == "office":
            text = self.tr("Entered by this office.")
            if cal.note:
                text += " " + cal.note
            self._source.show_info(text)
        else:
            self._source.show_info(
                self.tr("From the software package (the State Council schedule).")
            )
        self._off.clear()
        self._work.clear()
        self._off.addItems([day_with_weekday(d, cal.year) for d in cal.holidays])
        self._work.addItems([day_with_weekday(d, cal.year) for d in cal.workdays])
        self._off_label.setText(self.tr("Days off ({n})").format(n=len(cal.holidays)))
        self._work_label.setText(self.tr("Make-up working days ({n})").format(n=len(cal.workdays)))

    def _run_notice_dialog(self, text: str = "") -> None:
        dialog = NoticeDialog(self._ctx, self, text)
        if dialog.exec() == NoticeDialog.DialogCode.Accepted and dialog.saved_year():
            year = dialog.saved_year()
            assert year is not None
            self.set_year(year)
            self._note.show_ok(self.tr("Saved the holiday schedule for {year}.").format(year=year))

    def _on_paste_clicked(self) -> None:
        self._run_notice_dialog()

    def _ask_notice_path(self) -> str | None:
        """Ask for a notice saved as a text file (tests replace this method)."""
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import holiday notice"),
            "",
            self.tr("Text files (*.txt);;All files (*)"),
        )
        return path or None

    def _on_import_clicked(self) -> None:
        path = self._ask_notice_path()
        if not path:
            return
        try:
            text = read_notice_file(Path(path))
        except WorkbenchError as exc:
            self._note.show_error(str(exc))
            return
        self._run_notice_dialog(text)
