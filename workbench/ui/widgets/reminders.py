"""Deadline reminders on screen: a system tray message where there is a tray, else a banner at
the top of the window. What to remind, and only once a day per item, is decided by
:mod:`workbench.services.reminders`; this module shows it, remembers the days in the user's
settings, watches for the date to change, and offers the on/off choice for Settings."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSystemTrayIcon,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workbench.services.reminders import Reminder, Urgency, candidates, due_today
from workbench.services.today import TodayOverview
from workbench.ui import settings as keys
from workbench.ui.icons import app_icon

#: how often the date is looked at
DATE_CHECK_MS = 60_000
#: reminders listed by name; the rest are counted
MAX_LISTED = 5
BANNER_STYLE = (
    "QFrame#reminderBanner { background: #fff4d6; border: 1px solid #e0c070; border-radius: 4px; }"
)


def reminders_enabled(settings: QSettings) -> bool:
    value = settings.value(keys.KEY_REMINDERS, True)
    return value not in (False, "false", "0", 0)


def set_reminders_enabled(settings: QSettings, enabled: bool) -> None:
    settings.setValue(keys.KEY_REMINDERS, bool(enabled))


def _describe(r: Reminder) -> str:
    """ "review overdue since 2025-06-12", "filing due 2025-06-20"..."""
    if r.filing:
        text = "filing overdue since %1" if r.urgency is Urgency.OVERDUE else "filing due %1"
    else:
        text = "review overdue since %1" if r.urgency is Urgency.OVERDUE else "review due %1"
    return QCoreApplication.translate("Reminders", text).replace("%1", r.due_on.isoformat())


class ReminderBanner(QFrame):
    """A dismissible note at the top of the window; the reg. nos are links that open items."""

    openRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderBanner")
        self.setStyleSheet(BANNER_STYLE)
        self.label = QLabel(self)
        self.label.setObjectName("reminderText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.label.linkActivated.connect(self.openRequested)
        self.close_button = QToolButton(self)
        self.close_button.setObjectName("reminderClose")
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Dismiss"))
        self.close_button.setAccessibleName(self.tr("Dismiss the reminder"))
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_reminders(self, title: str, reminders: Sequence[Reminder]) -> None:
        lines = [
            f'<a href="{html.escape(r.reg_no)}">{html.escape(r.reg_no)}</a> '
            f"{html.escape(r.title)} — {html.escape(_describe(r))}"
            for r in reminders[:MAX_LISTED]
        ]
        more = len(reminders) - MAX_LISTED
        if more > 0:
            lines.append(html.escape(self.tr("and %n more", "", more)))
        self.label.setText(f"<b>{html.escape(title)}</b><br>" + "<br>".join(lines))
        self.show()


class Reminders(QObject):
    """Reminds the user of items that became overdue or due within 3 working days: from each
    Today overview it is given (:meth:`consider`), once a day per item, when switched on."""

    #: the date changed while the application was open (the caller reloads what depends on it)
    dayChanged = Signal()
    #: the reminders just given (for the status bar and for tests)
    reminded = Signal(list)

    def __init__(
        self,
        settings: QSettings,
        today: Callable[[], dt.date],
        banner: ReminderBanner,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings, self._today, self.banner = settings, today, banner
        self._day = today()
        self._tray: QSystemTrayIcon | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(DATE_CHECK_MS)
        self.timer.timeout.connect(self.check_date)
        self.timer.start()

    def tray_available(self) -> bool:
        """Whether the desktop has a system tray (tests replace this)."""
        return QSystemTrayIcon.isSystemTrayAvailable()

    def check_date(self) -> None:
        day = self._today()
        if day != self._day:
            self._day = day
            self.dayChanged.emit()

    def consider(self, overview: TodayOverview) -> list[Reminder]:
        """Remind of what in ``overview`` was not yet reminded today; returns those."""
        if not reminders_enabled(self.settings):
            return []
        raw = keys.get_json(self.settings, keys.KEY_REMINDED, {})
        last = {str(k): str(v) for k, v in raw.items()} if isinstance(raw, dict) else {}
        new, keep = due_today(candidates(overview), last, overview.today)
        keys.set_json(self.settings, keys.KEY_REMINDED, keep)
        if new:
            self._notify(new)
            self.reminded.emit(new)
        return new

    def _notify(self, reminders: list[Reminder]) -> None:
        overdue = sum(r.urgency is Urgency.OVERDUE for r in reminders)
        soon = len(reminders) - overdue
        title = (
            self.tr("Deadlines: %1 overdue, %2 due within 3 working days")
            .replace("%1", str(overdue))
            .replace("%2", str(soon))
        )
        if self.tray_available():
            if self._tray is None:
                self._tray = QSystemTrayIcon(app_icon(), self)
                self._tray.setToolTip(self.tr("Review Workbench"))
                self._tray.show()
            lines = [f"{r.reg_no} {_describe(r)}" for r in reminders[:MAX_LISTED]]
            more = len(reminders) - MAX_LISTED
            if more > 0:
                lines.append(self.tr("and %n more", "", more))
            self._tray.showMessage(title, "\n".join(lines), QSystemTrayIcon.MessageIcon.Warning)
        else:
            self.banner.show_reminders(title, reminders)


class ReminderOption(QGroupBox):
    """The per-user on/off choice, for the General page of Settings."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Reminders"), parent)
        self._settings = settings
        self.check = QCheckBox(
            self.tr("Remind me when an item becomes overdue or due within 3 working days")
        )
        self.check.setObjectName("remindersCheck")
        self.check.setChecked(reminders_enabled(settings))
        layout = QVBoxLayout(self)
        layout.addWidget(self.check)

    def save(self) -> None:
        set_reminders_enabled(self._settings, self.check.isChecked())
