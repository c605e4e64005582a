"""Loading rows into a database inside one transaction: for restoring a backup archive.

The audit log refuses UPDATE and DELETE through triggers in both backends. Replacing a whole
database (``restore --force``) is the one place where its old rows may go: the triggers are
suspended inside the same transaction, so they are back in force when it commits, and never
off if it fails.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from sqlalchemy import Connection, Table, func, select, text

from workbench.store.schema import audit_events, metadata

BATCH_ROWS = 1000
BATCH_BYTES = 32 * 1024 * 1024


def table_counts(conn: Connection) -> dict[str, int]:
    return {
        t.name: int(conn.execute(select(func.count()).select_from(t)).scalar() or 0)
        for t in metadata.sorted_tables
    }


def _sqlite_audit_triggers(conn: Connection) -> list[tuple[str, str]]:
    rows = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?",
        (audit_events.name,),
    ).all()
    return [(str(r[0]), str(r[1])) for r in rows]


def clear_all(conn: Connection) -> None:
    """Delete every row of every table, children first. Call inside a write transaction."""
    dialect = conn.dialect.name
    triggers: list[tuple[str, str]] = []
    if dialect == "sqlite":
        triggers = _sqlite_audit_triggers(conn)
        for name, _sql in triggers:
            conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
    else:
        conn.execute(text(f"ALTER TABLE {audit_events.name} DISABLE TRIGGER USER"))
    for table in reversed(metadata.sorted_tables):
        conn.execute(table.delete())
    if dialect == "sqlite":
        for _name, sql in triggers:
            conn.exec_driver_sql(sql)
    else:
        conn.execute(text(f"ALTER TABLE {audit_events.name} ENABLE TRIGGER USER"))


def _size(row: Mapping[str, Any]) -> int:
    return sum(len(v) for v in row.values() if isinstance(v, bytes | str))


def insert_rows(
    conn: Connection,
    table: Table,
    rows: Iterable[dict[str, Any]],
    prepare: Callable[[dict[str, Any]], dict[str, Any]] | None = None,
) -> int:
    """Insert ``rows`` (ids kept) in batches bounded by count and bytes; returns the count."""
    batch: list[dict[str, Any]] = []
    size = count = 0
    for row in rows:
        if prepare is not None:
            row = prepare(row)
        batch.append(row)
        size += _size(row)
        count += 1
        if len(batch) >= BATCH_ROWS or size >= BATCH_BYTES:
            conn.execute(table.insert(), batch)
            batch, size = [], 0
    if batch:
        conn.execute(table.insert(), batch)
    return count


def fix_sequences(conn: Connection) -> None:
    """On PostgreSQL, move every ``id`` sequence past the largest id (rows came with ids)."""
    if conn.dialect.name != "postgresql":
        return
    for table in metadata.sorted_tables:
        pk = list(table.primary_key.columns)
        if len(pk) != 1 or pk[0].name != "id" or pk[0].autoincrement is False:
            continue
        conn.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"
            )
        )


def sqlite_integrity(conn: Connection) -> str:
    rows = conn.exec_driver_sql("PRAGMA integrity_check").all()
    return "; ".join(str(r[0]) for r in rows[:5])
