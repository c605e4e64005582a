"""A letter's reading copy: the generated .docx read back with python-docx, paragraph by
paragraph and table by table, in the letter's headings and alignment (not its exact layout:
that is the .docx's, which stays the official document)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from html import escape
from pathlib import Path
from typing import Any

from workbench.ui.printing import SERIF, Printable, page_html

_ALIGN = {1: "center", 2: "right", 3: "justify"}  # WD_ALIGN_PARAGRAPH values
_LETTER_PT = 12
_TWO_CHARS = "\u3000\u3000"


def _blocks(document: Any) -> Iterator[Any]:
    """Paragraphs and tables of the body, in order."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            yield Paragraph(child, document)
        elif tag == "tbl":
            yield Table(child, document)


def _style_name(paragraph: Any) -> str:
    try:
        return str(paragraph.style.name) if paragraph.style is not None else ""
    except (KeyError, ValueError):
        return ""


def _paragraph_html(paragraph: Any) -> str:
    text = paragraph.text
    style = _style_name(paragraph)
    if not text.strip():
        return "<p>&nbsp;</p>"
    align = _ALIGN.get(int(paragraph.alignment), "") if paragraph.alignment is not None else ""
    body = escape(text).replace("\n", "<br/>")
    # two ideographic spaces indent a body paragraph (or end a signature line) by two
    # characters whatever the printer's resolution, as they do in a Chinese document
    if style == "公文标题":
        return f'<p align="center" style="font-size: 20pt; margin: 8px 0 12px 0;">{body}</p>'
    if style == "公文一级标题":
        body = f"{_TWO_CHARS}<b>{body}</b>"
    elif style == "公文正文":
        body = _TWO_CHARS + body
    elif style == "公文落款":
        align, body = "right", body + _TWO_CHARS
    attr = f' align="{align}"' if align else ""
    return f'<p{attr} style="line-height: 150%; white-space: pre-wrap">{body}</p>'


def _table_html(table: Any) -> str:
    rows = []
    for row in table.rows:
        cells = "".join(
            f"<td>{escape(cell.text).replace(chr(10), '<br/>')}</td>" for cell in row.cells
        )
        rows.append(f"<tr>{cells}</tr>")
    return (
        '<table class="grid" width="100%" border="1" cellspacing="0" cellpadding="4">'
        + "".join(rows)
        + "</table>"
    )


def _imprint_html(rows: list[str]) -> str:
    return (
        '<hr/><table width="100%" cellspacing="0" cellpadding="2" style="font-size: 10.5pt;">'
        + "".join(rows)
        + "</table><hr/>"
    )


def letter_printable(path: str | os.PathLike[str], title: str) -> Printable:
    """A generated letter's text, paragraph by paragraph and table by table, in the letter's
    headings and alignment (not its exact layout: that is the .docx's)."""
    from docx import Document

    document = Document(os.fspath(path))
    parts: list[str] = []
    imprint: list[str] = []  # 版记: lines of "left<TAB>right" between rules
    for block in _blocks(document):
        if not hasattr(block, "rows") and "\t" in block.text:
            left, _, right = block.text.partition("\t")
            imprint.append(
                f'<tr><td>{escape(left)}</td><td align="right">{escape(right)}</td></tr>'
            )
            continue
        if imprint:
            parts.append(_imprint_html(imprint))
            imprint = []
        parts.append(_table_html(block) if hasattr(block, "rows") else _paragraph_html(block))
    if imprint:
        parts.append(_imprint_html(imprint))
    return Printable(title or Path(path).stem, page_html("".join(parts), _LETTER_PT, SERIF))
