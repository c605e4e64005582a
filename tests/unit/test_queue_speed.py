"""The queue's speed-ups change nothing a user sees: the trigram index finds exactly what a
substring scan finds, the expression indexes are the ones the planner uses, and a stale query
stops early (migration 0003, ``store/queue.py``)."""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from pathlib import Path

import pytest

from workbench.domain.docno import normalize_doc_no
from workbench.domain.kinds import Kind
from workbench.domain.statuses import Status
from workbench.services import attachments as attachment_service
from workbench.services import items as item_service
from workbench.services import queries
from workbench.services import queue as queue_service
from workbench.services.context import ServiceContext
from workbench.services.demo import load_demo
from workbench.store import queue as store
from workbench.store import search as search_sql
from workbench.store.database import open_database
from workbench.store.items import ItemFilter

SEARCHED = ("title", "doc_no", "unit", "reg_no", "counterparty", "notes")


def _fold(text: str) -> str:
    """LIKE's case rule on SQLite: ASCII letters only."""
    return text.translate(str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz"))


def _expected(db_path: Path, text: str) -> set[int]:
    """Every word in a searched column, the normalised 文号, an attachment or an opinion's text
    or basis: by hand."""
    con = sqlite3.connect(db_path)
    rows = con.execute(f"SELECT id, doc_no_norm, {', '.join(SEARCHED)} FROM items").fetchall()
    texts: dict[int, list[str]] = {}
    for item_id, body in con.execute("SELECT item_id, text FROM attachments"):
        texts.setdefault(item_id, []).append(body)
    for item_id, body, basis in con.execute("SELECT item_id, text, basis FROM opinions"):
        texts.setdefault(item_id, []).extend((body, basis))
    con.close()
    found = set()
    for item_id, doc_no_norm, *values in rows:
        haystack = [_fold(v) for v in (*values, doc_no_norm, *texts.get(item_id, []))]
        if all(
            any(_fold(w) in h for h in haystack)
            or _fold(normalize_doc_no(w) or w) in _fold(doc_no_norm)
            for w in text.split()
        ):
            found.add(item_id)
    return found


@pytest.fixture
def filled(ctx: ServiceContext, db_path: Path, tmp_path: Path) -> ServiceContext:
    load_demo(ctx, 400, seed=5)
    odd = item_service.NewItem(
        kind=Kind.OTHER_CONTRACT,
        title='含"引号"与 100%_x 的 ABC Contract',
        received_on=dt.date(2025, 6, 3),
        counterparty="沈阳新松机器人自动化股份有限公司",
        notes="备注：Quantum 计算",
        doc_no="辽科发[2025]77号",
    )
    view = item_service.register(ctx, odd)
    attachment_service.add_attachment(
        ctx,
        view.reg_no,
        _docx(tmp_path / "材料.docx", "第十二条 违反本办法的，处一万元以下罚款。区块链"),
    )
    item_service.start_review(ctx, view.reg_no)
    item_service.issue_opinion(
        ctx,
        view.reg_no,
        item_service.OpinionInput(
            "approve_with_changes",
            "建议删除第十二条关于罚款的规定。",
            basis="《中华人民共和国行政处罚法》第十六条 穿透式监管",
            issued_on=dt.date(2025, 6, 10),
        ),
    )
    return ctx


def _docx(path: Path, text: str) -> Path:
    """A real .docx holding ``text`` (only .docx attachments have their text searched)."""
    import docx

    document = docx.Document()
    document.add_paragraph(text)
    document.save(str(path))
    return path


def test_search_finds_what_a_substring_scan_finds(filled: ServiceContext, db_path: Path) -> None:
    con = sqlite3.connect(db_path)
    values = [v for row in con.execute("SELECT title, unit, doc_no, notes FROM items") for v in row]
    con.close()
    rng = random.Random(7)
    words = [
        "区块链",  # only in an attachment
        "穿透式监管",  # only in an opinion's legal basis
        "穿透",
        "删除第十二条",  # in an opinion's text
        "区块",
        "链",
        "一万元以下罚款",
        "罚款",
        "abc",  # ASCII case is ignored, as LIKE does
        "quantum 计算",
        '"引号"',
        "100%_x",
        "%",
        "_",
        "辽科发〔2025〕77号",  # the normalised 文号 of an ASCII-bracketed one
        "辽科发[2025]77",
        "新松机器人",
        "量子计算",  # nothing
        "x",
    ]
    for _ in range(40):
        value = rng.choice([v for v in values if v])
        size = rng.randint(1, 6)
        start = rng.randrange(max(1, len(value) - size + 1))
        words.append(value[start : start + size])
    for word in words:
        if not word.strip():
            continue
        got = queue_service.queue_ids(filled, search=word)
        assert set(got) == _expected(db_path, word), word
        assert len(got) == len(set(got)), word  # an item matching twice is listed once


def test_the_trigram_index_follows_edits(filled: ServiceContext) -> None:
    (item_id,) = queue_service.queue_ids(filled, search="ABC")
    view = queries.item_by_id(filled, item_id)
    item_service.update_details(filled, view.reg_no, view.version, title="全新的标题叫做琥珀计划")
    assert queue_service.queue_ids(filled, search="琥珀计划") == [view.id]
    assert queue_service.queue_ids(filled, search="ABC Contract") == []


def _plan(db_path: Path, key: str, descending: bool, search: str = "") -> str:
    db = open_database(str(db_path))
    with db.read() as conn:
        flt = ItemFilter(extra=tuple(search_sql.search_clause(search, "sqlite")))
        order = store.sort_expression(key, [k.value for k in Kind], [s.value for s in Status])
        where = store._where(flt)
        from sqlalchemy import select

        from workbench.store.schema import items

        direction = order.desc() if descending else order.asc()
        stmt = select(items.c.id).where(where).order_by(direction.nulls_last()).limit(200)
        compiled = stmt.compile(conn, compile_kwargs={})
        sql = "EXPLAIN QUERY PLAN " + str(compiled)
        params = compiled.construct_params()
        rows = conn.exec_driver_sql(sql, tuple(params[k] for k in compiled.positiontup or ()))
        plan = " | ".join(str(r[3]) for r in rows)
    db.close()
    return plan


@pytest.mark.parametrize(
    ("key", "index"),
    [
        ("kind", "ix_items_kind_rank"),
        ("status", "ix_items_status_rank"),
        ("due", "ix_items_active_due"),
        ("title", "ix_items_title"),
        ("received_on", "ix_items_received_on"),
    ],
)
@pytest.mark.parametrize("descending", [False, True])
def test_sorting_uses_an_index(
    filled: ServiceContext, db_path: Path, key: str, index: str, descending: bool
) -> None:
    plan = _plan(db_path, key, descending)
    assert index in plan and "TEMP B-TREE" not in plan, plan


def test_words_go_through_the_trigram_index(filled: ServiceContext, db_path: Path) -> None:
    assert "SCAN items_fts VIRTUAL TABLE" in _plan(db_path, "received_on", True, search="管理办法")
    for short in ("办法", "法", "ab"):  # the index's vocabulary, no scan of the items
        plan = _plan(db_path, "received_on", True, search=short)
        assert "items_fts_terms" in plan and "attachments_fts_terms" in plan, plan
        assert "SCAN items " not in plan and "SCAN attachments " not in plan, plan
    # a letter whose case the index ignores and LIKE does not: scanned, as LIKE finds it
    plan = _plan(db_path, "received_on", True, search="Ä")
    assert "fts" not in plan, plan


def test_short_words_at_the_end_of_a_value_and_case(
    filled: ServiceContext, db_path: Path, tmp_path: Path
) -> None:
    view = item_service.register(
        filled,
        item_service.NewItem(
            kind=Kind.NORMATIVE,
            title="关于某事的规定Ä",
            unit="局",  # a one-character value
            received_on=dt.date(2025, 6, 4),
            notes="ÄÖ ａｂ",
        ),
    )
    attachment_service.add_attachment(
        filled, view.reg_no, _docx(tmp_path / "短.docx", "全文以此结尾：琥珀")
    )
    for word in ("局", "规定", "定", "琥珀", "珀", "ä", "Ä", "ÄÖ", "ａ", "Ａ", "ｂ", "尾：琥"):
        got = set(queue_service.queue_ids(filled, search=word))
        assert got == _expected(db_path, word), word
        assert (view.id in got) == (word not in ("ä", "Ａ")), word


@pytest.mark.parametrize(("common", "window"), [(1, 3), (1, 50), (1, 500), (10, 1000), (5000, 50)])
def test_a_first_page_is_the_beginning_of_the_whole_list(
    filled: ServiceContext, monkeypatch, common: int, window: int
) -> None:
    """Read in order from the first rows or found through the index, a first page is the
    same: the beginning of the whole answer, in its order."""
    monkeypatch.setattr(store, "COMMON", common)
    monkeypatch.setattr(store, "WINDOW", window)
    for search in ("科技", "办法", "合同 沈阳", "罚款", "区块链", "x", "量子计算", "2025"):
        for key, descending in (("received_on", True), ("title", False), ("due", False)):
            whole = queue_service.queue_ids(
                filled, search=search, sort_column=key, descending=descending
            )
            for limit in (1, 5, 200):
                first = queue_service.queue_ids(
                    filled, search=search, sort_column=key, descending=descending, limit=limit
                )
                assert first == whole[:limit], (search, key, limit)


def test_the_rank_sorts_follow_the_workflow_order(filled: ServiceContext) -> None:
    for key, enum in (("kind", Kind), ("status", Status)):
        ids = queue_service.queue_ids(filled, sort_column=key, descending=False)
        rows = queue_service.rows_by_ids(filled, ids)
        order = list(enum)
        ranks = [order.index(getattr(r, key)) for r in rows]
        assert ranks == sorted(ranks)


def test_a_cancelled_query_stops_early(filled: ServiceContext, monkeypatch) -> None:
    monkeypatch.setattr(store, "FETCH_CHUNK", 50)
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 2

    order = store.sort_expression("received_on", [], [])
    with filled.db.read() as conn:
        assert store.ordered_ids(conn, ItemFilter(), order, True, cancelled=cancelled) is None
        assert len(asked) == 3  # two chunks fetched, then it stopped
        everything = store.ordered_ids(conn, ItemFilter(), order, True, cancelled=lambda: False)
    assert everything is not None and len(everything) == 401
    assert queue_service.queue_ids(filled, limit=200) == everything[:200]


def test_a_first_page_comes_with_its_rows(filled: ServiceContext) -> None:
    query = queue_service.QueueQuery(queue_service.View.ALL.value, "办法", {})
    page = queue_service.first_page(filled, query, "due", False, 30)
    assert page.ids == queue_service.queue_ids(
        filled, search="办法", sort_column="due", descending=False, limit=30
    )
    assert page.rows == queue_service.rows_by_ids(filled, page.ids)
    assert page.total == len(page.ids) == 30
    nothing = queue_service.QueueQuery(queue_service.View.ALL.value, "量子计算", {})
    empty = queue_service.first_page(filled, nothing, "due", False, 30)
    assert (empty.ids, empty.rows, empty.total) == ([], [], 401)  # the empty state's count


def test_counting_the_views_stops_when_cancelled(filled: ServiceContext) -> None:
    whole = queue_service.view_counts(filled)
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 2

    part = queue_service.view_counts(filled, cancelled=cancelled)
    assert part == {k: whole[k] for k in list(whole)[:2]}  # two counts, then it stopped


def test_migration_0004_goes_down_and_up_again(filled: ServiceContext, db_path: Path) -> None:
    """0004 reverts to 0003's indexes (no vocabulary, values unpadded) and comes back; after
    the round trip every search finds the same items as before."""
    from alembic import command

    from workbench.store.schema_version import alembic_config

    words = ("罚款", "局", "试行", "区块链", "abc", "办法", "穿透式监管")
    before = {w: queue_service.queue_ids(filled, search=w) for w in words}
    db = open_database(str(db_path))
    try:
        for step, revision in ((command.downgrade, "0003"), (command.upgrade, "head")):
            with db.engine.connect() as raw:
                conn = raw.execution_options(write=True)
                with conn.begin():
                    step(alembic_config(conn), revision)
            con = sqlite3.connect(db_path)
            names = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
            con.execute("INSERT INTO items_fts(items_fts, rank) VALUES ('integrity-check', 1)")
            con.close()
            assert ("items_fts_terms" in names) == (revision == "head"), revision
            assert {"items_fts", "attachments_fts"} <= names
        ctx = ServiceContext(db)
        for w in words:
            assert queue_service.queue_ids(ctx, search=w) == before[w], w
    finally:
        db.close()
