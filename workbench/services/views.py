"""Typed results that services hand to the CLI and the GUI."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from workbench.domain.calendar import WorkCalendar
from workbench.domain.deadlines import due_state, evaluation_from
from workbench.domain.kinds import Kind
from workbench.domain.statuses import OPEN_REVIEW, Status


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


@dataclass(frozen=True)
class OpinionView:
    revision: int
    counsel: str
    issued_on: dt.date
    conclusion: str
    text: str
    basis: str
    defects: tuple[str, ...]
    superseded: bool
    #: the login who issued it (the assigned counsel may be someone else)
    issued_by: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "revision": self.revision,
            "counsel": self.counsel,
            "issued_by": self.issued_by,
            "issued_on": _iso(self.issued_on),
            "conclusion": self.conclusion,
            "text": self.text,
            "basis": self.basis,
            "defects": list(self.defects),
            "superseded": self.superseded,
        }


@dataclass(frozen=True)
class PauseView:
    returned_on: dt.date
    reason: str
    resubmitted_on: dt.date | None

    def to_json(self) -> dict[str, Any]:
        return {
            "returned_on": _iso(self.returned_on),
            "reason": self.reason,
            "resubmitted_on": _iso(self.resubmitted_on),
        }


@dataclass(frozen=True)
class ItemView:
    """One item as a person sees it, with its deadline flags worked out for ``today``."""

    id: int
    reg_no: str
    kind: Kind
    title: str
    unit: str
    status: Status
    counsel: str
    received_on: dt.date
    review_due_on: dt.date | None
    paused_remaining: int | None
    opinion_on: dt.date | None
    conclusion: str | None
    doc_no: str
    published_on: dt.date | None
    filing_due_on: dt.date | None
    filed_on: dt.date | None
    filing_authority: str
    filing_ref: str
    filing_result: str | None
    filing_result_on: dt.date | None
    valid_until: dt.date | None
    ended_on: dt.date | None
    withdrawn_on: dt.date | None
    counterparty: str
    amount: Decimal | None
    fair_review_required: bool
    fair_review_done: bool
    notes: str
    tags: str
    version: int
    overdue: bool
    due_soon: bool
    evaluation_due: bool
    opinions: tuple[OpinionView, ...] = field(default=())
    pauses: tuple[PauseView, ...] = field(default=())
    #: working days from today to a review deadline still ahead (the review clock counts
    #: working days; a filing deadline counts calendar days)
    review_workdays_left: int | None = None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "reg_no": self.reg_no,
            "kind": self.kind.value,
            "title": self.title,
            "unit": self.unit,
            "status": self.status.value,
            "counsel": self.counsel,
            "received_on": _iso(self.received_on),
            "review_due_on": _iso(self.review_due_on),
            "opinion_on": _iso(self.opinion_on),
            "conclusion": self.conclusion,
            "doc_no": self.doc_no,
            "published_on": _iso(self.published_on),
            "filing_due_on": _iso(self.filing_due_on),
            "filed_on": _iso(self.filed_on),
            "overdue": self.overdue,
            "due_soon": self.due_soon,
            "review_paused": self.status is Status.RETURNED,
            "paused_remaining_workdays": self.paused_remaining,
            "filing_authority": self.filing_authority,
            "filing_ref": self.filing_ref,
            "filing_result": self.filing_result,
            "valid_until": _iso(self.valid_until),
            "ended_on": _iso(self.ended_on),
            "evaluation_due": self.evaluation_due,
            "counterparty": self.counterparty,
            "amount": str(self.amount) if self.amount is not None else None,
            "notes": self.notes,
            "version": self.version,
        }
        return data

    def to_json_full(self) -> dict[str, Any]:
        data = self.to_json()
        data["opinions"] = [o.to_json() for o in self.opinions]
        data["pauses"] = [p.to_json() for p in self.pauses]
        data["withdrawn_on"] = _iso(self.withdrawn_on)
        data["filing_result_on"] = _iso(self.filing_result_on)
        data["fair_review_required"] = self.fair_review_required
        data["fair_review_done"] = self.fair_review_done
        data["tags"] = self.tags
        return data


def active_due(
    status: Status, review_due: dt.date | None, filing_due: dt.date | None
) -> dt.date | None:
    """The deadline that is running for an item in ``status``, if any."""
    if status in OPEN_REVIEW:
        return review_due
    if status is Status.PUBLISHED:
        return filing_due
    return None


def item_view(
    row: Any,
    cal: WorkCalendar,
    today: dt.date,
    opinions: tuple[OpinionView, ...] = (),
    pauses: tuple[PauseView, ...] = (),
) -> ItemView:
    status = Status(row.status)
    due = active_due(status, row.review_due_on, row.filing_due_on)
    state = due_state(cal, due, done=False, today=today)
    evaluation = bool(
        status in (Status.PUBLISHED, Status.FILED)
        and row.valid_until is not None
        and evaluation_from(row.valid_until) <= today
    )
    return ItemView(
        id=row.id,
        reg_no=row.reg_no,
        kind=Kind(row.kind),
        title=row.title,
        unit=row.unit,
        status=status,
        counsel=row.counsel,
        received_on=row.received_on,
        review_due_on=row.review_due_on,
        paused_remaining=row.paused_remaining,
        opinion_on=row.opinion_on,
        conclusion=row.conclusion,
        doc_no=row.doc_no,
        published_on=row.published_on,
        filing_due_on=row.filing_due_on,
        filed_on=row.filed_on,
        filing_authority=row.filing_authority,
        filing_ref=row.filing_ref,
        filing_result=row.filing_result,
        filing_result_on=row.filing_result_on,
        valid_until=row.valid_until,
        ended_on=row.ended_on,
        withdrawn_on=row.withdrawn_on,
        counterparty=row.counterparty,
        amount=row.amount,
        fair_review_required=bool(row.fair_review_required),
        fair_review_done=bool(row.fair_review_done),
        notes=row.notes,
        tags=row.tags,
        version=row.version,
        overdue=state.overdue,
        due_soon=state.due_soon,
        evaluation_due=evaluation,
        opinions=opinions,
        pauses=pauses,
        review_workdays_left=(
            cal.workdays_between(today, due)
            if due is not None and status in OPEN_REVIEW and due >= today
            else None
        ),
    )
