"""Every model passes Qt's model tester, with real rows from a real database."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from workbench.services import attachments as attachment_service
from workbench.services import queue as queue_service
from workbench.services.queue import QueueQuery, View
from workbench.ui.models.attachment_model import AttachmentModel
from workbench.ui.models.queue_model import (
    BadgeRole,
    Column,
    ItemIdRole,
    QueueModel,
    SortKeyRole,
)
from workbench.ui.models.view_list_model import CountRole, ViewKeyRole, ViewListModel
from workbench.ui.settings import SavedSearch


def test_queue_model(qtmodeltester, svc, register) -> None:
    for i in range(5):
        register(f"第{i}号管理办法")
    ids = queue_service.queue_ids(svc)
    model = QueueModel(lambda batch: queue_service.rows_by_ids(svc, batch))
    qtmodeltester.check(model)
    model.set_ids(ids)
    qtmodeltester.check(model)
    assert model.rowCount() == 5
    assert model.columnCount() == len(Column)
    index = model.index(0, Column.KIND)
    assert model.data(index) == "Normative document"  # a label, never the raw code
    assert model.data(index, ItemIdRole) == ids[0]
    assert model.data(model.index(0, Column.RECEIVED), SortKeyRole) == "2025-06-13"
    assert model.data(model.index(0, Column.DUE), BadgeRole) in ("normal", "due_soon")
    assert model.data(model.index(0, Column.STATUS)) == "Registered"


def test_queue_model_refreshes_one_row(qtbot: QtBot, svc, register) -> None:
    reg = register("原标题")
    model = QueueModel(lambda batch: queue_service.rows_by_ids(svc, batch))
    model.set_ids(queue_service.queue_ids(svc))
    assert model.data(model.index(0, Column.TITLE)) == "原标题"
    from workbench.services import items as item_service
    from workbench.services.queries import show_item

    view = show_item(svc, reg)
    item_service.update_details(svc, reg, view.version, title="新标题")
    with qtbot.waitSignal(model.dataChanged) as blocker:
        model.refresh_items([view.id])
    top_left, bottom_right = blocker.args[0], blocker.args[1]
    assert (top_left.row(), bottom_right.row()) == (0, 0)  # narrow: just that row
    assert model.data(model.index(0, Column.TITLE)) == "新标题"


def test_view_list_model(qtmodeltester) -> None:
    model = ViewListModel()
    qtmodeltester.check(model)
    saved = SavedSearch("合同", QueueQuery(View.ALL.value, "合同", {"kind": ("other_contract",)}))
    model.set_saved_searches([saved])
    model.set_counts({"all": 10, "overdue": 2, saved.key: 3})
    qtmodeltester.check(model)
    assert model.rowCount() == 1 + len(View) + 1  # Today, the views, the saved search
    last = model.index(model.rowCount() - 1)
    assert model.data(last) == "合同"
    assert model.data(last, CountRole) == 3
    assert model.data(model.index(0), ViewKeyRole) == "today"
    assert model.data(model.index(1), ViewKeyRole) == View.MINE.value
    model.set_saved_searches([])
    assert model.rowCount() == 1 + len(View)


def test_attachment_model(qtmodeltester, svc, register, tmp_path: Path) -> None:
    reg = register()
    note = tmp_path / "说明.txt"
    note.write_text("起草说明", encoding="utf-8")
    attachment_service.add_attachment(svc, reg, note)
    model = AttachmentModel()
    qtmodeltester.check(model)
    model.set_attachments(attachment_service.list_attachments(svc, reg))
    qtmodeltester.check(model)
    assert model.rowCount() == 1
    assert model.data(model.index(0, 0)) == "说明.txt"
