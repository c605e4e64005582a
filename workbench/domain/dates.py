"""Reading dates the way an office writes them."""

from __future__ import annotations

import datetime as dt
import re

from workbench.domain.errors import InvalidInput
from workbench.domain.messages import Msg, Term, field_label

_DATE = re.compile(
    r"^\s*(\d{4})\s*(?:[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})|年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?"
    r"|(\d{2})(\d{2}))\s*$"
)


def parse_date(text: str, what: str | Msg | Term = "date") -> dt.date:
    """Accept ``2023-05-06``, ``2023/5/6``, ``2023.5.6``, ``2023年5月6日`` and ``20230506``;
    ``what`` is the field's key or name, for refusals."""
    raw = text.strip().translate(str.maketrans("０１２３４５６７８９／－．", "0123456789/-."))
    match = _DATE.match(raw)
    if not match:
        raise InvalidInput("date.unreadable", what=field_label(what), text=text)
    year = int(match.group(1))
    month = int(match.group(2) or match.group(4) or match.group(6))
    day = int(match.group(3) or match.group(5) or match.group(7))
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise InvalidInput("date.nonexistent", what=field_label(what), text=text) from None


def zh_date(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"
