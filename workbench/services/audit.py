"""Audit use-cases: prove the chain, read an item's history."""

from __future__ import annotations

from workbench.services.context import ServiceContext
from workbench.store import audit as store
from workbench.store.audit import AuditEvent, ChainReport
from workbench.store.items import get_by_reg_no


def verify_audit(ctx: ServiceContext) -> ChainReport:
    with ctx.db.read() as conn:
        return store.verify_chain(conn)


def item_history(ctx: ServiceContext, reg_no: str) -> list[AuditEvent]:
    with ctx.db.read() as conn:
        row = get_by_reg_no(conn, reg_no)
        return store.events_for_item(conn, row.id)
