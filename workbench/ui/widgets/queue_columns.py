"""The queue's columns on screen: their default order and widths, and a title that gives way.

What a counsel scans first — the registration number, the deadline and the status — comes
first, so that at 150% or 200% scaling, or with the longer English labels, they stay on screen.
The title column takes the width left over (and no less than :data:`TITLE_MIN_CHARS`
characters); the columns after it may then need the horizontal scroll bar.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView

from workbench.domain.kinds import Kind
from workbench.domain.statuses import Status
from workbench.ui import glossary, labels
from workbench.ui.models.queue_model import Column, header_text
from workbench.ui.widgets.common import fill_width
from workbench.ui.widgets.delegates import BADGE_EXTRA

#: the order the columns are shown in until the user moves them
DEFAULT_ORDER = (
    Column.REG_NO,
    Column.DUE,
    Column.STATUS,
    Column.TITLE,
    Column.KIND,
    Column.UNIT,
    Column.RECEIVED,
    Column.COUNSEL,
    Column.DOC_NO,
)
#: typical contents of each column, measured in the current font for the default widths
WIDTH_SAMPLES = {
    Column.REG_NO: "审2026-0000",
    Column.UNIT: "成果转化与区域创新处",
    Column.RECEIVED: "2026-12-31",
    Column.COUNSEL: "欧阳明明",
    Column.DOC_NO: "辽科发〔2026〕60号",
}
#: the title never becomes narrower than this many (Chinese) characters when it gives way
TITLE_MIN_CHARS = 10
PAD = 18


def _due_samples() -> list[str]:
    t = QCoreApplication.translate
    return [
        glossary.marked(True, t("Labels", "Paused")),
        glossary.marked(True, "2026-12-31"),
        glossary.marked(True, t("Labels", "%n day(s) overdue", None, 30)),
        glossary.marked(True, t("Labels", "Due within %n working day(s)", None, 3)),
    ]


class QueueColumns(QObject):
    """Lays out the columns of ``table`` (a queue table) and keeps the title fitted."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        self._fitting = False
        header = table.horizontalHeader()
        for visual, column in enumerate(DEFAULT_ORDER):
            header.moveSection(header.visualIndex(column), visual)
        self.default_widths()
        header.sectionResized.connect(self._on_header_section_resized)
        table.viewport().installEventFilter(self)

    def default_widths(self, *, grow_only: bool = False) -> None:
        """Size the columns for their typical contents in this language; ``grow_only`` keeps
        wider columns as they are (after restoring a layout saved in the other language, or
        at another scale, the deadline and status must still fit their words)."""
        fm = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        samples: dict[Column, str] = dict(WIDTH_SAMPLES)
        samples[Column.KIND] = max((labels.kind_label(k) for k in Kind), key=fm.horizontalAdvance)
        samples[Column.STATUS] = max(
            (labels.status_label(s) for s in Status), key=fm.horizontalAdvance
        )
        samples[Column.DUE] = max(_due_samples(), key=fm.horizontalAdvance)
        self._fitting = True  # the title is fitted once, after every other column
        try:
            for column, text in samples.items():
                width = fm.horizontalAdvance(text) + PAD
                width += BADGE_EXTRA if column is Column.DUE else 0
                width = max(width, fm.horizontalAdvance(header_text(column)) + 28)
                if not grow_only or width > header.sectionSize(column):
                    header.resizeSection(column, width)
        finally:
            self._fitting = False
        self.fit_title()

    def title_minimum(self) -> int:
        return self.table.fontMetrics().horizontalAdvance("审" * TITLE_MIN_CHARS) + PAD

    def fit_title(self) -> None:
        """Give the title what the other visible columns leave of the viewport."""
        header: QHeaderView = self.table.horizontalHeader()
        available = self.table.viewport().width()
        width = fill_width(header, Column.TITLE, available, self.title_minimum())
        if width != header.sectionSize(Column.TITLE):
            self._fitting = True
            try:
                header.resizeSection(Column.TITLE, width)
            finally:
                self._fitting = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit_title()
        return False

    def _on_header_section_resized(self, section: int, _old: int, _new: int) -> None:
        # another column widened or narrowed: the title gives way (or takes the room back);
        # a title the user resized keeps its width until the window changes size
        if not self._fitting and section != Column.TITLE:
            self.fit_title()
