"""The window disables what the acting user's role may not do (the services refuse it too)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx import Document
from pytestqt.qtbot import QtBot

from tests.ui.conftest import TODAY, wait_idle
from workbench.services import items as item_service
from workbench.services.queries import show_item
from workbench.services.users import add_user


def _select(window, qtbot: QtBot, tasks, reg_no: str) -> None:  # type: ignore[no-untyped-def]
    view = show_item(window.ctx.svc, reg_no)
    window.controller.load(view.id)
    wait_idle(qtbot, tasks)


def test_a_clerk_cannot_issue_opinions(qtbot: QtBot, register, make_window, tasks, svc) -> None:
    reg = register("辽宁省科技计划项目管理办法")  # the first user (the admin) registers
    item_service.start_review(svc, reg)
    add_user(svc, "clerk1", "clerk")
    svc.actor = "clerk1"
    window = make_window()
    _select(window, qtbot, tasks, reg)
    tab = window.pane.opinion
    assert not tab.editor.isEnabled()
    assert "counsel" in tab.issue_button.toolTip()
    assert window.pane.item_actions.return_button.isEnabled()  # clerks handle returned materials
    svc.actor = "stranger"
    window.controller.reload()
    wait_idle(qtbot, tasks)
    assert not window.pane.item_actions.return_button.isEnabled()
    assert not window.pane.item_actions.withdraw_button.isEnabled()


def test_filing_report_from_the_filing_tab(
    qtbot: QtBot, register, make_window, tasks, svc, prompts, tmp_path: Path
) -> None:
    reg = register("辽宁省科技计划项目管理办法", received_on=TODAY - dt.timedelta(days=40))
    item_service.start_review(svc, reg)
    item_service.issue_opinion(
        svc, reg, item_service.OpinionInput("approve", "同意", issued_on=TODAY - dt.timedelta(30))
    )
    window = make_window()
    _select(window, qtbot, tasks, reg)
    assert not window.pane.filing.report_button.isEnabled()
    item_service.publish(svc, reg, TODAY - dt.timedelta(days=20), "辽科发〔2025〕9号")
    window.controller.reload()
    wait_idle(qtbot, tasks)
    assert window.pane.filing.report_button.isEnabled()
    out = tmp_path / "report.docx"
    prompts.answer("save_file", str(out))
    prompts.answer("confirm", False)
    window.pane.tabs.setCurrentWidget(window.pane.filing)
    window.pane.filing.report_button.click()
    wait_idle(qtbot, tasks)
    assert out.exists(), prompts.asked
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "辽科发〔2025〕9号" in text
