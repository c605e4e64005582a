"""Cleanup campaigns (清理): review every normative document in force on a date, decide for each
继续有效 / 拟修改 / 拟废止 / 宣布失效, publish the result lists, and on closing apply them.

Starting lists the documents in force on the as-of date (docs/RULES.md §6, ``in_force``) as
entries; entries whose attached document triggers a fair-competition or market-barrier review
hint are flagged for attention. Setting a result is a counsel's decision (the permission to
issue opinions: a clerk prepares the campaign, only counsel judge a document's legality).
Closing is refused while an entry is undecided; it then repeals (repeal) or expires (invalidate)
the documents on the closing date through the same change-and-audit path as the item use-cases,
and the campaign becomes read-only. Each function is one transaction with its audit events.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Row, func, select

from workbench.domain.cleanup import (
    HOW_ENDED,
    LISTS,
    CampaignStatus,
    CleanupResult,
    parse_result,
)
from workbench.domain.errors import InvalidInput, NotFound
from workbench.domain.fields import MAX_TITLE, clean_text
from workbench.domain.messages import msg
from workbench.domain.roles import Permission
from workbench.domain.statuses import IN_FORCE, Status
from workbench.reports.lists import ListTable, check_suffix, write_lists, zh_date
from workbench.services.catalogue import newest_texts
from workbench.services.cleanup_flags import fair_competition_scanner
from workbench.services.context import ServiceContext
from workbench.services.item_core import change, check_date, fmt_date, not_before, transition
from workbench.services.tally import in_force_at
from workbench.services.users import require
from workbench.store import audit
from workbench.store import items as item_store
from workbench.store.schema import cleanup_entries, cleanups, items


@dataclass(frozen=True)
class CampaignView:
    id: int
    title: str
    theme: str
    as_of: dt.date
    status: CampaignStatus
    closed_on: dt.date | None
    created_by: str
    total: int
    decided: int

    @property
    def closed(self) -> bool:
        return self.status is CampaignStatus.CLOSED

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "theme": self.theme,
            "as_of": self.as_of.isoformat(),
            "status": self.status.value,
            "closed_on": self.closed_on.isoformat() if self.closed_on else None,
            "created_by": self.created_by,
            "entries": self.total,
            "decided": self.decided,
        }


@dataclass(frozen=True)
class EntryView:
    reg_no: str
    title: str
    doc_no: str
    published_on: dt.date | None
    result: CleanupResult | None
    reason: str
    flagged: bool
    decided_by: str

    def to_json(self) -> dict[str, Any]:
        return {
            "reg_no": self.reg_no,
            "title": self.title,
            "doc_no": self.doc_no,
            "published_on": self.published_on.isoformat() if self.published_on else None,
            "result": self.result.value if self.result else None,
            "reason": self.reason,
            "flagged": self.flagged,
            "decided_by": self.decided_by,
        }


# -- reading ----------------------------------------------------------------------------------


def _campaign_row(conn: Connection, cleanup_id: int) -> Row[Any]:
    row = conn.execute(select(cleanups).where(cleanups.c.id == cleanup_id)).first()
    if row is None:
        raise NotFound("cleanup.not_found", cleanup_id=cleanup_id)
    return row


def _view(conn: Connection, row: Row[Any]) -> CampaignView:
    total, decided = conn.execute(
        select(func.count(), func.count(cleanup_entries.c.result)).where(
            cleanup_entries.c.cleanup_id == row.id
        )
    ).one()
    return CampaignView(
        id=row.id,
        title=row.title,
        theme=row.theme,
        as_of=row.as_of,
        status=CampaignStatus(row.status),
        closed_on=row.closed_on,
        created_by=row.created_by,
        total=int(total),
        decided=int(decided),
    )


def _entries(conn: Connection, cleanup_id: int) -> list[EntryView]:
    stmt = (
        select(
            items.c.reg_no,
            items.c.title,
            items.c.doc_no,
            items.c.published_on,
            cleanup_entries.c.result,
            cleanup_entries.c.reason,
            cleanup_entries.c.flagged,
            cleanup_entries.c.decided_by,
        )
        .join(items, items.c.id == cleanup_entries.c.item_id)
        .where(cleanup_entries.c.cleanup_id == cleanup_id)
        .order_by(items.c.published_on, items.c.doc_no_norm, items.c.id)
    )
    return [
        EntryView(
            reg_no=r.reg_no,
            title=r.title,
            doc_no=r.doc_no,
            published_on=r.published_on,
            result=CleanupResult(r.result) if r.result else None,
            reason=r.reason,
            flagged=bool(r.flagged),
            decided_by=r.decided_by,
        )
        for r in conn.execute(stmt)
    ]


def list_campaigns(ctx: ServiceContext) -> list[CampaignView]:
    """Every campaign, newest first."""
    with ctx.db.read() as conn:
        rows = conn.execute(select(cleanups).order_by(cleanups.c.id.desc())).all()
        return [_view(conn, r) for r in rows]


def campaign(ctx: ServiceContext, cleanup_id: int) -> CampaignView:
    with ctx.db.read() as conn:
        return _view(conn, _campaign_row(conn, cleanup_id))


def campaign_entries(ctx: ServiceContext, cleanup_id: int) -> list[EntryView]:
    with ctx.db.read() as conn:
        _campaign_row(conn, cleanup_id)
        return _entries(conn, cleanup_id)


# -- changing ---------------------------------------------------------------------------------


def start_campaign(
    ctx: ServiceContext, title: str, as_of: dt.date, theme: str = ""
) -> CampaignView:
    """A new campaign over every normative document in force on ``as_of``."""
    name = clean_text(title, "cleanup_title", required=True, limit=MAX_TITLE)
    subject = clean_text(theme, "cleanup_theme", limit=MAX_TITLE)
    check_date(as_of, ctx.today(), "cleanup_as_of")
    scan = fair_competition_scanner()
    with ctx.db.write() as conn:
        require(conn, ctx, Permission.EDIT_ITEMS)
        ids = list(
            conn.execute(
                select(items.c.id).where(in_force_at(as_of)).order_by(items.c.id)
            ).scalars()
        )
        if not ids:
            raise InvalidInput("cleanup.nothing_in_force", as_of=as_of)
        texts = newest_texts(conn, ids) if scan is not None else {}
        flagged = {i for i, text in texts.items() if scan is not None and scan(text)}
        now = dt.datetime.now().replace(microsecond=0)
        values = {"title": name, "theme": subject, "as_of": as_of, "status": "open"}
        inserted = conn.execute(
            cleanups.insert().values(**values, created_at=now, created_by=ctx.actor)
        ).inserted_primary_key
        assert inserted is not None
        new_id = int(inserted[0])
        conn.execute(
            cleanup_entries.insert(),
            [{"cleanup_id": new_id, "item_id": i, "flagged": i in flagged} for i in ids],
        )
        audit.record(
            conn,
            actor=ctx.actor,
            action="cleanup_start",
            after={
                "cleanup": new_id,
                **values,
                "as_of": as_of.isoformat(),
                "entries": len(ids),
                "flagged": len(flagged),
            },
        )
        return _view(conn, _campaign_row(conn, new_id))


def _open_row(conn: Connection, cleanup_id: int) -> Row[Any]:
    row = _campaign_row(conn, cleanup_id)
    if row.status == CampaignStatus.CLOSED.value:
        raise InvalidInput(
            "cleanup.closed", cleanup_id=cleanup_id, title=row.title, closed_on=row.closed_on
        )
    return row


def set_result(
    ctx: ServiceContext,
    cleanup_id: int,
    reg_no: str,
    result: CleanupResult | str,
    reason: str = "",
) -> EntryView:
    """Record a counsel's decision on one document of an open campaign."""
    chosen = parse_result(result) if isinstance(result, str) else result
    why = clean_text(reason, "reason", limit=2000)
    with ctx.db.write() as conn:
        require(conn, ctx, Permission.ISSUE_OPINION)
        row = _open_row(conn, cleanup_id)
        item = item_store.get_by_reg_no(conn, reg_no)
        key = (cleanup_entries.c.cleanup_id == cleanup_id) & (cleanup_entries.c.item_id == item.id)
        entry = conn.execute(select(cleanup_entries).where(key)).first()
        if entry is None:
            raise InvalidInput(
                "cleanup.item_not_in", reg_no=item.reg_no, cleanup_id=cleanup_id, title=row.title
            )
        changes = {"result": chosen.value, "reason": why}
        if {k: getattr(entry, k) for k in changes} != changes:
            conn.execute(
                cleanup_entries.update()
                .where(key)
                .values(
                    **changes,
                    decided_by=ctx.actor,
                    decided_at=dt.datetime.now().replace(microsecond=0),
                )
            )
            audit.record(
                conn,
                actor=ctx.actor,
                action="cleanup_set",
                item_id=item.id,
                reg_no=item.reg_no,
                before={"cleanup": cleanup_id, "result": entry.result, "reason": entry.reason},
                after={"cleanup": cleanup_id, **changes},
            )
        return next(e for e in _entries(conn, cleanup_id) if e.reg_no == item.reg_no)


def close_campaign(ctx: ServiceContext, cleanup_id: int, on: dt.date) -> CampaignView:
    """Apply the results (repeal → repealed, invalidate → expired, on ``on``) and close."""
    check_date(on, ctx.today(), "cleanup_closed_on")
    with ctx.db.write() as conn:
        require(conn, ctx, Permission.EDIT_ITEMS)
        row = _open_row(conn, cleanup_id)
        not_before(on, row.as_of, "cleanup_closed_on", "cleanup_as_of")
        entries = conn.execute(
            select(cleanup_entries.c.item_id, cleanup_entries.c.result).where(
                cleanup_entries.c.cleanup_id == cleanup_id
            )
        ).all()
        undecided = sum(1 for e in entries if e.result is None)
        if undecided:
            raise InvalidInput(
                "cleanup.undecided", cleanup_id=cleanup_id, title=row.title, undecided=undecided
            )
        ended = 0
        for e in entries:
            result = CleanupResult(e.result)
            if result not in HOW_ENDED:
                continue
            item = item_store.get_by_id(conn, e.item_id)
            if Status(item.status) not in IN_FORCE:
                continue  # already repealed or expired since the campaign began
            target = Status.REPEALED if result is CleanupResult.REPEAL else Status.EXPIRED
            transition(item, target)
            published = msg("phrase.item_published_on", reg_no=item.reg_no)
            not_before(on, item.published_on, "cleanup_closed_on", published)
            action = "repeal" if target is Status.REPEALED else "expire"
            note = {"cleanup": cleanup_id}
            change(ctx, conn, item, action, {"status": target.value, "ended_on": on}, note=note)
            ended += 1
        conn.execute(
            cleanups.update()
            .where(cleanups.c.id == cleanup_id)
            .values(status=CampaignStatus.CLOSED.value, closed_on=on)
        )
        audit.record(
            conn,
            actor=ctx.actor,
            action="cleanup_close",
            before={"cleanup": cleanup_id, "status": "open"},
            after={"cleanup": cleanup_id, "status": "closed", "closed_on": on.isoformat(),
                   "ended": ended},
        )  # fmt: skip
        return _view(conn, _campaign_row(conn, cleanup_id))


# -- the published lists ----------------------------------------------------------------------


def result_tables(entries: list[EntryView]) -> list[ListTable]:
    """继续有效, 拟修改 and 拟废止 (repeal and invalidate together, with 处理方式), numbered."""
    tables = []
    for name, results in LISTS:
        chosen = [e for e in entries if e.result in results]
        headers: tuple[str, ...] = ("序号", "文件名称", "文号", "公布日期")
        if CleanupResult.REPEAL in results:
            headers += ("处理方式",)
        if CleanupResult.KEEP not in results:
            headers += ("理由",)
        rows = []
        for n, e in enumerate(chosen, 1):
            cells: tuple[Any, ...] = (n, e.title, e.doc_no, e.published_on)
            if CleanupResult.REPEAL in results:
                assert e.result is not None
                cells += (HOW_ENDED[e.result],)
            if CleanupResult.KEEP not in results:
                cells += (e.reason,)
            rows.append(cells)
        tables.append(ListTable(name, headers, tuple(rows)))
    return tables


def export_campaign(ctx: ServiceContext, cleanup_id: int, path: str | Path) -> Path:
    """Write the result lists to ``path`` (.xlsx: a sheet each; .docx: a section each)."""
    target = Path(path)
    check_suffix(target)
    with ctx.db.read() as conn:
        view = _view(conn, _campaign_row(conn, cleanup_id))
        entries = _entries(conn, cleanup_id)
    state = (
        f"{fmt_date(view.closed_on)}结束"
        if view.closed_on
        else f"已确定{view.decided}/{view.total}件"
    )
    subtitle = f"清理基准日：{zh_date(view.as_of)}　{state}"
    if view.theme:
        subtitle = f"清理主题：{view.theme}　{subtitle}"
    return write_lists(target, f"{view.title}结果", subtitle, result_tables(entries))
