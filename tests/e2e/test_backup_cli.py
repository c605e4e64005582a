"""``workbench backup`` / ``workbench restore`` as a clerk or a scheduled task runs them."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import uuid
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import URL, make_url

from tests.e2e.conftest import RunResult, as_json

Cli = Callable[..., RunResult]


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@dataclass(frozen=True)
class Source:
    db: str
    archive: Path
    listing: list[dict[str, Any]]


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Source:
    """A database with sample items and one contract with an amount, its listing and backup
    (made once for the module: each command is a new process)."""
    root = tmp_path_factory.mktemp("source")
    env = {k: v for k, v in os.environ.items() if not k.startswith("WORKBENCH_")}
    env.update(WORKBENCH_DATA_DIR=str(root / "data"), PYTHONUTF8="1")

    def run(*args: str) -> str:
        proc = subprocess.run(
            [sys.executable, "-m", "workbench", *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=env,
            timeout=300,
        )
        assert proc.returncode == 0, proc.stderr
        return proc.stdout

    db = str(root / "office.sqlite3")
    run("demo", "--items", "40", "--seed", "4", "--db", db)
    run(
        "add", "--db", db, "--kind", "service_contract", "--title", "评审服务协议",
        "--received", "2025-03-03", "--amount", "12345.6",
    )  # fmt: skip
    archive = root / "office.wbbackup"
    out = run("backup", "-o", str(archive), "--db", db)
    assert str(archive) in out and "事项 41" in out
    return Source(db, archive, json.loads(run("list", "--json", "--db", db)))


def _one_line_refusal(proc: RunResult) -> str:
    assert proc.returncode != 0
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("workbench: ") and "Traceback" not in proc.stderr
    return lines[0]


def test_backup_then_restore_into_another_sqlite_file(
    cli: Cli, tmp_path: Path, source: Source
) -> None:
    archive = source.archive
    other = str(tmp_path / "other.sqlite3")
    out = cli("restore", str(archive), "--db", other).stdout
    assert "事项 41" in out and "完整性检查：ok" in out
    assert as_json(cli("list", "--json", "--db", other)) == source.listing
    assert "哈希链全部一致" in cli("audit", "verify", "--db", other).stdout

    # a second restore over data is refused, and done with --force (keeping the old file)
    refused = _one_line_refusal(cli("restore", str(archive), "--db", other, check=False))
    assert "--force" in refused
    forced = cli("restore", str(archive), "--db", other, "--force").stdout
    assert "另存为" in forced
    kept = sorted(tmp_path.glob("other.before-restore-*.sqlite3"))
    assert len(kept) == 1


@pytest.mark.postgres
def test_backup_then_restore_onto_a_server(cli: Cli, pg_url: str, source: Source) -> None:
    out = cli("restore", str(source.archive), "--db", pg_url).stdout
    assert "事项 41" in out and "postgresql" in out
    assert as_json(cli("list", "--json", "--db", pg_url)) == source.listing
    assert "哈希链全部一致" in cli("audit", "verify", "--db", pg_url).stdout
    # the DBA secures the restored database; each person then works under their own login,
    # and new numbers continue the sequence
    admin, password = f"boss_{uuid.uuid4().hex[:8]}", "Passw0rd-1"
    cli(
        "server", "setup", "--db", pg_url, "--admin", admin, "--password-stdin",
        input=password + "\n",
    )  # fmt: skip
    base = make_url(pg_url)
    as_admin = URL.create(
        base.drivername, admin, password, base.host, base.port, base.database
    ).render_as_string(hide_password=False)
    cli("user", "set", admin, "--role", "admin,clerk", "--db", as_admin)
    reg = cli(
        "add", "--db", as_admin, "--kind", "normative", "--title", "新办法",
        "--received", "2025-04-01",
    ).stdout.strip()  # fmt: skip
    assert as_json(cli("show", reg, "--json", "--db", as_admin))["title"] == "新办法"
    assert "哈希链全部一致" in cli("audit", "verify", "--db", as_admin).stdout


def _tamper(archive: Path, dest: Path) -> Path:
    """Change one opinion's text inside the archive, leaving the manifest as it was."""
    with zipfile.ZipFile(archive) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    name = "tables/opinions.jsonl"
    members[name] = members[name].replace("同意".encode(), "否决".encode(), 1)
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zf:
        for n, data in members.items():
            zf.writestr(n, data)
    return dest


def test_a_tampered_archive_is_refused_and_nothing_changes(
    cli: Cli, tmp_path: Path, source: Source
) -> None:
    archive = source.archive
    bad = _tamper(archive, tmp_path / "bad.wbbackup")
    fresh = tmp_path / "fresh.sqlite3"
    line = _one_line_refusal(cli("restore", str(bad), "--db", str(fresh), check=False))
    assert "校验和" in line
    assert not fresh.exists()

    existing = tmp_path / "existing.sqlite3"
    cli("restore", str(archive), "--db", str(existing))
    before = _sha(existing)
    _one_line_refusal(cli("restore", str(bad), "--db", str(existing), "--force", check=False))
    assert _sha(existing) == before
    assert not list(tmp_path.glob("existing.before-restore-*"))


@pytest.mark.postgres
def test_a_tampered_archive_leaves_the_server_untouched(
    cli: Cli, tmp_path: Path, pg_url: str, source: Source
) -> None:
    archive = source.archive
    bad = _tamper(archive, tmp_path / "bad.wbbackup")
    _one_line_refusal(cli("restore", str(bad), "--db", pg_url, check=False))
    assert as_json(cli("list", "--json", "--db", pg_url)) == []


def test_garbage_and_missing_archives_are_refused(cli: Cli, tmp_path: Path) -> None:
    junk = tmp_path / "junk.wbbackup"
    junk.write_text("not a backup", encoding="utf-8")
    target = str(tmp_path / "t.sqlite3")
    assert "zip" in _one_line_refusal(cli("restore", str(junk), "--db", target, check=False))
    missing = str(tmp_path / "nope.wbbackup")
    assert "找不到" in _one_line_refusal(cli("restore", missing, "--db", target, check=False))
    assert not (tmp_path / "t.sqlite3").exists()


def test_backup_needs_a_destination(cli: Cli, tmp_path: Path) -> None:
    line = _one_line_refusal(cli("backup", "--db", str(tmp_path / "a.sqlite3"), check=False))
    assert "-o" in line


def test_automatic_rotation_for_a_scheduled_task(cli: Cli, tmp_path: Path) -> None:
    data = tmp_path / "data"
    first = cli("backup", "--auto").stdout  # the default database in the data directory
    assert "已生成自动备份" in first
    daily = list((data / "backups" / "daily").glob("*.sqlite3"))
    weekly = list((data / "backups" / "weekly").glob("*.sqlite3"))
    monthly = list((data / "backups" / "monthly").glob("*.sqlite3"))
    assert len(daily) == len(weekly) == len(monthly) == 1
    assert "已存在" in cli("backup", "--auto").stdout
    manifest_dir = tmp_path / "out"
    manifest_dir.mkdir()
    both = cli("backup", "--auto", "-o", str(manifest_dir)).stdout
    written = list(manifest_dir.glob("workbench-*.wbbackup"))
    assert len(written) == 1 and str(written[0]) in both
    with zipfile.ZipFile(written[0]) as zf:
        assert json.loads(zf.read("manifest.json"))["format"] == "workbench-backup"
