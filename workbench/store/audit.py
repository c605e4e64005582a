"""The audit log: append-only, hash-chained events written in the caller's transaction.

Two writers, one chain. On the embedded SQLite file the application writes and hashes each
event (scheme 1). On a shared server secured by ``workbench server setup`` the server's triggers
write every row change with ``session_user`` and the server's clock, and hash it (scheme 2);
the application only names its use-case through ``workbench_annotate``, a server function that
stamps the actor itself (see docs/SHARED_MODE.md). :func:`verify_chain` checks both schemes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select, text

from workbench.store.schema import audit_events

GENESIS = "0" * 64


def _canonical(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str, separators=(",", ":"))


def event_hash(prev_hash: str, fields: Mapping[str, Any]) -> str:
    """SHA-256 over the previous hash and every field of the event, canonically encoded."""
    payload = _canonical(
        {
            "prev": prev_hash,
            "at": fields["at"].isoformat(timespec="microseconds"),
            "actor": fields["actor"],
            "action": fields["action"],
            "item_id": fields["item_id"],
            "reg_no": fields["reg_no"],
            "before": fields["before"],
            "after": fields["after"],
        }
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


#: set on a connection's ``info`` by the store when the server writes the audit trail
SERVER_AUDIT = "workbench.server_audit"
ANNOTATE_SQL = text("SELECT workbench_annotate(:action, :item_id, :reg_no, :before, :after)")


def server_hash(prev_hash: str, fields: Mapping[str, Any]) -> str:
    """Scheme 2, as the server's trigger computes it: each field as ``len:value;``."""
    item_id = fields["item_id"]
    tx = fields.get("tx")
    parts = [
        prev_hash,
        fields["at"].isoformat(timespec="microseconds"),
        fields["actor"],
        fields["action"],
        "" if item_id is None else str(item_id),
        fields["reg_no"],
        fields["before"],
        fields["after"],
        "" if tx is None else str(tx),
    ]
    payload = "".join(f"{len(p)}:{p};" for p in parts)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def row_hash(prev_hash: str, row: Mapping[Any, Any]) -> str:
    """The hash an event should carry, by its own scheme (1 when the row has none)."""
    if row.get("scheme", 1) == 2:
        return server_hash(prev_hash, row)
    return event_hash(prev_hash, row)


def _annotate(
    conn: Connection,
    action: str,
    item_id: int | None,
    reg_no: str,
    before: Mapping[str, Any] | None,
    after: Mapping[str, Any] | None,
) -> None:
    conn.execute(
        ANNOTATE_SQL,
        {
            "action": action,
            "item_id": item_id,
            "reg_no": reg_no,
            "before": _canonical(dict(before)) if before else "",
            "after": _canonical(dict(after)) if after else "",
        },
    )


def record(
    conn: Connection,
    *,
    actor: str,
    action: str,
    item_id: int | None = None,
    reg_no: str = "",
    before: Mapping[str, Any] | None = None,
    after: Mapping[str, Any] | None = None,
    at: dt.datetime | None = None,
) -> None:
    """Append one event, chained to the last one. Call inside a write transaction.

    On a secured server the server writes the event: the actor and the time are its own."""
    if conn.info.get(SERVER_AUDIT):
        _annotate(conn, action, item_id, reg_no, before, after)
        return
    last = conn.execute(
        select(audit_events.c.hash).order_by(audit_events.c.id.desc()).limit(1)
    ).scalar()
    fields: dict[str, Any] = {
        "at": (at or dt.datetime.now()).replace(tzinfo=None),
        "actor": actor,
        "action": action,
        "item_id": item_id,
        "reg_no": reg_no,
        "before": _canonical(dict(before)) if before else "",
        "after": _canonical(dict(after)) if after else "",
    }
    prev = last or GENESIS
    conn.execute(
        audit_events.insert().values(**fields, prev_hash=prev, hash=event_hash(prev, fields))
    )


@dataclass(frozen=True)
class NewEvent:
    """One event of a batch written by :func:`record_many`."""

    item_id: int | None
    reg_no: str
    before: Mapping[str, Any] | None = None
    after: Mapping[str, Any] | None = None


def record_many(
    conn: Connection,
    events: Iterable[NewEvent],
    *,
    actor: str,
    action: str,
    at: dt.datetime | None = None,
) -> int:
    """Append many events in order, chained exactly as :func:`record` would, in bulk inserts.

    For imports of thousands of items: one read of the last hash, not one per event.
    """
    if conn.info.get(SERVER_AUDIT):
        params = [
            {
                "action": action,
                "item_id": ev.item_id,
                "reg_no": ev.reg_no,
                "before": _canonical(dict(ev.before)) if ev.before else "",
                "after": _canonical(dict(ev.after)) if ev.after else "",
            }
            for ev in events
        ]
        if params:
            conn.execute(ANNOTATE_SQL, params)
        return len(params)
    last = conn.execute(
        select(audit_events.c.hash).order_by(audit_events.c.id.desc()).limit(1)
    ).scalar()
    prev = last or GENESIS
    when = (at or dt.datetime.now()).replace(tzinfo=None)
    rows: list[dict[str, Any]] = []
    count = 0
    for ev in events:
        fields: dict[str, Any] = {
            "at": when,
            "actor": actor,
            "action": action,
            "item_id": ev.item_id,
            "reg_no": ev.reg_no,
            "before": _canonical(dict(ev.before)) if ev.before else "",
            "after": _canonical(dict(ev.after)) if ev.after else "",
        }
        digest = event_hash(prev, fields)
        rows.append({**fields, "prev_hash": prev, "hash": digest})
        prev = digest
        count += 1
        if len(rows) >= 5000:
            conn.execute(audit_events.insert(), rows)
            rows = []
    if rows:
        conn.execute(audit_events.insert(), rows)
    return count


@dataclass(frozen=True)
class AuditEvent:
    id: int
    at: dt.datetime
    actor: str
    action: str
    item_id: int | None
    reg_no: str
    before: dict[str, Any]
    after: dict[str, Any]
    #: the server transaction (shared mode), or ``None``
    tx: int | None = None

    @property
    def is_row_event(self) -> bool:
        """Written by the server's row trigger (``row:<table>:<operation>``)."""
        return self.action.startswith("row:")


def _load(text: str) -> dict[str, Any]:
    return dict(json.loads(text)) if text else {}


def events_for_item(conn: Connection, item_id: int) -> list[AuditEvent]:
    rows = conn.execute(
        select(audit_events).where(audit_events.c.item_id == item_id).order_by(audit_events.c.id)
    )
    return [
        AuditEvent(
            r.id,
            r.at,
            r.actor,
            r.action,
            r.item_id,
            r.reg_no,
            _load(r.before),
            _load(r.after),
            r.tx,
        )
        for r in rows
    ]


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    events: int
    first_bad_id: int | None = None
    reason: str = ""


def verify_chain(conn: Connection) -> ChainReport:
    """Recompute every hash in order; report the first event that does not match."""
    prev = GENESIS
    count = 0
    with conn.execution_options(yield_per=2000).execute(
        select(audit_events).order_by(audit_events.c.id)
    ) as result:
        for row in result:
            count += 1
            if row.prev_hash != prev:
                return ChainReport(
                    False, count, row.id, "prev_hash does not match the event before"
                )
            fields = row._mapping
            if row_hash(prev, fields) != row.hash:
                return ChainReport(False, count, row.id, "hash does not match the event's fields")
            prev = row.hash
    return ChainReport(True, count)
