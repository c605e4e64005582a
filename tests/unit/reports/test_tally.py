"""The counting rules of docs/RULES.md §6 on crafted cases, and against a reference by property."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, update

from workbench.domain.calendar import WorkCalendar
from workbench.domain.deadlines import filing_due
from workbench.domain.kinds import KIND_CODES
from workbench.services import items as svc
from workbench.services.context import ServiceContext
from workbench.services.queries import show_item
from workbench.services.tally import Tally, tally_in, tally_year
from workbench.services.today import YearFigures, glance_in
from workbench.store.schema import items

D = dt.date
TALLY_KEYS = {
    "year",
    "received",
    "reviewed",
    "filed",
    "pending_at_year_end",
    "disclosure",
    "filing_indicators",
}


def add(ctx: ServiceContext, kind: str, title: str, received: dt.date, **kw: Any) -> str:
    new = svc.NewItem(kind, title, received, unit=kw.pop("unit", "基础研究处"), counsel="张明")
    return svc.register(ctx, new).reg_no


def opinion(ctx: ServiceContext, reg: str, day: dt.date, conclusion: str = "approve") -> None:
    svc.start_review(ctx, reg)
    svc.issue_opinion(ctx, reg, svc.OpinionInput(conclusion, "经审核，同意。", issued_on=day))


def normative(
    ctx: ServiceContext,
    title: str,
    received: dt.date,
    opinion_on: dt.date,
    published: dt.date,
    filed: dt.date | None = None,
    n: int = 1,
) -> str:
    reg = add(ctx, "normative", title, received)
    opinion(ctx, reg, opinion_on)
    svc.publish(ctx, reg, published, f"辽科发〔{published.year}〕{n}号")
    if filed is not None:
        svc.record_filing(ctx, reg, filed)
    return reg


@pytest.fixture
def crafted(ctx: ServiceContext) -> dict[str, str]:
    regs: dict[str, str] = {}
    # received in December, opinion in January: received and pending in 2023, reviewed in 2024
    regs["a"] = add(ctx, "project_contract", "2023年新材料领域项目合同", D(2023, 12, 28))
    opinion(ctx, regs["a"], D(2024, 1, 4))
    regs["b"] = add(ctx, "service_contract", "评审服务采购协议", D(2023, 3, 1))
    opinion(ctx, regs["b"], D(2023, 3, 3))
    # published 15 Sep 2023: +15 days is 30 Sep, inside the National Day holiday; the filing
    # deadline rolls to Saturday 7 Oct 2023, a make-up working day
    regs["c"] = add(ctx, "normative", "关于加强基础研究的若干措施", D(2023, 8, 25))
    opinion(ctx, regs["c"], D(2023, 9, 5), "approve_with_changes")
    svc.publish(ctx, regs["c"], D(2023, 9, 15), "辽科发〔2023〕16号")
    svc.record_filing(ctx, regs["c"], D(2023, 10, 7))
    regs["d"] = normative(
        ctx, "辽宁省重点实验室建设与运行管理办法", D(2023, 8, 28), D(2023, 9, 6),
        D(2023, 9, 15), D(2023, 10, 9), n=17,
    )  # fmt: skip
    # published in December, filed in January (one day late)
    regs["e"] = normative(
        ctx, "辽宁省技术转移示范机构管理办法", D(2023, 11, 20), D(2023, 12, 1),
        D(2023, 12, 20), D(2024, 1, 5), n=30,
    )  # fmt: skip
    regs["f"] = add(ctx, "cooperation_agreement", "院地科技合作协议", D(2023, 5, 10))
    svc.withdraw(ctx, regs["f"], D(2023, 5, 12))
    # a 暂行 document published 1 March 2021 is valid two years: expired on 1 March 2023
    regs["g"] = normative(
        ctx, "辽宁省科技创新券管理办法（暂行）", D(2021, 1, 15), D(2021, 2, 1), D(2021, 3, 1), n=3
    )
    regs["h"] = normative(
        ctx, "辽宁省科技计划项目管理办法", D(2022, 4, 20), D(2022, 5, 1), D(2022, 5, 10), n=8
    )
    svc.repeal(ctx, regs["h"], D(2023, 6, 30))
    # five working days after 3 April 2023 (5 April is Qingming) is 11 April: late
    regs["i"] = add(ctx, "other_contract", "设备采购合同", D(2023, 4, 3), unit="办公室")
    opinion(ctx, regs["i"], D(2023, 4, 20))
    # the current conclusion counts: approve revised to reject
    regs["j"] = add(ctx, "legal_opinion", "关于科研经费追回的法律意见", D(2023, 5, 29))
    opinion(ctx, regs["j"], D(2023, 6, 1))
    svc.issue_opinion(
        ctx, regs["j"], svc.OpinionInput("reject", "更正为不同意。", issued_on=D(2023, 6, 10))
    )
    assert svc.expire_lapsed(ctx) == 1
    return regs


def test_deadline_cases_are_what_the_calendar_says(
    ctx: ServiceContext, crafted: dict[str, str]
) -> None:
    cal = WorkCalendar()
    assert D(2023, 9, 30) in cal.schedule(2023).holidays
    assert cal.is_workday(D(2023, 10, 7)) and D(2023, 10, 7).weekday() == 5
    assert filing_due(cal, D(2023, 9, 15)) == D(2023, 10, 7)
    assert show_item(ctx, crafted["c"]).filing_due_on == D(2023, 10, 7)
    assert show_item(ctx, crafted["e"]).filing_due_on == D(2024, 1, 4)
    assert show_item(ctx, crafted["i"]).review_due_on == D(2023, 4, 11)
    g = show_item(ctx, crafted["g"])
    assert g.status.value == "expired" and g.ended_on == D(2023, 3, 1)


def test_year_2023(ctx: ServiceContext, crafted: dict[str, str]) -> None:
    t = tally_year(ctx, 2023).to_json()
    assert t["received"]["total"] == 8
    assert t["received"]["by_kind"] == {
        "normative": 3,
        "major_decision": 0,
        "service_contract": 1,
        "project_contract": 1,
        "cooperation_agreement": 1,
        "other_contract": 1,
        "legal_opinion": 1,
    }
    r = t["reviewed"]
    assert r["total"] == 6
    assert r["by_kind"]["normative"] == 3 and r["by_kind"]["project_contract"] == 0
    assert r["by_conclusion"] == {"approve": 4, "approve_with_changes": 1, "reject": 1}
    assert r["by_month"] == [0, 0, 1, 1, 0, 1, 0, 0, 2, 0, 0, 1]
    assert r["by_unit"] == {"基础研究处": 5, "办公室": 1}
    assert r["by_counsel"] == {"张明": 6}
    assert r["overdue"] == 1
    assert t["filed"] == {
        "total": 2,
        "by_kind": {k: (2 if k == "normative" else 0) for k in KIND_CODES},
        "overdue": 1,
    }
    assert t["pending_at_year_end"] == 1
    assert t["disclosure"] == {"issued": 3, "repealed": 2, "in_force": 3}


def test_years_around_2023(ctx: ServiceContext, crafted: dict[str, str]) -> None:
    t2022 = tally_year(ctx, 2022).to_json()
    assert t2022["disclosure"] == {"issued": 1, "repealed": 0, "in_force": 2}
    assert t2022["pending_at_year_end"] == 0
    t2024 = tally_year(ctx, 2024).to_json()
    assert t2024["received"]["total"] == 0
    assert t2024["reviewed"]["total"] == 1 and t2024["reviewed"]["by_month"][0] == 1
    assert t2024["filed"]["total"] == 1 and t2024["filed"]["overdue"] == 1
    assert t2024["pending_at_year_end"] == 0
    assert t2024["disclosure"] == {"issued": 0, "repealed": 0, "in_force": 3}


def test_withdrawn_is_never_reviewed_nor_pending(
    ctx: ServiceContext, crafted: dict[str, str]
) -> None:
    with ctx.db.write() as conn:  # even with an opinion date left on it by some old record
        conn.execute(
            update(items).where(items.c.reg_no == crafted["f"]).values(opinion_on=D(2023, 5, 11))
        )
    t = tally_year(ctx, 2023)
    assert t.reviewed.total == 6 and t.pending_at_year_end == 1


def test_json_has_exactly_the_spec_keys(ctx: ServiceContext) -> None:
    t = tally_year(ctx, 2030).to_json()
    assert set(t) == TALLY_KEYS
    assert set(t["received"]) == {"total", "by_kind"}
    assert set(t["reviewed"]) == {
        "total", "by_kind", "by_conclusion", "by_month", "by_unit", "by_counsel", "overdue",
    }  # fmt: skip
    assert set(t["filed"]) == {"total", "by_kind", "overdue"}
    assert set(t["disclosure"]) == {"issued", "repealed", "in_force"}
    for group in (t["received"], t["reviewed"], t["filed"]):
        assert list(group["by_kind"]) == list(KIND_CODES)
        assert set(group["by_kind"].values()) == {0}
    assert t["reviewed"]["by_conclusion"] == {"approve": 0, "approve_with_changes": 0, "reject": 0}
    assert t["reviewed"]["by_month"] == [0] * 12
    assert t["reviewed"]["by_unit"] == {} and t["reviewed"]["by_counsel"] == {}
    json.dumps(t)


# -- the rules against a plain-Python reference, on random items -----------------------------

days = st.dates(min_value=D(2021, 10, 1), max_value=D(2024, 3, 31))


@st.composite
def random_item(draw: st.DrawFn) -> dict[str, Any]:
    kind = draw(st.sampled_from(KIND_CODES))
    received = draw(days)
    status = draw(st.sampled_from(["registered", "in_review", "withdrawn", "opinion_issued"]))
    row: dict[str, Any] = {
        "kind": kind,
        "received_on": received,
        "review_due_on": received + dt.timedelta(days=draw(st.integers(0, 30))),
        "unit": draw(st.sampled_from(["办公室", "基础研究处", ""])),
        "counsel": draw(st.sampled_from(["张明", "李华", ""])),
        "status": status,
        "opinion_on": None,
        "conclusion": None,
        "published_on": None,
        "filing_due_on": None,
        "filed_on": None,
        "ended_on": None,
        "filing_result": None,
    }
    if status == "opinion_issued":
        row["opinion_on"] = received + dt.timedelta(days=draw(st.integers(0, 60)))
        row["conclusion"] = draw(st.sampled_from(["approve", "approve_with_changes", "reject"]))
        if kind == "normative" and draw(st.booleans()):
            row["published_on"] = row["opinion_on"] + dt.timedelta(days=draw(st.integers(0, 40)))
            row["filing_due_on"] = row["published_on"] + dt.timedelta(days=15)
            row["status"] = "published"
            if draw(st.booleans()):
                row["filed_on"] = row["published_on"] + dt.timedelta(days=draw(st.integers(0, 30)))
                row["status"] = "filed"
                row["filing_result"] = draw(
                    st.sampled_from([None, "accepted", "accepted_after_correction", "rejected"])
                )
            if draw(st.booleans()):
                row["ended_on"] = row["published_on"] + dt.timedelta(days=draw(st.integers(1, 800)))
                row["status"] = draw(st.sampled_from(["repealed", "expired"]))
    return row


def reference(rows: list[dict[str, Any]], year: int) -> dict[str, Any]:
    start, end = D(year, 1, 1), D(year, 12, 31)

    def within(day: dt.date | None) -> bool:
        return day is not None and start <= day <= end

    def by_kind(sel: list[dict[str, Any]]) -> dict[str, int]:
        return {k: sum(1 for r in sel if r["kind"] == k) for k in KIND_CODES}

    def ranked(sel: list[dict[str, Any]], key: str) -> dict[str, int]:
        counts: dict[str, int] = {}
        for r in sel:
            counts[r[key]] = counts.get(r[key], 0) + 1
        return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))

    received = [r for r in rows if within(r["received_on"])]
    reviewed = [r for r in rows if within(r["opinion_on"]) and r["status"] != "withdrawn"]
    filed = [r for r in rows if within(r["filed_on"])]
    norm = [r for r in rows if r["kind"] == "normative" and r["published_on"] is not None]
    due = [r for r in norm if within(r["published_on"]) and r["status"] != "withdrawn"]
    done = [r for r in due if r["filed_on"] is not None]
    on_time = [r for r in done if r["filed_on"] <= r["filing_due_on"]]
    accepted = [r for r in done if r["filing_result"] == "accepted"]
    with_result = [r for r in done if r["filing_result"] is not None]

    def rate(part: list[Any], whole: list[Any]) -> float | None:
        return round(len(part) / len(whole), 4) if whole else None

    return {
        "year": year,
        "received": {"total": len(received), "by_kind": by_kind(received)},
        "reviewed": {
            "total": len(reviewed),
            "by_kind": by_kind(reviewed),
            "by_conclusion": {
                c: sum(1 for r in reviewed if r["conclusion"] == c)
                for c in ("approve", "approve_with_changes", "reject")
            },
            "by_month": [
                sum(1 for r in reviewed if r["opinion_on"].month == m) for m in range(1, 13)
            ],
            "by_unit": ranked(reviewed, "unit"),
            "by_counsel": ranked(reviewed, "counsel"),
            "overdue": sum(1 for r in reviewed if r["opinion_on"] > r["review_due_on"]),
        },
        "filed": {
            "total": len(filed),
            "by_kind": by_kind(filed),
            "overdue": sum(1 for r in filed if r["filed_on"] > r["filing_due_on"]),
        },
        "pending_at_year_end": sum(
            1
            for r in rows
            if r["received_on"] <= end
            and r["status"] != "withdrawn"
            and (r["opinion_on"] is None or r["opinion_on"] > end)
        ),
        "disclosure": {
            "issued": sum(1 for r in norm if within(r["published_on"])),
            "repealed": sum(1 for r in norm if within(r["ended_on"])),
            "in_force": sum(
                1
                for r in norm
                if r["published_on"] <= end and (r["ended_on"] is None or r["ended_on"] > end)
            ),
        },
        "filing_indicators": {
            "due": len(due),
            "filed": len(done),
            "on_time": len(on_time),
            "accepted": len(accepted),
            "with_result": len(with_result),
            "rate": rate(done, due),
            "on_time_rate": rate(on_time, due),
            "conforming_rate": rate(accepted, with_result),
        },
    }


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(rows=st.lists(random_item(), max_size=40))
def test_sql_counts_match_the_rules(ctx: ServiceContext, rows: list[dict[str, Any]]) -> None:
    now = dt.datetime(2025, 1, 1)
    with ctx.db.write() as conn:
        conn.execute(delete(items))
        if rows:
            conn.execute(
                items.insert(),
                [
                    {**r, "reg_no": f"R{i}", "title": "t", "created_at": now, "updated_at": now}
                    for i, r in enumerate(rows)
                ],
            )
    for year in (2021, 2022, 2023, 2024):
        assert tally_year(ctx, year).to_json() == reference(rows, year)
        with ctx.db.read() as conn:
            for among in (None, items.c.id % 2 == 0):  # the Today view narrows to "mine"
                assert glance_of(tally_in(conn, year, among)) == glance_in(conn, year, among)


def glance_of(tally: Tally) -> YearFigures:
    """What the Today view's figures must be: the tally's own totals."""
    return YearFigures(
        year=tally.year,
        received=tally.received.total,
        reviewed=tally.reviewed.total,
        filed=tally.filed.total,
        reviewed_overdue=tally.reviewed.overdue,
        by_month=tally.reviewed.by_month,
        filing=tally.filing_indicators,
    )


def test_the_glance_counts_only_known_kinds_as_the_tally_does(ctx: ServiceContext) -> None:
    known = add(ctx, "normative", "已知类型", D(2024, 3, 1))
    odd = add(ctx, "normative", "未知类型", D(2024, 3, 2))
    for reg in (known, odd):
        opinion(ctx, reg, D(2024, 4, 1))
    with ctx.db.write() as conn:  # a row edited by hand, outside the program
        conn.execute(update(items).where(items.c.reg_no == odd).values(kind="memo"))
    with ctx.db.read() as conn:
        glance = glance_in(conn, 2024)
        assert glance == glance_of(tally_in(conn, 2024))
    assert (glance.received, glance.reviewed, glance.by_month[3]) == (1, 1, 1)
