"""Backups at the storage level: consistent reads, SQLite snapshots and their rotation.

Snapshots use SQLite's online backup API, so they are consistent even while the application
writes, and each one passes ``PRAGMA integrity_check`` before it is kept.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection

from workbench.domain.errors import WorkbenchError
from workbench.store.database import Database

KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12
SNAPSHOT_SUFFIX = ".sqlite3"

_PATTERNS = {
    "daily": re.compile(r"^\d{4}-\d{2}-\d{2}\.sqlite3$"),
    "weekly": re.compile(r"^\d{4}-W\d{2}\.sqlite3$"),
    "monthly": re.compile(r"^\d{4}-\d{2}\.sqlite3$"),
}
_TMP = re.compile(r"^\..+\.sqlite3\.\d+\.tmp$")


class BackupError(WorkbenchError):
    """A backup could not be made; the message says why."""


@contextlib.contextmanager
def consistent_read(db: Database) -> Iterator[Connection]:
    """One read transaction over a single snapshot (REPEATABLE READ, read-only on PostgreSQL).

    On SQLite in WAL mode a read transaction sees one snapshot from its first read on.
    """
    with db.engine.connect() as raw:
        conn = raw
        if db.dialect == "postgresql":
            conn = raw.execution_options(
                isolation_level="REPEATABLE READ", postgresql_readonly=True
            )
        with conn.begin():
            yield conn


def _fsync(path: Path) -> None:
    with path.open("rb+") as fh:
        os.fsync(fh.fileno())


def integrity(path: Path) -> str:
    """``PRAGMA integrity_check`` of the SQLite file at ``path`` ("ok" when sound)."""
    conn = sqlite3.connect(str(path))
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
    finally:
        conn.close()
    return "; ".join(str(r[0]) for r in rows[:5])


def snapshot_sqlite(src: Path, dest: Path) -> Path:
    """Copy the live database ``src`` to ``dest`` (a single file, rollback-journal mode).

    The copy is written beside ``dest`` and renamed into place only after it passes
    ``PRAGMA integrity_check``; on failure nothing is left behind.
    """
    if not src.is_file():
        raise BackupError("backup.source_missing", path=str(src))
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.tmp")
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        source = sqlite3.connect(str(src), timeout=15)
        try:
            target = sqlite3.connect(str(tmp))
            try:
                source.backup(target)
                # the copy is a single self-contained file, not a WAL database
                target.execute("PRAGMA journal_mode = DELETE")
            finally:
                target.close()
        finally:
            source.close()
        result = integrity(tmp)
        if result != "ok":
            raise BackupError("backup.snapshot_damaged", path=str(src), result=result)
        _fsync(tmp)
        os.replace(tmp, dest)
    except sqlite3.Error as exc:
        raise BackupError("backup.sqlite_failed", path=str(src), reason=str(exc)) from None
    except OSError as exc:
        raise BackupError(
            "backup.write_failed", path=str(dest), reason=exc.strerror or str(exc)
        ) from None
    finally:
        tmp.unlink(missing_ok=True)
    return dest


def aside_path(path: Path, label: str, now: dt.datetime | None = None) -> Path:
    """Where to keep a copy of ``path`` before a risky change (``x.before-<label>-<stamp>``)."""
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.stem}.before-{label}-{stamp}{path.suffix}")
    n = 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem}.before-{label}-{stamp}-{n}{path.suffix}")
    return candidate


@dataclass(frozen=True)
class RotationResult:
    """What one run of :func:`rotate_backups` did."""

    backups_dir: Path
    daily: Path
    created: tuple[Path, ...]
    deleted: tuple[Path, ...]

    @property
    def skipped(self) -> bool:
        """Today's backups existed already: nothing was copied."""
        return not self.created


def rotation_names(day: dt.date) -> dict[str, str]:
    iso = day.isocalendar()
    return {
        "daily": f"{day.isoformat()}{SNAPSHOT_SUFFIX}",
        "weekly": f"{iso.year}-W{iso.week:02d}{SNAPSHOT_SUFFIX}",
        "monthly": f"{day:%Y-%m}{SNAPSHOT_SUFFIX}",
    }


def _copy(src: Path, dest: Path) -> None:
    """``dest`` becomes the same snapshot as ``src``: a hard link where the file system has
    them (snapshots are never written again, and a weekly or monthly copy of a large file
    then costs nothing), a copy elsewhere."""
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.tmp")
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(src, tmp)
        except OSError:
            shutil.copyfile(src, tmp)
        _fsync(tmp)
        os.replace(tmp, dest)
    except OSError as exc:
        raise BackupError(
            "backup.write_failed", path=str(dest), reason=exc.strerror or str(exc)
        ) from None
    finally:
        tmp.unlink(missing_ok=True)


def _prune(folder: Path, pattern: re.Pattern[str], keep: int) -> list[Path]:
    if not folder.is_dir():
        return []
    deleted: list[Path] = []
    names = sorted(p.name for p in folder.iterdir() if pattern.match(p.name))
    for name in names[: max(0, len(names) - keep)]:
        (folder / name).unlink(missing_ok=True)
        deleted.append(folder / name)
    for stale in folder.iterdir():
        # a temporary file left by a run that was killed half-way, at least a day old
        if _TMP.match(stale.name):
            with contextlib.suppress(OSError):
                age = dt.datetime.now().timestamp() - stale.stat().st_mtime
                if age > 86400:
                    stale.unlink()
    return deleted


def rotate_backups(db_path: Path, backups_dir: Path, now: dt.datetime) -> RotationResult:
    """Snapshot ``db_path`` at most once a day and keep 7 daily, 4 weekly, 12 monthly copies.

    ``daily/YYYY-MM-DD.sqlite3`` is made with the online backup API; the first daily copy of an
    ISO week becomes ``weekly/YYYY-Www.sqlite3`` and the first of a month
    ``monthly/YYYY-MM.sqlite3``. When today's copies exist this costs three ``stat`` calls.
    """
    names = rotation_names(now.date())
    paths = {kind: backups_dir / kind / name for kind, name in names.items()}
    daily = paths["daily"]
    if all(p.exists() for p in paths.values()):
        return RotationResult(backups_dir, daily, (), ())
    created: list[Path] = []
    if not daily.exists():
        snapshot_sqlite(db_path, daily)
        created.append(daily)
    for kind in ("weekly", "monthly"):
        if not paths[kind].exists():
            _copy(daily, paths[kind])
            created.append(paths[kind])
    deleted: list[Path] = []
    try:
        for kind, keep in (
            ("daily", KEEP_DAILY),
            ("weekly", KEEP_WEEKLY),
            ("monthly", KEEP_MONTHLY),
        ):
            deleted += _prune(backups_dir / kind, _PATTERNS[kind], keep)
    except OSError as exc:
        raise BackupError(
            "backup.prune_failed", folder=str(backups_dir), reason=exc.strerror or str(exc)
        ) from None
    return RotationResult(backups_dir, daily, tuple(created), tuple(deleted))
