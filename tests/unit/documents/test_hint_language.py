"""Review hints speak Chinese and English: every built-in rule says why in both, the sentences
the code makes (contract checklist, whole-document checks) come from the message catalog, and
the Chinese stays at hand for the opinion whatever the interface's language."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.unit.documents import corpus
from workbench.documents import inspect_docx, inspect_paragraphs, rules
from workbench.documents.inspect import Hint
from workbench.documents.reader import Paragraph
from workbench.documents.ruleset import Rule, load_rules
from workbench.domain import messages

BUILTIN = load_rules()
CJK = re.compile(r"[\u3400-\u9fff]")
QUOTED = re.compile(r"“[^”]*”|「[^」]*」")
FLAGGING = [r for r in BUILTIN.rules if r.mode == "flag"]


def _unquoted(text: str) -> str:
    return QUOTED.sub("", text)


def _english(text: str) -> bool:
    """English with Chinese only inside quotes (the draft's own words, a 文号, an example)."""
    return bool(re.search(r"[A-Za-z]{3}", text)) and not CJK.search(_unquoted(text))


def _paragraphs(*texts: str) -> list[Paragraph]:
    return [Paragraph(i, t, "", False, False, False) for i, t in enumerate(texts, 1)]


@pytest.mark.parametrize("rule", BUILTIN.rules, ids=lambda r: r.id)
def test_every_builtin_rule_says_why_in_both_languages(rule: Rule) -> None:
    assert CJK.search(rule.why), rule.id
    assert _english(rule.why_en), rule.why_en
    assert _english(rule.label_en), rule.label_en
    assert rule.reason().in_language("zh") == rule.why
    assert rule.reason().in_language("en") == rule.why_en


@pytest.mark.parametrize("rule", FLAGGING, ids=lambda r: r.id)
def test_a_flagged_clause_is_quoted_in_chinese_in_both_languages(rule: Rule) -> None:
    for text in rule.examples_match:
        scope = rule.scope
        result = inspect_paragraphs(
            _paragraphs(text), kind="normative" if scope == "normative" else "other_contract"
        )
        hint = next(h for h in result.hints if h.rule == rule.id)
        quote = next(f.quote for f in rules.scan_paragraph(text, [rule]))
        assert hint.text_zh == f"“{quote}”{rule.why}。"
        assert hint.text_en == f"“{quote}” {rule.why_en}."
        assert _english(hint.text_en)


def test_the_contract_checklist_in_both_languages() -> None:
    result = inspect_paragraphs(
        _paragraphs(
            "技术开发合同",
            "合同金额为120,000元（大写：壹拾叁万元整）。",
        ),
        kind="project_contract",
    )
    require = {r.id for r in BUILTIN.scope("contract") if r.mode == "require"}
    missing = [h for h in result.hints if h.rule in require]
    assert {h.rule for h in missing} >= {
        "contract_parties",
        "contract_breach",
        "contract_dispute",
        "contract_ip",
        "contract_signature",
    }
    for hint in missing:
        rule = BUILTIN.get(hint.rule)
        assert rule is not None
        assert hint.text_zh == f"合同{rule.why}，请补充“{rule.label_zh}”条款。"
        assert hint.text_en == f"The contract {rule.why_en}: add the “{rule.label_en}” clause."
        assert _english(hint.text_en)
    breach = next(h for h in missing if h.rule == "contract_breach")
    assert breach.text_en == (
        "The contract has no clause on liability for breach: add the “Breach liability” clause."
    )
    amount = next(h for h in result.hints if h.rule == "contract_amount_words")
    assert amount.paragraph == 2
    assert amount.text_zh == "金额小写“120,000元”与大写“壹拾叁万元整”不一致，请核对。"
    assert amount.text_en == (
        "The amount in figures “120,000元” and the amount in words “壹拾叁万元整” disagree: "
        "check them."
    )


def test_whole_document_hints_in_both_languages(tmp_path: Path) -> None:
    undated = inspect_docx(corpus.without_dates(tmp_path)).hints
    draft = inspect_docx(corpus.draft(tmp_path), repealed_doc_nos=["辽科发[2020]8号"]).hints
    by_rule = {h.rule: h for h in (*undated, *draft)}
    for rule_id in (
        rules.MISSING_EFFECTIVE,
        rules.MISSING_VALIDITY,
        rules.PROVISIONAL_VALIDITY,
        rules.REPEALED_REFERENCE,
    ):
        hint = by_rule[rule_id]
        assert CJK.search(_unquoted(hint.text_zh)), hint.text_zh
        assert _english(hint.text_en), hint.text_en
    assert by_rule[rules.MISSING_EFFECTIVE].text_en == (
        "The document does not state its effective date (e.g. “本办法自2024年1月1日起施行”)."
    )
    assert "“有效期5年” is longer than 2 years" in by_rule[rules.PROVISIONAL_VALIDITY].text_en
    assert by_rule[rules.REPEALED_REFERENCE].text_en.startswith(
        "The cited document “辽科发〔2020〕8号” has been repealed"
    )


def test_text_follows_the_language_and_the_chinese_stays_for_the_opinion(tmp_path: Path) -> None:
    result = inspect_docx(corpus.draft(tmp_path))
    penalty = next(h for h in result.hints if h.rule == "penalty")
    chinese = "“处1万元以下罚款”可能设定了行政处罚，行政规范性文件不得设定行政处罚。"
    english = (
        "“处1万元以下罚款” may set an administrative penalty; a normative document may not set "
        "administrative penalties."
    )
    assert penalty.text == penalty.text_zh == chinese
    messages.set_language("en")
    assert penalty.text == english and penalty.text_zh == chinese
    # the JSON does not change with the locale: text is the Chinese, text_en the English
    data = penalty.to_json()
    assert data["text"] == chinese and data["text_en"] == english
    assert list(data)[:5] == ["paragraph", "rule", "text", "basis", "flag"]
    assert "《中华人民共和国行政处罚法》第十六条" in data["basis"]


def test_a_hint_made_without_english_is_chinese_in_both() -> None:
    hint = Hint(3, "penalty", "中文")
    messages.set_language("en")
    assert hint.text == "中文" and hint.to_json()["text_en"] == "中文"


def test_msg_renders_in_a_language_other_than_the_interfaces() -> None:
    said = messages.msg("hint.flagged", quote="罚款", why=messages.Term("可能", "may"))
    messages.set_language("en")
    assert str(said) == "“罚款” may."
    assert said.in_language("zh") == "“罚款”可能。"
    assert messages.language() == "en"


def _office(tmp_path: Path, why: str) -> Path:
    path = tmp_path / "rules" / "office.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        f"""scope = "normative"

[[rule]]
id = "office_training"
label = {{ zh = "强制培训", en = "Compulsory training" }}
flag = "content"
{why}
basis = [{{ source = "《优化营商环境条例》", article = "第十八条", text = "不得强制" }}]
patterns = ['(?:必须|须|应当)参加{{C}}{{0,10}}?培训']
examples_match = ["企业负责人须参加本厅组织的培训。"]
""",
        encoding="utf-8",
    )
    return path


def _training_hint(ruleset_dir: Path) -> Hint:
    ruleset = load_rules([ruleset_dir])
    assert ruleset.errors == ()
    result = inspect_paragraphs(
        _paragraphs("企业负责人须参加本厅组织的培训。"), kind="normative", ruleset=ruleset
    )
    return next(h for h in result.hints if h.rule == "office_training")


def test_an_office_why_in_chinese_only_still_loads_and_stays_chinese(tmp_path: Path) -> None:
    path = _office(tmp_path, 'why = "可能强制市场主体参加培训"')
    rule = load_rules([path.parent]).get("office_training")
    assert rule is not None and rule.why == "可能强制市场主体参加培训" and rule.why_en == ""
    hint = _training_hint(path.parent)
    # English falls back to the whole Chinese sentence rather than mixing the two
    assert hint.text_zh == "“企业负责人须参加本厅组织的培训”可能强制市场主体参加培训。"
    assert hint.text_en == hint.text_zh
    messages.set_language("en")
    assert hint.text == hint.text_zh


def test_an_office_why_in_both_languages(tmp_path: Path) -> None:
    path = _office(
        tmp_path, 'why = { zh = "可能强制参加培训", en = "may make training compulsory" }'
    )
    hint = _training_hint(path.parent)
    assert hint.text_en == "“企业负责人须参加本厅组织的培训” may make training compulsory."


@pytest.mark.parametrize(
    ("why", "reason"),
    [
        ('why = { zh = "可能强制参加培训" }', "en"),
        ('why = { en = "may make training compulsory" }', "zh"),
        ('why = { zh = "可能强制参加培训", en = "" }', "en"),
        ('why = { zh = "可能", en = "may", fr = "peut" }', "fr"),
        ('why = { zh = "可能", en = 3 }', "en"),
        ("why = 3", "why"),
        ('why = ["可能"]', "why"),
    ],
)
def test_a_malformed_why_is_refused_with_line_and_reason(
    tmp_path: Path, why: str, reason: str
) -> None:
    path = _office(tmp_path, why)
    ruleset = load_rules([path.parent])
    assert len(ruleset.errors) == 1
    error = ruleset.errors[0]
    assert error.path == str(path) and error.line == 3
    assert "why" in str(error.reason) and reason in str(error.reason)
    assert ruleset.get("office_training") is None
    assert {r.id for r in ruleset.rules} == {r.id for r in BUILTIN.rules}


def test_a_refused_rules_file_is_said_in_the_interfaces_language(tmp_path: Path) -> None:
    path = _office(tmp_path, 'why = { zh = "可能", en = "may", fr = "peut" }')
    error = load_rules([path.parent]).errors[0]
    assert str(error) == (
        f"规则文件“{path}”第3行有误，未予采用：规则“office_training”的“why”只能写 zh 和 en，"
        "不能写 fr"
    )
    messages.set_language("en")
    assert str(error) == (
        f"Rules file “{path}”, line 3, was not used: the “why” of rule “office_training” may "
        "give only zh and en, not fr"
    )
    unreadable = tmp_path / "rules" / "latin1.toml"
    unreadable.write_bytes("why = '\xe9'".encode("latin-1"))
    refused = {e.path: e for e in load_rules([path.parent]).errors}[str(unreadable)]
    assert str(refused).startswith(f"Rules file “{unreadable}” was not used: it cannot be read")
    assert not CJK.search(str(refused))
