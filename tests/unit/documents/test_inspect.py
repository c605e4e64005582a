"""Inspecting drafts: title, 文号, unit, dates and review hints."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from tests.unit.documents import corpus
from workbench.documents import RULE_LABELS, RULES, Hint, inspect_docx


def _rules(hints: tuple[Hint, ...]) -> dict[str, list[int]]:
    found: dict[str, list[int]] = {}
    for h in hints:
        found.setdefault(h.rule, []).append(h.paragraph)
    return found


@pytest.mark.parametrize("brackets", sorted(corpus.BRACKETS))
def test_draft_head(tmp_path: Path, brackets: str) -> None:
    result = inspect_docx(corpus.draft(tmp_path, brackets=brackets))
    assert result.title == corpus.TITLE
    assert result.doc_no == "辽科发〔2023〕16号"
    assert result.unit == corpus.UNIT


def test_draft_dates_and_hints(tmp_path: Path) -> None:
    result = inspect_docx(corpus.draft(tmp_path))
    assert result.effective_on == dt.date(2024, 1, 1)
    assert result.valid_until == dt.date(2028, 12, 31)
    rules = _rules(result.hints)
    # paragraph numbers as read: 1 文号, 2 title, 3 chapter, 4 第一条 ...
    assert rules == {
        "licence": [6],
        "fee": [9],
        "penalty": [13],
        "rights_duties": [15],
        "provisional_validity": [18],
    }
    by_rule = {h.rule: h for h in result.hints}
    assert by_rule["penalty"].text == (
        "“处1万元以下罚款”可能设定了行政处罚，行政规范性文件不得设定行政处罚。"
    )
    assert "须经省科学技术厅批准" in by_rule["licence"].text
    assert by_rule["rights_duties"].text.startswith("“取消其申报资格”可能减损")
    assert "“有效期5年”" in by_rule["provisional_validity"].text
    for h in result.hints:
        assert h.text.endswith("。") and h.text.count("。") == 1


def test_restated_and_forbidden_measures_are_not_flagged(tmp_path: Path) -> None:
    result = inspect_docx(corpus.draft(tmp_path))
    flagged = {h.paragraph for h in result.hints}
    # 第五条 forbids fees; 第九条 restates a statute; 第二条 and 第十条 are harmless
    assert not flagged & {5, 8, 16, 17}


def test_json_has_the_spec_keys(tmp_path: Path) -> None:
    data = inspect_docx(corpus.draft(tmp_path)).to_json()
    assert list(data)[:6] == ["title", "doc_no", "unit", "effective_on", "valid_until", "hints"]
    assert data["kind"] == "normative" and data["contract"] is False
    assert data["effective_on"] == "2024-01-01"
    assert data["valid_until"] == "2028-12-31"
    assert all(list(h)[:4] == ["paragraph", "rule", "text", "basis"] for h in data["hints"])
    assert all(h["basis"] for h in data["hints"])
    penalty = next(h for h in data["hints"] if h["rule"] == "penalty")
    assert "《中华人民共和国行政处罚法》第十六条" in penalty["basis"]
    assert all(h["rule"] in RULES for h in data["hints"])
    json.dumps(data, ensure_ascii=False)


def test_missing_dates(tmp_path: Path) -> None:
    result = inspect_docx(corpus.without_dates(tmp_path))
    assert result.title == "关于加强科研诚信建设的通知"
    assert result.doc_no is None
    assert result.unit == corpus.UNIT
    assert result.effective_on is None and result.valid_until is None
    assert _rules(result.hints) == {"missing_effective": [0], "missing_validity": [0]}
    # 不得抄袭 in a notice to researchers is not a restriction of rights worth flagging
    assert not any(h.rule == "rights_duties" for h in result.hints)


def test_effective_from_issue_with_a_span_in_chinese_numerals(tmp_path: Path) -> None:
    path = corpus.document(
        tmp_path,
        "relative.docx",
        ["第一条 为规范管理，制定本办法。", "第二条 本办法自印发之日起施行，有效期为两年。"],
        "辽宁省科学技术厅实验动物管理暂行办法",
    )
    result = inspect_docx(path)
    assert result.effective_on is None and result.valid_until is None
    assert result.hints == ()  # 两年 is not more than 2 years; both clauses are there


def test_valid_until_and_a_licence_validity_that_is_not_the_documents(tmp_path: Path) -> None:
    path = corpus.document(
        tmp_path,
        "until.docx",
        [
            "第五条 实验动物许可证有效期为5年。",
            "第二十条 本规定自二〇二四年三月一日起施行，有效期至2025年12月31日。",
        ],
        "辽宁省科学技术厅关于实验动物行政处罚裁量权的规定（试行）",
    )
    result = inspect_docx(path)
    assert result.unit == "辽宁省科学技术厅"
    assert result.effective_on == dt.date(2024, 3, 1)
    assert result.valid_until == dt.date(2025, 12, 31)
    assert [h.rule for h in result.hints] == []


def test_validity_range_and_long_provisional(tmp_path: Path) -> None:
    path = corpus.document(
        tmp_path,
        "range.docx",
        ["本办法有效期自2024年1月1日至2027年12月31日。"],
        "科技成果转化奖励暂行办法",
    )
    result = inspect_docx(path)
    assert result.effective_on == dt.date(2024, 1, 1)
    assert result.valid_until == dt.date(2027, 12, 31)
    assert [(h.paragraph, h.rule) for h in result.hints] == [(2, "provisional_validity")]
    assert "暂行" in result.hints[0].text


def test_cited_effective_dates_do_not_count(tmp_path: Path) -> None:
    path = corpus.document(
        tmp_path,
        "cited.docx",
        ["《中华人民共和国科学技术进步法》自2022年1月1日起施行。"],
        "关于学习贯彻科学技术进步法的通知",
    )
    result = inspect_docx(path)
    assert result.effective_on is None
    assert "missing_effective" in {h.rule for h in result.hints}


def test_repealed_reference(tmp_path: Path) -> None:
    path = corpus.draft(tmp_path)
    result = inspect_docx(path, repealed_doc_nos=["辽科发[2020]8号", "辽科发（2019）5号"])
    repealed = [h for h in result.hints if h.rule == "repealed_reference"]
    # 辽科发〔2019〕5号 is the document this draft repeals: citing it there is right
    assert [(h.paragraph, h.text) for h in repealed] == [
        (7, "引用的“辽科发〔2020〕8号”已被废止或失效，请核对是否仍应引用。")
    ]
    assert not any(
        h.rule == "repealed_reference" for h in inspect_docx(path).hints
    )  # nothing known as repealed


def test_compulsory_measures_and_blacklists(tmp_path: Path) -> None:
    path = corpus.document(
        tmp_path,
        "compulsory.docx",
        [
            "第三条 对拒不整改的单位，省科学技术厅可以查封其实验场所。",
            "第四条 严重失信的，列入科研失信黑名单并向社会公布。",
            "第五条 依法需要查封的，按照《中华人民共和国行政强制法》办理。",
            "第六条 本办法自2024年1月1日起施行，有效期5年。",
        ],
        "辽宁省科研诚信管理办法",
    )
    rules = _rules(inspect_docx(path).hints)
    assert rules == {"compulsory": [2], "rights_duties": [3]}


def test_rule_labels_cover_every_rule() -> None:
    assert set(RULE_LABELS) == set(RULES)
