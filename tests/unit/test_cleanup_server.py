"""A cleanup campaign on a secured shared server: a counsel runs it with their own login, the
server records who decided, only counsel may decide, and the audit chain stays whole."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import psycopg
import pytest

from tests.unit.test_cleanup import documents, whole_campaign
from tests.unit.test_server_mode import PASSWORD, Office, _people
from workbench.domain.roles import PermissionDenied
from workbench.services import cleanup as cl
from workbench.services.audit import verify_audit
from workbench.services.server import setup_server
from workbench.store.schema import audit_events

pytestmark = pytest.mark.postgres
D = dt.date


@pytest.fixture
def office(pg_url: str) -> Office:
    """A secured database with its first administrator (as in test_server_mode)."""
    suffix = uuid.uuid4().hex[:8]
    setup_server(pg_url, f"boss_{suffix}", "王主任", PASSWORD)
    return Office(pg_url, f"boss_{suffix}", suffix)


def test_a_whole_campaign_with_a_counsel_login(office: Office, tmp_path: Path) -> None:
    counsel, _, _ = _people(office)
    ctx = office.ctx(counsel)
    try:
        whole_campaign(ctx, tmp_path)
        with ctx.db.read() as conn:
            actors = {
                row.actor
                for row in conn.execute(
                    audit_events.select().where(audit_events.c.action.like("cleanup%"))
                )
            }
        assert actors == {counsel}
        assert verify_audit(ctx).ok
    finally:
        ctx.db.close()


def test_only_counsel_decide_even_in_raw_sql(office: Office, tmp_path: Path) -> None:
    counsel, clerk, reader = _people(office)
    by_counsel = office.ctx(counsel)
    by_clerk = office.ctx(clerk)
    by_reader = office.ctx(reader)
    try:
        regs = documents(by_counsel, tmp_path)
        view = cl.start_campaign(by_clerk, "2025年清理", D(2025, 1, 1))  # a clerk may start one
        with pytest.raises(PermissionDenied):
            cl.set_result(by_clerk, view.id, regs["keep"], "keep")
        with pytest.raises(PermissionDenied):
            cl.start_campaign(by_reader, "再清理", D(2025, 1, 1))
        # the clerk's own login cannot write a decision past the application either
        with (
            psycopg.connect(office.libpq(clerk), autocommit=True) as conn,
            pytest.raises(psycopg.errors.InsufficientPrivilege),
        ):
            conn.execute("UPDATE cleanup_entries SET result = 'repeal'")
        assert cl.campaign(by_counsel, view.id).decided == 0
        entry = cl.set_result(by_counsel, view.id, regs["repeal"], "repeal", reason="已过时")
        assert entry.result is not None
        assert verify_audit(by_counsel).ok
    finally:
        for ctx in (by_counsel, by_clerk, by_reader):
            ctx.db.close()
