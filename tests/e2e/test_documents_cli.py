"""inspect, compare and letter as a counsel runs them (docs/RULES.md §8)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from docx import Document

from tests.e2e.conftest import RunResult, as_json, refusal
from tests.unit.documents import corpus

Cli = Callable[..., RunResult]


def test_inspect_json_keys_and_hints(cli: Cli, tmp_path: Path) -> None:
    path = corpus.draft(tmp_path, brackets="【】")
    data = as_json(cli("inspect", str(path), "--json", "--db", str(tmp_path / "w.sqlite3")))
    assert {"title", "doc_no", "effective_on", "valid_until", "hints"} <= set(data)
    assert data["doc_no"] == "辽科发〔2023〕16号"
    assert data["title"] == corpus.TITLE
    rules = {h["rule"] for h in data["hints"]}
    assert "penalty" in rules
    assert all({"paragraph", "rule", "text"} <= set(h) for h in data["hints"])
    text = cli("inspect", str(path), "--db", str(tmp_path / "w.sqlite3")).stdout
    assert "文号：辽科发〔2023〕16号" in text


def test_inspect_refuses_a_hostile_file(cli: Cli, tmp_path: Path) -> None:
    bomb = corpus.zip_bomb(tmp_path)
    proc = cli("inspect", str(bomb), "--db", str(tmp_path / "w.sqlite3"), check=False)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert bomb.name in proc.stderr and proc.stderr.count("\n") == 1


def test_compare_exits_zero_and_marks_changes(cli: Cli, tmp_path: Path) -> None:
    old, new = corpus.draft(tmp_path), corpus.second_draft(tmp_path)
    out = cli("compare", str(old), str(new)).stdout
    assert "第四条之一" in out  # an added paragraph
    assert "予以通报批评" in out and "处1万元以下罚款" in out  # a changed one, old and new
    same = cli("compare", str(old), str(old))
    assert same.returncode == 0


def test_letter_of_an_item(cli: Cli, tmp_path: Path) -> None:
    db = str(tmp_path / "w.sqlite3")
    reg = cli(
        "add",
        "--kind",
        "normative",
        "--title",
        "辽宁省科技计划项目管理办法",
        "--received",
        "2025-03-03",
        "--unit",
        "基础研究处",
        "--db",
        db,
    ).stdout.strip()
    refused = cli("letter", reg, "-o", str(tmp_path / "x.docx"), "--db", db, check=False)
    assert refused.stderr.strip() == refusal("letter.no_opinion", reg_no=reg)
    assert not (tmp_path / "x.docx").exists()
    cli("start", reg, "--db", db)
    cli(
        "opinion",
        reg,
        "--conclusion",
        "approve_with_changes",
        "--text",
        "删除第十二条罚款规定。",
        "--basis",
        "《中华人民共和国行政处罚法》第十六条",
        "--date",
        "2025-03-20",
        "--db",
        db,
    )
    out = tmp_path / "意见书.docx"
    cli("letter", reg, "-o", str(out), "--db", db)
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    for expected in (
        "合法性审核意见书",
        reg,
        "辽宁省科技计划项目管理办法",
        "修改后同意",
        "删除第十二条罚款规定",
        "2025年3月20日",
        "基础研究处",
    ):
        assert expected in text, expected
    assert "{{" not in text
    cli("publish", reg, "--date", "2025-04-01", "--doc-no", "辽科发〔2025〕3号", "--db", db)
    report = tmp_path / "备案报告.docx"
    cli("letter", reg, "-o", str(report), "--filing-report", "--db", db)
    text = "\n".join(p.text for p in Document(str(report)).paragraphs)
    assert "辽科发〔2025〕3号" in text and "省司法厅" in text


def test_inspect_basis_kind_and_office_rules(cli: Cli, tmp_path: Path) -> None:
    db = str(tmp_path / "w.sqlite3")
    path = corpus.draft(tmp_path)
    data = as_json(cli("inspect", str(path), "--json", "--db", db))
    penalty = next(h for h in data["hints"] if h["rule"] == "penalty")
    assert "《中华人民共和国行政处罚法》第十六条" in penalty["basis"]
    assert not data["contract"]
    as_contract = as_json(cli("inspect", str(path), "--kind", "合作协议", "--json", "--db", db))
    assert as_contract["contract"] and as_contract["kind"] == "cooperation_agreement"
    assert "missing_validity" not in {h["rule"] for h in as_contract["hints"]}
    # a malformed office rules file is named on stderr; the built-in rules still work
    bad = tmp_path / "data" / "rules" / "office.toml"
    bad.parent.mkdir(parents=True)
    bad.write_text('[[rule]]\nid = "x"\nlabel = {zh = "a"\n', encoding="utf-8")
    proc = cli("inspect", str(path), "--json", "--db", db)
    assert "office.toml" in proc.stderr and "第3行" in proc.stderr
    assert "penalty" in {h["rule"] for h in as_json(proc)["hints"]}


def test_inspect_hints_in_the_users_language_and_json_in_both(cli: Cli, tmp_path: Path) -> None:
    db = str(tmp_path / "w.sqlite3")
    path = corpus.draft(tmp_path)
    penalty_zh = "“处1万元以下罚款”可能设定了行政处罚，行政规范性文件不得设定行政处罚。"
    penalty_en = (
        "“处1万元以下罚款” may set an administrative penalty; a normative document may not set "
        "administrative penalties."
    )
    english = cli("inspect", str(path), "--db", db, locale={"LANG": "en_US.UTF-8"}).stdout
    assert penalty_en in english and penalty_zh not in english
    assert "《中华人民共和国行政处罚法》第十六条" in english  # the legal text is not translated
    assert penalty_zh in cli("inspect", str(path), "--db", db).stdout
    # the JSON is the same whatever the locale: text in Chinese, text_en in English
    data = as_json(cli("inspect", str(path), "--json", "--db", db, locale={"LANG": "en_US.UTF-8"}))
    penalty = next(h for h in data["hints"] if h["rule"] == "penalty")
    assert (penalty["text"], penalty["text_en"]) == (penalty_zh, penalty_en)
    assert data == as_json(cli("inspect", str(path), "--json", "--db", db))
