"""Signing in to a shared server (PostgreSQL): when to show the login dialog, and the password.

The app first connects without asking: libpq finds a password in ``PGPASSWORD`` or
``~/.pgpass`` by itself, and a Kerberos site needs none. Only when the server refuses for a
reason the user can fix (no password, a wrong one, a deactivated or unauthorised login) does the
dialog appear. A password the user asked to remember is kept in the operating system's
credential store (``keyring``), never in a file of ours; it is tried silently first and
forgotten when the server no longer accepts it (see docs/SHARED_MODE.md).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QWidget
from sqlalchemy.engine import URL, make_url

from workbench.services.context import ServiceContext
from workbench.services.opening import LoginFailed, open_workbench, parse_target, password_check
from workbench.ui.settings import get_str

log = logging.getLogger(__name__)

KEYRING_SERVICE = "review-workbench"
#: refusals the user can answer by typing a login and password
ASK_REASONS = frozenset({"no_password", "bad_password", "inactive", "no_access"})
#: the login last signed in with on this PC (never the password)
KEY_LAST_LOGIN = "login/last"


# --- the operating system's credential store ----------------------------------------------


def keyring_usable() -> bool:
    """Whether a real credential store is available (not keyring's "fail" or a null one)."""
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
        return not isinstance(backend, fail.Keyring) and float(backend.priority) >= 1
    except Exception:
        log.debug("no usable credential store", exc_info=True)
        return False


def credential_key(url: URL, login: str) -> str:
    """``<login>@<host>:<port>/<database>``: the username under which keyring keeps it."""
    return f"{login}@{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"


def stored_password(key: str) -> str | None:
    if not keyring_usable():
        return None
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, key)
    except Exception:
        log.warning("cannot read the credential store", exc_info=True)
        return None


def store_password(key: str, password: str) -> None:
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, key, password)
    except Exception:
        log.warning("cannot write to the credential store", exc_info=True)


def forget_password(key: str) -> None:
    try:
        import keyring

        keyring.delete_password(KEYRING_SERVICE, key)
    except Exception:
        log.debug("nothing to forget for %s", key, exc_info=True)


# --- URLs ---------------------------------------------------------------------------------


def with_login(location: str, login: str, password: str | None) -> str:
    """The server URL of ``location`` for ``login`` with ``password``."""
    url = make_url(parse_target(location).url)
    url = url.set(username=login or url.username, password=password)
    return url.render_as_string(hide_password=False)


def without_password(location: str) -> str:
    """What may be written to the settings file: the location with no password in it."""
    if "://" not in location:
        return location
    url = make_url(location)
    if url.password is None:
        return location
    return _bare(url, keep_user=True).render_as_string(hide_password=False)


def _bare(url: URL, *, keep_user: bool) -> URL:
    """``url`` without its password (``URL.set`` cannot remove one), and without its user."""
    user = url.username if keep_user else None
    return URL.create(url.drivername, user, None, url.host, url.port, url.database, url.query)


def site_login() -> str:
    from workbench.site import load_site

    value = load_site().get("login")
    return value.strip() if isinstance(value, str) else ""


#: what the dialog answers: login, password, remember
Answer = tuple[str, str, bool]


class ServerLogin:
    """Opens a data location, asking for a server login only when the server wants one."""

    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    def ask(
        self, parent: QWidget | None, server: str, login: str, message: str, can_remember: bool
    ) -> Answer | None:
        """Show the login dialog (tests replace this method); ``None`` when cancelled."""
        from workbench.ui.dialogs.login_dialog import LoginDialog  # not needed at start-up

        dialog = LoginDialog(server, login, message, can_remember=can_remember, parent=parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.login(), dialog.password(), dialog.remember()

    def prefill(self, location: str) -> str:
        """The URL's login, else the last one on this PC, else the site configuration's."""
        url = make_url(parse_target(location).url)
        return url.username or get_str(self.settings, KEY_LAST_LOGIN) or site_login()

    def open(self, location: str, parent: QWidget | None = None) -> ServiceContext | None:
        """The opened workbench (services/opening.py), or ``None`` when the user cancelled the
        login. Other refusals (unreachable server, damaged file...) raise as
        :func:`open_workbench` does."""
        try:
            return open_workbench(location, check_integrity=False)
        except LoginFailed as exc:
            if exc.reason not in ASK_REASONS:
                raise
            message = "" if exc.reason == "no_password" else str(exc)
        url = make_url(parse_target(location).url)
        login = self.prefill(location)
        if login and url.password is None:
            key = credential_key(url, login)
            saved = stored_password(key)
            if saved:
                try:
                    ctx = open_workbench(with_login(location, login, saved), check_integrity=False)
                    return self._signed_in(ctx, login)
                except LoginFailed as exc:
                    if exc.reason not in ASK_REASONS:
                        raise
                    log.info("the remembered password for %s no longer works", key)
                    forget_password(key)
                    message = str(exc)
        server = _bare(url, keep_user=False).render_as_string(hide_password=True)
        while True:
            answer = self.ask(parent, server, login, message, keyring_usable())
            if answer is None:
                return None
            login, password, remember = answer
            try:
                ctx = open_workbench(with_login(location, login, password), check_integrity=False)
            except LoginFailed as exc:
                if exc.reason not in ASK_REASONS:
                    raise
                message = str(exc)
                continue
            if remember:
                store_password(credential_key(url, login), password)
            return self._signed_in(ctx, login)

    def _signed_in(self, ctx: ServiceContext, login: str) -> ServiceContext:
        self.settings.setValue(KEY_LAST_LOGIN, login)
        return ctx


def check_server_password(ctx: ServiceContext, password: str) -> str | None:
    """Whether ``password`` is the current login's: ``None`` when the server accepts it, else
    the sentence saying why not."""
    return password_check(ctx, password)
