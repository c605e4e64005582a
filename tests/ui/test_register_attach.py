"""The .docx a registration was filled from becomes the new item's first material."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from workbench.services.attachments import list_attachments
from workbench.ui.context import AppContext
from workbench.ui.dialogs.register_dialog import RegisterDialog

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("docx") is None, reason="python-docx not installed"
)


def _draft(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph("辽科发〔2025〕16号")
    heading = document.add_paragraph()
    heading.add_run("辽宁省科学技术厅关于促进科技成果转化的若干措施").bold = True
    document.add_paragraph("各市科技局：为促进科技成果转化，制定本措施。")
    document.save(str(path))
    return path


def test_the_chosen_docx_is_attached_to_the_new_item(
    qtbot: QtBot, app_ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft = _draft(tmp_path / "成果转化措施（送审稿）.docx")
    dialog = RegisterDialog(app_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    monkeypatch.setattr(dialog, "_ask_docx_path", lambda: str(draft))
    dialog._fill.click()
    assert "科技成果转化" in dialog._title.text()
    dialog._ok.click()
    reg_no = dialog.registered_reg_no()
    assert reg_no is not None and dialog.attachment_error is None
    assert [a.name for a in list_attachments(app_ctx.svc, reg_no)] == [draft.name]


def test_without_a_file_nothing_is_attached(qtbot: QtBot, app_ctx: AppContext) -> None:
    dialog = RegisterDialog(app_ctx)
    qtbot.addWidget(dialog)
    dialog._title.setText("科研诚信管理办法")
    dialog._ok.click()
    reg_no = dialog.registered_reg_no()
    assert reg_no is not None and list_attachments(app_ctx.svc, reg_no) == []
