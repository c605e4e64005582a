"""What the item use-cases share: the use-case frame (:func:`item_use_case`), writing a change
with its audit event, date checks and the review clock (docs/ARCHITECTURE.md, "The use-case
frame")."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Row

from workbench.domain.calendar import WorkCalendar
from workbench.domain.deadlines import Pause, review_clock
from workbench.domain.errors import Conflict, InvalidInput
from workbench.domain.kinds import Kind
from workbench.domain.messages import Msg, Term, field_label
from workbench.domain.office import OfficeSettings
from workbench.domain.roles import Permission
from workbench.domain.statuses import Status, check_transition
from workbench.services import queries
from workbench.services.context import ServiceContext
from workbench.services.users import require
from workbench.services.views import ItemView
from workbench.store import audit
from workbench.store import items as store
from workbench.store.calendar import load_calendar


def jsonable(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def diff(row: Row[Any], changes: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    before = {k: jsonable(getattr(row, k)) for k in changes}
    after = {k: jsonable(v) for k, v in changes.items()}
    return before, after


def fmt_date(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


#: a field's key ("published_on", see ``workbench.domain.messages.field_label``) or its name
What = str | Msg | Term


def check_date(day: dt.date, today: dt.date, what: What) -> None:
    if day > today:
        raise InvalidInput("date.future", what=field_label(what), day=day, today=today)
    if day.year < 1990:
        raise InvalidInput("date.too_early", what=field_label(what), day=day)


def not_before(day: dt.date, earlier: dt.date | None, what: What, earlier_what: What) -> None:
    if earlier is not None and day < earlier:
        raise InvalidInput(
            "date.before",
            what=field_label(what),
            day=day,
            earlier_what=field_label(earlier_what),
            earlier=earlier,
        )


def due_values(
    cal: WorkCalendar, office: OfficeSettings, kind: Kind, received_on: dt.date, ps: list[Pause]
) -> dict[str, Any]:
    clock = review_clock(cal, received_on, office.period(kind), ps)
    return {
        "review_due_on": clock.due_on,
        "paused_remaining": clock.remaining_workdays if clock.paused else None,
    }


def change(
    ctx: ServiceContext,
    conn: Connection,
    row: Row[Any],
    action: str,
    changes: dict[str, Any],
    *,
    note: dict[str, Any] | None = None,
) -> None:
    before, after = diff(row, changes)
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


def load_row(
    ctx: ServiceContext, conn: Connection, reg_no: str, expected_version: int | None
) -> tuple[Row[Any], WorkCalendar]:
    row = store.get_by_reg_no(conn, reg_no)
    if expected_version is not None and row.version != expected_version:
        raise Conflict(
            "item.changed_since",
            reg_no=row.reg_no,
            seen=expected_version,
            current=row.version,
        )
    return row, load_calendar(conn)


def transition(row: Row[Any], target: Status) -> None:
    check_transition(Kind(row.kind), Status(row.status), target)


def finish(ctx: ServiceContext, conn: Connection, row_id: int, cal: WorkCalendar) -> ItemView:
    return queries.load_view(conn, store.get_by_id(conn, row_id), cal, ctx.today())


def pause_list(conn: Connection, item_id: int) -> list[Pause]:
    return [Pause(p.returned_on, p.resubmitted_on) for p in store.pauses_of(conn, item_id)]


@dataclass
class ItemChange:
    """One item use-case in progress: its transaction, the row as loaded at the version the user
    saw, and the calendar. :meth:`record` writes the change with its audit event."""

    ctx: ServiceContext
    conn: Connection
    row: Row[Any]
    cal: WorkCalendar

    def record(
        self, action: str, changes: dict[str, Any], *, note: dict[str, Any] | None = None
    ) -> ItemView:
        """Write ``changes`` (and the audit event ``action``); the item as it now is."""
        if changes or note:
            change(self.ctx, self.conn, self.row, action, changes, note=note)
        return self.view()

    def view(self) -> ItemView:
        return finish(self.ctx, self.conn, self.row.id, self.cal)


@contextlib.contextmanager
def item_use_case(
    ctx: ServiceContext,
    reg_no: str,
    permission: Permission,
    *,
    expected_version: int | None = None,
    to: Status | None = None,
    dates: Sequence[tuple[dt.date | None, What]] = (),
) -> Iterator[ItemChange]:
    """The frame every item use-case goes through: check the dates (not in the future, not
    absurdly early), open the write transaction, require the permission, load the row at the
    version the user saw (else :class:`Conflict`), check the transition to ``to``."""
    for day, what in dates:
        if day is not None:
            check_date(day, ctx.today(), what)
    with ctx.db.write() as conn:
        require(conn, ctx, permission)
        row, cal = load_row(ctx, conn, reg_no, expected_version)
        if to is not None:
            transition(row, to)
        yield ItemChange(ctx, conn, row, cal)
