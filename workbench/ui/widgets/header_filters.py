"""Per-column filters of the queue, set from the header's context menu."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QMenu, QTableView, QToolButton, QWidget

from workbench.domain.errors import WorkbenchError
from workbench.domain.kinds import Kind
from workbench.domain.statuses import Status
from workbench.services.queue import CODE_FILTER_KEYS, DATE_FILTER_KEYS, parse_date_range
from workbench.ui import labels
from workbench.ui.icons import icon
from workbench.ui.models.queue_model import COLUMN_KEYS, KEY_COLUMNS, Column, header_text
from workbench.ui.prompts import Prompts

Filters = dict[str, str | tuple[str, ...]]


def _code_label(key: str, code: str) -> str:
    try:
        return labels.kind_label(code) if key == "kind" else labels.status_label(code)
    except ValueError:
        return code


def describe_filter(key: str, value: str | tuple[str, ...]) -> str:
    """ "Kind: Normative document"."""
    name = header_text(KEY_COLUMNS[key]) if key in KEY_COLUMNS else key
    shown = value if isinstance(value, str) else ", ".join(_code_label(key, c) for c in value)
    return f"{name}: {shown}"


def describe_filters(filters: Filters) -> str:
    """ "Kind: Normative document · Received: 2024"."""
    return " · ".join(describe_filter(key, value) for key, value in filters.items())


class FilterChips(QWidget):
    """The active filters as small buttons above the queue; clicking one removes its filter."""

    #: the filter of this key should go
    removeRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterChips")
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self._layout.addStretch(1)
        self.chips: dict[str, QToolButton] = {}

    def set_filters(self, filters: Filters) -> None:
        for chip in self.chips.values():
            self._layout.removeWidget(chip)
            chip.hide()
            chip.deleteLater()
        self.chips = {}
        for key, value in filters.items():
            text = describe_filter(key, value)
            chip = QToolButton(self)
            chip.setObjectName("filterChip")
            chip.setIcon(icon("filter"))
            chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            chip.setText(text.replace("&", "&&") + "  ×")  # a "&" in a value is no mnemonic
            chip.setToolTip(self.tr("Remove this filter"))
            chip.setAccessibleName(self.tr("Remove the filter %1").replace("%1", text))
            chip.clicked.connect(lambda _checked=False, k=key: self.removeRequested.emit(k))
            self._layout.insertWidget(self._layout.count() - 1, chip)
            self.chips[key] = chip


class HeaderFilters(QObject):
    """Owns the queue's column filters; asks for them through :class:`Prompts`."""

    def __init__(
        self,
        table: QTableView,
        prompts: Prompts,
        on_changed: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.table = table
        self.prompts = prompts
        self.on_changed = on_changed
        self.filters: Filters = {}
        header = table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_context_menu)

    @property
    def header(self) -> QHeaderView:
        return self.table.horizontalHeader()

    def set_filters(
        self, filters: Mapping[str, str | Sequence[str]], *, notify: bool = True
    ) -> None:
        self.filters = {k: v if isinstance(v, str) else tuple(v) for k, v in filters.items()}
        if notify:
            self.on_changed()

    def set_filter(self, key: str, value: str | Sequence[str] | None) -> None:
        if value is None or (isinstance(value, str) and not value.strip()) or not value:
            self.filters.pop(key, None)
        else:
            self.filters[key] = value.strip() if isinstance(value, str) else tuple(value)
        self.on_changed()

    def _on_header_context_menu(self, pos: QPoint) -> None:
        self.context_menu(self.header.logicalIndexAt(pos)).exec(self.header.mapToGlobal(pos))

    def context_menu(self, section: int) -> QMenu:
        """The header's menu for ``section`` (-1: outside the columns)."""
        menu = QMenu(self.table)
        if section >= 0:
            column = Column(section)
            key = COLUMN_KEYS[column]
            ask = menu.addAction(self.tr("Filter “%1”…").replace("%1", header_text(column)))
            # bind now: a closure over the loop variables below would see the last column
            ask.triggered.connect(lambda _checked=False, c=column: self.ask(c))
            if key in self.filters:
                clear = menu.addAction(self.tr("Clear this filter"))
                clear.triggered.connect(lambda _checked=False, k=key: self.set_filter(k, None))
        if self.filters:
            clear_all = menu.addAction(self.tr("Clear all filters"))
            clear_all.triggered.connect(lambda _checked=False: self.set_filters({}))
        menu.addSeparator()
        shown = menu.addMenu(self.tr("Columns"))
        for each in Column:
            action = shown.addAction(header_text(each))
            action.setCheckable(True)
            action.setChecked(not self.header.isSectionHidden(each))
            action.setEnabled(each not in (Column.REG_NO, Column.TITLE))
            action.toggled.connect(lambda on, c=each: self._show_column(c, on))
        return menu

    def _show_column(self, column: Column, on: bool) -> None:
        self.header.setSectionHidden(column, not on)

    def ask(self, column: Column) -> None:
        """Ask for the filter of ``column`` and apply it (an empty answer clears it)."""
        key = COLUMN_KEYS[column]
        parent: QWidget = self.table.window()
        title = self.tr("Filter “%1”").replace("%1", header_text(column))
        current = self.filters.get(key)
        if key in CODE_FILTER_KEYS:
            codes = [k.value for k in Kind] if key == "kind" else [s.value for s in Status]
            options = [(c, _code_label(key, c)) for c in codes]
            chosen = self.prompts.ask_choices(
                parent,
                title,
                self.tr("Show only items that are:"),
                options,
                list(current) if isinstance(current, tuple) else [],
            )
            if chosen is not None:
                self.set_filter(key, chosen if len(chosen) < len(codes) else None)
            return
        if key in DATE_FILTER_KEYS:
            label = self.tr(
                "A year (2024), a month (2024-05), a day (2024-05-06) or a range "
                "(2024-01-01..2024-03-31). Leave empty to clear."
            )
        else:
            label = self.tr("Show items whose “%1” contains (leave empty to clear):").replace(
                "%1", header_text(column)
            )
        text = self.prompts.ask_text(
            parent, title, label, current if isinstance(current, str) else ""
        )
        if text is None:
            return
        if text.strip() and key in DATE_FILTER_KEYS:
            try:
                parse_date_range(text)
            except WorkbenchError as exc:
                self.prompts.warn(parent, title, str(exc))
                return
        self.set_filter(key, text)
