"""The Today view's lists as a tree: a header per section (with its count), the seven days
from today under "Due within 7 days", and the items under them. Every item row carries its
reg. no."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont

from workbench.services.queue import DueBadge
from workbench.services.today import Section, TodayOverview, TodayRow
from workbench.ui import labels
from workbench.ui.models.queue_model import BadgeRole
from workbench.ui.widgets.common import to_qdate

RegNoRole = Qt.ItemDataRole.UserRole + 1
SectionRole = Qt.ItemDataRole.UserRole + 2
ItemIdRole = Qt.ItemDataRole.UserRole + 4

Index = QModelIndex | QPersistentModelIndex


class TodayColumn(IntEnum):
    REG_NO = 0
    TITLE = 1
    WHEN = 2
    DATE = 3
    COUNSEL = 4


@dataclass(eq=False)
class _Node:
    section: Section | None
    parent: _Node | None = None
    text: str = ""
    row: TodayRow | None = None
    more: bool = False  # "N more in the queue": opens the section's queue view
    children: list[_Node] = field(default_factory=list)

    def add(self, child: _Node) -> _Node:
        child.parent = self
        self.children.append(child)
        return child


class TodayModel(QAbstractItemModel):
    """Read-only; replaced as a whole by :meth:`set_overview`."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._root = _Node(None)
        self._today: dt.date | None = None
        #: every row's height in pixels (the view's choice); 0: each row's own
        self.row_height = 0

    # --- filling ----------------------------------------------------------------------------

    def section_title(self, section: Section) -> str:
        return {
            Section.OVERDUE: self.tr("Overdue"),
            Section.WEEK_AHEAD: self.tr("Due within 7 days"),
            Section.RETURNED: self.tr("Returned, awaiting resubmission"),
            Section.TO_FILE: self.tr("To be filed"),
            Section.EXPIRING: self.tr("Validity ending within 6 months"),
        }[section]

    def set_overview(self, overview: TodayOverview) -> None:
        self.beginResetModel()
        self._today = overview.today
        root = _Node(None)
        for section in Section:
            rows = overview.section(section)
            total = overview.total(section)
            head = root.add(_Node(section, text=f"{self.section_title(section)} ({total})"))
            if section is Section.WEEK_AHEAD:
                for group in overview.week:
                    if group.rows:
                        day = head.add(_Node(section, text=self._day_text(group.day, group.rows)))
                        for row in group.rows:
                            day.add(_Node(section, row=row))
            else:
                for row in rows:
                    head.add(_Node(section, row=row))
            if total > len(rows):
                text = self.tr("%n more: show them all in the queue…", "", total - len(rows))
                head.add(_Node(section, text=text, more=True))
        self._root = root
        self.endResetModel()

    def _day_text(self, day: dt.date, rows: tuple[TodayRow, ...]) -> str:
        name = QLocale().toString(to_qdate(day), "dddd")
        if day == self._today:
            name = self.tr("Today") + " · " + name
        return f"{day.isoformat()} {name} ({len(rows)})"

    # --- lookup -----------------------------------------------------------------------------

    def _node(self, index: Index) -> _Node:
        if not index.isValid():
            return self._root
        node = index.internalPointer()
        assert isinstance(node, _Node)
        return node

    def is_more(self, index: Index) -> bool:
        """Whether ``index`` is the row that stands for the rest of an office list."""
        return index.isValid() and self._node(index).more

    def reg_no(self, index: Index) -> str | None:
        node = self._node(index)
        return node.row.reg_no if node.row is not None else None

    def section_index(self, section: Section) -> QModelIndex:
        for i, node in enumerate(self._root.children):
            if node.section is section:
                return self.createIndex(i, 0, node)
        return QModelIndex()

    def item_indexes(self, section: Section) -> list[QModelIndex]:
        """The item rows of ``section`` in order (column 0)."""
        out: list[QModelIndex] = []

        def walk(parent: QModelIndex) -> None:
            for r in range(self.rowCount(parent)):
                child = self.index(r, 0, parent)
                if self._node(child).row is not None:
                    out.append(child)
                walk(child)

        walk(self.section_index(section))
        return out

    # --- the model --------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, self._node(parent).children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        parent = self._node(index).parent
        if parent is None or parent is self._root:
            return QModelIndex()
        grand = parent.parent or self._root
        return self.createIndex(grand.children.index(parent), 0, parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(TodayColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(TodayColumn):
            return None
        return {
            TodayColumn.REG_NO: self.tr("Reg. No."),
            TodayColumn.TITLE: self.tr("Title"),
            TodayColumn.WHEN: self.tr("When"),
            TodayColumn.DATE: self.tr("Date"),
            TodayColumn.COUNSEL: self.tr("Counsel"),
        }[TodayColumn(section)]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.SizeHintRole and self.row_height:
            return QSize(-1, self.row_height)
        node = self._node(index)
        column = TodayColumn(index.column())
        if node.row is None:  # a section or day header, spanning the row
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return node.text if column is TodayColumn.REG_NO else None
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(not node.more)
                font.setUnderline(node.more)  # it leads somewhere, as a link does
                return font
            if role == SectionRole:
                return node.section.value if node.section else None
            return None
        row = node.row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(node, column)
        if role == Qt.ItemDataRole.ToolTipRole and column is TodayColumn.TITLE:
            return row.title
        if role == Qt.ItemDataRole.ToolTipRole and node.section is Section.RETURNED:
            return QCoreApplication.translate(
                "Labels",
                "Returned for materials: the review clock is paused with %n working day(s) left",
                None,
                row.workdays or 0,
            )
        if role == BadgeRole and column is TodayColumn.WHEN:
            return self._badge(node).value
        if role == RegNoRole:
            return row.reg_no
        if role == ItemIdRole:
            return row.id
        if role == SectionRole:
            return node.section.value if node.section else None
        return None

    def _badge(self, node: _Node) -> DueBadge:
        row = node.row
        assert row is not None
        if node.section is Section.RETURNED:
            return DueBadge.PAUSED
        if node.section is Section.EXPIRING:
            return DueBadge.DUE_SOON if row.days < 0 else DueBadge.NONE
        if row.days < 0:
            return DueBadge.OVERDUE
        if row.workdays is not None and row.workdays <= 3:
            return DueBadge.DUE_SOON
        return DueBadge.NONE

    def _text(self, node: _Node, column: TodayColumn) -> str:
        row = node.row
        assert row is not None
        if column is TodayColumn.REG_NO:
            return row.reg_no
        if column is TodayColumn.TITLE:
            return row.title
        if column is TodayColumn.DATE:
            return labels.iso(row.date)
        if column is TodayColumn.COUNSEL:
            return row.counsel
        # WHEN
        if node.section is Section.RETURNED:
            return self.tr("%n working day(s) left", "", row.workdays or 0)
        if row.date is None or self._today is None:
            return ""
        if node.section in (Section.OVERDUE, Section.WEEK_AHEAD) and row.days >= 0:
            if not row.workdays:
                return QCoreApplication.translate("Labels", "Due today")
            return QCoreApplication.translate(
                "Labels", "Due within %n working day(s)", None, row.workdays
            )
        return labels.countdown(row.date, self._today)
