"""Subcommands for the administrator: sample data, calendar, audit."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from workbench.commands.common import context, print_json, year_arg
from workbench.domain.messages import Term, localized, msg
from workbench.services import calendar as cal_svc
from workbench.services.audit import verify_audit
from workbench.services.demo import load_demo

SOURCE_LABELS = {
    "package": Term(
        "chinese-calendar 软件包（国务院公布的安排）",
        "the chinese-calendar package (the State Council's schedule)",
    ),
    "office": Term("本单位录入的安排", "the schedule entered by the office"),
    "fallback": Term(
        "缺少该年的节假日安排：暂按周一至周五为工作日计算",
        "no holiday schedule for the year: Monday to Friday count as working days for now",
    ),
}
STDIN = Term("标准输入", "standard input")


def _day(day: dt.date) -> Term:
    """A day of the year as the calendar lists it: ``5月1日`` / ``May 1``."""
    return Term(f"{day.month}月{day.day}日", f"{day:%b} {day.day}")


def _days(days: list[dt.date]) -> str:
    return str(localized(tuple(_day(d) for d in days)))


def cmd_demo(args: argparse.Namespace) -> int:
    result = load_demo(context(args), args.items, args.seed)
    years = tuple(str(y) for y in result.years)
    print(msg("cli.demo_loaded", items=result.items, years=years, overdue=result.overdue_now))
    return 0


def _print_year(cal: cal_svc.YearCalendar) -> None:
    print(msg("cli.calendar_year", year=cal.year, source=SOURCE_LABELS[cal.source.value]))
    if cal.note:
        print(msg("cli.calendar_note", note=cal.note))
    if cal.source.value == "fallback":
        print(msg("cli.calendar_missing"))
        return
    weekday_offs = [d for d in cal.holidays if d.weekday() < 5]
    print(msg("cli.calendar_days_off", count=len(weekday_offs)))
    print("  " + _days(weekday_offs))
    print(msg("cli.calendar_workdays", count=len(cal.workdays)))
    if cal.workdays:
        print("  " + _days(list(cal.workdays)))


def cmd_calendar_show(args: argparse.Namespace) -> int:
    cal = cal_svc.year_calendar(context(args), args.year)
    if args.json:
        print_json(cal.to_json())
    else:
        _print_year(cal)
    return 0


def _read_text(path: str) -> str:
    if path == "-":
        return cal_svc.notice_text(sys.stdin.buffer.read(cal_svc.MAX_NOTICE_BYTES + 1), str(STDIN))
    return cal_svc.read_notice_file(Path(path))


def cmd_calendar_import(args: argparse.Namespace) -> int:
    text = _read_text(args.notice)
    notice = cal_svc.read_notice(text, args.year)
    print(msg("cli.notice_read", year=notice.year))
    for name, first, last in notice.festivals:
        days = (last - first).days + 1
        print(msg("cli.notice_festival", name=name, first=_day(first), last=_day(last), days=days))
    if notice.workdays:
        print(msg("cli.notice_workdays", days=_days(list(notice.workdays))))
    for warning in notice.warnings:  # on stderr, so that a script run with --yes shows them too
        where = msg("cli.notice_in_clause", clause=warning.clause) if warning.clause else ""
        print(msg("cli.notice_warning", where=where, quote=warning.quote), file=sys.stderr)
    if not args.yes:
        if not sys.stdin.isatty():
            print(msg("cli.notice_not_saved_yes"))
            return 0
        still = msg("cli.notice_still", count=len(notice.warnings)) if notice.warnings else ""
        answer = input(str(msg("cli.notice_confirm", still=still))).strip().lower()
        if answer not in ("y", "yes", "是"):
            print(msg("cli.notice_not_saved"))
            return 0
    ctx = context(args)
    cal_svc.save_schedule(
        ctx,
        notice.year,
        notice.holidays,
        notice.workdays,
        note=f"由通知导入：{Path(args.notice).name if args.notice != '-' else '标准输入'}",
    )
    print(msg("cli.notice_saved", year=notice.year))
    return 0


def cmd_audit_verify(args: argparse.Namespace) -> int:
    report = verify_audit(context(args))
    if report.ok:
        print(msg("cli.audit_intact", events=report.events))
        return 0
    print(
        "workbench: "
        + str(msg("cli.audit_broken", event_id=report.first_bad_id, reason=report.reason)),
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
