"""Indexes for the queue: title and unit for sorting, and the text of attached documents for
search (FTS5 trigram on SQLite, pg_trgm on PostgreSQL). Chinese has no spaces between
words, so both index character trigrams.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    # sorting the queue by title or drafting unit without a full sort of the table
    op.create_index("ix_items_title", "items", ["title"])
    op.create_index("ix_items_unit", "items", ["unit"])
    if bind.dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE attachments_fts USING fts5("
            "text, content='attachments', content_rowid='id', tokenize='trigram')"
        )
        op.execute(
            "CREATE TRIGGER attachments_fts_insert AFTER INSERT ON attachments BEGIN "
            "INSERT INTO attachments_fts(rowid, text) VALUES (new.id, new.text); END"
        )
        op.execute(
            "CREATE TRIGGER attachments_fts_delete AFTER DELETE ON attachments BEGIN "
            "INSERT INTO attachments_fts(attachments_fts, rowid, text) "
            "VALUES ('delete', old.id, old.text); END"
        )
        op.execute(
            "CREATE TRIGGER attachments_fts_update AFTER UPDATE OF text ON attachments BEGIN "
            "INSERT INTO attachments_fts(attachments_fts, rowid, text) "
            "VALUES ('delete', old.id, old.text); "
            "INSERT INTO attachments_fts(rowid, text) VALUES (new.id, new.text); END"
        )
        op.execute("INSERT INTO attachments_fts(attachments_fts) VALUES ('rebuild')")
        return
    # pg_trgm is a trusted extension (PostgreSQL 13+): a database owner may create it. Where it
    # cannot be created, search still works, unindexed.
    available = bind.execute(
        sa.text("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'")
    ).first()
    if available is None:
        return
    savepoint = bind.begin_nested()
    try:
        bind.execute(sa.text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
        bind.execute(
            sa.text(
                "CREATE INDEX ix_attachments_text_trgm ON attachments USING gin (text gin_trgm_ops)"
            )
        )
    except sa.exc.DBAPIError:
        savepoint.rollback()
    else:
        savepoint.commit()


def downgrade() -> None:
    op.drop_index("ix_items_unit", "items")
    op.drop_index("ix_items_title", "items")
    if op.get_bind().dialect.name == "sqlite":
        for trigger in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS attachments_fts_{trigger}")
        op.execute("DROP TABLE IF EXISTS attachments_fts")
    else:
        op.execute("DROP INDEX IF EXISTS ix_attachments_text_trgm")
