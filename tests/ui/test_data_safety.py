"""Keeping the data safe from the window: File → Back up… and Restore from backup… (a real
archive written and read back, the data replaced only after asking, a copy of it kept, bad
archives refused with one sentence), and Help → Check the audit log…"""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.ui.conftest import wait_idle
from workbench.services import queries
from workbench.services.backup import verify_backup
from workbench.services.queue import View
from workbench.ui.backup_actions import ARCHIVE_SUFFIX


def reg_nos(svc) -> set[str]:  # type: ignore[no-untyped-def]
    return {row.reg_no for row in queries.list_items(svc)}


def test_the_file_menu_offers_back_up_and_restore(qtbot: QtBot, make_window) -> None:
    window = make_window()
    file_menu = window.menuBar().actions()[0].menu()
    names = [a.objectName() for a in file_menu.actions()]
    assert "backUpAction" in names and "restoreAction" in names
    texts = [a.text() for a in window.backups.actions()]
    assert texts == ["Back &up…", "Restore from bac&kup…"]


def test_back_up_writes_an_archive_that_checks(
    qtbot: QtBot, register, make_window, prompts, tasks, tmp_path: Path
) -> None:
    register("甲办法")
    register("乙办法")
    window = make_window()
    target = tmp_path / "office"  # the suffix is added
    prompts.answer("save_file", str(target))
    window.backups.back_up.trigger()
    wait_idle(qtbot, tasks)
    archive = target.with_suffix(ARCHIVE_SUFFIX)
    assert verify_backup(archive).manifest.row_counts["items"] == 2
    (said,) = prompts.texts("info")
    assert str(archive) in said and "items 2" in said
    assert window.backups.suggested_path().endswith(f"-20250616{ARCHIVE_SUFFIX}")


def test_restore_replaces_the_data_after_asking_and_keeps_a_copy(
    qtbot: QtBot, svc, register, make_window, prompts, tasks, tmp_path: Path
) -> None:
    first = register("甲办法")
    window = make_window()
    archive = tmp_path / f"before{ARCHIVE_SUFFIX}"
    prompts.answer("save_file", str(archive))
    window.backups.back_up.trigger()
    wait_idle(qtbot, tasks)
    later = register("乙办法")  # registered after the backup
    window.refresh_all()
    wait_idle(qtbot, tasks)
    assert window.queue.total_items == 2

    prompts.answer("open_file", str(archive))
    prompts.answer("confirm", False)  # the user thinks again: nothing changes
    window.backups.restore.trigger()
    wait_idle(qtbot, tasks)
    assert reg_nos(svc) == {first, later}

    prompts.answer("open_file", str(archive))
    prompts.answer("confirm", True)
    window.backups.restore.trigger()
    wait_idle(qtbot, tasks)
    question = prompts.texts("confirm")[-1]
    assert "items 1" in question and "replaces all the data" in question
    assert reg_nos(svc) == {first}
    assert window.queue.total_items == 1  # the window shows the restored data
    window.sidebar.select(View.ALL.value)
    wait_idle(qtbot, tasks)
    assert window.queue.model.rowCount() == 1
    said = prompts.texts("info")[-1]
    assert "kept in" in said
    kept = Path(said.rsplit("kept in ", 1)[1].rstrip("."))
    assert kept.is_file() and kept != svc.db.target.path


def test_a_damaged_archive_is_refused_and_changes_nothing(
    qtbot: QtBot, svc, register, make_window, prompts, tasks, tmp_path: Path
) -> None:
    reg = register("甲办法")
    window = make_window()
    bad = tmp_path / f"notes{ARCHIVE_SUFFIX}"
    bad.write_bytes(b"not a backup at all")
    prompts.answer("open_file", str(bad))
    window.backups.restore.trigger()
    wait_idle(qtbot, tasks)
    (warning,) = prompts.texts("warn")
    assert str(bad.name) in warning or "backup" in warning.lower()
    assert "\n" not in warning and "Traceback" not in warning
    assert not prompts.texts("confirm")  # never asked to replace anything
    assert reg_nos(svc) == {reg}


def test_help_checks_the_audit_log_and_names_a_changed_record(
    qtbot: QtBot, svc, register, make_window, prompts, tasks
) -> None:
    import sqlite3

    register("甲办法")
    window = make_window()
    help_menu = window.menuBar().actions()[-1].menu()
    assert window.app_actions.check_audit in help_menu.actions()
    window.app_actions.check_audit.trigger()
    wait_idle(qtbot, tasks)
    (intact,) = prompts.texts("info")
    assert intact.startswith("The audit log is intact") and "records" in intact
    # someone with the file drops the guard and rewrites who registered the item
    con = sqlite3.connect(svc.db.target.path)
    con.execute("DROP TRIGGER audit_events_no_update")
    con.execute("UPDATE audit_events SET actor = 'mallory' WHERE id = 1")
    con.commit()
    con.close()
    window.app_actions.check_audit.trigger()
    wait_idle(qtbot, tasks)
    (changed,) = prompts.texts("warn")
    assert "changed at record 1" in changed


def test_an_automatic_snapshot_is_restored_with_its_attachments(
    qtbot: QtBot, svc, paths, register, make_window, prompts, tasks, tmp_path: Path
) -> None:
    """Yesterday's automatic copy of the data file: chosen in the same dialog, which opens in
    the snapshots' folder; the attachment files are found where the live data keeps them."""
    from workbench.services.attachments import add_attachment, list_attachments
    from workbench.services.backup import auto_backup

    kept = register("甲办法")
    note = tmp_path / "起草说明.txt"
    note.write_text("起草说明：依据科技进步法。", encoding="utf-8")
    add_attachment(svc, kept, note)
    rotation = auto_backup(svc, paths)  # what the window does once a day
    assert rotation is not None
    later = register("乙办法")
    window = make_window()
    assert window.backups.restore_folder() == str(rotation.backups_dir)
    prompts.answer("open_file", str(rotation.daily))
    prompts.answer("confirm", True)
    window.backups.restore.trigger()
    wait_idle(qtbot, tasks)
    assert later not in reg_nos(svc) and kept in reg_nos(svc)
    question = prompts.texts("confirm")[-1]
    assert "items 1" in question and "attachment records 1" in question
    said = prompts.texts("info")[-1]
    assert "missing" not in said and "kept in" in said
    (attachment,) = list_attachments(svc, kept)
    assert attachment.name == "起草说明.txt"
    assert window.backups._work is None  # the archive made of the snapshot is gone


def test_a_file_that_is_not_a_snapshot_is_refused(
    qtbot: QtBot, svc, register, make_window, prompts, tasks, tmp_path: Path
) -> None:
    reg = register("甲办法")
    window = make_window()
    fake = tmp_path / "2025-06-15.sqlite3"
    fake.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    prompts.answer("open_file", str(fake))
    window.backups.restore.trigger()
    wait_idle(qtbot, tasks)
    (warning,) = prompts.texts("warn")
    assert str(fake) in warning  # the file chosen, not the copy the check worked on
    assert "\n" not in warning and "Traceback" not in warning
    assert not prompts.texts("confirm")
    assert reg_nos(svc) == {reg}
