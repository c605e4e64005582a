"""Who may do what (docs/RULES.md §1 and §10)."""

from __future__ import annotations

from enum import StrEnum

from workbench.domain.errors import InvalidInput, WorkbenchError
from workbench.domain.messages import Term


class Role(StrEnum):
    COUNSEL = "counsel"
    CLERK = "clerk"
    ADMIN = "admin"
    READER = "reader"


ROLE_LABELS: dict[Role, tuple[str, str]] = {
    Role.COUNSEL: ("审核人员", "Counsel"),
    Role.CLERK: ("工作人员", "Clerk"),
    Role.ADMIN: ("管理员", "Administrator"),
    Role.READER: ("查阅", "Reader"),
}


class Permission(StrEnum):
    EDIT_ITEMS = "edit_items"  # register, edit details, assign, publish, file, withdraw...
    REVIEW = "review"  # start review, return for materials, resubmit
    ISSUE_OPINION = "issue_opinion"
    ADMINISTER = "administer"  # office settings, calendar, users, sample data, restore


GRANTS: dict[Role, frozenset[Permission]] = {
    Role.COUNSEL: frozenset({Permission.EDIT_ITEMS, Permission.REVIEW, Permission.ISSUE_OPINION}),
    Role.CLERK: frozenset({Permission.EDIT_ITEMS, Permission.REVIEW}),
    Role.ADMIN: frozenset({Permission.EDIT_ITEMS, Permission.ADMINISTER}),
    Role.READER: frozenset(),
}

#: what a permission allows, as a refusal names it
PERMISSION_TERMS: dict[Permission, Term] = {
    Permission.EDIT_ITEMS: Term("登记和修改事项", "register and edit items"),
    Permission.REVIEW: Term("办理审核流程", "work the review steps"),
    Permission.ISSUE_OPINION: Term(
        "出具审核意见（仅限审核人员）", "issue review opinions (counsel only)"
    ),
    Permission.ADMINISTER: Term(
        "更改单位设置、节假日和用户（仅限管理员）",
        "change office settings, holidays and users (administrators only)",
    ),
}


class PermissionDenied(WorkbenchError):
    """The acting user's role does not allow the change."""


def parse_roles(text: str) -> frozenset[Role]:
    """``"counsel"``, ``"admin,counsel"`` or Chinese labels separated by commas."""
    roles = set()
    for part in text.replace("，", ",").replace("、", ",").split(","):
        key = part.strip().casefold()
        if not key:
            continue
        for role, (zh, en) in ROLE_LABELS.items():
            if key in (role.value, zh, en.casefold()):
                roles.add(role)
                break
        else:
            raise InvalidInput("role.unknown", text=part.strip())
    if not roles:
        raise InvalidInput("role.none")
    return frozenset(roles)


def format_roles(roles: frozenset[Role]) -> str:
    return ",".join(r.value for r in Role if r in roles)


def allows(roles: frozenset[Role], permission: Permission) -> bool:
    return any(permission in GRANTS[r] for r in roles)


MIN_PASSWORD = 8


def check_password(password: str) -> str:
    """A shared-mode password: at least 8 characters, with letters and digits."""
    if (
        len(password) < MIN_PASSWORD
        or not any(ch.isalpha() for ch in password)
        or not any(ch.isdigit() for ch in password)
    ):
        raise InvalidInput("password.weak", minimum=MIN_PASSWORD)
    if any(ch in "\r\n\x00" for ch in password):
        raise InvalidInput("password.bad_characters")
    return password
