"""A details draft: the form's fields as typed, and back into the form (for DetailsTab)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from workbench.ui.widgets.common import to_qdate

if TYPE_CHECKING:
    from workbench.ui.widgets.details_tab import DetailsTab


def draft_payload(form: DetailsTab, version: int) -> dict[str, Any]:
    """The fields as typed (amount as text), with the item version they were typed on."""
    typed = form.values()
    typed["received_on"] = typed["received_on"].isoformat()
    typed["counsel"] = form.counsel_combo.currentText().strip()
    typed["version"] = version
    return typed


def apply_draft(form: DetailsTab, payload: Any) -> None:
    """Fill the fields a draft has, as if typed (only those the form lets one edit)."""
    edits = {
        "title": form.title_edit,
        "unit": form.unit_edit,
        "doc_no": form.doc_no_edit,
        "counterparty": form.counterparty_edit,
        "amount": form.amount_edit,
    }
    for key, edit in edits.items():
        if isinstance(payload.get(key), str) and edit.isEnabled():
            edit.setText(payload[key])
    if isinstance(payload.get("notes"), str):
        form.notes_edit.setPlainText(payload["notes"])
    for key, box in (
        ("fair_review_required", form.fair_required_check),
        ("fair_review_done", form.fair_done_check),
    ):
        if isinstance(payload.get(key), bool):
            box.setChecked(payload[key])
    kind = form.kind_combo.findData(payload.get("kind"))
    if kind >= 0 and form.kind_combo.isEnabled():
        form.kind_combo.setCurrentIndex(kind)
    if isinstance(payload.get("counsel"), str) and form.counsel_combo.isEnabled():
        form.counsel_combo.setEditText(payload["counsel"])
    try:
        received = dt.date.fromisoformat(str(payload.get("received_on")))
    except ValueError:
        received = None
    if received is not None:
        form.received_edit.setDate(to_qdate(received))
