"""Reading a ledger workbook: safety check first, then openpyxl in read-only streaming mode.

Memory stays bounded whatever the file claims: the zip is checked before parsing (see
:mod:`workbench.reports.xlsx_safety`), rows are streamed, at most :data:`MAX_COLUMNS` columns
are looked at, and a sheet with more than :data:`MAX_ROWS` rows is refused. The declared sheet
dimension is never used to size anything.
"""

from __future__ import annotations

import logging
import os
import re
import warnings
import zipfile
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import Any, BinaryIO

from defusedxml import DefusedXmlException
from openpyxl import load_workbook

from workbench.domain.errors import InvalidInput
from workbench.reports.ledger import HeaderMap, is_blank, map_headers
from workbench.reports.xlsx_safety import WorkbookRefused, check_xlsx

MAX_ROWS = 1_000_000
MAX_COLUMNS = 100
LEDGER_SHEET = "台账"
_CHUNK = 2000

log = logging.getLogger(__name__)
#: a formula element in sheet XML (``<f>``, ``<f t="shared" …>``, with or without a prefix)
_FORMULA_TAG = re.compile(rb"<(?:\w+:)?f[\s>/]")


def _sheet_has_formulas(path: Path, member: str | None) -> bool:
    """Whether the sheet's XML holds any formula (read in chunks; True when unsure)."""
    if not member:
        return True
    try:
        with zipfile.ZipFile(path) as zf, zf.open(member.lstrip("/")) as fh:
            tail = b""
            while chunk := fh.read(1 << 20):
                if _FORMULA_TAG.search(tail + chunk):
                    return True
                tail = chunk[-16:]
    except (OSError, KeyError, zipfile.BadZipFile):
        return True
    return False


def _caused_by(exc: BaseException | None, kind: type[BaseException]) -> bool:
    """Whether ``kind`` is anywhere in the chain (openpyxl wraps parse errors in ValueError)."""
    seen = 0
    while exc is not None and seen < 20:
        if isinstance(exc, kind):
            return True
        exc = exc.__cause__ or exc.__context__
        seen += 1
    return False


class LedgerReader:
    """An open ledger workbook. Use as a context manager; :meth:`rows` streams the data rows."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.label = self.path.name
        self._wb: Any = None
        self._file: BinaryIO | None = None
        self._rows: Iterator[tuple[Any, ...]] | None = None
        self.sheet_name = ""
        self.header: HeaderMap | None = None
        #: (sheet row, header) of formula cells that had no computed value: imported as their
        #: formula text (as text, never evaluated)
        self.formula_cells: list[tuple[int, str]] = []
        self._formula_wb: Any = None
        self._formula_file: BinaryIO | None = None
        self._formula_rows: Iterator[tuple[Any, ...]] | None = None

    def __enter__(self) -> LedgerReader:
        check_xlsx(self.path)
        try:
            # our own handle: openpyxl leaves its zip open when it fails half-way through opening
            self._file = self.path.open("rb")
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                self._wb = load_workbook(
                    self._file, read_only=True, data_only=True, keep_links=False
                )
                names = list(self._wb.sheetnames)
                if not names:
                    raise WorkbookRefused("ledger.no_sheets", name=self.label)
                self.sheet_name = LEDGER_SHEET if LEDGER_SHEET in names else names[0]
                ws = self._wb[self.sheet_name]
                if not hasattr(ws, "iter_rows"):
                    raise WorkbookRefused(
                        "ledger.chart_sheet", name=self.label, sheet=self.sheet_name
                    )
                head = ws.iter_rows(min_row=1, max_row=1, max_col=MAX_COLUMNS, values_only=True)
                first = next(head, None)
                head.close()
        except WorkbookRefused:
            self.close()
            raise
        except Exception as exc:  # openpyxl fails in many ways on malformed parts
            self.close()
            raise self._corrupt(exc) from None
        if first is None or all(is_blank(v) for v in first):
            self.close()
            raise WorkbookRefused("ledger.no_header", name=self.label, sheet=self.sheet_name)
        try:
            self.header = map_headers(first, self.label)
            # only as many columns as the header has: no padding of every row to 100 cells
            self._rows = ws.iter_rows(
                min_row=2,
                max_row=MAX_ROWS + 2,
                max_col=max(len(self.header.headers), 1),
                values_only=True,
            )
            if _sheet_has_formulas(self.path, getattr(ws, "_worksheet_path", None)):
                self._open_formulas()
        except WorkbookRefused:
            self.close()
            raise
        except Exception as exc:
            self.close()
            if isinstance(exc, InvalidInput):
                raise
            raise self._corrupt(exc) from None
        return self

    def _open_formulas(self) -> None:
        """A second stream of the same rows with formulas as written: a formula cell that a
        program (not Excel) wrote has no cached value, and would otherwise read as empty."""
        assert self.header is not None
        self._formula_file = self.path.open("rb")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            self._formula_wb = load_workbook(
                self._formula_file, read_only=True, data_only=False, keep_links=False
            )
        self._formula_rows = self._formula_wb[self.sheet_name].iter_rows(
            min_row=2,
            max_row=MAX_ROWS + 2,
            max_col=max(len(self.header.headers), 1),
            values_only=True,
        )

    def _with_formulas(
        self, row_no: int, cells: tuple[Any, ...], formulas: tuple[Any, ...]
    ) -> tuple[Any, ...]:
        """``cells`` with each empty cell that holds a formula replaced by the formula's text."""
        assert self.header is not None
        out = list(cells)
        for i, (value, formula) in enumerate(zip(cells, formulas, strict=False)):
            if value is None and isinstance(formula, str) and formula.startswith("="):
                out[i] = formula
                name = self.header.headers[i] if i < len(self.header.headers) else str(i + 1)
                self.formula_cells.append((row_no, name))
        return tuple(out)

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        if self._formula_wb is not None:
            self._formula_wb.close()
            self._formula_wb = None
        if self._formula_file is not None:
            self._formula_file.close()
            self._formula_file = None
        if self._wb is not None:
            self._wb.close()
            self._wb = None
        if self._file is not None:
            self._file.close()
            self._file = None

    def _corrupt(self, exc: BaseException) -> WorkbookRefused:
        log.debug("cannot read %s", self.path, exc_info=exc)
        if _caused_by(exc, DefusedXmlException):
            return WorkbookRefused("ledger.xml_entities", name=self.label)
        return WorkbookRefused("ledger.damaged", name=self.label)

    def rows(self) -> Iterator[tuple[int, tuple[Any, ...]]]:
        """(sheet row number, cell values) for every non-blank data row, header excluded."""
        assert self._rows is not None and self.header is not None
        width = max(len(self.header.headers), 1)
        row_no = 1
        while True:
            chunk: list[tuple[Any, ...]] = []
            formulas: list[tuple[Any, ...]] = []
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    for values in self._rows:
                        chunk.append(values)
                        if self._formula_rows is not None:
                            formulas.append(next(self._formula_rows, ()))
                        if len(chunk) >= _CHUNK:
                            break
            except WorkbookRefused:
                raise
            except Exception as exc:
                raise self._corrupt(exc) from None
            if not chunk:
                return
            for n, cells in enumerate(chunk):
                row_no += 1
                if formulas and None in cells:
                    cells = self._with_formulas(row_no, cells, formulas[n])
                if cells.count(None) == width or all(is_blank(v) for v in cells):
                    continue
                if row_no > MAX_ROWS + 1:
                    raise WorkbookRefused("ledger.too_many_rows", name=self.label, limit=MAX_ROWS)
                yield row_no, cells
