"""Document numbers (文号) such as ``辽科发〔2023〕16号``, compared after normalisation."""

from __future__ import annotations

import re
import unicodedata

_OPEN = "〔[【(（［｛{〖"
_CLOSE = "〕]】)）］｝}〗"
_BRACKETED_YEAR = re.compile(rf"[{re.escape(_OPEN)}]\s*(\d{{4}})\s*[{re.escape(_CLOSE)}]")


def normalize_doc_no(text: str) -> str:
    """Half-width digits, no spaces, and the year always in 〔〕: ``辽科发〔2023〕16号``."""
    if not text:
        return ""
    out = []
    for ch in text:
        if ch.isdigit():
            out.append(str(unicodedata.digit(ch, 0)) if not ch.isascii() else ch)
        elif not ch.isspace():
            out.append(ch)
    return _BRACKETED_YEAR.sub(r"〔\1〕", "".join(out))
