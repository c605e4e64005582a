"""Printing and saving as PDF: the queue as listed, an item's summary, and the letters.

:class:`PrintJobs` asks for a printer (or a PDF file name) on the GUI thread, then reads what
is to be printed through the services, builds it (:mod:`workbench.ui.printing`) and prints it
on the worker. :class:`WindowPrinting` holds the File menu's *Print…* (Ctrl+P) and *Save as
PDF…*: they print the item's summary when the focus is in the item pane, else the queue.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from workbench.domain.errors import WorkbenchError
from workbench.services import queries
from workbench.services import queue as queue_service
from workbench.services.context import ServiceContext
from workbench.services.queue import QueueQuery, QueueRow
from workbench.ui import labels
from workbench.ui.errors import one_sentence
from workbench.ui.models.queue_model import COLUMN_KEYS, Column, cell_text, header_text
from workbench.ui.prompts import Prompts
from workbench.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from workbench.ui.main_window import MainWindow
    from workbench.ui.printing import Printable

# The page layout (workbench.ui.printing, Qt's print support) is imported when something is
# printed, not at start.

log = logging.getLogger(__name__)

#: rows read per query when the whole queue is printed
CHUNK = 500


# --- built on the worker ---------------------------------------------------------------------


def _print(build: Callable[..., Printable], args: Sequence[Any], printer: Any) -> str:
    """On the worker: what to print, then printed; the PDF's path or ""."""
    from workbench.ui.printing import render

    return render(build(*args), printer)


def queue_rows(svc: ServiceContext, query: QueueQuery, sort: str, desc: bool) -> list[QueueRow]:
    """Every row of the query, in its order (not only the page loaded on screen)."""
    ids = queue_service.queue_ids(svc, query.view, query.search, query.column_filters, sort, desc)
    rows: list[QueueRow] = []
    for start in range(0, len(ids), CHUNK):
        rows += queue_service.rows_by_ids(svc, ids[start : start + CHUNK])
    place = {item_id: n for n, item_id in enumerate(ids)}
    rows.sort(key=lambda r: place.get(r.id, len(place)))
    return rows


def build_queue(
    svc: ServiceContext,
    query: QueueQuery,
    sort: str,
    desc: bool,
    columns: Sequence[Column],
    heading: str,
    note: str,
) -> Printable:
    from workbench.ui.printing import queue_printable

    rows = queue_rows(svc, query, sort, desc)
    cells = [[cell_text(row, column) for column in columns] for row in rows]
    keyed = [(COLUMN_KEYS[c], header_text(c)) for c in columns]
    return queue_printable(heading, svc.today(), keyed, cells, note=note)


def build_summary(svc: ServiceContext, item_id: int) -> Printable:
    from workbench.ui.printing import summary_printable

    return summary_printable(queries.item_by_id(svc, item_id), svc.today())


def build_letter(
    svc: ServiceContext, reg_no: str, writer: Callable[..., Path], title: str
) -> Printable:
    """The letter written from its template into a temporary .docx and read back."""
    from workbench.ui.printing_letters import letter_printable

    with tempfile.TemporaryDirectory(prefix="workbench-print-") as tmp:
        path = writer(svc, reg_no, Path(tmp) / "letter.docx")
        return letter_printable(path, title)


# --- on the GUI thread -----------------------------------------------------------------------


class PrintJobs(QObject):
    """Asks where to print, then prints on the worker and says where it went."""

    #: a short note for the status bar
    message = Signal(str)
    #: a print job ended: the PDF's path, or "" when it went to a printer
    printed = Signal(str)

    def __init__(
        self, svc: ServiceContext, tasks: TaskRunner, prompts: Prompts, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.svc, self.tasks, self.prompts, self.parent_widget = svc, tasks, prompts, parent

    def run(
        self,
        build: Callable[..., Printable],
        *args: Any,
        name: str,
        pdf: bool,
        landscape: bool = False,
        note: str = "",
    ) -> bool:
        """Print ``build(svc, *args)``; ``name`` is the suggested file name. False when the
        user cancelled."""
        from workbench.ui.printing import new_printer

        parent = self.parent_widget.window()
        if pdf:
            path = self.prompts.save_file(
                parent, self.tr("Save as PDF"), f"{name}.pdf", self.tr("PDF files (*.pdf)")
            )
            if not path:
                return False
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            printer = new_printer(path, landscape=landscape)
        else:
            printer = new_printer(landscape=landscape)
            if not self.prompts.ask_printer(parent, printer):
                return False

        def done(out: object) -> None:
            text = (
                self.tr("Saved as %1").replace("%1", str(out))
                if out
                else self.tr("Sent to the printer")
            )
            self.message.emit(f"{text}{note}")
            self.printed.emit(str(out or ""))

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, WorkbenchError):
                log.error("printing failed", exc_info=exc)
            self.prompts.warn(parent, self.tr("Not printed"), one_sentence(exc))

        self.message.emit(self.tr("Preparing the printout…"))
        # the printer travels with the task: Qt paints on a QPrinter from any thread
        self.tasks.submit(_print, build, (self.svc, *args), printer, on_done=done, on_error=failed)
        return True

    def letter(self, reg_no: str, writer: Callable[..., Path], title: str, *, pdf: bool) -> bool:
        """A letter's reading copy; the status bar says the .docx stays the official copy."""
        note = self.tr(" — a reading copy: the .docx letter is the official one")
        return self.run(
            build_letter, reg_no, writer, title, name=f"{reg_no} {title}", pdf=pdf, note=note
        )


class WindowPrinting(QObject):
    """The File menu's *Print…* and *Save as PDF…* for the main window."""

    def __init__(
        self, window: MainWindow, svc: ServiceContext, tasks: TaskRunner, prompts: Prompts
    ) -> None:
        super().__init__(window)
        self.window = window
        self.jobs = PrintJobs(svc, tasks, prompts, window)
        self.print_action = QAction(self.tr("&Print…"), window)
        self.print_action.setObjectName("printAction")
        self.print_action.setShortcut(QKeySequence("Ctrl+P"))
        self.pdf_action = QAction(self.tr("Save as PD&F…"), window)
        self.pdf_action.setObjectName("savePdfAction")
        tip = self.tr("The queue as listed; the item's summary when the item pane has the focus")
        for action in (self.print_action, self.pdf_action):
            action.setStatusTip(tip)
            action.setToolTip(tip)
            window.addAction(action)  # the shortcut works wherever the focus is
        self.print_action.triggered.connect(lambda: self.print_current(pdf=False))
        self.pdf_action.triggered.connect(lambda: self.print_current(pdf=True))

    def actions(self) -> list[QAction]:
        return [self.print_action, self.pdf_action]

    def print_current(self, *, pdf: bool) -> bool:
        focus = QApplication.focusWidget()
        pane = self.window.pane
        if focus is not None and pane.isAncestorOf(focus) and self.window.controller.current:
            return self.print_summary(pdf=pdf)
        return self.print_queue(pdf=pdf)

    def print_summary(self, *, pdf: bool) -> bool:
        view = self.window.controller.current
        if view is None:
            return False
        name = f"{view.reg_no} {self.tr('summary')}"
        return self.jobs.run(build_summary, view.id, name=name, pdf=pdf)

    def visible_columns(self) -> list[Column]:
        """The queue's columns as shown: in the user's order, hidden ones left out."""
        header = self.window.queue.table.horizontalHeader()
        logical = (header.logicalIndex(v) for v in range(header.count()))
        return [
            Column(i) for i in logical if 0 <= i < len(Column) and not header.isSectionHidden(i)
        ]

    def heading(self) -> str:
        queue = self.window.queue
        if queue.view_key.startswith("saved:"):
            return queue.view_key.removeprefix("saved:")
        try:
            return labels.view_label(queue.base_view)
        except ValueError:
            return self.tr("Queue")

    def note(self, query: QueueQuery) -> str:
        parts = []
        if query.search:
            parts.append(self.tr("search “%1”").replace("%1", query.search))
        if query.column_filters:
            parts.append(self.tr("%n column filter(s)", "", len(query.column_filters)))
        return labels.list_separator().join(parts)

    def print_queue(self, *, pdf: bool) -> bool:
        queue = self.window.queue
        query = queue.query()
        columns = self.visible_columns()
        heading = self.heading()
        return self.jobs.run(
            build_queue,
            query,
            queue.sort_key,
            queue.descending,
            columns,
            heading,
            self.note(query),
            name=heading,
            pdf=pdf,
            landscape=len(columns) > 6,
        )
