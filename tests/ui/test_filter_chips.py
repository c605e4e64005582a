"""Column filters: each header's menu filters its own column, and active filters show as
removable chips above the queue and as an icon in their header."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from tests.ui.conftest import wait_idle
from workbench.ui.models.queue_model import Column, header_text
from workbench.ui.widgets import header_filters


def _right_click_header(window: Any, column: Column, monkeypatch: pytest.MonkeyPatch) -> QMenu:
    """Open the header's context menu over ``column`` without a modal loop; the menu shown."""
    shown: list[QMenu] = []

    class Menu(QMenu):
        def exec(self, *args: Any, **kwargs: Any) -> None:  # type: ignore[override]
            shown.append(self)

    monkeypatch.setattr(header_filters, "QMenu", Menu)
    header = window.queue.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    window.queue.filters._on_header_context_menu(QPoint(x, header.height() // 2))
    assert shown
    return shown[-1]


def _action(menu: QMenu, starts: str) -> Any:
    return next(a for a in menu.actions() if a.text().startswith(starts))


@pytest.mark.parametrize("column", [Column.KIND, Column.STATUS, Column.UNIT, Column.RECEIVED])
def test_each_header_filters_its_own_column(
    qtbot: QtBot, register, make_window, tasks, prompts, monkeypatch, column: Column
) -> None:
    register()
    window = make_window()
    titles: list[str] = []

    def ask(parent: Any, title: str, *args: Any, **kwargs: Any) -> None:
        titles.append(title)
        return None

    monkeypatch.setattr(prompts, "ask_choices", ask)
    monkeypatch.setattr(prompts, "ask_text", ask)
    menu = _right_click_header(window, column, monkeypatch)
    name = header_text(column)
    action = _action(menu, "Filter")
    assert action.text() == f"Filter “{name}”…"
    action.trigger()
    assert titles == [f"Filter “{name}”"]


def test_clear_this_filter_clears_the_column_clicked(
    qtbot: QtBot, register, make_window, tasks, monkeypatch
) -> None:
    register()
    window = make_window()
    window.queue.filters.set_filters({"kind": ("normative",), "unit": "办公室"})
    wait_idle(qtbot, tasks)
    _action(_right_click_header(window, Column.KIND, monkeypatch), "Clear this").trigger()
    wait_idle(qtbot, tasks)
    assert window.queue.filters.filters == {"unit": "办公室"}


def test_active_filters_are_removable_chips_and_header_icons(
    qtbot: QtBot, register, make_window, tasks
) -> None:
    register("甲 办法")
    register("乙 合同", kind="other_contract", unit="办公室")
    window = make_window()
    queue = window.queue
    assert not queue.filter_bar.isVisible()
    queue.filters.set_filters({"kind": ("other_contract",), "unit": "办&公"})
    wait_idle(qtbot, tasks)
    assert queue.filter_bar.isVisible()
    chips = queue.filter_chips.chips
    assert set(chips) == {"kind", "unit"}
    assert chips["kind"].text().startswith("Kind: Other contract") and "×" in chips["kind"].text()
    assert "办&&公" in chips["unit"].text()  # shown as "&", not taken for a mnemonic
    assert chips["kind"].isVisible() and chips["kind"].accessibleName()
    model = queue.model
    for column in (Column.KIND, Column.UNIT):
        decoration = model.headerData(
            column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DecorationRole
        )
        assert isinstance(decoration, QIcon) and not decoration.pixmap(16, 16).isNull()
    assert (
        model.headerData(Column.TITLE, Qt.Orientation.Horizontal, Qt.ItemDataRole.DecorationRole)
        is None
    )

    qtbot.mouseClick(chips["unit"], Qt.MouseButton.LeftButton)
    wait_idle(qtbot, tasks)
    assert queue.filters.filters == {"kind": ("other_contract",)}
    assert set(queue.filter_chips.chips) == {"kind"}
    assert (
        model.headerData(Column.UNIT, Qt.Orientation.Horizontal, Qt.ItemDataRole.DecorationRole)
        is None
    )
    qtbot.mouseClick(queue.filter_chips.chips["kind"], Qt.MouseButton.LeftButton)
    wait_idle(qtbot, tasks)
    assert queue.filters.filters == {} and not queue.filter_bar.isVisible()
