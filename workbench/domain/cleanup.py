"""Cleanup campaigns (清理): the results a document in force can get, and their labels."""

from __future__ import annotations

from enum import StrEnum

from workbench.domain.errors import InvalidInput


class CleanupResult(StrEnum):
    KEEP = "keep"  # 继续有效
    AMEND = "amend"  # 拟修改
    REPEAL = "repeal"  # 拟废止 (处理方式：废止)
    INVALIDATE = "invalidate"  # 拟废止 (处理方式：宣布失效)


RESULT_LABELS: dict[CleanupResult, tuple[str, str]] = {
    CleanupResult.KEEP: ("继续有效", "Keep in force"),
    CleanupResult.AMEND: ("拟修改", "To amend"),
    CleanupResult.REPEAL: ("拟废止", "To repeal"),
    CleanupResult.INVALIDATE: ("宣布失效", "Declare invalid"),
}

#: 处理方式 in the 拟废止 list
HOW_ENDED: dict[CleanupResult, str] = {
    CleanupResult.REPEAL: "废止",
    CleanupResult.INVALIDATE: "宣布失效",
}

#: the published lists, in order: sheet (or section) name and the results it holds
LISTS: tuple[tuple[str, tuple[CleanupResult, ...]], ...] = (
    ("继续有效", (CleanupResult.KEEP,)),
    ("拟修改", (CleanupResult.AMEND,)),
    ("拟废止", (CleanupResult.REPEAL, CleanupResult.INVALIDATE)),
)


class CampaignStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


def parse_result(text: str) -> CleanupResult:
    """A result code or its Chinese label; anything else is refused in one sentence."""
    key = text.strip()
    for result, (zh, en) in RESULT_LABELS.items():
        if key.casefold() in (result.value, en.casefold()) or key == zh:
            return result
    raise InvalidInput("cleanup.result_unknown", text=text)
