"""Helpers for the ledger, tally, export and report tests: real workbooks, real SQLite files."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from sqlalchemy import func, select

from workbench.services.context import ServiceContext
from workbench.services.tally import Tally
from workbench.store.schema import audit_events, items, opinions, pauses, settings

#: what the 台账 columns (docs/RULES.md §7) cannot carry: they have no 备案结果, so the filing
#: results behind the 规范率 do not survive an export and import; every other figure does
NOT_IN_LEDGER = ("accepted", "with_result", "conforming_rate")


def ledger_figures(tally: Tally | dict[str, Any]) -> dict[str, Any]:
    """The tally (or its JSON) without what a ledger cannot carry (:data:`NOT_IN_LEDGER`)."""
    data = tally.to_json() if isinstance(tally, Tally) else dict(tally)
    data["filing_indicators"] = {
        k: v for k, v in data["filing_indicators"].items() if k not in NOT_IN_LEDGER
    }
    return data


SPEC_HEADERS = (
    "登记号",
    "类型",
    "标题",
    "起草单位",
    "送审日期",
    "审核期限",
    "审核人",
    "状态",
    "审核结论",
    "意见出具日期",
    "文号",
    "公布日期",
    "备案期限",
    "备案日期",
    "备案机关",
    "废止日期",
    "合同相对方",
    "合同金额",
    "备注",
)


def write_ledger(
    path: Path,
    headers: Sequence[str],
    rows: Sequence[Sequence[Any]],
    *,
    sheet: str = "台账",
) -> Path:
    """A ledger as a clerk would keep it (openpyxl's ordinary mode, like Excel would save it)."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = sheet
    ws.append(list(headers))
    for row in rows:
        ws.append(list(row))
    for line in ws.iter_rows():
        for cell in line:
            if cell.data_type == "f":  # text typed as '=..., not a formula
                cell.data_type = "s"
    wb.save(path)
    return path


def ledger_rows(**overrides: Any) -> dict[str, Any]:
    """One valid row (a contract under review), as a dict keyed by Chinese header."""
    row: dict[str, Any] = {
        "登记号": "审2025-101",
        "类型": "科技计划项目合同",
        "标题": "2025年人工智能领域重点研发计划项目任务书",
        "起草单位": "高新技术处",
        "送审日期": dt.date(2025, 3, 3),
        "审核人": "张明",
    }
    row.update(overrides)
    return row


def as_table(
    rows: Sequence[dict[str, Any]], headers: Sequence[str] = SPEC_HEADERS
) -> list[list[Any]]:
    return [[r.get(h) for h in headers] for r in rows]


def db_state(ctx: ServiceContext) -> dict[str, Any]:
    """Everything an import could change: row counts and the tip of the audit chain."""
    with ctx.db.read() as conn:
        state: dict[str, Any] = {
            t.name: conn.execute(select(func.count()).select_from(t)).scalar()
            for t in (items, opinions, pauses, audit_events, settings)
        }
        state["audit_tip"] = conn.execute(
            select(audit_events.c.hash).order_by(audit_events.c.id.desc()).limit(1)
        ).scalar()
    return state
