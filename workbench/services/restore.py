"""Restoring a backup archive: check it completely, then load it into a SQLite file or a
PostgreSQL server in one transaction (all or nothing), so an office can move from the embedded
file to a server (or back) and prove afterwards that nothing was lost. A database that has
data is replaced only when asked (``force``), after a copy of it is kept.

Writing archives and the automatic snapshots are :mod:`workbench.services.backup`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import shutil
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from workbench.domain.errors import WorkbenchError
from workbench.domain.messages import Msg, msg
from workbench.domain.roles import Permission, PermissionDenied
from workbench.paths import Paths
from workbench.services.attachments import storage_dir
from workbench.services.backup import attachment_file, create_backup, verify_backup
from workbench.services.context import ServiceContext, os_login
from workbench.services.users import current_user
from workbench.store import archive as arc
from workbench.store import audit
from workbench.store import restore as load
from workbench.store.backup import aside_path, snapshot_sqlite
from workbench.store.database import open_database
from workbench.store.schema import attachments
from workbench.store.target import Target


class RestoreError(WorkbenchError):
    """A restore was refused or failed; the database is as it was before."""


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
        ctx = ServiceContext(db, actor=actor or os_login())
        return restore_into(ctx, verified, paths, force=force)
    finally:
        db.close()


def restore_into(
    ctx: ServiceContext, verified: arc.VerifiedArchive, paths: Paths, *, force: bool = False
) -> RestoreResult:
    """Load the checked archive into the database of ``ctx`` (the one a window has open)."""
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


#: the automatic snapshots (copies of the data file) that a restore also takes
SNAPSHOT_SUFFIX = ".sqlite3"


def checked_source(ctx: ServiceContext, source: Path, work: Path) -> arc.VerifiedArchive:
    """``source`` checked completely for :func:`restore_into`: a backup archive, or one of
    the embedded database's automatic snapshots, turned into an archive in the folder ``work``
    first. The snapshot is copied before it is opened (opening brings an older one up to date,
    and the kept copy must not change); its attachments are read where ``ctx``'s database
    keeps them, as their files are never changed or removed there."""
    if source.suffix.lower() != SNAPSHOT_SUFFIX:
        return verify_backup(source)
    copy = work / f"{source.stem}{SNAPSHOT_SUFFIX}"
    try:
        shutil.copyfile(source, copy)
    except OSError as exc:
        raise RestoreError(
            "restore.snapshot_unreadable", path=str(source), reason=exc.strerror or str(exc)
        ) from None
    try:
        snapshot = open_database(str(copy))
    except WorkbenchError as exc:  # its sentence names the file chosen, not the working copy
        exc.params.update({k: str(source) for k, v in exc.params.items() if v == str(copy)})
        raise
    try:
        archive = work / f"{source.stem}{arc.SUFFIX}"
        create_backup(ServiceContext(snapshot), archive, attachments_dir=storage_dir(ctx))
    finally:
        snapshot.close()
    return verify_backup(archive)
