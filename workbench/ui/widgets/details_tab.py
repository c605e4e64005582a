"""详情: the item's descriptive fields, validated as you type, saved with the version the form
loaded (a save on stale data is refused by the service and offered a reload)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.errors import WorkbenchError
from workbench.domain.fields import MAX_TITLE
from workbench.domain.kinds import KIND_INFO, Kind
from workbench.domain.roles import Permission
from workbench.domain.statuses import OPEN_REVIEW
from workbench.services import office
from workbench.services.drafts import DraftPart
from workbench.services.views import ItemView
from workbench.ui import labels
from workbench.ui.amounts import parse_amount_input
from workbench.ui.item_controller import ItemController
from workbench.ui.widgets.common import ERROR_STYLE, date_edit, note_label, to_date, to_qdate
from workbench.ui.widgets.details_changes import detail_changes, save_details
from workbench.ui.widgets.details_draft import apply_draft, draft_payload
from workbench.ui.widgets.draft_note import DraftNote


class DetailsTab(QWidget):
    #: save-and-next succeeded (or there was nothing to save): move on in the queue
    nextRequested = Signal()

    def __init__(self, controller: ItemController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailsTab")
        self.controller = controller
        self._base: ItemView | None = None
        self._loading = False
        self._build()
        controller.itemLoaded.connect(self._on_item_loaded)
        self._on_item_loaded(controller.current)

    # --- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.kind_combo = QComboBox(self)
        for kind in Kind:
            self.kind_combo.addItem(labels.kind_label(kind), kind.value)
        self.title_edit = QLineEdit(self)
        self.title_edit.setMaxLength(MAX_TITLE)
        self.unit_edit = QLineEdit(self)
        self.received_edit = date_edit("receivedEdit", self.tr("Received"), self)
        self.counsel_combo = QComboBox(self)
        self.counsel_combo.setEditable(True)
        self.doc_no_edit = QLineEdit(self)
        self.doc_no_edit.setPlaceholderText(self.tr("e.g. 辽科发〔2023〕16号"))
        self.counterparty_edit = QLineEdit(self)
        self.amount_edit = QLineEdit(self)
        self.amount_edit.setPlaceholderText(self.tr("yuan, e.g. 1,200,000.00"))
        self.fair_required_check = QCheckBox(self.tr("Required"), self)
        self.fair_done_check = QCheckBox(self.tr("Done"), self)
        fair = QHBoxLayout()
        fair.addWidget(self.fair_required_check)
        fair.addWidget(self.fair_done_check)
        fair.addStretch(1)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMinimumHeight(60)
        rows = (
            ("kindCombo", self.kind_combo, self.tr("&Kind")),
            ("titleEdit", self.title_edit, self.tr("&Title")),
            ("unitEdit", self.unit_edit, self.tr("Drafting &unit")),
            ("receivedEdit", self.received_edit, self.tr("&Received")),
            ("counselCombo", self.counsel_combo, self.tr("&Counsel")),
            ("docNoEdit", self.doc_no_edit, self.tr("&Document No.")),
            ("counterpartyEdit", self.counterparty_edit, self.tr("Counter&party")),
            ("amountEdit", self.amount_edit, self.tr("&Amount (yuan)")),
        )
        for name, widget, text in rows:
            widget.setObjectName(name)
            widget.setAccessibleName(text.replace("&", ""))
            form.addRow(text, widget)
        self.fair_required_check.setObjectName("fairRequiredCheck")
        self.fair_required_check.setAccessibleName(self.tr("Fair-competition review required"))
        self.fair_done_check.setObjectName("fairDoneCheck")
        self.fair_done_check.setAccessibleName(self.tr("Fair-competition review done"))
        form.addRow(self.tr("Fair-competition review"), fair)
        self.notes_edit.setObjectName("notesEdit")
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        form.addRow(self.tr("&Notes"), self.notes_edit)

        self.problem_label = note_label(self, ERROR_STYLE)
        self.problem_label.setObjectName("detailsProblems")
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("saveButton")
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.setAccessibleName(self.tr("Save"))
        self.save_next_button = QPushButton(self.tr("Save and next"), self)
        self.save_next_button.setObjectName("saveNextButton")
        self.save_next_button.setToolTip(self.tr("Save and open the next item (Ctrl+Enter)"))
        self.save_next_button.setAccessibleName(self.tr("Save and next"))
        self.revert_button = QPushButton(self.tr("Undo changes"), self)
        self.revert_button.setObjectName("revertButton")
        self.revert_button.setAccessibleName(self.tr("Undo changes"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.problem_label, 1)
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_next_button)
        buttons.addWidget(self.save_button)
        self.draft_note = DraftNote(self)
        self.draft_note.setObjectName("detailsDraftNote")
        self.draft_note.discardRequested.connect(self._on_draft_note_discard_requested)
        outer = QVBoxLayout(self)
        outer.addWidget(self.draft_note)
        outer.addLayout(form)
        outer.addLayout(buttons)

        for edit in (
            self.title_edit,
            self.unit_edit,
            self.doc_no_edit,
            self.counterparty_edit,
            self.amount_edit,
        ):
            edit.textChanged.connect(self._on_edited)
        self.counsel_combo.editTextChanged.connect(self._on_edited)
        self.kind_combo.currentIndexChanged.connect(self._on_edited)
        self.received_edit.dateChanged.connect(self._on_edited)
        self.fair_required_check.toggled.connect(self._on_edited)
        self.fair_done_check.toggled.connect(self._on_edited)
        self.notes_edit.textChanged.connect(self._on_edited)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.save_next_button.clicked.connect(self._on_save_next_clicked)
        self.revert_button.clicked.connect(self._on_revert_clicked)

    # --- loading ----------------------------------------------------------------------------

    def _on_item_loaded(self, view: ItemView | None) -> None:
        same = view is not None and self._base is not None and view.id == self._base.id
        if same and self.is_dirty() and view is not None and not self.controller.discarding_edits:
            if self.controller.is_own_version(view):
                self._base = view  # our own workflow step: keep the edits on the new version
                self._refresh_state()
            return  # someone else's version: keep the edits; saving will report the conflict
        new_item = view is None or self._base is None or view.id != self._base.id
        if new_item:
            self.controller.drafts.submit_pending()  # the last item's draft: written now
        elif view is not None and self.controller.discarding_edits:
            self.discard_draft()
        self._fill(view)
        if new_item:
            self._restore_draft(view)

    def _fill(self, view: ItemView | None) -> None:
        self._loading = True
        try:
            self._base = view
            self.setEnabled(view is not None)
            if view is None:
                for edit in (self.title_edit, self.unit_edit, self.doc_no_edit):
                    edit.clear()
                self.counterparty_edit.clear()
                self.amount_edit.clear()
                self.notes_edit.clear()
                self.counsel_combo.clear()
                return
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(view.kind.value))
            self.title_edit.setText(view.title)
            self.unit_edit.setText(view.unit)
            self.received_edit.setMaximumDate(to_qdate(self.controller.ctx.svc.today()))
            self.received_edit.setDate(to_qdate(view.received_on))
            self._fill_counsel(view.counsel)
            self.doc_no_edit.setText(view.doc_no)
            self.counterparty_edit.setText(view.counterparty)
            self.amount_edit.setText(f"{view.amount:,.2f}" if view.amount is not None else "")
            for edit in (self.title_edit, self.unit_edit, self.doc_no_edit, self.counterparty_edit):
                edit.setCursorPosition(0)  # a long title shows its beginning, not its end
            self.fair_required_check.setChecked(view.fair_review_required)
            self.fair_done_check.setChecked(view.fair_review_done)
            self.notes_edit.setPlainText(view.notes)
            open_review = view.status in OPEN_REVIEW
            self.kind_combo.setEnabled(open_review)
            self.counsel_combo.setEnabled(open_review)
            contract = KIND_INFO[view.kind].contract
            self.counterparty_edit.setEnabled(contract or bool(view.counterparty))
            self.amount_edit.setEnabled(contract or view.amount is not None)
        finally:
            self._loading = False
        self._refresh_state()

    def _fill_counsel(self, current: str) -> None:
        try:
            names = office.known_counsel(self.controller.ctx.svc)
        except WorkbenchError:
            names = []
        self.counsel_combo.clear()
        if current and current not in names:
            names.insert(0, current)
        self.counsel_combo.addItems(names)
        self.counsel_combo.setEditText(current)
        completer = QCompleter(names, self.counsel_combo)
        self.counsel_combo.setCompleter(completer)

    # --- state ------------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """The detail fields as typed (amount as text)."""
        return {
            "kind": self.kind_combo.currentData(),
            "title": self.title_edit.text().strip(),
            "unit": self.unit_edit.text().strip(),
            "received_on": to_date(self.received_edit.date()),
            "doc_no": self.doc_no_edit.text().strip(),
            "counterparty": self.counterparty_edit.text().strip(),
            "amount": self.amount_edit.text(),
            "fair_review_required": self.fair_required_check.isChecked(),
            "fair_review_done": self.fair_done_check.isChecked(),
            "notes": self.notes_edit.toPlainText().strip(),
        }

    def problems(self) -> list[str]:
        out: list[str] = []
        if not self.title_edit.text().strip():
            out.append(self.tr("The title is required."))
        try:
            parse_amount_input(self.amount_edit.text())
        except ValueError:
            out.append(self.tr("The amount must be a number of yuan, e.g. 1,200,000.00."))
        if to_date(self.received_edit.date()) > self.controller.ctx.svc.today():
            out.append(self.tr("The received date cannot be in the future."))
        return out

    def changes(self) -> tuple[dict[str, Any], str | None]:
        """(detail fields that differ from the loaded version, new counsel or None)."""
        if self._base is None:
            return {}, None
        return detail_changes(self._base, self.values(), self.counsel_combo.currentText())

    def is_dirty(self) -> bool:
        fields, counsel = self.changes()
        return bool(fields) or counsel is not None

    def _on_edited(self, *_: object) -> None:
        if not self._loading:
            self._refresh_state()
            self._keep_draft()

    # --- drafts -----------------------------------------------------------------------------

    def _keep_draft(self) -> None:
        """Keep the unsaved edits as a draft (or forget it when there are none any more)."""
        base = self._base
        if base is None or not self.controller.can(Permission.EDIT_ITEMS):
            return
        if self.is_dirty():
            self.controller.drafts.keep(
                base.reg_no, DraftPart.DETAILS, draft_payload(self, base.version)
            )
        else:
            self.controller.drafts.discard(base.reg_no, DraftPart.DETAILS)

    def discard_draft(self) -> None:
        """The user threw the unsaved edits away: their draft goes too."""
        self.draft_note.clear_note()
        if self._base is not None:
            self.controller.drafts.discard(self._base.reg_no, DraftPart.DETAILS, stored=True)

    def _restore_draft(self, view: ItemView | None) -> None:
        """Put the stored draft of ``view``'s details back into the form, when it differs."""
        self.draft_note.clear_note()
        if view is None:
            return
        stored = self.controller.drafts.load(view.reg_no, DraftPart.DETAILS)
        if stored is None:
            return
        self._loading = True
        try:
            apply_draft(self, stored.payload)
        finally:
            self._loading = False
        if not self.is_dirty():
            self.controller.drafts.discard(view.reg_no, DraftPart.DETAILS, stored=True)
            return
        self.controller.drafts.restored(view.reg_no, DraftPart.DETAILS)
        self.draft_note.show_restored(stored.updated_at, dt.date.today())
        self._refresh_state()

    def _on_draft_note_discard_requested(self) -> None:
        self.discard_draft()
        self._fill(self._base)

    def _refresh_state(self) -> None:
        problems = self.problems() if self._base is not None else []
        self.problem_label.setText(" ".join(problems))
        self.problem_label.setVisible(bool(problems))
        dirty = self.is_dirty()
        self.save_button.setEnabled(dirty and not problems)
        self.save_next_button.setEnabled(not problems)
        self.revert_button.setEnabled(dirty)

    # --- saving -----------------------------------------------------------------------------

    def save(self, then_next: bool = False) -> bool:
        """Save the changes (on the worker). False when nothing was sent."""
        base = self._base
        if base is None:
            return False
        if self.problems():
            self._refresh_state()
            self.controller.prompts.warn(
                self.window(), self.tr("Cannot save"), " ".join(self.problems())
            )
            return False
        fields, counsel = self.changes()
        if not fields and counsel is None:
            if then_next:
                self.nextRequested.emit()
            return False
        if "received_on" in fields and not isinstance(fields["received_on"], dt.date):
            return False

        def done(view: ItemView) -> None:
            if self._base is not None and self._base.id == view.id:
                self.draft_note.clear_note()
                self._fill(view)
            if then_next:
                self.nextRequested.emit()

        def failed(_: BaseException) -> None:
            if self._base is not None and self._base.id == base.id:
                self._keep_draft()  # not saved: keep the draft after all

        # saving discards the stored draft (see save_details)
        self.controller.drafts.cancel(base.reg_no, DraftPart.DETAILS)
        self.controller.write(
            save_details,
            base.reg_no,
            base.version,
            fields,
            counsel,
            done_message=self.tr("%1 saved").replace("%1", base.reg_no),
            on_done=done,
            on_failed=failed,
        )
        return True

    def _on_save_clicked(self) -> None:
        self.save()

    def _on_save_next_clicked(self) -> None:
        self.save(then_next=True)

    def _on_revert_clicked(self) -> None:
        self.discard_draft()
        self._fill(self._base)
