"""File ▸ Import ledger: check first (on the worker), show the problems or the counts, import."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.conftest import wait_idle
from workbench.services import queue as queue_service

pytest.importorskip("workbench.services.ledger_import")


def _ledger(path: Path, rows: list[list[object]]) -> Path:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "台账"
    sheet.append(["类型", "标题", "起草单位", "送审日期"])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_import_a_good_ledger(qtbot: QtBot, make_window, tasks, prompts, tmp_path) -> None:
    ledger = _ledger(
        tmp_path / "台账.xlsx",
        [
            ["行政规范性文件", "辽宁省科技计划项目管理办法", "资源配置与管理处", "2025-05-06"],
            ["合作协议", "与东北大学科技合作框架协议", "办公室", "2025年5月8日"],
        ],
    )
    window = make_window()
    assert window.queue.stack.currentWidget() is window.queue.empty_state
    prompts.answer("open_file", str(ledger))
    window.queue.empty_state.import_button.click()
    wait_idle(qtbot, tasks)
    qtbot.waitUntil(lambda: window.queue.model.rowCount() == 2, timeout=5000)
    assert queue_service.total_items(window.ctx.svc) == 2
    assert "2" in prompts.texts("confirm")[0]  # the dry run's counts were shown first
    assert window.queue.stack.currentWidget() is window.queue.table


def test_a_bad_ledger_lists_its_problems(qtbot: QtBot, make_window, tasks, prompts, tmp_path):
    ledger = _ledger(tmp_path / "坏台账.xlsx", [["不存在的类型", "", "办公室", "不是日期"]])
    window = make_window()
    prompts.answer("open_file", str(ledger))
    window.app_actions.import_ledger.trigger()
    wait_idle(qtbot, tasks)
    problems = prompts.texts("show_text") or prompts.texts("warn")
    assert problems and "2" in problems[0]  # names the row
    assert queue_service.total_items(window.ctx.svc) == 0
