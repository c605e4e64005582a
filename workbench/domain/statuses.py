"""Item statuses and the transitions between them (docs/RULES.md §2)."""

from __future__ import annotations

from enum import StrEnum

from workbench.domain.errors import InvalidInput, TransitionRefused
from workbench.domain.kinds import KIND_INFO, Kind
from workbench.domain.messages import Term


class Status(StrEnum):
    REGISTERED = "registered"
    IN_REVIEW = "in_review"
    RETURNED = "returned"
    OPINION_ISSUED = "opinion_issued"
    PUBLISHED = "published"
    FILED = "filed"
    WITHDRAWN = "withdrawn"
    REPEALED = "repealed"
    EXPIRED = "expired"


STATUS_LABELS: dict[Status, tuple[str, str]] = {
    Status.REGISTERED: ("已登记", "Registered"),
    Status.IN_REVIEW: ("审核中", "In review"),
    Status.RETURNED: ("退回补正", "Returned"),
    Status.OPINION_ISSUED: ("已出具意见", "Opinion issued"),
    Status.PUBLISHED: ("已公布", "Published"),
    Status.FILED: ("已备案", "Filed"),
    Status.WITHDRAWN: ("已撤回", "Withdrawn"),
    Status.REPEALED: ("已废止", "Repealed"),
    Status.EXPIRED: ("已失效", "Expired"),
}

#: Statuses in which the review is still open (the review clock matters).
OPEN_REVIEW = frozenset({Status.REGISTERED, Status.IN_REVIEW, Status.RETURNED})
#: Statuses in which a normative document is in force.
IN_FORCE = frozenset({Status.PUBLISHED, Status.FILED})

_BEFORE_OPINION = (Status.REGISTERED, Status.IN_REVIEW, Status.RETURNED)

_ALLOWED: dict[Status, frozenset[Status]] = {
    Status.REGISTERED: frozenset({Status.IN_REVIEW, Status.WITHDRAWN}),
    Status.IN_REVIEW: frozenset({Status.RETURNED, Status.OPINION_ISSUED, Status.WITHDRAWN}),
    Status.RETURNED: frozenset({Status.IN_REVIEW, Status.WITHDRAWN}),
    Status.OPINION_ISSUED: frozenset({Status.PUBLISHED}),
    Status.PUBLISHED: frozenset({Status.FILED, Status.REPEALED, Status.EXPIRED}),
    Status.FILED: frozenset({Status.REPEALED, Status.EXPIRED}),
    Status.WITHDRAWN: frozenset(),
    Status.REPEALED: frozenset(),
    Status.EXPIRED: frozenset(),
}

_NORMATIVE_ONLY = frozenset({Status.PUBLISHED, Status.FILED, Status.REPEALED, Status.EXPIRED})


def status_label(status: Status) -> str:
    return STATUS_LABELS[status][0]


def status_term(status: Status) -> Term:
    """The status's name in the language a message is shown in."""
    return Term(*STATUS_LABELS[status])


def allowed_next(kind: Kind, status: Status) -> frozenset[Status]:
    """Statuses reachable in one step from ``status`` for an item of ``kind``."""
    nxt = _ALLOWED[status]
    if not KIND_INFO[kind].filed:
        nxt = nxt - _NORMATIVE_ONLY
    return nxt


def check_transition(kind: Kind, current: Status, target: Status) -> None:
    """Raise :class:`TransitionRefused` naming both statuses unless the move is allowed."""
    if target in allowed_next(kind, current):
        return
    code = (
        "status.normative_only"
        if target in _NORMATIVE_ONLY and not KIND_INFO[kind].filed
        else "status.not_allowed"
    )
    raise TransitionRefused(
        code,
        current=status_term(current),
        target=status_term(target),
        current_code=current.value,
        target_code=target.value,
    )


def _key(text: str) -> str:
    return "".join(text.split()).casefold()


def parse_status(text: str) -> Status:
    key = _key(text)
    for status, (zh, en) in STATUS_LABELS.items():
        if key in (status.value, _key(zh), _key(en)):
            return status
    codes = ", ".join(s.value for s in Status)
    raise InvalidInput("status.unknown", text=text, codes=codes)
