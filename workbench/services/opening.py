"""Opening a workbench database: the one path the command line and the desktop application
share (docs/ARCHITECTURE.md, "The opening path").

``open_workbench`` resolves the target, refuses a SQLite file on a network share, migrates (or,
on a secured shared server, refuses a schema the DBA has not upgraded), checks integrity (or
leaves the full check to a worker, for the GUI), finds who is acting, and brings validity up
to date: documents past their end are marked expired whichever front end opens the office.
"""

from __future__ import annotations

import logging

from sqlalchemy.exc import SQLAlchemyError

from workbench.domain.errors import WorkbenchError
from workbench.services.context import ServiceContext
from workbench.services.publication import expire_lapsed
from workbench.store.database import Database, open_database
from workbench.store.errors import DatabaseError, LoginFailed
from workbench.store.target import Target, env_target, parse_target

__all__ = [
    "Database",
    "DatabaseError",
    "LoginFailed",
    "Target",
    "env_target",
    "open_workbench",
    "parse_target",
    "password_check",
]

log = logging.getLogger(__name__)


def open_workbench(target: Target | str, *, check_integrity: bool = True) -> ServiceContext:
    """Open the database at ``target`` and return the context every use-case takes.

    Raises :class:`DatabaseError` (a :class:`LoginFailed` when a shared server refused the
    login) with one sentence saying what is wrong."""
    db = open_database(target, check_integrity=check_integrity)
    ctx = ServiceContext(db)
    try:
        expire_lapsed(ctx)
    except DatabaseError:
        db.close()  # a damaged file (found by a read, or by the check before the write)
        raise
    except (SQLAlchemyError, WorkbenchError) as exc:
        # a read-only file, or a reader's login on a shared server, still lets the user read
        log.warning("could not mark lapsed documents: %s", exc)
    return ctx


def password_check(ctx: ServiceContext, password: str) -> str | None:
    """Whether ``password`` is the acting login's on its shared server: ``None`` when the
    server accepts it, else the sentence saying why not. Opens a second connection and closes
    it at once (the idle lock's unlock)."""
    from sqlalchemy.engine import make_url

    url = make_url(ctx.db.target.url)
    login = ctx.db.server_login or url.username or ""
    try:
        other = open_database(
            url.set(username=login, password=password).render_as_string(hide_password=False),
            migrate=False,
            check_integrity=False,
        )
    except WorkbenchError as exc:
        return str(exc)
    other.close()
    return None
