"""The ledger (台账) spreadsheet format of docs/RULES.md §7: its columns and how cells are read.

Columns are found by their header text, Chinese or English, in any order; case, spaces, dots
and full-width forms do not matter. Cell readers turn whatever a person typed (or Excel stored)
into Python values, raising :class:`InvalidInput` with a short reason otherwise.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any

from workbench.domain.dates import parse_date
from workbench.domain.errors import InvalidInput
from workbench.domain.messages import Msg, Term


class CellKind(StrEnum):
    TEXT = "text"
    DATE = "date"
    CODE = "code"  # kind, status or conclusion: a Chinese label or a code
    AMOUNT = "amount"


@dataclass(frozen=True)
class LedgerColumn:
    key: str  # the items column it maps to
    zh: str
    en: str
    cell: CellKind

    @property
    def term(self) -> Term:
        return Term(self.zh, self.en)


#: The ledger's columns, in the order the export writes them (docs/RULES.md §7).
COLUMNS: tuple[LedgerColumn, ...] = (
    LedgerColumn("reg_no", "登记号", "Reg. No.", CellKind.TEXT),
    LedgerColumn("kind", "类型", "Kind", CellKind.CODE),
    LedgerColumn("title", "标题", "Title", CellKind.TEXT),
    LedgerColumn("unit", "起草单位", "Drafting unit", CellKind.TEXT),
    LedgerColumn("received_on", "送审日期", "Received", CellKind.DATE),
    LedgerColumn("review_due_on", "审核期限", "Review due", CellKind.DATE),
    LedgerColumn("counsel", "审核人", "Counsel", CellKind.TEXT),
    LedgerColumn("status", "状态", "Status", CellKind.CODE),
    LedgerColumn("conclusion", "审核结论", "Conclusion", CellKind.CODE),
    LedgerColumn("opinion_on", "意见出具日期", "Opinion issued", CellKind.DATE),
    LedgerColumn("doc_no", "文号", "Document No.", CellKind.TEXT),
    LedgerColumn("published_on", "公布日期", "Published", CellKind.DATE),
    LedgerColumn("filing_due_on", "备案期限", "Filing due", CellKind.DATE),
    LedgerColumn("filed_on", "备案日期", "Filed", CellKind.DATE),
    LedgerColumn("filing_authority", "备案机关", "Filing authority", CellKind.TEXT),
    LedgerColumn("ended_on", "废止日期", "Repealed", CellKind.DATE),
    LedgerColumn("counterparty", "合同相对方", "Counterparty", CellKind.TEXT),
    LedgerColumn("amount", "合同金额", "Amount", CellKind.AMOUNT),
    LedgerColumn("notes", "备注", "Notes", CellKind.TEXT),
)
COLUMN_BY_KEY: dict[str, LedgerColumn] = {c.key: c for c in COLUMNS}
#: Without these a sheet is not a ledger at all.
REQUIRED_KEYS = ("kind", "title", "received_on")
#: The extra column of a rejected-rows workbook.
REASON_HEADER = Term("原因", "Reason")


def header_key(text: str) -> str:
    """How headers are compared: NFKC, no whitespace, no dots or asterisks, case-folded."""
    norm = unicodedata.normalize("NFKC", text)
    return re.sub(r"[\s.*:：]+", "", norm).casefold()


_HEADER_LOOKUP: dict[str, LedgerColumn] = {}
for _col in COLUMNS:
    _HEADER_LOOKUP[header_key(_col.zh)] = _col
    _HEADER_LOOKUP[header_key(_col.en)] = _col


@dataclass(frozen=True)
class HeaderMap:
    """Which position holds which column, the header texts as written, and what was ignored."""

    positions: dict[str, int]
    labels: dict[str, str]
    headers: tuple[str, ...]
    ignored: tuple[str, ...]

    def label(self, key: str) -> str:
        return self.labels.get(key, COLUMN_BY_KEY[key].zh)


def map_headers(cells: Sequence[Any], file_label: str) -> HeaderMap:
    """Find the ledger columns in a header row; refuse duplicates and missing required ones."""
    positions: dict[str, int] = {}
    labels: dict[str, str] = {}
    ignored: list[str] = []
    headers: list[str] = []
    for idx, raw in enumerate(cells):
        text = "" if raw is None else str(raw).strip()
        headers.append(text)
        if not text:
            continue
        col = _HEADER_LOOKUP.get(header_key(text))
        if col is None:
            ignored.append(text)
            continue
        if col.key in positions:
            raise InvalidInput(
                "ledger.same_column",
                name=file_label,
                first=labels[col.key],
                second=text,
                column=col.term,
            )
        positions[col.key] = idx
        labels[col.key] = text
    while headers and not headers[-1]:
        headers.pop()
    missing = [COLUMN_BY_KEY[k].term for k in REQUIRED_KEYS if k not in positions]
    if missing:
        found = [h for h in headers if h]
        raise InvalidInput(
            "ledger.missing_columns",
            name=file_label,
            missing=missing,
            found=tuple(found) if found else Term("（空）", "(none)"),
        )
    return HeaderMap(positions, labels, tuple(headers), tuple(ignored))


def is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def cell_text(value: Any) -> str:
    """A text cell as a string; numbers typed into a text column lose a spurious ``.0``."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.replace("\r\n", "\n").replace("\r", "\n").strip()
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


# Excel serial numbers of 1 Jan 1990 and 31 Dec 2199 (1900 date system)
_SERIAL_MIN, _SERIAL_MAX = 32874, 110937
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_DATE_LIKE = re.compile(r"^\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*$")
_TIME_SUFFIX = re.compile(r"^(.*?\d)(?:[ T]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)$")


def cell_date(value: Any) -> dt.date | None:
    """A date cell, or text in one of the forms of docs/RULES.md §7, or ``None`` when blank."""
    if is_blank(value):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        # a date typed into a cell that lost its date format shows as its serial number
        if _SERIAL_MIN <= value <= _SERIAL_MAX and float(value).is_integer():
            return _EXCEL_EPOCH + dt.timedelta(days=int(value))
        raise InvalidInput("cell.not_a_date", text=cell_text(value))
    if isinstance(value, str):
        text = value.strip()
        match = _TIME_SUFFIX.match(text)
        if match and match.group(1) != text:
            text = match.group(1)
        try:
            return parse_date(text)
        except InvalidInput:
            if _DATE_LIKE.match(text):
                raise InvalidInput("cell.date_nonexistent", text=text[:40]) from None
            raise InvalidInput("cell.date_unreadable", text=value.strip()[:40]) from None
    raise InvalidInput("cell.not_a_date", text=cell_text(value)[:40])


def cell_amount_text(value: Any) -> str | Decimal | None:
    """The raw amount for ``parse_amount``: numbers as they are, ``万元`` expanded, symbols off."""
    if is_blank(value):
        return None
    if isinstance(value, bool):
        raise InvalidInput("cell.amount_not_a_number")
    if isinstance(value, int | Decimal):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value))
    text = unicodedata.normalize("NFKC", str(value)).strip()
    text = text.replace("¥", "").replace("￥", "").replace("人民币", "").strip()
    factor = Decimal(1)
    if text.endswith("万元") or text.endswith("万"):
        text = text.rstrip("元").rstrip("万").strip()
        factor = Decimal(10000)
    text = text.removesuffix("元").strip()
    if factor != 1:
        try:
            return Decimal(text.replace(",", "")) * factor
        except ArithmeticError:
            return text  # parse_amount says it is not a number
    return text


@dataclass(frozen=True)
class RowProblem:
    """One thing wrong with one ledger row: the sheet row number, the column header as the
    ledger writes it, and the reason (a message, rendered in the current language)."""

    row: int
    column: str
    message: Msg

    @property
    def reason(self) -> str:
        """The reason as a phrase inside a problem line (no final full stop)."""
        return str(self.message).strip().rstrip("。.")

    def __str__(self) -> str:
        return str(
            Msg("ledger.problem", {"row": self.row, "column": self.column, "reason": self.reason})
        )


def reason_text(exc: InvalidInput) -> Msg:
    """A refusal as the reason of a problem line."""
    return exc.message
