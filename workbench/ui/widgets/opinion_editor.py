"""The opinion being written: conclusion, issue date, text, legal basis and problem types, with
the buttons that issue it; and taking a review hint into it.

Its strings belong to the opinion tab's translation context (``OpinionTab``), as they did when
the editor was part of that tab."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from workbench.documents.inspect import Hint
from workbench.domain.opinions import Conclusion, Defect
from workbench.ui import labels
from workbench.ui.widgets.common import date_edit
from workbench.ui.widgets.opinion_record import EMPTY, Draft


def _t(text: str) -> str:
    return QCoreApplication.translate("OpinionTab", text)


class OpinionEditor(QGroupBox):
    """The editor's fields; ``edited`` fires on every change a person makes (not on
    :meth:`set_draft`)."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_t("New opinion"), parent)
        self.setObjectName("opinionEditor")
        self._loading = False
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.conclusion_combo = QComboBox(self)
        self.conclusion_combo.setObjectName("conclusionCombo")
        self.conclusion_combo.setAccessibleName(_t("Conclusion"))
        for conclusion in Conclusion:
            self.conclusion_combo.addItem(labels.conclusion_label(conclusion), conclusion.value)
        self.date_edit = date_edit("opinionDateEdit", _t("Issue date"), self)
        top = QHBoxLayout()
        top.addWidget(self.conclusion_combo, 1)
        top.addWidget(self.date_edit)
        conclusion_label = QLabel(_t("&Conclusion"), self)
        conclusion_label.setBuddy(self.conclusion_combo)
        form.addRow(conclusion_label, top)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setObjectName("opinionTextEdit")
        self.text_edit.setAccessibleName(_t("Opinion text"))
        self.text_edit.setPlaceholderText(_t("Findings and required changes"))
        self.text_edit.setTabChangesFocus(True)
        form.addRow(_t("O&pinion"), self.text_edit)
        self.basis_edit = QPlainTextEdit(self)
        self.basis_edit.setObjectName("basisEdit")
        self.basis_edit.setAccessibleName(_t("Legal basis"))
        self.basis_edit.setPlaceholderText(_t("Laws, regulations and rules relied on"))
        self.basis_edit.setTabChangesFocus(True)
        self.basis_edit.setMaximumHeight(70)
        form.addRow(_t("Legal &basis"), self.basis_edit)
        grid = QGridLayout()
        self.defect_checks: dict[Defect, QCheckBox] = {}
        for i, defect in enumerate(Defect):
            box = QCheckBox(labels.defect_label(defect), self)
            box.setObjectName(f"defect_{defect.value}")
            box.setToolTip(labels.defect_hint(defect))
            box.setAccessibleName(labels.defect_label(defect))
            grid.addWidget(box, i // 2, i % 2)
            self.defect_checks[defect] = box
        form.addRow(_t("Problems found"), grid)
        self.issue_button = QPushButton(_t("Issue opinion…"), self)
        self.issue_button.setObjectName("issueButton")
        self.issue_button.setAccessibleName(_t("Issue opinion"))
        self.cancel_button = QPushButton(_t("Cancel revision"), self)
        self.cancel_button.setObjectName("cancelRevisionButton")
        self.cancel_button.setAccessibleName(_t("Cancel revision"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.issue_button)
        form.addRow(buttons)
        # everything typed is reported, so the tab can keep it as a draft
        self.conclusion_combo.currentIndexChanged.connect(self._on_field_changed)
        self.text_edit.textChanged.connect(self._on_field_changed)
        self.basis_edit.textChanged.connect(self._on_field_changed)
        for box in self.defect_checks.values():
            box.toggled.connect(self._on_field_changed)

    def _on_field_changed(self, *_: object) -> None:
        if not self._loading:
            self.edited.emit()

    def draft(self) -> Draft:
        return Draft(
            self.conclusion_combo.currentData(),
            self.text_edit.toPlainText(),
            self.basis_edit.toPlainText(),
            tuple(d.value for d, box in self.defect_checks.items() if box.isChecked()),
        )

    def set_draft(self, draft: Draft | None) -> None:
        """Fill the fields (not a person's change: ``edited`` does not fire)."""
        draft = draft or EMPTY
        self._loading = True
        try:
            index = self.conclusion_combo.findData(draft.conclusion)
            self.conclusion_combo.setCurrentIndex(max(index, 0))
            self.text_edit.setPlainText(draft.text)
            self.basis_edit.setPlainText(draft.basis)
            for defect, box in self.defect_checks.items():
                box.setChecked(defect.value in draft.defects)
        finally:
            self._loading = False

    def add_basis(self, basis: str) -> None:
        """Append ``basis`` to the 法律依据 field unless it is there already."""
        current = self.basis_edit.toPlainText().strip()
        if basis not in current:
            self.basis_edit.setPlainText(f"{current}\n{basis}" if current else basis)

    def add_hint(self, hint: Hint) -> None:
        """Tick the hint's problem type, append its sentence to the opinion and its provision
        to the 法律依据 field (each once). The sentence is the Chinese one in the English
        interface too: the opinion is a Chinese official document."""
        if hint.basis:
            self.add_basis(hint.basis)
        try:
            defect: Defect | None = Defect(hint.flag) if hint.flag else None
        except ValueError:
            defect = None
        if defect is not None and defect in self.defect_checks:
            self.defect_checks[defect].setChecked(True)
        current = self.text_edit.toPlainText().rstrip()
        sentence = hint.text_zh
        if sentence not in current:
            self.text_edit.setPlainText(f"{current}\n{sentence}" if current else sentence)
