"""Every Alt+letter on screen does one thing: the main window and the register dialog, in
English and in Chinese."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.ui.conftest import wait_idle
from workbench.ui import i18n
from workbench.ui.context import AppContext
from workbench.ui.dialogs.register_dialog import RegisterDialog
from workbench.ui.main_window import MainWindow

_MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str | None:
    """The Alt+ letter of ``text`` ("&File" -> "F", "文件(&F)" -> "F"), if any."""
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).upper() if found else None


def visible_mnemonics(window: QWidget) -> list[tuple[str, str]]:
    """(letter, text) of every mnemonic that Alt+letter reaches in ``window`` right now."""
    found: list[tuple[str, str]] = []

    def add(text: str) -> None:
        letter = mnemonic(text)
        if letter:
            found.append((letter, text))

    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            if action.isVisible():
                add(action.text())
    for widget in window.findChildren(QWidget):
        if isinstance(widget, QMenu) or not widget.isVisibleTo(window):
            continue
        labelled = isinstance(widget, QLabel) and widget.buddy() is not None
        if isinstance(widget, QAbstractButton) or labelled:
            add(widget.text())  # type: ignore[attr-defined]
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            add(widget.title())
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                if widget.isTabVisible(i) and widget.isTabEnabled(i):
                    add(widget.tabText(i))
    return found


def duplicates(found: list[tuple[str, str]]) -> dict[str, list[str]]:
    counts = Counter(letter for letter, _ in found)
    return {
        letter: [text for l2, text in found if l2 == letter]
        for letter, n in counts.items()
        if n > 1
    }


def menu_duplicates(window: MainWindow) -> dict[str, dict[str, list[str]]]:
    """Within each menu, the letters used twice."""
    out: dict[str, dict[str, list[str]]] = {}
    for top in window.menuBar().actions():
        menus = [top.menu()]
        while menus:
            menu = menus.pop()
            if not isinstance(menu, QMenu):
                continue
            letters = []
            for action in menu.actions():
                if action.menu() is not None:
                    menus.append(action.menu())
                if action.isVisible() and not action.isSeparator():
                    letter = mnemonic(action.text())
                    if letter:
                        letters.append((letter, action.text()))
            dup = duplicates(letters)
            if dup:
                out[menu.title()] = dup
    return out


@pytest.fixture(params=[i18n.ENGLISH, i18n.CHINESE])
def language(request: pytest.FixtureRequest, qapp, tmp_path: Path) -> Iterator[str]:
    translations = i18n.Translations(tmp_path / "qm")
    translations.install(request.param)
    yield request.param
    translations.install(i18n.ENGLISH)


def test_main_window_mnemonics_are_unique(
    qtbot: QtBot, language: str, register, make_window: Callable[[], MainWindow], tasks
) -> None:
    register()
    window = make_window()
    window.queue.select_first()
    wait_idle(qtbot, tasks)
    tabs = window.pane.tabs
    problems = {}
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        wait_idle(qtbot, tasks)
        found = visible_mnemonics(window)
        dup = duplicates(found)
        if dup:
            problems[tabs.tabText(index)] = dup
    assert problems == {}
    assert menu_duplicates(window) == {}


def test_register_dialog_mnemonics_are_unique(
    qtbot: QtBot, language: str, app_ctx: AppContext
) -> None:
    dialog = RegisterDialog(app_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    for kind in range(dialog._kind.count()):  # contracts show two more fields
        dialog._kind.setCurrentIndex(kind)
        found = visible_mnemonics(dialog)
        assert duplicates(found) == {}
