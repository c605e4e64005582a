"""Read the text of a .docx safely: body paragraphs and table rows in reading order.

The main part (``word/document.xml``) is streamed through defusedxml with document type
declarations forbidden, from a decompression stream that refuses to run past a fixed size, and
only after :func:`check_docx` has accepted the archive. What a block's text and formatting are
is :mod:`workbench.documents.docx_blocks`; the styles :mod:`workbench.documents.docx_styles`.
"""

from __future__ import annotations

import os
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from workbench.documents.docx_blocks import body_blocks, paragraph_block
from workbench.documents.docx_styles import PART_LIMIT, Styles, W, parse_part, read_styles
from workbench.documents.errors import DocumentError
from workbench.documents.safety import (
    DOCUMENT_XML,
    BoundedStream,
    check_docx,
    read_member_bounded,
)

DOCUMENT_XML_LIMIT = 32 * 1024 * 1024

_HEADER_FOOTER = re.compile(r"^word/(header|footer)\d*\.xml$")


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of a document, or one table row with its cells joined by `` | ``.

    ``index`` counts non-empty paragraphs from 1 in reading order; ``size_pt`` is the largest
    font size used in it, when the document says.
    """

    index: int
    text: str
    style: str
    in_table: bool
    bold: bool
    centered: bool
    size_pt: float | None = None


@dataclass(frozen=True)
class DocText:
    """The text of a document: body paragraphs, and header and footer lines kept apart."""

    paragraphs: tuple[Paragraph, ...]
    header_footer: tuple[str, ...]

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.paragraphs)


def _stream_body(
    zf: zipfile.ZipFile, label: str, styles: Styles, max_chars: int | None
) -> list[Paragraph]:
    try:
        with BoundedStream(zf, DOCUMENT_XML, DOCUMENT_XML_LIMIT) as stream:
            return _collect(stream, styles, max_chars)
    except (ParseError, DefusedXmlException):
        raise DocumentError("docx.body_malformed", name=label) from None


def _collect(stream: BoundedStream, styles: Styles, max_chars: int | None) -> list[Paragraph]:
    out: list[Paragraph] = []
    chars = 0
    depth = 0
    body: Element | None = None
    for event, el in SafeET.iterparse(stream, events=("start", "end"), forbid_dtd=True):
        if event == "start":
            depth += 1
            if depth == 2 and el.tag == f"{W}body":
                body = el
            continue
        if depth == 3 and body is not None:
            for para, in_table in body_blocks(el, styles):
                if not para.text:
                    continue
                out.append(
                    Paragraph(
                        index=len(out) + 1,
                        text=para.text,
                        style=para.style,
                        in_table=in_table,
                        bold=para.bold,
                        centered=para.centered,
                        size_pt=para.size_pt,
                    )
                )
                chars += len(para.text) + 1
            el.clear()
            body.remove(el)  # keep memory flat: the tree never holds more than one block
            if max_chars is not None and chars >= max_chars:
                break
        depth -= 1
    return out


def _header_footer(zf: zipfile.ZipFile, label: str, styles: Styles) -> tuple[str, ...]:
    lines: list[str] = []
    parts = [n for n in zf.namelist() if _HEADER_FOOTER.match(n)]
    for name in sorted(parts, key=lambda n: (not n.startswith("word/header"), n)):
        root = parse_part(read_member_bounded(zf, name, PART_LIMIT), label, name)
        for p in root.iter(f"{W}p"):
            text = paragraph_block(p, styles).text
            if text and text not in lines:
                lines.append(text)
    return tuple(lines)


def _read(path: str | os.PathLike[str], max_chars: int | None) -> DocText:
    check_docx(path)
    label = Path(path).name
    try:
        with zipfile.ZipFile(path) as zf:
            styles = read_styles(zf, label)
            paragraphs = _stream_body(zf, label, styles, max_chars)
            header_footer = _header_footer(zf, label, styles)
    except (zipfile.BadZipFile, OSError) as exc:
        raise DocumentError("docx.damaged", name=label, reason=str(exc)) from None
    return DocText(tuple(paragraphs), header_footer)


def read_docx(path: str | os.PathLike[str]) -> DocText:
    """The paragraphs (and table rows) of a .docx in reading order, after :func:`check_docx`.

    Empty paragraphs are left out; deleted tracked changes are left out, inserted ones kept.
    """
    return _read(path, None)


def docx_plain_text(path: str | os.PathLike[str], limit_chars: int = 2_000_000) -> str:
    """The document's text for the search index: paragraphs, then header and footer lines."""
    doc = _read(path, limit_chars)
    text = "\n".join([*(p.text for p in doc.paragraphs), *doc.header_footer])
    return text[:limit_chars]
