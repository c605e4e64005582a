"""The sidebar's saved views with their live counts: the built-in views, then the user's
saved searches."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from workbench.services.queue import QueueQuery, View
from workbench.ui import labels
from workbench.ui.settings import SavedSearch

ViewKeyRole = Qt.ItemDataRole.UserRole + 1
CountRole = Qt.ItemDataRole.UserRole + 2
QueryRole = Qt.ItemDataRole.UserRole + 3
IsSavedRole = Qt.ItemDataRole.UserRole + 4
AlertRole = Qt.ItemDataRole.UserRole + 5  # a count that needs attention (overdue > 0)

#: the Today view (docs/RULES.md §9): first in the list, not a queue view (it has no query)
TODAY_KEY = "today"
ALERT_VIEWS = frozenset({View.OVERDUE.value})
WARN_VIEWS = frozenset({View.DUE_SOON.value, View.TO_FILE.value, View.EXPIRING.value})


@dataclass(frozen=True)
class _Entry:
    key: str
    query: QueueQuery | None
    saved: SavedSearch | None = None

    def label(self) -> str:
        if self.key == TODAY_KEY:
            return QCoreApplication.translate("ViewListModel", "Today")
        return self.saved.name if self.saved else labels.view_label(self.key)

    def hint(self) -> str:
        if self.key == TODAY_KEY:
            return QCoreApplication.translate(
                "ViewListModel", "What needs attention today, and the year at a glance"
            )
        if self.saved is None or self.query is None:
            return labels.view_hint(self.key)
        parts = [labels.view_label(self.query.view)]
        if self.query.search:
            parts.append("“" + self.query.search + "”")
        if self.query.column_filters:
            parts.append(
                QCoreApplication.translate(
                    "ViewListModel", "%n column filter(s)", None, len(self.query.column_filters)
                )
            )
        return " · ".join(parts)


class ViewListModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[_Entry] = [_Entry(TODAY_KEY, None)]
        self._entries += [_Entry(v.value, QueueQuery(v.value)) for v in View]
        self._builtin = len(self._entries)
        self._counts: dict[str, int] = {}

    def set_saved_searches(self, searches: Sequence[SavedSearch]) -> None:
        first = self._builtin
        if len(self._entries) > first:
            self.beginRemoveRows(QModelIndex(), first, len(self._entries) - 1)
            del self._entries[first:]
            self.endRemoveRows()
        if searches:
            self.beginInsertRows(QModelIndex(), first, first + len(searches) - 1)
            self._entries.extend(_Entry(s.key, s.query, s) for s in searches)
            self.endInsertRows()

    def saved_queries(self) -> dict[str, QueueQuery]:
        return {e.key: e.saved.query for e in self._entries if e.saved is not None}

    def set_counts(self, counts: Mapping[str, int]) -> None:
        changed = [
            i for i, e in enumerate(self._entries) if self._counts.get(e.key) != counts.get(e.key)
        ]
        self._counts = dict(counts)
        for row in changed:
            idx = self.index(row)
            self.dataChanged.emit(idx, idx, [CountRole, AlertRole, Qt.ItemDataRole.DisplayRole])

    def count(self, key: str) -> int | None:
        return self._counts.get(key)

    def row_of(self, key: str) -> int:
        for i, e in enumerate(self._entries):
            if e.key == key:
                return i
        return -1

    def entry_query(self, row: int) -> QueueQuery | None:
        return self._entries[row].query if 0 <= row < len(self._entries) else None

    def entry_key(self, row: int) -> str | None:
        return self._entries[row].key if 0 <= row < len(self._entries) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        count = self._counts.get(entry.key)
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.label()
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if count is None:
                return entry.label()
            return QCoreApplication.translate(
                "ViewListModel", "%1: %n item(s)", None, count
            ).replace("%1", entry.label())
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.hint()
        if role == ViewKeyRole:
            return entry.key
        if role == CountRole:
            return count
        if role == QueryRole:
            return entry.query
        if role == IsSavedRole:
            return entry.saved is not None
        if role == AlertRole:
            if not count:
                return ""
            if entry.key in ALERT_VIEWS:
                return "alert"
            if entry.key in WARN_VIEWS:
                return "warn"
            return ""
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
