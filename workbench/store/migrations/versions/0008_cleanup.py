"""Cleanup campaigns (清理): ``cleanups`` and their ``cleanup_entries``.

A campaign lists every normative document in force on its ``as_of`` date; each entry gets a
result (``keep`` 继续有效, ``amend`` 拟修改, ``repeal`` 拟废止, ``invalidate`` 宣布失效) and
closing the campaign applies repeal and invalidate to the items (docs: README, "A cleanup
campaign").

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-10
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "cleanups",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("theme", sa.Text, nullable=False, server_default=""),
        sa.Column("as_of", sa.Date, nullable=False),
        sa.Column("status", sa.String(8), nullable=False, server_default="open"),
        sa.Column("closed_on", sa.Date),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("created_by", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_cleanups"),
        sa.CheckConstraint("status IN ('open', 'closed')", name="ck_cleanups_status"),
    )
    op.create_table(
        "cleanup_entries",
        sa.Column("cleanup_id", sa.Integer, nullable=False),
        sa.Column("item_id", sa.Integer, nullable=False),
        sa.Column("result", sa.String(12)),
        sa.Column("reason", sa.Text, nullable=False, server_default=""),
        sa.Column("flagged", sa.Boolean, nullable=False, server_default="0"),
        sa.Column("decided_by", sa.String(64), nullable=False, server_default=""),
        sa.Column("decided_at", sa.DateTime),
        sa.PrimaryKeyConstraint("cleanup_id", "item_id", name="pk_cleanup_entries"),
        sa.ForeignKeyConstraint(
            ["cleanup_id"],
            ["cleanups.id"],
            name="fk_cleanup_entries_cleanup_id_cleanups",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["item_id"], ["items.id"], name="fk_cleanup_entries_item_id_items", ondelete="CASCADE"
        ),
        sa.CheckConstraint(
            "result IS NULL OR result IN ('keep', 'amend', 'repeal', 'invalidate')",
            name="ck_cleanup_entries_result",
        ),
    )
    op.create_index("ix_cleanup_entries_item_id", "cleanup_entries", ["item_id"])


def downgrade() -> None:
    op.drop_index("ix_cleanup_entries_item_id", table_name="cleanup_entries")
    op.drop_table("cleanup_entries")
    op.drop_table("cleanups")
