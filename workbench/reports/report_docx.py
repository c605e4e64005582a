"""The report paragraph as a Word document, set the way a 公文 body is: 仿宋, 三号 (16 pt),
two-character first-line indent, 28 pt fixed line spacing."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Sequence
from pathlib import Path

from docx import Document
from docx.enum.text import WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.shared import Pt

from workbench.reports.files import check_target, replace_atomically, temp_beside

BODY_FONT = "仿宋"
BODY_SIZE = Pt(16)
LINE_SPACING = Pt(28)


def _set_font(run_or_style_font: object, rpr: object) -> None:
    font = run_or_style_font
    font.name = BODY_FONT  # type: ignore[attr-defined]
    font.size = BODY_SIZE  # type: ignore[attr-defined]
    rfonts = rpr.get_or_add_rFonts()  # type: ignore[attr-defined]
    rfonts.set(qn("w:eastAsia"), BODY_FONT)


def write_paragraphs_docx(path: Path, paragraphs: Sequence[str]) -> None:
    """Write ``paragraphs`` to ``path`` (.docx), atomically."""
    target = check_target(path)
    doc = Document()
    normal = doc.styles["Normal"]
    _set_font(normal.font, normal.element.get_or_add_rPr())
    for text in paragraphs:
        para = doc.add_paragraph()
        fmt = para.paragraph_format
        fmt.first_line_indent = Pt(32)
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = LINE_SPACING
        fmt.space_before = Pt(0)
        fmt.space_after = Pt(0)
        run = para.add_run(text)
        _set_font(run.font, run._element.get_or_add_rPr())
    tmp = temp_beside(target)
    try:
        doc.save(str(tmp))
        replace_atomically(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.remove(tmp)
        raise
