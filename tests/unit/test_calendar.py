"""The working-day calendar and the deadlines computed on it (docs/RULES.md §3)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.domain.calendar import CalendarSource, WorkCalendar, YearSchedule
from workbench.domain.deadlines import (
    Pause,
    default_valid_until,
    due_soon_limit,
    due_state,
    evaluation_from,
    filing_due,
    review_clock,
    review_due,
)
from workbench.services import calendar as calendar_service
from workbench.services.context import ServiceContext
from workbench.store.database import Database

D = dt.date
CAL = WorkCalendar()


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (D(2023, 1, 23), False),  # Spring Festival 2023
        (D(2023, 1, 28), True),  # make-up Saturday after Spring Festival
        (D(2023, 1, 29), True),  # make-up Sunday
        (D(2023, 10, 6), False),  # National Day 2023
        (D(2023, 10, 7), True),  # make-up Saturday
        (D(2024, 2, 18), True),  # make-up Sunday after Spring Festival 2024
        (D(2024, 10, 12), True),  # make-up Saturday after National Day 2024
        (D(2025, 1, 28), False),  # 2025 Spring Festival eve, newly a holiday
        (D(2025, 1, 26), True),  # make-up Sunday before it
        (D(2025, 2, 8), True),  # make-up Saturday
        (D(2025, 10, 8), False),  # National Day + Mid-Autumn 2025
        (D(2025, 10, 11), True),  # make-up Saturday
        (D(2026, 2, 16), False),  # Spring Festival 2026
        (D(2026, 2, 14), True),  # make-up Saturday
        (D(2026, 6, 6), False),  # an ordinary Saturday
        (D(2026, 6, 8), True),  # an ordinary Monday
    ],
)
def test_known_days(day: dt.date, working: bool) -> None:
    assert CAL.is_workday(day) is working


def test_contract_received_before_spring_festival_2023_due_on_make_up_saturday() -> None:
    # 5 working days: 17, 18, 19, 20 January, then the holiday, then Saturday 28 January
    assert review_due(CAL, D(2023, 1, 16), 5) == D(2023, 1, 28)


def test_normative_received_before_national_day_2023() -> None:
    # 15 working days from 2023-09-20: Sep 21,22,25,26,27,28, (Sep 29-Oct 6 off),
    # Oct 7 (Sat, worked), 8 (Sun, worked), 9, 10, 11, 12, 13, 16, 17
    assert review_due(CAL, D(2023, 9, 20), 15) == D(2023, 10, 17)


def test_filing_due_rolls_out_of_national_day_2023_onto_make_up_saturday() -> None:
    # published 2023-09-20 -> +15 days = 2023-10-05 (holiday) -> next working day 7 October
    assert filing_due(CAL, D(2023, 9, 20)) == D(2023, 10, 7)


def test_filing_due_on_a_working_day_stays() -> None:
    assert filing_due(CAL, D(2025, 3, 3)) == D(2025, 3, 18)


def test_fallback_year_counts_monday_to_friday_and_says_so() -> None:
    year = 2099
    assert CAL.source(year) is CalendarSource.FALLBACK
    assert CAL.missing_years([D(2099, 1, 1), D(2025, 1, 1)]) == [2099]
    assert review_due(CAL, D(2099, 1, 2), 5) == D(2099, 1, 9)  # Fri -> next Fri
    assert not CAL.is_workday(D(2099, 1, 3))


def test_office_override_wins_over_package() -> None:
    extra_holiday = D(2025, 6, 17)
    cal = WorkCalendar(
        {2025: YearSchedule(2025, CalendarSource.OFFICE, frozenset({extra_holiday}), frozenset())}
    )
    assert cal.source(2025) is CalendarSource.OFFICE
    assert not cal.is_workday(extra_holiday)
    assert CAL.is_workday(extra_holiday)


def test_return_pauses_the_clock() -> None:
    received = D(2025, 3, 3)  # Monday
    plain = review_due(CAL, received, 5)
    assert plain == D(2025, 3, 10)
    # returned Wednesday 5 March after 2 working days; resubmitted Monday 17 March
    paused = review_clock(CAL, received, 5, [Pause(D(2025, 3, 5), None)])
    assert paused.paused and paused.due_on is None and paused.remaining_workdays == 3
    resumed = review_due(CAL, received, 5, [Pause(D(2025, 3, 5), D(2025, 3, 17))])
    assert resumed == D(2025, 3, 20)  # 3 remaining working days after the 17th


def test_validity_and_evaluation_reminder() -> None:
    assert default_valid_until("辽宁省科技计划项目管理办法", D(2023, 5, 1)) == D(2028, 4, 30)
    assert default_valid_until("科研诚信管理办法（试行）", D(2023, 5, 1)) == D(2025, 4, 30)
    assert default_valid_until("科技伦理审查办法（暂行）", D(2024, 2, 29)) == D(2026, 2, 27)
    assert evaluation_from(D(2028, 4, 30)) == D(2027, 10, 30)


def test_due_soon_and_overdue() -> None:
    today = D(2025, 6, 16)  # Monday
    assert due_state(CAL, D(2025, 6, 13), False, today).overdue
    assert not due_state(CAL, D(2025, 6, 13), True, today).overdue
    assert due_state(CAL, D(2025, 6, 19), False, today).due_soon  # 3 working days
    assert not due_state(CAL, D(2025, 6, 20), False, today).due_soon  # 4 working days
    assert due_state(CAL, today, False, today).due_soon
    assert due_soon_limit(CAL, today) == D(2025, 6, 19)
    # a Friday: three working days run to Wednesday, the weekend in between counts as "soon"
    assert due_soon_limit(CAL, D(2025, 6, 20)) == D(2025, 6, 25)


dates = st.dates(min_value=D(2015, 1, 1), max_value=D(2026, 12, 20))
periods = st.integers(min_value=1, max_value=30)


@settings(max_examples=300, deadline=None)
@given(dates, periods)
def test_due_date_is_always_a_working_day(received: dt.date, period: int) -> None:
    due = review_due(CAL, received, period)
    assert due is not None and CAL.is_workday(due) and due > received
    assert CAL.workdays_between(received, due) == period


@settings(max_examples=300, deadline=None)
@given(dates, dates, periods)
def test_later_receipt_never_gives_an_earlier_due_date(a: dt.date, b: dt.date, n: int) -> None:
    early, late = sorted((a, b))
    assert review_due(CAL, early, n) <= review_due(CAL, late, n)  # type: ignore[operator]


@settings(max_examples=300, deadline=None)
@given(dates, periods, st.integers(0, 40), st.integers(0, 60))
def test_returned_time_never_counts(received: dt.date, period: int, a: int, b: int) -> None:
    returned = received + dt.timedelta(days=a)
    resubmitted = returned + dt.timedelta(days=b)
    due = review_due(CAL, received, period, [Pause(returned, resubmitted)])
    assert due is not None and CAL.is_workday(due)
    counted = CAL.workdays_between(received, min(returned, due)) + CAL.workdays_between(
        resubmitted, due
    )
    if CAL.workdays_between(received, returned) < period:
        # exactly the period is spent outside the pause
        assert counted == period
    # the pause never makes the deadline earlier than without it
    assert due >= review_due(CAL, received, period)  # type: ignore[operator]


@pytest.mark.parametrize(
    ("today", "missing"),
    [
        (dt.date(2025, 6, 16), []),  # the package has 2025
        (dt.date(2040, 3, 2), [2040]),
        (dt.date(2040, 11, 2), [2040, 2041]),  # from November next year's notice is due
    ],
)
def test_the_years_without_a_holiday_schedule(
    db: Database, today: dt.date, missing: list[int]
) -> None:
    ctx = ServiceContext(db, actor="tester", fixed_today=today)
    assert calendar_service.missing_schedules(ctx) == missing
