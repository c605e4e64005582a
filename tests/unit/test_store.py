"""Opening, migrating and protecting the database."""

from __future__ import annotations

import sqlite3
import warnings
from pathlib import Path

import pytest
from sqlalchemy import inspect

from workbench.store.database import (
    HEAD_REVISION,
    DatabaseError,
    alembic_head,
    on_network_share,
    open_database,
    parse_target,
)
from workbench.store.schema import metadata


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

    from workbench.store.database import _alembic_config
    from workbench.store.schema import attachments, items

    engine = create_engine(f"sqlite:///{db_path}")
    now = dt.datetime(2025, 1, 2, 9, 0)
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "0001")
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
    with pytest.raises(DatabaseError, match="更新版本"):
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


def test_targets() -> None:
    assert parse_target("postgresql://u@h/db").url.startswith("postgresql+psycopg://")
    assert parse_target("sqlite:////tmp/x.sqlite3").path == Path("/tmp/x.sqlite3")
    with pytest.raises(DatabaseError, match="不支持"):
        parse_target("mysql://u@h/db")


def test_network_share_detection(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text(
        "/dev/sda1 / ext4 rw 0 0\n//server/share /mnt/office cifs rw 0 0\n", encoding="utf-8"
    )
    monkeypatch.setattr("workbench.store.database.MOUNTS_FILE", mounts)
    assert on_network_share(Path("/mnt/office/ledger/workbench.sqlite3")) == "cifs"
    assert on_network_share(Path("/home/user/workbench.sqlite3")) is None
    with pytest.raises(DatabaseError, match="共享服务器模式"):
        open_database("/mnt/office/ledger/workbench.sqlite3")
