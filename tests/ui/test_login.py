"""Signing in to a shared server, the remembered password, and the idle lock."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from PySide6.QtWidgets import QLabel, QMainWindow
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import URL, make_url

from workbench.paths import Paths
from workbench.ui import login as login_module
from workbench.ui.dialogs.login_dialog import LoginDialog
from workbench.ui.idle_lock import IdleLock, IdleWatch
from workbench.ui.login import (
    KEY_LAST_LOGIN,
    KEYRING_SERVICE,
    ServerLogin,
    check_server_password,
    credential_key,
    keyring_usable,
    without_password,
)
from workbench.ui.settings import user_settings

PASSWORD = "Passw0rd1"


class MemoryKeyring(KeyringBackend):
    """A credential store in a dict (the test's stand-in for the operating system's)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.saved: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.saved.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.saved[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.saved.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    yield store
    keyring.set_keyring(before)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


class ScriptedLogin(ServerLogin):
    """Answers the login dialog from a list and remembers what it showed."""

    def __init__(self, settings: Any, answers: list[tuple[str, str, bool] | None]) -> None:
        super().__init__(settings)
        self.answers = answers
        self.shown: list[dict[str, Any]] = []

    def ask(self, parent: Any, server: str, login: str, message: str, can_remember: bool) -> Any:
        self.shown.append(
            {"server": server, "login": login, "message": message, "remember": can_remember}
        )
        return self.answers.pop(0) if self.answers else None


# --- without a server ----------------------------------------------------------------------


def test_the_login_is_prefilled_from_the_url_then_the_last_login_then_the_site(
    paths: Paths,
) -> None:
    settings = user_settings(paths)
    login = ServerLogin(settings)
    assert login.prefill("postgresql://wang@db.example/office") == "wang"
    assert login.prefill("postgresql://db.example/office") == ""
    paths.site_config_file.parent.mkdir(parents=True, exist_ok=True)
    paths.site_config_file.write_text(json.dumps({"login": "site_user"}), encoding="utf-8")
    assert login.prefill("postgresql://db.example/office") == "site_user"
    settings.setValue(KEY_LAST_LOGIN, "li")
    assert login.prefill("postgresql://db.example/office") == "li"
    assert login.prefill("postgresql://wang@db.example/office") == "wang"


def test_no_password_is_written_to_the_settings_file() -> None:
    url = "postgresql+psycopg://wang:secret1x@db.example:5432/office"
    assert "secret1x" not in without_password(url)
    assert make_url(without_password(url)).username == "wang"
    assert without_password("/data/workbench.sqlite3") == "/data/workbench.sqlite3"


def test_the_dialog_shows_the_server_and_the_refusal(qtbot: QtBot, memory_keyring: Any) -> None:
    dialog = LoginDialog("postgresql+psycopg://db.example/office", "wang", "登录名或密码不正确。")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.server.text() == "postgresql+psycopg://db.example/office"
    assert dialog.login() == "wang"
    assert dialog.error.isVisible() and "不正确" in dialog.error.text()
    assert "red" in dialog.error.styleSheet() or "#c62828" in dialog.error.styleSheet()
    assert dialog.remember_box.isEnabled()
    dialog.password_edit.setText(PASSWORD)
    dialog.remember_box.setChecked(True)
    assert (dialog.password(), dialog.remember()) == (PASSWORD, True)


def test_remembering_is_off_without_a_credential_store(qtbot: QtBot, no_keyring: Any) -> None:
    assert not keyring_usable()
    dialog = LoginDialog("db", "", can_remember=keyring_usable())
    qtbot.addWidget(dialog)
    assert not dialog.remember_box.isEnabled() and dialog.remember_box.toolTip()
    dialog.remember_box.setChecked(True)
    assert not dialog.remember()


def test_a_sqlite_file_opens_without_a_login(paths: Paths) -> None:
    login = ScriptedLogin(user_settings(paths), [])
    ctx = login.open(str(paths.default_db))
    assert ctx is not None and not login.shown
    ctx.db.close()


def _main_window(qtbot: QtBot) -> QMainWindow:
    window = QMainWindow()
    window.setCentralWidget(QLabel("秘密的审核意见"))
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_idle_lock_covers_the_window_and_needs_the_right_password(qtbot: QtBot) -> None:
    window = _main_window(qtbot)
    checked: list[str] = []

    def check(password: str) -> str | None:
        checked.append(password)
        return None if password == PASSWORD else "登录名或密码不正确。"

    lock = IdleLock(window, "wang", check, timeout_ms=300)
    with qtbot.waitSignal(lock.locked, timeout=5000):
        pass
    assert lock.is_locked() and lock.dialog is not None
    assert not window.centralWidget().isVisible()
    assert not lock.watch.is_running()  # no second lock over the first
    lock.dialog.password.setText("wrong-pass1")
    assert not lock.dialog.try_unlock()
    assert lock.is_locked() and "不正确" in lock.dialog.error.text()
    lock.dialog.reject()  # Escape does not unlock
    assert lock.is_locked()
    lock.dialog.password.setText(PASSWORD)
    with qtbot.waitSignal(lock.unlocked, timeout=2000):
        lock.dialog.try_unlock()
    assert not lock.is_locked() and window.centralWidget().isVisible()
    assert checked == ["wrong-pass1", PASSWORD]
    assert lock.watch.is_running()
    lock.watch.stop()


def test_quit_on_the_lock_closes_the_window(qtbot: QtBot) -> None:
    window = _main_window(qtbot)
    lock = IdleLock(window, "wang", lambda _pw: None, timeout_ms=100)
    qtbot.waitUntil(lock.is_locked, timeout=5000)
    assert lock.dialog is not None
    lock.dialog.quit_button.click()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=2000)
    lock.watch.stop()


def test_input_keeps_the_window_unlocked(qtbot: QtBot) -> None:
    window = _main_window(qtbot)
    watch = IdleWatch(400, window)
    fired: list[bool] = []
    watch.idle.connect(lambda: fired.append(True))
    for _ in range(4):
        qtbot.wait(150)
        qtbot.mouseMove(window.centralWidget())
        qtbot.keyClick(window.centralWidget(), "a")
    assert not fired
    qtbot.waitUntil(lambda: bool(fired), timeout=3000)
    watch.stop()


def test_no_lock_when_the_office_sets_zero(qtbot: QtBot) -> None:
    watch = IdleWatch(0)
    assert not watch.is_running()
    watch.stop()


# --- on a real server ----------------------------------------------------------------------


@pytest.fixture
def secured(pg_url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> tuple[str, str]:
    """A database secured by ``workbench server setup``; its URL for the admin, no password."""
    from workbench.services.server import setup_server

    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    admin = f"adm_{uuid.uuid4().hex[:8]}"
    setup_server(pg_url, admin, "管理员", PASSWORD)
    base = make_url(pg_url)
    url = URL.create(base.drivername, admin, None, base.host, base.port, base.database)
    return url.render_as_string(hide_password=False), admin


@pytest.mark.postgres
def test_a_refused_login_says_why_and_asks_again_then_remembers(
    paths: Paths, secured: tuple[str, str], memory_keyring: MemoryKeyring
) -> None:
    location, admin = secured
    settings = user_settings(paths)
    login = ScriptedLogin(settings, [(admin, "Wrongpass9", False), (admin, PASSWORD, True)])
    ctx = login.open(location)
    assert ctx is not None and ctx.db.secured and ctx.db.server_login == admin
    assert ctx.actor == admin
    ctx.db.close()
    assert [s["login"] for s in login.shown] == [admin, admin]
    assert login.shown[0]["message"] == ""  # no password yet: nothing is wrong
    assert "password is wrong" in login.shown[1]["message"]  # the English interface
    assert PASSWORD not in login.shown[0]["server"] and login.shown[0]["remember"]
    key = credential_key(make_url(location), admin)
    assert memory_keyring.saved == {(KEYRING_SERVICE, key): PASSWORD}
    assert settings.value(KEY_LAST_LOGIN) == admin

    # the next start signs in with the remembered password, without a dialog
    again = ScriptedLogin(settings, [])
    ctx = again.open(location)
    assert ctx is not None and not again.shown and ctx.db.server_login == admin
    assert check_server_password(ctx, PASSWORD) is None
    assert check_server_password(ctx, "Wrongpass9") is not None
    ctx.db.close()

    # a remembered password the server no longer takes is forgotten; cancel = no database
    memory_keyring.saved[(KEYRING_SERVICE, key)] = "Outdated99"
    third = ScriptedLogin(settings, [None])
    assert third.open(location) is None
    assert len(third.shown) == 1 and "password is wrong" in third.shown[0]["message"]
    assert memory_keyring.saved == {}


@pytest.mark.postgres
def test_the_app_does_not_start_when_the_login_is_cancelled(
    qtbot: QtBot,
    paths: Paths,
    secured: tuple[str, str],
    no_keyring: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tests.ui.conftest import ScriptedPrompts
    from workbench.ui.bootstrap import WorkbenchApp

    location, admin = secured
    asked: list[str] = []

    def cancel(self: Any, parent: Any, server: str, login: str, *_: Any) -> None:
        asked.append(login)

    monkeypatch.setattr(login_module.ServerLogin, "ask", cancel)
    app = WorkbenchApp(paths, location, prompts=ScriptedPrompts())
    try:
        assert not app.start()
        assert asked == [admin] and app.window is None
    finally:
        app.shutdown()


def test_the_office_sets_the_idle_lock_time(qtbot: QtBot, svc: Any) -> None:
    from workbench.services.office import get_office, save_office_settings
    from workbench.ui.dialogs.deadlines_tab import DeadlinesTab

    tab = DeadlinesTab(get_office(svc), 2025)
    qtbot.addWidget(tab)
    assert tab.office().idle_lock_minutes == 15
    tab._idle_lock.setValue(0)  # never
    save_office_settings(svc, tab.office())
    assert get_office(svc).idle_lock_minutes == 0
