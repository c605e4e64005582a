"""Materials: add (the worker), list, preview .docx text, search by it; history in sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.conftest import wait_idle
from workbench.services import attachments as attachment_service
from workbench.services import items as item_service
from workbench.services.audit import item_history
from workbench.ui.history_text import describe


def _docx(path: Path, *paragraphs: str) -> Path:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(str(path))
    return path


def test_add_preview_and_search(qtbot: QtBot, register, make_window, tasks, tmp_path) -> None:
    register("另一件")
    register("科技伦理审查办法")
    draft = _docx(tmp_path / "征求意见稿.docx", "第一条 为了规范科技伦理审查工作……", "独角兽条款")
    window = make_window()
    window.queue.select_first()
    tab = window.pane.materials
    window.pane.tabs.setCurrentWidget(tab)
    tab.add_files([str(draft)])
    wait_idle(qtbot, tasks)
    assert tab.model.rowCount() == 1
    assert tab.model.data(tab.model.index(0, 0)) == "征求意见稿.docx"
    assert "独角兽条款" in tab.preview.toPlainText()
    assert "added the material" in window.pane.history.view.toPlainText()
    # the same file again is refused with a message, nothing added
    tab.add_files([str(draft)])
    wait_idle(qtbot, tasks)
    assert tab.model.rowCount() == 1
    assert window.prompts.texts("warn")
    # the attachment's text is searchable from the queue
    window.queue.search_box.setText("独角兽")
    qtbot.waitUntil(lambda: window.queue.model.rowCount() == 1, timeout=3000)
    stored = attachment_service.attachment_path(window.ctx.svc, tab.model.attachment(0).id)
    assert stored.read_bytes() == draft.read_bytes() and stored.name == draft.name


def test_compare_two_drafts(qtbot: QtBot, register, make_window, tasks, tmp_path, monkeypatch):
    pytest.importorskip("workbench.documents.compare")
    register("科技伦理审查办法")
    one = _docx(tmp_path / "一稿.docx", "第一条 甲。", "第二条 处以罚款。")
    two = _docx(tmp_path / "二稿.docx", "第一条 甲。", "第二条 予以警告。")
    window = make_window()
    window.queue.select_first()
    tab = window.pane.materials
    tab.add_files([str(one), str(two)])
    wait_idle(qtbot, tasks)
    shown: list[str] = []
    from workbench.ui.widgets import compare_view

    monkeypatch.setattr(
        compare_view.CompareDialog, "exec", lambda self: shown.append(self.browser.toPlainText())
    )
    assert tab.compare_button.isEnabled()
    tab.compare_button.click()
    wait_idle(qtbot, tasks)
    assert shown and "罚款" in shown[0] and "警告" in shown[0]


def test_history_sentences(svc, register) -> None:
    reg = register("办法", counsel="张明")
    item_service.start_review(svc, reg)
    item_service.return_for_materials(svc, reg, "缺少起草说明")
    item_service.resubmit(svc, reg)
    view = item_service.issue_opinion(
        svc, reg, item_service.OpinionInput("approve", "同意。"), expected_version=None
    )
    item_service.update_details(svc, reg, view.version, notes="已归档", title="新办法")
    lines = [describe(e) for e in item_history(svc, reg)]
    assert lines[0].startswith("registered the item (Normative document")
    assert "returned it for materials on" in lines[2] and "缺少起草说明" in lines[2]
    assert lines[4] == "issued the opinion: Approve"
    assert "title “办法” → “新办法”" in lines[5] and "notes" in lines[5]
    assert not any("{" in line for line in lines)


def test_history_names_people_as_colleagues_know_them(
    qtbot: QtBot, svc, register, make_window, tasks
) -> None:
    """The history shows the user's 姓名 where one is recorded; the login stays in the tooltip."""
    from workbench.services import users as user_service
    from workbench.ui.history_text import sentence

    reg = register("办法")
    item_service.start_review(svc, reg)
    login = svc.actor
    events = item_history(svc, reg)
    assert events[0].actor == login and events[0].who == login  # no 姓名 yet
    user_service.set_user(svc, login, display_name="王芳")
    events = item_history(svc, reg)
    assert {e.who for e in events} == {"王芳"} and {e.actor for e in events} == {login}
    assert " 王芳 " in sentence(events[0])
    window = make_window()
    window.queue.select_first()
    wait_idle(qtbot, tasks)
    tab = window.pane.history
    window.pane.tabs.setCurrentWidget(tab)
    wait_idle(qtbot, tasks)
    assert all(" 王芳 " in line for line in tab.lines)
    cursor = tab.view.document().find("王芳")
    assert cursor.charFormat().toolTip() == login  # the login, on hovering the name
