"""The command line speaks the user's language: the same refusal in Chinese and in English
(docs/ARCHITECTURE.md, "Refusals")."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.e2e.conftest import RunResult
from workbench.domain import messages
from workbench.domain.statuses import Status, status_term

Cli = Callable[..., RunResult]


def _expected(code: str, lang: str, **params: object) -> str:
    messages.set_language(lang)
    try:
        return f"workbench: {messages.render(code, params)}"
    finally:
        messages.set_language("zh")


@pytest.fixture
def item(cli: Cli, tmp_path: Path) -> tuple[str, str]:
    db = str(tmp_path / "lang.sqlite3")
    reg = cli("add", "--db", db, "--kind", "project_contract", "--title", "合同").stdout.strip()
    return db, reg


@pytest.mark.parametrize(
    ("locale", "lang"),
    [
        ({"WORKBENCH_LANG": "zh"}, "zh"),
        ({"LANG": "zh_CN.UTF-8"}, "zh"),
        ({}, "zh"),
        ({"LANG": "C.UTF-8"}, "zh"),
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LANGUAGE": "en_GB:en", "LANG": "zh_CN.UTF-8"}, "en"),
        ({"LANG": "en_US.UTF-8", "WORKBENCH_LANG": "zh"}, "zh"),
        ({"LANG": "zh_CN.UTF-8", "WORKBENCH_LANG": "en"}, "en"),
    ],
)
def test_a_refusal_speaks_the_language_of_the_locale(
    cli: Cli, item: tuple[str, str], locale: dict[str, str], lang: str
) -> None:
    db, reg = item
    proc = cli("publish", reg, "--date", "2025-01-01", "--doc-no", "x", "--db", db,
               check=False, locale=locale)  # fmt: skip
    assert proc.returncode == 1
    expected = _expected(
        "status.normative_only",
        lang,
        current=status_term(Status.REGISTERED),
        target=status_term(Status.PUBLISHED),
        current_code="registered",
        target_code="published",
    )
    assert proc.stderr.strip() == expected


def test_the_same_refusal_in_chinese_and_in_english(cli: Cli, item: tuple[str, str]) -> None:
    db, _ = item
    zh = cli("show", "审1999-001", "--db", db, check=False, locale={"WORKBENCH_LANG": "zh"})
    en = cli("show", "审1999-001", "--db", db, check=False, locale={"LANG": "en_US.UTF-8"})
    assert zh.returncode == en.returncode == 1
    assert zh.stderr.strip() == "workbench: 没有登记号为“审1999-001”的事项。"
    assert en.stderr.strip() == "workbench: There is no item “审1999-001”."


def test_an_english_ledger_import_reports_in_english(
    cli: Cli, item: tuple[str, str], tmp_path: Path
) -> None:
    from openpyxl import Workbook

    db, _ = item
    ledger = tmp_path / "ledger.xlsx"
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Kind", "Title", "Received"])
    ws.append(["project_contract", "A contract", "soon"])
    wb.save(ledger)
    en = cli("import", str(ledger), "--db", db, check=False, locale={"LANG": "en_US.UTF-8"})
    assert en.returncode == 1
    assert "Row 2 “Received”: “soon” is not a date" in en.stderr
    assert not any("\u4e00" <= ch <= "\u9fff" for ch in en.stderr)
    zh = cli("import", str(ledger), "--db", db, check=False)
    assert "第2行「Received」：“soon”不是日期" in zh.stderr
