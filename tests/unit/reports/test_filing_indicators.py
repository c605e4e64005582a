"""报备率, 报备及时率 and 规范率 (docs/RULES.md §6, ``filing_indicators``) on hand-computed
cases."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook

from workbench.commands.reports import print_tally
from workbench.domain.opinions import FilingResult
from workbench.services import items as svc
from workbench.services.context import ServiceContext
from workbench.services.export import export_year
from workbench.services.report import report_paragraph
from workbench.services.tally import percent_text, ratio, tally_year

D = dt.date
ACCEPTED = FilingResult.ACCEPTED
CORRECTED = FilingResult.ACCEPTED_AFTER_CORRECTION


def published(
    ctx: ServiceContext,
    n: int,
    on: dt.date,
    filed: dt.date | None = None,
    result: FilingResult | None = None,
) -> str:
    received = on - dt.timedelta(days=30)
    reg = svc.register(ctx, svc.NewItem("normative", f"管理办法{n}", received)).reg_no
    svc.start_review(ctx, reg)
    svc.issue_opinion(
        ctx, reg, svc.OpinionInput("approve", "同意。", issued_on=received + dt.timedelta(days=5))
    )
    svc.publish(ctx, reg, on, f"辽科发〔{on.year}〕{n}号")
    if filed is not None:
        svc.record_filing(ctx, reg, filed, result=result, result_on=filed if result else None)
    return reg


@pytest.fixture
def filings(ctx: ServiceContext) -> None:
    # 2024: due 4; filed 3; on time 2; accepted 1; filed with a result 2
    published(ctx, 1, D(2024, 3, 1), D(2024, 3, 10), ACCEPTED)  # due 18 Mar: on time
    published(ctx, 2, D(2024, 5, 6), D(2024, 6, 28), CORRECTED)  # due 21 May: late
    published(ctx, 3, D(2024, 12, 28), D(2025, 1, 10))  # due 13 Jan 2025: on time, no result
    published(ctx, 4, D(2024, 8, 1))  # not filed
    # 2023: one document filed late in January, no result yet
    published(ctx, 5, D(2023, 11, 1), D(2024, 1, 5))
    # a withdrawn item never counts
    reg = svc.register(ctx, svc.NewItem("normative", "撤回的办法", D(2024, 2, 1))).reg_no
    svc.withdraw(ctx, reg, D(2024, 2, 2))


def test_indicators_of_a_year_by_hand(ctx: ServiceContext, filings: None) -> None:
    f = tally_year(ctx, 2024).to_json()["filing_indicators"]
    assert f == {
        "due": 4,
        "filed": 3,
        "on_time": 2,
        "accepted": 1,
        "with_result": 2,
        "rate": 0.75,
        "on_time_rate": 0.5,
        "conforming_rate": 0.5,
    }


def test_zero_denominators_give_null(ctx: ServiceContext, filings: None) -> None:
    f2023 = tally_year(ctx, 2023).to_json()["filing_indicators"]
    assert (f2023["due"], f2023["filed"], f2023["on_time"], f2023["accepted"]) == (1, 1, 0, 0)
    assert f2023["rate"] == 1.0 and f2023["on_time_rate"] == 0.0
    assert f2023["conforming_rate"] is None  # nothing filed has a result
    empty = tally_year(ctx, 2022).to_json()["filing_indicators"]
    assert empty["due"] == 0
    assert empty["rate"] is None and empty["on_time_rate"] is None
    assert empty["conforming_rate"] is None


def test_rates_round_to_four_decimals_and_read_as_percentages() -> None:
    assert ratio(2, 3) == 0.6667 and ratio(1, 0) is None
    assert percent_text(0.5) == "50%" and percent_text(0.6667) == "66.67%"
    assert percent_text(1.0) == "100%" and percent_text(None) == "—"


def test_report_template_shows_rates_as_percentages(ctx: ServiceContext, filings: None) -> None:
    text = report_paragraph(
        ctx,
        2024,
        template="报备率{filing_indicators.rate}，报备及时率{filing_indicators.on_time_rate}，"
        "规范率{filing_indicators.conforming_rate}，应备案{filing_indicators.due}件。",
    )
    assert text == "报备率75%，报备及时率50%，规范率50%，应备案4件。"


def test_the_summary_sheet_and_the_text_output_show_them(
    ctx: ServiceContext, filings: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export_year(ctx, 2024, tmp_path / "2024.xlsx")
    wb = load_workbook(tmp_path / "2024.xlsx", read_only=True)
    rows = {r[0]: r[1:4] for r in wb["汇总"].iter_rows(values_only=True) if r and r[0]}
    wb.close()
    assert rows["报备率（已报送备案/应报送备案）"] == (3, 4, 0.75)
    assert rows["报备及时率（按时报送/应报送备案）"] == (2, 4, 0.5)
    assert rows["规范率（予以备案/已有备案结果）"] == (1, 2, 0.5)
    print_tally(tally_year(ctx, 2024))
    out = capsys.readouterr().out
    assert "报备率 75%，报备及时率 50%，规范率 50%" in out
