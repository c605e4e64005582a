"""Review and filing deadlines, validity, and due-soon / overdue flags (docs/RULES.md §3)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from workbench.domain.calendar import WorkCalendar

DUE_SOON_WORKDAYS = 3
DEFAULT_FILING_DAYS = 15
DEFAULT_VALIDITY_YEARS = 5
PROVISIONAL_VALIDITY_YEARS = 2
EVALUATION_REMINDER_MONTHS = 6


@dataclass(frozen=True)
class Pause:
    """The item was returned for missing materials on ``returned_on``; resubmitted or not yet."""

    returned_on: dt.date
    resubmitted_on: dt.date | None = None


@dataclass(frozen=True)
class ReviewClock:
    """Where the review clock stands: the due date, or paused with days remaining."""

    due_on: dt.date | None
    paused: bool
    remaining_workdays: int


def review_clock(
    cal: WorkCalendar, received_on: dt.date, period: int, pauses: Sequence[Pause] = ()
) -> ReviewClock:
    """The review due date: the ``period``-th working day after ``received_on``.

    Working days spent while returned do not count: the working days up to and including the
    return date are used up, and the remainder runs again from the resubmission date (which,
    like the received date, is not itself counted). While the item is still returned the clock
    is paused and there is no due date.
    """
    remaining = period
    start = received_on
    for pause in sorted(pauses, key=lambda p: p.returned_on):
        used = cal.workdays_between(start, pause.returned_on)
        remaining = max(remaining - used, 0)
        if pause.resubmitted_on is None:
            return ReviewClock(None, True, remaining)
        start = max(pause.resubmitted_on, pause.returned_on)
    return ReviewClock(cal.add_workdays(start, remaining), False, remaining)


def review_due(
    cal: WorkCalendar, received_on: dt.date, period: int, pauses: Sequence[Pause] = ()
) -> dt.date | None:
    return review_clock(cal, received_on, period, pauses).due_on


def filing_due(
    cal: WorkCalendar, published_on: dt.date, days: int = DEFAULT_FILING_DAYS
) -> dt.date:
    """``days`` calendar days after publication, moved to the next working day if needed.

    The rule is 《辽宁省规章规范性文件备案办法》第三条 ("规范性文件应当自公布之日起15日内……报送
    备案"), counted as 《中华人民共和国民法典》 counts periods: the day of publication is not
    counted (第二百零一条, "开始的当日不计入，自下一日开始计算"), and a last day that falls on a
    statutory holiday moves to the day after the holiday (第二百零三条, "期间的最后一日是法定休假日
    的，以法定休假日结束的次日为期间的最后一日"), which is the next working day. docs/STATUTES.md
    lists the sources.
    """
    return cal.next_workday(published_on + dt.timedelta(days=days))


def add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def add_months(day: dt.date, months: int) -> dt.date:
    idx = day.year * 12 + day.month - 1 + months
    year, month = divmod(idx, 12)
    month += 1
    for d in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def is_provisional(title: str) -> bool:
    return "暂行" in title or "试行" in title


def validity_end(start: dt.date, months: int) -> dt.date:
    """The last day of a validity of ``months`` that begins on ``start``: "自2024年1月1日起施行，
    有效期5年" is valid until 2028年12月31日."""
    return add_months(start, months) - dt.timedelta(days=1)


def default_valid_until(
    title: str, published_on: dt.date, effective_on: dt.date | None = None
) -> dt.date:
    """Last day in force when the document states none: 5 years, 2 for 暂行/试行 titles,
    counted from the 施行 date the document gives (``effective_on``), else from publication."""
    years = PROVISIONAL_VALIDITY_YEARS if is_provisional(title) else DEFAULT_VALIDITY_YEARS
    return validity_end(effective_on or published_on, years * 12)


def valid_until(
    title: str,
    published_on: dt.date,
    *,
    effective_on: dt.date | None = None,
    stated_until: dt.date | None = None,
    stated_months: int | None = None,
) -> dt.date:
    """Last day in force, the same way ``workbench inspect`` reads it from the document: the end
    it states ("有效期至2028年12月31日"), else the period it states ("有效期5年") from its 施行
    date (or publication), else :func:`default_valid_until`."""
    if stated_until is not None:
        return stated_until
    start = effective_on or published_on
    if stated_months:
        return validity_end(start, stated_months)
    return default_valid_until(title, published_on, effective_on)


def evaluation_from(valid_until: dt.date) -> dt.date:
    """From this day on, the document is due for its pre-expiry evaluation."""
    return add_months(valid_until, -EVALUATION_REMINDER_MONTHS)


@dataclass(frozen=True)
class DueState:
    overdue: bool
    due_soon: bool


def due_state(cal: WorkCalendar, due_on: dt.date | None, done: bool, today: dt.date) -> DueState:
    """Overdue: past the due date and not done. Due soon: within 3 working days, not done."""
    if due_on is None or done:
        return DueState(False, False)
    if today > due_on:
        return DueState(True, False)
    return DueState(False, cal.workdays_between(today, due_on) <= DUE_SOON_WORKDAYS)


def due_soon_limit(cal: WorkCalendar, today: dt.date) -> dt.date:
    """Items due on or before this date (and not overdue) are due soon."""
    limit = cal.add_workdays(today, DUE_SOON_WORKDAYS)
    # every calendar day before the next working day after the limit is still within range
    nxt = limit + dt.timedelta(days=1)
    while not cal.is_workday(nxt):
        nxt += dt.timedelta(days=1)
    return nxt - dt.timedelta(days=1)
