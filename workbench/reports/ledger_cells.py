"""Reading the cells of one ledger row into typed values: text within its limits, dates not in
the future (for what has happened) nor absurdly early, amounts, and codes or their Chinese
labels. The common cells are read inline, for speed: a ledger has hundreds of thousands."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

from workbench.domain.errors import InvalidInput
from workbench.domain.fields import MAX_TITLE, clean_text, parse_amount
from workbench.domain.kinds import KIND_INFO, Kind, parse_kind
from workbench.domain.messages import Msg
from workbench.domain.opinions import CONCLUSION_LABELS, Conclusion, parse_conclusion
from workbench.domain.statuses import STATUS_LABELS, Status, parse_status
from workbench.reports.ledger import (
    COLUMN_BY_KEY,
    CellKind,
    cell_amount_text,
    cell_date,
    cell_text,
    is_blank,
    reason_text,
)

TEXT_LIMITS = {
    "reg_no": 40,
    "title": MAX_TITLE,
    "unit": 200,
    "counsel": 64,
    "doc_no": 100,
    "filing_authority": 200,
    "counterparty": 200,
    "notes": 20000,
}
#: Dates that record something that happened, so never after today.
PAST_DATES = ("received_on", "opinion_on", "published_on", "filed_on", "ended_on")
EARLIEST = dt.date(1990, 1, 1)
_AMOUNT_LIMIT = Decimal("1e15")
_CENT = Decimal("0.01")
#: The control characters ``clean_text`` refuses (tab and newline are allowed).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f]")
_READ_PLAN = tuple((c.key, c.cell) for c in COLUMN_BY_KEY.values())
_CODE_PARSERS: dict[str, Callable[[str], Any]] = {
    "kind": parse_kind,
    "status": parse_status,
    "conclusion": parse_conclusion,
}
#: The exact texts of every label and code (the inline fast path of :func:`read_cells`).
_KNOWN_CODES: dict[str, dict[str, Any]] = {
    "kind": {
        **{k.value: k for k in Kind},
        **{info.label_zh: k for k, info in KIND_INFO.items()},
    },
    "status": {
        **{s.value: s for s in Status},
        **{zh: s for s, (zh, _en) in STATUS_LABELS.items()},
    },
    "conclusion": {
        **{c.value: c for c in Conclusion},
        **{zh: c for c, (zh, _en) in CONCLUSION_LABELS.items()},
    },
}


def read_cells(
    raw: Mapping[str, Any], today: dt.date, problem: Callable[[str, Msg], None]
) -> dict[str, Any]:
    """The values of one row by column key; a cell that cannot be read is ``None``, and
    ``problem`` is told its column key and why."""
    # The common cases (plain text, date cells, known labels) are taken inline: a ledger
    # has hundreds of thousands of cells. Anything else goes through :func:`_cell`.
    v: dict[str, Any] = {}
    for key, kind in _READ_PLAN:
        value = raw.get(key)
        if value is None or value == "":
            if key != "title":
                v[key] = "" if kind is CellKind.TEXT else None
                continue
        elif type(value) is str:
            if kind is CellKind.TEXT and "\r" not in value:
                text = value.strip()
                if text and len(text) <= TEXT_LIMITS[key] and not _CONTROL.search(text):
                    v[key] = text
                    continue
            elif kind is CellKind.CODE and value in _KNOWN_CODES[key]:
                v[key] = _KNOWN_CODES[key][value]
                continue
        elif type(value) is dt.datetime and kind is CellKind.DATE:
            day = value.date()
            if day >= EARLIEST and (day <= today or key not in PAST_DATES):
                v[key] = day
                continue
        elif (type(value) is float or type(value) is int) and kind is CellKind.AMOUNT:
            # what parse_amount makes of a number cell, when it is in range
            amount = Decimal(repr(value))
            if amount.is_finite() and 0 <= amount < _AMOUNT_LIMIT:
                v[key] = amount.quantize(_CENT)
                continue
        try:
            v[key] = _cell(key, kind, value, today)
        except InvalidInput as exc:
            v[key] = None
            problem(key, reason_text(exc))
    return v


def _cell(key: str, kind: CellKind, value: Any, today: dt.date) -> Any:
    if kind is CellKind.DATE:
        day = cell_date(value)
        if day is not None and key in PAST_DATES and day > today:
            raise InvalidInput("cell.date_future", day=day, today=today)
        if day is not None and day < EARLIEST:
            raise InvalidInput("cell.date_too_early", day=day)
        return day
    if kind is CellKind.AMOUNT:
        return parse_amount(cell_amount_text(value))
    if kind is CellKind.CODE:
        if is_blank(value):
            return None
        return _CODE_PARSERS[key](cell_text(value))
    what = COLUMN_BY_KEY[key].term
    return clean_text(cell_text(value), what, required=key == "title", limit=TEXT_LIMITS[key])
