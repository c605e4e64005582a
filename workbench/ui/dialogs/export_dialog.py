"""The yearly export: pick the year, see the counts, write the .xlsx off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, QTimer, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.errors import WorkbenchError
from workbench.ui.context import AppContext
from workbench.ui.dialogs._common import NoteLabel
from workbench.ui.dialogs.export_worker import ExportFn, ExportRunner
from workbench.ui.dialogs.tally_preview import TallyPreview

EARLIEST_YEAR = 1990
DEFAULT_NAME = "合法性审核统计_{year}.xlsx"


def default_year(month: int, year: int) -> int:
    """Last year in January and February (the report season), else this year."""
    return year - 1 if month <= 2 else year


def _real_export() -> ExportFn | None:
    try:
        from workbench.services.export import export_year
    except ImportError:
        return None
    return export_year


def _real_tally() -> Callable[..., Any] | None:
    try:
        from workbench.services.tally import tally_year
    except ImportError:
        return None
    return tally_year


class ExportDialog(QDialog):
    """Export a year's tallies and ledger to Excel, with a preview of the counts.

    ``export_fn(svc, year, path, *, progress, cancelled)`` and ``tally_fn(svc, year)`` default to
    the real services; tests pass fakes.
    """

    #: "ok", "cancelled" or "failed", once an export run has ended.
    export_done = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        year: int | None = None,
        export_fn: ExportFn | None = None,
        tally_fn: Callable[..., Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._export_fn = export_fn or _real_export()
        self._tally_fn = tally_fn or _real_tally()
        self._runner: ExportRunner | None = None
        self._path_chosen = False
        self._exported: Path | None = None
        self._target = Path()
        today = ctx.svc.today()
        self.setWindowTitle(self.tr("Export yearly statistics"))
        self._build(today.year)
        self._preview_later = QTimer(self)
        self._preview_later.setSingleShot(True)
        self._preview_later.setInterval(300)
        self._preview_later.timeout.connect(self._load_preview)
        self._year.setValue(year or default_year(today.month, today.year))
        self._on_year_changed()
        self._preview_later.stop()
        self._load_preview()
        self._year.setFocus()

    # --- layout -----------------------------------------------------------------------------

    def _build(self, this_year: int) -> None:
        self._year = QSpinBox()
        self._year.setRange(EARLIEST_YEAR, this_year)
        self._year.setAccessibleName(self.tr("Year"))
        self._path = QLineEdit()
        self._path.setAccessibleName(self.tr("Output file"))
        self._browse = QPushButton(self.tr("&Browse…"))
        self._browse.setAccessibleName(self.tr("Choose the output file"))
        path_row = QHBoxLayout()
        path_row.addWidget(self._path, 1)
        path_row.addWidget(self._browse)
        form = QFormLayout()
        year_label = QLabel(self.tr("&Year:"))
        year_label.setBuddy(self._year)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self._path)
        year_row = QHBoxLayout()
        year_row.addWidget(self._year)
        year_row.addStretch(1)
        form.addRow(year_label, year_row)
        form.addRow(file_label, path_row)

        self.preview = TallyPreview(self)

        self._progress = QProgressBar()
        self._progress.setAccessibleName(self.tr("Export progress"))
        self._progress.hide()
        self._note = NoteLabel()
        self._open_file = QPushButton(self.tr("Open &file"))
        self._open_folder = QPushButton(self.tr("Open f&older"))
        done_row = QHBoxLayout()
        done_row.addWidget(self._open_file)
        done_row.addWidget(self._open_folder)
        done_row.addStretch(1)
        # the catalogue of normative documents (目录) is January's other export
        self.catalogue_button = QPushButton(self.tr("Ca&talogue of normative documents…"))
        self.catalogue_button.setAutoDefault(False)
        self.catalogue_button.clicked.connect(self._on_catalogue_button_clicked)
        done_row.addWidget(self.catalogue_button)
        for button in (self._open_file, self._open_folder):
            button.hide()

        self._buttons = QDialogButtonBox()
        self._export = self._buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self._export.setDefault(True)
        self._cancel = self._buttons.addButton(
            self.tr("&Cancel export"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self._cancel.setEnabled(False)
        self._cancel.hide()
        self._close = self._buttons.addButton(
            self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole
        )
        # Enter means "export": a button that once had focus must not take Enter over (an
        # autoDefault "Browse…" would open the file chooser from the file field)
        for button in (self._browse, self._open_file, self._open_folder, self._cancel, self._close):
            button.setAutoDefault(False)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addWidget(self._progress)
        layout.addWidget(self._note)
        layout.addLayout(done_row)
        layout.addStretch(1)
        layout.addWidget(self._buttons)
        self.setMinimumWidth(620)

        for first, second in (
            (self._year, self._path),
            (self._path, self._browse),
            (self._browse, self._open_file),
            (self._open_file, self._open_folder),
            (self._open_folder, self._export),
        ):
            QWidget.setTabOrder(first, second)

        self._year.valueChanged.connect(self._on_year_changed)
        self._path.textEdited.connect(self._on_path_textEdited)
        self._browse.clicked.connect(self._on_browse_clicked)
        self._export.clicked.connect(self._on_export_clicked)
        self._cancel.clicked.connect(self._on_cancel_clicked)
        self._close.clicked.connect(self.reject)  # disabled while an export runs
        self._open_file.clicked.connect(self._on_open_file_clicked)
        self._open_folder.clicked.connect(self._on_open_folder_clicked)
        if self._export_fn is None:
            self._export.setEnabled(False)
            self._note.show_warning(self.tr("Exporting is not available in this installation."))

    def _on_catalogue_button_clicked(self) -> None:
        from workbench.ui.dialogs.catalogue_dialog import CatalogueDialog

        CatalogueDialog(self._ctx, self, year=self.year()).exec()

    # --- year, preview and file -------------------------------------------------------------

    def year(self) -> int:
        return self._year.value()

    def output_path(self) -> Path:
        text = self._path.text().strip()
        path = Path(text).expanduser()
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        return path

    def _default_path(self) -> Path:
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        folder = Path(documents) if documents and Path(documents).is_dir() else Path.home()
        return folder / DEFAULT_NAME.format(year=self.year())

    def _on_year_changed(self, _value: int = 0) -> None:
        if not self._path_chosen:
            self._path.setText(str(self._default_path()))
        self._preview_later.start()  # not on every keystroke while a year is typed

    def _on_path_textEdited(self, _text: str) -> None:
        self._path_chosen = True

    def _load_preview(self) -> None:
        year = self.year()
        if self._tally_fn is None:
            self.preview.show_unavailable(year)
            return
        try:
            data = self._tally_fn(self._ctx.svc, year).to_json()
        except WorkbenchError as exc:
            self.preview.show_error(year, str(exc))
            return
        self.preview.show_tally(year, data)

    def _ask_save_path(self, current: Path) -> str | None:
        """Ask where to save (tests replace this method)."""
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), str(current), self.tr("Excel workbooks (*.xlsx)")
        )
        return path or None

    def _confirm_overwrite(self, path: Path) -> bool:
        """Ask before replacing a file typed by hand (tests replace this method)."""
        answer = QMessageBox.question(
            self,
            self.tr("Replace file?"),
            self.tr("{file} already exists. Replace it?").format(file=path),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _on_browse_clicked(self) -> None:
        chosen = self._ask_save_path(self.output_path())
        if chosen:
            self._path.setText(chosen)
            self._path_chosen = True

    # --- running ----------------------------------------------------------------------------

    def is_running(self) -> bool:
        return self._runner is not None

    def _on_export_clicked(self) -> None:
        if self._export_fn is None or self._runner is not None:
            return
        if not self._path.text().strip():
            self._note.show_error(self.tr("Choose the file to export to."))
            return
        path = self.output_path()
        if not path.parent.is_dir():
            self._note.show_error(
                self.tr("The folder {folder} does not exist.").format(folder=path.parent)
            )
            return
        if path.exists() and not self._confirm_overwrite(path):
            return
        self._path.setText(str(path))
        self._target = path
        self._exported = None
        self._note.show_info(self.tr("Exporting {year}…").format(year=self.year()))
        for button in (self._open_file, self._open_folder):
            button.hide()
        self._progress.setRange(0, 0)
        self._progress.show()
        self._set_running(True)
        runner = ExportRunner(self._export_fn, self._ctx.svc, self.year(), path, self)
        runner.progressed.connect(self._on_runner_progressed)
        runner.succeeded.connect(self._on_runner_succeeded)
        runner.failed.connect(self._on_runner_failed)
        runner.cancelled.connect(self._on_runner_cancelled)
        self._runner = runner
        runner.start()

    def _set_running(self, running: bool) -> None:
        for widget in (self._year, self._path, self._browse, self._export, self._close):
            widget.setEnabled(not running)
        self._cancel.setVisible(running)
        self._cancel.setEnabled(running)
        if running:
            self._cancel.setFocus()
        else:
            self._export.setEnabled(self._export_fn is not None)

    def _on_cancel_clicked(self) -> None:
        if self._runner is not None:
            self._runner.cancel()
            self._cancel.setEnabled(False)
            self._note.show_info(self.tr("Cancelling…"))

    def _on_runner_progressed(self, done: int, total: int) -> None:
        if total > 0:
            self._progress.setRange(0, total)
            self._progress.setValue(min(done, total))

    def _finish(self, outcome: str) -> None:
        runner, self._runner = self._runner, None
        if runner is not None:
            runner.stop_and_wait()
            runner.deleteLater()
        self._progress.hide()
        self._set_running(False)
        self.export_done.emit(outcome)

    def _on_runner_succeeded(self, _result: object) -> None:
        path = self._target
        self._exported = path
        self._note.show_ok(
            self.tr("Exported {year} to {file}.").format(year=self.year(), file=path)
        )
        for button in (self._open_file, self._open_folder):
            button.show()
        self._finish("ok")
        self._open_file.setFocus()

    def _on_runner_failed(self, message: str) -> None:
        self._note.show_error(self.tr("The export failed: {reason}").format(reason=message))
        self._finish("failed")

    def _on_runner_cancelled(self) -> None:
        self._note.show_info(self.tr("Export cancelled; no file was written."))
        self._finish("cancelled")

    def exported_path(self) -> Path | None:
        return self._exported

    def _open_url(self, url: QUrl) -> bool:
        """Hand a file or folder to the desktop (tests replace this method)."""
        return QDesktopServices.openUrl(url)

    def _on_open_file_clicked(self) -> None:
        if self._exported is not None:
            self._open_url(QUrl.fromLocalFile(str(self._exported)))

    def _on_open_folder_clicked(self) -> None:
        if self._exported is not None:
            self._open_url(QUrl.fromLocalFile(str(self._exported.parent)))

    # --- closing ----------------------------------------------------------------------------

    def _stop_export(self) -> None:
        if self._runner is not None:
            runner, self._runner = self._runner, None
            runner.stop_and_wait()
            runner.deleteLater()

    def reject(self) -> None:
        """Escape while exporting cancels the export; otherwise it closes the dialog."""
        if self._runner is not None:
            self._on_cancel_clicked()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._stop_export()
        super().closeEvent(event)
