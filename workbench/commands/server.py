"""``workbench server setup``: run by the DBA to secure a shared PostgreSQL database."""

from __future__ import annotations

import argparse
from typing import Any

from workbench.commands.common import read_password
from workbench.domain.errors import InvalidInput
from workbench.domain.messages import msg
from workbench.services.opening import env_target
from workbench.services.server import setup_server


def cmd_server_setup(args: argparse.Namespace) -> int:
    url = args.db or env_target()
    if not url:
        raise InvalidInput("cli.server_setup_needs_db")
    password = read_password(
        args, str(msg("cli.admin_password_of", login=args.admin)), optional=True
    )
    report = setup_server(url, args.admin, args.name, password)
    if report.adopted:
        owner = "workbench_owner"
        print(msg("cli.setup_adopted", owner=owner))
    if report.changes:
        print(msg("cli.setup_changes", count=len(report.changes)))
        for line in report.changes:
            print(f"  {line}")
    else:
        print(msg("cli.setup_unchanged"))
    if report.logins_without_password:
        print(msg("cli.setup_without_password", logins=tuple(report.logins_without_password)))
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: Any) -> None:
    p = sub.add_parser("server", help="shared office mode on PostgreSQL (for the DBA)")
    ssub = p.add_subparsers(dest="server_command", metavar="ACTION", required=True)
    q = ssub.add_parser(
        "setup",
        parents=[common],
        help="secure a shared database: roles, ownership, server-side audit and permissions, "
        "migrations; safe to run again after every upgrade",
        description="Run by the DBA as a PostgreSQL superuser. Creates (idempotently) the owner "
        "role, the group roles workbench_admin/counsel/clerk/reader, the privileges, the "
        "server-side audit and permission triggers, applies schema migrations, adopts a database "
        "made by an older version, and makes the first administrator's login.",
    )
    q.add_argument("--admin", required=True, metavar="LOGIN", help="the first administrator")
    q.add_argument("--name", help="the administrator's display name (姓名)")
    q.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the administrator's password as one line from standard input",
    )
    q.set_defaults(func=cmd_server_setup)
