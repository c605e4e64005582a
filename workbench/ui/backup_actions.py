"""The File menu's *Back up…* and *Restore from backup…*: the portable archive of
``workbench backup`` and ``workbench restore`` (services/backup.py, services/restore.py), for
the people who never open a terminal.

Both run on the worker. Restoring takes an archive or one of the automatic daily, weekly or
monthly snapshots (the file dialog opens in their folder); it asks first, names what will be
replaced, and keeps a copy of the data as it is. It is offered on the embedded file only: on a
shared server the database administrator restores into a new database (docs/SHARED_MODE.md,
"Backups and restores on a server").
"""

from __future__ import annotations

import datetime as dt
import logging
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from workbench.domain.errors import WorkbenchError
from workbench.ui.context import AppContext
from workbench.ui.errors import one_sentence
from workbench.ui.prompts import Prompts
from workbench.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

#: what the file dialogs offer and what a new archive is called
ARCHIVE_SUFFIX = ".wbbackup"


class BackupActions(QObject):
    #: the data was replaced by a restored backup: reload everything
    dataReplaced = Signal()
    #: a short note for the status bar
    message = Signal(str)

    def __init__(
        self, window: QWidget, ctx: AppContext, tasks: TaskRunner, prompts: Prompts
    ) -> None:
        super().__init__(window)
        self.window, self.ctx, self.tasks, self.prompts = window, ctx, tasks, prompts
        self.back_up = QAction(self.tr("Back &up…"), window)
        self.back_up.setObjectName("backUpAction")
        self.back_up.setStatusTip(
            self.tr("Write every item, opinion, attachment and setting to one archive file")
        )
        self.restore = QAction(self.tr("Restore from bac&kup…"), window)
        self.restore.setObjectName("restoreAction")
        self.restore.setStatusTip(self.tr("Replace all the data with a backup archive"))
        self.back_up.triggered.connect(self.start_backup)
        self.restore.triggered.connect(self.start_restore)
        self._work: Path | None = None  # a snapshot turned into an archive, while restoring

    def actions(self) -> list[QAction]:
        return [self.back_up, self.restore]

    def _filters(self) -> str:
        return self.tr("Backup archives (*%1)").replace("%1", ARCHIVE_SUFFIX)

    def _error(self, exc: BaseException) -> None:
        self._forget_work()
        if not isinstance(exc, WorkbenchError):
            log.error("backup or restore failed", exc_info=exc)
        self.message.emit("")
        self.prompts.warn(self.window, self.tr("Not done"), one_sentence(exc))

    # --- backing up ---------------------------------------------------------------------------

    def suggested_path(self) -> str:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        day = self.ctx.svc.today().strftime("%Y%m%d")
        name = self.tr("review-workbench-backup") + f"-{day}{ARCHIVE_SUFFIX}"
        return str(Path(folder or Path.home()) / name)

    def start_backup(self) -> None:
        path = self.prompts.save_file(
            self.window, self.tr("Back up"), self.suggested_path(), self._filters()
        )
        if not path:
            return
        if not path.endswith(ARCHIVE_SUFFIX):
            path += ARCHIVE_SUFFIX
        from workbench.services.backup import create_backup

        self.message.emit(self.tr("Backing up…"))
        self.tasks.submit(
            create_backup, self.ctx.svc, Path(path), on_done=self._backed_up, on_error=self._error
        )

    def _backed_up(self, result: Any) -> None:
        from workbench.services.backup import counts_text, size_text

        self.message.emit(self.tr("Backed up to %1").replace("%1", str(result.path)))
        text = (
            self.tr("The backup is in %1 (%2).")
            .replace("%1", str(result.path))
            .replace("%2", size_text(result.size))
            + "\n\n"
            + counts_text(_present(result.row_counts))
        )
        if result.missing_attachments:
            text += "\n\n" + self.tr(
                "%n attachment(s) could not be found and are not in the backup.",
                "",
                len(result.missing_attachments),
            )
        self.prompts.info(self.window, self.tr("Back up"), text)

    # --- restoring ----------------------------------------------------------------------------

    def restore_folder(self) -> str:
        """Where the file dialog opens: the automatic snapshots of this data file, if any."""
        from workbench.services.backup import backups_dir_for

        target = self.ctx.svc.db.target
        snapshots = backups_dir_for(target, self.ctx.paths) if target.path else None
        return str(snapshots) if snapshots is not None and snapshots.is_dir() else ""

    def start_restore(self) -> None:
        if self.ctx.svc.db.target.path is None:
            self.prompts.info(
                self.window,
                self.tr("Restore from backup"),
                self.tr(
                    "On a shared server a backup is restored by the database administrator, "
                    "into a new database, with the command “workbench restore”."
                ),
            )
            return
        from workbench.services.restore import SNAPSHOT_SUFFIX, checked_source

        filters = self.tr("Backups (*%1 *%2)").replace("%1", ARCHIVE_SUFFIX)
        path = self.prompts.open_file(
            self.window,
            self.tr("Restore from backup"),
            filters.replace("%2", SNAPSHOT_SUFFIX),
            self.restore_folder(),
        )
        if not path:
            return
        source = Path(path)
        self._forget_work()
        self._work = Path(tempfile.mkdtemp(prefix="workbench-restore-"))
        self.message.emit(self.tr("Checking the backup…"))
        self.tasks.submit(
            checked_source,
            self.ctx.svc,
            source,
            self._work,
            on_done=lambda verified: self._confirm_restore(verified, _made(source, verified)),
            on_error=self._error,
        )

    def _forget_work(self) -> None:
        """Remove the folder where a snapshot was turned into an archive."""
        if self._work is not None:
            shutil.rmtree(self._work, ignore_errors=True)
            self._work = None

    def _confirm_restore(self, verified: Any, made: str) -> None:
        from workbench.services.backup import counts_text

        self.message.emit("")
        manifest = verified.manifest
        question = (
            self.tr(
                "The backup made on %1 holds:\n%2\n\nIt replaces all the data in %3. A copy "
                "of the data as it is now is kept first.\n\nRestore it?"
            )
            .replace("%1", made)
            .replace("%2", counts_text(_present(manifest.row_counts)))
            .replace("%3", self.ctx.svc.db.target.display())
        )
        title = self.tr("Restore from backup")
        if not self.prompts.confirm(self.window, title, question, self.tr("Restore")):
            self._forget_work()
            return
        from workbench.services.restore import restore_into

        self.message.emit(self.tr("Restoring…"))
        self.tasks.submit(
            restore_into,
            self.ctx.svc,
            verified,
            self.ctx.paths,
            force=True,
            on_done=self._restored,
            on_error=self._error,
        )

    def _restored(self, result: Any) -> None:
        from workbench.services.backup import counts_text

        self._forget_work()
        self.dataReplaced.emit()
        self.message.emit(self.tr("Backup restored"))
        text = self.tr("Restored:") + "\n" + counts_text(_present(result.row_counts))
        if result.missing_attachments:
            text += "\n\n" + self.tr(
                "%n attachment(s) were missing from the backup.", "", result.missing_attachments
            )
        if result.previous_copy is not None:
            text += "\n\n" + self.tr("The data as it was is kept in %1.").replace(
                "%1", str(result.previous_copy)
            )
        self.prompts.info(self.window, self.tr("Restore from backup"), text)


def _present(counts: Mapping[str, int]) -> dict[str, int]:
    """The tables that have rows (a person need not read the empty ones)."""
    return {table: n for table, n in counts.items() if n}


def _made(source: Path, verified: Any) -> str:
    """When the backup was made, to the minute: an archive says so in its manifest (ISO 8601
    with its offset); an automatic snapshot is as old as its file."""
    from workbench.services.restore import SNAPSHOT_SUFFIX

    try:
        if source.suffix.lower() == SNAPSHOT_SUFFIX:
            made = dt.datetime.fromtimestamp(source.stat().st_mtime)
        else:
            made = dt.datetime.fromisoformat(verified.manifest.created_at)
    except (OSError, ValueError):
        return str(verified.manifest.created_at)
    return made.strftime("%Y-%m-%d %H:%M")
