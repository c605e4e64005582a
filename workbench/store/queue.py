"""The queue's SQL: ids in order for a filter, rows for a page of ids, counts.

The queue table never loads every row: it asks for the ordered ids (one indexed query, fast at
100,000 items) and then for the rows of the page on screen. Sorting and filtering are SQL.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Date,
    Integer,
    Row,
    and_,
    distinct,
    func,
    literal_column,
    or_,
    select,
    true,
)

from workbench.domain.docno import normalize_doc_no
from workbench.store.items import REVIEW_OPEN, ItemFilter
from workbench.store.schema import items, users
from workbench.store.search import (
    found_at_least,
    like,
    scan_clause,
    search_clause,
    uses_index,
    words,
)

#: The columns a queue row carries (everything the table and its badges need, nothing more).
ROW_COLUMNS = (
    items.c.id,
    items.c.reg_no,
    items.c.kind,
    items.c.title,
    items.c.unit,
    items.c.received_on,
    items.c.review_due_on,
    items.c.filing_due_on,
    items.c.paused_remaining,
    items.c.status,
    items.c.counsel,
    items.c.doc_no,
    items.c.valid_until,
    items.c.version,
)

#: Columns whose per-column filter is a substring match.
TEXT_COLUMNS = {
    "reg_no": items.c.reg_no,
    "title": items.c.title,
    "unit": items.c.unit,
    "counsel": items.c.counsel,
}
#: Columns whose per-column filter is a set of codes.
CODE_COLUMNS = {"kind": items.c.kind, "status": items.c.status}


def _codes_sql(codes: Sequence[str]) -> str:
    for code in codes:
        if not re.fullmatch(r"[a-z_]+", code):
            raise ValueError(f"not a code: {code!r}")
    return ", ".join(f"'{code}'" for code in codes)


def active_due() -> ColumnElement[Any]:
    """The deadline that is running: review due while the review is open, filing due once
    published, none otherwise (returned items have no review due date while paused).

    Written as literal SQL, the same text as the expression index ``ix_items_active_due``
    (migration 0003), so sorting and the date filter use that index."""
    sql = (
        f"CASE WHEN items.status IN ({_codes_sql(REVIEW_OPEN)}) THEN items.review_due_on"
        " WHEN items.status = 'published' THEN items.filing_due_on END"
    )
    return literal_column(sql, Date)


def _rank(column: str, codes: Sequence[str]) -> ColumnElement[Any]:
    """Order codes by their position in ``codes`` (workflow order), unknown codes last; literal
    SQL matching the expression indexes ``ix_items_kind_rank``/``ix_items_status_rank``."""
    _codes_sql(codes)
    whens = " ".join(f"WHEN '{code}' THEN {i}" for i, code in enumerate(codes))
    return literal_column(f"CASE items.{column} {whens} ELSE {len(codes)} END", Integer)


def sort_expression(
    key: str, kind_order: Sequence[str], status_order: Sequence[str]
) -> ColumnElement[Any]:
    if key == "kind":
        return _rank("kind", kind_order)
    if key == "status":
        return _rank("status", status_order)
    if key == "due":
        return active_due()
    if key == "doc_no":
        return items.c.doc_no_norm
    column = {
        "reg_no": items.c.reg_no,
        "title": items.c.title,
        "unit": items.c.unit,
        "received_on": items.c.received_on,
        "counsel": items.c.counsel,
    }.get(key)
    if column is None:
        raise KeyError(key)
    return column


def text_column_clause(key: str, text: str) -> ColumnElement[bool]:
    if key == "doc_no":
        return and_(
            *(
                or_(like(items.c.doc_no, w), like(items.c.doc_no_norm, normalize_doc_no(w)))
                for w in text.split()
            )
        )
    column = TEXT_COLUMNS[key]
    return and_(*(like(column, w) for w in text.split()))


def code_column_clause(key: str, codes: Sequence[str]) -> ColumnElement[bool]:
    return CODE_COLUMNS[key].in_(list(codes))


def date_column_clause(key: str, start: dt.date | None, end: dt.date | None) -> ColumnElement[bool]:
    column = active_due() if key == "due" else items.c.received_on
    parts: list[ColumnElement[bool]] = [column.is_not(None)]
    if start is not None:
        parts.append(column >= start)
    if end is not None:
        parts.append(column <= end)
    return and_(*parts)


def to_file_clause() -> ColumnElement[bool]:
    return and_(items.c.status == "published", items.c.filed_on.is_(None))


def in_force_status() -> ColumnElement[bool]:
    """Published or filed, written (``status || ''``) so that SQLite does not read it from the
    status index: without statistics it would go through every document in force that way,
    where the index of the end of validity finds the few in a date range (at 100,000 items
    about 9 ms against 1.5 ms). A server database plans with statistics and is not hurt."""
    return items.c.status.concat("").in_(("published", "filed"))


def evaluation_clause(limit: dt.date) -> ColumnElement[bool]:
    """Published or filed documents whose validity ends on or before ``limit``."""
    return and_(
        in_force_status(),
        items.c.valid_until.is_not(None),
        items.c.valid_until <= limit,
    )


def reviewed_in_year_clause(year: int) -> ColumnElement[bool]:
    return and_(
        items.c.opinion_on >= dt.date(year, 1, 1),
        items.c.opinion_on <= dt.date(year, 12, 31),
        items.c.status != "withdrawn",
    )


def counsel_clause(names: Sequence[str]) -> ColumnElement[bool]:
    return items.c.counsel.in_(list(names))


def _where(flt: ItemFilter) -> ColumnElement[bool]:
    clauses = flt.where()
    return and_(*clauses) if clauses else true()


#: A word the indexes find this often is common: its first page is looked for by reading the
#: rows in order (it fills soon), not by sorting its thousands of index entries; rarer words
#: go through the index. Near sqrt(page x items) at 100,000 items, where both cost the same.
COMMON = 4000
#: How many rows in order are read looking for a common word's first page before the index
#: is asked instead (common words may be rare together, or rare early in the order). Tuned
#: on the demo data at 100,000 items: 5,000 gave the lowest sum and worst case of 12 searches
#: in 3 orders (2,000-20,000 tried).
WINDOW = 5000


def _has_rare_word(conn: Connection, text: str) -> bool:
    """Whether a word of ``text`` is found fewer than :data:`COMMON` times by the indexes
    (then the answer is short, and the index the quick way to it)."""
    return any(
        uses_index(word, norm, conn.dialect.name) and not found_at_least(conn, word, norm, COMMON)
        for word, norm in words(text)
    )


#: How many ids are fetched between two looks at ``cancelled`` (a few milliseconds of work).
FETCH_CHUNK = 5000


def _fetch_ids(
    conn: Connection, stmt: Any, cancelled: Callable[[], bool] | None
) -> list[int] | None:
    # plain tuples from the driver: a third faster than building Row objects for 100k ids
    cursor = conn.execute(stmt).cursor
    out: list[int] = []
    while True:
        if cancelled is not None and cancelled():
            cursor.close()
            return None
        chunk = cursor.fetchmany(FETCH_CHUNK)
        out.extend(r[0] for r in chunk)
        if len(chunk) < FETCH_CHUNK:
            return out


def _first_in_order(
    conn: Connection, flt: ItemFilter, by: tuple[Any, ...], search: str, limit: int
) -> list[int] | None:
    """The first ``limit`` matches of ``search`` read in order from the first :data:`WINDOW`
    rows of ``flt``, or None when those hold fewer (and there are more rows)."""
    hit = and_(*scan_clause(search))
    stmt = select(items.c.id, hit).where(_where(flt)).order_by(*by).limit(WINDOW)
    cursor = conn.execute(stmt).cursor
    found: list[int] = []
    read = 0
    try:
        while len(found) < limit:
            chunk = cursor.fetchmany(500)
            read += len(chunk)
            found.extend(item_id for item_id, matched in chunk if matched)
            if len(chunk) < 500:
                break
    finally:
        cursor.close()
    # a page of matches, or the filter has fewer rows than the window: every match was seen
    return found[:limit] if len(found) >= limit or read < WINDOW else None


def ordered_ids(
    conn: Connection,
    flt: ItemFilter,
    order: ColumnElement[Any],
    descending: bool,
    *,
    search: str = "",
    limit: int | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[int] | None:
    """The ids matching ``flt`` and every word of ``search`` (see :func:`search_clause`),
    sorted by ``order`` (ties by id; empty values always last), at most ``limit`` of them.
    Returns None as soon as ``cancelled()`` says so (checked every :data:`FETCH_CHUNK` ids:
    the rows stream from an index, so a stale query stops early).

    With a ``limit`` and only common search words (see :data:`COMMON`), the rows are read in
    order until ``limit`` of them match; when :data:`WINDOW` rows hold fewer, or a word is
    rare, the search indexes are asked for every match, and those sorted."""
    key = order.desc() if descending else order.asc()
    by = (key.nulls_last(), items.c.id.desc() if descending else items.c.id.asc())
    if search.split() and limit is not None and not _has_rare_word(conn, search):
        found = _first_in_order(conn, flt, by, search, limit)
        if found is not None:
            return found
    clauses = [_where(flt), *search_clause(search, conn.dialect.name)]
    stmt = select(items.c.id).where(*clauses).order_by(*by)
    if limit is not None:
        stmt = stmt.limit(limit)
    return _fetch_ids(conn, stmt, cancelled)


def rows_by_ids(conn: Connection, ids: Sequence[int]) -> list[Row[Any]]:
    """The queue rows of ``ids`` (in no particular order; missing ids are left out)."""
    out: list[Row[Any]] = []
    chunk = 500  # keep well under the SQL variable limits
    for start in range(0, len(ids), chunk):
        part = list(ids[start : start + chunk])
        out.extend(conn.execute(select(*ROW_COLUMNS).where(items.c.id.in_(part))))
    return out


def count(conn: Connection, flt: ItemFilter) -> int:
    stmt = select(func.count()).select_from(items).where(_where(flt))
    return int(conn.execute(stmt).scalar() or 0)


def counsel_names(conn: Connection) -> list[str]:
    """Every name that has been entered as a counsel, for pickers."""
    rows = conn.execute(
        select(distinct(items.c.counsel)).where(items.c.counsel != "").order_by(items.c.counsel)
    )
    return [str(r) for r in rows.scalars()]


def names_of_login(conn: Connection, login: str) -> list[str]:
    """The names a user may appear under as counsel: the login and its display name."""
    names = [login]
    display = conn.execute(select(users.c.display_name).where(users.c.login == login)).scalar()
    if display and display != login:
        names.append(str(display))
    return names
