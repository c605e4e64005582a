"""Use-cases on one item: register, assign, review, opinion, publish, file, end.

Each function is one transaction and writes its audit event inside it. A refusal raises a
:class:`~workbench.domain.errors.WorkbenchError` before anything is written.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Row

from workbench.domain.calendar import WorkCalendar
from workbench.domain.deadlines import Pause, default_valid_until, filing_due, review_clock
from workbench.domain.docno import normalize_doc_no
from workbench.domain.errors import Conflict, InvalidInput
from workbench.domain.fields import MAX_TITLE, clean_text, parse_amount
from workbench.domain.kinds import Kind, parse_kind
from workbench.domain.office import OfficeSettings, format_reg_no, reg_no_regex
from workbench.domain.opinions import (
    Conclusion,
    Defect,
    FilingResult,
    parse_conclusion,
    parse_defect,
)
from workbench.domain.roles import Permission
from workbench.domain.statuses import Status, check_transition, status_label
from workbench.services import queries
from workbench.services.context import ServiceContext
from workbench.services.users import require
from workbench.services.views import ItemView
from workbench.store import audit
from workbench.store import items as store
from workbench.store.calendar import load_calendar
from workbench.store.schema import opinions, pauses
from workbench.store.settings import get_value, load_office, set_value


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _diff(row: Row[Any], changes: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    before = {k: _jsonable(getattr(row, k)) for k in changes}
    after = {k: _jsonable(v) for k, v in changes.items()}
    return before, after


def _fmt(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def check_date(day: dt.date, today: dt.date, what: str) -> None:
    if day > today:
        raise InvalidInput(f"{what}{_fmt(day)}晚于今天（{_fmt(today)}），请检查日期。")
    if day.year < 1990:
        raise InvalidInput(f"{what}{_fmt(day)}太早，请检查日期。")


def _not_before(day: dt.date, earlier: dt.date | None, what: str, earlier_what: str) -> None:
    if earlier is not None and day < earlier:
        raise InvalidInput(f"{what}{_fmt(day)}早于{earlier_what}{_fmt(earlier)}。")


@dataclass(frozen=True)
class NewItem:
    kind: Kind | str
    title: str
    received_on: dt.date
    unit: str = ""
    counsel: str = ""
    doc_no: str = ""
    counterparty: str = ""
    amount: Decimal | str | None = None
    notes: str = ""
    reg_no: str | None = None
    fair_review_required: bool = False


def next_reg_no(conn: Connection, office: OfficeSettings, year: int) -> str:
    """The next free registration number of ``year`` under the office's pattern."""
    key = f"reg_seq.{year}"
    seq = int(get_value(conn, key, 0))
    while True:
        seq += 1
        candidate = format_reg_no(office.reg_no_pattern, year, seq)
        if not store.reg_no_exists(conn, candidate):
            set_value(conn, key, seq)
            return candidate


def note_reg_no(conn: Connection, office: OfficeSettings, reg_no: str, year: int) -> None:
    """Keep the sequence ahead of an explicitly given number made by the same pattern."""
    match = reg_no_regex(office.reg_no_pattern, year).match(reg_no)
    if match:
        key = f"reg_seq.{year}"
        if int(match.group(1)) > int(get_value(conn, key, 0)):
            set_value(conn, key, int(match.group(1)))


def _due_values(
    cal: WorkCalendar, office: OfficeSettings, kind: Kind, received_on: dt.date, ps: list[Pause]
) -> dict[str, Any]:
    clock = review_clock(cal, received_on, office.period(kind), ps)
    return {
        "review_due_on": clock.due_on,
        "paused_remaining": clock.remaining_workdays if clock.paused else None,
    }


def register(ctx: ServiceContext, new: NewItem) -> ItemView:
    today = ctx.today()
    kind = parse_kind(new.kind) if isinstance(new.kind, str) else new.kind
    title = clean_text(new.title, "标题", required=True, limit=MAX_TITLE)
    check_date(new.received_on, today, "送审日期")
    amount = parse_amount(new.amount)
    doc_no = clean_text(new.doc_no, "文号", limit=100)
    with ctx.db.write() as conn:
        require(conn, ctx, Permission.EDIT_ITEMS)
        office = load_office(conn)
        cal = load_calendar(conn)
        if new.reg_no:
            reg_no = clean_text(new.reg_no, "登记号", limit=40)
            if store.reg_no_exists(conn, reg_no):
                raise InvalidInput(f"登记号“{reg_no}”已被使用。")
            note_reg_no(conn, office, reg_no, new.received_on.year)
        else:
            reg_no = next_reg_no(conn, office, new.received_on.year)
        values = {
            "reg_no": reg_no,
            "kind": kind.value,
            "title": title,
            "unit": clean_text(new.unit, "起草单位", limit=200),
            "received_on": new.received_on,
            "counsel": clean_text(new.counsel, "审核人", limit=64),
            "status": Status.REGISTERED.value,
            "doc_no": doc_no,
            "doc_no_norm": normalize_doc_no(doc_no),
            "counterparty": clean_text(new.counterparty, "合同相对方", limit=200),
            "amount": amount,
            "notes": clean_text(new.notes, "备注"),
            "fair_review_required": new.fair_review_required,
            **_due_values(cal, office, kind, new.received_on, []),
        }
        item_id = store.insert(conn, values)
        audit.record(
            conn,
            actor=ctx.actor,
            action="register",
            item_id=item_id,
            reg_no=reg_no,
            after={k: _jsonable(v) for k, v in values.items()},
        )
        return queries.load_view(conn, store.get_by_id(conn, item_id), cal, today)


def _change(
    ctx: ServiceContext,
    conn: Connection,
    row: Row[Any],
    action: str,
    changes: dict[str, Any],
    *,
    note: dict[str, Any] | None = None,
) -> None:
    before, after = _diff(row, changes)
    if note:
        after.update(note)
    store.update(conn, row, changes)
    audit.record(
        conn,
        actor=ctx.actor,
        action=action,
        item_id=row.id,
        reg_no=row.reg_no,
        before=before,
        after=after,
    )


def _load(
    ctx: ServiceContext, conn: Connection, reg_no: str, expected_version: int | None
) -> tuple[Row[Any], WorkCalendar]:
    row = store.get_by_reg_no(conn, reg_no)
    if expected_version is not None and row.version != expected_version:
        raise Conflict(
            f"事项“{row.reg_no}”已被他人修改（您看到的是第 {expected_version} 版，"
            f"现在是第 {row.version} 版）：请刷新后再保存。"
        )
    return row, load_calendar(conn)


def _transition(row: Row[Any], target: Status) -> None:
    check_transition(Kind(row.kind), Status(row.status), target)


def _finish(ctx: ServiceContext, conn: Connection, row_id: int, cal: WorkCalendar) -> ItemView:
    return queries.load_view(conn, store.get_by_id(conn, row_id), cal, ctx.today())


def assign(
    ctx: ServiceContext, reg_no: str, counsel: str, *, expected_version: int | None = None
) -> ItemView:
    name = clean_text(counsel, "审核人", required=True, limit=64)
    with ctx.db.write() as conn:
        require(conn, ctx, Permission.EDIT_ITEMS)
        row, cal = _load(ctx, conn, reg_no, expected_version)
        if Status(row.status) not in (Status.REGISTERED, Status.IN_REVIEW, Status.RETURNED):
            raise InvalidInput(
                f"事项“{row.reg_no}”已是“{status_label(Status(row.status))}”，不能再改派审核人。"
            )
        _change(ctx, conn, row, "assign", {"counsel": name})
        return _finish(ctx, conn, row.id, cal)


def start_review(
    ctx: ServiceContext, reg_no: str, *, expected_version: int | None = None
) -> ItemView:
    with ctx.db.write() as conn:
        require(conn, ctx, Permission.REVIEW)
        row, cal = _load(ctx, conn, reg_no, expected_version)
        _transition(row, Status.IN_REVIEW)
        if Status(row.status) is Status.RETURNED:
            raise InvalidInput(
                f"事项“{row.reg_no}”已退回补正：材料补齐后请用“重新送审”（resubmit）。"
            )
        changes: dict[str, Any] = {"status": Status.IN_REVIEW.value}
        if not row.counsel:
            changes["counsel"] = ctx.actor
        _change(ctx, conn, row, "start_review", changes)
        return _finish(ctx, conn, row.id, cal)


def _pause_list(conn: Connection, item_id: int) -> list[Pause]:
    return [Pause(p.returned_on, p.resubmitted_on) for p in store.pauses_of(conn, item_id)]


def return_for_materials(
    ctx: ServiceContext,
    reg_no: str,
    reason: str,
    on: dt.date | None = None,
    *,
    expected_version: int | None = None,
) -> ItemView:
    day = on or ctx.today()
    check_date(day, ctx.today(), "退回日期")
    why = clean_text(reason, "退回原因", required=True, limit=2000)
    with ctx.db.write() as conn:
        require(conn, ctx, Permission.REVIEW)
        row, cal = _load(ctx, conn, reg_no, expected_version)
        _transition(row, Status.RETURNED)
        ps = store.pauses_of(conn, row.id)
        _not_before(day, row.received_on, "退回日期", "送审日期")
        if ps and ps[-1].resubmitted_on is not None:
            _not_before(day, ps[-1].resubmitted_on, "退回日期", "上次重新送审日期")
        conn.execute(pauses.insert().values(item_id=row.id, returned_on=day, reason=why))
        office = load_office(conn)
        changes = {"status": Status.RETURNED.value}
        changes.update(
            _due_values(cal, office, Kind(row.kind), row.received_on, _pause_list(conn, row.id))
        )
        _change(ctx, conn, row, "return", changes, note={"reason": why, "date": day.isoformat()})
        return _finish(ctx, conn, row.id, cal)


def resubmit(
    ctx: ServiceContext,
    reg_no: str,
    on: dt.date | None = None,
    *,
    expected_version: int | None = None,
) -> ItemView:
    day = on or ctx.today()
    check_date(day, ctx.today(), "重新送审日期")
    with ctx.db.write() as conn:
        require(conn, ctx, Permission.REVIEW)
        row, cal = _load(ctx, conn, reg_no, expected_version)
        _transition(row, Status.IN_REVIEW)
        if Status(row.status) is not Status.RETURNED:
            raise InvalidInput(f"事项“{row.reg_no}”没有被退回，无需重新送审。")
        open_pause = store.pauses_of(conn, row.id)[-1]
        _not_before(day, open_pause.returned_on, "重新送审日期", "退回日期")
        conn.execute(pauses.update().where(pauses.c.id == open_pause.id).values(resubmitted_on=day))
        office = load_office(conn)
        changes = {"status": Status.IN_REVIEW.value}
        changes.update(
            _due_values(cal, office, Kind(row.kind), row.received_on, _pause_list(conn, row.id))
        )
        _change(ctx, conn, row, "resubmit", changes, note={"date": day.isoformat()})
        return _finish(ctx, conn, row.id, cal)


@dataclass(frozen=True)
class OpinionInput:
    conclusion: Conclusion | str
    text: str
    basis: str = ""
    issued_on: dt.date | None = None
    defects: tuple[Defect | str, ...] = ()
    counsel: str | None = None


def issue_opinion(
    ctx: ServiceContext,
    reg_no: str,
    opinion: OpinionInput,
    *,
    expected_version: int | None = None,
) -> ItemView:
    """Issue the item's opinion; on an item that has one, issue a revision superseding it."""
    today = ctx.today()
    day = opinion.issued_on or today
    check_date(day, today, "意见出具日期")
    conclusion = (
        parse_conclusion(opinion.conclusion)
        if isinstance(opinion.conclusion, str)
        else opinion.conclusion
    )
    defects = tuple(
        sorted({(parse_defect(d) if isinstance(d, str) else d).value for d in opinion.defects})
    )
    text = clean_text(opinion.text, "审核意见", required=True, limit=50000)
    basis = clean_text(opinion.basis, "法律依据", limit=20000)
    with ctx.db.write() as conn:
        require(conn, ctx, Permission.ISSUE_OPINION)
        row, cal = _load(ctx, conn, reg_no, expected_version)
        status = Status(row.status)
        previous = store.opinions_of(conn, row.id)
        _not_before(day, row.received_on, "意见出具日期", "送审日期")
        counsel = clean_text(opinion.counsel or row.counsel or ctx.actor, "审核人", limit=64)
        changes: dict[str, Any] = {"conclusion": conclusion.value}
        if previous:
            if status in (Status.WITHDRAWN, Status.REGISTERED, Status.IN_REVIEW, Status.RETURNED):
                raise InvalidInput(f"事项“{row.reg_no}”的状态不允许修订意见。")
            _not_before(day, previous[-1].issued_on, "修订意见日期", "上一次意见日期")
            action = "revise_opinion"
        else:
            _transition(row, Status.OPINION_ISSUED)
            if status is not Status.IN_REVIEW:  # pragma: no cover - guarded by the transition
                raise InvalidInput("只有审核中的事项才能出具意见。")
            changes.update({"status": Status.OPINION_ISSUED.value, "opinion_on": day})
            if not row.counsel:
                changes["counsel"] = counsel
            action = "issue_opinion"
        if Status(row.status) is Status.PUBLISHED and conclusion is Conclusion.REJECT:
            raise InvalidInput(f"事项“{row.reg_no}”已公布，修订意见不能改为“不同意”。")
        conn.execute(
            opinions.insert().values(
                item_id=row.id,
                revision=len(previous) + 1,
                supersedes_id=previous[-1].id if previous else None,
                counsel=counsel,
                issued_on=day,
                conclusion=conclusion.value,
                text=text,
                basis=basis,
                defects=",".join(defects),
                created_at=dt.datetime.now(),
                created_by=ctx.actor,
            )
        )
        _change(
            ctx,
            conn,
            row,
            action,
            changes,
            note={
                "revision": len(previous) + 1,
                "issued_on": day.isoformat(),
                "counsel": counsel,
                "text": text,
                "basis": basis,
                "defects": list(defects),
            },
        )
        return _finish(ctx, conn, row.id, cal)


def publish(
    ctx: ServiceContext,
    reg_no: str,
    on: dt.date,
    doc_no: str,
    *,
    valid_until: dt.date | None = None,
    expected_version: int | None = None,
) -> ItemView:
    check_date(on, ctx.today(), "公布日期")
    number = clean_text(doc_no, "文号", required=True, limit=100)
    with ctx.db.write() as conn:
        require(conn, ctx, Permission.EDIT_ITEMS)
        row, cal = _load(ctx, conn, reg_no, expected_version)
        _transition(row, Status.PUBLISHED)
        if row.conclusion == Conclusion.REJECT.value:
            raise InvalidInput(
                f"事项“{row.reg_no}”的审核结论是“不同意”，不能登记公布；修改后应重新送审。"
            )
        _not_before(on, row.opinion_on, "公布日期", "意见出具日期")
        office = load_office(conn)
        until = valid_until or default_valid_until(row.title, on)
        if until <= on:
            raise InvalidInput(f"有效期至{_fmt(until)}不晚于公布日期{_fmt(on)}。")
        changes = {
            "status": Status.PUBLISHED.value,
            "published_on": on,
            "doc_no": number,
            "doc_no_norm": normalize_doc_no(number),
            "filing_due_on": filing_due(cal, on, office.filing_days),
            "valid_until": until,
        }
        _change(ctx, conn, row, "publish", changes)
        return _finish(ctx, conn, row.id, cal)


def record_filing(
    ctx: ServiceContext,
    reg_no: str,
    on: dt.date,
    *,
    ref: str = "",
    authority: str | None = None,
    result: FilingResult | None = None,
    result_on: dt.date | None = None,
    expected_version: int | None = None,
) -> ItemView:
    check_date(on, ctx.today(), "报送备案日期")
    if result_on is not None:
        check_date(result_on, ctx.today(), "备案结果日期")
        _not_before(result_on, on, "备案结果日期", "报送备案日期")
    with ctx.db.write() as conn:
        require(conn, ctx, Permission.EDIT_ITEMS)
        row, cal = _load(ctx, conn, reg_no, expected_version)
        _transition(row, Status.FILED)
        _not_before(on, row.published_on, "报送备案日期", "公布日期")
        office = load_office(conn)
        changes: dict[str, Any] = {
            "status": Status.FILED.value,
            "filed_on": on,
            "filing_ref": clean_text(ref, "备案文号", limit=200),
            "filing_authority": clean_text(
                authority or office.filing_authority, "备案机关", limit=200
            ),
        }
        if result is not None:
            changes["filing_result"] = result.value
            changes["filing_result_on"] = result_on
        _change(ctx, conn, row, "file", changes)
        return _finish(ctx, conn, row.id, cal)


def record_filing_result(
    ctx: ServiceContext,
    reg_no: str,
    result: FilingResult,
    on: dt.date,
    *,
    expected_version: int | None = None,
) -> ItemView:
    check_date(on, ctx.today(), "备案结果日期")
    with ctx.db.write() as conn:
        require(conn, ctx, Permission.EDIT_ITEMS)
        row, cal = _load(ctx, conn, reg_no, expected_version)
        if row.filed_on is None:
            raise InvalidInput(f"事项“{row.reg_no}”尚未报送备案，不能登记备案结果。")
        _not_before(on, row.filed_on, "备案结果日期", "报送备案日期")
        changes = {"filing_result": result.value, "filing_result_on": on}
        _change(ctx, conn, row, "filing_result", changes)
        return _finish(ctx, conn, row.id, cal)


def withdraw(
    ctx: ServiceContext,
    reg_no: str,
    on: dt.date | None = None,
    *,
    expected_version: int | None = None,
) -> ItemView:
    day = on or ctx.today()
    check_date(day, ctx.today(), "撤回日期")
    with ctx.db.write() as conn:
        require(conn, ctx, Permission.EDIT_ITEMS)
        row, cal = _load(ctx, conn, reg_no, expected_version)
        _transition(row, Status.WITHDRAWN)
        _not_before(day, row.received_on, "撤回日期", "送审日期")
        changes: dict[str, Any] = {"status": Status.WITHDRAWN.value, "withdrawn_on": day}
        if Status(row.status) is Status.RETURNED:
            changes["paused_remaining"] = None
        _change(ctx, conn, row, "withdraw", changes)
        return _finish(ctx, conn, row.id, cal)


def repeal(
    ctx: ServiceContext, reg_no: str, on: dt.date, *, expected_version: int | None = None
) -> ItemView:
    check_date(on, ctx.today(), "废止日期")
    with ctx.db.write() as conn:
        require(conn, ctx, Permission.EDIT_ITEMS)
        row, cal = _load(ctx, conn, reg_no, expected_version)
        _transition(row, Status.REPEALED)
        _not_before(on, row.published_on, "废止日期", "公布日期")
        _change(ctx, conn, row, "repeal", {"status": Status.REPEALED.value, "ended_on": on})
        return _finish(ctx, conn, row.id, cal)


def expire_lapsed(ctx: ServiceContext) -> int:
    """Mark published or filed documents whose validity has run out as expired."""
    today = ctx.today()
    with ctx.db.read() as conn:
        if not queries.lapsed_rows(conn, today):
            return 0  # the usual case: no write transaction at all
    count = 0
    with ctx.db.write() as conn:
        for row in queries.lapsed_rows(conn, today):
            end = row.valid_until + dt.timedelta(days=1)
            _change(ctx, conn, row, "expire", {"status": Status.EXPIRED.value, "ended_on": end})
            count += 1
    return count


EDITABLE = (
    "title",
    "unit",
    "doc_no",
    "counterparty",
    "amount",
    "notes",
    "tags",
    "fair_review_required",
    "fair_review_done",
    "received_on",
    "kind",
    "valid_until",
)


def update_details(
    ctx: ServiceContext, reg_no: str, expected_version: int, **fields: Any
) -> ItemView:
    """Edit the descriptive fields of an item; refuses if someone saved in between."""
    unknown = set(fields) - set(EDITABLE)
    if unknown:
        raise InvalidInput(f"不能直接修改这些字段：{', '.join(sorted(unknown))}。")
    today = ctx.today()
    with ctx.db.write() as conn:
        require(conn, ctx, Permission.EDIT_ITEMS)
        row, cal = _load(ctx, conn, reg_no, expected_version)
        changes: dict[str, Any] = {}
        for key, value in fields.items():
            if key == "title":
                value = clean_text(value, "标题", required=True, limit=MAX_TITLE)
            elif key == "amount":
                value = parse_amount(value)
            elif key == "kind":
                value = (parse_kind(value) if isinstance(value, str) else value).value
                if value != row.kind and Status(row.status) not in (
                    Status.REGISTERED,
                    Status.IN_REVIEW,
                    Status.RETURNED,
                ):
                    raise InvalidInput("已出具意见的事项不能更改类型。")
            elif key == "received_on":
                check_date(value, today, "送审日期")
                if row.opinion_on is not None:
                    _not_before(row.opinion_on, value, "意见出具日期", "送审日期")
            elif key in ("fair_review_required", "fair_review_done"):
                value = bool(value)
            elif key == "valid_until":
                if value is not None and row.published_on and value <= row.published_on:
                    raise InvalidInput("有效期截止日不能早于公布日期。")
            else:
                value = clean_text(value, key)
            if getattr(row, key) != value:
                changes[key] = value
        if "doc_no" in changes:
            changes["doc_no_norm"] = normalize_doc_no(changes["doc_no"])
        if {"kind", "received_on"} & set(changes) and Status(row.status) in (
            Status.REGISTERED,
            Status.IN_REVIEW,
            Status.RETURNED,
        ):
            office = load_office(conn)
            kind = Kind(changes.get("kind", row.kind))
            changes.update(
                _due_values(
                    cal,
                    office,
                    kind,
                    changes.get("received_on", row.received_on),
                    _pause_list(conn, row.id),
                )
            )
        if changes:
            _change(ctx, conn, row, "edit", changes)
        return _finish(ctx, conn, row.id, cal)
