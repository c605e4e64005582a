"""The queue: search-as-you-type, column filters, the sortable table, and the empty states.

Every change of view, search, filter or sort is a new query that :class:`QueueLoader` runs on
the worker in two steps (the first page, then all the ids); a newer query cancels an older
one. The model loads only the rows painted.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.services import queue as queue_service
from workbench.services.queue import QueuePage, QueueQuery, View
from workbench.ui.context import AppContext
from workbench.ui.icons import icon
from workbench.ui.models.queue_model import (
    COLUMN_KEYS,
    KEY_COLUMNS,
    Column,
    QueueModel,
)
from workbench.ui.prompts import Prompts
from workbench.ui.queue_loader import QueueLoader
from workbench.ui.tasks import TaskRunner
from workbench.ui.widgets.common import WARNING_STYLE
from workbench.ui.widgets.delegates import DeadlineDelegate
from workbench.ui.widgets.empty_state import EmptyState, NoMatches
from workbench.ui.widgets.header_filters import (
    FilterChips,
    Filters,
    HeaderFilters,
    describe_filters,
)
from workbench.ui.widgets.queue_columns import QueueColumns
from workbench.ui.widgets.search_elsewhere import SearchElsewhereBar

SEARCH_DELAY_MS = 150
#: how long the count may show the previous query's before it says "counting"
COUNTING_DELAY_MS = 300
PAGE_TABLE, PAGE_EMPTY, PAGE_NO_MATCHES = range(3)


class QueuePanel(QWidget):
    #: the selected item (id) or None
    currentItemChanged = Signal(object)
    #: the first page of a query is shown: (rows so far, milliseconds since the query began)
    firstPageShown = Signal(int, float)
    #: a query finished, every row is in the table: (rows, milliseconds)
    loaded = Signal(int, float)
    #: the user asked to repeat the search among all items (the owner selects 全部)
    searchAllRequested = Signal()

    def __init__(
        self, ctx: AppContext, tasks: TaskRunner, prompts: Prompts, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("queuePanel")
        self.ctx, self.tasks, self.prompts = ctx, tasks, prompts
        self.view_key = View.ALL.value
        self.base_view = View.ALL.value
        self.sort_key = "received_on"
        self.descending = True
        self.total_items: int | None = None
        self._current_id: int | None = None
        self._held = self._held_reload = False
        self.loader = QueueLoader(
            ctx.svc,
            tasks.submit,
            on_first_page=self._on_loader_first_page,
            on_rest=self._on_loader_rest,
            on_finished=self._on_loader_finished,
        )
        self._build()

    # --- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("searchBox")
        self.search_box.setAccessibleName(self.tr("Search"))
        self.search_box.setPlaceholderText(
            self.tr("Search title, document No., unit, notes and materials (Ctrl+F)")
        )
        self.search_box.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("queueCount")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # a fixed width: a new count must not relayout (and repaint) the panel and the pane
        fm = self.count_label.fontMetrics()
        widest = max(
            (self.tr("Counting…"), self.tr("%n item(s)", "", 8_888_888)), key=fm.horizontalAdvance
        )
        self.count_label.setFixedWidth(fm.horizontalAdvance(widest) + 8)
        top = QHBoxLayout()
        top.addWidget(self.search_box, 1)
        top.addWidget(self.count_label)

        self.filter_label = QLabel(self.tr("Filtered:"), self)
        self.filter_label.setObjectName("filterSummary")
        self.filter_chips = FilterChips(self)
        self.clear_filters_button = QPushButton(self.tr("Clear filters"), self)
        self.clear_filters_button.setObjectName("clearFiltersButton")
        self.clear_filters_button.setAccessibleName(self.tr("Clear filters"))
        self.filter_bar = QWidget(self)
        bar = QHBoxLayout(self.filter_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.filter_label)
        bar.addWidget(self.filter_chips, 1)
        bar.addWidget(self.clear_filters_button)
        self.filter_bar.hide()
        self.calendar_label = QLabel(self)
        self.calendar_label.setObjectName("calendarWarning")
        self.calendar_label.setWordWrap(True)
        self.calendar_label.setStyleSheet(WARNING_STYLE)
        self.calendar_label.hide()
        self.search_elsewhere = SearchElsewhereBar(self.ctx, self.tasks, self)
        self.search_elsewhere.searchAllRequested.connect(self._on_search_elsewhere_requested)

        self.model = QueueModel(self._fetch_rows, self)
        self.model.set_filter_icon(icon("filter"))
        self.table = QTableView(self)
        self.table.setObjectName("queueTable")
        self.table.setAccessibleName(self.tr("Queue"))
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(Column.DUE, DeadlineDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        vheader = self.table.verticalHeader()
        vheader.hide()
        vheader.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vheader.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(48)
        self.columns = QueueColumns(self.table)  # reg. no., deadline, status first
        self.table.setSortingEnabled(True)
        header.setSortIndicator(KEY_COLUMNS[self.sort_key], Qt.SortOrder.DescendingOrder)
        self.filters = HeaderFilters(self.table, self.prompts, self._on_filters_changed, self)

        self.empty_state = EmptyState(self)
        self.no_matches = NoMatches(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_state)
        self.stack.addWidget(self.no_matches)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.calendar_label)
        layout.addWidget(self.search_elsewhere)
        layout.addWidget(self.stack, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        self._counting_timer = QTimer(self)
        self._counting_timer.setSingleShot(True)
        self._counting_timer.setInterval(COUNTING_DELAY_MS)
        self._counting_timer.timeout.connect(self._on_counting_timer_timeout)
        self.search_box.textChanged.connect(self._on_search_box_text_changed)
        self.search_box.returnPressed.connect(self._on_search_box_return_pressed)
        self.model.sortRequested.connect(self._on_model_sort_requested)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.clear_filters_button.clicked.connect(self.clear_search_and_filters)
        self.filter_chips.removeRequested.connect(self._on_filter_chips_remove_requested)
        self.no_matches.clearRequested.connect(self.clear_search_and_filters)

    def _fetch_rows(self, ids: Any) -> Any:
        return queue_service.rows_by_ids(self.ctx.svc, ids)

    # --- the query --------------------------------------------------------------------------

    def query(self) -> QueueQuery:
        return QueueQuery(
            self.base_view, self.search_box.text().strip(), dict(self.filters.filters)
        )

    def set_view(self, key: str, query: QueueQuery) -> None:
        """Show a sidebar view; a saved search also brings its search words and filters."""
        leaving_saved = self.view_key.startswith("saved:")
        self.view_key = key
        self.base_view = query.view
        if key.startswith("saved:") or leaving_saved:
            # a saved search brings its words and filters; leaving one takes them away
            self.search_box.blockSignals(True)
            self.search_box.setText(query.search)
            self.search_box.blockSignals(False)
            self.filters.set_filters(query.column_filters, notify=False)
        self._update_filter_bar()
        self.reload()

    def set_sort(self, key: str, descending: bool) -> None:
        if key in KEY_COLUMNS:
            order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
            self.table.horizontalHeader().setSortIndicator(KEY_COLUMNS[key], order)

    def reload(self) -> None:
        """Run the current query on the worker; the newest answer wins. While loads are held
        (:meth:`hold_loads`), only remember to."""
        self._search_timer.stop()
        if self._held:
            self._held_reload = True
            return
        self.loader.start(self.query(), self.sort_key, self.descending)

    def hold_loads(self) -> None:
        """Keep queries from starting until :meth:`release_loads` or until the queue is shown
        (at start, the queue loads behind the Today view once that has been drawn)."""
        self._held = True

    def release_loads(self) -> None:
        """Start the query asked for while loads were held (one, the newest)."""
        if self._held:
            self._held = False
            if self._held_reload:
                self._held_reload = False
                self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        self.release_loads()  # on screen: its rows are wanted now
        super().showEvent(event)

    def _on_loader_first_page(
        self, query: QueueQuery, page: QueuePage, complete: bool, elapsed: float
    ) -> None:
        ids = page.ids
        self.total_items = page.total
        self.model.set_ids(ids, page.rows)
        if ids:
            self.stack.setCurrentIndex(PAGE_TABLE)
        elif page.total == 0:
            self.stack.setCurrentIndex(PAGE_EMPTY)
        else:
            self.no_matches.set_searching(bool(query.search or query.column_filters))
            self.stack.setCurrentIndex(PAGE_NO_MATCHES)
        if not complete:  # the rest follows: keep the selection, say "counting" if it lasts
            row = self.model.row_of(self._current_id) if self._current_id is not None else -1
            if row >= 0:
                self._select_row(row, emit=False)
            self._counting_timer.start()
        self.firstPageShown.emit(len(ids), elapsed)

    def _on_loader_rest(self, ids: list[int]) -> None:
        self.model.extend_ids(ids)

    def _on_loader_finished(self) -> None:
        """Every id is in the model: the count, the selection, and the loaded signal."""
        self._counting_timer.stop()
        rows = self.model.rowCount()
        self.count_label.setText(self.tr("%n item(s)", "", rows))
        keep = self._current_id
        row = self.model.row_of(keep) if keep is not None else -1
        if row >= 0:
            self._select_row(row, emit=False)
        elif keep is not None:
            self._current_id = None
            self.currentItemChanged.emit(None)
        self.loaded.emit(rows, self.loader.elapsed_ms())
        self.search_elsewhere.check(self.loader.last_query)  # after the queue: it goes first

    def _on_search_elsewhere_requested(self) -> None:
        """Show all items with the same search words and filters (a saved search left behind
        would otherwise take its words with it)."""
        words, filters = self.search_box.text(), dict(self.filters.filters)
        self.searchAllRequested.emit()
        if self.base_view != View.ALL.value:  # nobody switched the sidebar: do it here
            self.set_view(View.ALL.value, QueueQuery(View.ALL.value, words, filters))
        if (self.search_box.text(), dict(self.filters.filters)) != (words, filters):
            self.search_box.blockSignals(True)
            self.search_box.setText(words)
            self.search_box.blockSignals(False)
            self.filters.set_filters(filters, notify=False)
            self._update_filter_bar()
            self.reload()

    def stop_loading(self) -> None:
        """Cancel the queries in flight (a running fetch stops at its next chunk)."""
        self.loader.stop()

    def _on_counting_timer_timeout(self) -> None:
        self.count_label.setText(self.tr("Counting…"))

    # --- selection --------------------------------------------------------------------------

    def current_item_id(self) -> int | None:
        return self._current_id

    def _select_row(self, row: int, *, emit: bool = True) -> None:
        index = self.model.index(row, Column.REG_NO)
        selection = self.table.selectionModel()
        blocked = selection.blockSignals(not emit)
        try:
            selection.setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        finally:
            selection.blockSignals(blocked)
        self.table.scrollTo(index)
        self.table.viewport().update()
        if not emit:
            self._current_id = self.model.item_id(row)

    def select_item(self, item_id: int, *, emit: bool = True) -> bool:
        row = self.model.row_of(item_id)
        if row < 0:
            return False
        self._select_row(row, emit=emit)
        return True

    def select_first(self) -> None:
        if self.model.rowCount() > 0:
            self._select_row(0)

    def select_next(self) -> bool:
        row = self.model.row_of(self._current_id) if self._current_id is not None else -1
        if row + 1 < self.model.rowCount():
            self._select_row(row + 1)
            return True
        return False

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        item_id = self.model.item_id(current.row()) if current.isValid() else None
        if item_id == self._current_id:
            return
        self._current_id = item_id
        self.currentItemChanged.emit(item_id)

    # --- search, sort, filters --------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def _on_search_box_text_changed(self, _text: str) -> None:
        self._search_timer.start()

    def _on_search_box_return_pressed(self) -> None:
        self.reload()
        self.table.setFocus()

    def _on_model_sort_requested(self, column: int, descending: bool) -> None:
        key = COLUMN_KEYS[Column(column)]
        if (key, descending) != (self.sort_key, self.descending):
            self.sort_key, self.descending = key, descending
            self.reload()

    def _on_filters_changed(self) -> None:
        self._update_filter_bar()
        self.reload()

    def _update_filter_bar(self) -> None:
        filters: Filters = self.filters.filters
        self.model.set_filtered_columns(KEY_COLUMNS[k] for k in filters if k in KEY_COLUMNS)
        self.filter_bar.setVisible(bool(filters))
        self.filter_chips.set_filters(filters)
        self.filter_bar.setAccessibleName(
            self.tr("Filtered by %1").replace("%1", describe_filters(filters))
        )

    def _on_filter_chips_remove_requested(self, key: str) -> None:
        self.filters.set_filter(key, None)

    def clear_search_and_filters(self) -> None:
        self.search_box.blockSignals(True)
        self.search_box.clear()
        self.search_box.blockSignals(False)
        self.filters.set_filters({}, notify=False)
        self._update_filter_bar()
        self.reload()

    def set_calendar_warning(self, text: str) -> None:
        self.calendar_label.setText(text)
        self.calendar_label.setVisible(bool(text))
