"""The item lifecycle through the services: transitions, audit events, refusals."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from sqlalchemy import func, select, text

from tests.refusals import code_is
from workbench.domain.errors import Conflict, InvalidInput, NotFound, TransitionRefused
from workbench.domain.kinds import Kind
from workbench.domain.statuses import Status, allowed_next, check_transition
from workbench.services import items as svc
from workbench.services.audit import item_history, verify_audit
from workbench.services.context import ServiceContext
from workbench.services.queries import ListRequest, list_items, show_item
from workbench.store.schema import audit_events

D = dt.date

ALLOWED = {
    ("registered", "in_review"),
    ("registered", "withdrawn"),
    ("in_review", "returned"),
    ("in_review", "opinion_issued"),
    ("in_review", "withdrawn"),
    ("returned", "in_review"),
    ("returned", "withdrawn"),
    ("opinion_issued", "published"),
    ("published", "filed"),
    ("published", "repealed"),
    ("published", "expired"),
    ("filed", "repealed"),
    ("filed", "expired"),
}


@pytest.mark.parametrize(("current", "target"), list(itertools.product(Status, Status)))
def test_transition_table_for_normative(current: Status, target: Status) -> None:
    if (current.value, target.value) in ALLOWED:
        check_transition(Kind.NORMATIVE, current, target)
    else:
        with pytest.raises(TransitionRefused) as err:
            check_transition(Kind.NORMATIVE, current, target)
        message = str(err.value)
        assert current.value in message and target.value in message


def test_contracts_are_never_published() -> None:
    assert Status.PUBLISHED not in allowed_next(Kind.SERVICE_CONTRACT, Status.OPINION_ISSUED)
    assert allowed_next(Kind.SERVICE_CONTRACT, Status.OPINION_ISSUED) == frozenset()


def audit_count(ctx: ServiceContext) -> int:
    with ctx.db.read() as conn:
        return int(conn.execute(select(func.count()).select_from(audit_events)).scalar() or 0)


def register(ctx: ServiceContext, kind: str = "normative", **kw: object) -> str:
    values: dict[str, object] = {
        "kind": kind,
        "title": "辽宁省科技计划项目管理办法",
        "received_on": D(2025, 3, 3),
        "unit": "基础研究处",
    }
    values.update(kw)
    return svc.register(ctx, svc.NewItem(**values)).reg_no  # type: ignore[arg-type]


def test_whole_normative_lifecycle_writes_one_event_per_change(ctx: ServiceContext) -> None:
    reg = register(ctx)
    assert reg == "审2025-001"
    view = show_item(ctx, reg)
    assert view.status is Status.REGISTERED and view.review_due_on == D(2025, 3, 24)
    svc.assign(ctx, reg, "张明")
    svc.start_review(ctx, reg)
    svc.return_for_materials(ctx, reg, "缺少起草说明", D(2025, 3, 5))
    assert show_item(ctx, reg).paused_remaining == 13
    svc.resubmit(ctx, reg, D(2025, 3, 10))
    assert show_item(ctx, reg).review_due_on == D(2025, 3, 27)
    svc.issue_opinion(
        ctx,
        reg,
        svc.OpinionInput(
            "approve_with_changes",
            "删除第十二条罚款规定",
            defects=("content",),
            issued_on=D(2025, 3, 20),
        ),
    )
    svc.publish(ctx, reg, D(2025, 4, 1), "辽科发[2025]3号")
    view = show_item(ctx, reg)
    assert view.doc_no == "辽科发[2025]3号"
    assert view.filing_due_on == D(2025, 4, 16)
    assert view.valid_until == D(2030, 3, 31)
    svc.record_filing(ctx, reg, D(2025, 4, 10), ref="辽司备〔2025〕12号")
    svc.repeal(ctx, reg, D(2025, 6, 1))
    view = show_item(ctx, reg)
    assert view.status is Status.REPEALED and view.filing_authority == "省司法厅"
    history = [e.action for e in item_history(ctx, reg)]
    assert history == [
        "register",
        "assign",
        "start_review",
        "return",
        "resubmit",
        "issue_opinion",
        "publish",
        "file",
        "repeal",
    ]
    assert verify_audit(ctx).ok


def test_refusals_change_nothing_and_write_no_event(ctx: ServiceContext) -> None:
    reg = register(ctx, kind="service_contract", title="评审服务采购协议")
    before = audit_count(ctx)
    with pytest.raises(TransitionRefused, match="registered", check=code_is("status.not_allowed")):
        svc.issue_opinion(ctx, reg, svc.OpinionInput("approve", "同意"))
    with pytest.raises(TransitionRefused):
        svc.publish(ctx, reg, D(2025, 4, 1), "x")
    with pytest.raises(InvalidInput):
        svc.issue_opinion(ctx, reg, svc.OpinionInput("maybe", "同意"))
    with pytest.raises(NotFound):
        svc.start_review(ctx, "审1999-999")
    with pytest.raises(InvalidInput, check=code_is("date.future")):
        svc.return_for_materials(ctx, reg, "x", D(2030, 1, 1))
    assert audit_count(ctx) == before
    assert show_item(ctx, reg).status is Status.REGISTERED


def test_opinion_dates_are_checked(ctx: ServiceContext) -> None:
    reg = register(ctx)
    svc.start_review(ctx, reg)
    with pytest.raises(InvalidInput, check=code_is("date.before")):
        svc.issue_opinion(ctx, reg, svc.OpinionInput("approve", "同意", issued_on=D(2025, 3, 1)))


def test_revision_supersedes_and_keeps_the_first(ctx: ServiceContext) -> None:
    reg = register(ctx, kind="project_contract", title="项目合同")
    svc.start_review(ctx, reg)
    svc.issue_opinion(ctx, reg, svc.OpinionInput("reject", "不同意", issued_on=D(2025, 3, 5)))
    svc.issue_opinion(
        ctx, reg, svc.OpinionInput("approve_with_changes", "修改后同意", issued_on=D(2025, 3, 7))
    )
    view = show_item(ctx, reg)
    assert view.opinion_on == D(2025, 3, 5)  # the first opinion date counts
    assert view.conclusion == "approve_with_changes"
    assert [o.superseded for o in view.opinions] == [True, False]
    assert [o.text for o in view.opinions] == ["不同意", "修改后同意"]


def test_rejected_document_cannot_be_published(ctx: ServiceContext) -> None:
    reg = register(ctx)
    svc.start_review(ctx, reg)
    svc.issue_opinion(ctx, reg, svc.OpinionInput("reject", "不同意", issued_on=D(2025, 3, 5)))
    with pytest.raises(InvalidInput, check=code_is("publication.rejected_item")):
        svc.publish(ctx, reg, D(2025, 4, 1), "辽科发〔2025〕3号")


def test_stale_edit_is_refused(ctx: ServiceContext) -> None:
    reg = register(ctx)
    seen = show_item(ctx, reg)
    svc.update_details(ctx, reg, seen.version, notes="第一位同事的修改")
    with pytest.raises(Conflict):
        svc.update_details(ctx, reg, seen.version, notes="第二位同事基于旧版本的修改")
    assert show_item(ctx, reg).notes == "第一位同事的修改"


def test_changing_received_date_recomputes_due(ctx: ServiceContext) -> None:
    reg = register(ctx, kind="service_contract", title="协议")
    view = show_item(ctx, reg)
    svc.update_details(ctx, reg, view.version, received_on=D(2023, 1, 16))
    assert show_item(ctx, reg).review_due_on == D(2023, 1, 28)


def test_withdrawn_and_expired(ctx: ServiceContext) -> None:
    reg = register(ctx)
    svc.withdraw(ctx, reg, D(2025, 3, 4))
    with pytest.raises(TransitionRefused):
        svc.start_review(ctx, reg)
    temp = register(ctx, title="科技伦理审查办法（暂行）", received_on=D(2022, 3, 1))
    svc.start_review(ctx, temp)
    svc.issue_opinion(ctx, temp, svc.OpinionInput("approve", "同意", issued_on=D(2022, 3, 10)))
    svc.publish(ctx, temp, D(2022, 4, 1), "辽科发〔2022〕9号")
    assert svc.expire_lapsed(ctx) == 1
    view = show_item(ctx, temp)
    assert view.status is Status.EXPIRED and view.ended_on == D(2024, 4, 1)


def test_list_filters(ctx: ServiceContext) -> None:
    a = register(ctx, received_on=D(2025, 5, 1))  # due long ago: overdue on 16 June
    b = register(ctx, kind="project_contract", title="项目合同", received_on=D(2025, 6, 12))
    c = register(ctx, kind="project_contract", title="另一合同", received_on=D(2025, 6, 16))
    assert {v.reg_no for v in list_items(ctx)} == {a, b, c}
    overdue = list_items(ctx, ListRequest(overdue=True))
    assert [v.reg_no for v in overdue] == [a] and overdue[0].overdue
    soon = list_items(ctx, ListRequest(due_soon=True))
    assert [v.reg_no for v in soon] == [b]  # due 19 June: 3 working days
    assert {v.reg_no for v in list_items(ctx, ListRequest(kinds=["科技计划项目合同"]))} == {b, c}
    assert [v.reg_no for v in list_items(ctx, ListRequest(text="另一"))] == [c]
    with pytest.raises(InvalidInput):
        list_items(ctx, ListRequest(statuses=["nonsense"]))


def test_audit_chain_detects_tampering(ctx: ServiceContext) -> None:
    reg = register(ctx)
    svc.assign(ctx, reg, "李华")
    assert verify_audit(ctx).ok
    with ctx.db.engine.connect() as conn:
        with pytest.raises(Exception, match="append-only"):
            conn.execute(text("UPDATE audit_events SET actor = 'mallory'"))
        conn.rollback()
        # an attacker with file access drops the trigger first; the chain still tells
        conn.execute(text("DROP TRIGGER audit_events_no_update"))
        conn.execute(text("UPDATE audit_events SET actor = 'mallory' WHERE id = 2"))
        conn.commit()
    report = verify_audit(ctx)
    assert not report.ok and report.first_bad_id == 2


def test_reg_no_pattern_and_explicit_numbers(ctx: ServiceContext) -> None:
    explicit = register(ctx, reg_no="审2025-017")
    assert explicit == "审2025-017"
    assert register(ctx) == "审2025-018"
    with pytest.raises(InvalidInput, check=code_is("item.reg_no_taken")):
        register(ctx, reg_no="审2025-017")
