"""The main window's layout kept in the user's settings: its geometry and toolbars, the widths
of the sidebar, the queue and the item pane, the queue's columns, the item's tab and the view."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from workbench.services.queue import View
from workbench.ui import settings as keys

if TYPE_CHECKING:
    from workbench.ui.main_window import MainWindow


def restore_layout(window: MainWindow) -> None:
    """Put the window back as the user left it; the first time, maximised on the primary screen
    with widths that show the views' names and the item's tabs whole."""
    s = window.settings
    geometry = keys.get_bytes(s, keys.KEY_GEOMETRY)
    if geometry is None or not window.restoreGeometry(geometry):
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            area = screen.availableGeometry()
            window.resize(area.size())
            window.move(area.topLeft())
        window.setWindowState(Qt.WindowState.WindowMaximized)
    state = keys.get_bytes(s, keys.KEY_STATE)
    if state is not None:
        window.restoreState(state)
    splitter = keys.get_bytes(s, keys.KEY_SPLITTER)
    if splitter is None or not window.splitter.restoreState(splitter):
        width = window.width()
        views = window.sidebar.list  # the views' names and counts whole, in either language
        side = max(int(width * 0.12), views.sizeHintForColumn(0) + 2 * views.frameWidth())
        # the item's tabs whole too; the queue (its title column) gives way
        pane = max(int(width * 0.28), window.pane.tabs.tabBar().sizeHint().width() + 16)
        window.splitter.setSizes([side, width - side - pane, pane])
    header = keys.get_bytes(s, keys.KEY_HEADER)
    if header is not None:
        window.queue.table.horizontalHeader().restoreState(header)
        window.queue.columns.default_widths(grow_only=True)  # saved in the other language?
    tab = str(s.value(keys.KEY_DETAIL_TAB, 0))
    window.pane.tabs.setCurrentIndex(int(tab) if tab.isdigit() else 0)


def saved_view(window: MainWindow) -> str:
    """The key of the view the queue showed last."""
    return keys.get_str(window.settings, keys.KEY_VIEW, View.ALL.value)


def save_layout(window: MainWindow) -> None:
    s = window.settings
    s.setValue(keys.KEY_GEOMETRY, window.saveGeometry())
    s.setValue(keys.KEY_STATE, window.saveState())
    s.setValue(keys.KEY_SPLITTER, window.splitter.saveState())
    s.setValue(keys.KEY_HEADER, window.queue.table.horizontalHeader().saveState())
    s.setValue(keys.KEY_VIEW, window.queue.view_key or View.ALL.value)
    s.setValue(keys.KEY_DETAIL_TAB, window.pane.tabs.currentIndex())
    s.sync()
