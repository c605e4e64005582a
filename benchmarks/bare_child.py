"""Child process: the floor for start-up and memory, a bare PySide6 window with a table.

QApplication + QMainWindow + QTableView (a small model, nine columns, like the queue), shown
maximised, first paint of the table, then exit. Prints the same ``painted`` line as the GUI.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView


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
    model = QStandardItemModel(60, 9, table)
    for row in range(60):
        for col in range(9):
            model.setItem(row, col, QStandardItem(f"审2025-{row:04d} 第{col}列"))
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
