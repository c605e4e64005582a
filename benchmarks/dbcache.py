"""The benchmark databases: ``load_demo`` output cached by size and seed, plus a one-year copy.

Building 1,000,000 items takes minutes, so each database is built once into the cache folder and
copied into the run's temp dir; the benchmarks never touch the cached file itself.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import sqlite3
import time
from pathlib import Path

from workbench.services import demo, demo_data
from workbench.services.context import ServiceContext
from workbench.store import schema
from workbench.store.database import open_database

#: Date columns shifted together, so an item keeps its own order of events.
ITEM_DATES = (
    "received_on",
    "review_due_on",
    "opinion_on",
    "published_on",
    "filing_due_on",
    "filed_on",
    "filing_result_on",
    "valid_until",
    "ended_on",
    "withdrawn_on",
)
CHILD_DATES = {"opinions": ("issued_on",), "pauses": ("returned_on", "resubmitted_on")}


def _source_digest() -> str:
    store = Path(schema.__file__).parent
    sources = [Path(demo.__file__), Path(demo_data.__file__), Path(schema.__file__)]
    sources += sorted((store / "migrations").rglob("*.py"))
    h = hashlib.sha1()
    for source in sources:
        h.update(source.read_bytes())
    return h.hexdigest()[:8]


def demo_db(cache: Path, n: int, seed: int, log: list[str]) -> Path:
    """The cached demo database of ``n`` items (built when missing, and again whenever the
    demo generator, the schema or a migration changes: their source hash is in the name — a
    database migrated from an older build of a revision would lack what the revision now
    creates)."""
    digest = _source_digest()
    path = cache / f"demo-{n}-s{seed}-{digest}.sqlite3"
    if path.exists():
        return path
    cache.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".building")
    tmp.unlink(missing_ok=True)
    began = time.perf_counter()
    db = open_database(str(tmp))
    try:
        demo.load_demo(ServiceContext(db), n, seed)
    finally:
        db.close()
    _vacuum(tmp)
    tmp.replace(path)
    for stale in cache.glob(f"demo-{n}-s{seed}-*.sqlite3"):  # built by an older generator
        if not stale.name.startswith(path.stem):
            stale.unlink()
    log.append(f"built {path.name} in {time.perf_counter() - began:.1f} s")
    return path


def one_year_db(cache: Path, base: Path, year: int, log: list[str]) -> Path:
    """A copy of ``base`` with every item moved (whole years) into ``year``: its 台账 then holds
    every item, which is what the export and import figures need."""
    path = base.with_name(f"{base.stem}-y{year}.sqlite3")
    if path.exists():
        return path
    tmp = path.with_suffix(".building")
    shutil.copyfile(base, tmp)
    con = sqlite3.connect(tmp)
    delta = f"printf('%+d years', {year} - CAST(strftime('%Y', received_on) AS INTEGER))"
    with con:
        for table, cols in CHILD_DATES.items():
            sets = ", ".join(
                f"{c} = date({c}, (SELECT {delta} FROM items WHERE items.id = {table}.item_id))"
                for c in cols
            )
            con.execute(f"UPDATE {table} SET {sets}")
        con.execute(
            f"UPDATE items SET {', '.join(f'{c} = date({c}, {delta})' for c in ITEM_DATES)}"
        )
        # moving forward can put a repeal after today; the ledger import rightly refuses that
        con.execute(
            "UPDATE items SET ended_on = NULL,"
            " status = CASE WHEN filed_on IS NULL THEN 'published' ELSE 'filed' END"
            " WHERE ended_on > date('now')"
        )
        # load_demo can file before publication (a publication in a holiday); see README
        con.execute("UPDATE items SET filed_on = published_on WHERE filed_on < published_on")
    con.execute("VACUUM")
    con.close()
    tmp.replace(path)
    log.append(f"built {path.name} (all items received in {year})")
    return path


def _vacuum(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode = DELETE")  # a single file to copy
    con.execute("VACUUM")
    con.close()


def working_copy(src: Path, tmp: Path, log: list[str]) -> Path:
    """A private copy of a cached database for one run, migrated to the current schema here
    (untimed) rather than by the first program that opens it."""
    dest = tmp / src.name
    if not dest.exists():
        shutil.copyfile(src, dest)
        began = time.perf_counter()
        open_database(str(dest)).close()
        if time.perf_counter() - began > 1:
            log.append(f"migrated {dest.name} in {time.perf_counter() - began:.1f} s")
    return dest


def export_year() -> int:
    """The year the one-year database is moved into: last year, so no date lies in the future
    of items that came in this year."""
    return dt.date.today().year - 1
