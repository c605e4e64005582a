"""The dates a draft gives itself: when it takes effect (施行) and until when it is valid."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from workbench.documents import rules
from workbench.documents.cndates import (
    FULLWIDTH_DIGITS,
    cn_number,
    date_from_match,
    date_pattern,
    validity_end,
)
from workbench.documents.reader import Paragraph

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
class Dates:
    effective_found: bool = False
    effective_on: dt.date | None = None
    validity_paragraph: int | None = None
    validity_quote: str | None = None
    valid_until: dt.date | None = None
    validity_months: int | None = None


def sentences(text: str) -> list[str]:
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
        for sentence in sentences(text):
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


def find_dates(paragraphs: Sequence[Paragraph]) -> Dates:
    found, effective_on = _effective(paragraphs)
    for p in reversed(paragraphs):
        text = p.text.translate(FULLWIDTH_DIGITS)
        for sentence in sentences(text):
            for word in _VALIDITY_WORD.finditer(sentence):
                if not _about_this_document(sentence, word.start()):
                    continue
                rest = sentence[word.start() :]
                quote = rules.clause_at(sentence, word.start(), word.end()).rstrip("。；;")
                r = _VALID_RANGE.match(rest)
                if r:
                    start = date_from_match(r, "a")
                    return Dates(
                        effective_found=found or start is not None,
                        effective_on=effective_on or start,
                        validity_paragraph=p.index,
                        validity_quote=r.group(),
                        valid_until=date_from_match(r, "b"),
                    )
                u = _VALID_UNTIL.match(rest)
                if u:
                    return Dates(found, effective_on, p.index, u.group(), date_from_match(u))
                s = _VALID_SPAN.match(rest)
                if s:
                    n = cn_number(s["n"]) or 0
                    months = n * 12 if s["unit"] == "年" else n
                    until = validity_end(effective_on, months) if effective_on and n else None
                    return Dates(found, effective_on, p.index, s.group(), until, months)
                return Dates(found, effective_on, p.index, quote)
    return Dates(found, effective_on)


def dates_in_text(text: str) -> Dates:
    """:func:`find_dates` on plain text, one paragraph a line (an attachment's stored text)."""
    lines = (line.strip() for line in text.splitlines())
    paragraphs = [
        Paragraph(i, line, "", False, False, False) for i, line in enumerate(filter(None, lines), 1)
    ]
    return find_dates(paragraphs)


def validity_months(d: Dates) -> int | None:
    if d.validity_months is not None:
        return d.validity_months
    if d.effective_on and d.valid_until:
        months = (d.valid_until.year - d.effective_on.year) * 12
        months += d.valid_until.month - d.effective_on.month
        if validity_end(d.effective_on, months) < d.valid_until:
            months += 1
        return months
    return None
