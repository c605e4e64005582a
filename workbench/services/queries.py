"""Read-side use-cases: one item, the queue, and the counts the sidebar shows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Connection, Row, and_, select

from workbench.domain.calendar import WorkCalendar
from workbench.domain.deadlines import due_soon_limit
from workbench.domain.kinds import parse_kind
from workbench.domain.statuses import parse_status
from workbench.services.context import ServiceContext
from workbench.services.views import ItemView, OpinionView, PauseView, item_view
from workbench.store import items as store
from workbench.store import queue as queue_store
from workbench.store.calendar import load_calendar
from workbench.store.schema import items


def load_view(conn: Connection, row: Row[Any], cal: WorkCalendar, today: dt.date) -> ItemView:
    """The full view of one item: with its opinions and pauses."""
    ops = store.opinions_of(conn, row.id)
    opinions = tuple(
        OpinionView(
            revision=o.revision,
            counsel=o.counsel,
            issued_on=o.issued_on,
            conclusion=o.conclusion,
            text=o.text,
            basis=o.basis,
            defects=tuple(d for d in o.defects.split(",") if d),
            superseded=i < len(ops) - 1,
            issued_by=o.created_by,
        )
        for i, o in enumerate(ops)
    )
    pauses = tuple(
        PauseView(p.returned_on, p.reason, p.resubmitted_on) for p in store.pauses_of(conn, row.id)
    )
    return item_view(row, cal, today, opinions, pauses)


def show_item(ctx: ServiceContext, reg_no: str) -> ItemView:
    with ctx.db.read() as conn:
        row = store.get_by_reg_no(conn, reg_no)
        return load_view(conn, row, load_calendar(conn), ctx.today())


def item_by_id(ctx: ServiceContext, item_id: int) -> ItemView:
    with ctx.db.read() as conn:
        row = store.get_by_id(conn, item_id)
        return load_view(conn, row, load_calendar(conn), ctx.today())


@dataclass(frozen=True)
class ListRequest:
    statuses: Sequence[str] = ()
    kinds: Sequence[str] = ()
    overdue: bool = False
    due_soon: bool = False
    counsel: str | None = None
    text: str = ""


def build_filter(req: ListRequest, cal: WorkCalendar, today: dt.date) -> store.ItemFilter:
    statuses = [parse_status(s).value for s in req.statuses]
    kinds = [parse_kind(k).value for k in req.kinds]
    return store.ItemFilter(
        statuses=statuses,
        kinds=kinds,
        counsel=req.counsel,
        overdue_on=today if req.overdue else None,
        due_soon=(today, due_soon_limit(cal, today)) if req.due_soon else None,
        text=req.text,
    )


def list_items(ctx: ServiceContext, req: ListRequest | None = None) -> list[ItemView]:
    """Every item matching ``req`` (all items when empty), most urgent first."""
    today = ctx.today()
    with ctx.db.read() as conn:
        cal = load_calendar(conn)
        flt = build_filter(req or ListRequest(), cal, today)
        stmt = store.select_items(flt).order_by(items.c.received_on, items.c.id)
        rows = conn.execution_options(yield_per=1000).execute(stmt)
        return [item_view(row, cal, today) for row in rows]


def _lapsed(today: dt.date) -> ColumnElement[bool]:
    return and_(queue_store.in_force_status(), items.c.valid_until < today)


def lapsed_rows(conn: Connection, today: dt.date) -> list[Row[Any]]:
    return list(conn.execute(select(items).where(_lapsed(today))))


def any_lapsed(conn: Connection, today: dt.date) -> bool:
    """Whether some document in force has passed its end of validity: what every opening asks,
    in the smallest statement (the whole rows cost a command line call ~10 ms to compile)."""
    return conn.execute(select(items.c.id).where(_lapsed(today)).limit(1)).first() is not None
