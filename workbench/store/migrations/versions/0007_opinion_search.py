"""Search past opinions: the text and legal basis of every opinion are searched like titles.

SQLite: a padded trigram index ``opinions_fts`` over ``opinions(text, basis)``, as migration 0004
made for items and attachments. PostgreSQL searches them with LIKE.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""

from alembic import op

from workbench.store.fts import create_index, drop_index

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        create_index("opinions_fts", "opinions", ("text", "basis"), padded=True)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        drop_index("opinions_fts")
