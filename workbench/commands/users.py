"""Subcommands for users and roles (administrators only, except ``user list``)."""

from __future__ import annotations

import argparse
from typing import Any

from workbench.commands.common import context, print_json, print_table, read_password
from workbench.domain.messages import Term, localized, msg
from workbench.domain.roles import ROLE_LABELS
from workbench.services import users as svc


def _roles(view: svc.UserView) -> str:
    return str(localized(tuple(Term(*ROLE_LABELS[r]) for r in ROLE_LABELS if r in view.roles)))


def _state(active: bool) -> str:
    return str(msg("cli.user_active" if active else "cli.user_inactive"))


def cmd_user_list(args: argparse.Namespace) -> int:
    users = svc.list_users(context(args))
    if args.json:
        print_json(
            [
                {
                    "login": u.login,
                    "display_name": u.display_name,
                    "roles": sorted(r.value for r in u.roles),
                    "active": u.active,
                }
                for u in users
            ]
        )
        return 0
    if not users:
        print(msg("cli.no_users"))
        return 0
    headings = ("cli.user_login", "cli.user_name", "cli.user_roles", "cli.user_state")
    print_table(
        [str(msg(h)) for h in headings],
        [[u.login, u.display_name, _roles(u), _state(u.active)] for u in users],
    )
    return 0


def cmd_user_add(args: argparse.Namespace) -> int:
    ctx = context(args)
    password = (
        read_password(args, str(msg("cli.password_of", login=args.login)), optional=True)
        if ctx.db.secured
        else None
    )
    view = svc.add_user(ctx, args.login, args.role, args.name or "", password)
    print(msg("cli.user_added", login=view.login, roles=_roles(view)))
    if ctx.db.secured and password is None:
        print(msg("cli.user_no_password", login=view.login))
    return 0


def cmd_user_passwd(args: argparse.Namespace) -> int:
    ctx = context(args)
    who = args.login or ctx.actor
    password = read_password(args, str(msg("cli.new_password_of", login=who)))
    assert password is not None
    name = svc.change_password(ctx, password, args.login)
    print(msg("cli.password_changed", login=name))
    return 0


def cmd_user_set(args: argparse.Namespace) -> int:
    active = None if args.active is None else args.active == "yes"
    view = svc.set_user(
        context(args), args.login, roles=args.role, active=active, display_name=args.name
    )
    print(msg("cli.user_set", login=view.login, roles=_roles(view), state=_state(view.active)))
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: Any) -> None:
    p = sub.add_parser("user", help="users and roles (counsel, clerk, admin, reader)")
    usub = p.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    q = usub.add_parser("list", parents=[common], help="list users and their roles")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_user_list)
    q = usub.add_parser("add", parents=[common], help="add a user (admin only)")
    q.add_argument(
        "login",
        help="the user's operating-system login name (embedded file) or the server login to "
        "create (shared server)",
    )
    q.add_argument(
        "--role", required=True, help="counsel, clerk, admin, reader, or several: admin,counsel"
    )
    q.add_argument("--name", help="display name (姓名)")
    q.add_argument(
        "--password-stdin",
        action="store_true",
        help="shared server: read the new login's password as one line from standard input "
        "(otherwise asked on a terminal)",
    )
    q.set_defaults(func=cmd_user_add)
    q = usub.add_parser("set", parents=[common], help="change a user's roles or state (admin)")
    q.add_argument("login")
    q.add_argument("--role")
    q.add_argument("--name")
    q.add_argument(
        "--active",
        choices=["yes", "no"],
        help="no: the user can no longer change anything (shared server: can no longer log in, "
        "and their open sessions end)",
    )
    q.set_defaults(func=cmd_user_set)
    q = usub.add_parser(
        "passwd",
        parents=[common],
        help="shared server: change your password, or (admin) reset another user's",
    )
    q.add_argument("login", nargs="?", help="whose password (default: your own)")
    q.add_argument(
        "--password-stdin", action="store_true", help="read the password as one line from stdin"
    )
    q.set_defaults(func=cmd_user_passwd)
