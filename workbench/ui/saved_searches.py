"""The user's saved searches: kept in their settings, listed in the sidebar under the views.

A saved search is the queue's query (view, search words, filters) under a name; saving under a
name already used replaces that search.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QWidget

from workbench.services.queue import View
from workbench.ui.prompts import Prompts
from workbench.ui.settings import SavedSearch, load_saved_searches, store_saved_searches
from workbench.ui.widgets.queue_panel import QueuePanel
from workbench.ui.widgets.sidebar import Sidebar

#: a longer name is cut to this many characters
NAME_MAX = 60


class SavedSearches(QObject):
    #: a search was saved or removed (the views' counts are made again)
    changed = Signal()

    def __init__(
        self,
        settings: QSettings,
        sidebar: Sidebar,
        queue: QueuePanel,
        prompts: Prompts,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.settings, self.sidebar, self.queue, self.prompts = settings, sidebar, queue, prompts
        self._window = parent
        self.searches: list[SavedSearch] = load_saved_searches(settings)
        sidebar.set_saved_searches(self.searches)
        sidebar.saveSearchRequested.connect(self.save_current)
        sidebar.removeSearchRequested.connect(self.remove)

    def save_current(self) -> None:
        """Ask for a name and save the queue's current query under it, then show it."""
        name = self.prompts.ask_text(
            self._window, self.tr("Save search"), self.tr("Name of the saved search:")
        )
        if not name or not name.strip():
            return
        name = name.strip()[:NAME_MAX]
        search = SavedSearch(name, self.queue.query())
        self._store([s for s in self.searches if s.name != name] + [search])
        self.sidebar.select(search.key)
        self.changed.emit()

    def remove(self, name: str) -> None:
        self._store([s for s in self.searches if s.name != name])
        if self.sidebar.current_key() is None:
            self.sidebar.select(View.ALL.value)
        self.changed.emit()

    def _store(self, searches: list[SavedSearch]) -> None:
        self.searches = searches
        store_saved_searches(self.settings, searches)
        self.sidebar.set_saved_searches(searches)
