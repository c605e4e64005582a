"""The bar above the queue that says when a search finds more outside the current view.

Search words look only inside the sidebar's view: a counsel in 我的待办 who types a word from
an old opinion would see nothing. After each query the queue asks, on the worker, how many
items match the same words and filters among all items but are left out by the view; when
some are, this bar offers "N more items match “…” — search all items?". It never blocks
typing: the count runs after the queue's own query, and a newer query drops an older answer.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from workbench.services import queue as queue_service
from workbench.services.queue import QueueQuery, View
from workbench.ui.context import AppContext
from workbench.ui.tasks import Task, TaskRunner

#: search words longer than this are cut in the sentence (the search box shows them whole)
SHOWN_WORDS = 24


class SearchElsewhereBar(QWidget):
    """A non-modal offer to repeat the search among all items; hidden when nothing is hidden."""

    #: the user accepted the offer: show 全部 (all items) with the same search and filters
    searchAllRequested = Signal()

    def __init__(self, ctx: AppContext, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchElsewhereBar")
        self.ctx, self.tasks = ctx, tasks
        #: how many more items the last answered query found outside its view
        self.hidden_matches = 0
        self._generation = 0
        self._task: Task | None = None
        self.label = QLabel(self)
        self.label.setObjectName("searchElsewhereText")
        self.label.setWordWrap(True)
        self.button = QPushButton(self.tr("Search all items"), self)
        self.button.setObjectName("searchAllButton")
        self.button.setAccessibleName(self.tr("Search all items"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.button.clicked.connect(self.searchAllRequested.emit)
        self.hide()

    def check(self, query: QueueQuery) -> None:
        """Count, on the worker, the matches of ``query`` that its view leaves out."""
        self._generation += 1
        if self._task is not None:
            self._task.cancel()
            self._task = None
        if query.view == View.ALL.value or not query.search.strip():
            self._show(0, "")
            return
        generation = self._generation
        self._task = self.tasks.submit(
            queue_service.matches_outside_view,
            self.ctx.svc,
            query,
            read_only=True,
            on_done=lambda n: self._on_counted(generation, n, query.search.strip()),
            on_error=lambda _exc: self._on_counted(generation, 0, ""),
        )

    def clear(self) -> None:
        """Forget any offer (the search was cleared or the view changed)."""
        self.check(QueueQuery())

    def _on_counted(self, generation: int, count: int, words: str) -> None:
        if generation != self._generation:
            return
        self._task = None
        self._show(count, words)

    def _show(self, count: int, words: str) -> None:
        self.hidden_matches = count
        if count <= 0:
            self.hide()
            return
        if len(words) > SHOWN_WORDS:
            words = words[: SHOWN_WORDS - 1] + "…"
        self.label.setText(
            self.tr("%n more item(s) match “%1” — search all items?", "", count).replace(
                "%1", words
            )
        )
        self.show()
