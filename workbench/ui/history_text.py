"""The audit history of an item as sentences a person reads:
"2025-03-02 10:14 张明 出具审核意见：修改后同意", never JSON."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from workbench.domain import messages
from workbench.domain.kinds import Kind
from workbench.domain.opinions import Conclusion, FilingResult
from workbench.domain.statuses import Status
from workbench.services.audit import HistoryEvent
from workbench.ui import labels
from workbench.ui.i18n_marks import QT_TRANSLATE_NOOP

CONTEXT = "History"

FIELD_TEXT: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("History", "title"),
    "unit": QT_TRANSLATE_NOOP("History", "drafting unit"),
    "doc_no": QT_TRANSLATE_NOOP("History", "document No."),
    "counterparty": QT_TRANSLATE_NOOP("History", "counterparty"),
    "amount": QT_TRANSLATE_NOOP("History", "amount"),
    "notes": QT_TRANSLATE_NOOP("History", "notes"),
    "tags": QT_TRANSLATE_NOOP("History", "tags"),
    "fair_review_required": QT_TRANSLATE_NOOP("History", "fair-competition review required"),
    "fair_review_done": QT_TRANSLATE_NOOP("History", "fair-competition review done"),
    "received_on": QT_TRANSLATE_NOOP("History", "received date"),
    "kind": QT_TRANSLATE_NOOP("History", "kind"),
    "valid_until": QT_TRANSLATE_NOOP("History", "valid until"),
    "review_due_on": QT_TRANSLATE_NOOP("History", "review due date"),
    "counsel": QT_TRANSLATE_NOOP("History", "counsel"),
}
#: bookkeeping columns that change along with others and say nothing to a reader
HIDDEN_FIELDS = frozenset({"doc_no_norm", "paused_remaining", "status", "version"})
#: keys the server's row events always carry to say which row changed
_ROW_KEYS = frozenset({"id", "item_id", "reg_no", "updated_at"})


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _value(key: str, value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("History", "yes")
            if value
            else QCoreApplication.translate("History", "no")
        )
    if key == "kind" and value in Kind._value2member_map_:
        return labels.kind_label(value)
    text = str(value).replace("\n", " ")
    return text if len(text) <= 60 else text[:57] + "…"


def _edit_sentence(before: dict[str, Any], after: dict[str, Any]) -> str:
    parts = []
    for key, new in after.items():
        if key in HIDDEN_FIELDS:
            continue
        name = _t(FIELD_TEXT[key]) if key in FIELD_TEXT else key
        parts.append(f"{name} “{_value(key, before.get(key))}” → “{_value(key, new)}”")
    changed = ("；" if messages.language() == "zh" else "; ").join(parts) or "—"
    return QCoreApplication.translate("History", "changed %1").replace("%1", changed)


def describe(event: HistoryEvent) -> str:
    """What happened, without who and when."""
    a, b = event.after, event.before
    action = event.action
    if action == "register":
        kind = labels.kind_label(a["kind"]) if a.get("kind") in Kind._value2member_map_ else ""
        return (
            QCoreApplication.translate("History", "registered the item (%1, received %2)")
            .replace("%1", kind)
            .replace("%2", str(a.get("received_on", "")))
        )
    if action == "assign":
        return QCoreApplication.translate("History", "assigned counsel: %1").replace(
            "%1", str(a.get("counsel", ""))
        )
    if action == "start_review":
        return QCoreApplication.translate("History", "started the review")
    if action == "return":
        return (
            QCoreApplication.translate("History", "returned it for materials on %1: %2")
            .replace("%1", str(a.get("date", "")))
            .replace("%2", str(a.get("reason", "")))
        )
    if action == "resubmit":
        return QCoreApplication.translate(
            "History", "recorded the resubmission on %1; the review clock runs again"
        ).replace("%1", str(a.get("date", "")))
    if action in ("issue_opinion", "revise_opinion"):
        conclusion = str(a.get("conclusion"))
        label = (
            labels.conclusion_label(conclusion)
            if conclusion in Conclusion._value2member_map_
            else conclusion
        )
        if action == "issue_opinion":
            return QCoreApplication.translate("History", "issued the opinion: %1").replace(
                "%1", label
            )
        return (
            QCoreApplication.translate("History", "issued revision %1 of the opinion: %2")
            .replace("%1", str(a.get("revision", "")))
            .replace("%2", label)
        )
    if action == "publish":
        return (
            QCoreApplication.translate("History", "recorded publication on %1 as %2")
            .replace("%1", str(a.get("published_on", "")))
            .replace("%2", str(a.get("doc_no", "")))
        )
    if action == "file":
        return (
            QCoreApplication.translate("History", "recorded filing on %1 with %2")
            .replace("%1", str(a.get("filed_on", "")))
            .replace("%2", str(a.get("filing_authority", "")))
        )
    if action == "filing_result":
        result = str(a.get("filing_result"))
        label = (
            labels.filing_result_label(result)
            if result in FilingResult._value2member_map_
            else result
        )
        return QCoreApplication.translate("History", "recorded the filing result: %1").replace(
            "%1", label
        )
    if action == "withdraw":
        return QCoreApplication.translate("History", "recorded that the item was withdrawn")
    if action == "repeal":
        return QCoreApplication.translate("History", "recorded the repeal on %1").replace(
            "%1", str(a.get("ended_on", ""))
        )
    if action == "expire":
        return QCoreApplication.translate("History", "marked it %1: its validity ended").replace(
            "%1", labels.status_label(Status.EXPIRED)
        )
    if action == "edit":
        return _edit_sentence(b, a)
    if action == "attach":
        return QCoreApplication.translate("History", "added the material “%1”").replace(
            "%1", str(a.get("name", ""))
        )
    if action.startswith("import"):
        return QCoreApplication.translate("History", "imported it from a ledger spreadsheet")
    if event.is_row_event:
        # written by the server for a change made outside the application (raw SQL)
        table = action.split(":")[1] if action.count(":") == 2 else ""
        body = (
            _edit_sentence(b, {k: v for k, v in a.items() if k not in _ROW_KEYS})
            if a and b
            else table
        )
        return QCoreApplication.translate("History", "directly in the database: %1").replace(
            "%1", body
        )
    return action


def sentence(event: HistoryEvent) -> str:
    """ "2025-03-02 10:14 张明 issued the opinion: Approve with changes"."""
    return f"{event.at:%Y-%m-%d %H:%M} {event.who} {describe(event)}"
