"""The filing tab: a 文号 another item uses is published only after the user confirms."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.conftest import TODAY, wait_idle
from workbench.domain.statuses import Status
from workbench.services import items as item_service
from workbench.services import queries


def _opinion_issued(svc, register, title: str) -> str:
    reg = register(title)
    item_service.start_review(svc, reg)
    item_service.issue_opinion(
        svc, reg, item_service.OpinionInput("approve", "同意", issued_on=TODAY - dt.timedelta(1))
    )
    return reg


@pytest.mark.parametrize("confirmed", [True, False])
def test_a_doc_no_in_use_asks_before_publishing(
    qtbot: QtBot, svc, register, make_window, tasks, prompts, confirmed: bool
) -> None:
    first = _opinion_issued(svc, register, "甲办法")
    second = _opinion_issued(svc, register, "乙办法")
    item_service.publish(svc, first, TODAY, "辽科发〔2025〕3号")
    window = make_window()
    window.queue.select_item(queries.show_item(svc, second).id)
    wait_idle(qtbot, tasks)
    filing = window.pane.filing
    window.pane.tabs.setCurrentWidget(filing)
    filing.doc_no_edit.setText("辽科发[2025]3号")
    prompts.answer("confirm", confirmed)
    filing.publish_button.click()
    wait_idle(qtbot, tasks)

    asked = prompts.texts("confirm")
    assert len(asked) == 1 and first in asked[0] and "辽科发[2025]3号" in asked[0]
    assert prompts.texts("warn") == []  # a question, not an error
    view = queries.show_item(svc, second)
    if confirmed:
        assert view.status is Status.PUBLISHED and view.doc_no == "辽科发[2025]3号"
    else:
        assert view.status is Status.OPINION_ISSUED and view.doc_no == ""
