"""Audit use-cases: prove the chain, read an item's history."""

from __future__ import annotations

from workbench.services.context import ServiceContext
from workbench.store import audit as store
from workbench.store.audit import AuditEvent, ChainReport
from workbench.store.items import get_by_reg_no


def verify_audit(ctx: ServiceContext) -> ChainReport:
    with ctx.db.read() as conn:
        return store.verify_chain(conn)


def item_history(ctx: ServiceContext, reg_no: str, *, raw: bool = False) -> list[AuditEvent]:
    """The item's events, oldest first.

    On a secured server each change leaves the application's event (what the use-case was)
    and the server's row events (what each row became). A person reads the first; the row
    events of a transaction that has one are left out unless ``raw``. A row event with no
    application event beside it -- a change made with SQL outside the application -- is
    always shown."""
    with ctx.db.read() as conn:
        row = get_by_reg_no(conn, reg_no)
        events = store.events_for_item(conn, row.id)
    if raw:
        return events
    explained = {e.tx for e in events if e.tx is not None and not e.is_row_event}
    return [e for e in events if not (e.is_row_event and e.tx in explained)]
