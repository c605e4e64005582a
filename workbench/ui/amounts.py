"""Amounts of money as clerks type them into the forms (no Qt): the details form and the
register dialog read them the same way."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation


def parse_amount_input(text: str) -> Decimal | None:
    """The amount typed, ``None`` when blank; raises ``ValueError`` when it is not a number.
    Accepts spaces and thousands separators, "¥" and "元", and 万: "1,200,000.5", "¥3,000元",
    "12万"."""
    raw = "".join(text.split()).replace(",", "").replace("，", "").replace("¥", "")
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
        raise ValueError(text) from None
    if not value.is_finite() or value < 0 or value >= Decimal("1e15"):
        raise ValueError(text)
    return value.quantize(Decimal("0.01"))
