"""Dates and counts as Chinese documents write them (2024年1月1日, 二〇二四年一月一日, 五年)."""

from __future__ import annotations

import datetime as dt
import re

from workbench.domain import deadlines

_CN_DIGITS = {
    "〇": 0,
    "零": 0,
    "○": 0,
    "Ｏ": 0,
    "O": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")

_Y = r"\d{4}|[〇零○Ｏ一二三四五六七八九]{4}"
_MD = r"\d{1,2}|[一二三四五六七八九十]{1,3}"


def date_pattern(prefix: str = "") -> str:
    """A regex fragment for one date with groups ``{prefix}y``, ``{prefix}m`` and ``{prefix}d``."""
    return rf"(?P<{prefix}y>{_Y})\s*年\s*(?P<{prefix}m>{_MD})\s*月\s*(?P<{prefix}d>{_MD})\s*日"


def cn_number(text: str) -> int | None:
    """``5`` / ``五`` / ``十二`` / ``二十一`` / ``两`` as an int; None when it is not a number."""
    text = text.strip().translate(FULLWIDTH_DIGITS)
    if text.isdigit():
        return int(text)
    if not text or any(ch not in _CN_DIGITS and ch != "十" for ch in text):
        return None
    if "十" in text:
        tens, _, units = text.partition("十")
        t = _CN_DIGITS.get(tens, -1) if tens else 1
        u = _CN_DIGITS.get(units, -1) if units else 0
        if t < 0 or u < 0 or "十" in units:
            return None
        return t * 10 + u
    value = 0
    for ch in text:
        value = value * 10 + _CN_DIGITS[ch]
    return value


def date_from_match(match: re.Match[str], prefix: str = "") -> dt.date | None:
    """The date captured by :func:`date_pattern` groups, or None if it does not exist."""
    y_text = match[f"{prefix}y"]
    year = int(y_text) if y_text.isdigit() else int("".join(str(_CN_DIGITS[c]) for c in y_text))
    month = cn_number(match[f"{prefix}m"])
    day = cn_number(match[f"{prefix}d"])
    if month is None or day is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def validity_end(start: dt.date, months: int) -> dt.date:
    """The last day of a period of ``months`` that begins on ``start``, as the deadlines count
    it (:func:`workbench.domain.deadlines.validity_end`).

    ``本办法自2024年1月1日起施行，有效期5年`` is valid until 2028年12月31日.
    """
    return deadlines.validity_end(start, months)


def zh_date(day: dt.date) -> str:
    """``2023年5月6日``."""
    return f"{day.year}年{day.month}月{day.day}日"
