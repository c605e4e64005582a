"""Enter in the export dialog's file field never opens the file chooser."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from workbench.ui.context import AppContext
from workbench.ui.dialogs.export_dialog import ExportDialog


def test_enter_in_the_file_field_does_not_open_the_file_chooser(
    qtbot: QtBot, app_ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    exported: list[Path] = []

    def export(svc: Any, year: int, path: Path, **kwargs: Any) -> Path:
        exported.append(path)
        return path

    dialog = ExportDialog(app_ctx, export_fn=export)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    asked: list[Path] = []
    monkeypatch.setattr(dialog, "_ask_save_path", lambda current: asked.append(current))
    # the clerk chose a file once, then goes back to type the name
    qtbot.mouseClick(dialog._browse, Qt.MouseButton.LeftButton)
    assert len(asked) == 1
    dialog._browse.setFocus()
    dialog._path.setFocus()
    target = tmp_path / "统计.xlsx"
    dialog._path.setText(str(target))
    qtbot.keyClick(dialog._path, Qt.Key.Key_Return)
    assert len(asked) == 1
    dialog._browse.setFocus()
    qtbot.keyClick(dialog._path, Qt.Key.Key_Enter)
    assert len(asked) == 1
    assert not dialog._browse.autoDefault()
