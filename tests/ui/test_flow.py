"""One item through its whole life, driven through the widgets: register, start the review,
issue the opinion, publish, file. The sidebar counts follow and agree with the services."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from tests.ui.conftest import TODAY, wait_idle
from workbench.domain.statuses import Status
from workbench.services import queries
from workbench.services import queue as queue_service
from workbench.services.queue import View
from workbench.ui.models.view_list_model import CountRole


def _counts(window) -> dict[str, int]:
    model = window.sidebar.model
    return {v.value: model.index(model.row_of(v.value)).data(CountRole) for v in View}


def _agree(window) -> dict[str, int]:
    shown = _counts(window)
    assert shown == {k: v for k, v in queue_service.view_counts(window.ctx.svc).items()}
    return shown


def test_register_review_opinion_publish_file(
    qtbot: QtBot, register, make_window, tasks, prompts
) -> None:
    register("既有的合同", kind="other_contract")
    window = make_window()
    before = _agree(window)

    # register (the service, as the register dialog does) and let the window pick it up
    reg_no = register("辽宁省科技创新券管理办法", counsel="张明")
    window.app_actions.registered.emit(reg_no)
    wait_idle(qtbot, tasks)
    assert window.controller.current is not None and window.controller.current.reg_no == reg_no
    counts = _agree(window)
    assert counts["all"] == before["all"] + 1
    assert counts["mine"] == before["mine"] + 1

    # start the review
    pane = window.pane
    assert pane.item_actions.start_button.isEnabled()
    assert not pane.item_actions.resubmit_button.isEnabled()
    qtbot.mouseClick(pane.item_actions.start_button, qtbot_left())
    wait_idle(qtbot, tasks)
    assert window.controller.current.status is Status.IN_REVIEW
    assert not pane.item_actions.start_button.isEnabled()
    _agree(window)

    # issue the opinion from the opinion tab (confirmation answered yes)
    tab = pane.opinion
    pane.tabs.setCurrentWidget(tab)
    assert tab.editor.isEnabled()
    tab.conclusion_combo.setCurrentIndex(tab.conclusion_combo.findData("approve_with_changes"))
    tab.text_edit.setPlainText("经审核，建议删除第十二条中“处以罚款”的表述。")
    tab.basis_edit.setPlainText("《中华人民共和国行政处罚法》第十六条")
    tab.defect_checks[next(iter(tab.defect_checks))].setChecked(True)
    tab.issue_button.click()
    wait_idle(qtbot, tasks)
    assert prompts.texts("confirm")[-1].startswith("Issue the opinion")
    view = window.controller.current
    assert view.status is Status.OPINION_ISSUED and len(view.opinions) == 1
    assert not tab.editor.isVisible() and tab.revise_button.isEnabled()
    assert "Approve with changes" in tab.history_view.toPlainText()
    counts = _agree(window)
    assert counts["reviewed_this_year"] == before["reviewed_this_year"] + 1
    assert counts["mine"] == before["mine"]

    # publish
    filing = pane.filing
    pane.tabs.setCurrentWidget(filing)
    assert filing.publish_button.isEnabled() and not filing.file_button.isEnabled()
    filing.published_edit.setDate(QDate(TODAY.year, TODAY.month, TODAY.day))
    filing.doc_no_edit.setText("辽科发〔2025〕9号")
    filing.publish_button.click()
    wait_idle(qtbot, tasks)
    view = window.controller.current
    assert view.status is Status.PUBLISHED and view.doc_no == "辽科发〔2025〕9号"
    assert "days left" in filing.filing_due_label.text() or "day(s) left" in (
        filing.filing_due_label.text()
    )
    counts = _agree(window)
    assert counts["to_file"] == before["to_file"] + 1

    # file
    assert filing.file_button.isEnabled()
    filing.ref_edit.setText("辽司备〔2025〕101号")
    filing.file_button.click()
    wait_idle(qtbot, tasks)
    view = queries.show_item(window.ctx.svc, reg_no)
    assert view.status is Status.FILED and view.filed_on == TODAY
    assert view.filing_authority == "省司法厅"  # the office default
    counts = _agree(window)
    assert counts["to_file"] == before["to_file"]
    # the queue row was refreshed in place
    row = window.queue.model.row_of(view.id)
    assert window.queue.model.cached_row(view.id).status is Status.FILED
    assert row >= 0

    # the history reads as sentences
    text = pane.history.view.toPlainText()
    assert "issued the opinion: Approve with changes" in text
    assert "recorded filing on" in text
    assert "{" not in text


def test_return_and_resubmit_ask_for_a_reason(qtbot: QtBot, register, make_window, tasks, prompts):
    reg_no = register("退回测试办法")
    window = make_window()
    window.queue.select_first()
    actions = window.pane.item_actions
    actions.start_button.click()
    wait_idle(qtbot, tasks)
    prompts.answer("ask_text", None)  # cancelled: nothing happens
    actions.return_button.click()
    wait_idle(qtbot, tasks)
    assert window.controller.current.status is Status.IN_REVIEW
    prompts.answer("ask_text", "缺少起草说明")
    actions.return_button.click()
    wait_idle(qtbot, tasks)
    assert window.controller.current.status is Status.RETURNED
    assert actions.resubmit_button.isEnabled() and not actions.return_button.isEnabled()
    assert "Paused" in window.queue.model.data(window.queue.model.index(0, 5))
    actions.resubmit_button.click()
    wait_idle(qtbot, tasks)
    assert queries.show_item(window.ctx.svc, reg_no).status is Status.IN_REVIEW
    prompts.answer("ask_item", "李华")
    actions.assign_button.click()
    wait_idle(qtbot, tasks)
    assert queries.show_item(window.ctx.svc, reg_no).counsel == "李华"
    actions.withdraw_button.click()  # confirmation answered yes
    wait_idle(qtbot, tasks)
    assert queries.show_item(window.ctx.svc, reg_no).status is Status.WITHDRAWN
    assert not any(
        b.isEnabled()
        for b in (actions.start_button, actions.withdraw_button, actions.assign_button)
    )


def test_a_refused_step_shows_the_reason(qtbot: QtBot, register, make_window, tasks, prompts):
    register("期限测试办法", received_on=TODAY - dt.timedelta(days=2))
    window = make_window()
    window.queue.select_first()
    tab = window.pane.opinion
    assert not tab.editor.isEnabled()  # registered: start the review first
    assert "Start the review" in tab.hint_label.text()


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
