"""The short user guide (Help menu): Markdown files in ``resources/guide`` in a text browser."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from workbench.resources import resource
from workbench.ui import glossary


def guide_file(language: str) -> Path:
    """The guide in ``language`` ("zh_CN", "zh", "en"…); English for anything not Chinese."""
    name = "guide_zh_CN.md" if language.lower().startswith("zh") else "guide_en.md"
    return resource("guide", name)


class GuideDialog(QDialog):
    """A resizable window with the guide; links to other sites open in the browser."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(glossary.term(glossary.USER_GUIDE))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setAccessibleName(glossary.term(glossary.USER_GUIDE))
        path = guide_file(language)
        try:
            self.browser.setMarkdown(path.read_text(encoding="utf-8"))
        except OSError:
            self.browser.setPlainText(
                self.tr("The user guide is missing from this installation ({file}).").format(
                    file=path
                )
            )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(760, 640)
        self.browser.setFocus()

    def text(self) -> str:
        return self.browser.toPlainText()


def show_user_guide(parent: QWidget | None, language: str) -> GuideDialog:
    """Open the guide beside the main window (not modal) and return its window."""
    dialog = GuideDialog(language, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.show()
    dialog.raise_()
    return dialog
