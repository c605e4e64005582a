"""The rules between the cells of one ledger row: dates in order, what only a normative
document may have, and the status — stated, or derived from the dates when the ledger leaves it
blank (withdrawn only when stated) — against the dates. Every broken rule is a problem of the
row, naming its column."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from workbench.domain.deadlines import default_valid_until
from workbench.domain.kinds import KIND_INFO, Kind, kind_term
from workbench.domain.opinions import Conclusion
from workbench.domain.statuses import OPEN_REVIEW, Status, status_term
from workbench.reports.ledger import COLUMN_BY_KEY

if TYPE_CHECKING:
    from workbench.reports.ledger_rows import RowCheck

_BEFORE_OPINION = frozenset(
    {Status.REGISTERED, Status.IN_REVIEW, Status.RETURNED, Status.WITHDRAWN}
)
_PUBLISHED = frozenset({Status.PUBLISHED, Status.FILED, Status.REPEALED, Status.EXPIRED})


def check_rules(rc: RowCheck, fallback_status: Status | None = None) -> Status | None:
    """Cross-field rules; returns the item's status (stated or derived), if it can tell."""
    v = rc.v
    kind: Kind | None = v["kind"]
    if kind is None and not any(p.column == rc.header.label("kind") for p in rc.problems):
        rc.problem("kind", "text.empty", what=COLUMN_BY_KEY["kind"].term)
    if v["received_on"] is None and not rc.has_problem("received_on"):
        rc.problem("received_on", "text.empty", what=COLUMN_BY_KEY["received_on"].term)
    for key, earlier in (
        ("review_due_on", "received_on"),
        ("opinion_on", "received_on"),
        ("published_on", "opinion_on"),
        ("filed_on", "published_on"),
        ("filing_due_on", "published_on"),
        ("ended_on", "published_on"),
    ):
        _not_before(rc, key, earlier)
    if v["conclusion"] is not None and v["opinion_on"] is None:
        rc.problem("opinion_on", "row.conclusion_without_date")
    if v["opinion_on"] is not None and v["conclusion"] is None and not rc.has_problem("conclusion"):
        rc.problem("conclusion", "row.date_without_conclusion")
    if kind is not None and not KIND_INFO[kind].filed:
        for key in ("published_on", "filed_on", "filing_due_on", "ended_on"):
            if v[key] is not None:
                rc.problem(
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
        if filed_kind and v[key] is not None and v[needs] is None and not rc.has_problem(needs):
            rc.problem(
                key,
                "row.needs_other_date",
                column=COLUMN_BY_KEY[key].term,
                needs=COLUMN_BY_KEY[needs].term,
            )
    if v["published_on"] is not None and v["conclusion"] is Conclusion.REJECT:
        rc.problem("published_on", "row.rejected_published")
    return _status(rc, kind, fallback_status)


def _not_before(rc: RowCheck, key: str, earlier_key: str) -> None:
    day, earlier = rc.v.get(key), rc.v.get(earlier_key)
    if day is not None and earlier is not None and day < earlier:
        rc.problem(
            key,
            "cell.date_before",
            day=day,
            earlier_what=COLUMN_BY_KEY[earlier_key].term,
            earlier=earlier,
        )


def _status(rc: RowCheck, kind: Kind | None, fallback: Status | None) -> Status | None:
    v = rc.v
    stated: Status | None = v["status"]
    status = stated or derive_status(v, kind, fallback)
    if status is None:
        return None
    label = status_term(status)
    column = COLUMN_BY_KEY
    if status in _BEFORE_OPINION and v["opinion_on"] is not None:
        if status is Status.WITHDRAWN:
            rc.problem("opinion_on", "row.withdrawn_with_opinion")
        else:
            rc.problem(
                "status", "row.status_but_date", status=label, column=column["opinion_on"].term
            )
    missing_opinion = v["opinion_on"] is None and not rc.has_problem("opinion_on")
    if status not in _BEFORE_OPINION and missing_opinion:
        rc.problem(
            "opinion_on",
            "row.status_needs_date",
            status=label,
            column=column["opinion_on"].term,
        )
    if status in _PUBLISHED:
        if kind is not None and not KIND_INFO[kind].filed:
            rc.problem("status", "row.status_normative_only", status=label)
        elif v["published_on"] is None and not rc.has_problem("published_on"):
            rc.problem(
                "published_on",
                "row.status_needs_date",
                status=label,
                column=column["published_on"].term,
            )
    elif v["published_on"] is not None and status is Status.OPINION_ISSUED:
        rc.problem(
            "status", "row.status_but_date", status=label, column=column["published_on"].term
        )
    if status is Status.FILED and v["filed_on"] is None and not rc.has_problem("filed_on"):
        rc.problem(
            "filed_on", "row.status_needs_date", status=label, column=column["filed_on"].term
        )
    if status is Status.PUBLISHED and v["filed_on"] is not None:
        rc.problem("status", "row.published_but_filed", status=label)
    if status is Status.REPEALED and v["ended_on"] is None and not rc.has_problem("ended_on"):
        rc.problem(
            "ended_on", "row.status_needs_date", status=label, column=column["ended_on"].term
        )
    if status not in (Status.REPEALED, Status.EXPIRED) and v["ended_on"] is not None:
        rc.problem("status", "row.status_but_date", status=label, column=column["ended_on"].term)
    return status


def derive_status(v: dict[str, Any], kind: Kind | None, fallback: Status | None) -> Status | None:
    """The status the dates imply; withdrawn only when stated (or already stored)."""
    # publication dates on a contract are reported as a problem, not read as a status
    if kind is None or KIND_INFO[kind].filed:
        if v["ended_on"] is not None:
            return _ended_status(v)
        if v["filed_on"] is not None:
            return Status.FILED
        if v["published_on"] is not None:
            return Status.PUBLISHED
    if v["opinion_on"] is not None:
        return Status.OPINION_ISSUED
    if fallback is not None and (fallback in OPEN_REVIEW or fallback is Status.WITHDRAWN):
        return fallback
    return Status.IN_REVIEW if v["counsel"] else Status.REGISTERED


def _ended_status(v: dict[str, Any]) -> Status:
    """Expired when the end date is the day after the validity runs out, else repealed."""
    if v["published_on"] is not None and v["title"]:
        natural_end = default_valid_until(v["title"], v["published_on"])
        if v["ended_on"] == natural_end + dt.timedelta(days=1):
            return Status.EXPIRED
    return Status.REPEALED
