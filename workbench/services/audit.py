"""Audit use-cases: prove the chain, read an item's history."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from workbench.services.context import ServiceContext
from workbench.store import audit as store
from workbench.store.audit import ChainReport
from workbench.store.items import get_by_reg_no
from workbench.store.users import all_users


@dataclass(frozen=True)
class HistoryEvent:
    """One event of an item's history: who, when, which use-case (``action``), before/after."""

    id: int
    at: dt.datetime
    actor: str
    action: str
    reg_no: str
    before: dict[str, Any]
    after: dict[str, Any]
    #: the server transaction (shared mode), or ``None``
    tx: int | None = None
    #: the actor as colleagues know them: the user's 姓名 when one is recorded, else the login
    actor_name: str = ""

    @property
    def who(self) -> str:
        return self.actor_name or self.actor

    @property
    def is_row_event(self) -> bool:
        """Written by the server's row trigger for a change (``row:<table>:<operation>``)."""
        return self.action.startswith("row:")


def verify_audit(ctx: ServiceContext) -> ChainReport:
    with ctx.db.read() as conn:
        return store.verify_chain(conn)


def item_history(ctx: ServiceContext, reg_no: str, *, raw: bool = False) -> list[HistoryEvent]:
    """The item's events, oldest first.

    On a secured server each change leaves the application's event (what the use-case was)
    and the server's row events (what each row became). A person reads the first; the row
    events of a transaction that has one are left out unless ``raw``. A row event with no
    application event beside it -- a change made with SQL outside the application -- is
    always shown."""
    with ctx.db.read() as conn:
        row = get_by_reg_no(conn, reg_no)
        names = {u.login: u.display_name for u in all_users(conn) if u.display_name}
        events = [
            HistoryEvent(
                e.id,
                e.at,
                e.actor,
                e.action,
                e.reg_no,
                e.before,
                e.after,
                e.tx,
                names.get(e.actor, ""),
            )
            for e in store.events_for_item(conn, row.id)
        ]
    if raw:
        return events
    explained = {e.tx for e in events if e.tx is not None and not e.is_row_event}
    return [e for e in events if not (e.is_row_event and e.tx in explained)]
