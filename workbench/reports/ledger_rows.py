"""One ledger row → the values of one item, or the list of what is wrong with it.

Every problem of a row is collected (not just the first), each naming the column. An imported
item gets the same computed fields as a registered one: the review due date from the working
calendar, the filing due date, the validity, the normalised document number, and a status
derived from the dates when the ledger leaves it blank (withdrawn only when stated).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from workbench.domain.calendar import WorkCalendar
from workbench.domain.deadlines import default_valid_until, filing_due, review_clock
from workbench.domain.docno import normalize_doc_no
from workbench.domain.errors import InvalidInput
from workbench.domain.fields import MAX_TITLE, clean_text, parse_amount
from workbench.domain.kinds import KIND_INFO, Kind, kind_term, parse_kind
from workbench.domain.messages import Msg, msg
from workbench.domain.office import OfficeSettings
from workbench.domain.opinions import CONCLUSION_LABELS, Conclusion, parse_conclusion
from workbench.domain.statuses import (
    OPEN_REVIEW,
    STATUS_LABELS,
    Status,
    parse_status,
    status_term,
)
from workbench.reports.ledger import (
    COLUMN_BY_KEY,
    CellKind,
    HeaderMap,
    RowProblem,
    cell_amount_text,
    cell_date,
    cell_text,
    is_blank,
    reason_text,
)

TEXT_LIMITS = {
    "reg_no": 40,
    "title": MAX_TITLE,
    "unit": 200,
    "counsel": 64,
    "doc_no": 100,
    "filing_authority": 200,
    "counterparty": 200,
    "notes": 20000,
}
#: Dates that record something that happened, so never after today.
PAST_DATES = ("received_on", "opinion_on", "published_on", "filed_on", "ended_on")
EARLIEST = dt.date(1990, 1, 1)
_AMOUNT_LIMIT = Decimal("1e15")
_CENT = Decimal("0.01")
#: The control characters ``clean_text`` refuses (tab and newline are allowed).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f]")
_READ_PLAN = tuple((c.key, c.cell) for c in COLUMN_BY_KEY.values())
_CODE_PARSERS: dict[str, Callable[[str], Any]] = {
    "kind": parse_kind,
    "status": parse_status,
    "conclusion": parse_conclusion,
}
#: The exact texts of every label and code (the inline fast path of :meth:`RowCheck.read`).
_KNOWN_CODES: dict[str, dict[str, Any]] = {
    "kind": {
        **{k.value: k for k in Kind},
        **{info.label_zh: k for k, info in KIND_INFO.items()},
    },
    "status": {
        **{s.value: s for s in Status},
        **{zh: s for s, (zh, _en) in STATUS_LABELS.items()},
    },
    "conclusion": {
        **{c.value: c for c in Conclusion},
        **{zh: c for c, (zh, _en) in CONCLUSION_LABELS.items()},
    },
}
_BEFORE_OPINION = frozenset(
    {Status.REGISTERED, Status.IN_REVIEW, Status.RETURNED, Status.WITHDRAWN}
)
_PUBLISHED = frozenset({Status.PUBLISHED, Status.FILED, Status.REPEALED, Status.EXPIRED})


@dataclass
class ItemDraft:
    """What one valid row becomes: item column values, and the opinion / pause to record."""

    values: dict[str, Any]
    opinion: tuple[dt.date, str, str] | None  # issued_on, conclusion, counsel
    returned: bool


@dataclass
class RowCheck:
    """Reads and checks one row; ``problems`` lists everything wrong with it."""

    row: int
    header: HeaderMap
    today: dt.date
    problems: list[RowProblem] = field(default_factory=list)
    v: dict[str, Any] = field(default_factory=dict)

    def problem(self, key: str, code: str | Msg, **params: object) -> None:
        """Record a problem in column ``key``: a code of the catalog with its parameters."""
        reason = code if isinstance(code, Msg) else msg(code, **params)
        self.problems.append(RowProblem(self.row, self.header.label(key), reason))

    # -- reading cells ------------------------------------------------------------------------

    def read(self, raw: Mapping[str, Any]) -> None:
        # The common cases (plain text, date cells, known labels) are taken inline: a ledger
        # has hundreds of thousands of cells. Anything else goes through :meth:`_cell`.
        v = self.v
        for key, kind in _READ_PLAN:
            value = raw.get(key)
            if value is None or value == "":
                if key != "title":
                    v[key] = "" if kind is CellKind.TEXT else None
                    continue
            elif type(value) is str:
                if kind is CellKind.TEXT and "\r" not in value:
                    text = value.strip()
                    if text and len(text) <= TEXT_LIMITS[key] and not _CONTROL.search(text):
                        v[key] = text
                        continue
                elif kind is CellKind.CODE and value in _KNOWN_CODES[key]:
                    v[key] = _KNOWN_CODES[key][value]
                    continue
            elif type(value) is dt.datetime and kind is CellKind.DATE:
                day = value.date()
                if day >= EARLIEST and (day <= self.today or key not in PAST_DATES):
                    v[key] = day
                    continue
            elif (type(value) is float or type(value) is int) and kind is CellKind.AMOUNT:
                # what parse_amount makes of a number cell, when it is in range
                amount = Decimal(repr(value))
                if amount.is_finite() and 0 <= amount < _AMOUNT_LIMIT:
                    v[key] = amount.quantize(_CENT)
                    continue
            try:
                v[key] = self._cell(key, kind, value)
            except InvalidInput as exc:
                self.v[key] = None
                self.problem(key, reason_text(exc))

    def _cell(self, key: str, kind: CellKind, value: Any) -> Any:
        if kind is CellKind.DATE:
            day = cell_date(value)
            if day is not None and key in PAST_DATES and day > self.today:
                raise InvalidInput("cell.date_future", day=day, today=self.today)
            if day is not None and day < EARLIEST:
                raise InvalidInput("cell.date_too_early", day=day)
            return day
        if kind is CellKind.AMOUNT:
            return parse_amount(cell_amount_text(value))
        if kind is CellKind.CODE:
            if is_blank(value):
                return None
            return _CODE_PARSERS[key](cell_text(value))
        what = COLUMN_BY_KEY[key].term
        return clean_text(cell_text(value), what, required=key == "title", limit=TEXT_LIMITS[key])

    # -- consistency --------------------------------------------------------------------------

    def _not_before(self, key: str, earlier_key: str) -> None:
        day, earlier = self.v.get(key), self.v.get(earlier_key)
        if day is not None and earlier is not None and day < earlier:
            self.problem(
                key,
                "cell.date_before",
                day=day,
                earlier_what=COLUMN_BY_KEY[earlier_key].term,
                earlier=earlier,
            )

    def check(self, fallback_status: Status | None = None) -> Status | None:
        """Cross-field rules; returns the item's status (stated or derived), if it can tell."""
        v = self.v
        kind: Kind | None = v["kind"]
        if kind is None and not any(p.column == self.header.label("kind") for p in self.problems):
            self.problem("kind", "text.empty", what=COLUMN_BY_KEY["kind"].term)
        if v["received_on"] is None and not self._has_problem("received_on"):
            self.problem("received_on", "text.empty", what=COLUMN_BY_KEY["received_on"].term)
        for key, earlier in (
            ("review_due_on", "received_on"),
            ("opinion_on", "received_on"),
            ("published_on", "opinion_on"),
            ("filed_on", "published_on"),
            ("filing_due_on", "published_on"),
            ("ended_on", "published_on"),
        ):
            self._not_before(key, earlier)
        if v["conclusion"] is not None and v["opinion_on"] is None:
            self.problem("opinion_on", "row.conclusion_without_date")
        if (
            v["opinion_on"] is not None
            and v["conclusion"] is None
            and not self._has_problem("conclusion")
        ):
            self.problem("conclusion", "row.date_without_conclusion")
        if kind is not None and not KIND_INFO[kind].filed:
            for key in ("published_on", "filed_on", "filing_due_on", "ended_on"):
                if v[key] is not None:
                    self.problem(
                        key,
                        "row.normative_only",
                        kind=kind_term(kind),
                        column=COLUMN_BY_KEY[key].term,
                    )
        filed_kind = kind is None or KIND_INFO[kind].filed
        for key, needs in (
            ("published_on", "opinion_on"),
            ("filed_on", "published_on"),
            ("ended_on", "published_on"),
        ):
            if (
                filed_kind
                and v[key] is not None
                and v[needs] is None
                and not self._has_problem(needs)
            ):
                self.problem(
                    key,
                    "row.needs_other_date",
                    column=COLUMN_BY_KEY[key].term,
                    needs=COLUMN_BY_KEY[needs].term,
                )
        if v["published_on"] is not None and v["conclusion"] is Conclusion.REJECT:
            self.problem("published_on", "row.rejected_published")
        return self._status(kind, fallback_status)

    def _has_problem(self, key: str) -> bool:
        label = self.header.label(key)
        return any(p.column == label for p in self.problems)

    def _status(self, kind: Kind | None, fallback: Status | None) -> Status | None:
        v = self.v
        stated: Status | None = v["status"]
        status = stated or self._derive(kind, fallback)
        if status is None:
            return None
        label = status_term(status)
        column = COLUMN_BY_KEY
        if status in _BEFORE_OPINION and v["opinion_on"] is not None:
            if status is Status.WITHDRAWN:
                self.problem("opinion_on", "row.withdrawn_with_opinion")
            else:
                self.problem(
                    "status", "row.status_but_date", status=label, column=column["opinion_on"].term
                )
        missing_opinion = v["opinion_on"] is None and not self._has_problem("opinion_on")
        if status not in _BEFORE_OPINION and missing_opinion:
            self.problem(
                "opinion_on",
                "row.status_needs_date",
                status=label,
                column=column["opinion_on"].term,
            )
        if status in _PUBLISHED:
            if kind is not None and not KIND_INFO[kind].filed:
                self.problem("status", "row.status_normative_only", status=label)
            elif v["published_on"] is None and not self._has_problem("published_on"):
                self.problem(
                    "published_on",
                    "row.status_needs_date",
                    status=label,
                    column=column["published_on"].term,
                )
        elif v["published_on"] is not None and status is Status.OPINION_ISSUED:
            self.problem(
                "status", "row.status_but_date", status=label, column=column["published_on"].term
            )
        if status is Status.FILED and v["filed_on"] is None and not self._has_problem("filed_on"):
            self.problem(
                "filed_on", "row.status_needs_date", status=label, column=column["filed_on"].term
            )
        if status is Status.PUBLISHED and v["filed_on"] is not None:
            self.problem("status", "row.published_but_filed", status=label)
        if (
            status is Status.REPEALED
            and v["ended_on"] is None
            and not self._has_problem("ended_on")
        ):
            self.problem(
                "ended_on", "row.status_needs_date", status=label, column=column["ended_on"].term
            )
        if status not in (Status.REPEALED, Status.EXPIRED) and v["ended_on"] is not None:
            self.problem(
                "status", "row.status_but_date", status=label, column=column["ended_on"].term
            )
        return status

    def _derive(self, kind: Kind | None, fallback: Status | None) -> Status | None:
        """The status the dates imply; withdrawn only when stated (or already stored)."""
        v = self.v
        # publication dates on a contract are reported as a problem, not read as a status
        if kind is None or KIND_INFO[kind].filed:
            if v["ended_on"] is not None:
                return self._ended_status()
            if v["filed_on"] is not None:
                return Status.FILED
            if v["published_on"] is not None:
                return Status.PUBLISHED
        if v["opinion_on"] is not None:
            return Status.OPINION_ISSUED
        if fallback is not None and (fallback in OPEN_REVIEW or fallback is Status.WITHDRAWN):
            return fallback
        return Status.IN_REVIEW if v["counsel"] else Status.REGISTERED

    def _ended_status(self) -> Status:
        """Expired when the end date is the day after the validity runs out, else repealed."""
        v = self.v
        if v["published_on"] is not None and v["title"]:
            natural_end = default_valid_until(v["title"], v["published_on"])
            if v["ended_on"] == natural_end + dt.timedelta(days=1):
                return Status.EXPIRED
        return Status.REPEALED

    # -- the item --------------------------------------------------------------------------------

    def draft(self, status: Status, cal: WorkCalendar, office: OfficeSettings) -> ItemDraft | None:
        """The item's values (only when the row has no problem)."""
        if self.problems:
            return None
        v = self.v
        kind: Kind = v["kind"]
        received: dt.date = v["received_on"]
        review_due = v["review_due_on"]
        paused = None
        if status is Status.RETURNED:
            paused = office.period(kind)
        elif review_due is None:
            review_due = review_clock(cal, received, office.period(kind)).due_on
        published = v["published_on"]
        filing_due_on = v["filing_due_on"]
        valid_until = None
        if published is not None:
            if filing_due_on is None:
                filing_due_on = filing_due(cal, published, office.filing_days)
            valid_until = default_valid_until(v["title"], published)
        ended = v["ended_on"]
        if status is Status.EXPIRED and ended is None:
            assert valid_until is not None
            ended = valid_until + dt.timedelta(days=1)
            if ended > self.today:
                self.problem("ended_on", "row.not_yet_expired", until=valid_until)
                return None
        authority = v["filing_authority"]
        if v["filed_on"] is not None and not authority:
            authority = office.filing_authority
        conclusion: Conclusion | None = v["conclusion"]
        values: dict[str, Any] = {
            "reg_no": v["reg_no"],
            "kind": kind.value,
            "title": v["title"],
            "unit": v["unit"],
            "received_on": received,
            "review_due_on": review_due,
            "paused_remaining": paused,
            "counsel": v["counsel"],
            "status": status.value,
            "doc_no": v["doc_no"],
            "doc_no_norm": normalize_doc_no(v["doc_no"]) if v["doc_no"] else "",
            "counterparty": v["counterparty"],
            "amount": v["amount"],
            "notes": v["notes"],
            "opinion_on": v["opinion_on"],
            "conclusion": conclusion.value if conclusion else None,
            "published_on": published,
            "filing_due_on": filing_due_on,
            "filed_on": v["filed_on"],
            "filing_authority": authority,
            "valid_until": valid_until,
            "ended_on": ended,
        }
        opinion = None
        if v["opinion_on"] is not None and conclusion is not None:
            opinion = (v["opinion_on"], conclusion.value, v["counsel"])
        return ItemDraft(values, opinion, status is Status.RETURNED)


def check_row(
    row: int,
    raw: Mapping[str, Any],
    header: HeaderMap,
    today: dt.date,
    cal: WorkCalendar,
    office: OfficeSettings,
    *,
    fallback_status: Status | None = None,
) -> tuple[ItemDraft | None, list[RowProblem]]:
    """Read, check and compute one row: (the item, []) or (None, every problem)."""
    rc = RowCheck(row, header, today)
    rc.read(raw)
    status = rc.check(fallback_status)
    if status is None or rc.problems:
        return None, rc.problems
    return rc.draft(status, cal, office), rc.problems


def jsonable(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def audit_values(values: Mapping[str, Any]) -> dict[str, Any]:
    """An imported item's values for its audit event: the filled-in ones.

    Dates and amounts stay as they are: the audit log writes them as ISO dates and decimal
    strings (its JSON encoder falls back to ``str``).
    """
    return {k: v for k, v in values.items() if v is not None and v != ""}
