"""``workbench cleanup``: cleanup campaigns (清理) — start, list, set a result, export, close."""

from __future__ import annotations

import argparse
from typing import Any

from workbench.commands.common import context, date_arg, print_json, print_table
from workbench.domain.cleanup import RESULT_LABELS, CleanupResult
from workbench.domain.messages import Term, format_date, msg
from workbench.services import cleanup as svc

STATUS_TEXT = {"open": Term("进行中", "open"), "closed": Term("已结束", "closed")}


def id_arg(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            str(msg("cli.cleanup_id_not_a_number", text=text))
        ) from None
    if value <= 0:
        raise argparse.ArgumentTypeError(str(msg("cli.cleanup_id_invalid", text=text)))
    return value


def _result(result: CleanupResult | None) -> str:
    return str(Term(*RESULT_LABELS[result]) if result else msg("cli.cleanup_undecided"))


def _headings(*codes: str) -> list[str]:
    return [str(msg(code)) for code in codes]


def cmd_start(args: argparse.Namespace) -> int:
    ctx = context(args)
    as_of = args.as_of or ctx.today()
    view = svc.start_campaign(ctx, args.title, as_of, args.theme or "")
    print(view.id)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    ctx = context(args)
    if args.id is None:
        campaigns = svc.list_campaigns(ctx)
        if args.json:
            print_json([c.to_json() for c in campaigns])
            return 0
        rows = [
            [
                str(c.id),
                c.title,
                format_date(c.as_of),
                str(STATUS_TEXT[c.status.value]),
                f"{c.decided}/{c.total}",
            ]
            for c in campaigns
        ]
        headings = _headings(
            "cli.cleanup_number",
            "cli.cleanup_title",
            "cli.cleanup_as_of",
            "cli.cleanup_state",
            "cli.cleanup_decided",
        )
        print_table(headings, rows)
        return 0
    view = svc.campaign(ctx, args.id)
    entries = svc.campaign_entries(ctx, args.id)
    if args.json:
        print_json([e.to_json() for e in entries])
        return 0
    print(
        msg(
            "cli.cleanup_heading",
            id=view.id,
            title=view.title,
            as_of=view.as_of,
            state=STATUS_TEXT[view.status.value],
            decided=view.decided,
            total=view.total,
        )
    )
    print()
    rows = [
        [
            e.reg_no,
            ("※" if e.flagged else "") + e.title,
            e.doc_no,
            format_date(e.published_on) if e.published_on else "",
            _result(e.result),
            e.reason,
        ]
        for e in entries
    ]
    headings = _headings(
        "cli.cleanup_reg_no",
        "cli.cleanup_document",
        "cli.cleanup_doc_no",
        "cli.cleanup_published_on",
        "cli.cleanup_result",
        "cli.cleanup_reason",
    )
    print_table(headings, rows)
    if any(e.flagged for e in entries):
        print()
        print(msg("cli.cleanup_flagged"))
    return 0


def cmd_set(args: argparse.Namespace) -> int:
    entry = svc.set_result(context(args), args.id, args.reg_no, args.result, args.reason or "")
    assert entry.result is not None
    print(msg("cli.cleanup_set", title=entry.title, result=Term(*RESULT_LABELS[entry.result])))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    path = svc.export_campaign(context(args), args.id, args.output)
    print(msg("cli.cleanup_exported", id=args.id, path=str(path)))
    return 0


def cmd_close(args: argparse.Namespace) -> int:
    ctx = context(args)
    view = svc.close_campaign(ctx, args.id, args.date or ctx.today())
    assert view.closed_on is not None
    print(msg("cli.cleanup_closed", id=view.id, title=view.title, closed_on=view.closed_on))
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: Any) -> None:
    p = sub.add_parser("cleanup", parents=[common], help="cleanup campaigns (清理)")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)

    s = actions.add_parser("start", parents=[common], help="a new campaign; prints its id")
    s.add_argument("--title", required=True)
    s.add_argument("--as-of", type=date_arg, metavar="DATE", help="documents in force on it")
    s.add_argument("--theme", help="what the cleanup is about, e.g. 妨碍统一市场和公平竞争")
    s.set_defaults(func=cmd_start)

    s = actions.add_parser("list", parents=[common], help="campaigns, or one campaign's entries")
    s.add_argument("id", type=id_arg, nargs="?", metavar="ID")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_list)

    s = actions.add_parser("set", parents=[common], help="a document's result (counsel)")
    s.add_argument("id", type=id_arg, metavar="ID")
    s.add_argument("reg_no", metavar="REG_NO")
    s.add_argument("--result", required=True, metavar="keep|amend|repeal|invalidate")
    s.add_argument("--reason")
    s.set_defaults(func=cmd_set)

    s = actions.add_parser("export", parents=[common], help="the result lists (.xlsx or .docx)")
    s.add_argument("id", type=id_arg, metavar="ID")
    s.add_argument("-o", "--output", required=True, metavar="FILE.xlsx|FILE.docx")
    s.set_defaults(func=cmd_export)

    s = actions.add_parser("close", parents=[common], help="apply the results and close")
    s.add_argument("id", type=id_arg, metavar="ID")
    s.add_argument("--date", type=date_arg, metavar="DATE")
    s.set_defaults(func=cmd_close)
