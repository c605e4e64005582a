"""At a laptop's 1280x800 the deadline and status columns are on screen without scrolling,
next to the registration number, and the title gives way, in both languages."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.conftest import wait_idle
from workbench.ui import i18n
from workbench.ui.models.queue_model import Column
from workbench.ui.widgets.queue_columns import DEFAULT_ORDER


@pytest.fixture(params=[i18n.ENGLISH, i18n.CHINESE])
def language(request: pytest.FixtureRequest, qapp, tmp_path: Path) -> Iterator[str]:
    translations = i18n.Translations(tmp_path / "qm")
    translations.install(request.param)
    yield request.param
    translations.install(i18n.ENGLISH)


def test_deadline_and_status_are_visible_at_1280x800(
    qtbot: QtBot, language: str, register, make_window, tasks
) -> None:
    for n in range(3):
        register(f"辽宁省科技计划项目管理办法实施细则（试行）第{n}稿", counsel="张明")
    window = make_window()
    window.showNormal()
    window.resize(1280, 800)
    wait_idle(qtbot, tasks)
    qtbot.waitUntil(lambda: window.queue.model.rowCount() == 3, timeout=5000)
    table = window.queue.table
    header = table.horizontalHeader()
    assert [header.logicalIndex(v) for v in range(len(Column))] == list(DEFAULT_ORDER)
    assert table.horizontalScrollBar().value() == 0
    viewport = table.viewport().width()
    for column in (Column.REG_NO, Column.DUE, Column.STATUS):
        left = header.sectionViewportPosition(column)
        assert left >= 0 and left + header.sectionSize(column) <= viewport, column.name
        # the cell's text fits its column: nothing cut off
        for row in range(table.model().rowCount()):
            text = table.model().index(row, column).data()
            assert table.fontMetrics().horizontalAdvance(text) < header.sectionSize(column)
    # the title takes what is left, and no less than its minimum
    assert header.sectionSize(Column.TITLE) >= window.queue.columns.title_minimum()


def test_the_window_fits_a_1280_wide_screen(
    qtbot: QtBot, language: str, register, make_window, tasks
) -> None:
    """1920x1080 at 150% is 1280 wide: the item's buttons wrap rather than widen the window."""
    register("辽宁省科技计划项目管理办法", counsel="张明")
    window = make_window()
    window.queue.select_first()
    wait_idle(qtbot, tasks)
    assert window.minimumSizeHint().width() <= 1280
    assert window.pane.minimumSizeHint().width() < 500
