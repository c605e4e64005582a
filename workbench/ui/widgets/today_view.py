"""The Today view (今日), the first view on start: what needs my attention, by section, and the
year at a glance. Double-click or Enter on an item opens it in the queue and the item pane."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from workbench.services import today as today_service
from workbench.services.context import ServiceContext
from workbench.services.queue import View
from workbench.services.today import Section, TodayOverview
from workbench.ui.context import AppContext
from workbench.ui.models.today_model import RegNoRole, SectionRole, TodayColumn, TodayModel
from workbench.ui.tasks import Task, TaskRunner
from workbench.ui.widgets.common import MUTED_STYLE, fill_width, to_qdate
from workbench.ui.widgets.delegates import BADGE_EXTRA, DeadlineDelegate
from workbench.ui.widgets.queue_columns import TITLE_MIN_CHARS
from workbench.ui.widgets.year_glance import YearGlance

log = logging.getLogger(__name__)

#: the queue view that shows the items of each section
SECTION_VIEWS: dict[Section, View] = {
    Section.OVERDUE: View.OVERDUE,
    Section.WEEK_AHEAD: View.MINE,
    Section.RETURNED: View.MINE,
    Section.TO_FILE: View.TO_FILE,
    Section.EXPIRING: View.EXPIRING,
}


def _load(svc: ServiceContext) -> TodayOverview:
    """On the worker: the Today lists of the acting user for the service's today."""
    return today_service.today_overview(svc, svc.actor, svc.today())


class _Tree(QTreeView):
    """Enter opens the current item, as a double-click does."""

    activatedByKey = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activatedByKey.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class TodayView(QWidget):
    #: open an item: (reg. no., the queue view to show it in)
    openRequested = Signal(str, str)
    #: show a queue view (the rest of a list that shows only its first rows)
    viewRequested = Signal(str)
    #: a fresh overview is on screen
    loaded = Signal(object)

    def __init__(self, ctx: AppContext, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayView")
        self.ctx, self.tasks = ctx, tasks
        self.overview: TodayOverview | None = None
        self._task: Task | None = None
        self._stale = True

        self.title = QLabel(self)
        self.title.setObjectName("todayTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)  # a long date in English must not widen the window
        self.office_label = QLabel(self)
        self.office_label.setObjectName("todayOffice")
        self.office_label.setStyleSheet(MUTED_STYLE)
        self.office_label.setWordWrap(True)
        self.office_label.hide()

        self.model = TodayModel(self)
        self.tree = _Tree(self)
        self.tree.setObjectName("todayTree")
        self.tree.setAccessibleName(self.tr("Today"))
        self.tree.setModel(self.model)
        self.tree.setItemDelegateForColumn(TodayColumn.WHEN, DeadlineDelegate(self.tree))
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # one height for every row (laying out hundreds of rows stays cheap), the queue's: not
        # the first row's, which is a section's name, Latin in English, and would cut the
        # Chinese titles and the deadline badges below it
        self.tree.setUniformRowHeights(True)
        self.model.row_height = self.tree.fontMetrics().height() + 10
        self.tree.setAlternatingRowColors(False)
        self.tree.setExpandsOnDoubleClick(False)
        header = self.tree.header()
        header.setStretchLastSection(False)
        self.tree.viewport().installEventFilter(self)  # the title fits the list's width
        self._set_widths(None)
        self.tree.doubleClicked.connect(self._on_tree_activated)
        self.tree.activatedByKey.connect(self._on_tree_activated)

        self.glance = YearGlance(self)

        left = QVBoxLayout()
        left.addWidget(self.title)
        left.addWidget(self.office_label)
        left.addWidget(self.tree, 1)
        right = QVBoxLayout()
        right.addWidget(self.glance)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 1)
        layout.addLayout(right, 0)
        # the lists need the room more than the numbers do
        self.glance.setMaximumWidth(self.glance.chart.minimumSizeHint().width() + 40)

    def _set_widths(self, widths: list[int] | None) -> None:
        """The columns' widths (kept across reloads: a model reset forgets them), else ones
        measured for typical contents; the title takes the rest."""
        header = self.tree.header()
        if widths is not None:
            for column in TodayColumn:
                if column is not TodayColumn.TITLE:
                    header.resizeSection(column, widths[column])
            self._fit_title()
            return
        fm = self.tree.fontMetrics()
        when = max(
            (
                self.model.tr("%n working day(s) left", "", 15),
                QCoreApplication.translate("Labels", "%n day(s) left", None, 180),
                QCoreApplication.translate("Labels", "%n day(s) overdue", None, 30),
                QCoreApplication.translate("Labels", "Due within %n working day(s)", None, 3),
            ),
            key=fm.horizontalAdvance,
        )
        samples = {
            TodayColumn.REG_NO: "审2026-0000",
            TodayColumn.WHEN: when,
            TodayColumn.DATE: "2026-12-31",
            TodayColumn.COUNSEL: "欧阳明明",
        }
        for column, text in samples.items():
            # the reg. no. is indented under its section (and a day of the week ahead)
            indent = 2 * self.tree.indentation() if column is TodayColumn.REG_NO else 0
            badge = BADGE_EXTRA if column is TodayColumn.WHEN else 0
            header.resizeSection(column, fm.horizontalAdvance(text) + 20 + indent + badge)
        self._fit_title()

    def _fit_title(self) -> None:
        """The title takes what the other columns leave, but keeps room for some words: in
        a narrow pane the list scrolls sideways instead."""
        minimum = self.tree.fontMetrics().horizontalAdvance("审" * TITLE_MIN_CHARS) + 20
        available = self.tree.viewport().width()
        header = self.tree.header()
        header.resizeSection(
            TodayColumn.TITLE, fill_width(header, TodayColumn.TITLE, available, minimum)
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tree.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_title()
        return False

    # --- loading ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the lists again on the worker; a newer reload replaces a running one."""
        self._stale = False
        if self._task is not None:
            self._task.cancel()
        self._task = self.tasks.submit(
            _load,
            self.ctx.svc,
            read_only=True,
            on_done=self._on_loaded,
            on_error=lambda exc: log.warning("today failed: %s", exc),
        )

    def invalidate(self) -> None:
        """The data changed: reload now when on screen, else when next shown."""
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _on_loaded(self, overview: TodayOverview) -> None:
        self._task = None
        self.overview = overview
        header = self.tree.header()
        widths = [header.sectionSize(c) for c in TodayColumn] if header.count() else None
        self.model.set_overview(overview)
        self._set_widths(widths)
        # the sections' titles and the week's days span the row and are open; the items under
        # them have nothing to open (expandAll would visit every one of them)
        for r in range(self.model.rowCount()):
            self.tree.setFirstColumnSpanned(r, QModelIndex(), True)
            self.tree.expand(self.model.index(r, 0))
        week = self.model.section_index(Section.WEEK_AHEAD)
        for c in range(self.model.rowCount(week)):
            self.tree.setFirstColumnSpanned(c, week, True)
            self.tree.expand(self.model.index(c, 0, week))
        for section in (Section.TO_FILE, Section.EXPIRING):  # "N more..." spans its row too
            head = self.model.section_index(section)
            last = self.model.rowCount(head) - 1
            if last >= 0 and self.model.is_more(self.model.index(last, 0, head)):
                self.tree.setFirstColumnSpanned(last, head, True)
        day = QLocale().toString(to_qdate(overview.today), QLocale.FormatType.LongFormat)
        self.title.setText(self.tr("Today, %1").replace("%1", day))
        counts = overview.office_counts
        if counts is not None:
            self.office_label.setText(
                self.tr(
                    "Whole office: %1 reviews overdue, %2 due within 7 days, %3 returned for materials"  # noqa: E501 (one literal for the translation tools)
                )
                .replace("%1", str(counts.overdue))
                .replace("%2", str(counts.due_within_week))
                .replace("%3", str(counts.returned))
            )
        self.office_label.setVisible(counts is not None)
        self.glance.set_figures(overview.mine, overview.office)
        self.loaded.emit(overview)

    # --- opening ----------------------------------------------------------------------------

    def _on_tree_activated(self, index: QModelIndex) -> None:
        first = index.siblingAtColumn(0)
        view = SECTION_VIEWS[Section(first.data(SectionRole))].value
        if self.model.is_more(first):  # the rest of an office list: in its queue view
            self.viewRequested.emit(view)
            return
        reg_no = first.data(RegNoRole)
        if not reg_no:
            self.tree.setExpanded(index, not self.tree.isExpanded(index))
            return
        self.openRequested.emit(reg_no, view)

    def activate(self, index: Any) -> None:
        """Open the item at ``index`` as a double-click would (for keyboard users and tests)."""
        self._on_tree_activated(index)
