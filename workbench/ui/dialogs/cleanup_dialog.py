"""The cleanup view (清理): campaigns, their documents with the result editable in the table
(keys 1–4: 继续有效 / 拟修改 / 拟废止 / 宣布失效), progress, export of the lists, closing.

Every change goes through ``services.cleanup``; the lists are written on a worker thread like
the yearly export. The ``_ask_*`` methods are the dialog's questions, replaced in tests.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.cleanup import CleanupResult
from workbench.domain.errors import WorkbenchError
from workbench.services import cleanup as svc
from workbench.ui.context import AppContext
from workbench.ui.dialogs.export_worker import ExportRunner
from workbench.ui.models.cleanup_model import (
    RESULT_KEYS,
    CleanupEntriesModel,
    EntryColumn,
    result_text,
)
from workbench.ui.widgets.common import date_edit

KEYS = {Qt.Key.Key_1: 0, Qt.Key.Key_2: 1, Qt.Key.Key_3: 2, Qt.Key.Key_4: 3}


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ResultDelegate(QStyledItemDelegate):
    """A drop-down of the four results for the 清理结果 column."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | Any
    ) -> QWidget:
        box = QComboBox(parent)
        for result in RESULT_KEYS:
            box.addItem(result_text(result), result.value)
        return box

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QWidget, model: Any, index: Any) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class NewCampaignDialog(QDialog):
    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New cleanup campaign"))
        self.title = QLineEdit()
        self.as_of = date_edit("cleanupAsOf", self.tr("Documents in force on"))
        self.as_of.setDate(_qdate(today))
        self.as_of.setMaximumDate(_qdate(today))
        self.theme = QLineEdit()
        self.theme.setPlaceholderText(self.tr("e.g. 妨碍统一市场和公平竞争"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("Documents in force &on:"), self.as_of)
        form.addRow(self.tr("T&heme:"), self.theme)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class CleanupDialog(QDialog):
    """Campaigns and their entries. ``items_changed`` fires when closing changed documents."""

    items_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._runner: ExportRunner | None = None
        self.setWindowTitle(self.tr("Cleanup campaigns"))
        self.campaigns = QComboBox()
        self.campaigns.setAccessibleName(self.tr("Campaign"))
        self._new = QPushButton(self.tr("&New campaign…"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Campaign:")))
        top.addWidget(self.campaigns, 1)
        top.addWidget(self._new)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setFormat(self.tr("%v of %m decided"))
        self.model = CleanupEntriesModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(EntryColumn.RESULT, ResultDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setSectionResizeMode(
            EntryColumn.TITLE, QHeaderView.ResizeMode.Stretch
        )
        self.table.installEventFilter(self)
        self.hint = QLabel(
            self.tr(
                "Keys 1–4 set the result of the selected documents: 1 keep in force, "
                "2 to amend, 3 to repeal, 4 declare invalid. F2 edits the reason. "
                "Highlighted documents have fair-competition review hints."
            )
        )
        self.hint.setWordWrap(True)
        self._export = QPushButton(self.tr("&Export lists…"))
        self._close_campaign = QPushButton(self.tr("C&lose campaign…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self._export, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self._close_campaign, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.info)
        layout.addWidget(self.progress)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self.resize(900, 560)
        self.campaigns.currentIndexChanged.connect(self._on_campaigns_currentIndexChanged)
        self._new.clicked.connect(self._on_new_clicked)
        self._export.clicked.connect(self._on_export_clicked)
        self._close_campaign.clicked.connect(self._on_close_campaign_clicked)
        self.model.failed.connect(self._warn)
        self.model.changed.connect(self._show_progress)
        self.reload()

    # --- questions (replaced in tests) --------------------------------------------------------

    def _ask_new_campaign(self) -> tuple[str, dt.date, str] | None:
        dialog = NewCampaignDialog(self._ctx.svc.today(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        q = dialog.as_of.date()
        return dialog.title.text(), dt.date(q.year(), q.month(), q.day()), dialog.theme.text()

    def _ask_export_path(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the result lists"),
            f"清理结果_{self.current_id()}.xlsx",
            self.tr("Excel workbook (*.xlsx);;Word document (*.docx)"),
        )
        return Path(name) if name else None

    def _ask_close_date(self) -> dt.date | None:
        answer = QMessageBox.question(
            self,
            self.tr("Close campaign"),
            self.tr(
                "Close the campaign today? Documents to repeal become repealed and documents "
                "declared invalid become expired; the campaign can no longer be changed."
            ),
        )
        return self._ctx.svc.today() if answer == QMessageBox.StandardButton.Yes else None

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Not done"), text)

    # --- state ------------------------------------------------------------------------------

    def current_id(self) -> int | None:
        data = self.campaigns.currentData()
        return int(data) if data is not None else None

    def reload(self, select: int | None = None) -> None:
        keep = select if select is not None else self.current_id()
        self.campaigns.blockSignals(True)
        self.campaigns.clear()
        for c in svc.list_campaigns(self._ctx.svc):
            state = self.tr("closed") if c.closed else self.tr("open")
            self.campaigns.addItem(f"{c.id}  {c.title}（{c.as_of.isoformat()}，{state}）", c.id)
        found = self.campaigns.findData(keep) if keep is not None else -1
        self.campaigns.setCurrentIndex(found if found >= 0 else 0)
        self.campaigns.blockSignals(False)
        self._load()

    def _load(self) -> None:
        cid = self.current_id()
        if cid is None:
            self.model.set_entries([], None)
            self.info.setText(self.tr("No cleanup campaign yet: start one with New campaign."))
            for w in (self._export, self._close_campaign):
                w.setEnabled(False)
            self._show_progress()
            return
        view = svc.campaign(self._ctx.svc, cid)
        entries = svc.campaign_entries(self._ctx.svc, cid)

        def setter(reg_no: str, result: CleanupResult, reason: str) -> svc.EntryView:
            return svc.set_result(self._ctx.svc, cid, reg_no, result, reason)

        self.model.set_entries(entries, None if view.closed else setter)
        parts = [self.tr("Documents in force on %1").replace("%1", view.as_of.isoformat())]
        if view.theme:
            parts.append(self.tr("theme: %1").replace("%1", view.theme))
        if view.closed_on:
            parts.append(self.tr("closed on %1").replace("%1", view.closed_on.isoformat()))
        self.info.setText("；".join(parts))
        self._export.setEnabled(True)
        self._close_campaign.setEnabled(not view.closed)
        self._show_progress()

    def _show_progress(self) -> None:
        self.progress.setRange(0, max(self.model.rowCount(), 1))
        self.progress.setValue(self.model.decided())

    # --- keys 1–4 ---------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            slot = KEYS.get(Qt.Key(event.key()))
            if slot is not None and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                self.set_selected(RESULT_KEYS[slot])
                return True
        return super().eventFilter(watched, event)

    def set_selected(self, result: CleanupResult) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        for row in rows:
            if not self.model.set_result(row, result):
                break

    # --- slots ------------------------------------------------------------------------------

    def _on_campaigns_currentIndexChanged(self, _index: int) -> None:
        self._load()

    def _on_new_clicked(self) -> None:
        answer = self._ask_new_campaign()
        if answer is None:
            return
        title, as_of, theme = answer
        try:
            view = svc.start_campaign(self._ctx.svc, title, as_of, theme)
        except WorkbenchError as exc:
            self._warn(str(exc))
            return
        self.reload(select=view.id)

    def _on_export_clicked(self) -> None:
        cid = self.current_id()
        path = self._ask_export_path() if cid is not None else None
        if cid is None or path is None:
            return
        if path.suffix.lower() not in (".xlsx", ".docx"):
            path = path.with_name(path.name + ".xlsx")

        def write(ctx: Any, _year: int, target: Path, **_: Any) -> Path:
            return svc.export_campaign(ctx, cid, target)

        self._export.setEnabled(False)
        self._runner = ExportRunner(write, self._ctx.svc, cid, path, self)
        self._runner.succeeded.connect(self._on_runner_succeeded)
        self._runner.failed.connect(self._on_runner_failed)
        self._runner.start()

    def _done_exporting(self) -> None:
        if self._runner is not None:  # it has reported: its thread ends now, not with us
            self._runner.stop_and_wait()
        self._export.setEnabled(True)

    def _on_runner_succeeded(self, path: object) -> None:
        self._done_exporting()
        self.info.setText(self.tr("The result lists were written to %1.").replace("%1", str(path)))

    def _on_runner_failed(self, text: str) -> None:
        self._done_exporting()
        self._warn(text)

    def _on_close_campaign_clicked(self) -> None:
        cid = self.current_id()
        day = self._ask_close_date() if cid is not None else None
        if cid is None or day is None:
            return
        try:
            svc.close_campaign(self._ctx.svc, cid, day)
        except WorkbenchError as exc:
            self._warn(str(exc))
            return
        self.reload(select=cid)
        self.items_changed.emit()

    def done(self, result: int) -> None:
        if self._runner is not None and self._runner.is_running():
            self._runner.stop_and_wait()
        super().done(result)
