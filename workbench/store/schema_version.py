"""The schema's revision: the one this build expects (:data:`HEAD_REVISION`), the one a
database is at, and bringing a database up to date with the Alembic migrations in
``store/migrations`` (a copy of a SQLite file first).

Alembic is imported only when it is needed: opening an up-to-date database (every start of the
CLI) compares the stamped revision with :data:`HEAD_REVISION` and stops there."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, inspect, text

from workbench.store.errors import DatabaseError

if TYPE_CHECKING:
    from workbench.store.database import Database

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
#: The newest migration. Checked against Alembic by a test, so that opening an up-to-date
#: database (every start of the CLI) does not have to load Alembic at all.
HEAD_REVISION = "0009"


def alembic_config(conn: Connection | None = None) -> Any:
    """Alembic's configuration for our migrations, run on ``conn`` when given."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if conn is not None:
        cfg.attributes["connection"] = conn
    return cfg


def alembic_head() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return str(head)


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(conn: Connection) -> str | None:
    """The schema revision stamped in the database, or ``None`` for a new database."""
    if not inspect(conn).has_table("alembic_version"):
        return None
    value = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return str(value) if value else None


def _backup_sqlite(path: Path, label: str) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    dest = path.with_name(f"{path.stem}.before-{label}-{stamp}{path.suffix}")
    src = sqlite3.connect(str(path))
    try:
        dst = sqlite3.connect(str(dest))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return dest


def check_secured_revision(db: Database) -> None:
    """Shared mode, secured: the DBA upgrades the schema; refuse one that is not at head."""
    with db.engine.connect() as conn:
        current = current_revision(conn)
    if current != HEAD_REVISION:
        raise DatabaseError(
            "database.shared_needs_upgrade"
            if current in known_revisions()
            else "database.shared_from_newer",
            target=db.target.display(),
            current=str(current),
            head=HEAD_REVISION,
        )


def upgrade_to_head(db: Database) -> None:
    """Create the schema of a new database, or upgrade an older one to :data:`HEAD_REVISION`."""
    with db.engine.connect() as conn:
        current = current_revision(conn)
        has_tables = bool(inspect(conn).get_table_names())
    if current == HEAD_REVISION:
        return
    if current is None and has_tables:
        raise DatabaseError("database.foreign_tables", target=db.target.display())
    if current is not None and current not in known_revisions():
        raise DatabaseError("database.from_newer", target=db.target.display(), current=str(current))
    # never migrate (or create tables in) a damaged file
    problem = db.integrity.run()
    if problem is not None:
        raise DatabaseError.of(problem)
    if current is not None and db.target.path is not None:
        _backup_sqlite(db.target.path, current)
    from alembic import command

    with db.engine.connect() as raw:
        conn = raw.execution_options(write=True)
        with conn.begin():
            command.upgrade(alembic_config(conn), "head")
