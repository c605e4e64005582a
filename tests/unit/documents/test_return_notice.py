"""The notice of return for supplementary materials (退回补正通知书): template and service."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from docx import Document

from tests.refusals import code_is
from workbench.documents.letters import placeholders_in
from workbench.documents.return_notice import (
    RETURN_NOTICE_PLACEHOLDERS,
    build_return_notice,
    default_return_notice_template,
    return_notice_fields,
)
from workbench.domain.errors import InvalidInput
from workbench.services import items
from workbench.services.context import ServiceContext
from workbench.services.letters import write_return_notice


def texts(path: Path) -> list[tuple[str, str]]:
    return [(p.style.name, p.text) for p in Document(str(path)).paragraphs]


def test_committed_template_matches_the_builder(tmp_path: Path) -> None:
    built = build_return_notice(tmp_path / "return_notice.docx")
    assert texts(built) == texts(default_return_notice_template()), (
        "resources/templates/return_notice.docx differs from the builder: "
        "run `uv run python -m workbench.documents.return_notice`"
    )


def test_template_uses_only_documented_placeholders_and_the_official_layout() -> None:
    template = default_return_notice_template()
    used = placeholders_in(template)
    assert set(used) <= set(RETURN_NOTICE_PLACEHOLDERS)
    assert {"office", "reg_no", "title", "unit", "returned_on", "reason"} <= set(used)
    assert {"remaining_days", "counsel"} <= set(used)
    doc = Document(str(template))
    assert doc.paragraphs[0].style.name == "公文标题"
    assert doc.paragraphs[0].text == "退回补正通知书"
    section = doc.sections[0]
    margins = (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)
    assert [round(m.mm, 1) for m in margins] == [37.0, 35.0, 28.0, 26.0]


def test_fields() -> None:
    fields = return_notice_fields(
        office="政策法规处",
        reg_no="审2025-001",
        title="《管理办法》",
        kind_label="行政规范性文件",
        unit="基础研究处",
        received_on=dt.date(2025, 6, 3),
        returned_on=dt.date(2025, 6, 6),
        reason="  缺少起草说明  ",
        remaining_days=12,
        counsel="王明",
    )
    assert set(fields) == set(RETURN_NOTICE_PLACEHOLDERS)
    assert fields["title"] == "管理办法"
    assert fields["returned_on"] == "2025年6月6日"
    assert fields["reason"] == "缺少起草说明"
    assert fields["remaining_days"] == "12" and fields["doc_no"] == "无"


def _register(ctx: ServiceContext) -> str:
    view = items.register(
        ctx,
        items.NewItem(
            kind="normative",
            title="辽宁省科技计划项目管理办法",
            received_on=dt.date(2025, 6, 3),
            unit="基础研究处",
            counsel="王明",
        ),
    )
    return view.reg_no


def test_notice_of_a_returned_item(ctx: ServiceContext, tmp_path: Path) -> None:
    reg = _register(ctx)
    items.start_review(ctx, reg)
    # 2025-06-03 (Tue) received; 4, 5, 6 June are used: 15 - 3 = 12 working days remain
    items.return_for_materials(ctx, reg, "缺少起草说明\n缺少征求意见情况", dt.date(2025, 6, 6))
    out = write_return_notice(ctx, reg, tmp_path / "通知书.docx")
    body = "\n".join(p.text for p in Document(str(out)).paragraphs)
    for expected in (
        "退回补正通知书",
        reg,
        "辽宁省科技计划项目管理办法",
        "基础研究处：",
        "2025年6月3日",
        "2025年6月6日",
        "缺少起草说明",
        "缺少征求意见情况",
        "尚余12个工作日",
        "联系人：王明",
    ):
        assert expected in body, expected
    assert "{{" not in body
    # the reason's lines become paragraphs of their own, in the body style
    reasons = [p for p in Document(str(out)).paragraphs if p.text.startswith("缺少")]
    assert [p.style.name for p in reasons] == ["公文正文", "公文正文"]
    # after resubmission the notice still says what it said on the day of the return
    items.resubmit(ctx, reg, dt.date(2025, 6, 10))
    again = write_return_notice(ctx, reg, tmp_path / "again.docx")
    assert "尚余12个工作日" in "\n".join(p.text for p in Document(str(again)).paragraphs)


def test_an_item_never_returned_is_refused(ctx: ServiceContext, tmp_path: Path) -> None:
    reg = _register(ctx)
    with pytest.raises(InvalidInput, check=code_is("letter.never_returned")):
        write_return_notice(ctx, reg, tmp_path / "x.docx")
    assert not (tmp_path / "x.docx").exists()
