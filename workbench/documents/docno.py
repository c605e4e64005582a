"""Document numbers (文号) such as ``辽科发〔2023〕16号``: finding them in text and normalising."""

from __future__ import annotations

from workbench.domain.docno import DOC_NO_PATTERN, compose_doc_no
from workbench.domain.docno import normalize_doc_no as normalize_doc_no

# Words that often stand right before a 文号 in running text but are not part of the issuer code.
_LEAD_WORDS = (
    "根据",
    "依据",
    "按照",
    "依照",
    "参照",
    "贯彻",
    "落实",
    "执行",
    "印发",
    "转发",
    "废止",
    "见",
    "即",
    "和",
    "及",
    "与",
    "原",
)


def _strip_lead(org: str) -> str:
    changed = True
    while changed and len(org) > 2:
        changed = False
        for word in _LEAD_WORDS:
            if org.startswith(word) and len(org) - len(word) >= 2:
                org = org[len(word) :]
                changed = True
    return org


def find_doc_nos(text: str) -> list[tuple[int, int, str]]:
    """Every 文号 in ``text`` as (start, end, normalised number), in order."""
    out: list[tuple[int, int, str]] = []
    for match in DOC_NO_PATTERN.finditer(text or ""):
        org = _strip_lead(match["org"])
        start = match.end("org") - len(org)
        out.append((start, match.end(), compose_doc_no(org, match["year"], match["num"])))
    return out


def find_doc_no(text: str) -> str | None:
    """The first 文号 in ``text``, normalised, or None."""
    found = find_doc_nos(text)
    return found[0][2] if found else None
