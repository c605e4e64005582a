"""Why a database cannot be opened or used: :class:`DatabaseError`, :class:`LoginFailed`, and
the sentence for a connection to the shared server that failed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from workbench.domain.errors import WorkbenchError
from workbench.domain.messages import Msg, msg
from workbench.store.integrity import unusable_sentence

if TYPE_CHECKING:
    from workbench.store.target import Target


class DatabaseError(WorkbenchError):
    """The database cannot be opened or used; the message says why and what to do."""


class LoginFailed(DatabaseError):
    """The shared server did not let this login in; ``reason`` says why, for the login dialog:
    ``no_password``, ``bad_password``, ``inactive``, ``no_access`` or ``unreachable``."""

    def __init__(self, code: str, /, reason: str, **params: object) -> None:
        super().__init__(code, **params)
        self.reason = reason


def login_error(target: Target, exc: DBAPIError) -> DatabaseError:
    """The refusal for a server connection that failed: a :class:`LoginFailed` when the login
    itself was the problem."""
    sentence = connect_sentence(target, exc)
    low = str(exc.orig or exc).lower()
    for needle, reason in (
        ("no password supplied", "no_password"),
        ("authentication failed", "bad_password"),
        ("is not permitted to log in", "inactive"),
        ("permission denied for database", "no_access"),
        ("connection refused", "unreachable"),
        ("could not connect", "unreachable"),
        ("timeout", "unreachable"),
    ):
        if needle in low:
            return LoginFailed(sentence.code, reason, **sentence.params)
    return DatabaseError.of(sentence)


def connect_sentence(target: Target, exc: DBAPIError) -> Msg:
    """One sentence for a server connection that failed: what is wrong and what to do."""
    url = make_url(target.url)
    where = f"{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"
    who = url.username or "?"
    message = str(exc.orig or exc).strip()
    low = message.lower()
    if "no password supplied" in low:
        return msg("login.no_password", where=where, login=who)
    if "password authentication failed" in low or "authentication failed" in low:
        return msg("login.bad_password", where=where, login=who)
    if "is not permitted to log in" in low:
        return msg("login.inactive", login=who)
    if "permission denied for database" in low or "does not have connect" in low:
        return msg("login.no_access", where=where, login=who)
    if "does not exist" in low and "database" in low:
        return msg("login.no_database", where=where)
    if "ssl" in low:
        return msg("login.ssl", where=where, reason=message.splitlines()[0])
    if "connection refused" in low or "could not connect" in low or "timeout" in low:
        return msg("login.unreachable", where=where)
    return unusable_sentence(target.display(), exc)
