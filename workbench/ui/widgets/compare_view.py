"""Two drafts side by side: removed words struck out in red on the left, added words in green
on the right, changed paragraphs aligned."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

DELETED = "background:#fde0e0; color:#b71c1c; text-decoration:line-through"
INSERTED = "background:#dff3e0; color:#1b5e20"


def _side(change: Any, old: bool) -> str:
    kind = change.kind
    if kind == "removed":
        return f"<span style='{DELETED}'>{html.escape(change.old_text)}</span>" if old else ""
    if kind == "added":
        return "" if old else f"<span style='{INSERTED}'>{html.escape(change.new_text)}</span>"
    out = []
    for op, text in change.segments:
        if op == "equal":
            out.append(html.escape(text))
        elif op == "delete" and old:
            out.append(f"<span style='{DELETED}'>{html.escape(text)}</span>")
        elif op == "insert" and not old:
            out.append(f"<span style='{INSERTED}'>{html.escape(text)}</span>")
    return "".join(out)


def comparison_html(comparison: Any, old_name: str, new_name: str) -> str:
    rows = [
        f"<tr><th width='50%' align='left'>{html.escape(old_name)}</th>"
        f"<th width='50%' align='left'>{html.escape(new_name)}</th></tr>"
    ]
    for change in comparison.changes:
        left = f"<small>§{change.old_index}</small> " if change.old_index else ""
        right = f"<small>§{change.new_index}</small> " if change.new_index else ""
        rows.append(
            "<tr><td valign='top'>"
            + left
            + _side(change, True)
            + "</td><td valign='top'>"
            + right
            + _side(change, False)
            + "</td></tr>"
        )
    return (
        "<table width='100%' cellspacing='0' cellpadding='6' border='1'>"
        + "".join(rows)
        + "</table>"
    )


class CompareDialog(QDialog):
    def __init__(
        self, comparison: Any, old_name: str, new_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("compareDialog")
        self.setWindowTitle(self.tr("Compare drafts"))
        self.resize(1100, 700)
        layout = QVBoxLayout(self)
        summary = QLabel(comparison.summary(), self)
        summary.setWordWrap(True)
        layout.addWidget(summary)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("compareView")
        self.browser.setAccessibleName(self.tr("Differences between the drafts"))
        self.browser.setHtml(comparison_html(comparison, old_name, new_name))
        layout.addWidget(self.browser, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
