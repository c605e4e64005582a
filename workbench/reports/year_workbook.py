"""The yearly export workbook (docs/RULES.md §7): 汇总, 按月, 按单位, 台账, 逾期.

:class:`YearWorkbook` creates the sheets in that order and writes the two item lists, 台账 (every
item of the year, streamed row by row) and 逾期 (what was late); the figures sheets are
:mod:`workbench.reports.year_tallies`, the labels and the look :mod:`workbench.reports.year_styles`.

Every sheet is write-only (streamed to disk), so the 台账 sheet of a year of 100,000 items
never sits in memory. Column widths are set before the rows, from widths the caller measured.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter

from workbench.reports import year_tallies
from workbench.reports.ledger import COLUMNS, CellKind, LedgerColumn
from workbench.reports.xlsx_write import (
    AMOUNT_FORMAT,
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
    text_cells,
)
from workbench.reports.year_styles import (
    CENTER,
    CONCLUSION_TEXT,
    KIND_LABELS,
    LABELS_OF,
    NOTE_FONT,
    STATUS_TEXT,
)
from workbench.reports.year_tallies import UnitRow

SHEETS = ("汇总", "按月", "按单位", "台账", "逾期")
LEDGER_HEADERS = tuple(c.zh for c in COLUMNS)
#: Widest a text column of the 台账 sheet gets (in character cells); longer text is cut off
#: on screen but kept whole in the cell.
LEDGER_MAX_WIDTH = {"title": 70, "notes": 50}
LEDGER_DEFAULT_MAX = 40
DATE_WIDTH = 13.0


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

    # -- 汇总, 按月, 按单位 (year_tallies) -----------------------------------------------------

    def write_summary(self, tally: Mapping[str, Any], paragraph: str, subtitle: str) -> None:
        year_tallies.write_summary(self.sheets["汇总"], self.year, tally, paragraph, subtitle)

    def write_monthly(self, by_month: Sequence[int]) -> None:
        year_tallies.write_monthly(self.sheets["按月"], self.year, by_month)

    def write_units(self, rows: Sequence[UnitRow]) -> None:
        year_tallies.write_units(self.sheets["按单位"], rows)

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
