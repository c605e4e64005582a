"""Every question the main window asks the user, in one replaceable object.

Widgets never call ``QMessageBox``/``QInputDialog``/``QFileDialog`` directly: they call these
methods, so tests replace one method (``monkeypatch.setattr(window.prompts, "confirm", ...)``)
instead of driving modal dialogs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from workbench.ui.widgets.common import ERROR_STYLE, to_date, to_qdate
from workbench.ui.widgets.date_edit import DateEdit


class Prompts:
    """Modal questions and messages. Each returns ``None`` (or False) when cancelled."""

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.critical(parent, title, text)

    def confirm(self, parent: QWidget | None, title: str, text: str, ok_text: str = "") -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
        ok = box.addButton(
            ok_text or QCoreApplication.translate("Prompts", "OK"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(ok)
        box.exec()
        return box.clickedButton() is ok

    def save_discard(self, parent: QWidget | None, title: str, text: str) -> bool | None:
        """True: save, False: discard, None: cancel."""
        answer = QMessageBox.question(
            parent,
            title,
            text,
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return True
        if answer == QMessageBox.StandardButton.Discard:
            return False
        return None

    def ask_text(
        self,
        parent: QWidget | None,
        title: str,
        label: str,
        text: str = "",
        *,
        multiline: bool = False,
    ) -> str | None:
        if multiline:
            value, ok = QInputDialog.getMultiLineText(parent, title, label, text)
        else:
            value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
        return value if ok else None

    def ask_reason_and_date(
        self,
        parent: QWidget | None,
        title: str,
        label: str,
        *,
        today: dt.date,
        earliest: dt.date | None = None,
    ) -> tuple[str, dt.date] | None:
        """A reason (several lines) and the day it happened (default today, not after today)."""
        dialog, layout, edit = self._date_dialog(parent, title, today, earliest)
        text = QPlainTextEdit(dialog)
        text.setAccessibleName(label)
        layout.insertRow(0, QLabel(label, dialog))
        layout.insertRow(1, text)
        text.setFocus()
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return text.toPlainText(), to_date(edit.date())

    def ask_date(
        self,
        parent: QWidget | None,
        title: str,
        label: str,
        *,
        today: dt.date,
        earliest: dt.date | None = None,
    ) -> dt.date | None:
        """One day (default today, not after today), or None when cancelled."""
        dialog, layout, edit = self._date_dialog(parent, title, today, earliest)
        note = QLabel(label, dialog)
        note.setWordWrap(True)
        layout.insertRow(0, note)
        edit.setFocus()
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return to_date(edit.date())

    @staticmethod
    def _date_dialog(
        parent: QWidget | None, title: str, today: dt.date, earliest: dt.date | None
    ) -> tuple[QDialog, QFormLayout, DateEdit]:
        dialog = QDialog(parent)
        dialog.setWindowTitle(title)
        form = QFormLayout(dialog)
        edit = DateEdit(dialog)
        edit.setObjectName("promptDateEdit")
        edit.setMaximumDate(to_qdate(today))
        if earliest is not None and earliest <= today:
            edit.setMinimumDate(to_qdate(earliest))
        edit.setDate(to_qdate(today))
        label = QLabel(QCoreApplication.translate("Prompts", "&Date:"), dialog)
        label.setBuddy(edit)
        edit.setAccessibleName(QCoreApplication.translate("Prompts", "Date"))
        form.addRow(label, edit)
        problem = QLabel(dialog)
        problem.setWordWrap(True)
        problem.setStyleSheet(ERROR_STYLE)
        problem.hide()
        edit.refused.connect(problem.setText)
        edit.refused.connect(problem.show)
        form.addRow(problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form.addRow(buttons)
        return dialog, form, edit

    def ask_item(
        self,
        parent: QWidget | None,
        title: str,
        label: str,
        items: Sequence[str],
        current: str = "",
        *,
        editable: bool = True,
    ) -> str | None:
        values = list(items)
        index = values.index(current) if current in values else 0
        value, ok = QInputDialog.getItem(parent, title, label, values, index, editable)
        return value if ok else None

    def ask_choices(
        self,
        parent: QWidget | None,
        title: str,
        label: str,
        options: Sequence[tuple[str, str]],
        selected: Sequence[str],
    ) -> list[str] | None:
        """Tick boxes over ``(code, label)`` options; the ticked codes, or None."""
        dialog = QDialog(parent)
        dialog.setWindowTitle(title)
        layout = QVBoxLayout(dialog)
        layout.addWidget(QLabel(label))
        boxes: list[tuple[str, QCheckBox]] = []
        for code, text in options:
            box = QCheckBox(text)
            box.setChecked(code in selected)
            box.setAccessibleName(text)
            layout.addWidget(box)
            boxes.append((code, box))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return [code for code, box in boxes if box.isChecked()]

    def open_file(
        self, parent: QWidget | None, title: str, filters: str, start: str = ""
    ) -> str | None:
        path, _ = QFileDialog.getOpenFileName(parent, title, start, filters)
        return path or None

    def open_files(self, parent: QWidget | None, title: str, filters: str) -> list[str]:
        paths, _ = QFileDialog.getOpenFileNames(parent, title, "", filters)
        return list(paths)

    def ask_printer(self, parent: QWidget | None, printer: Any) -> bool:
        """The print dialog for ``printer`` (a QPrinter it configures); False when cancelled."""
        from PySide6.QtPrintSupport import QPrintDialog

        dialog = QPrintDialog(printer, parent)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def save_file(
        self, parent: QWidget | None, title: str, suggested: str, filters: str
    ) -> str | None:
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
        return path or None

    def choose_database(self, parent: QWidget | None, start: str = "") -> str | None:
        """A SQLite file, existing or new (the file dialog asks before reusing one)."""
        dialog = QFileDialog(
            parent, QCoreApplication.translate("Prompts", "Choose the data file"), start
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, True)
        dialog.setNameFilters(
            [
                QCoreApplication.translate("Prompts", "Workbench data (*.sqlite3 *.sqlite *.db)"),
                QCoreApplication.translate("Prompts", "All files (*)"),
            ]
        )
        dialog.setDefaultSuffix("sqlite3")
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        return dialog.selectedFiles()[0]

    def database_problem(self, parent: QWidget | None, text: str, can_default: bool) -> str:
        """The data location cannot be opened: "choose", "default" or "quit"."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("Prompts", "Cannot open the data"),
            text,
            parent=parent,
        )
        choose = box.addButton(
            QCoreApplication.translate("Prompts", "Choose another file…"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        default = None
        if can_default:
            default = box.addButton(
                QCoreApplication.translate("Prompts", "Use the default location"),
                QMessageBox.ButtonRole.ActionRole,
            )
        box.addButton(
            QCoreApplication.translate("Prompts", "Quit"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(choose)
        box.exec()
        clicked = box.clickedButton()
        if clicked is choose:
            return "choose"
        if default is not None and clicked is default:
            return "default"
        return "quit"

    def show_text(self, parent: QWidget | None, title: str, intro: str, text: str) -> None:
        """A read-only, scrollable report (e.g. the problems an import found)."""
        dialog = QDialog(parent)
        dialog.setWindowTitle(title)
        dialog.resize(720, 480)
        layout = QVBoxLayout(dialog)
        label = QLabel(intro)
        label.setWordWrap(True)
        layout.addWidget(label)
        body = QPlainTextEdit(text)
        body.setReadOnly(True)
        body.setAccessibleName(title)
        layout.addWidget(body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        dialog.exec()
