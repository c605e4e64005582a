"""What the queue area shows when there is nothing to list."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from workbench.ui.icons import app_icon


class EmptyState(QWidget):
    """A fresh database: say what the program is for and offer the three ways to start."""

    registerRequested = Signal()
    importRequested = Signal()
    demoRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        icon = QLabel(self)
        icon.setPixmap(app_icon().pixmap(96, 96))
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = QLabel(self.tr("No items yet"), self)
        title.setObjectName("emptyTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        text = QLabel(
            self.tr(
                "The queue lists every normative document and contract sent for legality "
                "review, with its deadline. Register the first item, bring in your existing "
                "Excel ledger, or look around with sample data first."
            ),
            self,
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setMaximumWidth(560)
        text.setMinimumWidth(320)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(text, 4)
        centred.addStretch(1)
        self.register_button = QPushButton(self.tr("Register an item…"), self)
        self.register_button.setObjectName("emptyRegisterButton")
        self.register_button.setAccessibleName(self.tr("Register an item"))
        self.register_button.setDefault(True)
        self.import_button = QPushButton(self.tr("Import a ledger…"), self)
        self.import_button.setObjectName("emptyImportButton")
        self.import_button.setAccessibleName(self.tr("Import a ledger"))
        self.demo_button = QPushButton(self.tr("Load sample data"), self)
        self.demo_button.setObjectName("emptyDemoButton")
        self.demo_button.setAccessibleName(self.tr("Load sample data"))
        self.demo_button.setToolTip(
            self.tr("300 realistic sample items, to try the program (only into an empty database)")
        )
        for button in (self.register_button, self.import_button, self.demo_button):
            button.setMinimumHeight(button.sizeHint().height() + 8)
            button.setMinimumWidth(button.sizeHint().width() + 24)
        self.register_button.clicked.connect(self.registerRequested)
        self.import_button.clicked.connect(self.importRequested)
        self.demo_button.clicked.connect(self.demoRequested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.register_button, self.import_button, self.demo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(icon)
        layout.addWidget(title)
        layout.addLayout(centred)
        layout.addSpacing(16)
        layout.addLayout(buttons)
        layout.addStretch(3)


class NoMatches(QWidget):
    """The view, search or filters leave nothing: say so and offer to widen the search."""

    clearRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noMatches")
        self.label = QLabel(self.tr("Nothing in this view matches."), self)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.clear_button = QPushButton(self.tr("Clear search and filters"), self)
        self.clear_button.setObjectName("clearSearchButton")
        self.clear_button.setAccessibleName(self.tr("Clear search and filters"))
        self.clear_button.clicked.connect(self.clearRequested)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def set_searching(self, searching: bool) -> None:
        self.clear_button.setVisible(searching)
        self.label.setText(
            self.tr("Nothing matches the search and filters.")
            if searching
            else self.tr("Nothing in this view right now.")
        )
