"""What every use-case needs: the database, who is acting, and what day it is."""

from __future__ import annotations

import datetime as dt
import getpass
import os
from dataclasses import dataclass

from workbench.store.database import Database


def os_login() -> str:
    """The operating-system login name (the actor recorded in the audit log)."""
    try:
        name = getpass.getuser()
    except (KeyError, OSError):
        name = os.environ.get("USERNAME") or os.environ.get("USER") or "unknown"
    return name[:64] or "unknown"


@dataclass
class ServiceContext:
    """Passed explicitly to every service function; built once by the CLI or the GUI.

    Who acts: on the embedded SQLite file, the operating-system login; on a shared server, the
    server's ``session_user``. On a secured server nothing the client says can change that: the
    actor is always the server's login (and the server's triggers record it themselves).
    """

    db: Database
    actor: str = ""
    fixed_today: dt.date | None = None

    def __post_init__(self) -> None:
        if self.db.secured and self.db.server_login:
            self.actor = self.db.server_login
        elif not self.actor:
            self.actor = self.db.server_login or os_login()

    def today(self) -> dt.date:
        return self.fixed_today or dt.date.today()
