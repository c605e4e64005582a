"""Amounts as typed in the details form and in the register dialog, read by one parser (no Qt
needed)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from workbench.ui.amounts import parse_amount_input


@pytest.mark.parametrize(
    ("typed", "amount"),
    [("", None), ("  ", None), ("1,200,000.5", Decimal("1200000.50")), ("¥3,000元", Decimal(3000))],
)
def test_the_details_form_reads_figures(typed: str, amount: Decimal | None) -> None:
    assert parse_amount_input(typed) == amount


@pytest.mark.parametrize(
    ("typed", "amount"),
    [("", None), ("12万", Decimal(120000)), ("3,000元", Decimal(3000)), ("1 200", Decimal(1200))],
)
def test_registering_reads_figures_and_wan(typed: str, amount: Decimal | None) -> None:
    assert parse_amount_input(typed) == amount


@pytest.mark.parametrize("typed", ["十二万", "-5", "NaN", "about a million"])
def test_what_is_not_an_amount_is_refused(typed: str) -> None:
    with pytest.raises(ValueError):
        parse_amount_input(typed)
    with pytest.raises(ValueError):
        parse_amount_input(typed)


def test_registering_refuses_the_absurd_and_a_bare_wan() -> None:
    for typed in ("万", "1e15"):
        with pytest.raises(ValueError):
            parse_amount_input(typed)
