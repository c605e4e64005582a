"""Use-cases on one item: register, assign, edit its details — and, re-exported so callers
have one place to look, the review (``services.review``) and what follows the opinion
(``services.publication``).

Each function is one transaction and writes its audit event inside it. A refusal raises a
:class:`~workbench.domain.errors.WorkbenchError` before anything is written.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection

from workbench.domain.docno import normalize_doc_no
from workbench.domain.errors import InvalidInput
from workbench.domain.fields import MAX_TITLE, clean_text, parse_amount
from workbench.domain.kinds import Kind, parse_kind
from workbench.domain.office import OfficeSettings, format_reg_no, reg_no_regex
from workbench.domain.roles import Permission
from workbench.domain.statuses import Status, status_term
from workbench.services import queries
from workbench.services.context import ServiceContext
from workbench.services.item_core import (
    check_date,
    due_values,
    item_use_case,
    jsonable,
    not_before,
    pause_list,
)
from workbench.services.publication import (
    expire_lapsed as expire_lapsed,
)
from workbench.services.publication import (
    publish as publish,
)
from workbench.services.publication import (
    record_filing as record_filing,
)
from workbench.services.publication import (
    record_filing_result as record_filing_result,
)
from workbench.services.publication import (
    repeal as repeal,
)
from workbench.services.publication import (
    withdraw as withdraw,
)
from workbench.services.review import (
    OpinionInput as OpinionInput,
)
from workbench.services.review import (
    issue_opinion as issue_opinion,
)
from workbench.services.review import (
    resubmit as resubmit,
)
from workbench.services.review import (
    return_for_materials as return_for_materials,
)
from workbench.services.review import (
    start_review as start_review,
)
from workbench.services.users import require
from workbench.services.views import ItemView
from workbench.store import audit
from workbench.store import items as store
from workbench.store.calendar import load_calendar
from workbench.store.settings import get_value, load_office, set_value


@dataclass(frozen=True)
class NewItem:
    kind: Kind | str
    title: str
    received_on: dt.date
    unit: str = ""
    counsel: str = ""
    doc_no: str = ""
    counterparty: str = ""
    amount: Decimal | str | None = None
    notes: str = ""
    reg_no: str | None = None
    fair_review_required: bool = False


def next_reg_no(conn: Connection, office: OfficeSettings, year: int) -> str:
    """The next free registration number of ``year`` under the office's pattern."""
    key = f"reg_seq.{year}"
    seq = int(get_value(conn, key, 0))
    while True:
        seq += 1
        candidate = format_reg_no(office.reg_no_pattern, year, seq)
        if not store.reg_no_exists(conn, candidate):
            set_value(conn, key, seq)
            return candidate


def note_reg_no(conn: Connection, office: OfficeSettings, reg_no: str, year: int) -> None:
    """Keep the sequence ahead of an explicitly given number made by the same pattern."""
    match = reg_no_regex(office.reg_no_pattern, year).match(reg_no)
    if match:
        key = f"reg_seq.{year}"
        if int(match.group(1)) > int(get_value(conn, key, 0)):
            set_value(conn, key, int(match.group(1)))


def register(ctx: ServiceContext, new: NewItem) -> ItemView:
    today = ctx.today()
    kind = parse_kind(new.kind) if isinstance(new.kind, str) else new.kind
    title = clean_text(new.title, "title", required=True, limit=MAX_TITLE)
    check_date(new.received_on, today, "received_on")
    amount = parse_amount(new.amount)
    doc_no = clean_text(new.doc_no, "doc_no", limit=100)
    with ctx.db.write() as conn:
        require(conn, ctx, Permission.EDIT_ITEMS)
        office = load_office(conn)
        cal = load_calendar(conn)
        if new.reg_no:
            reg_no = clean_text(new.reg_no, "reg_no", limit=40)
            if store.reg_no_exists(conn, reg_no):
                raise InvalidInput("item.reg_no_taken", reg_no=reg_no)
            note_reg_no(conn, office, reg_no, new.received_on.year)
        else:
            reg_no = next_reg_no(conn, office, new.received_on.year)
        values = {
            "reg_no": reg_no,
            "kind": kind.value,
            "title": title,
            "unit": clean_text(new.unit, "unit", limit=200),
            "received_on": new.received_on,
            "counsel": clean_text(new.counsel, "counsel", limit=64),
            "status": Status.REGISTERED.value,
            "doc_no": doc_no,
            "doc_no_norm": normalize_doc_no(doc_no),
            "counterparty": clean_text(new.counterparty, "counterparty", limit=200),
            "amount": amount,
            "notes": clean_text(new.notes, "notes"),
            "fair_review_required": new.fair_review_required,
            **due_values(cal, office, kind, new.received_on, []),
        }
        item_id = store.insert(conn, values)
        audit.record(
            conn,
            actor=ctx.actor,
            action="register",
            item_id=item_id,
            reg_no=reg_no,
            after={k: jsonable(v) for k, v in values.items()},
        )
        return queries.load_view(conn, store.get_by_id(conn, item_id), cal, today)


def assign(
    ctx: ServiceContext, reg_no: str, counsel: str, *, expected_version: int | None = None
) -> ItemView:
    name = clean_text(counsel, "counsel", required=True, limit=64)
    with item_use_case(ctx, reg_no, Permission.EDIT_ITEMS, expected_version=expected_version) as uc:
        status = Status(uc.row.status)
        if status not in (Status.REGISTERED, Status.IN_REVIEW, Status.RETURNED):
            raise InvalidInput(
                "item.assign_too_late", reg_no=uc.row.reg_no, status=status_term(status)
            )
        return uc.record("assign", {"counsel": name})


EDITABLE = (
    "title",
    "unit",
    "doc_no",
    "counterparty",
    "amount",
    "notes",
    "tags",
    "fair_review_required",
    "fair_review_done",
    "received_on",
    "kind",
    "valid_until",
)


def update_details(
    ctx: ServiceContext, reg_no: str, expected_version: int, **fields: Any
) -> ItemView:
    """Edit the descriptive fields of an item; refuses if someone saved in between."""
    unknown = set(fields) - set(EDITABLE)
    if unknown:
        raise InvalidInput("item.fields_not_editable", fields=", ".join(sorted(unknown)))
    today = ctx.today()
    with item_use_case(ctx, reg_no, Permission.EDIT_ITEMS, expected_version=expected_version) as uc:
        row, conn, cal = uc.row, uc.conn, uc.cal
        changes: dict[str, Any] = {}
        for key, value in fields.items():
            if key == "title":
                value = clean_text(value, "title", required=True, limit=MAX_TITLE)
            elif key == "amount":
                value = parse_amount(value)
            elif key == "kind":
                value = (parse_kind(value) if isinstance(value, str) else value).value
                if value != row.kind and Status(row.status) not in (
                    Status.REGISTERED,
                    Status.IN_REVIEW,
                    Status.RETURNED,
                ):
                    raise InvalidInput("item.kind_fixed_after_opinion")
            elif key == "received_on":
                check_date(value, today, "received_on")
                if row.opinion_on is not None:
                    not_before(row.opinion_on, value, "opinion_on", "received_on")
            elif key in ("fair_review_required", "fair_review_done"):
                value = bool(value)
            elif key == "valid_until":
                if value is not None and row.published_on and value <= row.published_on:
                    raise InvalidInput("item.valid_until_before_publication")
            else:
                value = clean_text(value, key)
            if getattr(row, key) != value:
                changes[key] = value
        if "doc_no" in changes:
            changes["doc_no_norm"] = normalize_doc_no(changes["doc_no"])
        if {"kind", "received_on"} & set(changes) and Status(row.status) in (
            Status.REGISTERED,
            Status.IN_REVIEW,
            Status.RETURNED,
        ):
            office = load_office(conn)
            kind = Kind(changes.get("kind", row.kind))
            changes.update(
                due_values(
                    cal,
                    office,
                    kind,
                    changes.get("received_on", row.received_on),
                    pause_list(conn, row.id),
                )
            )
        return uc.record("edit", changes)
