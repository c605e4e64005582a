"""The contract checklist: what a contract must contain, and clauses a department must not sign.

Rules come from ``resources/rules/contract.toml`` (scope ``contract``): ``require`` rules are
looked for across the whole contract and are a hint of their own when missing, ``flag`` rules
are clauses to look at, and ``contract_amount_words`` compares amounts written in figures and
in words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from workbench.documents import amounts, rules
from workbench.documents.reader import Paragraph
from workbench.documents.ruleset import Rule, RuleSet
from workbench.domain.messages import Msg, msg

_CONTRACT_TITLE = re.compile(r"(?:合同|协议|协议书|合同书)(?:[（(][^）)]{0,12}[）)])?$")
_PARTIES = re.compile(r"^\s*(?:甲方|乙方|委托方|受托方|委托人|受托人)(?:（[^）]{0,10}）)?\s*[：:]")
_RESEARCH = re.compile(r"技术|研究|研发|开发|科技|科研|攻关|成果转化")


def looks_like_contract(title: str | None, paragraphs: Sequence[Paragraph]) -> bool:
    """A title ending in 合同/协议/协议书, or parties 甲方/乙方 (委托方/受托方) set out as such."""
    if title and _CONTRACT_TITLE.search(title.strip()):
        return True
    heads = {m.group(0).strip(" ：:")[:2] for p in paragraphs[:40] if (m := _PARTIES.match(p.text))}
    return bool({"甲方", "乙方"} <= heads or {"委托", "受托"} <= {h[:2] for h in heads})


def check(
    paragraphs: Sequence[Paragraph],
    title: str | None,
    kind: str,
    ruleset: RuleSet,
    skip: set[int],
) -> list[tuple[Rule, int, Msg]]:
    """(rule, paragraph, sentence) for each point of the checklist the contract misses or
    fails."""
    scoped = ruleset.scope("contract")
    kinds = {kind} | ({"research"} if _RESEARCH.search(title or "") else set())
    out: list[tuple[Rule, int, Msg]] = []
    body = [p for p in paragraphs if p.index not in skip]
    for rule in scoped:
        if rule.only_kinds and not kinds & set(rule.only_kinds):
            continue
        if rule.mode == "require":
            if not any(pat.search(p.text) for p in paragraphs for pat in rule.patterns):
                sentence = msg("hint.contract_missing", why=rule.reason(), label=rule.label())
                out.append((rule, 0, sentence))
        elif rule.mode == "flag":
            for p in body:
                for f in rules.scan_paragraph(p.text, [rule]):
                    out.append((rule, p.index, rules.why(rule, f.quote)))
        elif rule.id == rules.CONTRACT_AMOUNT_WORDS:
            for p in body:
                for figures, words in amounts.mismatches(p.text):
                    sentence = msg("hint.amount_mismatch", figures=figures, words=words)
                    out.append((rule, p.index, sentence))
    return out
