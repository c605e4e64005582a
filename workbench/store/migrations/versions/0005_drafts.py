"""Drafts: what a person has typed into an item's opinion editor or details form and not yet
issued or saved, kept in the database while they type so that a crash, a quit or a switch to
another item loses nothing.

One row per item, login and part (``opinion`` or ``details``); the payload is JSON. Drafts
are typing, not changes: they are not audited and do not touch the item's version.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "drafts",
        sa.Column("item_id", sa.Integer, nullable=False),
        sa.Column("login", sa.String(64), nullable=False),
        sa.Column("part", sa.String(16), nullable=False),
        sa.Column("payload", sa.Text, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.PrimaryKeyConstraint("item_id", "login", "part", name="pk_drafts"),
        sa.ForeignKeyConstraint(
            ["item_id"], ["items.id"], name="fk_drafts_item_id_items", ondelete="CASCADE"
        ),
        sa.CheckConstraint("part IN ('opinion', 'details')", name="ck_drafts_part"),
    )


def downgrade() -> None:
    op.drop_table("drafts")
