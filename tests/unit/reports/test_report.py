"""The annual-report paragraph: template, placeholders, --approx rounding, the .docx."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Pt

from tests.refusals import code_is
from workbench.reports.template import TemplateRefused, approx_count, default_template, render
from workbench.services import items as svc
from workbench.services.context import ServiceContext
from workbench.services.office import save_report_template
from workbench.services.report import (
    check_report_template,
    report_paragraph,
    report_template,
    write_report_docx,
)

D = dt.date


@pytest.mark.parametrize(
    ("n", "text"),
    [
        (0, "0"),
        (7, "7"),
        (19, "19"),
        (20, "20"),
        (25, "20余"),
        (40, "40"),
        (43, "40余"),
        (99, "90余"),
        (100, "100"),
        (105, "100余"),
        (152, "150余"),
        (999, "990余"),
        (1000, "1000"),
        (7012, "7000余"),
        (12345, "12000余"),
    ],
)
def test_approx_rounding(n: int, text: str) -> None:
    assert approx_count(n) == text


@pytest.fixture
def year_2023(ctx: ServiceContext) -> ServiceContext:
    """4 normative documents filed and 43 items reviewed in 2023, as in the seed report."""
    for i in range(43):
        kind = "normative" if i < 5 else "project_contract"
        reg = svc.register(
            ctx, svc.NewItem(kind, f"事项{i}", D(2023, 3, 1), unit="基础研究处", counsel="张明")
        ).reg_no
        svc.start_review(ctx, reg)
        conclusion = ("approve", "approve_with_changes", "reject")[i % 3 if i >= 5 else 0]
        svc.issue_opinion(ctx, reg, svc.OpinionInput(conclusion, "意见", issued_on=D(2023, 3, 6)))
        if i < 4:
            svc.publish(ctx, reg, D(2023, 4, 3), f"辽科发〔2023〕{i + 1}号")
            svc.record_filing(ctx, reg, D(2023, 4, 10))
    return ctx


def test_default_paragraph_reads_like_the_report(year_2023: ServiceContext) -> None:
    text = report_paragraph(year_2023, 2023)
    assert text.startswith("2023年完成合法性审核并向省司法厅备案行政规范性文件4件。")
    assert "完成规范性文件、政府购买服务协议、科技计划项目合同、合作协议等审核43件" in text
    assert "出具同意意见18件、修改后同意意见12件、不同意意见13件" in text
    assert text.endswith("截至年底尚在审核0件。")


def test_approx_paragraph(year_2023: ServiceContext) -> None:
    text = report_paragraph(year_2023, 2023, approx=True)
    assert text.startswith("2023年完成合法性审核并向省司法厅备案行政规范性文件4件。")  # year kept
    assert "审核40余件" in text and "同意意见18件" in text


def test_office_template_and_unknown_placeholders(year_2023: ServiceContext) -> None:
    ctx = year_2023
    assert report_template(ctx) == default_template()
    mine = (
        "{year}年，{office}审核{reviewed.total}件，其中{reviewed.by_unit.基础研究处}件来自"
        "基础研究处，{reviewed.by_unit.办公室}件来自办公室；{{备注}}"
    )
    check_report_template(ctx, mine)
    save_report_template(ctx, mine)
    assert report_paragraph(ctx, 2023) == (
        "2023年，政策法规处审核43件，其中43件来自基础研究处，0件来自办公室；{备注}"
    )
    with pytest.raises(
        TemplateRefused, match=r"reviewed\.totl", check=code_is("report_template.unknown_key")
    ):
        check_report_template(ctx, "审核{reviewed.totl}件")
    with pytest.raises(TemplateRefused, check=code_is("report_template.group")):
        report_paragraph(ctx, 2023, template="{reviewed.by_kind}")
    with pytest.raises(TemplateRefused, check=code_is("report_template.unbalanced")):
        report_paragraph(ctx, 2023, template="审核{reviewed.total件")
    with pytest.raises(TemplateRefused, check=code_is("report_template.empty")):
        report_paragraph(ctx, 2023, template="  ")


def test_render_uses_tally_paths() -> None:
    values = {"year": 2023, "filed.by_kind.normative": 4, "reviewed.by_month.1": 25}
    assert render("{year}:{filed.by_kind.normative}/{ reviewed.by_month.1 }", values) == "2023:4/25"
    assert render("{reviewed.by_month.1}", values, approx=True) == "20余"


def test_docx_is_fangsong_16pt_with_first_line_indent(
    year_2023: ServiceContext, tmp_path: Path
) -> None:
    out = tmp_path / "out" / "报告段落.docx"
    out.parent.mkdir()
    text = write_report_docx(year_2023, 2023, out, approx=True)
    doc = Document(str(out))
    paragraphs = [p for p in doc.paragraphs if p.text]
    assert [p.text for p in paragraphs] == [text]
    para = paragraphs[0]
    assert para.paragraph_format.first_line_indent == Pt(32)
    run = para.runs[0]
    assert run.font.size == Pt(16) and run.font.name == "仿宋"
    rfonts = run._element.rPr.find(qn("w:rFonts"))
    assert rfonts.get(qn("w:eastAsia")) == "仿宋"
    assert [p.name for p in out.parent.iterdir()] == ["报告段落.docx"]  # no temporary left
