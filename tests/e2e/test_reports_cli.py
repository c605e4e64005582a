"""``workbench import / tally / export / report`` as a clerk or a script runs them."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

from docx import Document
from openpyxl import Workbook, load_workbook

from tests.e2e.conftest import RunResult, as_json
from tests.unit.reports.conftest import ledger_figures

Cli = Callable[..., RunResult]
YEAR = dt.date.today().year - 1
KINDS = [
    "normative",
    "major_decision",
    "service_contract",
    "project_contract",
    "cooperation_agreement",
    "other_contract",
    "legal_opinion",
]


def ledger(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "台账"
    ws.append(["登记号", "类型", "标题", "起草单位", "送审日期", "审核结论", "意见出具日期"])
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def item_count(cli: Cli, db: str) -> int:
    return len(as_json(cli("list", "--json", "--db", db)))


def test_tally_json_has_the_spec_keys(cli: Cli, tmp_path: Path) -> None:
    db = str(tmp_path / "a.sqlite3")
    cli("demo", "--items", "300", "--db", db)
    t = as_json(cli("tally", "--year", str(YEAR), "--json", "--db", db))
    assert list(t) == [
        "year", "received", "reviewed", "filed", "pending_at_year_end", "disclosure",
        "filing_indicators",
    ]  # fmt: skip
    assert t["year"] == YEAR
    assert list(t["reviewed"]) == [
        "total", "by_kind", "by_conclusion", "by_month", "by_unit", "by_counsel", "overdue",
    ]  # fmt: skip
    for group in ("received", "reviewed", "filed"):
        assert list(t[group]["by_kind"]) == KINDS
    assert list(t["reviewed"]["by_conclusion"]) == ["approve", "approve_with_changes", "reject"]
    assert len(t["reviewed"]["by_month"]) == 12
    assert sum(t["reviewed"]["by_month"]) == t["reviewed"]["total"] > 0
    assert list(t["disclosure"]) == ["issued", "repealed", "in_force"]
    text = cli("tally", "--year", str(YEAR), "--db", db).stdout
    assert "行政规范性文件" in text and "合计" in text and "审核结论" in text


def test_export_then_import_reproduces_the_tally(cli: Cli, tmp_path: Path) -> None:
    db = str(tmp_path / "a.sqlite3")
    other = str(tmp_path / "b.sqlite3")
    cli("demo", "--items", "300", "--db", db)
    out = tmp_path / f"{YEAR}.xlsx"
    done = cli("export", "--year", str(YEAR), "-o", str(out), "--db", db)
    assert "已导出" in done.stdout and out.exists()
    wb = load_workbook(out, read_only=True)
    assert wb.sheetnames == ["汇总", "按月", "按单位", "台账", "逾期"]
    wb.close()

    checked = cli("import", str(out), "--dry-run", "--db", other)
    assert "检查完毕" in checked.stdout and item_count(cli, other) == 0
    first = cli("import", str(out), "--db", other)
    assert "已导入" in first.stdout
    tally = ("tally", "--year", str(YEAR), "--json")
    # the 台账 has no 备案结果 column (docs/RULES.md §7): the 规范率 does not travel
    assert ledger_figures(as_json(cli(*tally, "--db", other))) == ledger_figures(
        as_json(cli(*tally, "--db", db))
    )
    n = item_count(cli, other)
    again = cli("import", str(out), "--db", other)
    assert "本次导入没有改动数据库" in again.stdout and "已跳过" in again.stdout
    update = cli("import", str(out), "--update", "--db", other)
    assert "无需更新" in update.stdout
    assert item_count(cli, other) == n
    assert "审计日志完整" in cli("audit", "verify", "--db", other).stdout


def test_a_ledger_with_problems_is_refused_with_every_problem(cli: Cli, tmp_path: Path) -> None:
    db = str(tmp_path / "a.sqlite3")
    bad = ledger(
        tmp_path / "台账.xlsx",
        [
            ["审2024-001", "合作协议", "院地科技合作协议", "办公室", "2024-03-01", None, None],
            ["审2024-002", "草案", "x", "办公室", "2024-03-01", None, None],
            ["审2024-003", "合作协议", "y", "办公室", "2024/3/5", "同意", "2024.3.1"],
            ["审2024-004", "合作协议", "", "办公室", "2024年3月6日", None, None],
        ],
    )
    proc = cli("import", str(bad), "--db", db, check=False)
    assert proc.returncode != 0 and "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert "台账.xlsx" in lines[0] and "3 行共 3 处问题" in lines[0]
    assert any(line.startswith("第3行「类型」：") for line in lines)
    assert any(line.startswith("第4行「意见出具日期」：") for line in lines)
    assert any(line.startswith("第5行「标题」：") for line in lines)
    assert item_count(cli, db) == 0

    proc = cli("import", str(bad), "--skip-invalid", "--db", db)
    assert "已导入 1 件事项" in proc.stdout and "3 行有问题未导入" in proc.stdout
    rejected = tmp_path / "台账.rejected.xlsx"
    wb = load_workbook(rejected)
    ws = wb.active
    assert ws is not None
    assert [c.value for c in ws[1]][-1] == "原因"
    assert [r[0] for r in ws.iter_rows(min_row=2, values_only=True)] == [
        "审2024-002",
        "审2024-003",
        "审2024-004",
    ]
    wb.close()
    assert item_count(cli, db) == 1


def test_hostile_files_are_one_sentence_and_change_nothing(cli: Cli, tmp_path: Path) -> None:
    db = str(tmp_path / "a.sqlite3")
    cli("add", "--kind", "other_contract", "--title", "设备采购合同", "--db", db)
    fake = tmp_path / "fake.xlsx"
    fake.write_text("not a workbook", encoding="utf-8")
    locked = tmp_path / "locked.xlsx"
    locked.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1024)
    real = ledger(
        tmp_path / "ok.xlsx", [["审2024-009", "合作协议", "z", "", "2024-03-01", None, None]]
    )
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(real.read_bytes()[:900])
    for path, reason in ((fake, "不是 Excel 工作簿"), (locked, "加密"), (cut, "已损坏或不完整")):
        proc = cli("import", str(path), "--db", db, check=False)
        assert proc.returncode == 1, proc.stderr
        assert proc.stderr.count("\n") == 1 and path.name in proc.stderr and reason in proc.stderr
    assert item_count(cli, db) == 1


def test_report_paragraph_and_docx(cli: Cli, tmp_path: Path) -> None:
    db = str(tmp_path / "a.sqlite3")
    cli("demo", "--items", "400", "--db", db)
    t = as_json(cli("tally", "--year", str(YEAR), "--json", "--db", db))
    exact = cli("report", "--year", str(YEAR), "--db", db).stdout.strip()
    normative = t["filed"]["by_kind"]["normative"]
    assert exact.startswith(f"{YEAR}年完成合法性审核并向省司法厅备案行政规范性文件{normative}件。")
    total = t["reviewed"]["total"]
    assert f"合作协议等审核{total}件" in exact
    approx = cli("report", "--year", str(YEAR), "--approx", "--db", db).stdout.strip()
    unit = 10 if total < 100 else 10 ** (len(str(total)) - 2)
    rounded = total // unit * unit
    assert total >= 20 and f"合作协议等审核{rounded}{'余' if rounded != total else ''}件" in approx
    out = tmp_path / "段落.docx"
    done = cli("report", "--year", str(YEAR), "--approx", "-o", str(out), "--db", db)
    assert str(out) in done.stdout
    assert [p.text for p in Document(str(out)).paragraphs if p.text] == [approx]
    json.dumps(t)
