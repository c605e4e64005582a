"""Subcommands that register items and move them through the review."""

from __future__ import annotations

import argparse
from typing import Any

from workbench.commands.common import context, date_arg, print_json, print_table
from workbench.domain.errors import DuplicateDocNo
from workbench.domain.kinds import KIND_CODES, KIND_INFO
from workbench.domain.opinions import CONCLUSION_LABELS, Conclusion, parse_filing_result
from workbench.domain.statuses import STATUS_LABELS
from workbench.services import items as svc
from workbench.services import queries
from workbench.services.views import ItemView


def _short(view: ItemView) -> str:
    return f"{view.reg_no}：{STATUS_LABELS[view.status][0]}"


def cmd_add(args: argparse.Namespace) -> int:
    ctx = context(args)
    view = svc.register(
        ctx,
        svc.NewItem(
            kind=args.kind,
            title=args.title,
            received_on=args.received or ctx.today(),
            unit=args.unit or "",
            counsel=args.counsel or "",
            doc_no=args.doc_no or "",
            counterparty=args.counterparty or "",
            amount=args.amount,
            notes=args.notes or "",
        ),
    )
    print(view.reg_no)
    return 0


def cmd_assign(args: argparse.Namespace) -> int:
    view = svc.assign(context(args), args.reg_no, args.counsel)
    print(f"{view.reg_no}：审核人 {view.counsel}")
    return 0


def cmd_start(args: argparse.Namespace) -> int:
    view = svc.start_review(context(args), args.reg_no)
    print(f"{_short(view)}，审核期限 {view.review_due_on}")
    return 0


def cmd_return(args: argparse.Namespace) -> int:
    view = svc.return_for_materials(context(args), args.reg_no, args.reason, args.date)
    print(f"{_short(view)}，审核期限暂停（剩余 {view.paused_remaining} 个工作日）")
    return 0


def cmd_resubmit(args: argparse.Namespace) -> int:
    view = svc.resubmit(context(args), args.reg_no, args.date)
    print(f"{_short(view)}，审核期限 {view.review_due_on}")
    return 0


def cmd_opinion(args: argparse.Namespace) -> int:
    view = svc.issue_opinion(
        context(args),
        args.reg_no,
        svc.OpinionInput(
            conclusion=args.conclusion,
            text=args.text,
            basis=args.basis or "",
            issued_on=args.date,
            defects=tuple(args.defect or ()),
        ),
    )
    revision = view.opinions[-1].revision if view.opinions else 1
    label = CONCLUSION_LABELS[Conclusion(view.conclusion)][0] if view.conclusion else ""
    extra = f"（第 {revision} 版）" if revision > 1 else ""
    print(f"{_short(view)}，结论 {label}{extra}")
    return 0


def cmd_publish(args: argparse.Namespace) -> int:
    try:
        view = svc.publish(
            context(args),
            args.reg_no,
            args.date,
            args.doc_no,
            valid_until=args.valid_until,
            force=args.force,
        )
    except DuplicateDocNo as exc:
        raise DuplicateDocNo(
            "cli.doc_no_taken_force", doc_no=exc.doc_no, other_reg_no=exc.other_reg_no
        ) from None
    print(f"{_short(view)}，备案期限 {view.filing_due_on}，有效期至 {view.valid_until}")
    return 0


def cmd_file(args: argparse.Namespace) -> int:
    result = parse_filing_result(args.result) if args.result else None
    view = svc.record_filing(
        context(args),
        args.reg_no,
        args.date,
        ref=args.ref or "",
        authority=args.authority,
        result=result,
        result_on=args.result_date,
    )
    late = "（逾期报送）" if view.filing_due_on and args.date > view.filing_due_on else ""
    print(f"{_short(view)}，报送{view.filing_authority}{late}")
    return 0


def cmd_withdraw(args: argparse.Namespace) -> int:
    print(_short(svc.withdraw(context(args), args.reg_no, args.date)))
    return 0


def cmd_repeal(args: argparse.Namespace) -> int:
    print(_short(svc.repeal(context(args), args.reg_no, args.date)))
    return 0


def _flags(view: ItemView) -> str:
    if view.overdue:
        return "已逾期"
    if view.due_soon:
        return "即将到期"
    if view.status.value == "returned":
        return "暂停"
    return ""


def _due(view: ItemView) -> str:
    if view.status.value == "published" and view.filing_due_on:
        return f"备案 {view.filing_due_on}"
    if view.review_due_on and view.status.value in ("registered", "in_review"):
        return f"审核 {view.review_due_on}"
    return ""


def cmd_list(args: argparse.Namespace) -> int:
    ctx = context(args)
    req = queries.ListRequest(
        statuses=args.status or (),
        kinds=args.kind or (),
        overdue=args.overdue,
        due_soon=args.due_soon,
        counsel=args.counsel,
        text=args.search or "",
    )
    views = queries.list_items(ctx, req)
    if args.json:
        print_json([v.to_json() for v in views])
        return 0
    if not views:
        print("没有符合条件的事项。")
        return 0
    rows: list[list[str]] = [
        [
            v.reg_no,
            KIND_INFO[v.kind].label_zh,
            STATUS_LABELS[v.status][0],
            v.received_on.isoformat(),
            _due(v),
            _flags(v),
            v.counsel,
            v.title if len(v.title) <= 30 else v.title[:29] + "…",
        ]
        for v in views
    ]
    print_table(["登记号", "类型", "状态", "送审日期", "期限", "提示", "审核人", "标题"], rows)
    print(f"共 {len(views)} 件")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    view = queries.show_item(context(args), args.reg_no)
    if args.json:
        print_json(view.to_json_full())
        return 0
    data: dict[str, Any] = view.to_json_full()
    lines = [
        ("登记号", view.reg_no),
        ("类型", KIND_INFO[view.kind].label_zh),
        ("标题", view.title),
        ("起草单位", view.unit),
        ("状态", STATUS_LABELS[view.status][0] + (f"（{_flags(view)}）" if _flags(view) else "")),
        ("审核人", view.counsel),
        ("送审日期", data["received_on"]),
        (
            "审核期限",
            data["review_due_on"]
            or (
                f"暂停，剩余 {view.paused_remaining} 个工作日"
                if view.paused_remaining is not None
                else ""
            ),
        ),
        ("意见出具日期", data["opinion_on"]),
        ("审核结论", CONCLUSION_LABELS[Conclusion(view.conclusion)][0] if view.conclusion else ""),
        ("文号", view.doc_no),
        ("公布日期", data["published_on"]),
        ("备案期限", data["filing_due_on"]),
        ("备案日期", data["filed_on"]),
        ("备案机关", view.filing_authority),
        ("有效期至", data["valid_until"]),
        ("合同相对方", view.counterparty),
        ("合同金额", data["amount"]),
        ("备注", view.notes),
    ]
    for label, value in lines:
        if value:
            print(f"{label}：{value}")
    for op in view.opinions:
        state = "（已被修订）" if op.superseded else ""
        conclusion = CONCLUSION_LABELS[Conclusion(op.conclusion)][0]
        print(
            f"意见第 {op.revision} 版{state}：{op.issued_on} {op.counsel} {conclusion} — {op.text}"
        )
    for p in view.pauses:
        back = f"，{p.resubmitted_on} 重新送审" if p.resubmitted_on else "，尚未重新送审"
        print(f"退回补正：{p.returned_on}（{p.reason}）{back}")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: Any) -> None:
    p = sub.add_parser("add", parents=[common], help="register an item; prints its reg. no.")
    p.add_argument("--kind", required=True, help=f"one of {', '.join(KIND_CODES)} (or 中文名称)")
    p.add_argument("--title", required=True)
    p.add_argument("--received", type=date_arg, help="received date (default: today)")
    p.add_argument("--unit", help="drafting unit (起草单位)")
    p.add_argument("--counsel", help="assigned counsel (审核人)")
    p.add_argument("--doc-no", help="document number (文号)")
    p.add_argument("--counterparty", help="contract counterparty (合同相对方)")
    p.add_argument("--amount", help="contract amount in yuan (合同金额)")
    p.add_argument("--notes")
    p.set_defaults(func=cmd_add)

    p = sub.add_parser("assign", parents=[common], help="assign the reviewing counsel")
    p.add_argument("reg_no")
    p.add_argument("--counsel", required=True)
    p.set_defaults(func=cmd_assign)

    p = sub.add_parser("start", parents=[common], help="registered -> in_review")
    p.add_argument("reg_no")
    p.set_defaults(func=cmd_start)

    p = sub.add_parser("return", parents=[common], help="return for missing materials")
    p.add_argument("reg_no")
    p.add_argument("--reason", required=True)
    p.add_argument("--date", type=date_arg)
    p.set_defaults(func=cmd_return)

    p = sub.add_parser("resubmit", parents=[common], help="materials resubmitted")
    p.add_argument("reg_no")
    p.add_argument("--date", type=date_arg)
    p.set_defaults(func=cmd_resubmit)

    p = sub.add_parser("opinion", parents=[common], help="issue (or revise) the opinion")
    p.add_argument("reg_no")
    p.add_argument("--conclusion", required=True, help="approve, approve_with_changes, reject")
    p.add_argument("--text", required=True)
    p.add_argument("--basis")
    p.add_argument("--date", type=date_arg)
    p.add_argument(
        "--defect",
        action="append",
        help="defect flag (repeatable): authority, content, procedure, drafting, "
        "fair_competition, levy, powers, other",
    )
    p.set_defaults(func=cmd_opinion)

    p = sub.add_parser("publish", parents=[common], help="record publication (normative)")
    p.add_argument("reg_no")
    p.add_argument("--date", type=date_arg, required=True)
    p.add_argument("--doc-no", required=True)
    p.add_argument("--valid-until", type=date_arg, help="last day in force, if stated")
    p.add_argument(
        "--force", action="store_true", help="accept a 文号 that another item already uses"
    )
    p.set_defaults(func=cmd_publish)

    p = sub.add_parser("file", parents=[common], help="record filing (备案)")
    p.add_argument("reg_no")
    p.add_argument("--date", type=date_arg, required=True)
    p.add_argument("--ref", help="filing reference")
    p.add_argument("--authority", help="filing authority (default: office setting)")
    p.add_argument("--result", help="accepted, accepted_after_correction, deferred, rejected")
    p.add_argument("--result-date", type=date_arg)
    p.set_defaults(func=cmd_file)

    p = sub.add_parser("withdraw", parents=[common], help="withdraw before the opinion")
    p.add_argument("reg_no")
    p.add_argument("--date", type=date_arg)
    p.set_defaults(func=cmd_withdraw)

    p = sub.add_parser("repeal", parents=[common], help="repeal a published document")
    p.add_argument("reg_no")
    p.add_argument("--date", type=date_arg, required=True)
    p.set_defaults(func=cmd_repeal)

    p = sub.add_parser("list", parents=[common], help="list items (all, or filtered)")
    p.add_argument("--status", action="append", help="status code or label (repeatable)")
    p.add_argument("--kind", action="append", help="kind code or label (repeatable)")
    p.add_argument("--overdue", action="store_true", help="only overdue items")
    p.add_argument("--due-soon", action="store_true", help="only items due within 3 working days")
    p.add_argument("--counsel")
    p.add_argument("--search", help="words in title, document number, unit or notes")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("show", parents=[common], help="show one item")
    p.add_argument("reg_no")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_show)
