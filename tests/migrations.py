"""Moving a test database to a schema revision with the Alembic migrations, as an upgrade does."""

from __future__ import annotations

from workbench.store.database import Database


def migrate_to(db: Database, revision: str) -> None:
    """Upgrade ``db`` to ``"head"``, or downgrade it to ``revision``."""
    from alembic import command

    from workbench.store.schema_version import alembic_config

    step = command.upgrade if revision == "head" else command.downgrade
    with db.engine.connect() as raw:
        conn = raw.execution_options(write=True)
        with conn.begin():
            step(alembic_config(conn), revision)
