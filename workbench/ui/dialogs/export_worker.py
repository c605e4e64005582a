"""Runs one yearly export on its own QThread, reporting by signal and cancellable."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from workbench.domain.errors import WorkbenchError
from workbench.services.context import ServiceContext

log = logging.getLogger(__name__)

ExportFn = Callable[..., Any]


class _Worker(QObject):
    """Lives on the worker thread; never touches a widget, only emits signals."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(
        self,
        fn: ExportFn,
        svc: ServiceContext,
        year: int,
        path: Path,
        stop: threading.Event,
    ) -> None:
        super().__init__()
        self._fn = fn
        self._svc = svc
        self._year = year
        self._path = path
        self._stop = stop

    def _progress(self, done: int, total: int) -> None:
        self.progressed.emit(int(done), int(total))

    @Slot()
    def run(self) -> None:
        try:
            result = self._fn(
                self._svc,
                self._year,
                self._path,
                progress=self._progress,
                cancelled=self._stop.is_set,
            )
        except WorkbenchError as exc:
            if self._stop.is_set():
                self.cancelled.emit()
            else:
                self.failed.emit(str(exc))
        except Exception as exc:  # a bug must not kill the thread silently
            log.exception("export of %s to %s failed", self._year, self._path)
            if self._stop.is_set():
                self.cancelled.emit()
            else:
                self.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            # a cancelled export may also just return early without a file
            stopped_early = self._stop.is_set() and not self._path.exists()
            if getattr(result, "cancelled", False) or stopped_early:
                self.cancelled.emit()
            else:
                self.succeeded.emit(result)


class ExportRunner(QObject):
    """Owns the thread of one export. ``finished`` fires once, on the GUI thread."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(
        self,
        fn: ExportFn,
        svc: ServiceContext,
        year: int,
        path: Path,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._stop = threading.Event()
        self._thread = QThread(self)
        self._thread.setObjectName(f"export-{year}")
        self._worker = _Worker(fn, svc, year, path, self._stop)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self.progressed)
        for signal, relay in (
            (self._worker.succeeded, self.succeeded),
            (self._worker.failed, self.failed),
            (self._worker.cancelled, self.cancelled),
        ):
            signal.connect(relay)
            signal.connect(self._thread.quit)
        self._thread.finished.connect(self._worker.deleteLater)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self._stop.set()

    def is_running(self) -> bool:
        return self._thread.isRunning()

    def stop_and_wait(self) -> None:
        """Ask the export to stop and wait until its thread has ended."""
        self._stop.set()
        self._thread.quit()
        self._thread.wait()
