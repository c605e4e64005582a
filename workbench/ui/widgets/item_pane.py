"""The item pane: what the item is and where it stands, the workflow buttons, and the tabs
详情 / 材料 / 意见 / 备案 / 历史."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from workbench.services.views import ItemView
from workbench.ui import labels
from workbench.ui.item_controller import ItemController
from workbench.ui.prompts import Prompts
from workbench.ui.widgets.common import ERROR_STYLE, MUTED_STYLE, WARNING_STYLE
from workbench.ui.widgets.details_tab import DetailsTab
from workbench.ui.widgets.item_actions import ItemActions

if TYPE_CHECKING:
    from workbench.documents.inspect import Hint
    from workbench.ui.widgets.filing_tab import FilingTab
    from workbench.ui.widgets.history_tab import HistoryTab
    from workbench.ui.widgets.materials_tab import MaterialsTab
    from workbench.ui.widgets.opinion_tab import OpinionTab


class ItemPane(QWidget):
    """The item on screen. Only the details tab is built with the pane: the others are built
    (and their modules imported) the first time they are shown or asked for, so start-up does
    not pay for them, and loading an item does not query for tabs nobody has opened."""

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
        self.item_actions = ItemActions(controller, self)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("itemTabs")
        self.details = DetailsTab(controller, self.tabs)
        self.tabs.addTab(self.details, self.tr("Detail&s"))
        # an empty page holds each other tab's place until _tab() builds it
        self._pending: dict[int, Callable[[], QWidget]] = {
            self.TAB_MATERIALS: self._make_materials,
            self.TAB_OPINION: self._make_opinion,
            self.TAB_FILING: self._make_filing,
            self.TAB_HISTORY: self._make_history,
        }
        self.tabs.addTab(QWidget(self.tabs), self.tr("&Materials"))
        self.tabs.addTab(QWidget(self.tabs), self.tr("&Opinion"))
        self.tabs.addTab(QWidget(self.tabs), self.tr("Fi&ling"))
        self.tabs.addTab(QWidget(self.tabs), self.tr("&History"))
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)

        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addWidget(self.meta_label)
        layout.addWidget(self.due_label)
        layout.addWidget(self.item_actions)
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

    # --- the tabs built on first use --------------------------------------------------------

    @property
    def materials(self) -> MaterialsTab:
        return cast("MaterialsTab", self._tab(self.TAB_MATERIALS))

    @property
    def opinion(self) -> OpinionTab:
        return cast("OpinionTab", self._tab(self.TAB_OPINION))

    @property
    def filing(self) -> FilingTab:
        return cast("FilingTab", self._tab(self.TAB_FILING))

    @property
    def history(self) -> HistoryTab:
        return cast("HistoryTab", self._tab(self.TAB_HISTORY))

    # imported on use: keeps start-up fast
    def _make_materials(self) -> QWidget:
        from workbench.ui.widgets.materials_tab import MaterialsTab

        tab = MaterialsTab(self.controller, self.tabs)
        tab.basisRequested.connect(self._on_materials_basis_requested)
        tab.hintAdopted.connect(self._on_materials_hint_adopted)
        return tab

    def _on_materials_basis_requested(self, basis: str) -> None:
        """A hint's basis goes into the opinion's 法律依据 field, and the opinion tab shows."""
        if self.opinion.insert_basis(basis):
            self.tabs.setCurrentIndex(self.TAB_OPINION)

    def _on_materials_hint_adopted(self, hint: Hint) -> None:
        """A hint goes into the opinion (flag, sentence, basis), and the opinion tab shows."""
        if self.opinion.adopt_hint(hint):
            self.tabs.setCurrentIndex(self.TAB_OPINION)

    def _make_opinion(self) -> QWidget:
        from workbench.ui.widgets.opinion_tab import OpinionTab

        return OpinionTab(self.controller, self.tabs)

    def _make_filing(self) -> QWidget:
        from workbench.ui.widgets.filing_tab import FilingTab

        return FilingTab(self.controller, self.tabs)

    def _make_history(self) -> QWidget:
        from workbench.ui.widgets.history_tab import HistoryTab

        return HistoryTab(self.controller, self.tabs)

    def _tab(self, index: int) -> QWidget | None:
        """The tab at ``index``, built now if this is its first use. A new tab shows the
        current item at once (each tab loads ``controller.current`` when it is built)."""
        placeholder = self.tabs.widget(index)
        make = self._pending.get(index)
        if make is None or placeholder is None:  # built before (or no such tab)
            return placeholder
        tab, text = make(), self.tabs.tabText(index)
        del self._pending[index]
        current = self.tabs.currentIndex()
        # the swap must not look like the user changing tabs (nor build another tab)
        blocker = QSignalBlocker(self.tabs)
        try:
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, tab, text)
            self.tabs.setCurrentIndex(current)
        finally:
            blocker.unblock()
        placeholder.deleteLater()
        return tab

    def _on_tabs_current_changed(self, index: int) -> None:
        self._tab(index)

    # --- showing ----------------------------------------------------------------------------

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
        return labels.item_deadline(view, self.controller.ctx.svc.today())

    def is_dirty(self) -> bool:
        return self.details.is_dirty()

    def leave_item(self, prompts: Prompts) -> bool:
        """Before the item on screen goes away: save or discard unsaved details (False: the
        user chose to stay)."""
        if not self.is_dirty():
            return True
        current = self.controller.current
        answer = prompts.save_discard(
            self.window(),
            self.tr("Unsaved changes"),
            self.tr("The details of %1 have unsaved changes. Save them?").replace(
                "%1", current.reg_no if current else ""
            ),
        )
        if answer is None:
            return False
        if answer:
            return self.details.save() or not self.is_dirty()
        self.details.discard_draft()
        return True
