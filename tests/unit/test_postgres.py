"""The same services on a real PostgreSQL server (shared office mode)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from workbench.domain.errors import Conflict
from workbench.services import items as svc
from workbench.services.audit import verify_audit
from workbench.services.context import ServiceContext
from workbench.services.demo import load_demo
from workbench.services.queries import ListRequest, list_items, show_item
from workbench.services.users import add_user
from workbench.store.database import open_database

pytestmark = pytest.mark.postgres
D = dt.date


def test_lifecycle_on_postgres(pg_url: str) -> None:
    db = open_database(pg_url)
    ctx = ServiceContext(db, actor="counsel1", fixed_today=D(2025, 6, 16))
    reg = svc.register(
        ctx, svc.NewItem("normative", "辽宁省科技计划项目管理办法", D(2025, 3, 3))
    ).reg_no
    svc.start_review(ctx, reg)
    svc.issue_opinion(ctx, reg, svc.OpinionInput("approve", "同意", issued_on=D(2025, 3, 10)))
    svc.publish(ctx, reg, D(2025, 4, 1), "辽科发〔2025〕3号")
    svc.record_filing(ctx, reg, D(2025, 4, 10))
    view = show_item(ctx, reg)
    assert view.status.value == "filed" and view.filing_due_on == D(2025, 4, 16)
    assert verify_audit(ctx).ok and verify_audit(ctx).events == 6  # first user + 5 changes
    with db.engine.connect() as conn, pytest.raises(Exception, match="append-only"):
        conn.execute(text("DELETE FROM audit_events"))
    db.close()


def test_two_sessions_never_overwrite_each_other(pg_url: str) -> None:
    first = ServiceContext(open_database(pg_url), actor="a", fixed_today=D(2025, 6, 16))
    second = ServiceContext(open_database(pg_url), actor="b", fixed_today=D(2025, 6, 16))
    reg = svc.register(first, svc.NewItem("service_contract", "协议", D(2025, 6, 2))).reg_no
    add_user(first, "b", "counsel")  # the first user is the administrator
    seen_by_a = show_item(first, reg)
    seen_by_b = show_item(second, reg)
    svc.update_details(second, reg, seen_by_b.version, notes="B 的修改")
    with pytest.raises(Conflict):
        svc.update_details(first, reg, seen_by_a.version, notes="A 基于旧数据的修改")
    assert show_item(first, reg).notes == "B 的修改"
    first.db.close()
    second.db.close()


def test_demo_and_filters_on_postgres(pg_url: str) -> None:
    db = open_database(pg_url)
    ctx = ServiceContext(db, actor="t")
    load_demo(ctx, 200, seed=3)
    everything = list_items(ctx)
    assert len(everything) == 200
    overdue = list_items(ctx, ListRequest(overdue=True))
    assert overdue and all(v.overdue for v in overdue)
    db.close()
