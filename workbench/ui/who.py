"""Who is working: the status bar's "Signed in as 姓名 (login)", and asking a new user's name.

On the embedded file the login is the operating system's; on a shared server it is the
server's (``session_user``). A database where the person has no name yet asks for it once,
when they may set it (an administrator, or the first user of a new file); a cancelled
question is not asked again on this PC for that database.
"""

from __future__ import annotations

import hashlib
import logging

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QWidget

from workbench.domain.errors import WorkbenchError
from workbench.domain.roles import Permission
from workbench.services.context import ServiceContext
from workbench.services.users import UserView, current_user, set_user
from workbench.ui.prompts import Prompts

log = logging.getLogger(__name__)


def _asked_key(svc: ServiceContext) -> str:
    """A settings key per database and login (a hash: URLs hold characters QSettings splits on)."""
    target = svc.db.target
    where = str(target.path) if target.path is not None else target.display()
    digest = hashlib.sha256(f"{where}\n{svc.actor}".encode()).hexdigest()[:16]
    return f"who/name_asked/{digest}"


class UserBadge(QLabel):
    """The permanent status-bar label naming the person signed in."""

    def __init__(self, svc: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._svc = svc
        self.setAccessibleName(self.tr("Signed in user"))
        self.refresh()

    def user(self) -> UserView | None:
        try:
            return current_user(self._svc)
        except WorkbenchError:
            log.warning("cannot read the current user", exc_info=True)
            return None

    def refresh(self) -> None:
        user = self.user()
        name = user.display_name if user is not None else ""
        if name:
            text = (
                self.tr("Signed in as %1 (%2)").replace("%1", name).replace("%2", self._svc.actor)
            )
        else:
            text = self.tr("Signed in as %1").replace("%1", self._svc.actor)
        self.setText(text)
        self.setToolTip(
            self.tr("Changes you make are recorded under the login %1.").replace(
                "%1", self._svc.actor
            )
        )

    def ask_name_once(self, settings: QSettings, prompts: Prompts) -> bool:
        """Ask for the person's name when they have none and may set it; True when saved."""
        user = self.user()
        if user is None or user.display_name or not user.can(Permission.ADMINISTER):
            return False
        key = _asked_key(self._svc)
        if settings.value(key):
            return False
        name = prompts.ask_text(
            self.window(),
            self.tr("Your name"),
            self.tr(
                "Your name (姓名), as colleagues should see it on the items you register "
                "and review. The login is %1."
            ).replace("%1", self._svc.actor),
        )
        if name is None or not name.strip():
            settings.setValue(key, True)  # cancelled: never ask again here
            return False
        try:
            set_user(self._svc, self._svc.actor, display_name=name.strip())
        except WorkbenchError as exc:
            prompts.warn(self.window(), self.tr("Not saved"), str(exc))
            return False
        settings.setValue(key, True)
        self.refresh()
        return True
