"""The yearly export workbook (SPEC section 7): 汇总, 按月, 按单位, 台账, 逾期.

Every sheet is write-only (streamed to disk), so the 台账 sheet of a year of 100,000 items
never sits in memory. Column widths are set before the rows, from widths the caller measured.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl.chart import BarChart, Reference
from openpyxl.chart.label import DataLabelList
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from workbench.domain.kinds import KIND_INFO, Kind
from workbench.domain.opinions import CONCLUSION_LABELS, Conclusion
from workbench.domain.statuses import STATUS_LABELS
from workbench.reports.ledger import COLUMNS, CellKind, LedgerColumn
from workbench.reports.xlsx_write import (
    AMOUNT_FORMAT,
    BODY_FONT,
    DATE_FORMAT,
    CellStyle,
    atomic_save,
    declare_dimension,
    discard,
    display_width,
    fit_to_page_width,
    fit_width,
    header_cells,
    new_workbook,
    set_widths,
    styled,
    text_cell,
    text_cells,
)


class _Labels(dict[str, str]):
    """Code → Chinese label; an unknown code shows as itself."""

    def __missing__(self, key: str) -> str:
        return key


SHEETS = ("汇总", "按月", "按单位", "台账", "逾期")
KIND_LABELS = _Labels({k.value: info.label_zh for k, info in KIND_INFO.items()})
STATUS_TEXT = _Labels({s.value: zh for s, (zh, _en) in STATUS_LABELS.items()})
CONCLUSION_TEXT = _Labels({c.value: zh for c, (zh, _en) in CONCLUSION_LABELS.items()})
LABELS_OF: dict[str, _Labels] = {
    "kind": KIND_LABELS,
    "status": STATUS_TEXT,
    "conclusion": CONCLUSION_TEXT,
}
LEDGER_HEADERS = tuple(c.zh for c in COLUMNS)
#: Widest a text column of the 台账 sheet gets (in character cells); longer text is cut off
#: on screen but kept whole in the cell.
LEDGER_MAX_WIDTH = {"title": 70, "notes": 50}
LEDGER_DEFAULT_MAX = 40
DATE_WIDTH = 13.0

TITLE_FONT = Font(name=BODY_FONT, bold=True, size=16)
SECTION_FONT = Font(name=BODY_FONT, bold=True, size=12)
NOTE_FONT = Font(name=BODY_FONT, size=10, color="595959")
BOLD = Font(name=BODY_FONT, size=11, bold=True)
TOTAL_FILL = PatternFill("solid", fgColor="F2F2F2")
WRAP_TOP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center")
PERCENT = "0.0%"

SUMMARY_WIDTHS = (30.0, 14.0, 14.0, 14.0, 14.0)


@dataclass(frozen=True)
class UnitRow:
    unit: str
    received: int
    reviewed: int
    overdue: int
    pending: int


@dataclass(frozen=True)
class OverdueRow:
    category: str
    reg_no: str
    kind: str
    title: str
    unit: str
    counsel: str
    due_on: dt.date
    done_on: dt.date | None
    late_workdays: int


def ledger_width(key: str, cell: CellKind, header: str, data_width: int) -> float:
    """The width of one 台账 column from the widest value (CJK counted double)."""
    if cell is CellKind.DATE:
        return max(DATE_WIDTH, display_width(header) + 2.0)
    if key == "kind":
        data_width = max(display_width(v) for v in KIND_LABELS.values())
    elif key == "status":
        data_width = max(display_width(v) for v in STATUS_TEXT.values())
    elif key == "conclusion":
        data_width = max(display_width(v) for v in CONCLUSION_TEXT.values())
    cap = LEDGER_MAX_WIDTH.get(key, LEDGER_DEFAULT_MAX)
    return float(min(max(data_width, display_width(header)) + 2, cap))


class YearWorkbook:
    """Builds the export workbook sheet by sheet; :meth:`save` writes it atomically."""

    def __init__(self, year: int) -> None:
        self.year = year
        self.wb = new_workbook()
        self.sheets = {name: self.wb.create_sheet(name) for name in SHEETS}
        self.ledger_rows = 0
        self._ledger_cells: tuple[Callable[[Any], Any], ...] = ()

    # -- 汇总 ----------------------------------------------------------------------------------

    def write_summary(self, tally: Mapping[str, Any], paragraph: str, subtitle: str) -> None:
        ws = self.sheets["汇总"]
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
            [styled(ws, f"{self.year}年度合法性审核工作统计", font=TITLE_FONT)],
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
        line([f"截至{self.year}年底尚未出具意见", tally["pending_at_year_end"]])
        line([])
        disclosure = tally["disclosure"]
        line(
            [styled(ws, "四、政府信息公开年度报告（行政规范性文件）", font=SECTION_FONT)],
            merge=True,
        )
        line(header_cells(ws, ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]))
        line(
            ["行政规范性文件", disclosure["issued"], disclosure["repealed"], disclosure["in_force"]]
        )
        line(
            [styled(ws, "本年废止件数含本年失效的文件；现行有效件数截至年底。", font=NOTE_FONT)],
            merge=True,
        )
        line([])
        self._filing_lines(ws, tally["filing_indicators"], line)
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

    @staticmethod
    def _filing_lines(ws: Any, f: Mapping[str, Any], line: Callable[..., None]) -> None:
        """报备率, 报备及时率 and 规范率: counts and rates as percentages (— if undefined)."""
        line(
            [styled(ws, "五、备案指标（本年公布的行政规范性文件）", font=SECTION_FONT)], merge=True
        )
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

    # -- 按月 ----------------------------------------------------------------------------------

    def write_monthly(self, by_month: Sequence[int]) -> None:
        ws = self.sheets["按月"]
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
        chart.title = f"{self.year}年各月完成审核件数"
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

    # -- 按单位 ---------------------------------------------------------------------------------

    def write_units(self, rows: Sequence[UnitRow]) -> None:
        ws = self.sheets["按单位"]
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

    # -- 台账 ----------------------------------------------------------------------------------

    def start_ledger(self, data_widths: Mapping[str, int], rows: int) -> None:
        """Begin the 台账 sheet; ``rows`` (data rows to come) goes into the sheet's dimension."""
        ws = self.sheets["台账"]
        declare_dimension(ws, f"A1:{get_column_letter(len(COLUMNS))}{rows + 1}")
        set_widths(
            ws, [ledger_width(c.key, c.cell, c.zh, data_widths.get(c.key, 0)) for c in COLUMNS]
        )
        ws.freeze_panes = "A2"
        fit_to_page_width(ws, title_rows="1:1")
        ws.append(header_cells(ws, LEDGER_HEADERS))
        self._ledger_cells = self._ledger_converters(ws)

    def _ledger_converters(self, ws: Any) -> tuple[Callable[[Any], Any], ...]:
        """Per 台账 column, what turns a stored value into the cell written."""
        # centred: a right-aligned date runs into the left-aligned text beside it
        date_cell = CellStyle(ws, number_format=DATE_FORMAT, alignment=CENTER)
        amount_cell = CellStyle(ws, number_format=AMOUNT_FORMAT)

        text = text_cells(ws)

        def converter(col: LedgerColumn) -> Callable[[Any], Any]:
            if col.key in LABELS_OF:
                return LABELS_OF[col.key].__getitem__
            if col.cell is CellKind.DATE:
                return date_cell
            if col.cell is CellKind.AMOUNT:
                return amount_cell
            return text

        return tuple(converter(col) for col in COLUMNS)

    def ledger_row(self, values: Sequence[Any]) -> None:
        """One 台账 row from the item's values in :data:`COLUMNS` order; blanks stay empty."""
        self.sheets["台账"].append(
            [
                None if value is None or value == "" else convert(value)
                for convert, value in zip(self._ledger_cells, values, strict=True)
            ]
        )
        self.ledger_rows += 1

    def end_ledger(self) -> None:
        ws = self.sheets["台账"]
        ws.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{self.ledger_rows + 1}"

    # -- 逾期 ----------------------------------------------------------------------------------

    def write_overdue(self, rows: Sequence[OverdueRow], note: str) -> None:
        ws = self.sheets["逾期"]
        headers = [
            "逾期类别",
            "登记号",
            "类型",
            "标题",
            "起草单位",
            "审核人",
            "期限",
            "办结日期",
            "超期工作日",
        ]
        widths = [
            fit_width([r.category for r in rows] + ["逾期类别"], minimum=12),
            fit_width([r.reg_no for r in rows] + ["登记号"], minimum=10),
            fit_width(list(KIND_LABELS.values())),
            fit_width([r.title for r in rows] + ["标题"], minimum=20, maximum=70),
            fit_width([r.unit for r in rows] + ["起草单位"], minimum=12, maximum=40),
            fit_width([r.counsel for r in rows] + ["审核人"], minimum=8, maximum=20),
            DATE_WIDTH,
            DATE_WIDTH,
            12.0,
        ]
        # header, the rows, a blank row and the note
        declare_dimension(ws, f"A1:{get_column_letter(len(headers))}{len(rows) + 3}")
        set_widths(ws, widths)
        ws.freeze_panes = "A2"
        fit_to_page_width(ws, title_rows="1:1")
        ws.append(header_cells(ws, headers))
        date_cell = CellStyle(ws, number_format=DATE_FORMAT, alignment=CENTER)
        text = text_cells(ws)
        for r in rows:
            ws.append(
                [
                    r.category,
                    text(r.reg_no),
                    KIND_LABELS[r.kind],
                    text(r.title),
                    text(r.unit) if r.unit else None,
                    text(r.counsel) if r.counsel else None,
                    date_cell(r.due_on),
                    date_cell(r.done_on) if r.done_on else None,
                    r.late_workdays,
                ]
            )
        if rows:
            ws.auto_filter.ref = f"A1:I{len(rows) + 1}"
        ws.append([])
        ws.append([styled(ws, note, font=NOTE_FONT)])

    # -- saving --------------------------------------------------------------------------------

    def save(self, path: Path) -> None:
        atomic_save(self.wb, path)

    def discard(self) -> None:
        discard(self.wb)
