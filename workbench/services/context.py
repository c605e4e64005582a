"""What every use-case needs: the database, who is acting, and what day it is."""

from __future__ import annotations

import datetime as dt
import getpass
import os
from dataclasses import dataclass, field

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
    """Passed explicitly to every service function; built once by the CLI or the GUI."""

    db: Database
    actor: str = field(default_factory=os_login)
    fixed_today: dt.date | None = None

    def today(self) -> dt.date:
        return self.fixed_today or dt.date.today()
