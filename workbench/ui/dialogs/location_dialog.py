"""Choose where the data lives: the default file, another SQLite file, or the office server."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.errors import WorkbenchError
from workbench.services import office as office_service
from workbench.ui.dialogs._common import NoteLabel

SERVER_EXAMPLE = "postgresql+psycopg://user@server/workbench"


class LocationDialog(QDialog):
    """Pick a data location. :meth:`location` is ``None`` for the default file."""

    def __init__(
        self, current: str | None, default_db: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Data location"))
        self._default_db = default_db
        self._result: str | None = None

        self._use_default = QRadioButton(self.tr("&Default file on this computer"))
        self._use_file = QRadioButton(self.tr("Another &SQLite file:"))
        self._use_server = QRadioButton(self.tr("Office ser&ver (PostgreSQL):"))
        group = QButtonGroup(self)
        for button in (self._use_default, self._use_file, self._use_server):
            group.addButton(button)
        default_text = QLabel(str(default_db))
        default_text.setEnabled(False)
        self._file = QLineEdit()
        self._file.setAccessibleName(self.tr("SQLite file"))
        self._browse = QPushButton(self.tr("&Browse…"))
        self._server = QLineEdit()
        self._server.setAccessibleName(self.tr("Server address"))
        self._server.setPlaceholderText(SERVER_EXAMPLE)
        hint = QLabel(
            self.tr(
                "The new location is used from the next start. "
                "Several people can work at once only on a server. A SQLite file on a network "
                "share is refused: it would be damaged. Put the server password in a password "
                "file (.pgpass) rather than in the address."
            )
        )
        hint.setWordWrap(True)
        self._note = NoteLabel()

        grid = QGridLayout()
        grid.addWidget(self._use_default, 0, 0, 1, 2)
        grid.addWidget(default_text, 1, 1)
        grid.addWidget(self._use_file, 2, 0, 1, 2)
        file_row = QHBoxLayout()
        file_row.addWidget(self._file, 1)
        file_row.addWidget(self._browse)
        grid.addLayout(file_row, 3, 1)
        grid.addWidget(self._use_server, 4, 0, 1, 2)
        grid.addWidget(self._server, 5, 1)
        grid.setColumnMinimumWidth(0, 24)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(hint)
        layout.addWidget(self._note)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

        if current and "://" in current and not current.startswith("sqlite"):
            self._use_server.setChecked(True)
            self._server.setText(current)
        elif current:
            self._use_file.setChecked(True)
            self._file.setText(current)
        else:
            self._use_default.setChecked(True)
        self._browse.clicked.connect(self._on_browse_clicked)
        self._file.textEdited.connect(self._on_file_textEdited)
        self._server.textEdited.connect(self._on_server_textEdited)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        checked = group.checkedButton()
        if checked is not None:
            checked.setFocus()

    def _on_file_textEdited(self, _text: str) -> None:
        self._use_file.setChecked(True)

    def _on_server_textEdited(self, _text: str) -> None:
        self._use_server.setChecked(True)

    def location(self) -> str | None:
        """What to store: a file path or server URL, ``None`` for the default file."""
        return self._result

    def _ask_file(self) -> str | None:
        """Ask for a SQLite file, new or existing (tests replace this method)."""
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("SQLite data file"),
            self._file.text() or str(self._default_db),
            self.tr("SQLite databases (*.sqlite3 *.sqlite *.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        return path or None

    def _on_browse_clicked(self) -> None:
        path = self._ask_file()
        if path:
            self._file.setText(path)
            self._use_file.setChecked(True)

    def _on_buttons_accepted(self) -> None:
        if self._use_default.isChecked():
            self._result = None
            self.accept()
            return
        value = (self._file if self._use_file.isChecked() else self._server).text().strip()
        if not value:
            self._note.show_error(self.tr("Enter a file or a server address."))
            return
        if self._use_server.isChecked() and "://" not in value:
            self._note.show_error(
                self.tr("A server address looks like {example}.").format(example=SERVER_EXAMPLE)
            )
            return
        try:
            office_service.check_data_location(value)
        except WorkbenchError as exc:
            self._note.show_error(str(exc))
            return
        self._result = value
        self.accept()
