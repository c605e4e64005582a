"""Subcommands for the yearly figures: import a ledger, tally, export, report paragraph."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from workbench.commands.common import context, print_json, print_table, year_arg
from workbench.domain.kinds import KIND_INFO, Kind
from workbench.domain.opinions import CONCLUSION_LABELS, Conclusion
from workbench.services.export import export_year
from workbench.services.ledger_import import import_ledger
from workbench.services.report import report_paragraph, write_report_docx
from workbench.services.tally import Tally, percent_text, tally_year

TOP_NAMES = 15


def cmd_import(args: argparse.Namespace) -> int:
    result = import_ledger(
        context(args),
        args.ledger,
        dry_run=args.dry_run,
        skip_invalid=args.skip_invalid,
        update=args.update,
    )
    for line in result.summary():
        print(line)
    if result.problems:
        print("未导入的行：", file=sys.stderr)
        for problem in result.problems:
            print(f"  {problem}", file=sys.stderr)
    return 0


def _named(counts: dict[str, int], empty: str) -> list[list[str]]:
    rows = [[name or empty, str(n)] for name, n in list(counts.items())[:TOP_NAMES]]
    rest = list(counts.values())[TOP_NAMES:]
    if rest:
        rows.append([f"其他 {len(rest)} 个", str(sum(rest))])
    return rows


def print_tally(t: Tally) -> None:
    print(f"{t.year}年合法性审核统计")
    print()
    rows = []
    for kind in Kind:
        code = kind.value
        filed = str(t.filed.by_kind[code]) if KIND_INFO[kind].filed else "—"
        rows.append(
            [
                KIND_INFO[kind].label_zh,
                str(t.received.by_kind[code]),
                str(t.reviewed.by_kind[code]),
                filed,
            ]
        )
    rows.append(["合计", str(t.received.total), str(t.reviewed.total), str(t.filed.total)])
    print_table(["类型", "收件", "完成审核", "报送备案"], rows)
    print()
    conclusions = "，".join(
        f"{CONCLUSION_LABELS[c][0]} {t.reviewed.by_conclusion[c.value]} 件" for c in Conclusion
    )
    print(f"审核结论：{conclusions}")
    print(
        f"期限：超期出具意见 {t.reviewed.overdue} 件，超期报送备案 "
        f"{t.filed.overdue} 件；截至年底尚未出具意见 {t.pending_at_year_end} 件"
    )
    months = "  ".join(f"{m}月 {n}" for m, n in enumerate(t.reviewed.by_month, 1))
    print(f"按月完成审核：{months}")
    d = t.disclosure
    print(
        f"行政规范性文件（政府信息公开）：本年制发 {d.issued} 件，本年废止（含失效）"
        f"{d.repealed} 件，现行有效 {d.in_force} 件"
    )
    f = t.filing_indicators
    print(
        f"备案指标（本年公布的行政规范性文件 {f.due} 件）：报送备案 {f.filed} 件，"
        f"按时 {f.on_time} 件，予以备案 {f.accepted} 件；报备率 {percent_text(f.rate)}，报备及时率 "
        f"{percent_text(f.on_time_rate)}，规范率 {percent_text(f.conforming_rate)}"
    )
    if t.reviewed.by_unit:
        print()
        print_table(["起草单位", "完成审核"], _named(dict(t.reviewed.by_unit), "（未填写）"))
    if t.reviewed.by_counsel:
        print()
        print_table(["审核人", "完成审核"], _named(dict(t.reviewed.by_counsel), "（未填写）"))


def cmd_tally(args: argparse.Namespace) -> int:
    t = tally_year(context(args), args.year)
    if args.json:
        print_json(t.to_json())
    else:
        print_tally(t)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    show = sys.stderr.isatty()
    last = [-1]

    def progress(done: int, total: int) -> None:
        pct = 100 * done // total if total else 100
        if show and pct != last[0]:
            last[0] = pct
            sys.stderr.write(f"\r导出台账 {done}/{total}（{pct}%）")
            sys.stderr.flush()

    result = export_year(context(args), args.year, args.output, progress=progress)
    if show:
        sys.stderr.write("\r" + " " * 40 + "\r")
    print(
        f"已导出{result.year}年统计到“{result.path}”：台账 {result.ledger_rows} 行，"
        f"逾期 {result.overdue_rows} 行。"
    )
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    ctx = context(args)
    if args.output:
        write_report_docx(ctx, args.year, args.output, approx=args.approx)
        print(f"已将{args.year}年的报告段落写入“{args.output}”。")
    else:
        print(report_paragraph(ctx, args.year, approx=args.approx))
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: Any) -> None:
    p = sub.add_parser("import", parents=[common], help="import a ledger (台账) workbook")
    p.add_argument("ledger", metavar="LEDGER.xlsx")
    p.add_argument("--dry-run", action="store_true", help="check only; write nothing")
    p.add_argument(
        "--skip-invalid",
        action="store_true",
        help="import the good rows; write the rejected ones to <name>.rejected.xlsx",
    )
    p.add_argument(
        "--update", action="store_true", help="update items whose reg. no. already exists"
    )
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("tally", parents=[common], help="the year's counts (SPEC section 6)")
    p.add_argument("--year", type=year_arg, required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_tally)

    p = sub.add_parser("export", parents=[common], help="the year's Excel workbook")
    p.add_argument("--year", type=year_arg, required=True)
    p.add_argument("-o", "--output", required=True, metavar="FILE.xlsx")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("report", parents=[common], help="the annual-report paragraph")
    p.add_argument("--year", type=year_arg, required=True)
    p.add_argument("--approx", action="store_true", help="round counts of 20 and more (43 -> 40余)")
    p.add_argument("-o", "--output", metavar="FILE.docx", help="write a Word document")
    p.set_defaults(func=cmd_report)
