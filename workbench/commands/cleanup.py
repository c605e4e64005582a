"""``workbench cleanup``: cleanup campaigns (清理) — start, list, set a result, export, close."""

from __future__ import annotations

import argparse
from typing import Any

from workbench.commands.common import context, date_arg, print_json, print_table
from workbench.domain.cleanup import RESULT_LABELS
from workbench.reports.lists import zh_date
from workbench.services import cleanup as svc

STATUS_TEXT = {"open": "进行中", "closed": "已结束"}


def id_arg(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"清理编号“{text}”不是数字。") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"清理编号“{text}”无效。")
    return value


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
                zh_date(c.as_of),
                STATUS_TEXT[c.status.value],
                f"{c.decided}/{c.total}",
            ]
            for c in campaigns
        ]
        print_table(["编号", "清理名称", "基准日", "状态", "已确定"], rows)
        return 0
    view = svc.campaign(ctx, args.id)
    entries = svc.campaign_entries(ctx, args.id)
    if args.json:
        print_json([e.to_json() for e in entries])
        return 0
    print(f"清理 {view.id}：{view.title}（基准日{zh_date(view.as_of)}，"
          f"{STATUS_TEXT[view.status.value]}，已确定 {view.decided}/{view.total} 件）")  # fmt: skip
    print()
    rows = [
        [
            e.reg_no,
            ("※" if e.flagged else "") + e.title,
            e.doc_no,
            zh_date(e.published_on),
            RESULT_LABELS[e.result][0] if e.result else "（未定）",
            e.reason,
        ]
        for e in entries
    ]
    print_table(["登记号", "文件名称", "文号", "公布日期", "清理结果", "理由"], rows)
    if any(e.flagged for e in entries):
        print()
        print("※ 附件有妨碍统一市场和公平竞争的审核提示，请重点审查。")
    return 0


def cmd_set(args: argparse.Namespace) -> int:
    entry = svc.set_result(context(args), args.id, args.reg_no, args.result, args.reason or "")
    assert entry.result is not None
    print(f"已将“{entry.title}”的清理结果定为{RESULT_LABELS[entry.result][0]}。")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    path = svc.export_campaign(context(args), args.id, args.output)
    print(f"已将清理 {args.id} 的结果清单写入“{path}”。")
    return 0


def cmd_close(args: argparse.Namespace) -> int:
    ctx = context(args)
    view = svc.close_campaign(ctx, args.id, args.date or ctx.today())
    assert view.closed_on is not None
    print(f"清理 {view.id}（{view.title}）已于{zh_date(view.closed_on)}结束。")
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
