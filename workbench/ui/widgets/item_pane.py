"""The item pane: what the item is and where it stands, the workflow buttons, and the tabs
详情 / 材料 / 意见 / 备案 / 历史."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from workbench.domain.statuses import Status
from workbench.services.views import ItemView, active_due
from workbench.ui import labels
from workbench.ui.item_controller import ItemController
from workbench.ui.widgets.common import ERROR_STYLE, MUTED_STYLE, WARNING_STYLE
from workbench.ui.widgets.details_tab import DetailsTab
from workbench.ui.widgets.filing_tab import FilingTab
from workbench.ui.widgets.history_tab import HistoryTab
from workbench.ui.widgets.item_actions import ItemActions
from workbench.ui.widgets.materials_tab import MaterialsTab
from workbench.ui.widgets.opinion_tab import OpinionTab


class ItemPane(QWidget):
    TAB_DETAILS, TAB_MATERIALS, TAB_OPINION, TAB_FILING, TAB_HISTORY = range(5)

    def __init__(self, controller: ItemController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("itemPane")
        self.setAccessibleName(self.tr("Item"))
        self.controller = controller

        self.title_label = QLabel(self)
        self.title_label.setObjectName("itemTitle")
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title_label.setFont(font)
        self.meta_label = QLabel(self)
        self.meta_label.setObjectName("itemMeta")
        self.meta_label.setTextFormat(Qt.TextFormat.PlainText)
        self.meta_label.setWordWrap(True)
        self.due_label = QLabel(self)
        self.due_label.setObjectName("itemDue")
        self.due_label.setTextFormat(Qt.TextFormat.PlainText)
        self.actions = ItemActions(controller, self)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("itemTabs")
        self.details = DetailsTab(controller, self.tabs)
        self.materials = MaterialsTab(controller, self.tabs)
        self.opinion = OpinionTab(controller, self.tabs)
        self.filing = FilingTab(controller, self.tabs)
        self.history = HistoryTab(controller, self.tabs)
        self.tabs.addTab(self.details, self.tr("&Details"))
        self.tabs.addTab(self.materials, self.tr("&Materials"))
        self.tabs.addTab(self.opinion, self.tr("&Opinion"))
        self.tabs.addTab(self.filing, self.tr("Fi&ling"))
        self.tabs.addTab(self.history, self.tr("&History"))

        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addWidget(self.meta_label)
        layout.addWidget(self.due_label)
        layout.addWidget(self.actions)
        layout.addWidget(self.tabs, 1)

        self.placeholder = QLabel(
            self.tr("Select an item in the queue to see its details, materials and opinion."),
            self,
        )
        self.placeholder.setObjectName("itemPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet(MUTED_STYLE)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 0, 0, 0)
        outer.addWidget(self.stack)
        controller.itemLoaded.connect(self._on_item_loaded)
        self._on_item_loaded(controller.current)

    def _on_item_loaded(self, view: ItemView | None) -> None:
        self.stack.setCurrentIndex(0 if view is None else 1)
        if view is None:
            return
        self.title_label.setText(view.title)
        meta = [view.reg_no, labels.kind_label(view.kind), labels.status_label(view.status)]
        if view.counsel:
            meta.append(self.tr("Counsel: %1").replace("%1", view.counsel))
        if view.unit:
            meta.append(view.unit)
        self.meta_label.setText("  ·  ".join(meta))
        self.due_label.setText(self._due_text(view))
        self.due_label.setVisible(bool(self.due_label.text()))
        style = ERROR_STYLE if view.overdue else WARNING_STYLE if view.due_soon else MUTED_STYLE
        self.due_label.setStyleSheet(style)

    def _due_text(self, view: ItemView) -> str:
        today = self.controller.ctx.svc.today()
        if view.status is Status.RETURNED:
            left = view.paused_remaining if view.paused_remaining is not None else 0
            return self.tr(
                "Review clock paused (returned for materials): %n working day(s) left", "", left
            )
        due = active_due(view.status, view.review_due_on, view.filing_due_on)
        if due is None:
            return ""
        text = (
            self.tr("Filing due %1 (%2)")
            if view.status is Status.PUBLISHED
            else self.tr("Review due %1 (%2)")
        )
        return text.replace("%1", due.isoformat()).replace("%2", labels.countdown(due, today))

    def is_dirty(self) -> bool:
        return self.details.is_dirty()
