"""The hints meet their targets on the labelled set; contracts get the contract checklist."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from tests.unit.documents import corpus, hint_eval_set, hint_holdout_set
from workbench.documents import inspect_docx
from workbench.documents.amounts import mismatches, parse_words
from workbench.documents.ruleset import load_rules


def test_the_set_is_big_enough_and_covers_every_rule() -> None:
    normative = hint_eval_set.NORMATIVE
    assert len(normative) >= 80 and len(hint_eval_set.CONTRACT) >= 20
    lawful = sum(1 for _, labels in normative if not labels)
    assert 0.4 <= lawful / len(normative) <= 0.6
    labelled = {r for _, labels in normative + hint_eval_set.CONTRACT for r in labels}
    flagging = {r.id for r in load_rules().rules if r.mode == "flag"}
    assert flagging <= labelled
    examples = {t for r in load_rules().rules for t in r.examples_match + r.examples_no_match}
    assert not examples & {t for t, _ in normative + hint_eval_set.CONTRACT}


def test_recall_and_false_alarms_meet_the_targets() -> None:
    overall = hint_eval_set.evaluate()["overall"]
    assert overall["recall"] >= 0.95
    assert overall["false_alarm_rate"] <= 0.05


HELD_OUT = hint_holdout_set.NORMATIVE + hint_holdout_set.FRESH_NORMATIVE
HELD_OUT_CONTRACT = hint_holdout_set.CONTRACT + hint_holdout_set.FRESH_CONTRACT
UNSEEN = hint_holdout_set.UNSEEN_NORMATIVE + hint_holdout_set.UNSEEN_CONTRACT


def test_the_held_out_set_is_apart_from_the_rules_and_the_tuning_set() -> None:
    assert len(HELD_OUT) >= 40 and len(HELD_OUT_CONTRACT) >= 10
    lawful = sum(1 for _, labels in HELD_OUT if not labels)
    assert 0.4 <= lawful / len(HELD_OUT) <= 0.6
    rules = load_rules().rules
    known = {r.id for r in rules}
    everything = HELD_OUT + HELD_OUT_CONTRACT + UNSEEN
    assert {r for _, labels in everything for r in labels} <= known
    texts = [t for t, _ in everything]
    assert len(set(texts)) == len(texts)
    examples = {t for r in rules for t in r.examples_match + r.examples_no_match}
    tuning = {t for t, _ in hint_eval_set.NORMATIVE + hint_eval_set.CONTRACT}
    assert not set(texts) & (examples | tuning)


def test_the_held_out_set_meets_the_targets() -> None:
    overall = hint_eval_set.evaluate(HELD_OUT, HELD_OUT_CONTRACT)["overall"]
    assert overall["recall"] >= 0.95
    assert overall["false_alarm_rate"] <= 0.05


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("壹拾贰万元整", "120000"),
        ("壹佰零伍万元整", "1050000"),
        ("贰仟叁佰肆拾伍元陆角柒分", "2345.67"),
        ("壹亿零伍佰万元整", "105000000"),
        ("拾万元整", "100000"),
    ],
)
def test_amounts_in_words(words: str, value: str) -> None:
    assert parse_words(words) == Decimal(value)


def test_amounts_in_figures_and_words_compared() -> None:
    assert mismatches("合同金额为人民币120,000元（大写：壹拾贰万元整）") == []
    assert mismatches("合同金额为12万元（大写：壹拾贰万元整）") == []
    assert mismatches("合同金额为人民币102,000元（大写：壹拾贰万元整）") == [
        ("102,000元", "壹拾贰万元整")
    ]


CONTRACT = [
    "甲方（委托方）：辽宁省科学技术厅",
    "乙方（受托方）：辽宁某某科技服务有限公司",
    "第一条 服务内容：承担省科技计划项目绩效评价工作。",
    "第二条 合同金额为人民币120,000元（大写：壹拾万元整）。",
    "第三条 甲方为乙方向银行的贷款提供担保。",
]


def test_a_contract_gets_the_checklist_not_the_normative_checks(tmp_path: Path) -> None:
    path = corpus.document(tmp_path, "contract.docx", CONTRACT, "科技服务委托合同")
    result = inspect_docx(path)
    assert result.contract and result.kind == "other_contract"
    rules = {h.rule for h in result.hints}
    assert not rules & {"missing_effective", "missing_validity"}
    assert {"contract_amount_words", "contract_guarantee"} <= rules
    missing = {h.rule for h in result.hints if h.paragraph == 0}
    assert {"contract_breach", "contract_dispute", "contract_signature"} <= missing
    assert {"contract_parties", "contract_subject", "contract_amount"}.isdisjoint(missing)
    assert "contract_ip" in missing  # 科技 in the title: a research contract
    assert all(h.basis for h in result.hints)
    guarantee = next(h for h in result.hints if h.rule == "contract_guarantee")
    assert "第六百八十三条" in guarantee.basis


def test_kind_overrides_recognition(tmp_path: Path) -> None:
    path = corpus.document(tmp_path, "contract.docx", CONTRACT, "科技服务委托合同")
    assert not inspect_docx(path, kind="normative").contract
    draft = corpus.draft(tmp_path)
    as_contract = inspect_docx(draft, kind="service_contract")
    assert as_contract.contract and as_contract.kind == "service_contract"
    assert not inspect_docx(draft).contract


def test_amounts_after_a_currency_sign_without_yuan() -> None:
    assert mismatches("合同价款为人民币伍拾万元整（¥500,000.00）") == []
    assert mismatches("合同价款为人民币伍拾万元整（￥550,000）") == [("￥550,000", "伍拾万元整")]
    assert mismatches("共计人民币伍拾万元整，另付税费1,000.00") == []  # a figure needs ¥ or 元
