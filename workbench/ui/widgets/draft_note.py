"""The note above an editor whose draft was restored: when it was saved, and a link to discard
it (back to the saved state)."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from workbench.ui.widgets.common import WARNING_STYLE


class DraftNote(QLabel):
    #: the user chose to discard the restored draft
    discardRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.setStyleSheet(WARNING_STYLE)
        self.linkActivated.connect(self._on_link_activated)
        self.setVisible(False)

    def show_restored(self, saved_at: dt.datetime, today: dt.date) -> None:
        """Say that the draft saved at ``saved_at`` is on screen."""
        when = saved_at.strftime("%H:%M" if saved_at.date() == today else "%Y-%m-%d %H:%M")
        text = self.tr("Draft from %1 restored.").replace("%1", when)
        link = self.tr("Discard draft")
        self.setText(f"{html.escape(text)} <a href='discard'>{html.escape(link)}</a>")
        self.setAccessibleName(text)
        self.setVisible(True)

    def clear_note(self) -> None:
        self.clear()
        self.setVisible(False)

    def _on_link_activated(self, _link: str) -> None:
        self.clear_note()
        self.discardRequested.emit()
