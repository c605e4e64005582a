"""Drafts: what a person has typed into an item's opinion editor or details form and not yet
issued or saved, kept in the database while they type (docs/RULES.md §9: "nothing typed is ever
lost"). One draft per item, login and part.

Drafts are typing, not changes: saving one writes no audit event and leaves the item's version
alone, and it is not refused by the checks of a change (dates, status, stale version). It does
need the permission the finished work needs: only those who may issue opinions keep opinion
drafts, only those who may edit items keep detail drafts. Issuing the opinion discards the
opinion draft in the same transaction (:func:`workbench.services.review.issue_opinion`).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from workbench.domain.errors import InvalidInput
from workbench.domain.roles import PERMISSION_TERMS, Permission, PermissionDenied
from workbench.services.context import ServiceContext
from workbench.services.users import current_user
from workbench.store import drafts as store
from workbench.store import items as item_store

#: a draft larger than this (characters of JSON) is refused: an opinion is at most 70,000
MAX_PAYLOAD = 1_000_000


class DraftPart(StrEnum):
    OPINION = "opinion"
    DETAILS = "details"


NEEDS = {DraftPart.OPINION: Permission.ISSUE_OPINION, DraftPart.DETAILS: Permission.EDIT_ITEMS}


@dataclass(frozen=True)
class Draft:
    """A kept draft: the editor's state as the UI saved it, and when."""

    reg_no: str
    part: DraftPart
    payload: Mapping[str, Any]
    updated_at: dt.datetime


@dataclass(frozen=True)
class DraftRef:
    """Which item has a draft of the acting user, without its content."""

    reg_no: str
    part: DraftPart
    updated_at: dt.datetime


def parse_part(part: DraftPart | str) -> DraftPart:
    try:
        return DraftPart(part)
    except ValueError:
        raise InvalidInput("draft.part_unknown", part=str(part)) from None


def _encode(payload: Mapping[str, Any]) -> str:
    try:
        text = json.dumps(dict(payload), ensure_ascii=False, sort_keys=True)
    except (TypeError, ValueError) as exc:
        raise InvalidInput("draft.unsavable", reason=str(exc)) from None
    if len(text) > MAX_PAYLOAD:
        raise InvalidInput("draft.too_long")
    return text


def _decode(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _require(ctx: ServiceContext, part: DraftPart) -> None:
    permission = NEEDS[part]
    user = current_user(ctx)
    if user is None or not user.can(permission):
        raise PermissionDenied(
            "draft.not_permitted",
            login=ctx.actor,
            permission=permission.value,
            allowed=PERMISSION_TERMS[permission],
        )


def save_draft(
    ctx: ServiceContext, reg_no: str, part: DraftPart | str, payload: Mapping[str, Any]
) -> Draft:
    """Keep ``payload`` as the acting user's draft of ``part`` of the item (replacing any)."""
    which = parse_part(part)
    text = _encode(payload)
    _require(ctx, which)
    now = dt.datetime.now().replace(microsecond=0)
    with ctx.db.write() as conn:
        row = item_store.get_by_reg_no(conn, reg_no)
        store.put(conn, row.id, ctx.actor, which.value, text, now)
        return Draft(row.reg_no, which, _decode(text), now)


def load_draft(ctx: ServiceContext, reg_no: str, part: DraftPart | str) -> Draft | None:
    """The acting user's draft of ``part`` of the item, or ``None``."""
    which = parse_part(part)
    with ctx.db.read() as conn:
        item = item_store.get_by_reg_no(conn, reg_no)
        row = store.get(conn, item.id, ctx.actor, which.value)
    if row is None:
        return None
    return Draft(item.reg_no, which, _decode(row.payload), row.updated_at)


def discard_draft(ctx: ServiceContext, reg_no: str, part: DraftPart | str) -> bool:
    """Forget the acting user's draft of ``part`` of the item; True when there was one."""
    which = parse_part(part)
    with ctx.db.read() as conn:  # most discards find nothing: no write lock for those
        item = item_store.get_by_reg_no(conn, reg_no)
        if store.get(conn, item.id, ctx.actor, which.value) is None:
            return False
    with ctx.db.write() as conn:
        return store.remove(conn, item.id, ctx.actor, which.value)


def list_drafts(ctx: ServiceContext) -> tuple[DraftRef, ...]:
    """Every draft the acting user keeps, newest first."""
    with ctx.db.read() as conn:
        rows = store.of_login(conn, ctx.actor)
    return tuple(DraftRef(r.reg_no, DraftPart(r.part), r.updated_at) for r in rows)
