"""What a draft says about itself: title, 文号, drafting unit, dates, and review hints."""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

from workbench.documents import rules
from workbench.documents.cndates import (
    FULLWIDTH_DIGITS,
    cn_number,
    date_from_match,
    date_pattern,
    validity_end,
)
from workbench.documents.docno import find_doc_no, find_doc_nos, normalize_doc_no
from workbench.documents.reader import Paragraph, read_docx


@dataclass(frozen=True)
class Hint:
    """A paragraph worth a second look. ``paragraph`` is 0 for the document as a whole."""

    paragraph: int
    rule: str
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"paragraph": self.paragraph, "rule": self.rule, "text": self.text}


@dataclass(frozen=True)
class Inspection:
    """What :func:`inspect_docx` found. Dates are None when the document does not say."""

    title: str | None
    doc_no: str | None
    unit: str | None
    effective_on: dt.date | None
    valid_until: dt.date | None
    hints: tuple[Hint, ...]

    def to_json(self) -> dict[str, Any]:
        """The ``workbench inspect --json`` object: SPEC keys plus ``unit``."""
        return {
            "title": self.title,
            "doc_no": self.doc_no,
            "unit": self.unit,
            "effective_on": self.effective_on.isoformat() if self.effective_on else None,
            "valid_until": self.valid_until.isoformat() if self.valid_until else None,
            "hints": [h.to_json() for h in self.hints],
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


# --- dates -----------------------------------------------------------------------------------

_DOC_SELF = (
    r"本(?:办法|规定|细则|规则|通知|意见|决定|方案|制度|标准|指引|文件|条例|措施|规范|目录|清单|"
    r"公告|通告|实施办法|实施细则|实施意见|暂行办法|暂行规定|合同|协议)"
)
_EFFECTIVE_DATE = re.compile(
    rf"(?:自|从|于)?\s*{date_pattern()}\s*起?\s*(?:开始)?\s*"
    r"(?:施行|实施|执行|生效|试行)"
)
_EFFECTIVE_RELATIVE = re.compile(
    r"自[^，。；]{0,12}?之?日(?:起)?[^，。；]{0,10}?(?:施行|实施|执行|生效|试行)"
)
_VALID_RANGE = re.compile(
    rf"有效期限?(?:为|是)?\s*(?:自|从)?\s*{date_pattern('a')}\s*(?:起)?\s*(?:至|到|—|－|-|～|~)\s*"
    rf"{date_pattern('b')}"
)
_VALID_UNTIL = re.compile(rf"有效期限?(?:为|是)?\s*(?:截)?(?:至|到)\s*{date_pattern()}")
_VALID_SPAN = re.compile(
    r"有效期限?(?:为|是)?\s*(?P<n>\d+|[一二两三四五六七八九十]+)\s*(?P<unit>年|个月)"
)
_VALIDITY_WORD = re.compile(r"有效期")
_SENTENCE = re.compile(r"[^。；;！？!?]+[。；;！？!?]?")
_ARTICLE = re.compile(r"^\s*第[一二三四五六七八九十百零〇\d]+条\s*")


@dataclass(frozen=True)
class _Dates:
    effective_found: bool = False
    effective_on: dt.date | None = None
    validity_paragraph: int | None = None
    validity_quote: str | None = None
    valid_until: dt.date | None = None
    validity_months: int | None = None


def _sentences(text: str) -> list[str]:
    return [m.group() for m in _SENTENCE.finditer(text)]


def _about_this_document(sentence: str, pos: int) -> bool:
    """Whether the 施行/有效期 wording at ``pos`` speaks of this document, not of a cited one
    (``《…条例》自…起施行``) or of a licence (``许可证有效期为3年``)."""
    prefix = _ARTICLE.sub("", sentence[:pos]).strip(" ，,")
    if prefix.endswith("》"):
        return False
    return (
        not prefix
        or bool(re.search(_DOC_SELF, prefix))
        or bool(_EFFECTIVE_DATE.search(prefix) or _EFFECTIVE_RELATIVE.search(prefix))
    )


def _effective(paragraphs: Sequence[Paragraph]) -> tuple[bool, dt.date | None]:
    for p in reversed(paragraphs):
        text = p.text.translate(FULLWIDTH_DIGITS)
        for sentence in _sentences(text):
            for m in _EFFECTIVE_DATE.finditer(sentence):
                if (
                    _about_this_document(sentence, m.start())
                    and "有效期" not in sentence[max(0, m.start() - 6) : m.start()]
                ):
                    return True, date_from_match(m)
            for m in _EFFECTIVE_RELATIVE.finditer(sentence):
                if _about_this_document(sentence, m.start()):
                    return True, None
    return False, None


def _dates(paragraphs: Sequence[Paragraph]) -> _Dates:
    found, effective_on = _effective(paragraphs)
    for p in reversed(paragraphs):
        text = p.text.translate(FULLWIDTH_DIGITS)
        for sentence in _sentences(text):
            for word in _VALIDITY_WORD.finditer(sentence):
                if not _about_this_document(sentence, word.start()):
                    continue
                rest = sentence[word.start() :]
                quote = rules.clause_at(sentence, word.start(), word.end()).rstrip("。；;")
                r = _VALID_RANGE.match(rest)
                if r:
                    start = date_from_match(r, "a")
                    return _Dates(
                        effective_found=found or start is not None,
                        effective_on=effective_on or start,
                        validity_paragraph=p.index,
                        validity_quote=r.group(),
                        valid_until=date_from_match(r, "b"),
                    )
                u = _VALID_UNTIL.match(rest)
                if u:
                    return _Dates(found, effective_on, p.index, u.group(), date_from_match(u))
                s = _VALID_SPAN.match(rest)
                if s:
                    n = cn_number(s["n"]) or 0
                    months = n * 12 if s["unit"] == "年" else n
                    until = validity_end(effective_on, months) if effective_on and n else None
                    return _Dates(found, effective_on, p.index, s.group(), until, months)
                return _Dates(found, effective_on, p.index, quote)
    return _Dates(found, effective_on)


def _validity_months(d: _Dates) -> int | None:
    if d.validity_months is not None:
        return d.validity_months
    if d.effective_on and d.valid_until:
        months = (d.valid_until.year - d.effective_on.year) * 12
        months += d.valid_until.month - d.effective_on.month
        if validity_end(d.effective_on, months) < d.valid_until:
            months += 1
        return months
    return None


# --- putting it together ---------------------------------------------------------------------


def _repealed_hints(
    paragraphs: Sequence[Paragraph], repealed: set[str], own: int | None
) -> list[Hint]:
    hints: list[Hint] = []
    if not repealed:
        return hints
    for p in paragraphs:
        if p.index == own:
            continue
        for sentence in _sentences(p.text):
            for start, end, number in find_doc_nos(sentence):
                if number not in repealed:
                    continue
                if re.search(r"废止|失效|停止执行|不再执行", sentence[end:]):
                    continue  # this document repeals it: citing it is right
                raw = sentence[start:end]
                hints.append(
                    Hint(
                        p.index,
                        rules.REPEALED_REFERENCE,
                        f"引用的“{raw}”已被废止或失效，请核对是否仍应引用。",
                    )
                )
    return hints


def inspect_paragraphs(
    paragraphs: Sequence[Paragraph], *, repealed_doc_nos: Collection[str] = ()
) -> Inspection:
    """:func:`inspect_docx` on paragraphs already read."""
    title_parts = find_title(paragraphs)
    title = "".join(p.text for p in title_parts) or None
    own = _find_own_doc_no(paragraphs)
    skip = {p.index for p in title_parts} | ({own[0]} if own else set())

    hints: list[Hint] = []
    for p in paragraphs:
        if p.index in skip:
            continue
        for f in rules.scan_paragraph(p.text):
            hints.append(Hint(p.index, f.rule, rules.why(f.rule, f.quote)))

    repealed = {normalize_doc_no(n) for n in repealed_doc_nos if n and n.strip()}
    hints.extend(_repealed_hints(paragraphs, repealed, own[0] if own else None))

    d = _dates(paragraphs)
    if not d.effective_found:
        hints.append(
            Hint(
                0,
                rules.MISSING_EFFECTIVE,
                "文件没有写明施行日期（如“本办法自2024年1月1日起施行”）。",
            )
        )
    if d.validity_paragraph is None:
        hints.append(
            Hint(
                0,
                rules.MISSING_VALIDITY,
                "文件没有写明有效期，行政规范性文件应当载明有效期（一般不超过5年）。",
            )
        )
    provisional = re.search(r"暂行|试行", title or "")
    months = _validity_months(d)
    if provisional and months is not None and months > 24 and d.validity_paragraph is not None:
        hints.append(
            Hint(
                d.validity_paragraph,
                rules.PROVISIONAL_VALIDITY,
                f"标题含“{provisional.group()}”，但“{d.validity_quote}”超过2年，"
                "暂行、试行文件的有效期一般不超过2年。",
            )
        )
    order = {rule: i for i, rule in enumerate(rules.RULES)}
    hints.sort(key=lambda h: (h.paragraph, order.get(h.rule, 99)))
    return Inspection(
        title=title,
        doc_no=own[1] if own else None,
        unit=find_unit(paragraphs, title),
        effective_on=d.effective_on,
        valid_until=d.valid_until,
        hints=tuple(hints),
    )


def inspect_docx(
    path: str | os.PathLike[str], *, repealed_doc_nos: Collection[str] = ()
) -> Inspection:
    """Read a draft and report its title, 文号, drafting unit, dates and review hints.

    ``repealed_doc_nos`` are 文号 of repealed or expired documents (any bracket style); a draft
    citing one gets a ``repealed_reference`` hint. Raises :class:`DocumentError` for files that
    cannot be read safely.
    """
    return inspect_paragraphs(read_docx(path).paragraphs, repealed_doc_nos=repealed_doc_nos)
