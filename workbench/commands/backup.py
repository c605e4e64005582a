"""``workbench backup`` and ``workbench restore``: portable archives and automatic snapshots."""

from __future__ import annotations

import argparse
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from workbench.commands.common import resolve_target
from workbench.domain.errors import InvalidInput
from workbench.domain.messages import Term, localized, msg
from workbench.paths import app_paths
from workbench.services import backup as svc
from workbench.services.context import ServiceContext
from workbench.store.database import open_database

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


def _counts(counts: Mapping[str, int]) -> str:
    order = list(TABLE_LABELS) + sorted(set(counts) - set(TABLE_LABELS))
    shown = tuple(f"{TABLE_LABELS.get(k, k)} {counts[k]}" for k in order if k in counts)
    return str(localized(shown))


def _size(n: int) -> str:
    if n < 1024 * 1024:
        return f"{max(1, n // 1024)} KB"
    return f"{n / 1024 / 1024:.1f} MB"


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
                size=_size(result.size),
                counts=_counts(result.row_counts),
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
    result = svc.restore_backup(
        Path(args.archive), resolve_target(args), app_paths(), force=args.force
    )
    if result.previous_copy is not None:
        print(msg("cli.restore_previous", path=str(result.previous_copy)))
    print(
        msg(
            "cli.restored",
            target=result.target,
            counts=_counts(result.row_counts),
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
