"""Last-resort error handling: an exception that escapes a slot is logged and shown as one
sentence, never a silent crash and never a traceback in the user's face."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QThread
from PySide6.QtWidgets import QApplication, QMessageBox

from workbench.domain.errors import WorkbenchError

log = logging.getLogger("workbench.ui")

_showing = threading.Lock()


def setup_logging(log_dir: Path) -> Path | None:
    """Write warnings and errors to ``log_dir/workbench.log`` (rotated)."""
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        path = log_dir / "workbench.log"
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.INFO)
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)
    return path


def one_sentence(exc: BaseException) -> str:
    """What to tell the user about ``exc``: our own refusals verbatim, anything else briefly."""
    if isinstance(exc, WorkbenchError):
        return str(exc)
    detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return QCoreApplication.translate(
        "Errors", "Something went wrong inside the program (%1). Your saved data is safe."
    ).replace("%1", detail[:200])


def show_unexpected(exc: BaseException, log_path: Path | None) -> None:
    app = QApplication.instance()
    if app is None or QThread.currentThread() is not app.thread():
        return
    if not _showing.acquire(blocking=False):
        return  # one dialog at a time, even if the dialog itself triggers another error
    try:
        text = one_sentence(exc)
        if log_path is not None:
            text += "\n\n" + QCoreApplication.translate(
                "Errors", "Details were written to %1."
            ).replace("%1", str(log_path))
        QMessageBox.critical(
            QApplication.activeWindow(), QCoreApplication.translate("Errors", "Error"), text
        )
    finally:
        _showing.release()


def install_excepthook(log_path: Path | None) -> Callable[..., None]:
    """Route uncaught exceptions (including those raised in slots) to the log and a dialog."""
    previous = sys.excepthook

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            previous(exc_type, exc, tb)
            return
        log.error("uncaught exception:\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))
        show_unexpected(exc, log_path)

    sys.excepthook = hook
    return previous
