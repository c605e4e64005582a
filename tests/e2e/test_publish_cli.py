"""``workbench publish``: a 文号 another item uses is refused unless ``--force``
(docs/RULES.md §8)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.e2e.conftest import RunResult, as_json

Cli = Callable[..., RunResult]


def _ready(cli: Cli, db: str, title: str) -> str:
    reg = cli(
        "add", "--db", db, "--kind", "normative", "--title", title, "--received", "2025-03-03"
    )
    number = reg.stdout.strip()
    cli("start", number, "--db", db)
    cli(
        "opinion",
        number,
        "--conclusion",
        "approve",
        "--text",
        "同意",
        "--date",
        "2025-03-20",
        "--db",
        db,
    )
    return number


def test_a_doc_no_in_use_needs_force(cli: Cli, tmp_path: Path) -> None:
    db = str(tmp_path / "p.sqlite3")
    first, second = _ready(cli, db, "甲办法"), _ready(cli, db, "乙办法")
    cli("publish", first, "--date", "2025-04-01", "--doc-no", "辽科发〔2025〕3号", "--db", db)

    refused = cli(
        "publish",
        second,
        "--date",
        "2025-04-02",
        "--doc-no",
        "辽科发[2025]3号",
        "--db",
        db,
        check=False,
    )
    assert refused.returncode != 0 and "Traceback" not in refused.stderr
    assert first in refused.stderr and "--force" in refused.stderr
    assert refused.stderr.strip().count("\n") == 0
    assert as_json(cli("show", second, "--json", "--db", db))["status"] == "opinion_issued"

    cli(
        "publish",
        second,
        "--date",
        "2025-04-02",
        "--doc-no",
        "辽科发[2025]3号",
        "--force",
        "--db",
        db,
    )
    shown = as_json(cli("show", second, "--json", "--db", db))
    assert shown["status"] == "published" and shown["doc_no"] == "辽科发[2025]3号"
