"""Drafts: one row per item, login and part (``opinion`` or ``details``), payload as JSON text.

Drafts are typing, not changes: nothing here writes an audit event or touches an item's
version."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Connection, Row, and_, delete, select, update

from workbench.store.schema import drafts, items


def _key(item_id: int, login: str, part: str) -> Any:
    return and_(drafts.c.item_id == item_id, drafts.c.login == login, drafts.c.part == part)


def get(conn: Connection, item_id: int, login: str, part: str) -> Row[Any] | None:
    return conn.execute(select(drafts).where(_key(item_id, login, part))).first()


def put(
    conn: Connection, item_id: int, login: str, part: str, payload: str, at: dt.datetime
) -> None:
    """Insert or replace the draft (inside a write transaction, which serialises writers)."""
    done = conn.execute(
        update(drafts).where(_key(item_id, login, part)).values(payload=payload, updated_at=at)
    )
    if not done.rowcount:
        conn.execute(
            drafts.insert().values(
                item_id=item_id, login=login, part=part, payload=payload, updated_at=at
            )
        )


def remove(conn: Connection, item_id: int, login: str, part: str) -> bool:
    """Delete the draft; True when there was one."""
    return bool(conn.execute(delete(drafts).where(_key(item_id, login, part))).rowcount)


def of_login(conn: Connection, login: str) -> list[Row[Any]]:
    """Every draft of ``login`` with its item's reg. no., newest first."""
    query = (
        select(drafts.c.item_id, items.c.reg_no, drafts.c.part, drafts.c.updated_at)
        .join(items, items.c.id == drafts.c.item_id)
        .where(drafts.c.login == login)
        .order_by(drafts.c.updated_at.desc(), items.c.reg_no)
    )
    return list(conn.execute(query))
