"""Queries over items, their pauses and opinions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Row,
    Select,
    and_,
    false,
    func,
    or_,
    select,
)

from workbench.domain.errors import Conflict, NotFound
from workbench.store.schema import items, opinions, pauses

REVIEW_OPEN = ("registered", "in_review")


def get_by_reg_no(conn: Connection, reg_no: str) -> Row[Any]:
    row = conn.execute(select(items).where(items.c.reg_no == reg_no.strip())).first()
    if row is None:
        raise NotFound("item.not_found", reg_no=reg_no)
    return row


def get_by_id(conn: Connection, item_id: int) -> Row[Any]:
    row = conn.execute(select(items).where(items.c.id == item_id)).first()
    if row is None:
        raise NotFound("item.id_not_found", item_id=item_id)
    return row


def reg_no_exists(conn: Connection, reg_no: str) -> bool:
    return conn.execute(select(items.c.id).where(items.c.reg_no == reg_no)).first() is not None


def reg_no_using_doc_no(conn: Connection, doc_no_norm: str, other_than: int) -> str | None:
    """The registration number of an item other than ``other_than`` whose normalised 文号 is
    ``doc_no_norm`` (the earliest registered), or None."""
    if not doc_no_norm:
        return None
    found = conn.execute(
        select(items.c.reg_no)
        .where((items.c.doc_no_norm == doc_no_norm) & (items.c.id != other_than))
        .order_by(items.c.id)
        .limit(1)
    ).scalar()
    return None if found is None else str(found)


def insert(conn: Connection, values: dict[str, Any]) -> int:
    now = dt.datetime.now()
    result = conn.execute(
        items.insert().values(**values, version=1, created_at=now, updated_at=now)
    )
    pk = result.inserted_primary_key
    assert pk is not None
    return int(pk[0])


def update(conn: Connection, row: Row[Any], changes: dict[str, Any]) -> int:
    """Write ``changes`` if the row is still at the version that was read; returns new version."""
    new_version = int(row.version) + 1
    result = conn.execute(
        items.update()
        .where(and_(items.c.id == row.id, items.c.version == row.version))
        .values(**changes, version=new_version, updated_at=dt.datetime.now())
    )
    if result.rowcount != 1:
        raise Conflict("item.changed", reg_no=row.reg_no, seen=row.version)
    return new_version


def pauses_of(conn: Connection, item_id: int) -> list[Row[Any]]:
    return list(
        conn.execute(
            select(pauses).where(pauses.c.item_id == item_id).order_by(pauses.c.returned_on)
        )
    )


def opinions_of(conn: Connection, item_id: int) -> list[Row[Any]]:
    return list(
        conn.execute(
            select(opinions).where(opinions.c.item_id == item_id).order_by(opinions.c.revision)
        )
    )


def review_overdue(today: dt.date) -> ColumnElement[bool]:
    return and_(items.c.status.in_(REVIEW_OPEN), items.c.review_due_on < today)


def filing_overdue(today: dt.date) -> ColumnElement[bool]:
    return and_(items.c.status == "published", items.c.filing_due_on < today)


def overdue_clause(today: dt.date) -> ColumnElement[bool]:
    return or_(review_overdue(today), filing_overdue(today))


def due_soon_clause(today: dt.date, limit: dt.date) -> ColumnElement[bool]:
    return or_(
        and_(items.c.status.in_(REVIEW_OPEN), items.c.review_due_on.between(today, limit)),
        and_(items.c.status == "published", items.c.filing_due_on.between(today, limit)),
    )


@dataclass(frozen=True)
class ItemFilter:
    """What the queue shows. Every field narrows; the empty filter lists every item."""

    statuses: Sequence[str] = ()
    kinds: Sequence[str] = ()
    counsel: str | None = None
    overdue_on: dt.date | None = None
    due_soon: tuple[dt.date, dt.date] | None = None
    text: str = ""
    extra: Sequence[ColumnElement[bool]] = field(default_factory=tuple)

    def where(self) -> list[ColumnElement[bool]]:
        clauses: list[ColumnElement[bool]] = list(self.extra)
        if self.statuses:
            clauses.append(items.c.status.in_(list(self.statuses)))
        if self.kinds:
            clauses.append(items.c.kind.in_(list(self.kinds)))
        if self.counsel is not None:
            clauses.append(items.c.counsel == self.counsel)
        if self.overdue_on is not None:
            clauses.append(overdue_clause(self.overdue_on))
        if self.due_soon is not None:
            clauses.append(due_soon_clause(*self.due_soon))
        for word in self.text.split():
            pattern = f"%{_escape_like(word)}%"
            clauses.append(
                or_(
                    items.c.title.like(pattern, escape="\\"),
                    items.c.doc_no.like(pattern, escape="\\"),
                    items.c.doc_no_norm.like(pattern, escape="\\"),
                    items.c.unit.like(pattern, escape="\\"),
                    items.c.reg_no.like(pattern, escape="\\"),
                    items.c.notes.like(pattern, escape="\\"),
                )
            )
        return clauses


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def select_items(flt: ItemFilter) -> Select[Any]:
    stmt = select(items)
    clauses = flt.where()
    if clauses:
        stmt = stmt.where(and_(*clauses))
    return stmt


def count(conn: Connection, flt: ItemFilter) -> int:
    stmt = select(func.count()).select_from(items)
    clauses = flt.where()
    if clauses:
        stmt = stmt.where(and_(*clauses))
    return int(conn.execute(stmt).scalar() or 0)


def never() -> ColumnElement[bool]:
    return false()
