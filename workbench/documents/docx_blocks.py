"""From WordprocessingML elements to text: a paragraph's runs (deleted tracked changes left
out, inserted ones kept), a table's rows (cells joined by `` | ``), content controls opened up,
and the formatting each block shows (style, bold, centred, largest font size)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from xml.etree.ElementTree import Element

from workbench.documents.docx_styles import Styles, W, centered, font_size, is_on

_SPACES = re.compile(r"[ \t\u3000\xa0\u2002\u2003\u2009]+")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\ufeff\u00ad"))
#: Containers whose children are read as if they stood in their place.
_WRAPPERS = (f"{W}sdt", f"{W}sdtContent", f"{W}customXml")


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


@dataclass
class _Run:
    text: str
    bold: bool
    size_pt: float | None


def _walk_runs(el: Element, out: list[_Run], para_style: str | None, styles: Styles) -> None:
    for child in el:
        tag = child.tag
        if tag == f"{W}r":
            out.append(_run(child, para_style, styles))
        elif tag in (f"{W}del", f"{W}moveFrom", f"{W}pPr", f"{W}rPr"):
            continue  # deleted text and properties are not content
        elif isinstance(tag, str):
            _walk_runs(child, out, para_style, styles)


def _run(r: Element, para_style: str | None, styles: Styles) -> _Run:
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
    bold = is_on(rpr.find(f"{W}b")) if rpr is not None else None
    if bold is None:
        bold = styles.lookup(rstyle, "bold")
    if bold is None:
        bold = styles.lookup(para_style, "bold")
    size = font_size(rpr)
    if size is None:
        size = styles.lookup(rstyle, "size_pt")
    if size is None:
        size = styles.lookup(para_style, "size_pt")
    if size is None:
        size = styles.default_size
    return _Run("".join(parts), bool(bold), size)


@dataclass(frozen=True)
class Block:
    """The text of one paragraph or table row, and how it is formatted."""

    text: str
    style: str
    bold: bool
    centered: bool
    size_pt: float | None


def paragraph_block(p: Element, styles: Styles) -> Block:
    """One ``<w:p>``: its text, normalised, and its formatting."""
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
    is_centered = centered(ppr)
    if is_centered is None:
        is_centered = bool(styles.lookup(style_id, "centered"))
    sizes = [r.size_pt for r in visible if r.size_pt is not None]
    return Block(
        text=text,
        style=styles.name(style_id),
        bold=bool(visible) and all(r.bold for r in visible),
        centered=is_centered,
        size_pt=max(sizes) if sizes else None,
    )


def _cell_texts(container: Element, styles: Styles) -> Iterator[Block]:
    for child in container:
        if child.tag == f"{W}p":
            para = paragraph_block(child, styles)
            if para.text:
                yield para
        elif child.tag == f"{W}tbl":
            yield from _table_rows(child, styles)
        elif child.tag in _WRAPPERS:
            yield from _cell_texts(child, styles)


def _rows(container: Element) -> Iterator[Element]:
    for child in container:
        if child.tag == f"{W}tr":
            yield child
        elif child.tag in _WRAPPERS:
            yield from _rows(child)


def _table_rows(tbl: Element, styles: Styles) -> Iterator[Block]:
    for tr in _rows(tbl):
        cells: list[list[Block]] = []
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
        yield Block(
            text=" | ".join(" ".join(p.text for p in cell) for cell in cells),
            style=flat[0].style,
            bold=all(p.bold for p in flat),
            centered=all(p.centered for p in flat),
            size_pt=max(sizes) if sizes else None,
        )


def body_blocks(el: Element, styles: Styles) -> Iterator[tuple[Block, bool]]:
    """The blocks of one child of ``<w:body>``, each with whether it is a table row."""
    if el.tag == f"{W}p":
        yield paragraph_block(el, styles), False
    elif el.tag == f"{W}tbl":
        for row in _table_rows(el, styles):
            yield row, True
    elif el.tag in _WRAPPERS:
        for child in el:
            yield from body_blocks(child, styles)
