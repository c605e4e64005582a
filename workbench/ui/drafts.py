"""Keeping what is typed: the opinion editor and the details form hand their state to a
:class:`DraftKeeper`, which saves it as a draft in the database about a second after the last
keystroke, on the worker thread (the GUI never waits for a write while someone types).

A draft not yet written is held here, so that an item opened again before the worker got to it
still shows it. Closing the window first :meth:`flushes <DraftKeeper.flush>` every pending draft
into the database; :meth:`DraftKeeper.unfinished` then says what the person left unfinished.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from workbench.domain.errors import WorkbenchError
from workbench.services import drafts as service
from workbench.services.context import ServiceContext
from workbench.services.drafts import Draft, DraftPart
from workbench.ui.errors import one_sentence
from workbench.ui.prompts import Prompts
from workbench.ui.tasks import Task, TaskRunner

log = logging.getLogger(__name__)

#: a draft is saved this long after the last keystroke
DEBOUNCE_MS = 1000
#: closing the window waits at most this long for the worker to write the drafts
FLUSH_TIMEOUT_MS = 5000

Key = tuple[str, DraftPart]
#: what to write for a key: the payload, or None to discard the draft
Pending = dict[str, Any] | None


class DraftKeeper(QObject):
    """Saves drafts of the acting user, debounced, through the worker."""

    #: a draft could not be saved (the sentence, for the status bar)
    failed = Signal(str)
    #: nothing is waiting to be written any more
    idle = Signal()

    def __init__(self, svc: ServiceContext, tasks: TaskRunner, parent: QObject | None = None):
        super().__init__(parent)
        self.svc = svc
        self.tasks = tasks
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.submit_pending)
        self._pending: dict[Key, Pending] = {}
        #: the newest draft handed to the worker for each key, and every task not yet done
        self._in_flight: dict[Key, tuple[Task, Pending]] = {}
        self._tasks: dict[int, Task] = {}
        self._stamps: dict[Key, dt.datetime] = {}
        #: drafts typed or restored in this window and not issued, saved or discarded since
        self._unfinished: dict[Key, None] = {}

    # --- what the editors call --------------------------------------------------------------

    def keep(self, reg_no: str, part: DraftPart, payload: Mapping[str, Any]) -> None:
        """Save ``payload`` as the draft about a second from now (a newer one replaces it)."""
        key = (reg_no, part)
        self._pending[key] = dict(payload)
        self._stamps[key] = dt.datetime.now().replace(microsecond=0)
        self._unfinished[key] = None
        self.timer.start()

    def discard(self, reg_no: str, part: DraftPart, *, stored: bool = False) -> None:
        """Forget the draft (the editor is back to the saved state). ``stored``: a draft is
        known to be in the database; else only a draft kept or shown here is discarded."""
        key = (reg_no, part)
        known = key in self._unfinished or key in self._pending or key in self._in_flight
        if not (known or stored):
            return
        self._unfinished.pop(key, None)
        self._pending[key] = None
        self.timer.start()

    def cancel(self, reg_no: str, part: DraftPart) -> None:
        """Drop a draft not yet written: the work is being issued or saved, and that write
        discards the stored draft itself."""
        key = (reg_no, part)
        self._pending.pop(key, None)
        self._unfinished.pop(key, None)

    def restored(self, reg_no: str, part: DraftPart) -> None:
        """A stored draft is on screen again: it counts as unfinished work."""
        self._unfinished[(reg_no, part)] = None

    def load(self, reg_no: str, part: DraftPart) -> Draft | None:
        """The draft to show: one not yet written, else the stored one (a quick read)."""
        key = (reg_no, part)
        if key in self._pending or key in self._in_flight:
            payload = self._pending[key] if key in self._pending else self._in_flight[key][1]
            if payload is None:
                return None
            stamp = self._stamps.get(key) or dt.datetime.now().replace(microsecond=0)
            return Draft(reg_no, part, payload, stamp)
        try:
            return service.load_draft(self.svc, reg_no, part)
        except WorkbenchError as exc:
            log.warning("reading the draft of %s failed: %s", reg_no, exc)
            return None

    def unfinished(self) -> list[Key]:
        """The drafts left unfinished in this window, in the order they were begun."""
        return list(self._unfinished)

    def confirm_close(self, parent: QWidget | None, prompts: Prompts) -> bool:
        """Before the window closes: put every draft in the database, then, when something was
        left unfinished, say that it is kept and ask whether to close anyway."""
        self.flush()
        left = self.unfinished()
        if not left:
            return True
        if len(left) == 1:
            reg_no, part = left[0]
            if part is DraftPart.OPINION:
                text = self.tr(
                    "You have an unfinished opinion on %1; it is kept as a draft and will be "
                    "back next time. Quit anyway?"
                )
            else:
                text = self.tr(
                    "You have unsaved changes to the details of %1; they are kept as a draft "
                    "and will be back next time. Quit anyway?"
                )
            text = text.replace("%1", reg_no)
        else:
            names = "、".join(dict.fromkeys(reg_no for reg_no, _part in left))
            text = self.tr(
                "You have unfinished work on %1; it is kept as drafts and will be back next "
                "time. Quit anyway?"
            ).replace("%1", names)
        return prompts.confirm(parent, self.tr("Unfinished work"), text, self.tr("Quit"))

    # --- writing ----------------------------------------------------------------------------

    def submit_pending(self) -> None:
        """Hand every pending draft to the worker now."""
        self.timer.stop()
        pending, self._pending = self._pending, {}
        for key, payload in pending.items():
            reg_no, part = key
            if payload is None:
                args: tuple[Any, ...] = (service.discard_draft, self.svc, reg_no, part)
            else:
                args = (service.save_draft, self.svc, reg_no, part, payload)
            try:
                task = self.tasks.submit(*args)
            except RuntimeError:  # the worker has stopped (the application is quitting)
                self._write_now(key, payload)
                continue
            # set before the worker's answer can arrive: that is handled on this thread
            task.on_done = functools.partial(self._on_written, key, task)
            task.on_error = functools.partial(self._on_write_failed, key, task)
            self._in_flight[key] = (task, payload)
            self._tasks[task.id] = task

    def flush(self, timeout_ms: int = FLUSH_TIMEOUT_MS) -> None:
        """Make sure every draft typed so far is in the database before returning: the worker
        writes them (the window waits for it, up to ``timeout_ms``), else they are written
        here."""
        self.submit_pending()
        if self._tasks:
            loop = QEventLoop()
            self.idle.connect(loop.quit)
            QTimer.singleShot(timeout_ms, loop.quit)
            loop.exec()
            self.idle.disconnect(loop.quit)
        for task in self._tasks.values():
            task.cancel()
        self._tasks.clear()
        late, self._in_flight = self._in_flight, {}
        for key, (_task, payload) in late.items():
            log.warning("the worker is busy: writing the draft of %s here", key[0])
            self._write_now(key, payload)

    def _write_now(self, key: Key, payload: Pending) -> None:
        reg_no, part = key
        try:
            if payload is None:
                service.discard_draft(self.svc, reg_no, part)
            else:
                service.save_draft(self.svc, reg_no, part, payload)
        except WorkbenchError as exc:
            log.warning("the draft of %s was not saved: %s", reg_no, exc)

    def _on_written(self, key: Key, task: Task, _result: object = None) -> None:
        self._tasks.pop(task.id, None)
        if key in self._in_flight and self._in_flight[key][0] is task:
            del self._in_flight[key]  # the newest is written: read it from the database
        if not self._tasks:
            self.idle.emit()

    def _on_write_failed(self, key: Key, task: Task, exc: BaseException) -> None:
        self._on_written(key, task)
        if not isinstance(exc, WorkbenchError):
            log.error("saving a draft failed", exc_info=exc)
        self.failed.emit(one_sentence(exc))
