"""The formatting a .docx gives its text: the styles part (``word/styles.xml``, followed along
its ``basedOn`` chains), and the bold, centring and font size written on a run or paragraph.

Parts are parsed with defusedxml, document type declarations forbidden, from bounded reads
(see :mod:`workbench.documents.safety`).
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from typing import Any
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from workbench.documents.errors import DocumentError
from workbench.documents.safety import read_member_bounded

#: The WordprocessingML namespace, as ElementTree spells it in tags.
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
#: The most a part other than the main document may take, decompressed.
PART_LIMIT = 8 * 1024 * 1024


@dataclass(frozen=True)
class _Style:
    name: str
    based_on: str | None
    bold: bool | None
    centered: bool | None
    size_pt: float | None


@dataclass(frozen=True)
class Styles:
    """The document's styles by id, its default paragraph style and default font size."""

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


def is_on(el: Element | None) -> bool | None:
    """A toggle property (``<w:b/>``, ``<w:b w:val="0"/>``…); ``None`` when it is not set."""
    if el is None:
        return None
    return el.get(f"{W}val", "true").lower() not in ("0", "false", "off", "none")


def font_size(rpr: Element | None) -> float | None:
    """The font size in points a run's properties set, if any."""
    if rpr is None:
        return None
    sz = rpr.find(f"{W}sz")
    if sz is None:
        return None
    try:
        return int(sz.get(f"{W}val", "")) / 2
    except ValueError:
        return None


def centered(ppr: Element | None) -> bool | None:
    """Whether a paragraph's properties centre it; ``None`` when they do not say."""
    if ppr is None:
        return None
    jc = ppr.find(f"{W}jc")
    if jc is None:
        return None
    return jc.get(f"{W}val") == "center"


def parse_part(data: bytes, label: str, part: str) -> Element:
    """A small part of the document (styles, a header or footer) parsed safely."""
    try:
        root: Element = SafeET.fromstring(data, forbid_dtd=True)
    except (ParseError, DefusedXmlException, ValueError):
        raise DocumentError("docx.part_malformed", name=label, member=part) from None
    return root


def read_styles(zf: zipfile.ZipFile, label: str) -> Styles:
    if "word/styles.xml" not in zf.namelist():
        return Styles({}, None, None)
    root = parse_part(read_member_bounded(zf, "word/styles.xml", PART_LIMIT), label, "styles")
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
            bold=is_on(rpr.find(f"{W}b")) if rpr is not None else None,
            centered=centered(st.find(f"{W}pPr")),
            size_pt=font_size(rpr),
        )
        if st.get(f"{W}type") == "paragraph" and st.get(f"{W}default") in ("1", "true", "on"):
            default_paragraph = sid
    default_size = None
    defaults = root.find(f"{W}docDefaults")
    if defaults is not None:
        default_size = font_size(defaults.find(f"{W}rPrDefault/{W}rPr"))
    return Styles(styles, default_paragraph, default_size)
