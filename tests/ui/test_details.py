"""The details form validates as you type, saves with the version it loaded, and never
overwrites someone else's newer save."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.conftest import wait_idle
from workbench.services import items as item_service
from workbench.services import queries


def _open(window):
    window.queue.select_first()
    return window.pane.details


def test_validation_as_you_type(qtbot: QtBot, register, make_window) -> None:
    register("合同一", kind="service_contract")
    window = make_window()
    form = _open(window)
    assert not form.save_button.isEnabled()  # nothing changed yet
    form.title_edit.clear()
    assert not form.save_button.isEnabled()
    assert form.problem_label.isVisibleTo(form)
    assert "title is required" in form.problem_label.text()
    form.title_edit.setText("合同一（修改）")
    assert form.save_button.isEnabled()
    form.amount_edit.setText("十二万")
    assert not form.save_button.isEnabled()
    assert "amount" in form.problem_label.text()
    form.amount_edit.setText("120,000.50")
    assert form.save_button.isEnabled() and not form.problem_label.isVisibleTo(form)
    assert form.title_edit.accessibleName() == "Title"


def test_save_and_next(qtbot: QtBot, register, make_window, tasks) -> None:
    first = register("第一件")
    second = register("第二件")
    window = make_window()
    window.queue.select_item(queries.show_item(window.ctx.svc, second).id)
    form = window.pane.details
    form.notes_edit.setPlainText("已电话联系起草处室")
    form.counsel_combo.setEditText("王芳")
    window.app_actions.save_next.trigger()  # Ctrl+Enter
    wait_idle(qtbot, tasks)
    saved = queries.show_item(window.ctx.svc, second)
    assert saved.notes == "已电话联系起草处室" and saved.counsel == "王芳"
    assert window.controller.current.reg_no == first  # moved on to the next row
    assert not form.is_dirty()


def test_conflict_is_reported_and_nothing_is_overwritten(
    qtbot: QtBot, svc, register, make_window, tasks, prompts
) -> None:
    reg_no = register("原标题")
    window = make_window()
    form = _open(window)
    form.title_edit.setText("我的标题")
    # meanwhile a colleague saves the same item
    other = queries.show_item(svc, reg_no)
    item_service.update_details(svc, reg_no, other.version, title="同事的标题")
    prompts.answer("confirm", False)  # "reload?" -> no, keep my text on screen
    form.save_button.click()
    wait_idle(qtbot, tasks)
    conflict = prompts.texts("confirm")[-1]
    assert "NOT saved" in conflict
    assert queries.show_item(svc, reg_no).title == "同事的标题"
    assert form.title_edit.text() == "我的标题" and form.is_dirty()
    prompts.answer("confirm", True)  # this time: reload
    form.save_button.click()
    wait_idle(qtbot, tasks)
    assert queries.show_item(svc, reg_no).title == "同事的标题"
    assert form.title_edit.text() == "同事的标题" and not form.is_dirty()


def test_leaving_a_dirty_item_asks(qtbot: QtBot, register, make_window, tasks, prompts) -> None:
    register("甲")
    register("乙")
    window = make_window()
    form = _open(window)
    first = window.controller.current.id
    form.notes_edit.setPlainText("未保存")
    prompts.answer("save_discard", None)  # cancel: stay
    window.queue.select_next()
    qtbot.waitUntil(lambda: window.queue.current_item_id() == first)
    assert window.controller.current.id == first
    assert len(prompts.texts("save_discard")) == 1
    prompts.answer("save_discard", True)  # save, then go
    window.queue.select_next()
    wait_idle(qtbot, tasks)
    assert window.controller.current.id != first
    assert queries.item_by_id(window.ctx.svc, first).notes == "未保存"


def test_ctrl_enter_from_the_notes_saves_and_moves_on(
    qtbot: QtBot, register, make_window, tasks
) -> None:
    from PySide6.QtCore import Qt

    first = register("第一件")
    second = register("第二件")
    window = make_window()
    form = window.pane.details
    assert window.controller.current.reg_no == second
    form.notes_edit.setFocus()
    form.notes_edit.setPlainText("备注")
    qtbot.keyClick(form.notes_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, tasks)
    assert queries.show_item(window.ctx.svc, second).notes == "备注"
    assert window.controller.current.reg_no == first
    qtbot.keyClick(window.queue.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.focusWidget() is window.queue.search_box


def test_a_long_title_shows_its_beginning(qtbot: QtBot, register, make_window) -> None:
    title = "辽宁省科学技术厅关于进一步加强科研诚信建设和科技伦理治理的若干管理办法（试行）"
    register(title)
    window = make_window()
    form = _open(window)
    assert form.title_edit.text() == title
    assert form.title_edit.cursorPosition() == 0  # not scrolled to the end of the title
