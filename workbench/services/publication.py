"""Use-cases after the opinion: publication, filing, withdrawal, repeal and expiry.

Each function is one transaction and writes its audit event inside it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from workbench.domain.deadlines import filing_due
from workbench.domain.docno import normalize_doc_no
from workbench.domain.errors import DuplicateDocNo, InvalidInput
from workbench.domain.fields import clean_text
from workbench.domain.opinions import (
    Conclusion,
    FilingResult,
)
from workbench.domain.roles import Permission
from workbench.domain.statuses import Status
from workbench.services import queries
from workbench.services.context import ServiceContext
from workbench.services.item_core import change, item_use_case, not_before
from workbench.services.validity import document_valid_until
from workbench.services.views import ItemView
from workbench.store.items import reg_no_using_doc_no
from workbench.store.settings import load_office


def publish(
    ctx: ServiceContext,
    reg_no: str,
    on: dt.date,
    doc_no: str,
    *,
    valid_until: dt.date | None = None,
    expected_version: int | None = None,
    force: bool = False,
) -> ItemView:
    """Record publication under ``doc_no``. A 文号 another item uses (compared normalised) is
    refused with :class:`DuplicateDocNo` unless ``force``."""
    number = clean_text(doc_no, "doc_no", required=True, limit=100)
    with item_use_case(
        ctx,
        reg_no,
        Permission.EDIT_ITEMS,
        expected_version=expected_version,
        to=Status.PUBLISHED,
        dates=[(on, "published_on")],
    ) as uc:
        row, conn = uc.row, uc.conn
        if row.conclusion == Conclusion.REJECT.value:
            raise InvalidInput("publication.rejected_item", reg_no=row.reg_no)
        not_before(on, row.opinion_on, "published_on", "opinion_on")
        office = load_office(conn)
        # the 施行 date and the validity the attached document states count (docs/RULES.md §3)
        until = valid_until or document_valid_until(conn, row.id, row.title, on)
        if until <= on:
            raise InvalidInput("publication.valid_until_too_early", until=until, on=on)
        norm = normalize_doc_no(number)
        other = None if force else reg_no_using_doc_no(conn, norm, row.id)
        if other is not None:
            raise DuplicateDocNo("publication.doc_no_taken", doc_no=number, other_reg_no=other)
        changes = {
            "status": Status.PUBLISHED.value,
            "published_on": on,
            "doc_no": number,
            "doc_no_norm": norm,
            "filing_due_on": filing_due(uc.cal, on, office.filing_days),
            "valid_until": until,
        }
        return uc.record("publish", changes)


def record_filing(
    ctx: ServiceContext,
    reg_no: str,
    on: dt.date,
    *,
    ref: str = "",
    authority: str | None = None,
    result: FilingResult | None = None,
    result_on: dt.date | None = None,
    expected_version: int | None = None,
) -> ItemView:
    if result_on is not None:
        not_before(result_on, on, "filing_result_on", "filed_on")
    with item_use_case(
        ctx,
        reg_no,
        Permission.EDIT_ITEMS,
        expected_version=expected_version,
        to=Status.FILED,
        dates=[(on, "filed_on"), (result_on, "filing_result_on")],
    ) as uc:
        not_before(on, uc.row.published_on, "filed_on", "published_on")
        office = load_office(uc.conn)
        changes: dict[str, Any] = {
            "status": Status.FILED.value,
            "filed_on": on,
            "filing_ref": clean_text(ref, "filing_ref", limit=200),
            "filing_authority": clean_text(
                authority or office.filing_authority, "filing_authority", limit=200
            ),
        }
        if result is not None:
            changes["filing_result"] = result.value
            changes["filing_result_on"] = result_on
        return uc.record("file", changes)


def record_filing_result(
    ctx: ServiceContext,
    reg_no: str,
    result: FilingResult,
    on: dt.date,
    *,
    expected_version: int | None = None,
) -> ItemView:
    with item_use_case(
        ctx,
        reg_no,
        Permission.EDIT_ITEMS,
        expected_version=expected_version,
        dates=[(on, "filing_result_on")],
    ) as uc:
        if uc.row.filed_on is None:
            raise InvalidInput("publication.result_before_filing", reg_no=uc.row.reg_no)
        not_before(on, uc.row.filed_on, "filing_result_on", "filed_on")
        changes = {"filing_result": result.value, "filing_result_on": on}
        return uc.record("filing_result", changes)


def withdraw(
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
        Permission.EDIT_ITEMS,
        expected_version=expected_version,
        to=Status.WITHDRAWN,
        dates=[(day, "withdrawn_on")],
    ) as uc:
        not_before(day, uc.row.received_on, "withdrawn_on", "received_on")
        changes: dict[str, Any] = {"status": Status.WITHDRAWN.value, "withdrawn_on": day}
        if Status(uc.row.status) is Status.RETURNED:
            changes["paused_remaining"] = None
        return uc.record("withdraw", changes)


def repeal(
    ctx: ServiceContext, reg_no: str, on: dt.date, *, expected_version: int | None = None
) -> ItemView:
    with item_use_case(
        ctx,
        reg_no,
        Permission.EDIT_ITEMS,
        expected_version=expected_version,
        to=Status.REPEALED,
        dates=[(on, "ended_on")],
    ) as uc:
        not_before(on, uc.row.published_on, "ended_on", "published_on")
        return uc.record("repeal", {"status": Status.REPEALED.value, "ended_on": on})


def expire_lapsed(ctx: ServiceContext) -> int:
    """Mark published or filed documents whose validity has run out as expired."""
    today = ctx.today()
    with ctx.db.read() as conn:
        if not queries.any_lapsed(conn, today):
            return 0  # the usual case: no write transaction at all
    count = 0
    with ctx.db.write() as conn:
        for row in queries.lapsed_rows(conn, today):
            end = row.valid_until + dt.timedelta(days=1)
            change(ctx, conn, row, "expire", {"status": Status.EXPIRED.value, "ended_on": end})
            count += 1
    return count
