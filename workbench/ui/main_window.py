"""The main window: composes the sidebar, the queue and the item pane, and wires them up.

It holds no business logic: services do the work, the widgets show it, and this class connects
their signals, builds the menus and keeps the window's state in the user's settings.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from workbench.domain.errors import WorkbenchError
from workbench.services import calendar as calendar_service
from workbench.services import queries
from workbench.services import queue as queue_service
from workbench.services.queue import View
from workbench.ui import settings as keys
from workbench.ui.app_actions import AppActions
from workbench.ui.backup_actions import BackupActions
from workbench.ui.context import AppContext
from workbench.ui.errors import one_sentence
from workbench.ui.icons import app_icon
from workbench.ui.idle_lock import make_idle_lock
from workbench.ui.item_controller import ItemController
from workbench.ui.models.view_list_model import TODAY_KEY
from workbench.ui.print_actions import WindowPrinting
from workbench.ui.prompts import Prompts
from workbench.ui.saved_searches import SavedSearches
from workbench.ui.tasks import TaskRunner
from workbench.ui.view_counts import ViewCounts
from workbench.ui.who import UserBadge
from workbench.ui.widgets.busy_label import BusyLabel
from workbench.ui.widgets.item_pane import ItemPane
from workbench.ui.widgets.queue_panel import QueuePanel
from workbench.ui.widgets.reminders import ReminderBanner, Reminders
from workbench.ui.widgets.sidebar import Sidebar
from workbench.ui.widgets.today_view import TodayView
from workbench.ui.window_state import restore_layout, save_layout, saved_view

log = logging.getLogger(__name__)

#: how long work runs before the status bar says "Working…"
BUSY_DELAY_MS = 400
#: at start, the counts and the queue wait for the Today view's first drawing this long at most
BEHIND_AT_THE_LATEST_MS = 2000


class MainWindow(QMainWindow):
    #: forwarded from the menus: the application rebuilds the window for these
    languageRequested = Signal(str)
    locationRequested = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        tasks: TaskRunner,
        *,
        prompts: Prompts | None = None,
        language_choice: str = "",
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.ctx, self.tasks = ctx, tasks
        self.prompts = prompts or Prompts()
        self.settings = keys.user_settings(ctx.paths)
        self._first_load = True
        self._select_after_load: str | None = None
        self._user_sort: tuple[str, bool] | None = None  # while a view uses its own order
        self._open_fallback = False  # an item being opened may be sought among all items
        self.view_counts = ViewCounts(ctx, tasks, self)

        self.setWindowIcon(app_icon())
        self.setWindowTitle(self.tr("Review Workbench") + " — " + ctx.svc.db.target.display())
        self.controller = ItemController(ctx, tasks, self.prompts, self)
        self.sidebar = Sidebar(self)
        self.queue = QueuePanel(ctx, tasks, self.prompts, self)
        self.pane = ItemPane(self.controller, self)
        self.today = TodayView(ctx, tasks, self)
        self.middle = QStackedWidget(self)  # the queue, or the Today view in its place
        self.middle.addWidget(self.queue)
        self.middle.addWidget(self.today)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        for widget in (self.sidebar, self.middle, self.pane):
            self.splitter.addWidget(widget)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.banner = ReminderBanner(self)
        self.reminders = Reminders(self.settings, ctx.svc.today, self.banner, self)
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.banner)
        column.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.app_actions = AppActions(self, ctx, tasks, self.prompts, language_choice)
        self.printing = WindowPrinting(self, ctx.svc, tasks, self.prompts)
        self.printing.jobs.message.connect(self._show_message)
        self.backups = BackupActions(self, ctx, tasks, self.prompts)
        self._build_menus()
        self._build_status_bar()
        self.user_badge = UserBadge(ctx.svc, self)
        self.statusBar().addPermanentWidget(self.user_badge)
        self.idle_lock = make_idle_lock(self, ctx.svc)  # shared mode only
        # keyboard order: views, search, queue, then the item's tabs
        self.setTabOrder(self.sidebar.list, self.queue.search_box)
        self.setTabOrder(self.queue.search_box, self.queue.table)
        self.setTabOrder(self.queue.table, self.pane.tabs)
        self.saved_searches = SavedSearches(
            self.settings, self.sidebar, self.queue, self.prompts, self
        )
        self._wire()
        self._restore_state()

    # --- building ---------------------------------------------------------------------------

    def _build_menus(self) -> None:
        a = self.app_actions
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([a.new_item, a.import_ledger, a.export, a.cleanup])
        file_menu.addSeparator()
        file_menu.addActions(self.printing.actions())
        file_menu.addSeparator()
        file_menu.addActions(self.backups.actions())
        file_menu.addSeparator()
        file_menu.addAction(a.load_demo)
        file_menu.addSeparator()
        file_menu.addActions([a.switch_location, a.settings])
        file_menu.addSeparator()
        file_menu.addAction(a.quit)
        view_menu = bar.addMenu(self.tr("&View"))
        for action in (a.refresh, a.find, a.save_search, a.clear_filters):
            view_menu.addAction(action)
        view_menu.addSeparator()
        language = view_menu.addMenu(self.tr("&Language"))
        for action in a.language_actions.values():
            language.addAction(action)
        item_menu = bar.addMenu(self.tr("&Item"))
        item_menu.addAction(a.save)
        item_menu.addAction(a.save_next)
        help_menu = bar.addMenu(self.tr("H&elp"))
        help_menu.addAction(a.guide)
        help_menu.addAction(a.check_audit)
        help_menu.addAction(a.about)

    def _build_status_bar(self) -> None:
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("countsLabel")
        self.busy_label = BusyLabel(self.tr("Working…"), BUSY_DELAY_MS, self)
        self.statusBar().addPermanentWidget(self.busy_label)
        self.statusBar().addPermanentWidget(self.counts_label)

    def _wire(self) -> None:
        a = self.app_actions
        self.sidebar.viewSelected.connect(self._on_sidebar_view_selected)
        self.queue.currentItemChanged.connect(self._on_queue_current_item_changed)
        self.queue.loaded.connect(self._on_queue_loaded)
        self.queue.searchAllRequested.connect(lambda: self.sidebar.select(View.ALL.value))
        self.controller.itemChanged.connect(self._on_controller_item_changed)
        self.controller.message.connect(self._show_message)
        self.pane.details.nextRequested.connect(self._on_details_next_requested)
        empty = self.queue.empty_state
        empty.registerRequested.connect(a.new_item.trigger)
        empty.importRequested.connect(a.import_ledger.trigger)
        empty.demoRequested.connect(a.load_demo.trigger)
        a.refresh.triggered.connect(self.refresh_all)
        a.find.triggered.connect(self._on_find_triggered)
        self.today.openRequested.connect(self.open_item)
        self.today.viewRequested.connect(self.sidebar.select)
        self.today.loaded.connect(self.reminders.consider)
        self.banner.openRequested.connect(lambda reg_no: self.open_item(reg_no, View.ALL.value))
        self.reminders.dayChanged.connect(self._on_reminders_day_changed)
        a.save_search.triggered.connect(self.saved_searches.save_current)
        self.saved_searches.changed.connect(self.refresh_counts)
        a.clear_filters.triggered.connect(self.queue.clear_search_and_filters)
        a.save.triggered.connect(lambda: self.pane.details.save())
        a.save_next.triggered.connect(lambda: self.pane.details.save(then_next=True))
        a.dataReplaced.connect(self.refresh_all)
        self.backups.dataReplaced.connect(self.refresh_all)
        self.backups.dataReplaced.connect(self.user_badge.refresh)  # the users came back too
        self.backups.message.connect(self._show_message)
        a.registered.connect(self._on_actions_registered)
        a.message.connect(self._show_message)
        a.languageRequested.connect(self.languageRequested)
        a.locationRequested.connect(self.locationRequested)
        self.tasks.failed.connect(self._on_tasks_failed)
        self.tasks.busyChanged.connect(self.busy_label.set_busy)
        self.view_counts.counted.connect(self._on_view_counts_counted)

    # --- state ------------------------------------------------------------------------------

    def _restore_state(self) -> None:
        # The Today view is the first view on every start: its lists are read and drawn
        # first; then the sidebar's counts are made and the queue loads behind it (work
        # beside the first drawing only slows it down). Restoring the layout and the view
        # ask the queue for loads: held until then, or until the queue is shown.
        self.today.reload()
        self.queue.hold_loads()
        self.behind_pending = True
        restore_layout(self)
        if not self.sidebar.select(saved_view(self)):
            self.sidebar.select(View.ALL.value)
        self.sidebar.select(TODAY_KEY)
        self.today.loaded.connect(
            # queued: the Today view draws its lists before the next work starts
            lambda _overview: QTimer.singleShot(0, self._load_behind),
            Qt.ConnectionType.SingleShotConnection,
        )
        QTimer.singleShot(BEHIND_AT_THE_LATEST_MS, self._load_behind)  # e.g. Today failed

    def _load_behind(self) -> None:
        """At start, once: the sidebar's counts and the queue behind the Today view."""
        if self.behind_pending:
            self.behind_pending = False
            self.view_counts.refresh(self.sidebar.model.saved_queries())
            self.queue.release_loads()
            self._check_calendar()  # its warning is shown above the queue

    def save_state(self) -> None:
        save_layout(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        # unsaved work is kept as drafts: they are written now, and the user is told so
        if not self.controller.drafts.confirm_close(self, self.prompts):
            event.ignore()
            return
        self.save_state()
        event.accept()

    # --- refreshing -------------------------------------------------------------------------

    def refresh_all(self) -> None:
        self.queue.reload()
        self.refresh_counts()
        self.controller.reload()
        self._check_calendar()

    def refresh_counts(self) -> None:
        """Count every view again on the worker (the Today view counts when it is shown)."""
        self.today.invalidate()
        self.view_counts.refresh(self.sidebar.model.saved_queries())

    def _on_view_counts_counted(self, counts: dict[str, int]) -> None:
        self.sidebar.model.set_counts(counts)
        self.counts_label.setText(
            self.tr("%1 overdue, %2 due soon")
            .replace("%1", f"{counts.get(View.OVERDUE.value, 0):,}")
            .replace("%2", f"{counts.get(View.DUE_SOON.value, 0):,}")
        )

    def _check_calendar(self) -> None:
        try:
            missing = calendar_service.missing_schedules(self.ctx.svc)
        except WorkbenchError:
            missing = []
        text = ""
        if missing:
            text = self.tr(
                "The holiday schedule for %1 is missing: working days are counted Monday to "
                "Friday. An administrator can add it in Settings."
            ).replace("%1", "、".join(str(y) for y in missing))
        self.queue.set_calendar_warning(text)

    # --- slots ------------------------------------------------------------------------------

    def _on_sidebar_view_selected(self, key: str, query: Any) -> None:
        if key == TODAY_KEY:
            self.middle.setCurrentWidget(self.today)
            self._show_pane_if_useful()
            return
        self.middle.setCurrentWidget(self.queue)
        self._show_pane_if_useful()
        if not key.startswith("saved:"):
            self._use_sort(queue_service.default_sort(query.view))
        self.queue.set_view(key, query)

    def _use_sort(self, sort: tuple[str, bool] | None) -> None:
        """A view's own order (deadline first), or back to the user's when leaving it."""
        current = (self.queue.sort_key, self.queue.descending)
        if sort is None:
            sort, self._user_sort = self._user_sort or current, None
        elif self._user_sort is None:
            self._user_sort = current
        if sort == current:
            return
        header = self.queue.table.horizontalHeader()
        blocked = header.blockSignals(True)  # set_view runs the query, once
        try:
            self.queue.set_sort(*sort)
        finally:
            header.blockSignals(blocked)
        self.queue.sort_key, self.queue.descending = sort

    def show_queue(self) -> None:
        """Show the queue in place of the Today view, with the view it last showed."""
        if self.middle.currentWidget() is not self.queue:
            self.middle.setCurrentWidget(self.queue)
            self._show_pane_if_useful()
            self.sidebar.select(self.queue.view_key, emit=False)

    def _show_pane_if_useful(self) -> None:
        """The item pane shows the queue's current item: beside the queue, when it has any
        (a fresh start: nothing to show). The Today view takes its room: its lists need it,
        and an item from the queue beside them would only be in the way."""
        beside_queue = self.middle.currentWidget() is self.queue
        self.pane.setVisible(beside_queue and self.queue.total_items != 0)

    def open_item(self, reg_no: str, view: str) -> None:
        """Show ``reg_no`` in the queue (in ``view``, else among all items) and the item pane."""
        self._select_after_load, self._open_fallback = reg_no, True
        if self.sidebar.current_key() == view:
            self.show_queue()
            self.queue.reload()
        else:
            self.sidebar.select(view)

    def _item_id(self, reg_no: str) -> int | None:
        try:
            return queries.show_item(self.ctx.svc, reg_no).id
        except WorkbenchError:
            return None

    def _on_find_triggered(self) -> None:
        self.show_queue()
        self.queue.focus_search()

    def _on_reminders_day_changed(self) -> None:
        self.refresh_all()
        self.today.reload()

    def _on_queue_current_item_changed(self, item_id: int | None) -> None:
        previous = self.controller.current.id if self.controller.current else None
        if item_id == previous:
            return
        if not self.pane.leave_item(self.prompts):
            if previous is not None:  # stay; after this selection change has finished
                QTimer.singleShot(0, lambda: self.queue.select_item(previous, emit=False))
            return
        self.controller.load(item_id)

    def _on_queue_loaded(self, rows: int, ms: float) -> None:
        log.info("queue: %d rows in %.0f ms", rows, ms)
        self._show_pane_if_useful()
        if self.queue.total_items == 0:  # ... but the three ways to begin
            self.show_queue()
        if self._select_after_load:
            reg_no, self._select_after_load = self._select_after_load, None
            item_id = self._item_id(reg_no)
            if item_id is not None and self.queue.select_item(item_id):
                self._open_fallback = False
                return
            if item_id is not None and self._open_fallback:
                # hidden by the search or the filters: look among all items instead
                self._open_fallback = False
                self._select_after_load = reg_no
                self.queue.clear_search_and_filters()
                self.sidebar.select(View.ALL.value)
                return
        if self._first_load or self.queue.current_item_id() is None:
            self._first_load = False
            self.queue.select_first()

    def _on_controller_item_changed(self, item_id: int) -> None:
        self.queue.model.refresh_items([item_id])
        self.refresh_counts()

    def _on_details_next_requested(self) -> None:
        if not self.queue.select_next():
            self._show_message(self.tr("That was the last item in this view."))

    def _on_actions_registered(self, reg_no: str) -> None:
        self._select_after_load = reg_no
        self.queue.reload()
        self.refresh_counts()
        self._show_message(self.tr("%1 registered").replace("%1", reg_no))

    def _on_tasks_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, WorkbenchError):
            log.error("background task failed", exc_info=exc)
        self.prompts.warn(self, self.tr("Not done"), one_sentence(exc))

    def _show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 6000)
