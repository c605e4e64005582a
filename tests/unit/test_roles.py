"""Users and roles: the first user administers, only counsel issue opinions."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.refusals import code_is
from workbench.domain.errors import InvalidInput
from workbench.domain.roles import Permission, PermissionDenied
from workbench.services import items as svc
from workbench.services.calendar import save_schedule
from workbench.services.context import ServiceContext
from workbench.services.queries import show_item
from workbench.services.users import add_user, current_user, list_users, set_user
from workbench.store.database import Database

D = dt.date


def as_user(db: Database, login: str) -> ServiceContext:
    return ServiceContext(db, actor=login, fixed_today=D(2025, 6, 16))


def test_first_user_becomes_admin_and_roles_are_enforced(db: Database) -> None:
    boss = as_user(db, "boss")
    assert current_user(boss) is not None  # a new database: everybody may start
    reg = svc.register(boss, svc.NewItem("normative", "管理办法", D(2025, 6, 2))).reg_no
    assert [(u.login, sorted(u.roles)) for u in list_users(boss)] == [
        ("boss", ["admin", "counsel"])
    ]
    add_user(boss, "clerk1", "clerk")
    add_user(boss, "lawyer", "审核人员")
    clerk, lawyer, stranger = as_user(db, "clerk1"), as_user(db, "lawyer"), as_user(db, "eve")

    svc.start_review(clerk, reg)
    with pytest.raises(PermissionDenied, check=code_is("user.not_permitted")):
        svc.issue_opinion(clerk, reg, svc.OpinionInput("approve", "同意"))
    svc.issue_opinion(lawyer, reg, svc.OpinionInput("approve", "同意"))
    with pytest.raises(PermissionDenied, check=code_is("user.not_a_user")):
        svc.publish(stranger, reg, D(2025, 6, 16), "辽科发〔2025〕1号")
    with pytest.raises(PermissionDenied, check=code_is("user.not_permitted")):
        save_schedule(lawyer, 2099, (D(2099, 1, 1),), (), note="")
    with pytest.raises(PermissionDenied):
        add_user(clerk, "x", "admin")
    svc.publish(clerk, reg, D(2025, 6, 16), "辽科发〔2025〕1号")
    assert show_item(stranger, reg).status.value == "published"  # reading is open to all
    assert current_user(stranger) is None
    assert current_user(lawyer) is not None and current_user(lawyer).can(  # type: ignore[union-attr]
        Permission.ISSUE_OPINION
    )


def test_disabled_user_and_last_admin(db: Database) -> None:
    boss = as_user(db, "boss")
    add_user(boss, "clerk1", "clerk")
    set_user(boss, "clerk1", active=False)
    with pytest.raises(PermissionDenied, check=code_is("user.deactivated")):
        svc.register(as_user(db, "clerk1"), svc.NewItem("other_contract", "合同", D(2025, 6, 2)))
    with pytest.raises(InvalidInput, check=code_is("user.last_admin")):
        set_user(boss, "boss", roles="counsel")
    with pytest.raises(InvalidInput, check=code_is("role.unknown")):
        add_user(boss, "y", "superuser")
