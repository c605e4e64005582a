"""Numbered lists of documents as an office publishes them: the catalogue of normative documents
(目录) and the result lists of a cleanup campaign (清理), as .xlsx or .docx.

One :class:`ListTable` is one sheet of the workbook, or one section of the Word document. The
workbook is formula-safe (text that Excel would run stays text, see ``xlsx_write.styled``) and
has real date cells; the Word document has the 公文 layout of the letters (GB/T 9704: fonts,
margins, page numbers ``— 1 —``; see ``documents/template_builder.py``), landscape when the
table is wide. Both files are written under a temporary name and renamed when complete.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.shared import Mm, Pt
from openpyxl.styles import Alignment, Font

from workbench.documents.template_builder import (
    STYLE_HEADING,
    STYLE_PLAIN,
    STYLE_TITLE,
)
from workbench.documents.template_builder import _new_document as new_official_document
from workbench.domain.errors import InvalidInput
from workbench.reports.files import check_target, replace_atomically, temp_beside
from workbench.reports.xlsx_write import (
    BODY_FONT,
    DATE_FORMAT,
    atomic_save,
    discard,
    fit_to_page_width,
    fit_width,
    header_cells,
    new_workbook,
    set_widths,
    styled,
    text_cell,
)

SUFFIXES = (".xlsx", ".docx")
TITLE_FONT = Font(name=BODY_FONT, bold=True, size=14)
NOTE_FONT = Font(name=BODY_FONT, size=10, color="595959")
WRAP = Alignment(wrap_text=True, vertical="top")
#: columns whose text is long (titles, reasons): wrapped, and wider
WIDE_HEADERS = frozenset({"文件名称", "理由", "清理理由"})
DATE_COLUMN_WIDTH = 13.0


@dataclass(frozen=True)
class ListTable:
    """One numbered list: ``name`` is the sheet name (and the section heading in Word),
    ``headers`` the columns, ``rows`` the values (text, numbers, dates or ``None``)."""

    name: str
    headers: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]


def zh_date(day: dt.date | None) -> str:
    return f"{day.year}年{day.month}月{day.day}日" if day else ""


def check_suffix(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InvalidInput("output.xlsx_or_docx", name=path.name)
    return suffix


def write_lists(path: str | Path, title: str, subtitle: str, tables: Sequence[ListTable]) -> Path:
    """Write ``tables`` to ``path`` (.xlsx: one sheet each; .docx: one section each)."""
    target = Path(path)
    if check_suffix(target) == ".xlsx":
        _write_xlsx(target, title, subtitle, tables)
    else:
        _write_docx(target, title, subtitle, tables)
    return target


# -- .xlsx ------------------------------------------------------------------------------------


def _cell(ws: Any, value: Any, wrap: bool) -> Any:
    if isinstance(value, dt.date):
        return styled(ws, value, number_format=DATE_FORMAT)
    if isinstance(value, str):
        return styled(ws, value, alignment=WRAP) if wrap else text_cell(ws, value)
    return value


def _widths(table: ListTable) -> list[float]:
    out = []
    for i, header in enumerate(table.headers):
        values = [r[i] for r in table.rows]
        if any(isinstance(v, dt.date) for v in values):
            out.append(DATE_COLUMN_WIDTH)
            continue
        texts = [str(v) for v in values if v is not None] + [header]
        maximum = 60 if header in WIDE_HEADERS else 30
        out.append(fit_width(texts, minimum=6, maximum=maximum))
    return out


def _write_xlsx(target: Path, title: str, subtitle: str, tables: Sequence[ListTable]) -> None:
    wb = new_workbook()
    try:
        for table in tables:
            ws = wb.create_sheet(table.name)
            set_widths(ws, _widths(table))
            fit_to_page_width(ws, title_rows="3:3")
            wrap = [h in WIDE_HEADERS for h in table.headers]
            ws.append([styled(ws, f"{title}（{table.name}）", font=TITLE_FONT)])
            ws.append([styled(ws, subtitle, font=NOTE_FONT)])
            ws.append(header_cells(ws, table.headers))
            for row in table.rows:
                ws.append([_cell(ws, v, w) for v, w in zip(row, wrap, strict=True)])
        atomic_save(wb, target)
    except BaseException:
        discard(wb)
        raise


# -- .docx ------------------------------------------------------------------------------------


def _landscape(doc: Any) -> None:
    """Turn the 公文 page (margins top 37, bottom 35, left 28, right 26 mm) on its side."""
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    section.top_margin, section.bottom_margin = Mm(28), Mm(26)
    section.left_margin, section.right_margin = Mm(37), Mm(35)


def _cell_text(cell: Any, text: str, *, size: float, bold: bool = False, center: bool) -> None:
    para = cell.paragraphs[0]
    fmt = para.paragraph_format
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Pt(size + 6)
    fmt.first_line_indent = Pt(0)
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER if center else WD_ALIGN_PARAGRAPH.LEFT
    run = para.add_run(text)
    run.font.size = Pt(size)
    run.font.bold = bold


_WEIGHTS = {"文件名称": 2.8, "理由": 2.8, "清理理由": 2.8, "文号": 1.6, "备案机关": 1.2}


def _column_mm(table: ListTable, total_mm: float, size_pt: float) -> list[float]:
    """Widths that share the text area: 序号 and dates just wide enough for one line
    ("2025年12月31日"), the rest shared out with names and reasons widest, so that a title
    wraps over two lines rather than five."""
    em = size_pt * 0.3528  # a CJK character is one em wide, a digit half of one
    # "2025年12月31日": 8 digits, 3 characters, and the space word processors put between
    # Chinese and Latin text (a quarter em at each of four changes); 4 mm of cell padding
    date_mm = (8 / 2 + 3 + 4 / 4) * em + 4.0
    fixed: dict[int, float] = {}
    weights: dict[int, float] = {}
    for i, header in enumerate(table.headers):
        values = [r[i] for r in table.rows]
        if i == 0 and header == "序号":
            fixed[i] = 2 * em + 4.5
        elif header.endswith(("日期", "有效期至")) or any(isinstance(v, dt.date) for v in values):
            fixed[i] = date_mm
        else:
            weights[i] = _WEIGHTS.get(header, 1.0)
    rest = max(total_mm - sum(fixed.values()), 0.0)
    unit = rest / sum(weights.values()) if weights else 0.0
    return [fixed[i] if i in fixed else weights[i] * unit for i in range(len(table.headers))]


def _set_column_widths(grid: Any, widths_mm: Sequence[float]) -> None:
    """Fixed widths, set on the grid (LibreOffice reads these) and on every cell (Word does)."""
    grid.autofit = False
    for column, width in zip(grid.columns, widths_mm, strict=True):
        column.width = Mm(width)
        for cell in column.cells:
            cell.width = Mm(width)


def _docx_text(value: Any) -> str:
    if isinstance(value, dt.date):
        return zh_date(value)
    return "" if value is None else str(value)


def _write_docx(target: Path, title: str, subtitle: str, tables: Sequence[ListTable]) -> None:
    target = check_target(target)
    doc = new_official_document(title)
    wide = max((len(t.headers) for t in tables), default=0) > 5
    if wide:
        _landscape(doc)
    columns = max((len(t.headers) for t in tables), default=0)
    # 小五 in a table of many columns, 五号 in a wide one, 小四 otherwise
    size = 9.0 if columns > 8 else 10.5 if wide else 12.0
    doc.add_paragraph(title, style=STYLE_TITLE)
    if subtitle:
        doc.add_paragraph(subtitle, style=STYLE_PLAIN).alignment = WD_ALIGN_PARAGRAPH.CENTER
    for n, table in enumerate(tables, 1):
        if len(tables) > 1:
            doc.add_paragraph(f"{_CN_ORDINALS[n - 1]}、{table.name}", style=STYLE_HEADING)
        else:
            doc.add_paragraph("", style=STYLE_PLAIN)
        grid = doc.add_table(rows=1, cols=len(table.headers))
        grid.style = doc.styles["Table Grid"]
        grid.alignment = WD_TABLE_ALIGNMENT.CENTER
        for cell, header in zip(grid.rows[0].cells, table.headers, strict=True):
            _cell_text(cell, header, size=size, bold=True, center=True)
        for row in table.rows:
            cells = grid.add_row().cells
            for i, (cell, value) in enumerate(zip(cells, row, strict=True)):
                center = i == 0 or isinstance(value, dt.date)
                _cell_text(cell, _docx_text(value), size=size, center=center)
        section = doc.sections[0]
        text_mm = (section.page_width - section.left_margin - section.right_margin) / Mm(1)
        _set_column_widths(grid, _column_mm(table, text_mm, size))
        if not table.rows:
            doc.add_paragraph("（无）", style=STYLE_PLAIN).alignment = WD_ALIGN_PARAGRAPH.CENTER
    tmp = temp_beside(target)
    try:
        doc.save(str(tmp))
        replace_atomically(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.remove(tmp)
        raise


_CN_ORDINALS = "一二三四五六七八九十"
