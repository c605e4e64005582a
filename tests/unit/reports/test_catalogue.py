"""The catalogue (目录) of normative documents for a year and for a date, against the counting
rules of docs/RULES.md §6, and its files read back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from docx import Document
from docx.shared import Mm
from openpyxl import load_workbook

from tests.refusals import code_is
from workbench.domain.errors import InvalidInput
from workbench.services import items as svc
from workbench.services.attachments import add_attachment
from workbench.services.catalogue import (
    HEADERS,
    catalogue,
    effective_from_text,
    write_catalogue,
)
from workbench.services.context import ServiceContext

D = dt.date


def normative(
    ctx: ServiceContext, title: str, published: dt.date, n: int, filed: dt.date | None = None
) -> str:
    received = published - dt.timedelta(days=40)
    reg = svc.register(ctx, svc.NewItem("normative", title, received)).reg_no
    svc.start_review(ctx, reg)
    opinion = svc.OpinionInput("approve", "同意。", issued_on=received + dt.timedelta(days=7))
    svc.issue_opinion(ctx, reg, opinion)
    svc.publish(ctx, reg, published, f"=辽科发〔{published.year}〕{n}号" if n == 99 else
                f"辽科发〔{published.year}〕{n}号")  # fmt: skip
    if filed is not None:
        svc.record_filing(ctx, reg, filed)
    return reg


def docx_saying(path: Path, *paragraphs: str) -> Path:
    doc = Document()
    for text in paragraphs:
        doc.add_paragraph(text)
    doc.save(str(path))
    return path


@pytest.fixture
def docs(ctx: ServiceContext, tmp_path: Path) -> dict[str, str]:
    regs = {
        # published 28 December, filed in January: in 2024's catalogue, not 2025's
        "december": normative(ctx, "技术转移机构管理办法", D(2024, 12, 28), 30, D(2025, 1, 8)),
        "repealed": normative(ctx, "科技奖励办法", D(2024, 3, 1), 5, D(2024, 3, 8)),
        "expired": normative(ctx, "孵化器认定办法（暂行）", D(2022, 1, 10), 2),
        "older": normative(ctx, "重点实验室管理办法", D(2023, 6, 1), 17, D(2023, 6, 9)),
    }
    svc.repeal(ctx, regs["repealed"], D(2024, 9, 1))
    assert svc.expire_lapsed(ctx) == 1  # the 暂行 one: two years, ended 10 January 2024
    withdrawn = svc.register(ctx, svc.NewItem("normative", "撤回的办法", D(2024, 2, 1))).reg_no
    svc.withdraw(ctx, withdrawn, D(2024, 2, 2))
    svc.register(ctx, svc.NewItem("service_contract", "服务协议", D(2024, 2, 1)))
    text = docx_saying(tmp_path / "d.docx", "第十条 本办法自2025年1月1日起施行，有效期5年。")
    add_attachment(ctx, regs["december"], text)
    at_once = docx_saying(tmp_path / "o.docx", "本办法自印发之日起施行。")
    add_attachment(ctx, regs["older"], at_once)
    return regs


def test_the_years_catalogue(ctx: ServiceContext, docs: dict[str, str]) -> None:
    cat = catalogue(ctx, year=2024)
    assert [r.reg_no for r in cat.rows] == [docs["repealed"], docs["december"]]
    assert [r.number for r in cat.rows] == [1, 2]
    december = cat.rows[1].to_json()
    assert december["published_on"] == "2024-12-28" and december["filed_on"] == "2025-01-08"
    assert december["effective_on"] == "2025-01-01"  # from the attached document
    assert december["valid_until"] == "2029-12-27" and december["status"] == "filed"
    assert cat.rows[0].to_json()["status"] == "repealed"
    assert cat.title == "2024年行政规范性文件目录"
    assert [r.reg_no for r in catalogue(ctx, year=2025).rows] == []
    assert [r.reg_no for r in catalogue(ctx, year=2022).rows] == [docs["expired"]]


def test_in_force_on_a_date(ctx: ServiceContext, docs: dict[str, str]) -> None:
    def regs(day: dt.date) -> list[str]:
        return [r.reg_no for r in catalogue(ctx, in_force_on=day).rows]

    assert regs(D(2023, 12, 31)) == [docs["expired"], docs["older"]]
    assert regs(D(2024, 1, 10)) == [docs["older"]]  # expired that day
    assert regs(D(2024, 6, 30)) == [docs["older"], docs["repealed"]]
    assert regs(D(2024, 12, 31)) == [docs["older"], docs["december"]]
    older = catalogue(ctx, in_force_on=D(2024, 6, 30)).rows[0]
    assert older.effective_on == D(2023, 6, 1)  # 自印发之日起施行


def test_exactly_one_of_year_and_date(ctx: ServiceContext) -> None:
    with pytest.raises(InvalidInput):
        catalogue(ctx)
    with pytest.raises(InvalidInput):
        catalogue(ctx, year=2024, in_force_on=D(2024, 1, 1))


def test_effective_dates_in_the_text() -> None:
    assert effective_from_text("本规定自二〇二四年三月一日起施行。", None) == D(2024, 3, 1)
    assert effective_from_text("自公布之日起施行", D(2024, 5, 6)) == D(2024, 5, 6)
    assert effective_from_text("本办法由省科技厅负责解释。", D(2024, 5, 6)) is None


def test_xlsx_reads_back_with_real_dates_and_safe_text(
    ctx: ServiceContext, docs: dict[str, str], tmp_path: Path
) -> None:
    normative(ctx, "公式样的文号", D(2024, 7, 1), 99)  # 文号 starting with "="
    out = write_catalogue(catalogue(ctx, year=2024), tmp_path / "目录.xlsx")
    assert not list(tmp_path.glob(".*.tmp"))
    wb = load_workbook(out)
    ws = wb.worksheets[0]
    rows = list(ws.iter_rows(values_only=True))
    start = next(i for i, r in enumerate(rows) if r[0] == "序号")
    assert rows[start] == HEADERS
    body = rows[start + 1 :]
    assert [r[0] for r in body] == [1, 2, 3]
    assert body[2][1] == "技术转移机构管理办法"
    assert body[2][3] == dt.datetime(2024, 12, 28) and body[2][6] == dt.datetime(2025, 1, 8)
    assert body[0][8] == "已废止"
    formula = ws.cell(row=start + 3, column=3)
    assert formula.value == "=辽科发〔2024〕99号" and formula.data_type == "s"
    wb.close()


def test_docx_has_the_table_and_page_numbers(
    ctx: ServiceContext, docs: dict[str, str], tmp_path: Path
) -> None:
    out = write_catalogue(catalogue(ctx, in_force_on=D(2024, 12, 31)), tmp_path / "目录.docx")
    doc = Document(str(out))
    assert doc.paragraphs[0].text.startswith("现行有效行政规范性文件目录")
    (table,) = doc.tables
    cells = [[c.text for c in row.cells] for row in table.rows]
    assert cells[0] == list(HEADERS)
    assert cells[1][:4] == ["1", "重点实验室管理办法", "辽科发〔2023〕17号", "2023年6月1日"]
    assert cells[2][6] == "2025年1月8日" and cells[2][8] == "已备案"
    footer = doc.sections[0].footer._element.xml
    assert "PAGE" in footer
    # fixed column widths that fill the text area: the title column widest, a date on one line
    section = doc.sections[0]
    text_width = section.page_width - section.left_margin - section.right_margin
    widths = [column.width for column in table.columns]
    assert abs(sum(widths) - text_width) < Mm(1)
    by_header = dict(zip(HEADERS, widths, strict=True))
    assert by_header["文件名称"] == max(widths)
    assert by_header["公布日期"] >= Mm(25) and by_header["序号"] < by_header["文号"]
    assert all(cell.width == by_header["文件名称"] for cell in table.columns[1].cells)


def test_other_suffixes_are_refused(ctx: ServiceContext, tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, check=code_is("output.xlsx_or_docx")):
        write_catalogue(catalogue(ctx, year=2024), tmp_path / "目录.pdf")
    assert not (tmp_path / "目录.pdf").exists()
