"""The Today view's lists and figures (services/today.py) and the reminders picked from them
(services/reminders.py), on a real SQLite file for Monday 16 June 2025."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.services import items as item_service
from workbench.services import publication, review
from workbench.services import today as today_module
from workbench.services.context import ServiceContext
from workbench.services.reminders import Urgency, candidates, due_today
from workbench.services.tally import tally_year
from workbench.services.today import Section, TodayOverview, today_overview, week_ahead

D = dt.date


def add(ctx: ServiceContext, kind: str, title: str, received: dt.date, counsel: str) -> str:
    new = item_service.NewItem(kind, title, received, unit="基础研究处", counsel=counsel)
    return item_service.register(ctx, new).reg_no


def reviewed(ctx: ServiceContext, reg: str, day: dt.date) -> None:
    review.start_review(ctx, reg)
    review.issue_opinion(ctx, reg, review.OpinionInput("approve", "经审核，同意。", issued_on=day))


@pytest.fixture
def regs(ctx: ServiceContext) -> dict[str, str]:
    r: dict[str, str] = {}
    # 5 working days from Thu 5 June: due Thu 12 June, overdue by 4 days on Monday 16th
    r["late"] = add(ctx, "service_contract", "物业服务采购协议", D(2025, 6, 5), "tester")
    # from Wed 11 June: due Wed 18 June, 2 working days left
    r["soon"] = add(ctx, "service_contract", "评审服务采购协议", D(2025, 6, 11), "tester")
    # 10 working days from Mon 9 June: due Mon 23 June, next week
    r["later"] = add(ctx, "legal_opinion", "关于合作办学的法律意见", D(2025, 6, 9), "tester")
    # someone else's review due this week
    r["other"] = add(ctx, "project_contract", "重点研发项目合同", D(2025, 6, 11), "李四")
    # returned for materials on Thu 12 June
    r["returned"] = add(ctx, "service_contract", "检测服务协议", D(2025, 6, 10), "tester")
    review.start_review(ctx, r["returned"])
    review.return_for_materials(ctx, r["returned"], "缺少预算说明", D(2025, 6, 12))
    # published 5 June: filing due Fri 20 June
    r["to_file"] = add(ctx, "normative", "科技成果转化管理办法", D(2025, 4, 1), "tester")
    reviewed(ctx, r["to_file"], D(2025, 4, 10))
    publication.publish(ctx, r["to_file"], D(2025, 6, 5), "辽科发〔2025〕3号")
    # published 20 May: filing was due Wed 4 June
    r["file_late"] = add(ctx, "normative", "科研诚信管理办法", D(2025, 5, 6), "李四")
    reviewed(ctx, r["file_late"], D(2025, 5, 12))
    publication.publish(ctx, r["file_late"], D(2025, 5, 20), "辽科发〔2025〕4号")
    # published 1 Sep 2020 and filed: in force until 31 Aug 2025
    r["expiring"] = add(ctx, "normative", "科技计划项目管理办法", D(2020, 7, 1), "tester")
    reviewed(ctx, r["expiring"], D(2020, 7, 10))
    publication.publish(ctx, r["expiring"], D(2020, 9, 1), "辽科发〔2020〕9号")
    publication.record_filing(ctx, r["expiring"], D(2020, 9, 8))
    return r


@pytest.fixture
def overview(ctx: ServiceContext, regs: dict[str, str], today: dt.date) -> TodayOverview:
    return today_overview(ctx, "tester", today)


def reg_nos(rows: object) -> list[str]:
    return [r.reg_no for r in rows]  # type: ignore[attr-defined]


def test_the_week_ahead_is_today_and_six_days(today: dt.date) -> None:
    days = week_ahead(today)
    assert days[0] == D(2025, 6, 16) and days[-1] == D(2025, 6, 22)
    assert week_ahead(D(2025, 6, 21)) == [D(2025, 6, 21) + dt.timedelta(days=i) for i in range(7)]


def test_on_a_saturday_the_coming_week_is_in_sight(
    ctx: ServiceContext, regs: dict[str, str]
) -> None:
    """Not the calendar week, which on a Saturday has one day left: next Monday's review is
    listed, as the reminder of reviews due within 3 working days names it."""
    saturday = today_overview(ctx, "tester", D(2025, 6, 21))
    assert reg_nos(saturday.due_within_week) == [regs["later"]]  # due Monday 23 June
    (monday,) = [g for g in saturday.week if g.rows]
    assert monday.day == D(2025, 6, 23) and monday.workday
    assert monday.rows[0].workdays == 1
    assert reg_nos(saturday.due_soon) == [regs["later"]]
    assert [g.workday for g in saturday.week] == [False, False] + [True] * 5


def test_my_overdue_items(overview: TodayOverview, regs: dict[str, str]) -> None:
    assert reg_nos(overview.overdue) == [regs["late"]]
    row = overview.overdue[0]
    assert row.date == D(2025, 6, 12) and row.days == -4 and row.workdays is None


def test_my_items_due_within_week_by_day(overview: TodayOverview, regs: dict[str, str]) -> None:
    assert [g.day for g in overview.week] == week_ahead(overview.today)
    by_day = {g.day: reg_nos(g.rows) for g in overview.week}
    assert by_day[D(2025, 6, 18)] == [regs["soon"]]
    assert sum(len(g.rows) for g in overview.week) == 1  # not 李四's, not next Monday's
    assert [g.workday for g in overview.week] == [True] * 5 + [False] * 2
    assert overview.due_within_week[0].workdays == 2
    assert reg_nos(overview.due_soon) == [regs["soon"]]


def test_returned_items_awaiting_resubmission(
    overview: TodayOverview, regs: dict[str, str]
) -> None:
    (row,) = overview.returned
    assert row.reg_no == regs["returned"] and row.date == D(2025, 6, 12)
    assert row.workdays == 3  # 5 working days, 11 and 12 June used


def test_documents_to_file_with_their_countdown(
    overview: TodayOverview, regs: dict[str, str]
) -> None:
    assert reg_nos(overview.to_file) == [regs["file_late"], regs["to_file"]]
    late, due = overview.to_file
    assert late.date == D(2025, 6, 4) and late.days == -12
    assert due.date == D(2025, 6, 20) and due.days == 4 and due.workdays == 4


def test_an_office_list_shows_its_first_rows_and_counts_the_rest(
    ctx: ServiceContext, regs: dict[str, str], today: dt.date, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Filing and the pre-expiry evaluation list every counsel's documents: hundreds in a
    large office. The Today view shows the earliest ones; the queue's view has them all."""
    monkeypatch.setattr(today_module, "OFFICE_ROWS_SHOWN", 1)
    overview = today_overview(ctx, "tester", today)
    assert reg_nos(overview.to_file) == [regs["file_late"]]  # the most urgent first
    assert overview.total(Section.TO_FILE) == 2
    assert reg_nos(overview.expiring) == [regs["expiring"]]  # one: all of them
    assert overview.total(Section.EXPIRING) == 1
    assert overview.total(Section.OVERDUE) == len(overview.overdue)


def test_validity_ending_within_six_months(overview: TodayOverview, regs: dict[str, str]) -> None:
    (row,) = overview.expiring
    assert row.reg_no == regs["expiring"] and row.date == D(2025, 8, 31) and row.days == 76


def test_every_section_has_reg_nos(overview: TodayOverview) -> None:
    for section in Section:
        assert all(r.reg_no and r.id for r in overview.section(section))


def test_year_figures_are_the_tally(ctx: ServiceContext, overview: TodayOverview) -> None:
    tally = tally_year(ctx, 2025)
    office = overview.office
    assert office is not None  # the first user of a database is its administrator
    assert (office.received, office.reviewed, office.filed) == (
        tally.received.total,
        tally.reviewed.total,
        tally.filed.total,
    )
    assert office.reviewed_overdue == tally.reviewed.overdue
    assert office.by_month == tally.reviewed.by_month
    mine = overview.mine
    assert mine.received == 5 and mine.reviewed == 1  # 李四 reviewed the other one in May
    assert mine.by_month == (0, 0, 0, 1) + (0,) * 8
    assert office.reviewed == 2 and office.by_month[4] == 1


def test_office_counts_for_an_administrator(overview: TodayOverview) -> None:
    counts = overview.office_counts
    assert counts is not None
    assert (counts.overdue, counts.due_within_week, counts.returned) == (1, 2, 1)


def test_someone_elses_today(ctx: ServiceContext, regs: dict[str, str], today: dt.date) -> None:
    theirs = today_overview(ctx, "李四", today)
    assert reg_nos(theirs.due_within_week) == [regs["other"]]
    assert theirs.overdue == () and theirs.returned == ()
    assert theirs.mine.reviewed == 1
    everyone = today_overview(ctx, None, today)
    assert sorted(reg_nos(everyone.due_within_week)) == sorted([regs["soon"], regs["other"]])


def test_a_non_administrator_sees_no_office_figures(
    db: object, regs: dict[str, str], today: dt.date
) -> None:
    clerk = ServiceContext(db, actor="nobody", fixed_today=today)  # type: ignore[arg-type]
    seen = today_overview(clerk, "nobody", today)
    assert seen.office is None and seen.office_counts is None
    assert seen.overdue == () and seen.mine.received == 0
    assert len(seen.to_file) == 2  # filing is the office's work


def test_reminders_overdue_and_due_soon(overview: TodayOverview, regs: dict[str, str]) -> None:
    found = candidates(overview)
    got = {r.reg_no: (r.urgency, r.filing) for r in found}
    assert got == {
        regs["late"]: (Urgency.OVERDUE, False),
        regs["soon"]: (Urgency.DUE_SOON, False),
        regs["file_late"]: (Urgency.OVERDUE, True),
    }
    assert [r.due_on for r in found] == sorted(r.due_on for r in found)


def test_reminders_once_per_day_per_item(overview: TodayOverview, regs: dict[str, str]) -> None:
    found = candidates(overview)
    monday, tuesday = D(2025, 6, 16), D(2025, 6, 17)
    first, kept = due_today(found, {}, monday)
    assert len(first) == 3
    again, kept = due_today(found, kept, monday)
    assert again == []
    # an item that becomes due later the same day is reminded, the others are not again
    partial, _ = due_today(found, {regs["late"]: monday.isoformat()}, monday)
    assert sorted(r.reg_no for r in partial) == sorted([regs["soon"], regs["file_late"]])
    next_day, kept = due_today(found, kept, tuesday)
    assert len(next_day) == 3
    assert set(kept.values()) == {tuesday.isoformat()}  # yesterday's entries are dropped
