"""``workbench catalogue``: the year's normative documents, or those in force on a date."""

from __future__ import annotations

import argparse
from typing import Any

from workbench.commands.common import context, date_arg, print_json, print_table, year_arg
from workbench.domain.messages import msg
from workbench.reports.lists import check_suffix, zh_date
from workbench.services.catalogue import HEADERS, catalogue, write_catalogue


def cmd_catalogue(args: argparse.Namespace) -> int:
    if args.output:
        from pathlib import Path

        check_suffix(Path(args.output))  # before any work
    cat = catalogue(context(args), year=args.year, in_force_on=args.in_force_on)
    if args.output:
        path = write_catalogue(cat, args.output)
        if not args.json:
            print(
                msg("cli.catalogue_written", title=cat.title, count=len(cat.rows), path=str(path))
            )
    if args.json:
        print_json([r.to_json() for r in cat.rows])
    elif not args.output:
        print(cat.title)
        print()
        rows = [[_text(v) for v in r.cells()] for r in cat.rows]
        print_table(list(HEADERS), rows)
    return 0


def _text(value: Any) -> str:
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        return zh_date(value)
    return str(value)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: Any) -> None:
    p = sub.add_parser(
        "catalogue",
        parents=[common],
        help="the year's normative documents, or those in force on a date (目录)",
    )
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--year", type=year_arg, help="documents published in the year")
    which.add_argument(
        "--in-force-on", type=date_arg, metavar="DATE", help="documents in force on the date"
    )
    p.add_argument("-o", "--output", metavar="FILE.xlsx|FILE.docx")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_catalogue)
