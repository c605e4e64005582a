"""The working-day calendar as the office sees it: show a year, enter a year's schedule."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workbench.domain.calendar import CalendarSource, WorkCalendar
from workbench.domain.errors import InvalidInput
from workbench.domain.roles import Permission
from workbench.services.context import ServiceContext
from workbench.services.users import require
from workbench.store import audit
from workbench.store import calendar as store

if TYPE_CHECKING:
    from workbench.domain.holiday_notice import NoticeSchedule


@dataclass(frozen=True)
class YearCalendar:
    year: int
    source: CalendarSource
    holidays: tuple[dt.date, ...]
    workdays: tuple[dt.date, ...]
    note: str

    def to_json(self) -> dict[str, Any]:
        return {
            "year": self.year,
            "source": self.source.value,
            "holidays": [d.isoformat() for d in self.holidays],
            "workdays": [d.isoformat() for d in self.workdays],
            "note": self.note,
        }


def current_calendar(ctx: ServiceContext) -> WorkCalendar:
    with ctx.db.read() as conn:
        return store.load_calendar(conn)


def year_calendar(ctx: ServiceContext, year: int) -> YearCalendar:
    sched = current_calendar(ctx).schedule(year)
    return YearCalendar(
        year,
        sched.source,
        tuple(sorted(sched.holidays)),
        tuple(sorted(sched.workdays)),
        sched.note,
    )


def missing_schedules(ctx: ServiceContext) -> list[int]:
    """The years deadlines are being counted in that have no holiday schedule (only the
    Monday-to-Friday fallback): this year, and from November the next one too, whose notice
    the State Council usually publishes then."""
    today = ctx.today()
    years = [today.year] + ([today.year + 1] if today.month >= 11 else [])
    return [y for y in years if year_calendar(ctx, y).source is CalendarSource.FALLBACK]


def read_notice(text: str, year: int | None = None) -> NoticeSchedule:
    from workbench.domain.holiday_notice import NoticeParseError, parse_holiday_notice

    try:
        return parse_holiday_notice(text, year)
    except NoticeParseError as exc:
        raise InvalidInput.of(exc.message) from None


def save_schedule(
    ctx: ServiceContext,
    year: int,
    holidays: tuple[dt.date, ...],
    workdays: tuple[dt.date, ...],
    note: str,
) -> YearCalendar:
    """Store the office's schedule for ``year`` (it overrides the package from now on)."""
    for day in holidays + workdays:
        if abs(day.year - year) > 1:
            raise InvalidInput("calendar.day_outside_year", day=day.isoformat(), year=year)
    for day in workdays:
        if day.weekday() < 5:
            raise InvalidInput("calendar.workday_not_weekend", day=day.isoformat())
    with ctx.db.write() as conn:
        require(conn, ctx, Permission.ADMINISTER)
        before = store.load_overrides(conn).get(year)
        store.save_year(conn, year, holidays, workdays, note=note, actor=ctx.actor)
        audit.record(
            conn,
            actor=ctx.actor,
            action="calendar_year",
            before={
                "year": year,
                "holidays": len(before.holidays),
                "workdays": len(before.workdays),
            }
            if before
            else None,
            after={
                "year": year,
                "holidays": [d.isoformat() for d in holidays],
                "workdays": [d.isoformat() for d in workdays],
                "note": note,
            },
        )
    return year_calendar(ctx, year)


MAX_NOTICE_BYTES = 1_000_000


def notice_text(data: bytes, name: str) -> str:
    """The text of a holiday notice read as bytes (UTF-8 or GB18030), or one sentence naming
    ``name`` and what is wrong."""
    if len(data) > MAX_NOTICE_BYTES:
        raise InvalidInput("calendar.notice_too_large", name=name)
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InvalidInput("calendar.notice_not_text", name=name)


def read_notice_file(path: Path) -> str:
    """The text of a notice saved as a file; the command line and the settings dialog both
    read notices through here."""
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_NOTICE_BYTES + 1)
    except OSError as exc:
        raise InvalidInput(
            "calendar.notice_unreadable", name=path.name, reason=str(exc.strerror)
        ) from None
    return notice_text(data, path.name)
