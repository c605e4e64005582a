"""Register an incoming item: the clerk's first step (docs/RULES.md §2, §3 and §9)."""

from __future__ import annotations

import itertools
import logging
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.deadlines import review_due
from workbench.domain.errors import WorkbenchError
from workbench.domain.fields import MAX_TITLE
from workbench.domain.kinds import KIND_INFO, Kind
from workbench.services import calendar as calendar_service
from workbench.services import items as item_service
from workbench.services import office as office_service
from workbench.ui.amounts import parse_amount_input
from workbench.ui.context import AppContext
from workbench.ui.dialogs._common import NoteLabel, format_date, kind_label, to_date, to_qdate
from workbench.ui.dialogs.docx_drop import DocxDropFilter
from workbench.ui.widgets.date_edit import DateEdit

EARLIEST_YEAR = 1990

log = logging.getLogger(__name__)


class RegisterDialog(QDialog):
    """Register one item. Drop a .docx (or use "Fill from file…") to pre-fill title, 文号, unit.

    After ``exec()`` returns Accepted, :meth:`registered_reg_no` gives the new number.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._today = ctx.svc.today()
        self._office = office_service.get_office(ctx.svc)
        self._calendar = calendar_service.current_calendar(ctx.svc)
        self._registered: str | None = None
        #: the .docx the form was filled from: attached to the new item
        self._source_docx: Path | None = None
        self.attachment_error: str | None = None
        self.setWindowTitle(self.tr("Register item"))
        self.setAcceptDrops(True)
        self._build(office_service.known_units(ctx.svc), office_service.known_counsel(ctx.svc))
        self._on_kind_changed()
        self._kind.setFocus()

    # --- layout -----------------------------------------------------------------------------

    def _build(self, units: list[str], counsel: list[str]) -> None:
        self._kind = QComboBox()
        for kind in Kind:
            self._kind.addItem(kind_label(kind), kind.value)
        self._title = QLineEdit()
        self._title.setMaxLength(MAX_TITLE)
        self._title.setPlaceholderText(self.tr("Title of the draft or contract"))
        self._unit = self._name_combo(units)
        self._received = DateEdit()
        self._received.setDate(to_qdate(self._today))
        self._received.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._counsel = self._name_combo(counsel)
        self._doc_no = QLineEdit()
        self._doc_no.setMaxLength(100)
        self._doc_no.setPlaceholderText(self.tr("e.g. 辽科发〔2023〕16号 (may be left blank)"))
        self._counterparty = QLineEdit()
        self._counterparty.setMaxLength(200)
        self._amount = QLineEdit()
        self._amount.setPlaceholderText(self.tr("in yuan, e.g. 120000.00"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows: list[tuple[str, QWidget]] = [
            (self.tr("&Kind:"), self._kind),
            (self.tr("&Title:"), self._title),
            (self.tr("Drafting &unit:"), self._unit),
            (self.tr("Received &on:"), self._received),
            (self.tr("&Counsel:"), self._counsel),
            (self.tr("&Document No.:"), self._doc_no),
            (self.tr("Counter&party:"), self._counterparty),
            (self.tr("&Amount (yuan):"), self._amount),
        ]
        for text, widget in rows:
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":："))
            form.addRow(label, widget)
        self._form = form

        self._due = QLabel()
        self._due.setAccessibleName(self.tr("Review due date"))
        font = self._due.font()
        font.setBold(True)
        self._due.setFont(font)
        self._calendar_note = NoteLabel()
        self._reason = NoteLabel()
        self._reason.setAccessibleName(self.tr("Why the item cannot be registered yet"))
        self._file_note = NoteLabel()

        self._fill = QPushButton(self.tr("&Fill from file…"))
        self._fill.setToolTip(
            self.tr("Read title, document number and drafting unit from a .docx draft.")
        )
        self._fill.setAccessibleName(self.tr("Fill from file"))
        drop_hint = QLabel(self.tr("or drop a .docx file onto this window"))
        drop_hint.setEnabled(False)
        file_row = QHBoxLayout()
        file_row.addWidget(self._fill)
        file_row.addWidget(drop_hint, 1)

        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self._ok = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setText(self.tr("&Register"))
        self._buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(self._file_note)
        layout.addLayout(form)
        layout.addWidget(self._due)
        layout.addWidget(self._calendar_note)
        layout.addStretch(1)
        layout.addWidget(self._reason)
        layout.addWidget(self._buttons)
        self.setMinimumWidth(560)

        cancel = self._buttons.button(QDialogButtonBox.StandardButton.Cancel)
        order: list[QWidget] = [self._fill, *(w for _, w in rows), self._ok, cancel]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self._drop = DocxDropFilter(self)
        self._drop.dropped.connect(self.fill_from_docx)
        for watched in (self, *self.findChildren(QLineEdit)):
            watched.installEventFilter(self._drop)

        self._kind.currentIndexChanged.connect(self._on_kind_changed)
        self._title.textChanged.connect(self._refresh)
        self._amount.textChanged.connect(self._refresh)
        self._received.dateChanged.connect(self._refresh)
        self._received.refused.connect(self._reason.show_error)
        self._fill.clicked.connect(self._on_fill_clicked)
        self._buttons.accepted.connect(self._on_buttons_accepted)
        self._buttons.rejected.connect(self.reject)

    @staticmethod
    def _name_combo(names: list[str]) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItems(names)
        combo.setCurrentIndex(-1)
        combo.clearEditText()
        completer = combo.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        return combo

    # --- state ------------------------------------------------------------------------------

    def registered_reg_no(self) -> str | None:
        """The registration number given to the new item, once registered."""
        return self._registered

    def kind(self) -> Kind:
        return Kind(self._kind.currentData())

    def _on_kind_changed(self, _index: int = 0) -> None:
        contract = KIND_INFO[self.kind()].contract
        self._form.setRowVisible(self._counterparty, contract)
        self._form.setRowVisible(self._amount, contract)
        self._refresh()

    def _amount_value(self) -> Decimal | None:
        """The amount typed (see :func:`parse_amount_input`); raises ``ValueError``."""
        return parse_amount_input(self._amount.text())

    def _problem(self) -> str | None:
        """Why OK is disabled, in one sentence; ``None`` when the form can be submitted."""
        if not self._title.text().strip():
            return self.tr("Enter the title to register the item.")
        received = to_date(self._received.date())
        if received > self._today:
            return self.tr("The received date {date} is later than today.").format(
                date=format_date(received)
            )
        if received.year < EARLIEST_YEAR:
            return self.tr("The received date {date} is too early.").format(
                date=format_date(received)
            )
        if KIND_INFO[self.kind()].contract:
            try:
                self._amount_value()
            except ValueError:
                return self.tr(
                    "The amount must be a number of yuan, such as 120000, 1,200,000 or 12万."
                )
        return None

    def _refresh(self, *_args: Any) -> None:
        problem = self._problem()
        self._ok.setEnabled(problem is None)
        if problem:
            self._reason.show_error(problem)
        else:
            self._reason.clear_note()
        self._show_due()

    def _show_due(self) -> None:
        received = to_date(self._received.date())
        period = self._office.period(self.kind())
        try:
            due = review_due(self._calendar, received, period)
        except (ValueError, OverflowError):
            self._due.clear()
            self._calendar_note.clear_note()
            return
        assert due is not None  # no pauses: the clock always gives a date
        self._due.setText(
            self.tr("Review due: {date} ({n} working days)").format(date=format_date(due), n=period)
        )
        missing = self._calendar.missing_years([received, due])
        if missing:
            years = ", ".join(str(y) for y in missing)
            self._calendar_note.show_warning(
                self.tr(
                    "No holiday schedule for {years}: Monday to Friday are counted as working "
                    "days, so the due date may be wrong. An administrator can enter the State "
                    "Council notice under Settings › Holidays."
                ).format(years=years)
            )
        else:
            self._calendar_note.clear_note()

    # --- filling from a .docx ---------------------------------------------------------------

    def _ask_docx_path(self) -> str | None:
        """Ask for a .docx file (tests replace this method)."""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Fill from a Word document"), "", self.tr("Word documents (*.docx)")
        )
        return path or None

    def _on_fill_clicked(self) -> None:
        path = self._ask_docx_path()
        if path:
            self.fill_from_docx(Path(path))

    def fill_from_docx(self, path: Path) -> None:
        """Pre-fill title, 文号 and drafting unit from what the document says about itself."""
        try:
            from workbench.documents.errors import DocumentError
            from workbench.documents.inspect import inspect_docx
        except ImportError:  # a build without the documents package
            self._file_note.show_error(
                self.tr("Reading Word documents is not available in this installation.")
            )
            return
        try:
            found = inspect_docx(path)
        except DocumentError as exc:
            self._file_note.show_error(str(exc))
            return
        self._source_docx = path
        filled: list[str] = []
        title = (getattr(found, "title", None) or "").strip()
        if title:
            self._title.setText(title[:MAX_TITLE])
            filled.append(self.tr("title"))
        doc_no = (getattr(found, "doc_no", None) or "").strip()
        if doc_no:
            self._doc_no.setText(doc_no)
            filled.append(self.tr("document number"))
        unit = (getattr(found, "unit", None) or "").strip()
        if unit:
            self._unit.setEditText(unit)
            filled.append(self.tr("drafting unit"))
        if filled:
            self._file_note.show_ok(
                self.tr("Filled in from {file}: {fields}. Please check them.").format(
                    file=path.name, fields=self.tr(", ").join(filled)
                )
            )
        else:
            self._file_note.show_warning(
                self.tr(
                    "{file} does not show a title, document number or drafting unit that could "
                    "be read; please type them."
                ).format(file=path.name)
            )
        self._title.setFocus()

    # --- registering ------------------------------------------------------------------------

    def _on_buttons_accepted(self) -> None:
        if self._problem() is not None:
            self._refresh()
            return
        contract = KIND_INFO[self.kind()].contract
        new = item_service.NewItem(
            kind=self.kind(),
            title=self._title.text(),
            received_on=to_date(self._received.date()),
            unit=self._unit.currentText(),
            counsel=self._counsel.currentText(),
            doc_no=self._doc_no.text(),
            counterparty=self._counterparty.text() if contract else "",
            amount=self._amount_value() if contract else None,
        )
        try:
            view = item_service.register(self._ctx.svc, new)
        except WorkbenchError as exc:
            self._reason.show_error(str(exc))
            return
        self._registered = view.reg_no
        if self._source_docx is not None:
            self._attach(view.reg_no, self._source_docx)
        self.accept()

    def _attach(self, reg_no: str, path: Path) -> None:
        """Attach the draft the form was filled from (the item is registered either way)."""
        from workbench.services import attachments

        try:
            attachments.add_attachment(self._ctx.svc, reg_no, path)
        except (WorkbenchError, OSError) as exc:
            log.warning("could not attach %s to %s: %s", path, reg_no, exc)
            self.attachment_error = str(exc)
            self._warn(
                self.tr("File not attached"),
                self.tr("%1 “%2” is registered, but %3 could not be attached to it: %4")
                .replace("%1", reg_no)
                .replace("%2", self._title.text().strip())
                .replace("%3", path.name)
                .replace("%4", str(exc) or type(exc).__name__),
            )

    def _warn(self, title: str, text: str) -> None:
        """A warning box (a method, so that tests can answer it)."""
        QMessageBox.warning(self, title, text)
