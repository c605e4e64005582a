"""The workflow buttons above the item's tabs, enabled by the item's status."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

from workbench.domain.roles import Permission
from workbench.domain.statuses import OPEN_REVIEW, Status
from workbench.services import items as item_service
from workbench.services import office
from workbench.services.views import ItemView
from workbench.ui import labels
from workbench.ui.item_controller import ItemController
from workbench.ui.widgets.flow_layout import FlowLayout
from workbench.ui.widgets.item_print_menu import ItemPrintButton, write_notice


class ItemActions(QWidget):
    def __init__(self, controller: ItemController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        layout = FlowLayout(self)  # wraps at 150%/200% or in English instead of widening
        self.start_button = self._button(
            "startButton", self.tr("Start review"), self.tr("Registered → in review")
        )
        self.return_button = self._button(
            "returnButton",
            self.tr("Return…"),
            self.tr("Materials are incomplete: the review clock pauses until resubmission"),
        )
        self.resubmit_button = self._button(
            "resubmitButton",
            self.tr("Resubmit"),
            self.tr("The missing materials arrived: the review clock runs again"),
        )
        self.assign_button = self._button(
            "assignButton", self.tr("Assign…"), self.tr("Choose the reviewing counsel")
        )
        self.withdraw_button = self._button(
            "withdrawButton",
            self.tr("Withdraw…"),
            self.tr("The drafting unit withdrew the item; it is not counted as reviewed"),
        )
        self.notice_button = self._button(
            "noticeButton",
            self.tr("Return notice…"),
            self.tr("Write the notice of return for supplementary materials (.docx)"),
        )
        self.print_button = ItemPrintButton(controller, self)
        for button in (
            self.start_button,
            self.return_button,
            self.resubmit_button,
            self.assign_button,
            self.notice_button,
            self.print_button,
            self.withdraw_button,
        ):
            layout.addWidget(button)
        self.start_button.clicked.connect(self._on_start_clicked)
        self.return_button.clicked.connect(self._on_return_clicked)
        self.resubmit_button.clicked.connect(self._on_resubmit_clicked)
        self.assign_button.clicked.connect(self._on_assign_clicked)
        self.withdraw_button.clicked.connect(self._on_withdraw_clicked)
        self.notice_button.clicked.connect(self._on_notice_clicked)
        controller.itemLoaded.connect(self._on_item_loaded)
        self._on_item_loaded(controller.current)

    def _button(self, name: str, text: str, tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.setAccessibleName(text.rstrip("…"))
        button.setStatusTip(tip)
        button.setAccessibleDescription(tip)
        return button

    def _on_item_loaded(self, view: ItemView | None) -> None:
        status = view.status if view else None
        # no item, no action: the permissions (a query) are not needed to say so
        review = view is not None and self.controller.can(Permission.REVIEW)
        edit = view is not None and self.controller.can(Permission.EDIT_ITEMS)
        self.start_button.setEnabled(review and status is Status.REGISTERED)
        self.return_button.setEnabled(review and status is Status.IN_REVIEW)
        self.resubmit_button.setEnabled(review and status is Status.RETURNED)
        self.assign_button.setEnabled(edit and status in OPEN_REVIEW)
        self.withdraw_button.setEnabled(edit and status in OPEN_REVIEW)
        self.notice_button.setEnabled(view is not None and bool(view.pauses))

    def _item(self) -> ItemView | None:
        return self.controller.current

    def _on_start_clicked(self) -> None:
        view = self._item()
        if view is None:
            return
        self.controller.write(
            item_service.start_review,
            view.reg_no,
            expected_version=view.version,
            done_message=self.tr("%1: review started").replace("%1", view.reg_no),
        )

    def _on_return_clicked(self) -> None:
        view = self._item()
        if view is None:
            return
        answer = self.controller.prompts.ask_reason_and_date(
            self.window(),
            self.tr("Return for materials"),
            self.tr("What is missing? (sent back to %1; the review clock pauses)").replace(
                "%1", view.unit or self.tr("the drafting unit")
            ),
            today=self.controller.ctx.svc.today(),
            earliest=view.received_on,
        )
        if answer is None:
            return
        reason, day = answer
        if not reason.strip():
            self.controller.prompts.warn(
                self.window(), self.tr("Return for materials"), self.tr("Please give a reason.")
            )
            return
        self.controller.write(
            item_service.return_for_materials,
            view.reg_no,
            reason.strip(),
            day,
            expected_version=view.version,
            done_message=self.tr("%1: returned for materials").replace("%1", view.reg_no),
            on_done=self._offer_notice,
        )

    def _offer_notice(self, result: object) -> None:
        """After a return: the notice telling the drafting unit what is missing."""
        if not isinstance(result, ItemView) or self.controller.current is None:
            return
        if self.controller.prompts.confirm(
            self.window(),
            self.tr("Return notice"),
            self.tr(
                "%1 was returned for materials. Write the notice of return for supplementary "
                "materials (退回补正通知书) now?"
            ).replace("%1", result.reg_no),
            self.tr("Write notice…"),
        ):
            self._on_notice_clicked()

    def _on_notice_clicked(self) -> None:
        write_notice(self.controller, self.window())

    def _on_resubmit_clicked(self) -> None:
        view = self._item()
        if view is None:
            return
        returned = [p.returned_on for p in view.pauses if p.resubmitted_on is None]
        day = self.controller.prompts.ask_date(
            self.window(),
            self.tr("Resubmit"),
            self.tr("When did %1 send the missing materials? The review clock runs again.").replace(
                "%1", view.unit or self.tr("the drafting unit")
            ),
            today=self.controller.ctx.svc.today(),
            earliest=returned[-1] if returned else view.received_on,
        )
        if day is None:
            return
        self.controller.write(
            item_service.resubmit,
            view.reg_no,
            day,
            expected_version=view.version,
            done_message=self.tr("%1: resubmitted, the review clock runs again").replace(
                "%1", view.reg_no
            ),
        )

    def _on_assign_clicked(self) -> None:
        view = self._item()
        if view is None:
            return
        names = office.known_counsel(self.controller.ctx.svc)
        if view.counsel and view.counsel not in names:
            names.insert(0, view.counsel)
        name = self.controller.prompts.ask_item(
            self.window(),
            self.tr("Assign counsel"),
            self.tr("Reviewing counsel for %1:").replace("%1", view.reg_no),
            names,
            view.counsel,
            editable=True,
        )
        if name is None or not name.strip() or name.strip() == view.counsel:
            return
        self.controller.write(
            item_service.assign,
            view.reg_no,
            name.strip(),
            expected_version=view.version,
            done_message=self.tr("%1: assigned to %2")
            .replace("%1", view.reg_no)
            .replace("%2", name.strip()),
        )

    def _on_withdraw_clicked(self) -> None:
        view = self._item()
        if view is None:
            return
        ok = self.controller.prompts.confirm(
            self.window(),
            self.tr("Withdraw"),
            self.tr(
                "Record that %1 “%2” was withdrawn? It stays in the ledger as %3 and is not "
                "counted as reviewed."
            )
            .replace("%1", view.reg_no)
            .replace("%2", view.title)
            .replace("%3", labels.status_label(Status.WITHDRAWN)),
            self.tr("Withdraw"),
        )
        if ok:
            self.controller.write(
                item_service.withdraw,
                view.reg_no,
                expected_version=view.version,
                done_message=self.tr("%1: withdrawn").replace("%1", view.reg_no),
            )
