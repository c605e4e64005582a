"""Search words of one or two characters through the trigram indexes (SQLite).

Chinese searches are often two characters (试行, 合同, 罚款); a trigram index cannot look them
up, so they used to read every row (and every attachment's text). Each indexed value now ends
in two U+001F characters, so that every character of a value begins at least one trigram: the
items containing "试行" are those with a trigram beginning "试行", a range of terms an
``fts5vocab`` 'instance' table lists without reading a row. U+001F is whitespace to the search
box, so no search word contains it, and a word of three or more characters finds exactly what
it found before.

The indexes read their values through views that add the padding (``*_fts_source``), so
FTS5's 'rebuild' and 'integrity-check' see the same values the triggers write.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

SEARCHED = ("title", "doc_no", "doc_no_norm", "unit", "reg_no", "counterparty", "notes")
PAD = "char(31, 31)"
#: index name -> (table, its searched columns)
INDEXED = {"items_fts": ("items", SEARCHED), "attachments_fts": ("attachments", ("text",))}


def _drop(fts: str) -> None:
    for trigger in ("insert", "delete", "update"):
        op.execute(f"DROP TRIGGER IF EXISTS {fts}_{trigger}")
    op.execute(f"DROP TABLE IF EXISTS {fts}_terms")
    op.execute(f"DROP TABLE IF EXISTS {fts}")
    op.execute(f"DROP VIEW IF EXISTS {fts}_source")


def _create(fts: str, table: str, searched: tuple[str, ...], *, padded: bool) -> None:
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


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for fts, (table, searched) in INDEXED.items():
        _drop(fts)
        _create(fts, table, searched, padded=True)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for fts, (table, searched) in INDEXED.items():
        _drop(fts)
        _create(fts, table, searched, padded=False)
