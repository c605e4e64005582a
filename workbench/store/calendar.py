"""Office-entered holiday schedules (they override the ``chinese-calendar`` package)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import Connection, select

from workbench.domain.calendar import CalendarSource, WorkCalendar, YearSchedule
from workbench.store.schema import calendar_days, calendar_years


def load_overrides(conn: Connection) -> dict[int, YearSchedule]:
    notes = dict(conn.execute(select(calendar_years.c.year, calendar_years.c.note)).all())
    days: dict[int, tuple[set[dt.date], set[dt.date]]] = {y: (set(), set()) for y in notes}
    for day, year, off in conn.execute(
        select(calendar_days.c.day, calendar_days.c.year, calendar_days.c.off)
    ):
        days[year][0 if off else 1].add(day)
    return {
        year: YearSchedule(
            year, CalendarSource.OFFICE, frozenset(h), frozenset(w), note=notes[year]
        )
        for year, (h, w) in days.items()
    }


def load_calendar(conn: Connection) -> WorkCalendar:
    return WorkCalendar(load_overrides(conn))


def save_year(
    conn: Connection,
    year: int,
    holidays: Iterable[dt.date],
    workdays: Iterable[dt.date],
    *,
    note: str,
    actor: str,
) -> None:
    """Replace the office schedule of ``year``."""
    conn.execute(calendar_years.delete().where(calendar_years.c.year == year))
    conn.execute(calendar_days.delete().where(calendar_days.c.year == year))
    conn.execute(
        calendar_years.insert().values(
            year=year, note=note, entered_at=dt.datetime.now(), entered_by=actor
        )
    )
    rows = [{"day": d, "year": year, "off": True} for d in sorted(set(holidays))]
    rows += [{"day": d, "year": year, "off": False} for d in sorted(set(workdays))]
    if rows:
        conn.execute(calendar_days.insert(), rows)


def delete_year(conn: Connection, year: int) -> bool:
    conn.execute(calendar_days.delete().where(calendar_days.c.year == year))
    return conn.execute(calendar_years.delete().where(calendar_years.c.year == year)).rowcount > 0
