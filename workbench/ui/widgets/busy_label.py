"""The status bar's "working" sign, shown only when work lasts."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget


class BusyLabel(QLabel):
    """Shows ``text`` once work has lasted ``delay_ms``. Its width is fixed: a quick query
    neither flickers nor relayouts the window."""

    def __init__(self, text: str, delay_ms: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("busyLabel")
        self._text = text
        self.setFixedWidth(self.fontMetrics().horizontalAdvance(text) + 8)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._on_timer_timeout)

    def set_busy(self, busy: bool) -> None:
        if busy:
            self._timer.start()
        else:
            self._timer.stop()
            self.setText("")

    def _on_timer_timeout(self) -> None:
        self.setText(self._text)
