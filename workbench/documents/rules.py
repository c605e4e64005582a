"""Applying the review-hint rules of :mod:`workbench.documents.ruleset` to a paragraph.

Each rule's patterns look for how a draft *sets* a measure (``处1万元以下罚款``, ``须经…批准``),
not for the words alone. A measure the same clause forbids (``不得收取任何费用``,
``不得要求企业缴纳保证金``, ``无需另行提交证明材料``) is not flagged, nor one that a sentence
attributes to a law, administrative regulation, local regulation or rule cited by name
(``依照《中华人民共和国行政处罚法》第X条``, ``《…条例》``, a rule with its 令 number,
``依照有关法律、法规的规定``). ``依法`` alone, ``本办法`` or another normative document
(``《…管理办法》``, ``…的通知``) is no such citation. Hints help the counsel; they are not verdicts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from types import MappingProxyType

from workbench.documents.ruleset import Rule, default_rules
from workbench.domain.messages import Msg, msg

LICENCE = "licence"
PENALTY = "penalty"
COMPULSORY = "compulsory"
FEE = "fee"
RIGHTS_DUTIES = "rights_duties"
MISSING_EFFECTIVE = "missing_effective"
MISSING_VALIDITY = "missing_validity"
PROVISIONAL_VALIDITY = "provisional_validity"
REPEALED_REFERENCE = "repealed_reference"
CONTRACT_AMOUNT_WORDS = "contract_amount_words"

_BUILTIN = default_rules(())
RULES: tuple[str, ...] = tuple(r.id for r in _BUILTIN.rules)
RULE_LABELS = MappingProxyType({r.id: r.label_zh for r in _BUILTIN.rules})

# A citation of a law (《…法》, not 《…办法》), a regulation (《…条例》 and its 实施细则), a rule
# cited with its 令 number, or the words 法律、法规、规章 as the source of the measure.
_LAW_TITLE = (
    r"《[^《》]{1,60}?(?:(?<!办)法|条例|(?<!办)法实施细则|(?<!办)法实施办法|条例实施细则|"
    r"条例实施办法)》"
)
_RULE_WITH_ORDER = r"《[^《》]{1,60}?》\s*[（(][^（）()]{0,30}?令[^（）()]{0,16}?号[）)]"
_SOURCE = r"(?:法律|行政法规|地方性法规|法规|规章)"
_LAW_WORDS = rf"(?:有关|相关)?{_SOURCE}(?:[、和及或]{{1,2}}{_SOURCE})*(?:的)?(?:有关|相关)?规定"
_RESTATES = re.compile(
    rf"(?:依照|依据|按照|根据|适用)[^。；;]{{0,30}}?(?:{_LAW_TITLE}|{_RULE_WITH_ORDER}|{_LAW_WORDS})"
)
_NEGATED = re.compile(r"(?:不得|不|免|禁止|严禁|无需|无须|不需|不再|取消|停止|杜绝|拒绝)$")
# A prohibition earlier in the same clause governs the measure ("不得要求……缴纳保证金"), unless a
# 的 closes it into a condition ("不按期缴纳的").
_FORBIDS = re.compile(r"(?:不得|严禁|禁止|不再|无需|无须|不需|免于|免予|不应|不能)[^的]{0,16}$")
_SENTENCE = re.compile(r"[^。；;！？!?]+[。；;！？!?]?")
_CLAUSE_END = "，,。；;：:！？!?"
_ARTICLE_NO = re.compile(r"^\s*第[一二三四五六七八九十百零〇\d]+条\s*")


@dataclass(frozen=True)
class Found:
    """A flagged wording: the rule, and the words to quote."""

    rule: Rule
    quote: str


def _inside_book_title(text: str, pos: int) -> bool:
    before = text[:pos]
    return before.rfind("《") > before.rfind("》")


def clause_at(text: str, start: int, end: int, limit: int = 60) -> str:
    """The clause (between commas or stops) around ``text[start:end]``, shortened to ``limit``."""
    left = start
    while left > 0 and text[left - 1] not in _CLAUSE_END:
        left -= 1
    right = end
    while right < len(text) and text[right] not in _CLAUSE_END:
        right += 1
    if end - left < 6 and left > 0:  # too short to make sense alone: take the clause before
        left -= 1
        while left > 0 and text[left - 1] not in _CLAUSE_END:
            left -= 1
    quote = _ARTICLE_NO.sub("", text[left:right]).strip(" ，,")
    if len(quote) > limit:
        keep = max(end - start, limit)
        quote = text[start : start + keep].strip() + "…"
    return quote


def restates_higher_law(sentence: str) -> bool:
    """Whether ``sentence`` attributes its measure to a law, regulation or rule cited by name."""
    return bool(_RESTATES.search(sentence))


def scan_paragraph(text: str, rules: Sequence[Rule] | None = None) -> list[Found]:
    """The ``flag`` rules ``text`` triggers, one finding per rule, in rule order.

    A rule is not reported for a sentence that one of its ``superseded_by`` rules flags."""
    if rules is None:
        rules = default_rules().scope("normative")
    flagging = [rule for rule in rules if rule.mode == "flag"]
    sentences = [(m.start(), m.group()) for m in _SENTENCE.finditer(text)]
    restated = [restates_higher_law(s) for _, s in sentences]
    hits = {rule.id: _hits(text, sentences, restated, rule) for rule in flagging}
    found: list[Found] = []
    for rule in flagging:
        for i, span in hits[rule.id].items():
            if any(i in hits.get(other, {}) for other in rule.superseded_by):
                continue
            found.append(Found(rule, clause_at(text, *span)))
            break
    return found


def _hits(
    text: str, sentences: list[tuple[int, str]], restated: list[bool], rule: Rule
) -> dict[int, tuple[int, int]]:
    """For each sentence (by index) the rule flags, the first span it flags, in order."""
    out: dict[int, tuple[int, int]] = {}
    for i, ((offset, sentence), restates) in enumerate(zip(sentences, restated, strict=True)):
        if rule.restatement and restates:
            continue
        if any(e.search(sentence) for e in rule.exemptions):
            continue
        best: tuple[int, int] | None = None
        for pattern in rule.patterns:
            for m in pattern.finditer(sentence):
                start = offset + m.start()
                if _inside_book_title(text, start) or _negated(text, start):
                    continue
                if best is None or start < best[0]:
                    best = (start, offset + m.end())
                break
        if best is not None:
            out[i] = best
    return out


def _negated(text: str, start: int) -> bool:
    """Whether the words before ``start`` deny or forbid what follows."""
    if _NEGATED.search(text[max(0, start - 4) : start]):
        return True
    left = start
    while left > 0 and text[left - 1] not in _CLAUSE_END:
        left -= 1
    return bool(_FORBIDS.search(text[left:start]))


def why(rule: Rule, quote: str) -> Msg:
    """One sentence saying why the quoted words are flagged; the words stay as quoted."""
    return msg("hint.flagged", quote=quote, why=rule.reason())
