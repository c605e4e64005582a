"""The dialogs (register, export, settings, about, guide) against a real SQLite database."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt
import importlib.util
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QUrl
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.conftest import install_chinese, open_settings
from workbench.domain.calendar import CalendarSource
from workbench.domain.deadlines import review_due
from workbench.domain.errors import WorkbenchError
from workbench.domain.kinds import Kind
from workbench.paths import app_paths
from workbench.services import calendar as calendar_service
from workbench.services import items as item_service
from workbench.services import office as office_service
from workbench.services.calendar import read_notice_file
from workbench.services.context import ServiceContext
from workbench.services.queries import show_item
from workbench.store.database import Database, open_database
from workbench.ui.context import AppContext
from workbench.ui.dialogs._common import to_qdate
from workbench.ui.dialogs.about_dialog import AboutDialog
from workbench.ui.dialogs.export_dialog import ExportDialog, default_year
from workbench.ui.dialogs.guide import show_user_guide
from workbench.ui.dialogs.notice_dialog import NoticeDialog
from workbench.ui.dialogs.register_dialog import RegisterDialog
from workbench.ui.dialogs.settings_dialog import LANGUAGE_KEY, LOCATION_KEY, SettingsDialog

TODAY = dt.date(2025, 6, 16)

NOTICE_2025 = """国务院办公厅关于2025年部分节假日安排的通知
一、元旦：1月1日（周三）放假1天，不调休。
二、春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。\
1月26日（周日）、2月8日（周六）上班。
三、清明节：4月4日（周五）至6日（周日）放假，共3天。
四、劳动节：5月1日（周四）至5日（周一）放假调休，共5天。4月27日（周日）上班。
五、端午节：5月31日（周六）至6月2日（周一）放假，共3天。
六、国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天。\
9月28日（周日）、10月11日（周六）上班。
"""


def _has_module(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:
        return False


# --- fixtures -------------------------------------------------------------------------------


@pytest.fixture
def database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Database]:
    monkeypatch.setenv("WORKBENCH_DATA_DIR", str(tmp_path / "data"))
    db = open_database(str(tmp_path / "w.sqlite3"))
    yield db
    db.close()


def _app_ctx(db: Database, today: dt.date, language: str = "en") -> AppContext:
    return AppContext(app_paths(), ServiceContext(db, actor="tester", fixed_today=today), language)


@pytest.fixture
def app_ctx(database: Database) -> AppContext:
    return _app_ctx(database, TODAY)


@pytest.fixture
def chinese(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    """The dialogs' Chinese translation, compiled from the .ts file for this test."""
    translators = install_chinese(("workbench_dialogs_zh_CN",), tmp_path)
    yield
    for translator in translators:
        QCoreApplication.removeTranslator(translator)


# --- register -------------------------------------------------------------------------------


def _register_dialog(qtbot: QtBot, ctx: AppContext) -> RegisterDialog:
    dialog = RegisterDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_register_validates_as_you_type(qtbot: QtBot, app_ctx: AppContext) -> None:
    dialog = _register_dialog(qtbot, app_ctx)
    assert dialog.focusWidget() is dialog._kind
    assert not dialog._ok.isEnabled()
    assert dialog._reason.isVisible() and "title" in dialog._reason.text()

    qtbot.keyClicks(dialog._title, "Measures")  # QTest types ASCII only
    assert dialog._ok.isEnabled() and not dialog._reason.isVisible()

    dialog._received.setDate(to_qdate(TODAY + dt.timedelta(days=1)))
    assert not dialog._ok.isEnabled()
    assert "later than today" in dialog._reason.text()
    dialog._received.setDate(to_qdate(TODAY))

    dialog._kind.setCurrentIndex(dialog._kind.findData(Kind.SERVICE_CONTRACT.value))
    dialog._amount.setText("about a million")
    assert not dialog._ok.isEnabled() and "amount" in dialog._reason.text()
    for good in ("1,200,000.50", "12万", "3000元", ""):
        dialog._amount.setText(good)
        assert dialog._ok.isEnabled(), good


def test_contract_fields_only_for_contracts(qtbot: QtBot, app_ctx: AppContext) -> None:
    dialog = _register_dialog(qtbot, app_ctx)
    for kind in Kind:
        dialog._kind.setCurrentIndex(dialog._kind.findData(kind.value))
        contract = "contract" in kind.value or kind is Kind.COOPERATION_AGREEMENT
        assert dialog._counterparty.isVisible() is contract, kind
        assert dialog._amount.isVisible() is contract, kind


def test_register_an_item_with_its_due_date(qtbot: QtBot, app_ctx: AppContext) -> None:
    dialog = _register_dialog(qtbot, app_ctx)
    received = dt.date(2025, 6, 3)
    dialog._title.setText("关于促进科技成果转化的若干措施")
    dialog._unit.setEditText("成果转化处")
    dialog._counsel.setEditText("张律师")
    dialog._doc_no.setText("辽科发〔2025〕16号")
    dialog._received.setDate(to_qdate(received))
    # 15 working days after 3 June 2025 (the Dragon Boat holiday ended on 2 June)
    assert dialog._due.text() == "Review due: 24 Jun 2025 (15 working days)"
    assert not dialog._calendar_note.isVisible()

    dialog._ok.click()

    assert dialog.result() == RegisterDialog.DialogCode.Accepted
    reg_no = dialog.registered_reg_no()
    assert reg_no == "审2025-001"
    item = show_item(app_ctx.svc, reg_no)
    assert item.title == "关于促进科技成果转化的若干措施"
    assert (item.unit, item.counsel, item.doc_no) == ("成果转化处", "张律师", "辽科发〔2025〕16号")
    assert item.received_on == received
    assert item.review_due_on == dt.date(2025, 6, 24)
    assert item.kind is Kind.NORMATIVE


def test_register_contract_stores_counterparty_and_amount(
    qtbot: QtBot, app_ctx: AppContext
) -> None:
    dialog = _register_dialog(qtbot, app_ctx)
    dialog._kind.setCurrentIndex(dialog._kind.findData(Kind.SERVICE_CONTRACT.value))
    dialog._title.setText("科技评估服务协议")
    dialog._counterparty.setText("某评估中心")
    dialog._amount.setText("12万")
    assert "(5 working days)" in dialog._due.text()
    dialog._ok.click()
    item = show_item(app_ctx.svc, dialog.registered_reg_no() or "")
    assert item.counterparty == "某评估中心"
    assert item.amount is not None and int(item.amount) == 120000


def test_register_refusal_is_shown_and_dialog_stays_open(qtbot: QtBot, app_ctx: AppContext) -> None:
    dialog = _register_dialog(qtbot, app_ctx)
    dialog._title.setText("标题\x07含控制字符")
    dialog._ok.click()
    assert dialog.isVisible() and dialog.registered_reg_no() is None
    # the service's refusal, in the interface's language
    assert dialog._reason.text() == "Title contains invisible control characters."


def test_register_warns_when_the_year_has_no_schedule(qtbot: QtBot, database: Database) -> None:
    dialog = _register_dialog(qtbot, _app_ctx(database, dt.date(2041, 3, 2)))
    assert dialog._calendar_note.isVisible()
    assert "2041" in dialog._calendar_note.text()
    assert "Monday to Friday" in dialog._calendar_note.text()


def test_register_shows_existing_units(qtbot: QtBot, app_ctx: AppContext) -> None:
    for unit in ("计划处", "计划处", "成果转化处"):
        item_service.register(
            app_ctx.svc,
            item_service.NewItem(kind="normative", title="t", received_on=TODAY, unit=unit),
        )
    dialog = _register_dialog(qtbot, app_ctx)
    units = [dialog._unit.itemText(i) for i in range(dialog._unit.count())]
    assert units == ["计划处", "成果转化处"]
    assert dialog._unit.currentText() == ""


@pytest.mark.skipif(
    not _has_module("workbench.documents.inspect"), reason="workbench.documents not installed"
)
def test_register_fills_from_a_docx(qtbot: QtBot, app_ctx: AppContext, tmp_path: Path) -> None:
    import docx

    path = tmp_path / "draft.docx"
    document = docx.Document()
    document.add_paragraph("辽宁省科学技术厅文件")
    document.add_paragraph("辽科发〔2025〕16号")
    heading = document.add_paragraph()
    run = heading.add_run("辽宁省科学技术厅关于促进科技成果转化的若干措施")
    run.bold = True
    document.add_paragraph("各市科技局：为促进科技成果转化，制定本措施。")
    document.save(str(path))

    dialog = _register_dialog(qtbot, app_ctx)
    dialog.fill_from_docx(path)
    assert "科技成果转化" in dialog._title.text()
    assert dialog._doc_no.text() == "辽科发〔2025〕16号"
    assert dialog._file_note.isVisible()

    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"not a zip file")
    dialog.fill_from_docx(broken)
    assert dialog._file_note.isVisible() and "broken.docx" in dialog._file_note.text()


# --- settings -------------------------------------------------------------------------------


def test_settings_save_review_periods(
    qtbot: QtBot, app_ctx: AppContext, qsettings: QSettings
) -> None:
    dialog = open_settings(qtbot, app_ctx, qsettings)
    dialog.deadlines.set_period(Kind.NORMATIVE, 20)
    dialog._buttons.accepted.emit()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert office_service.get_office(app_ctx.svc).period(Kind.NORMATIVE) == 20

    received = dt.date(2025, 6, 3)
    item = item_service.register(
        app_ctx.svc, item_service.NewItem(kind="normative", title="t", received_on=received)
    )
    cal = calendar_service.current_calendar(app_ctx.svc)
    assert item.review_due_on == review_due(cal, received, 20) == dt.date(2025, 7, 1)


def test_settings_reg_no_pattern_is_checked(
    qtbot: QtBot, app_ctx: AppContext, qsettings: QSettings
) -> None:
    dialog = open_settings(qtbot, app_ctx, qsettings)
    dialog.deadlines.set_pattern("合审{year}第{seq:04d}号")
    assert dialog.deadlines.example_text() == "Example: 合审2025第0001号, 合审2025第0002号"

    dialog.deadlines.set_pattern("审{year}-{number}")
    assert dialog.deadlines.example_text() == ""
    assert dialog.deadlines.problem() is not None
    dialog._buttons.accepted.emit()
    assert dialog.isVisible() and dialog._error.isVisible()
    assert dialog._tabs.currentWidget() is dialog.deadlines
    assert office_service.get_office(app_ctx.svc).reg_no_pattern == "审{year}-{seq:03d}"

    dialog.deadlines.set_pattern("合审{year}第{seq:04d}号")
    dialog._buttons.accepted.emit()
    assert office_service.get_office(app_ctx.svc).reg_no_pattern == "合审{year}第{seq:04d}号"


def test_settings_store_language_and_location(
    qtbot: QtBot,
    app_ctx: AppContext,
    qsettings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = open_settings(qtbot, app_ctx, qsettings)
    assert dialog.focusWidget() is dialog.general.first_field()
    other = str(tmp_path / "office.sqlite3")
    monkeypatch.setattr(dialog.general, "_run_location_dialog", lambda: (True, other))
    dialog.general._change.click()
    assert dialog.general._pending.isVisible() and other in dialog.general._pending.text()
    dialog.general._language.setCurrentIndex(dialog.general._language.findData("en"))
    dialog._buttons.accepted.emit()
    assert dialog.restart_needed()
    assert qsettings.value(LANGUAGE_KEY) == "en"
    assert qsettings.value(LOCATION_KEY) == other


def test_data_location_is_checked() -> None:
    with pytest.raises(WorkbenchError):
        office_service.check_data_location("mysql://user@host/db")
    assert office_service.check_data_location(
        "postgresql+psycopg://user:secret@host/wb"
    ).startswith("postgresql+psycopg://user:***@host")


def test_settings_report_template(qtbot: QtBot, app_ctx: AppContext, qsettings: QSettings) -> None:
    dialog = open_settings(qtbot, app_ctx, qsettings)
    dialog.template.set_text("{year}年共审核{reviewed.total}件。")
    dialog._buttons.accepted.emit()
    assert office_service.get_report_template(app_ctx.svc) == "{year}年共审核{reviewed.total}件。"


@pytest.mark.skipif(
    not _has_module("workbench.services.report"), reason="report service not installed"
)
def test_settings_report_template_refuses_unknown_names(
    qtbot: QtBot, app_ctx: AppContext, qsettings: QSettings
) -> None:
    dialog = open_settings(qtbot, app_ctx, qsettings)
    dialog.template.set_text("共审核{no_such_count}件。")
    dialog._buttons.accepted.emit()
    assert dialog.isVisible() and dialog._error.isVisible()
    assert office_service.get_report_template(app_ctx.svc) is None


def test_holidays_tab_shows_source_and_fallback(
    qtbot: QtBot, database: Database, qsettings: QSettings
) -> None:
    dialog = open_settings(qtbot, _app_ctx(database, dt.date(2040, 5, 1)), qsettings)
    tab = dialog.holidays
    tab.set_year(2024)
    assert tab._off.count() > 20 and tab._work.count() > 0
    assert "package" in tab._source.text()
    tab.set_year(2041)
    assert tab._off.count() == 0
    assert not tab._source.isHidden() and "Missing" in tab._source.text()


def test_settings_are_read_only_for_non_administrators(
    qtbot: QtBot, database: Database, qsettings: QSettings
) -> None:
    admin = ServiceContext(database, actor="admin1", fixed_today=TODAY)
    office_service.save_office_settings(admin, office_service.get_office(admin))  # first user
    dialog = open_settings(qtbot, _app_ctx(database, TODAY), qsettings)
    dialog._tabs.setCurrentWidget(dialog.deadlines)
    assert dialog._admin_note.isVisible()
    assert not dialog.holidays._paste.isEnabled() and not dialog.holidays._import.isEnabled()
    dialog.deadlines.set_period(Kind.NORMATIVE, 30)  # not saved: the user may not
    dialog._buttons.accepted.emit()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert office_service.get_office(admin).period(Kind.NORMATIVE) == 15


def test_notice_files_are_read_as_text(tmp_path: Path) -> None:
    gbk = tmp_path / "notice.txt"
    gbk.write_bytes(NOTICE_2025.encode("gb18030"))
    assert read_notice_file(gbk) == NOTICE_2025
    binary = tmp_path / "notice.bin"
    binary.write_bytes(b"\xff\xfe\x00\x81" * 10)
    with pytest.raises(WorkbenchError):
        read_notice_file(binary)


@pytest.mark.skipif(
    not _has_module("workbench.domain.holiday_notice"), reason="notice parser not installed"
)
def test_paste_a_state_council_notice(
    qtbot: QtBot, app_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = NoticeDialog(app_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog._text.setPlainText("这不是一份节假日通知。")
    dialog._read.click()
    assert dialog._note.isVisible() and not dialog._save.isEnabled()

    dialog._text.setPlainText(NOTICE_2025)
    dialog._read.click()
    assert dialog._save.isEnabled(), dialog._note.text()
    found = dialog._found.toPlainText()
    assert "春节：28 Jan to 4 Feb (8 days)" in found
    assert "Make-up working days: 26 Jan, 8 Feb" in found

    asked: list[int] = []

    def confirm(year: int, _replaces: str) -> bool:
        asked.append(year)
        return True

    monkeypatch.setattr(dialog, "_confirm", confirm)
    dialog._save.click()
    assert asked == [2025]
    assert dialog.saved_year() == 2025
    cal = calendar_service.year_calendar(app_ctx.svc, 2025)
    assert cal.source is CalendarSource.OFFICE
    assert dt.date(2025, 1, 28) in cal.holidays and dt.date(2025, 10, 8) in cal.holidays
    assert set(cal.workdays) >= {dt.date(2025, 1, 26), dt.date(2025, 2, 8)}


# --- export ---------------------------------------------------------------------------------


class FakeTally:
    def __init__(self, year: int) -> None:
        self.year = year

    def to_json(self) -> dict[str, Any]:
        kinds = {k.value: 0 for k in Kind}
        return {
            "year": self.year,
            "received": {"total": 5, "by_kind": {**kinds, "normative": 3, "legal_opinion": 2}},
            "reviewed": {"total": 4, "by_kind": {**kinds, "normative": 4}, "overdue": 1},
            "filed": {"total": 2, "by_kind": {**kinds, "normative": 2}, "overdue": 0},
            "pending_at_year_end": 1,
            "disclosure": {"issued": 2, "repealed": 0, "in_force": 7},
        }


class Cancelled(WorkbenchError):
    pass


class GatedExport:
    """Reports progress 1 of 4, then waits for the test before finishing or cancelling."""

    def __init__(self) -> None:
        self.go = threading.Event()
        self.calls: list[tuple[int, Path]] = []

    def __call__(
        self,
        svc: ServiceContext,
        year: int,
        path: Path,
        *,
        progress: Callable[[int, int], None],
        cancelled: Callable[[], bool],
    ) -> object:
        self.calls.append((year, path))
        progress(1, 4)
        while not self.go.wait(0.01):
            if cancelled():
                raise Cancelled("已取消导出。")
        progress(4, 4)
        Path(path).write_bytes(b"xlsx")
        return object()


def _export_dialog(qtbot: QtBot, ctx: AppContext, **kwargs: Any) -> ExportDialog:
    kwargs.setdefault("tally_fn", lambda _svc, year: FakeTally(year))
    dialog = ExportDialog(ctx, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_default_year_is_last_year_in_the_report_season() -> None:
    assert default_year(1, 2025) == 2024
    assert default_year(2, 2025) == 2024
    assert default_year(3, 2025) == 2025


def test_export_preview_and_default_file(qtbot: QtBot, app_ctx: AppContext) -> None:
    dialog = _export_dialog(qtbot, app_ctx, export_fn=GatedExport())
    assert dialog.year() == 2025
    assert dialog.output_path().name == "合法性审核统计_2025.xlsx"
    assert dialog.preview.total("received") == "5"
    assert dialog.preview.total("overdue") == "1"
    assert dialog.preview.total("pending") == "1"
    assert dialog.preview.by_kind(Kind.NORMATIVE, 0) == "3"
    dialog._year.setValue(2023)
    assert dialog.output_path().name == "合法性审核统计_2023.xlsx"
    qtbot.waitUntil(lambda: dialog.preview.title() == "Counts for 2023")


def test_export_runs_in_the_background_and_succeeds(
    qtbot: QtBot, app_ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    export = GatedExport()
    dialog = _export_dialog(qtbot, app_ctx, year=2024, export_fn=export)
    target = tmp_path / "out.xlsx"
    monkeypatch.setattr(dialog, "_ask_save_path", lambda _current: str(target))
    dialog._browse.click()
    dialog._export.click()
    qtbot.waitUntil(lambda: dialog._progress.value() == 1 and dialog._progress.maximum() == 4)
    assert dialog.is_running() and dialog._cancel.isEnabled() and not dialog._export.isEnabled()
    with qtbot.waitSignal(dialog.export_done, timeout=5000) as done:
        export.go.set()
    assert done.args == ["ok"]
    assert export.calls == [(2024, target)]
    assert target.read_bytes() == b"xlsx"
    assert dialog._open_file.isVisible() and dialog._open_folder.isVisible()
    opened: list[QUrl] = []
    monkeypatch.setattr(dialog, "_open_url", opened.append)
    dialog._open_file.click()
    dialog._open_folder.click()
    assert [u.toLocalFile() for u in opened] == [str(target), str(tmp_path)]


def test_export_cancel_leaves_no_file(qtbot: QtBot, app_ctx: AppContext, tmp_path: Path) -> None:
    export = GatedExport()
    dialog = _export_dialog(qtbot, app_ctx, export_fn=export)
    target = tmp_path / "cancelled.xlsx"
    dialog._path.setText(str(target))
    dialog._export.click()
    qtbot.waitUntil(lambda: dialog._progress.value() == 1)
    with qtbot.waitSignal(dialog.export_done, timeout=5000) as done:
        dialog._cancel.click()
    assert done.args == ["cancelled"]
    assert not target.exists()
    assert not dialog.is_running() and dialog._export.isEnabled()
    assert "cancelled" in dialog._note.text()


def test_export_failure_shows_the_message(
    qtbot: QtBot, app_ctx: AppContext, tmp_path: Path
) -> None:
    def failing(*_args: Any, **_kwargs: Any) -> None:
        raise WorkbenchError("无法写入文件“out.xlsx”：磁盘已满。")

    dialog = _export_dialog(qtbot, app_ctx, export_fn=failing)
    dialog._path.setText(str(tmp_path / "out.xlsx"))
    with qtbot.waitSignal(dialog.export_done, timeout=5000) as done:
        dialog._export.click()
    assert done.args == ["failed"]
    assert "磁盘已满" in dialog._note.text()


def test_export_closing_waits_for_the_thread(
    qtbot: QtBot, app_ctx: AppContext, tmp_path: Path
) -> None:
    export = GatedExport()
    dialog = _export_dialog(qtbot, app_ctx, export_fn=export)
    dialog._path.setText(str(tmp_path / "closing.xlsx"))
    dialog._export.click()
    qtbot.waitUntil(lambda: dialog._progress.value() == 1)
    dialog.close()
    assert not dialog.is_running()
    assert not (tmp_path / "closing.xlsx").exists()


@pytest.mark.skipif(
    not (_has_module("workbench.services.export") and _has_module("workbench.services.tally")),
    reason="export/tally services not installed",
)
def test_export_with_the_real_services(qtbot: QtBot, app_ctx: AppContext, tmp_path: Path) -> None:
    for day in (dt.date(2025, 3, 3), dt.date(2025, 4, 1)):
        item_service.register(
            app_ctx.svc, item_service.NewItem(kind="normative", title="措施", received_on=day)
        )
    dialog = ExportDialog(app_ctx, year=2025)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.preview.total("received") == "2"
    target = tmp_path / "real.xlsx"
    dialog._path.setText(str(target))
    with qtbot.waitSignal(dialog.export_done, timeout=30000) as done:
        dialog._export.click()
    assert done.args == ["ok"], dialog._note.text()
    assert target.stat().st_size > 0


# --- about and guide ------------------------------------------------------------------------


def test_about_in_english(qtbot: QtBot, app_ctx: AppContext) -> None:
    dialog = AboutDialog(None, app_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    text = dialog.plain_text()
    assert "合法性审核工作台" in text and "Review Workbench" in text
    assert "Version: 0.1.0" in text and str(app_ctx.paths.data_dir) in text
    assert dialog.windowTitle() == "About Review Workbench"


def test_about_in_chinese(qtbot: QtBot, chinese: None) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "关于合法性审核工作台"
    assert "版本: 0.1.0" in dialog.plain_text()


def test_register_in_chinese(qtbot: QtBot, app_ctx: AppContext, chinese: None) -> None:
    dialog = _register_dialog(qtbot, app_ctx)
    dialog._received.setDate(to_qdate(dt.date(2025, 6, 3)))
    assert dialog.windowTitle() == "登记事项"
    assert dialog._due.text() == "审核期限：2025年6月24日（15个工作日）"


@pytest.mark.parametrize(
    ("language", "expected"),
    [("zh_CN", ["用户指南", "退回补正", "Ctrl+Enter", "工作日"]), ("en", ["user guide", "F5"])],
)
def test_user_guide(qtbot: QtBot, language: str, expected: list[str]) -> None:
    dialog = show_user_guide(None, language)
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    text = dialog.text()
    for phrase in expected:
        assert phrase in text
    for shortcut in ("Ctrl+N", "Ctrl+F", "Ctrl+E"):
        assert shortcut in text
