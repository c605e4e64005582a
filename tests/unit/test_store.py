"""Opening, migrating and protecting the database."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
import time
import warnings
from pathlib import Path

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import OperationalError

from tests.refusals import code_is
from workbench.store.database import open_database
from workbench.store.errors import DatabaseError
from workbench.store.schema import metadata
from workbench.store.schema_version import HEAD_REVISION, alembic_head
from workbench.store.target import on_network_share, parse_target


def test_head_constant_matches_alembic() -> None:
    assert alembic_head() == HEAD_REVISION


def test_migrated_schema_matches_the_tables(db_path: Path) -> None:
    db = open_database(str(db_path))
    with db.engine.connect() as conn:
        insp = inspect(conn)
        for table in metadata.sorted_tables:
            migrated = {c["name"] for c in insp.get_columns(table.name)}
            assert migrated == {c.name for c in table.columns}, table.name
            with warnings.catch_warnings():  # the queue's expression indexes (migration 0003)
                warnings.filterwarnings("ignore", "Skipped unsupported reflection of expression")
                indexes = {i["name"] for i in insp.get_indexes(table.name)}
            assert {i.name for i in table.indexes} <= indexes, table.name
    db.close()


def test_sqlite_file_is_wal_with_foreign_keys(db_path: Path) -> None:
    db = open_database(str(db_path))
    with db.read() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    db.close()


def test_upgrade_backs_up_the_file_first_and_indexes_attachment_text(db_path: Path) -> None:
    import datetime as dt

    from alembic import command
    from sqlalchemy import create_engine, text

    from workbench.store.schema import attachments, items
    from workbench.store.schema_version import alembic_config

    engine = create_engine(f"sqlite:///{db_path}")
    now = dt.datetime(2025, 1, 2, 9, 0)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0001")
        conn.execute(
            items.insert().values(
                id=1,
                reg_no="审2025-001",
                kind="normative",
                title="办法",
                status="registered",
                received_on=dt.date(2025, 1, 2),
                created_at=now,
                updated_at=now,
            )
        )
        conn.execute(
            attachments.insert().values(
                item_id=1,
                name="送审稿.docx",
                sha256="0" * 64,
                size=1,
                text="第十二条 违反本办法的，处一万元以下罚款。",
                added_at=now,
                added_by="t",
            )
        )
    engine.dispose()

    db = open_database(str(db_path))
    copies = list(db_path.parent.glob("workbench.before-0001-*.sqlite3"))
    assert len(copies) == 1
    con = sqlite3.connect(copies[0])
    assert con.execute("select version_num from alembic_version").fetchone() == ("0001",)
    con.close()
    with db.read() as conn:
        found = conn.execute(
            text("SELECT rowid FROM attachments_fts WHERE attachments_fts MATCH :q"),
            {"q": '"一万元以下罚款"'},
        ).all()
    assert found == [(1,)]
    db.close()


def test_database_from_a_newer_version_is_refused(db_path: Path) -> None:
    open_database(str(db_path)).close()
    con = sqlite3.connect(db_path)
    con.execute("UPDATE alembic_version SET version_num = '0000'")
    con.commit()
    con.close()
    with pytest.raises(DatabaseError, check=code_is("database.from_newer")):
        open_database(str(db_path))


def test_corrupt_file_is_refused_with_one_sentence(tmp_path: Path) -> None:
    path = tmp_path / "broken.sqlite3"
    open_database(str(path)).close()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # smash the first page behind the header
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseError) as err:
        open_database(str(path))
    assert str(path) in str(err.value)


def damage_a_deep_page(path: Path) -> None:
    """A workbench database whose header and schema read fine but whose last index pages are
    smashed: only the full integrity check finds it."""
    open_database(str(path)).close()
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE filler (x TEXT)")
    con.executemany("INSERT INTO filler VALUES (?)", [("x" * 500,)] * 200)
    con.execute("CREATE INDEX filler_x ON filler (x)")
    con.commit()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    pages = con.execute("PRAGMA page_count").fetchone()[0]
    con.close()
    data = bytearray(path.read_bytes())
    start = (pages - 3) * page_size
    data[start : start + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))


def test_a_deferred_integrity_check_reports_damage_and_refuses_writes(tmp_path: Path) -> None:
    path = tmp_path / "damaged.sqlite3"
    damage_a_deep_page(path)
    with pytest.raises(DatabaseError) as at_open:
        open_database(str(path))  # the command line checks before it opens
    assert at_open.value.code == "database.damaged"
    db = open_database(str(path), check_integrity=False)  # the desktop application
    try:
        assert db.integrity.pending
        with db.read() as conn:  # reading what is readable still works meanwhile
            assert conn.execute(text("SELECT count(*) FROM items")).scalar() == 0
        problem = db.integrity.run_in_background()
        assert problem is not None and str(problem) == str(at_open.value)
        assert problem.code == "database.damaged" and problem.params["target"] == str(path)
        assert not db.integrity.pending and db.integrity.problem == problem
        with pytest.raises(DatabaseError) as refused, db.write():
            pass
        assert refused.value.code == "database.damaged" and str(refused.value) == str(problem)
    finally:
        db.close()


def test_a_damaged_page_met_while_reading_is_refused_as_at_opening(tmp_path: Path) -> None:
    path = tmp_path / "damaged.sqlite3"
    damage_a_deep_page(path)
    db = open_database(str(path), check_integrity=False)  # as `show` and `list` open it
    try:
        with pytest.raises(DatabaseError) as refused, db.read() as conn:
            conn.execute(text("SELECT x FROM filler ORDER BY x")).all()  # the index's pages
        assert refused.value.code == "database.damaged"  # the check ran: its sentence
        assert not db.integrity.pending and db.integrity.problem is not None
    finally:
        db.close()


LONG_READ = (
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
    "SELECT count(*) FROM (SELECT i FROM n LIMIT 2000000000)"
)


def test_interrupt_reads_stops_the_reads_of_one_thread(db_path: Path) -> None:
    db = open_database(str(db_path))
    started = threading.Event()
    outcome: list[object] = []

    def long_read() -> None:
        try:
            with db.read() as conn:
                started.set()
                outcome.append(conn.execute(text(LONG_READ)).scalar())
        except Exception as exc:
            outcome.append(exc)

    reader = threading.Thread(target=long_read)
    try:
        reader.start()
        assert started.wait(10)
        db.interrupt_reads(threading.get_ident())  # this thread reads nothing: no effect
        reader.join(0.3)
        assert reader.is_alive()
        deadline = time.monotonic() + 20
        while reader.is_alive() and time.monotonic() < deadline:
            assert reader.ident is not None
            db.interrupt_reads(reader.ident)  # repeated: SQLite forgets one between statements
            reader.join(0.02)
        assert not reader.is_alive()
        (error,) = outcome
        assert isinstance(error, OperationalError) and "interrupt" in str(error)
        with db.read() as conn:  # the connection went back to the pool in working order
            assert conn.execute(text("SELECT 1")).scalar() == 1
    finally:
        db.close()


def test_a_write_before_the_deferred_check_runs_it_first(tmp_path: Path) -> None:
    path = tmp_path / "damaged.sqlite3"
    damage_a_deep_page(path)
    db = open_database(str(path), check_integrity=False)
    try:
        with pytest.raises(DatabaseError, check=code_is("database.damaged")), db.write():
            pass
        assert not db.integrity.pending
    finally:
        db.close()


def test_a_sound_file_passes_the_deferred_check(db_path: Path) -> None:
    open_database(str(db_path)).close()
    db = open_database(str(db_path), check_integrity=False)
    try:
        assert db.integrity.run_in_background() is None
        assert not db.integrity.pending
        with db.write() as conn:
            conn.execute(text("CREATE TABLE scratch (x INTEGER)"))
    finally:
        db.close()


def test_quitting_stops_the_background_check_but_a_write_still_runs_it(tmp_path: Path) -> None:
    path = tmp_path / "damaged.sqlite3"
    damage_a_deep_page(path)
    db = open_database(str(path), check_integrity=False)
    try:
        db.integrity.interrupt()  # what quitting does, here before the worker got to it
        assert db.integrity.run_in_background() is None
        assert db.integrity.pending and db.integrity.problem is None  # not checked yet
        with pytest.raises(DatabaseError, check=code_is("database.damaged")), db.write():
            pass  # a write queued before quitting still runs the check first
    finally:
        db.close()


def test_a_background_check_interrupted_while_it_runs_stays_pending(tmp_path: Path) -> None:
    path = tmp_path / "big.sqlite3"
    open_database(str(path)).close()
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE filler (x TEXT)")
    con.executemany("INSERT INTO filler VALUES (?)", [(f"{i:08d}" * 60,) for i in range(30_000)])
    con.execute("CREATE INDEX filler_x ON filler (x)")
    con.commit()
    con.close()
    db = open_database(str(path), check_integrity=False)
    try:
        result: list[str | None] = []
        worker = threading.Thread(target=lambda: result.append(db.integrity.run_in_background()))
        worker.start()
        deadline = time.monotonic() + 10
        while worker.is_alive():  # again and again: one that lands before it starts is lost
            assert time.monotonic() < deadline
            db.integrity.interrupt()
            time.sleep(0.0005)
        assert result == [None]
        if db.integrity.pending:  # interrupted (on a very fast machine it may have finished)
            assert db.integrity.run() is None  # a writer's run is not interrupted
        assert not db.integrity.pending and db.integrity.problem is None
    finally:
        db.close()


def test_a_smashed_first_page_is_refused_at_once_without_the_full_check(tmp_path: Path) -> None:
    path = tmp_path / "broken.sqlite3"
    open_database(str(path)).close()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseError) as err:
        open_database(str(path), check_integrity=False)
    assert str(path) in str(err.value)


def test_no_migration_runs_on_a_damaged_file(tmp_path: Path) -> None:
    path = tmp_path / "damaged.sqlite3"
    damage_a_deep_page(path)
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '0001'")
    con.commit()
    con.close()
    with pytest.raises(DatabaseError, check=code_is("database.damaged")):
        open_database(str(path), check_integrity=False)
    assert not list(tmp_path.glob("*.before-*"))  # not even the copy made before migrating


def test_opening_a_file_again_keeps_this_process_s_locks_on_it(db_path: Path) -> None:
    """Reading the header with open()/close() while a connection of this process has the file
    dropped that connection's POSIX locks: another process closing its last connection then
    took the file for its own and deleted the WAL under us (lost commits, "malformed")."""
    first = open_database(str(db_path))
    try:
        with first.write() as conn:
            conn.execute(text("CREATE TABLE scratch (x INTEGER)"))
        wal = db_path.with_name(db_path.name + "-wal")
        assert wal.exists()
        open_database(str(db_path)).close()  # the same file again, e.g. a second window
        reader = (
            "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
            "c.execute('SELECT count(*) FROM sqlite_master').fetchall(); c.close()"
        )
        subprocess.run([sys.executable, "-c", reader, str(db_path)], check=True)
        assert wal.exists()  # still ours: the other process knew it was not alone
    finally:
        first.close()


def test_targets() -> None:
    assert parse_target("postgresql://u@h/db").url.startswith("postgresql+psycopg://")
    assert parse_target("sqlite:////tmp/x.sqlite3").path == Path("/tmp/x.sqlite3")
    with pytest.raises(DatabaseError, check=code_is("database.backend_unsupported")):
        parse_target("mysql://u@h/db")


def test_network_share_detection(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text(
        "/dev/sda1 / ext4 rw 0 0\n//server/share /mnt/office cifs rw 0 0\n", encoding="utf-8"
    )
    monkeypatch.setattr("workbench.store.target.MOUNTS_FILE", mounts)
    assert on_network_share(Path("/mnt/office/ledger/workbench.sqlite3")) == "cifs"
    assert on_network_share(Path("/home/user/workbench.sqlite3")) is None
    with pytest.raises(DatabaseError, check=code_is("database.on_network_share")):
        open_database("/mnt/office/ledger/workbench.sqlite3")
