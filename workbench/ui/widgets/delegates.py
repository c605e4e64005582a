"""Painting: the deadline badge of the queue and the count of a sidebar view."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from workbench.services.queue import DueBadge
from workbench.ui.models.queue_model import BADGE_COLOURS, BadgeRole
from workbench.ui.models.view_list_model import AlertRole, CountRole

Index = QModelIndex | QPersistentModelIndex


#: how much wider than its words a column must be for the deadline badge's padding
BADGE_EXTRA = 12


class DeadlineDelegate(QStyledItemDelegate):
    """A rounded badge with words ("3 days overdue") in the badge's colour; plain dates stay
    plain text. The colour repeats what the words say, so nothing depends on colour alone."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        badge = index.data(BadgeRole)
        colours = BADGE_COLOURS.get(DueBadge(badge)) if badge else None
        if colours is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        opt.backgroundBrush = QBrush(Qt.GlobalColor.transparent)
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = opt.fontMetrics
        width = min(metrics.horizontalAdvance(text) + 14, opt.rect.width() - 6)
        height = min(metrics.height() + 4, opt.rect.height() - 4)
        pill = QRect(opt.rect.left() + 3, opt.rect.center().y() - height // 2, width, height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colours[0]))
        painter.drawRoundedRect(pill, height / 2, height / 2)
        painter.setPen(QColor(colours[1]))
        elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, pill.width() - 10)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, elided)
        painter.restore()


class ViewCountDelegate(QStyledItemDelegate):
    """The view's name on the left, its live count on the right (red when overdue)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        count = index.data(CountRole)
        super().paint(painter, option, index)
        if count is None:
            return
        painter.save()
        alert = index.data(AlertRole)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            colour = option.palette.color(QPalette.ColorRole.HighlightedText)
        elif alert == "alert":
            colour = QColor("#c62828")
        elif alert == "warn":
            colour = QColor("#8a5300")
        else:
            colour = option.palette.color(QPalette.ColorRole.PlaceholderText)
        font = option.font
        font.setBold(alert in ("alert", "warn"))
        painter.setFont(font)
        painter.setPen(colour)
        rect = option.rect.adjusted(0, 0, -8, 0)
        painter.drawText(
            rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{count:,}"
        )
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 60, max(size.height(), option.fontMetrics.height() + 10))
