"""Nothing typed is lost (issue #14): the opinion editor and unsaved details are kept as drafts
while typing, come back in a new window, survive switching items, and closing says so."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.conftest import wait_idle
from workbench.services import items as item_service
from workbench.services import queries
from workbench.services.drafts import DraftPart, load_draft
from workbench.ui.drafts import DEBOUNCE_MS


def _in_review(svc, register, title: str = "辽宁省科技计划项目管理办法") -> str:
    reg_no = register(title)
    item_service.start_review(svc, reg_no)
    return reg_no


def _open(qtbot: QtBot, window, tasks, reg_no: str):
    item_id = queries.show_item(window.ctx.svc, reg_no).id
    window.queue.select_item(item_id)
    wait_idle(qtbot, tasks)
    assert window.controller.current.id == item_id
    return window.pane.opinion


def _wait_draft(qtbot: QtBot, svc, reg_no: str, part: DraftPart, present: bool = True) -> None:
    qtbot.waitUntil(
        lambda: (load_draft(svc, reg_no, part) is not None) == present,
        timeout=DEBOUNCE_MS + 5000,
    )


def test_an_opinion_typed_comes_back_in_a_new_window(
    qtbot: QtBot, svc, register, make_window, tasks, prompts
) -> None:
    reg_no = _in_review(svc, register)
    window = make_window()
    tab = _open(qtbot, window, tasks, reg_no)
    tab.text_edit.setFocus()
    qtbot.keyClicks(tab.text_edit, "Article 5 must go")
    tab.basis_edit.setPlainText("《行政许可法》第十四条")
    tab.defect_checks[next(iter(tab.defect_checks))].setChecked(True)
    assert load_draft(svc, reg_no, "opinion") is None  # not at every keystroke
    _wait_draft(qtbot, svc, reg_no, DraftPart.OPINION)
    stored = load_draft(svc, reg_no, "opinion")
    assert stored is not None and stored.payload["text"] == "Article 5 must go"
    assert queries.show_item(svc, reg_no).version == 2  # registered, started: no draft version
    window.close()
    assert not window.isVisible()
    assert reg_no in prompts.texts("confirm")[-1]  # closing said the opinion is kept

    again = make_window()
    tab = _open(qtbot, again, tasks, reg_no)
    assert tab.text_edit.toPlainText() == "Article 5 must go"
    assert tab.basis_edit.toPlainText() == "《行政许可法》第十四条"
    assert not tab.draft_note.isHidden() and "restored" in tab.draft_note.text()

    # the link discards it: the editor is empty again and the draft is gone
    tab.draft_note.linkActivated.emit("discard")
    assert tab.text_edit.toPlainText() == "" and tab.draft_note.isHidden()
    _wait_draft(qtbot, svc, reg_no, DraftPart.OPINION, present=False)


def test_closing_with_an_unfinished_opinion_asks(
    qtbot: QtBot, svc, register, make_window, tasks, prompts
) -> None:
    reg_no = _in_review(svc, register)
    window = make_window()
    tab = _open(qtbot, window, tasks, reg_no)
    tab.text_edit.setPlainText("未写完的意见")
    prompts.answer("confirm", False)  # cancel: stay
    window.close()  # at once: the pending draft is written before the question
    assert window.isVisible()
    question = prompts.texts("confirm")[-1]
    assert reg_no in question and "kept as a draft" in question
    stored = load_draft(svc, reg_no, "opinion")
    assert stored is not None and stored.payload["text"] == "未写完的意见"
    prompts.answer("confirm", True)  # quit
    window.close()
    assert not window.isVisible()


def test_nothing_unfinished_closes_without_a_question(
    qtbot: QtBot, svc, register, make_window, tasks, prompts
) -> None:
    reg_no = _in_review(svc, register)
    window = make_window()
    tab = _open(qtbot, window, tasks, reg_no)
    tab.text_edit.setPlainText("写了又删")
    tab.text_edit.setPlainText("")
    window.close()
    assert not window.isVisible() and prompts.texts("confirm") == []
    assert load_draft(svc, reg_no, "opinion") is None


def test_switching_items_keeps_the_opinion_draft(
    qtbot: QtBot, svc, register, make_window, tasks
) -> None:
    first = _in_review(svc, register, "甲办法")
    second = _in_review(svc, register, "乙办法")
    window = make_window()
    tab = _open(qtbot, window, tasks, first)
    tab.text_edit.setPlainText("甲的意见")
    tab = _open(qtbot, window, tasks, second)  # before the debounce has run out
    assert tab.text_edit.toPlainText() == "" and tab.draft_note.isHidden()
    tab = _open(qtbot, window, tasks, first)
    assert tab.text_edit.toPlainText() == "甲的意见" and not tab.draft_note.isHidden()
    stored = load_draft(svc, first, "opinion")
    assert stored is not None and stored.payload["text"] == "甲的意见"


def test_issuing_discards_the_draft(
    qtbot: QtBot, svc, register, make_window, tasks, prompts
) -> None:
    reg_no = _in_review(svc, register)
    window = make_window()
    tab = _open(qtbot, window, tasks, reg_no)
    tab.text_edit.setPlainText("同意。")
    _wait_draft(qtbot, svc, reg_no, DraftPart.OPINION)
    tab.text_edit.setPlainText("同意，第五条删除后印发。")  # pending when issued
    tab.issue_button.click()
    wait_idle(qtbot, tasks)
    view = queries.show_item(svc, reg_no)
    assert view.opinions and view.opinions[-1].text == "同意，第五条删除后印发。"
    qtbot.wait(DEBOUNCE_MS + 200)  # nothing comes back after the debounce either
    wait_idle(qtbot, tasks)
    assert load_draft(svc, reg_no, "opinion") is None
    # the record says who issued it, apart from the counsel
    assert "Issued by:" in tab.history_view.toPlainText()
    window.close()
    assert not window.isVisible() and prompts.texts("confirm")[-1].startswith("Issue")


def test_unsaved_details_come_back_and_saving_discards_them(
    qtbot: QtBot, svc, register, make_window, tasks
) -> None:
    reg_no = _in_review(svc, register)
    window = make_window()
    _open(qtbot, window, tasks, reg_no)
    form = window.pane.details
    form.notes_edit.setPlainText("待补充起草说明")
    _wait_draft(qtbot, svc, reg_no, DraftPart.DETAILS)
    window.close()

    again = make_window()
    _open(qtbot, again, tasks, reg_no)
    form = again.pane.details
    assert form.notes_edit.toPlainText() == "待补充起草说明" and form.is_dirty()
    assert not form.draft_note.isHidden()
    form.save_button.click()
    wait_idle(qtbot, tasks)
    assert queries.show_item(svc, reg_no).notes == "待补充起草说明"
    assert load_draft(svc, reg_no, "details") is None
    assert form.draft_note.isHidden() and not form.is_dirty()


def test_discarding_unsaved_details_when_leaving_discards_their_draft(
    qtbot: QtBot, svc, register, make_window, tasks, prompts
) -> None:
    first = _in_review(svc, register, "甲办法")
    second = _in_review(svc, register, "乙办法")
    window = make_window()
    _open(qtbot, window, tasks, first)
    window.pane.details.notes_edit.setPlainText("不要了")
    _wait_draft(qtbot, svc, first, DraftPart.DETAILS)
    prompts.answer("save_discard", False)  # discard, then go
    _open(qtbot, window, tasks, second)
    _wait_draft(qtbot, svc, first, DraftPart.DETAILS, present=False)
    _open(qtbot, window, tasks, first)
    assert window.pane.details.notes_edit.toPlainText() == ""
    assert window.pane.details.draft_note.isHidden()
