"""Starting the application: language, data location, window state, errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from pytestqt.qtbot import QtBot

from tests.ui.conftest import wait_idle, wait_started
from tests.unit.test_store import damage_a_deep_page
from workbench.services.queue import View
from workbench.store.errors import DatabaseError
from workbench.ui import i18n
from workbench.ui.bootstrap import WorkbenchApp, initial_location
from workbench.ui.models.queue_model import Column
from workbench.ui.settings import KEY_LANGUAGE, KEY_LOCATION, user_settings


@pytest.fixture
def start_app(qtbot: QtBot, paths, prompts):
    apps: list[WorkbenchApp] = []

    def start(db: str | None = None) -> WorkbenchApp:
        app = WorkbenchApp(paths, db, prompts)
        assert app.start()
        apps.append(app)
        assert app.window is not None
        wait_started(qtbot, app.window, app.tasks)
        return app

    yield start
    for app in apps:
        if app.window is not None:
            app.window.close()
        app.shutdown()
        app.translations.install(i18n.ENGLISH)


def test_language_switch_shows_chinese_then_english(qtbot: QtBot, paths, start_app) -> None:
    user_settings(paths).setValue(KEY_LANGUAGE, i18n.CHINESE)
    app = start_app()
    window = app.window
    assert window.windowTitle().startswith("合法性审核工作台 — ")
    assert [m.title() for m in (a.menu() for a in window.menuBar().actions())][:2] == [
        "文件(&F)",
        "视图(&V)",
    ]
    row = window.sidebar.model.row_of(View.MINE.value)
    assert window.sidebar.model.index(row).data() == "我的待办"
    assert window.queue.model.headerData(Column.DUE, Qt.Orientation.Horizontal) == "期限"
    assert window.pane.details.save_button.text() == "保存"
    assert window.counts_label.text() == "0 件已逾期，0 件即将到期"

    window.app_actions.language_actions[i18n.ENGLISH].trigger()
    wait_started(qtbot, app.window, app.tasks)
    window = app.window
    assert window.windowTitle().startswith("Review Workbench — ")
    assert window.sidebar.model.index(row).data() == "My queue"
    assert user_settings(paths).value(KEY_LANGUAGE) == i18n.ENGLISH
    # English plural forms come from their own catalogue
    text = QCoreApplication.translate("Labels", "%n day(s) overdue", None, 3)
    assert text == "3 days overdue"
    assert QCoreApplication.translate("Labels", "%n day(s) overdue", None, 1) == "1 day overdue"


def test_translations_compile_on_first_start(tmp_path: Path) -> None:
    files = i18n.qm_files(i18n.CHINESE, tmp_path / "cache")
    assert any(f.name == "workbench_zh_CN.qm" for f in files)
    for f in files:
        assert f.stat().st_size > 0


def test_window_state_is_restored(qtbot: QtBot, register, make_window, tasks) -> None:
    register("甲")
    window = make_window()
    window.showNormal()
    window.resize(1500, 900)
    window.splitter.setSizes([180, 520, 400])
    window.queue.table.horizontalHeader().resizeSection(Column.UNIT, 222)
    window.sidebar.select(View.OVERDUE.value)
    window.pane.tabs.setCurrentIndex(2)
    wait_idle(qtbot, tasks)
    sizes = window.splitter.sizes()
    size = window.size()
    window.close()

    again = make_window(today=True)
    assert again.size() == size
    assert not again.pane.isVisible()  # the Today view takes the item pane's room
    assert again.splitter.sizes()[0] == sizes[0]
    assert again.queue.table.horizontalHeader().sectionSize(Column.UNIT) == 222
    assert again.sidebar.current_key() == "today"  # the first view on every start
    assert again.queue.view_key == View.OVERDUE.value  # the queue behind it as it was
    assert again.pane.tabs.currentIndex() == 2
    again.show_queue()
    qtbot.waitUntil(lambda: again.splitter.sizes() == sizes)  # the pane back, as it was


def test_the_views_names_stay_whole_in_a_sidebar_saved_narrower(
    qtbot: QtBot, register, make_window
) -> None:
    """A width saved in Chinese (shorter names) or at another scale: in English the names
    and counts are not cut, and the list does not scroll sideways."""
    register("甲")
    first = make_window()
    first.splitter.setSizes([40, 1000, 400])
    first.close()
    window = make_window()
    views = window.sidebar.list
    assert views.width() >= views.sizeHintForColumn(0) + 2 * views.frameWidth()
    assert not views.horizontalScrollBar().isVisible()


def test_a_bad_data_file_is_explained_and_another_chosen(
    qtbot: QtBot, paths, prompts, start_app, tmp_path: Path
) -> None:
    bad = tmp_path / "not-a-database.sqlite3"
    bad.write_text("hello", encoding="utf-8")
    prompts.answer("database_problem", "default")
    app = start_app(str(bad))
    assert "not" in prompts.texts("database_problem")[0] or prompts.texts("database_problem")
    assert app.ctx.svc.db.target.path == paths.default_db
    assert user_settings(paths).value(KEY_LOCATION) == str(paths.default_db)


def test_damage_found_after_the_window_shows_is_reported_and_writes_refused(
    qtbot: QtBot, prompts, start_app, tmp_path: Path
) -> None:
    damaged = tmp_path / "damaged.sqlite3"
    damage_a_deep_page(damaged)
    app = start_app(str(damaged))  # opens: the full check is left to the backup worker
    assert app.window is not None and app.window.isVisible()
    qtbot.waitUntil(lambda: bool(prompts.texts("error")), timeout=10_000)
    (problem,) = prompts.texts("error")
    found = app.ctx.svc.db.integrity.problem
    assert found is not None and found.code == "database.damaged"
    # in the window's language (English here), like every refusal the window shows
    assert problem == str(found) and problem.startswith(f"The database file “{damaged}”")
    with pytest.raises(DatabaseError) as refused, app.ctx.svc.db.write():
        pass
    assert refused.value.code == "database.damaged" and str(refused.value) == problem


def test_a_sound_file_is_checked_once_the_queue_shows(qtbot: QtBot, prompts, start_app) -> None:
    app = start_app()
    db = app.ctx.svc.db
    qtbot.waitUntil(lambda: not db.integrity.pending, timeout=10_000)
    assert db.integrity.problem is None and not prompts.texts("error")


def test_giving_up_on_the_data_quits(qtbot: QtBot, paths, prompts, tmp_path: Path) -> None:
    bad = tmp_path / "folder.sqlite3"
    bad.mkdir()
    prompts.answer("database_problem", "quit")
    app = WorkbenchApp(paths, str(bad), prompts)
    try:
        assert not app.start()
        assert app.window is None
    finally:
        app.shutdown()


def test_initial_location_order(paths, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    settings = user_settings(paths)
    assert initial_location(settings, paths, None) == str(paths.default_db)
    settings.setValue(KEY_LOCATION, str(tmp_path / "last.sqlite3"))
    assert initial_location(settings, paths, None) == str(tmp_path / "last.sqlite3")
    monkeypatch.setenv("WORKBENCH_DB", str(tmp_path / "env.sqlite3"))
    assert initial_location(settings, paths, None) == str(tmp_path / "env.sqlite3")
    assert initial_location(settings, paths, "x.sqlite3") == "x.sqlite3"


def test_switching_the_data_location(qtbot: QtBot, paths, prompts, start_app, tmp_path) -> None:
    app = start_app()
    other = tmp_path / "other.sqlite3"
    prompts.answer("choose_database", str(other))
    app.window.app_actions.switch_location.trigger()
    wait_started(qtbot, app.window, app.tasks)
    assert app.ctx.svc.db.target.path == other.resolve()
    assert str(other.resolve()) in app.window.windowTitle()
    assert user_settings(paths).value(KEY_LOCATION) == str(other.resolve())
