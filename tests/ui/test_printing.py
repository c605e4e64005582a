"""Printing and saving as PDF: the queue as listed, an item's summary, the letters; and the
return notice from the item's actions."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from tests.ui.conftest import TODAY, wait_idle
from workbench.services import items as item_service
from workbench.services.review import OpinionInput
from workbench.ui import printing
from workbench.ui.models.queue_model import Column

OPINION = "删除第十二条罚款规定。"


#: Qt's PDF writer names some ideographs by the radical that shares their glyph
RADICALS = str.maketrans(
    "⻅⻓⻔⻢⻛⻜⻥⻬⻉⻋⻚⻘⻝⻆⻣⻤⻩⻨", "见长门马风飞鱼齐贝车页青食角骨鬼黄麦"
)


def pdf_text(path: Path) -> str:
    """The PDF's text, ideographs named as typed (see :data:`RADICALS`; NFKC does the
    Kangxi radicals)."""
    assert path.is_file() and path.stat().st_size > 1000
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return unicodedata.normalize("NFKC", out).translate(RADICALS)


def _issue(svc: Any, reg_no: str) -> None:
    item_service.start_review(svc, reg_no)
    item_service.issue_opinion(
        svc,
        reg_no,
        OpinionInput(
            "approve_with_changes", OPINION, basis="《行政处罚法》第十六条", issued_on=TODAY
        ),
    )


def test_queue_as_listed_to_pdf(
    qtbot: QtBot, register, make_window, tasks, prompts, tmp_path: Path
) -> None:
    titles = [f"科技计划管理办法第{n}号" for n in range(1, 4)]
    for title in titles:
        register(title, doc_no="辽科发〔2025〕9号")
    window = make_window()
    window.queue.table.horizontalHeader().setSectionHidden(Column.DOC_NO, True)
    prompts.answer("save_file", str(tmp_path / "queue"))  # the .pdf suffix is added
    assert window.printing.print_queue(pdf=True)
    with qtbot.waitSignal(window.printing.jobs.printed, timeout=20_000) as done:
        pass
    out = tmp_path / "queue.pdf"
    assert done.args == [str(out)]
    text = pdf_text(out)
    for title in titles:
        assert title in text
    assert "Every item" in text or "All" in text  # the view's name heads the page
    assert TODAY.isoformat() in text and "3 item(s)" in text
    # (the header may wrap to "Drafting / unit" beside the deadline column's "Review 2025-…")
    assert "Drafting" in text and "Document No." not in text  # hidden column left out
    assert "辽科发" not in text


def test_all_rows_not_only_the_loaded_page(svc, register, tmp_path: Path, qapp) -> None:
    from workbench.services.queue import QueueQuery
    from workbench.ui.print_actions import build_queue

    for n in range(7):
        register(f"事项{n}")
    printable = build_queue(
        svc, QueueQuery(), "received_on", True, [Column.REG_NO, Column.TITLE], "全部", ""
    )
    assert all(f"事项{n}" in printable.html for n in range(7))


def test_item_summary_with_its_opinion(
    qtbot: QtBot, svc, register, make_window, tasks, prompts, tmp_path: Path
) -> None:
    reg_no = register("辽宁省科技成果转化办法", unit="成果转化处", counsel="王明")
    _issue(svc, reg_no)
    window = make_window()
    window.queue.select_first()
    wait_idle(qtbot, tasks)
    button = window.pane.item_actions.print_button
    assert button.isEnabled() and button.letter_pdf.isEnabled()
    assert not button.notice_pdf.isEnabled()  # never returned
    prompts.answer("save_file", str(tmp_path / "summary.pdf"))
    window.pane.details.setFocus()  # File > Save as PDF follows the focus to the item
    window.pane.setFocus()
    window.pane.tabs.setFocus()
    assert window.printing.print_current(pdf=True)
    with qtbot.waitSignal(window.printing.jobs.printed, timeout=20_000):
        pass
    text = pdf_text(tmp_path / "summary.pdf")
    for expected in (
        "辽宁省科技成果转化办法",
        reg_no,
        "成果转化处",
        "Approve with changes",
        OPINION,
        "行政处罚法",
        "王明",
    ):
        assert expected in text, expected


def test_letters_print_through_the_print_dialog(
    qtbot: QtBot, svc, register, make_window, tasks, prompts, tmp_path: Path, monkeypatch
) -> None:
    reg_no = register("辽宁省科技奖励办法", unit="奖励办")
    item_service.start_review(svc, reg_no)
    item_service.return_for_materials(svc, reg_no, "缺少起草说明", TODAY - dt.timedelta(days=1))
    item_service.resubmit(svc, reg_no, TODAY)
    _issue_only = OpinionInput("approve", OPINION, issued_on=TODAY)
    item_service.issue_opinion(svc, reg_no, _issue_only)
    window = make_window()
    window.queue.select_first()
    wait_idle(qtbot, tasks)
    chosen: list[QPrinter] = []

    def ask_printer(parent: Any, printer: QPrinter) -> bool:
        """The user picks "print to file" in the dialog."""
        chosen.append(printer)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / f"printed{len(chosen)}.pdf"))
        return True

    monkeypatch.setattr(prompts, "ask_printer", ask_printer, raising=False)
    button = window.pane.item_actions.print_button
    messages: list[str] = []
    button.jobs.message.connect(messages.append)
    assert button.print_letter()
    with qtbot.waitSignal(button.jobs.printed, timeout=20_000):
        pass
    letter = pdf_text(tmp_path / "printed1.pdf")
    assert "合法性审核意见书" in letter and "辽宁省科技奖励办法" in letter and OPINION in letter
    assert ".docx" in messages[-1]  # the reading copy is not the official letter
    assert button.print_notice()
    with qtbot.waitSignal(button.jobs.printed, timeout=20_000):
        pass
    notice = pdf_text(tmp_path / "printed2.pdf")
    assert "退回补正通知书" in notice and "缺少起草说明" in notice
    monkeypatch.setattr(prompts, "ask_printer", lambda *a: False, raising=False)
    assert not button.print_summary()  # cancelled in the dialog: nothing is printed


def test_return_offers_the_notice(
    qtbot: QtBot, register, make_window, tasks, prompts, tmp_path: Path
) -> None:
    reg_no = register("辽宁省科技项目验收办法", unit="项目处", counsel="李华")
    window = make_window()
    window.queue.select_first()
    actions = window.pane.item_actions
    actions.start_button.click()
    wait_idle(qtbot, tasks)
    assert not actions.notice_button.isEnabled()
    out = tmp_path / "通知书.docx"
    prompts.answer("ask_text", "缺少征求意见情况")
    prompts.answer("confirm", True, False)  # write the notice; then do not open it
    prompts.answer("save_file", str(out))
    actions.return_button.click()
    wait_idle(qtbot, tasks)
    wait_idle(qtbot, tasks)
    assert any("退回补正通知书" in t for t in prompts.texts("confirm"))
    body = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "退回补正通知书" in body and reg_no in body and "缺少征求意见情况" in body
    assert actions.notice_button.isEnabled()


def test_printable_text_document_in_chinese_layout(qapp) -> None:
    printable = printing.queue_printable(
        "全部", TODAY, [("title", "标题")], [["辽宁省办法"]], note="搜索“办法”"
    )
    text = printing.text_document(printable).toPlainText()
    assert "全部" in text and "辽宁省办法" in text and "搜索“办法”" in text
    assert not printable.landscape


def test_summary_counts_a_review_deadline_in_working_days(svc, register, qapp) -> None:
    """The printed summary gives the deadline as the item pane does: working days left before a
    review deadline (not calendar days), calendar days before a filing deadline."""
    from workbench.services.queries import show_item
    from workbench.ui import labels

    reg_no = register("辽宁省科技奖励办法")
    item_service.start_review(svc, reg_no)
    view = show_item(svc, reg_no)
    assert view.review_workdays_left is not None
    printable = printing.summary_printable(view, svc.today())
    text = printing.text_document(printable).toPlainText()
    sentence = labels.item_deadline(view, svc.today())
    assert sentence and sentence in text
    assert "working day" in sentence
    assert f"{view.review_workdays_left} working day" in sentence
