"""The shared date parser reads the office's spellings, 20261220 included."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.domain.dates import parse_date
from workbench.domain.errors import InvalidInput
from workbench.services.queue import parse_date_range


@pytest.mark.parametrize(
    "text",
    ["20261220", " 20261220 ", "２０２６１２２０", "2026-12-20", "2026/12/20", "2026年12月20日"],
)
def test_eight_digits_and_the_usual_spellings(text: str) -> None:
    assert parse_date(text) == dt.date(2026, 12, 20)


@pytest.mark.parametrize(
    ("text", "code"), [("20261340", "date.nonexistent"), ("2026122", "date.unreadable")]
)
def test_no_date_is_one_clear_sentence(text: str, code: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        parse_date(text, "received_on")
    assert refused.value.code == code and refused.value.params["text"] == text
    assert (
        str(refused.value).startswith(f"送审日期“{text}”") and str(refused.value).count("。") == 1
    )


def test_date_filters_take_eight_digits() -> None:
    assert parse_date_range("20260101..20260331") == (dt.date(2026, 1, 1), dt.date(2026, 3, 31))
    assert parse_date_range("20261220") == (dt.date(2026, 12, 20), dt.date(2026, 12, 20))
