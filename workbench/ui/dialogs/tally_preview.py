"""The counts shown in the export dialog before exporting (docs/RULES.md §6 keys)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from workbench.domain.kinds import Kind
from workbench.ui import glossary
from workbench.ui.dialogs._common import NoteLabel, kind_label


class TallyPreview(QGroupBox):
    """Totals (received, reviewed, filed, late, pending) and a by-kind table of one year."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        self._totals: dict[str, QLabel] = {}
        totals = [
            ("received", self.tr("Received")),
            ("reviewed", self.tr("Reviewed")),
            ("filed", self.tr("Filed")),
            ("overdue", glossary.term(glossary.OPINIONS_LATE)),
            ("filed_overdue", glossary.term(glossary.FILED_LATE)),
            ("pending", self.tr("Pending at year end")),
        ]
        for i, (key, text) in enumerate(totals):
            value = QLabel("–")
            value.setAccessibleName(text)
            bold = value.font()
            bold.setBold(True)
            value.setFont(bold)
            self._totals[key] = value
            grid.addWidget(QLabel(text + self.tr(":")), i // 3, (i % 3) * 2)
            grid.addWidget(value, i // 3, (i % 3) * 2 + 1)
        self._by_kind = self._kind_table()
        grid.addWidget(self._by_kind, 2, 0, 1, 6)
        self._note = NoteLabel()
        grid.addWidget(self._note, 3, 0, 1, 6)

    def _kind_table(self) -> QTableWidget:
        table = QTableWidget(len(Kind), 3)
        table.setAccessibleName(self.tr("Counts by kind"))
        table.setHorizontalHeaderLabels(
            [self.tr("Received"), self.tr("Reviewed"), self.tr("Filed")]
        )
        table.setVerticalHeaderLabels([kind_label(k) for k in Kind])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
        # every row visible without scrolling: the table is as tall as its seven rows
        height = rows.defaultSectionSize() * len(Kind) + header.sizeHint().height()
        table.setFixedHeight(height + table.frameWidth() * 2)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return table

    def _reset(self, year: int) -> None:
        self.setTitle(self.tr("Counts for {year}").format(year=year))
        for label in self._totals.values():
            label.setText("–")
        self._by_kind.clearContents()
        self._note.clear_note()

    def show_unavailable(self, year: int) -> None:
        self._reset(year)
        self._note.show_warning(self.tr("The counts cannot be shown in this installation."))

    def show_error(self, year: int, message: str) -> None:
        self._reset(year)
        self._note.show_error(message)

    def show_tally(self, year: int, data: dict[str, Any]) -> None:
        """Show a tally in the shape of ``Tally.to_json()``."""
        self._reset(year)
        received, reviewed, filed = data["received"], data["reviewed"], data["filed"]
        values = {
            "received": received["total"],
            "reviewed": reviewed["total"],
            "filed": filed["total"],
            "overdue": reviewed.get("overdue", 0),
            "filed_overdue": filed.get("overdue", 0),
            "pending": data.get("pending_at_year_end", 0),
        }
        for key, value in values.items():
            self._totals[key].setText(str(value))
        for row, kind in enumerate(Kind):
            for col, part in enumerate((received, reviewed, filed)):
                count = part.get("by_kind", {}).get(kind.value, 0)
                cell = QTableWidgetItem(str(count))
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self._by_kind.setItem(row, col, cell)
        if not (values["received"] or values["reviewed"] or values["filed"]):
            self._note.show_info(
                self.tr("Nothing was received, reviewed or filed in {year}.").format(year=year)
            )

    def total(self, key: str) -> str:
        """The text shown for ``key`` (received, reviewed, filed, overdue, filed_overdue,
        pending)."""
        return self._totals[key].text()

    def by_kind(self, kind: Kind, column: int) -> str:
        """The count shown for ``kind``: column 0 received, 1 reviewed, 2 filed."""
        item = self._by_kind.item(list(Kind).index(kind), column)
        return item.text() if item is not None else ""
