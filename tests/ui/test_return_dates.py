"""Return for materials and resubmission take a date (default today, never after today)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QPlainTextEdit
from pytestqt.qtbot import QtBot

from tests.ui.conftest import TODAY, wait_idle
from workbench.domain.statuses import Status
from workbench.services import queries
from workbench.ui.prompts import Prompts
from workbench.ui.widgets.common import to_date, to_qdate
from workbench.ui.widgets.date_edit import DateEdit


def test_return_and_resubmit_on_the_days_given(
    qtbot: QtBot, register, make_window, tasks, prompts
) -> None:
    reg_no = register("退回日期办法", received_on=TODAY - dt.timedelta(days=10))
    window = make_window()
    window.queue.select_first()
    actions = window.pane.item_actions
    actions.start_button.click()
    wait_idle(qtbot, tasks)
    returned_on, resubmitted_on = TODAY - dt.timedelta(days=7), TODAY - dt.timedelta(days=2)
    prompts.answer("ask_text", "缺少起草说明")
    prompts.answer("ask_date", returned_on)
    actions.return_button.click()
    wait_idle(qtbot, tasks)
    view = queries.show_item(window.ctx.svc, reg_no)
    assert view.status is Status.RETURNED and view.pauses[-1].returned_on == returned_on
    prompts.answer("ask_date", None)  # cancelled: still returned
    actions.resubmit_button.click()
    wait_idle(qtbot, tasks)
    assert queries.show_item(window.ctx.svc, reg_no).status is Status.RETURNED
    prompts.answer("ask_date", resubmitted_on)
    actions.resubmit_button.click()
    wait_idle(qtbot, tasks)
    view = queries.show_item(window.ctx.svc, reg_no)
    assert view.status is Status.IN_REVIEW and view.pauses[-1].resubmitted_on == resubmitted_on
    assert [k for k, _ in prompts.asked if k.startswith("ask_")] == [
        "ask_reason_and_date",
        "ask_date",
        "ask_date",
    ]


def _answer_dialog(fill: Callable[[QDialog], None]) -> None:
    """Fill in the prompt's dialog once it is shown, then press OK."""

    def answer() -> None:
        shown = QApplication.topLevelWidgets()
        dialog = next(w for w in shown if isinstance(w, QDialog) and w.isVisible())
        fill(dialog)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, answer)


def test_the_date_prompts_default_to_today_and_stop_there(qtbot: QtBot) -> None:
    seen: dict[str, Any] = {}

    def fill(dialog: QDialog) -> None:
        edit = dialog.findChild(DateEdit)
        seen["date"], seen["max"] = to_date(edit.date()), to_date(edit.maximumDate())
        seen["min"] = to_date(edit.minimumDate())
        edit.setDate(to_qdate(TODAY + dt.timedelta(days=5)))  # clamped to today
        dialog.findChild(QPlainTextEdit).setPlainText("缺少起草说明")

    _answer_dialog(fill)
    earliest = TODAY - dt.timedelta(days=3)
    answer = Prompts().ask_reason_and_date(None, "退回", "缺什么？", today=TODAY, earliest=earliest)
    assert answer == ("缺少起草说明", TODAY)
    assert seen == {"date": TODAY, "max": TODAY, "min": earliest}

    _answer_dialog(lambda d: d.findChild(DateEdit).setDate(to_qdate(earliest)))
    assert Prompts().ask_date(None, "重新送审", "何时？", today=TODAY) == earliest
