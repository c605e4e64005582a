"""The cleanup view (清理): campaigns, keys 1–4, progress, export and closing; the catalogue
preview from the export dialog."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from workbench.services import cleanup as cl
from workbench.services import items as items_svc
from workbench.services.catalogue import catalogue
from workbench.services.context import ServiceContext
from workbench.services.queries import show_item
from workbench.ui.context import AppContext
from workbench.ui.dialogs.cleanup_dialog import CleanupDialog
from workbench.ui.models.cleanup_model import CatalogueModel, CleanupEntriesModel, EntryColumn

D = dt.date


def published(svc: ServiceContext, title: str, day: dt.date, n: int) -> str:
    reg = items_svc.register(svc, items_svc.NewItem("normative", title, D(2024, 1, 2))).reg_no
    items_svc.start_review(svc, reg)
    opinion = items_svc.OpinionInput("approve", "同意", issued_on=D(2024, 1, 10))
    items_svc.issue_opinion(svc, reg, opinion)
    items_svc.publish(svc, reg, day, f"辽科发〔2024〕{n}号")
    return reg


@pytest.fixture
def regs(svc: ServiceContext) -> list[str]:
    return [
        published(svc, "科技奖励办法", D(2024, 3, 1), 5),
        published(svc, "孵化器认定办法", D(2024, 4, 2), 9),
        published(svc, "科技特派员工作办法", D(2024, 5, 6), 12),
    ]


def test_the_models_pass_the_model_tester(qtmodeltester, svc, regs) -> None:  # type: ignore[no-untyped-def]
    cid = cl.start_campaign(svc, "清理", D(2025, 1, 1)).id
    model = CleanupEntriesModel()
    model.set_entries(
        cl.campaign_entries(svc, cid), lambda r, res, why: cl.set_result(svc, cid, r, res, why)
    )
    qtmodeltester.check(model)
    assert model.setData(model.index(0, EntryColumn.RESULT), "amend")
    assert model.index(0, EntryColumn.RESULT).data() == "To amend"
    assert model.setData(model.index(0, EntryColumn.REASON), "上位法已修改")
    assert cl.campaign_entries(svc, cid)[0].reason == "上位法已修改"
    qtmodeltester.check(model)
    preview = CatalogueModel()
    preview.set_rows(catalogue(svc, year=2024).rows)
    qtmodeltester.check(preview)
    assert preview.rowCount() == 3 and preview.index(0, 1).data() == "科技奖励办法"


def test_a_campaign_from_start_to_close(
    qtbot: QtBot, app_ctx: AppContext, svc: ServiceContext, regs: list[str], tmp_path: Path
) -> None:
    dialog = CleanupDialog(app_ctx)
    qtbot.addWidget(dialog)
    assert not dialog._close_campaign.isEnabled()
    dialog._ask_new_campaign = lambda: ("2025年清理", D(2025, 1, 1), "公平竞争")  # type: ignore[method-assign]
    dialog._new.click()
    assert dialog.model.rowCount() == 3 and dialog.progress.value() == 0
    dialog.show()
    dialog.table.setFocus()
    for row, key in enumerate((Qt.Key.Key_1, Qt.Key.Key_3, Qt.Key.Key_4)):
        dialog.table.selectRow(row)
        qtbot.keyClick(dialog.table, key)
    assert dialog.progress.value() == 3
    results = [e.result.value for e in cl.campaign_entries(svc, dialog.current_id())]
    assert results == ["keep", "repeal", "invalidate"]

    out = tmp_path / "清理结果.xlsx"
    dialog._ask_export_path = lambda: out  # type: ignore[method-assign]
    dialog._export.click()
    qtbot.waitUntil(lambda: dialog._export.isEnabled(), timeout=10_000)
    assert load_workbook(out).sheetnames == ["继续有效", "拟修改", "拟废止"]

    dialog._ask_close_date = lambda: D(2025, 6, 10)  # type: ignore[method-assign]
    with qtbot.waitSignal(dialog.items_changed):
        dialog._close_campaign.click()
    assert show_item(svc, regs[1]).status.value == "repealed"
    assert show_item(svc, regs[2]).status.value == "expired"
    assert not dialog._close_campaign.isEnabled()
    assert not dialog.model.flags(dialog.model.index(0, EntryColumn.RESULT)) & (
        Qt.ItemFlag.ItemIsEditable
    )


def test_a_refusal_is_shown_not_raised(
    qtbot: QtBot, app_ctx: AppContext, svc: ServiceContext, regs: list[str]
) -> None:
    dialog = CleanupDialog(app_ctx)
    qtbot.addWidget(dialog)
    shown: list[str] = []
    dialog._warn = shown.append  # type: ignore[method-assign]
    dialog._ask_new_campaign = lambda: ("未来", D(2099, 1, 1), "")  # type: ignore[method-assign]
    dialog._new.click()
    assert shown and "is after today" in shown[0] and dialog.current_id() is None


def test_the_catalogue_from_the_export_dialog(
    qtbot: QtBot, app_ctx: AppContext, svc: ServiceContext, regs: list[str], tmp_path: Path
) -> None:
    from workbench.ui.dialogs.catalogue_dialog import CatalogueDialog
    from workbench.ui.dialogs.export_dialog import ExportDialog

    export = ExportDialog(app_ctx, year=2024)
    qtbot.addWidget(export)
    assert export.catalogue_button.isEnabled()
    dialog = CatalogueDialog(app_ctx, year=2024)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 3 and "2024" in dialog.summary.text()
    dialog.by_date.setChecked(True)
    dialog.date.setDate(dialog.date.date().addYears(-2))  # 2023: nothing in force yet
    assert dialog.model.rowCount() == 0
    dialog.by_year.setChecked(True)
    out = tmp_path / "目录.docx"
    dialog._ask_path = lambda suffix, name: out  # type: ignore[method-assign]
    dialog.save_docx.click()
    qtbot.waitUntil(lambda: dialog.save_docx.isEnabled(), timeout=10_000)
    from docx import Document

    assert len(Document(str(out)).tables[0].rows) == 4


def test_every_new_string_has_chinese() -> None:
    import re
    import xml.etree.ElementTree as ET

    root = Path(__file__).resolve().parents[2]
    ts = ET.parse(root / "resources" / "translations" / "workbench_cleanup_zh_CN.ts")
    known = {
        (c.findtext("name"), m.findtext("source"))
        for c in ts.getroot().iter("context")
        for m in c.iter("message")
    }
    found = 0
    for name in ("dialogs/cleanup_dialog.py", "dialogs/catalogue_dialog.py"):
        text = (root / "workbench" / "ui" / name).read_text(encoding="utf-8")
        for block in re.split(r"\nclass ", text)[1:]:
            context = block.split("(", 1)[0]
            for call in re.findall(r"self\.tr\(\s*((?:\"(?:[^\"\\]|\\.)*\"\s*)+)", block):
                source = "".join(re.findall(r"\"((?:[^\"\\]|\\.)*)\"", call))
                assert (context, source) in known, f"{context}: {source!r}"
                found += 1
    model = (root / "workbench/ui/models/cleanup_model.py").read_text(encoding="utf-8")
    for source in re.findall(r"_tr\(\"((?:[^\"\\]|\\.)+)\"\)", model):
        assert ("CleanupModel", source) in known, source
        found += 1
    assert found > 50
