"""Settings explains a bad registration-number pattern in one sentence as it is typed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from workbench.ui.context import AppContext
from workbench.ui.dialogs.settings_dialog import SettingsDialog


@pytest.mark.parametrize("pattern", ["审{seq.x}", "审{seq[0]}", "审{0}{seq}", "审{seq:q}"])
def test_a_bad_pattern_is_one_sentence(
    qtbot: QtBot, app_ctx: AppContext, tmp_path: Path, pattern: str
) -> None:
    dialog = SettingsDialog(
        app_ctx, qsettings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.deadlines.set_pattern(pattern)
    problem = dialog.deadlines.problem()
    # one sentence in the interface's language (English here) naming the pattern
    assert problem is not None and f"pattern “{pattern}”" in problem and problem.endswith(".")
    assert "object" not in problem and "index" not in problem and "Unknown" not in problem
    assert dialog.deadlines.example_text() == ""
