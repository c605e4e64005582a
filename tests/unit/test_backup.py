"""Portable backups and restores (docs/RULES.md §10): round trips between SQLite and PostgreSQL,
refusal of damaged or hostile archives, all-or-nothing loading, rotating snapshots."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
import threading
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from tests.refusals import code_is
from workbench.domain.errors import WorkbenchError
from workbench.paths import app_paths
from workbench.services import backup as svc
from workbench.services import items
from workbench.services import restore as restoring
from workbench.services.attachments import add_attachment
from workbench.services.calendar import save_schedule
from workbench.services.context import ServiceContext
from workbench.services.demo import load_demo
from workbench.services.queries import list_items
from workbench.services.tally import tally_year
from workbench.store import archive as arc
from workbench.store.audit import event_hash, verify_chain
from workbench.store.backup import (
    BackupError,
    consistent_read,
    integrity,
    rotate_backups,
    snapshot_sqlite,
)
from workbench.store.codec import ArchiveError, decode_row
from workbench.store.database import Database, open_database
from workbench.store.restore import table_counts
from workbench.store.schema import attachments, audit_events, metadata
from workbench.store.schema import items as items_table
from workbench.store.schema_version import HEAD_REVISION

TODAY = dt.date(2025, 6, 16)
YEARS = (2022, 2023, 2024, 2025)


# -- helpers ------------------------------------------------------------------------------------


def populate(ctx: ServiceContext, files: Path, n: int = 60) -> None:
    """Sample items, a revised opinion, attachments (one content shared), an office calendar."""
    load_demo(ctx, n, seed=7)
    issued = [v for v in list_items(ctx) if v.status.value == "opinion_issued"]
    items.issue_opinion(ctx, issued[0].reg_no, items.OpinionInput("approve", "修订后同意"))
    view = items.update_details(ctx, issued[1].reg_no, issued[1].version, notes="含“引号”\n换行")
    files.mkdir(parents=True, exist_ok=True)
    for i, name in enumerate(("起草说明.txt", "征求意见.txt")):
        (files / name).write_bytes(f"第{i}份材料\n".encode() * 100)
    add_attachment(ctx, view.reg_no, files / "起草说明.txt")
    add_attachment(ctx, issued[2].reg_no, files / "征求意见.txt")
    add_attachment(ctx, issued[3].reg_no, files / "征求意见.txt")  # same content, stored once
    save_schedule(ctx, 2031, (dt.date(2031, 1, 1),), (dt.date(2031, 1, 4),), note="测试")


def dump(db: Database) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table (attachment content aside: it lives in files on SQLite)."""
    out: dict[str, list[dict[str, Any]]] = {}
    with db.read() as conn:
        for table in metadata.sorted_tables:
            rows = conn.execute(select(table).order_by(*table.primary_key.columns))
            out[table.name] = [
                {k: v for k, v in r._mapping.items() if k != "content"} for r in rows
            ]
    return out


def tallies(ctx: ServiceContext) -> list[dict[str, Any]]:
    return [tally_year(ctx, y).to_json() for y in YEARS]


def listing(ctx: ServiceContext) -> list[dict[str, Any]]:
    return [v.to_json() for v in list_items(ctx)]


def assert_same_data(
    a: dict[str, list[dict[str, Any]]], b: dict[str, list[dict[str, Any]]]
) -> None:
    for name in a:
        if name == "audit_events":
            assert b[name][: len(a[name])] == a[name]
            assert [e["action"] for e in b[name][len(a[name]) :]] == ["restore"]
        else:
            assert b[name] == a[name], name


def rewrite(
    src: Path,
    dest: Path,
    *,
    change: Callable[[dict[str, bytes]], None] | None = None,
    manifest: Callable[[dict[str, Any]], None] | None = None,
    recompute: bool = False,
    extra: list[tuple[str, bytes]] | None = None,
) -> Path:
    """A copy of the archive ``src`` with members changed; ``recompute`` fixes the checksums."""
    with zipfile.ZipFile(src) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    body = json.loads(members.pop(arc.MANIFEST))
    if change:
        change(members)
    if recompute:
        body["members"] = {
            n: {"sha256": hashlib.sha256(d).hexdigest(), "size": len(d)} for n, d in members.items()
        }
    if manifest:
        manifest(body)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate names are written on purpose
        with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, data in [*members.items(), *(extra or [])]:
                zf.writestr(name, data)
            zf.writestr(arc.MANIFEST, json.dumps(body))
    return dest


def edit_rows(table: str, fn: Callable[[list[dict[str, Any]]], None]) -> Callable[..., None]:
    def change(members: dict[str, bytes]) -> None:
        name = arc.table_member(table)
        rows = [json.loads(line) for line in members[name].decode().splitlines()]
        fn(rows)
        members[name] = "".join(
            json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in rows
        ).encode()

    return change


@pytest.fixture
def archive(ctx: ServiceContext, tmp_path: Path) -> Path:
    populate(ctx, tmp_path / "files")
    return svc.create_backup(ctx, tmp_path / "x.wbbackup").path


def open_ctx(target: str) -> ServiceContext:
    return ServiceContext(open_database(target), actor="tester", fixed_today=TODAY)


# -- round trips --------------------------------------------------------------------------------


def test_round_trip_into_a_new_sqlite_file_keeps_every_row_and_tally(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    populate(ctx, tmp_path / "files")
    before, before_tallies, before_list = dump(ctx.db), tallies(ctx), listing(ctx)
    result = svc.create_backup(ctx, tmp_path / "x.wbbackup")
    assert result.row_counts["items"] == 60 and result.attachments == 2
    assert not result.missing_attachments

    other = tmp_path / "elsewhere" / "restored.sqlite3"
    restored = restoring.restore_backup(result.path, str(other), app_paths(), actor="tester")
    assert restored.integrity == "ok" and restored.previous_copy is None
    assert restored.row_counts["items"] == 60
    assert restored.audit_events == result.row_counts["audit_events"] + 1

    new = open_ctx(str(other))
    try:
        assert_same_data(before, dump(new.db))
        assert tallies(new) == before_tallies
        assert listing(new) == before_list
        with new.db.read() as conn:
            assert verify_chain(conn).ok
            shas = set(conn.execute(select(attachments.c.sha256)).scalars())
        for sha in shas:  # attachments went into the file store beside the new database
            stored = other.parent / "attachments" / sha[:2] / sha
            assert hashlib.sha256(stored.read_bytes()).hexdigest() == sha
        view = items.register(new, items.NewItem("normative", "新文件", TODAY))
        assert view.reg_no.startswith("审2025-")
    finally:
        new.db.close()


@pytest.mark.postgres
def test_round_trip_sqlite_to_postgres_and_back(
    ctx: ServiceContext, tmp_path: Path, pg_url: str
) -> None:
    populate(ctx, tmp_path / "files")
    before, before_tallies, before_list = dump(ctx.db), tallies(ctx), listing(ctx)
    first = svc.create_backup(ctx, tmp_path / "x.wbbackup")
    restoring.restore_backup(first.path, pg_url, app_paths(), actor="tester")

    pg = open_ctx(pg_url)
    try:
        assert_same_data(before, dump(pg.db))
        assert tallies(pg) == before_tallies
        assert listing(pg) == before_list
        with pg.db.read() as conn:  # attachments live in the database on a server
            for sha, content in conn.execute(select(attachments.c.sha256, attachments.c.content)):
                assert hashlib.sha256(content).hexdigest() == sha
            max_id = conn.execute(text("SELECT max(id) FROM items")).scalar()
        view = items.register(pg, items.NewItem("normative", "服务器上登记", TODAY))
        with pg.db.read() as conn:  # sequences were moved past the restored ids
            new_id = conn.execute(
                select(items_table.c.id).where(items_table.c.reg_no == view.reg_no)
            ).scalar()
        assert new_id == max_id + 1
        on_server = dump(pg.db)
        second = svc.create_backup(pg, tmp_path / "y.wbbackup")
    finally:
        pg.db.close()

    back = tmp_path / "back" / "w.sqlite3"
    restoring.restore_backup(second.path, str(back), app_paths(), actor="tester")
    home = open_ctx(str(back))
    try:
        assert_same_data(on_server, dump(home.db))
        with home.db.read() as conn:
            assert verify_chain(conn).ok
            assert conn.execute(select(attachments.c.content).limit(1)).scalar() is None
        for sha in {r["sha256"] for r in on_server["attachments"]}:
            assert (back.parent / "attachments" / sha[:2] / sha).is_file()
    finally:
        home.db.close()


def test_manifest_lists_versions_counts_and_the_checksum_of_every_member(
    archive: Path, ctx: ServiceContext
) -> None:
    with zipfile.ZipFile(archive) as zf:
        body = json.loads(zf.read(arc.MANIFEST))
        members = {n: zf.read(n) for n in zf.namelist() if n != arc.MANIFEST}
        order = [n for n in zf.namelist() if n.startswith("tables/")]
    assert body["format"] == "workbench-backup" and body["format_version"] == 1
    assert body["schema_revision"] == HEAD_REVISION and body["product_version"]
    assert body["source"]["backend"] == "sqlite"
    dt.datetime.fromisoformat(body["created_at"])
    with ctx.db.read() as conn:
        assert body["row_counts"] == table_counts(conn)
    assert set(body["members"]) == set(members)
    for name, data in members.items():
        assert body["members"][name] == {
            "sha256": hashlib.sha256(data).hexdigest(),
            "size": len(data),
        }
    # parents before children
    assert order.index("tables/items.jsonl") < order.index("tables/opinions.jsonl")
    assert order.index("tables/calendar_years.jsonl") < order.index("tables/calendar_days.jsonl")
    first = json.loads(members["tables/items.jsonl"].splitlines()[0])
    dt.date.fromisoformat(first["received_on"])
    assert first["amount"] is None or isinstance(first["amount"], str)
    for line in members["tables/attachments.jsonl"].splitlines():
        assert json.loads(line)["content"] is None  # content is stored once, by checksum


@pytest.mark.postgres
def test_the_server_password_is_never_written(tmp_path: Path, pg_url: str) -> None:
    # the server's real password where it asks for one (CI: SCRAM), else any password
    secret = make_url(pg_url).password or "s3cret-Pw"
    with_password = make_url(pg_url).set(password=secret).render_as_string(False)
    ctx = open_ctx(with_password)
    try:
        items.register(ctx, items.NewItem("normative", "文件", TODAY))
        out = svc.create_backup(ctx, tmp_path / "pg.wbbackup").path
    finally:
        ctx.db.close()
    with zipfile.ZipFile(out) as zf:
        for name in zf.namelist():
            assert str(secret).encode() not in zf.read(name)
        assert json.loads(zf.read(arc.MANIFEST))["source"]["backend"] == "postgresql"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def any_target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "any.sqlite3")
    return str(request.getfixturevalue("pg_url"))


def test_backup_reads_one_consistent_snapshot(any_target: str) -> None:
    reader, writer = open_ctx(any_target), open_ctx(any_target)
    try:
        items.register(writer, items.NewItem("normative", "一", TODAY))
        with consistent_read(reader.db) as conn:
            count = conn.execute(select(items_table.c.id)).all()
            done = threading.Event()

            def write() -> None:
                items.register(writer, items.NewItem("normative", "二", TODAY))
                done.set()

            thread = threading.Thread(target=write)
            thread.start()
            thread.join(30)
            assert done.is_set()  # a reader never blocks a writer
            assert conn.execute(select(items_table.c.id)).all() == count
    finally:
        reader.db.close()
        writer.db.close()


# -- refusals -----------------------------------------------------------------------------------


def _same_size_title(rows: list[dict[str, Any]]) -> None:
    title = rows[0]["title"]
    rows[0]["title"] = title[:-1] + ("甲" if title[-1] != "甲" else "乙")  # same byte length


def _bomb(members: dict[str, bytes]) -> None:
    zeros = bytes(20 * 1024 * 1024)
    members[arc.blob_member(hashlib.sha256(zeros).hexdigest())] = zeros


def _audit_actor(rows: list[dict[str, Any]]) -> None:
    rows[0]["actor"] = "someone-else"


def _audit_rehashed(rows: list[dict[str, Any]]) -> None:
    # a forger who recomputes the changed event's hash still breaks the link to the next one
    rows[0]["actor"] = "someone-else"
    fields = {**rows[0], "at": dt.datetime.fromisoformat(rows[0]["at"])}
    rows[0]["hash"] = event_hash(rows[0]["prev_hash"], fields)


TAMPERS: dict[str, tuple[dict[str, Any], str]] = {
    "member changed": (
        {"change": edit_rows("items", _same_size_title)},
        "校验和",
    ),
    "row count": (
        {"manifest": lambda b: b["row_counts"].update(items=b["row_counts"]["items"] + 1)},
        "行数",
    ),
    "path traversal": ({"extra": [("../../evil.sh", b"rm -rf /")], "recompute": True}, "不安全"),
    "absolute path": ({"extra": [("/etc/cron.d/x", b"x")], "recompute": True}, "不安全"),
    "zip bomb": ({"change": _bomb, "recompute": True}, "压缩炸弹"),
    "format version": ({"manifest": lambda b: b.update(format_version=2)}, "格式版本"),
    "newer schema": ({"manifest": lambda b: b.update(schema_revision="0099")}, "更新版本"),
    "not ours": ({"manifest": lambda b: b.update(format="other")}, "不是工作台"),
    "missing table": (
        {"change": lambda m: m.pop("tables/pauses.jsonl"), "recompute": True},
        "缺少数据表",
    ),
    "audit edited": (
        {"change": edit_rows("audit_events", _audit_actor), "recompute": True},
        "审计",
    ),
    "audit rehashed": (
        {"change": edit_rows("audit_events", _audit_rehashed), "recompute": True},
        "审计",
    ),
    "bad date": (
        {
            "change": edit_rows("items", lambda r: r[0].update(received_on="2025-13-45")),
            "recompute": True,
        },
        "received_on",
    ),
    "unknown field": (
        {"change": edit_rows("items", lambda r: r[0].update(evil=1)), "recompute": True},
        "字段",
    ),
    "too long": (
        {"change": edit_rows("items", lambda r: r[0].update(reg_no="号" * 41)), "recompute": True},
        "reg_no",
    ),
    "attachment missing": (
        {
            "change": lambda m: [m.pop(n) for n in list(m) if n.startswith("attachments/")],
            "recompute": True,
        },
        "附件",
    ),
    "duplicate member": (
        {"extra": [("tables/items.jsonl", b"")]},
        "不止一次",
    ),
}


@pytest.mark.parametrize("case", sorted(TAMPERS))
def test_damaged_or_hostile_archive_is_refused_before_the_database_is_touched(
    case: str, archive: Path, tmp_path: Path
) -> None:
    kwargs, words = TAMPERS[case]
    bad = rewrite(archive, tmp_path / "bad.wbbackup", **kwargs)
    target = tmp_path / "never.sqlite3"
    with pytest.raises(ArchiveError) as err:
        restoring.restore_backup(bad, str(target), app_paths())
    message = str(err.value)
    assert words in message and "\n" not in message and message.endswith("。")
    assert not target.exists()


def test_not_a_zip_and_oversized_members_are_refused(
    archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    junk = tmp_path / "junk.wbbackup"
    junk.write_bytes(b"SQLite format 3\x00" + bytes(100))
    with pytest.raises(ArchiveError, check=code_is("archive.not_zip")):
        svc.verify_backup(junk)
    with pytest.raises(ArchiveError, check=code_is("archive.not_found")):
        svc.verify_backup(tmp_path / "nothing.wbbackup")
    monkeypatch.setattr(arc, "MAX_MEMBER_BYTES", 1000)
    with pytest.raises(ArchiveError, check=code_is("archive.member_too_large")):
        svc.verify_backup(archive)


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("id", True),
        ("id", 2**40),
        ("version", "3"),
        ("amount", "1.005"),
        ("amount", "NaN"),
        ("created_at", "2025-06-16T10:00:00+08:00"),
        ("fair_review_done", 0),
        ("title", "a\x00b"),
        ("title", None),
    ],
)
def test_row_values_are_checked_strictly(column: str, value: Any) -> None:
    row = {c.name: None for c in items_table.columns}
    row.update(
        id=1,
        reg_no="审2025-001",
        kind="normative",
        title="t",
        unit="",
        received_on="2025-06-16",
        counsel="",
        status="registered",
        doc_no="",
        doc_no_norm="",
        counterparty="",
        fair_review_required=False,
        fair_review_done=False,
        notes="",
        tags="",
        filing_authority="",
        filing_ref="",
        version=1,
        created_at="2025-06-16T10:00:00.000000",
        updated_at="2025-06-16T10:00:00",
    )
    decode_row(items_table, dict(row), "测试行")  # the row itself is fine
    row[column] = value
    with pytest.raises(ArchiveError, match=column):
        decode_row(items_table, row, "测试行")


# -- restoring over data, all or nothing --------------------------------------------------------


def test_restore_over_items_needs_force_and_keeps_the_old_file(
    archive: Path, tmp_path: Path
) -> None:
    target = tmp_path / "busy.sqlite3"
    busy = open_ctx(str(target))
    load_demo(busy, 5, seed=1)
    old = dump(busy.db)
    busy.db.close()
    with pytest.raises(restoring.RestoreError, match="--force", check=code_is("restore.occupied")):
        restoring.restore_backup(archive, str(target), app_paths(), actor="tester")
    again = open_ctx(str(target))
    assert dump(again.db) == old
    again.db.close()

    result = restoring.restore_backup(archive, str(target), app_paths(), force=True, actor="tester")
    assert result.previous_copy is not None and result.previous_copy.parent == tmp_path
    assert integrity(result.previous_copy) == "ok"
    with sqlite3.connect(result.previous_copy) as conn:
        assert conn.execute("SELECT count(*) FROM items").fetchone() == (5,)
    assert result.row_counts["items"] == 60


def _orphan_pause(rows: list[dict[str, Any]]) -> None:
    rows[-1]["item_id"] = 99999


def _audit_triggers_hold(db: Database) -> bool:
    try:
        with db.write() as conn:
            conn.execute(audit_events.update().values(actor="x"))
    except DBAPIError:
        return True
    return False


def test_a_failing_restore_changes_nothing_even_with_force(
    archive: Path, tmp_path: Path, any_target: str
) -> None:
    bad = rewrite(
        archive, tmp_path / "fk.wbbackup", change=edit_rows("pauses", _orphan_pause), recompute=True
    )
    busy = open_ctx(any_target)
    load_demo(busy, 5, seed=1)
    old = dump(busy.db)
    busy.db.close()
    with pytest.raises(restoring.RestoreError, check=code_is("restore.failed")):
        restoring.restore_backup(bad, any_target, app_paths(), force=True, actor="tester")
    after = open_ctx(any_target)
    try:
        assert dump(after.db) == old
        assert _audit_triggers_hold(after.db)  # the suspended triggers came back with the rollback
    finally:
        after.db.close()


def test_an_archive_changed_after_it_was_checked_is_still_caught(
    archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    verified = svc.verify_backup(archive)
    rewrite(archive, archive, change=edit_rows("opinions", lambda r: r[0].update(text="篡改")))
    monkeypatch.setattr(restoring, "verify_backup", lambda _path: verified)
    target = tmp_path / "late.sqlite3"
    with pytest.raises(ArchiveError, check=code_is("archive.checksum_mismatch")):
        restoring.restore_backup(archive, str(target), app_paths(), actor="tester")
    check = open_ctx(str(target))
    try:
        with check.db.read() as conn:
            assert table_counts(conn)["items"] == 0
    finally:
        check.db.close()


@pytest.mark.postgres
def test_force_on_a_server_keeps_an_archive_of_what_was_there(
    archive: Path, tmp_path: Path, pg_url: str
) -> None:
    busy = open_ctx(pg_url)
    load_demo(busy, 5, seed=1)
    busy.db.close()
    result = restoring.restore_backup(archive, pg_url, app_paths(), force=True, actor="tester")
    assert result.previous_copy is not None
    assert result.previous_copy.parent == app_paths().backups_dir
    kept = svc.verify_backup(result.previous_copy)
    assert kept.manifest.row_counts["items"] == 5
    after = open_ctx(pg_url)
    try:
        assert _audit_triggers_hold(after.db)
        with after.db.read() as conn:
            assert verify_chain(conn).ok
    finally:
        after.db.close()


def test_backup_refuses_to_overwrite_the_database(ctx: ServiceContext, db_path: Path) -> None:
    with pytest.raises(BackupError, check=code_is("backup.overwrites_database")):
        svc.create_backup(ctx, db_path)


# -- rotating snapshots -------------------------------------------------------------------------


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_rotation_keeps_7_daily_4_weekly_12_monthly(ctx: ServiceContext, tmp_path: Path) -> None:
    load_demo(ctx, 20, seed=2)
    src = ctx.db.target.path
    assert src is not None
    out = tmp_path / "backups"
    day = dt.datetime(2024, 1, 1, 9, 30)
    made = 0
    for step in [1] * 40 + [9] * 45:
        result = rotate_backups(src, out, day)
        made += len(result.created)
        day += dt.timedelta(days=step)
    assert _names(out / "daily") == [
        f"{d:%Y-%m-%d}.sqlite3"
        for d in [day.date() - dt.timedelta(days=9 * k) for k in range(7, 0, -1)]
    ]
    assert len(_names(out / "weekly")) == 4
    assert _names(out / "monthly")[-1] == f"{(day - dt.timedelta(days=9)):%Y-%m}.sqlite3"
    assert len(_names(out / "monthly")) == 12
    for folder in ("daily", "weekly", "monthly"):
        for name in _names(out / folder):
            assert integrity(out / folder / name) == "ok"


def test_rotation_is_cheap_once_today_is_done(
    ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = ctx.db.target.path
    assert src is not None
    now = dt.datetime(2025, 6, 16, 8, 0)
    first = rotate_backups(src, tmp_path / "b", now)
    assert {p.parent.name for p in first.created} == {"daily", "weekly", "monthly"}

    def boom(*_args: Any) -> Any:
        raise AssertionError("snapshot taken twice in one day")

    monkeypatch.setattr("workbench.store.backup.snapshot_sqlite", boom)
    assert rotate_backups(src, tmp_path / "b", now.replace(hour=17)).skipped


def test_snapshot_holds_committed_data_only_and_is_one_file(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    items.register(ctx, items.NewItem("normative", "已提交", TODAY))
    src = ctx.db.target.path
    assert src is not None
    writer = sqlite3.connect(src, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE items SET title = '未提交'")
        snap = snapshot_sqlite(src, tmp_path / "snap.sqlite3")
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    with sqlite3.connect(snap) as conn:
        assert conn.execute("SELECT title FROM items").fetchall() == [("已提交",)]
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    assert not [n for n in _names(tmp_path) if n.endswith(".tmp")]


def test_a_corrupt_database_is_not_kept_as_a_snapshot(tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite3"
    with sqlite3.connect(bad) as conn:
        conn.execute("CREATE TABLE t (x TEXT)")
        conn.executemany("INSERT INTO t VALUES (?)", [("x" * 500,)] * 200)
        conn.execute("CREATE INDEX ix ON t (x)")
    data = bytearray(bad.read_bytes())
    data[4096 * 3 : 4096 * 3 + 64] = b"\xff" * 64
    bad.write_bytes(bytes(data))
    with pytest.raises(BackupError):
        rotate_backups(bad, tmp_path / "b", dt.datetime(2025, 6, 16))
    assert _names(tmp_path / "b" / "daily") == []


def test_auto_backup_of_the_default_database_and_none_on_a_server(
    tmp_path: Path, any_target: str
) -> None:
    paths = app_paths()
    if any_target.startswith("postgresql"):
        server = open_ctx(any_target)
        assert svc.auto_backup(server, paths) is None
        server.db.close()
        return
    default = open_ctx(str(paths.default_db))
    other = open_ctx(any_target)
    try:
        made = svc.auto_backup(default, paths)
        assert made is not None and made.daily.parent == paths.backups_dir / "daily"
        assert made.daily.name == "2025-06-16.sqlite3"
        again = svc.auto_backup(default, paths)
        assert again is not None and again.skipped
        elsewhere = svc.auto_backup(other, paths)
        assert elsewhere is not None and elsewhere.backups_dir.parent == paths.backups_dir
        assert elsewhere.backups_dir.name.startswith("any-")
    finally:
        default.db.close()
        other.db.close()


def test_errors_are_workbench_errors() -> None:
    for error in (ArchiveError, BackupError, restoring.RestoreError):
        assert issubclass(error, WorkbenchError)  # the CLI prints them as one sentence


def test_a_database_with_history_but_no_items_is_not_replaced_silently(
    archive: Path, tmp_path: Path
) -> None:
    target = tmp_path / "settings-only.sqlite3"
    only = open_ctx(str(target))
    save_schedule(only, 2032, (dt.date(2032, 1, 1),), (), note="只改了节假日")
    only.db.close()
    with pytest.raises(restoring.RestoreError, check=code_is("restore.occupied")):
        restoring.restore_backup(archive, str(target), app_paths(), actor="tester")
