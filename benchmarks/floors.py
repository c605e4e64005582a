"""The floors: the same work done the plainest way, with ``sqlite3`` and ``openpyxl`` directly.

Every SQL statement here is written by hand (not compiled from the product's SQLAlchemy), so a
ratio over it shows what the product's layers cost on top of the database itself.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook

from workbench.domain.docno import normalize_doc_no
from workbench.domain.kinds import Kind
from workbench.domain.statuses import Status
from workbench.reports.ledger import COLUMNS, CellKind
from workbench.store.items import REVIEW_OPEN
from workbench.store.schema import items

QUEUE_COLUMNS = (
    "id, reg_no, kind, title, unit, received_on, review_due_on, filing_due_on, paused_remaining,"
    " status, counsel, doc_no, valid_until, version"
)
PAGE = 200  # the queue model fetches the rows of the page being painted, 200 at a time
SEARCHED = ("title", "doc_no", "doc_no_norm", "unit", "reg_no", "counterparty", "notes")
LEDGER_KEYS = tuple(c.key for c in COLUMNS)
DATE_POS = tuple(i for i, c in enumerate(COLUMNS) if c.cell is CellKind.DATE)


def _rank(column: str, codes: list[str]) -> str:
    whens = " ".join(f"WHEN '{c}' THEN {i}" for i, c in enumerate(codes))
    return f"CASE {column} {whens} ELSE {len(codes)} END"


def sort_expr(key: str) -> str:
    """The queue's ORDER BY expression of a column key."""
    if key == "kind":
        return _rank("kind", [k.value for k in Kind])
    if key == "status":
        return _rank("status", [s.value for s in Status])
    if key == "due":
        open_ = ", ".join(f"'{s}'" for s in REVIEW_OPEN)
        return (
            f"CASE WHEN status IN ({open_}) THEN review_due_on"
            " WHEN status = 'published' THEN filing_due_on END"
        )
    return "doc_no_norm" if key == "doc_no" else key


def _like(word: str) -> str:
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _phrase(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


COMMON = 4000  # a word found this often is looked for in the rows in order (store/queue.py)
WINDOW = 5000  # how many rows in order are read for it before the index is asked


def _lookup(fts: str, word: str, column: str | None = None) -> tuple[str, list[str]]:
    """Rowids of ``fts`` whose value contains ``word``: MATCH for 3+ characters, a range of
    the padded index's vocabulary for shorter words (migration 0004)."""
    if len(word) >= 3:
        query = _phrase(word) if column is None else f"{column} : {_phrase(word)}"
        return f"SELECT rowid FROM {fts} WHERE {fts} MATCH ?", [query]
    low = word.lower()
    high = low[:-1] + chr(ord(low[-1]) + 1)
    if column is None:
        return f"SELECT doc FROM {fts}_terms WHERE term >= ? AND term < ?", [low, high]
    sql = f"SELECT doc FROM {fts}_terms WHERE term >= ? AND term < ? AND col = ?"
    return sql, [low, high, column]


def _scanned(word: str, norm: str, correlated: bool = False) -> tuple[str, list[str]]:
    cols = [f"{c} LIKE ? ESCAPE '\\'" for c in SEARCHED]
    if correlated:
        cols.append(
            "EXISTS (SELECT 1 FROM attachments a WHERE a.item_id = items.id"
            " AND a.text LIKE ? ESCAPE '\\')"
        )
    else:
        cols.append("id IN (SELECT item_id FROM attachments WHERE text LIKE ? ESCAPE '\\')")
    params = [_like(word), _like(word), _like(norm), *[_like(word)] * 4, _like(word)]
    return "(" + " OR ".join(cols) + ")", params


def _indexable(word: str) -> bool:
    return all(c.isascii() or c.lower() == c.upper() for c in word)


def search_where(text: str, fts: bool, scan: bool = False) -> tuple[str, list[str]]:
    """Every word in one of the searched columns or in an attachment's text; with ``fts`` (the
    trigram tables exist) words are looked up in them, as the product does; with ``scan``
    every word is compared with LIKE."""
    parts, params = [], []
    for word in text.split():
        norm = normalize_doc_no(word) or word
        if scan or not fts or not (_indexable(word) and _indexable(norm)):
            sql, more = _scanned(word, norm, correlated=scan)
            parts.append(sql)
            params += more
            continue
        found = [_lookup("items_fts", word)]
        if norm != word:
            found.append(_lookup("items_fts", norm, "doc_no_norm"))
        ors = [f"id IN ({sql})" for sql, _ in found]
        att_sql, att_params = _lookup("attachments_fts", word)
        ors.append(f"id IN (SELECT item_id FROM attachments WHERE id IN ({att_sql}))")
        parts.append("(" + " OR ".join(ors) + ")")
        params += [p for _, more in found for p in more] + att_params
    return (" AND ".join(parts) or "1"), params


def _has_fts(con: sqlite3.Connection) -> bool:
    found = con.execute("SELECT 1 FROM sqlite_master WHERE name = 'items_fts_terms'").fetchone()
    return found is not None


def _rare(con: sqlite3.Connection, search: str) -> bool:
    """A word the indexes find fewer than COMMON times (counted up to COMMON)."""
    for word in search.split():
        norm = normalize_doc_no(word) or word
        if not (_indexable(word) and _indexable(norm)):
            continue
        parts = [_lookup("items_fts", word)]
        if norm != word:
            parts.append(_lookup("items_fts", norm, "doc_no_norm"))
        parts.append(_lookup("attachments_fts", word))
        seen = 0
        for sql, params in parts:
            capped = f"SELECT count(*) FROM ({sql} LIMIT {COMMON - seen})"
            seen += con.execute(capped, params).fetchone()[0]
            if seen >= COMMON:
                break
        if seen < COMMON:
            return True
    return False


def _first_ids(con: sqlite3.Connection, search: str, order: str) -> list[int]:
    """The first page's ids, the product's way: common words by reading the rows in order
    until a page matches (at most WINDOW rows), rare ones (or a window that did not fill)
    through the search indexes."""
    if search.split() and not _rare(con, search):
        hit, params = search_where(search, True, scan=True)
        cursor = con.execute(f"SELECT id, {hit} FROM items ORDER BY {order} LIMIT {WINDOW}", params)
        found: list[int] = []
        read = 0
        while len(found) < PAGE:
            chunk = cursor.fetchmany(500)
            read += len(chunk)
            found += [item_id for item_id, matched in chunk if matched]
            if len(chunk) < 500:
                break
        cursor.close()
        if len(found) >= PAGE or read < WINDOW:
            return found[:PAGE]
    where, params = search_where(search, _has_fts(con))
    sql = f"SELECT id FROM items WHERE {where} ORDER BY {order} LIMIT {PAGE}"
    return [r[0] for r in con.execute(sql, params)]


def queue_page(con: sqlite3.Connection, search: str, key: str, descending: bool) -> int:
    """What the queue does before its first page can be painted: the ids of the first page in
    order, then their rows (and the item count when nothing matches, for the empty state).
    Returns how many ids the first page has."""
    way = "DESC" if descending else "ASC"
    ids = _first_ids(con, search, f"{sort_expr(key)} {way} NULLS LAST, id {way}")
    if not ids:
        con.execute("SELECT count(*) FROM items").fetchone()
        return 0
    marks = ",".join("?" * len(ids))
    con.execute(f"SELECT {QUEUE_COLUMNS} FROM items WHERE id IN ({marks})", ids).fetchall()
    return len(ids)


def queue_all(con: sqlite3.Connection, search: str, key: str, descending: bool) -> int:
    """The queue's second step: every matching id in order. Returns the match count."""
    where, params = search_where(search, _has_fts(con))
    way = "DESC" if descending else "ASC"
    sql = f"SELECT id FROM items WHERE {where} ORDER BY {sort_expr(key)} {way} NULLS LAST, id {way}"
    return len(con.execute(sql, params).fetchall())


def tally(con: sqlite3.Connection, year: int) -> dict[str, Any]:
    """The year's tally as the grouped queries a person would write by hand."""
    s, e = f"{year}-01-01", f"{year}-12-31"
    rev = "opinion_on BETWEEN :s AND :e AND status != 'withdrawn'"
    p = {"s": s, "e": e}
    q = {
        "received": "SELECT kind, count(*) FROM items WHERE received_on BETWEEN :s AND :e"
        " GROUP BY kind",
        "reviewed": "SELECT kind, count(*), coalesce(sum(opinion_on > review_due_on), 0)"
        f" FROM items WHERE {rev} GROUP BY kind",
        "conclusion": f"SELECT conclusion, count(*) FROM items WHERE {rev} GROUP BY conclusion",
        "month": f"SELECT CAST(strftime('%m', opinion_on) AS INTEGER) AS m, count(*) FROM items"
        f" WHERE {rev} GROUP BY m",
        "unit": f"SELECT unit, count(*) FROM items WHERE {rev} GROUP BY unit",
        "counsel": f"SELECT counsel, count(*) FROM items WHERE {rev} GROUP BY counsel",
        "filed": "SELECT kind, count(*), coalesce(sum(filed_on > filing_due_on), 0) FROM items"
        " WHERE filed_on BETWEEN :s AND :e GROUP BY kind",
        "pending": "SELECT count(*) FROM items WHERE received_on <= :e AND status != 'withdrawn'"
        " AND (opinion_on IS NULL OR opinion_on > :e)",
        "disclosure": "SELECT coalesce(sum(published_on BETWEEN :s AND :e), 0),"
        " coalesce(sum(ended_on BETWEEN :s AND :e), 0),"
        " coalesce(sum(published_on <= :e AND (ended_on IS NULL OR ended_on > :e)), 0)"
        " FROM items WHERE kind = 'normative'",
    }
    return {name: con.execute(sql, p).fetchall() for name, sql in q.items()}


def ledger_where(year: int) -> str:
    s, e = f"'{year}-01-01'", f"'{year}-12-31'"
    return (
        f"received_on BETWEEN {s} AND {e} OR opinion_on BETWEEN {s} AND {e}"
        f" OR filed_on BETWEEN {s} AND {e}"
        f" OR (received_on <= {e} AND status != 'withdrawn'"
        f" AND (opinion_on IS NULL OR opinion_on > {e}))"
        f" OR (kind = 'normative' AND published_on <= {e}"
        f" AND (ended_on IS NULL OR ended_on >= {s}))"
    )


def export_ledger(db: Path, year: int, out: Path) -> int:
    """A write-only workbook of the year's ledger rows: header, then the rows as they come
    (dates made real dates so Excel sees date cells). Returns the row count."""
    con = sqlite3.connect(db)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("台账")
    ws.append([c.zh for c in COLUMNS])
    sql = (
        f"SELECT {', '.join(LEDGER_KEYS)} FROM items WHERE {ledger_where(year)}"
        " ORDER BY received_on, id"
    )
    n = 0
    fromiso = dt.date.fromisoformat
    for row in con.execute(sql):
        values = list(row)
        for i in DATE_POS:
            if values[i]:
                values[i] = fromiso(values[i])
        ws.append(values)
        n += 1
    wb.save(out)
    con.close()
    return n


def import_ledger(xlsx: Path, db: Path) -> int:
    """Read the 台账 sheet in read-only mode and insert every row with one executemany into a
    table of the ledger's columns carrying the items table's indexes on them (the search
    index included)."""
    wb = load_workbook(xlsx, read_only=True, data_only=True)
    ws = wb["台账"] if "台账" in wb.sheetnames else wb.worksheets[0]
    con = sqlite3.connect(db, isolation_level=None)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA synchronous = NORMAL")
    cols = ", ".join(f"{k} {'TEXT UNIQUE' if k == 'reg_no' else ''}" for k in LEDGER_KEYS)
    con.execute(f"CREATE TABLE ledger ({cols})")
    for idx in items.indexes:
        names = [c.name for c in idx.columns]
        if all(n in LEDGER_KEYS for n in names):
            con.execute(f"CREATE INDEX {idx.name} ON ledger ({', '.join(names)})")
    # the search index (migration 0003): trigrams of the searched columns, kept by a trigger
    searched = [c for c in SEARCHED if c in LEDGER_KEYS]
    con.execute(
        f"CREATE VIRTUAL TABLE ledger_fts USING fts5({', '.join(searched)}, "
        "content='ledger', tokenize='trigram')"
    )
    new = ", ".join(f"new.{c}" for c in searched)
    con.execute(
        "CREATE TRIGGER ledger_fts_insert AFTER INSERT ON ledger BEGIN INSERT INTO "
        f"ledger_fts(rowid, {', '.join(searched)}) VALUES (new.rowid, {new}); END"
    )
    rows = ws.iter_rows(min_row=2, max_col=len(LEDGER_KEYS), values_only=True)

    def cells() -> Any:
        for r in rows:
            yield [v.date().isoformat() if isinstance(v, dt.datetime) else v for v in r]

    marks = ",".join("?" * len(LEDGER_KEYS))
    con.execute("BEGIN")
    con.executemany(f"INSERT INTO ledger VALUES ({marks})", cells())
    con.execute("COMMIT")
    n = con.execute("SELECT count(*) FROM ledger").fetchone()[0]
    con.close()
    wb.close()
    return int(n)
