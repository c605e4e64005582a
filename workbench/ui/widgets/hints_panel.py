"""审核提示: the review hints of the selected draft, each with the provision it rests on, and a
button that puts that provision into the opinion's 法律依据 field. The list speaks the
interface's language; what goes into the opinion is Chinese (``Hint.text_zh``)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench.documents.inspect import Hint, Inspection
from workbench.ui.widgets.common import MUTED_STYLE, note_label

_HINT_ROLE = Qt.ItemDataRole.UserRole + 1


class HintsPanel(QWidget):
    """Hints beside the preview. ``basisRequested`` carries the basis to insert."""

    basisRequested = Signal(str)
    hintAdopted = Signal(object)  # a Hint: tick its flag, add its sentence and basis
    hintSelected = Signal(int)  # the paragraph of the current hint (0: the whole document)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hintsPanel")
        heading = QLabel(self.tr("Review hints"), self)
        self.status = note_label(self, MUTED_STYLE)
        self.status.setObjectName("hintsStatus")
        self.list = QListWidget(self)
        self.list.setObjectName("hintList")
        self.list.setAccessibleName(self.tr("Review hints"))
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.basis = QPlainTextEdit(self)
        self.basis.setObjectName("hintBasis")
        self.basis.setAccessibleName(self.tr("Legal basis of the hint"))
        self.basis.setReadOnly(True)
        self.basis.setMaximumHeight(110)
        self.basis.setPlaceholderText(self.tr("Select a hint to see the provision it rests on."))
        self.insert_button = QPushButton(self.tr("Insert basis into opinion"), self)
        self.insert_button.setObjectName("insertBasisButton")
        self.insert_button.setAccessibleName(self.tr("Insert basis into opinion"))
        self.insert_button.setToolTip(
            self.tr("Add this provision to the legal basis of the opinion being written")
        )
        self.insert_button.setEnabled(False)
        self.adopt_button = QPushButton(self.tr("Use in opinion"), self)
        self.adopt_button.setObjectName("adoptHintButton")
        self.adopt_button.setAccessibleName(self.tr("Use the hint in the opinion"))
        self.adopt_button.setToolTip(
            self.tr(
                "Tick the hint's problem type and add its sentence and its provision to the "
                "opinion being written"
            )
        )
        self.adopt_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.insert_button)
        buttons.addWidget(self.adopt_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.status)
        layout.addWidget(self.list, 1)
        layout.addWidget(QLabel(self.tr("Basis"), self))
        layout.addWidget(self.basis)
        layout.addLayout(buttons)
        self.list.currentItemChanged.connect(self._on_list_current_item_changed)
        self.insert_button.clicked.connect(self._on_insert_button_clicked)
        self.adopt_button.clicked.connect(self._on_adopt_button_clicked)
        self.list.itemActivated.connect(self._on_adopt_button_clicked)
        self.clear()

    def clear(self, note: str = "") -> None:
        self.list.clear()
        self.basis.clear()
        self.insert_button.setEnabled(False)
        self.adopt_button.setEnabled(False)
        self.status.setText(note or self.tr("Select a .docx draft to see its review hints."))

    def show_inspection(self, result: Inspection) -> None:
        self.list.clear()
        self.basis.clear()
        what = self.tr("contract checklist") if result.contract else self.tr("normative document")
        if result.hints:
            self.status.setText(
                self.tr(
                    "%n hint(s) (%1). Hints help; they are not verdicts.", "", len(result.hints)
                ).replace("%1", what)
            )
        else:
            self.status.setText(self.tr("No hints (%1).").replace("%1", what))
        for error in result.rule_errors:
            self.status.setText(self.status.text() + "\n" + error)
        for hint in result.hints:
            where = (
                self.tr("Paragraph %1").replace("%1", str(hint.paragraph))
                if hint.paragraph
                else self.tr("Whole document")
            )
            item = QListWidgetItem(f"[{where}] {hint.text}", self.list)
            item.setData(_HINT_ROLE, hint)
            # in English, the Chinese sentence "Use in opinion" puts into the opinion
            shown = [hint.text_zh] if hint.text != hint.text_zh else []
            item.setToolTip("\n".join([*shown, hint.basis]).strip())
        if self.list.count():
            self.list.setCurrentRow(0)

    def current_hint(self) -> Hint | None:
        item = self.list.currentItem()
        hint = item.data(_HINT_ROLE) if item is not None else None
        return hint if isinstance(hint, Hint) else None

    def _on_list_current_item_changed(self, *_: object) -> None:
        hint = self.current_hint()
        self.basis.setPlainText(hint.basis if hint else "")
        self.insert_button.setEnabled(bool(hint and hint.basis))
        self.adopt_button.setEnabled(hint is not None)
        if hint is not None:
            self.hintSelected.emit(hint.paragraph)

    def _on_insert_button_clicked(self) -> None:
        hint = self.current_hint()
        if hint is not None and hint.basis:
            self.basisRequested.emit(hint.basis)

    def _on_adopt_button_clicked(self, *_: object) -> None:
        hint = self.current_hint()
        if hint is not None:
            self.hintAdopted.emit(hint)
