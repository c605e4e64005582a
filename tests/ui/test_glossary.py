"""One word for one thing: the glossary's terms, applied in the queue, the item pane, the
year's figures and the guide, in Chinese as in English."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.conftest import TODAY, wait_idle
from workbench.resources import resource
from workbench.services import items as item_service
from workbench.ui import glossary, i18n
from workbench.ui.models.queue_model import Column

TRANSLATIONS = Path(__file__).parents[2] / "resources" / "translations"


@pytest.fixture
def chinese(qapp, tmp_path: Path) -> Iterator[None]:
    translations = i18n.Translations(tmp_path / "qm")
    translations.install(i18n.CHINESE)
    yield
    translations.install(i18n.ENGLISH)


def test_the_chinese_terms(chinese: None) -> None:
    assert glossary.term(glossary.OPINIONS_LATE) == "超期出具意见"
    assert glossary.term(glossary.FILED_LATE) == "超期报送备案"
    assert glossary.term(glossary.USER_GUIDE) == "用户指南"
    assert glossary.term(glossary.COUNSEL) == "审核人"
    assert glossary.working_days(13) == "13个工作日"
    assert glossary.calendar_days(19) == "19天"
    assert glossary.working_days_left(13) == "剩余13个工作日"
    assert glossary.marked(True, "2025-07-01") == "备 2025-07-01"


def test_the_deadline_column_and_the_item_pane_say_which_deadline(
    qtbot: QtBot, chinese: None, svc, register, make_window, tasks
) -> None:
    late = register("逾期的办法", received_on=TODAY - dt.timedelta(days=40))
    item_service.start_review(svc, late)
    fresh = register("新的办法", received_on=TODAY)
    window = make_window()
    model = window.queue.model
    cells = {
        model.data(model.index(r, Column.TITLE)): model.data(model.index(r, Column.DUE))
        for r in range(model.rowCount())
    }
    assert cells["逾期的办法"].startswith("审 已逾期") and cells["逾期的办法"].endswith("天")
    assert cells["新的办法"].startswith("审 20")
    tip = model.data(model.index(0, Column.DUE), Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("审核期限")

    window.open_item(fresh, "all")
    wait_idle(qtbot, tasks)
    due = window.pane.due_label.text()
    # the review deadline counts working days, never calendar days
    assert due.startswith("审核期限") and "个工作日" in due and "天" not in due


def test_one_name_everywhere_in_the_sources() -> None:
    catalogues = "".join(p.read_text(encoding="utf-8") for p in TRANSLATIONS.glob("*_zh_CN.ts"))
    for retired in ("逾期审结", "超期审结", "使用说明", "法律顾问", "还剩"):
        assert f">{retired}<" not in catalogues and retired not in catalogues, retired
    template = resource("templates", "report_paragraph.txt").read_text(encoding="utf-8")
    assert "超期出具意见{reviewed.overdue}件" in template
    assert (
        resource("guide", "guide_zh_CN.md")
        .read_text(encoding="utf-8")
        .startswith("# 合法性审核工作台 用户指南")
    )
