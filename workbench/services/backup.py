"""Backup and restore use-cases: portable archives of any backend, rotating SQLite snapshots.

* :func:`create_backup` writes a ``.wbbackup`` archive from one consistent snapshot.
* :func:`restore_backup` checks an archive completely, then loads it into a SQLite file or a
  PostgreSQL server in one transaction, so an office can move from the embedded file to a
  server (or back) and prove afterwards that nothing was lost.
* :func:`auto_backup` keeps daily / weekly / monthly snapshots of the embedded database.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.exc import SQLAlchemyError

from workbench import __version__
from workbench.domain.errors import WorkbenchError
from workbench.domain.messages import Msg, msg
from workbench.domain.roles import Permission, PermissionDenied
from workbench.paths import Paths
from workbench.services.attachments import storage_dir
from workbench.services.context import ServiceContext, os_login
from workbench.services.users import current_user
from workbench.store import archive as arc
from workbench.store import audit
from workbench.store import restore as load
from workbench.store.backup import (
    BackupError,
    RotationResult,
    aside_path,
    consistent_read,
    rotate_backups,
    snapshot_sqlite,
)
from workbench.store.database import Database, open_database
from workbench.store.schema import attachments
from workbench.store.schema_version import HEAD_REVISION, current_revision, known_revisions
from workbench.store.target import Target

__all__ = [
    "BackupError",
    "BackupResult",
    "RestoreError",
    "RestoreResult",
    "RotationResult",
    "auto_backup",
    "create_backup",
    "restore_backup",
]


class RestoreError(WorkbenchError):
    """A restore was refused or failed; the database is as it was before."""


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int
    row_counts: Mapping[str, int]
    attachments: int
    missing_attachments: tuple[str, ...]
    schema_revision: str


@dataclass(frozen=True)
class RestoreResult:
    target: str
    row_counts: Mapping[str, int]
    attachments: int
    missing_attachments: int
    integrity: str
    audit_events: int
    previous_copy: Path | None
    archive_created_at: str
    source_backend: str


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


def create_backup(ctx: ServiceContext, out: Path) -> BackupResult:
    """Write every table, the attachments and a manifest to the archive ``out``.

    Everything is read in one read transaction, so the archive is one consistent moment even
    while others keep working. The file appears under its name only once complete.
    """
    db = ctx.db
    dest = _output_path(out, db)
    attachments_dir = storage_dir(ctx)
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


def _store_blobs(verified: arc.VerifiedArchive, attachments_dir: Path) -> None:
    with verified.open() as reader:
        for sha in sorted(verified.blobs):
            dest = attachment_file(attachments_dir, sha)
            with contextlib.suppress(OSError):
                if hashlib.sha256(dest.read_bytes()).hexdigest() == sha:
                    continue
            data = reader.blob(sha)
            tmp = dest.with_name(f".{sha}.{os.getpid()}.tmp")
            try:
                dest.parent.mkdir(parents=True, exist_ok=True)
                tmp.write_bytes(data)
                os.replace(tmp, dest)
            except OSError as exc:
                raise RestoreError(
                    "restore.attachments_unwritable",
                    folder=str(attachments_dir),
                    reason=exc.strerror or str(exc),
                ) from None
            finally:
                tmp.unlink(missing_ok=True)


def _occupied(counts: Mapping[str, int], display: str) -> Msg | None:
    if counts.get("items"):
        return msg("restore.has_items", target=display, count=counts["items"])
    if counts.get("audit_events"):
        return msg("restore.has_audit_events", target=display, count=counts["audit_events"])
    return None


def _keep_previous(ctx: ServiceContext, paths: Paths) -> Path:
    db = ctx.db
    if db.target.path is not None:
        return snapshot_sqlite(db.target.path, aside_path(db.target.path, "restore"))
    paths.backups_dir.mkdir(parents=True, exist_ok=True)
    name = f"before-restore-{dt.datetime.now():%Y%m%d-%H%M%S}{arc.SUFFIX}"
    return create_backup(ctx, paths.backups_dir / name).path


def _with_content(
    verified: arc.VerifiedArchive, reader: arc.ArchiveReader
) -> Callable[[dict[str, Any]], dict[str, Any]]:
    def prepare(row: dict[str, Any]) -> dict[str, Any]:
        if row["sha256"] in verified.blobs:
            row["content"] = reader.blob(row["sha256"])
        return row

    return prepare


def restore_backup(
    archive: Path,
    target: Target | str,
    paths: Paths,
    *,
    force: bool = False,
    actor: str | None = None,
) -> RestoreResult:
    """Load ``archive`` into ``target`` (all or nothing); see the module docstring."""
    verified = verify_backup(archive)
    db = open_database(target)
    try:
        return _restore(ServiceContext(db, actor=actor or os_login()), verified, paths, force)
    finally:
        db.close()


def _restore(
    ctx: ServiceContext, verified: arc.VerifiedArchive, paths: Paths, force: bool
) -> RestoreResult:
    db = ctx.db
    display = db.target.display()
    with db.read() as conn:
        before = load.table_counts(conn)
    occupied = _occupied(before, display)
    if occupied and not force:
        raise RestoreError("restore.occupied", occupied=occupied)
    if before["users"]:
        user = current_user(ctx)
        if user is None or not user.can(Permission.ADMINISTER):
            raise PermissionDenied("restore.not_admin", login=ctx.actor)
    attachments_dir = storage_dir(ctx)
    if attachments_dir is not None:
        # content-addressed and immutable: a file left by a restore that then fails is harmless
        _store_blobs(verified, attachments_dir)
    manifest = verified.manifest
    in_files = attachments_dir is not None
    try:
        with db.write() as conn:
            now = load.table_counts(conn)
            late = _occupied(now, display)
            if late and not force:
                raise RestoreError("restore.occupied_meanwhile", occupied=late)
            # the copy is taken while this transaction holds the write lock: it is exactly
            # what gets replaced
            previous = _keep_previous(ctx, paths) if late else None
            if any(now.values()):
                load.clear_all(conn)
            with verified.open() as reader:
                for table in arc.table_order():
                    blobs = table is attachments and not in_files
                    prepare = _with_content(verified, reader) if blobs else None
                    load.insert_rows(conn, table, reader.rows(table), prepare)
            load.fix_sequences(conn)
            audit.record(
                conn,
                actor=ctx.actor,
                action="restore",
                after={
                    "archive": verified.path.name,
                    "created_at": manifest.created_at,
                    "source_backend": manifest.source_backend,
                    "schema_revision": manifest.schema_revision,
                    "rows": dict(manifest.row_counts),
                    "replaced": {k: v for k, v in now.items() if v},
                    "previous_copy": str(previous) if previous else "",
                },
            )
    except SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        raise RestoreError("restore.failed", reason=reason) from None
    return _check_restored(ctx, verified, previous)


def _check_restored(
    ctx: ServiceContext, verified: arc.VerifiedArchive, previous: Path | None
) -> RestoreResult:
    db = ctx.db
    with db.read() as conn:
        counts = load.table_counts(conn)
        integrity = load.sqlite_integrity(conn) if db.target.is_sqlite else "ok"
        chain = audit.verify_chain(conn)
    expected = dict(verified.manifest.row_counts)
    expected["audit_events"] += 1
    if integrity != "ok" or not chain.ok or counts != expected:
        problem = (
            msg("restore.problem_integrity", result=integrity)
            if integrity != "ok"
            else msg("restore.problem_audit_chain", event_id=chain.first_bad_id)
            if not chain.ok
            else msg("restore.problem_row_counts")
        )
        raise RestoreError("restore.check_failed", problem=problem)
    return RestoreResult(
        target=db.target.display(),
        row_counts=counts,
        attachments=len(verified.blobs),
        missing_attachments=len(verified.manifest.missing_attachments),
        integrity=integrity,
        audit_events=chain.events,
        previous_copy=previous,
        archive_created_at=verified.manifest.created_at,
        source_backend=verified.manifest.source_backend,
    )


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
