"""The rules files: every rule's own examples, refusal of malformed files, office files."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.documents import rules
from workbench.documents.ruleset import Rule, load_rules, parse_rules

BUILTIN = load_rules()
FLAGGING = [r for r in BUILTIN.rules if r.mode == "flag"]


def _hits(rule: Rule, text: str) -> bool:
    return any(f.rule.id == rule.id for f in rules.scan_paragraph(text, [rule]))


def test_builtin_rules_load_cleanly() -> None:
    assert BUILTIN.errors == ()
    ids = {r.id for r in BUILTIN.rules}
    for needed in (
        "licence", "licence_conditions", "licence_disguised", "penalty", "compulsory", "fee",
        "deposit", "levy", "certificates", "market_barrier", "designated_supplier",
        "internal_office", "powers", "rights_duties", "missing_effective", "missing_validity",
        "contract_parties", "contract_amount_words", "contract_ip", "contract_guarantee",
        "contract_unlimited", "contract_budget_year", "contract_dispute_body",
    ):  # fmt: skip
        assert needed in ids
    for rule in BUILTIN.rules:
        assert rule.basis and all(b.source for b in rule.basis), rule.id
        assert rule.label_zh and rule.label_en and rule.why, rule.id


@pytest.mark.parametrize("rule", FLAGGING, ids=lambda r: r.id)
def test_examples_that_must_match(rule: Rule) -> None:
    for text in rule.examples_match:
        assert _hits(rule, text), text


@pytest.mark.parametrize("rule", FLAGGING, ids=lambda r: r.id)
def test_examples_that_must_not_match(rule: Rule) -> None:
    for text in rule.examples_no_match:
        assert not _hits(rule, text), text


@pytest.mark.parametrize(
    ("sentence", "restates"),
    [
        ("依照《中华人民共和国行政处罚法》第九条的规定给予通报批评", True),
        ("依照《实验动物管理条例》处以罚款", True),
        ("依照有关法律、法规的规定处以罚款", True),
        ("依照《辽宁省行政执法监督规定》（辽宁省人民政府令第300号）处理", True),
        ("依法给予通报批评", False),
        ("依照本办法第十条的规定处以罚款", False),
        ("按照《辽宁省科技计划项目管理办法》的规定处以罚款", False),
        ("根据《关于进一步加强科研诚信建设的通知》给予通报批评", False),
        ("按照有关规定予以罚款", False),
    ],
)
def test_only_a_law_regulation_or_rule_exempts(sentence: str, restates: bool) -> None:
    assert rules.restates_higher_law(sentence) is restates


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


GOOD = """
scope = "normative"

[[rule]]
id = "office_training"
label = { zh = "强制培训", en = "Compulsory training" }
flag = "content"
why = "可能强制市场主体参加培训"
basis = [{ source = "《优化营商环境条例》", article = "第十八条", text = "不得强制" }]
patterns = ['(?:必须|须|应当)参加{C}{0,10}?培训']
examples_match = ["企业负责人须参加本厅组织的培训。"]
"""


def test_an_office_file_adds_rules(tmp_path: Path) -> None:
    _write(tmp_path / "rules" / "office.toml", GOOD)
    ruleset = load_rules([tmp_path / "rules"])
    assert ruleset.errors == ()
    rule = ruleset.get("office_training")
    assert rule is not None and rule.origin.endswith("office.toml")
    assert ruleset.get("penalty") is not None


@pytest.mark.parametrize(
    ("text", "line", "reason"),
    [
        ('scope = "normative"\n[[rule]]\nid = "x1"\nlabel = {zh="a"\n', 4, ""),
        (GOOD.replace("(?:必须|须|应当)", "(?:必须"), 4, "正则表达式"),
        (GOOD.replace('flag = "content"', 'flag = "nonsense"'), 4, "flag"),
        (GOOD.replace("basis = [", "# basis = ["), 4, "basis"),
        (GOOD + GOOD.replace('scope = "normative"', ""), 15, "重复"),
    ],
)
def test_a_malformed_file_is_refused_with_line_and_reason(
    tmp_path: Path, text: str, line: int, reason: str
) -> None:
    path = _write(tmp_path / "rules" / "bad.toml", text)
    ruleset = load_rules([tmp_path / "rules"])
    assert len(ruleset.errors) == 1
    error = ruleset.errors[0]
    assert error.path == str(path) and error.line == line
    assert reason in str(error.reason)
    assert str(path) in str(error) and f"第{line}行" in str(error)
    # the built-in rules keep working
    assert {r.id for r in ruleset.rules} == {r.id for r in BUILTIN.rules}


def test_parse_rules_needs_rules() -> None:
    with pytest.raises(Exception, match="没有规则"):
        parse_rules('scope = "contract"\n', "x.toml")


def _flagged(text: str) -> set[str]:
    return {f.rule.id for f in rules.scan_paragraph(text, FLAGGING)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a prohibition earlier in the clause governs the measure …
        ("各部门不得要求申报单位另行缴纳任何保证金。", set()),
        ("申请人无需另行出具所在单位的在职证明。", set()),
        ("严禁以检查为名向企业收取检查费。", set()),
        # … unless a 的 closes it into a condition, or it stands in another clause
        ("不按期缴纳保证金的，暂停其申报资格。", {"deposit", "rights_duties"}),
        ("申报单位不得弄虚作假，否则处以五千元罚款。", {"penalty"}),
    ],
)
def test_a_prohibition_in_the_clause_is_not_the_measure(text: str, expected: set[str]) -> None:
    assert _flagged(text) == expected


def test_a_rule_gives_way_to_a_more_specific_one_in_the_same_sentence() -> None:
    rights = BUILTIN.get("rights_duties")
    assert rights is not None and "licence" in rights.superseded_by
    licence_sentence = "未领取本厅核发的执业资格证书的，不得从事科技咨询业务。"
    assert _flagged(licence_sentence) == {"licence"}
    # in another sentence of the paragraph the general rule still speaks
    both = licence_sentence + "弄虚作假的，五年内不得申报省级项目。"
    assert _flagged(both) == {"licence", "rights_duties"}


def test_superseded_by_must_be_a_list_of_strings(tmp_path: Path) -> None:
    bad = GOOD.replace('flag = "content"', 'flag = "content"\nsuperseded_by = 3')
    ruleset = load_rules([_write(tmp_path / "rules" / "bad.toml", bad).parent])
    assert len(ruleset.errors) == 1 and "superseded_by" in str(ruleset.errors[0].reason)
