"""The workbook-writing helpers: shared cell styles, safe text, and column widths."""

from __future__ import annotations

import datetime as dt
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook
from openpyxl.styles import Alignment, Font

from workbench.reports.xlsx_write import (
    AMOUNT_FORMAT,
    DATE_FORMAT,
    CellStyle,
    atomic_save,
    display_width,
    fit_width,
    new_workbook,
    styled,
    text_cell,
    text_cells,
)

CENTER = Alignment(horizontal="center", vertical="center")
VALUES: list[Any] = [
    dt.date(2025, 3, 4),
    dt.datetime(2025, 3, 4, 0, 0),
    Decimal("1250000.50"),
    17,
    2.5,
    "平常的文字",
    "=1+1",
    '=HYPERLINK("http://example.com")',
    "+86-24-12345678",
    "a\x01b",
    "\x01=1+1",  # a formula once the control character is gone
]


def _read_back(path: Path) -> list[tuple[Any, ...]]:
    wb = load_workbook(path)
    ws = wb.active
    assert ws is not None
    out = [
        (
            c.value,
            c.data_type,
            c.number_format,
            c.alignment.horizontal,
            c.font.b,
            c.quotePrefix,
        )
        for row in ws.iter_rows()
        for c in row
    ]
    wb.close()
    return out


@pytest.mark.parametrize(
    "style",
    [
        {"number_format": DATE_FORMAT, "alignment": CENTER},
        {"number_format": AMOUNT_FORMAT},
        {"font": Font(name="Calibri", bold=True)},
    ],
)
def test_a_shared_style_makes_the_cells_styled_makes(style: dict[str, Any], tmp_path: Path) -> None:
    written = {}
    for name in ("styled", "shared"):
        wb = new_workbook()
        ws = wb.create_sheet("x")
        make = CellStyle(ws, **style)
        for value in VALUES:
            ws.append([styled(ws, value, **style) if name == "styled" else make(value)])
        atomic_save(wb, tmp_path / f"{name}.xlsx")
        written[name] = _read_back(tmp_path / f"{name}.xlsx")
    assert written["shared"] == written["styled"]
    # the quote prefix given to formula-like text stays on that cell
    prefixed = [row[-1] for row in written["shared"]]
    assert prefixed == [False] * 6 + [True] * 3 + [False, True]


def test_text_that_becomes_a_formula_once_cleaned_stays_text(tmp_path: Path) -> None:
    wb = new_workbook()
    ws = wb.create_sheet("x")
    text = text_cells(ws)
    ws.append([text_cell(ws, "\x01=1+1"), text("\x02@SUM(A1)"), text("a\x03b"), text(12)])
    out = tmp_path / "t.xlsx"
    atomic_save(wb, out)
    with zipfile.ZipFile(out) as zf:
        assert b"<f>" not in zf.read("xl/worksheets/sheet1.xml")
    values = [(v, t, q) for v, t, _f, _a, _b, q in _read_back(out)]
    assert values == [
        ("=1+1", "s", True),
        ("@SUM(A1)", "s", True),
        ("ab", "s", False),
        ("12", "s", False),
    ]


def test_display_width_counts_wide_characters_double() -> None:
    assert display_width("abc") == 3
    assert display_width("中文") == 4
    assert display_width("ＡＢ") == 4  # full-width forms
    assert display_width("·—") == 2  # ambiguous width counts single
    assert display_width("审2025-001") == 10


@given(
    st.lists(st.text(alphabet=st.sampled_from("ab1 中文ＡＢ·—〔〕"), max_size=40), max_size=30),
    st.integers(0, 20),
    st.integers(0, 80),
)
def test_fit_width_is_the_widest_value_within_bounds(
    values: list[str], minimum: int, maximum: int
) -> None:
    widest = max((display_width(v) for v in values), default=0)
    expected = float(min(max(widest + 2, minimum), maximum))
    assert fit_width(values, minimum=minimum, maximum=maximum) == expected
