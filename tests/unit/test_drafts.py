"""Drafts (issue #14): what a person typed and has not issued or saved yet is kept in the
database per item and per login, without an audit event and without a new item version."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import inspect

from tests.migrations import migrate_to
from workbench.domain.errors import InvalidInput, NotFound
from workbench.domain.roles import PermissionDenied
from workbench.services import items as item_service
from workbench.services import queries
from workbench.services.audit import verify_audit
from workbench.services.context import ServiceContext
from workbench.services.drafts import (
    MAX_PAYLOAD,
    DraftPart,
    discard_draft,
    list_drafts,
    load_draft,
    save_draft,
)
from workbench.services.users import add_user
from workbench.store.database import open_database
from workbench.store.schema import drafts

D = dt.date


def _register(ctx: ServiceContext, title: str = "辽宁省科技计划项目管理办法") -> str:
    new = item_service.NewItem("normative", title, D(2025, 6, 2))
    return item_service.register(ctx, new).reg_no


def test_migration_0005_goes_down_and_up_again(ctx: ServiceContext, db_path: Path) -> None:
    """0005 down drops only the drafts (the items stay); up again brings an empty, usable
    table whose rows go with their item."""
    reg_no = _register(ctx)
    item_id = queries.show_item(ctx, reg_no).id
    with ctx.db.write() as conn:
        conn.execute(
            drafts.insert().values(
                item_id=item_id,
                login="a",
                part="opinion",
                payload="{}",
                updated_at=dt.datetime(2025, 6, 16, 9, 30),
            )
        )
    db = open_database(str(db_path))
    try:
        migrate_to(db, "0004")
        with db.engine.connect() as conn:
            assert not inspect(conn).has_table("drafts")
            assert conn.exec_driver_sql("SELECT count(*) FROM items").scalar() == 1
        migrate_to(db, "head")
        with db.engine.connect() as conn:
            assert inspect(conn).has_table("drafts")
            assert conn.exec_driver_sql("SELECT count(*) FROM drafts").scalar() == 0
        with db.write() as conn:
            conn.execute(
                drafts.insert().values(
                    item_id=item_id,
                    login="a",
                    part="details",
                    payload="{}",
                    updated_at=dt.datetime(2025, 6, 16, 9, 31),
                )
            )
            conn.exec_driver_sql("DELETE FROM items")
            assert conn.exec_driver_sql("SELECT count(*) FROM drafts").scalar() == 0
    finally:
        db.close()


# --- the service ------------------------------------------------------------------------------

OPINION = {
    "conclusion": "approve_with_changes",
    "text": "第五条应删除。",
    "basis": "",
    "defects": [],
}


def _audit_count(ctx: ServiceContext) -> int:
    with ctx.db.read() as conn:
        return int(conn.exec_driver_sql("SELECT count(*) FROM audit_events").scalar() or 0)


def test_a_draft_is_kept_per_item_login_and_part(ctx: ServiceContext) -> None:
    reg_no = _register(ctx)
    other = _register(ctx, "合作协议")
    kept = save_draft(ctx, reg_no, "opinion", OPINION)
    assert kept.updated_at.date() == dt.date.today()
    loaded = load_draft(ctx, reg_no, DraftPart.OPINION)
    assert loaded is not None and loaded.payload == OPINION
    assert loaded.updated_at == kept.updated_at and loaded.reg_no == reg_no
    assert load_draft(ctx, reg_no, "details") is None
    assert load_draft(ctx, other, "opinion") is None
    someone_else = ServiceContext(ctx.db, actor="李华", fixed_today=ctx.fixed_today)
    assert load_draft(someone_else, reg_no, "opinion") is None
    # a second save replaces the first
    save_draft(ctx, reg_no, "opinion", {**OPINION, "text": "第五条、第九条应删除。"})
    again = load_draft(ctx, reg_no, "opinion")
    assert again is not None and again.payload["text"] == "第五条、第九条应删除。"
    assert [(r.reg_no, r.part) for r in list_drafts(ctx)] == [(reg_no, DraftPart.OPINION)]
    assert discard_draft(ctx, reg_no, "opinion") is True
    assert discard_draft(ctx, reg_no, "opinion") is False
    assert load_draft(ctx, reg_no, "opinion") is None and list_drafts(ctx) == ()


def test_drafts_are_neither_audited_nor_a_new_version(ctx: ServiceContext) -> None:
    reg_no = _register(ctx)
    version, events = queries.show_item(ctx, reg_no).version, _audit_count(ctx)
    save_draft(ctx, reg_no, "details", {"title": "新标题"})
    save_draft(ctx, reg_no, "opinion", OPINION)
    discard_draft(ctx, reg_no, "details")
    assert queries.show_item(ctx, reg_no).version == version
    assert queries.show_item(ctx, reg_no).title == "辽宁省科技计划项目管理办法"
    assert _audit_count(ctx) == events
    assert verify_audit(ctx).ok


def test_only_those_who_may_do_the_work_keep_its_drafts(ctx: ServiceContext) -> None:
    reg_no = _register(ctx)  # "tester" is the first user: administrator and counsel
    add_user(ctx, "clerk1", "clerk")
    clerk = ServiceContext(ctx.db, actor="clerk1", fixed_today=ctx.fixed_today)
    reader = ServiceContext(ctx.db, actor="visitor", fixed_today=ctx.fixed_today)
    save_draft(clerk, reg_no, "details", {"notes": "待补充"})
    with pytest.raises(PermissionDenied):
        save_draft(clerk, reg_no, "opinion", OPINION)
    for part in DraftPart:
        with pytest.raises(PermissionDenied):
            save_draft(reader, reg_no, part, {"text": "x"})
    assert list_drafts(reader) == ()


def test_bad_drafts_are_refused(ctx: ServiceContext) -> None:
    reg_no = _register(ctx)
    with pytest.raises(InvalidInput):
        save_draft(ctx, reg_no, "letter", {})
    with pytest.raises(InvalidInput):
        save_draft(ctx, reg_no, "opinion", {"when": dt.date(2025, 1, 1)})
    with pytest.raises(InvalidInput):
        save_draft(ctx, reg_no, "opinion", {"text": "长" * (MAX_PAYLOAD + 1)})
    with pytest.raises(NotFound):
        save_draft(ctx, "审1999-001", "opinion", OPINION)
    assert list_drafts(ctx) == ()


def test_issuing_the_opinion_discards_the_issuer_s_opinion_draft(ctx: ServiceContext) -> None:
    reg_no = _register(ctx)
    add_user(ctx, "counsel2", "counsel")
    colleague = ServiceContext(ctx.db, actor="counsel2", fixed_today=ctx.fixed_today)
    item_service.start_review(ctx, reg_no)
    save_draft(ctx, reg_no, "opinion", OPINION)
    save_draft(ctx, reg_no, "details", {"notes": "x"})
    save_draft(colleague, reg_no, "opinion", {**OPINION, "text": "同事的草稿"})
    view = item_service.issue_opinion(
        ctx, reg_no, item_service.OpinionInput("approve", "同意", counsel="王律师")
    )
    assert load_draft(ctx, reg_no, "opinion") is None
    assert load_draft(ctx, reg_no, "details") is not None
    assert load_draft(colleague, reg_no, "opinion") is not None
    # who issued it, beside the counsel assigned
    assert view.opinions[-1].counsel == "王律师" and view.opinions[-1].issued_by == "tester"
    assert view.to_json_full()["opinions"][-1]["issued_by"] == "tester"


def test_a_draft_goes_with_its_item(ctx: ServiceContext) -> None:
    reg_no = _register(ctx)
    save_draft(ctx, reg_no, "opinion", OPINION)
    with ctx.db.write() as conn:
        conn.exec_driver_sql("DELETE FROM items")
    assert list_drafts(ctx) == ()


@pytest.mark.postgres
def test_drafts_on_postgres(pg_url: str) -> None:
    db = open_database(pg_url)
    try:
        ctx = ServiceContext(db, actor="counsel1", fixed_today=D(2025, 6, 16))
        reg_no = _register(ctx)
        item_service.start_review(ctx, reg_no)
        version, events = queries.show_item(ctx, reg_no).version, _audit_count(ctx)
        save_draft(ctx, reg_no, "opinion", OPINION)
        save_draft(ctx, reg_no, "opinion", {**OPINION, "text": "第二稿"})
        save_draft(ctx, reg_no, "details", {"notes": "备注草稿"})
        loaded = load_draft(ctx, reg_no, "opinion")
        assert loaded is not None and loaded.payload["text"] == "第二稿"
        assert {r.part for r in list_drafts(ctx)} == {DraftPart.OPINION, DraftPart.DETAILS}
        assert queries.show_item(ctx, reg_no).version == version
        assert _audit_count(ctx) == events
        reader = ServiceContext(db, actor="visitor", fixed_today=D(2025, 6, 16))
        with pytest.raises(PermissionDenied):
            save_draft(reader, reg_no, "opinion", OPINION)
        item_service.issue_opinion(ctx, reg_no, item_service.OpinionInput("approve", "同意"))
        assert load_draft(ctx, reg_no, "opinion") is None
        assert discard_draft(ctx, reg_no, "details") is True
        assert list_drafts(ctx) == ()
    finally:
        db.close()
