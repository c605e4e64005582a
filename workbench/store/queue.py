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
#: FTS5 trigram finds substrings of three or more characters; shorter words are scanned.
TRIGRAM = 3


def _phrase(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def _trigram_search(word: str, norm: str) -> ColumnElement[bool]:
    """SQLite, ``len(word) >= 3``: the items whose searched columns or attachments contain
    ``word`` (or whose normalised 文号 contains ``norm``), through the two trigram indexes."""
    query = _phrase(word)
    if norm != word and len(norm) >= TRIGRAM:
        query = f"{query} OR doc_no_norm : {_phrase(norm)}"
    matching = sa_text(
        "SELECT rowid FROM items_fts WHERE items_fts MATCH :item_words"
        " UNION ALL SELECT item_id FROM attachments WHERE id IN"
        " (SELECT rowid FROM attachments_fts WHERE attachments_fts MATCH :attachment_words)"
    ).bindparams(
        bindparam("item_words", query, unique=True),
        bindparam("attachment_words", _phrase(word), unique=True),
    )
    found = items.c.id.in_(matching)
    if norm != word and len(norm) < TRIGRAM:
        return or_(found, _like(items.c.doc_no_norm, norm))
    return found


def search_clause(text: str, dialect: str = "sqlite") -> list[ColumnElement[bool]]:
    """Every word must appear in the title, 文号, unit, reg. no., counterparty, notes or the
    text of an attachment (document numbers are also compared normalised).

    On SQLite, words of three or more characters go through the FTS5 trigram indexes
    (migrations 0002 and 0003); shorter ones, and PostgreSQL (pg_trgm on attachments), use
    LIKE. Both find the same items."""
    clauses: list[ColumnElement[bool]] = []
    for word in text.split():
        norm = normalize_doc_no(word) or word
        if dialect == "sqlite" and len(word) >= TRIGRAM:
            clauses.append(_trigram_search(word, norm))
            continue
        in_attachment = items.c.id.in_(
            select(attachments.c.item_id).where(_like(attachments.c.text, word))
        )
        clauses.append(
            or_(
                _like(items.c.title, word),
                _like(items.c.doc_no, word),
                _like(items.c.doc_no_norm, norm),
                _like(items.c.unit, word),
                _like(items.c.reg_no, word),
                _like(items.c.counterparty, word),
                _like(items.c.notes, word),
                in_attachment,
            )
        )
    return clauses


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


def ordered_ids(
    conn: Connection,
    flt: ItemFilter,
    order: ColumnElement[Any],
    descending: bool,
    *,
    limit: int | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[int] | None:
    """The ids matching ``flt`` sorted by ``order`` (ties by id; empty values always last),
    at most ``limit`` of them. Returns None as soon as ``cancelled()`` says so (checked every
    :data:`FETCH_CHUNK` ids: the rows stream from an index, so a stale query stops early)."""
    key = order.desc() if descending else order.asc()
    stmt = (
        select(items.c.id)
        .where(_where(flt))
        .order_by(key.nulls_last(), items.c.id.desc() if descending else items.c.id.asc())
    )
    if limit is not None:
        stmt = stmt.limit(limit)
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
