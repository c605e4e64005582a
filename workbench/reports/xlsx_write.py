"""Writing workbooks safely: text that Excel would run is kept as text, files appear atomically.

Everything is written with openpyxl's write-only mode, so a sheet of 100,000 rows streams to
disk instead of being held in memory.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import os
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.numbers import is_date_format
from openpyxl.utils import get_column_letter

from workbench.reports.files import check_target, replace_atomically, temp_beside

DATE_FORMAT = "yyyy-mm-dd"
PAPER_A4 = 9  # the OOXML paper-size code of A4
AMOUNT_FORMAT = "#,##0.00"
#: Text starting with one of these would be read by Excel as a formula (or a DDE trigger).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")

#: The workbook's default font; a style font without a name makes some programs fall back to
#: a serif face.
BODY_FONT = "Calibri"
HEADER_FONT = Font(name=BODY_FONT, size=11, bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
HEADER_ALIGN = Alignment(horizontal="center", vertical="center", wrap_text=True)
THIN = Side(style="thin", color="A6A6A6")
HEADER_BORDER = Border(bottom=THIN)


@functools.lru_cache(maxsize=1 << 16)
def _char_width(ch: str) -> int:
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def display_width(text: str) -> int:
    """Character cells a text takes: CJK and full-width characters count double."""
    if text.isascii():
        return len(text)
    return sum(map(_char_width, text))


def clean_for_excel(text: str) -> str:
    """Remove the control characters an .xlsx file cannot hold."""
    return str(ILLEGAL_CHARACTERS_RE.sub("", text))


def styled(ws: Any, value: Any, **style: Any) -> Any:
    """A write-only cell with ``style`` (font, fill, alignment, number_format...) applied.

    A string beginning with ``=`` ``+`` ``-`` ``@`` (or a tab or carriage return) gets the string
    data type and Excel's quote prefix, so Excel shows it and never evaluates it; it reads back
    unchanged.
    """
    if isinstance(value, str):
        value = clean_for_excel(value)
    cell = WriteOnlyCell(ws, value=value)
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        cell.data_type = "s"
        cell.quotePrefix = True
    for key, val in style.items():
        setattr(cell, key, val)
    return cell


class CellStyle:
    """One style for many cells of a sheet: ``CellStyle(ws, number_format=...)(value)``.

    The cells are the ones :func:`styled` makes, formula-safe text included. Setting a style on
    a cell looks every part up in the workbook's style tables (hashing fonts, alignments,
    formats); for the date and amount cells of a 100,000-row ledger that costs more than
    writing them. Here the look-ups happen once, and each cell gets a copy of the result.
    """

    def __init__(self, ws: Any, **style: Any) -> None:
        prototype = WriteOnlyCell(ws)
        for key, val in style.items():
            setattr(prototype, key, val)
        self._ws = ws
        self._style = style
        self._array = prototype._style
        # Text needs cleaning and may need the quote prefix; a date given a number format that
        # is not a date format ends up with that format (styled sets it after the value), while
        # a cell created with the style would keep a date format. Both go the slow way.
        self._slow: tuple[type, ...] = (str,)
        if "number_format" in style and not is_date_format(style["number_format"]):
            self._slow = (str, dt.date, dt.time, dt.timedelta)

    def __call__(self, value: Any) -> Any:
        if isinstance(value, self._slow):
            return styled(self._ws, value, **self._style)
        return Cell(self._ws, 1, 1, value, self._array)


def text_cell(ws: Any, text: str) -> Any:
    """A value for a text cell: plain text as is (fast), anything else as a safe cell.

    Text that starts like a formula, or would once its control characters are removed, becomes
    a cell marked as text (see :func:`styled`).
    """
    if text.startswith(FORMULA_TRIGGERS) or ILLEGAL_CHARACTERS_RE.search(text):
        return styled(ws, text)
    return text


def text_cells(ws: Any) -> Callable[[Any], Any]:
    """:func:`text_cell` for one sheet as a function of the value alone (made text if it is not);
    for columns of many thousand cells."""
    illegal = ILLEGAL_CHARACTERS_RE.search

    def cell(value: Any) -> Any:
        text = value if type(value) is str else str(value)
        if text.startswith(FORMULA_TRIGGERS) or illegal(text):
            return styled(ws, text)
        return text

    return cell


def header_cells(ws: Any, headers: Sequence[str]) -> list[Any]:
    return [
        styled(
            ws, h, font=HEADER_FONT, fill=HEADER_FILL, alignment=HEADER_ALIGN, border=HEADER_BORDER
        )
        for h in headers
    ]


def set_widths(ws: Any, widths: Sequence[float]) -> None:
    for idx, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(idx)].width = width


def fit_width(values: Iterable[str], *, minimum: int = 6, maximum: int = 60) -> float:
    """A column width for the widest value, two cells of padding, within the bounds."""
    widest = 0
    for value in values:
        # a text is at most twice its length wide: most need not be measured
        if 2 * len(value) > widest:
            widest = max(widest, display_width(value))
            if widest + 2 >= maximum:
                break
    return float(min(max(widest + 2, minimum), maximum))


def fit_to_page_width(ws: Any, *, landscape: bool = True, title_rows: str | None = None) -> None:
    """Print on A4 scaled to the page width, repeating ``title_rows`` on every page.

    Call before the first row is appended: a write-only sheet writes its properties then.
    """
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = PAPER_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    if title_rows:
        ws.print_title_rows = title_rows


def declare_dimension(ws: Any, ref: str) -> None:
    """Give a write-only sheet the ``<dimension>`` element ordinary sheets have.

    Without it, a reader that wants the sheet's size (openpyxl's read-only mode does, on open)
    must parse the whole sheet to find out, which doubles the time to read a large ledger.
    openpyxl's sheet writer asks ``calculate_dimension`` when it writes the sheet's top.
    """
    ws.calculate_dimension = lambda: ref


def new_workbook() -> Workbook:
    return Workbook(write_only=True)


def discard(wb: Workbook) -> None:
    """Close a workbook that will not be saved and remove its streaming temp files."""
    for ws in wb.worksheets:
        # a write-only sheet streams to a temp file of openpyxl's: remove it now, not at exit
        with contextlib.suppress(Exception):
            ws.close()
        writer = getattr(ws, "_writer", None)
        if writer is not None:
            with contextlib.suppress(Exception):
                writer.cleanup()


def atomic_save(wb: Workbook, path: Path) -> None:
    """Save next to ``path`` under a temporary name, then rename: no half-written file ever."""
    target = check_target(path)
    tmp = temp_beside(target)
    try:
        wb.save(tmp)
        replace_atomically(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.remove(tmp)
        raise
    finally:
        discard(wb)
