"""``workbench backup`` and ``workbench restore``: portable archives and automatic snapshots."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from workbench.commands.common import resolve_target
from workbench.domain.errors import InvalidInput
from workbench.domain.messages import msg
from workbench.paths import app_paths
from workbench.services import backup as svc
from workbench.services import restore as restore_svc
from workbench.services.context import ServiceContext
from workbench.store.database import open_database


def cmd_backup(args: argparse.Namespace) -> int:
    if not args.output and not args.auto:
        raise InvalidInput("cli.backup_needs_output")
    # not ``common.context``: a backup reads, it does not bring the data up to date first
    ctx = ServiceContext(open_database(resolve_target(args)))
    paths = app_paths()
    if args.auto:
        rotation = svc.auto_backup(ctx, paths)
        if rotation is None:
            print(msg("cli.auto_backup_shared"))
        elif rotation.skipped:
            print(msg("cli.auto_backup_exists", path=str(rotation.daily)))
        else:
            print(msg("cli.auto_backup_made", path=str(rotation.daily)))
            for path in rotation.created[1:] if rotation.created[0] == rotation.daily else ():
                print(msg("cli.auto_backup_copy", path=str(path)))
            if rotation.deleted:
                print(msg("cli.auto_backup_pruned", count=len(rotation.deleted)))
    if args.output:
        result = svc.create_backup(ctx, Path(args.output))
        print(
            msg(
                "cli.backed_up",
                path=str(result.path),
                size=svc.size_text(result.size),
                counts=svc.counts_text(result.row_counts),
                attachments=result.attachments,
            )
        )
        if result.missing_attachments:
            print(
                msg(
                    "cli.backup_missing_attachments",
                    count=len(result.missing_attachments),
                    example=result.missing_attachments[0][:12],
                )
            )
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    result = restore_svc.restore_backup(
        Path(args.archive), resolve_target(args), app_paths(), force=args.force
    )
    if result.previous_copy is not None:
        print(msg("cli.restore_previous", path=str(result.previous_copy)))
    print(
        msg(
            "cli.restored",
            target=result.target,
            counts=svc.counts_text(result.row_counts),
            attachments=result.attachments,
        )
    )
    if result.missing_attachments:
        print(msg("cli.restore_missing_attachments", count=result.missing_attachments))
    print(
        msg(
            "cli.restore_checked",
            integrity=result.integrity,
            events=result.audit_events,
            created_at=result.archive_created_at,
            backend=result.source_backend,
        )
    )
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: Any) -> None:
    p = sub.add_parser(
        "backup", parents=[common], help="write a portable backup archive (any backend)"
    )
    p.add_argument("-o", "--output", metavar="FILE", help="archive to write (.wbbackup)")
    p.add_argument(
        "--auto",
        action="store_true",
        help="rotate the automatic daily/weekly/monthly snapshots of the embedded database",
    )
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser(
        "restore", parents=[common], help="load a backup archive into --db (SQLite or server)"
    )
    p.add_argument("archive", metavar="FILE")
    p.add_argument(
        "--force",
        action="store_true",
        help="replace a database that has data (a copy of it is kept first)",
    )
    p.set_defaults(func=cmd_restore)
