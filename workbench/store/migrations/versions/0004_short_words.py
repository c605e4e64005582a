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

from workbench.store.fts import create_index as _create
from workbench.store.fts import drop_index as _drop

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

SEARCHED = ("title", "doc_no", "doc_no_norm", "unit", "reg_no", "counterparty", "notes")
#: index name -> (table, its searched columns)
INDEXED = {"items_fts": ("items", SEARCHED), "attachments_fts": ("attachments", ("text",))}


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
