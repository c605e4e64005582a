"""Who may do what (SPEC section 1 and 10)."""

from __future__ import annotations

from enum import StrEnum

from workbench.domain.errors import InvalidInput, WorkbenchError


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

PERMISSION_TEXT = {
    Permission.EDIT_ITEMS: "登记和修改事项",
    Permission.REVIEW: "办理审核流程",
    Permission.ISSUE_OPINION: "出具审核意见（仅限审核人员）",
    Permission.ADMINISTER: "更改单位设置、节假日和用户（仅限管理员）",
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
            raise InvalidInput(
                f"未知的角色“{part.strip()}”：应为 counsel、clerk、admin 或 reader。"
            )
    if not roles:
        raise InvalidInput("至少要指定一个角色（counsel、clerk、admin 或 reader）。")
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
        raise InvalidInput("密码至少 8 个字符，并且要同时包含字母和数字。")
    if any(ch in "\r\n\x00" for ch in password):
        raise InvalidInput("密码不能包含换行或空字符。")
    return password
