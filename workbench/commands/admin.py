"""Subcommands for the administrator: sample data, calendar, audit."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from workbench.commands.common import context, print_json, year_arg
from workbench.services import calendar as cal_svc
from workbench.services.audit import verify_audit
from workbench.services.demo import load_demo

SOURCE_LABELS = {
    "package": "chinese-calendar 软件包（国务院公布的安排）",
    "office": "本单位录入的安排",
    "fallback": "缺少该年的节假日安排：暂按周一至周五为工作日计算",
}


def cmd_demo(args: argparse.Namespace) -> int:
    result = load_demo(context(args), args.items, args.seed)
    years = "、".join(str(y) for y in result.years)
    print(f"已生成 {result.items} 件样例事项（{years} 年），其中 {result.overdue_now} 件已逾期。")
    return 0


def _print_year(cal: cal_svc.YearCalendar) -> None:
    print(f"{cal.year} 年：{SOURCE_LABELS[cal.source.value]}")
    if cal.note:
        print(f"说明：{cal.note}")
    if cal.source.value == "fallback":
        print("警告：该年没有节假日安排，期限可能不准确；请在设置中录入国务院的节假日安排通知。")
        return
    weekday_offs = [d for d in cal.holidays if d.weekday() < 5]
    print(f"放假（工作日）：{len(weekday_offs)} 天")
    print("  " + "、".join(f"{d.month}月{d.day}日" for d in weekday_offs))
    print(f"调休上班：{len(cal.workdays)} 天")
    if cal.workdays:
        print("  " + "、".join(f"{d.month}月{d.day}日" for d in cal.workdays))


def cmd_calendar_show(args: argparse.Namespace) -> int:
    cal = cal_svc.year_calendar(context(args), args.year)
    if args.json:
        print_json(cal.to_json())
    else:
        _print_year(cal)
    return 0


def _read_text(path: str) -> str:
    if path == "-":
        return cal_svc.notice_text(sys.stdin.buffer.read(cal_svc.MAX_NOTICE_BYTES + 1), "标准输入")
    return cal_svc.read_notice_file(Path(path))


def cmd_calendar_import(args: argparse.Namespace) -> int:
    text = _read_text(args.notice)
    notice = cal_svc.read_notice(text, args.year)
    print(f"从通知中读到 {notice.year} 年的安排：")
    for name, first, last in notice.festivals:
        days = (last - first).days + 1
        print(f"  {name}：{first.month}月{first.day}日至{last.month}月{last.day}日，共{days}天")
    if notice.workdays:
        print("  调休上班：" + "、".join(f"{d.month}月{d.day}日" for d in notice.workdays))
    for warning in notice.warnings:  # on stderr, so that a script run with --yes shows them too
        where = f"“{warning.clause}”一条中的" if warning.clause else ""
        print(
            f"警告：未能读懂{where}“{warning.quote}”，其中调动的休息日没有读入，"
            "请对照通知核对，必要时在设置中手工录入。",
            file=sys.stderr,
        )
    if not args.yes:
        if not sys.stdin.isatty():
            print("未保存：确认无误后加 --yes 再运行一次。")
            return 0
        still = f"有 {len(notice.warnings)} 处未能读懂，仍" if notice.warnings else ""
        answer = input(f"{still}保存为本单位的节假日安排？[y/N] ").strip().lower()
        if answer not in ("y", "yes", "是"):
            print("未保存。")
            return 0
    ctx = context(args)
    cal_svc.save_schedule(
        ctx,
        notice.year,
        notice.holidays,
        notice.workdays,
        note=f"由通知导入：{Path(args.notice).name if args.notice != '-' else '标准输入'}",
    )
    print(f"已保存 {notice.year} 年的节假日安排，今后的期限按此计算。")
    return 0


def cmd_audit_verify(args: argparse.Namespace) -> int:
    report = verify_audit(context(args))
    if report.ok:
        print(f"审计日志完整：{report.events} 条记录的哈希链全部一致。")
        return 0
    print(
        f"workbench: 审计日志在第 {report.first_bad_id} 号记录处被改动（{report.reason}）。",
        file=sys.stderr,
    )
    return 1


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: Any) -> None:
    p = sub.add_parser("demo", parents=[common], help="fill an empty database with sample items")
    p.add_argument("--items", type=int, default=300, help="how many items (default 300)")
    p.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("calendar", help="the working-day calendar")
    csub = p.add_subparsers(dest="calendar_command", metavar="ACTION", required=True)
    q = csub.add_parser("show", parents=[common], help="a year's days off and make-up days")
    q.add_argument("year", type=year_arg)
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_calendar_show)
    q = csub.add_parser(
        "import", parents=[common], help="read a State Council holiday notice (text file or -)"
    )
    q.add_argument("notice", metavar="NOTICE.txt")
    q.add_argument("--year", type=year_arg)
    q.add_argument("--yes", action="store_true", help="save without asking")
    q.set_defaults(func=cmd_calendar_import)

    p = sub.add_parser("audit", help="the audit log")
    asub = p.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    q = asub.add_parser("verify", parents=[common], help="prove the audit hash chain")
    q.set_defaults(func=cmd_audit_verify)
