"""Cleanup campaigns (清理): a whole campaign on SQLite and PostgreSQL, and every refusal."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook
from sqlalchemy import func, select

from tests.refusals import code_is
from workbench.domain.errors import InvalidInput, NotFound
from workbench.domain.roles import PermissionDenied
from workbench.services import cleanup as cl
from workbench.services import items as svc
from workbench.services.attachments import add_attachment
from workbench.services.audit import verify_audit
from workbench.services.context import ServiceContext
from workbench.services.queries import show_item
from workbench.services.tally import tally_year
from workbench.services.users import add_user
from workbench.store.database import open_database
from workbench.store.schema import audit_events, cleanup_entries, cleanups

D = dt.date
TODAY = D(2025, 6, 16)


def normative(ctx: ServiceContext, title: str, published: dt.date, n: int) -> str:
    received = published - dt.timedelta(days=40)
    reg = svc.register(ctx, svc.NewItem("normative", title, received)).reg_no
    svc.start_review(ctx, reg)
    opinion = svc.OpinionInput("approve", "同意。", issued_on=received + dt.timedelta(days=7))
    svc.issue_opinion(ctx, reg, opinion)
    svc.publish(ctx, reg, published, f"辽科发〔{published.year}〕{n}号")
    return reg


def documents(ctx: ServiceContext, tmp_path: Path) -> dict[str, str]:
    regs = {
        "keep": normative(ctx, "重点实验室管理办法", D(2023, 6, 1), 17),
        "amend": normative(ctx, "科技奖励办法", D(2024, 3, 1), 5),
        "repeal": normative(ctx, "孵化器认定办法", D(2024, 4, 2), 9),
        "invalidate": normative(ctx, "科技特派员工作办法", D(2024, 5, 6), 12),
    }
    svc.record_filing(ctx, regs["keep"], D(2023, 6, 9))
    barrier = Document()
    barrier.add_paragraph("第五条 申报单位须为在本省注册并纳税满三年的企业。")
    barrier.save(str(tmp_path / "barrier.docx"))
    add_attachment(ctx, regs["amend"], tmp_path / "barrier.docx")
    # not in force on the as-of date: published after it
    normative(ctx, "后来的办法", D(2025, 3, 3), 20)
    return regs


def whole_campaign(ctx: ServiceContext, tmp_path: Path) -> None:
    regs = documents(ctx, tmp_path)
    before = tally_year(ctx, 2025).disclosure
    assert (before.issued, before.repealed, before.in_force) == (1, 0, 5)

    view = cl.start_campaign(
        ctx, "2025年行政规范性文件清理", D(2025, 1, 1), "妨碍统一市场和公平竞争"
    )
    assert (view.total, view.decided, view.closed) == (4, 0, False)
    entries = {e.reg_no: e for e in cl.campaign_entries(ctx, view.id)}
    assert set(entries) == set(regs.values())
    assert entries[regs["amend"]].flagged  # 在本省注册并纳税: a market-barrier hint
    assert not entries[regs["keep"]].flagged

    for key in ("keep", "amend", "repeal"):
        cl.set_result(ctx, view.id, regs[key], key, reason=f"{key}的理由")
    with pytest.raises(InvalidInput, check=code_is("cleanup.undecided")):
        cl.close_campaign(ctx, view.id, D(2025, 6, 10))
    cl.set_result(ctx, view.id, regs["invalidate"], "invalidate", reason="调整对象已消失")
    cl.set_result(ctx, view.id, regs["keep"], "keep")  # changed again: its reason goes
    assert cl.campaign(ctx, view.id).decided == 4

    xlsx = cl.export_campaign(ctx, view.id, tmp_path / "清理结果.xlsx")
    wb = load_workbook(xlsx)
    assert wb.sheetnames == ["继续有效", "拟修改", "拟废止"]

    def body(name: str) -> list[tuple[object, ...]]:
        rows = list(wb[name].iter_rows(values_only=True))
        start = next(i for i, r in enumerate(rows) if r[0] == "序号")
        return [rows[start], *rows[start + 1 :]]

    assert body("继续有效") == [
        ("序号", "文件名称", "文号", "公布日期"),
        (1, "重点实验室管理办法", "辽科发〔2023〕17号", dt.datetime(2023, 6, 1)),
    ]
    assert body("拟修改")[1] == (
        1, "科技奖励办法", "辽科发〔2024〕5号", dt.datetime(2024, 3, 1), "amend的理由",
    )  # fmt: skip
    assert body("拟废止") == [
        ("序号", "文件名称", "文号", "公布日期", "处理方式", "理由"),
        (1, "孵化器认定办法", "辽科发〔2024〕9号", dt.datetime(2024, 4, 2), "废止", "repeal的理由"),
        (2, "科技特派员工作办法", "辽科发〔2024〕12号", dt.datetime(2024, 5, 6), "宣布失效",
         "调整对象已消失"),
    ]  # fmt: skip
    wb.close()
    docx = Document(str(cl.export_campaign(ctx, view.id, tmp_path / "清理结果.docx")))
    headings = [p.text for p in docx.paragraphs if p.text.startswith(("一、", "二、", "三、"))]
    assert headings == ["一、继续有效", "二、拟修改", "三、拟废止"]
    last = [[c.text for c in row.cells] for row in docx.tables[2].rows]
    assert last[2][:5] == [
        "2",
        "科技特派员工作办法",
        "辽科发〔2024〕12号",
        "2024年5月6日",
        "宣布失效",
    ]
    assert "PAGE" in docx.sections[0].footer._element.xml

    closed = cl.close_campaign(ctx, view.id, D(2025, 6, 10))
    assert closed.closed and closed.closed_on == D(2025, 6, 10)
    assert show_item(ctx, regs["repeal"]).status.value == "repealed"
    assert show_item(ctx, regs["invalidate"]).status.value == "expired"
    assert show_item(ctx, regs["amend"]).status.value == "published"
    after = tally_year(ctx, 2025).disclosure
    assert (after.issued, after.repealed, after.in_force) == (1, 2, 3)
    with pytest.raises(InvalidInput, check=code_is("cleanup.closed")):
        cl.set_result(ctx, view.id, regs["amend"], "keep")
    with pytest.raises(InvalidInput, check=code_is("cleanup.closed")):
        cl.close_campaign(ctx, view.id, D(2025, 6, 11))
    assert verify_audit(ctx).ok


def test_a_whole_campaign(ctx: ServiceContext, tmp_path: Path) -> None:
    whole_campaign(ctx, tmp_path)
    with ctx.db.read() as conn:
        actions = list(conn.execute(select(audit_events.c.action)).scalars())
    assert actions.count("cleanup_set") == 5
    assert {"cleanup_start", "cleanup_close", "repeal", "expire"} <= set(actions)


@pytest.mark.postgres
def test_a_whole_campaign_on_postgres(pg_url: str, tmp_path: Path) -> None:
    db = open_database(pg_url)
    try:
        whole_campaign(ServiceContext(db, actor="counsel1", fixed_today=TODAY), tmp_path)
    finally:
        db.close()


# -- refusals: one sentence, nothing changed ------------------------------------------------


@pytest.fixture
def started(ctx: ServiceContext, tmp_path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    regs = documents(ctx, tmp_path)
    yield cl.start_campaign(ctx, "清理", D(2025, 1, 1)).id, regs


def counts(ctx: ServiceContext) -> tuple[int, int, int, int]:
    with ctx.db.read() as conn:
        return (
            conn.execute(select(func.count()).select_from(cleanups)).scalar_one(),
            conn.execute(select(func.count(cleanup_entries.c.result))).scalar_one(),
            conn.execute(select(func.count()).select_from(audit_events)).scalar_one(),
            len([c for c in cl.list_campaigns(ctx) if c.closed]),
        )


def test_refusals_change_nothing(ctx: ServiceContext, started: tuple[int, dict[str, str]]) -> None:
    cid, regs = started
    later = normative(ctx, "不在清理中的办法", D(2025, 2, 2), 30)
    before = counts(ctx)
    cases = [
        (lambda: cl.set_result(ctx, 99, regs["keep"], "keep"), NotFound, "cleanup.not_found"),
        (lambda: cl.set_result(ctx, cid, "审2099-001", "keep"), NotFound, "item.not_found"),
        (
            lambda: cl.set_result(ctx, cid, regs["keep"], "abolish"),
            InvalidInput,
            "cleanup.result_unknown",
        ),
        (lambda: cl.close_campaign(ctx, cid, D(2025, 6, 10)), InvalidInput, "cleanup.undecided"),
        (lambda: cl.close_campaign(ctx, 99, D(2025, 6, 10)), NotFound, "cleanup.not_found"),
        (lambda: cl.start_campaign(ctx, "未来", D(2025, 7, 1)), InvalidInput, "date.future"),
        (lambda: cl.start_campaign(ctx, "  ", D(2025, 1, 1)), InvalidInput, "text.empty"),
        (
            lambda: cl.start_campaign(ctx, "太早", D(2020, 1, 1)),
            InvalidInput,
            "cleanup.nothing_in_force",
        ),
        (lambda: cl.export_campaign(ctx, 99, "x.xlsx"), NotFound, "cleanup.not_found"),
    ]
    for call, error, code in cases:
        with pytest.raises(error, check=code_is(code)) as caught:
            call()
        assert "\n" not in str(caught.value)
    with pytest.raises(InvalidInput, check=code_is("cleanup.item_not_in")):
        cl.set_result(ctx, cid, later, "keep")
    assert counts(ctx) == before


def test_closing_before_the_as_of_date_is_refused(
    ctx: ServiceContext, started: tuple[int, dict[str, str]]
) -> None:
    cid, regs = started
    for reg in regs.values():
        cl.set_result(ctx, cid, reg, "repeal")
    with pytest.raises(InvalidInput, check=code_is("date.before")):
        cl.close_campaign(ctx, cid, D(2024, 12, 31))
    assert show_item(ctx, regs["repeal"]).status.value == "published"


def test_only_counsel_decide(ctx: ServiceContext, started: tuple[int, dict[str, str]]) -> None:
    cid, regs = started
    add_user(ctx, "clerk1", "clerk")
    clerk = ServiceContext(ctx.db, actor="clerk1", fixed_today=TODAY)
    with pytest.raises(PermissionDenied, check=code_is("user.not_permitted")):
        cl.set_result(clerk, cid, regs["keep"], "keep")
    assert cl.campaign(ctx, cid).decided == 0
