"""A Word draft dropped on the register dialog, or on one of its fields, fills the form."""

from __future__ import annotations

from pathlib import Path

import docx
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from workbench.ui.context import AppContext
from workbench.ui.dialogs.docx_drop import docx_in
from workbench.ui.dialogs.register_dialog import RegisterDialog


def _mime(path: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    return mime


def _drag_and_drop(target: QWidget, mime: QMimeData) -> bool:
    """Drag ``mime`` over ``target`` and drop it there; True when the drag was accepted."""
    action, button, modifiers = (
        Qt.DropAction.CopyAction,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(QPoint(5, 5), action, mime, button, modifiers)
    QApplication.sendEvent(target, enter)
    QApplication.sendEvent(target, QDropEvent(QPointF(5, 5), action, mime, button, modifiers))
    return enter.isAccepted()


def test_a_dropped_draft_fills_the_form(qtbot: QtBot, app_ctx: AppContext, tmp_path: Path):
    path = tmp_path / "措施.docx"
    document = docx.Document()
    document.add_paragraph("辽科发〔2025〕16号")
    document.add_paragraph().add_run("辽宁省科学技术厅关于促进科技成果转化的若干措施").bold = True
    document.add_paragraph("各市科技局：为促进科技成果转化，制定本措施。")
    document.save(str(path))
    other = tmp_path / "notes.txt"
    other.write_text("not a draft", encoding="utf-8")
    assert docx_in(_mime(path)) == path and docx_in(_mime(other)) is None

    dialog = RegisterDialog(app_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert _drag_and_drop(dialog._title, _mime(path))  # on a field: not its file name pasted
    assert "科技成果转化" in dialog._title.text() and "docx" not in dialog._title.text()
    assert dialog._doc_no.text() == "辽科发〔2025〕16号"

    dialog._doc_no.clear()
    _drag_and_drop(dialog, _mime(other))  # anything else is not the dialog's to take
    assert dialog._doc_no.text() == ""
    assert _drag_and_drop(dialog, _mime(path))  # on the dialog itself
    assert dialog._doc_no.text() == "辽科发〔2025〕16号"
