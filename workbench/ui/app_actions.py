"""The application-level commands: menus' actions, their shortcuts, and the slots that open
the dialogs (imported when used, so the window runs before every dialog exists)."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QWidget

from workbench.domain.errors import WorkbenchError
from workbench.ui.context import AppContext
from workbench.ui.errors import one_sentence
from workbench.ui.i18n import CHINESE, ENGLISH
from workbench.ui.prompts import Prompts
from workbench.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

DEMO_ITEMS = 300


class AppActions(QObject):
    #: the database content changed wholesale (import, sample data): reload everything
    dataReplaced = Signal()
    #: a new item was registered (its reg. no.)
    registered = Signal(str)
    #: the user chose a language ("" = follow the system) / another data location
    languageRequested = Signal(str)
    locationRequested = Signal(str)
    #: a short note for the status bar
    message = Signal(str)

    def __init__(
        self,
        window: QWidget,
        ctx: AppContext,
        tasks: TaskRunner,
        prompts: Prompts,
        language_choice: str,
    ) -> None:
        super().__init__(window)
        self.window, self.ctx, self.tasks, self.prompts = window, ctx, tasks, prompts
        a = self._action
        self.new_item = a(self.tr("&New item…"), "Ctrl+N", self._on_new_item_triggered)
        self.import_ledger = a(self.tr("&Import ledger…"), "", self._on_import_ledger_triggered)
        self.export = a(self.tr("&Export yearly statistics…"), "Ctrl+E", self._on_export_triggered)
        self.cleanup = a(self.tr("C&leanup campaigns…"), "", self._on_cleanup_triggered)
        self.switch_location = a(
            self.tr("Switch &data location…"), "", self._on_switch_location_triggered
        )
        self.settings = a(self.tr("&Settings…"), "", self._on_settings_triggered)
        self.load_demo = a(self.tr("Load sa&mple data"), "", self._on_load_demo_triggered)
        self.quit = a(self.tr("&Quit"), QKeySequence.StandardKey.Quit, window.close)
        self.refresh = a(self.tr("&Refresh"), "F5")
        self.find = a(self.tr("&Find"), "Ctrl+F")
        self.save_search = a(self.tr("Save current &search…"), "")
        self.clear_filters = a(self.tr("&Clear search and filters"), "")
        self.save = a(self.tr("&Save"), "Ctrl+S")
        self.save_next = a(self.tr("Save and &next"), "")
        self.save_next.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.guide = a(self.tr("&User guide"), "F1", self._on_guide_triggered)
        self.about = a(self.tr("&About"), "", self._on_about_triggered)
        self.check_audit = a(self.tr("Check the audit lo&g…"), "", self._on_check_audit_triggered)
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, text in (
            ("", self.tr("Follow the system")),
            (CHINESE, "中文"),
            (ENGLISH, "English"),
        ):
            action = QAction(text, self)
            action.setCheckable(True)
            action.setChecked(code == language_choice)
            action.triggered.connect(lambda _=False, c=code: self.languageRequested.emit(c))
            self.language_group.addAction(action)
            self.language_actions[code] = action

    def _action(self, text: str, shortcut: Any, slot: Any = None) -> QAction:
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if slot is not None:
            action.triggered.connect(slot)
        self.window.addAction(action)  # shortcuts work wherever the focus is
        return action

    def _missing(self, what: str, exc: Exception) -> None:
        log.warning("%s is not available: %s", what, exc)
        self.prompts.info(
            self.window,
            self.tr("Not available"),
            self.tr("%1 is not available in this version yet.").replace("%1", what),
        )

    def _error(self, exc: BaseException) -> None:
        if not isinstance(exc, WorkbenchError):
            log.error("task failed", exc_info=exc)
        self.prompts.warn(self.window, self.tr("Not done"), one_sentence(exc))

    # --- dialogs ----------------------------------------------------------------------------

    def _on_new_item_triggered(self) -> None:
        try:
            from workbench.ui.dialogs.register_dialog import RegisterDialog
        except ImportError as exc:
            self._missing(self.tr("Registering items"), exc)
            return
        dialog = RegisterDialog(self.ctx, self.window)
        dialog.exec()
        reg_no = dialog.registered_reg_no()
        if reg_no:
            self.registered.emit(reg_no)

    def _on_export_triggered(self) -> None:
        try:
            from workbench.ui.dialogs.export_dialog import ExportDialog
        except ImportError as exc:
            self._missing(self.tr("The yearly export"), exc)
            return
        ExportDialog(self.ctx, self.window).exec()

    def _on_cleanup_triggered(self) -> None:
        from workbench.ui.dialogs.cleanup_dialog import CleanupDialog

        dialog = CleanupDialog(self.ctx, self.window)
        dialog.items_changed.connect(self.refresh.trigger)  # closing repealed documents
        dialog.exec()

    def _on_settings_triggered(self) -> None:
        try:
            from workbench.ui.dialogs.settings_dialog import SettingsDialog
        except ImportError as exc:
            self._missing(self.tr("Settings"), exc)
            return
        SettingsDialog(self.ctx, self.window).exec()
        self.dataReplaced.emit()  # review periods or the calendar may have changed

    def _on_about_triggered(self) -> None:
        try:
            from workbench.ui.dialogs.about_dialog import AboutDialog
        except ImportError as exc:
            self._missing(self.tr("About"), exc)
            return
        AboutDialog(self.window).exec()

    def _on_guide_triggered(self) -> None:
        try:
            from workbench.ui.dialogs.guide import show_user_guide
        except ImportError as exc:
            self._missing(self.tr("The user guide"), exc)
            return
        show_user_guide(self.window, self.ctx.language)

    # --- data -------------------------------------------------------------------------------

    def _on_check_audit_triggered(self) -> None:
        """``workbench audit verify``: recompute the hash chain of every recorded change."""
        from workbench.services.audit import verify_audit

        def done(report: Any) -> None:
            self.message.emit("")
            title = self.tr("Check the audit log")
            if report.ok:
                text = self.tr(
                    "The audit log is intact: the hash chain of all %n record(s) matches.",
                    "",
                    report.events,
                )
                self.prompts.info(self.window, title, text)
                return
            text = self.tr(
                "The audit log was changed at record %1: that record, or the one before it, is "
                "no longer what was written. Keep the backups made before the change, and find "
                "out who had access to the data."
            ).replace("%1", str(report.first_bad_id))
            self.prompts.warn(self.window, title, text)

        self.message.emit(self.tr("Checking the audit log…"))
        self.tasks.submit(verify_audit, self.ctx.svc, on_done=done, on_error=self._error)

    def _on_switch_location_triggered(self) -> None:
        current = self.ctx.svc.db.target.path
        path = self.prompts.choose_database(self.window, str(current.parent) if current else "")
        if path:
            self.locationRequested.emit(path)

    def _on_load_demo_triggered(self) -> None:
        from workbench.services.demo import load_demo

        def done(result: Any) -> None:
            self.dataReplaced.emit()
            self.message.emit(self.tr("%n sample item(s) loaded", "", result.items))

        self.message.emit(self.tr("Loading sample data…"))
        self.tasks.submit(load_demo, self.ctx.svc, DEMO_ITEMS, on_done=done, on_error=self._error)

    def _on_import_ledger_triggered(self) -> None:
        path = self.prompts.open_file(
            self.window, self.tr("Import a ledger"), self.tr("Excel workbooks (*.xlsx)")
        )
        if not path:
            return
        try:
            from workbench.services.ledger_import import import_ledger
        except ImportError as exc:
            self._missing(self.tr("Importing ledgers"), exc)
            return

        def checked(result: Any) -> None:
            lines = "\n".join(result.summary())
            if not result.imported and not result.updated:
                self.prompts.info(self.window, self.tr("Import a ledger"), lines)
                return
            if self.prompts.confirm(
                self.window,
                self.tr("Import a ledger"),
                lines + "\n\n" + self.tr("Import now?"),
                self.tr("Import"),
            ):
                self.message.emit(self.tr("Importing…"))
                self.tasks.submit(
                    import_ledger, self.ctx.svc, path, on_done=imported, on_error=refused
                )

        def imported(result: Any) -> None:
            self.dataReplaced.emit()
            self.prompts.info(self.window, self.tr("Import a ledger"), "\n".join(result.summary()))

        def refused(exc: BaseException) -> None:
            problems = getattr(exc, "problems", None)
            if problems:
                self.prompts.show_text(
                    self.window,
                    self.tr("Import a ledger"),
                    self.tr(
                        "The ledger has problems; nothing was imported. Correct them in the "
                        "spreadsheet and import again:"
                    ),
                    "\n".join(str(p) for p in problems),
                )
            else:
                self._error(exc)

        self.message.emit(self.tr("Checking the ledger…"))
        self.tasks.submit(
            import_ledger, self.ctx.svc, path, dry_run=True, on_done=checked, on_error=refused
        )
