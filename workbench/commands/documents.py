"""Subcommands on Word documents: inspect a draft, compare two drafts, write letters."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from sqlalchemy import select

from workbench.commands.common import context, print_json
from workbench.store.schema import items

# The documents layer (python-docx, lxml) is imported by the commands that use it, so the
# other commands start faster.


def _repealed_doc_nos(args: argparse.Namespace) -> list[str]:
    """Document numbers the register knows are repealed or expired (for the hint)."""
    ctx = context(args)
    with ctx.db.read() as conn:
        rows = conn.execute(
            select(items.c.doc_no_norm).where(
                items.c.status.in_(("repealed", "expired")), items.c.doc_no_norm != ""
            )
        )
        return [r[0] for r in rows]


def cmd_inspect(args: argparse.Namespace) -> int:
    import sys

    from workbench.documents import default_rules, inspect_docx
    from workbench.domain.kinds import parse_kind
    from workbench.domain.messages import Term, msg

    kind = parse_kind(args.kind).value if args.kind else None
    ruleset = default_rules()
    result = inspect_docx(
        args.file, repealed_doc_nos=_repealed_doc_nos(args), kind=kind, ruleset=ruleset
    )
    for error in result.rule_errors:
        print(error, file=sys.stderr)
    if args.json:
        print_json(result.to_json())
        return 0
    data = result.to_json()
    print(msg("cli.inspect_contract" if result.contract else "cli.inspect_normative"))
    for code, key in (
        ("cli.inspect_title", "title"),
        ("cli.inspect_doc_no", "doc_no"),
        ("cli.inspect_unit", "unit"),
        ("cli.inspect_effective_on", "effective_on"),
        ("cli.inspect_valid_until", "valid_until"),
    ):
        print(msg(code, value=data.get(key) or msg("cli.inspect_not_found")))
    if not result.hints:
        print(msg("cli.inspect_no_hints"))
    for hint in result.hints:
        where = (
            msg("compare.paragraph", n=hint.paragraph)
            if hint.paragraph
            else msg("cli.inspect_whole")
        )
        rule = ruleset.get(hint.rule)
        label = hint.rule if rule is None else str(Term(rule.label_zh, rule.label_en))
        print(msg("cli.inspect_hint", where=where, label=label, text=hint.text))
        if hint.basis:
            print(msg("cli.inspect_basis", basis=hint.basis))
    return 0


def cmd_compare(args: argparse.Namespace) -> int:
    from workbench.documents import compare_docx

    comparison = compare_docx(args.old, args.new)
    print(comparison.format_text())
    return 0


def cmd_letter(args: argparse.Namespace) -> int:
    from workbench.services import letters

    ctx = context(args)
    out = Path(args.output)
    if args.filing_report:
        letters.write_filing_report(ctx, args.reg_no, out)
    elif args.return_notice:
        letters.write_return_notice(ctx, args.reg_no, out)
    else:
        letters.write_opinion_letter(ctx, args.reg_no, out)
    print(out)
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: Any) -> None:
    p = sub.add_parser(
        "inspect", parents=[common], help="what a .docx says: title, 文号, dates, review hints"
    )
    p.add_argument("file", metavar="FILE.docx")
    p.add_argument(
        "--kind",
        metavar="K",
        help="the item kind (normative, service_contract, ...); default: recognised from the text",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_inspect)

    p = sub.add_parser("compare", parents=[common], help="what changed between two drafts")
    p.add_argument("old", metavar="OLD.docx")
    p.add_argument("new", metavar="NEW.docx")
    p.set_defaults(func=cmd_compare)

    p = sub.add_parser("letter", parents=[common], help="the opinion letter of an item (.docx)")
    p.add_argument("reg_no")
    p.add_argument("-o", "--output", required=True, metavar="FILE.docx")
    which = p.add_mutually_exclusive_group()
    which.add_argument(
        "--filing-report",
        action="store_true",
        help="write the filing report (备案报告) of a published normative document instead",
    )
    which.add_argument(
        "--return-notice",
        action="store_true",
        help="write the notice of return for supplementary materials (退回补正通知书) instead",
    )
    p.set_defaults(func=cmd_letter)
