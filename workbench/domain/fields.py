"""Checking the free-text and number fields a user types."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from workbench.domain.errors import InvalidInput
from workbench.domain.messages import Msg, Term, field_label

MAX_TITLE = 500


def clean_text(
    value: str | None, what: str | Msg | Term, *, required: bool = False, limit: int = 20000
) -> str:
    """The text stripped; ``what`` is the field's key ("title"…) or its name, for refusals."""
    text = (value or "").strip()
    if required and not text:
        raise InvalidInput("text.empty", what=field_label(what))
    if len(text) > limit:
        raise InvalidInput("text.too_long", what=field_label(what), length=len(text), limit=limit)
    if any(ord(ch) < 32 and ch not in "\n\t" for ch in text):
        raise InvalidInput("text.control_characters", what=field_label(what))
    return text


def parse_amount(value: str | Decimal | float | None) -> Decimal | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        amount = Decimal(str(value).replace(",", "").replace("，", "").strip())
    except InvalidOperation:
        raise InvalidInput("amount.not_a_number", value=str(value)) from None
    if not amount.is_finite() or amount < 0 or amount >= Decimal("1e15"):
        raise InvalidInput("amount.out_of_range", value=str(value))
    return amount.quantize(Decimal("0.01"))
