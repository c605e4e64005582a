"""Amounts of money as clerks type them into the forms (no Qt)."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation


def parse_amount_text(text: str) -> Decimal | None:
    """The amount typed in the item's details, or None when empty; raises ValueError when it
    is not a number. Thousands separators, "¥" and "元" are allowed."""
    raw = text.replace(",", "").replace("，", "").replace("¥", "").replace("元", "").strip()
    if not raw:
        return None
    try:
        value = Decimal(raw)
    except InvalidOperation:
        raise ValueError(text) from None
    if not value.is_finite() or value < 0:
        raise ValueError(text)
    return value.quantize(Decimal("0.01"))


def parse_amount_words(text: str) -> Decimal | None:
    """The amount typed when registering, ``None`` when blank; raises ``ValueError`` when not
    a number. Accepts thousands separators and the way amounts are often written: "12万",
    "3,000元"."""
    raw = "".join(text.split()).replace(",", "").replace("，", "")
    raw = raw.removesuffix("元")
    factor = Decimal(1)
    if raw.endswith("万"):
        raw, factor = raw[:-1], Decimal(10000)
    if not raw:
        if factor != 1:
            raise ValueError(text)
        return None
    try:
        value = Decimal(raw) * factor
    except InvalidOperation:
        raise ValueError(raw) from None
    if not value.is_finite() or value < 0 or value >= Decimal("1e15"):
        raise ValueError(raw)
    return value.quantize(Decimal("0.01"))
