"""One ledger row → the values of one item, or the list of what is wrong with it.

Every problem of a row is collected (not just the first), each naming the column. A row's
cells are read by :mod:`workbench.reports.ledger_cells` and checked against each other by
:mod:`workbench.reports.ledger_rules`; here an imported item gets the same computed fields as a
registered one: the review due date from the working calendar, the filing due date, the
validity, the normalised document number, and its status.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from workbench.domain.calendar import WorkCalendar
from workbench.domain.deadlines import default_valid_until, filing_due, review_clock
from workbench.domain.docno import normalize_doc_no
from workbench.domain.kinds import Kind
from workbench.domain.messages import Msg, msg
from workbench.domain.office import OfficeSettings
from workbench.domain.opinions import Conclusion
from workbench.domain.statuses import Status
from workbench.reports.ledger import HeaderMap, RowProblem
from workbench.reports.ledger_cells import read_cells
from workbench.reports.ledger_rules import check_rules


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

    def has_problem(self, key: str) -> bool:
        """Whether column ``key`` already has a problem."""
        label = self.header.label(key)
        return any(p.column == label for p in self.problems)

    def read(self, raw: Mapping[str, Any]) -> None:
        """Read the row's cells into ``v``; a cell that cannot be read is a problem."""
        self.v.update(read_cells(raw, self.today, self.problem))

    def check(self, fallback_status: Status | None = None) -> Status | None:
        """Cross-field rules; returns the item's status (stated or derived), if it can tell."""
        return check_rules(self, fallback_status)

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
