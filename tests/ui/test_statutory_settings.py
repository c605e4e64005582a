"""Settings say which periods are office policy and which rule a period rests on; a pasted
holiday notice that moves days in words not understood is warned of before it is saved."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QLabel, QSpinBox
from pytestqt.qtbot import QtBot

from tests.ui.conftest import install_chinese, open_settings
from workbench.domain.kinds import Kind
from workbench.services import calendar as calendar_service
from workbench.services import office as office_service
from workbench.ui.context import AppContext
from workbench.ui.dialogs.notice_dialog import NoticeDialog
from workbench.ui.dialogs.settings_dialog import SettingsDialog

OLD_NOTICE = """国务院办公厅关于2008年部分节假日安排的通知
四、劳动节：5月1日—3日放假，共3天。5月4日（星期日）公休日调整到5月2日（星期五）。
七、国庆节：9月29日—10月5日放假，共7天。9月27日（星期六）、9月28日（星期日）两个公休日调至
9月29日（星期一）、9月30日（星期二）。
"""


@pytest.fixture
def chinese(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    """The Chinese of the dialogs and of this work, compiled from the .ts files."""
    translators = install_chinese(("workbench_dialogs_zh_CN", "workbench_review_zh_CN"), tmp_path)
    yield
    for translator in translators:
        QCoreApplication.removeTranslator(translator)


def test_review_periods_are_labelled_office_policy(
    qtbot: QtBot, app_ctx: AppContext, qsettings: QSettings
) -> None:
    dialog = open_settings(qtbot, app_ctx, qsettings)
    tab = dialog.deadlines
    policy = tab.findChild(QLabel, "reviewPeriodPolicy")
    assert policy is not None and "office's own policy" in policy.text()
    assert "《重大行政决策程序暂行条例》第二十六条" in policy.text()


def test_a_major_decision_period_below_seven_days_warns_but_saves(
    qtbot: QtBot, app_ctx: AppContext, qsettings: QSettings
) -> None:
    dialog = open_settings(qtbot, app_ctx, qsettings)
    tab = dialog.deadlines
    assert tab.period_warning() == ""
    tab.set_period(Kind.MAJOR_DECISION, 6)
    warning = tab.period_warning()
    assert "6 working days" in warning and "第二十六条" in warning
    tab.set_period(Kind.MAJOR_DECISION, 7)
    assert tab.period_warning() == ""
    tab.set_period(Kind.NORMATIVE, 3)  # no rule sets a floor for the others
    assert tab.period_warning() == ""
    tab.set_period(Kind.MAJOR_DECISION, 5)
    dialog._buttons.accepted.emit()  # a warning, not a refusal
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert office_service.get_office(app_ctx.svc).period(Kind.MAJOR_DECISION) == 5


def test_the_filing_period_names_its_rule_and_its_counting(
    qtbot: QtBot, app_ctx: AppContext, qsettings: QSettings
) -> None:
    dialog = open_settings(qtbot, app_ctx, qsettings)
    tab = dialog.deadlines
    basis = tab.findChild(QLabel, "filingBasis")
    assert basis is not None
    for words in ("《辽宁省规章规范性文件备案办法》第三条", "第二百零一条", "第二百零三条"):
        assert words in basis.text()
    spins = [s for s in tab.findChildren(QSpinBox) if s.toolTip() == basis.text()]
    assert len(spins) == 1 and spins[0].value() == 15


def test_in_chinese(qtbot: QtBot, app_ctx: AppContext, qsettings: QSettings, chinese: None) -> None:
    dialog = open_settings(qtbot, app_ctx, qsettings)
    tab = dialog.deadlines
    policy = tab.findChild(QLabel, "reviewPeriodPolicy")
    assert policy is not None and "本机关工作规则" in policy.text()
    assert "一般不少于7个工作日" in policy.text()
    tab.set_period(Kind.MAJOR_DECISION, 5)
    assert "5个工作日" in tab.period_warning()
    basis = tab.findChild(QLabel, "filingBasis")
    assert basis is not None and "日历日" in basis.text()


def test_a_notice_with_a_move_not_understood_is_warned_of(
    qtbot: QtBot, app_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = NoticeDialog(app_ctx, text=OLD_NOTICE)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog._save.isEnabled()
    note = dialog._note.text()
    assert "Not understood" in note and "5月4日（星期日）公休日调整到5月2日（星期五）" in note
    assert "Not understood" in dialog._found.toPlainText()
    assert "27 Sep, 28 Sep" in dialog._found.toPlainText()  # the moves that were understood

    asked: list[str] = []

    def confirm(year: int, _replaces: str, unread: str = "") -> bool:
        asked.append(unread)
        return True

    monkeypatch.setattr(dialog, "_confirm", confirm)
    dialog._save.click()
    assert len(asked) == 1 and "5月4日" in asked[0]
    cal = calendar_service.year_calendar(app_ctx.svc, 2008)
    assert set(cal.workdays) == {dt.date(2008, 9, 27), dt.date(2008, 9, 28)}


def test_a_notice_read_in_full_is_not_warned_of(qtbot: QtBot, app_ctx: AppContext) -> None:
    text = OLD_NOTICE.replace(
        "5月4日（星期日）公休日调整到5月2日（星期五）", "5月4日（星期日）上班"
    )
    dialog = NoticeDialog(app_ctx, text=text)
    qtbot.addWidget(dialog)
    assert "Not understood" not in dialog._note.text() + dialog._found.toPlainText()
    assert dialog._save.isEnabled()


def test_the_filing_due_date_names_its_rule(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    tip = window.pane.filing.filing_due_label.toolTip()
    for words in ("《辽宁省规章规范性文件备案办法》第三条", "第二百零一条", "第二百零三条"):
        assert words in tip
