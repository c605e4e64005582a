"""The look of the yearly export workbook: the Chinese labels its cells show for codes (kind,
status, conclusion), and the fonts, fills and alignments its sheets share."""

from __future__ import annotations

from openpyxl.styles import Alignment, Font, PatternFill

from workbench.domain.kinds import KIND_INFO
from workbench.domain.opinions import CONCLUSION_LABELS
from workbench.domain.statuses import STATUS_LABELS
from workbench.reports.xlsx_write import BODY_FONT


class _Labels(dict[str, str]):
    """Code → Chinese label; an unknown code shows as itself."""

    def __missing__(self, key: str) -> str:
        return key


KIND_LABELS = _Labels({k.value: info.label_zh for k, info in KIND_INFO.items()})
STATUS_TEXT = _Labels({s.value: zh for s, (zh, _en) in STATUS_LABELS.items()})
CONCLUSION_TEXT = _Labels({c.value: zh for c, (zh, _en) in CONCLUSION_LABELS.items()})
LABELS_OF: dict[str, _Labels] = {
    "kind": KIND_LABELS,
    "status": STATUS_TEXT,
    "conclusion": CONCLUSION_TEXT,
}

TITLE_FONT = Font(name=BODY_FONT, bold=True, size=16)
SECTION_FONT = Font(name=BODY_FONT, bold=True, size=12)
NOTE_FONT = Font(name=BODY_FONT, size=10, color="595959")
BOLD = Font(name=BODY_FONT, size=11, bold=True)
TOTAL_FILL = PatternFill("solid", fgColor="F2F2F2")
WRAP_TOP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center")
PERCENT = "0.0%"
