"""Child process of test_startup_imports.py: ``workbench --db DB`` started the way the command
starts it, which prints the names of the modules loaded once the queue has painted its first
page, then quits. Only the standard library is imported before the command line runs."""

from __future__ import annotations

import json
import sys


def main() -> int:
    import workbench.app

    run_gui = workbench.app.run_gui

    def instrumented(db: str | None = None) -> int:
        from PySide6.QtCore import QEvent, QObject, QTimer
        from PySide6.QtWidgets import QApplication

        from workbench.ui.bootstrap import WorkbenchApp

        build = WorkbenchApp._build_window

        class FirstPaint(QObject):
            armed = False

            def eventFilter(self, obj: QObject, event: QEvent) -> bool:
                if self.armed and event.type() == QEvent.Type.Paint:
                    self.armed = False
                    QTimer.singleShot(0, report)
                return False

        def report() -> None:
            print(json.dumps({"modules": sorted(sys.modules)}), flush=True)
            QApplication.quit()

        def built(self: WorkbenchApp) -> None:
            build(self)
            assert self.window is not None
            probe = FirstPaint(self.window)
            self.window.queue.firstPageShown.connect(lambda *_: setattr(probe, "armed", True))
            self.window.queue.table.viewport().installEventFilter(probe)
            self.window.show_queue()  # the queue's first paint, not the Today view's

        WorkbenchApp._build_window = built  # type: ignore[method-assign]
        return run_gui(db=db)

    workbench.app.run_gui = instrumented
    from workbench.cli import main as cli_main

    return cli_main(["--db", sys.argv[1]])


if __name__ == "__main__":
    sys.exit(main())
