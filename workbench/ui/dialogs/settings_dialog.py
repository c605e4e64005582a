"""Settings: per-user choices (QSettings) and, for administrators, the office's own (database)."""

from __future__ import annotations

from types import ModuleType

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.errors import WorkbenchError
from workbench.domain.roles import Permission
from workbench.services import office as office_service
from workbench.services.users import current_user
from workbench.ui.context import AppContext
from workbench.ui.dialogs._common import NoteLabel
from workbench.ui.dialogs.deadlines_tab import DeadlinesTab
from workbench.ui.dialogs.holidays_tab import HolidaysTab
from workbench.ui.dialogs.location_dialog import LocationDialog
from workbench.ui.dialogs.users_tab import UsersTab
from workbench.ui.settings import KEY_LANGUAGE, KEY_LOCATION, user_settings
from workbench.ui.widgets.reminders import ReminderOption

LANGUAGE_KEY = KEY_LANGUAGE  # "zh_CN", "en", or absent to follow the system
LOCATION_KEY = KEY_LOCATION  # a SQLite path or server URL, opened on the next start


def _report_module() -> ModuleType | None:
    try:
        from workbench.services import report
    except ImportError:
        return None
    return report


def _default_template() -> str | None:
    """The shipped template, when the report service is installed."""
    report = _report_module()
    default = getattr(report, "default_template", None) if report else None
    value = default() if callable(default) else None
    return value if isinstance(value, str) else None


def _template_in_use(ctx: AppContext) -> str:
    report = _report_module()
    in_use = getattr(report, "report_template", None) if report else None
    if callable(in_use):
        return str(in_use(ctx.svc))
    return office_service.get_report_template(ctx.svc) or ""


def template_problem(ctx: AppContext, text: str) -> str | None:
    """What the report engine finds wrong with ``text``; ``None`` when fine or not checkable."""
    report = _report_module()
    check = getattr(report, "check_report_template", None) if report else None
    if check is None:
        return None
    try:
        check(ctx.svc, text)
    except WorkbenchError as exc:
        return str(exc)
    return None


class GeneralTab(QWidget):
    """Language and data location: this user's choices, applied on the next start."""

    def __init__(self, ctx: AppContext, qsettings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._settings = qsettings
        self._language = QComboBox()
        self._language.addItem(self.tr("Follow the system"), "")
        self._language.addItem("中文", "zh_CN")
        self._language.addItem("English", "en")
        self._language.setAccessibleName(self.tr("Language"))
        self._language.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        index = self._language.findData(str(qsettings.value(LANGUAGE_KEY, "") or ""))
        self._language.setCurrentIndex(max(index, 0))
        stored = qsettings.value(LOCATION_KEY, "")
        self._location: str | None = str(stored) if stored else None
        self._stored_location = self._location
        self._current = QLabel(ctx.svc.db.target.display())
        self._current.setWordWrap(True)
        self._current.setAccessibleName(self.tr("Current data location"))
        self._pending = NoteLabel()
        self._change = QPushButton(self.tr("&Change…"))
        self._change.setAccessibleName(self.tr("Change the data location"))

        lang_box = QGroupBox(self.tr("Language"))
        lang_form = QFormLayout(lang_box)
        lang_label = QLabel(self.tr("&Interface language:"))
        lang_label.setBuddy(self._language)
        lang_form.addRow(lang_label, self._language)
        lang_note = QLabel(self.tr("A new language is used from the next start."))
        lang_note.setWordWrap(True)
        lang_form.addRow(lang_note)
        data_box = QGroupBox(self.tr("Data location"))
        data_layout = QVBoxLayout(data_box)
        row = QHBoxLayout()
        row.addWidget(self._current, 1)
        row.addWidget(self._change)
        data_layout.addLayout(row)
        data_layout.addWidget(self._pending)
        self.reminders = ReminderOption(qsettings, self)
        layout = QVBoxLayout(self)
        layout.addWidget(lang_box)
        layout.addWidget(data_box)
        layout.addWidget(self.reminders)
        layout.addStretch(1)
        self._change.clicked.connect(self._on_change_clicked)
        self._show_pending()

    def first_field(self) -> QWidget:
        return self._language

    def _run_location_dialog(self) -> tuple[bool, str | None]:
        """Show the location picker (tests replace this method)."""
        dialog = LocationDialog(self._location, self._ctx.paths.default_db, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return accepted, dialog.location()

    def _on_change_clicked(self) -> None:
        accepted, location = self._run_location_dialog()
        if accepted:
            self._location = location
            self._show_pending()

    def _show_pending(self) -> None:
        if self._location == self._stored_location and self._location is None:
            self._pending.clear_note()
            return
        shown = self._location or str(self._ctx.paths.default_db)
        if shown == self._ctx.svc.db.target.display():
            self._pending.clear_note()
            return
        self._pending.show_warning(
            self.tr("From the next start the data is opened from: {where}").format(where=shown)
        )

    def language(self) -> str:
        return str(self._language.currentData())

    def location(self) -> str | None:
        return self._location

    def restart_needed(self) -> bool:
        stored_language = str(self._settings.value(LANGUAGE_KEY, "") or "")
        return self.language() != stored_language or self._location != self._stored_location

    def save(self) -> None:
        if self.language():
            self._settings.setValue(LANGUAGE_KEY, self.language())
        else:
            self._settings.remove(LANGUAGE_KEY)
        if self._location:
            self._settings.setValue(LOCATION_KEY, self._location)
        else:
            self._settings.remove(LOCATION_KEY)
        self.reminders.save()
        self._settings.sync()


class TemplateTab(QWidget):
    """The annual report paragraph template (office-wide, in the database)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._default = _default_template()
        self._loaded = _template_in_use(ctx)
        self._check_later = QTimer(self)
        self._check_later.setSingleShot(True)
        self._check_later.setInterval(500)
        intro = QLabel(
            self.tr(
                "The paragraph for the annual report on law-based government. A name in braces "
                "is replaced by a count, e.g. {reviewed.total} or {filed.by_kind.normative}; "
                "{year}, {authority} and {office} are also available."
            )
        )
        intro.setWordWrap(True)
        self._text = QPlainTextEdit(self._loaded)
        self._text.setAccessibleName(self.tr("Report template"))
        self._restore = QPushButton(self.tr("&Restore default"))
        self._restore.setEnabled(self._default is not None)
        self._note = NoteLabel()
        row = QHBoxLayout()
        row.addWidget(self._restore)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self._text, 1)
        layout.addLayout(row)
        layout.addWidget(self._note)
        self._restore.clicked.connect(self._on_restore_clicked)
        self._text.textChanged.connect(self._check_later.start)
        self._check_later.timeout.connect(self._on_check_later_timeout)

    def first_field(self) -> QWidget:
        return self._text

    def set_read_only(self, read_only: bool) -> None:
        self._text.setReadOnly(read_only)
        self._restore.setEnabled(not read_only and self._default is not None)

    def text(self) -> str:
        return self._text.toPlainText()

    def set_text(self, text: str) -> None:
        self._text.setPlainText(text)

    def changed(self) -> bool:
        return self.text().strip() != self._loaded.strip()

    def problem(self) -> str | None:
        if not self.changed():
            return None
        if not self.text().strip():
            return self.tr("The report template cannot be empty.")
        return template_problem(self._ctx, self.text())

    def _on_restore_clicked(self) -> None:
        if self._default is not None:
            self._text.setPlainText(self._default)

    def _on_check_later_timeout(self) -> None:
        problem = self.problem()
        if problem:
            self._note.show_error(problem)
        else:
            self._note.clear_note()


class SettingsDialog(QDialog):
    """General (this user), deadlines, holidays and report template (the whole office)."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        qsettings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._restart = False
        self.setWindowTitle(self.tr("Settings"))
        self._office = office_service.get_office(ctx.svc)
        user = current_user(ctx.svc)
        self._admin = user is not None and user.can(Permission.ADMINISTER)

        self._tabs = QTabWidget()
        self.general = GeneralTab(ctx, qsettings or user_settings(ctx.paths), self)
        self.deadlines = DeadlinesTab(self._office, ctx.svc.today().year, self)
        self.holidays = HolidaysTab(ctx, self)
        self.template = TemplateTab(ctx, self)
        self._tabs.addTab(self.general, self.tr("General"))
        self._tabs.addTab(self.deadlines, self.tr("Deadlines"))
        self._tabs.addTab(self.holidays, self.tr("Holidays"))
        self._tabs.addTab(self.template, self.tr("Report template"))
        self.users = UsersTab(ctx, self)  # changes take effect at once, not on OK
        self._tabs.addTab(self.users, self.tr("Users"))
        self._admin_note = NoteLabel()
        self._error = NoteLabel()
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self._buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addWidget(self._tabs, 1)
        layout.addWidget(self._admin_note)
        layout.addWidget(self._error)
        layout.addWidget(self._buttons)
        self.resize(700, 660)

        if not self._admin:
            self.deadlines.set_read_only(True)
            self.template.set_read_only(True)
            self.holidays.set_read_only(True)
        self._tabs.currentChanged.connect(self._on_tabs_currentChanged)
        self.deadlines.changed.connect(self._error.clear_note)
        self._buttons.accepted.connect(self._on_buttons_accepted)
        self._buttons.rejected.connect(self.reject)
        self._on_tabs_currentChanged(0)

    def _on_tabs_currentChanged(self, index: int) -> None:
        page = self._tabs.widget(index)
        if not self._admin and page is not self.general:
            self._admin_note.show_info(
                self.tr("Only an administrator can change the office's settings.")
            )
        else:
            self._admin_note.clear_note()
        first = getattr(page, "first_field", None)
        if first is not None:
            first().setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.general.first_field().setFocus()

    def restart_needed(self) -> bool:
        """Whether the choices saved (language, data location) wait for the next start."""
        return self._restart

    def _fail(self, page: QWidget, message: str) -> None:
        self._tabs.setCurrentWidget(page)
        self._error.show_error(message)

    def _on_buttons_accepted(self) -> None:
        if self._admin:
            problem = self.deadlines.problem()
            if problem:
                self._fail(self.deadlines, problem)
                return
            problem = self.template.problem()
            if problem:
                self._fail(self.template, problem)
                return
            try:
                office_service.save_office_settings(self._ctx.svc, self.deadlines.office())
            except WorkbenchError as exc:
                self._fail(self.deadlines, str(exc))
                return
            if self.template.changed():
                try:
                    office_service.save_report_template(self._ctx.svc, self.template.text())
                except WorkbenchError as exc:
                    self._fail(self.template, str(exc))
                    return
        self._restart = self.general.restart_needed()
        self.general.save()
        self.accept()
