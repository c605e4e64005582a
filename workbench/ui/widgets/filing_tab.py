"""备案: publication (登记公布), filing with the justice department (报送备案) and its result,
and the document's validity with the evaluation reminder. Normative documents only."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.deadlines import evaluation_from
from workbench.domain.errors import DuplicateDocNo
from workbench.domain.kinds import KIND_INFO
from workbench.domain.opinions import Conclusion, FilingResult
from workbench.domain.roles import Permission
from workbench.domain.statuses import Status
from workbench.services import items as item_service
from workbench.services.views import ItemView
from workbench.ui import labels
from workbench.ui.item_controller import ItemController
from workbench.ui.widgets.common import (
    ERROR_STYLE,
    MUTED_STYLE,
    WARNING_STYLE,
    date_edit,
    note_label,
    to_date,
    to_qdate,
)


class FilingTab(QWidget):
    def __init__(self, controller: ItemController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filingTab")
        self.controller = controller
        self._build()
        controller.itemLoaded.connect(self._on_item_loaded)
        self._on_item_loaded(controller.current)

    def _row(self, form: QFormLayout, text: str, widget: QWidget, name: str) -> None:
        widget.setObjectName(name)
        widget.setAccessibleName(text.replace("&", ""))
        form.addRow(text, widget)

    def _build(self) -> None:
        self.not_filed_label = note_label(self, MUTED_STYLE)
        self.not_filed_label.setText(self.tr("Only normative documents are published and filed."))
        # publication
        self.publish_box = QGroupBox(self.tr("Publication"), self)
        form = QFormLayout(self.publish_box)
        self.published_edit = date_edit("publishedEdit", self.tr("Published"), self.publish_box)
        self._row(form, self.tr("&Published on"), self.published_edit, "publishedEdit")
        self.doc_no_edit = QLineEdit(self.publish_box)
        self._row(form, self.tr("&Document No."), self.doc_no_edit, "publishDocNoEdit")
        self.own_validity_check = QCheckBox(
            self.tr("The document states its own validity, until:"), self.publish_box
        )
        self.own_validity_check.setObjectName("ownValidityCheck")
        self.own_validity_check.setAccessibleName(self.tr("The document states its own validity"))
        self.valid_edit = date_edit("validUntilEdit", self.tr("Valid until"), self.publish_box)
        validity = QHBoxLayout()
        validity.addWidget(self.own_validity_check)
        validity.addWidget(self.valid_edit)
        validity.addStretch(1)
        form.addRow(validity)
        self.publish_button = QPushButton(self.tr("Record publication"), self.publish_box)
        self.publish_button.setObjectName("publishButton")
        self.publish_button.setAccessibleName(self.tr("Record publication"))
        form.addRow("", self.publish_button)
        # filing
        self.filing_box = QGroupBox(self.tr("Filing"), self)
        form = QFormLayout(self.filing_box)
        self.filing_due_label = QLabel(self.filing_box)
        self._row(form, self.tr("Filing due"), self.filing_due_label, "filingDueLabel")
        self.filing_due_label.setToolTip(
            self.tr(
                "Calendar days after publication, as many as Settings say (15: "
                "《辽宁省规章规范性文件备案办法》第三条). The day of publication is not counted, "
                "and a last day on a day off moves to the next working day "
                "(《中华人民共和国民法典》第二百零一条、第二百零三条)."
            )
        )
        self.filed_edit = date_edit("filedEdit", self.tr("Filed on"), self.filing_box)
        self._row(form, self.tr("Filed o&n"), self.filed_edit, "filedEdit")
        self.ref_edit = QLineEdit(self.filing_box)
        self._row(form, self.tr("Filing &reference"), self.ref_edit, "filingRefEdit")
        self.authority_edit = QLineEdit(self.filing_box)
        self.authority_edit.setPlaceholderText(self.tr("Default: the office setting"))
        self._row(form, self.tr("Filing &authority"), self.authority_edit, "authorityEdit")
        self.file_button = QPushButton(self.tr("Record filing"), self.filing_box)
        self.file_button.setObjectName("fileButton")
        self.file_button.setAccessibleName(self.tr("Record filing"))
        self.report_button = QPushButton(self.tr("Filing report…"), self.filing_box)
        self.report_button.setObjectName("filingReportButton")
        self.report_button.setAccessibleName(self.tr("Generate the filing report"))
        self.report_button.setToolTip(
            self.tr("Write the filing report (备案报告) of the published document as .docx")
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.file_button)
        buttons.addWidget(self.report_button)
        buttons.addStretch(1)
        form.addRow("", buttons)
        self.result_combo = QComboBox(self.filing_box)
        for result in FilingResult:
            self.result_combo.addItem(labels.filing_result_label(result), result.value)
        self._row(form, self.tr("Res&ult"), self.result_combo, "filingResultCombo")
        self.result_edit = date_edit("resultDateEdit", self.tr("Result date"), self.filing_box)
        self._row(form, self.tr("Result da&te"), self.result_edit, "resultDateEdit")
        self.result_button = QPushButton(self.tr("Record result"), self.filing_box)
        self.result_button.setObjectName("resultButton")
        self.result_button.setAccessibleName(self.tr("Record filing result"))
        form.addRow("", self.result_button)
        # validity
        self.validity_box = QGroupBox(self.tr("Validity"), self)
        form = QFormLayout(self.validity_box)
        self.valid_label = QLabel(self.validity_box)
        self._row(form, self.tr("Valid until"), self.valid_label, "validUntilLabel")
        self.evaluation_label = note_label(self.validity_box)
        self.evaluation_label.setObjectName("evaluationLabel")
        form.addRow(self.evaluation_label)
        self.repeal_edit = date_edit("repealEdit", self.tr("Repealed on"), self.validity_box)
        self.repeal_button = QPushButton(self.tr("Repeal…"), self.validity_box)
        self.repeal_button.setObjectName("repealButton")
        self.repeal_button.setAccessibleName(self.tr("Repeal"))
        repeal = QHBoxLayout()
        repeal.addWidget(self.repeal_edit)
        repeal.addWidget(self.repeal_button)
        repeal.addStretch(1)
        form.addRow(self.tr("Repeal on"), repeal)

        layout = QVBoxLayout(self)
        layout.addWidget(self.not_filed_label)
        layout.addWidget(self.publish_box)
        layout.addWidget(self.filing_box)
        layout.addWidget(self.validity_box)
        layout.addStretch(1)
        self.own_validity_check.toggled.connect(self.valid_edit.setEnabled)
        self.publish_button.clicked.connect(self._on_publish_clicked)
        self.file_button.clicked.connect(self._on_file_clicked)
        self.report_button.clicked.connect(self._on_report_button_clicked)
        self.result_button.clicked.connect(self._on_result_clicked)
        self.repeal_button.clicked.connect(self._on_repeal_clicked)

    # --- showing ----------------------------------------------------------------------------

    def _on_item_loaded(self, view: ItemView | None) -> None:
        self.setEnabled(view is not None)
        filed_kind = view is not None and KIND_INFO[view.kind].filed
        self.not_filed_label.setVisible(view is not None and not filed_kind)
        for box in (self.publish_box, self.filing_box, self.validity_box):
            box.setVisible(filed_kind)
        if view is None or not filed_kind:
            return
        today = self.controller.ctx.svc.today()
        for edit in (
            self.published_edit,
            self.filed_edit,
            self.result_edit,
            self.repeal_edit,
        ):
            edit.setMaximumDate(to_qdate(today))
        status = view.status
        may_edit = self.controller.can(Permission.EDIT_ITEMS)
        can_publish = (
            may_edit and status is Status.OPINION_ISSUED and view.conclusion != Conclusion.REJECT
        )
        self.published_edit.setDate(to_qdate(view.published_on or today))
        self.doc_no_edit.setText(view.doc_no)
        self.own_validity_check.setChecked(False)
        self.valid_edit.setEnabled(False)
        self.valid_edit.setDate(to_qdate(view.valid_until or today))
        w: QWidget  # the loops below enable different kinds of widgets
        for w in (self.published_edit, self.doc_no_edit, self.own_validity_check):
            w.setEnabled(can_publish)
        self.publish_button.setEnabled(can_publish)
        self.publish_button.setToolTip(
            ""
            if can_publish
            else self.tr("Available once an opinion other than “Reject” has been issued")
        )
        # filing
        if view.filing_due_on is None:
            self.filing_due_label.setText(self.tr("set on publication"))
            self.filing_due_label.setStyleSheet(MUTED_STYLE)
        else:
            text = view.filing_due_on.isoformat()
            style = ""
            if view.filed_on is None:
                text += " " + labels.in_parentheses(labels.countdown(view.filing_due_on, today))
                if view.overdue:
                    style = ERROR_STYLE
                elif view.due_soon:
                    style = WARNING_STYLE
            elif view.filed_on > view.filing_due_on:
                late = (view.filed_on - view.filing_due_on).days
                text += " " + labels.in_parentheses(self.tr("filed %n day(s) late", "", late))
                style = WARNING_STYLE
            self.filing_due_label.setText(text)
            self.filing_due_label.setStyleSheet(style)
        can_file = may_edit and status is Status.PUBLISHED
        self.filed_edit.setDate(to_qdate(view.filed_on or today))
        self.ref_edit.setText(view.filing_ref)
        self.authority_edit.setText(view.filing_authority)
        for w in (self.filed_edit, self.ref_edit, self.authority_edit, self.file_button):
            w.setEnabled(can_file)
        has_filing = view.filed_on is not None
        self.report_button.setEnabled(view.published_on is not None)
        if view.filing_result:
            self.result_combo.setCurrentIndex(self.result_combo.findData(view.filing_result))
        self.result_edit.setDate(to_qdate(view.filing_result_on or today))
        for w in (self.result_combo, self.result_edit, self.result_button):
            w.setEnabled(may_edit and has_filing)
        # validity
        self.valid_label.setText(view.valid_until.isoformat() if view.valid_until else "—")
        self.evaluation_label.setText(self._evaluation_text(view))
        self.evaluation_label.setStyleSheet(WARNING_STYLE if view.evaluation_due else MUTED_STYLE)
        can_repeal = may_edit and status in (Status.PUBLISHED, Status.FILED)
        self.repeal_edit.setDate(to_qdate(view.ended_on or today))
        self.repeal_edit.setEnabled(can_repeal)
        self.repeal_button.setEnabled(can_repeal)

    def _on_report_button_clicked(self) -> None:
        view = self.controller.current
        if view is None:
            return
        from workbench.services.letters import write_filing_report

        self.controller.write_document(
            self.window(),
            write_filing_report,
            save_title=self.tr("Save the filing report"),
            default_name=f"{view.reg_no} 备案报告.docx",
            file_filter=self.tr("Word documents (*.docx)"),
            done_title=self.tr("Filing report"),
            done_text=self.tr("The report was written to %1. Open it now?"),
            open_text=self.tr("Open"),
        )

    def _evaluation_text(self, view: ItemView) -> str:
        if view.valid_until is None:
            return ""
        if view.status in (Status.REPEALED, Status.EXPIRED):
            return self.tr("No longer in force since %1.").replace(
                "%1", view.ended_on.isoformat() if view.ended_on else ""
            )
        if view.evaluation_due:
            return self.tr(
                "Validity ends within 6 months (%1): evaluate the document and decide whether "
                "to renew, revise or let it lapse."
            ).replace("%1", labels.countdown(view.valid_until, self.controller.ctx.svc.today()))
        return self.tr("Evaluation reminder from %1.").replace(
            "%1", evaluation_from(view.valid_until).isoformat()
        )

    # --- actions ----------------------------------------------------------------------------

    def _on_publish_clicked(self) -> None:
        view = self.controller.current
        if view is None:
            return
        doc_no = self.doc_no_edit.text().strip()
        if not doc_no:
            self.controller.prompts.warn(
                self.window(),
                self.tr("Record publication"),
                self.tr("Please enter the document number it was published under."),
            )
            return
        valid_until = (
            to_date(self.valid_edit.date()) if self.own_validity_check.isChecked() else None
        )
        self._publish(view, to_date(self.published_edit.date()), doc_no, valid_until)

    def _publish(
        self,
        view: ItemView,
        day: dt.date,
        doc_no: str,
        valid_until: dt.date | None,
        *,
        force: bool = False,
    ) -> None:
        """Record publication; a 文号 another item uses is published only once confirmed."""

        def refused(exc: BaseException) -> bool:
            if force or not isinstance(exc, DuplicateDocNo):
                return False
            question = (
                self.tr("Document No. %1 is already used by %2; publish anyway?")
                .replace("%1", doc_no)
                .replace("%2", exc.other_reg_no)
            )
            if self.controller.prompts.confirm(
                self.window(), self.tr("Record publication"), question, self.tr("Publish anyway")
            ):
                self._publish(view, day, doc_no, valid_until, force=True)
            return True

        self.controller.write(
            item_service.publish,
            view.reg_no,
            day,
            doc_no,
            valid_until=valid_until,
            expected_version=view.version,
            force=force,
            on_refused=refused,
            done_message=self.tr("%1: publication recorded").replace("%1", view.reg_no),
        )

    def _on_file_clicked(self) -> None:
        view = self.controller.current
        if view is None:
            return
        self.controller.write(
            item_service.record_filing,
            view.reg_no,
            to_date(self.filed_edit.date()),
            ref=self.ref_edit.text().strip(),
            authority=self.authority_edit.text().strip() or None,
            expected_version=view.version,
            done_message=self.tr("%1: filing recorded").replace("%1", view.reg_no),
        )

    def _on_result_clicked(self) -> None:
        view = self.controller.current
        if view is None:
            return
        self.controller.write(
            item_service.record_filing_result,
            view.reg_no,
            FilingResult(self.result_combo.currentData()),
            to_date(self.result_edit.date()),
            expected_version=view.version,
            done_message=self.tr("%1: filing result recorded").replace("%1", view.reg_no),
        )

    def _on_repeal_clicked(self) -> None:
        view = self.controller.current
        if view is None:
            return
        day = to_date(self.repeal_edit.date())
        if not self.controller.prompts.confirm(
            self.window(),
            self.tr("Repeal"),
            self.tr("Record that %1 “%2” was repealed on %3?")
            .replace("%1", view.reg_no)
            .replace("%2", view.title)
            .replace("%3", day.isoformat()),
            self.tr("Repeal"),
        ):
            return
        self.controller.write(
            item_service.repeal,
            view.reg_no,
            day,
            expected_version=view.version,
            done_message=self.tr("%1: repealed").replace("%1", view.reg_no),
        )
