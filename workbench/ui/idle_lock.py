"""Shared mode: lock the window after a while without keyboard or mouse input.

The office sets the time (``idle_lock_minutes``, 0 = never). :class:`IdleWatch` only counts
(an event filter on the application restarts a timer on every input); :class:`IdleLock` covers
the window and asks for the login's password, checked by opening a second connection to the
server with it (see login.check_server_password).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench.services.context import ServiceContext

_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleWatch(QObject):
    """Emits ``idle`` after ``timeout_ms`` without input anywhere in the application."""

    idle = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(max(timeout_ms, 1))
        self._timer.timeout.connect(self.idle)
        self._enabled = timeout_ms > 0
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.resume()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT and self._timer.isActive():
            self._timer.start()
        return False

    def pause(self) -> None:
        self._timer.stop()

    def resume(self) -> None:
        if self._enabled:
            self._timer.start()

    def is_running(self) -> bool:
        return self._timer.isActive()

    def stop(self) -> None:
        self.pause()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


class LockDialog(QDialog):
    """Modal over the covered window: the password of ``login``, Unlock or Quit."""

    quitRequested = Signal()

    def __init__(
        self, login: str, check: Callable[[str], str | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._check = check
        self.setWindowTitle(self.tr("Locked"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        text = QLabel(
            self.tr(
                "The workbench was locked after a time without use. Enter the password of %1 "
                "to continue."
            ).replace("%1", login)
        )
        text.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828;")  # the dialogs' error colour
        buttons = QDialogButtonBox()
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setDefault(True)
        self.quit_button = QPushButton(self.tr("&Quit"))
        buttons.addButton(self.unlock_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.password)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.quit_button.clicked.connect(self._on_quit_button_clicked)

    def try_unlock(self) -> bool:
        if not self.password.text():
            self.error.setText(self.tr("Enter your password."))
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            problem = self._check(self.password.text())
        finally:
            QGuiApplication.restoreOverrideCursor()
        if problem is not None:
            self.password.clear()
            self.error.setText(self.tr("Wrong password: %1").replace("%1", problem))
            return False
        self.accept()
        return True

    def reject(self) -> None:
        """Escape does not unlock."""

    def _on_quit_button_clicked(self) -> None:
        self.quitRequested.emit()
        self.done(QDialog.DialogCode.Rejected)


class IdleLock(QObject):
    """Covers ``window``'s content and shows the :class:`LockDialog` when idle."""

    locked = Signal()
    unlocked = Signal()

    def __init__(
        self,
        window: QMainWindow,
        login: str,
        check: Callable[[str], str | None],
        timeout_ms: int,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._login = login
        self._check = check
        self.dialog: LockDialog | None = None
        self._hidden: list[QWidget] = []
        self.watch = IdleWatch(timeout_ms, self)
        self.watch.idle.connect(self.lock)
        window.destroyed.connect(self.watch.stop)

    def is_locked(self) -> bool:
        return self.dialog is not None

    def lock(self) -> None:
        if self.dialog is not None:
            return
        self.watch.pause()
        # hide what is on screen: the content, the docks and the status bar
        self._hidden = [
            w
            for w in self._window.findChildren(
                QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
            )
            if w.isVisible() and not w.isWindow()
        ]
        for widget in self._hidden:
            widget.hide()
        self.dialog = LockDialog(self._login, self._check, self._window)
        self.dialog.accepted.connect(self._on_dialog_accepted)
        self.dialog.quitRequested.connect(self._window.close)
        self.dialog.open()
        self.locked.emit()

    def _on_dialog_accepted(self) -> None:
        for widget in self._hidden:
            widget.show()
        self._hidden = []
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
        self.watch.resume()
        self.unlocked.emit()


def make_idle_lock(window: QMainWindow, svc: ServiceContext) -> IdleLock | None:
    """The lock for ``window`` in shared mode with a time set by the office; else ``None``."""
    if not svc.db.secured:
        return None
    from workbench.services.office import get_office
    from workbench.ui.login import check_server_password

    minutes = get_office(svc).idle_lock_minutes
    if minutes <= 0:
        return None
    return IdleLock(window, svc.actor, lambda pw: check_server_password(svc, pw), minutes * 60_000)
