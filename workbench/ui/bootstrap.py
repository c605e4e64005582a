"""Starting the desktop application: QApplication, language, data location, main window.

``run(db)`` is what ``workbench`` (no command) calls. :class:`WorkbenchApp` owns what lives as
long as the program: the translators, the worker thread, the open database; it rebuilds the
main window when the user switches language or data location.
"""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication

from workbench.domain.errors import WorkbenchError
from workbench.paths import APP_AUTHOR, APP_NAME, Paths, app_paths
from workbench.services.context import ServiceContext
from workbench.services.opening import Database, env_target
from workbench.ui.context import AppContext
from workbench.ui.errors import install_excepthook, setup_logging
from workbench.ui.i18n import LANGUAGES, Translations, chosen_language
from workbench.ui.icons import app_icon
from workbench.ui.login import ServerLogin, without_password
from workbench.ui.main_window import MainWindow
from workbench.ui.prompts import Prompts
from workbench.ui.settings import KEY_LANGUAGE, KEY_LOCATION, get_str, user_settings
from workbench.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

#: the integrity check and the automatic backups start when the first queue has loaded, or
#: after this long at the latest
FIRST_LOAD_TIMEOUT_MS = 3000


def initial_location(settings: QSettings, paths: Paths, override: str | None) -> str:
    """``--db``, then ``WORKBENCH_DB``, then the location last opened, then the site
    configuration, then the default file in the user data directory."""
    if override:
        return override
    env = env_target()
    if env:
        return env
    remembered = get_str(settings, KEY_LOCATION)
    if remembered:
        return remembered
    from workbench.site import site_db

    return site_db() or str(paths.default_db)


class WorkbenchApp(QObject):
    def __init__(
        self,
        paths: Paths,
        db_override: str | None = None,
        prompts: Prompts | None = None,
    ) -> None:
        super().__init__()
        self.paths = paths
        self.prompts = prompts or Prompts()
        self.settings = user_settings(paths)
        self.login = ServerLogin(self.settings)
        self.translations = Translations(paths.data_dir / "translations")
        self.tasks = TaskRunner(self)
        # snapshots of a large file take a while: never queue them before the user's queries
        self.backup_tasks = TaskRunner(self)
        self.db: Database | None = None
        self.ctx: AppContext | None = None
        self.window: MainWindow | None = None
        self._override = db_override
        self._stopped = False

    # --- starting ---------------------------------------------------------------------------

    def start(self) -> bool:
        """Install the language, open the data, show the window. False: the user gave up."""
        self.translations.install(chosen_language(self.settings))
        location = initial_location(self.settings, self.paths, self._override)
        ctx = self._open_interactively(location)
        if ctx is None:
            return False
        self._use(ctx)
        return True

    def _open_interactively(self, location: str) -> ServiceContext | None:
        default = str(self.paths.default_db)
        while True:
            try:
                return self.login.open(location, self.window)  # None: the login was cancelled
            except WorkbenchError as exc:
                log.warning("cannot open %s: %s", location, exc)
                parent = self.window
                answer = self.prompts.database_problem(parent, str(exc), location != default)
            if answer == "default":
                location = default
            elif answer == "choose":
                chosen = self.prompts.choose_database(parent, str(Path(default).parent))
                if chosen:
                    location = chosen
            else:
                return None

    def _use(self, svc: ServiceContext) -> None:
        db = svc.db
        self.db = db
        self.settings.setValue(
            KEY_LOCATION,
            without_password(db.target.url) if db.target.path is None else str(db.target.path),
        )
        self.ctx = AppContext(self.paths, svc, self.translations.language)
        self._build_window()
        assert self.window is not None
        self.window.user_badge.ask_name_once(self.settings, self.prompts)
        self._once_the_queue_shows(lambda: self._background_checks(db))

    def _once_the_queue_shows(self, fn: Callable[[], None]) -> None:
        """Run ``fn`` once, when the window's queue has loaded for the first time (or after
        a few seconds at the latest): work started earlier only slows the first query down."""
        assert self.window is not None
        pending = [fn]

        def once(*_: object) -> None:
            if pending:
                pending.pop()()

        self.window.queue.loaded.connect(once, Qt.ConnectionType.SingleShotConnection)
        QTimer.singleShot(FIRST_LOAD_TIMEOUT_MS, once)

    def _background_checks(self, db: Database) -> None:
        if db is self.db and not self._stopped:  # not replaced or shut down meanwhile
            self._check_integrity(db)
            self._rotate_backups()

    def _check_integrity(self, db: Database) -> None:
        """The full integrity check of the file, left out of opening it: it reads every page
        (seconds for a large file), so it runs on the backup worker once the queue is on
        screen. Writes wait for it; when it fails the user is told and every write is
        refused."""

        def checked(problem: object) -> None:  # a Msg (rendered in the chosen language) or None
            if problem is None:
                return
            log.error("integrity check failed: %s", problem)
            if db is self.db:
                self.prompts.error(self.window, self.tr("The data file is damaged"), str(problem))

        def failed(exc: BaseException) -> None:
            log.error("integrity check could not run", exc_info=exc)

        self.backup_tasks.submit(db.integrity.run_in_background, on_done=checked, on_error=failed)

    def _rotate_backups(self) -> None:
        """The embedded database's daily/weekly/monthly snapshots, off the GUI thread."""
        from workbench.services.backup import auto_backup

        assert self.ctx is not None

        def failed(exc: BaseException) -> None:
            log.warning("automatic backup failed: %s", exc)
            if self.window is not None:
                self.window.statusBar().showMessage(
                    self.tr("The automatic backup failed: %1").replace("%1", str(exc)), 15_000
                )

        self.backup_tasks.submit(auto_backup, self.ctx.svc, self.paths, on_error=failed)

    def _build_window(self) -> None:
        assert self.ctx is not None
        self.ctx.language = self.translations.language
        window = MainWindow(
            self.ctx,
            self.tasks,
            prompts=self.prompts,
            language_choice=get_str(self.settings, KEY_LANGUAGE),
        )
        window.languageRequested.connect(self.switch_language)
        window.locationRequested.connect(self.switch_location)
        self.window = window
        window.show()

    def _close_window(self) -> bool:
        """Close the window to replace it (the application keeps running)."""
        if self.window is None:
            return True
        app = QApplication.instance()
        keep = isinstance(app, QApplication) and app.quitOnLastWindowClosed()
        if isinstance(app, QApplication):
            app.setQuitOnLastWindowClosed(False)
        try:
            if not self.window.close():
                return False
        finally:
            if isinstance(app, QApplication):
                app.setQuitOnLastWindowClosed(keep)
        self.window.deleteLater()
        self.window = None
        gc.unfreeze()  # run() froze the first window's objects; this one must be collectable
        return True

    # --- switching --------------------------------------------------------------------------

    def switch_language(self, choice: str) -> None:
        """``"zh_CN"``, ``"en"`` or ``""`` (follow the system); rebuilds the window."""
        if choice not in ("", *LANGUAGES):
            return
        self.settings.setValue(KEY_LANGUAGE, choice)
        if not self._close_window():
            return
        self.translations.install(chosen_language(self.settings))
        self._build_window()

    def switch_location(self, location: str) -> None:
        try:
            svc = self.login.open(location, self.window)
        except WorkbenchError as exc:
            self.prompts.warn(
                self.window,
                QCoreApplication.translate("WorkbenchApp", "Cannot open the data"),
                str(exc),
            )
            return
        if svc is None:  # the login was cancelled: stay where we are
            return
        if not self._close_window():
            svc.db.close()
            return
        old = self.db
        self._use(svc)
        if old is not None:
            self.tasks.submit(old.close)  # after any work still queued for it

    def shutdown(self) -> None:
        self._stopped = True
        if self.db is not None:
            self.db.integrity.interrupt()  # quitting never waits seconds for it
        # loading and counting are dropped; every write runs to its end
        self.tasks.shutdown(interrupt=self.db.interrupt_reads if self.db is not None else None)
        self.backup_tasks.shutdown()
        if self.db is not None:
            self.db.close()


def make_application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_AUTHOR)
    app.setWindowIcon(app_icon())
    return app


def run(db: str | None = None) -> int:
    """Start the desktop application on ``db`` (or the remembered location); the exit code."""
    paths = app_paths()
    app = make_application()
    log_path = setup_logging(paths.data_dir / "logs")
    install_excepthook(log_path)
    workbench = WorkbenchApp(paths, db)
    if not workbench.start():
        workbench.shutdown()
        return 1
    # What start-up built (modules, the window, SQLAlchemy's caches) lives until the program
    # ends: moved out of the cyclic collector's sight, every later collection is shorter and
    # leaving no longer walks it all again (about 70 ms less at exit). The command line
    # turned the collector off for start-up (see cli._run_gui); it works from here on.
    gc.freeze()
    gc.enable()
    try:
        return int(app.exec())
    finally:
        workbench.shutdown()
