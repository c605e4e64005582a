"""Migration 0009: the year's opinions by month and the late ones are read from the index on
``(opinion_on, review_due_on, status)`` alone, and the figures do not change with it."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from tests.migrations import migrate_to
from workbench.services import items as item_service
from workbench.services import review
from workbench.services.context import ServiceContext
from workbench.services.tally import reviewed_by_month, reviewed_in, tally_year, year_bounds
from workbench.store.database import open_database

D = dt.date


@pytest.fixture
def reviewed(ctx: ServiceContext) -> ServiceContext:
    """Contracts received in 2025, reviewed on time and late, in three months."""
    for received, issued in (
        (D(2025, 1, 6), D(2025, 1, 8)),  # on time
        (D(2025, 1, 6), D(2025, 1, 20)),  # due 13 January (5 working days): late
        (D(2025, 3, 3), D(2025, 3, 4)),
        (D(2025, 5, 6), D(2025, 5, 30)),  # late
    ):
        new = item_service.NewItem("service_contract", "物业服务采购协议", received, unit="办公室")
        reg = item_service.register(ctx, new).reg_no
        review.start_review(ctx, reg)
        review.issue_opinion(ctx, reg, review.OpinionInput("approve", "同意。", issued_on=issued))
    return ctx


def _index_names(db_path: Path) -> set[str]:
    con = sqlite3.connect(db_path)
    try:
        return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    finally:
        con.close()


def test_opinions_by_month_are_read_from_the_index_alone(
    reviewed: ServiceContext, db_path: Path
) -> None:
    statements: list[tuple[str, Any]] = []

    def seen(_conn: Any, _cursor: Any, sql: str, params: Any, *_rest: Any) -> None:
        statements.append((sql, params))

    start, end = year_bounds(2025)
    event.listen(reviewed.db.engine, "before_cursor_execute", seen)
    try:
        with reviewed.db.read() as conn:
            months, late = reviewed_by_month(conn, reviewed_in(start, end))
    finally:
        event.remove(reviewed.db.engine, "before_cursor_execute", seen)
    assert months == (2, 0, 1, 0, 1) + (0,) * 7 and late == 2
    [(sql, params)] = [s for s in statements if "GROUP BY" in s[0]]
    con = sqlite3.connect(db_path)
    try:
        plan = " ".join(r[-1] for r in con.execute("EXPLAIN QUERY PLAN " + sql, params))
    finally:
        con.close()
    assert "COVERING INDEX ix_items_opinion_on_due_status" in plan


def test_migration_0009_goes_down_and_up_again(reviewed: ServiceContext, db_path: Path) -> None:
    """Down brings back the index on the date alone, up replaces it again; the year's
    figures are the same at every step."""
    before = tally_year(reviewed, 2025)
    assert "ix_items_opinion_on_due_status" in _index_names(db_path)
    assert "ix_items_opinion_on" not in _index_names(db_path)
    db = open_database(str(db_path))
    try:
        for revision, present, gone in (
            ("0008", "ix_items_opinion_on", "ix_items_opinion_on_due_status"),
            ("head", "ix_items_opinion_on_due_status", "ix_items_opinion_on"),
        ):
            migrate_to(db, revision)
            names = _index_names(db_path)
            assert present in names and gone not in names, revision
            assert tally_year(ServiceContext(db, actor="tester"), 2025) == before, revision
    finally:
        db.close()
