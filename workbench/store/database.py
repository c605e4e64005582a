"""Opening the database: SQLite (embedded default) or PostgreSQL (shared office server).

SQLite gets WAL, foreign keys, a busy timeout, ``BEGIN IMMEDIATE`` for write transactions (so a
writer takes the lock up front instead of failing half-way), an integrity check on open, and a
copy of the file before any migration runs.

The desktop application opens without the full integrity check and runs it on a worker thread
while its window comes up; no write starts before it has passed (see
:mod:`workbench.store.integrity`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, SQLAlchemyError

from workbench.domain.errors import WorkbenchError
from workbench.domain.messages import Msg, msg
from workbench.store.audit import SERVER_AUDIT
from workbench.store.integrity import IntegrityCheck, unusable_sentence
from workbench.store.server import is_secured, refusal_from, session_login

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
#: The newest migration. Checked against Alembic by a test, so that opening an up-to-date
#: database (every start of the CLI) does not have to load Alembic at all.
HEAD_REVISION = "0008"
MOUNTS_FILE = Path("/proc/mounts")
NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb",
        "smb2",
        "smb3",
        "smbfs",
        "ncpfs",
        "afs",
        "9p",
        "fuse.sshfs",
        "davfs",
        "fuse.davfs2",
        "glusterfs",
        "ceph",
        "lustre",
        "fuse.rclone",
    }
)


class DatabaseError(WorkbenchError):
    """The database cannot be opened or used; the message says why and what to do."""


class LoginFailed(DatabaseError):
    """The shared server did not let this login in; ``reason`` says why, for the login dialog:
    ``no_password``, ``bad_password``, ``inactive``, ``no_access`` or ``unreachable``."""

    def __init__(self, code: str, /, reason: str, **params: object) -> None:
        super().__init__(code, **params)
        self.reason = reason


@dataclass(frozen=True)
class Target:
    """Where the data lives: a SQLite file (``path`` set) or a server URL."""

    url: str
    path: Path | None

    @property
    def is_sqlite(self) -> bool:
        return self.path is not None

    def display(self) -> str:
        if self.path is not None:
            return str(self.path)
        return make_url(self.url).render_as_string(hide_password=True)


def parse_target(value: str) -> Target:
    """A SQLite file path, ``sqlite:///path`` or a server URL such as ``postgresql+psycopg://``."""
    value = value.strip()
    if not value:
        raise DatabaseError("database.location_empty")
    if "://" in value:
        try:
            url = make_url(value)
        except ArgumentError as exc:
            raise DatabaseError("database.url_unreadable", url=value, reason=str(exc)) from None
        backend = url.get_backend_name()
        if backend == "sqlite":
            if not url.database or url.database == ":memory:":
                raise DatabaseError("database.sqlite_needs_file")
            return parse_target(url.database)
        if backend != "postgresql":
            raise DatabaseError("database.backend_unsupported", backend=backend)
        if url.drivername == "postgresql":
            url = url.set(drivername="postgresql+psycopg")
        return Target(url.render_as_string(hide_password=False), None)
    path = Path(value).expanduser().resolve()
    return Target(f"sqlite:///{path}", path)


def on_network_share(path: Path) -> str | None:
    """The kind of network file system ``path`` lives on, or ``None`` when it is local."""
    if sys.platform == "win32":
        spath = str(path)
        if spath.startswith("\\\\"):
            return "UNC"
        try:
            import ctypes

            drive = spath[:3]
            if ctypes.windll.kernel32.GetDriveTypeW(drive) == 4:  # type: ignore[attr-defined]
                return "network drive"
        except (AttributeError, OSError):
            return None
        return None
    try:
        mounts = MOUNTS_FILE.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    best: tuple[int, str] | None = None
    probe = str(path.parent if not path.exists() else path)
    for line in mounts:
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = parts[1].replace("\\040", " ")
        inside = probe == mount_point or probe.startswith(mount_point.rstrip("/") + "/")
        if inside and (best is None or len(mount_point) > best[0]):
            best = (len(mount_point), parts[2])
    if best is not None and best[1] in NETWORK_FILESYSTEMS:
        return best[1]
    return None


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

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextlib.contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn, conn.begin():
            yield conn

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


def _alembic_config(conn: Connection | None = None) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if conn is not None:
        cfg.attributes["connection"] = conn
    return cfg


def alembic_head() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return str(head)


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {s.revision for s in ScriptDirectory.from_config(_alembic_config()).walk_revisions()}


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


def _check_sqlite_file(path: Path) -> None:
    if path.is_dir():
        raise DatabaseError("database.is_folder", path=str(path))
    kind = on_network_share(path)
    if kind is not None:
        raise DatabaseError("database.on_network_share", path=str(path), share=kind)
    if not path.exists() and not path.parent.exists():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseError(
                "database.data_dir_failed", folder=str(path.parent), reason=str(exc.strerror)
            ) from None


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
        _check_sqlite_file(target.path)
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
            _migrate(db)
        elif db.secured:
            _check_secured_revision(db)
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


def _check_secured_revision(db: Database) -> None:
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


def login_error(target: Target, exc: DBAPIError) -> DatabaseError:
    """The refusal for a server connection that failed: a :class:`LoginFailed` when the login
    itself was the problem."""
    sentence = connect_sentence(target, exc)
    low = str(exc.orig or exc).lower()
    for needle, reason in (
        ("no password supplied", "no_password"),
        ("authentication failed", "bad_password"),
        ("is not permitted to log in", "inactive"),
        ("permission denied for database", "no_access"),
        ("connection refused", "unreachable"),
        ("could not connect", "unreachable"),
        ("timeout", "unreachable"),
    ):
        if needle in low:
            return LoginFailed(sentence.code, reason, **sentence.params)
    return DatabaseError.of(sentence)


def connect_sentence(target: Target, exc: DBAPIError) -> Msg:
    """One sentence for a server connection that failed: what is wrong and what to do."""
    url = make_url(target.url)
    where = f"{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"
    who = url.username or "?"
    message = str(exc.orig or exc).strip()
    low = message.lower()
    if "no password supplied" in low:
        return msg("login.no_password", where=where, login=who)
    if "password authentication failed" in low or "authentication failed" in low:
        return msg("login.bad_password", where=where, login=who)
    if "is not permitted to log in" in low:
        return msg("login.inactive", login=who)
    if "permission denied for database" in low or "does not have connect" in low:
        return msg("login.no_access", where=where, login=who)
    if "does not exist" in low and "database" in low:
        return msg("login.no_database", where=where)
    if "ssl" in low:
        return msg("login.ssl", where=where, reason=message.splitlines()[0])
    if "connection refused" in low or "could not connect" in low or "timeout" in low:
        return msg("login.unreachable", where=where)
    return unusable_sentence(target.display(), exc)


def current_revision(conn: Connection) -> str | None:
    """The schema revision stamped in the database, or ``None`` for a new database."""
    if not inspect(conn).has_table("alembic_version"):
        return None
    value = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return str(value) if value else None


def _migrate(db: Database) -> None:
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
            command.upgrade(_alembic_config(conn), "head")


def default_sqlite_path(data_dir: Path) -> Path:
    return data_dir / "workbench.sqlite3"


def env_target() -> str | None:
    return os.environ.get("WORKBENCH_DB") or None
