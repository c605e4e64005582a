"""The sidebar: saved views with live counts, and the user's saved searches."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workbench.services.queue import QueueQuery, View
from workbench.ui.models.view_list_model import IsSavedRole, ViewListModel
from workbench.ui.settings import SavedSearch
from workbench.ui.widgets.delegates import ViewCountDelegate


class Sidebar(QWidget):
    #: a view was chosen: (key, query)
    viewSelected = Signal(str, object)
    #: the user asked to save the current search / remove a saved one (by name)
    saveSearchRequested = Signal()
    removeSearchRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.model = ViewListModel(self)
        title = QLabel(self.tr("Views"), self)
        title.setObjectName("sidebarTitle")
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.list = QListView(self)
        self.list.setObjectName("viewList")
        self.list.setAccessibleName(self.tr("Views"))
        self.list.setModel(self.model)
        self.list.setItemDelegate(ViewCountDelegate(self.list))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._on_list_context_menu)
        self.list.selectionModel().currentChanged.connect(self._on_current_changed)
        title.setBuddy(self.list)

        self.save_button = QToolButton(self)
        self.save_button.setObjectName("saveSearchButton")
        self.save_button.setText(self.tr("Save search…"))
        self.save_button.setToolTip(self.tr("Keep the current view, search and filters here"))
        self.save_button.setAccessibleName(self.tr("Save search"))
        self.remove_button = QToolButton(self)
        self.remove_button.setObjectName("removeSearchButton")
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected saved search"))
        self.remove_button.setAccessibleName(self.tr("Remove saved search"))
        self.remove_button.setEnabled(False)
        self.save_button.clicked.connect(self.saveSearchRequested)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.addWidget(title)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        # the views' names and counts whole in this language, whatever width was saved (in
        # the other language, or at another scale): the splitter keeps the sidebar this wide
        self.list.setMinimumWidth(self.list.sizeHintForColumn(0) + 2 * self.list.frameWidth())

    def set_saved_searches(self, searches: list[SavedSearch]) -> None:
        current = self.current_key()
        self.model.set_saved_searches(searches)
        if current is not None and self.model.row_of(current) >= 0:
            self.select(current, emit=False)

    def current_key(self) -> str | None:
        return self.model.entry_key(self.list.currentIndex().row())

    def select(self, key: str, *, emit: bool = True) -> bool:
        row = self.model.row_of(key)
        if row < 0:
            return False
        blocked = self.list.selectionModel().blockSignals(not emit)
        try:
            self.list.setCurrentIndex(self.model.index(row))
        finally:
            self.list.selectionModel().blockSignals(blocked)
        self.remove_button.setEnabled(key.startswith("saved:"))
        return True

    def _on_current_changed(self, current: object, _previous: object) -> None:
        row = self.list.currentIndex().row()
        key = self.model.entry_key(row)
        query = self.model.entry_query(row)  # None for the Today view
        if key is None:
            return
        self.remove_button.setEnabled(bool(self.model.index(row).data(IsSavedRole)))
        self.viewSelected.emit(key, query)

    def _on_remove_clicked(self) -> None:
        key = self.current_key()
        if key and key.startswith("saved:"):
            self.removeSearchRequested.emit(key.removeprefix("saved:"))

    def _on_list_context_menu(self, pos: QPoint) -> None:
        index = self.list.indexAt(pos)
        if not index.isValid() or not index.data(IsSavedRole):
            return
        key = self.model.entry_key(index.row()) or ""
        menu = QMenu(self)
        remove = menu.addAction(self.tr("Remove saved search"))
        if menu.exec(self.list.viewport().mapToGlobal(pos)) is remove:
            self.removeSearchRequested.emit(key.removeprefix("saved:"))

    @staticmethod
    def default_query() -> QueueQuery:
        return QueueQuery(View.ALL.value)
