"""Shared office mode on PostgreSQL: securing a database, reading who is connected, managing
logins, and turning the server's refusals into sentences.

``setup_database`` is what ``workbench server setup`` runs as the DBA. After it, the database
is *secured*: an owner role nobody logs in as owns every object, each person connects with their
own login, the server enforces the roles and writes the audit trail itself. See
docs/SHARED_MODE.md for the design and :mod:`workbench.store.server_sql` for the SQL.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from workbench.domain.errors import InvalidInput, NotFound
from workbench.domain.roles import PERMISSION_TERMS, Permission, PermissionDenied
from workbench.store import server_sql as sql

#: what the guard triggers raise, as ``workbench:<code>``
_SERVER_CODES = {
    "issue_opinion": Permission.ISSUE_OPINION,
    "review": Permission.REVIEW,
    "administer": Permission.ADMINISTER,
}
_LOGIN_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_.@-]{0,62}$")


class SetupRefused(InvalidInput):
    """``server setup`` cannot run as asked (not a superuser, a login that clashes...)."""


def check_login_name(login: str) -> str:
    """A login the server and the office can both live with: letters, digits, ``_.@-``."""
    name = login.strip()
    if not _LOGIN_RE.match(name) or name.lower().startswith(("pg_", "workbench_")):
        raise InvalidInput("server.login_invalid", login=login)
    return name


def is_secured(conn: Connection) -> bool:
    """True when ``server setup`` has secured this database (the owner role owns ``items``)."""
    owner = conn.execute(
        text(
            "SELECT pg_get_userbyid(c.relowner) FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE c.relname = 'items' AND n.nspname = current_schema() AND c.relkind = 'r'"
        )
    ).scalar()
    has_annotate = conn.execute(
        text("SELECT to_regprocedure('workbench_annotate(text, bigint, text, text, text)')")
    ).scalar()
    return owner == sql.OWNER and has_annotate is not None


def session_login(conn: Connection) -> str:
    return str(conn.execute(text("SELECT session_user")).scalar())


def scram_verifier(conn: Connection, login: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier of ``password``, computed by libpq on this side: the password
    itself never travels to the server or into its logs."""
    raw: Any = conn.connection.dbapi_connection
    verifier = raw.pgconn.encrypt_password(
        password.encode("utf-8"), login.encode("utf-8"), b"scram-sha-256"
    )
    return bytes(verifier).decode("ascii")


def refusal_from(exc: DBAPIError) -> PermissionDenied | None:
    """The sentence for a refusal by the server's privileges or guard triggers, else None."""
    orig = exc.orig
    state = getattr(orig, "sqlstate", None)
    if state != "42501":
        return None
    message = str(orig).strip().splitlines()[0] if orig is not None else ""
    match = re.search(r"workbench:(\w+)", message)
    if match and match.group(1) in _SERVER_CODES:
        permission = _SERVER_CODES[match.group(1)]
        return PermissionDenied(
            "server.refused_permission",
            permission=permission.value,
            allowed=PERMISSION_TERMS[permission],
        )
    return PermissionDenied("server.refused", reason=message)


def _user_error(exc: DBAPIError, login: str) -> Exception:
    message = str(exc.orig)
    if "workbench:user_exists" in message:
        return InvalidInput("user.exists", login=login)
    if "workbench:role_exists" in message:
        return InvalidInput("server.role_exists", login=login)
    if "workbench:no_user" in message:
        return NotFound("user.not_found", login=login)
    refused = refusal_from(exc)
    return refused if refused is not None else exc


def call_user_function(conn: Connection, statement: str, params: dict[str, Any]) -> None:
    """Run one of the server's user-management functions, with its refusals as sentences."""
    login = str(params.get("login", ""))
    savepoint = conn.begin_nested()
    try:
        conn.execute(text(statement), params)
    except DBAPIError as exc:
        savepoint.rollback()
        raise _user_error(exc, login) from None
    savepoint.commit()


# --- what setup changed -------------------------------------------------------------------


def snapshot(conn: Connection) -> dict[str, str]:
    """The state setup manages, as ``name -> description``: comparing two tells what changed."""
    state: dict[str, str] = {}
    rows = conn.execute(
        text(
            "SELECT rolname, rolcanlogin, rolcreaterole FROM pg_roles "
            "WHERE rolname LIKE 'workbench\\_%'"
        )
    )
    for r in rows:
        state[f"role {r.rolname}"] = f"login={r.rolcanlogin} createrole={r.rolcreaterole}"
    rows = conn.execute(
        text(
            "SELECT pg_get_userbyid(m.member) AS member, pg_get_userbyid(m.roleid) AS grp, "
            "m.admin_option FROM pg_auth_members m "
            "WHERE pg_get_userbyid(m.roleid) LIKE 'workbench\\_%' "
            "OR pg_get_userbyid(m.member) = 'workbench_owner'"
        )
    )
    for r in rows:
        state[f"membership {r.member} in {r.grp}"] = f"admin={r.admin_option}"
    rows = conn.execute(
        text(
            "SELECT c.relname, c.relkind, pg_get_userbyid(c.relowner) AS owner, "
            "coalesce(c.relacl::text, '') AS acl, c.relrowsecurity FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'S', 'v', 'p') "
            "AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'e')"
        )
    )
    for r in rows:
        state[f"relation {r.relname}"] = f"owner={r.owner} acl={r.acl} rls={r.relrowsecurity}"
    rows = conn.execute(
        text(
            "SELECT p.oid::regprocedure::text AS sig, pg_get_userbyid(p.proowner) AS owner, "
            "coalesce(p.proacl::text, '') AS acl, md5(p.prosrc) AS src, p.prosecdef, "
            "coalesce(array_to_string(p.proconfig, ','), '') AS cfg "
            "FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
            "WHERE n.nspname = current_schema() "
            "AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')"
        )
    )
    for r in rows:
        state[f"function {r.sig}"] = (
            f"owner={r.owner} acl={r.acl} definer={r.prosecdef} {r.cfg} src={r.src}"
        )
    rows = conn.execute(
        text(
            "SELECT t.tgname, c.relname, t.tgfoid::regproc::text AS fn, t.tgenabled FROM "
            "pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = current_schema() AND NOT t.tgisinternal"
        )
    )
    for r in rows:
        state[f"trigger {r.tgname} on {r.relname}"] = f"{r.fn} enabled={r.tgenabled}"
    rows = conn.execute(
        text(
            "SELECT polname, polrelid::regclass::text AS rel FROM pg_policy p "
            "JOIN pg_class c ON c.oid = p.polrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = current_schema()"
        )
    )
    for r in rows:
        state[f"policy {r.polname} on {r.rel}"] = "present"
    state["database acl"] = str(
        conn.execute(
            text(
                "SELECT coalesce(datacl::text, '') FROM pg_database "
                "WHERE datname = current_database()"
            )
        ).scalar()
    )
    state["schema acl"] = str(
        conn.execute(
            text(
                "SELECT coalesce(nspacl::text, '') FROM pg_namespace "
                "WHERE nspname = current_schema()"
            )
        ).scalar()
    )
    has_users = conn.execute(text("SELECT to_regclass('users')")).scalar()
    if has_users is not None:
        for r in conn.execute(text("SELECT login, role, active, display_name FROM users")):
            state[f"user {r.login}"] = f"roles={r.role} active={r.active} name={r.display_name}"
            login = conn.execute(
                text("SELECT rolcanlogin FROM pg_roles WHERE rolname = :n"), {"n": r.login}
            ).scalar()
            state[f"login {r.login}"] = "missing" if login is None else f"login={login}"
    return state


@dataclass
class SetupReport:
    """What ``server setup`` did: one line per object created or changed."""

    changes: list[str] = field(default_factory=list)
    adopted: bool = False
    logins_without_password: list[str] = field(default_factory=list)


def describe_changes(before: dict[str, str], after: dict[str, str]) -> list[str]:
    lines = []
    for key in sorted(after):
        if key not in before:
            lines.append(f"+ {key}")
        elif before[key] != after[key]:
            lines.append(f"~ {key}")
    lines.extend(f"- {key}" for key in sorted(before) if key not in after)
    return lines
