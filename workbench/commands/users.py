"""Subcommands for users and roles (administrators only, except ``user list``)."""

from __future__ import annotations

import argparse
from typing import Any

from workbench.commands.common import context, print_json, print_table, read_password
from workbench.domain.roles import ROLE_LABELS
from workbench.services import users as svc


def _roles(view: svc.UserView) -> str:
    return "、".join(ROLE_LABELS[r][0] for r in ROLE_LABELS if r in view.roles)


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
        print("还没有用户：第一位做出修改的人将成为管理员。")
        return 0
    print_table(
        ["登录名", "姓名", "角色", "状态"],
        [[u.login, u.display_name, _roles(u), "启用" if u.active else "停用"] for u in users],
    )
    return 0


def cmd_user_add(args: argparse.Namespace) -> int:
    ctx = context(args)
    password = (
        read_password(args, f"“{args.login}”的密码", optional=True) if ctx.db.secured else None
    )
    view = svc.add_user(ctx, args.login, args.role, args.name or "", password)
    print(f"已添加用户 {view.login}（{_roles(view)}）")
    if ctx.db.secured and password is None:
        print(f"“{view.login}”还没有密码：请用 workbench user passwd {view.login} 设置。")
    return 0


def cmd_user_passwd(args: argparse.Namespace) -> int:
    ctx = context(args)
    who = args.login or ctx.actor
    password = read_password(args, f"“{who}”的新密码")
    assert password is not None
    name = svc.change_password(ctx, password, args.login)
    print(f"已更改 {name} 的密码。")
    return 0


def cmd_user_set(args: argparse.Namespace) -> int:
    active = None if args.active is None else args.active == "yes"
    view = svc.set_user(
        context(args), args.login, roles=args.role, active=active, display_name=args.name
    )
    state = "启用" if view.active else "停用"
    print(f"用户 {view.login}：{_roles(view)}，{state}")
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
