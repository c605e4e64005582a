"""The Chinese working-day calendar (docs/RULES.md §3).

A year's schedule comes, in order of preference, from the office's own entry (stored in the
database by an administrator), from the ``chinese-calendar`` package, or — when neither covers
the year — from a Monday-to-Friday fallback that callers must show as a warning.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache

import chinese_calendar
from chinese_calendar import constants as _cc

ONE_DAY = dt.timedelta(days=1)


class CalendarSource(StrEnum):
    PACKAGE = "package"
    OFFICE = "office"
    FALLBACK = "fallback"


@dataclass(frozen=True)
class YearSchedule:
    """Days off on weekdays-or-weekends (``holidays``) and weekend days worked (``workdays``)."""

    year: int
    source: CalendarSource
    holidays: frozenset[dt.date] = field(default_factory=frozenset)
    workdays: frozenset[dt.date] = field(default_factory=frozenset)
    note: str = ""

    def is_workday(self, day: dt.date) -> bool:
        if day in self.workdays:
            return True
        if day in self.holidays:
            return False
        return day.weekday() < 5


@cache
def _package_years() -> frozenset[int]:
    return frozenset(d.year for d in _cc.holidays)


@cache
def package_schedule(year: int) -> YearSchedule | None:
    """The schedule ``chinese-calendar`` knows for ``year``, or ``None``."""
    if year not in _package_years():
        return None
    try:
        chinese_calendar.is_workday(dt.date(year, 6, 1))
    except NotImplementedError:
        return None
    holidays = frozenset(d for d in _cc.holidays if d.year == year)
    workdays = frozenset(d for d in _cc.workdays if d.year == year)
    return YearSchedule(year, CalendarSource.PACKAGE, holidays, workdays)


class WorkCalendar:
    """Answers "is this a working day" and counts working days across years.

    ``overrides`` are office-entered schedules keyed by year; they win over the package.
    """

    def __init__(self, overrides: Mapping[int, YearSchedule] | None = None) -> None:
        self._overrides = dict(overrides or {})
        self._years: dict[int, YearSchedule] = {}

    def schedule(self, year: int) -> YearSchedule:
        sched = self._years.get(year)
        if sched is None:
            sched = (
                self._overrides.get(year)
                or package_schedule(year)
                or YearSchedule(year, CalendarSource.FALLBACK)
            )
            self._years[year] = sched
        return sched

    def source(self, year: int) -> CalendarSource:
        return self.schedule(year).source

    def missing_years(self, days: Iterable[dt.date]) -> list[int]:
        """Years among ``days`` that only have the Monday-to-Friday fallback."""
        years = {d.year for d in days}
        return sorted(y for y in years if self.source(y) is CalendarSource.FALLBACK)

    def is_workday(self, day: dt.date) -> bool:
        return self.schedule(day.year).is_workday(day)

    def next_workday(self, day: dt.date) -> dt.date:
        """``day`` itself when it is a working day, else the next working day."""
        while not self.is_workday(day):
            day += ONE_DAY
        return day

    def add_workdays(self, start: dt.date, n: int) -> dt.date:
        """The ``n``-th working day after ``start`` (``start`` itself is not counted).

        ``n == 0`` gives ``start`` rolled forward to a working day.
        """
        if n < 0:
            raise ValueError("n must not be negative")
        if n == 0:
            return self.next_workday(start)
        day = start
        while n:
            day += ONE_DAY
            if self.is_workday(day):
                n -= 1
        return day

    def workdays_between(self, start: dt.date, end: dt.date) -> int:
        """Number of working days in the half-open span ``(start, end]``; 0 if ``end <= start``."""
        count = 0
        day = start + ONE_DAY
        while day <= end:
            if self.is_workday(day):
                count += 1
            day += ONE_DAY
        return count
