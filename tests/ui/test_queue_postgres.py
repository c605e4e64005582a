"""The queue's SQL and the materials store on the shared PostgreSQL server (shared office mode)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.conftest import TODAY
from workbench.services import attachments as attachment_service
from workbench.services import queue as queue_service
from workbench.services.context import ServiceContext
from workbench.services.demo import load_demo
from workbench.services.queue import View
from workbench.store.database import open_database


@pytest.mark.postgres
def test_queue_queries_on_postgres(pg_url: str, tmp_path: Path) -> None:
    db = open_database(pg_url)
    try:
        svc = ServiceContext(db, actor="张明", fixed_today=TODAY)
        load_demo(svc, 120, seed=3)
        counts = queue_service.view_counts(svc)
        for view in View:
            ids = queue_service.queue_ids(svc, view.value)
            assert len(ids) == counts[view.value]
        for key in queue_service.SORT_KEYS:
            ids = queue_service.queue_ids(svc, sort_column=key, descending=False)
            assert len(ids) == 120
        rows = queue_service.rows_by_ids(svc, ids[:50])
        assert [r.id for r in rows] == ids[:50]
        found = queue_service.queue_ids(
            svc, search="合同 100%_x", column_filters={"kind": ("other_contract",)}
        )
        assert found == []
        # a first page (read in order from the first rows, or through LIKE) begins the whole
        for search in ("合同", "科技 办法", "东北大学", "量子计算"):
            whole = queue_service.queue_ids(svc, search=search, sort_column="title")
            for limit in (1, 7, 200):
                page = queue_service.queue_ids(svc, search=search, sort_column="title", limit=limit)
                assert page == whole[:limit], (search, limit)
        filtered = queue_service.queue_ids(
            svc, column_filters={"received_on": f"{TODAY.year}", "status": ("in_review",)}
        )
        assert all(r.status.value == "in_review" for r in queue_service.rows_by_ids(svc, filtered))
        # materials live in the database on a server
        reg_no = rows[0].reg_no
        note = tmp_path / "说明.txt"
        note.write_text("共享服务器上的材料", encoding="utf-8")
        added = attachment_service.add_attachment(svc, reg_no, note)
        assert attachment_service.storage_dir(svc) is None
        assert attachment_service.attachment_path(svc, added.id).read_text("utf-8") == (
            "共享服务器上的材料"
        )
    finally:
        db.close()
