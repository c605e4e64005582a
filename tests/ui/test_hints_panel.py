"""The materials tab shows the review hints of a draft beside its preview, each with its basis,
and puts a hint's basis into the opinion's 法律依据 field with one click."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.conftest import wait_idle
from workbench.domain.opinions import Defect
from workbench.services import drafts as draft_service
from workbench.services import items as item_service


def _docx(path: Path, *paragraphs: str) -> Path:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(str(path))
    return path


def _draft_with_hints(qtbot: QtBot, svc, register, make_window, tasks, tmp_path: Path):
    """An item in review whose draft (with a 通报批评 clause) is attached and its hints shown."""
    reg_no = register("辽宁省科技企业孵化器管理办法")
    item_service.start_review(svc, reg_no)
    draft = _docx(
        tmp_path / "送审稿.docx",
        "第一条 为规范孵化器管理，制定本办法。",
        "第二条 违反本办法的，由省科学技术厅给予通报批评。",
        "第三条 本办法自2025年1月1日起施行，有效期5年。",
    )
    window = make_window()
    window.queue.select_first()
    tab = window.pane.materials
    window.pane.tabs.setCurrentWidget(tab)
    tab.add_files([str(draft)])
    wait_idle(qtbot, tasks)
    qtbot.waitUntil(lambda: tab.hints.list.count() > 0, timeout=3000)
    return reg_no, window, tab


def test_hints_with_basis_and_insert(qtbot: QtBot, svc, register, make_window, tasks, tmp_path):
    _, window, tab = _draft_with_hints(qtbot, svc, register, make_window, tasks, tmp_path)
    texts = [tab.hints.list.item(i).text() for i in range(tab.hints.list.count())]
    assert any("通报批评" in t for t in texts)
    row = next(i for i, t in enumerate(texts) if "通报批评" in t)
    tab.hints.list.setCurrentRow(row)
    assert "《中华人民共和国行政处罚法》第十六条" in tab.hints.basis.toPlainText()
    assert tab.hints.insert_button.isEnabled()
    tab.hints.insert_button.click()
    opinion = window.pane.opinion
    assert window.pane.tabs.currentWidget() is opinion
    assert "《中华人民共和国行政处罚法》第十六条" in opinion.basis_edit.toPlainText()
    tab.hints.insert_button.click()  # once only
    assert opinion.basis_edit.toPlainText().count("第十六条：") == 1


def _opinion_draft_text(svc, reg_no: str) -> str:
    draft = draft_service.load_draft(svc, reg_no, draft_service.DraftPart.OPINION)
    return str(draft.payload.get("text", "")) if draft is not None else ""


def test_adopting_a_hint_ticks_its_flag_and_adds_sentence_and_basis(
    qtbot: QtBot, svc, register, make_window, tasks, prompts, tmp_path
):
    reg_no, window, tab = _draft_with_hints(qtbot, svc, register, make_window, tasks, tmp_path)
    texts = [tab.hints.list.item(i).text() for i in range(tab.hints.list.count())]
    row = next(i for i, t in enumerate(texts) if "通报批评" in t)
    # the list speaks the English interface's language; the draft's words stay quoted
    assert texts[row] == (
        "[Paragraph 2] “由省科学技术厅给予通报批评” may set an administrative penalty; "
        "a normative document may not set administrative penalties."
    )
    assert not any(re.search(r"[\u4e00-\u9fff]", re.sub("“[^”]*”", "", t)) for t in texts)
    tab.hints.list.setCurrentRow(row)
    hint = tab.hints.current_hint()
    assert hint is not None and hint.flag == "content"
    chinese = "“由省科学技术厅给予通报批评”可能设定了行政处罚，行政规范性文件不得设定行政处罚。"
    assert hint.text_zh == chinese and hint.text != chinese
    # hovering shows the Chinese sentence the opinion will get, and the provision
    assert tab.hints.list.item(row).toolTip().startswith(chinese + "\n《中华人民共和国行政处罚法》")
    # the hint's paragraph (the second) is highlighted in the preview
    selections = tab.preview.extraSelections()
    assert len(selections) == 1
    assert "通报批评" in selections[0].cursor.block().text()
    assert tab.hints.adopt_button.isEnabled()
    tab.hints.adopt_button.click()
    opinion = window.pane.opinion
    assert window.pane.tabs.currentWidget() is opinion
    assert opinion.defect_checks[Defect.CONTENT].isChecked()
    assert not opinion.defect_checks[Defect.AUTHORITY].isChecked()
    # the opinion is a Chinese official document: it gets the Chinese sentence in English too
    assert chinese in opinion.text_edit.toPlainText()
    assert hint.text not in opinion.text_edit.toPlainText()
    assert "《中华人民共和国行政处罚法》第十六条" in opinion.basis_edit.toPlainText()
    tab.hints.adopt_button.click()  # once only
    assert opinion.text_edit.toPlainText().count(chinese) == 1
    # what was taken in is kept as the opinion draft
    qtbot.waitUntil(
        lambda: chinese in _opinion_draft_text(svc, reg_no),
        timeout=5000,
    )
    # issuing "approve" with a problem ticked asks whether the conclusion is meant
    prompts.answer("confirm", False)
    opinion.issue_button.click()
    asked = [text for kind, text in prompts.asked if kind == "confirm"]
    assert asked and "Problems are ticked (Unlawful content)" in asked[-1]
