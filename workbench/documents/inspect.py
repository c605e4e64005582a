"""What a draft says about itself: title, 文号, drafting unit, dates, and review hints."""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

from workbench.documents import contract_check, rules
from workbench.documents.cndates import FULLWIDTH_DIGITS, date_pattern
from workbench.documents.docdates import find_dates, sentences, validity_months
from workbench.documents.docno import find_doc_no, find_doc_nos, normalize_doc_no
from workbench.documents.reader import Paragraph, read_docx
from workbench.documents.ruleset import Rule, RuleSet, default_rules
from workbench.domain.messages import Msg, Term, language, msg


@dataclass(frozen=True)
class Hint:
    """A paragraph worth a second look. ``paragraph`` is 0 for the document as a whole.

    The sentence is kept in both languages: :attr:`text` is the interface's language (the list
    of hints), ``text_zh`` what goes into an opinion, a Chinese official document, whatever the
    interface's language. ``text_en`` is the Chinese too when the rule's file gives no English.
    ``basis`` is the legal text, Chinese in both.
    """

    paragraph: int
    rule: str
    text_zh: str
    basis: str = ""
    flag: str = ""
    text_en: str = ""

    @property
    def text(self) -> str:
        """The sentence in the current language (:func:`workbench.domain.messages.language`)."""
        return self.text_en if language() == "en" and self.text_en else self.text_zh

    def to_json(self) -> dict[str, Any]:
        """``text`` is the Chinese, whatever the locale (machine-readable output is
        language-neutral); ``text_en`` the English."""
        return {
            "paragraph": self.paragraph,
            "rule": self.rule,
            "text": self.text_zh,
            "basis": self.basis,
            "flag": self.flag,
            "text_en": self.text_en or self.text_zh,
        }


@dataclass(frozen=True)
class Inspection:
    """What :func:`inspect_docx` found. Dates are None when the document does not say."""

    title: str | None
    doc_no: str | None
    unit: str | None
    effective_on: dt.date | None
    valid_until: dt.date | None
    hints: tuple[Hint, ...]
    kind: str = "normative"
    contract: bool = False
    rule_errors: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """The ``workbench inspect --json`` object: the keys of docs/RULES.md §8 plus ``unit``,
        ``kind`` and ``contract``."""
        return {
            "title": self.title,
            "doc_no": self.doc_no,
            "unit": self.unit,
            "effective_on": self.effective_on.isoformat() if self.effective_on else None,
            "valid_until": self.valid_until.isoformat() if self.valid_until else None,
            "hints": [h.to_json() for h in self.hints],
            "kind": self.kind,
            "contract": self.contract,
        }


# --- head of the document: title, 文号, unit -------------------------------------------------

_BODY_START = re.compile(
    r"^(?:第[一二三四五六七八九十百零〇\d]+[条章节]|[一二三四五六七八九十]+、|总\s*则$)"
)
_SECRET = re.compile(r"^(?:绝密|机密|秘密|内部|特急|加急|特提|平急)|★")
_ATTACHMENT = re.compile(r"^附\s*件\s*[\d一二三四五六七八九十]*\s*[：:]?\s*$")
_QUALIFIER = re.compile(r"^[（(][^）)]{0,12}(?:稿|草案|试行|暂行)[）)]$")
_ORGAN_SUFFIX = (
    r"(?:人民政府|办公厅|办公室|委员会|厅|局|委|部|院|署|中心|处|所|会|站|馆|集团|公司|大学|学院)"
)
_ORGAN = rf"[\u4e00-\u9fff（）()]{{2,40}}?{_ORGAN_SUFFIX}"
_HEADER_ORGAN = re.compile(rf"^({_ORGAN})(?:文件|公文)$")
_TITLE_ORGAN = re.compile(
    r"^(.{2,30}?(?:人民政府|办公厅|办公室|委员会|厅|局|委|部|院|署|中心))(?:关于|印发)"
)
_UNIT_LABEL = re.compile(r"^(?:起草单位|制定机关|发文机关|送审单位|起草部门)\s*[：:]\s*(.{2,40})$")
_DATE_LINE = re.compile(rf"^[（(]?{date_pattern()}[）)]?(?:印发)?$")
_ORGAN_AND_DATE = re.compile(rf"^({_ORGAN})\s+{date_pattern()}$")
_TITLE_WORDS = re.compile(
    r"(?:办法|规定|细则|规则|通知|意见|决定|方案|标准|指引|清单|目录|公告|通告|措施|制度|规范|"
    r"合同|协议|条例|规划|纲要|批复|报告)(?:[（(][^）)]*[）)])?$"
)


def _is_doc_no_line(text: str) -> bool:
    found = find_doc_nos(text)
    if not found:
        return False
    rest = text[: found[0][0]] + text[found[0][1] :]
    return len(rest.strip()) <= 12 or "签发人" in rest


def _skip_for_title(p: Paragraph) -> bool:
    t = p.text
    return bool(
        _is_doc_no_line(t)
        or _SECRET.search(t)
        or _ATTACHMENT.match(t)
        or _QUALIFIER.match(t)
        or _HEADER_ORGAN.match(t)
        or _DATE_LINE.match(t.translate(FULLWIDTH_DIGITS))
        or t.startswith(("签发人", "主送", "抄送", "发文"))
        or t.endswith(("：", ":"))
        or len(t) > 100
    )


def _head(paragraphs: Sequence[Paragraph]) -> list[Paragraph]:
    head: list[Paragraph] = []
    for p in paragraphs[:15]:
        if _BODY_START.match(p.text):
            break
        head.append(p)
    return head


def _score(p: Paragraph) -> int:
    style = p.style.lower()
    return (
        (1 if p.centered else 0)
        + (1 if p.bold else 0)
        + (2 if p.size_pt is not None and p.size_pt >= 18 else 0)
        + (2 if "title" in style or "标题" in style or "heading" in style else 0)
    )


def _same_look(a: Paragraph, b: Paragraph) -> bool:
    return (a.centered, a.bold, a.size_pt, a.style) == (b.centered, b.bold, b.size_pt, b.style)


def find_title(paragraphs: Sequence[Paragraph]) -> list[Paragraph]:
    """The paragraph(s) making up the title: the most heading-like one before the body starts,
    joined with the next when a long title is set on two lines."""
    head = [p for p in _head(paragraphs) if not p.in_table]
    candidates = [p for p in head if not _skip_for_title(p)]
    if not candidates:
        return []
    best = max(_score(p) for p in candidates)
    if best == 0:
        plain = [p for p in candidates if _TITLE_WORDS.search(p.text) and not p.text.endswith("。")]
        return plain[:1]
    first = next(p for p in candidates if _score(p) == best)
    parts = [first]
    position = head.index(first)
    if position + 1 < len(head):
        nxt = head[position + 1]
        if (
            not _TITLE_WORDS.search(first.text)
            and _same_look(first, nxt)
            and not _skip_for_title(nxt)
            and _TITLE_WORDS.search(nxt.text)
        ):
            parts.append(nxt)
    return parts


def _find_own_doc_no(paragraphs: Sequence[Paragraph]) -> tuple[int, str] | None:
    for p in _head(paragraphs):
        if _is_doc_no_line(p.text):
            found = find_doc_no(p.text)
            if found:
                return p.index, found
    return None


def _organ(text: str) -> str | None:
    text = text.strip()
    if len(text) <= 40 and re.fullmatch(_ORGAN, text):
        return text
    return None


def find_unit(paragraphs: Sequence[Paragraph], title: str | None) -> str | None:
    """The drafting or issuing organ, from a 起草单位 line, the signature, the red header or the
    title (``辽宁省科学技术厅关于…``); None when the draft does not say."""
    for p in paragraphs:
        m = _UNIT_LABEL.match(p.text)
        if m and _organ(m.group(1)):
            return m.group(1).strip()
    tail = list(paragraphs[-12:])
    for i in range(len(tail) - 1, -1, -1):
        text = tail[i].text.translate(FULLWIDTH_DIGITS)
        m = _ORGAN_AND_DATE.match(text)
        if m:
            return m.group(1)
        if _DATE_LINE.match(text) and i > 0:
            organ = _organ(tail[i - 1].text)
            if organ:
                return organ
    for p in paragraphs[:3]:
        m = _HEADER_ORGAN.match(p.text)
        if m:
            return m.group(1)
    if title:
        m = _TITLE_ORGAN.match(title)
        if m:
            return m.group(1)
    return None


# --- putting it together ---------------------------------------------------------------------

CONTRACT_KINDS = frozenset(
    {"service_contract", "project_contract", "cooperation_agreement", "other_contract"}
)


def hint_for(rule: Rule | None, paragraph: int, rule_id: str, sentence: Msg) -> Hint:
    """A hint saying ``sentence`` in both languages, with its rule's basis and defect flag (none
    when the rule is unknown). A sentence made with words its rules file gives in Chinese only
    (an office's ``why`` as a plain string) stays wholly Chinese in English too, rather than
    mixing the two."""
    zh = sentence.in_language("zh")
    english = all(v.en for v in sentence.params.values() if isinstance(v, Term))
    en = sentence.in_language("en") if english else zh
    if rule is None:
        return Hint(paragraph, rule_id, zh, text_en=en)
    return Hint(paragraph, rule_id, zh, rule.basis_text(), rule.flag, en)


def _repealed_hints(
    paragraphs: Sequence[Paragraph], repealed: set[str], own: int | None, rule: Rule | None
) -> list[Hint]:
    hints: list[Hint] = []
    if not repealed:
        return hints
    for p in paragraphs:
        if p.index == own:
            continue
        for sentence in sentences(p.text):
            for start, end, number in find_doc_nos(sentence):
                if number not in repealed:
                    continue
                if re.search(r"废止|失效|停止执行|不再执行", sentence[end:]):
                    continue  # this document repeals it: citing it is right
                said = msg("hint.repealed_reference", doc_no=sentence[start:end])
                hints.append(hint_for(rule, p.index, rules.REPEALED_REFERENCE, said))
    return hints


def _normative_hints(
    paragraphs: Sequence[Paragraph], ruleset: RuleSet, title: str | None, skip: set[int]
) -> list[Hint]:
    scoped = ruleset.scope("normative")
    in_title = [r for r in scoped if r.id == "internal_office"]
    hints: list[Hint] = []
    for p in paragraphs:
        for f in rules.scan_paragraph(p.text, in_title if p.index in skip else scoped):
            hints.append(hint_for(f.rule, p.index, f.rule.id, rules.why(f.rule, f.quote)))
    d = find_dates(paragraphs)
    if not d.effective_found:
        rule = ruleset.get(rules.MISSING_EFFECTIVE)
        said = msg("hint.missing_effective", example="本办法自2024年1月1日起施行")
        hints.append(hint_for(rule, 0, rules.MISSING_EFFECTIVE, said))
    if d.validity_paragraph is None:
        rule = ruleset.get(rules.MISSING_VALIDITY)
        said = msg("hint.missing_validity")
        hints.append(hint_for(rule, 0, rules.MISSING_VALIDITY, said))
    provisional = re.search(r"暂行|试行", title or "")
    months = validity_months(d)
    if provisional and months is not None and months > 24 and d.validity_paragraph is not None:
        rule = ruleset.get(rules.PROVISIONAL_VALIDITY)
        said = msg("hint.provisional_validity", word=provisional.group(), quote=d.validity_quote)
        hints.append(hint_for(rule, d.validity_paragraph, rules.PROVISIONAL_VALIDITY, said))
    return hints


def inspect_paragraphs(
    paragraphs: Sequence[Paragraph],
    *,
    repealed_doc_nos: Collection[str] = (),
    kind: str | None = None,
    ruleset: RuleSet | None = None,
) -> Inspection:
    """:func:`inspect_docx` on paragraphs already read."""
    ruleset = ruleset if ruleset is not None else default_rules()
    title_parts = find_title(paragraphs)
    title = "".join(p.text for p in title_parts) or None
    own = _find_own_doc_no(paragraphs)
    skip = {p.index for p in title_parts} | ({own[0]} if own else set())
    if kind is None:
        is_contract = contract_check.looks_like_contract(title, paragraphs)
        kind = "other_contract" if is_contract else "normative"
    else:
        is_contract = kind in CONTRACT_KINDS

    if is_contract:
        hints = [
            hint_for(r, n, r.id, said)
            for r, n, said in contract_check.check(paragraphs, title, kind, ruleset, skip)
        ]
    else:
        hints = _normative_hints(paragraphs, ruleset, title, skip)
    repealed = {normalize_doc_no(n) for n in repealed_doc_nos if n and n.strip()}
    hints.extend(
        _repealed_hints(
            paragraphs, repealed, own[0] if own else None, ruleset.get(rules.REPEALED_REFERENCE)
        )
    )
    d = find_dates(paragraphs)
    order = {r.id: i for i, r in enumerate(ruleset.rules)}
    hints.sort(key=lambda h: (h.paragraph, order.get(h.rule, 99)))
    return Inspection(
        title=title,
        doc_no=own[1] if own else None,
        unit=find_unit(paragraphs, title),
        effective_on=d.effective_on,
        valid_until=d.valid_until,
        hints=tuple(hints),
        kind=kind,
        contract=is_contract,
        rule_errors=tuple(str(e) for e in ruleset.errors),
    )


def inspect_docx(
    path: str | os.PathLike[str],
    *,
    repealed_doc_nos: Collection[str] = (),
    kind: str | None = None,
    ruleset: RuleSet | None = None,
) -> Inspection:
    """Read a draft and report its title, 文号, drafting unit, dates and review hints.

    ``kind`` (a kind code) decides between the normative-document checks and the contract
    checklist; None recognises a contract from its content (a title ending in 合同/协议/协议书,
    parties 甲方/乙方 or 委托方/受托方). ``repealed_doc_nos`` are 文号 of repealed or expired
    documents (any bracket style); a draft citing one gets a ``repealed_reference`` hint.
    ``ruleset`` defaults to the built-in rules plus the office's. Raises
    :class:`DocumentError` for files that cannot be read safely.
    """
    return inspect_paragraphs(
        read_docx(path).paragraphs, repealed_doc_nos=repealed_doc_nos, kind=kind, ruleset=ruleset
    )
