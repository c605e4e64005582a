"""Opening the database: SQLite (embedded default) or PostgreSQL (shared office server).

SQLite gets WAL, foreign keys, a busy timeout, ``BEGIN IMMEDIATE`` for write transactions (so a
writer takes the lock up front instead of failing half-way), an integrity check on open, and a
copy of the file before any migration runs. Where the data lives is :mod:`workbench.store.target`,
the schema's revision and the migrations :mod:`workbench.store.schema_version`, the refusals
:mod:`workbench.store.errors`.

The desktop application (and the command line's lookups) opens without the full integrity
check; the GUI runs it on a worker thread while its window comes up. No write starts before it
has passed, and a read that meets a damaged page is refused with its sentence (see
:mod:`workbench.store.integrity`).
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from workbench.store.audit import SERVER_AUDIT
from workbench.store.errors import DatabaseError, login_error
from workbench.store.integrity import IntegrityCheck, unusable_sentence
from workbench.store.schema_version import check_secured_revision, upgrade_to_head
from workbench.store.server import is_secured, refusal_from, session_login
from workbench.store.target import Target, check_sqlite_file, parse_target

#: what SQLite says when it reads a damaged page or a file that is not a database
_DAMAGED = frozenset({"SQLITE_CORRUPT", "SQLITE_NOTADB"})


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA busy_timeout = 15000")
    cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA synchronous = NORMAL")
    cur.close()


def _sqlite_begin(conn: Connection) -> None:
    if conn.get_execution_options().get("write"):
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        conn.exec_driver_sql("BEGIN")


class Database:
    """An open, migrated database. Use :meth:`read` and :meth:`write` for transactions."""

    def __init__(self, target: Target, engine: Engine) -> None:
        self.target = target
        self.engine = engine
        #: the integrity check of a SQLite file (:func:`open_database` runs it, or leaves it
        #: to a worker when asked to)
        self.integrity = IntegrityCheck(
            target.display(), self._sqlite_connection if target.is_sqlite else None
        )
        #: shared mode: secured by ``workbench server setup`` (the server writes the audit trail
        #: and enforces the roles)
        self.secured = False
        #: shared mode: the server's ``session_user``, the person acting; None on SQLite
        self.server_login: str | None = None
        # the SQLite connections in a read transaction, by thread (see interrupt_reads)
        self._reads: dict[int, list[sqlite3.Connection]] = {}
        self._reads_lock = threading.Lock()

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextlib.contextmanager
    def read(self) -> Iterator[Connection]:
        """One read transaction. On SQLite, :meth:`interrupt_reads` can stop it from another
        thread, and a damaged page met while reading is refused like a damaged file at
        opening: the integrity check runs then, and its sentence is the refusal."""
        if not self.target.is_sqlite:
            with self.engine.connect() as conn, conn.begin():
                yield conn
            return
        try:
            with self.engine.connect() as conn, conn.begin():
                raw = conn.connection.dbapi_connection
                assert isinstance(raw, sqlite3.Connection)
                ident = threading.get_ident()
                with self._reads_lock:
                    self._reads.setdefault(ident, []).append(raw)
                try:
                    yield conn
                finally:
                    with self._reads_lock:
                        self._reads[ident].remove(raw)
                        if not self._reads[ident]:
                            del self._reads[ident]
        except DBAPIError as exc:
            if getattr(exc.orig, "sqlite_errorname", "") not in _DAMAGED:
                raise
            problem = self.integrity.run()
            raise DatabaseError.of(
                problem or unusable_sentence(self.target.display(), exc)
            ) from exc

    def interrupt_reads(self, thread_ident: int) -> None:
        """Stop the SQLite reads (:meth:`read`) thread ``thread_ident`` is running: their
        statement fails with SQLITE_INTERRUPT. A read that has not started its next statement
        yet is not stopped (SQLite forgets the interrupt). Nothing on a server database."""
        with self._reads_lock:
            for raw in self._reads.get(thread_ident, ()):
                raw.interrupt()

    @contextlib.contextmanager
    def write(self) -> Iterator[Connection]:
        """One write transaction; on SQLite it takes the write lock up front. Never on a file
        whose integrity check has not passed (it is run first when still pending)."""
        problem = self.integrity.run()
        if problem is not None:
            raise DatabaseError.of(problem)
        with self.engine.connect() as raw:
            conn = raw.execution_options(write=True)
            conn.info[SERVER_AUDIT] = self.secured
            try:
                with conn.begin():
                    if self.dialect == "postgresql":
                        # serialise writers so the audit hash chain stays a chain
                        conn.execute(text("SELECT pg_advisory_xact_lock(20231116)"))
                    yield conn
            except DBAPIError as exc:
                refused = refusal_from(exc) if self.dialect == "postgresql" else None
                if refused is not None:
                    raise refused from None
                raise

    @contextlib.contextmanager
    def _sqlite_connection(self) -> Iterator[sqlite3.Connection]:
        with self.engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            assert isinstance(raw, sqlite3.Connection)
            yield raw

    def close(self) -> None:
        self.integrity.interrupt()
        self.engine.dispose()


def make_engine(target: Target) -> Engine:
    if target.is_sqlite:
        engine = create_engine(target.url, connect_args={"timeout": 15})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(target.url, pool_pre_ping=True, connect_args={"connect_timeout": 10})


def _read_schema(db: Database) -> None:
    """The file header and the schema, read through SQLite: a file that is not a database, or
    whose first page is smashed, is refused here.

    Never ``open()`` a database file this process may have open through SQLite: closing that
    descriptor drops every POSIX lock the process holds on the file (fcntl semantics), and
    another process closing its last connection could then checkpoint and delete the WAL under
    our connections. SQLite shares one descriptor between its own connections."""
    try:
        with db.engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
    except DBAPIError as exc:
        path = db.target.path
        if path is not None and getattr(exc.orig, "sqlite_errorname", "") == "SQLITE_NOTADB":
            # SQLite refuses the file, so no connection of ours holds it: the header may be read
            with path.open("rb") as fh:
                if fh.read(16) != b"SQLite format 3\x00":
                    raise DatabaseError("database.not_sqlite", path=str(path)) from None
        raise


def open_database(
    target: Target | str, *, migrate: bool = True, check_integrity: bool = True
) -> Database:
    """Open (creating and migrating when needed) the database at ``target``.

    ``check_integrity=False`` (the desktop application) leaves the full integrity check of a
    SQLite file to ``db.integrity`` (run it on a worker); the header and the schema are read
    now, and before a migration the full check runs here anyway."""
    if isinstance(target, str):
        target = parse_target(target)
    if target.path is not None:
        check_sqlite_file(target.path)
    engine = make_engine(target)
    db = Database(target, engine)
    try:
        if target.is_sqlite:
            _read_schema(db)
            if check_integrity:
                problem = db.integrity.run()
                if problem is not None:
                    raise DatabaseError.of(problem)
        else:
            _identify(db)
        if migrate and not db.secured:
            upgrade_to_head(db)
        elif db.secured:
            check_secured_revision(db)
    except DatabaseError:
        engine.dispose()
        raise
    except (DBAPIError, SQLAlchemyError, sqlite3.Error, OSError) as exc:
        engine.dispose()
        if not target.is_sqlite and isinstance(exc, DBAPIError):
            raise login_error(target, exc) from exc
        raise DatabaseError.of(unusable_sentence(target.display(), exc)) from exc
    return db


def _identify(db: Database) -> None:
    """Shared mode: who the server says is connected, and whether the database is secured."""
    with db.engine.connect() as conn:
        db.server_login = session_login(conn)
        db.secured = is_secured(conn)
