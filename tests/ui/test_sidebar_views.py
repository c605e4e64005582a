"""Each sidebar view lists exactly the items it promises, and its count matches the rows."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.conftest import ACTOR, TODAY, wait_idle
from workbench.domain.deadlines import add_months
from workbench.domain.statuses import OPEN_REVIEW, Status
from workbench.services import queries
from workbench.services import queue as queue_service
from workbench.services.demo import load_demo
from workbench.services.queue import DueBadge, View
from workbench.ui.models.view_list_model import CountRole


def _rows(window):
    model = window.queue.model
    ids = model.ids()
    return queue_service.rows_by_ids(window.ctx.svc, ids)


def _check(view: View, window) -> None:
    svc = window.ctx.svc
    rows = _rows(window)
    if view is View.MINE:
        assert all(r.counsel == ACTOR and r.status in OPEN_REVIEW for r in rows)
    elif view is View.OVERDUE:
        assert all(r.badge is DueBadge.OVERDUE for r in rows)
    elif view is View.DUE_SOON:
        assert all(r.badge is DueBadge.DUE_SOON for r in rows)
    elif view is View.TO_FILE:
        assert all(r.status is Status.PUBLISHED for r in rows)
    elif view is View.EXPIRING:
        limit = add_months(TODAY, 6)
        assert all(r.valid_until is not None and r.valid_until <= limit for r in rows)
        assert all(r.status in (Status.PUBLISHED, Status.FILED) for r in rows)
    elif view is View.REVIEWED_THIS_YEAR:
        for r in rows:
            opinion_on = queries.item_by_id(svc, r.id).opinion_on
            assert opinion_on is not None and opinion_on.year == TODAY.year
    else:
        assert len(rows) == queue_service.total_items(svc)


@pytest.fixture
def demo_window(svc, make_window):
    load_demo(svc, 160, seed=7)
    return make_window()


def test_every_view_filters_and_counts(qtbot: QtBot, demo_window, tasks) -> None:
    window = demo_window
    counts = queue_service.view_counts(window.ctx.svc)
    nonempty = 0
    for view in View:
        window.sidebar.select(view.value)
        wait_idle(qtbot, tasks)
        shown = window.queue.model.rowCount()
        row = window.sidebar.model.row_of(view.value)
        sidebar_count = window.sidebar.model.index(row).data(CountRole)
        assert sidebar_count == counts[view.value] == shown, view
        assert set(window.queue.model.ids()) == set(queue_service.queue_ids(window.ctx.svc, view))
        _check(view, window)
        nonempty += bool(shown)
    assert nonempty >= 6  # the sample data exercises (almost) every view
    assert "overdue" in window.counts_label.text()


def test_view_with_nothing_shows_the_no_match_page(qtbot: QtBot, register, make_window, tasks):
    register()
    window = make_window()
    window.sidebar.select(View.TO_FILE.value)
    wait_idle(qtbot, tasks)
    assert window.queue.model.rowCount() == 0
    assert window.queue.stack.currentWidget() is window.queue.no_matches


def test_empty_database_offers_the_three_ways_to_start(qtbot: QtBot, make_window, tasks):
    window = make_window()
    queue = window.queue
    assert queue.stack.currentWidget() is queue.empty_state
    assert queue.empty_state.demo_button.isVisible()
    queue.empty_state.demo_button.click()
    wait_idle(qtbot, tasks, timeout=30_000)
    assert queue.stack.currentWidget() is queue.table
    assert queue.model.rowCount() == queue_service.total_items(window.ctx.svc) > 0
    row = window.sidebar.model.row_of(View.ALL.value)
    assert window.sidebar.model.index(row).data(CountRole) == queue.model.rowCount()


def test_due_badges_say_it_in_words(qtbot: QtBot, svc, register, make_window) -> None:
    from workbench.services import items as item_service
    from workbench.ui.models.queue_model import Column

    late = register("逾期的办法", received_on=TODAY - dt.timedelta(days=40))
    item_service.start_review(svc, late)
    returned = register("退回的办法")
    item_service.start_review(svc, returned)
    item_service.return_for_materials(svc, returned, "缺少起草说明")
    window = make_window()
    model = window.queue.model
    texts = {
        model.data(model.index(r, Column.TITLE)): model.data(model.index(r, Column.DUE))
        for r in range(model.rowCount())
    }
    # the cell says which deadline (Review / Filing: see ui/glossary.py), then the state
    assert texts["逾期的办法"].startswith("Review: ") and texts["逾期的办法"].endswith("overdue")
    assert texts["逾期的办法"].split()[1].isdigit()
    assert texts["退回的办法"] == "Review: Paused"
