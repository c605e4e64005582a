"""Document numbers (文号) such as ``辽科发〔2023〕16号``, compared after normalisation."""

from __future__ import annotations

import re

_OPEN = "〔[【(（［｛{〖﹝"
_CLOSE = "〕]】)）］｝}〗﹞"
_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
DOC_NO_PATTERN = re.compile(
    r"(?P<org>[\u4e00-\u9fff]{1,16})\s*"
    rf"[{re.escape(_OPEN)}]\s*(?P<year>[12１２][0-9０-９]{{3}})\s*[{re.escape(_CLOSE)}]\s*"
    r"第?\s*(?P<num>[0-9０-９]{1,5})\s*号"
)


def compose_doc_no(org: str, year: str, num: str) -> str:
    number = num.translate(_DIGITS).lstrip("0") or "0"
    return f"{org}〔{year.translate(_DIGITS)}〕{number}号"


def normalize_doc_no(s: str) -> str:
    """The canonical spelling: year in 〔〕, half-width digits, no spaces, no 第, no leading zeros.

    ``辽科发[2023]16号``, ``辽科发（２０２３）第016号`` and ``辽科发 〔2023〕 16 号`` all
    become ``辽科发〔2023〕16号``. Text that is not a 文号 is returned with only spaces removed,
    brackets unified and digits made half-width, so comparisons still work on odd numbers.
    """
    compact = re.sub(r"\s+", "", s or "").translate(_DIGITS)
    match = DOC_NO_PATTERN.fullmatch(compact)
    if match:
        return compose_doc_no(match["org"], match["year"], match["num"])
    return re.sub(rf"[{re.escape(_OPEN)}](\d{{4}})[{re.escape(_CLOSE)}]", r"〔\1〕", compact)
