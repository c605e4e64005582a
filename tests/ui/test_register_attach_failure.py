"""When the draft cannot be attached after registration, the clerk is told which item and why."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from workbench.domain.errors import WorkbenchError
from workbench.services import attachments, queries
from workbench.ui.context import AppContext
from workbench.ui.dialogs.register_dialog import RegisterDialog


def test_a_failed_attachment_is_reported_and_the_item_stays(
    qtbot: QtBot, app_ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft = tmp_path / "送审稿.docx"
    draft.write_bytes(b"not really a docx")

    def refuse(*_args: object, **_kw: object) -> None:
        raise WorkbenchError("附件存储目录不可写")

    monkeypatch.setattr(attachments, "add_attachment", refuse)
    dialog = RegisterDialog(app_ctx)
    qtbot.addWidget(dialog)
    warned: list[tuple[str, str]] = []
    monkeypatch.setattr(dialog, "_warn", lambda title, text: warned.append((title, text)))
    dialog._source_docx = draft  # as if the form had been filled from it
    dialog._title.setText("科研诚信管理办法")
    dialog._ok.click()

    reg_no = dialog.registered_reg_no()
    assert reg_no is not None and dialog.result() == RegisterDialog.DialogCode.Accepted
    assert queries.show_item(app_ctx.svc, reg_no).title == "科研诚信管理办法"
    assert len(warned) == 1
    text = warned[0][1]
    assert reg_no in text and "科研诚信管理办法" in text
    assert draft.name in text and "附件存储目录不可写" in text


def test_no_warning_when_the_file_is_attached(
    qtbot: QtBot, app_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = RegisterDialog(app_ctx)
    qtbot.addWidget(dialog)
    warned: list[str] = []
    monkeypatch.setattr(dialog, "_warn", lambda title, text: warned.append(text))
    dialog._title.setText("科研诚信管理办法")
    dialog._ok.click()
    assert dialog.registered_reg_no() is not None and warned == []
