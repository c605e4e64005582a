"""历史: everything that happened to the item, newest last, in sentences."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from workbench.domain.errors import WorkbenchError
from workbench.services.audit import item_history
from workbench.services.views import ItemView
from workbench.ui.history_text import describe
from workbench.ui.item_controller import ItemController


class HistoryTab(QWidget):
    def __init__(self, controller: ItemController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyTab")
        self.controller = controller
        self.view = QTextBrowser(self)
        self.view.setObjectName("historyView")
        self.view.setAccessibleName(self.tr("History of the item"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        self.lines: list[str] = []
        controller.itemLoaded.connect(self._on_item_loaded)
        self._on_item_loaded(controller.current)

    def _on_item_loaded(self, view: ItemView | None) -> None:
        self.lines = []
        if view is None:
            self.view.clear()
            return
        try:
            events = item_history(self.controller.ctx.svc, view.reg_no)
        except WorkbenchError as exc:
            self.view.setPlainText(str(exc))
            return
        rows = []
        for event in events:
            when = f"{event.at:%Y-%m-%d %H:%M}"
            text = describe(event)
            self.lines.append(f"{when} {event.who} {text}")
            rows.append(
                f"<tr><td style='color:#616161; padding-right:10px; white-space:nowrap'>{when}</td>"
                f"<td style='padding-right:10px; white-space:nowrap'>"
                f"<span title='{html.escape(event.actor, quote=True)}'><b>"
                f"{html.escape(event.who)}</b></span></td><td>{html.escape(text)}</td></tr>"
            )
        if not rows:
            self.view.setPlainText(self.tr("No recorded changes."))
            return
        self.view.setHtml("<table cellspacing='0' cellpadding='3'>" + "".join(rows) + "</table>")
