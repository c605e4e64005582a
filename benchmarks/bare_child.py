"""Child process: the floor for start-up and memory, a bare PySide6 window with a table.

QApplication + QMainWindow + QTableView (a small model, nine columns, like the queue), shown
maximised, first paint of the table, then exit. Prints the same ``painted`` line as the GUI.

``bare_child.py stack DB``: the same window, but its rows are the queue's first 200 rows read
through SQLAlchemy from DB, as the fixed stack (PySide6 + SQLAlchemy Core) must at the least.
This second floor is informational; the target is over the bare window. The rows are read
before Qt is imported, in the application's order (PySide6 inspects every module imported
after it, which would make this floor slower than the application).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def stack_rows(db: str) -> list[list[str]]:
    """The first 200 rows of the queue, newest first, through SQLAlchemy Core."""
    from sqlalchemy import create_engine, text

    engine = create_engine(f"sqlite:///{db}")
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT reg_no, kind, title, unit, received_on, review_due_on, status, counsel,"
                " doc_no FROM items ORDER BY received_on DESC, id DESC LIMIT 200"
            )
        ).all()
    engine.dispose()
    return [[str(v or "") for v in row] for row in rows]


STACK_CELLS = stack_rows(sys.argv[2]) if len(sys.argv) > 2 and sys.argv[1] == "stack" else None

# Qt after the rows (see the module's text)
from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtGui import QStandardItem, QStandardItemModel  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView  # noqa: E402


def rss_mb() -> dict[str, float]:
    out = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            out[key] = int(value.split()[0]) / 1024
    return out


class FirstPaint(QObject):
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not getattr(self, "done", False):
            self.done = True
            QTimer.singleShot(0, self.report)
        return False

    def report(self) -> None:
        print(json.dumps({"event": "painted", "rss": rss_mb()}), flush=True)
        QApplication.quit()


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    table = QTableView(window)
    cells = STACK_CELLS or [
        [f"审2025-{row:04d} 第{col}列" for col in range(9)] for row in range(60)
    ]
    model = QStandardItemModel(len(cells), 9, table)
    for row, values in enumerate(cells):
        for col, value in enumerate(values):
            model.setItem(row, col, QStandardItem(value))
    table.setModel(model)
    window.setCentralWidget(table)
    probe = FirstPaint(table)
    table.viewport().installEventFilter(probe)
    window.showMaximized()
    code = app.exec()
    print(json.dumps({"event": "exit", "code": code}), flush=True)
    return code


if __name__ == "__main__":
    sys.exit(main())
