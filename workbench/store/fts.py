"""Trigram indexes of the search box (SQLite FTS5), as the migrations create them.

Each indexed value ends in two U+001F characters (migration 0004), so that a word of one or two
characters begins a trigram and is found through the index's vocabulary table
(``<index>_terms``). The index reads its values through a view that adds the padding
(``<index>_source``); triggers keep it current.
"""

from __future__ import annotations

from alembic import op

PAD = "char(31, 31)"


def drop_index(fts: str) -> None:
    for trigger in ("insert", "delete", "update"):
        op.execute(f"DROP TRIGGER IF EXISTS {fts}_{trigger}")
    op.execute(f"DROP TABLE IF EXISTS {fts}_terms")
    op.execute(f"DROP TABLE IF EXISTS {fts}")
    op.execute(f"DROP VIEW IF EXISTS {fts}_source")


def create_index(fts: str, table: str, searched: tuple[str, ...], *, padded: bool) -> None:
    """The trigram index of ``table``'s ``searched`` columns, kept current by triggers (with
    ``padded``: over a view that pads each value, with its vocabulary table)."""
    columns = ", ".join(searched)

    def values(row: str) -> str:
        pad = f" || {PAD}" if padded else ""
        return ", ".join(f"{row}.{c}{pad}" for c in searched)

    content = table
    if padded:
        content = f"{fts}_source"
        named = ", ".join(f"{c} || {PAD} AS {c}" for c in searched)
        op.execute(f"CREATE VIEW {content} AS SELECT id, {named} FROM {table}")
    op.execute(
        f"CREATE VIRTUAL TABLE {fts} USING fts5({columns}, "
        f"content='{content}', content_rowid='id', tokenize='trigram')"
    )
    op.execute(
        f"CREATE TRIGGER {fts}_insert AFTER INSERT ON {table} BEGIN "
        f"INSERT INTO {fts}(rowid, {columns}) VALUES (new.id, {values('new')}); END"
    )
    op.execute(
        f"CREATE TRIGGER {fts}_delete AFTER DELETE ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, {columns}) VALUES ('delete', old.id, {values('old')});"
        " END"
    )
    op.execute(
        f"CREATE TRIGGER {fts}_update AFTER UPDATE OF {columns} ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, {columns}) VALUES ('delete', old.id, {values('old')}); "
        f"INSERT INTO {fts}(rowid, {columns}) VALUES (new.id, {values('new')}); END"
    )
    op.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")
    if padded:
        op.execute(f"CREATE VIRTUAL TABLE {fts}_terms USING fts5vocab({fts}, 'instance')")
