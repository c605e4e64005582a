"""What the details form would change, and saving it (no widgets: for DetailsTab)."""

from __future__ import annotations

from typing import Any

from workbench.services import items as item_service
from workbench.services import queries
from workbench.services.context import ServiceContext
from workbench.services.drafts import DraftPart, discard_draft
from workbench.services.views import ItemView
from workbench.ui.amounts import parse_amount_input

TEXT_FIELDS = ("title", "unit", "doc_no", "counterparty", "notes")


def detail_changes(
    base: ItemView, typed: dict[str, Any], counsel: str
) -> tuple[dict[str, Any], str | None]:
    """(the fields ``typed`` changes in ``base``, the new counsel or None). An amount that is
    not a number is given as typed: the form's problems keep it from being saved."""
    out: dict[str, Any] = {}
    for key in TEXT_FIELDS:
        if typed[key] != getattr(base, key).strip():
            out[key] = typed[key]
    if typed["kind"] != base.kind.value:
        out["kind"] = typed["kind"]
    if typed["received_on"] != base.received_on:
        out["received_on"] = typed["received_on"]
    for key in ("fair_review_required", "fair_review_done"):
        if typed[key] != getattr(base, key):
            out[key] = typed[key]
    try:
        amount = parse_amount_input(typed["amount"])
    except ValueError:
        amount = base.amount
        out["amount"] = typed["amount"]
    if amount != base.amount:
        out["amount"] = amount
    counsel = counsel.strip()
    return out, counsel if counsel and counsel != base.counsel else None


def save_details(
    svc: ServiceContext, reg_no: str, version: int, fields: dict[str, Any], counsel: str | None
) -> ItemView:
    """On the worker: the detail fields, then (if changed) the counsel, as two audited steps."""
    view: ItemView | None = None
    if fields:
        view = item_service.update_details(svc, reg_no, version, **fields)
        version = view.version
    if counsel is not None:
        view = item_service.assign(svc, reg_no, counsel, expected_version=version)
    discard_draft(svc, reg_no, DraftPart.DETAILS)  # saved: no longer a draft
    return view if view is not None else queries.show_item(svc, reg_no)
