"""The item pane's tabs other than the details are built the first time they are shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.conftest import wait_idle
from workbench.ui.widgets.item_pane import ItemPane


def test_a_tab_opened_later_shows_the_item_on_screen(
    qtbot: QtBot, register, make_window, tasks
) -> None:
    register("辽宁省科技伦理审查办法")
    window = make_window()
    window.queue.select_first()
    wait_idle(qtbot, tasks)
    pane = window.pane
    assert pane.stack.currentIndex() == 1  # the item is on screen
    assert set(pane._pending) == {
        ItemPane.TAB_MATERIALS,
        ItemPane.TAB_OPINION,
        ItemPane.TAB_FILING,
        ItemPane.TAB_HISTORY,
    }
    titles = [pane.tabs.tabText(i) for i in range(pane.tabs.count())]
    changes: list[int] = []
    pane.tabs.currentChanged.connect(changes.append)

    # a click on the tab, as the user opens it
    bar = pane.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(ItemPane.TAB_HISTORY).center())
    history = pane.tabs.currentWidget()
    assert pane.tabs.currentIndex() == ItemPane.TAB_HISTORY
    assert history is pane.history and history.objectName() == "historyTab"
    assert "registered" in history.view.toPlainText()
    assert history.isVisible()
    assert changes == [ItemPane.TAB_HISTORY]  # the swap did not look like more tab changes
    assert [pane.tabs.tabText(i) for i in range(pane.tabs.count())] == titles
    assert ItemPane.TAB_OPINION in pane._pending  # the others still wait

    # asked for in code: built at its own place, the current tab stays
    opinion = pane.opinion
    assert pane.tabs.indexOf(opinion) == ItemPane.TAB_OPINION
    assert pane.tabs.currentIndex() == ItemPane.TAB_HISTORY
    assert opinion.isEnabled()  # it shows the item: an opinion can be drafted
    assert changes == [ItemPane.TAB_HISTORY]

    # built once, and from then on it follows the item on screen
    first = window.controller.current
    register("另一件规范性文件")
    window.refresh_all()
    wait_idle(qtbot, tasks)
    other = next(
        window.queue.model.item_id(row)
        for row in range(window.queue.model.rowCount())
        if window.queue.model.item_id(row) != first.id
    )
    window.queue.select_item(other)
    wait_idle(qtbot, tasks)
    assert window.controller.current.id == other
    assert pane.history is history and pane.opinion is opinion
    assert opinion._item_id == other
    assert "registered" in history.view.toPlainText()
