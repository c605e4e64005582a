"""Read the text of a .docx safely: body paragraphs and table rows in reading order.

The main part (``word/document.xml``) is streamed through defusedxml with document type
declarations forbidden, from a decompression stream that refuses to run past a fixed size, and
only after :func:`check_docx` has accepted the archive.
"""

from __future__ import annotations

import os
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from workbench.documents.errors import DocumentError
from workbench.documents.safety import (
    DOCUMENT_XML,
    BoundedStream,
    check_docx,
    read_member_bounded,
)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
DOCUMENT_XML_LIMIT = 32 * 1024 * 1024
PART_LIMIT = 8 * 1024 * 1024

_HEADER_FOOTER = re.compile(r"^word/(header|footer)\d*\.xml$")
_SPACES = re.compile(r"[ \t\u3000\xa0\u2002\u2003\u2009]+")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\ufeff\u00ad"))


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


def _is_cjk(ch: str) -> bool:
    return "\u2e80" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or "\uff00" <= ch <= "\uffef"


def normalize_text(raw: str) -> str:
    """Full-width and other odd spaces become one plain space; line breaks inside a paragraph
    are joined (without a space between Chinese characters); the result is stripped."""
    out = ""
    for line in raw.translate(_INVISIBLE).split("\n"):
        line = _SPACES.sub(" ", line).strip()
        if not line:
            continue
        if out and not (_is_cjk(out[-1]) or _is_cjk(line[0])):
            out += " "
        out += line
    return out


@dataclass(frozen=True)
class _Style:
    name: str
    based_on: str | None
    bold: bool | None
    centered: bool | None
    size_pt: float | None


@dataclass(frozen=True)
class _Styles:
    styles: dict[str, _Style]
    default_paragraph: str | None
    default_size: float | None

    def name(self, style_id: str | None) -> str:
        sid = style_id or self.default_paragraph
        if sid is None:
            return ""
        style = self.styles.get(sid)
        return style.name if style else sid

    def lookup(self, style_id: str | None, attr: str) -> Any:
        sid = style_id
        for _ in range(12):  # basedOn chains are short; a loop in a hostile file is cut here
            if sid is None:
                return None
            style = self.styles.get(sid)
            if style is None:
                return None
            value = getattr(style, attr)
            if value is not None:
                return value
            sid = style.based_on
        return None


def _on(el: Element | None) -> bool | None:
    if el is None:
        return None
    return el.get(f"{W}val", "true").lower() not in ("0", "false", "off", "none")


def _size(rpr: Element | None) -> float | None:
    if rpr is None:
        return None
    sz = rpr.find(f"{W}sz")
    if sz is None:
        return None
    try:
        return int(sz.get(f"{W}val", "")) / 2
    except ValueError:
        return None


def _jc_center(ppr: Element | None) -> bool | None:
    if ppr is None:
        return None
    jc = ppr.find(f"{W}jc")
    if jc is None:
        return None
    return jc.get(f"{W}val") == "center"


def _parse_xml(data: bytes, label: str, part: str) -> Element:
    try:
        root: Element = SafeET.fromstring(data, forbid_dtd=True)
    except (ParseError, DefusedXmlException, ValueError):
        raise DocumentError("docx.part_malformed", name=label, member=part) from None
    return root


def _read_styles(zf: zipfile.ZipFile, label: str) -> _Styles:
    if "word/styles.xml" not in zf.namelist():
        return _Styles({}, None, None)
    root = _parse_xml(read_member_bounded(zf, "word/styles.xml", PART_LIMIT), label, "styles")
    styles: dict[str, _Style] = {}
    default_paragraph = None
    for st in root.iter(f"{W}style"):
        sid = st.get(f"{W}styleId")
        if not sid:
            continue
        name_el = st.find(f"{W}name")
        based = st.find(f"{W}basedOn")
        rpr = st.find(f"{W}rPr")
        styles[sid] = _Style(
            name=name_el.get(f"{W}val", sid) if name_el is not None else sid,
            based_on=based.get(f"{W}val") if based is not None else None,
            bold=_on(rpr.find(f"{W}b")) if rpr is not None else None,
            centered=_jc_center(st.find(f"{W}pPr")),
            size_pt=_size(rpr),
        )
        if st.get(f"{W}type") == "paragraph" and st.get(f"{W}default") in ("1", "true", "on"):
            default_paragraph = sid
    default_size = None
    defaults = root.find(f"{W}docDefaults")
    if defaults is not None:
        default_size = _size(defaults.find(f"{W}rPrDefault/{W}rPr"))
    return _Styles(styles, default_paragraph, default_size)


@dataclass
class _Run:
    text: str
    bold: bool
    size_pt: float | None


def _walk_runs(el: Element, out: list[_Run], para_style: str | None, styles: _Styles) -> None:
    for child in el:
        tag = child.tag
        if tag == f"{W}r":
            out.append(_run(child, para_style, styles))
        elif tag in (f"{W}del", f"{W}moveFrom", f"{W}pPr", f"{W}rPr"):
            continue  # deleted text and properties are not content
        elif isinstance(tag, str):
            _walk_runs(child, out, para_style, styles)


def _run(r: Element, para_style: str | None, styles: _Styles) -> _Run:
    parts: list[str] = []
    for rc in r:
        if rc.tag == f"{W}t":
            parts.append(rc.text or "")
        elif rc.tag in (f"{W}tab", f"{W}ptab"):
            parts.append("\t")
        elif rc.tag in (f"{W}br", f"{W}cr"):
            parts.append("\n")
        elif rc.tag == f"{W}noBreakHyphen":
            parts.append("-")
    rpr = r.find(f"{W}rPr")
    rstyle = None
    if rpr is not None:
        rs = rpr.find(f"{W}rStyle")
        rstyle = rs.get(f"{W}val") if rs is not None else None
    bold = _on(rpr.find(f"{W}b")) if rpr is not None else None
    if bold is None:
        bold = styles.lookup(rstyle, "bold")
    if bold is None:
        bold = styles.lookup(para_style, "bold")
    size = _size(rpr)
    if size is None:
        size = styles.lookup(rstyle, "size_pt")
    if size is None:
        size = styles.lookup(para_style, "size_pt")
    if size is None:
        size = styles.default_size
    return _Run("".join(parts), bool(bold), size)


@dataclass(frozen=True)
class _Para:
    text: str
    style: str
    bold: bool
    centered: bool
    size_pt: float | None


def _paragraph(p: Element, styles: _Styles) -> _Para:
    ppr = p.find(f"{W}pPr")
    style_id = None
    if ppr is not None:
        ps = ppr.find(f"{W}pStyle")
        style_id = ps.get(f"{W}val") if ps is not None else None
    style_id = style_id or styles.default_paragraph
    runs: list[_Run] = []
    _walk_runs(p, runs, style_id, styles)
    text = normalize_text("".join(r.text for r in runs))
    visible = [r for r in runs if r.text.strip()]
    centered = _jc_center(ppr)
    if centered is None:
        centered = bool(styles.lookup(style_id, "centered"))
    sizes = [r.size_pt for r in visible if r.size_pt is not None]
    return _Para(
        text=text,
        style=styles.name(style_id),
        bold=bool(visible) and all(r.bold for r in visible),
        centered=centered,
        size_pt=max(sizes) if sizes else None,
    )


def _cell_texts(container: Element, styles: _Styles) -> Iterator[_Para]:
    for child in container:
        if child.tag == f"{W}p":
            para = _paragraph(child, styles)
            if para.text:
                yield para
        elif child.tag == f"{W}tbl":
            yield from _table_rows(child, styles)
        elif child.tag in (f"{W}sdt", f"{W}sdtContent", f"{W}customXml"):
            yield from _cell_texts(child, styles)


def _rows(container: Element) -> Iterator[Element]:
    for child in container:
        if child.tag == f"{W}tr":
            yield child
        elif child.tag in (f"{W}sdt", f"{W}sdtContent", f"{W}customXml"):
            yield from _rows(child)


def _table_rows(tbl: Element, styles: _Styles) -> Iterator[_Para]:
    for tr in _rows(tbl):
        cells: list[list[_Para]] = []
        for tc in tr:
            if tc.tag != f"{W}tc":
                continue
            content = list(_cell_texts(tc, styles))
            if content:
                cells.append(content)
        if not cells:
            continue
        flat = [p for cell in cells for p in cell]
        sizes = [p.size_pt for p in flat if p.size_pt is not None]
        yield _Para(
            text=" | ".join(" ".join(p.text for p in cell) for cell in cells),
            style=flat[0].style,
            bold=all(p.bold for p in flat),
            centered=all(p.centered for p in flat),
            size_pt=max(sizes) if sizes else None,
        )


def _body_block(el: Element, styles: _Styles) -> Iterator[tuple[_Para, bool]]:
    if el.tag == f"{W}p":
        yield _paragraph(el, styles), False
    elif el.tag == f"{W}tbl":
        for row in _table_rows(el, styles):
            yield row, True
    elif el.tag in (f"{W}sdt", f"{W}sdtContent", f"{W}customXml"):
        for child in el:
            yield from _body_block(child, styles)


def _stream_body(
    zf: zipfile.ZipFile, label: str, styles: _Styles, max_chars: int | None
) -> list[Paragraph]:
    try:
        with BoundedStream(zf, DOCUMENT_XML, DOCUMENT_XML_LIMIT) as stream:
            return _collect(stream, styles, max_chars)
    except (ParseError, DefusedXmlException):
        raise DocumentError("docx.body_malformed", name=label) from None


def _collect(stream: BoundedStream, styles: _Styles, max_chars: int | None) -> list[Paragraph]:
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
            for para, in_table in _body_block(el, styles):
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


def _header_footer(zf: zipfile.ZipFile, label: str, styles: _Styles) -> tuple[str, ...]:
    lines: list[str] = []
    parts = [n for n in zf.namelist() if _HEADER_FOOTER.match(n)]
    for name in sorted(parts, key=lambda n: (not n.startswith("word/header"), n)):
        root = _parse_xml(read_member_bounded(zf, name, PART_LIMIT), label, name)
        for p in root.iter(f"{W}p"):
            text = _paragraph(p, styles).text
            if text and text not in lines:
                lines.append(text)
    return tuple(lines)


def _read(path: str | os.PathLike[str], max_chars: int | None) -> DocText:
    check_docx(path)
    label = Path(path).name
    try:
        with zipfile.ZipFile(path) as zf:
            styles = _read_styles(zf, label)
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
