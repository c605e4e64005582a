"""Every menu command opens its dialog (or says it is not available) without an error."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.conftest import wait_idle


@pytest.fixture
def no_modal(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    opened: list[str] = []

    def fake_exec(self: QDialog) -> int:
        opened.append(type(self).__name__)
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(QDialog, "exec", fake_exec)
    monkeypatch.setattr(QWidget, "show", lambda self: opened.append(type(self).__name__))
    return opened


def test_menu_commands(qtbot: QtBot, register, make_window, tasks, prompts, no_modal) -> None:
    register()
    window = make_window()
    a = window.app_actions
    assert a.new_item.shortcut().toString() == "Ctrl+N"
    assert a.export.shortcut().toString() == "Ctrl+E"
    assert a.find.shortcut().toString() == "Ctrl+F"
    assert a.refresh.shortcut().toString() == "F5"
    assert {s.toString() for s in a.save_next.shortcuts()} == {"Ctrl+Return", "Ctrl+Enter"}
    for action in (a.new_item, a.export, a.settings, a.about, a.guide):
        before = len(no_modal) + len(prompts.texts("info"))
        action.trigger()
        wait_idle(qtbot, tasks)
        assert len(no_modal) + len(prompts.texts("info")) > before, action.text()
    assert not prompts.texts("warn")
    assert {"RegisterDialog", "ExportDialog", "SettingsDialog", "AboutDialog"} <= set(no_modal)
    titles = [m.title() for m in (x.menu() for x in window.menuBar().actions())]
    assert titles == ["&File", "&View", "&Item", "H&elp"]
