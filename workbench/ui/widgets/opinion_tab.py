"""意见: write and issue the legality-review opinion; issued opinions are locked, and a
correction is a new revision that supersedes the old one (both stay on record)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from workbench.documents.inspect import Hint
from workbench.domain.opinions import Conclusion
from workbench.domain.roles import Permission
from workbench.domain.statuses import Status
from workbench.services import items as item_service
from workbench.services.drafts import DraftPart
from workbench.services.views import ItemView
from workbench.ui import labels
from workbench.ui.item_controller import ItemController
from workbench.ui.widgets.common import MUTED_STYLE, note_label, to_date, to_qdate
from workbench.ui.widgets.draft_note import DraftNote
from workbench.ui.widgets.opinion_editor import OpinionEditor
from workbench.ui.widgets.opinion_record import EMPTY, Draft, opinions_html

REVISABLE = frozenset({Status.OPINION_ISSUED, Status.PUBLISHED, Status.FILED})


class OpinionTab(QWidget):
    def __init__(self, controller: ItemController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("opinionTab")
        self.controller = controller
        self._item_id: int | None = None
        self._revising = False
        self._build()
        controller.itemLoaded.connect(self._on_item_loaded)
        self._on_item_loaded(controller.current)

    def _build(self) -> None:
        self.history_view = QTextBrowser(self)
        self.history_view.setObjectName("opinionRecord")
        self.history_view.setAccessibleName(self.tr("Issued opinions"))
        self.history_view.setOpenLinks(False)

        self.editor = OpinionEditor(self)
        # the fields, named on the tab as well (its flow and the tests use them)
        self.conclusion_combo = self.editor.conclusion_combo
        self.date_edit = self.editor.date_edit
        self.text_edit = self.editor.text_edit
        self.basis_edit = self.editor.basis_edit
        self.defect_checks = self.editor.defect_checks
        self.issue_button = self.editor.issue_button
        self.cancel_button = self.editor.cancel_button

        self.hint_label = note_label(self, MUTED_STYLE)
        self.hint_label.setObjectName("opinionHint")
        self.revise_button = QPushButton(self.tr("Revise opinion"), self)
        self.revise_button.setObjectName("reviseButton")
        self.revise_button.setAccessibleName(self.tr("Revise opinion"))
        self.revise_button.setToolTip(
            self.tr("Issue a corrected opinion that supersedes the current one")
        )
        self.letter_button = QPushButton(self.tr("Generate letter…"), self)
        self.letter_button.setObjectName("letterButton")
        self.letter_button.setAccessibleName(self.tr("Generate opinion letter"))
        self.letter_button.setToolTip(self.tr("Write the opinion letter (.docx) from the template"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.hint_label, 1)
        bottom.addWidget(self.revise_button)
        bottom.addWidget(self.letter_button)

        self.draft_note = DraftNote(self)
        self.draft_note.setObjectName("opinionDraftNote")

        layout = QVBoxLayout(self)
        layout.addWidget(self.history_view, 1)
        layout.addWidget(self.draft_note)
        layout.addWidget(self.editor, 2)
        layout.addLayout(bottom)
        self.issue_button.clicked.connect(self._on_issue_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self.revise_button.clicked.connect(self._on_revise_clicked)
        self.letter_button.clicked.connect(self._on_letter_clicked)
        self.draft_note.discardRequested.connect(self._on_draft_note_discard_requested)
        # everything typed is kept as a draft (debounced, on the worker)
        self.editor.edited.connect(self._on_editor_edited)

    # --- state ------------------------------------------------------------------------------

    def _draft(self) -> Draft:
        return self.editor.draft()

    def _set_draft(self, draft: Draft | None) -> None:
        """Fill the editor (not a keystroke: nothing is kept as a draft for it)."""
        self.editor.set_draft(draft)

    def _saved_state(self, view: ItemView) -> Draft:
        """What the editor holds with no draft: empty, or the opinion being revised."""
        if self._revising and view.opinions:
            latest = view.opinions[-1]
            return Draft(latest.conclusion, latest.text, latest.basis, latest.defects)
        return EMPTY

    def _on_item_loaded(self, view: ItemView | None) -> None:
        new_id = view.id if view else None
        if new_id != self._item_id:
            self.controller.drafts.submit_pending()  # the last item's draft: written now
            self._item_id = new_id
            self._revising = False
            self._restore_draft(view)
        self._show(view)

    def _restore_draft(self, view: ItemView | None) -> None:
        """Show the stored draft of ``view``'s opinion when it differs from the saved state."""
        self.draft_note.clear_note()
        self._set_draft(None)
        if view is None:
            return
        drafts = self.controller.drafts
        stored = drafts.load(view.reg_no, DraftPart.OPINION)
        if stored is None:
            return
        revising = bool(stored.payload.get("revising"))
        if revising != bool(view.opinions) or (revising and view.status not in REVISABLE):
            return  # issued meanwhile (or revised no longer): nothing to continue
        self._revising = revising
        draft = Draft.from_payload(stored.payload)
        if draft == self._saved_state(view):
            drafts.discard(view.reg_no, DraftPart.OPINION, stored=True)
            self._revising = False
            return
        self._set_draft(draft)
        drafts.restored(view.reg_no, DraftPart.OPINION)
        self.draft_note.show_restored(stored.updated_at, dt.date.today())

    def _on_editor_edited(self, *_: object) -> None:
        view = self.controller.current
        if view is None or view.id != self._item_id:
            return
        if not self.editor.isEnabled():
            return
        draft = self._draft()
        if draft == self._saved_state(view):
            self.controller.drafts.discard(view.reg_no, DraftPart.OPINION)
            return
        payload = {
            "conclusion": draft.conclusion,
            "text": draft.text,
            "basis": draft.basis,
            "defects": list(draft.defects),
            "revising": self._revising,
        }
        self.controller.drafts.keep(view.reg_no, DraftPart.OPINION, payload)

    def _on_draft_note_discard_requested(self) -> None:
        view = self.controller.current
        if view is None:
            return
        self.controller.drafts.discard(view.reg_no, DraftPart.OPINION, stored=True)
        self._revising = False
        self._set_draft(None)
        self._show(view)

    def insert_basis(self, basis: str) -> bool:
        """Add ``basis`` (from a review hint) to the 法律依据 field, once; False when no opinion
        is being written (the reason is shown as a message)."""
        if not self._writable():
            return False
        self.editor.add_basis(basis)
        return True

    def adopt_hint(self, hint: Hint) -> bool:
        """Take a review hint into the opinion being written (see
        :meth:`OpinionEditor.add_hint`); False when no opinion is being written."""
        if not self._writable():
            return False
        self.editor.add_hint(hint)
        return True

    def _writable(self) -> bool:
        if self.editor.isHidden() or not self.editor.isEnabled():
            self.controller.message.emit(
                self.tr("The basis can be inserted while an opinion or a revision is written.")
            )
            return False
        return True

    def _show(self, view: ItemView | None) -> None:
        self.setEnabled(view is not None)
        if view is None:
            self.history_view.clear()
            self.hint_label.clear()
            return
        has = bool(view.opinions)
        self.history_view.setVisible(has)
        self.history_view.setHtml(
            opinions_html(
                view.opinions,
                self.tr("superseded by a later revision"),
                self.tr("Legal basis:"),
                self.tr("Problems:"),
                self.tr("Counsel:"),
                self.tr("Issued by:"),
            )
        )
        may_issue = self.controller.can(Permission.ISSUE_OPINION)
        editing = may_issue and (
            (not has and view.status is Status.IN_REVIEW)
            or (has and self._revising and view.status in REVISABLE)
        )
        self.editor.setVisible(not has or self._revising)
        self.editor.setEnabled(editing)
        self.editor.setTitle(self.tr("Revision") if has else self.tr("New opinion"))
        self.issue_button.setText(self.tr("Issue revision…") if has else self.tr("Issue opinion…"))
        self.cancel_button.setVisible(has)
        self.date_edit.setMaximumDate(to_qdate(self.controller.ctx.svc.today()))
        self.date_edit.setDate(to_qdate(self.controller.ctx.svc.today()))
        self.revise_button.setVisible(has)
        self.revise_button.setEnabled(
            may_issue and has and not self._revising and view.status in REVISABLE
        )
        self.issue_button.setToolTip(
            "" if may_issue else self.tr("Only reviewing counsel issue opinions.")
        )
        self.letter_button.setEnabled(has)
        self.hint_label.setText(self._hint(view, has))

    def _hint(self, view: ItemView, has: bool) -> str:
        if has:
            return self.tr("Issued opinions are locked; a correction is a new revision.")
        if view.status is Status.REGISTERED:
            return self.tr("Start the review before writing the opinion.")
        if view.status is Status.RETURNED:
            return self.tr("Returned for materials: resubmit the item before issuing.")
        if view.status is Status.WITHDRAWN:
            return self.tr("The item was withdrawn; no opinion is issued.")
        return ""

    # --- actions ----------------------------------------------------------------------------

    def _on_revise_clicked(self) -> None:
        view = self.controller.current
        if view is None or not view.opinions:
            return
        latest = view.opinions[-1]
        self._revising = True
        self._set_draft(Draft(latest.conclusion, latest.text, latest.basis, latest.defects))
        self._show(view)
        self.text_edit.setFocus()

    def _on_cancel_clicked(self) -> None:
        view = self.controller.current
        if view is not None:
            self.controller.drafts.discard(view.reg_no, DraftPart.OPINION)
        self.draft_note.clear_note()
        self._revising = False
        self._set_draft(None)
        self._show(view)

    def _on_issue_clicked(self) -> None:
        view = self.controller.current
        if view is None:
            return
        draft = self._draft()
        if not draft.text.strip():
            self.controller.prompts.warn(
                self.window(), self.tr("Issue opinion"), self.tr("Please write the opinion text.")
            )
            self.text_edit.setFocus()
            return
        question = self.tr(
            "Issue the opinion “%1” on %2 “%3”?\n\nAn issued opinion cannot be edited; a "
            "correction becomes a new revision that supersedes it."
        )
        question = (
            question.replace("%1", labels.conclusion_label(draft.conclusion))
            .replace("%2", view.reg_no)
            .replace("%3", view.title)
        )
        if draft.conclusion == Conclusion.APPROVE.value and draft.defects:
            question += "\n\n" + self.tr(
                "Problems are ticked (%1) but the conclusion is “%2”: check that the conclusion "
                "is meant."
            ).replace(
                "%1", self.tr(", ").join(labels.defect_label(d) for d in draft.defects)
            ).replace("%2", labels.conclusion_label(draft.conclusion))
        if not self.controller.prompts.confirm(
            self.window(), self.tr("Issue opinion"), question, self.tr("Issue")
        ):
            return
        opinion = item_service.OpinionInput(
            conclusion=draft.conclusion,
            text=draft.text.strip(),
            basis=draft.basis.strip(),
            issued_on=to_date(self.date_edit.date()),
            defects=draft.defects,
        )
        item_id = view.id

        def done(_: object) -> None:
            if self._item_id == item_id:
                self.draft_note.clear_note()
                self._revising = False
                self._set_draft(None)
                self._show(self.controller.current)

        def failed(_: BaseException) -> None:
            if self._item_id == item_id:
                self._on_editor_edited()  # not issued: keep the draft after all

        # issuing discards the stored draft in its own transaction
        self.controller.drafts.cancel(view.reg_no, DraftPart.OPINION)
        self.controller.write(
            item_service.issue_opinion,
            view.reg_no,
            opinion,
            expected_version=view.version,
            done_message=self.tr("%1: opinion issued").replace("%1", view.reg_no),
            on_done=done,
            on_failed=failed,
        )

    def _on_letter_clicked(self) -> None:
        view = self.controller.current
        if view is None:
            return
        from workbench.services.letters import write_opinion_letter

        self.controller.write_document(
            self.window(),
            write_opinion_letter,
            save_title=self.tr("Save the opinion letter"),
            default_name=f"{view.reg_no} 合法性审核意见书.docx",
            file_filter=self.tr("Word documents (*.docx)"),
            done_title=self.tr("Opinion letter"),
            done_text=self.tr("The letter was written to %1. Open it now?"),
            open_text=self.tr("Open"),
        )
