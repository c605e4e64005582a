"""Table models of the cleanup view (清理) and of the catalogue preview (目录)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
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
from PySide6.QtGui import QColor

from workbench.domain.cleanup import CleanupResult
from workbench.domain.errors import WorkbenchError
from workbench.domain.statuses import STATUS_LABELS
from workbench.services.catalogue import CatalogueRow
from workbench.services.cleanup import EntryView

Index = QModelIndex | QPersistentModelIndex
RegNoRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
FLAG_COLOUR = QColor("#fff4d6")
#: keys 1–4 of the cleanup table, in the order of the published lists
RESULT_KEYS = (
    CleanupResult.KEEP,
    CleanupResult.AMEND,
    CleanupResult.REPEAL,
    CleanupResult.INVALIDATE,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("CleanupModel", text)


def result_text(result: CleanupResult | None) -> str:
    labels = {
        CleanupResult.KEEP: _tr("Keep in force"),
        CleanupResult.AMEND: _tr("To amend"),
        CleanupResult.REPEAL: _tr("To repeal"),
        CleanupResult.INVALIDATE: _tr("Declare invalid"),
    }
    return labels[result] if result is not None else _tr("Undecided")


def _date(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


class EntryColumn(IntEnum):
    REG_NO = 0
    TITLE = 1
    DOC_NO = 2
    PUBLISHED = 3
    RESULT = 4
    REASON = 5


Setter = Callable[[str, CleanupResult, str], EntryView]


class CleanupEntriesModel(QAbstractTableModel):
    """A campaign's entries; the result (keys 1–4 or the editor) and the reason are editable
    while the campaign is open, each change going through ``setter`` (the service)."""

    failed = Signal(str)
    changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[EntryView] = []
        self._setter: Setter | None = None

    def set_entries(self, entries: Sequence[EntryView], setter: Setter | None) -> None:
        """``setter`` is ``None`` for a closed campaign: nothing is editable."""
        self.beginResetModel()
        self._rows = list(entries)
        self._setter = setter
        self.endResetModel()

    def entry(self, row: int) -> EntryView:
        return self._rows[row]

    def decided(self) -> int:
        return sum(1 for e in self._rows if e.result is not None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(EntryColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = (_tr("Reg. No."), _tr("Title"), _tr("Document No."), _tr("Published"),
                 _tr("Result"), _tr("Reason"))  # fmt: skip
        return names[section] if 0 <= section < len(names) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid() or self._setter is None:
            return base
        column = EntryColumn(index.column())
        if column is EntryColumn.RESULT or (
            column is EntryColumn.REASON and self._rows[index.row()].result is not None
        ):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        e = self._rows[index.row()]
        column = EntryColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, SortRole):
            if column is EntryColumn.RESULT and role == Qt.ItemDataRole.EditRole:
                return e.result.value if e.result else ""
            values = (e.reg_no, e.title, e.doc_no, _date(e.published_on),
                      result_text(e.result), e.reason)  # fmt: skip
            return values[column]
        if role == RegNoRole:
            return e.reg_no
        if role == Qt.ItemDataRole.BackgroundRole and e.flagged:
            return FLAG_COLOUR
        if role == Qt.ItemDataRole.ToolTipRole and e.flagged:
            return _tr("The attached document has fair-competition review hints.")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self._setter is None:
            return False
        e = self._rows[index.row()]
        column = EntryColumn(index.column())
        if column is EntryColumn.RESULT:
            try:
                result = CleanupResult(str(value))
            except ValueError:
                return False
            return self.set_result(index.row(), result)
        if column is EntryColumn.REASON and e.result is not None:
            return self._apply(index.row(), e.result, str(value))
        return False

    def set_result(self, row: int, result: CleanupResult) -> bool:
        return self._apply(row, result, self._rows[row].reason)

    def _apply(self, row: int, result: CleanupResult, reason: str) -> bool:
        assert self._setter is not None
        e = self._rows[row]
        try:
            self._rows[row] = self._setter(e.reg_no, result, reason)
        except WorkbenchError as exc:
            self.failed.emit(str(exc))
            return False
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(EntryColumn) - 1))
        self.changed.emit()
        return True


class CatalogueColumn(IntEnum):
    NUMBER = 0
    TITLE = 1
    DOC_NO = 2
    PUBLISHED = 3
    EFFECTIVE = 4
    VALID_UNTIL = 5
    FILED = 6
    AUTHORITY = 7
    STATUS = 8


class CatalogueModel(QAbstractTableModel):
    """The rows of a catalogue, read-only (the preview before saving)."""

    def __init__(self, parent: Any = None, *, english: bool = False) -> None:
        super().__init__(parent)
        self._rows: list[CatalogueRow] = []
        self._english = english

    def set_rows(self, rows: Sequence[CatalogueRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(CatalogueColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = (_tr("No."), _tr("Title"), _tr("Document No."), _tr("Published"),
                 _tr("Effective"), _tr("Valid until"), _tr("Filed"), _tr("Filing authority"),
                 _tr("Status"))  # fmt: skip
        return names[section] if 0 <= section < len(names) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, RegNoRole):
            return None
        r = self._rows[index.row()]
        if role == RegNoRole:
            return r.reg_no
        zh, en = STATUS_LABELS[r.status]
        authority = r.filing_authority if r.filed_on else ""
        values = (str(r.number), r.title, r.doc_no, _date(r.published_on),
                  _date(r.effective_on), _date(r.valid_until), _date(r.filed_on),
                  authority, en if self._english else zh)  # fmt: skip
        return values[index.column()]
