"""The database schema (SQLAlchemy Core). Migrations under ``migrations/`` must match it."""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    PrimaryKeyConstraint,
    SmallInteger,
    String,
    Table,
    Text,
)

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING)

items = Table(
    "items",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("reg_no", String(40), nullable=False, unique=True),
    Column("kind", String(32), nullable=False),
    Column("title", Text, nullable=False),
    Column("unit", Text, nullable=False, server_default=""),
    Column("received_on", Date, nullable=False),
    Column("review_due_on", Date),
    Column("paused_remaining", Integer),
    Column("counsel", String(64), nullable=False, server_default=""),
    Column("status", String(20), nullable=False),
    Column("doc_no", String(100), nullable=False, server_default=""),
    Column("doc_no_norm", String(100), nullable=False, server_default=""),
    Column("counterparty", Text, nullable=False, server_default=""),
    Column("amount", Numeric(18, 2)),
    Column("fair_review_required", Boolean, nullable=False, server_default="0"),
    Column("fair_review_done", Boolean, nullable=False, server_default="0"),
    Column("notes", Text, nullable=False, server_default=""),
    Column("tags", Text, nullable=False, server_default=""),
    Column("opinion_on", Date),
    Column("conclusion", String(32)),
    Column("published_on", Date),
    Column("filing_due_on", Date),
    Column("filed_on", Date),
    Column("filing_authority", Text, nullable=False, server_default=""),
    Column("filing_ref", Text, nullable=False, server_default=""),
    Column("filing_result", String(32)),
    Column("filing_result_on", Date),
    Column("valid_until", Date),
    Column("ended_on", Date),
    Column("withdrawn_on", Date),
    Column("version", Integer, nullable=False, server_default="1"),
    Column("created_at", DateTime, nullable=False),
    Column("updated_at", DateTime, nullable=False),
)
Index("ix_items_status_review_due_on", items.c.status, items.c.review_due_on)
Index("ix_items_received_on", items.c.received_on)
# opinions by month and the late ones, from the index alone (migration 0009)
Index("ix_items_opinion_on_due_status", items.c.opinion_on, items.c.review_due_on, items.c.status)
Index("ix_items_filed_on", items.c.filed_on)
Index("ix_items_published_on", items.c.published_on)
Index("ix_items_kind", items.c.kind)
Index("ix_items_counsel", items.c.counsel)
Index("ix_items_doc_no_norm", items.c.doc_no_norm)
Index("ix_items_valid_until", items.c.valid_until)
# sorting the queue by title or drafting unit (migration 0002)
Index("ix_items_title", items.c.title)
Index("ix_items_unit", items.c.unit)

pauses = Table(
    "pauses",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("item_id", Integer, ForeignKey("items.id", ondelete="CASCADE"), nullable=False),
    Column("returned_on", Date, nullable=False),
    Column("reason", Text, nullable=False, server_default=""),
    Column("resubmitted_on", Date),
)
Index("ix_pauses_item_id", pauses.c.item_id)

opinions = Table(
    "opinions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("item_id", Integer, ForeignKey("items.id", ondelete="CASCADE"), nullable=False),
    Column("revision", Integer, nullable=False),
    Column("supersedes_id", Integer, ForeignKey("opinions.id")),
    Column("counsel", String(64), nullable=False),
    Column("issued_on", Date, nullable=False),
    Column("conclusion", String(32), nullable=False),
    Column("text", Text, nullable=False, server_default=""),
    Column("basis", Text, nullable=False, server_default=""),
    Column("defects", Text, nullable=False, server_default=""),
    Column("created_at", DateTime, nullable=False),
    Column("created_by", String(64), nullable=False),
)
Index("ix_opinions_item_id", opinions.c.item_id)

# what a person typed and has not issued or saved yet (migration 0005); not audited
drafts = Table(
    "drafts",
    metadata,
    Column("item_id", Integer, ForeignKey("items.id", ondelete="CASCADE"), nullable=False),
    Column("login", String(64), nullable=False),
    Column("part", String(16), nullable=False),
    Column("payload", Text, nullable=False),
    Column("updated_at", DateTime, nullable=False),
    PrimaryKeyConstraint("item_id", "login", "part", name="pk_drafts"),
    CheckConstraint("part IN ('opinion', 'details')", name="ck_drafts_part"),
)

attachments = Table(
    "attachments",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("item_id", Integer, ForeignKey("items.id", ondelete="CASCADE"), nullable=False),
    Column("name", Text, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("size", Integer, nullable=False),
    Column("text", Text, nullable=False, server_default=""),
    Column("content", LargeBinary),
    Column("added_at", DateTime, nullable=False),
    Column("added_by", String(64), nullable=False),
)
Index("ix_attachments_item_id", attachments.c.item_id)

settings = Table(
    "settings",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

calendar_years = Table(
    "calendar_years",
    metadata,
    Column("year", Integer, primary_key=True, autoincrement=False),
    Column("note", Text, nullable=False, server_default=""),
    Column("entered_at", DateTime, nullable=False),
    Column("entered_by", String(64), nullable=False),
)

calendar_days = Table(
    "calendar_days",
    metadata,
    Column("day", Date, primary_key=True),
    Column(
        "year",
        Integer,
        ForeignKey("calendar_years.year", ondelete="CASCADE"),
        nullable=False,
    ),
    # True: a day off (holiday); False: a weekend day worked (make-up working day)
    Column("off", Boolean, nullable=False),
)

users = Table(
    "users",
    metadata,
    Column("login", String(64), primary_key=True),
    Column("display_name", Text, nullable=False, server_default=""),
    Column("role", String(16), nullable=False),
    Column("active", Boolean, nullable=False, server_default="1"),
    Column("created_at", DateTime, nullable=False),
)

audit_events = Table(
    "audit_events",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("at", DateTime, nullable=False),
    Column("actor", String(64), nullable=False),
    Column("action", String(40), nullable=False),
    Column("item_id", Integer),
    Column("reg_no", String(40), nullable=False, server_default=""),
    Column("before", Text, nullable=False, server_default=""),
    Column("after", Text, nullable=False, server_default=""),
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
    # 1: hashed by the application; 2: hashed by the server's trigger (migration 0006)
    Column("scheme", SmallInteger, nullable=False, server_default="1"),
    Column("tx", BigInteger),
)
Index("ix_audit_events_item_id", audit_events.c.item_id)

# cleanup campaigns (清理, migration 0008): every normative document in force on ``as_of`` is an
# entry; each gets a result, and closing the campaign applies repeal and invalidate
cleanups = Table(
    "cleanups",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("title", Text, nullable=False),
    Column("theme", Text, nullable=False, server_default=""),
    Column("as_of", Date, nullable=False),
    Column("status", String(8), nullable=False, server_default="open"),
    Column("closed_on", Date),
    Column("created_at", DateTime, nullable=False),
    Column("created_by", String(64), nullable=False),
    CheckConstraint("status IN ('open', 'closed')", name="ck_cleanups_status"),
)

cleanup_entries = Table(
    "cleanup_entries",
    metadata,
    Column("cleanup_id", Integer, ForeignKey("cleanups.id", ondelete="CASCADE"), nullable=False),
    Column("item_id", Integer, ForeignKey("items.id", ondelete="CASCADE"), nullable=False),
    Column("result", String(12)),
    Column("reason", Text, nullable=False, server_default=""),
    Column("flagged", Boolean, nullable=False, server_default="0"),
    Column("decided_by", String(64), nullable=False, server_default=""),
    Column("decided_at", DateTime),
    PrimaryKeyConstraint("cleanup_id", "item_id", name="pk_cleanup_entries"),
    CheckConstraint(
        "result IS NULL OR result IN ('keep', 'amend', 'repeal', 'invalidate')",
        name="ck_cleanup_entries_result",
    ),
)
Index("ix_cleanup_entries_item_id", cleanup_entries.c.item_id)
