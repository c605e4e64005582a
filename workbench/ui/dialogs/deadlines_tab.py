"""The settings tab for office-wide deadlines, filing and registration numbers."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.errors import WorkbenchError
from workbench.domain.kinds import Kind
from workbench.domain.office import (
    MAJOR_DECISION_MIN_BASIS,
    OfficeSettings,
    check_reg_no_pattern,
    format_reg_no,
    short_review_periods,
)
from workbench.services.office import MAX_FILING_DAYS, MAX_IDLE_LOCK_MINUTES, MAX_PERIOD_DAYS
from workbench.ui.dialogs._common import NoteLabel, kind_label


class DeadlinesTab(QWidget):
    """Review period per kind, filing days and authority, reg-no pattern, office name."""

    changed = Signal()

    def __init__(self, office: OfficeSettings, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._year = year
        self._periods: dict[Kind, QSpinBox] = {}
        periods = QGroupBox(self.tr("Review period (working days after the received date)"))
        periods_form = QFormLayout(periods)
        for kind in Kind:
            spin = QSpinBox()
            spin.setRange(1, MAX_PERIOD_DAYS)
            spin.setSuffix(self.tr(" working days"))
            spin.setValue(office.period(kind))
            spin.setAccessibleName(self.tr("Review period of {kind}").format(kind=kind_label(kind)))
            spin.valueChanged.connect(self.changed)
            spin.valueChanged.connect(self._on_period_valueChanged)
            self._periods[kind] = spin
            spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            # "&" in a label is a mnemonic marker: "S&T" must be written "S&&T"
            periods_form.addRow(kind_label(kind).replace("&", "&&") + self.tr(":"), spin)
        policy = QLabel(
            self.tr(
                "These periods are this office's own policy (本机关工作规则): no law or "
                "regulation sets them. For a major administrative decision, {basis} asks for a "
                "review time of generally no less than 7 working days."
            ).format(basis=MAJOR_DECISION_MIN_BASIS)
        )
        policy.setWordWrap(True)
        policy.setObjectName("reviewPeriodPolicy")
        periods_form.addRow(policy)
        self._period_note = NoteLabel()
        periods_form.addRow(self._period_note)

        self._filing_days = QSpinBox()
        self._filing_days.setRange(1, MAX_FILING_DAYS)
        self._filing_days.setSuffix(self.tr(" days"))
        self._filing_days.setValue(office.filing_days)
        self._filing_days.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        filing_basis = self.tr(
            "Calendar days after publication: 《辽宁省规章规范性文件备案办法》第三条 (a normative "
            "document is filed within 15 days of its publication). The day of publication is "
            "not counted, and a last day on a day off moves to the next working day "
            "(《中华人民共和国民法典》第二百零一条、第二百零三条)."
        )
        self._filing_days.setToolTip(filing_basis)
        self._filing_basis = QLabel(filing_basis)
        self._filing_basis.setWordWrap(True)
        self._filing_basis.setObjectName("filingBasis")
        self._authority = QLineEdit(office.filing_authority)
        self._pattern = QLineEdit(office.reg_no_pattern)
        self._pattern.setToolTip(
            self.tr("{year} is the year received, {seq:03d} the running number (001, 002, …).")
        )
        self._example = QLabel()
        self._pattern_note = NoteLabel()
        self._office_name = QLineEdit(office.office_name)
        self._idle_lock = QSpinBox()
        self._idle_lock.setRange(0, MAX_IDLE_LOCK_MINUTES)
        self._idle_lock.setSuffix(self.tr(" minutes"))
        self._idle_lock.setSpecialValueText(self.tr("Never"))
        self._idle_lock.setValue(office.idle_lock_minutes)
        self._idle_lock.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._idle_lock.setToolTip(
            self.tr(
                "Shared server only: after this long without keyboard or mouse input the window "
                "is locked until the user enters their password again. 0 = never."
            )
        )

        other = QGroupBox(self.tr("Filing and numbering"))
        form = QFormLayout(other)
        rows: list[tuple[str, QWidget]] = [
            (self.tr("&Filing due after publication:"), self._filing_days),
            ("", self._filing_basis),
            (self.tr("Filing &authority:"), self._authority),
            (self.tr("Registration &number pattern:"), self._pattern),
            ("", self._example),
            ("", self._pattern_note),
            (self.tr("&Office name:"), self._office_name),
            (self.tr("&Lock when idle after:"), self._idle_lock),
        ]
        for text, widget in rows:
            if text:
                label = QLabel(text)
                label.setBuddy(widget)
                widget.setAccessibleName(text.replace("&", "").rstrip(":："))
                form.addRow(label, widget)
            else:
                form.addRow(widget)

        note = QLabel(
            self.tr(
                "These settings are the same for every user. Items registered from now on get "
                "due dates from them; items already registered keep theirs."
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(periods)
        layout.addWidget(other)
        layout.addWidget(note)
        layout.addStretch(1)

        self._filing_days.valueChanged.connect(self.changed)
        self._idle_lock.valueChanged.connect(self.changed)
        for edit in (self._authority, self._office_name):
            edit.textChanged.connect(self.changed)
        self._pattern.textChanged.connect(self._on_pattern_textChanged)
        self._on_pattern_textChanged(self._pattern.text())
        self._on_period_valueChanged()

    def first_field(self) -> QWidget:
        return self._periods[Kind.NORMATIVE]

    def set_read_only(self, read_only: bool) -> None:
        for spin in (*self._periods.values(), self._filing_days, self._idle_lock):
            spin.setReadOnly(read_only)
        for edit in (self._authority, self._pattern, self._office_name):
            edit.setReadOnly(read_only)

    def _on_period_valueChanged(self, _value: int = 0) -> None:
        self._period_note.clear_note()
        short = short_review_periods({k: spin.value() for k, spin in self._periods.items()})
        if short:
            self._period_note.show_warning(
                "\n".join(
                    self.tr(
                        "{kind}: {days} working days is less than the {floor} working days "
                        "{basis} asks for (“一般不少于7个工作日”)."
                    ).format(
                        kind=kind_label(kind),
                        days=days,
                        floor=floor,
                        basis=MAJOR_DECISION_MIN_BASIS,
                    )
                    for kind, days, floor in short
                )
            )

    def period_warning(self) -> str:
        """The warning shown under the review periods ("" when there is none)."""
        return self._period_note.text()

    def _on_pattern_textChanged(self, text: str) -> None:
        try:
            check_reg_no_pattern(text.strip())
        except WorkbenchError as exc:
            self._example.clear()
            self._pattern_note.show_error(str(exc))
        else:
            self._pattern_note.clear_note()
            self._example.setText(
                self.tr("Example: {first}, {second}").format(
                    first=format_reg_no(text.strip(), self._year, 1),
                    second=format_reg_no(text.strip(), self._year, 2),
                )
            )
        self.changed.emit()

    def problem(self) -> str | None:
        """The first reason these settings cannot be saved, or ``None``."""
        try:
            check_reg_no_pattern(self._pattern.text().strip())
        except WorkbenchError as exc:
            return str(exc)
        if not self._authority.text().strip():
            return self.tr("Enter the filing authority.")
        if not self._office_name.text().strip():
            return self.tr("Enter the office name.")
        return None

    def office(self) -> OfficeSettings:
        return OfficeSettings(
            review_days={k: spin.value() for k, spin in self._periods.items()},
            filing_days=self._filing_days.value(),
            filing_authority=self._authority.text().strip(),
            reg_no_pattern=self._pattern.text().strip(),
            office_name=self._office_name.text().strip(),
            idle_lock_minutes=self._idle_lock.value(),
        )

    # for tests and scripts
    def set_period(self, kind: Kind, days: int) -> None:
        self._periods[kind].setValue(days)

    def set_pattern(self, text: str) -> None:
        self._pattern.setText(text)

    def example_text(self) -> str:
        return self._example.text()
