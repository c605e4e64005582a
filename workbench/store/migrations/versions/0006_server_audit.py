"""Audit events written by the database server (shared office mode).

Two columns on ``audit_events``:

- ``scheme``: how the event's hash is computed. 1 is the application's canonical JSON (every
  event written so far, and every event of the embedded SQLite mode); 2 is the server's
  length-prefixed fields, computed by the trigger that ``workbench server setup`` installs
  (see docs/SHARED_MODE.md). ``workbench audit verify`` checks each event by its own scheme,
  so a chain begun by the application continues, verifiably, on the server.
- ``tx``: the server transaction that wrote the event, so that the row events of one use-case
  can be read together with the use-case's own event.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain ADD COLUMN: a batch copy of the table would drop its append-only triggers
    op.add_column(
        "audit_events", sa.Column("scheme", sa.SmallInteger, nullable=False, server_default="1")
    )
    op.add_column("audit_events", sa.Column("tx", sa.BigInteger))


def downgrade() -> None:
    for column in ("tx", "scheme"):
        op.execute(f"ALTER TABLE audit_events DROP COLUMN {column}")
