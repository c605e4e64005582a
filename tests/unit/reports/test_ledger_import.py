"""Importing a ledger: headers, every date form, computed fields, problems, duplicates, update."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from tests.refusals import code_is
from tests.unit.reports.conftest import SPEC_HEADERS, as_table, db_state, ledger_rows, write_ledger
from workbench.domain.calendar import WorkCalendar
from workbench.domain.deadlines import review_due
from workbench.domain.errors import InvalidInput
from workbench.domain.messages import msg
from workbench.reports.ledger import COLUMN_BY_KEY
from workbench.services.audit import item_history, verify_audit
from workbench.services.context import ServiceContext
from workbench.services.ledger_import import LedgerRefused, import_ledger
from workbench.services.queries import list_items, show_item
from workbench.services.tally import tally_year
from workbench.store.schema import pauses
from workbench.store.settings import get_value

D = dt.date


def test_headers_in_any_order_english_and_chinese_case_and_spaces_ignored(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    headers = [
        "  received ",
        "TITLE",
        "Kind",
        "reg.  no.",
        "起 草 单 位",
        "Counsel",
        "备注",
        "其他",
    ]
    rows = [
        [
            D(2025, 3, 3),
            "评审服务采购协议",
            "service_contract",
            "审2025-007",
            "办公室",
            "李华",
            "",
            1,
        ],
    ]
    result = import_ledger(ctx, write_ledger(tmp_path / "l.xlsx", headers, rows))
    assert result.imported == 1 and result.ignored_columns == ("其他",)
    view = show_item(ctx, "审2025-007")
    assert view.kind.value == "service_contract" and view.unit == "办公室"
    assert view.status.value == "in_review"  # a counsel is named: the review has started


@pytest.mark.parametrize(
    "cell",
    [
        D(2023, 5, 6),
        dt.datetime(2023, 5, 6, 0, 0),
        "2023-05-06",
        "2023/5/6",
        "2023.5.6",
        "2023年5月6日",
        " 2023 年 5 月 6 日 ",
        "2023-05-06 00:00:00",
        "２０２３／５／６",
        45052,  # a date cell that lost its format shows its serial number
    ],
)
def test_every_date_form(ctx: ServiceContext, tmp_path: Path, cell: object) -> None:
    path = write_ledger(
        tmp_path / "d.xlsx", ["标题", "类型", "送审日期"], [["设备采购合同", "其他合同", cell]]
    )
    import_ledger(ctx, path)
    (view,) = list_items(ctx)
    assert view.received_on == D(2023, 5, 6)


def test_computed_fields_match_a_registered_item(ctx: ServiceContext, tmp_path: Path) -> None:
    rows = [
        ledger_rows(),
        ledger_rows(
            登记号="审2023-040",
            类型="行政规范性文件",
            标题="辽宁省科技伦理审查管理办法（暂行）",
            送审日期="2023/8/25",
            审核结论="修改后同意",
            意见出具日期="2023.9.5",
            文号="辽科发[2023] 16号",
            公布日期=D(2023, 9, 15),
            备案日期="2023年10月7日",
        ),
        ledger_rows(
            登记号="审2021-003",
            类型="normative",
            标题="辽宁省科技创新券管理办法（试行）",
            送审日期=D(2021, 1, 15),
            审核结论="approve",
            意见出具日期=D(2021, 2, 1),
            公布日期=D(2021, 3, 1),
            状态="已失效",
        ),
        ledger_rows(
            登记号="审2022-010",
            类型="行政规范性文件",
            标题="辽宁省科技计划项目管理办法",
            送审日期=D(2022, 4, 20),
            审核结论="同意",
            意见出具日期=D(2022, 5, 1),
            公布日期=D(2022, 5, 10),
            废止日期=D(2023, 6, 30),
        ),
        ledger_rows(登记号="审2025-102", 状态="退回补正", 合同金额="1,250,000.50"),
        ledger_rows(登记号="审2025-103", 状态="已撤回", 审核人=""),
    ]
    result = import_ledger(ctx, write_ledger(tmp_path / "l.xlsx", SPEC_HEADERS, as_table(rows)))
    assert result.imported == 6 and not result.problems
    cal = WorkCalendar()

    contract = show_item(ctx, "审2025-101")
    assert contract.status.value == "in_review"
    assert contract.review_due_on == review_due(cal, D(2025, 3, 3), 5) == D(2025, 3, 10)

    doc = show_item(ctx, "审2023-040")
    assert doc.status.value == "filed"  # derived from the dates
    assert doc.review_due_on == review_due(cal, D(2023, 8, 25), 15)
    assert doc.filing_due_on == D(2023, 10, 7)  # National Day, then the make-up Saturday
    assert doc.valid_until == D(2025, 9, 14)  # 暂行: two years
    assert doc.filing_authority == "省司法厅"
    assert [(o.revision, o.conclusion, o.issued_on) for o in doc.opinions] == [
        (1, "approve_with_changes", D(2023, 9, 5))
    ]
    with ctx.db.read() as conn:
        norm = conn.execute(
            select(pauses.c.item_id).select_from(pauses)  # only the returned item has a pause
        ).all()
    assert len(norm) == 1

    expired = show_item(ctx, "审2021-003")
    assert expired.status.value == "expired" and expired.ended_on == D(2023, 3, 1)
    repealed = show_item(ctx, "审2022-010")
    assert repealed.status.value == "repealed" and repealed.ended_on == D(2023, 6, 30)

    returned = show_item(ctx, "审2025-102")
    assert returned.status.value == "returned" and returned.review_due_on is None
    assert returned.paused_remaining == 5 and returned.amount == Decimal("1250000.50")
    assert show_item(ctx, "审2025-103").status.value == "withdrawn"

    t = tally_year(ctx, 2023)
    assert t.filed.total == 1 and t.filed.overdue == 0
    assert t.disclosure.repealed == 2 and t.disclosure.issued == 1


def test_one_import_event_per_item_in_the_chain(ctx: ServiceContext, tmp_path: Path) -> None:
    rows = [ledger_rows(登记号=f"审2025-{n:03d}") for n in range(1, 6)]
    import_ledger(ctx, write_ledger(tmp_path / "l.xlsx", SPEC_HEADERS, as_table(rows)))
    history = item_history(ctx, "审2025-003")
    assert [e.action for e in history] == ["import"]
    assert history[0].after["title"] == rows[2]["标题"]
    assert history[0].after["received_on"] == "2025-03-03"
    report = verify_audit(ctx)
    assert report.ok and report.events == 6  # the first user, then five items


def test_blank_registration_numbers_are_assigned(ctx: ServiceContext, tmp_path: Path) -> None:
    rows = [
        ledger_rows(登记号="审2025-005"),
        ledger_rows(登记号=None, 标题="甲"),
        ledger_rows(登记号="审2025-006", 类型="草案"),  # rejected, but its number stays its own
        ledger_rows(登记号=None, 标题="乙", 送审日期=D(2024, 12, 30)),
    ]
    path = write_ledger(tmp_path / "l.xlsx", SPEC_HEADERS, as_table(rows))
    result = import_ledger(ctx, path, skip_invalid=True)
    assert result.imported == 3 and result.rejected_rows == 1
    regs = {v.title: v.reg_no for v in list_items(ctx)}
    assert regs["甲"] == "审2025-007" and regs["乙"] == "审2024-001"
    with ctx.db.read() as conn:
        assert get_value(conn, "reg_seq.2025") == 7
    # rows without a number are recognised by kind, title, unit and received date
    again = import_ledger(ctx, path, skip_invalid=True)
    assert again.imported == 0 and not again.changed
    assert sorted(r for _, r in again.duplicates) == ["审2024-001", "审2025-005", "审2025-007"]
    assert msg("import.no_change") in again.summary_messages()


def test_every_problem_is_listed_and_nothing_is_written(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    rows = [
        ledger_rows(登记号="审2025-001"),
        ledger_rows(登记号="审2025-002", 意见出具日期=D(2025, 3, 1), 审核结论="同意"),
        ledger_rows(登记号="审2025-003", 备案日期=D(2025, 4, 1)),
        ledger_rows(
            登记号="审2025-004", 状态="已撤回", 意见出具日期=D(2025, 3, 5), 审核结论="同意"
        ),
        ledger_rows(登记号="审2025-005", 类型="草案"),
        ledger_rows(登记号="审2025-006", 标题=""),
        ledger_rows(登记号="审2025-007", 送审日期="2025-02-30"),
        ledger_rows(登记号="审2025-008", 意见出具日期=D(2025, 3, 5)),
        ledger_rows(登记号="审2025-001"),
        ledger_rows(登记号="审2025-010", 送审日期=D(2026, 1, 5), 合同金额="很多"),
    ]
    path = write_ledger(tmp_path / "bad.xlsx", SPEC_HEADERS, as_table(rows))
    before = db_state(ctx)
    with pytest.raises(LedgerRefused) as err:
        import_ledger(ctx, path)
    assert db_state(ctx) == before
    lines = str(err.value).splitlines()
    assert err.value.code == "ledger.refused" and err.value.params["name"] == "bad.xlsx"
    assert "bad.xlsx" in lines[0] and len(lines) == 1 + len(err.value.problems)
    problems = [(p.row, p.column) for p in err.value.problems]
    assert problems == [
        (3, "意见出具日期"),
        (4, "备案日期"),
        (5, "意见出具日期"),
        (6, "类型"),
        (7, "标题"),
        (8, "送审日期"),
        (9, "审核结论"),
        (10, "登记号"),
        (11, "送审日期"),
        (11, "合同金额"),
    ]
    codes = [p.message.code for p in err.value.problems]
    assert codes == [
        "cell.date_before",
        "row.normative_only",
        "row.withdrawn_with_opinion",
        "kind.unknown",
        "text.empty",
        "cell.date_nonexistent",
        "row.date_without_conclusion",
        "row.reg_no_repeated",
        "cell.date_future",
        "amount.not_a_number",
    ]
    assert err.value.problems[0].message.params == {
        "day": D(2025, 3, 1),
        "earlier_what": COLUMN_BY_KEY["received_on"].term,
        "earlier": D(2025, 3, 3),
    }
    # a problem line names the row, the column as written and the reason, without a full stop
    assert "第3行「意见出具日期」：2025年3月1日早于送审日期2025年3月3日" in lines


def test_problems_name_the_header_as_written(ctx: ServiceContext, tmp_path: Path) -> None:
    path = write_ledger(
        tmp_path / "en.xlsx", ["Title", "Kind", "Received"], [["x", "normative", "soon"]]
    )
    with pytest.raises(LedgerRefused) as err:
        import_ledger(ctx, path)
    problem = err.value.problems[0]
    assert (problem.row, problem.column, problem.message.code) == (
        2,
        "Received",
        "cell.date_unreadable",
    )


def test_missing_required_columns_are_one_sentence(ctx: ServiceContext, tmp_path: Path) -> None:
    path = write_ledger(tmp_path / "m.xlsx", ["标题", "起草单位"], [["x", "y"]])
    with pytest.raises(InvalidInput, check=code_is("ledger.missing_columns")):
        import_ledger(ctx, path)


def test_dry_run_writes_nothing(ctx: ServiceContext, tmp_path: Path) -> None:
    rows = [ledger_rows(登记号=f"审2025-{n:03d}") for n in range(1, 4)]
    path = write_ledger(tmp_path / "l.xlsx", SPEC_HEADERS, as_table(rows))
    before = db_state(ctx)
    result = import_ledger(ctx, path, dry_run=True)
    assert result.dry_run and result.imported == 3 and not result.changed
    assert db_state(ctx) == before
    assert result.summary_messages()[0].code == "import.checked"


def test_skip_invalid_imports_the_good_rows_and_writes_the_rejected(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    rows = [
        ledger_rows(登记号="审2025-001"),
        ledger_rows(登记号="审2025-002", 类型="草案", 备注='=HYPERLINK("http://x")'),
        ledger_rows(登记号="审2025-003"),
        ledger_rows(登记号="审2025-004", 意见出具日期=D(2025, 3, 4)),
    ]
    path = write_ledger(tmp_path / "台账.xlsx", SPEC_HEADERS, as_table(rows))
    result = import_ledger(ctx, path, skip_invalid=True)
    assert result.imported == 2 and result.rejected_rows == 2
    assert result.rejected_path == tmp_path / "台账.rejected.xlsx"
    assert [v.reg_no for v in list_items(ctx)] == ["审2025-001", "审2025-003"]
    wb = load_workbook(result.rejected_path)
    ws = wb.active
    assert ws is not None
    values = list(ws.iter_rows(values_only=True))
    assert values[0] == (*SPEC_HEADERS, "原因")
    assert [r[0] for r in values[1:]] == ["审2025-002", "审2025-004"]
    assert values[1][4] == dt.datetime(2025, 3, 3)  # dates stay date cells
    assert values[1][18] == '=HYPERLINK("http://x")'  # text, not a formula
    assert ws.cell(2, 19).data_type == "s"
    assert values[1][19].startswith("未知的类型“草案”")  # the reason, in the user's language
    assert "审核结论" in values[2][19]
    wb.close()
    # the rejected rows, corrected, import cleanly
    assert any(m.code == "import.rejected_written" for m in result.summary_messages())


def test_duplicates_are_skipped_and_reimport_changes_nothing(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    rows = [ledger_rows(登记号=f"审2025-{n:03d}") for n in range(1, 4)]
    path = write_ledger(tmp_path / "l.xlsx", SPEC_HEADERS, as_table(rows))
    import_ledger(ctx, path)
    before = db_state(ctx)
    again = import_ledger(ctx, path)
    assert again.imported == 0 and len(again.duplicates) == 3 and not again.changed
    assert again.duplicates[0] == (2, "审2025-001")
    assert msg("import.no_change") in again.summary_messages()
    assert db_state(ctx) == before
    same = import_ledger(ctx, path, update=True)
    assert same.unchanged == 3 and same.updated == 0
    assert db_state(ctx) == before


def test_a_row_without_a_number_repeating_a_numbered_row_is_a_duplicate(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    # the database starts without items: the numbered rows need no look-up, the blank one does
    rows = [
        ledger_rows(登记号="审2025-001"),
        ledger_rows(登记号=None),
        ledger_rows(登记号="审2025-002", 标题="另一份任务书"),
    ]
    result = import_ledger(ctx, write_ledger(tmp_path / "l.xlsx", SPEC_HEADERS, as_table(rows)))
    assert result.imported == 2 and result.duplicates == ((3, "审2025-001"),)
    assert sorted(v.reg_no for v in list_items(ctx)) == ["审2025-001", "审2025-002"]


def test_update_changes_only_what_the_ledger_says(ctx: ServiceContext, tmp_path: Path) -> None:
    first = [ledger_rows(登记号="审2025-001"), ledger_rows(登记号="审2025-002")]
    import_ledger(ctx, write_ledger(tmp_path / "a.xlsx", SPEC_HEADERS, as_table(first)))
    later = [
        ledger_rows(登记号="审2025-001", 意见出具日期=D(2025, 3, 6), 审核结论="修改后同意"),
        ledger_rows(登记号="审2025-002"),
        ledger_rows(登记号="审2025-003"),
    ]
    path = write_ledger(tmp_path / "b.xlsx", SPEC_HEADERS, as_table(later))
    plain = import_ledger(ctx, path)
    assert plain.imported == 1 and [d[1] for d in plain.duplicates] == ["审2025-001", "审2025-002"]
    assert show_item(ctx, "审2025-001").status.value == "in_review"
    result = import_ledger(ctx, path, update=True)
    assert result.updated == 1 and result.unchanged == 2 and result.imported == 0
    view = show_item(ctx, "审2025-001")
    assert view.status.value == "opinion_issued" and view.opinion_on == D(2025, 3, 6)
    assert [o.conclusion for o in view.opinions] == ["approve_with_changes"]
    events = item_history(ctx, "审2025-001")
    assert [e.action for e in events] == ["import", "import"]
    assert events[1].before["status"] == "in_review"
    assert events[1].after["status"] == "opinion_issued"
    assert verify_audit(ctx).ok


def test_update_keeps_columns_the_ledger_lacks(ctx: ServiceContext, tmp_path: Path) -> None:
    import_ledger(
        ctx,
        write_ledger(tmp_path / "a.xlsx", SPEC_HEADERS, as_table([ledger_rows(备注="原备注")])),
    )
    path = write_ledger(
        tmp_path / "b.xlsx",
        ["登记号", "类型", "标题", "送审日期"],
        [["审2025-101", "科技计划项目合同", "新标题", D(2025, 3, 3)]],
    )
    result = import_ledger(ctx, path, update=True)
    assert result.updated == 1
    view = show_item(ctx, "审2025-101")
    assert view.title == "新标题" and view.notes == "原备注" and view.counsel == "张明"
    assert view.status.value == "in_review"


def test_ledger_sheet_is_preferred_over_the_first(ctx: ServiceContext, tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    first = wb.active
    assert first is not None
    first.title = "说明"
    first.append(["这不是台账"])
    ws = wb.create_sheet("台账")
    ws.append(["标题", "类型", "送审日期"])
    ws.append(["设备采购合同", "其他合同", "2025-01-06"])
    wb.save(tmp_path / "two.xlsx")
    result = import_ledger(ctx, tmp_path / "two.xlsx")
    assert result.sheet == "台账" and result.imported == 1


def test_empty_ledger_is_refused(ctx: ServiceContext, tmp_path: Path) -> None:
    path = write_ledger(tmp_path / "e.xlsx", ["标题", "类型", "送审日期"], [])
    with pytest.raises(InvalidInput, check=code_is("ledger.no_rows")):
        import_ledger(ctx, path)
