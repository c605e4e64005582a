"""Translated labels for the codes the domain uses (kinds, statuses, conclusions...).

The domain returns codes; the UI shows these labels, never the raw codes. Source strings are
English; the Chinese is in ``resources/translations/workbench_zh_CN.ts`` (context ``Labels``).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from workbench.domain.kinds import Kind
from workbench.domain.opinions import Conclusion, Defect, FilingResult
from workbench.domain.statuses import Status
from workbench.services.queue import DueBadge, QueueRow, View
from workbench.services.views import ItemView, active_due
from workbench.ui import glossary
from workbench.ui.i18n_marks import QT_TRANSLATE_NOOP

CONTEXT = "Labels"

KIND_TEXT: dict[Kind, str] = {
    Kind.NORMATIVE: QT_TRANSLATE_NOOP("Labels", "Normative document"),
    Kind.MAJOR_DECISION: QT_TRANSLATE_NOOP("Labels", "Major decision"),
    Kind.SERVICE_CONTRACT: QT_TRANSLATE_NOOP("Labels", "Service contract"),
    Kind.PROJECT_CONTRACT: QT_TRANSLATE_NOOP("Labels", "Project contract"),
    Kind.COOPERATION_AGREEMENT: QT_TRANSLATE_NOOP("Labels", "Cooperation agreement"),
    Kind.OTHER_CONTRACT: QT_TRANSLATE_NOOP("Labels", "Other contract"),
    Kind.LEGAL_OPINION: QT_TRANSLATE_NOOP("Labels", "Legal opinion"),
}

STATUS_TEXT: dict[Status, str] = {
    Status.REGISTERED: QT_TRANSLATE_NOOP("Labels", "Registered"),
    Status.IN_REVIEW: QT_TRANSLATE_NOOP("Labels", "In review"),
    Status.RETURNED: QT_TRANSLATE_NOOP("Labels", "Returned for materials"),
    Status.OPINION_ISSUED: QT_TRANSLATE_NOOP("Labels", "Opinion issued"),
    Status.PUBLISHED: QT_TRANSLATE_NOOP("Labels", "Published"),
    Status.FILED: QT_TRANSLATE_NOOP("Labels", "Filed"),
    Status.WITHDRAWN: QT_TRANSLATE_NOOP("Labels", "Withdrawn"),
    Status.REPEALED: QT_TRANSLATE_NOOP("Labels", "Repealed"),
    Status.EXPIRED: QT_TRANSLATE_NOOP("Labels", "Expired"),
}

CONCLUSION_TEXT: dict[Conclusion, str] = {
    Conclusion.APPROVE: QT_TRANSLATE_NOOP("Labels", "Approve"),
    Conclusion.APPROVE_WITH_CHANGES: QT_TRANSLATE_NOOP("Labels", "Approve with changes"),
    Conclusion.REJECT: QT_TRANSLATE_NOOP("Labels", "Reject"),
}

DEFECT_TEXT: dict[Defect, str] = {
    Defect.AUTHORITY: QT_TRANSLATE_NOOP("Labels", "Authority / beyond powers"),
    Defect.CONTENT: QT_TRANSLATE_NOOP("Labels", "Unlawful content"),
    Defect.PROCEDURE: QT_TRANSLATE_NOOP("Labels", "Procedure"),
    Defect.DRAFTING: QT_TRANSLATE_NOOP("Labels", "Drafting"),
    Defect.FAIR_COMPETITION: QT_TRANSLATE_NOOP("Labels", "Hinders fair competition"),
    Defect.LEVY: QT_TRANSLATE_NOOP("Labels", "Levy or expropriation"),
    Defect.POWERS: QT_TRANSLATE_NOOP("Labels", "Adds powers / drops duties"),
    Defect.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
}

DEFECT_HINT: dict[Defect, str] = {
    Defect.AUTHORITY: QT_TRANSLATE_NOOP(
        "Labels", "The drafting body lacks the power, or the document goes beyond it."
    ),
    Defect.CONTENT: QT_TRANSLATE_NOOP(
        "Labels",
        "Sets a licence, penalty, compulsory measure or fee; reduces rights or adds duties.",
    ),
    Defect.PROCEDURE: QT_TRANSLATE_NOOP(
        "Labels", "Required steps were skipped (consultation, fair-competition review...)."
    ),
    Defect.DRAFTING: QT_TRANSLATE_NOOP("Labels", "Wording, structure or citation problems."),
    Defect.FAIR_COMPETITION: QT_TRANSLATE_NOOP(
        "Labels", "Restricts market entry or favours particular businesses."
    ),
    Defect.LEVY: QT_TRANSLATE_NOOP(
        "Labels", "Sets a levy, expropriation, fund or other charge without a law behind it."
    ),
    Defect.POWERS: QT_TRANSLATE_NOOP(
        "Labels", "Gives the department powers no law gives it, or drops a statutory duty."
    ),
    Defect.OTHER: QT_TRANSLATE_NOOP("Labels", "Any other problem."),
}

FILING_RESULT_TEXT: dict[FilingResult, str] = {
    FilingResult.ACCEPTED: QT_TRANSLATE_NOOP("Labels", "Accepted for filing"),
    FilingResult.ACCEPTED_AFTER_CORRECTION: QT_TRANSLATE_NOOP(
        "Labels", "Accepted after correction"
    ),
    FilingResult.DEFERRED: QT_TRANSLATE_NOOP("Labels", "Deferred"),
    FilingResult.REJECTED: QT_TRANSLATE_NOOP("Labels", "Not accepted"),
}

VIEW_TEXT: dict[View, str] = {
    View.MINE: QT_TRANSLATE_NOOP("Labels", "My queue"),
    View.DUE_SOON: QT_TRANSLATE_NOOP("Labels", "Due soon"),
    View.OVERDUE: QT_TRANSLATE_NOOP("Labels", "Overdue"),
    View.TO_FILE: QT_TRANSLATE_NOOP("Labels", "To be filed"),
    View.EXPIRING: QT_TRANSLATE_NOOP("Labels", "Validity ending"),
    View.REVIEWED_THIS_YEAR: QT_TRANSLATE_NOOP("Labels", "Reviewed this year"),
    View.ALL: QT_TRANSLATE_NOOP("Labels", "All items"),
}

VIEW_HINT: dict[View, str] = {
    View.MINE: QT_TRANSLATE_NOOP("Labels", "Open items assigned to you as counsel"),
    View.DUE_SOON: QT_TRANSLATE_NOOP("Labels", "Review or filing due within 3 working days"),
    View.OVERDUE: QT_TRANSLATE_NOOP("Labels", "Review or filing past its due date"),
    View.TO_FILE: QT_TRANSLATE_NOOP("Labels", "Published normative documents not yet filed"),
    View.EXPIRING: QT_TRANSLATE_NOOP(
        "Labels", "Validity ends within 6 months: time for the evaluation"
    ),
    View.REVIEWED_THIS_YEAR: QT_TRANSLATE_NOOP("Labels", "Opinion issued this calendar year"),
    View.ALL: QT_TRANSLATE_NOOP("Labels", "Every item in the ledger"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def kind_label(kind: Kind | str) -> str:
    return _t(KIND_TEXT[Kind(kind)])


def status_label(status: Status | str) -> str:
    return _t(STATUS_TEXT[Status(status)])


def conclusion_label(conclusion: Conclusion | str) -> str:
    return _t(CONCLUSION_TEXT[Conclusion(conclusion)])


def defect_label(defect: Defect | str) -> str:
    return _t(DEFECT_TEXT[Defect(defect)])


def defect_hint(defect: Defect | str) -> str:
    return _t(DEFECT_HINT[Defect(defect)])


def filing_result_label(result: FilingResult | str) -> str:
    return _t(FILING_RESULT_TEXT[FilingResult(result)])


def view_label(view: View | str) -> str:
    return _t(VIEW_TEXT[View(view)])


def view_hint(view: View | str) -> str:
    return _t(VIEW_HINT[View(view)])


def in_parentheses(text: str) -> str:
    """ "(text)" in English, "（text）" in Chinese."""
    return QCoreApplication.translate("Labels", "(%1)").replace("%1", text)


def list_separator() -> str:
    """ ", " in English, "、" in Chinese."""
    return QCoreApplication.translate("Labels", ", ")


def iso(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def countdown(due: dt.date, today: dt.date) -> str:
    """Calendar days to a date: "5 days left", "due today", "2 days overdue"."""
    days = (due - today).days
    if days > 0:
        return QCoreApplication.translate("Labels", "%n day(s) left", None, days)
    if days == 0:
        return QCoreApplication.translate("Labels", "due today")
    return QCoreApplication.translate("Labels", "%n day(s) overdue", None, -days)


def item_deadline(view: ItemView, today: dt.date) -> str:
    """The item's running deadline in one sentence, as the item pane and its printed summary
    give it: "审核期限 2025-06-20（剩余13个工作日）" (working days before a review deadline),
    "备案期限 2025-07-01（还剩5天）" (calendar days), or the paused review clock of a returned
    item; "" when no deadline runs."""
    if view.status is Status.RETURNED:
        left = view.paused_remaining if view.paused_remaining is not None else 0
        return QCoreApplication.translate(
            "ItemPane",
            "Review clock paused (returned for materials): %n working day(s) left",
            None,
            left,
        )
    due = active_due(view.status, view.review_due_on, view.filing_due_on)
    if due is None:
        return ""
    filing = view.status is Status.PUBLISHED
    if filing or view.review_workdays_left is None or due < today:
        remaining = countdown(due, today)  # calendar days, and days overdue
    else:  # before a review deadline the clock counts working days
        remaining = glossary.working_days_left(view.review_workdays_left)
    return glossary.deadline_sentence(filing, due, remaining)


def badge_text(row: QueueRow) -> str:
    """The deadline cell: which deadline ("审" review / "备" filing, see :mod:`glossary`) and
    words as well as colour ("审 已逾期3天", "备 2025-07-01", "审 暂停")."""
    filing = row.status is Status.PUBLISHED
    if row.badge is DueBadge.OVERDUE:
        text = QCoreApplication.translate("Labels", "%n day(s) overdue", None, row.overdue_days)
    elif row.badge is DueBadge.DUE_SOON:
        if not row.workdays_left:
            text = QCoreApplication.translate("Labels", "Due today")
        else:
            text = QCoreApplication.translate(
                "Labels", "Due within %n working day(s)", None, row.workdays_left
            )
    elif row.badge is DueBadge.PAUSED:
        text = QCoreApplication.translate("Labels", "Paused")
    elif row.badge is DueBadge.NORMAL and row.due_on is not None:
        text = row.due_on.isoformat()
    else:
        return ""
    return glossary.marked(filing, text)


def badge_tooltip(row: QueueRow) -> str:
    if row.badge is DueBadge.PAUSED:
        if row.paused_remaining is not None:
            return QCoreApplication.translate(
                "Labels",
                "Returned for materials: the review clock is paused with %n working day(s) left",
                None,
                row.paused_remaining,
            )
        return QCoreApplication.translate(
            "Labels", "Returned for materials: the review clock is paused"
        )
    if row.due_on is None:
        return QCoreApplication.translate("Labels", "No deadline running")
    filing = row.status is Status.PUBLISHED
    if row.badge is DueBadge.OVERDUE:
        left = QCoreApplication.translate("Labels", "%n day(s) overdue", None, row.overdue_days)
    elif not filing and row.workdays_left is not None:
        left = glossary.working_days_left(row.workdays_left)
    else:
        left = ""
    return glossary.deadline_sentence(filing, row.due_on, left)
