"""The queue table: ids of the current query plus a lazily filled row cache.

Like Anki's browser table, the model holds only the ordered ids of the view (one SQL query);
``data()`` fetches the rows of the page being painted by id, 200 at a time. Sorting asks the
owner to run a new query (:attr:`QueueModel.sortRequested`); the model itself never sorts.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QIcon

from workbench.domain.errors import WorkbenchError
from workbench.services.queue import DueBadge, QueueRow
from workbench.ui import labels
from workbench.ui.i18n_marks import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

PAGE = 200
CACHE_LIMIT = 20_000

ItemIdRole = Qt.ItemDataRole.UserRole + 1
SortKeyRole = Qt.ItemDataRole.UserRole + 2
BadgeRole = Qt.ItemDataRole.UserRole + 3


class Column(IntEnum):
    REG_NO = 0
    KIND = 1
    TITLE = 2
    UNIT = 3
    RECEIVED = 4
    DUE = 5
    STATUS = 6
    COUNSEL = 7
    DOC_NO = 8


#: The service's sort/filter key of each column.
COLUMN_KEYS: dict[Column, str] = {
    Column.REG_NO: "reg_no",
    Column.KIND: "kind",
    Column.TITLE: "title",
    Column.UNIT: "unit",
    Column.RECEIVED: "received_on",
    Column.DUE: "due",
    Column.STATUS: "status",
    Column.COUNSEL: "counsel",
    Column.DOC_NO: "doc_no",
}
KEY_COLUMNS = {v: k for k, v in COLUMN_KEYS.items()}

HEADERS: dict[Column, str] = {
    Column.REG_NO: QT_TRANSLATE_NOOP("QueueModel", "Reg. No."),
    Column.KIND: QT_TRANSLATE_NOOP("QueueModel", "Kind"),
    Column.TITLE: QT_TRANSLATE_NOOP("QueueModel", "Title"),
    Column.UNIT: QT_TRANSLATE_NOOP("QueueModel", "Drafting unit"),
    Column.RECEIVED: QT_TRANSLATE_NOOP("QueueModel", "Received"),
    Column.DUE: QT_TRANSLATE_NOOP("QueueModel", "Due"),
    Column.STATUS: QT_TRANSLATE_NOOP("QueueModel", "Status"),
    Column.COUNSEL: QT_TRANSLATE_NOOP("QueueModel", "Counsel"),
    Column.DOC_NO: QT_TRANSLATE_NOOP("QueueModel", "Document No."),
}

DUE_HEADER_TIP = QT_TRANSLATE_NOOP(
    "QueueModel",
    "“Review” marks a review deadline (counted in working days), “Filing” a filing deadline"
    " (calendar days). Click to sort; right-click to filter.",
)

BADGE_COLOURS: dict[DueBadge, tuple[str, str]] = {  # background, text
    DueBadge.OVERDUE: ("#fde0e0", "#b71c1c"),
    DueBadge.DUE_SOON: ("#fff0c2", "#8a5300"),
    DueBadge.PAUSED: ("#e6e6e6", "#424242"),
}


#: The roles :meth:`QueueModel.data` answers (besides :data:`ItemIdRole`).
_ANSWERED = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ForegroundRole,
        SortKeyRole,
        BadgeRole,
    }
)


#: Roles only the deadline column answers.
_DUE_ONLY = frozenset({Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole, BadgeRole})
_COLUMNS = tuple(Column)
_BRUSHES: dict[DueBadge, tuple[QBrush, QBrush]] = {}


def _badge_brushes() -> dict[DueBadge, tuple[QBrush, QBrush]]:
    """The badge colours as brushes, made once (after the application exists)."""
    if not _BRUSHES:
        for badge, (back, text) in BADGE_COLOURS.items():
            _BRUSHES[badge] = (QBrush(QColor(back)), QBrush(QColor(text)))
    return _BRUSHES


def header_text(column: Column) -> str:
    return QCoreApplication.translate("QueueModel", HEADERS[column])


def _display(row: QueueRow, column: Column) -> str:
    if column is Column.REG_NO:
        return row.reg_no
    if column is Column.KIND:
        return labels.kind_label(row.kind)
    if column is Column.TITLE:
        return row.title
    if column is Column.UNIT:
        return row.unit
    if column is Column.RECEIVED:
        return row.received_on.isoformat()
    if column is Column.DUE:
        return labels.badge_text(row)
    if column is Column.STATUS:
        return labels.status_label(row.status)
    if column is Column.COUNSEL:
        return row.counsel
    return row.doc_no


def cell_text(row: QueueRow, column: Column) -> str:
    """The text a queue cell shows (for a printout of the queue)."""
    return _display(row, column)


def _sort_key(row: QueueRow, column: Column) -> Any:
    if column is Column.RECEIVED:
        return row.received_on.isoformat()
    if column is Column.DUE:
        return row.due_on.isoformat() if row.due_on else ""
    if column is Column.KIND:
        return row.kind.value
    if column is Column.STATUS:
        return row.status.value
    return _display(row, column)


class QueueModel(QAbstractTableModel):
    """Rows are item ids; their contents come from ``fetch(ids)`` when first painted."""

    #: the user clicked a header: (column, descending)
    sortRequested = Signal(int, bool)

    def __init__(
        self, fetch: Callable[[Sequence[int]], list[QueueRow]], parent: Any = None
    ) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._ids: list[int] = []
        self._rows: dict[int, QueueRow] = {}
        self._index: dict[int, int] | None = None
        self._filtered: set[Column] = set()
        self._filter_icon = QIcon()

    # --- the query result -------------------------------------------------------------------

    def set_ids(self, ids: Sequence[int], rows: Iterable[QueueRow] = ()) -> None:
        """A new query result: reset the model; the cache starts with ``rows`` (those already
        read, usually the first page's)."""
        self.beginResetModel()
        self._ids = list(ids)
        self._rows = {r.id: r for r in rows}
        self._index = None
        self.endResetModel()

    def extend_ids(self, ids: Sequence[int]) -> bool:
        """The whole result after its first page: when the rows shown are its beginning (the
        usual case) the rest are appended and the view keeps its scroll and selection;
        otherwise (the data changed in between) the model is reset. True when appended."""
        ids = list(ids)
        shown = len(self._ids)
        if ids[:shown] != self._ids:
            self.set_ids(ids)
            return False
        if len(ids) > shown:
            self.beginInsertRows(QModelIndex(), shown, len(ids) - 1)
            self._ids = ids
            self._index = None
            self.endInsertRows()
        return True

    def ids(self) -> list[int]:
        return list(self._ids)

    def item_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, item_id: int) -> int:
        """The row showing ``item_id``, or -1 (one scan of the ids; see :meth:`_rows_of`)."""
        if self._index is not None:
            return self._index.get(item_id, -1)
        try:
            return self._ids.index(item_id)
        except ValueError:
            return -1

    def _rows_of(self) -> dict[int, int]:
        """Row by item id, for many lookups at once (built on first use, ~10 ms at 100k)."""
        if self._index is None:
            self._index = {v: i for i, v in enumerate(self._ids)}
        return self._index

    def cached_row(self, item_id: int) -> QueueRow | None:
        return self._rows.get(item_id)

    def refresh_items(self, item_ids: Iterable[int]) -> None:
        """Re-read these items and repaint only their rows."""
        where = self._rows_of()
        wanted = [i for i in dict.fromkeys(item_ids) if i in where]
        if not wanted:
            return
        try:
            fresh = {r.id: r for r in self._fetch(wanted)}
        except WorkbenchError:
            log.exception("could not refresh queue rows")
            return
        last = self.columnCount() - 1
        for item_id in wanted:
            if item_id in fresh:
                self._rows[item_id] = fresh[item_id]
            else:
                self._rows.pop(item_id, None)
            row = where[item_id]
            self.dataChanged.emit(self.index(row, 0), self.index(row, last))

    def set_filtered_columns(self, columns: Iterable[Column]) -> None:
        new = set(columns)
        if new != self._filtered:
            self._filtered = new
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def set_filter_icon(self, icon: QIcon) -> None:
        self._filter_icon = icon

    def _row(self, row: int) -> QueueRow | None:
        item_id = self._ids[row]
        cached = self._rows.get(item_id)
        if cached is not None:
            return cached
        if len(self._rows) > CACHE_LIMIT:
            self._rows.clear()
        start = row - row % PAGE
        page = [i for i in self._ids[start : start + PAGE] if i not in self._rows]
        try:
            for r in self._fetch(page):
                self._rows[r.id] = r
        except WorkbenchError:
            log.exception("could not load queue rows")
            return None
        return self._rows.get(item_id)

    # --- Qt model interface -----------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == ItemIdRole:
            return self._ids[index.row()]
        if role not in _ANSWERED:  # asked for every cell painted: answer before any lookup
            return None
        column = _COLUMNS[index.column()]
        if role in _DUE_ONLY and column is not Column.DUE:
            return None
        row = self._row(index.row())
        if row is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return _display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column is Column.DUE:
                return labels.badge_tooltip(row)
            if column is Column.TITLE:
                return row.title
            return None
        if role == SortKeyRole:
            return _sort_key(row, column)
        if column is Column.DUE:
            if role == BadgeRole:
                return row.badge.value
            brushes = _badge_brushes().get(row.badge)
            if brushes and role == Qt.ItemDataRole.BackgroundRole:
                return brushes[0]
            if brushes and role == Qt.ItemDataRole.ForegroundRole:
                return brushes[1]
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        column = Column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return header_text(column)
        if role == Qt.ItemDataRole.DecorationRole and column in self._filtered:
            return self._filter_icon
        if role == Qt.ItemDataRole.ToolTipRole:
            if column is Column.DUE:  # which deadline a date is: see ui/glossary.py
                return QCoreApplication.translate("QueueModel", DUE_HEADER_TIP)
            return QCoreApplication.translate(
                "QueueModel", "Click to sort; right-click to filter this column"
            )
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(Column):
            self.sortRequested.emit(column, order == Qt.SortOrder.DescendingOrder)
