"""Backup use-cases: portable archives of any backend, rotating SQLite snapshots.

* :func:`create_backup` writes a ``.wbbackup`` archive from one consistent snapshot;
  :func:`verify_backup` checks one completely (restoring it is :mod:`workbench.services.restore`).
* :func:`auto_backup` keeps daily / weekly / monthly snapshots of the embedded database.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.exc import SQLAlchemyError

from workbench import __version__
from workbench.domain.messages import Term, localized
from workbench.paths import Paths
from workbench.services.attachments import storage_dir
from workbench.services.context import ServiceContext
from workbench.store import archive as arc
from workbench.store.backup import (
    BackupError,
    RotationResult,
    consistent_read,
    rotate_backups,
)
from workbench.store.database import Database
from workbench.store.schema import attachments
from workbench.store.schema_version import HEAD_REVISION, current_revision, known_revisions
from workbench.store.target import Target

__all__ = [
    "BackupError",
    "BackupResult",
    "RotationResult",
    "auto_backup",
    "counts_text",
    "create_backup",
    "size_text",
    "verify_backup",
]


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int
    row_counts: Mapping[str, int]
    attachments: int
    missing_attachments: tuple[str, ...]
    schema_revision: str


#: how the tables of an archive are named to a person
TABLE_LABELS = {
    "items": Term("事项", "items"),
    "pauses": Term("退回记录", "returns"),
    "opinions": Term("审核意见", "opinions"),
    "attachments": Term("附件记录", "attachment records"),
    "settings": Term("设置", "settings"),
    "calendar_years": Term("节假日年份", "holiday years"),
    "calendar_days": Term("节假日", "holidays"),
    "users": Term("用户", "users"),
    "audit_events": Term("审计记录", "audit records"),
    "cleanups": Term("清理", "cleanups"),
    "cleanup_entries": Term("清理记录", "cleanup entries"),
    "drafts": Term("草稿", "drafts"),
}


def counts_text(counts: Mapping[str, int]) -> str:
    """Rows per table, named in the current language: 事项 12、审核意见 9…"""
    order = list(TABLE_LABELS) + sorted(set(counts) - set(TABLE_LABELS))
    shown = tuple(f"{TABLE_LABELS.get(k, k)} {counts[k]}" for k in order if k in counts)
    return str(localized(shown))


def size_text(n: int) -> str:
    """A file's size for a person: KB below a megabyte, else MB with one decimal."""
    if n < 1024 * 1024:
        return f"{max(1, n // 1024)} KB"
    return f"{n / 1024 / 1024:.1f} MB"


def attachment_file(attachments_dir: Path, sha: str) -> Path:
    """Where the embedded mode keeps an attachment's content (content-addressed, beside the
    database: see :func:`workbench.services.attachments.storage_dir`)."""
    return attachments_dir / sha[:2] / sha


def _rows(conn: Connection, table: Any) -> Iterator[Mapping[str, Any]]:
    query = select(table).order_by(*table.primary_key.columns)
    for row in conn.execution_options(yield_per=1000).execute(query):
        yield dict(row._mapping)


def _attachment_rows(conn: Connection, found: dict[str, bool]) -> Iterator[Mapping[str, Any]]:
    """Attachment rows without their content; ``found`` collects sha -> content is in the row."""
    cols = [c for c in attachments.columns if c.name != "content"]
    has = attachments.c.content.is_not(None).label("has_content")
    query = select(*cols, has).order_by(attachments.c.id)
    for row in conn.execution_options(yield_per=1000).execute(query):
        data = dict(row._mapping)
        found[data["sha256"]] = found.get(data["sha256"], False) or bool(data.pop("has_content"))
        data["content"] = None
        yield data


def _blob(conn: Connection, sha: str, in_db: bool, attachments_dir: Path | None) -> bytes | None:
    candidates: list[bytes] = []
    if in_db:
        query = (
            select(attachments.c.content)
            .where(attachments.c.sha256 == sha, attachments.c.content.is_not(None))
            .limit(1)
        )
        value = conn.execute(query).scalar()
        if value is not None:
            candidates.append(bytes(value))
    if not candidates and attachments_dir is not None:
        path = attachment_file(attachments_dir, sha)
        with contextlib.suppress(OSError):
            candidates.append(path.read_bytes())
    for data in candidates:
        if hashlib.sha256(data).hexdigest() == sha:
            return data
    return None


def _output_path(out: Path, db: Database) -> Path:
    out = out.expanduser()
    if out.is_dir():
        out = out / f"workbench-{dt.datetime.now():%Y%m%d-%H%M%S}{arc.SUFFIX}"
    out = out.resolve()
    if db.target.path is not None and out == db.target.path.resolve():
        raise BackupError("backup.overwrites_database", path=str(out))
    if not out.parent.is_dir():
        raise BackupError("backup.folder_missing", folder=str(out.parent))
    return out


def create_backup(
    ctx: ServiceContext, out: Path, *, attachments_dir: Path | None = None
) -> BackupResult:
    """Write every table, the attachments and a manifest to the archive ``out``.

    Everything is read in one read transaction, so the archive is one consistent moment even
    while others keep working. The file appears under its name only once complete. The files
    of attachments are read from ``attachments_dir`` when given (a snapshot's database has
    none beside it: they are where the live database keeps them), else from beside the file.
    """
    db = ctx.db
    dest = _output_path(out, db)
    attachments_dir = attachments_dir or storage_dir(ctx)
    try:
        writer = arc.ArchiveWriter(dest)
    except OSError as exc:
        raise BackupError(
            "backup.write_failed", path=str(dest), reason=exc.strerror or str(exc)
        ) from None
    try:
        counts: dict[str, int] = {}
        found: dict[str, bool] = {}
        missing: list[str] = []
        with consistent_read(db) as conn:
            revision = current_revision(conn) or HEAD_REVISION
            for table in arc.table_order():
                rows = _attachment_rows(conn, found) if table is attachments else _rows(conn, table)
                counts[table.name] = writer.write_rows(table, rows)
            stored = 0
            for sha, in_db in sorted(found.items()):
                data = _blob(conn, sha, in_db, attachments_dir)
                if data is None:
                    missing.append(sha)
                    continue
                writer.write_blob(sha, data)
                stored += 1
        manifest = {
            "format": arc.FORMAT,
            "format_version": arc.FORMAT_VERSION,
            "product": "review-workbench",
            "product_version": __version__,
            "schema_revision": revision,
            "created_at": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
            "source": {"backend": db.dialect, "location": db.target.display()},
            "tables": [t.name for t in arc.table_order()],
            "row_counts": counts,
            "attachments": {"stored": stored, "missing": len(missing)},
            "missing_attachments": missing,
        }
        writer.commit(manifest)
    except OSError as exc:
        writer.abort()
        raise BackupError(
            "backup.write_failed", path=str(dest), reason=exc.strerror or str(exc)
        ) from None
    except SQLAlchemyError as exc:
        writer.abort()
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        raise BackupError("backup.read_failed", reason=reason) from None
    except BaseException:
        writer.abort()
        raise
    return BackupResult(dest, dest.stat().st_size, counts, stored, tuple(missing), str(revision))


def verify_backup(archive: Path) -> arc.VerifiedArchive:
    """Check an archive completely (structure, limits, checksums, rows, audit chain)."""
    return arc.verify_archive(archive, HEAD_REVISION, frozenset(known_revisions()))


def backups_dir_for(target: Target, paths: Paths) -> Path:
    """The default database keeps its snapshots in ``backups/``; other files in a subfolder."""
    assert target.path is not None
    if target.path == paths.default_db.resolve():
        return paths.backups_dir
    tag = hashlib.sha256(str(target.path).encode("utf-8")).hexdigest()[:8]
    return paths.backups_dir / f"{target.path.stem}-{tag}"


def auto_backup(ctx: ServiceContext, paths: Paths) -> RotationResult | None:
    """Rotate the embedded database's snapshots (cheap when today's exist); ``None`` on a
    server, whose backups are the server administrator's job."""
    target = ctx.db.target
    if target.path is None:
        return None
    now = dt.datetime.combine(ctx.today(), dt.datetime.now().time())
    return rotate_backups(target.path, backups_dir_for(target, paths), now)
