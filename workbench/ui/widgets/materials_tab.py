"""材料: the item's attachments. Drop files here or add them with the file dialog; open them
with the system's application; preview the text of .docx drafts and compare two drafts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.errors import WorkbenchError
from workbench.services import attachments as attachment_service
from workbench.services.attachments import AttachmentView
from workbench.services.context import ServiceContext
from workbench.services.views import ItemView
from workbench.ui.item_controller import ItemController
from workbench.ui.models.attachment_model import AttachmentColumn, AttachmentModel
from workbench.ui.widgets.common import MUTED_STYLE, note_label
from workbench.ui.widgets.hints_panel import HintsPanel


def _add_all(svc: ServiceContext, reg_no: str, paths: list[str]) -> list[AttachmentView]:
    """On the worker: add each file (one transaction each); stops at the first refusal."""
    return [attachment_service.add_attachment(svc, reg_no, p) for p in paths]


def _inspect(svc: ServiceContext, attachment_id: int, kind: str) -> object:
    """On the worker: the review hints of one attached draft, checked as the item's kind."""
    from workbench.documents import inspect_docx

    return inspect_docx(attachment_service.attachment_path(svc, attachment_id), kind=kind)


class MaterialsTab(QWidget):
    basisRequested = Signal(str)  # the legal basis of a hint, for the opinion's 法律依据
    hintAdopted = Signal(object)  # a Hint to take into the opinion being written

    def __init__(self, controller: ItemController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("materialsTab")
        self.setAcceptDrops(True)
        self.controller = controller
        self.model = AttachmentModel(self)
        self._reg_no: str | None = None
        self._build()
        controller.itemLoaded.connect(self._on_item_loaded)
        self._on_item_loaded(controller.current)

    def _build(self) -> None:
        self.table = QTableView(self)
        self.table.setObjectName("attachmentTable")
        self.table.setAccessibleName(self.tr("Materials"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            AttachmentColumn.NAME, QHeaderView.ResizeMode.Stretch
        )
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.preview = QPlainTextEdit(self)
        self.preview.setObjectName("attachmentPreview")
        self.preview.setAccessibleName(self.tr("Text preview"))
        self.preview.setReadOnly(True)
        self.preview.setPlaceholderText(self.tr("Select a .docx file to preview its text."))
        self.hints = HintsPanel(self)
        self.hints.basisRequested.connect(self.basisRequested)
        self.hints.hintAdopted.connect(self.hintAdopted)
        self.hints.hintSelected.connect(self._show_paragraph)
        beside = QSplitter(Qt.Orientation.Horizontal, self)
        beside.addWidget(self.preview)
        beside.addWidget(self.hints)
        beside.setSizes([360, 280])
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(beside)
        splitter.setSizes([160, 300])
        self.hint = note_label(self, MUTED_STYLE)
        self.hint.setText(self.tr("Drop files here to attach them to the item."))
        self.add_button = QPushButton(self.tr("Add files…"), self)
        self.add_button.setObjectName("addAttachmentButton")
        self.add_button.setAccessibleName(self.tr("Add files"))
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.setObjectName("openAttachmentButton")
        self.open_button.setAccessibleName(self.tr("Open the selected file"))
        self.compare_button = QPushButton(self.tr("Compare drafts…"), self)
        self.compare_button.setObjectName("compareButton")
        self.compare_button.setAccessibleName(self.tr("Compare two drafts"))
        self.compare_button.setToolTip(
            self.tr("Select two .docx drafts (or one: it is compared with the draft before it)")
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.compare_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.compare_button.clicked.connect(self._on_compare_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)

    # --- showing ----------------------------------------------------------------------------

    def _on_item_loaded(self, view: ItemView | None) -> None:
        self.setEnabled(view is not None)
        new = view.reg_no if view else None
        if new != self._reg_no or view is None:
            self._reg_no = new
            self.reload()

    def reload(self) -> None:
        rows: list[AttachmentView] = []
        if self._reg_no is not None:
            try:
                rows = attachment_service.list_attachments(self.controller.ctx.svc, self._reg_no)
            except WorkbenchError as exc:
                self.controller.show_error(exc)
        self.model.set_attachments(rows)
        self.preview.clear()
        self._on_selection_changed()

    def _show_paragraph(self, paragraph: int) -> None:
        """Highlight the hint's paragraph in the preview (its lines are the draft's paragraphs,
        numbered from 1 like the hints') and scroll it into view."""
        block = self.preview.document().findBlockByNumber(paragraph - 1)
        if paragraph < 1 or not block.isValid():
            self.preview.setExtraSelections([])
            return
        selection = QTextEdit.ExtraSelection()
        selection.format.setBackground(QColor(255, 236, 153))
        selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
        cursor = QTextCursor(block)
        cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
        selection.cursor = cursor
        self.preview.setExtraSelections([selection])
        self.preview.setTextCursor(QTextCursor(block))
        self.preview.centerCursor()

    def _selected(self) -> list[AttachmentView]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [a for a in (self.model.attachment(r) for r in rows) if a is not None]

    def _on_selection_changed(self, *_: object) -> None:
        chosen = self._selected()
        self.open_button.setEnabled(len(chosen) == 1)
        docx = [a for a in self.model.attachments() if a.suffix == ".docx"]
        self.compare_button.setEnabled(len(docx) >= 2)
        if len(chosen) != 1:
            self.preview.clear()
            self.hints.clear()
            return
        if chosen[0].suffix != ".docx":
            self.preview.setPlainText(self.tr("No text preview for this kind of file."))
            self.hints.clear()
            return
        try:
            text = attachment_service.attachment_text(self.controller.ctx.svc, chosen[0].id)
        except WorkbenchError as exc:
            text = str(exc)
        self.preview.setPlainText(text or self.tr("(no text found)"))
        self._inspect_selected(chosen[0])

    def _inspect_selected(self, attachment: AttachmentView) -> None:
        view = self.controller.current
        if view is None:
            return
        self.hints.clear(self.tr("Reading the draft…"))
        wanted = attachment.id

        def done(result: object) -> None:
            from workbench.documents.inspect import Inspection

            chosen = self._selected()
            if len(chosen) == 1 and chosen[0].id == wanted and isinstance(result, Inspection):
                self.hints.show_inspection(result)

        def failed(exc: BaseException) -> None:
            chosen = self._selected()
            if len(chosen) == 1 and chosen[0].id == wanted:
                self.hints.clear(str(exc))

        self.controller.tasks.submit(
            _inspect,
            self.controller.ctx.svc,
            wanted,
            view.kind.value,
            on_done=done,
            on_error=failed,
        )

    # --- adding -----------------------------------------------------------------------------

    def add_files(self, paths: list[str]) -> None:
        view = self.controller.current
        if view is None or not paths:
            return
        reg_no, item_id = view.reg_no, view.id

        def done(added: list[AttachmentView]) -> None:
            if self._reg_no == reg_no:
                self.reload()
                self.table.selectionModel().select(
                    self.model.index(self.model.rowCount() - 1, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
            if self.controller.current is not None and self.controller.current.id == item_id:
                self.controller.reload()  # the history shows the new material
            self.controller.itemChanged.emit(item_id)
            self.controller.message.emit(
                self.tr("%n file(s) attached to %1", "", len(added)).replace("%1", reg_no)
            )

        def failed(exc: BaseException) -> None:
            if self._reg_no == reg_no:
                self.reload()
            self.controller.show_error(exc)

        self.controller.tasks.submit(
            _add_all, self.controller.ctx.svc, reg_no, paths, on_done=done, on_error=failed
        )

    def _on_add_clicked(self) -> None:
        paths = self.controller.prompts.open_files(
            self.window(), self.tr("Attach files"), self.tr("All files (*)")
        )
        self.add_files(paths)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.isEnabled() and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        paths = [p for p in paths if Path(p).is_file()]
        if paths:
            event.acceptProposedAction()
            self.add_files(paths)

    # --- opening and comparing --------------------------------------------------------------

    def _on_table_double_clicked(self, *_: object) -> None:
        self._on_open_clicked()

    def _on_open_clicked(self) -> None:
        chosen = self._selected()
        if len(chosen) != 1:
            return
        try:
            path = attachment_service.attachment_path(self.controller.ctx.svc, chosen[0].id)
        except WorkbenchError as exc:
            self.controller.show_error(exc)
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _pair(self) -> tuple[AttachmentView, AttachmentView] | None:
        docx = [a for a in self.model.attachments() if a.suffix == ".docx"]
        chosen = [a for a in self._selected() if a.suffix == ".docx"]
        if len(chosen) >= 2:
            return chosen[0], chosen[-1]
        if len(chosen) == 1:
            i = docx.index(chosen[0])
            return (docx[i - 1], docx[i]) if i > 0 else (docx[0], docx[1])
        return (docx[-2], docx[-1]) if len(docx) >= 2 else None

    def _on_compare_clicked(self) -> None:
        pair = self._pair()
        if pair is None:
            return
        try:
            from workbench.documents.compare import compare_docx
        except ImportError:
            self.controller.prompts.info(
                self.window(),
                self.tr("Compare drafts"),
                self.tr("Comparing drafts is not available in this version yet."),
            )
            return
        svc = self.controller.ctx.svc
        old, new = pair

        def run() -> object:
            return compare_docx(
                attachment_service.attachment_path(svc, old.id),
                attachment_service.attachment_path(svc, new.id),
            )

        def done(comparison: object) -> None:
            from workbench.ui.widgets.compare_view import CompareDialog

            CompareDialog(comparison, old.name, new.name, self.window()).exec()

        self.controller.tasks.submit(run, on_done=done, on_error=self.controller.show_error)
