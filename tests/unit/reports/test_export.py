"""The yearly workbook: its sheets, the 台账 format, formula safety, cancel, and round trips."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.refusals import code_is
from tests.unit.reports.conftest import SPEC_HEADERS, ledger_figures
from workbench.domain.errors import InvalidInput
from workbench.reports.xlsx_write import display_width
from workbench.services import items as svc
from workbench.services.context import ServiceContext
from workbench.services.demo import load_demo
from workbench.services.export import export_year
from workbench.services.ledger_import import import_ledger
from workbench.services.office import save_report_template
from workbench.services.queries import list_items, show_item
from workbench.services.tally import tally_year
from workbench.store.database import open_database

D = dt.date
HOSTILE = [
    '=HYPERLINK("http://example.com/x","点我")',
    "+86-24-12345678",
    "-1+1",
    "@SUM(A1:A9)",
    "=1+1",
]


def add(ctx: ServiceContext, kind: str, title: str, received: dt.date, **kw: object) -> str:
    return svc.register(ctx, svc.NewItem(kind, title, received, **kw)).reg_no  # type: ignore[arg-type]


def review(ctx: ServiceContext, reg: str, day: dt.date, conclusion: str = "approve") -> None:
    svc.start_review(ctx, reg)
    svc.issue_opinion(ctx, reg, svc.OpinionInput(conclusion, "同意。", issued_on=day))


@pytest.fixture
def year_2025(ctx: ServiceContext) -> ServiceContext:
    doc = add(
        ctx,
        "normative",
        "辽宁省科研诚信管理办法（试行）",
        D(2025, 1, 6),
        unit="科技监督与诚信建设处",
    )
    review(ctx, doc, D(2025, 1, 20), "approve_with_changes")
    svc.publish(ctx, doc, D(2025, 2, 10), "辽科发〔2025〕3号")
    svc.record_filing(ctx, doc, D(2025, 3, 10))  # late: due 25 February
    svc.repeal(ctx, doc, D(2025, 5, 30))
    contract = add(
        ctx, "project_contract", "2025年人工智能领域重点研发计划项目任务书", D(2025, 2, 3),
        counterparty="东北大学", amount="1250000.5",
    )  # fmt: skip
    review(ctx, contract, D(2025, 2, 20))  # late
    for n, title in enumerate(HOSTILE):
        reg = add(ctx, "other_contract", title, D(2025, 3, 3 + n), notes=title, unit=title)
        review(ctx, reg, D(2025, 3, 4 + n) if n else D(2025, 3, 20))  # the first one late
    add(ctx, "legal_opinion", "关于行政复议申请的法律意见", D(2025, 6, 2))
    old = add(ctx, "service_contract", "2023年度评审服务采购协议", D(2023, 3, 1))
    review(ctx, old, D(2023, 3, 3))  # nothing to do with 2025: not in its ledger
    return ctx


def test_sheets_and_the_ledger_format(year_2025: ServiceContext, tmp_path: Path) -> None:
    ctx = year_2025
    out = tmp_path / "2025.xlsx"
    result = export_year(ctx, 2025, out)
    assert result.path == out and result.ledger_rows == 8 and not result.cancelled
    assert result.tally == tally_year(ctx, 2025)
    wb = load_workbook(out)
    assert wb.sheetnames == ["汇总", "按月", "按单位", "台账", "逾期"]
    ws = wb["台账"]
    assert [c.value for c in ws[1]] == list(SPEC_HEADERS)
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:S9"
    rows = {r[0].value: r for r in ws.iter_rows(min_row=2)}
    assert set(rows) == {v.reg_no for v in list_items(ctx) if v.received_on.year == 2025}
    doc = rows["审2025-001"]
    values = [c.value for c in doc]
    assert values[1] == "行政规范性文件" and values[7] == "已废止" and values[8] == "修改后同意"
    for idx, day in (
        (4, D(2025, 1, 6)),
        (9, D(2025, 1, 20)),
        (13, D(2025, 3, 10)),
        (15, D(2025, 5, 30)),
    ):
        cell = doc[idx]
        assert cell.is_date and cell.value.date() == day and cell.number_format == "yyyy-mm-dd"
    assert values[10] == "辽科发〔2025〕3号" and values[14] == "省司法厅"
    contract = rows["审2025-002"]
    assert contract[17].value == 1250000.5 and contract[17].number_format == "#,##0.00"
    assert contract[7].value == "已出具意见" and contract[1].value == "科技计划项目合同"
    # widths follow the text, CJK counted double
    longest = max(display_width(str(r[2].value)) for r in rows.values())
    assert ws.column_dimensions["C"].width >= longest
    assert ws.column_dimensions["E"].width >= 12  # a date never shows ###
    summary = [c.value for row in wb["汇总"].iter_rows() for c in row if c.value is not None]
    assert "2025年度合法性审核工作统计" in summary
    assert any(isinstance(v, str) and v.startswith("2025年完成合法性审核") for v in summary)
    monthly = wb["按月"]
    assert [monthly.cell(r, 2).value for r in range(2, 14)] == list(result.tally.reviewed.by_month)
    overdue = wb["逾期"]
    categories = [r[0] for r in overdue.iter_rows(min_row=2, values_only=True) if r[1]]
    assert categories.count("超期出具意见") == result.tally.reviewed.overdue == 2
    assert categories.count("超期报送备案") == result.tally.filed.overdue == 1
    wb.close()
    with zipfile.ZipFile(out) as zf:
        assert "xl/charts/chart1.xml" in zf.namelist()


def test_the_big_sheets_declare_their_size(year_2025: ServiceContext, tmp_path: Path) -> None:
    # a reader in read-only mode takes a sheet's size from its <dimension>; without one it
    # parses the whole sheet to find it, just to open the workbook
    out = tmp_path / "2025.xlsx"
    export_year(year_2025, 2025, out)
    full = load_workbook(out)
    quick = load_workbook(out, read_only=True)
    for name in ("台账", "逾期"):
        assert quick[name].calculate_dimension() == full[name].dimensions, name
    assert quick["逾期"].max_row == full["逾期"].max_row == 6  # header, 3 rows, blank, note
    full.close()
    quick.close()


def test_formula_like_text_is_text_and_survives_aledger_figures(
    year_2025: ServiceContext, tmp_path: Path
) -> None:
    out = tmp_path / "2025.xlsx"
    export_year(year_2025, 2025, out)
    with zipfile.ZipFile(out) as zf:
        names = {n for n in zf.namelist() if n.startswith("xl/worksheets/sheet")}
        for name in names:
            assert b"<f>" not in zf.read(name), name
    wb = load_workbook(out)
    for sheet in ("台账", "按单位", "逾期"):
        cells = [c for row in wb[sheet].iter_rows() for c in row if c.value in HOSTILE]
        assert cells, sheet
        for cell in cells:
            assert cell.data_type == "s" and cell.quotePrefix
    wb.close()
    db = open_database(str(tmp_path / "fresh.sqlite3"))
    fresh = ServiceContext(db, actor="tester", fixed_today=year_2025.today())
    result = import_ledger(fresh, out)
    assert result.imported == 8 and not result.problems
    titles = {v.title for v in list_items(fresh)}
    assert set(HOSTILE) <= titles
    hostile = next(v for v in list_items(fresh) if v.title == HOSTILE[0])
    assert show_item(fresh, hostile.reg_no).notes == HOSTILE[0]
    assert tally_year(fresh, 2025) == tally_year(year_2025, 2025)
    db.close()


def test_progress_and_cancel(
    year_2025: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from workbench.services import export

    monkeypatch.setattr(export, "PROGRESS_EVERY", 2)
    seen: list[tuple[int, int]] = []
    out = tmp_path / "out" / "2025.xlsx"
    out.parent.mkdir()
    result = export_year(year_2025, 2025, out, progress=lambda d, t: seen.append((d, t)))
    assert seen[0] == (0, 8) and seen[-1] == (8, 8)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    out.unlink()
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 1

    result = export_year(year_2025, 2025, out, cancelled=cancel)
    assert result.cancelled and result.path is None
    assert list(out.parent.iterdir()) == []  # no file, no temporary left behind


def test_an_existing_file_is_replaced_only_when_complete(
    year_2025: ServiceContext, tmp_path: Path
) -> None:
    out = tmp_path / "2025.xlsx"
    out.write_bytes(b"previous export")
    export_year(year_2025, 2025, out, cancelled=lambda: True)
    assert out.read_bytes() == b"previous export"
    export_year(year_2025, 2025, out)
    assert zipfile.is_zipfile(out)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_refusals(ctx: ServiceContext, tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match=r"\.xlsx", check=code_is("export.suffix")):
        export_year(ctx, 2025, tmp_path / "2025.csv")
    with pytest.raises(InvalidInput, check=code_is("output.folder_missing")):
        export_year(ctx, 2025, tmp_path / "missing" / "2025.xlsx")
    with pytest.raises(InvalidInput, check=code_is("tally.year_range")):
        export_year(ctx, 1800, tmp_path / "x.xlsx")


def test_an_empty_year_exports(ctx: ServiceContext, tmp_path: Path) -> None:
    save_report_template(ctx, "审核{reviewed.totl}件")  # saved without checking
    result = export_year(ctx, 2024, tmp_path / "2024.xlsx")
    assert result.ledger_rows == 0 and result.tally.reviewed.total == 0
    wb = load_workbook(tmp_path / "2024.xlsx", read_only=True)
    assert [c.value for c in next(wb["台账"].iter_rows(max_row=1))] == list(SPEC_HEADERS)
    summary = [v for row in wb["汇总"].iter_rows(values_only=True) for v in row if v]
    assert any("未能生成报告段落" in v and "reviewed.totl" in v for v in summary)
    wb.close()


@pytest.mark.parametrize(("n", "seed"), [(400, 1), (250, 5)])
def test_importing_the_export_reproduces_the_tallies(
    ctx: ServiceContext, tmp_path: Path, n: int, seed: int
) -> None:
    demo = load_demo(ctx, n, seed)
    union = ServiceContext(
        open_database(str(tmp_path / "union.sqlite3")), actor="tester", fixed_today=ctx.today()
    )
    for year in demo.years:
        out = tmp_path / f"{year}.xlsx"
        export_year(ctx, year, out)
        fresh = ServiceContext(
            open_database(str(tmp_path / f"{year}.sqlite3")),
            actor="tester",
            fixed_today=ctx.today(),
        )
        result = import_ledger(fresh, out)
        assert not result.problems and result.imported == result.rows
        assert ledger_figures(tally_year(fresh, year)) == ledger_figures(tally_year(ctx, year)), (
            year
        )
        import_ledger(union, out)
        fresh.db.close()
    for year in demo.years:
        assert ledger_figures(tally_year(union, year)) == ledger_figures(tally_year(ctx, year)), (
            year
        )
    union.db.close()
