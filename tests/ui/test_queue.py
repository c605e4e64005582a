"""Sorting, search-as-you-type, column filters and saved searches are new SQL queries."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.conftest import TODAY, wait_idle
from workbench.services import queue as queue_service
from workbench.services.queue import View
from workbench.ui.models.queue_model import Column
from workbench.ui.models.view_list_model import CountRole
from workbench.ui.settings import load_saved_searches


def _titles(window) -> list[str]:
    model = window.queue.model
    return [model.data(model.index(r, Column.TITLE)) for r in range(model.rowCount())]


def _seed(register) -> None:
    register("乙 科技成果转化办法", received_on=TODAY - dt.timedelta(days=1))
    register("甲 科技伦理审查办法", received_on=TODAY - dt.timedelta(days=5))
    register(
        "丙 设备采购合同",
        kind="other_contract",
        unit="办公室",
        received_on=TODAY - dt.timedelta(days=3),
        notes="需要复核预算",
    )


def test_clicking_a_header_sorts_by_sql(qtbot: QtBot, register, make_window, tasks) -> None:
    _seed(register)
    window = make_window()
    # default: newest received first
    assert _titles(window)[0].startswith("乙")
    header = window.queue.table.horizontalHeader()
    header.setSortIndicator(Column.TITLE, Qt.SortOrder.AscendingOrder)
    wait_idle(qtbot, tasks)
    assert window.queue.sort_key == "title"
    expected = queue_service.queue_ids(window.ctx.svc, sort_column="title", descending=False)
    assert window.queue.model.ids() == expected
    header.setSortIndicator(Column.RECEIVED, Qt.SortOrder.AscendingOrder)
    wait_idle(qtbot, tasks)
    assert _titles(window)[0].startswith("甲")


def test_search_as_you_type(qtbot: QtBot, register, make_window, tasks) -> None:
    _seed(register)
    window = make_window()
    box = window.queue.search_box
    assert box.objectName() == "searchBox"
    window.app_actions.find.trigger()
    assert box.hasFocus() or not window.isActiveWindow()
    for char in "办法":  # typed one character at a time (QTest cannot type CJK keys)
        box.insert(char)
    qtbot.waitUntil(lambda: window.queue.model.rowCount() == 2, timeout=3000)
    assert all("办法" in t for t in _titles(window))
    box.setText("预算")  # notes are searched too
    qtbot.waitUntil(lambda: _titles(window) == ["丙 设备采购合同"], timeout=3000)
    box.setText("没有这个词")
    qtbot.waitUntil(lambda: window.queue.model.rowCount() == 0, timeout=3000)
    assert window.queue.stack.currentWidget() is window.queue.no_matches
    window.queue.no_matches.clear_button.click()
    wait_idle(qtbot, tasks)
    assert window.queue.model.rowCount() == 3 and box.text() == ""


def test_column_filters_from_the_header(qtbot: QtBot, register, make_window, tasks, prompts):
    _seed(register)
    window = make_window()
    prompts.answer("ask_choices", ["other_contract"])
    window.queue.filters.ask(Column.KIND)
    wait_idle(qtbot, tasks)
    assert _titles(window) == ["丙 设备采购合同"]
    assert window.queue.filter_bar.isVisible()
    assert "Other contract" in window.queue.filter_chips.chips["kind"].text()
    window.queue.filters.set_filters({})
    wait_idle(qtbot, tasks)
    prompts.answer("ask_text", f"{TODAY.year}-06-11..{TODAY.year}-06-14")
    window.queue.filters.ask(Column.RECEIVED)
    wait_idle(qtbot, tasks)
    assert sorted(_titles(window)) == ["丙 设备采购合同", "甲 科技伦理审查办法"]
    prompts.answer("ask_text", "not a date")
    window.queue.filters.ask(Column.RECEIVED)
    assert prompts.texts("warn")  # refused with a message, filter unchanged
    assert window.queue.filters.filters["received_on"].endswith("06-14")


def test_saved_search_with_live_count(qtbot: QtBot, register, make_window, tasks, prompts):
    _seed(register)
    window = make_window()
    window.queue.search_box.setText("办法")
    wait_idle(qtbot, tasks)
    qtbot.wait(200)
    wait_idle(qtbot, tasks)
    prompts.answer("ask_text", "规范性文件办法")
    window.app_actions.save_search.trigger()
    wait_idle(qtbot, tasks)
    key = "saved:规范性文件办法"
    assert window.sidebar.current_key() == key
    row = window.sidebar.model.row_of(key)
    assert window.sidebar.model.index(row).data(CountRole) == 2
    assert [s.name for s in load_saved_searches(window.settings)] == ["规范性文件办法"]
    register("丁 另一个办法")
    window.refresh_all()
    wait_idle(qtbot, tasks)
    assert window.sidebar.model.index(row).data(CountRole) == 3 == window.queue.model.rowCount()
    window.sidebar.select(View.ALL.value)  # leaving the saved search drops its words
    wait_idle(qtbot, tasks)
    assert window.queue.search_box.text() == "" and window.queue.model.rowCount() == 4
    window.sidebar.select(key)
    wait_idle(qtbot, tasks)
    assert window.queue.search_box.text() == "办法"
    window.sidebar.remove_button.click()
    wait_idle(qtbot, tasks)
    assert window.sidebar.model.row_of(key) == -1
    assert window.sidebar.current_key() == View.ALL.value
    assert load_saved_searches(window.settings) == []


def test_a_long_queue_shows_its_first_page_then_the_rest(
    qtbot: QtBot, svc, make_window, tasks
) -> None:
    from workbench.services.demo import load_demo
    from workbench.ui.queue_loader import FIRST_PAGE

    load_demo(svc, 450, seed=2)
    window = make_window()
    panel = window.queue
    assert panel.model.rowCount() == 450
    assert panel.count_label.text().startswith("450 item")
    # an item far below the first page stays selected through a reload
    far = panel.model.item_id(400)
    assert panel.select_item(far)
    pages: list[int] = []
    cached: list[bool] = []

    def first_page(rows: int, _ms: float) -> None:
        pages.append(rows)
        # the worker read the first page's rows with its ids: painting them runs no query
        first = panel.model.ids()[:rows]
        cached.append(all(panel.model.cached_row(i) is not None for i in first))

    panel.firstPageShown.connect(first_page)
    width = panel.count_label.width()
    with qtbot.waitSignal(panel.loaded, timeout=5000) as done:
        panel.reload()
    assert pages == [FIRST_PAGE] and cached == [True] and done.args[0] == 450
    assert panel.count_label.width() == width  # a new count does not relayout the window
    assert panel.model.ids() == queue_service.queue_ids(svc)
    assert panel.current_item_id() == far
    assert panel.table.currentIndex().row() == panel.model.row_of(far)
    # a newer query wins even when the older one is still fetching
    panel.search_box.setText("合同")
    panel.reload()
    panel.set_sort("title", False)  # a header click: a third query at once
    wait_idle(qtbot, tasks)
    expected = queue_service.queue_ids(svc, search="合同", sort_column="title", descending=False)
    assert panel.model.ids() == expected
    assert panel.count_label.text().startswith(f"{len(expected)} item")


def test_stop_loading_drops_the_queries_in_flight(qtbot: QtBot, svc, make_window, tasks) -> None:
    from workbench.services.demo import load_demo

    load_demo(svc, 450, seed=2)
    window = make_window()
    panel = window.queue
    panel.search_box.setText("合同")
    panel.reload()
    panel.stop_loading()
    wait_idle(qtbot, tasks)
    assert panel.model.rowCount() == 450  # the cancelled search never replaced the list


def test_the_status_bar_says_working_only_for_work_that_lasts(
    qtbot: QtBot, register, make_window, tasks
) -> None:
    import threading

    from workbench.ui.main_window import BUSY_DELAY_MS

    _seed(register)
    window = make_window()
    label = window.busy_label
    width = label.width()
    window.queue.reload()  # a quick query: no flicker
    wait_idle(qtbot, tasks)
    qtbot.wait(BUSY_DELAY_MS + 100)
    assert label.text() == ""
    release = threading.Event()
    tasks.submit(release.wait, 10)  # work that lasts
    qtbot.waitUntil(lambda: label.text() != "", timeout=BUSY_DELAY_MS + 2000)
    assert label.width() == width  # shown without moving the status bar's other fields
    release.set()
    wait_idle(qtbot, tasks)
    assert label.text() == ""


def test_newer_counts_replace_a_count_still_running(
    qtbot: QtBot, register, make_window, tasks
) -> None:
    _seed(register)
    window = make_window()
    window.refresh_counts()
    first = window.view_counts.task
    window.refresh_counts()
    assert first is not None and first.is_cancelled()
    wait_idle(qtbot, tasks)
    assert window.view_counts.task is None  # the newer one finished and was shown
    assert window.sidebar.model.count(View.ALL.value) == 3
    window.refresh_counts()
    window.view_counts.stop()  # nobody waits for a count cancelled in flight
    assert window.view_counts.task is None
    wait_idle(qtbot, tasks)
