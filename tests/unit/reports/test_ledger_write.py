"""The import's bulk insert stores exactly what SQLAlchemy's own insert would."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select, text

from workbench.services.context import ServiceContext
from workbench.services.ledger_write import BulkInsert
from workbench.store.database import Database, open_database
from workbench.store.schema import items, pauses

NOW = dt.datetime(2025, 6, 16, 9, 30, 5, 120)


def _item(reg_no: str, **values: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "reg_no": reg_no,
        "kind": "project_contract",
        "title": "2025年人工智能领域重点研发计划项目任务书",
        "unit": "高新技术处",
        "received_on": dt.date(2025, 3, 3),
        "review_due_on": dt.date(2025, 3, 17),
        "paused_remaining": None,
        "counsel": "张明",
        "status": "opinion_issued",
        "doc_no": "",
        "doc_no_norm": "",
        "counterparty": "东北大学",
        "amount": Decimal("1250000.50"),
        "notes": "",
        "opinion_on": dt.date(2025, 3, 10),
        "conclusion": "approve",
        "published_on": None,
        "filing_due_on": None,
        "filed_on": None,
        "filing_authority": "",
        "valid_until": None,
        "ended_on": None,
    }
    row.update(values)
    return row


ROWS = [
    _item("甲-1"),
    _item("甲-2", amount=Decimal("0.10"), paused_remaining=5, opinion_on=None, conclusion=None),
    _item("甲-3", amount=None, notes="=1+1", received_on=dt.date(1990, 1, 1)),
]
STAMPS = {"created_at": NOW, "updated_at": NOW}


def _stored(db: Database, prefix: str) -> list[tuple[Any, ...]]:
    """Every column but the id, as the database holds it (SQLite: with its storage class)."""
    names = [c.name for c in items.columns if c.name != "id"]
    with db.read() as conn:
        if db.dialect == "sqlite":
            cols = ", ".join(f"{n}, typeof({n})" for n in names)
            sql = f"SELECT {cols} FROM items WHERE reg_no LIKE :p ORDER BY id"
            rows = conn.execute(text(sql), {"p": prefix + "%"}).all()
        else:
            stmt = select(*(items.c[n] for n in names)).where(items.c.reg_no.like(prefix + "%"))
            rows = conn.execute(stmt.order_by(items.c.id)).all()
    # the registration numbers differ by their prefix only
    return [(r[0][1:], *r[1:]) for r in rows]


def _same_as_sqlalchemy(db: Database) -> None:
    with db.write() as conn:
        conn.execute(items.insert(), [{**r, **STAMPS} for r in ROWS])
        bulk = BulkInsert(conn, items, list(ROWS[0]), STAMPS)
        bulk.execute(conn, [{**r, "reg_no": "乙" + r["reg_no"][1:]} for r in ROWS])
        bulk.execute(conn, [])  # nothing to do
    assert _stored(db, "乙") == _stored(db, "甲")
    with db.write() as conn:
        ids = list(conn.execute(select(items.c.id).order_by(items.c.id)).scalars())
        # one column varies, the rest are the same in every row
        one = BulkInsert(conn, pauses, ["item_id"], {"returned_on": dt.date(2025, 3, 4)})
        one.execute(conn, [{"item_id": i} for i in ids])
        got = conn.execute(select(pauses.c.item_id, pauses.c.returned_on, pauses.c.reason)).all()
    assert sorted(got) == [(i, dt.date(2025, 3, 4), "") for i in ids]


def test_the_bulk_insert_stores_what_sqlalchemy_stores(ctx: ServiceContext) -> None:
    _same_as_sqlalchemy(ctx.db)


@pytest.mark.postgres
def test_the_bulk_insert_on_postgres(pg_url: str) -> None:
    db = open_database(pg_url)
    try:
        _same_as_sqlalchemy(db)
    finally:
        db.close()
