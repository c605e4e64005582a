"""The yearly Excel export (docs/RULES.md §7): tallies, monthly chart, units, ledger, overdue.

Runs on the GUI's worker thread as well as from the CLI: ``progress(done, total)`` is called
as the 台账 rows are written and ``cancelled()`` is polled; on cancel no file is left behind.
The file is written under a temporary name and renamed when complete.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Connection, LargeBinary, and_, cast, func, or_, select

from workbench.domain.calendar import WorkCalendar
from workbench.domain.errors import InvalidInput
from workbench.reports.ledger import COLUMNS, CellKind
from workbench.reports.template import TemplateRefused
from workbench.reports.year_tallies import UnitRow
from workbench.reports.year_workbook import OverdueRow, YearWorkbook
from workbench.services.context import ServiceContext
from workbench.services.report import paragraph_for, template_in
from workbench.services.tally import (
    Tally,
    count_if,
    filed_in,
    filing_late,
    normative,
    pending_at,
    received_in,
    review_late,
    reviewed_in,
    tally_in,
    year_bounds,
)
from workbench.store.calendar import load_calendar
from workbench.store.schema import items
from workbench.store.settings import load_office

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
PROGRESS_EVERY = 500
TEXT_KEYS = tuple(c.key for c in COLUMNS if c.cell is CellKind.TEXT)


@dataclass(frozen=True)
class ExportResult:
    """What was exported; ``path`` is ``None`` when the export was cancelled."""

    path: Path | None
    year: int
    ledger_rows: int
    overdue_rows: int
    tally: Tally
    seconds: float
    cancelled: bool = False


class _Cancel(Exception):
    pass


def ledger_clause(year: int) -> ColumnElement[bool]:
    """Items of the year's 台账: received, reviewed, filed or pending in the year, and normative
    documents in force at some time in the year (so also those repealed or expired in it)."""
    start, end = year_bounds(year)
    return or_(
        received_in(start, end),
        items.c.opinion_on.between(start, end),
        filed_in(start, end),
        pending_at(end),
        and_(
            normative(),
            items.c.published_on <= end,
            or_(items.c.ended_on.is_(None), items.c.ended_on >= start),
        ),
    )


def _width_expr(conn: Connection, column: Any) -> Any:
    """Display width in SQL: characters plus one more per multi-byte (CJK) character."""
    if conn.dialect.name == "sqlite":
        octets = func.length(cast(column, LargeBinary))
    else:
        octets = func.octet_length(column)
    chars = func.length(column)
    return func.max(chars + (octets - chars) / 2)


def _ledger_size(conn: Connection, where: ColumnElement[bool]) -> tuple[int, dict[str, int]]:
    """How many rows the 台账 has and the width of each column's widest value (one scan)."""
    cols = [items.c[key] for key in TEXT_KEYS]
    row = conn.execute(
        select(func.count(), *(_width_expr(conn, c) for c in cols), func.max(items.c.amount)).where(
            where
        )
    ).one()
    widths = {key: int(row[i] or 0) for i, key in enumerate(TEXT_KEYS, 1)}
    top = row[len(TEXT_KEYS) + 1]
    widths["amount"] = len(f"{top:,.2f}") if top is not None else 0
    return int(row[0] or 0), widths


def _unit_rows(conn: Connection, year: int) -> list[UnitRow]:
    start, end = year_bounds(year)

    def grouped(where: ColumnElement[bool], *extra: Any) -> dict[str, tuple[int, ...]]:
        stmt = select(items.c.unit, func.count(), *extra).where(where).group_by(items.c.unit)
        return {r[0]: tuple(int(x or 0) for x in r[1:]) for r in conn.execute(stmt)}

    late = count_if(review_late())
    received = grouped(received_in(start, end))
    reviewed = grouped(reviewed_in(start, end), late)
    pending = grouped(pending_at(end))
    units = set(received) | set(reviewed) | set(pending)
    rows = [
        UnitRow(
            unit=u,
            received=received.get(u, (0,))[0],
            reviewed=reviewed.get(u, (0, 0))[0],
            overdue=reviewed.get(u, (0, 0))[1],
            pending=pending.get(u, (0,))[0],
        )
        for u in units
    ]
    rows.sort(key=lambda r: (-r.reviewed, -r.received, r.unit == "", r.unit))
    return rows


def _overdue_rows(
    conn: Connection, year: int, cal: WorkCalendar, today: dt.date
) -> tuple[list[OverdueRow], dt.date]:
    start, end = year_bounds(year)
    cutoff = min(end, today)
    cols = (
        items.c.reg_no,
        items.c.kind,
        items.c.title,
        items.c.unit,
        items.c.counsel,
        items.c.review_due_on,
        items.c.opinion_on,
        items.c.filing_due_on,
        items.c.filed_on,
    )
    out: list[OverdueRow] = []

    def add(category: str, where: ColumnElement[bool], due_key: str, done_key: str | None) -> None:
        stmt = select(*cols).where(where).order_by(items.c[due_key], items.c.id)
        for r in conn.execute(stmt):
            due = getattr(r, due_key)
            done = getattr(r, done_key) if done_key else None
            out.append(
                OverdueRow(
                    category,
                    r.reg_no,
                    r.kind,
                    r.title,
                    r.unit,
                    r.counsel,
                    due,
                    done,
                    cal.workdays_between(due, done or cutoff),
                )
            )

    add("超期出具意见", and_(reviewed_in(start, end), review_late()), "review_due_on", "opinion_on")
    add("超期报送备案", and_(filed_in(start, end), filing_late()), "filing_due_on", "filed_on")
    add(
        "超期未出具意见",
        and_(pending_at(cutoff), items.c.review_due_on < cutoff),
        "review_due_on",
        None,
    )
    add(
        "逾期未报送备案",
        and_(
            normative(),
            items.c.published_on <= cutoff,
            items.c.filing_due_on < cutoff,
            or_(items.c.filed_on.is_(None), items.c.filed_on > cutoff),
            or_(items.c.ended_on.is_(None), items.c.ended_on > cutoff),
        ),
        "filing_due_on",
        None,
    )
    return out, cutoff


def export_year(
    ctx: ServiceContext,
    year: int,
    path: str | Path,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ExportResult:
    """Write the year's workbook to ``path`` (.xlsx); see the module docstring."""
    began = time.monotonic()
    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        raise InvalidInput("export.suffix", name=target.name)
    year_bounds(year)
    today = ctx.today()

    def check() -> None:
        if cancelled is not None and cancelled():
            raise _Cancel

    with ctx.db.read() as conn:
        office = load_office(conn)
        cal = load_calendar(conn)
        tally = tally_in(conn, year)
        try:
            paragraph = paragraph_for(tally, office, template_in(conn), approx=False)
        except TemplateRefused as exc:  # a broken office template must not block the figures
            paragraph = f"（未能生成报告段落：{exc}）"
        where = ledger_clause(year)
        total, widths = _ledger_size(conn, where)
        book = YearWorkbook(year)
        overdue: list[OverdueRow] = []
        try:
            check()
            subtitle = (
                f"{office.office_name}　统计年度：{year}年1月1日至12月31日　"
                f"导出日期：{today.year}年{today.month}月{today.day}日"
            )
            book.write_summary(tally.to_json(), paragraph, subtitle)
            book.write_monthly(tally.reviewed.by_month)
            book.write_units(_unit_rows(conn, year))
            book.start_ledger(widths, total)
            if progress is not None:
                progress(0, total)
            stmt = (
                select(*(items.c[c.key] for c in COLUMNS))
                .where(where)
                .order_by(items.c.received_on, items.c.id)
            )
            rows = conn.execution_options(yield_per=2000).execute(stmt)
            for done, row in enumerate(rows, 1):
                book.ledger_row(row)
                if done % PROGRESS_EVERY == 0:
                    check()
                    if progress is not None:
                        progress(done, total)
            book.end_ledger()
            overdue, cutoff = _overdue_rows(conn, year, cal, today)
            book.write_overdue(
                overdue,
                f"超期工作日按工作日历计算；未办结的事项计算到{cutoff.year}年{cutoff.month}月"
                f"{cutoff.day}日。",
            )
            check()
            book.save(target)
        except _Cancel:
            book.discard()
            return ExportResult(None, year, 0, 0, tally, time.monotonic() - began, cancelled=True)
        except BaseException:
            book.discard()
            raise
    if progress is not None:
        progress(total, total)
    return ExportResult(
        target, year, book.ledger_rows, len(overdue), tally, time.monotonic() - began
    )
