"""An exception escaping a slot is logged and shown as one sentence, never a silent crash."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from workbench.domain import messages
from workbench.domain.errors import InvalidInput
from workbench.domain.messages import field_label
from workbench.ui import errors


def test_excepthook_logs_and_shows_one_sentence(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, caplog
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    previous = errors.install_excepthook(tmp_path / "workbench.log")
    try:
        try:
            raise KeyError("reviewer")
        except KeyError as exc:
            with caplog.at_level(logging.ERROR, logger="workbench.ui"):
                sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        sys.excepthook = previous
    assert len(shown) == 1
    assert "Something went wrong" in shown[0] and "workbench.log" in shown[0]
    assert "Traceback" not in shown[0]
    assert "Traceback" in caplog.text


def test_our_own_refusals_are_shown_verbatim() -> None:
    refusal = InvalidInput("text.empty", what=field_label("title"))
    assert errors.one_sentence(refusal) == "Title cannot be empty."  # the English interface
    messages.set_language("zh")
    assert errors.one_sentence(refusal) == "标题不能为空。"
