"""Indexes that keep the queue instant at 100,000 items.

- Sorting by kind, status and the running deadline: expression indexes on exactly the
  expressions the queue orders by (``workbench/store/queue.py`` builds the same SQL text; a test
  checks the planner uses these indexes, so the two cannot drift apart unnoticed). An index
  never changes a result, only how fast it comes.
- Searching (SQLite): an FTS5 trigram index over the columns the search box looks in, kept up
  to date by triggers, so a word of three or more characters is found without reading every
  row. Shorter words still scan, as before.

The ranks follow the workflow order of kinds and statuses as of this revision; a later change
of that order needs a new revision with new indexes.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

KINDS = (
    "normative",
    "major_decision",
    "service_contract",
    "project_contract",
    "cooperation_agreement",
    "other_contract",
    "legal_opinion",
)
STATUSES = (
    "registered",
    "in_review",
    "returned",
    "opinion_issued",
    "published",
    "filed",
    "withdrawn",
    "repealed",
    "expired",
)
SEARCHED = ("title", "doc_no", "doc_no_norm", "unit", "reg_no", "counterparty", "notes")


def _rank(column: str, codes: tuple[str, ...]) -> str:
    whens = " ".join(f"WHEN '{code}' THEN {i}" for i, code in enumerate(codes))
    return f"CASE {column} {whens} ELSE {len(codes)} END"


ACTIVE_DUE = (
    "CASE WHEN status IN ('registered', 'in_review') THEN review_due_on"
    " WHEN status = 'published' THEN filing_due_on END"
)
INDEXES = {
    "ix_items_kind_rank": _rank("kind", KINDS),
    "ix_items_status_rank": _rank("status", STATUSES),
    "ix_items_active_due": ACTIVE_DUE,
}


def upgrade() -> None:
    for name, expression in INDEXES.items():
        op.execute(f"CREATE INDEX {name} ON items (({expression}))")
    if op.get_bind().dialect.name != "sqlite":
        return
    columns = ", ".join(SEARCHED)
    new = ", ".join(f"new.{c}" for c in SEARCHED)
    old = ", ".join(f"old.{c}" for c in SEARCHED)
    op.execute(
        f"CREATE VIRTUAL TABLE items_fts USING fts5({columns}, "
        "content='items', content_rowid='id', tokenize='trigram')"
    )
    op.execute(
        "CREATE TRIGGER items_fts_insert AFTER INSERT ON items BEGIN "
        f"INSERT INTO items_fts(rowid, {columns}) VALUES (new.id, {new}); END"
    )
    op.execute(
        "CREATE TRIGGER items_fts_delete AFTER DELETE ON items BEGIN "
        f"INSERT INTO items_fts(items_fts, rowid, {columns}) VALUES ('delete', old.id, {old}); END"
    )
    op.execute(
        f"CREATE TRIGGER items_fts_update AFTER UPDATE OF {columns} ON items BEGIN "
        f"INSERT INTO items_fts(items_fts, rowid, {columns}) VALUES ('delete', old.id, {old}); "
        f"INSERT INTO items_fts(rowid, {columns}) VALUES (new.id, {new}); END"
    )
    op.execute("INSERT INTO items_fts(items_fts) VALUES ('rebuild')")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for trigger in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS items_fts_{trigger}")
        op.execute("DROP TABLE IF EXISTS items_fts")
    for name in INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
