"""Start-up loads only what the first painted queue needs (performance issue #8).

``workbench`` runs in a child process, offscreen, on a real database; once the queue has painted
its first page the child lists the modules it has loaded. Libraries for documents, workbooks
and migrations, the dialogs and the item tabs nobody has opened yet must not be among them: each
is imported when its action or tab is first used.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from workbench.services.context import ServiceContext
from workbench.services.demo import load_demo
from workbench.store.database import open_database

CHILD = Path(__file__).with_name("first_paint_child.py")

#: modules (and their submodules) that must wait until they are used
NOT_AT_FIRST_PAINT = (
    "openpyxl",
    "docx",
    "lxml",
    "alembic",
    "workbench.documents",
    "workbench.reports",
    "workbench.ui.dialogs",
    "workbench.ui.widgets.materials_tab",
    "workbench.ui.widgets.opinion_tab",
    "workbench.ui.widgets.filing_tab",
    "workbench.ui.widgets.history_tab",
    "workbench.ui.printing",
    "workbench.ui.printing_letters",
    "PySide6.QtPrintSupport",
)


@pytest.fixture(scope="module")
def modules_at_first_paint(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    tmp = tmp_path_factory.mktemp("startup")
    env = {k: v for k, v in os.environ.items() if not k.startswith("WORKBENCH_")}
    env["WORKBENCH_DATA_DIR"] = str(tmp / "data")
    env["QT_QPA_PLATFORM"] = "offscreen"
    db_file = tmp / "workbench.sqlite3"
    # created and migrated here, as on any start after the first: the child only opens it
    db = open_database(str(db_file))
    try:
        load_demo(ServiceContext(db, actor="tester"), 300, seed=3)  # more than the first page
    finally:
        db.close()
    proc = subprocess.run(
        [sys.executable, str(CHILD), str(db_file)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    assert lines, f"the queue never painted:\n{proc.stderr}"
    return set(json.loads(lines[0])["modules"])


def test_the_child_really_reached_the_painted_queue(modules_at_first_paint: set[str]) -> None:
    for needed in (
        "sqlalchemy",
        "PySide6.QtWidgets",
        "workbench.ui.main_window",
        "workbench.ui.widgets.queue_panel",
        "workbench.ui.widgets.details_tab",
    ):
        assert needed in modules_at_first_paint


@pytest.mark.parametrize("name", NOT_AT_FIRST_PAINT)
def test_not_imported_before_the_first_paint(modules_at_first_paint: set[str], name: str) -> None:
    loaded = sorted(m for m in modules_at_first_paint if m == name or m.startswith(name + "."))
    assert not loaded, f"imported before the queue's first paint: {', '.join(loaded)}"
