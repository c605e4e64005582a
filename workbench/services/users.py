"""Users and roles.

Embedded SQLite file: users are operating-system logins; the first user of a new database
becomes its administrator (and counsel, so that a one-person office can do everything).

Shared server secured by ``workbench server setup``: each user is a login of the server with
their own password, their role is a membership of the server's group roles, and every change
here goes through the server's own functions, which check that the caller is an administrator
(see docs/SHARED_MODE.md). Passwords never leave this PC in clear: libpq computes the SCRAM
verifier here.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection

from workbench.domain.errors import InvalidInput
from workbench.domain.roles import (
    PERMISSION_TERMS,
    Permission,
    PermissionDenied,
    Role,
    allows,
    check_password,
    format_roles,
    parse_roles,
)
from workbench.services.context import ServiceContext
from workbench.store import audit, server
from workbench.store import users as store

_NO_PASSWORDS = "user.no_passwords_embedded"


@dataclass(frozen=True)
class UserView:
    login: str
    display_name: str
    roles: frozenset[Role]
    active: bool

    def can(self, permission: Permission) -> bool:
        return self.active and allows(self.roles, permission)


def _view(row: object) -> UserView:
    return UserView(
        login=row.login,  # type: ignore[attr-defined]
        display_name=row.display_name,  # type: ignore[attr-defined]
        roles=parse_roles(row.role),  # type: ignore[attr-defined]
        active=bool(row.active),  # type: ignore[attr-defined]
    )


def _bootstrap(conn: Connection, ctx: ServiceContext) -> None:
    if ctx.db.secured:
        return  # the first administrator is made by ``workbench server setup``
    if store.count(conn) == 0:
        roles = format_roles(frozenset({Role.ADMIN, Role.COUNSEL}))
        store.insert(conn, ctx.actor, roles)
        audit.record(
            conn,
            actor=ctx.actor,
            action="user_add",
            after={"login": ctx.actor, "roles": roles, "first_user": True},
        )


def require(conn: Connection, ctx: ServiceContext, permission: Permission) -> None:
    """Refuse unless the acting user may do ``permission``. Call inside a write transaction."""
    _bootstrap(conn, ctx)
    row = store.get(conn, ctx.actor)
    if row is None:
        raise PermissionDenied("user.not_a_user", login=ctx.actor)
    user = _view(row)
    if not user.active:
        raise PermissionDenied("user.deactivated", login=ctx.actor)
    if not user.can(permission):
        raise PermissionDenied(
            "user.not_permitted",
            login=ctx.actor,
            permission=permission.value,
            allowed=PERMISSION_TERMS[permission],
        )


def current_user(ctx: ServiceContext) -> UserView | None:
    """The acting user, or ``None`` when the login is not (yet) a user of this database.

    On a brand-new database everybody may do everything: the first change makes them admin.
    """
    with ctx.db.read() as conn:
        if store.count(conn) == 0 and not ctx.db.secured:
            return UserView(ctx.actor, "", frozenset({Role.ADMIN, Role.COUNSEL}), True)
        row = store.get(conn, ctx.actor)
        return _view(row) if row is not None else None


def list_users(ctx: ServiceContext) -> list[UserView]:
    with ctx.db.read() as conn:
        return [_view(r) for r in store.all_users(conn)]


def _check_login(login: str, ctx: ServiceContext | None = None) -> str:
    if ctx is not None and ctx.db.dialect == "postgresql":
        return server.check_login_name(login)
    name = login.strip()
    if not name or len(name) > 64 or any(ch.isspace() for ch in name):
        raise InvalidInput("user.login_invalid", login=login)
    return name


def add_user(
    ctx: ServiceContext,
    login: str,
    roles: str,
    display_name: str = "",
    password: str | None = None,
) -> UserView:
    """Add a user; on a shared server, their own login (with ``password``, or none yet: a
    Kerberos site needs none, others set one with :func:`change_password`)."""
    name = _check_login(login, ctx)
    parsed = format_roles(parse_roles(roles))
    if password is not None:
        check_password(password)
    with ctx.db.write() as conn:
        require(conn, ctx, Permission.ADMINISTER)
        if store.get(conn, name) is not None:
            raise InvalidInput("user.exists", login=name)
        if ctx.db.secured:
            verifier = server.scram_verifier(conn, name, password) if password else None
            server.call_user_function(
                conn,
                "SELECT workbench_user_add(:login, :verifier, :roles, :name)",
                {"login": name, "verifier": verifier, "roles": parsed, "name": display_name},
            )
            return _view(store.get(conn, name))
        if password is not None:
            raise InvalidInput(_NO_PASSWORDS)
        store.insert(conn, name, parsed, display_name.strip())
        audit.record(
            conn, actor=ctx.actor, action="user_add", after={"login": name, "roles": parsed}
        )
        row = store.get(conn, name)
        return _view(row)


def set_user(
    ctx: ServiceContext,
    login: str,
    *,
    roles: str | None = None,
    active: bool | None = None,
    display_name: str | None = None,
) -> UserView:
    name = _check_login(login, ctx)
    with ctx.db.write() as conn:
        require(conn, ctx, Permission.ADMINISTER)
        row = store.get(conn, name)
        if row is None:
            raise InvalidInput("user.not_found", login=name)
        changes: dict[str, object] = {}
        if roles is not None:
            changes["role"] = format_roles(parse_roles(roles))
        if active is not None:
            changes["active"] = active
        if display_name is not None:
            changes["display_name"] = display_name.strip()
        new_roles = parse_roles(str(changes.get("role", row.role)))
        still_admin = Role.ADMIN in new_roles and changes.get("active", row.active)
        if not still_admin and Role.ADMIN in parse_roles(row.role):
            admins = [
                r
                for r in store.all_users(conn)
                if r.active and Role.ADMIN in parse_roles(r.role) and r.login != name
            ]
            if not admins:
                raise InvalidInput("user.last_admin")
        if ctx.db.secured:
            server.call_user_function(
                conn,
                "SELECT workbench_user_set(:login, :roles, :active, :name)",
                {
                    "login": name,
                    "roles": changes.get("role"),
                    "active": changes.get("active"),
                    "name": changes.get("display_name"),
                },
            )
            return _view(store.get(conn, name))
        store.update(conn, name, **changes)
        audit.record(
            conn,
            actor=ctx.actor,
            action="user_change",
            before={"login": name, "roles": row.role, "active": bool(row.active)},
            after={"login": name, **{k: v for k, v in changes.items()}},
        )
        return _view(store.get(conn, name))


def change_password(ctx: ServiceContext, password: str, login: str | None = None) -> str:
    """Set a shared-mode password: one's own, or (administrators) another user's. Returns the
    login whose password changed."""
    if not ctx.db.secured:
        raise InvalidInput(_NO_PASSWORDS)
    name = _check_login(login, ctx) if login else ctx.actor
    check_password(password)
    with ctx.db.write() as conn:
        if name != ctx.actor:
            require(conn, ctx, Permission.ADMINISTER)
        verifier = server.scram_verifier(conn, name, password)
        server.call_user_function(
            conn,
            "SELECT workbench_user_passwd(:login, :verifier)",
            {"login": name, "verifier": verifier},
        )
    return name
