"""The figures sheets of the yearly export workbook: 汇总 (the year's tallies and the report
paragraph), 按月 (reviews per month, with a chart) and 按单位 (per drafting unit).

Each function fills one write-only sheet that :class:`workbench.reports.year_workbook.YearWorkbook`
created.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from openpyxl.chart import BarChart, Reference
from openpyxl.chart.label import DataLabelList
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter

from workbench.domain.kinds import KIND_INFO, Kind
from workbench.domain.opinions import Conclusion
from workbench.reports.xlsx_write import (
    display_width,
    fit_to_page_width,
    fit_width,
    header_cells,
    set_widths,
    styled,
    text_cell,
)
from workbench.reports.year_styles import (
    BOLD,
    CONCLUSION_TEXT,
    KIND_LABELS,
    NOTE_FONT,
    PERCENT,
    SECTION_FONT,
    TITLE_FONT,
    TOTAL_FILL,
    WRAP_TOP,
)

SUMMARY_WIDTHS = (30.0, 14.0, 14.0, 14.0, 14.0)


@dataclass(frozen=True)
class UnitRow:
    unit: str
    received: int
    reviewed: int
    overdue: int
    pending: int


def write_summary(
    ws: Any, year: int, tally: Mapping[str, Any], paragraph: str, subtitle: str
) -> None:
    """The 汇总 sheet: the year's tallies by kind, conclusion and deadline, the disclosure and
    filing figures, and the report paragraph."""
    set_widths(ws, SUMMARY_WIDTHS)
    fit_to_page_width(ws, landscape=False)
    ncols = len(SUMMARY_WIDTHS)
    rows: list[list[Any]] = []
    merges: list[int] = []

    def line(values: list[Any], *, merge: bool = False, height: float | None = None) -> None:
        rows.append(values)
        idx = len(rows)
        if merge:
            merges.append(idx)
        if height is not None:
            ws.row_dimensions[idx].height = height

    line(
        [styled(ws, f"{year}年度合法性审核工作统计", font=TITLE_FONT)],
        merge=True,
        height=28,
    )
    line([styled(ws, subtitle, font=NOTE_FONT)], merge=True)
    line([])
    received, reviewed, filed = tally["received"], tally["reviewed"], tally["filed"]
    line([styled(ws, "一、收件、审核和备案（按类型）", font=SECTION_FONT)], merge=True)
    line(header_cells(ws, ["类型", "收件", "完成审核", "报送备案"]))
    for kind in Kind:
        code = kind.value
        filed_n: Any = filed["by_kind"][code] if KIND_INFO[kind].filed else "—"
        line(
            [
                KIND_LABELS[code],
                received["by_kind"][code],
                reviewed["by_kind"][code],
                styled(ws, filed_n, alignment=Alignment(horizontal="right")),
            ]
        )
    totals = ("合计", received["total"], reviewed["total"], filed["total"])
    line([styled(ws, v, font=BOLD, fill=TOTAL_FILL) for v in totals])
    line([])
    line([styled(ws, "二、审核结论", font=SECTION_FONT)], merge=True)
    line(header_cells(ws, ["审核结论", "件数", "占比"]))
    for code in (c.value for c in Conclusion):
        n = reviewed["by_conclusion"][code]
        share = n / reviewed["total"] if reviewed["total"] else 0
        line([CONCLUSION_TEXT[code], n, styled(ws, share, number_format=PERCENT)])
    line([])
    line([styled(ws, "三、期限", font=SECTION_FONT)], merge=True)
    line(header_cells(ws, ["项目", "件数"]))
    line(["超期出具意见", reviewed["overdue"]])
    line(["超期报送备案", filed["overdue"]])
    line([f"截至{year}年底尚未出具意见", tally["pending_at_year_end"]])
    line([])
    disclosure = tally["disclosure"]
    line(
        [styled(ws, "四、政府信息公开年度报告（行政规范性文件）", font=SECTION_FONT)],
        merge=True,
    )
    line(header_cells(ws, ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]))
    line(["行政规范性文件", disclosure["issued"], disclosure["repealed"], disclosure["in_force"]])
    line(
        [styled(ws, "本年废止件数含本年失效的文件；现行有效件数截至年底。", font=NOTE_FONT)],
        merge=True,
    )
    line([])
    _filing_lines(ws, tally["filing_indicators"], line)
    line([])
    line([styled(ws, "六、年度报告段落", font=SECTION_FONT)], merge=True)
    chars_per_line = sum(SUMMARY_WIDTHS) / 2 - 2
    lines = sum(
        max(1, math.ceil(display_width(p) / 2 / chars_per_line))
        for p in paragraph.splitlines() or [""]
    )
    line([styled(ws, paragraph, alignment=WRAP_TOP)], merge=True, height=18.0 * lines + 8)
    last = get_column_letter(ncols)
    for idx in merges:
        ws.merged_cells.add(f"A{idx}:{last}{idx}")
    for values in rows:
        ws.append(values)


def _filing_lines(ws: Any, f: Mapping[str, Any], line: Callable[..., None]) -> None:
    """报备率, 报备及时率 and 规范率: counts and rates as percentages (— if undefined)."""
    line([styled(ws, "五、备案指标（本年公布的行政规范性文件）", font=SECTION_FONT)], merge=True)
    line(header_cells(ws, ["指标", "分子", "分母", "比率"]))

    def rate(value: float | None) -> Any:
        if value is None:
            return styled(ws, "—", alignment=Alignment(horizontal="right"))
        return styled(ws, value, number_format=PERCENT)

    line(["报备率（已报送备案/应报送备案）", f["filed"], f["due"], rate(f["rate"])])
    line(["报备及时率（按时报送/应报送备案）", f["on_time"], f["due"], rate(f["on_time_rate"])])
    line(
        [
            "规范率（予以备案/已有备案结果）",
            f["accepted"],
            f.get("with_result", 0),
            rate(f["conforming_rate"]),
        ]
    )


def write_monthly(ws: Any, year: int, by_month: Sequence[int]) -> None:
    """The 按月 sheet: reviews completed each month, with a bar chart."""
    set_widths(ws, (10.0, 14.0))
    fit_to_page_width(ws)
    ws.append(header_cells(ws, ["月份", "完成审核"]))
    for month, n in enumerate(by_month, 1):
        ws.append([f"{month}月", n])
    ws.append(
        [
            styled(ws, "合计", font=BOLD, fill=TOTAL_FILL),
            styled(ws, sum(by_month), font=BOLD, fill=TOTAL_FILL),
        ]
    )
    chart = BarChart()
    chart.type = "col"
    chart.title = f"{year}年各月完成审核件数"
    chart.y_axis.title = "件数"
    chart.x_axis.title = "月份"
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.y_axis.majorGridlines = None
    chart.legend = None
    chart.height = 9
    chart.width = 18
    data = Reference(ws, min_col=2, min_row=1, max_row=13)
    cats = Reference(ws, min_col=1, min_row=2, max_row=13)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(cats)
    # every flag explicit: LibreOffice shows series and category names when they are unset
    chart.dataLabels = DataLabelList(
        showVal=True,
        showSerName=False,
        showCatName=False,
        showLegendKey=False,
        showPercent=False,
        showLeaderLines=False,
    )
    ws.add_chart(chart, "D2")


def write_units(ws: Any, rows: Sequence[UnitRow]) -> None:
    """The 按单位 sheet: per drafting unit, items received, reviewed, late and still open."""
    headers = ["起草单位", "收件", "完成审核", "其中超期", "年末未办结"]
    set_widths(
        ws,
        [
            fit_width(
                [r.unit or "（未填写）" for r in rows] + ["起草单位"], minimum=16, maximum=50
            ),
            10.0,
            12.0,
            12.0,
            14.0,
        ],
    )
    ws.freeze_panes = "A2"
    fit_to_page_width(ws, title_rows="1:1")
    ws.append(header_cells(ws, headers))
    for r in rows:
        ws.append(
            [
                text_cell(ws, r.unit) if r.unit else "（未填写）",
                r.received,
                r.reviewed,
                r.overdue,
                r.pending,
            ]
        )
    totals = (
        "合计",
        sum(r.received for r in rows),
        sum(r.reviewed for r in rows),
        sum(r.overdue for r in rows),
        sum(r.pending for r in rows),
    )
    ws.append([styled(ws, v, font=BOLD, fill=TOTAL_FILL) for v in totals])
    if rows:
        ws.auto_filter.ref = f"A1:E{len(rows) + 1}"
