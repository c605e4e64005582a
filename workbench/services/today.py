"""The Today view (docs/RULES.md §9): what needs a person's attention, and the year at a glance.

"Mine" means what 我的待办 (:data:`View.MINE <workbench.services.queue.View>`) means: open
review items whose counsel is the user's login or display name. Review deadlines are mine;
filing and the pre-expiry evaluation are the office's work, so those sections list every
counsel's documents. The year's figures are :func:`glance_in`: the conditions of ``workbench
tally`` (:mod:`workbench.services.tally`), narrowed to my items, and for an administrator also
for the whole office.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, func, select, true

from workbench.domain.calendar import WorkCalendar
from workbench.domain.deadlines import (
    DUE_SOON_WORKDAYS,
    EVALUATION_REMINDER_MONTHS,
    add_months,
    due_soon_limit,
)
from workbench.domain.kinds import Kind
from workbench.domain.roles import Permission
from workbench.domain.statuses import Status
from workbench.services.context import ServiceContext
from workbench.services.tally import (
    FilingIndicators,
    filed_in,
    filing_indicators_in,
    narrowing,
    received_in,
    reviewed_by_month,
    reviewed_in,
    year_bounds,
)
from workbench.services.users import current_user
from workbench.store import items as item_store
from workbench.store import queue as queue_store
from workbench.store.calendar import load_calendar
from workbench.store.schema import items, pauses

#: the office's lists (to file, validity ending) show this many rows, earliest first; the rest
#: are one click away in the queue's view of the same items
OFFICE_ROWS_SHOWN = 30


class Section(StrEnum):
    """The lists of the Today view, in the order shown."""

    OVERDUE = "overdue"  # my reviews past their due date
    WEEK_AHEAD = "week_ahead"  # my reviews due today or in the six days after
    RETURNED = "returned"  # my items returned for materials, awaiting resubmission
    TO_FILE = "to_file"  # published normative documents not yet filed (office)
    EXPIRING = "expiring"  # validity ends within 6 months (office)


@dataclass(frozen=True)
class TodayRow:
    """One item in a Today list. ``date`` is what the list is about (review due, filing due,
    end of validity, the day it was returned); ``days`` the calendar days from today to it
    (negative: past); ``workdays`` the working days left until it (for a returned item: the
    working days the clock will have when it restarts)."""

    id: int
    reg_no: str
    kind: Kind
    title: str
    unit: str
    counsel: str
    status: Status
    date: dt.date | None
    days: int
    workdays: int | None


@dataclass(frozen=True)
class DayGroup:
    """One of the seven days from today, with my reviews due that day."""

    day: dt.date
    workday: bool
    rows: tuple[TodayRow, ...]


@dataclass(frozen=True)
class YearFigures:
    """The few figures of a year the Today view shows, counted as the tally counts them
    (:func:`~workbench.services.tally.tally_in`, docs/RULES.md §6)."""

    year: int
    received: int
    reviewed: int
    filed: int
    reviewed_overdue: int
    by_month: tuple[int, ...]
    filing: FilingIndicators | None = None  # 报备率, 报备及时率, 规范率 of the year


def glance_in(conn: Connection, year: int, among: ColumnElement[bool] | None = None) -> YearFigures:
    """The tally's totals of ``year`` without its breakdowns (by unit, counsel, conclusion;
    pending; disclosure): the same conditions in four queries instead of ten, for a screen
    that is drawn at every start."""
    start, end = year_bounds(year)
    narrow = narrowing(conn, among)

    def count(cond: ColumnElement[bool]) -> int:
        stmt = select(func.count()).select_from(items).where(narrow(cond))
        return int(conn.execute(stmt).scalar() or 0)

    by_month, late = reviewed_by_month(conn, narrow(reviewed_in(start, end)))
    return YearFigures(
        year=year,
        received=count(received_in(start, end)),
        reviewed=sum(by_month),
        filed=count(filed_in(start, end)),
        reviewed_overdue=late,
        by_month=by_month,
        filing=filing_indicators_in(conn, start, end, among),
    )


@dataclass(frozen=True)
class OfficeCounts:
    """Every counsel's open reviews (shown to an administrator)."""

    overdue: int
    due_within_week: int
    returned: int


@dataclass(frozen=True)
class TodayOverview:
    today: dt.date
    counsel: str | None
    overdue: tuple[TodayRow, ...]
    week: tuple[DayGroup, ...]  # today and the six days after
    due_soon: tuple[TodayRow, ...]  # mine, due within 3 working days (may reach next week)
    returned: tuple[TodayRow, ...]
    to_file: tuple[TodayRow, ...]
    expiring: tuple[TodayRow, ...]
    mine: YearFigures
    office: YearFigures | None = None  # administrators only
    office_counts: OfficeCounts | None = None  # administrators only
    #: the office's lists show their first :data:`OFFICE_ROWS_SHOWN` rows; how many there are
    to_file_total: int = 0
    expiring_total: int = 0

    @property
    def due_within_week(self) -> tuple[TodayRow, ...]:
        return tuple(row for group in self.week for row in group.rows)

    def section(self, section: Section) -> tuple[TodayRow, ...]:
        if section is Section.WEEK_AHEAD:
            return self.due_within_week
        rows: tuple[TodayRow, ...] = getattr(self, section.value)
        return rows

    def total(self, section: Section) -> int:
        """How many items ``section`` has: the office's lists may show only the first ones."""
        shown = len(self.section(section))
        if section is Section.TO_FILE:
            return max(shown, self.to_file_total)
        if section is Section.EXPIRING:
            return max(shown, self.expiring_total)
        return shown


_COLUMNS = (
    items.c.id,
    items.c.reg_no,
    items.c.kind,
    items.c.title,
    items.c.unit,
    items.c.counsel,
    items.c.status,
    items.c.paused_remaining,
)


def _open_review() -> ColumnElement[bool]:
    return items.c.status.in_(item_store.REVIEW_OPEN)


def _review_due_between(start: dt.date, end: dt.date) -> ColumnElement[bool]:
    return and_(_open_review(), items.c.review_due_on.between(start, end))


def _rows(
    conn: Connection,
    where: ColumnElement[bool],
    date_col: Any,
    today: dt.date,
    cal: WorkCalendar | None,
    *,
    paused: bool = False,
    limit: int | None = None,
) -> tuple[TodayRow, ...]:
    """The items matching ``where`` by ``date_col`` (earliest first; the first ``limit``),
    counted from ``today``; working days left are counted with ``cal`` (for ``paused`` items:
    those the clock keeps)."""
    cols = [*_COLUMNS, date_col.label("on")]
    stmt = select(*cols).where(where).order_by(date_col.asc().nulls_last(), items.c.reg_no)
    if limit is not None:
        stmt = stmt.limit(limit)
    out = []
    # the rows come earliest first: each count goes on from the previous row's
    counted_to, counted = today, 0
    for r in conn.execute(stmt):
        on: dt.date | None = r.on
        workdays: int | None = None
        if paused:
            workdays = r.paused_remaining
        elif cal is not None and on is not None and on >= today:
            if on < counted_to:  # not in date order after all: count from today
                counted_to, counted = today, 0
            counted += cal.workdays_between(counted_to, on)
            counted_to, workdays = on, counted
        out.append(
            TodayRow(
                id=r.id,
                reg_no=r.reg_no,
                kind=Kind(r.kind),
                title=r.title,
                unit=r.unit,
                counsel=r.counsel,
                status=Status(r.status),
                date=on,
                days=(on - today).days if on is not None else 0,
                workdays=workdays,
            )
        )
    return tuple(out)


def _office_rows(
    conn: Connection, where: ColumnElement[bool], date_col: Any, today: dt.date, cal: WorkCalendar
) -> tuple[tuple[TodayRow, ...], int]:
    """The first :data:`OFFICE_ROWS_SHOWN` rows of an office list and how many it has (counted
    only when there are more)."""
    rows = _rows(conn, where, date_col, today, cal, limit=OFFICE_ROWS_SHOWN + 1)
    if len(rows) <= OFFICE_ROWS_SHOWN:
        return rows, len(rows)
    return rows[:OFFICE_ROWS_SHOWN], _count(conn, where)


def week_ahead(today: dt.date) -> list[dt.date]:
    """Today and the six days after: on a Friday or at the weekend the coming working days
    are still in sight (a calendar week would be all but over)."""
    return [today + dt.timedelta(days=i) for i in range(7)]


def _count(conn: Connection, where: ColumnElement[bool]) -> int:
    return queue_store.count(conn, item_store.ItemFilter(extra=(where,)))


def _returned_on() -> Any:
    """The day the item was last returned (its open pause)."""
    return (
        select(pauses.c.returned_on)
        .where(pauses.c.item_id == items.c.id, pauses.c.resubmitted_on.is_(None))
        .order_by(pauses.c.returned_on.desc())
        .limit(1)
        .scalar_subquery()
    )


def today_overview(ctx: ServiceContext, counsel: str | None, today: dt.date) -> TodayOverview:
    """What the Today view shows on ``today`` for ``counsel`` (a login: the items under it or
    its display name are "mine", as in 我的待办); ``None`` takes every counsel's items."""
    user = current_user(ctx)
    admin = user is not None and user.can(Permission.ADMINISTER)
    with ctx.db.read() as conn:
        cal = load_calendar(conn)
        mine: ColumnElement[bool] = true()
        among: ColumnElement[bool] | None = None
        if counsel is not None:
            among = queue_store.counsel_clause(queue_store.names_of_login(conn, counsel))
            mine = among
        due = items.c.review_due_on
        overdue = _rows(conn, and_(mine, item_store.review_overdue(today)), due, today, cal)
        days = week_ahead(today)
        this_week = _rows(conn, and_(mine, _review_due_between(today, days[-1])), due, today, cal)
        week = tuple(
            DayGroup(d, cal.is_workday(d), tuple(r for r in this_week if r.date == d)) for d in days
        )
        soon_limit = due_soon_limit(cal, today)
        due_soon = _rows(conn, and_(mine, _review_due_between(today, soon_limit)), due, today, cal)
        returned = _rows(
            conn,
            and_(mine, items.c.status == Status.RETURNED.value),
            _returned_on(),
            today,
            None,
            paused=True,
        )
        to_file, to_file_total = _office_rows(
            conn, queue_store.to_file_clause(), items.c.filing_due_on, today, cal
        )
        limit = add_months(today, EVALUATION_REMINDER_MONTHS)
        expiring, expiring_total = _office_rows(
            conn, queue_store.evaluation_clause(limit), items.c.valid_until, today, cal
        )
        office = office_counts = None
        if admin:
            office = glance_in(conn, today.year, None)
            office_counts = OfficeCounts(
                overdue=_count(conn, item_store.review_overdue(today)),
                due_within_week=_count(conn, _review_due_between(today, days[-1])),
                returned=_count(conn, items.c.status == Status.RETURNED.value),
            )
        return TodayOverview(
            today=today,
            counsel=counsel,
            overdue=overdue,
            week=week,
            due_soon=due_soon,
            returned=returned,
            to_file=to_file,
            expiring=expiring,
            mine=glance_in(conn, today.year, among),
            office=office,
            office_counts=office_counts,
            to_file_total=to_file_total,
            expiring_total=expiring_total,
        )


def needs_attention(rows: Sequence[TodayRow]) -> tuple[TodayRow, ...]:
    """Of ``rows`` with a deadline: those overdue or due within 3 working days."""
    return tuple(
        r
        for r in rows
        if r.date is not None and (r.days < 0 or (r.workdays or 0) <= DUE_SOON_WORKDAYS)
    )
