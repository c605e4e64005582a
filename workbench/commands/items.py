"""Subcommands that register items and move them through the review."""

from __future__ import annotations

import argparse
from typing import Any

from workbench.commands.common import context, date_arg, print_json, print_table
from workbench.domain.errors import DuplicateDocNo
from workbench.domain.kinds import KIND_CODES, kind_term
from workbench.domain.messages import Term, field_label, msg
from workbench.domain.opinions import CONCLUSION_LABELS, Conclusion, parse_filing_result
from workbench.domain.statuses import status_term
from workbench.services import items as svc
from workbench.services import queries
from workbench.services.views import ItemView


def _short(view: ItemView, code: str = "", **params: object) -> str:
    """``审2025-001：审核中`` and, with ``code``, what the command did (the user's language)."""
    head = str(msg("cli.item_status", reg_no=view.reg_no, status=status_term(view.status)))
    return head + (str(msg(code, **params)) if code else "")


def _conclusion(code: str | None) -> str:
    return str(Term(*CONCLUSION_LABELS[Conclusion(code)])) if code else ""


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
    print(msg("cli.assigned", reg_no=view.reg_no, counsel=view.counsel))
    return 0


def cmd_start(args: argparse.Namespace) -> int:
    view = svc.start_review(context(args), args.reg_no)
    print(_short(view, "cli.review_due", due=str(view.review_due_on)))
    return 0


def cmd_return(args: argparse.Namespace) -> int:
    view = svc.return_for_materials(context(args), args.reg_no, args.reason, args.date)
    print(_short(view, "cli.review_paused", remaining=view.paused_remaining))
    return 0


def cmd_resubmit(args: argparse.Namespace) -> int:
    view = svc.resubmit(context(args), args.reg_no, args.date)
    print(_short(view, "cli.review_due", due=str(view.review_due_on)))
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
    extra = msg("cli.revision", revision=revision) if revision > 1 else ""
    print(_short(view, "cli.conclusion", conclusion=_conclusion(view.conclusion), extra=extra))
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
    due, until = str(view.filing_due_on), str(view.valid_until)
    print(_short(view, "cli.published", due=due, until=until))
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
    late = msg("cli.filed_late") if view.filing_due_on and args.date > view.filing_due_on else ""
    print(_short(view, "cli.filed", authority=view.filing_authority, late=late))
    return 0


def cmd_withdraw(args: argparse.Namespace) -> int:
    print(_short(svc.withdraw(context(args), args.reg_no, args.date)))
    return 0


def cmd_repeal(args: argparse.Namespace) -> int:
    print(_short(svc.repeal(context(args), args.reg_no, args.date)))
    return 0


def _flags(view: ItemView) -> str:
    if view.overdue:
        return str(msg("cli.flag_overdue"))
    if view.due_soon:
        return str(msg("cli.flag_due_soon"))
    if view.status.value == "returned":
        return str(msg("cli.flag_paused"))
    return ""


def _due(view: ItemView) -> str:
    if view.status.value == "published" and view.filing_due_on:
        return str(msg("cli.due_filing", due=view.filing_due_on.isoformat()))
    if view.review_due_on and view.status.value in ("registered", "in_review"):
        return str(msg("cli.due_review", due=view.review_due_on.isoformat()))
    return ""


def _heading(key: str) -> str:
    """A field's name as a column heading or a label (capitalised in English)."""
    text = str(field_label(key))
    return text[:1].upper() + text[1:]


def cmd_list(args: argparse.Namespace) -> int:
    ctx = context(args, lookup=True)
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
        print(msg("cli.list_empty"))
        return 0
    rows: list[list[str]] = [
        [
            v.reg_no,
            str(kind_term(v.kind)),
            str(status_term(v.status)),
            v.received_on.isoformat(),
            _due(v),
            _flags(v),
            v.counsel,
            v.title if len(v.title) <= 30 else v.title[:29] + "…",
        ]
        for v in views
    ]
    keys = ("reg_no", "kind", "status", "received_on", "deadline", "flag", "counsel", "title")
    print_table([_heading(k) for k in keys], rows)
    print(msg("cli.list_total", count=len(views)))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    view = queries.show_item(context(args, lookup=True), args.reg_no)
    if args.json:
        print_json(view.to_json_full())
        return 0
    data: dict[str, Any] = view.to_json_full()
    flags = _flags(view)
    paused = (
        str(msg("cli.paused_remaining", remaining=view.paused_remaining))
        if view.paused_remaining is not None
        else ""
    )
    lines = [
        ("reg_no", view.reg_no),
        ("kind", str(kind_term(view.kind))),
        ("title", view.title),
        ("unit", view.unit),
        (
            "status",
            str(status_term(view.status)) + (str(msg("cli.flag", flag=flags)) if flags else ""),
        ),
        ("counsel", view.counsel),
        ("received_on", data["received_on"]),
        ("review_due_on", data["review_due_on"] or paused),
        ("opinion_on", data["opinion_on"]),
        ("conclusion", _conclusion(view.conclusion)),
        ("doc_no", view.doc_no),
        ("published_on", data["published_on"]),
        ("filing_due_on", data["filing_due_on"]),
        ("filing_date", data["filed_on"]),
        ("filing_authority", view.filing_authority),
        ("valid_until", data["valid_until"]),
        ("counterparty", view.counterparty),
        ("amount", data["amount"]),
        ("notes", view.notes),
    ]
    for key, value in lines:
        if value:
            print(msg("cli.field_line", label=_heading(key), value=value))
    for op in view.opinions:
        print(
            msg(
                "cli.opinion_line",
                revision=op.revision,
                state=msg("cli.superseded") if op.superseded else "",
                issued_on=op.issued_on.isoformat(),
                counsel=op.counsel,
                conclusion=_conclusion(op.conclusion),
                text=op.text,
            )
        )
    for p in view.pauses:
        back = (
            msg("cli.resubmitted", on=p.resubmitted_on.isoformat())
            if p.resubmitted_on
            else msg("cli.not_resubmitted")
        )
        print(msg("cli.pause_line", on=p.returned_on.isoformat(), reason=p.reason, back=back))
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
