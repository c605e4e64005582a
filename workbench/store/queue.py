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
    bindparam,
    distinct,
    exists,
    func,
    literal_column,
    or_,
    select,
    true,
)
from sqlalchemy import (
    text as sa_text,
)

from workbench.domain.docno import normalize_doc_no
from workbench.store.items import REVIEW_OPEN, ItemFilter
from workbench.store.schema import attachments, items, users

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


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _like(column: Any, word: str) -> ColumnElement[bool]:
    return column.like(f"%{_escape_like(word)}%", escape="\\")  # type: ignore[no-any-return]


#: The item columns the search box looks in (and the FTS5 table ``items_fts`` indexes).
SEARCHED = ("title", "doc_no", "doc_no_norm", "unit", "reg_no", "counterparty", "notes")
#: Words this long are looked up with FTS5 MATCH; shorter ones in the index's vocabulary.
TRIGRAM = 3
#: A word the indexes find this often is common: its first page is looked for by reading the
#: rows in order (it fills soon), not by sorting its thousands of index entries; rarer words
#: go through the index. Near sqrt(page x items) at 100,000 items, where both cost the same.
COMMON = 4000
#: How many rows in order are read looking for a common word's first page before the index
#: is asked instead (common words may be rare together, or rare early in the order). Tuned
#: on the demo data at 100,000 items: 5,000 gave the lowest sum and worst case of 12 searches
#: in 3 orders (2,000-20,000 tried).
WINDOW = 5000
_SURROGATES = range(0xD800, 0xE000)


def _phrase(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def _indexable(word: str) -> bool:
    """Whether the trigram index finds exactly what LIKE finds for ``word``: LIKE ignores the
    case of ASCII letters only, the index that of every letter, so a word with a non-ASCII
    letter that has a case is scanned instead."""
    return all(c.isascii() or c.lower() == c.upper() for c in word)


def _successor(prefix: str) -> str | None:
    """The least string above every string that begins with ``prefix`` (the index compares
    terms by code point)."""
    code = ord(prefix[-1]) + 1
    if code in _SURROGATES:
        code = _SURROGATES.stop
    return None if code > 0x10FFFF else prefix[:-1] + chr(code)


def _index_lookup(fts: str, word: str, column: str | None = None) -> tuple[str, dict[str, str]]:
    """SQL selecting the rowids of ``fts`` whose (``column``'s) value contains ``word``, and
    its parameters. A word of three or more characters is a MATCH; a shorter one is a range of
    the vocabulary: migration 0004 ends every value with two U+001F, so each occurrence of the
    word begins a trigram."""
    if len(word) >= TRIGRAM:
        query = _phrase(word) if column is None else f"{column} : {_phrase(word)}"
        return f"SELECT rowid FROM {fts} WHERE {fts} MATCH :q", {"q": query}
    low = word.lower()  # the index's terms are folded; ``_indexable`` words fold as ASCII
    sql = f"SELECT doc FROM {fts}_terms WHERE term >= :lo AND term < :hi"
    if column is not None:
        sql += " AND col = :col"
        return sql, {"lo": low, "hi": _successor(low) or "", "col": column}
    return sql, {"lo": low, "hi": _successor(low) or ""}


def _bound(sql: str, params: dict[str, str]) -> Any:
    return sa_text(sql).bindparams(*(bindparam(k, v, unique=True) for k, v in params.items()))


def _lookups(word: str, norm: str) -> list[tuple[str, str, dict[str, str]]]:
    """Where the indexes find ``word``: (index, SQL selecting its rowids, parameters)."""
    found = [("items_fts", *_index_lookup("items_fts", word))]
    if norm != word:
        found.append(("items_fts", *_index_lookup("items_fts", norm, "doc_no_norm")))
    found.append(("attachments_fts", *_index_lookup("attachments_fts", word)))
    return found


def _indexed_search(word: str, norm: str) -> ColumnElement[bool]:
    """SQLite: the items whose searched columns or attachments contain ``word`` (or whose
    normalised 文号 contains ``norm``), through the two trigram indexes."""
    clauses = []
    for fts, sql, params in _lookups(word, norm):
        rowids = _bound(sql, params)
        if fts == "items_fts":
            clauses.append(items.c.id.in_(rowids))
        else:
            attached = select(attachments.c.item_id).where(attachments.c.id.in_(rowids))
            clauses.append(items.c.id.in_(attached))
    return or_(*clauses)


def _uses_index(word: str, norm: str, dialect: str) -> bool:
    return (
        dialect == "sqlite"
        and _indexable(word)
        and _indexable(norm)
        and _successor(word.lower()) is not None
        and _successor(norm.lower()) is not None
    )


def _has_rare_word(conn: Connection, text: str) -> bool:
    """Whether a word of ``text`` is found fewer than :data:`COMMON` times by the indexes
    (then the answer is short, and the index the quick way to it)."""
    for word, norm in _words(text):
        if not _uses_index(word, norm, conn.dialect.name):
            continue
        seen = 0
        for _fts, sql, params in _lookups(word, norm):
            capped = f"SELECT count(*) FROM ({sql} LIMIT {COMMON - seen})"
            seen += int(conn.execute(_bound(capped, params)).scalar() or 0)
            if seen >= COMMON:
                break
        if seen < COMMON:
            return True
    return False


def _scanned_search(word: str, norm: str, *, correlated: bool = False) -> ColumnElement[bool]:
    """The same items as :func:`_indexed_search`, by reading every value (LIKE). The
    attachments are read all at once, or with ``correlated`` only those of each row tested
    (for a few rows)."""
    if correlated:
        in_attachment: ColumnElement[bool] = exists().where(
            attachments.c.item_id == items.c.id, _like(attachments.c.text, word)
        )
    else:
        in_attachment = items.c.id.in_(
            select(attachments.c.item_id).where(_like(attachments.c.text, word))
        )
    return or_(
        _like(items.c.title, word),
        _like(items.c.doc_no, word),
        _like(items.c.doc_no_norm, norm),
        _like(items.c.unit, word),
        _like(items.c.reg_no, word),
        _like(items.c.counterparty, word),
        _like(items.c.notes, word),
        in_attachment,
    )


def _words(text: str) -> list[tuple[str, str]]:
    return [(word, normalize_doc_no(word) or word) for word in text.split()]


def search_clause(text: str, dialect: str = "sqlite") -> list[ColumnElement[bool]]:
    """Every word must appear in the title, 文号, unit, reg. no., counterparty, notes or the
    text of an attachment (document numbers are also compared normalised).

    On SQLite the words go through the FTS5 trigram indexes (migrations 0002-0004), unless
    a word has a letter whose case the index would ignore and LIKE would not; PostgreSQL
    (pg_trgm on attachments) uses LIKE. Both find the same items."""
    return [
        _indexed_search(word, norm)
        if _uses_index(word, norm, dialect)
        else _scanned_search(word, norm)
        for word, norm in _words(text)
    ]


def scan_clause(text: str) -> list[ColumnElement[bool]]:
    """:func:`search_clause` without the indexes, for a few rows: each row's attachments are
    looked up by its id."""
    return [_scanned_search(word, norm, correlated=True) for word, norm in _words(text)]


def text_column_clause(key: str, text: str) -> ColumnElement[bool]:
    if key == "doc_no":
        words = text.split()
        return and_(
            *(
                or_(_like(items.c.doc_no, w), _like(items.c.doc_no_norm, normalize_doc_no(w)))
                for w in words
            )
        )
    column = TEXT_COLUMNS[key]
    return and_(*(_like(column, w) for w in text.split()))


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


def evaluation_clause(limit: dt.date) -> ColumnElement[bool]:
    """Published or filed documents whose validity ends on or before ``limit``."""
    return and_(
        items.c.status.in_(("published", "filed")),
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
