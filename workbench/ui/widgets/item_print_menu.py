"""The item pane's *Print* button: the item's summary, its opinion letter and its return
notice, each to a printer or to a PDF file; and the return notice as a .docx.

A printed letter is a reading copy built from the generated .docx; the .docx stays the official
document, and the menu says so.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from workbench.services.views import ItemView
from workbench.ui.item_controller import ItemController
from workbench.ui.print_actions import PrintJobs, build_summary

LETTER_TITLE = "合法性审核意见书"
NOTICE_TITLE = "退回补正通知书"


class ItemPrintButton(QToolButton):
    """A menu button beside the workflow buttons."""

    def __init__(self, controller: ItemController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("printButton")
        self.setText(self.tr("Print"))
        self.setAccessibleName(self.tr("Print or save as PDF"))
        self.setToolTip(self.tr("Print the item's summary or its letters, or save them as PDF"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.jobs = PrintJobs(controller.ctx.svc, controller.tasks, controller.prompts, self)
        self.jobs.message.connect(controller.message)
        menu = QMenu(self)
        self.summary_print = self._add(menu, self.tr("Print summary…"), self.print_summary)
        self.summary_pdf = self._add(menu, self.tr("Save summary as PDF…"), self.summary_as_pdf)
        menu.addSeparator()
        self.letter_print = self._add(menu, self.tr("Print opinion letter…"), self.print_letter)
        self.letter_pdf = self._add(
            menu, self.tr("Save opinion letter as PDF…"), self.letter_as_pdf
        )
        menu.addSeparator()
        self.notice_print = self._add(menu, self.tr("Print return notice…"), self.print_notice)
        self.notice_pdf = self._add(menu, self.tr("Save return notice as PDF…"), self.notice_as_pdf)
        official = self.tr("A reading copy: the .docx letter stays the official document")
        for action in (self.letter_print, self.letter_pdf, self.notice_print, self.notice_pdf):
            action.setStatusTip(official)
            action.setToolTip(official)
        menu.setToolTipsVisible(True)
        self.setMenu(menu)
        controller.itemLoaded.connect(self._on_item_loaded)
        self._on_item_loaded(controller.current)

    def _add(self, menu: QMenu, text: str, slot: object) -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(slot)
        return action

    def _on_item_loaded(self, view: ItemView | None) -> None:
        self.setEnabled(view is not None)
        self.letter_print.setEnabled(bool(view and view.opinions))
        self.letter_pdf.setEnabled(bool(view and view.opinions))
        self.notice_print.setEnabled(bool(view and view.pauses))
        self.notice_pdf.setEnabled(bool(view and view.pauses))

    def _summary(self, pdf: bool) -> bool:
        view = self.controller.current
        if view is None:
            return False
        name = f"{view.reg_no} {self.tr('summary')}"
        return self.jobs.run(build_summary, view.id, name=name, pdf=pdf)

    def print_summary(self) -> bool:
        return self._summary(False)

    def summary_as_pdf(self) -> bool:
        return self._summary(True)

    def _letter(self, notice: bool, pdf: bool) -> bool:
        view = self.controller.current
        if view is None:
            return False
        # imported on use: the letters (python-docx) are not needed to show the window
        from workbench.services.letters import write_opinion_letter, write_return_notice

        writer = write_return_notice if notice else write_opinion_letter
        return self.jobs.letter(
            view.reg_no, writer, NOTICE_TITLE if notice else LETTER_TITLE, pdf=pdf
        )

    def print_letter(self) -> bool:
        return self._letter(False, False)

    def letter_as_pdf(self) -> bool:
        return self._letter(False, True)

    def print_notice(self) -> bool:
        return self._letter(True, False)

    def notice_as_pdf(self) -> bool:
        return self._letter(True, True)


def write_notice(controller: ItemController, parent: QWidget) -> None:
    """Ask where to save the current item's return notice (.docx), write it, offer to open."""
    view = controller.current
    if view is None:
        return

    from workbench.services.letters import write_return_notice

    def tr(text: str) -> str:
        return QCoreApplication.translate("ItemPrintButton", text)

    controller.write_document(
        parent,
        write_return_notice,
        save_title=tr("Save the return notice"),
        default_name=f"{view.reg_no} {NOTICE_TITLE}.docx",
        file_filter=tr("Word documents (*.docx)"),
        done_title=tr("Return notice"),
        done_text=tr("The return notice was written to %1. Open it now?"),
        open_text=tr("Open"),
    )
