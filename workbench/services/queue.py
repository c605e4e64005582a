"""The work queue: which items a view shows, in which order, and the sidebar's counts.

The desktop queue asks :func:`queue_ids` first for the ids of the first page of a view, then
for all of them (fast at 100,000 items), and :func:`rows_by_ids` for the rows of the page on
screen. Views are named by codes; the UI translates them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy import ColumnElement, Connection

from workbench.domain.calendar import WorkCalendar
from workbench.domain.dates import parse_date
from workbench.domain.deadlines import (
    DUE_SOON_WORKDAYS,
    EVALUATION_REMINDER_MONTHS,
    add_months,
    due_soon_limit,
)
from workbench.domain.errors import InvalidInput
from workbench.domain.kinds import Kind, parse_kind
from workbench.domain.statuses import OPEN_REVIEW, Status, parse_status
from workbench.services.context import ServiceContext
from workbench.services.views import active_due
from workbench.store import queue as store
from workbench.store import search as search_sql
from workbench.store.calendar import load_calendar
from workbench.store.items import ItemFilter


class View(StrEnum):
    """The saved views of the sidebar, in the order shown."""

    MINE = "mine"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    TO_FILE = "to_file"
    EXPIRING = "expiring"
    REVIEWED_THIS_YEAR = "reviewed_this_year"
    ALL = "all"


#: The order a view opens in when it is about deadlines: soonest (most overdue) first.
DEADLINE_FIRST: dict[str, tuple[str, bool]] = {
    View.MINE.value: ("due", False),
    View.DUE_SOON.value: ("due", False),
}


def default_sort(view: str) -> tuple[str, bool] | None:
    """The (sort key, descending) a view opens with, or None to keep the user's order."""
    return DEADLINE_FIRST.get(view)


#: Column keys the queue can sort by and filter on.
SORT_KEYS = ("reg_no", "kind", "title", "unit", "received_on", "due", "status", "counsel", "doc_no")
DATE_FILTER_KEYS = frozenset({"received_on", "due"})
CODE_FILTER_KEYS = frozenset({"kind", "status"})

ColumnFilters = Mapping[str, str | Sequence[str]]


@dataclass(frozen=True)
class QueueQuery:
    """What a saved search remembers: a base view, search words and column filters."""

    view: str = View.ALL.value
    search: str = ""
    column_filters: Mapping[str, str | Sequence[str]] = field(default_factory=dict)


class DueBadge(StrEnum):
    NONE = "none"  # no deadline running (done, withdrawn, not filed kinds after the opinion)
    NORMAL = "normal"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    PAUSED = "paused"  # returned for materials: the review clock stands still


@dataclass(frozen=True)
class QueueRow:
    """One line of the queue with its deadline badge worked out for today."""

    id: int
    reg_no: str
    kind: Kind
    title: str
    unit: str
    received_on: dt.date
    status: Status
    counsel: str
    doc_no: str
    due_on: dt.date | None
    badge: DueBadge
    overdue_days: int  # calendar days past the due date (OVERDUE)
    workdays_left: int | None  # working days until the due date (NORMAL, DUE_SOON)
    paused_remaining: int | None  # working days left when the clock restarts (PAUSED)
    valid_until: dt.date | None
    version: int


_RANGE_SPLIT = re.compile(r"\s*(?:\.\.|~|～|至)\s*")


def parse_date_range(text: str) -> tuple[dt.date | None, dt.date | None]:
    """``2023``, ``2023-05``, a date, or ``FROM..TO`` (either side may be empty)."""
    raw = text.strip()
    if not raw:
        raise InvalidInput("queue.date_filter_empty")
    parts = _RANGE_SPLIT.split(raw)
    if len(parts) == 2:
        start = _period(parts[0])[0] if parts[0] else None
        end = _period(parts[1])[1] if parts[1] else None
        if start and end and end < start:
            raise InvalidInput("queue.date_range_reversed", text=text)
        return start, end
    if len(parts) > 2:
        raise InvalidInput("queue.date_range_unreadable", text=text)
    return _period(raw)


def _period(text: str) -> tuple[dt.date, dt.date]:
    year = re.fullmatch(r"(\d{4})\s*年?", text)
    if year:
        y = int(year.group(1))
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    month = re.fullmatch(r"(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*月?", text)
    if month:
        y, m = int(month.group(1)), int(month.group(2))
        if not 1 <= m <= 12:
            raise InvalidInput("queue.month_nonexistent", text=text)
        first = dt.date(y, m, 1)
        return first, add_months(first, 1) - dt.timedelta(days=1)
    day = parse_date(text, "filter_date")
    return day, day


def _view_clauses(
    conn: Connection, ctx: ServiceContext, view: str, cal: WorkCalendar, today: dt.date
) -> ItemFilter:
    try:
        which = View(view)
    except ValueError:
        raise InvalidInput("queue.view_unknown", view=view) from None
    if which is View.MINE:
        names = store.names_of_login(conn, ctx.actor)
        return ItemFilter(
            statuses=[s.value for s in OPEN_REVIEW], extra=(store.counsel_clause(names),)
        )
    if which is View.DUE_SOON:
        return ItemFilter(due_soon=(today, due_soon_limit(cal, today)))
    if which is View.OVERDUE:
        return ItemFilter(overdue_on=today)
    if which is View.TO_FILE:
        return ItemFilter(extra=(store.to_file_clause(),))
    if which is View.EXPIRING:
        limit = add_months(today, EVALUATION_REMINDER_MONTHS)
        return ItemFilter(extra=(store.evaluation_clause(limit),))
    if which is View.REVIEWED_THIS_YEAR:
        return ItemFilter(extra=(store.reviewed_in_year_clause(today.year),))
    return ItemFilter()


def _column_clauses(filters: ColumnFilters) -> list[ColumnElement[bool]]:
    out: list[ColumnElement[bool]] = []
    for key, value in filters.items():
        if key in CODE_FILTER_KEYS:
            codes = [value] if isinstance(value, str) else list(value)
            parse = parse_kind if key == "kind" else parse_status
            out.append(store.code_column_clause(key, [parse(c).value for c in codes]))
        elif key in DATE_FILTER_KEYS:
            if not isinstance(value, str):
                raise InvalidInput("queue.date_filter_not_text", column=key)
            out.append(store.date_column_clause(key, *parse_date_range(value)))
        elif key in store.TEXT_COLUMNS or key == "doc_no":
            text = value if isinstance(value, str) else " ".join(value)
            if text.strip():
                out.append(store.text_column_clause(key, text))
        else:
            raise InvalidInput("queue.filter_column_unknown", column=key)
    return out


def _filter(
    conn: Connection,
    ctx: ServiceContext,
    query: QueueQuery,
    cal: WorkCalendar,
    today: dt.date,
    *,
    with_search: bool = True,
) -> ItemFilter:
    base = _view_clauses(conn, ctx, query.view, cal, today)
    search = search_sql.search_clause(query.search, ctx.db.dialect) if with_search else []
    extra = [*base.extra, *search, *_column_clauses(query.column_filters)]
    return ItemFilter(
        statuses=base.statuses,
        kinds=base.kinds,
        counsel=base.counsel,
        overdue_on=base.overdue_on,
        due_soon=base.due_soon,
        extra=tuple(extra),
    )


def queue_ids(
    ctx: ServiceContext,
    view: str = View.ALL.value,
    search: str = "",
    column_filters: ColumnFilters | None = None,
    sort_column: str = "received_on",
    descending: bool = True,
    *,
    limit: int | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[int]:
    """The ids of the items the view shows, sorted by ``sort_column`` (the first ``limit`` of
    them). When ``cancelled()`` turns true while the ids stream in, stops and returns an
    incomplete list: only call with ``cancelled`` when the answer will then be dropped."""
    query = QueueQuery(view, search, column_filters or {})
    with ctx.db.read() as conn:
        cal = load_calendar(conn)
        return _ordered_ids(conn, ctx, cal, query, sort_column, descending, limit, cancelled)


@dataclass(frozen=True)
class QueuePage:
    """The beginning of a queue: its first ids in order, their rows, and (only when there
    are no ids) how many items exist at all, for the empty state."""

    ids: list[int]
    rows: list[QueueRow]
    total: int


def first_page(
    ctx: ServiceContext, query: QueueQuery, sort_column: str, descending: bool, limit: int
) -> QueuePage:
    """The first ``limit`` ids of ``query`` with their rows, read together (one snapshot)."""
    with ctx.db.read() as conn:
        cal = load_calendar(conn)
        ids = _ordered_ids(conn, ctx, cal, query, sort_column, descending, limit, None)
        rows = _rows(conn, cal, ctx.today(), ids)
        total = len(ids) if ids else store.count(conn, ItemFilter())
    return QueuePage(ids, rows, total)


def _ordered_ids(
    conn: Connection,
    ctx: ServiceContext,
    cal: WorkCalendar,
    query: QueueQuery,
    sort_column: str,
    descending: bool,
    limit: int | None,
    cancelled: Callable[[], bool] | None,
) -> list[int]:
    if sort_column not in SORT_KEYS:
        raise InvalidInput("queue.sort_column_unknown", column=sort_column)
    flt = _filter(conn, ctx, query, cal, ctx.today(), with_search=False)
    order = store.sort_expression(sort_column, [k.value for k in Kind], [s.value for s in Status])
    ids = store.ordered_ids(
        conn, flt, order, descending, search=query.search, limit=limit, cancelled=cancelled
    )
    return [] if ids is None else ids


def _badge(
    cal: WorkCalendar,
    today: dt.date,
    status: Status,
    due: dt.date | None,
    lefts: dict[dt.date, int],
) -> tuple[DueBadge, int, int | None]:
    if status is Status.RETURNED:
        return DueBadge.PAUSED, 0, None
    if due is None:
        return DueBadge.NONE, 0, None
    if today > due:
        return DueBadge.OVERDUE, (today - due).days, None
    left = lefts.get(due)
    if left is None:  # many items share a due date: count its working days once
        left = lefts[due] = cal.workdays_between(today, due)
    # the same rule as deadlines.due_state: within 3 working days is "due soon"
    return (DueBadge.DUE_SOON if left <= DUE_SOON_WORKDAYS else DueBadge.NORMAL), 0, left


def rows_by_ids(ctx: ServiceContext, ids: Sequence[int]) -> list[QueueRow]:
    """The rows of ``ids`` in the same order; ids that no longer exist are left out."""
    if not ids:
        return []
    with ctx.db.read() as conn:
        return _rows(conn, load_calendar(conn), ctx.today(), ids)


def _rows(
    conn: Connection, cal: WorkCalendar, today: dt.date, ids: Sequence[int]
) -> list[QueueRow]:
    if not ids:
        return []
    found = {r.id: r for r in store.rows_by_ids(conn, ids)}
    lefts: dict[dt.date, int] = {}
    out: list[QueueRow] = []
    for item_id in ids:
        r = found.get(item_id)
        if r is None:
            continue
        status = Status(r.status)
        due = active_due(status, r.review_due_on, r.filing_due_on)
        badge, late, left = _badge(cal, today, status, due, lefts)
        out.append(
            QueueRow(
                id=r.id,
                reg_no=r.reg_no,
                kind=Kind(r.kind),
                title=r.title,
                unit=r.unit,
                received_on=r.received_on,
                status=status,
                counsel=r.counsel,
                doc_no=r.doc_no,
                due_on=due,
                badge=badge,
                overdue_days=late,
                workdays_left=left,
                paused_remaining=r.paused_remaining if status is Status.RETURNED else None,
                valid_until=r.valid_until,
                version=r.version,
            )
        )
    return out


def view_counts(
    ctx: ServiceContext,
    saved: Mapping[str, QueueQuery] | None = None,
    *,
    cancelled: Callable[[], bool] | None = None,
) -> dict[str, int]:
    """How many items each built-in view shows (keyed by :class:`View` code), plus one count
    per saved search in ``saved`` (keyed as given). A saved search that no longer parses
    counts as 0. When ``cancelled()`` turns true between two counts, stops and returns the
    counts so far: only call with ``cancelled`` when the answer will then be dropped."""
    today = ctx.today()
    out: dict[str, int] = {}
    queries = [(view.value, QueueQuery(view)) for view in View] + list((saved or {}).items())
    with ctx.db.read() as conn:
        cal = load_calendar(conn)
        for key, query in queries:
            if cancelled is not None and cancelled():
                break
            try:
                out[key] = store.count(conn, _filter(conn, ctx, query, cal, today))
            except InvalidInput:  # a saved search that no longer parses
                out[key] = 0
    return out


def matches_outside_view(ctx: ServiceContext, query: QueueQuery) -> int:
    """How many items match ``query``'s search words and column filters but are left out by its
    view: the queue offers to search all items when this is not 0. 0 for the view of all items
    or without search words."""
    if query.view == View.ALL.value or not query.search.strip():
        return 0
    today = ctx.today()
    everywhere = QueueQuery(View.ALL.value, query.search, query.column_filters)
    with ctx.db.read() as conn:
        cal = load_calendar(conn)
        try:
            total = store.count(conn, _filter(conn, ctx, everywhere, cal, today))
            shown = store.count(conn, _filter(conn, ctx, query, cal, today))
        except InvalidInput:  # a filter that does not parse: the queue says so itself
            return 0
    return max(total - shown, 0)


def counsel_names(ctx: ServiceContext) -> list[str]:
    """Names entered as counsel so far, for the assign picker."""
    with ctx.db.read() as conn:
        return store.counsel_names(conn)


def total_items(ctx: ServiceContext) -> int:
    """How many items the database holds (0 means a fresh start)."""
    with ctx.db.read() as conn:
        return store.count(conn, ItemFilter())
