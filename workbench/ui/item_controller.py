"""The item being worked on, and every write made to it (through the worker thread).

The item pane's tabs read :attr:`ItemController.current` and call :meth:`write`; after a write
succeeds the controller reloads the item, emits :attr:`itemLoaded` for the tabs and
:attr:`itemChanged` so the window refreshes just that queue row and the counts.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from workbench.domain.errors import Conflict, NotFound, WorkbenchError
from workbench.domain.roles import Permission
from workbench.services import queries
from workbench.services.users import current_user
from workbench.services.views import ItemView
from workbench.ui.context import AppContext
from workbench.ui.drafts import DraftKeeper
from workbench.ui.errors import one_sentence
from workbench.ui.prompts import Prompts
from workbench.ui.tasks import TaskRunner

log = logging.getLogger(__name__)


class ItemController(QObject):
    #: the item shown changed or was reloaded (ItemView or None)
    itemLoaded = Signal(object)
    #: an item was written; the queue row and the counts need refreshing (item id)
    itemChanged = Signal(int)
    #: a short note for the status bar
    message = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        tasks: TaskRunner,
        prompts: Prompts,
        window: QWidget | None = None,
    ) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.tasks = tasks
        self.prompts = prompts
        self.window = window
        self.current: ItemView | None = None
        self._own_versions: set[tuple[int, int]] = set()
        self.discarding_edits = False
        #: what is typed into the item's editors, kept as drafts while typing
        self.drafts = DraftKeeper(ctx.svc, tasks, self)
        self.drafts.failed.connect(self.message)

    # --- reading ----------------------------------------------------------------------------

    def load(self, item_id: int | None, *, discard_edits: bool = False) -> None:
        """Show ``item_id`` (a quick read on the GUI thread, like opening a note in an editor).

        ``discard_edits``: the user agreed to replace unsaved edits with the stored version."""
        view: ItemView | None = None
        if item_id is not None:
            try:
                view = queries.item_by_id(self.ctx.svc, item_id)
            except NotFound:
                view = None
            except WorkbenchError as exc:
                self.show_error(exc)
        self.current = view
        self._user = current_user(self.ctx.svc)  # roles can change on a shared server
        self.discarding_edits = discard_edits
        try:
            self.itemLoaded.emit(view)
        finally:
            self.discarding_edits = False

    def can(self, permission: Permission) -> bool:
        """Whether the acting login may do ``permission`` (the services refuse it anyway)."""
        user = getattr(self, "_user", None)
        if user is None:
            user = self._user = current_user(self.ctx.svc)
        return user is not None and user.can(permission)

    def write_document(
        self,
        parent: QWidget,
        writer: Callable[..., Any],
        *,
        save_title: str,
        default_name: str,
        file_filter: str,
        done_title: str,
        done_text: str,
        open_text: str,
    ) -> None:
        """Ask where to save the current item's document, write it on the worker with
        ``writer(svc, reg_no, path)``, then offer to open it (``done_text`` has ``%1``)."""
        view = self.current
        if view is None:
            return
        out = self.prompts.save_file(parent, save_title, default_name, file_filter)
        if not out:
            return

        def done(path: object) -> None:
            question = done_text.replace("%1", str(path))
            if self.prompts.confirm(parent, done_title, question, open_text):
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

        self.tasks.submit(
            writer, self.ctx.svc, view.reg_no, out, on_done=done, on_error=self.show_error
        )

    def is_own_version(self, view: ItemView) -> bool:
        """True when ``view`` is the result of a write made from this window."""
        return (view.id, view.version) in self._own_versions

    def reload(self, *, discard_edits: bool = False) -> None:
        self.load(self.current.id if self.current else None, discard_edits=discard_edits)

    # --- writing ----------------------------------------------------------------------------

    def write(
        self,
        fn: Callable[..., Any],
        *args: Any,
        done_message: str = "",
        on_done: Callable[[Any], None] | None = None,
        on_failed: Callable[[BaseException], None] | None = None,
        on_refused: Callable[[BaseException], bool] | None = None,
        **kwargs: Any,
    ) -> None:
        """Run ``fn(ctx.svc, *args, **kwargs)`` on the worker; it returns the new ItemView.

        ``on_refused(exc)`` may handle a refusal itself (e.g. ask whether to go ahead anyway)
        and return True; otherwise the refusal is shown as a warning."""
        target = self.current.id if self.current else None

        def done(result: Any) -> None:
            changed_id = result.id if isinstance(result, ItemView) else target
            if isinstance(result, ItemView):
                self._own_versions.add((result.id, result.version))
            if isinstance(result, ItemView) and self.current and self.current.id == result.id:
                self.current = result
                self.itemLoaded.emit(result)
            if changed_id is not None:
                self.itemChanged.emit(changed_id)
            if done_message:
                self.message.emit(done_message)
            if on_done is not None:
                on_done(result)

        def failed(exc: BaseException) -> None:
            if on_refused is not None and on_refused(exc):
                pass
            elif isinstance(exc, Conflict):
                self.offer_reload(exc)
            else:
                self.show_error(exc)
            if on_failed is not None:
                on_failed(exc)

        self.tasks.submit(fn, self.ctx.svc, *args, on_done=done, on_error=failed, **kwargs)

    def offer_reload(self, exc: Conflict) -> None:
        """Someone saved the item in between: nothing was written; offer to show their
        version (which discards the edits on screen)."""
        text = (
            QCoreApplication.translate(
                "ItemController",
                "Someone else changed this item after you opened it, so your changes were "
                "NOT saved.",
            )
            + "\n\n"
            + str(exc)
            + "\n\n"
            + QCoreApplication.translate(
                "ItemController",
                "Reload the item now? Your unsaved edits on screen will be replaced by the "
                "current version.",
            )
        )
        title = QCoreApplication.translate("ItemController", "Changed by someone else")
        reload_text = QCoreApplication.translate("ItemController", "Reload")
        if self.prompts.confirm(self.window, title, text, reload_text):
            self.reload(discard_edits=True)

    def show_error(self, exc: BaseException) -> None:
        if not isinstance(exc, WorkbenchError):
            log.error("unexpected error in a task", exc_info=exc)
        title = QCoreApplication.translate("ItemController", "Not done")
        self.prompts.warn(self.window, title, one_sentence(exc))
