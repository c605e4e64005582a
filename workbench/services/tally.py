"""Yearly tallies (docs/RULES.md §6), counted in the database with grouped queries.

Nothing here loads items into Python: every figure is a ``COUNT``/``SUM`` grouped by kind,
conclusion, month, unit or counsel, so a year of 100,000 items costs a handful of index scans.
The same queries run on SQLite and PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, case, exists, func, or_, select

from workbench.domain.errors import InvalidInput
from workbench.domain.kinds import KIND_CODES, Kind
from workbench.domain.opinions import Conclusion, FilingResult
from workbench.domain.statuses import Status
from workbench.services.context import ServiceContext
from workbench.store.schema import items

CONCLUSION_CODES: tuple[str, ...] = tuple(c.value for c in Conclusion)
MIN_YEAR, MAX_YEAR = 1990, 2200


def year_bounds(year: int) -> tuple[dt.date, dt.date]:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise InvalidInput("tally.year_range", year=year, first=MIN_YEAR, last=MAX_YEAR)
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _zero_kinds() -> dict[str, int]:
    return dict.fromkeys(KIND_CODES, 0)


@dataclass(frozen=True)
class KindTally:
    """A total with its split by kind (every kind code present, zeros included)."""

    total: int
    by_kind: Mapping[str, int]


@dataclass(frozen=True)
class ReviewedTally:
    total: int
    by_kind: Mapping[str, int]
    by_conclusion: Mapping[str, int]
    by_month: tuple[int, ...]
    by_unit: Mapping[str, int]
    by_counsel: Mapping[str, int]
    overdue: int


@dataclass(frozen=True)
class FiledTally:
    total: int
    by_kind: Mapping[str, int]
    overdue: int


@dataclass(frozen=True)
class Disclosure:
    """The 行政规范性文件 row of the 政府信息公开年度报告 table."""

    issued: int
    repealed: int
    in_force: int


def ratio(part: int, whole: int) -> float | None:
    """``part / whole`` rounded to 4 decimals; ``None`` when ``whole`` is 0."""
    return round(part / whole, 4) if whole else None


def percent_text(rate: float | None, none: str = "—") -> str:
    """A rate as people read it: 0.5 → ``50%``, 0.6667 → ``66.67%``; ``none`` when undefined."""
    if rate is None:
        return none
    number = f"{rate * 100:.2f}".rstrip("0").rstrip(".")
    return f"{number}%"


RATE_KEYS = ("rate", "on_time_rate", "conforming_rate")


@dataclass(frozen=True)
class FilingIndicators:
    """报备率, 报备及时率 and 规范率 of the normative documents published in the year.

    ``due``: published in the year (withdrawn never count); ``filed``: of those, filed on any
    date; ``on_time``: filed on or before the filing due date; ``accepted``: filed with the
    result 予以备案; ``with_result``: filed and a result recorded (the 规范率's denominator)."""

    due: int
    filed: int
    on_time: int
    accepted: int
    with_result: int

    @property
    def rate(self) -> float | None:
        return ratio(self.filed, self.due)

    @property
    def on_time_rate(self) -> float | None:
        return ratio(self.on_time, self.due)

    @property
    def conforming_rate(self) -> float | None:
        return ratio(self.accepted, self.with_result)

    def to_json(self) -> dict[str, Any]:
        return {
            "due": self.due,
            "filed": self.filed,
            "on_time": self.on_time,
            "accepted": self.accepted,
            "with_result": self.with_result,
            "rate": self.rate,
            "on_time_rate": self.on_time_rate,
            "conforming_rate": self.conforming_rate,
        }


@dataclass(frozen=True)
class Tally:
    """The counts of one calendar year, by the rules of docs/RULES.md §6."""

    year: int
    received: KindTally
    reviewed: ReviewedTally
    filed: FiledTally
    pending_at_year_end: int
    disclosure: Disclosure
    filing_indicators: FilingIndicators

    def to_json(self) -> dict[str, Any]:
        """Exactly the object ``workbench tally --json`` prints."""
        r = self.reviewed
        return {
            "year": self.year,
            "received": {"total": self.received.total, "by_kind": dict(self.received.by_kind)},
            "reviewed": {
                "total": r.total,
                "by_kind": dict(r.by_kind),
                "by_conclusion": dict(r.by_conclusion),
                "by_month": list(r.by_month),
                "by_unit": dict(r.by_unit),
                "by_counsel": dict(r.by_counsel),
                "overdue": r.overdue,
            },
            "filed": {
                "total": self.filed.total,
                "by_kind": dict(self.filed.by_kind),
                "overdue": self.filed.overdue,
            },
            "pending_at_year_end": self.pending_at_year_end,
            "disclosure": {
                "issued": self.disclosure.issued,
                "repealed": self.disclosure.repealed,
                "in_force": self.disclosure.in_force,
            },
            "filing_indicators": self.filing_indicators.to_json(),
        }


# -- the counting rules as SQL conditions -------------------------------------------------------


def received_in(start: dt.date, end: dt.date) -> ColumnElement[bool]:
    return items.c.received_on.between(start, end)


def reviewed_in(start: dt.date, end: dt.date) -> ColumnElement[bool]:
    """First opinion issued in the year; a withdrawn item never counts as reviewed."""
    return and_(items.c.opinion_on.between(start, end), items.c.status != Status.WITHDRAWN.value)


def filed_in(start: dt.date, end: dt.date) -> ColumnElement[bool]:
    return items.c.filed_on.between(start, end)


def pending_at(end: dt.date) -> ColumnElement[bool]:
    """Received by ``end``, not withdrawn, no opinion issued by ``end``."""
    return and_(
        items.c.received_on <= end,
        items.c.status != Status.WITHDRAWN.value,
        or_(items.c.opinion_on.is_(None), items.c.opinion_on > end),
    )


def review_late() -> ColumnElement[bool]:
    return items.c.opinion_on > items.c.review_due_on


def filing_late() -> ColumnElement[bool]:
    return items.c.filed_on > items.c.filing_due_on


def normative() -> ColumnElement[bool]:
    return items.c.kind == Kind.NORMATIVE.value


def in_force_at(end: dt.date) -> ColumnElement[bool]:
    return and_(
        normative(),
        items.c.published_on <= end,
        or_(items.c.ended_on.is_(None), items.c.ended_on > end),
    )


def filing_indicators_in(
    conn: Connection, start: dt.date, end: dt.date, among: ColumnElement[bool] | None = None
) -> FilingIndicators:
    """The filing indicators over the normative documents published from ``start`` to ``end``."""
    # The kind is tested in the counts, not in WHERE: there it would make SQLite read every
    # normative document through the kind's index instead of the year's through the date's.
    where = and_(
        items.c.published_on.between(start, end),
        items.c.status != Status.WITHDRAWN.value,
    )
    if among is not None:
        where = and_(where, among)
    filed = and_(normative(), items.c.filed_on.is_not(None))
    row = conn.execute(
        select(
            count_if(normative()),
            count_if(filed),
            count_if(and_(filed, items.c.filed_on <= items.c.filing_due_on)),
            count_if(and_(filed, items.c.filing_result == FilingResult.ACCEPTED.value)),
            count_if(and_(filed, items.c.filing_result.is_not(None))),
        ).where(where)
    ).one()
    return FilingIndicators(*(int(n or 0) for n in row))


def count_if(cond: ColumnElement[bool]) -> Any:
    """How many rows of the group meet ``cond`` (0, not NULL, for an empty group)."""
    return func.coalesce(func.sum(case((cond, 1), else_=0)), 0)


# -- the queries ----------------------------------------------------------------------------------


def _by_kind(
    conn: Connection, where: ColumnElement[bool], late: ColumnElement[bool] | None
) -> tuple[dict[str, int], int]:
    cols: list[Any] = [items.c.kind, func.count()]
    if late is not None:
        cols.append(count_if(late))
    counts = _zero_kinds()
    overdue = 0
    for row in conn.execute(select(*cols).where(where).group_by(items.c.kind)):
        if row[0] in counts:
            counts[row[0]] = int(row[1])
        if late is not None:
            overdue += int(row[2])
    return counts, overdue


def _grouped(conn: Connection, column: Any, where: ColumnElement[bool]) -> dict[Any, int]:
    stmt = select(column, func.count()).where(where).group_by(column)
    return {key: int(n) for key, n in conn.execute(stmt)}


def reviewed_by_month(
    conn: Connection, reviewed: ColumnElement[bool]
) -> tuple[tuple[int, ...], int]:
    """Opinions by month (January first) and how many of them were late. Grouped by the day
    and summed here: the rows then come in the date index's order, with no month to compute
    per row nor a sort (a third faster than grouping by the month in SQL)."""
    stmt = (
        select(items.c.opinion_on, func.count(), count_if(review_late()))
        .where(reviewed)
        .group_by(items.c.opinion_on)
    )
    months, late = [0] * 12, 0
    for day, n, day_late in conn.execute(stmt):
        months[day.month - 1] += int(n)
        late += int(day_late)
    return tuple(months), late


def _ranked(counts: Mapping[Any, int]) -> dict[str, int]:
    """Names by count, most first (then by name), as strings."""
    pairs = sorted(((str(k or ""), v) for k, v in counts.items()), key=lambda kv: (-kv[1], kv[0]))
    return dict(pairs)


def _unknown_kinds(conn: Connection) -> bool:
    """Whether some row has a kind the program does not know (a file edited by hand): one
    index seek into each gap between the known codes, so the usual answer costs nothing."""
    codes = sorted(KIND_CODES)
    gaps = [items.c.kind < codes[0], items.c.kind > codes[-1]]
    gaps += [and_(items.c.kind > a, items.c.kind < b) for a, b in pairwise(codes)]
    return bool(conn.execute(select(or_(*(exists().where(g) for g in gaps)))).scalar())


def narrowing(
    conn: Connection, among: ColumnElement[bool] | None
) -> Callable[[ColumnElement[bool]], ColumnElement[bool]]:
    """What every count of a year adds to its condition: ``among``, and only when some row
    has an unknown kind, the known kinds (so that the totals by kind and every other figure
    count the same rows; the condition is left out otherwise, as it makes SQLite read the
    kind's index instead of the date's)."""
    extra = [among] if among is not None else []
    if _unknown_kinds(conn):
        extra.append(items.c.kind.in_(KIND_CODES))

    def narrow(cond: ColumnElement[bool]) -> ColumnElement[bool]:
        return and_(cond, *extra) if extra else cond

    return narrow


def tally_in(conn: Connection, year: int, among: ColumnElement[bool] | None = None) -> Tally:
    """The tally of ``year`` inside an open transaction; with ``among``, of those items only
    (e.g. one counsel's, for the Today view): the same rules, narrowed."""
    start, end = year_bounds(year)
    narrow = narrowing(conn, among)

    received_kind, _ = _by_kind(conn, narrow(received_in(start, end)), None)

    reviewed = narrow(reviewed_in(start, end))
    reviewed_kind, reviewed_late = _by_kind(conn, reviewed, review_late())
    conclusions = _grouped(conn, items.c.conclusion, reviewed)
    by_month, _ = reviewed_by_month(conn, reviewed)
    by_unit = _ranked(_grouped(conn, items.c.unit, reviewed))
    by_counsel = _ranked(_grouped(conn, items.c.counsel, reviewed))

    filed_kind, filed_late = _by_kind(conn, narrow(filed_in(start, end)), filing_late())

    pending = int(
        conn.execute(
            select(func.count()).select_from(items).where(narrow(pending_at(end)))
        ).scalar()
        or 0
    )
    disc = conn.execute(
        select(
            count_if(items.c.published_on.between(start, end)),
            count_if(items.c.ended_on.between(start, end)),
            count_if(in_force_at(end)),
        ).where(narrow(normative()))
    ).one()

    return Tally(
        year=year,
        received=KindTally(sum(received_kind.values()), received_kind),
        reviewed=ReviewedTally(
            total=sum(reviewed_kind.values()),
            by_kind=reviewed_kind,
            by_conclusion={c: int(conclusions.get(c, 0)) for c in CONCLUSION_CODES},
            by_month=by_month,
            by_unit=by_unit,
            by_counsel=by_counsel,
            overdue=reviewed_late,
        ),
        filed=FiledTally(sum(filed_kind.values()), filed_kind, filed_late),
        pending_at_year_end=pending,
        disclosure=Disclosure(int(disc[0]), int(disc[1]), int(disc[2])),
        filing_indicators=filing_indicators_in(conn, start, end, among),
    )


def tally_year(ctx: ServiceContext, year: int) -> Tally:
    """The counts of ``year`` (docs/RULES.md §6); what the export dialog previews."""
    year_bounds(year)
    with ctx.db.read() as conn:
        return tally_in(conn, year)
