"""Subcommands for the yearly figures: import a ledger, tally, export, report paragraph."""

from __future__ import annotations

import argparse
import sys
from calendar import month_abbr
from typing import Any

from workbench.commands.common import context, print_json, print_table, year_arg
from workbench.domain.kinds import KIND_INFO, Kind, kind_term
from workbench.domain.messages import Term, msg
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
        print(msg("cli.rows_not_imported"), file=sys.stderr)
        for problem in result.problems:
            print(f"  {problem}", file=sys.stderr)
    return 0


def _named(counts: dict[str, int], empty: str) -> list[list[str]]:
    rows = [[name or empty, str(n)] for name, n in list(counts.items())[:TOP_NAMES]]
    rest = list(counts.values())[TOP_NAMES:]
    if rest:
        rows.append([str(msg("cli.tally_others", count=len(rest))), str(sum(rest))])
    return rows


def _headings(*codes: str) -> list[str]:
    return [str(msg(code)) for code in codes]


def print_tally(t: Tally) -> None:
    print(msg("cli.tally_title", year=t.year))
    print()
    rows = []
    for kind in Kind:
        code = kind.value
        filed = str(t.filed.by_kind[code]) if KIND_INFO[kind].filed else "—"
        rows.append(
            [
                str(kind_term(kind)),
                str(t.received.by_kind[code]),
                str(t.reviewed.by_kind[code]),
                filed,
            ]
        )
    total = str(msg("cli.tally_total"))
    rows.append([total, str(t.received.total), str(t.reviewed.total), str(t.filed.total)])
    print_table(
        _headings("cli.tally_kind", "cli.tally_received", "cli.tally_reviewed", "cli.tally_filed"),
        rows,
    )
    print()
    conclusions = tuple(
        msg(
            "cli.tally_count",
            label=Term(*CONCLUSION_LABELS[c]),
            count=t.reviewed.by_conclusion[c.value],
        )
        for c in Conclusion
    )
    print(msg("cli.tally_conclusions", conclusions=conclusions))
    print(
        msg(
            "cli.tally_deadlines",
            reviewed=t.reviewed.overdue,
            filed=t.filed.overdue,
            pending=t.pending_at_year_end,
        )
    )
    months = "  ".join(
        str(msg("cli.tally_month", month=Term(f"{m}月", month_abbr[m]), count=n))
        for m, n in enumerate(t.reviewed.by_month, 1)
    )
    print(msg("cli.tally_by_month", months=months))
    d = t.disclosure
    print(msg("cli.tally_disclosure", issued=d.issued, repealed=d.repealed, in_force=d.in_force))
    f = t.filing_indicators
    print(
        msg(
            "cli.tally_filing",
            due=f.due,
            filed=f.filed,
            on_time=f.on_time,
            accepted=f.accepted,
            rate=percent_text(f.rate),
            on_time_rate=percent_text(f.on_time_rate),
            conforming_rate=percent_text(f.conforming_rate),
        )
    )
    empty = str(msg("cli.tally_blank"))
    if t.reviewed.by_unit:
        print()
        print_table(
            _headings("cli.tally_unit", "cli.tally_reviewed"),
            _named(dict(t.reviewed.by_unit), empty),
        )
    if t.reviewed.by_counsel:
        print()
        print_table(
            _headings("cli.tally_counsel", "cli.tally_reviewed"),
            _named(dict(t.reviewed.by_counsel), empty),
        )


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
            sys.stderr.write(
                "\r" + str(msg("cli.export_progress", done=done, total=total, pct=pct))
            )
            sys.stderr.flush()

    result = export_year(context(args), args.year, args.output, progress=progress)
    if show:
        sys.stderr.write("\r" + " " * 40 + "\r")
    print(
        msg(
            "cli.exported",
            year=result.year,
            path=str(result.path),
            rows=result.ledger_rows,
            overdue=result.overdue_rows,
        )
    )
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    ctx = context(args)
    if args.output:
        write_report_docx(ctx, args.year, args.output, approx=args.approx)
        print(msg("cli.report_written", year=args.year, path=str(args.output)))
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

    p = sub.add_parser("tally", parents=[common], help="the year's counts")
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
