"""Publication refuses a 文号 another item already uses (compared normalised) unless forced."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.domain.errors import DuplicateDocNo, InvalidInput
from workbench.domain.statuses import Status
from workbench.services import items as svc
from workbench.services.audit import item_history
from workbench.services.context import ServiceContext
from workbench.services.queries import show_item

D = dt.date


def _ready_to_publish(ctx: ServiceContext, title: str) -> str:
    reg = svc.register(
        ctx, svc.NewItem(kind="normative", title=title, received_on=D(2025, 3, 3))
    ).reg_no
    svc.start_review(ctx, reg)
    svc.issue_opinion(ctx, reg, svc.OpinionInput("approve", "同意", issued_on=D(2025, 3, 20)))
    return reg


def test_a_doc_no_in_use_is_refused_naming_the_other_item(ctx: ServiceContext) -> None:
    first = _ready_to_publish(ctx, "甲办法")
    second = _ready_to_publish(ctx, "乙办法")
    svc.publish(ctx, first, D(2025, 4, 1), "辽科发〔2025〕3号")
    with pytest.raises(DuplicateDocNo) as refused:
        # spelled differently, the same number once normalised
        svc.publish(ctx, second, D(2025, 4, 2), "辽科发[2025]第003号")
    assert isinstance(refused.value, InvalidInput)
    assert refused.value.other_reg_no == first
    assert first in str(refused.value) and str(refused.value).count("。") == 1
    view = show_item(ctx, second)
    assert view.status is Status.OPINION_ISSUED and view.doc_no == ""
    assert [e.action for e in item_history(ctx, second)][-1] == "issue_opinion"

    forced = svc.publish(ctx, second, D(2025, 4, 2), "辽科发[2025]第003号", force=True)
    assert forced.status is Status.PUBLISHED and forced.doc_no == "辽科发[2025]第003号"


def test_the_item_own_doc_no_and_new_numbers_pass(ctx: ServiceContext) -> None:
    first = _ready_to_publish(ctx, "甲办法")
    second = _ready_to_publish(ctx, "乙办法")
    svc.update_details(ctx, first, show_item(ctx, first).version, doc_no="辽科发〔2025〕3号")
    svc.publish(ctx, first, D(2025, 4, 1), "辽科发〔2025〕3号")  # its own number
    svc.publish(ctx, second, D(2025, 4, 1), "辽科发〔2025〕4号")
    assert show_item(ctx, second).status is Status.PUBLISHED
