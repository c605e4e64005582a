"""``workbench backup`` and ``workbench restore``: portable archives and automatic snapshots."""

from __future__ import annotations

import argparse
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from workbench.commands.common import resolve_target
from workbench.domain.errors import InvalidInput
from workbench.paths import app_paths
from workbench.services import backup as svc
from workbench.services.context import ServiceContext
from workbench.store.database import open_database

TABLE_LABELS = {
    "items": "事项",
    "pauses": "退回记录",
    "opinions": "审核意见",
    "attachments": "附件记录",
    "settings": "设置",
    "calendar_years": "节假日年份",
    "calendar_days": "节假日",
    "users": "用户",
    "audit_events": "审计记录",
}


def _counts(counts: Mapping[str, int]) -> str:
    order = list(TABLE_LABELS) + sorted(set(counts) - set(TABLE_LABELS))
    return "、".join(f"{TABLE_LABELS.get(k, k)} {counts[k]}" for k in order if k in counts)


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
            print(
                "共享服务器模式不做自动轮换备份：请由服务器管理员定期备份，或用 -o 导出备份文件。"
            )
        elif rotation.skipped:
            print(f"今天的自动备份已存在：{rotation.daily}")
        else:
            print(f"已生成自动备份：{rotation.daily}")
            for path in rotation.created[1:] if rotation.created[0] == rotation.daily else ():
                print(f"  另存为：{path}")
            if rotation.deleted:
                print(f"  删除过期备份 {len(rotation.deleted)} 份。")
    if args.output:
        result = svc.create_backup(ctx, Path(args.output))
        print(
            f"已备份到 {result.path}（{_size(result.size)}）：{_counts(result.row_counts)}；"
            f"附件 {result.attachments} 个。"
        )
        if result.missing_attachments:
            print(
                f"注意：{len(result.missing_attachments)} 个附件的内容找不到或已损坏，未能备份"
                f"（如 {result.missing_attachments[0][:12]}…）。"
            )
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    result = svc.restore_backup(
        Path(args.archive), resolve_target(args), app_paths(), force=args.force
    )
    if result.previous_copy is not None:
        print(f"原有数据已另存为：{result.previous_copy}")
    print(f"已恢复到 {result.target}：{_counts(result.row_counts)}；附件 {result.attachments} 个。")
    if result.missing_attachments:
        print(f"注意：备份时已有 {result.missing_attachments} 个附件的内容缺失，恢复后仍然缺失。")
    print(
        f"完整性检查：{result.integrity}；审计日志 {result.audit_events} 条记录哈希链一致"
        f"（备份时间 {result.archive_created_at}，来源 {result.source_backend}）。"
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
