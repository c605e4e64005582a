"""Use-cases of the review itself: start, return for materials, resubmit, issue the opinion.

Each goes through the use-case frame (:func:`workbench.services.item_core.item_use_case`): one
transaction, the permission, the row at the version the user saw, its audit event."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from workbench.domain.errors import InvalidInput
from workbench.domain.fields import clean_text
from workbench.domain.kinds import Kind
from workbench.domain.opinions import (
    Conclusion,
    Defect,
    parse_conclusion,
    parse_defect,
)
from workbench.domain.roles import Permission
from workbench.domain.statuses import Status
from workbench.services.context import ServiceContext
from workbench.services.item_core import (
    ItemChange,
    due_values,
    item_use_case,
    not_before,
    pause_list,
    transition,
)
from workbench.services.views import ItemView
from workbench.store import drafts as drafts_store
from workbench.store import items as store
from workbench.store.schema import opinions, pauses
from workbench.store.settings import load_office


def start_review(
    ctx: ServiceContext, reg_no: str, *, expected_version: int | None = None
) -> ItemView:
    with item_use_case(
        ctx, reg_no, Permission.REVIEW, expected_version=expected_version, to=Status.IN_REVIEW
    ) as uc:
        if Status(uc.row.status) is Status.RETURNED:
            raise InvalidInput("review.returned_use_resubmit", reg_no=uc.row.reg_no)
        changes: dict[str, Any] = {"status": Status.IN_REVIEW.value}
        if not uc.row.counsel:
            changes["counsel"] = ctx.actor
        return uc.record("start_review", changes)


def _clock_changes(uc: ItemChange, status: Status) -> dict[str, Any]:
    """The new status and the review clock recomputed over the item's pauses."""
    office = load_office(uc.conn)
    row = uc.row
    pauses_now = pause_list(uc.conn, row.id)
    return {
        "status": status.value,
        **due_values(uc.cal, office, Kind(row.kind), row.received_on, pauses_now),
    }


def return_for_materials(
    ctx: ServiceContext,
    reg_no: str,
    reason: str,
    on: dt.date | None = None,
    *,
    expected_version: int | None = None,
) -> ItemView:
    day = on or ctx.today()
    why = clean_text(reason, "return_reason", required=True, limit=2000)
    with item_use_case(
        ctx,
        reg_no,
        Permission.REVIEW,
        expected_version=expected_version,
        to=Status.RETURNED,
        dates=[(day, "returned_on")],
    ) as uc:
        ps = store.pauses_of(uc.conn, uc.row.id)
        not_before(day, uc.row.received_on, "returned_on", "received_on")
        if ps and ps[-1].resubmitted_on is not None:
            not_before(day, ps[-1].resubmitted_on, "returned_on", "previous_resubmitted_on")
        uc.conn.execute(pauses.insert().values(item_id=uc.row.id, returned_on=day, reason=why))
        changes = _clock_changes(uc, Status.RETURNED)
        return uc.record("return", changes, note={"reason": why, "date": day.isoformat()})


def resubmit(
    ctx: ServiceContext,
    reg_no: str,
    on: dt.date | None = None,
    *,
    expected_version: int | None = None,
) -> ItemView:
    day = on or ctx.today()
    with item_use_case(
        ctx,
        reg_no,
        Permission.REVIEW,
        expected_version=expected_version,
        to=Status.IN_REVIEW,
        dates=[(day, "resubmitted_on")],
    ) as uc:
        if Status(uc.row.status) is not Status.RETURNED:
            raise InvalidInput("review.not_returned", reg_no=uc.row.reg_no)
        open_pause = store.pauses_of(uc.conn, uc.row.id)[-1]
        not_before(day, open_pause.returned_on, "resubmitted_on", "returned_on")
        uc.conn.execute(
            pauses.update().where(pauses.c.id == open_pause.id).values(resubmitted_on=day)
        )
        changes = _clock_changes(uc, Status.IN_REVIEW)
        return uc.record("resubmit", changes, note={"date": day.isoformat()})


@dataclass(frozen=True)
class OpinionInput:
    conclusion: Conclusion | str
    text: str
    basis: str = ""
    issued_on: dt.date | None = None
    defects: tuple[Defect | str, ...] = ()
    counsel: str | None = None


def issue_opinion(
    ctx: ServiceContext,
    reg_no: str,
    opinion: OpinionInput,
    *,
    expected_version: int | None = None,
) -> ItemView:
    """Issue the item's opinion; on an item that has one, issue a revision superseding it."""
    day = opinion.issued_on or ctx.today()
    conclusion = (
        parse_conclusion(opinion.conclusion)
        if isinstance(opinion.conclusion, str)
        else opinion.conclusion
    )
    defects = tuple(
        sorted({(parse_defect(d) if isinstance(d, str) else d).value for d in opinion.defects})
    )
    text = clean_text(opinion.text, "opinion_text", required=True, limit=50000)
    basis = clean_text(opinion.basis, "basis", limit=20000)
    with item_use_case(
        ctx,
        reg_no,
        Permission.ISSUE_OPINION,
        expected_version=expected_version,
        dates=[(day, "opinion_on")],
    ) as uc:
        row, conn = uc.row, uc.conn
        status = Status(row.status)
        previous = store.opinions_of(conn, row.id)
        not_before(day, row.received_on, "opinion_on", "received_on")
        counsel = clean_text(opinion.counsel or row.counsel or ctx.actor, "counsel", limit=64)
        changes: dict[str, Any] = {"conclusion": conclusion.value}
        if previous:
            if status in (Status.WITHDRAWN, Status.REGISTERED, Status.IN_REVIEW, Status.RETURNED):
                raise InvalidInput("review.revision_not_allowed", reg_no=row.reg_no)
            not_before(day, previous[-1].issued_on, "revision_on", "previous_opinion_on")
            action = "revise_opinion"
        else:
            transition(row, Status.OPINION_ISSUED)
            if status is not Status.IN_REVIEW:  # pragma: no cover - guarded by the transition
                raise InvalidInput("review.opinion_needs_in_review")
            changes.update({"status": Status.OPINION_ISSUED.value, "opinion_on": day})
            if not row.counsel:
                changes["counsel"] = counsel
            action = "issue_opinion"
        if Status(row.status) is Status.PUBLISHED and conclusion is Conclusion.REJECT:
            raise InvalidInput("review.published_revision_reject", reg_no=row.reg_no)
        conn.execute(
            opinions.insert().values(
                item_id=row.id,
                revision=len(previous) + 1,
                supersedes_id=previous[-1].id if previous else None,
                counsel=counsel,
                issued_on=day,
                conclusion=conclusion.value,
                text=text,
                basis=basis,
                defects=",".join(defects),
                created_at=dt.datetime.now(),
                created_by=ctx.actor,
            )
        )
        drafts_store.remove(conn, row.id, ctx.actor, "opinion")  # issued: no longer a draft
        return uc.record(
            action,
            changes,
            note={
                "revision": len(previous) + 1,
                "issued_on": day.isoformat(),
                "counsel": counsel,
                "text": text,
                "basis": basis,
                "defects": list(defects),
            },
        )
