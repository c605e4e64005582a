"""``workbench catalogue`` and ``workbench cleanup`` as a clerk and a counsel run them
(docs/RULES.md §8)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from docx import Document
from openpyxl import load_workbook

from tests.e2e.conftest import RunResult, as_json, refusal

Cli = Callable[..., RunResult]


def published(cli: Cli, db: str, title: str, day: str, n: int) -> str:
    reg = cli("add", "--kind", "normative", "--title", title, "--received", "2024-01-02",
              "--db", db).stdout.strip()  # fmt: skip
    cli("start", reg, "--db", db)
    cli("opinion", reg, "--conclusion", "approve", "--text", "同意", "--date", "2024-01-10",
        "--db", db)  # fmt: skip
    cli("publish", reg, "--date", day, "--doc-no", f"辽科发〔2024〕{n}号", "--db", db)
    return reg


def test_catalogue_and_a_cleanup_campaign(cli: Cli, tmp_path: Path) -> None:
    db = str(tmp_path / "w.sqlite3")
    december = published(cli, db, "技术转移机构管理办法", "2024-12-28", 30)
    cli("file", december, "--date", "2025-01-08", "--db", db)
    spring = published(cli, db, "科技奖励办法", "2024-03-01", 5)
    other = published(cli, db, "孵化器认定办法", "2024-04-02", 9)

    rows = as_json(cli("catalogue", "--year", "2024", "--json", "--db", db))
    assert [r["reg_no"] for r in rows] == [spring, other, december]
    for key in ("reg_no", "title", "doc_no", "published_on", "effective_on", "valid_until",
                "filed_on", "status"):  # fmt: skip
        assert key in rows[0]
    assert rows[2]["filed_on"] == "2025-01-08" and rows[2]["status"] == "filed"
    text = cli("catalogue", "--in-force-on", "2024-06-30", "--db", db).stdout
    assert "科技奖励办法" in text and "技术转移机构管理办法" not in text
    for name in ("目录.xlsx", "目录.docx"):
        done = cli("catalogue", "--year", "2024", "-o", str(tmp_path / name), "--db", db)
        assert "已将" in done.stdout and (tmp_path / name).exists()
    assert len(Document(str(tmp_path / "目录.docx")).tables[0].rows) == 4
    both = cli("catalogue", "--year", "2024", "--in-force-on", "2024-06-30", "--db", db,
               check=False)  # fmt: skip
    assert both.returncode != 0

    cid = cli("cleanup", "start", "--title", "2025年清理", "--as-of", "2025-01-31",
              "--db", db).stdout.strip()  # fmt: skip
    assert cid.isdigit()
    refused = cli("cleanup", "close", cid, "--date", "2025-02-10", "--db", db, check=False)
    assert refused.returncode == 1
    assert refused.stderr.strip() == refusal(
        "cleanup.undecided", cleanup_id=int(cid), title="2025年清理", undecided=3
    )
    cli("cleanup", "set", cid, spring, "--result", "keep", "--db", db)
    cli("cleanup", "set", cid, december, "--result", "amend", "--reason", "上位法修改", "--db", db)
    cli("cleanup", "set", cid, other, "--result", "invalidate", "--reason", "已过时", "--db", db)
    entries = as_json(cli("cleanup", "list", cid, "--json", "--db", db))
    assert {e["reg_no"]: e["result"] for e in entries} == {
        spring: "keep", december: "amend", other: "invalidate",
    }  # fmt: skip
    assert set(entries[0]) >= {"reg_no", "title", "doc_no", "published_on", "result", "reason"}
    out = tmp_path / "清理.xlsx"
    cli("cleanup", "export", cid, "-o", str(out), "--db", db)
    assert load_workbook(out).sheetnames == ["继续有效", "拟修改", "拟废止"]
    cli("cleanup", "close", cid, "--date", "2025-02-10", "--db", db)
    assert as_json(cli("show", other, "--json", "--db", db))["status"] == "expired"
    campaigns = as_json(cli("cleanup", "list", "--json", "--db", db))
    assert campaigns[0]["status"] == "closed" and campaigns[0]["decided"] == 3


def test_cleanup_refusals_are_one_sentence(cli: Cli, tmp_path: Path) -> None:
    db = str(tmp_path / "w.sqlite3")
    reg = published(cli, db, "科技奖励办法", "2024-03-01", 5)
    cid = cli("cleanup", "start", "--title", "清理", "--as-of", "2025-01-31", "--db", db)
    cid_text = cid.stdout.strip()
    for args, words in (
        (("cleanup", "set", "42", reg, "--result", "keep"), "没有编号为 42 的清理"),
        (("cleanup", "set", cid_text, "审2099-9", "--result", "keep"), "审2099-9"),
        (("cleanup", "set", cid_text, reg, "--result", "abolish"), "abolish"),
        (("cleanup", "start", "--title", "T", "--as-of", "2999-01-01"), "晚于今天"),
        (("cleanup", "export", "42", "-o", str(tmp_path / "x.xlsx")), "42"),
    ):
        proc = cli(*args, "--db", db, check=False)
        assert proc.returncode == 1, args
        assert words in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    cli("cleanup", "set", cid_text, reg, "--result", "keep", "--db", db)
    cli("cleanup", "close", cid_text, "--date", "2025-02-01", "--db", db)
    late = cli("cleanup", "set", cid_text, reg, "--result", "amend", "--db", db, check=False)
    assert late.returncode == 1
    assert late.stderr.strip() == refusal(
        "cleanup.closed", cleanup_id=int(cid_text), title="清理", closed_on=dt.date(2025, 2, 1)
    )
    entries = as_json(cli("cleanup", "list", cid_text, "--json", "--db", db))
    assert entries[0]["result"] == "keep"
