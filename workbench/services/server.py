"""``workbench server setup``: the DBA secures a shared PostgreSQL database (see
docs/SHARED_MODE.md)."""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError

from workbench.domain.errors import InvalidInput
from workbench.domain.roles import check_password
from workbench.store.database import make_engine
from workbench.store.errors import DatabaseError, connect_sentence
from workbench.store.server import SetupReport
from workbench.store.server_setup import setup_database
from workbench.store.target import parse_target


def setup_server(
    url: str, admin: str, admin_name: str | None = None, password: str | None = None
) -> SetupReport:
    """Create or bring up to date the roles, privileges, triggers and schema of the shared
    database at ``url`` (connected as the DBA), and the first administrator's login."""
    target = parse_target(url)
    if target.is_sqlite:
        raise InvalidInput("server.setup_embedded")
    if password is not None:
        check_password(password)
    engine = make_engine(target)
    try:
        try:
            with engine.connect() as raw:
                conn = raw.execution_options(write=True)
                with conn.begin():
                    return setup_database(conn, admin, admin_name, password)
        except DBAPIError as exc:
            if exc.connection_invalidated or getattr(exc.orig, "sqlstate", None) in (
                None,
                "08001",
                "08006",
                "28P01",
                "28000",
            ):
                raise DatabaseError.of(connect_sentence(target, exc)) from None
            first = str(exc.orig).strip().splitlines()[0]
            raise DatabaseError("server.setup_failed", reason=first) from None
    finally:
        engine.dispose()
