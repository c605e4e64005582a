"""Fixtures for the desktop tests: offscreen Qt, a real SQLite file per test, one worker thread,
and a main window whose questions are answered by :class:`ScriptedPrompts`."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QTranslator
from pytestqt.qtbot import QtBot

from workbench.paths import Paths, app_paths
from workbench.services import items as item_service
from workbench.services.context import ServiceContext
from workbench.store.database import Database, open_database
from workbench.ui.context import AppContext
from workbench.ui.dialogs.settings_dialog import SettingsDialog
from workbench.ui.main_window import MainWindow
from workbench.ui.prompts import Prompts
from workbench.ui.tasks import TaskRunner

# Offscreen, on a desktop-sized virtual screen (the plugin's default is 800x800). Set before
# pytest-qt creates the QApplication (lazily, in its qapp fixture); nothing above creates one.
_SCREEN = Path(__file__).with_name("offscreen_screen.json")
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
TODAY = dt.date(2025, 6, 16)  # a Monday; the package calendar covers 2025
ACTOR = "张明"


@pytest.fixture(scope="session", autouse=True)
def _english(qapp: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The English interface as users get it (plurals resolved: "19 days overdue"), for every
    test whatever ran before it; a test that switches language switches back to this."""
    from workbench.ui import i18n

    translations = i18n.Translations(tmp_path_factory.mktemp("qm"))
    translations.install(i18n.ENGLISH)
    yield


class ScriptedPrompts(Prompts):
    """Answers every question without a modal dialog and remembers what was asked."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, str]] = []
        self.answers: dict[str, list[Any]] = {}
        self.confirm_answer = True

    def answer(self, method: str, *values: Any) -> None:
        self.answers.setdefault(method, []).extend(values)

    def _next(self, method: str, default: Any) -> Any:
        queue = self.answers.get(method)
        return queue.pop(0) if queue else default

    def info(self, parent: Any, title: str, text: str) -> None:
        self.asked.append(("info", text))

    def warn(self, parent: Any, title: str, text: str) -> None:
        self.asked.append(("warn", text))

    def error(self, parent: Any, title: str, text: str) -> None:
        self.asked.append(("error", text))

    def confirm(self, parent: Any, title: str, text: str, ok_text: str = "") -> bool:
        self.asked.append(("confirm", text))
        return bool(self._next("confirm", self.confirm_answer))

    def save_discard(self, parent: Any, title: str, text: str) -> bool | None:
        self.asked.append(("save_discard", text))
        return self._next("save_discard", False)

    def ask_text(self, parent: Any, title: str, label: str, text: str = "", **_: Any) -> Any:
        self.asked.append(("ask_text", label))
        return self._next("ask_text", None)

    def ask_reason_and_date(self, parent: Any, title: str, label: str, **k: Any) -> Any:
        """The reason from the "ask_text" answers, the day from "ask_date" (default today)."""
        self.asked.append(("ask_reason_and_date", label))
        reason = self._next("ask_text", None)
        return None if reason is None else (reason, self._next("ask_date", k["today"]))

    def ask_date(self, parent: Any, title: str, label: str, **k: Any) -> Any:
        self.asked.append(("ask_date", label))
        return self._next("ask_date", k["today"])

    def ask_item(self, parent: Any, title: str, label: str, items: Any, *a: Any, **k: Any) -> Any:
        self.asked.append(("ask_item", label))
        return self._next("ask_item", None)

    def ask_choices(self, parent: Any, title: str, label: str, options: Any, selected: Any) -> Any:
        self.asked.append(("ask_choices", label))
        return self._next("ask_choices", None)

    def open_file(self, *a: Any, **k: Any) -> Any:
        return self._next("open_file", None)

    def open_files(self, *a: Any, **k: Any) -> list[str]:
        return list(self._next("open_files", []))

    def save_file(self, *a: Any, **k: Any) -> Any:
        return self._next("save_file", None)

    def choose_database(self, *a: Any, **k: Any) -> Any:
        return self._next("choose_database", None)

    def database_problem(self, parent: Any, text: str, can_default: bool) -> str:
        self.asked.append(("database_problem", text))
        return str(self._next("database_problem", "quit"))

    def show_text(self, parent: Any, title: str, intro: str, text: str) -> None:
        self.asked.append(("show_text", text))

    def texts(self, kind: str) -> list[str]:
        return [t for k, t in self.asked if k == kind]


@pytest.fixture(autouse=True)
def _data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WORKBENCH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("WORKBENCH_DB", raising=False)


@pytest.fixture
def paths() -> Paths:
    return app_paths()


@pytest.fixture
def database(paths: Paths) -> Iterator[Database]:
    db = open_database(str(paths.default_db))
    yield db
    db.close()


@pytest.fixture
def svc(database: Database) -> ServiceContext:
    return ServiceContext(database, actor=ACTOR, fixed_today=TODAY)


@pytest.fixture
def app_ctx(paths: Paths, svc: ServiceContext) -> AppContext:
    return AppContext(paths, svc, "en")


@pytest.fixture
def tasks(qtbot: QtBot) -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown()


@pytest.fixture
def prompts() -> ScriptedPrompts:
    return ScriptedPrompts()


def wait_idle(qtbot: QtBot, tasks: TaskRunner, timeout: int = 10_000) -> None:
    """Wait until the worker has finished everything queued and its callbacks have run."""
    qtbot.waitUntil(lambda: not tasks.busy, timeout=timeout)


def wait_started(qtbot: QtBot, window: MainWindow, tasks: TaskRunner) -> None:
    """Wait until a new window has loaded everything: the Today view first, then the counts
    and the queue behind it."""
    qtbot.waitUntil(lambda: not window.behind_pending and not tasks.busy, timeout=10_000)


@pytest.fixture
def make_window(
    qtbot: QtBot, app_ctx: AppContext, tasks: TaskRunner, prompts: ScriptedPrompts
) -> Callable[..., MainWindow]:
    def make(*, today: bool = False) -> MainWindow:
        """The window as it starts (on the Today view with ``today``), else showing the queue."""
        window = MainWindow(app_ctx, tasks, prompts=prompts)
        qtbot.addWidget(window)
        window.show()
        wait_started(qtbot, window, tasks)
        if not today:
            window.show_queue()
        return window

    return make


@pytest.fixture
def register(svc: ServiceContext) -> Callable[..., str]:
    """Register an item through the service; returns its reg. no."""

    def make(title: str = "辽宁省科技计划项目管理办法", kind: str = "normative", **kw: Any) -> str:
        new = item_service.NewItem(
            kind=kind,
            title=title,
            received_on=kw.pop("received_on", TODAY - dt.timedelta(days=3)),
            **kw,
        )
        return item_service.register(svc, new).reg_no

    return make


@pytest.fixture
def qsettings(tmp_path: Path) -> QSettings:
    """Per-user settings in a file of this test's own."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def install_chinese(names: Sequence[str], tmp_path: Path) -> list[QTranslator]:
    """Compile the named ``resources/translations/*.ts`` files with pyside6-lrelease and
    install them; remove the translators returned when done."""
    lrelease = shutil.which("pyside6-lrelease") or str(
        Path(sys.executable).with_name("pyside6-lrelease")
    )
    translators = []
    for name in names:
        qm = tmp_path / f"{name}.qm"
        subprocess.run(
            [lrelease, str(TRANSLATIONS / f"{name}.ts"), "-qm", str(qm)],
            check=True,
            capture_output=True,
        )
        translator = QTranslator()
        assert translator.load(str(qm))
        QCoreApplication.installTranslator(translator)
        translators.append(translator)
    return translators


def open_settings(qtbot: QtBot, ctx: AppContext, qsettings: QSettings) -> SettingsDialog:
    """The Settings dialog on ``ctx``, shown."""
    dialog = SettingsDialog(ctx, qsettings=qsettings)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog
