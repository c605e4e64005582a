"""Opening the database: SQLite (embedded default) or PostgreSQL (shared office server).

SQLite gets WAL, foreign keys, a busy timeout, ``BEGIN IMMEDIATE`` for write transactions (so a
writer takes the lock up front instead of failing half-way), an integrity check on open, and a
copy of the file before any migration runs.

The integrity check (``PRAGMA quick_check``) reads every page of the file: about 0.1 s at
100,000 items, seconds at a million. The command line runs it before it opens; the desktop
application opens with ``check_integrity=False`` (the file header and the schema are still read
at once, so a file that is not a database or whose first page is smashed is refused on the
spot) and runs :meth:`Database.check_integrity` on a worker thread while the window comes up.
Until that check has passed no write transaction starts; when it fails every write is refused
with the same sentence the command line prints.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, SQLAlchemyError

from workbench.domain.errors import WorkbenchError

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
#: The newest migration. Checked against Alembic by a test, so that opening an up-to-date
#: database (every start of the CLI) does not have to load Alembic at all.
HEAD_REVISION = "0003"
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
        raise DatabaseError("数据库位置为空：请给出 SQLite 文件路径或数据库地址。")
    if "://" in value:
        try:
            url = make_url(value)
        except ArgumentError as exc:
            raise DatabaseError(f"无法识别数据库地址“{value}”：{exc}。") from None
        backend = url.get_backend_name()
        if backend == "sqlite":
            if not url.database or url.database == ":memory:":
                raise DatabaseError("SQLite 数据库地址必须指向一个文件。")
            return parse_target(url.database)
        if backend != "postgresql":
            raise DatabaseError(
                f"不支持的数据库类型“{backend}”：请使用 SQLite 文件或 PostgreSQL 服务器。"
            )
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
        #: why the integrity check failed (the sentence every write is refused with), or None
        self.integrity_problem: str | None = None
        self._checked = threading.Event()  # the check has run (or was not needed)
        self._checked.set()
        self._check_lock = threading.Lock()
        self._check_running = False
        self._checking: sqlite3.Connection | None = None
        self._closed = False

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def integrity_pending(self) -> bool:
        """True until the integrity check deferred at open has finished."""
        return not self._checked.is_set()

    @contextlib.contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn, conn.begin():
            yield conn

    @contextlib.contextmanager
    def write(self) -> Iterator[Connection]:
        """One write transaction; on SQLite it takes the write lock up front.

        Never before the integrity check has passed: while it runs (on another thread) this
        waits for it, if nobody has started it yet it runs here, and a failed check refuses
        the write."""
        if not self._checked.is_set():
            self.check_integrity()
        if self.integrity_problem is not None:
            raise DatabaseError(self.integrity_problem)
        with self.engine.connect() as raw:
            conn = raw.execution_options(write=True)
            with conn.begin():
                if self.dialect == "postgresql":
                    # serialise writers so the audit hash chain stays a chain
                    conn.execute(text("SELECT pg_advisory_xact_lock(20231116)"))
                yield conn

    def check_integrity(self) -> str | None:
        """Run the integrity check deferred at open (``PRAGMA quick_check`` on a connection of
        its own; it reads the whole file, so call it off the GUI thread).

        Returns the problem -- the sentence shown to the user, after which every write is
        refused with it -- or ``None`` when the file is sound. Runs at most once: later calls
        (and calls while it runs elsewhere) wait for that one's answer. :meth:`close`
        interrupts a running check; the file then counts as not checked, not as damaged."""
        with self._check_lock:
            wait = self._check_running
            if not wait and not self._checked.is_set():
                self._check_running = True
            elif not wait:
                return self.integrity_problem
        if wait:
            self._checked.wait()
            return self.integrity_problem
        try:
            self.integrity_problem = self._quick_check()
        finally:
            with self._check_lock:
                self._check_running = False
                self._checked.set()
        return self.integrity_problem

    def _quick_check(self) -> str | None:
        path = self.target.path
        if path is None:
            return None
        with self._check_lock:
            if self._closed:
                return None
            con = sqlite3.connect(str(path), timeout=15, check_same_thread=False)
            self._checking = con
        try:
            result = con.execute("PRAGMA quick_check").fetchone()
        except sqlite3.Error as exc:
            if getattr(exc, "sqlite_errorname", "") == "SQLITE_INTERRUPT":
                return None  # close() stopped it: not checked
            if getattr(exc, "sqlite_errorname", "") in ("SQLITE_CORRUPT", "SQLITE_NOTADB"):
                return _integrity_sentence(self.target, str(exc))
            return _cannot_open_sentence(self.target, exc)
        finally:
            with self._check_lock:
                self._checking = None
                con.close()
        value = result[0] if result else "ok"
        return None if value == "ok" else _integrity_sentence(self.target, str(value))

    def interrupt_integrity_check(self) -> None:
        """Stop a running integrity check (quitting never waits seconds for it) and any later
        one; the file then counts as not checked."""
        with self._check_lock:
            self._closed = True
            if self._checking is not None:
                self._checking.interrupt()

    def close(self) -> None:
        self.interrupt_integrity_check()
        self.engine.dispose()


def _integrity_sentence(target: Target, result: str) -> str:
    return f"数据库文件“{target.display()}”未通过完整性检查（{result}）：请从备份恢复。"


def _cannot_open_sentence(target: Target, exc: BaseException) -> str:
    reason = getattr(exc, "orig", None) or exc
    return f"无法打开数据库“{target.display()}”：{str(reason).strip().splitlines()[0]}。"


def _make_engine(target: Target) -> Engine:
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


def _check_sqlite_file(path: Path) -> None:
    if path.is_dir():
        raise DatabaseError(f"“{path}”是一个文件夹，不是数据库文件。")
    kind = on_network_share(path)
    if kind is not None:
        raise DatabaseError(
            f"拒绝打开网络共享上的 SQLite 文件“{path}”（{kind}）：多人通过共享文件夹同时写入会损坏"
            "数据库；多人共用请改用共享服务器模式（PostgreSQL，--db postgresql+psycopg://…）。"
        )
    if path.exists() and path.stat().st_size > 0:
        with path.open("rb") as fh:
            header = fh.read(16)
        if header != b"SQLite format 3\x00":
            raise DatabaseError(f"“{path}”不是工作台的数据库文件（不是 SQLite 格式）。")
    elif not path.parent.exists():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseError(f"无法创建数据目录“{path.parent}”：{exc.strerror}。") from None


def open_database(
    target: Target | str, *, migrate: bool = True, check_integrity: bool = True
) -> Database:
    """Open (creating and migrating when needed) the database at ``target``.

    ``check_integrity=False`` (the desktop application) leaves the full integrity check of a
    SQLite file to :meth:`Database.check_integrity`; the header and the schema are read now,
    and before a migration the full check runs here anyway."""
    if isinstance(target, str):
        target = parse_target(target)
    if target.path is not None:
        _check_sqlite_file(target.path)
    engine = _make_engine(target)
    db = Database(target, engine)
    try:
        if target.is_sqlite:
            if check_integrity:
                with engine.connect() as conn:
                    result = conn.exec_driver_sql("PRAGMA quick_check").scalar()
                if result != "ok":
                    raise DatabaseError(_integrity_sentence(target, str(result)))
            else:
                with engine.connect() as conn:  # reads the first page and the schema
                    conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
                db._checked.clear()
        if migrate:
            _migrate(db)
    except DatabaseError:
        engine.dispose()
        raise
    except (DBAPIError, SQLAlchemyError, sqlite3.Error, OSError) as exc:
        engine.dispose()
        raise DatabaseError(_cannot_open_sentence(target, exc)) from exc
    return db


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
        raise DatabaseError(f"“{db.target.display()}”里已有别的数据表，不是工作台的数据库。")
    if current is not None and current not in known_revisions():
        raise DatabaseError(
            f"数据库“{db.target.display()}”来自更新版本的工作台（架构 {current}）："
            "请升级本程序后再打开。"
        )
    # never migrate (or create tables in) a damaged file
    problem = db.check_integrity()
    if problem is not None:
        raise DatabaseError(problem)
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
