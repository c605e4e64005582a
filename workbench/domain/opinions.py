"""Opinion conclusions and defect flags (docs/RULES.md §4)."""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

from workbench.domain.errors import InvalidInput
from workbench.domain.messages import field_label


class Conclusion(StrEnum):
    APPROVE = "approve"
    APPROVE_WITH_CHANGES = "approve_with_changes"
    REJECT = "reject"


CONCLUSION_LABELS: dict[Conclusion, tuple[str, str]] = {
    Conclusion.APPROVE: ("同意", "Approve"),
    Conclusion.APPROVE_WITH_CHANGES: ("修改后同意", "Approve with changes"),
    Conclusion.REJECT: ("不同意", "Reject"),
}


class Defect(StrEnum):
    AUTHORITY = "authority"
    CONTENT = "content"
    PROCEDURE = "procedure"
    DRAFTING = "drafting"
    FAIR_COMPETITION = "fair_competition"
    LEVY = "levy"
    POWERS = "powers"
    OTHER = "other"


DEFECT_LABELS: dict[Defect, tuple[str, str]] = {
    Defect.AUTHORITY: ("制定主体/超越权限", "Authority"),
    Defect.CONTENT: ("内容违法", "Unlawful content"),
    Defect.PROCEDURE: ("程序", "Procedure"),
    Defect.DRAFTING: ("文字技术", "Drafting"),
    Defect.FAIR_COMPETITION: ("妨碍公平竞争", "Fair competition"),
    Defect.LEVY: ("征收", "Levy"),
    Defect.POWERS: ("增加权力/减少职责", "Adds powers / drops duties"),
    Defect.OTHER: ("其他", "Other"),
}


class FilingResult(StrEnum):
    ACCEPTED = "accepted"
    ACCEPTED_AFTER_CORRECTION = "accepted_after_correction"
    DEFERRED = "deferred"
    REJECTED = "rejected"


FILING_RESULT_LABELS: dict[FilingResult, tuple[str, str]] = {
    FilingResult.ACCEPTED: ("予以备案", "Accepted"),
    FilingResult.ACCEPTED_AFTER_CORRECTION: ("通知改正后准予备案", "Accepted after correction"),
    FilingResult.DEFERRED: ("暂缓办理", "Deferred"),
    FilingResult.REJECTED: ("不予备案", "Rejected"),
}


def _key(text: str) -> str:
    return "".join(text.split()).casefold()


E = TypeVar("E", bound=StrEnum)


def _parse(text: str, enum: type[E], labels: dict[E, tuple[str, str]], what: str) -> E:
    key = _key(text)
    for member, (zh, en) in labels.items():
        if key in (member.value, _key(zh), _key(en)):
            return member
    codes = ", ".join(m.value for m in enum)
    raise InvalidInput("code.unknown", what=field_label(what), text=text, codes=codes)


def parse_conclusion(text: str) -> Conclusion:
    return _parse(text, Conclusion, CONCLUSION_LABELS, "conclusion")


def parse_defect(text: str) -> Defect:
    return _parse(text, Defect, DEFECT_LABELS, "defect")


def parse_filing_result(text: str) -> FilingResult:
    return _parse(text, FilingResult, FILING_RESULT_LABELS, "filing_result")
