"""The materials (attachments) of one item."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from workbench.services.attachments import AttachmentView
from workbench.ui.i18n_marks import QT_TRANSLATE_NOOP

AttachmentIdRole = Qt.ItemDataRole.UserRole + 1
SortKeyRole = Qt.ItemDataRole.UserRole + 2


class AttachmentColumn(IntEnum):
    NAME = 0
    SIZE = 1
    ADDED = 2
    ADDED_BY = 3


HEADERS = {
    AttachmentColumn.NAME: QT_TRANSLATE_NOOP("AttachmentModel", "File"),
    AttachmentColumn.SIZE: QT_TRANSLATE_NOOP("AttachmentModel", "Size"),
    AttachmentColumn.ADDED: QT_TRANSLATE_NOOP("AttachmentModel", "Added"),
    AttachmentColumn.ADDED_BY: QT_TRANSLATE_NOOP("AttachmentModel", "Added by"),
}


class AttachmentModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[AttachmentView] = []

    def set_attachments(self, rows: Sequence[AttachmentView]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def attachment(self, row: int) -> AttachmentView | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def attachments(self) -> list[AttachmentView]:
        return list(self._rows)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(AttachmentColumn)

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        a = self._rows[index.row()]
        column = AttachmentColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column is AttachmentColumn.NAME:
                return a.name
            if column is AttachmentColumn.SIZE:
                return QLocale().formattedDataSize(a.size)
            if column is AttachmentColumn.ADDED:
                return a.added_at.strftime("%Y-%m-%d %H:%M")
            return a.added_by
        if role == Qt.ItemDataRole.ToolTipRole and column is AttachmentColumn.NAME:
            if a.text_chars:
                return QCoreApplication.translate(
                    "AttachmentModel", "%n character(s) of text, searchable", None, a.text_chars
                )
            return QCoreApplication.translate("AttachmentModel", "No text preview")
        if role == AttachmentIdRole:
            return a.id
        if role == SortKeyRole:
            if column is AttachmentColumn.SIZE:
                return a.size
            if column is AttachmentColumn.ADDED:
                return a.added_at.isoformat()
            return a.name if column is AttachmentColumn.NAME else a.added_by
        if role == Qt.ItemDataRole.TextAlignmentRole and column is AttachmentColumn.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(AttachmentColumn)
        ):
            return QCoreApplication.translate("AttachmentModel", HEADERS[AttachmentColumn(section)])
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
