"""The opinion editor's state and the record of issued opinions (for the 意见 tab)."""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any

from workbench.domain.opinions import Conclusion
from workbench.services.views import OpinionView
from workbench.ui import labels


@dataclass(frozen=True)
class Draft:
    """What the opinion editor holds."""

    conclusion: str
    text: str
    basis: str
    defects: tuple[str, ...]

    @classmethod
    def from_payload(cls, payload: Any) -> Draft:
        """The editor's state from a stored draft (anything missing or odd: the default)."""
        defects = payload.get("defects")
        return cls(
            str(payload.get("conclusion") or Conclusion.APPROVE.value),
            str(payload.get("text") or ""),
            str(payload.get("basis") or ""),
            tuple(str(d) for d in defects) if isinstance(defects, list) else (),
        )


EMPTY = Draft(Conclusion.APPROVE.value, "", "", ())


def opinions_html(
    opinions: tuple[OpinionView, ...],
    tr_superseded: str,
    tr_basis: str,
    tr_defects: str,
    tr_counsel: str = "Counsel:",
    tr_issued_by: str = "Issued by:",
) -> str:
    parts: list[str] = []
    for op in reversed(opinions):
        head = (
            f"<b>#{op.revision} · {html.escape(labels.conclusion_label(op.conclusion))}</b>"
            f" — {op.issued_on.isoformat()} · {html.escape(tr_counsel)} {html.escape(op.counsel)}"
        )
        if op.issued_by:  # who issued it, which need not be the counsel assigned
            head += f" · {html.escape(tr_issued_by)} {html.escape(op.issued_by)}"
        style = "color:#757575;" if op.superseded else ""
        if op.superseded:
            head += f" <i>({html.escape(tr_superseded)})</i>"
        body = html.escape(op.text).replace("\n", "<br>")
        extra = ""
        if op.basis:
            extra += f"<br><b>{html.escape(tr_basis)}</b> {html.escape(op.basis)}"
        if op.defects:
            flags = labels.list_separator().join(labels.defect_label(d) for d in op.defects)
            extra += f"<br><b>{html.escape(tr_defects)}</b> {html.escape(flags)}"
        parts.append(f"<div style='{style} margin-bottom:12px'>{head}<br>{body}{extra}</div>")
    return "".join(parts)
