"""Dates typed over a whole date field: 20261220 and the office's other spellings are taken;
a text that is no date, or out of range, keeps the date and says why."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from workbench.ui.context import AppContext
from workbench.ui.dialogs.register_dialog import RegisterDialog
from workbench.ui.widgets.common import date_edit, to_date
from workbench.ui.widgets.date_edit import DateEdit


def _type_over(qtbot: QtBot, edit: DateEdit, text: str, key: Qt.Key = Qt.Key.Key_Return) -> None:
    edit.window().activateWindow()
    edit.setFocus()
    edit.lineEdit().selectAll()
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:  # as an input method delivers it
        edit.lineEdit().insert(text)
    qtbot.keyClick(edit, key)


@pytest.fixture
def field(qtbot: QtBot) -> Iterator[DateEdit]:
    host = QWidget()
    qtbot.addWidget(host)
    edit = date_edit("testDate", "Test date", host)
    assert isinstance(edit, DateEdit)
    edit.setMaximumDate(QDate(2026, 12, 31))
    edit.setDate(QDate(2025, 6, 16))
    layout = QVBoxLayout(host)
    layout.addWidget(edit)
    layout.addWidget(QLineEdit(host))
    host.show()
    yield edit  # the host lives as long as the test


@pytest.mark.parametrize("text", ["20261220", "2026/12/20", "2026.12.20", "2026年12月20日"])
def test_a_date_typed_whole_is_taken(qtbot: QtBot, field: DateEdit, text: str) -> None:
    _type_over(qtbot, field, text)
    assert to_date(field.date()) == dt.date(2026, 12, 20)
    assert field.problem == "" and field.text() == "2026-12-20"


def test_leaving_the_field_takes_the_date_too(qtbot: QtBot, field: DateEdit) -> None:
    field.window().activateWindow()
    field.setFocus()
    field.lineEdit().selectAll()
    qtbot.keyClicks(field, "20260102")
    field.clearFocus()
    assert to_date(field.date()) == dt.date(2026, 1, 2)


def test_no_date_is_refused_with_a_sentence(qtbot: QtBot, field: DateEdit) -> None:
    with qtbot.waitSignal(field.refused) as refused:
        _type_over(qtbot, field, "20261340")
    assert to_date(field.date()) == dt.date(2025, 6, 16)
    assert "20261340" in field.problem and refused.args == [field.problem]


def test_a_date_beyond_the_range_is_refused(qtbot: QtBot, field: DateEdit) -> None:
    _type_over(qtbot, field, "20270105")
    assert to_date(field.date()) == dt.date(2025, 6, 16)
    assert "2026-12-31" in field.problem


def test_register_takes_a_received_date_without_separators(
    qtbot: QtBot, app_ctx: AppContext
) -> None:
    dialog = RegisterDialog(app_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    _type_over(qtbot, dialog._received, "20250603", Qt.Key.Key_Tab)
    assert to_date(dialog._received.date()) == dt.date(2025, 6, 3)
    _type_over(qtbot, dialog._received, "20250231", Qt.Key.Key_Tab)
    assert to_date(dialog._received.date()) == dt.date(2025, 6, 3)
    assert dialog._reason.isVisible() and "20250231" in dialog._reason.text()
