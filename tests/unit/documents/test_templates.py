"""The committed default templates: official-document layout, and in step with the builder."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml.ns import qn

from workbench.documents import default_filing_template, default_letter_template
from workbench.documents.template_builder import build_default_templates

TEMPLATES = [default_letter_template, default_filing_template]


def _content(path: Path) -> dict[str, Any]:
    """Texts, styles and page setup: what must not drift between the builder and the files."""
    doc = Document(str(path))
    section = doc.sections[0]
    footers = [section.footer, section.even_page_footer]
    return {
        "body": [(p.style.name, p.text) for p in doc.paragraphs],
        "footers": [[p._p.xml.count("PAGE"), p.text] for f in footers for p in f.paragraphs],
        "margins": [
            round(m.mm, 1)
            for m in (
                section.top_margin,
                section.bottom_margin,
                section.left_margin,
                section.right_margin,
            )
        ],
        "styles": sorted(
            (
                s.name,
                s.font.size.pt if s.font.size else None,
                s.paragraph_format.line_spacing.pt if s.paragraph_format.line_spacing else None,
            )
            for s in doc.styles
            if s.name.startswith("公文")
        ),
    }


def test_committed_templates_match_the_builder(tmp_path: Path) -> None:
    letter, filing = build_default_templates(tmp_path)
    assert _content(letter) == _content(default_letter_template()), (
        "resources/templates/opinion_letter.docx differs from template_builder.py: "
        "run `uv run python -m workbench.documents.template_builder`"
    )
    assert _content(filing) == _content(default_filing_template())


def _east_asia(style: Any) -> str | None:
    rpr = style.element.rPr
    fonts = rpr.find(qn("w:rFonts")) if rpr is not None else None
    return fonts.get(qn("w:eastAsia")) if fonts is not None else None


@pytest.mark.parametrize("template", TEMPLATES)
def test_page_setup(template: Any) -> None:
    section = Document(str(template())).sections[0]
    assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297
    margins = (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)
    assert [round(m.mm, 1) for m in margins] == [37.0, 35.0, 28.0, 26.0]


@pytest.mark.parametrize("template", TEMPLATES)
def test_fonts_and_spacing(template: Any) -> None:
    doc = Document(str(template()))
    title = doc.paragraphs[0]
    assert title.style.name == "公文标题"
    assert _east_asia(title.style) == "方正小标宋简体"
    assert title.style.font.name == "Times New Roman"
    assert title.style.font.size.pt == 22
    assert title.style.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER

    body = doc.styles["公文正文"]
    assert _east_asia(body) == "仿宋_GB2312"
    assert body.font.size.pt == 16
    pf = body.paragraph_format
    assert pf.line_spacing_rule == WD_LINE_SPACING.EXACTLY
    assert 28 <= pf.line_spacing.pt <= 29
    ind = body.element.pPr.find(qn("w:ind"))
    assert ind.get(qn("w:firstLineChars")) == "200"
    assert pf.first_line_indent.pt == 32
    assert any(p.style.name == "公文正文" for p in doc.paragraphs)

    assert _east_asia(doc.styles["公文一级标题"]) == "黑体"
    assert _east_asia(doc.styles["Normal"]) == "仿宋_GB2312"


@pytest.mark.parametrize("template", TEMPLATES)
def test_page_numbers(template: Any) -> None:
    doc = Document(str(template()))
    assert doc.settings.odd_and_even_pages_header_footer
    section = doc.sections[0]
    for footer, align in (
        (section.footer, WD_ALIGN_PARAGRAPH.RIGHT),
        (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT),
    ):
        p = footer.paragraphs[0]
        assert p.text == "— 1 —"
        assert " PAGE " in p._p.xml
        assert p.alignment == align


def test_letter_layout_order() -> None:
    texts = [p.text for p in Document(str(default_letter_template())).paragraphs]
    assert texts[:3] == ["合法性审核意见书", "审核编号：{{reg_no}}", "{{revision}}"]
    assert "{{unit}}：" in texts
    order = ["一、审核结论", "二、审核意见", "{{opinion_text}}", "三、审核依据", "{{basis}}"]
    assert [texts.index(t) for t in order] == sorted(texts.index(t) for t in order)
    assert texts.index("{{office}}") + 1 == texts.index("{{issued_on}}")


def test_package_imports_without_qt() -> None:
    code = (
        "import sys; sys.modules['PySide6'] = None; "
        "import workbench.documents, workbench.documents.template_builder; "
        "print('ok')"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.stdout.strip() == "ok", result.stderr
