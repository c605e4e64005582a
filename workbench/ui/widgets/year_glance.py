"""The year at a glance beside the Today lists: this year's counts (mine, and the office's for
an administrator) and a small bar chart of the opinions issued each month."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from workbench.services.tally import percent_text
from workbench.services.today import YearFigures
from workbench.ui import glossary

BAR_COLOUR = "#3f6fb5"
#: the chart's numbers shrink to fit their month's slot, down to this share of the font
MIN_FONT_SCALE = 0.6


class MonthChart(QWidget):
    """Twelve bars, January first, each with its count above it and the month below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("monthChart")
        self.setAccessibleName(self.tr("Opinions issued by month"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._values: tuple[int, ...] = (0,) * 12

    def values(self) -> tuple[int, ...]:
        return self._values

    def set_values(self, values: Sequence[int]) -> None:
        self._values = tuple(values[:12]) + (0,) * max(0, 12 - len(values))
        text = ", ".join(
            self.tr("%1: %2").replace("%1", str(m)).replace("%2", str(v))
            for m, v in enumerate(self._values, 1)
        )
        self.setAccessibleDescription(text)
        self.setToolTip(text)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(12 * (self.fontMetrics().horizontalAdvance("12") + 10), 140)

    def minimumSizeHint(self) -> QSize:
        return QSize(12 * (self.fontMetrics().horizontalAdvance("12") + 6), 140)

    def number_font(self, slot: float) -> tuple[QFont, bool]:
        """The font of the numbers in a month's ``slot`` (pixels wide), smaller when they
        would not fit, and whether the counts fit even so: if not they are left out, never
        overlapping (the tooltip has them)."""
        font = QFont(self.font())
        fm = QFontMetrics(font)
        peak, pad = str(max(self._values)), 2
        widest = max(fm.horizontalAdvance("12"), fm.horizontalAdvance(peak))
        if widest + pad > slot:  # narrow, or large counts (a pixel to spare for rounding)
            scale = max(MIN_FONT_SCALE, (slot - pad - 1) / widest)
            if font.pointSizeF() > 0:
                font.setPointSizeF(font.pointSizeF() * scale)
            else:  # a font sized in pixels
                font.setPixelSize(max(1, int(font.pixelSize() * scale)))
        return font, QFontMetrics(font).horizontalAdvance(peak) + pad <= slot

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = self.fontMetrics()
        line = fm.height()
        rect = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        top, bottom = rect.top() + line, rect.bottom() - line - 2
        slot = rect.width() / 12
        peak = max(self._values) or 1
        font, counts_fit = self.number_font(slot)
        painter.setFont(font)
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        axis = self.palette().color(QPalette.ColorRole.Mid)
        painter.setPen(axis)
        painter.drawLine(int(rect.left()), int(bottom), int(rect.right()), int(bottom))
        for i, value in enumerate(self._values):
            x = rect.left() + i * slot
            height = (bottom - top) * value / peak
            bar = QRectF(x + slot * 0.2, bottom - height, slot * 0.6, height)
            if value:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(BAR_COLOUR))
                painter.drawRect(bar)
            if value and counts_fit:
                painter.setPen(text_colour)
                label = QRectF(x, bar.top() - line, slot, line)
                painter.drawText(label, Qt.AlignmentFlag.AlignCenter, str(value))
            painter.setPen(text_colour)
            month = QRectF(x, bottom + 2, slot, line)
            painter.drawText(month, Qt.AlignmentFlag.AlignCenter, str(i + 1))
        painter.end()


def _texts(figures: YearFigures) -> list[str]:
    counts = (figures.received, figures.reviewed, figures.filed, figures.reviewed_overdue)
    f = figures.filing
    rates = (f.rate, f.on_time_rate, f.conforming_rate) if f else (None, None, None)
    return [f"{n:,}" for n in counts] + [percent_text(r, "–") for r in rates]


class YearGlance(QGroupBox):
    """Received, reviewed, filed and reviewed late this year; mine, and the office's."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("yearGlance")
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(16)
        self._mine_head = QLabel(self.tr("Mine"))
        self._office_head = QLabel(self.tr("Office"))
        for column, head in ((1, self._mine_head), (2, self._office_head)):
            font = head.font()
            font.setBold(True)
            head.setFont(font)
            head.setAlignment(Qt.AlignmentFlag.AlignRight)
            self._grid.addWidget(head, 0, column)
        names = (
            self.tr("Received"),
            self.tr("Reviewed"),
            self.tr("Filed"),
            glossary.term(glossary.OPINIONS_LATE),
            self.tr("Filing rate"),
            self.tr("Filed on time"),
            self.tr("Filing conforming"),
        )
        self.mine_labels: list[QLabel] = []
        self.office_labels: list[QLabel] = []
        for row, name in enumerate(names, 1):
            self._grid.addWidget(QLabel(name), row, 0)
            for column, store in ((1, self.mine_labels), (2, self.office_labels)):
                value = QLabel("–")
                value.setAlignment(Qt.AlignmentFlag.AlignRight)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self._grid.addWidget(value, row, column)
                store.append(value)
        self._grid.setColumnStretch(0, 1)
        self.chart_title = QLabel(self.tr("Opinions issued by month"))
        self.chart_title.setWordWrap(True)
        self.chart = MonthChart(self)
        layout = QVBoxLayout(self)
        layout.addLayout(self._grid)
        layout.addSpacing(8)
        layout.addWidget(self.chart_title)
        layout.addWidget(self.chart)
        layout.addStretch(1)
        self.set_figures(None, None)

    def set_figures(self, mine: YearFigures | None, office: YearFigures | None) -> None:
        either = mine or office
        year = either.year if either is not None else None
        self.setTitle(self.tr("This year (%1)").replace("%1", str(year)) if year else "")
        for labels, figures in ((self.mine_labels, mine), (self.office_labels, office)):
            values = _texts(figures) if figures else None
            for i, label in enumerate(labels):
                label.setText(values[i] if values else "–")
                label.setVisible(office is not None or labels is self.mine_labels)
        self._office_head.setVisible(office is not None)
        self._mine_head.setVisible(office is not None)
        shown = office or mine
        self.chart.set_values(shown.by_month if shown else (0,) * 12)
        self.chart_title.setText(
            self.tr("Opinions issued by month (office)")
            if office is not None
            else self.tr("Opinions issued by month")
        )
