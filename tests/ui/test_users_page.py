"""Settings → Users, the "signed in as" label, and asking a new user's name once."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot

from tests.ui.conftest import ACTOR, ScriptedPrompts
from workbench.domain.roles import Role
from workbench.paths import Paths
from workbench.services import users as user_service
from workbench.services.context import ServiceContext
from workbench.ui.context import AppContext
from workbench.ui.dialogs.settings_dialog import SettingsDialog
from workbench.ui.dialogs.users_tab import Column, UsersModel, UsersTab
from workbench.ui.settings import user_settings
from workbench.ui.who import UserBadge


def _tab(qtbot: QtBot, app_ctx: AppContext) -> UsersTab:
    tab = UsersTab(app_ctx)
    qtbot.addWidget(tab)
    tab.show()
    return tab


def test_the_users_model_passes_the_model_tester(qtmodeltester: Any) -> None:
    model = UsersModel("zh_CN")
    model.set_users(
        [
            user_service.UserView("wang", "王主任", frozenset({Role.ADMIN, Role.COUNSEL}), True),
            user_service.UserView("li", "", frozenset({Role.READER}), False),
        ]
    )
    qtmodeltester.check(model)
    assert model.index(0, Column.ROLES).data() == "审核人员、管理员"


def test_an_administrator_adds_and_edits_a_user(
    qtbot: QtBot, app_ctx: AppContext, svc: ServiceContext, qtmodeltester: Any
) -> None:
    user_service.set_user(svc, ACTOR, display_name="张明")  # the first user: administrator
    tab = _tab(qtbot, app_ctx)
    qtmodeltester.check(tab.model)
    assert tab.add_button.isEnabled() and not tab.reset_button.isVisible()
    answers = [("li_w", "李文", frozenset({Role.CLERK}), True, None)]
    tab.ask_user = lambda user: answers.pop(0)  # type: ignore[method-assign]
    tab.add_button.click()
    assert tab.model.rowCount() == 2 and tab.model.row_of("li_w") >= 0
    assert tab.selected() is not None and tab.selected().login == "li_w"  # type: ignore[union-attr]
    tab.ask_user = lambda user: (  # type: ignore[method-assign]
        user.login,
        "李文员",
        frozenset({Role.CLERK, Role.READER}),
        False,
        None,
    )
    tab.edit_button.click()
    li = next(u for u in user_service.list_users(svc) if u.login == "li_w")
    assert li.display_name == "李文员" and li.roles == {Role.CLERK, Role.READER}
    assert not li.active
    assert "li_w" in tab.note.text()


def test_a_refusal_is_shown_with_its_sentence(
    qtbot: QtBot, app_ctx: AppContext, svc: ServiceContext
) -> None:
    user_service.set_user(svc, ACTOR, display_name="张明")
    tab = _tab(qtbot, app_ctx)
    shown: list[str] = []
    tab.show_refusal = shown.append  # type: ignore[method-assign]
    tab.ask_user = lambda user: (ACTOR, "", frozenset({Role.CLERK}), True, None)  # type: ignore[method-assign]
    tab.add_button.click()
    assert shown == [f"User “{ACTOR}” already exists."]  # the refusal, in the interface's language
    tab.select(ACTOR)
    tab.ask_user = lambda user: (ACTOR, "张明", frozenset({Role.CLERK}), True, None)  # type: ignore[method-assign]
    tab.edit_button.click()  # the last administrator cannot drop the role
    assert shown[-1].startswith("The last administrator cannot lose that role")


def test_others_see_the_users_read_only(
    qtbot: QtBot, app_ctx: AppContext, svc: ServiceContext
) -> None:
    user_service.set_user(svc, ACTOR, display_name="张明")
    user_service.add_user(svc, "zhao", "reader", "赵查阅")
    reader_ctx = AppContext(
        app_ctx.paths, ServiceContext(svc.db, actor="zhao", fixed_today=svc.fixed_today), "en"
    )
    tab = _tab(qtbot, reader_ctx)
    assert tab.model.rowCount() == 2
    assert not tab.add_button.isEnabled() and not tab.edit_button.isEnabled()


def test_the_settings_dialog_has_a_users_page(qtbot: QtBot, app_ctx: AppContext) -> None:
    dialog = SettingsDialog(app_ctx)
    qtbot.addWidget(dialog)
    assert dialog.users.model.rowCount() >= 0
    assert dialog._tabs.indexOf(dialog.users) >= 0


def test_the_name_is_asked_once_on_a_new_file_and_shown(
    qtbot: QtBot, svc: ServiceContext, paths: Paths
) -> None:
    badge = UserBadge(svc)
    qtbot.addWidget(badge)
    assert badge.text() == f"Signed in as {ACTOR}"
    prompts = ScriptedPrompts()
    prompts.answer("ask_text", "张明明")
    settings = user_settings(paths)
    assert badge.ask_name_once(settings, prompts)
    assert badge.text() == f"Signed in as 张明明 ({ACTOR})"
    me = user_service.current_user(svc)
    assert me is not None and me.display_name == "张明明" and Role.ADMIN in me.roles
    assert not badge.ask_name_once(settings, prompts)  # has a name now
    assert len(prompts.texts("ask_text")) == 1


def test_a_cancelled_name_question_is_not_asked_again(
    qtbot: QtBot, svc: ServiceContext, paths: Paths
) -> None:
    badge = UserBadge(svc)
    qtbot.addWidget(badge)
    prompts = ScriptedPrompts()  # answers None: cancelled
    settings = user_settings(paths)
    assert not badge.ask_name_once(settings, prompts)
    assert not badge.ask_name_once(user_settings(paths), prompts)
    assert len(prompts.texts("ask_text")) == 1
    assert user_service.list_users(svc) == []  # nothing written


def test_no_name_question_without_permission(
    qtbot: QtBot, svc: ServiceContext, paths: Paths
) -> None:
    user_service.set_user(svc, ACTOR, display_name="张明")
    user_service.add_user(svc, "zhao", "reader")
    reader = ServiceContext(svc.db, actor="zhao", fixed_today=svc.fixed_today)
    badge = UserBadge(reader)
    qtbot.addWidget(badge)
    prompts = ScriptedPrompts()
    assert not badge.ask_name_once(user_settings(paths), prompts)
    assert not prompts.asked and badge.text() == "Signed in as zhao"


def test_the_main_window_shows_who_is_signed_in(make_window: Any) -> None:
    window = make_window()
    assert ACTOR in window.user_badge.text()
    assert window.idle_lock is None  # the embedded file never locks
