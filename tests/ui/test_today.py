"""The Today view (今日): first on start, its sections, opening an item, the year's figures,
deadline reminders (banner, once a day, off in settings), and deadline-first views."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.conftest import ACTOR, TODAY, wait_idle, wait_started
from workbench.services import items as item_service
from workbench.services import today as today_service
from workbench.services.queue import View
from workbench.services.today import Section
from workbench.ui import settings as keys
from workbench.ui.models.queue_model import Column
from workbench.ui.models.today_model import RegNoRole, TodayModel
from workbench.ui.models.view_list_model import TODAY_KEY
from workbench.ui.widgets.reminders import ReminderOption, Reminders, reminders_enabled

LATE = TODAY - dt.timedelta(days=11)  # Thu 5 June: a service contract was due Thu 12 June


@pytest.fixture(autouse=True)
def _no_tray(monkeypatch: pytest.MonkeyPatch) -> None:
    """The banner, whatever the test machine's desktop offers."""
    monkeypatch.setattr(Reminders, "tray_available", lambda self: False)


@pytest.fixture
def mine(register) -> dict[str, str]:
    return {
        "late": register("物业服务采购协议", "service_contract", counsel=ACTOR, received_on=LATE),
        "week": register("评审服务采购协议", "service_contract", counsel=ACTOR),
        "other": register("他人的合同", "project_contract", counsel="李四"),
    }


def reg_nos(window, section: Section) -> list[str]:
    return [i.data(RegNoRole) for i in window.today.model.item_indexes(section)]


def test_today_is_the_first_view(qtbot: QtBot, mine, make_window) -> None:
    window = make_window(today=True)
    assert window.sidebar.model.entry_key(0) == TODAY_KEY
    assert window.sidebar.current_key() == TODAY_KEY
    assert window.middle.currentWidget() is window.today and window.today.isVisible()
    assert window.queue.model.rowCount() == 3  # the queue is ready behind it
    assert not window.pane.isVisible()  # the lists take the item pane's room
    window.sidebar.select(View.ALL.value)
    assert window.middle.currentWidget() is window.queue
    assert window.pane.isVisible() and window.controller.current is not None
    window.sidebar.select(TODAY_KEY)
    assert window.middle.currentWidget() is window.today and not window.pane.isVisible()


def test_at_start_the_today_lists_are_read_first_and_once(
    qtbot: QtBot, mine, app_ctx, tasks, prompts, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first screen's data comes first; the sidebar's counts and the queue behind it."""
    from workbench.ui.main_window import MainWindow

    submitted: list[str] = []
    submit = type(tasks).submit

    def spy(self, fn, *args, **kwargs):  # type: ignore[no-untyped-def]
        submitted.append(fn.__qualname__)
        return submit(self, fn, *args, **kwargs)

    monkeypatch.setattr(type(tasks), "submit", spy)
    window = MainWindow(app_ctx, tasks, prompts=prompts)
    qtbot.addWidget(window)
    window.show()
    assert submitted == ["_load"]  # nothing beside it while it is read and drawn
    wait_started(qtbot, window, tasks)
    assert submitted[:3] == ["_load", "_view_counts", "load_ids"]
    assert submitted.count("_load") == 1  # showing the view did not read it again
    assert reg_nos(window, Section.OVERDUE) == [mine["late"]]


def test_the_sections_and_their_rows(qtbot: QtBot, mine, make_window) -> None:
    window = make_window(today=True)
    assert reg_nos(window, Section.OVERDUE) == [mine["late"]]
    assert reg_nos(window, Section.WEEK_AHEAD) == [mine["week"]]  # not 李四's
    model = window.today.model
    head = model.section_index(Section.OVERDUE)
    assert head.data() == "Overdue (1)"
    (late,) = model.item_indexes(Section.OVERDUE)
    assert late.siblingAtColumn(2).data().startswith("4 day")  # overdue (plural: en catalogue)
    assert late.siblingAtColumn(3).data() == "2025-06-12"
    week = model.section_index(Section.WEEK_AHEAD)
    assert model.index(0, 0, week).data().startswith("2025-06-20")  # grouped by day
    glance = window.today.glance
    assert glance.title() == "This year (2025)"
    # no normative document published this year: the filing rates are undefined
    assert [label.text() for label in glance.mine_labels] == ["2", "0", "0", "0", "–", "–", "–"]
    office = [label.text() for label in glance.office_labels]
    assert office == ["3", "0", "0", "0", "–", "–", "–"]  # admin


def test_no_row_is_cut_to_the_height_of_the_first(qtbot: QtBot, mine, make_window) -> None:
    """In English the first row (a section's name) is Latin; the Chinese titles and the
    deadline badges below it need taller rows."""
    window = make_window(today=True)
    tree, model = window.today.tree, window.today.model
    rows = model.item_indexes(Section.WEEK_AHEAD)
    cells = [i.siblingAtColumn(c) for i in rows for c in range(model.columnCount())]
    height, model.row_height = model.row_height, 0
    natural = [tree.sizeHintForIndex(cell).height() for cell in cells]  # what each needs
    model.row_height = height
    assert cells and all(
        tree.visualRect(c).height() >= n for c, n in zip(cells, natural, strict=True)
    )


def test_the_year_panel_shows_the_filing_rates_as_percentages(qtbot: QtBot) -> None:
    from workbench.services.tally import FilingIndicators
    from workbench.services.today import YearFigures
    from workbench.ui.widgets.year_glance import YearGlance

    glance = YearGlance()
    qtbot.addWidget(glance)
    filing = FilingIndicators(due=4, filed=3, on_time=2, accepted=1, with_result=2)
    glance.set_figures(YearFigures(2024, 9, 8, 3, 1, (0,) * 12, filing), None)
    assert [label.text() for label in glance.mine_labels][4:] == ["75%", "50%", "50%"]


def test_the_figures_are_the_tally(qtbot: QtBot, svc, mine, make_window) -> None:
    window = make_window(today=True)
    expected = today_service.today_overview(svc, ACTOR, TODAY)
    assert window.today.overview == expected
    assert window.today.glance.chart.values() == expected.mine.by_month


def test_double_click_opens_the_item(qtbot: QtBot, mine, make_window, tasks) -> None:
    window = make_window(today=True)
    (index,) = window.today.model.item_indexes(Section.OVERDUE)
    tree = window.today.tree
    rect = tree.visualRect(index.siblingAtColumn(1))
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    wait_idle(qtbot, tasks)
    assert window.middle.currentWidget() is window.queue
    assert window.sidebar.current_key() == View.OVERDUE.value
    assert window.controller.current.reg_no == mine["late"]


def test_a_long_office_list_ends_with_a_row_that_opens_its_queue_view(
    qtbot: QtBot, svc, register, make_window, tasks, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(today_service, "OFFICE_ROWS_SHOWN", 1)
    for n, title in enumerate(("科技奖励办法", "孵化器认定办法", "科技特派员工作办法"), 1):
        reg = register(title, received_on=TODAY - dt.timedelta(days=30))
        item_service.start_review(svc, reg)
        opinion = item_service.OpinionInput("approve", "同意", issued_on=TODAY - dt.timedelta(20))
        item_service.issue_opinion(svc, reg, opinion)
        item_service.publish(svc, reg, TODAY - dt.timedelta(days=10 - n), f"辽科发〔2025〕{n}号")
    window = make_window(today=True)
    model, tree = window.today.model, window.today.tree
    head = model.section_index(Section.TO_FILE)
    assert head.data() == "To be filed (3)"
    assert len(model.item_indexes(Section.TO_FILE)) == 1
    more = model.index(model.rowCount(head) - 1, 0, head)
    assert more.data() == "2 more: show them all in the queue…"
    assert tree.isFirstColumnSpanned(more.row(), head)
    rect = tree.visualRect(more)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    wait_idle(qtbot, tasks)
    assert window.middle.currentWidget() is window.queue
    assert window.sidebar.current_key() == View.TO_FILE.value
    assert window.queue.model.rowCount() == 3


def test_enter_opens_the_item_in_my_queue(qtbot: QtBot, mine, make_window, tasks) -> None:
    window = make_window(today=True)
    window.queue.search_box.setText("no such words")  # the item is still found
    wait_idle(qtbot, tasks)
    window.sidebar.select(TODAY_KEY)
    (index,) = window.today.model.item_indexes(Section.WEEK_AHEAD)
    tree = window.today.tree
    tree.setFocus()
    tree.setCurrentIndex(index)
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    wait_idle(qtbot, tasks)
    assert window.middle.currentWidget() is window.queue
    assert window.controller.current.reg_no == mine["week"]


def test_my_queue_and_due_soon_sort_by_deadline(
    qtbot: QtBot, mine, register, make_window, tasks
) -> None:
    later = register("法律意见", "legal_opinion", counsel=ACTOR)
    window = make_window(today=True)
    window.sidebar.select(View.MINE.value)
    wait_idle(qtbot, tasks)
    assert (window.queue.sort_key, window.queue.descending) == ("due", False)
    model = window.queue.model
    order = [model.index(r, Column.REG_NO).data() for r in range(model.rowCount())]
    assert order == [mine["late"], mine["week"], later]
    window.sidebar.select(View.ALL.value)  # back to the order the user had
    wait_idle(qtbot, tasks)
    assert (window.queue.sort_key, window.queue.descending) == ("received_on", True)


def test_banner_reminds_once_a_day_and_can_be_dismissed(
    qtbot: QtBot, svc, mine, make_window, tasks
) -> None:
    window = make_window(today=True)
    banner = window.banner
    assert banner.isVisible()
    text = banner.label.text()
    assert mine["late"] in text and mine["week"] not in text  # due in 4 working days
    assert "review overdue since 2025-06-12" in text
    qtbot.mouseClick(banner.close_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()
    window.close()
    again = make_window(today=True)  # the same day: nothing new
    assert not again.banner.isVisible()
    svc.fixed_today = TODAY + dt.timedelta(days=1)  # Tuesday: reminded again
    with qtbot.waitSignal(again.reminders.reminded, timeout=10_000) as blocker:
        again.reminders.check_date()
    wait_idle(qtbot, tasks)
    assert [r.reg_no for r in blocker.args[0]] == [mine["late"], mine["week"]]
    assert again.banner.isVisible()


def test_the_banner_link_opens_the_item(qtbot: QtBot, mine, make_window, tasks) -> None:
    window = make_window(today=True)
    window.banner.label.linkActivated.emit(mine["late"])
    wait_idle(qtbot, tasks)
    assert window.controller.current.reg_no == mine["late"]


def test_no_reminders_when_switched_off(qtbot: QtBot, paths, mine, make_window) -> None:
    settings = keys.user_settings(paths)
    option = ReminderOption(settings)
    qtbot.addWidget(option)
    assert option.check.isChecked()
    option.check.setChecked(False)
    option.save()
    settings.sync()
    assert not reminders_enabled(keys.user_settings(paths))
    window = make_window(today=True)
    assert window.today.overview is not None and window.today.overview.overdue
    assert not window.banner.isVisible()


def test_settings_dialog_has_the_reminders_choice(qtbot: QtBot, app_ctx, paths) -> None:
    from workbench.ui.dialogs.settings_dialog import SettingsDialog

    settings = keys.user_settings(paths)
    dialog = SettingsDialog(app_ctx, qsettings=settings)
    qtbot.addWidget(dialog)
    dialog.general.reminders.check.setChecked(False)
    dialog.general.save()
    assert not reminders_enabled(settings)


def test_today_model(qtmodeltester, svc, mine) -> None:
    model = TodayModel()
    qtmodeltester.check(model)
    model.set_overview(today_service.today_overview(svc, ACTOR, TODAY))
    qtmodeltester.check(model)
    assert model.rowCount() == len(Section)


def test_month_chart_paints(qtbot: QtBot, svc, mine, make_window) -> None:
    window = make_window(today=True)
    chart = window.today.glance.chart
    chart.set_values([1, 0, 3, 2, 0, 0, 0, 0, 0, 0, 0, 5])
    assert not chart.grab().isNull()
    assert "12: 5" in chart.accessibleDescription() and "12: 5" in chart.toolTip()
    font, fit = chart.number_font(40)
    assert fit and font.pointSizeF() == chart.font().pointSizeF()
    # a large office's months, in a narrow chart: smaller numbers, or none rather than a jumble
    chart.set_values([2906, 2506, 3018, 2206, 4862, 1907, 2712, 0, 0, 0, 0, 0])
    font, fit = chart.number_font(chart.fontMetrics().horizontalAdvance("4862") * 0.85)
    assert fit and font.pointSizeF() < chart.font().pointSizeF()
    font, fit = chart.number_font(12)
    assert not fit and "5: 4862" in chart.toolTip()
    assert not chart.grab().isNull()


def test_a_missing_holiday_schedule_is_said_above_the_queue(
    qtbot: QtBot, mine, make_window, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Checked once the Today view is drawn (the warning belongs to the queue)."""
    from types import SimpleNamespace

    from workbench.domain.calendar import CalendarSource
    from workbench.services import calendar as calendar_service

    monkeypatch.setattr(
        calendar_service,
        "year_calendar",
        lambda _svc, _year: SimpleNamespace(source=CalendarSource.FALLBACK),
    )
    window = make_window()
    assert window.queue.calendar_label.isVisible()
    assert "2025" in window.queue.calendar_label.text()


def test_the_today_view_never_widens_the_window_past_the_queue(
    qtbot: QtBot, mine, make_window
) -> None:
    """Its long English date wraps: at 150% on a 1600-pixel screen the window's minimum
    width was past the screen and the item pane was cut off."""
    window = make_window(today=True)
    assert window.today.minimumSizeHint().width() <= window.queue.minimumSizeHint().width()


def test_the_queue_still_loads_when_the_today_view_cannot(
    qtbot: QtBot, mine, make_window, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object) -> None:
        raise RuntimeError("the Today lists could not be read")

    monkeypatch.setattr(today_service, "today_overview", broken)
    window = make_window(today=True)  # waits for the counts and the queue behind it
    assert window.today.overview is None
    assert window.queue.model.rowCount() == 3
    assert window.sidebar.model.count(View.ALL.value) == 3


def test_the_title_keeps_room_for_some_words_in_a_narrow_pane(
    qtbot: QtBot, mine, make_window
) -> None:
    from workbench.ui.models.today_model import TodayColumn

    first = make_window(today=True)
    first.splitter.setSizes([1300, 200, 400])  # the middle pane squeezed, and kept so
    first.close()
    window = make_window(today=True)
    tree = window.today.tree
    header = tree.header()
    assert tree.viewport().width() < 400
    minimum = tree.fontMetrics().horizontalAdvance("审" * 10)
    assert header.sectionSize(TodayColumn.TITLE) >= minimum  # the list scrolls sideways
    window.splitter.setSizes([200, 1200, 300])
    qtbot.waitUntil(lambda: tree.viewport().width() > 600)
    others = sum(header.sectionSize(c) for c in TodayColumn if c is not TodayColumn.TITLE)
    assert header.sectionSize(TodayColumn.TITLE) == tree.viewport().width() - others
