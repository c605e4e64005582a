"""Amounts of money as contracts write them: in figures (``120,000元``, ``12万元``) and in
capital numerals (``壹拾贰万元整``), so that the two can be compared."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

_DIGITS = {"零": 0, "〇": 0, "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8,
           "玖": 9, "两": 2, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
           "九": 9}  # fmt: skip
_SMALL = {"拾": 10, "十": 10, "佰": 100, "百": 100, "仟": 1000, "千": 1000}
_BIG = {"万": 10_000, "萬": 10_000, "亿": 100_000_000}
_FRACTION = {"角": Decimal("0.1"), "分": Decimal("0.01")}

WORDS = re.compile(
    r"[零〇壹贰叁肆伍陆柒捌玖拾][零〇壹贰叁肆伍陆柒捌玖拾佰仟万萬亿]*(?:元|圆)(?:[零〇壹贰叁肆伍陆柒捌玖]+[角分])*(?:整|正)?"
)
# ``120,000元``, ``12万元``, or after a currency sign with or without 元: ``（¥750,000.00）``
FIGURES = re.compile(
    r"(?P<sign>[¥￥]\s*)?(\d{1,3}(?:[,，]\d{3})+|\d+)(\.\d{1,2})?\s*(万)?\s*"
    r"(?(sign)(?:元)?|元)"
)


def parse_words(text: str) -> Decimal | None:
    """``壹拾贰万元整`` → 120000; None when ``text`` is not an amount in capital numerals."""
    text = text.strip().rstrip("整正")
    if "元" not in text and "圆" not in text:
        return None
    integer, _, fraction = re.split(r"(元|圆)", text, maxsplit=1)
    total = 0
    section = 0
    digit = 0
    for ch in integer:
        if ch in _DIGITS:
            digit = _DIGITS[ch]
        elif ch in _SMALL:
            section += (digit or 1) * _SMALL[ch]
            digit = 0
        elif ch in _BIG:
            section += digit
            total = (
                (total + section) * _BIG[ch] if _BIG[ch] > 10_000 else total + section * _BIG[ch]
            )
            section = 0
            digit = 0
        else:
            return None
    value = Decimal(total + section + digit)
    digit = 0
    for ch in fraction:
        if ch in _DIGITS:
            digit = _DIGITS[ch]
        elif ch in _FRACTION:
            value += digit * _FRACTION[ch]
            digit = 0
        elif ch in "整正":
            continue
        else:
            return None
    return value


def parse_figures(match: re.Match[str]) -> Decimal | None:
    """The value of a :data:`FIGURES` match (``12万元`` → 120000)."""
    try:
        value = Decimal(match.group(2).replace(",", "").replace("，", "") + (match.group(3) or ""))
    except InvalidOperation:
        return None
    return value * 10_000 if match.group(4) else value


def mismatches(text: str) -> list[tuple[str, str]]:
    """Pairs (figures, words) in one paragraph whose values disagree.

    Each amount in words is compared with the nearest amount in figures of the same paragraph;
    a paragraph with amounts in words only, or in figures only, has nothing to compare.
    """
    words = [(m.start(), m.group(), parse_words(m.group())) for m in WORDS.finditer(text)]
    figures = [(m.start(), m.group().strip(), parse_figures(m)) for m in FIGURES.finditer(text)]
    out: list[tuple[str, str]] = []
    for pos, raw, value in words:
        if value is None or not figures:
            continue
        near = min(figures, key=lambda f: abs(f[0] - pos))
        if near[2] is not None and near[2] != value:
            out.append((near[1], raw))
    return out
