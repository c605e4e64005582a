"""Writing an imported ledger to the database (docs/RULES.md §7), inside the import's transaction.

New items go in by the batch, one ``executemany`` straight to the driver per table, with their
opinions, their pauses (returned for correction) and one audit event each. Items a ``--update``
row changes are written one by one, as an edit would be. Rows without a registration number get
the next free ones, exactly as ``next_reg_no`` would give them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Date, DateTime, Row, Table, select

from workbench.domain.office import OfficeSettings, format_reg_no, reg_no_regex
from workbench.domain.statuses import Status
from workbench.reports.ledger_rows import ItemDraft, audit_values, jsonable
from workbench.services.context import ServiceContext
from workbench.store import audit
from workbench.store import items as store
from workbench.store.schema import items, opinions, pauses
from workbench.store.settings import get_value, set_value

IMPORT_ACTION = "import"
IMPORTED_OPINION_TEXT = "（由台账导入）"
CORRECTED_OPINION_TEXT = "（依台账更正审核结论）"
RETURN_REASON = "（由台账导入：退回补正）"
#: Audit events are written when this many have gathered (and at the end).
EVENTS_BATCH = 2000

Convert = Callable[[Any], Any]


def _sqlite_datetime(value: dt.datetime) -> str:
    return value.isoformat(" ", "microseconds")


def _converter(table: Table, key: str, conn: Connection) -> Convert | None:
    """What turns a Python value of ``key`` into what the driver is given, as SQLAlchemy would.

    On SQLite, dates and datetimes become ISO text by the fast C methods (the same text as
    SQLAlchemy's own SQLite types write); everything else goes through the type's bind
    processor for the dialect, if it has one (decimals become floats on SQLite; psycopg takes
    every value here as it is).
    """
    kind = table.c[key].type
    if conn.dialect.name == "sqlite":
        if isinstance(kind, DateTime):
            return _sqlite_datetime
        if isinstance(kind, Date):
            return dt.date.isoformat
    processor: Convert | None = kind.dialect_impl(conn.dialect).bind_processor(conn.dialect)
    return processor


class BulkInsert:
    """``INSERT INTO table`` of rows given as mappings, executed with one ``executemany``.

    SQLAlchemy's per-value type processing costs more than the insert itself on 100,000 rows;
    here the statement is compiled once, and each row becomes the driver's parameters with one
    C-level lookup plus a conversion of only the columns that need one. ``constants`` are
    columns with the same value in every row (converted once).
    """

    def __init__(
        self,
        conn: Connection,
        table: Table,
        keys: Sequence[str],
        constants: Mapping[str, Any] | None = None,
    ) -> None:
        constants = dict(constants or {})
        compiled = table.insert().compile(dialect=conn.dialect, column_keys=[*keys, *constants])
        self.sql = str(compiled)
        order: tuple[str, ...] = tuple(compiled.positiontup or ())
        if not compiled.positional:
            order = (*keys, *constants)
        # a column default computed in Python would be a parameter no row supplies
        assert sorted(order) == sorted([*keys, *constants]), (order, keys, list(constants))
        self._order = order
        self._positional = compiled.positional
        varying = [k for k in order if k not in constants]
        self._get = itemgetter(*varying)
        self._single = len(varying) == 1
        self._convert = [
            (i, fn) for i, key in enumerate(varying) if (fn := _converter(table, key, conn))
        ]
        self._constants: list[tuple[int, Any]] = []
        for i, key in enumerate(order):
            if key in constants:
                value = constants[key]
                fn = _converter(table, key, conn)
                self._constants.append((i, fn(value) if fn and value is not None else value))

    def params(self, rows: Iterable[Mapping[str, Any]]) -> list[Any]:
        """The driver's parameters for ``rows``: tuples in the statement's order (or, for a
        driver with named parameters, mappings)."""
        get, convert, constants, single = self._get, self._convert, self._constants, self._single
        out: list[Any] = []
        for row in rows:
            values = [get(row)] if single else list(get(row))
            for i, fn in convert:
                value = values[i]
                if value is not None:
                    values[i] = fn(value)
            for i, value in constants:  # in ascending position: each lands where it belongs
                values.insert(i, value)
            out.append(tuple(values))
        if not self._positional:
            return [dict(zip(self._order, values, strict=True)) for values in out]
        return out

    def execute(self, conn: Connection, rows: Sequence[Mapping[str, Any]]) -> None:
        if rows:
            conn.exec_driver_sql(self.sql, self.params(rows))


class RegNoAllocator:
    """Registration numbers for rows that have none, as ``next_reg_no`` would give them.

    Numbers are tried in blocks (one query per 500) and the office's sequence is kept ahead of
    every number used, including numbers the ledger states in the office's pattern.
    """

    BLOCK = 500

    def __init__(self, conn: Connection, office: OfficeSettings) -> None:
        self.conn = conn
        self.office = office
        self.used: dict[int, int] = {}
        self.cursor: dict[int, int] = {}
        self.free: dict[int, deque[tuple[int, str]]] = {}
        self.patterns: dict[int, re.Pattern[str]] = {}
        #: numbers the ledger uses, on good rows or bad: never handed to another row
        self.reserved: set[str] = set()

    def _stored(self, year: int) -> int:
        return int(get_value(self.conn, f"reg_seq.{year}", 0))

    def note(self, reg_no: str, year: int) -> None:
        pattern = self.patterns.get(year)
        if pattern is None:
            pattern = self.patterns[year] = reg_no_regex(self.office.reg_no_pattern, year)
        match = pattern.match(reg_no)
        if match:
            seq = int(match.group(1))
            if seq > self.used.get(year, 0):
                self.used[year] = seq

    def take(self, year: int) -> str:
        free = self.free.setdefault(year, deque())
        while not free:
            start = self.cursor.get(year)
            if start is None:
                start = max(self._stored(year), self.used.get(year, 0))
            block = {
                format_reg_no(self.office.reg_no_pattern, year, s): s
                for s in range(start + 1, start + self.BLOCK + 1)
            }
            taken = set(
                self.conn.execute(
                    select(items.c.reg_no).where(items.c.reg_no.in_(list(block)))
                ).scalars()
            )
            free.extend((s, r) for r, s in block.items() if r not in taken | self.reserved)
            self.cursor[year] = start + self.BLOCK
        seq, reg_no = free.popleft()
        self.used[year] = max(self.used.get(year, 0), seq)
        return reg_no

    def save(self) -> None:
        for year, seq in self.used.items():
            if seq > self._stored(year):
                set_value(self.conn, f"reg_seq.{year}", seq)


class ItemWriter:
    """Writes checked ledger rows: new items in bulk, changes to stored ones, audit events."""

    def __init__(self, conn: Connection, ctx: ServiceContext, office: OfficeSettings) -> None:
        self.conn = conn
        self.ctx = ctx
        self.now = dt.datetime.now()
        self.allocator = RegNoAllocator(conn, office)
        self.events: list[audit.NewEvent] = []
        self._items: BulkInsert | None = None
        self._opinions: BulkInsert | None = None

    def _opinion_row(
        self,
        item_id: int,
        opinion: tuple[dt.date, str, str],
        revision: int,
        supersedes: int | None,
        text: str = IMPORTED_OPINION_TEXT,
    ) -> dict[str, Any]:
        issued_on, conclusion, counsel = opinion
        return {
            "item_id": item_id,
            "revision": revision,
            "supersedes_id": supersedes,
            "counsel": counsel,
            "issued_on": issued_on,
            "conclusion": conclusion,
            "text": text,
            "basis": "",
            "defects": "",
            "created_at": self.now,
            "created_by": self.ctx.actor,
        }

    def _pause_row(self, item_id: int, day: dt.date) -> dict[str, Any]:
        return {"item_id": item_id, "returned_on": day, "reason": RETURN_REASON}

    # -- new items ---------------------------------------------------------------------------

    def insert(self, drafts: Sequence[ItemDraft]) -> None:
        """Insert new items (registration numbers all set) with their opinions, pauses and
        audit events."""
        if not drafts:
            return
        rows = [d.values for d in drafts]
        if self._items is None:
            # fair-competition flags, tags and version take their server defaults (false, "", 1)
            stamps = {"created_at": self.now, "updated_at": self.now}
            self._items = BulkInsert(self.conn, items, list(rows[0]), stamps)
        for values in rows:
            self.allocator.note(values["reg_no"], values["received_on"].year)
        self._items.execute(self.conn, rows)
        ids = dict(
            self.conn.execute(
                select(items.c.reg_no, items.c.id).where(
                    items.c.reg_no.in_([v["reg_no"] for v in rows])
                )
            ).all()
        )
        opinion_rows: list[dict[str, Any]] = []
        pause_rows: list[dict[str, Any]] = []
        for draft in drafts:
            values = draft.values
            item_id = ids[values["reg_no"]]
            if draft.opinion is not None:
                opinion_rows.append(self._opinion_row(item_id, draft.opinion, 1, None))
            if draft.returned:
                pause_rows.append(self._pause_row(item_id, values["received_on"]))
            self.events.append(
                audit.NewEvent(item_id, values["reg_no"], None, audit_values(values))
            )
        if opinion_rows:
            if self._opinions is None:
                self._opinions = BulkInsert(self.conn, opinions, list(opinion_rows[0]))
            self._opinions.execute(self.conn, opinion_rows)
        if pause_rows:
            self.conn.execute(pauses.insert(), pause_rows)
        if len(self.events) >= EVENTS_BATCH:
            self.write_events()

    # -- --update ----------------------------------------------------------------------------

    def update(
        self,
        row: Row[Any],
        changes: dict[str, Any],
        draft: ItemDraft,
        ops: Sequence[Row[Any]],
        new_opinion: bool,
        today: dt.date,
    ) -> None:
        """Write the ledger's ``changes`` to the stored item ``row`` (whose opinions are
        ``ops``), a corrected opinion when the conclusion changed, and the pause a return for
        correction opens or a resubmission closes."""
        store.update(self.conn, row, changes)
        if new_opinion:
            assert draft.opinion is not None
            if ops:
                _day, conclusion, counsel = draft.opinion
                revision = (max(today, ops[-1].issued_on), conclusion, counsel or ops[-1].counsel)
                values = self._opinion_row(
                    row.id, revision, len(ops) + 1, ops[-1].id, CORRECTED_OPINION_TEXT
                )
            else:
                values = self._opinion_row(row.id, draft.opinion, 1, None)
            self.conn.execute(opinions.insert().values(**values))
        was_returned = row.status == Status.RETURNED.value
        if draft.returned and not was_returned:
            self.conn.execute(pauses.insert().values(**self._pause_row(row.id, today)))
        elif was_returned and not draft.returned:
            self.conn.execute(
                pauses.update()
                .where(pauses.c.item_id == row.id, pauses.c.resubmitted_on.is_(None))
                .values(resubmitted_on=today)
            )
        self.events.append(
            audit.NewEvent(
                row.id,
                row.reg_no,
                {k: jsonable(getattr(row, k)) for k in changes},
                {k: jsonable(v) for k, v in changes.items()},
            )
        )

    # -- audit -------------------------------------------------------------------------------

    def write_events(self) -> None:
        events, self.events = self.events, []
        if events:
            audit.record_many(self.conn, events, actor=self.ctx.actor, action=IMPORT_ACTION)
