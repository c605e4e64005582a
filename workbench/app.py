"""A thin launcher of the desktop application (the GUI's context lives in ``ui/context.py``).

Only this module and ``workbench.ui`` import PySide6, and this module only inside functions, so
the command line never loads Qt.
"""

from __future__ import annotations

import sys
from pathlib import Path

from workbench.services.context import ServiceContext
from workbench.ui.context import AppContext

__all__ = ["AppContext", "gui_self_check", "run_gui"]


def run_gui(db: str | None = None) -> int:
    """Start the desktop application; ``db`` overrides the remembered data location."""
    from workbench.ui.bootstrap import run

    return run(db)


def gui_self_check(svc: ServiceContext, tmp: Path) -> str:
    """For ``workbench self-test``: render the main window offscreen in Chinese."""
    from PySide6.QtCore import (
        QCoreApplication,
        QDeadlineTimer,
        QEventLoop,
        QtMsgType,
        qInstallMessageHandler,
    )
    from PySide6.QtWidgets import QApplication

    from workbench.paths import app_paths
    from workbench.ui.i18n import CHINESE, Translations
    from workbench.ui.main_window import MainWindow
    from workbench.ui.tasks import TaskRunner

    def quiet(kind: QtMsgType, _context: object, message: str) -> None:
        # the offscreen platform complains about window hints it cannot honour
        if "propagateSizeHints" not in message and kind != QtMsgType.QtDebugMsg:
            print(f"qt: {message}", file=sys.stderr)

    qInstallMessageHandler(quiet)
    app = QApplication.instance() or QApplication(["workbench"])
    translations = Translations(tmp / "translations")
    translations.install(CHINESE)
    menu = QCoreApplication.translate("MainWindow", "&File")
    if menu == "&File":
        raise RuntimeError("the Chinese translation did not load")
    tasks = TaskRunner()
    window = MainWindow(AppContext(app_paths(), svc, CHINESE), tasks)
    try:
        window.resize(1400, 900)
        window.show()
        loaded: list[bool] = []
        window.queue.loaded.connect(lambda *_: loaded.append(True))
        deadline = QDeadlineTimer(15_000)
        while not loaded and not deadline.hasExpired():
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        rows = window.queue.model.rowCount()
        image = window.grab().toImage()
        if not loaded or image.isNull() or rows < 1:
            raise RuntimeError(f"the queue did not load (rows {rows})")
        qt_translated = QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"
        return f"window {image.width()}x{image.height()}, {rows} row(s), menu “{menu}”" + (
            "" if qt_translated else " (Qt's own Chinese strings missing)"
        )
    finally:
        window.close()
        tasks.shutdown()
