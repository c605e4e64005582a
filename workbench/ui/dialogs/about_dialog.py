"""About: product, version, where the data and settings live, the Qt and Python underneath."""

from __future__ import annotations

import html
import platform
import sys

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

import workbench
from workbench.paths import app_paths
from workbench.ui.context import AppContext

PRODUCT_ZH = "合法性审核工作台"
PRODUCT_EN = "Review Workbench"


class AboutDialog(QDialog):
    """Shows the product name in both languages, version, locations and component versions.

    ``ctx`` (optional) adds the database actually in use.
    """

    def __init__(self, parent: QWidget | None = None, ctx: AppContext | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Review Workbench"))
        paths = ctx.paths if ctx is not None else app_paths()
        rows = [
            (self.tr("Version"), workbench.__version__),
            (self.tr("Data folder"), str(paths.data_dir)),
            (self.tr("Settings folder"), str(paths.config_dir)),
        ]
        if ctx is not None:
            rows.append((self.tr("Database"), ctx.svc.db.target.display()))
        if paths.portable:
            rows.append((self.tr("Mode"), self.tr("portable (WORKBENCH_DATA_DIR)")))
        rows += [
            (self.tr("Qt"), f"{qVersion()} (PySide6 {PySide6.__version__})"),
            (self.tr("Python"), f"{platform.python_version()} ({sys.platform})"),
        ]
        table = "".join(
            f"<tr><td style='padding-right:12px'><b>{html.escape(k)}</b></td>"
            f"<td>{html.escape(v)}</td></tr>"
            for k, v in rows
        )
        title = QLabel(f"<h2>{PRODUCT_ZH}</h2><p style='font-size:large'>{PRODUCT_EN}</p>")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        summary = QLabel(
            self.tr(
                "Registers items sent for legality review, tracks review and filing deadlines "
                "in working days, records opinions and filing, and exports the yearly counts."
            )
        )
        summary.setWordWrap(True)
        details = QLabel(f"<table>{table}</table>")
        details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        details.setWordWrap(True)
        details.setAccessibleName(self.tr("Version and locations"))
        licence = QLabel(
            self.tr(
                "Licence: proprietary, for use by the office that installed it. "
                "Qt for Python (PySide6) is used under the GNU LGPL v3."
            )
        )
        licence.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(summary)
        layout.addWidget(details)
        layout.addWidget(licence)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self._text = "\n".join([PRODUCT_ZH, PRODUCT_EN] + [f"{k}: {v}" for k, v in rows])
        buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()

    def plain_text(self) -> str:
        """Everything shown, as text (for "copy to clipboard" and tests)."""
        return self._text
