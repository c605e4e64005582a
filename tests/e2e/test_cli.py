"""The command line of docs/RULES.md §8, run as a subprocess against real SQLite files."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from pathlib import Path

from tests.e2e.conftest import RunResult, as_json, refusal
from workbench.domain.statuses import Status, status_term
from workbench.store.schema_version import HEAD_REVISION

Cli = Callable[..., RunResult]
LIST_KEYS = {
    "reg_no",
    "kind",
    "title",
    "unit",
    "status",
    "counsel",
    "received_on",
    "review_due_on",
    "opinion_on",
    "conclusion",
    "doc_no",
    "published_on",
    "filing_due_on",
    "filed_on",
    "overdue",
    "due_soon",
}


def test_contract_of_16_january_2023_is_due_on_make_up_saturday(cli: Cli, tmp_path: Path) -> None:
    db = str(tmp_path / "a.sqlite3")
    reg = cli(
        "add",
        "--db",
        db,
        "--kind",
        "service_contract",
        "--title",
        "评审服务采购协议",
        "--received",
        "2023-01-16",
    ).stdout
    assert reg == "审2023-001\n"  # the registration number alone
    item = as_json(cli("show", "审2023-001", "--db", db, "--json"))
    assert item["review_due_on"] == "2023-01-28"
    assert item["kind"] == "service_contract" and item["status"] == "registered"


def test_full_lifecycle_and_json_keys(cli: Cli, tmp_path: Path) -> None:
    db = str(tmp_path / "b.sqlite3")
    reg = cli(
        "add",
        "--db",
        db,
        "--kind",
        "行政规范性文件",
        "--title",
        "科研诚信管理办法（试行）",
        "--received",
        "2025年3月3日",
        "--unit",
        "科技监督与诚信建设处",
    ).stdout.strip()
    cli("assign", reg, "--counsel", "王芳", "--db", db)
    cli("start", reg, "--db", db)
    out = cli("return", reg, "--reason", "缺少起草说明", "--date", "2025/3/5", "--db", db).stdout
    assert "剩余 13 个工作日" in out
    cli("resubmit", reg, "--date", "2025.3.10", "--db", db)
    cli(
        "opinion",
        reg,
        "--conclusion",
        "approve_with_changes",
        "--text",
        "删除罚款条款",
        "--basis",
        "《行政处罚法》第十六条",
        "--date",
        "2025-03-20",
        "--defect",
        "content",
        "--db",
        db,
    )
    cli("publish", reg, "--date", "2025-04-01", "--doc-no", "辽科发〔2025〕3号", "--db", db)
    cli("file", reg, "--date", "2025-04-20", "--ref", "辽司备〔2025〕1号", "--db", db)
    items = as_json(cli("list", "--json", "--db", db))
    assert len(items) == 1
    item = items[0]
    assert set(item) >= LIST_KEYS
    assert item["status"] == "filed" and item["conclusion"] == "approve_with_changes"
    assert item["opinion_on"] == "2025-03-20" and item["filing_due_on"] == "2025-04-16"
    assert item["filed_on"] == "2025-04-20" and item["counsel"] == "王芳"
    shown = as_json(cli("show", reg, "--json", "--db", db))
    assert shown["valid_until"] == "2027-03-31"  # 试行: two years
    assert shown["opinions"][0]["defects"] == ["content"]
    assert "审计日志完整" in cli("audit", "verify", "--db", db).stdout


def test_refusals_are_one_sentence_without_traceback(cli: Cli, tmp_path: Path) -> None:
    db = str(tmp_path / "c.sqlite3")
    reg = cli("add", "--db", db, "--kind", "project_contract", "--title", "项目合同").stdout.strip()
    cases = [
        ("publish", reg, "--date", "2025-01-01", "--doc-no", "x"),
        ("opinion", reg, "--conclusion", "approve", "--text", "同意"),
        ("add", "--kind", "nonsense", "--title", "x"),
        ("show", "审1999-001"),
        ("add", "--kind", "normative", "--title", "x", "--received", "2025-02-30"),
    ]
    for args in cases:
        proc = cli(*args, "--db", db, check=False)
        assert proc.returncode != 0, args
        assert "Traceback" not in proc.stderr
        assert proc.stderr.strip().count("\n") == 0, proc.stderr
    refused = cli("publish", reg, "--date", "2025-01-01", "--doc-no", "x", "--db", db, check=False)
    assert refused.stderr.strip() == refusal(
        "status.normative_only",
        current=status_term(Status.REGISTERED),
        target=status_term(Status.PUBLISHED),
        current_code="registered",
        target_code="published",
    )
    assert as_json(cli("show", reg, "--json", "--db", db))["status"] == "registered"


def test_migration_from_an_empty_file_and_refusal_of_foreign_files(
    cli: Cli, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    assert as_json(cli("list", "--json", "--db", str(empty))) == []
    con = sqlite3.connect(empty)
    assert con.execute("select version_num from alembic_version").fetchone() == (HEAD_REVISION,)
    con.close()
    foreign = tmp_path / "notes.txt"
    foreign.write_text("not a database", encoding="utf-8")
    proc = cli("list", "--db", str(foreign), check=False)
    assert proc.stderr.strip() == refusal("database.not_sqlite", path=str(foreign.resolve()))
    other = tmp_path / "other.sqlite3"
    con = sqlite3.connect(other)
    con.execute("create table t (x)")
    con.commit()
    con.close()
    proc = cli("list", "--db", str(other), check=False)
    assert proc.stderr.strip() == refusal("database.foreign_tables", target=str(other.resolve()))


def test_default_location_and_env_override(cli: Cli, tmp_path: Path) -> None:
    reg = cli("add", "--kind", "legal_opinion", "--title", "法律意见").stdout.strip()
    assert (tmp_path / "data" / "workbench.sqlite3").exists()
    assert as_json(cli("show", reg, "--json"))["kind"] == "legal_opinion"
    version = cli("--version").stdout
    assert "workbench 0.1.0" in version and str(tmp_path / "data") in version


def test_demo_then_overdue_list(cli: Cli, tmp_path: Path) -> None:
    db = str(tmp_path / "demo.sqlite3")
    out = cli("demo", "--items", "250", "--seed", "7", "--db", db).stdout
    assert "250" in out
    items = as_json(cli("list", "--json", "--db", db))
    assert len(items) == 250
    statuses = {i["status"] for i in items}
    assert {"in_review", "opinion_issued", "filed", "withdrawn"} <= statuses
    kinds = [i["kind"] for i in items]
    contracts = sum(k.endswith("contract") or k == "cooperation_agreement" for k in kinds)
    assert contracts > kinds.count("normative") > kinds.count("major_decision")
    conclusions = {i["conclusion"] for i in items if i["conclusion"]}
    assert conclusions == {"approve", "approve_with_changes", "reject"}
    overdue = as_json(cli("list", "--overdue", "--json", "--db", db))
    assert overdue and all(i["overdue"] for i in overdue)
    today = dt.date.today().isoformat()
    assert all(
        (i["review_due_on"] or "9") < today or (i["filing_due_on"] or "9") < today for i in overdue
    )
    text = cli("list", "--overdue", "--db", db).stdout
    assert "已逾期" in text
    again = cli("demo", "--items", "5", "--db", db, check=False)
    assert again.stderr.strip() == refusal("demo.not_empty", existing=250)


def smash_page(path: Path, page: int) -> None:
    con = sqlite3.connect(path)
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    data = bytearray(path.read_bytes())
    start = (page - 1) * page_size
    data[start : start + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))


def test_a_lookup_skips_the_full_check_but_never_shows_a_damaged_page(
    cli: Cli, tmp_path: Path
) -> None:
    """`show` and `list` read a few rows, so they open without reading every page; a damaged
    page they meet is refused with the check's own sentence. The year's counts are checked
    before they start."""
    from tests.unit.test_store import damage_a_deep_page

    db = tmp_path / "w.sqlite3"
    cli("demo", "--items", "30", "--seed", "3", "--db", str(db))
    first = as_json(cli("list", "--json", "--db", str(db)))[0]["reg_no"]
    damage_a_deep_page(db)  # an index of another table: the items read fine
    assert as_json(cli("show", first, "--json", "--db", str(db)))["reg_no"] == first
    assert len(as_json(cli("list", "--json", "--db", str(db)))) == 30
    tally = cli("tally", "--year", "2026", "--db", str(db), check=False)
    assert tally.returncode == 1 and tally.stdout == ""
    assert tally.stderr.startswith(f"workbench: 数据库文件“{db}”未通过完整性检查")

    con = sqlite3.connect(db)
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'items'").fetchone()[0]
    con.close()
    smash_page(db, root)  # now every read of an item meets a damaged page
    for args in (("show", first), ("list",)):
        out = cli(*args, "--db", str(db), check=False)
        assert out.returncode == 1 and out.stdout == ""
        lines = out.stderr.splitlines()
        assert len(lines) == 1, out.stderr  # one sentence naming the file, never a traceback
        assert lines[0].startswith("workbench: ") and f"“{db}”" in lines[0]
