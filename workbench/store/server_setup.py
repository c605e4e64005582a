"""``workbench server setup``: secure a shared PostgreSQL database, run by the DBA.

One transaction, idempotent. It creates the owner and group roles, moves every object of an
older (unsecured) database to the owner, applies the schema migrations as the owner, installs
the server's audit and guard triggers and the user-management functions, sets the privileges,
turns each user of the database into a login of their own and makes the first administrator's
login. Running it again changes nothing (the report then lists nothing).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, text

from workbench.domain.roles import Role, format_roles, parse_roles
from workbench.store import server_sql as sql
from workbench.store.server import (
    SetupRefused,
    SetupReport,
    check_login_name,
    describe_changes,
    scram_verifier,
    snapshot,
)

_LOCK = 20231117


def _exec(conn: Connection, statement: str, **params: object) -> None:
    conn.execute(text(statement), params)


def _role_exists(conn: Connection, name: str) -> bool:
    return conn.execute(text("SELECT to_regrole(:n) IS NOT NULL"), {"n": name}).scalar() is True


def _is_member(conn: Connection, member: str, group: str, *, admin: bool = False) -> bool:
    row = conn.execute(
        text(
            "SELECT m.admin_option FROM pg_auth_members m "
            "WHERE m.member = to_regrole(:m) AND m.roleid = to_regrole(:g)"
        ),
        {"m": member, "g": group},
    ).first()
    return row is not None and (not admin or bool(row.admin_option))


def _ddl(conn: Connection, body: str) -> None:
    """Run SQL text as it is (no parameters: ``%`` and ``:`` in function bodies stay)."""
    raw: Any = conn.connection.dbapi_connection
    with raw.cursor() as cur:
        cur.execute(body)


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _roles(conn: Connection) -> None:
    for role in (sql.OWNER, *sql.GROUPS):
        if not _role_exists(conn, role):
            _exec(conn, f"CREATE ROLE {role} NOLOGIN")
    row = conn.execute(
        text("SELECT rolcanlogin, rolcreaterole FROM pg_roles WHERE rolname = :n"),
        {"n": sql.OWNER},
    ).one()
    if row.rolcanlogin or not row.rolcreaterole:
        _exec(conn, f"ALTER ROLE {sql.OWNER} NOLOGIN CREATEROLE")
    if not _is_member(conn, sql.OWNER, "pg_signal_backend"):
        # ends the sessions of a login the administrator deactivates
        _exec(conn, f"GRANT pg_signal_backend TO {sql.OWNER}")
    for group in sql.WRITERS:
        if not _is_member(conn, group, sql.READER):
            _exec(conn, f"GRANT {sql.READER} TO {group}")
    for group in sql.GROUPS:
        # PostgreSQL 16 and later: a CREATEROLE role grants only what it administers
        if not _is_member(conn, sql.OWNER, group, admin=True):
            _exec(conn, f"GRANT {group} TO {sql.OWNER} WITH ADMIN OPTION")


def _database_and_schema(conn: Connection) -> None:
    database = _q(str(conn.execute(text("SELECT current_database()")).scalar()))
    _exec(conn, f"REVOKE ALL ON DATABASE {database} FROM PUBLIC")
    _exec(conn, f"GRANT CONNECT, TEMPORARY ON DATABASE {database} TO {sql.READER}")
    _exec(conn, f"GRANT CONNECT, CREATE, TEMPORARY ON DATABASE {database} TO {sql.OWNER}")
    _exec(conn, "REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    _exec(conn, f"GRANT USAGE ON SCHEMA public TO {sql.READER}")
    _exec(conn, f"GRANT USAGE, CREATE ON SCHEMA public TO {sql.OWNER}")
    available = conn.execute(
        text("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'")
    ).first()
    if available is not None:
        _exec(conn, "CREATE EXTENSION IF NOT EXISTS pg_trgm")


def _adopt(conn: Connection) -> bool:
    """Give the owner role every table, sequence, view and function of ours; True when an
    older database (owned by a login) was adopted."""
    adopted = False
    rows = conn.execute(
        text(
            "SELECT c.relname, c.relkind FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S') "
            "AND pg_get_userbyid(c.relowner) <> :owner "
            "AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'e')"
            # a sequence owned by a column follows its table
            " AND NOT (c.relkind = 'S' AND EXISTS (SELECT 1 FROM pg_depend d "
            "WHERE d.objid = c.oid AND d.deptype IN ('a', 'i')))"
        ),
        {"owner": sql.OWNER},
    ).all()
    for r in rows:
        kind = {"v": "VIEW", "m": "MATERIALIZED VIEW", "S": "SEQUENCE"}.get(r.relkind, "TABLE")
        _exec(conn, f"ALTER {kind} public.{_q(r.relname)} OWNER TO {sql.OWNER}")
        adopted = adopted or r.relname == "items"
    functions = conn.execute(
        text(
            "SELECT p.oid::regprocedure::text AS sig FROM pg_proc p "
            "JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public' "
            "AND pg_get_userbyid(p.proowner) <> :owner "
            "AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')"
        ),
        {"owner": sql.OWNER},
    ).all()
    for f in functions:
        _exec(conn, f"ALTER FUNCTION {f.sig} OWNER TO {sql.OWNER}")
    return adopted


def _migrate_as_owner(conn: Connection) -> None:
    from alembic import command

    from workbench.store.schema_version import alembic_config

    _exec(conn, f"SET LOCAL ROLE {sql.OWNER}")
    command.upgrade(alembic_config(conn), "head")


def _server_objects(conn: Connection) -> None:
    """Functions, the chain head and the triggers, owned by the owner role."""
    tz = conn.execute(text("SELECT reset_val FROM pg_settings WHERE name = 'TimeZone'")).scalar()
    zone = str(tz or "UTC").replace("'", "")
    _ddl(conn, sql.HEAD_TABLE)
    last = conn.execute(text("SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1")).scalar()
    _exec(
        conn,
        # after a restore by the DBA the chain ends elsewhere: the head follows the last event
        "INSERT INTO workbench_audit_head (id, last_hash) VALUES (1, :h) "
        "ON CONFLICT (id) DO UPDATE SET last_hash = EXCLUDED.last_hash "
        "WHERE workbench_audit_head.last_hash <> EXCLUDED.last_hash",
        h=last or "0" * 64,
    )
    _ddl(conn, sql.APPEND_EVENT.replace("{tz}", f"'{zone}'"))
    for body in (sql.ANNOTATE, sql.AUDIT_ROW, sql.ITEMS_GUARD, sql.SETTINGS_GUARD, sql.STAMP_ACTOR):
        _ddl(conn, body)
    _ddl(conn, sql.USER_FUNCTIONS)
    for name, table, timing, function in sql.TRIGGERS:
        _ddl(
            conn,
            f"CREATE OR REPLACE TRIGGER {name} {timing} ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION {function}()",
        )


def _privileges(conn: Connection) -> None:
    everyone = ", ".join(("PUBLIC", *sql.GROUPS))
    _exec(conn, f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {everyone}")
    _exec(conn, f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {everyone}")
    _exec(conn, f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {sql.READER}")
    _exec(conn, f"REVOKE SELECT ON workbench_audit_head FROM {sql.READER}")
    writers = ", ".join(sql.WRITERS)
    _exec(conn, f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {writers}")
    for table, privileges, groups in sql.TABLE_GRANTS:
        if conn.execute(text("SELECT to_regclass(:t)"), {"t": table}).scalar() is None:
            continue
        _exec(conn, f"GRANT {privileges} ON {table} TO {', '.join(groups)}")
    for signature in sql.ALL_FUNCTIONS:
        _exec(conn, f"REVOKE ALL ON FUNCTION {signature} FROM {everyone}")
    for signature, groups in sql.FUNCTION_GRANTS:
        _exec(conn, f"GRANT EXECUTE ON FUNCTION {signature} TO {', '.join(groups)}")
    if conn.execute(text("SELECT to_regclass('drafts')")).scalar() is not None:
        # a draft is its writer's own: nobody else reads or changes it
        _exec(conn, "ALTER TABLE drafts ENABLE ROW LEVEL SECURITY")
        _exec(conn, "DROP POLICY IF EXISTS workbench_own_drafts ON drafts")
        _exec(
            conn,
            "CREATE POLICY workbench_own_drafts ON drafts "
            "USING (login = session_user) WITH CHECK (login = session_user)",
        )


def _logins(
    conn: Connection, admin: str, admin_name: str | None, password: str | None
) -> list[str]:
    """Every user of the database gets a login of their own; returns those without a password."""
    without_password: list[str] = []
    users = conn.execute(text("SELECT login, role, active, display_name FROM users")).all()
    known = {u.login for u in users}
    for u in users:
        if _role_exists(conn, u.login):
            continue
        try:
            check_login_name(u.login)
        except Exception:
            raise SetupRefused("server.user_login_unusable", login=u.login) from None
        _exec(conn, f"SET LOCAL ROLE {sql.OWNER}")
        _exec(conn, f"CREATE ROLE {_q(u.login)} {'LOGIN' if u.active else 'NOLOGIN'}")
        _exec(conn, "RESET ROLE")
        if u.login != admin or password is None:
            without_password.append(u.login)
    for u in users:
        _exec(conn, "SELECT workbench_grant_roles(:l, :r)", l=u.login, r=u.role)
    if admin in known:
        row = next(u for u in users if u.login == admin)
        roles = parse_roles(row.role) | {Role.ADMIN}
        _exec(
            conn,
            "SELECT workbench_user_set(:l, :r, true, :n)",
            l=admin,
            r=format_roles(roles),
            n=admin_name,
        )
    elif _role_exists(conn, admin):
        # the DBA names an existing login (e.g. one made for Kerberos, or the same person in
        # another office database of this cluster): it becomes this database's administrator
        superuser = conn.execute(
            text("SELECT rolsuper FROM pg_roles WHERE rolname = :n"), {"n": admin}
        ).scalar()
        if superuser:
            raise SetupRefused("server.admin_is_superuser", login=admin)
        _exec(
            conn,
            "INSERT INTO users (login, display_name, role, active, created_at) "
            "VALUES (:l, :n, :r, true, localtimestamp)",
            l=admin,
            n=admin_name or "",
            r=Role.ADMIN.value,
        )
        _exec(conn, "SELECT workbench_grant_roles(:l, :r)", l=admin, r=Role.ADMIN.value)
    else:
        _exec(conn, f"SET LOCAL ROLE {sql.OWNER}")
        _exec(
            conn,
            "SELECT workbench_user_add(:l, NULL, :r, :n)",
            l=admin,
            r=Role.ADMIN.value,
            n=admin_name or "",
        )
        _exec(conn, "RESET ROLE")
        if password is None:
            without_password.append(admin)
    if password is not None:
        verifier = scram_verifier(conn, admin, password)
        _exec(conn, "SELECT workbench_user_passwd(:l, :v)", l=admin, v=verifier)
    return without_password


def setup_database(
    conn: Connection, admin: str, admin_name: str | None, password: str | None
) -> SetupReport:
    """Secure the database ``conn`` is connected to. ``conn`` is the DBA's, in a transaction."""
    admin = check_login_name(admin)
    superuser = conn.execute(
        text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
    ).scalar()
    if not superuser:
        raise SetupRefused("server.needs_superuser")
    _exec(conn, "SELECT pg_advisory_xact_lock(:k)", k=_LOCK)
    before = snapshot(conn)
    report = SetupReport()
    _roles(conn)
    _database_and_schema(conn)
    report.adopted = _adopt(conn)
    _migrate_as_owner(conn)
    _server_objects(conn)
    _exec(conn, "RESET ROLE")
    _privileges(conn)
    report.logins_without_password = _logins(conn, admin, admin_name, password)
    report.changes = describe_changes(before, snapshot(conn))
    return report
