"""``workbench letter REG_NO -o FILE.docx --return-notice`` as a clerk runs it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from docx import Document

from tests.e2e.conftest import refusal


def test_return_notice_of_an_item(cli: Callable[..., Any], tmp_path: Path) -> None:
    db = str(tmp_path / "w.sqlite3")
    reg = cli(
        "add", "--kind", "normative", "--title", "辽宁省科技成果转化办法",
        "--received", "2025-03-03", "--unit", "成果转化处", "--db", db,
    ).stdout.strip()  # fmt: skip
    out = tmp_path / "通知书.docx"
    refused = cli("letter", reg, "-o", str(out), "--return-notice", "--db", db, check=False)
    assert refused.returncode != 0
    assert refused.stderr.strip() == refusal("letter.never_returned", reg_no=reg)
    assert not out.exists()
    cli("start", reg, "--db", db)
    cli("return", reg, "--reason", "缺少制定说明", "--date", "2025-03-05", "--db", db)
    cli("letter", reg, "-o", str(out), "--return-notice", "--db", db)
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    for expected in ("退回补正通知书", reg, "科技成果转化办法", "缺少制定说明", "2025年3月5日"):
        assert expected in text, expected
    both = cli(
        "letter", reg, "-o", str(out), "--return-notice", "--filing-report", "--db", db,
        check=False,
    )  # fmt: skip
    assert both.returncode != 0
