"""Build the default letter templates in the layout of an official document (GB/T 9704-2012).

Run ``python -m workbench.documents.template_builder [DIR]`` after changing this file; the
generated files are committed under ``resources/templates`` and a unit test checks that they
still match what this module makes.

Layout: A4; margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm; title in 方正小标宋简体
二号 (22 pt) centred; body in 仿宋_GB2312 三号 (16 pt), fixed line spacing of 28.95 pt (22 lines
a page), first line indented two characters; first-level headings in 黑体; page numbers
``— 1 —`` in 宋体 四号, odd pages right and even pages left, one character in from the edge.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from workbench.documents.letters import FILING_TEMPLATE, LETTER_TEMPLATE

TITLE_FONT = "方正小标宋简体"
BODY_FONT = "仿宋_GB2312"
HEADING_FONT = "黑体"
PAGE_NUMBER_FONT = "宋体"
LATIN_FONT = "Times New Roman"
BODY_PT = 16
TITLE_PT = 22
LINE_PT = 28.95
TEXT_WIDTH = Mm(210 - 28 - 26)

# What Word uses when a font is missing: w:altName in the font table (a fallback chain).
_FALLBACKS = {
    TITLE_FONT: "宋体",
    BODY_FONT: "仿宋",
    "楷体_GB2312": "楷体",
    HEADING_FONT: "SimHei",
    PAGE_NUMBER_FONT: "SimSun",
}

STYLE_TITLE = "公文标题"
STYLE_BODY = "公文正文"
STYLE_PLAIN = "公文顶格"
STYLE_HEADING = "公文一级标题"
STYLE_SIGNATURE = "公文落款"
STYLE_IMPRINT = "公文版记"
STYLE_PAGE = "公文页码"


def _fonts(element: Any, east_asia: str, latin: str = LATIN_FONT) -> None:
    rpr = element.get_or_add_rPr()
    rfonts = rpr.get_or_add_rFonts()
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        rfonts.attrib.pop(qn(attr), None)
    rfonts.set(qn("w:ascii"), latin)
    rfonts.set(qn("w:hAnsi"), latin)
    rfonts.set(qn("w:cs"), latin)
    rfonts.set(qn("w:eastAsia"), east_asia)
    rfonts.set(qn("w:hint"), "eastAsia")


def _indent_chars(style: Any, first_line_chars: int, left_chars: int = 0) -> None:
    """Indent in characters (w:firstLineChars), with the twips Word falls back to."""
    ppr = style.element.get_or_add_pPr()
    ind = ppr.find(qn("w:ind"))
    if ind is None:
        ind = OxmlElement("w:ind")
        ppr.append(ind)
    ind.set(qn("w:firstLineChars"), str(first_line_chars * 100))
    ind.set(qn("w:firstLine"), str(first_line_chars * BODY_PT * 20))
    if left_chars:
        ind.set(qn("w:leftChars"), str(left_chars * 100))
        ind.set(qn("w:left"), str(left_chars * BODY_PT * 20))


def _paragraph_style(
    doc: Any,
    name: str,
    *,
    font: str = BODY_FONT,
    size: float = BODY_PT,
    align: WD_ALIGN_PARAGRAPH = WD_ALIGN_PARAGRAPH.JUSTIFY,
    first_line_chars: int = 0,
    line_pt: float = LINE_PT,
    latin: str = LATIN_FONT,
) -> Any:
    style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = doc.styles["Normal"]
    style.quick_style = True
    style.font.size = Pt(size)
    _fonts(style.element, font, latin)
    pf = style.paragraph_format
    pf.alignment = align
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line_pt)
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    _indent_chars(style, first_line_chars)
    return style


def _font_table(doc: Any) -> None:
    for part in doc.part.package.iter_parts():
        if str(part.partname) != "/word/fontTable.xml":
            continue
        from lxml import etree

        root = etree.fromstring(part.blob)
        for name, alt in _FALLBACKS.items():
            font = etree.SubElement(root, qn("w:font"))
            font.set(qn("w:name"), name)
            alt_el = etree.SubElement(font, qn("w:altName"))
            alt_el.set(qn("w:val"), alt)
            charset = etree.SubElement(font, qn("w:charset"))
            charset.set(qn("w:val"), "86")  # GB2312
            family = etree.SubElement(font, qn("w:family"))
            family.set(qn("w:val"), "modern" if name != TITLE_FONT else "script")
            pitch = etree.SubElement(font, qn("w:pitch"))
            pitch.set(qn("w:val"), "fixed" if name != TITLE_FONT else "variable")
        part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _new_document(title: str) -> Any:
    doc = Document()
    props = doc.core_properties
    props.author = ""
    props.last_modified_by = ""
    props.comments = ""
    props.title = title
    props.subject = ""
    props.keywords = ""
    props.language = "zh-CN"

    section = doc.sections[0]
    section.start_type = WD_SECTION.NEW_PAGE
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    section.header_distance, section.footer_distance = Mm(15), Mm(25)
    styles = doc.styles
    defaults = styles.element.find(qn("w:docDefaults"))
    rpr_default = defaults.find(qn("w:rPrDefault")) if defaults is not None else None
    if rpr_default is not None and rpr_default.find(qn("w:rPr")) is not None:
        rpr = rpr_default.find(qn("w:rPr"))
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is not None:
            rpr.remove(rfonts)
        rfonts = OxmlElement("w:rFonts")
        for attr, value in (
            ("w:ascii", LATIN_FONT),
            ("w:hAnsi", LATIN_FONT),
            ("w:cs", LATIN_FONT),
            ("w:eastAsia", BODY_FONT),
        ):
            rfonts.set(qn(attr), value)
        rpr.insert(0, rfonts)
        lang = rpr.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            rpr.append(lang)
        lang.set(qn("w:val"), "en-US")
        lang.set(qn("w:eastAsia"), "zh-CN")

    normal = styles["Normal"]
    normal.font.size = Pt(BODY_PT)
    _fonts(normal.element, BODY_FONT)
    npf = normal.paragraph_format
    npf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    npf.line_spacing = Pt(LINE_PT)
    npf.space_before = Pt(0)
    npf.space_after = Pt(0)
    npf.widow_control = False

    _paragraph_style(
        doc,
        STYLE_TITLE,
        font=TITLE_FONT,
        size=TITLE_PT,
        align=WD_ALIGN_PARAGRAPH.CENTER,
        line_pt=35,
    )
    _paragraph_style(doc, STYLE_BODY, first_line_chars=2)
    _paragraph_style(doc, STYLE_PLAIN, align=WD_ALIGN_PARAGRAPH.LEFT)
    _paragraph_style(doc, STYLE_HEADING, font=HEADING_FONT, first_line_chars=2)
    signature = _paragraph_style(doc, STYLE_SIGNATURE, align=WD_ALIGN_PARAGRAPH.RIGHT)
    signature.paragraph_format.right_indent = Pt(BODY_PT * 2)  # 右空二字
    signature.paragraph_format.keep_with_next = True  # 署名与日期不分页
    imprint = _paragraph_style(
        doc, STYLE_IMPRINT, size=14, align=WD_ALIGN_PARAGRAPH.LEFT, line_pt=24
    )
    imprint.paragraph_format.left_indent = Pt(14)
    imprint.paragraph_format.right_indent = Pt(14)
    imprint.paragraph_format.tab_stops.add_tab_stop(TEXT_WIDTH - Pt(28), WD_TAB_ALIGNMENT.RIGHT)
    _paragraph_style(
        doc,
        STYLE_PAGE,
        font=PAGE_NUMBER_FONT,
        size=14,
        align=WD_ALIGN_PARAGRAPH.RIGHT,
        line_pt=18,
        latin=PAGE_NUMBER_FONT,
    )
    _font_table(doc)
    _page_numbers(doc)
    return doc


def _field(paragraph: Any, instruction: str, placeholder: str) -> None:
    def run_with(child: Any) -> None:
        run = paragraph.add_run()
        run._r.append(child)

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run_with(begin)
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run_with(instr)
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    run_with(separate)
    paragraph.add_run(placeholder)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run_with(end)


def _page_numbers(doc: Any) -> None:
    """``— 1 —``: odd pages at the right, even pages at the left, one character in."""
    doc.settings.odd_and_even_pages_header_footer = True
    section = doc.sections[0]
    for footer, align in (
        (section.footer, WD_ALIGN_PARAGRAPH.RIGHT),
        (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT),
    ):
        footer.is_linked_to_previous = False
        p = footer.paragraphs[0]
        p.style = doc.styles[STYLE_PAGE]
        p.alignment = align
        if align == WD_ALIGN_PARAGRAPH.RIGHT:
            p.paragraph_format.right_indent = Pt(14)
        else:
            p.paragraph_format.left_indent = Pt(14)
        p.add_run("— ")
        _field(p, "PAGE", "1")
        p.add_run(" —")


def _border(paragraph: Any, edges: dict[str, int]) -> None:
    """Rules across the text block (版记 lines); sizes in eighths of a point."""
    ppr = paragraph._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    for edge in ("top", "bottom"):
        if edge in edges:
            el = OxmlElement(f"w:{edge}")
            el.set(qn("w:val"), "single")
            el.set(qn("w:sz"), str(edges[edge]))
            el.set(qn("w:space"), "1")
            el.set(qn("w:color"), "000000")
            pbdr.append(el)
    ppr.append(pbdr)


def _imprint(doc: Any, rows: list[str]) -> None:
    """The 版记 block at the end: rows between rules, thick outside and thin inside."""
    doc.add_paragraph("", style=STYLE_PLAIN)
    for i, row in enumerate(rows):
        p = doc.add_paragraph(row, style=STYLE_IMPRINT)
        edges = {"top": 8 if i == 0 else 4}
        if i == len(rows) - 1:
            edges["bottom"] = 8
        _border(p, edges)


def _add(doc: Any, text: str, style: str) -> Any:
    return doc.add_paragraph(text, style=style)


def build_letter(path: Path) -> Path:
    """Write the default opinion letter template (合法性审核意见书) to ``path``."""
    doc = _new_document("合法性审核意见书")
    _add(doc, "合法性审核意见书", STYLE_TITLE)
    for text in ("审核编号：{{reg_no}}", "{{revision}}"):  # the revision line goes when empty
        _add(doc, text, STYLE_PLAIN).alignment = WD_ALIGN_PARAGRAPH.CENTER
    _add(doc, "", STYLE_PLAIN)
    _add(doc, "{{unit}}：", STYLE_PLAIN)
    _add(
        doc,
        "你单位于{{received_on}}送审的《{{title}}》（{{kind_label}}）收悉。"
        "经审核，现提出合法性审核意见如下。",
        STYLE_BODY,
    )
    _add(doc, "一、审核结论", STYLE_HEADING)
    _add(doc, "审核结论为：{{conclusion_label}}。存在问题类型：{{defects}}。", STYLE_BODY)
    _add(doc, "二、审核意见", STYLE_HEADING)
    _add(doc, "{{opinion_text}}", STYLE_BODY)
    _add(doc, "三、审核依据", STYLE_HEADING)
    _add(doc, "{{basis}}", STYLE_BODY)
    _add(
        doc,
        "以上意见，请研究办理。送审稿如有实质性修改，应当重新报送合法性审核。",
        STYLE_BODY,
    )
    _add(doc, "", STYLE_PLAIN)  # 正文下空一行编排署名
    _add(doc, "{{office}}", STYLE_SIGNATURE)
    _add(doc, "{{issued_on}}", STYLE_SIGNATURE)
    _imprint(
        doc,
        [
            "送审单位：{{unit}}\t审核人：{{counsel}}",
            "送审文件文号：{{doc_no}}\t审核年度：{{year}}",
            "{{office}}\t{{issued_on}}印发",
        ],
    )
    doc.save(str(path))
    return path


def build_filing(path: Path) -> Path:
    """Write the default filing report template (行政规范性文件备案报告) to ``path``."""
    doc = _new_document("行政规范性文件备案报告")
    _add(doc, "关于《{{title}}》的备案报告", STYLE_TITLE)
    _add(doc, "", STYLE_PLAIN)
    _add(doc, "{{authority}}：", STYLE_PLAIN)
    _add(
        doc,
        # The basis: the province's filing rule, and the State Council's 《法规规章备案审查条例》
        # (2024), never the 《法规规章备案条例》 of 2001 it repealed (docs/STATUTES.md).
        "根据《法规规章备案审查条例》第二十五条和《辽宁省规章规范性文件备案办法》第三条的规定，"
        "现将《{{title}}》（{{doc_no}}）报送备案，有关情况报告如下。",
        STYLE_BODY,
    )
    _add(doc, "一、基本情况", STYLE_HEADING)
    _add(
        doc,
        "该文件于{{published_on}}公布，有效期至{{valid_until}}。",  # 施行 may come later
        STYLE_BODY,
    )
    _add(doc, "二、合法性审核情况", STYLE_HEADING)
    _add(
        doc,
        "该文件公布前已经合法性审核，于{{opinion_issued_on}}出具"
        "“{{conclusion_label}}”的审核意见（审核编号：{{reg_no}}）。",
        STYLE_BODY,
    )
    _add(doc, "特此报告。", STYLE_BODY)
    _add(doc, "", STYLE_PLAIN)
    _add(doc, "附件：1.行政规范性文件正式文本", STYLE_BODY)
    for line in ("2.制定说明", "3.合法性审核意见书"):
        p = _add(doc, line, STYLE_BODY)
        p.paragraph_format.first_line_indent = Pt(0)
        p.paragraph_format.left_indent = Pt(BODY_PT * 5)
    _add(doc, "", STYLE_PLAIN)  # 正文下空一行编排署名
    _add(doc, "{{office}}", STYLE_SIGNATURE)
    _add(doc, "{{filed_on}}", STYLE_SIGNATURE)
    _imprint(
        doc,
        [
            "备案机关：{{authority}}\t备案年度：{{year}}",
            "{{office}}\t{{filed_on}}印发",
        ],
    )
    doc.save(str(path))
    return path


def build_default_templates(directory: str | Path) -> tuple[Path, Path]:
    """Write ``opinion_letter.docx`` and ``filing_report.docx`` into ``directory``."""
    target = Path(directory)
    target.mkdir(parents=True, exist_ok=True)
    return build_letter(target / LETTER_TEMPLATE), build_filing(target / FILING_TEMPLATE)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    from workbench.documents.letters import templates_dir
    from workbench.documents.return_notice import RETURN_NOTICE_TEMPLATE, build_return_notice

    directory = Path(args[0]) if args else templates_dir()
    for path in build_default_templates(directory):
        print(path)
    print(build_return_notice(directory / RETURN_NOTICE_TEMPLATE))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
