"""Dropping a Word draft (.docx) onto a dialog to fill its form from the file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject, Signal
from PySide6.QtGui import QDropEvent


def docx_in(mime: QMimeData) -> Path | None:
    """The first local .docx file among dragged URLs, if any."""
    if not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile() and url.toLocalFile().lower().endswith(".docx"):
            return Path(url.toLocalFile())
    return None


class DocxDropFilter(QObject):
    """Accepts a dragged .docx over the widgets it watches and reports where it was dropped.

    Install it on the dialog (which must accept drops) and on its text fields: a .docx dropped
    on a field then fills the form instead of pasting the file's name into the field.
    """

    #: the .docx dropped (a ``Path``)
    dropped = Signal(object)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if isinstance(event, QDropEvent) and kind in (
            QEvent.Type.DragEnter,
            QEvent.Type.DragMove,
            QEvent.Type.Drop,
        ):
            path = docx_in(event.mimeData())
            if path:
                event.acceptProposedAction()
                if kind == QEvent.Type.Drop:
                    self.dropped.emit(path)
                return True
        return super().eventFilter(watched, event)
