"""The first schema: items, pauses, opinions, attachments, settings, calendar, users, audit.

Revision ID: 0001
Revises:
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "items",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("reg_no", sa.String(40), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("unit", sa.Text, nullable=False, server_default=""),
        sa.Column("received_on", sa.Date, nullable=False),
        sa.Column("review_due_on", sa.Date),
        sa.Column("paused_remaining", sa.Integer),
        sa.Column("counsel", sa.String(64), nullable=False, server_default=""),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("doc_no", sa.String(100), nullable=False, server_default=""),
        sa.Column("doc_no_norm", sa.String(100), nullable=False, server_default=""),
        sa.Column("counterparty", sa.Text, nullable=False, server_default=""),
        sa.Column("amount", sa.Numeric(18, 2)),
        sa.Column("fair_review_required", sa.Boolean, nullable=False, server_default="0"),
        sa.Column("fair_review_done", sa.Boolean, nullable=False, server_default="0"),
        sa.Column("notes", sa.Text, nullable=False, server_default=""),
        sa.Column("tags", sa.Text, nullable=False, server_default=""),
        sa.Column("opinion_on", sa.Date),
        sa.Column("conclusion", sa.String(32)),
        sa.Column("published_on", sa.Date),
        sa.Column("filing_due_on", sa.Date),
        sa.Column("filed_on", sa.Date),
        sa.Column("filing_authority", sa.Text, nullable=False, server_default=""),
        sa.Column("filing_ref", sa.Text, nullable=False, server_default=""),
        sa.Column("filing_result", sa.String(32)),
        sa.Column("filing_result_on", sa.Date),
        sa.Column("valid_until", sa.Date),
        sa.Column("ended_on", sa.Date),
        sa.Column("withdrawn_on", sa.Date),
        sa.Column("version", sa.Integer, nullable=False, server_default="1"),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_items"),
        sa.UniqueConstraint("reg_no", name="uq_items_reg_no"),
    )
    for name, cols in (
        ("ix_items_status_review_due_on", ["status", "review_due_on"]),
        ("ix_items_received_on", ["received_on"]),
        ("ix_items_opinion_on", ["opinion_on"]),
        ("ix_items_filed_on", ["filed_on"]),
        ("ix_items_published_on", ["published_on"]),
        ("ix_items_kind", ["kind"]),
        ("ix_items_counsel", ["counsel"]),
        ("ix_items_doc_no_norm", ["doc_no_norm"]),
        ("ix_items_valid_until", ["valid_until"]),
    ):
        op.create_index(name, "items", cols)

    op.create_table(
        "pauses",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("item_id", sa.Integer, nullable=False),
        sa.Column("returned_on", sa.Date, nullable=False),
        sa.Column("reason", sa.Text, nullable=False, server_default=""),
        sa.Column("resubmitted_on", sa.Date),
        sa.PrimaryKeyConstraint("id", name="pk_pauses"),
        sa.ForeignKeyConstraint(
            ["item_id"], ["items.id"], name="fk_pauses_item_id_items", ondelete="CASCADE"
        ),
    )
    op.create_index("ix_pauses_item_id", "pauses", ["item_id"])

    op.create_table(
        "opinions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("item_id", sa.Integer, nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("supersedes_id", sa.Integer),
        sa.Column("counsel", sa.String(64), nullable=False),
        sa.Column("issued_on", sa.Date, nullable=False),
        sa.Column("conclusion", sa.String(32), nullable=False),
        sa.Column("text", sa.Text, nullable=False, server_default=""),
        sa.Column("basis", sa.Text, nullable=False, server_default=""),
        sa.Column("defects", sa.Text, nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("created_by", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_opinions"),
        sa.ForeignKeyConstraint(
            ["item_id"], ["items.id"], name="fk_opinions_item_id_items", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["supersedes_id"], ["opinions.id"], name="fk_opinions_supersedes_id_opinions"
        ),
    )
    op.create_index("ix_opinions_item_id", "opinions", ["item_id"])

    op.create_table(
        "attachments",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("item_id", sa.Integer, nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False, server_default=""),
        sa.Column("content", sa.LargeBinary),
        sa.Column("added_at", sa.DateTime, nullable=False),
        sa.Column("added_by", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_attachments"),
        sa.ForeignKeyConstraint(
            ["item_id"], ["items.id"], name="fk_attachments_item_id_items", ondelete="CASCADE"
        ),
    )
    op.create_index("ix_attachments_item_id", "attachments", ["item_id"])

    op.create_table(
        "settings",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_settings"),
    )
    op.create_table(
        "calendar_years",
        sa.Column("year", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
        sa.Column("entered_at", sa.DateTime, nullable=False),
        sa.Column("entered_by", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("year", name="pk_calendar_years"),
    )
    op.create_table(
        "calendar_days",
        sa.Column("day", sa.Date, primary_key=True),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("off", sa.Boolean, nullable=False),
        sa.PrimaryKeyConstraint("day", name="pk_calendar_days"),
        sa.ForeignKeyConstraint(
            ["year"],
            ["calendar_years.year"],
            name="fk_calendar_days_year_calendar_years",
            ondelete="CASCADE",
        ),
    )
    op.create_table(
        "users",
        sa.Column("login", sa.String(64), primary_key=True),
        sa.Column("display_name", sa.Text, nullable=False, server_default=""),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("active", sa.Boolean, nullable=False, server_default="1"),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.PrimaryKeyConstraint("login", name="pk_users"),
    )
    op.create_table(
        "audit_events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("actor", sa.String(64), nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("item_id", sa.Integer),
        sa.Column("reg_no", sa.String(40), nullable=False, server_default=""),
        sa.Column("before", sa.Text, nullable=False, server_default=""),
        sa.Column("after", sa.Text, nullable=False, server_default=""),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_audit_events"),
    )
    op.create_index("ix_audit_events_item_id", "audit_events", ["item_id"])
    _protect_audit_log()


def _protect_audit_log() -> None:
    """Audit events are append-only: the database itself refuses updates and deletes."""
    if op.get_bind().dialect.name == "sqlite":
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER audit_events_no_{verb.lower()} BEFORE {verb} ON audit_events "
                "BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END"
            )
    else:
        op.execute(
            "CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN RAISE EXCEPTION 'audit events are append-only'; END $$"
        )
        op.execute(
            "CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE OR TRUNCATE "
            "ON audit_events FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        op.execute("DROP TRIGGER IF EXISTS audit_events_append_only ON audit_events")
        op.execute("DROP FUNCTION IF EXISTS audit_events_append_only()")
    for table in (
        "audit_events",
        "users",
        "calendar_days",
        "calendar_years",
        "settings",
        "attachments",
        "opinions",
        "pauses",
        "items",
    ):
        op.drop_table(table)
