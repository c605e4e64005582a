"""The catalogue of normative documents (目录): the year's, or those in force on a date, with a
preview of the rows; saved as .xlsx or .docx on a worker thread like the yearly export."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.errors import WorkbenchError
from workbench.services.catalogue import Catalogue, catalogue, write_catalogue
from workbench.ui.context import AppContext
from workbench.ui.dialogs.export_worker import ExportRunner
from workbench.ui.models.cleanup_model import CatalogueModel
from workbench.ui.widgets.common import date_edit


class CatalogueDialog(QDialog):
    """``_ask_path`` is the file question, replaced in tests."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, year: int | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._runner: ExportRunner | None = None
        self._catalogue: Catalogue | None = None
        today = ctx.svc.today()
        self.setWindowTitle(self.tr("Catalogue of normative documents"))
        self.by_year = QRadioButton(self.tr("Published in the &year"))
        self.year = QSpinBox()
        self.year.setRange(1990, today.year)
        self.year.setValue(year or today.year)
        self.by_date = QRadioButton(self.tr("In force on the &date"))
        self.date = date_edit("catalogueDate", self.tr("In force on the date"))
        self.date.setDate(QDate(today.year, today.month, today.day))
        self.by_year.setChecked(True)
        choice = QHBoxLayout()
        for widget in (self.by_year, self.year, self.by_date, self.date):
            choice.addWidget(widget)
        choice.addStretch(1)
        self.summary = QLabel()
        self.model = CatalogueModel(self, english=ctx.language != "zh_CN")
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # 文件名称 takes the rest
        self.save_xlsx = QPushButton(self.tr("Save as &Excel…"))
        self.save_docx = QPushButton(self.tr("Save as &Word…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.save_xlsx, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_docx, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(choice)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(900, 480)
        for signal in (self.by_year.toggled, self.year.valueChanged, self.date.dateChanged):
            signal.connect(self._on_choice_changed)
        self.save_xlsx.clicked.connect(lambda: self._save(".xlsx"))
        self.save_docx.clicked.connect(lambda: self._save(".docx"))
        self.refresh()

    def _ask_path(self, suffix: str, name: str) -> Path | None:
        pattern = (
            self.tr("Excel workbook (*.xlsx)")
            if suffix == ".xlsx"
            else self.tr("Word document (*.docx)")
        )
        chosen, _ = QFileDialog.getSaveFileName(self, self.windowTitle(), name + suffix, pattern)
        return Path(chosen) if chosen else None

    def refresh(self) -> None:
        q = self.date.date()
        try:
            if self.by_year.isChecked():
                cat = catalogue(self._ctx.svc, year=self.year.value())
            else:
                day = dt.date(q.year(), q.month(), q.day())
                cat = catalogue(self._ctx.svc, in_force_on=day)
        except WorkbenchError as exc:
            self.summary.setText(str(exc))
            return
        self._catalogue = cat
        self.model.set_rows(cat.rows)
        self.summary.setText(
            self.tr("%1 — documents: %2").replace("%1", cat.title).replace("%2", str(len(cat.rows)))
        )

    def _on_choice_changed(self, *_: Any) -> None:
        self.year.setEnabled(self.by_year.isChecked())
        self.date.setEnabled(not self.by_year.isChecked())
        self.refresh()

    def _save(self, suffix: str) -> None:
        cat = self._catalogue
        path = self._ask_path(suffix, cat.title) if cat is not None else None
        if cat is None or path is None:
            return
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)

        def write(_svc: Any, _year: int, target: Path, **_: Any) -> Path:
            return write_catalogue(cat, target)

        for button in (self.save_xlsx, self.save_docx):
            button.setEnabled(False)
        self._runner = ExportRunner(write, self._ctx.svc, cat.year or 0, path, self)
        self._runner.succeeded.connect(self._on_runner_succeeded)
        self._runner.failed.connect(self._on_runner_failed)
        self._runner.start()

    def _done_saving(self) -> None:
        if self._runner is not None:  # it has reported: its thread ends now, not with us
            self._runner.stop_and_wait()
        for button in (self.save_xlsx, self.save_docx):
            button.setEnabled(True)

    def _on_runner_succeeded(self, path: object) -> None:
        self._done_saving()
        self.summary.setText(self.tr("Saved to %1.").replace("%1", str(path)))

    def _on_runner_failed(self, text: str) -> None:
        self._done_saving()
        QMessageBox.warning(self, self.tr("Not done"), text)

    def done(self, result: int) -> None:
        if self._runner is not None and self._runner.is_running():
            self._runner.stop_and_wait()
        super().done(result)
