"""A search in a narrow view says when all items hold more matches, and goes there on request."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.conftest import ACTOR, wait_idle
from workbench.services import items as item_service
from workbench.services import queue as queue_service
from workbench.services.queue import QueueQuery, View
from workbench.ui.models.queue_model import Column


def _seed(svc, register) -> None:
    register("科技伦理审查办法", counsel=ACTOR)  # open, mine
    done = register("设备采购合同", kind="other_contract", counsel="李华")
    item_service.start_review(svc, done)
    item_service.issue_opinion(
        svc, done, item_service.OpinionInput("approve", "已经过公平竞争审查，同意。")
    )


def _titles(window) -> list[str]:
    model = window.queue.model
    return [model.data(model.index(r, Column.TITLE)) for r in range(model.rowCount())]


def test_the_service_counts_matches_the_view_leaves_out(svc, register) -> None:
    _seed(svc, register)
    outside = queue_service.matches_outside_view
    assert outside(svc, QueueQuery(View.MINE.value, "公平竞争")) == 1
    assert outside(svc, QueueQuery(View.MINE.value, "伦理")) == 0
    assert outside(svc, QueueQuery(View.ALL.value, "公平竞争")) == 0
    assert outside(svc, QueueQuery(View.MINE.value, "")) == 0


def test_a_search_hidden_by_the_view_offers_all_items(
    qtbot: QtBot, svc, register, make_window, tasks
) -> None:
    _seed(svc, register)
    window = make_window()
    window.sidebar.select(View.MINE.value)
    wait_idle(qtbot, tasks)
    bar = window.queue.search_elsewhere
    assert _titles(window) == ["科技伦理审查办法"] and not bar.isVisible()

    window.queue.search_box.setText("公平竞争")  # words of a past opinion, not in my queue
    qtbot.waitUntil(lambda: bar.isVisible(), timeout=5000)
    assert window.queue.model.rowCount() == 0
    assert bar.hidden_matches == 1 and "公平竞争" in bar.label.text()

    bar.button.click()
    wait_idle(qtbot, tasks)
    assert window.sidebar.current_key() == View.ALL.value
    assert window.queue.search_box.text() == "公平竞争"
    assert _titles(window) == ["设备采购合同"]
    assert not bar.isVisible()


def test_no_offer_when_the_view_shows_every_match(
    qtbot: QtBot, svc, register, make_window, tasks
) -> None:
    _seed(svc, register)
    window = make_window()
    window.sidebar.select(View.MINE.value)
    wait_idle(qtbot, tasks)
    with qtbot.waitSignal(window.queue.loaded, timeout=5000):  # the search ran
        window.queue.search_box.setText("伦理")
    wait_idle(qtbot, tasks)
    assert window.queue.model.rowCount() == 1
    assert not window.queue.search_elsewhere.isVisible()
