"""Kinds of items sent for legality review (docs/RULES.md §2)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from workbench.domain.errors import InvalidInput
from workbench.domain.messages import Term


class Kind(StrEnum):
    NORMATIVE = "normative"
    MAJOR_DECISION = "major_decision"
    SERVICE_CONTRACT = "service_contract"
    PROJECT_CONTRACT = "project_contract"
    COOPERATION_AGREEMENT = "cooperation_agreement"
    OTHER_CONTRACT = "other_contract"
    LEGAL_OPINION = "legal_opinion"


@dataclass(frozen=True)
class KindInfo:
    code: Kind
    label_zh: str
    label_en: str
    review_days: int
    filed: bool
    contract: bool


KIND_INFO: dict[Kind, KindInfo] = {
    info.code: info
    for info in (
        KindInfo(Kind.NORMATIVE, "行政规范性文件", "Normative document", 15, True, False),
        KindInfo(Kind.MAJOR_DECISION, "重大行政决策", "Major decision", 15, False, False),
        KindInfo(Kind.SERVICE_CONTRACT, "政府购买服务协议", "Service contract", 5, False, True),
        KindInfo(Kind.PROJECT_CONTRACT, "科技计划项目合同", "Project contract", 5, False, True),
        KindInfo(Kind.COOPERATION_AGREEMENT, "合作协议", "Cooperation agreement", 5, False, True),
        KindInfo(Kind.OTHER_CONTRACT, "其他合同", "Other contract", 5, False, True),
        KindInfo(Kind.LEGAL_OPINION, "法律意见书", "Legal opinion", 10, False, False),
    )
}

KIND_CODES: tuple[str, ...] = tuple(k.value for k in Kind)


def _key(text: str) -> str:
    return "".join(text.split()).casefold()


def parse_kind(text: str) -> Kind:
    """Accept a kind code, its Chinese label or its English label."""
    key = _key(text)
    for info in KIND_INFO.values():
        if key in (info.code.value, _key(info.label_zh), _key(info.label_en)):
            return info.code
    raise InvalidInput("kind.unknown", text=text, codes=", ".join(KIND_CODES))


def kind_term(kind: Kind) -> Term:
    """The kind's name in the language a message is shown in."""
    info = KIND_INFO[kind]
    return Term(info.label_zh, info.label_en)
