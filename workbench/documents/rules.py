"""The wording patterns behind the review hints of :func:`inspect_docx`.

Each pattern looks for how a draft *sets* a measure (``处1万元以下罚款``, ``须经…批准``), not for
the words alone, and a sentence that only restates a higher law (``依照《…条例》…``, ``依法…``)
or forbids the measure (``不得收取任何费用``) is not flagged. Hints help the counsel; they are
not verdicts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from types import MappingProxyType

LICENCE = "licence"
PENALTY = "penalty"
COMPULSORY = "compulsory"
FEE = "fee"
RIGHTS_DUTIES = "rights_duties"
MISSING_EFFECTIVE = "missing_effective"
MISSING_VALIDITY = "missing_validity"
PROVISIONAL_VALIDITY = "provisional_validity"
REPEALED_REFERENCE = "repealed_reference"

RULES: tuple[str, ...] = (
    LICENCE,
    PENALTY,
    COMPULSORY,
    FEE,
    RIGHTS_DUTIES,
    MISSING_EFFECTIVE,
    MISSING_VALIDITY,
    PROVISIONAL_VALIDITY,
    REPEALED_REFERENCE,
)

RULE_LABELS = MappingProxyType(
    {
        LICENCE: "设定行政许可",
        PENALTY: "设定行政处罚",
        COMPULSORY: "设定行政强制",
        FEE: "设定收费",
        RIGHTS_DUTIES: "减损权利或增加义务",
        MISSING_EFFECTIVE: "缺少施行日期",
        MISSING_VALIDITY: "缺少有效期",
        PROVISIONAL_VALIDITY: "暂行、试行文件有效期超过2年",
        REPEALED_REFERENCE: "引用已废止文件",
    }
)

_C = r"[^，,。；;：:！？]"  # a character inside one clause

_PATTERNS: dict[str, tuple[str, ...]] = {
    LICENCE: (
        rf"(?:须|需|必须|应当|应)(?:报|先)?经{_C}{{0,20}}?(?:批准|许可|审批|核准)",
        rf"未经{_C}{{0,20}}?(?:批准|许可|审批|核准)",
        rf"(?:须|需|必须|应当|应)(?:先|依法)?(?:取得|办理|申领|领取){_C}{{0,20}}?"
        r"(?:许可证|许可|批准文件|资质证书|资格证书|执照|准入证|核准文件)",
        rf"实行{_C}{{0,12}}?(?:审批|许可|核准)(?:制度|管理)?",
        rf"(?:报|经){_C}{{0,15}}?(?:批准|审批|核准)后(?:方可|方能|才能|才可)",
    ),
    PENALTY: (
        rf"处{_C}{{0,16}}?元{_C}{{0,16}}?罚款",
        rf"(?:并处|处以|处|给予|予以){_C}{{0,6}}?罚款",
        r"罚款",
        rf"没收{_C}{{0,10}}",
        rf"吊销{_C}{{0,12}}",
        rf"暂扣{_C}{{0,10}}",
        r"责令停产停业|责令关闭|责令停业整顿|降低资质等级|限制从业|行政拘留|给予警告|予以警告",
    ),
    COMPULSORY: (
        r"查封|扣押|强制执行|强制划拨|代履行|加处罚款|滞纳金",
        rf"冻结{_C}{{0,8}}?(?:存款|汇款|账户|资金|财产)|冻结",
    ),
    FEE: (
        rf"(?:收取|征收|收缴|计收){_C}{{0,15}}?费",
        r"收费",
        rf"(?:缴纳|交纳){_C}{{0,12}}?(?:费|保证金|押金)",
    ),
    RIGHTS_DUTIES: (
        rf"取消{_C}{{0,15}}?资格",
        rf"(?:暂停|停止){_C}{{0,8}}?(?:申报|申请|承担){_C}{{0,4}}?资格",
        rf"(?:[一二两三四五六七八九十\d]+年内|终身|永久|期限内|期间内){_C}{{0,6}}?不得"
        r"(?:申报|申请|参加|参与|承担|享受|获得|从事|进入)",
        r"(?<=的，)[^。；;]{0,20}?不得(?:申报|申请|参加|参与|承担|享受|获得|从事|进入)",
        rf"限制{_C}{{0,12}}?(?:申报|申请|参与|参加|从事|享受|进入|承担|资格|经营)",
        rf"(?:企业|公民|法人|个人|申请人|申报单位|承担单位|其他组织|经营者){_C}{{0,8}}?"
        rf"(?:应当|须|必须|需){_C}{{0,20}}?(?:缴纳|交纳|缴存|预缴|提供担保)",
        rf"列入{_C}{{0,10}}?(?:黑名单|失信|不良信用|不良记录)",
    ),
}
COMPILED = MappingProxyType(
    {rule: tuple(re.compile(p) for p in pats) for rule, pats in _PATTERNS.items()}
)

_WHY = MappingProxyType(
    {
        LICENCE: "可能设定了行政许可，行政规范性文件不得设定行政许可",
        PENALTY: "可能设定了行政处罚，行政规范性文件不得设定行政处罚",
        COMPULSORY: "可能设定了行政强制措施，行政规范性文件不得设定行政强制",
        FEE: "可能设定了收费事项，行政规范性文件不得违法设定收费",
        RIGHTS_DUTIES: (
            "可能减损公民、法人和其他组织的合法权益或者增加其义务，请核对是否有法律、法规、规章依据"
        ),
    }
)

# A sentence that attributes the measure to a higher law restates it rather than sets it.
_RESTATES = re.compile(
    r"依法|(?:依照|依据|按照|根据|参照|由)[^。；;]{0,30}?"
    r"(?:法律|法规|规章|《[^》]*(?:法|条例|规定|办法|决定)》|有关规定|国家规定|相关规定)"
)
_NEGATED = re.compile(r"(?:不得|不|免|禁止|严禁|无需|无须|不需|不再|取消|停止|杜绝|拒绝)$")
_SENTENCE = re.compile(r"[^。；;！？!?]+[。；;！？!?]?")
_CLAUSE_END = "，,。；;：:！？!?"
_ARTICLE_NO = re.compile(r"^\s*第[一二三四五六七八九十百零〇\d]+条\s*")


@dataclass(frozen=True)
class Found:
    """A flagged wording: the rule, and the words to quote."""

    rule: str
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


def scan_paragraph(text: str) -> list[Found]:
    """The content rules ``text`` triggers, one finding per rule, in rule order."""
    found: list[Found] = []
    sentences = [(m.start(), m.group()) for m in _SENTENCE.finditer(text)]
    for rule, patterns in COMPILED.items():
        hit = _first_hit(text, sentences, patterns)
        if hit is not None:
            found.append(Found(rule, clause_at(text, *hit)))
    return found


def _first_hit(
    text: str, sentences: list[tuple[int, str]], patterns: tuple[re.Pattern[str], ...]
) -> tuple[int, int] | None:
    for offset, sentence in sentences:
        if _RESTATES.search(sentence):
            continue
        best: tuple[int, int] | None = None
        for pattern in patterns:
            for m in pattern.finditer(sentence):
                start = offset + m.start()
                if _inside_book_title(text, start):
                    continue
                if _NEGATED.search(text[max(0, start - 4) : start]):
                    continue
                if best is None or start < best[0]:
                    best = (start, offset + m.end())
                break
        if best is not None:
            return best
    return None


def why(rule: str, quote: str) -> str:
    """One sentence saying why the quoted words are flagged."""
    return f"“{quote}”{_WHY[rule]}。"
