"""Checking the free-text and number fields a user types."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from workbench.domain.errors import InvalidInput

MAX_TITLE = 500


def clean_text(value: str | None, what: str, *, required: bool = False, limit: int = 20000) -> str:
    text = (value or "").strip()
    if required and not text:
        raise InvalidInput(f"{what}不能为空。")
    if len(text) > limit:
        raise InvalidInput(f"{what}太长（{len(text)} 字，最多 {limit} 字）。")
    if any(ord(ch) < 32 and ch not in "\n\t" for ch in text):
        raise InvalidInput(f"{what}含有不可见的控制字符。")
    return text


def parse_amount(value: str | Decimal | float | None) -> Decimal | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        amount = Decimal(str(value).replace(",", "").replace("，", "").strip())
    except InvalidOperation:
        raise InvalidInput(f"合同金额“{value}”不是数字。") from None
    if not amount.is_finite() or amount < 0 or amount >= Decimal("1e15"):
        raise InvalidInput(f"合同金额“{value}”超出合理范围。")
    return amount.quantize(Decimal("0.01"))
