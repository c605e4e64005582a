"""The settings tab "Users": who may work with this database, in which roles.

Every change goes through the users service and takes effect at once (not on the settings
dialog's OK). Administrators change users; everybody else sees the list. Passwords exist only
on a shared server (see docs/SHARED_MODE.md).
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.errors import WorkbenchError
from workbench.domain.roles import ROLE_LABELS, Role, check_password, format_roles
from workbench.services import users as user_service
from workbench.services.users import UserView
from workbench.ui.context import AppContext
from workbench.ui.dialogs._common import NoteLabel
from workbench.ui.i18n_marks import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex

#: the user's login, for tests and selections
LOGIN_ROLE = Qt.ItemDataRole.UserRole + 1


class Column(IntEnum):
    LOGIN = 0
    NAME = 1
    ROLES = 2
    ACTIVE = 3


_HEADERS = {
    Column.LOGIN: QT_TRANSLATE_NOOP("UsersModel", "Login"),
    Column.NAME: QT_TRANSLATE_NOOP("UsersModel", "Name"),
    Column.ROLES: QT_TRANSLATE_NOOP("UsersModel", "Roles"),
    Column.ACTIVE: QT_TRANSLATE_NOOP("UsersModel", "Active"),
}


def role_label(role: Role, language: str) -> str:
    zh, en = ROLE_LABELS[role]
    return zh if language == "zh_CN" else en


class UsersModel(QAbstractTableModel):
    """One row per user of the database."""

    def __init__(self, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._rows: list[UserView] = []

    def set_users(self, users: list[UserView]) -> None:
        self.beginResetModel()
        self._rows = list(users)
        self.endResetModel()

    def user(self, row: int) -> UserView | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, login: str) -> int:
        return next((i for i, u in enumerate(self._rows) if u.login == login), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(Column)
        ):
            return QCoreApplication.translate("UsersModel", str(_HEADERS[Column(section)]))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        user = self._rows[index.row()]
        column = Column(index.column())
        if role == LOGIN_ROLE:
            return user.login
        if role == Qt.ItemDataRole.DisplayRole:
            if column is Column.LOGIN:
                return user.login
            if column is Column.NAME:
                return user.display_name
            if column is Column.ROLES:
                return "、".join(role_label(r, self._language) for r in Role if r in user.roles)
            if column is Column.ACTIVE:
                yes = QT_TRANSLATE_NOOP("UsersModel", "Yes")
                no = QT_TRANSLATE_NOOP("UsersModel", "No (deactivated)")
                return QCoreApplication.translate("UsersModel", yes if user.active else no)
        return None


class UserDialog(QDialog):
    """Add a user (login, name, roles, an optional first password) or edit one."""

    def __init__(
        self,
        user: UserView | None,
        *,
        language: str,
        shared: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit user") if user else self.tr("Add user"))
        self.login = QLineEdit(user.login if user else "")
        self.login.setReadOnly(user is not None)
        self.login.setAccessibleName(self.tr("Login name"))
        self.name = QLineEdit(user.display_name if user else "")
        self.name.setAccessibleName(self.tr("Name"))
        self.roles: dict[Role, QCheckBox] = {}
        roles_row = QHBoxLayout()
        for role in Role:
            box = QCheckBox(role_label(role, language))
            box.setChecked(role in (user.roles if user else {Role.COUNSEL}))
            self.roles[role] = box
            roles_row.addWidget(box)
        self.active = QCheckBox(self.tr("Active (may sign in and work)"))
        self.active.setChecked(user.active if user else True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("First password"))
        self.error = NoteLabel()
        form = QFormLayout()
        form.addRow(self.tr("&Login name:"), self.login)
        form.addRow(self.tr("&Name (姓名):"), self.name)
        form.addRow(self.tr("Roles:"), roles_row)
        if user is not None:
            form.addRow("", self.active)
        if user is None and shared:
            form.addRow(self.tr("First &password:"), self.password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def chosen_roles(self) -> frozenset[Role]:
        return frozenset(r for r, box in self.roles.items() if box.isChecked())

    def _on_buttons_accepted(self) -> None:
        if not self.login.text().strip():
            self.error.show_error(self.tr("Enter the login name."))
        elif not self.chosen_roles():
            self.error.show_error(self.tr("Choose at least one role."))
        else:
            self.accept()


class PasswordDialog(QDialog):
    """A new password, typed twice."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.first = QLineEdit()
        self.second = QLineEdit()
        for edit, name in ((self.first, self.tr("New password")), (self.second, self.tr("Again"))):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setAccessibleName(name)
        self.error = NoteLabel()
        form = QFormLayout()
        form.addRow(self.tr("&New password:"), self.first)
        form.addRow(self.tr("&Again:"), self.second)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _on_buttons_accepted(self) -> None:
        if self.first.text() != self.second.text():
            self.error.show_error(self.tr("The two passwords differ."))
            return
        try:
            check_password(self.first.text())
        except WorkbenchError as exc:
            self.error.show_error(str(exc))
            return
        self.accept()


#: what the user dialog answers: login, name, roles, active, first password (or None)
UserAnswer = tuple[str, str, frozenset[Role], bool, str | None]


class UsersTab(QWidget):
    """The users of this database; administrators add and change them."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._shared = ctx.svc.db.secured
        self.model = UsersModel(ctx.language, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Users"))
        self.add_button = QPushButton(self.tr("&Add…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.reset_button = QPushButton(self.tr("&Reset password…"))
        self.mine_button = QPushButton(self.tr("Change &my password…"))
        self.note = NoteLabel()
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.reset_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.mine_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        for button in (self.reset_button, self.mine_button):
            button.setVisible(self._shared)
        if not self._shared:
            self.note.show_info(
                self.tr(
                    "On this data file the users are the computer's logins; there are no "
                    "passwords. Passwords exist only on a shared server."
                )
            )
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.reset_button.clicked.connect(self._on_reset_button_clicked)
        self.mine_button.clicked.connect(self._on_mine_button_clicked)
        self.table.doubleClicked.connect(lambda *_: self._on_edit_button_clicked())
        self.reload()

    def first_field(self) -> QWidget:
        return self.table

    def reload(self) -> None:
        me = user_service.current_user(self._ctx.svc)
        self._admin = me is not None and me.active and Role.ADMIN in me.roles
        self.model.set_users(user_service.list_users(self._ctx.svc))
        for button in (self.add_button, self.edit_button, self.reset_button):
            button.setEnabled(self._admin)
        self.mine_button.setEnabled(self._shared and me is not None)

    def selected(self) -> UserView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.user(rows[0].row()) if rows else None

    def select(self, login: str) -> None:
        row = self.model.row_of(login)
        if row >= 0:
            self.table.selectRow(row)

    # --- dialogs (tests replace these) ----------------------------------------------------------

    def ask_user(self, user: UserView | None) -> UserAnswer | None:
        dialog = UserDialog(user, language=self._ctx.language, shared=self._shared, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        password = dialog.password.text() or None
        return (
            dialog.login.text().strip(),
            dialog.name.text().strip(),
            dialog.chosen_roles(),
            dialog.active.isChecked(),
            password,
        )

    def ask_password(self, title: str) -> str | None:
        dialog = PasswordDialog(title, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.first.text()

    def show_refusal(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Not done"), text)

    def show_done(self, text: str) -> None:
        self.note.show_ok(text)

    # --- slots ------------------------------------------------------------------------------

    def _run(self, fn: Any, *args: Any, **kwargs: Any) -> bool:
        try:
            fn(self._ctx.svc, *args, **kwargs)
        except WorkbenchError as exc:
            self.show_refusal(str(exc))
            return False
        return True

    def _on_add_button_clicked(self) -> None:
        answer = self.ask_user(None)
        if answer is None:
            return
        login, name, roles, _active, password = answer
        if self._run(
            user_service.add_user,
            login,
            format_roles(roles),
            display_name=name,
            password=password if self._shared else None,
        ):
            self.reload()
            self.select(login)
            self.show_done(self.tr("User %1 added.").replace("%1", login))

    def _on_edit_button_clicked(self) -> None:
        user = self.selected()
        if user is None or not self._admin:
            return
        answer = self.ask_user(user)
        if answer is None:
            return
        _login, name, roles, active, _password = answer
        if self._run(
            user_service.set_user,
            user.login,
            roles=format_roles(roles),
            active=active,
            display_name=name,
        ):
            self.reload()
            self.select(user.login)
            self.show_done(self.tr("User %1 changed.").replace("%1", user.login))

    def _on_reset_button_clicked(self) -> None:
        user = self.selected()
        if user is None or not self._admin:
            return
        title = self.tr("New password for %1").replace("%1", user.login)
        password = self.ask_password(title)
        if password is not None and self._run(
            user_service.change_password, password, login=user.login
        ):
            self.show_done(self.tr("The password of %1 was reset.").replace("%1", user.login))

    def _on_mine_button_clicked(self) -> None:
        password = self.ask_password(self.tr("Change my password"))
        if password is not None and self._run(user_service.change_password, password):
            self.show_done(self.tr("Your password was changed. Use it the next time you sign in."))
