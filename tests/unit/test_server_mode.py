"""Shared office mode against a real PostgreSQL server: each attack of issue #13 as a test.

Every login here is a real server login with a SCRAM password, connecting over TCP; the server,
not the client, decides who acts, what each role may do, and what the audit trail says.
"""

from __future__ import annotations

import datetime as dt
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import URL, make_url

from workbench.domain.errors import InvalidInput, WorkbenchError
from workbench.domain.roles import PermissionDenied
from workbench.services import items as svc
from workbench.services.audit import item_history, verify_audit
from workbench.services.context import ServiceContext
from workbench.services.server import setup_server
from workbench.services.users import add_user, change_password, list_users, set_user
from workbench.store.database import Database, open_database
from workbench.store.errors import LoginFailed

pytestmark = pytest.mark.postgres
D = dt.date
PASSWORD = "Passw0rd-1"


@dataclass
class Office:
    """A secured database, its DBA URL and its administrator."""

    dba_url: str
    admin: str
    suffix: str

    def url(self, login: str, password: str | None = PASSWORD) -> str:
        base = make_url(self.dba_url)
        url = URL.create(
            base.drivername, login, password, base.host, base.port, base.database, base.query
        )
        return url.render_as_string(hide_password=False)

    def libpq(self, login: str, password: str = PASSWORD) -> str:
        """A plain libpq URL, for the raw SQL someone would type into psql."""
        url = make_url(self.url(login, password)).set(drivername="postgresql")
        return url.render_as_string(hide_password=False)

    def ctx(self, login: str, password: str = PASSWORD) -> ServiceContext:
        return ServiceContext(open_database(self.url(login, password)), fixed_today=D(2025, 6, 16))

    def login(self, base: str) -> str:
        return f"{base}_{self.suffix}"


@pytest.fixture
def office(pg_url: str) -> Iterator[Office]:
    suffix = uuid.uuid4().hex[:8]
    admin = f"boss_{suffix}"
    report = setup_server(pg_url, admin, "王主任", PASSWORD)
    assert report.changes and not report.logins_without_password
    yield Office(pg_url, admin, suffix)


def _people(office: Office) -> tuple[str, str, str]:
    admin = office.ctx(office.admin)
    counsel, clerk, reader = office.login("zhang"), office.login("li"), office.login("zhao")
    add_user(admin, counsel, "counsel", "张律师", PASSWORD)
    add_user(admin, clerk, "clerk", "李文员", PASSWORD)
    add_user(admin, reader, "reader", "赵查阅", PASSWORD)
    admin.db.close()
    return counsel, clerk, reader


def _raw(office: Office, login: str, statement: str) -> None:
    with psycopg.connect(office.libpq(login), autocommit=True) as conn:
        conn.execute(statement)


def test_setup_twice_changes_nothing_and_no_login_owns_anything(office: Office) -> None:
    again = setup_server(office.dba_url, office.admin)
    assert again.changes == [] and not again.adopted
    with psycopg.connect(office.libpq(office.admin)) as conn:
        owners = conn.execute(
            "SELECT DISTINCT pg_get_userbyid(c.relowner) FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' "
            "AND c.relkind IN ('r', 'S', 'v') AND NOT EXISTS (SELECT 1 FROM pg_depend d "
            "WHERE d.objid = c.oid AND d.deptype = 'e')"
        ).fetchall()
        functions = conn.execute(
            "SELECT DISTINCT pg_get_userbyid(p.proowner) FROM pg_proc p "
            "JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public' "
            "AND p.proname LIKE 'workbench%'"
        ).fetchall()
    assert owners == [("workbench_owner",)]
    assert functions == [("workbench_owner",)]


def test_the_actor_is_the_server_login_whatever_the_client_claims(office: Office) -> None:
    counsel, clerk, _ = _people(office)
    ctx = office.ctx(clerk)
    ctx.actor = office.admin  # a client that lies about who it is
    reg = svc.register(ctx, svc.NewItem("normative", "管理办法", D(2025, 6, 2))).reg_no
    events = item_history(ctx, reg)
    assert [e.action for e in events] == ["register"] and events[0].actor == clerk
    raw = item_history(ctx, reg, raw=True)  # the server's row event is there, under the same tx
    assert {e.action for e in raw} == {"register", "row:items:insert"}
    assert {e.actor for e in raw} == {clerk} and len({e.tx for e in raw}) == 1
    ctx.db.close()
    other = ServiceContext(open_database(office.url(counsel)), actor="someone")
    assert other.actor == counsel
    other.db.close()


@pytest.mark.parametrize(
    "statement",
    [
        "ALTER TABLE items DISABLE TRIGGER ALL",
        "ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only",
        "DROP TABLE opinions",
        "TRUNCATE audit_events",
        "TRUNCATE items CASCADE",
        "DELETE FROM audit_events",
        "UPDATE audit_events SET actor = 'x'",
        "INSERT INTO audit_events (at, actor, action, reg_no, before, after, prev_hash, hash) "
        "VALUES (now(), 'x', 'y', '', '', '', 'a', 'b')",
        "UPDATE workbench_audit_head SET last_hash = 'x'",
        "SELECT workbench_append_event('row:items:update', NULL, '', '', '')",
        "SELECT workbench_user_add('evil', NULL, 'admin', '')",
        "INSERT INTO users (login, role, active, created_at) VALUES ('evil', 'admin', true, now())",
        "UPDATE users SET role = 'admin'",
        "INSERT INTO settings (key, value) VALUES ('filing_authority', '\"x\"')",
        "DELETE FROM items",
        "SET ROLE workbench_owner",
        "CREATE TABLE evil (x int)",
    ],
)
def test_raw_sql_that_no_login_may_run(office: Office, statement: str) -> None:
    counsel, clerk, _ = _people(office)
    for login in (clerk, counsel):
        with pytest.raises(psycopg.Error) as caught:
            _raw(office, login, statement)
        assert caught.value.sqlstate in ("42501", "42P01"), caught.value


def test_role_rules_hold_against_raw_sql_and_permitted_edits_are_audited(office: Office) -> None:
    counsel, clerk, reader = _people(office)
    ctx = office.ctx(clerk)
    reg = svc.register(ctx, svc.NewItem("service_contract", "服务协议", D(2025, 6, 2))).reg_no
    svc.start_review(ctx, reg)
    for statement in (
        f"UPDATE items SET status = 'opinion_issued' WHERE reg_no = '{reg}'",
        f"UPDATE items SET conclusion = 'approve' WHERE reg_no = '{reg}'",
        "INSERT INTO opinions (item_id, revision, counsel, issued_on, conclusion, created_at, "
        "created_by) SELECT id, 1, 'x', current_date, 'approve', now(), 'x' FROM items",
    ):
        with pytest.raises(psycopg.Error) as caught:
            _raw(office, clerk, statement)
        assert caught.value.sqlstate == "42501"
    with pytest.raises(psycopg.Error):
        _raw(office, reader, f"UPDATE items SET notes = 'x' WHERE reg_no = '{reg}'")
    _raw(office, clerk, f"UPDATE items SET notes = '李文员直接改的' WHERE reg_no = '{reg}'")
    raw_edit = [e for e in item_history(ctx, reg) if e.after.get("notes") == "李文员直接改的"]
    assert len(raw_edit) == 1 and raw_edit[0].actor == clerk
    assert raw_edit[0].action == "row:items:update"
    # through the application: the refusal is one sentence, and nothing changed
    with pytest.raises(PermissionDenied):
        svc.issue_opinion(ctx, reg, svc.OpinionInput("approve", "同意"))
    lawyer = office.ctx(counsel)
    svc.issue_opinion(lawyer, reg, svc.OpinionInput("approve", "同意"))
    with lawyer.db.read() as conn:
        issued_by = conn.execute(text("SELECT created_by FROM opinions")).scalar()
    assert issued_by == counsel
    assert verify_audit(lawyer).ok
    ctx.db.close()
    lawyer.db.close()


def test_a_deactivated_login_cannot_connect_and_its_sessions_end(office: Office) -> None:
    counsel, _, _ = _people(office)
    open_session = psycopg.connect(office.libpq(counsel), autocommit=True)
    admin = office.ctx(office.admin)
    set_user(admin, counsel, active=False)
    with pytest.raises(LoginFailed) as caught:
        open_database(office.url(counsel))
    assert caught.value.reason == "inactive"
    with pytest.raises(psycopg.OperationalError):
        open_session.execute("SELECT 1")
    open_session.close()
    set_user(admin, counsel, active=True)
    open_database(office.url(counsel)).close()
    admin.db.close()


def test_missing_and_wrong_passwords_are_refused_with_a_sentence(
    office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", "/nonexistent/pgpass")
    with pytest.raises(LoginFailed) as missing:
        open_database(office.url(office.admin, None))
    assert missing.value.reason == "no_password" and missing.value.code == "login.no_password"
    with pytest.raises(LoginFailed) as wrong:
        open_database(office.url(office.admin, "wrong-pass-1"))
    assert wrong.value.reason == "bad_password"
    with pytest.raises(LoginFailed):
        open_database(office.url(f"nobody_{office.suffix}"))


def test_passwords_follow_the_policy_and_each_changes_their_own(office: Office) -> None:
    counsel, clerk, _ = _people(office)
    lawyer = office.ctx(counsel)
    with pytest.raises(InvalidInput):
        change_password(lawyer, "short1")
    with pytest.raises(InvalidInput):
        change_password(lawyer, "onlyletters")
    change_password(lawyer, "NewPass-22")
    with pytest.raises(PermissionDenied):
        change_password(lawyer, "Another-33", clerk)
    lawyer.db.close()
    open_database(office.url(counsel, "NewPass-22")).close()
    admin = office.ctx(office.admin)
    change_password(admin, "Reset-4444", counsel)  # an administrator resets another's
    admin.db.close()
    open_database(office.url(counsel, "Reset-4444")).close()


def test_only_administrators_manage_users(office: Office) -> None:
    counsel, _, _ = _people(office)
    lawyer = office.ctx(counsel)
    with pytest.raises(PermissionDenied):
        add_user(lawyer, office.login("x"), "admin", password=PASSWORD)
    with pytest.raises(psycopg.Error):
        _raw(office, counsel, f"SELECT workbench_user_set('{counsel}', 'admin', true, NULL)")
    logins = {u.login for u in list_users(lawyer)}
    assert office.login("x") not in logins and counsel in logins
    lawyer.db.close()


def test_concurrent_writers_from_several_logins_keep_one_chain(office: Office) -> None:
    counsel, clerk, _ = _people(office)
    admin = office.ctx(office.admin)
    set_user(admin, counsel, roles="counsel,clerk")
    admin.db.close()
    errors: list[BaseException] = []

    def work(login: str) -> None:
        try:
            ctx = office.ctx(login)
            for n in range(8):
                reg = svc.register(
                    ctx, svc.NewItem("other_contract", f"{login} {n}", D(2025, 6, 2))
                )
                svc.update_details(ctx, reg.reg_no, reg.version, notes=f"第{n}次")
            ctx.db.close()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(who,)) for who in (counsel, clerk, counsel)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    ctx = office.ctx(clerk)
    report = verify_audit(ctx)
    assert report.ok, report
    with ctx.db.read() as conn:
        actors = {r[0] for r in conn.execute(text("SELECT DISTINCT actor FROM audit_events"))}
    assert {counsel, clerk} <= actors
    ctx.db.close()


def test_the_server_chain_is_checked_and_tampering_is_found(office: Office) -> None:
    _, clerk, _ = _people(office)
    ctx = office.ctx(clerk)
    svc.register(ctx, svc.NewItem("normative", "办法", D(2025, 6, 2)))
    assert verify_audit(ctx).ok
    # only a superuser can get past the triggers; audit verify still finds what they did
    with psycopg.connect(
        make_url(office.dba_url).set(drivername="postgresql").render_as_string(hide_password=False),
        autocommit=True,
    ) as dba:
        dba.execute("ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only")
        dba.execute(
            "UPDATE audit_events SET actor = 'someone' WHERE id = (SELECT max(id) FROM "
            "audit_events)"
        )
        dba.execute("ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only")
    report = verify_audit(ctx)
    assert not report.ok and report.first_bad_id is not None
    ctx.db.close()


def _legacy_database(pg_url: str, suffix: str) -> tuple[str, str]:
    """A database as the previous version made it: one shared account owns the tables and the
    client names the actor."""
    shared = f"wbshared_{suffix}"
    base = make_url(pg_url)
    with psycopg.connect(
        base.set(drivername="postgresql").render_as_string(hide_password=False), autocommit=True
    ) as dba:
        dba.execute(f"CREATE ROLE {shared} LOGIN PASSWORD '{PASSWORD}'")
        dba.execute(f"GRANT CREATE ON SCHEMA public TO {shared}")
        dba.execute(f'GRANT CREATE ON DATABASE "{base.database}" TO {shared}')
    url = base.set(username=shared, password=PASSWORD).render_as_string(hide_password=False)
    db: Database = open_database(url)
    first = ServiceContext(db, actor=f"zhao_{suffix}", fixed_today=D(2025, 6, 16))
    add_user(first, f"qian_{suffix}", "counsel", "钱律师")
    other = ServiceContext(db, actor=f"qian_{suffix}", fixed_today=D(2025, 6, 16))
    reg = svc.register(other, svc.NewItem("normative", "旧办法", D(2025, 6, 2))).reg_no
    svc.start_review(other, reg)
    svc.issue_opinion(other, reg, svc.OpinionInput("approve", "同意", issued_on=D(2025, 6, 10)))
    assert verify_audit(first).ok
    db.close()
    return reg, url


def test_a_database_of_the_previous_version_is_adopted(pg_url: str) -> None:
    suffix = uuid.uuid4().hex[:8]
    reg, _ = _legacy_database(pg_url, suffix)
    report = setup_server(pg_url, f"zhao_{suffix}", None, PASSWORD)
    assert report.adopted
    assert report.logins_without_password == [f"qian_{suffix}"]
    office = Office(pg_url, f"zhao_{suffix}", suffix)
    admin = office.ctx(office.admin)
    before = verify_audit(admin)
    assert before.ok and before.events >= 5
    change_password(admin, PASSWORD, f"qian_{suffix}")
    admin.db.close()
    lawyer = office.ctx(f"qian_{suffix}")
    from workbench.services.queries import show_item

    view = show_item(lawyer, reg)
    assert view.status.value == "opinion_issued" and view.opinion_on == D(2025, 6, 10)
    svc.update_details(lawyer, reg, view.version, notes="接管后第一次修改")
    after = verify_audit(lawyer)
    assert after.ok and after.events > before.events
    lawyer.db.close()
    assert setup_server(pg_url, f"zhao_{suffix}").changes == []


def test_connections_honour_sslmode(office: Office) -> None:
    url = office.url(office.admin) + "?sslmode=require"
    try:
        open_database(url).close()  # a server with TLS: the connection is encrypted
    except WorkbenchError as exc:
        assert "sslmode" in str(exc)


def test_setup_refuses_a_login_that_is_not_a_superuser(office: Office) -> None:
    with pytest.raises(InvalidInput):
        setup_server(office.url(office.admin), office.admin)
