"""The rejected rows of a ledger import, written beside the input with a reason column."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter

from workbench.reports.ledger import REASON_HEADER
from workbench.reports.xlsx_write import (
    DATE_FORMAT,
    atomic_save,
    discard,
    display_width,
    header_cells,
    new_workbook,
    set_widths,
    styled,
    text_cell,
)


def rejected_path(source: Path) -> Path:
    """``台账.xlsx`` → ``台账.rejected.xlsx`` in the same folder."""
    return source.with_name(f"{source.stem}.rejected.xlsx")


class RejectedWriter:
    """Streams rejected rows (original cells + reason) into a write-only workbook."""

    def __init__(self, headers: Sequence[str]) -> None:
        self.headers = [*headers, str(REASON_HEADER)]
        self.count = 0
        self._wb: Any = None
        self._ws: Any = None

    def _open(self) -> None:
        self._wb = new_workbook()
        self._ws = self._wb.create_sheet("未导入")
        widths = [float(min(max(display_width(h) + 4, 12), 40)) for h in self.headers[:-1]] + [60.0]
        set_widths(self._ws, widths)
        self._ws.freeze_panes = "A2"
        self._ws.append(header_cells(self._ws, self.headers))

    def add(self, cells: Sequence[Any], reason: str) -> None:
        if self._wb is None:
            self._open()
        ws = self._ws
        width = len(self.headers) - 1
        row: list[Any] = []
        for value in list(cells[:width]) + [None] * (width - len(cells)):
            if isinstance(value, dt.datetime) and value.time() == dt.time():
                row.append(styled(ws, value.date(), number_format=DATE_FORMAT))
            elif isinstance(value, dt.date):
                row.append(styled(ws, value, number_format=DATE_FORMAT))
            elif isinstance(value, str):
                row.append(text_cell(ws, value))
            else:
                row.append(value)
        row.append(text_cell(ws, reason))
        ws.append(row)
        self.count += 1

    def save(self, path: Path) -> None:
        if self._wb is None:
            return
        ws = self._ws
        ws.auto_filter.ref = f"A1:{get_column_letter(len(self.headers))}{self.count + 1}"
        atomic_save(self._wb, path)
        self._wb = None

    def discard(self) -> None:
        if self._wb is not None:
            discard(self._wb)
            self._wb = None
