"""The search box's SQL: every word in an item's searched columns, attachments or opinions.

On SQLite words go through the FTS5 trigram indexes (migrations 0002-0004): a MATCH for words
of three or more characters, a range of the index's vocabulary for shorter ones. Words the
index would treat differently from LIKE, and PostgreSQL, use LIKE. Both find the same items
(tests/unit/test_queue_speed.py compares them with a substring scan).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Connection, bindparam, exists, or_, select
from sqlalchemy import text as sa_text

from workbench.domain.docno import normalize_doc_no
from workbench.store.schema import attachments, items, opinions


def escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def like(column: Any, word: str) -> ColumnElement[bool]:
    return column.like(f"%{escape_like(word)}%", escape="\\")  # type: ignore[no-any-return]


#: The item columns the search box looks in (and the FTS5 table ``items_fts`` indexes).
SEARCHED = ("title", "doc_no", "doc_no_norm", "unit", "reg_no", "counterparty", "notes")
#: Words this long are looked up with FTS5 MATCH; shorter ones in the index's vocabulary.
TRIGRAM = 3
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
    params = {"lo": low, "hi": _successor(low) or ""}  # ``uses_index`` words have one
    if column is not None:
        sql += " AND col = :col"
        params["col"] = column
    return sql, params


def _bound(sql: str, params: dict[str, str]) -> Any:
    return sa_text(sql).bindparams(*(bindparam(k, v, unique=True) for k, v in params.items()))


def _lookups(word: str, norm: str) -> list[tuple[str, str, dict[str, str]]]:
    """Where the indexes find ``word``: (index, SQL selecting its rowids, parameters)."""
    found = [("items_fts", *_index_lookup("items_fts", word))]
    if norm != word:
        found.append(("items_fts", *_index_lookup("items_fts", norm, "doc_no_norm")))
    found.append(("attachments_fts", *_index_lookup("attachments_fts", word)))
    found.append(("opinions_fts", *_index_lookup("opinions_fts", word)))
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
            table = attachments if fts == "attachments_fts" else opinions
            owners = select(table.c.item_id).where(table.c.id.in_(rowids))
            clauses.append(items.c.id.in_(owners))
    return or_(*clauses)


def uses_index(word: str, norm: str, dialect: str) -> bool:
    return (
        dialect == "sqlite"
        and _indexable(word)
        and _indexable(norm)
        and _successor(word.lower()) is not None
        and _successor(norm.lower()) is not None
    )


def _scanned_search(word: str, norm: str, *, correlated: bool = False) -> ColumnElement[bool]:
    """The same items as :func:`_indexed_search`, by reading every value (LIKE). The
    attachments are read all at once, or with ``correlated`` only those of each row tested
    (for a few rows)."""
    in_opinion_text = or_(like(opinions.c.text, word), like(opinions.c.basis, word))
    if correlated:
        in_attachment: ColumnElement[bool] = exists().where(
            attachments.c.item_id == items.c.id, like(attachments.c.text, word)
        )
        in_opinion: ColumnElement[bool] = exists().where(
            opinions.c.item_id == items.c.id, in_opinion_text
        )
    else:
        in_attachment = items.c.id.in_(
            select(attachments.c.item_id).where(like(attachments.c.text, word))
        )
        in_opinion = items.c.id.in_(select(opinions.c.item_id).where(in_opinion_text))
    return or_(
        like(items.c.title, word),
        like(items.c.doc_no, word),
        like(items.c.doc_no_norm, norm),
        like(items.c.unit, word),
        like(items.c.reg_no, word),
        like(items.c.counterparty, word),
        like(items.c.notes, word),
        in_attachment,
        in_opinion,
    )


def words(text: str) -> list[tuple[str, str]]:
    return [(word, normalize_doc_no(word) or word) for word in text.split()]


def search_clause(text: str, dialect: str = "sqlite") -> list[ColumnElement[bool]]:
    """Every word must appear in the title, 文号, unit, reg. no., counterparty, notes, the
    text of an attachment or the text or legal basis of an opinion (document numbers are also
    compared normalised).

    On SQLite the words go through the FTS5 trigram indexes (migrations 0002-0004), unless
    a word has a letter whose case the index would ignore and LIKE would not; PostgreSQL
    (pg_trgm on attachments) uses LIKE. Both find the same items."""
    return [
        _indexed_search(word, norm)
        if uses_index(word, norm, dialect)
        else _scanned_search(word, norm)
        for word, norm in words(text)
    ]


def scan_clause(text: str) -> list[ColumnElement[bool]]:
    """:func:`search_clause` without the indexes, for a few rows: each row's attachments are
    looked up by its id."""
    return [_scanned_search(word, norm, correlated=True) for word, norm in words(text)]


def found_at_least(conn: Connection, word: str, norm: str, n: int) -> bool:
    """Whether the indexes find ``word`` (or ``norm`` in the 文号) at least ``n`` times,
    counting no further than ``n``. Only for words that :func:`uses_index`."""
    seen = 0
    for _fts, sql, params in _lookups(word, norm):
        capped = f"SELECT count(*) FROM ({sql} LIMIT {n - seen})"
        seen += int(conn.execute(_bound(capped, params)).scalar() or 0)
        if seen >= n:
            return True
    return False
