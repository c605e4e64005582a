"""Importing a hand-kept ledger (台账) workbook (docs/RULES.md §7).

All or nothing: the whole import is one transaction, and a ledger with any problem is refused
with every problem listed (row, column, reason) unless ``skip_invalid`` is given, in which case
the good rows are imported and the rejected ones are written beside the input with a reason
column. Rows are streamed from the workbook, checked, and handed in batches to
:mod:`workbench.services.ledger_write`, which inserts them with one audit event per imported
item in the same transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Row, select

from workbench.domain.calendar import WorkCalendar
from workbench.domain.errors import InvalidInput
from workbench.domain.messages import Msg, msg
from workbench.domain.office import OfficeSettings
from workbench.domain.roles import Permission
from workbench.domain.statuses import Status
from workbench.reports.ledger import COLUMN_BY_KEY, RowProblem, cell_text, is_blank
from workbench.reports.ledger_rows import ItemDraft, check_row
from workbench.reports.rejected import RejectedWriter, rejected_path
from workbench.reports.xlsx_read import LedgerReader
from workbench.services.context import ServiceContext
from workbench.services.ledger_write import ItemWriter
from workbench.services.users import require
from workbench.store import items as store
from workbench.store.calendar import load_calendar
from workbench.store.schema import items
from workbench.store.settings import load_office

#: Rows checked against the database and written together.
BATCH = 5000
SHOWN_DUPLICATES = 10


class LedgerRefused(InvalidInput):
    """The ledger has problems; nothing was imported. ``problems`` lists every one."""

    def __init__(
        self, label: str, problems: Sequence[RowProblem], *, dry_run: bool = False
    ) -> None:
        super().__init__(
            "ledger.refused_dry_run" if dry_run else "ledger.refused",
            name=label,
            rows=len({p.row for p in problems}),
            count=len(problems),
        )
        self.problems = tuple(problems)

    def __str__(self) -> str:
        return "\n".join([super().__str__(), *(str(p) for p in self.problems)])


@dataclass(frozen=True)
class ImportResult:
    """What an import did (or, with ``dry_run``, would do)."""

    path: Path
    sheet: str
    rows: int
    imported: int
    updated: int
    unchanged: int
    duplicates: tuple[tuple[int, str], ...]
    problems: tuple[RowProblem, ...]
    rejected_rows: int
    rejected_path: Path | None
    ignored_columns: tuple[str, ...]
    dry_run: bool
    #: (row, column header) of formula cells without a computed value, kept as formula text
    formula_cells: tuple[tuple[int, str], ...] = ()

    @property
    def changed(self) -> bool:
        return not self.dry_run and (self.imported + self.updated) > 0

    def summary(self) -> list[str]:
        """Lines a person reads after the import (the CLI prints them), in the current
        language."""
        return [str(m) for m in self.summary_messages()]

    def summary_messages(self) -> list[Msg]:
        """The lines of :meth:`summary` as messages."""
        dry = self.dry_run
        lines: list[Msg] = []
        if dry:
            lines.append(msg("import.checked", name=self.path.name, rows=self.rows))
        if self.imported or self.updated or dry:
            if self.updated:
                code = "import.would_import_update" if dry else "import.imported_updated"
            else:
                code = "import.would_import" if dry else "import.imported"
            lines.append(msg(code, imported=self.imported, updated=self.updated))
        if self.unchanged:
            lines.append(msg("import.unchanged", rows=self.unchanged))
        if self.duplicates:
            regs = tuple(r for _, r in self.duplicates[:SHOWN_DUPLICATES])
            more = len(self.duplicates) > SHOWN_DUPLICATES
            lines.append(
                msg(
                    "import.duplicates_dry" if dry else "import.duplicates",
                    rows=len(self.duplicates),
                    reg_nos=regs,
                    more=msg("import.and_more") if more else "",
                )
            )
        if not dry and not self.changed:
            lines.append(msg("import.no_change"))
        if self.rejected_rows and dry:
            lines.append(msg("import.would_reject", rows=self.rejected_rows))
        elif self.rejected_rows and self.rejected_path:
            lines.append(
                msg(
                    "import.rejected_written", rows=self.rejected_rows, name=self.rejected_path.name
                )
            )
        elif self.rejected_rows:
            lines.append(msg("import.rejected", rows=self.rejected_rows))
        if self.ignored_columns:
            lines.append(msg("import.ignored_columns", columns=self.ignored_columns))
        if self.formula_cells:
            cells = tuple(
                msg("import.cell", row=r, column=c)
                for r, c in self.formula_cells[:SHOWN_DUPLICATES]
            )
            many = len(self.formula_cells) > SHOWN_DUPLICATES
            count = msg("import.and_n_more", count=len(self.formula_cells)) if many else ""
            code = "import.formulas_dry" if dry else "import.formulas"
            lines.append(msg(code, cells=cells, more=count))
        return lines


@dataclass
class _Pending:
    row: int
    cells: tuple[Any, ...]
    raw: dict[str, Any]
    draft: ItemDraft


@dataclass
class _Job:
    conn: Connection
    ctx: ServiceContext
    reader: LedgerReader
    cal: WorkCalendar
    office: OfficeSettings
    dry_run: bool
    skip_invalid: bool
    update: bool
    rows: int = 0
    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    duplicates: list[tuple[int, str]] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    rejected_rows: int = 0
    seen: dict[str, int] = field(default_factory=dict)
    pending: list[_Pending] = field(default_factory=list)
    deferred: list[_Pending] = field(default_factory=list)

    def __post_init__(self) -> None:
        assert self.reader.header is not None
        self.header = self.reader.header
        self.positions = tuple(self.header.positions.items())
        self.today = self.ctx.today()
        self.writer = ItemWriter(self.conn, self.ctx, self.office)
        # A numbered row can only repeat an item stored before the import began (the ledger's
        # own numbers are checked against each other, and the transaction keeps others out), so
        # an import into a database without items need not look for them. Rows without a
        # number are still compared with everything, this import's rows included.
        self.empty_before = self.conn.execute(select(items.c.id).limit(1)).first() is None
        self.allocator = self.writer.allocator
        self.rejects = RejectedWriter(self.header.headers) if self.skip_invalid else None

    @property
    def writing(self) -> bool:
        """Rows are written unless checking only, or the import is already bound to fail."""
        return not self.dry_run and (self.skip_invalid or not self.problems)

    def _raw(self, cells: tuple[Any, ...]) -> dict[str, Any]:
        width = len(cells)
        return {k: cells[i] for k, i in self.positions if i < width}

    def reject(self, row: int, cells: tuple[Any, ...], problems: Sequence[RowProblem]) -> None:
        self.problems.extend(problems)
        self.rejected_rows += 1
        if self.rejects is not None and not self.dry_run:
            self.rejects.add(cells, "；".join(p.reason for p in problems))

    def add_row(self, row: int, cells: tuple[Any, ...]) -> None:
        self.rows += 1
        raw = self._raw(cells)
        stated = raw.get("reg_no")
        if not is_blank(stated):
            self.allocator.reserved.add(cell_text(stated))
        draft, problems = check_row(row, raw, self.header, self.today, self.cal, self.office)
        if draft is None:
            self.reject(row, cells, problems)
            return
        reg_no = draft.values["reg_no"]
        if not reg_no:
            self.deferred.append(_Pending(row, cells, raw, draft))
            return
        first = self.seen.get(reg_no)
        if first is not None:
            label = self.header.label("reg_no")
            same = msg("row.reg_no_repeated", reg_no=reg_no, first=first)
            self.reject(row, cells, [RowProblem(row, label, same)])
            return
        self.seen[reg_no] = row
        self.pending.append(_Pending(row, cells, raw, draft))
        if len(self.pending) >= BATCH:
            self.flush()

    def flush(self) -> None:
        batch, self.pending = self.pending, []
        if not batch:
            return
        existing: dict[str, Row[Any]] = {}
        if not self.empty_before:
            regs = [p.draft.values["reg_no"] for p in batch]
            cols = [items] if self.update else [items.c.reg_no]
            stmt = select(*cols).where(items.c.reg_no.in_(regs))
            existing = {r.reg_no: r for r in self.conn.execute(stmt)}
        new: list[_Pending] = []
        for p in batch:
            row = existing.get(p.draft.values["reg_no"])
            if row is None:
                new.append(p)
            elif self.update:
                self._update(p, row)
            else:
                self.duplicates.append((p.row, row.reg_no))
        self._insert(new)

    def finish(self) -> None:
        self.flush()
        waiting, self.deferred = self.deferred, []
        deferred = [
            p
            for i in range(0, len(waiting), BATCH)
            for p in self._not_yet_imported(waiting[i : i + BATCH])
        ]
        for i in range(0, len(deferred), BATCH):
            chunk = deferred[i : i + BATCH]
            if self.writing:
                for p in chunk:
                    year = p.draft.values["received_on"].year
                    p.draft.values["reg_no"] = self.allocator.take(year)
            self._insert(chunk)
        if self.writing:
            self.allocator.save()
            self.writer.write_events()

    def _not_yet_imported(self, chunk: list[_Pending]) -> list[_Pending]:
        """Rows without a registration number whose item is already in the database (same
        kind, title, unit and received date) are duplicates: re-importing changes nothing."""
        key = ("kind", "title", "unit", "received_on")
        titles = list({p.draft.values["title"] for p in chunk})
        days = [p.draft.values["received_on"] for p in chunk]
        stmt = select(items.c.reg_no, *(items.c[k] for k in key)).where(
            items.c.received_on.between(min(days), max(days)),  # indexed; titles are not
            items.c.title.in_(titles),
        )
        known = {tuple(r[1:]): r[0] for r in self.conn.execute(stmt)}
        fresh: list[_Pending] = []
        for p in chunk:
            match = known.get(tuple(p.draft.values[k] for k in key))
            if match is None:
                fresh.append(p)
            else:
                self.duplicates.append((p.row, match))
        return fresh

    def _insert(self, new: list[_Pending]) -> None:
        if not new:
            return
        self.imported += len(new)
        if self.writing:
            self.writer.insert([p.draft for p in new])

    # -- --update ----------------------------------------------------------------------------------

    def _merged(self, p: _Pending, row: Row[Any]) -> tuple[dict[str, Any], Status | None]:
        """The ledger row over the stored item: columns the ledger lacks keep their values."""
        merged = dict(p.raw)
        for key in COLUMN_BY_KEY:
            stored = getattr(row, key)
            absent = key not in self.header.positions
            keep_due = key in ("review_due_on", "filing_due_on") and is_blank(merged.get(key))
            if absent or keep_due:
                merged[key] = stored
        fallback = Status(row.status) if is_blank(p.raw.get("status", "")) else None
        return merged, fallback

    def _update(self, p: _Pending, row: Row[Any]) -> None:
        merged, fallback = self._merged(p, row)
        draft, problems = check_row(
            p.row, merged, self.header, self.today, self.cal, self.office, fallback_status=fallback
        )
        ops = store.opinions_of(self.conn, row.id)
        if draft is not None and ops and draft.opinion is None:
            problems = [
                RowProblem(
                    p.row,
                    self.header.label("opinion_on"),
                    msg("row.opinion_date_needed", reg_no=row.reg_no, issued_on=ops[0].issued_on),
                )
            ]
            draft = None
        if draft is None:
            self.reject(p.row, p.cells, problems)
            return
        values = draft.values
        if row.status == values["status"] == Status.RETURNED.value:
            values["paused_remaining"] = row.paused_remaining
        if row.published_on == values["published_on"] and row.valid_until is not None:
            values["valid_until"] = row.valid_until
        changes = {k: v for k, v in values.items() if k != "reg_no" and getattr(row, k) != v}
        new_opinion = draft.opinion is not None and (
            not ops or ops[-1].conclusion != draft.opinion[1]
        )
        if not changes and not new_opinion:
            self.unchanged += 1
            return
        self.updated += 1
        if self.writing:
            self.writer.update(row, changes, draft, ops, new_opinion, self.today)


def import_ledger(
    ctx: ServiceContext,
    path: str | Path,
    *,
    dry_run: bool = False,
    skip_invalid: bool = False,
    update: bool = False,
) -> ImportResult:
    """Import a ledger workbook; see the module docstring for the rules.

    Raises :class:`LedgerRefused` (listing every problem) when a row is wrong and
    ``skip_invalid`` is not given, and :class:`InvalidInput` when the file itself is unusable;
    in both cases nothing is written.
    """
    source = Path(path)
    with LedgerReader(source) as reader:
        assert reader.header is not None
        transaction = ctx.db.read() if dry_run else ctx.db.write()
        with transaction as conn:
            if not dry_run:
                require(conn, ctx, Permission.EDIT_ITEMS)
            job = _Job(
                conn,
                ctx,
                reader,
                load_calendar(conn),
                load_office(conn),
                dry_run,
                skip_invalid,
                update,
            )
            try:
                for row, cells in reader.rows():
                    job.add_row(row, cells)
                job.finish()
                problems = sorted(job.problems, key=lambda p: p.row)
                if problems and not skip_invalid:
                    raise LedgerRefused(source.name, problems, dry_run=dry_run)
                if job.rows == 0:
                    raise InvalidInput("ledger.no_rows", name=source.name)
                written: Path | None = None
                if job.rejects is not None and job.rejects.count:
                    written = rejected_path(source)
                    job.rejects.save(written)
            finally:
                if job.rejects is not None:
                    job.rejects.discard()
        return ImportResult(
            path=source,
            sheet=reader.sheet_name,
            rows=job.rows,
            imported=job.imported,
            updated=job.updated,
            unchanged=job.unchanged,
            duplicates=tuple(job.duplicates),
            problems=tuple(problems),
            rejected_rows=job.rejected_rows,
            rejected_path=written,
            ignored_columns=reader.header.ignored,
            dry_run=dry_run,
            formula_cells=tuple(reader.formula_cells),
        )
