"""Opinion letters (合法性审核意见书) and filing reports (备案报告) from editable .docx templates.

A template is an ordinary Word document with placeholders such as ``{{title}}`` in its body,
tables, headers and footers. Word often splits what a person typed into several runs
(``{{ti`` + ``tle}}``); the runs a placeholder spans are merged, keeping the first run's
formatting. A placeholder nobody fills in is refused before anything is written, and the
output is written to a temporary file and then moved into place.
"""

from __future__ import annotations

import copy
import datetime as dt
import os
import re
import sys
import tempfile
import zipfile
from collections.abc import Collection, Iterator, Mapping, Sequence
from pathlib import Path
from types import MappingProxyType
from typing import Any

from workbench.documents.cndates import zh_date
from workbench.documents.docx_styles import W
from workbench.documents.errors import DocumentError, TemplateError
from workbench.documents.safety import check_docx

LETTER_TEMPLATE = "opinion_letter.docx"
FILING_TEMPLATE = "filing_report.docx"

LETTER_PLACEHOLDERS: Mapping[str, str] = MappingProxyType(
    {
        "office": "出具意见的机构，如“辽宁省科学技术厅政策法规处”",
        "reg_no": "登记号（审核编号），如“审2023-017”",
        "title": "送审文件或合同的标题（不含书名号）",
        "kind_label": "事项类型，如“行政规范性文件”“科技计划项目合同”",
        "unit": "起草（送审）单位，也是意见书的主送单位",
        "received_on": "送审日期，中文写法，如“2023年5月6日”",
        "counsel": "审核人（法律顾问）姓名",
        "issued_on": "意见出具日期，中文写法，如“2023年5月20日”",
        "conclusion_label": "审核结论：同意、修改后同意或不同意",
        "opinion_text": "审核意见正文；多段时每行一段",
        "basis": "审核依据（引用的法律、法规、规章等），没有时为“无”",
        "defects": "存在问题的类型，以“、”连接，如“内容违法、文字技术”；没有时为“无”",
        "revision": "修订说明，首次出具时为空，如“（第2次修订，取代2023年5月8日意见）”",
        "doc_no": "送审文件的文号，如“辽科发〔2023〕16号”；尚无文号时为“无”",
        "year": "意见出具年份，如“2023”",
    }
)

FILING_PLACEHOLDERS: Mapping[str, str] = MappingProxyType(
    {
        "office": "报送备案的机关，如“辽宁省科学技术厅”",
        "authority": "备案机关，如“省司法厅”",
        "title": "规范性文件标题（不含书名号）",
        "doc_no": "文号，如“辽科发〔2023〕16号”",
        "published_on": "公布日期，中文写法，如“2023年6月1日”",
        "filed_on": "报送备案日期，中文写法",
        "reg_no": "合法性审核登记号（审核编号）",
        "opinion_issued_on": "合法性审核意见出具日期，中文写法",
        "conclusion_label": "审核结论：同意、修改后同意或不同意",
        "year": "报送备案年份，如“2023”",
        "valid_until": "有效期截止日期，中文写法，如“2028年5月31日”",
    }
)

_PLACEHOLDER = re.compile(r"\{\{(.*?)\}\}", re.S)
_NAME = re.compile(r"\s*([A-Za-z_][A-Za-z0-9_]*)\s*")
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_RT_HEADER = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"
_RT_FOOTER = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer"


# --- where the default templates live --------------------------------------------------------


def templates_dir() -> Path:
    """``resources/templates`` of the source tree, or of a PyInstaller build when frozen."""
    candidates: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "resources" / "templates")
    if getattr(sys, "frozen", False):
        candidates.append(Path(sys.executable).resolve().parent / "resources" / "templates")
    candidates.append(Path(__file__).resolve().parents[2] / "resources" / "templates")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[-1]


def _default(name: str) -> Path:
    path = templates_dir() / name
    if not path.is_file():
        raise TemplateError("template.default_missing", name=name, folder=str(path.parent))
    return path


def default_letter_template() -> Path:
    """The opinion letter template shipped with the program."""
    return _default(LETTER_TEMPLATE)


def default_filing_template() -> Path:
    """The filing report template shipped with the program."""
    return _default(FILING_TEMPLATE)


# --- field values ----------------------------------------------------------------------------


def revision_note(number: int, supersedes_on: dt.date) -> str:
    """``（第2次修订，取代2023年5月8日意见）`` for the ``revision`` placeholder."""
    return f"（第{number}次修订，取代{zh_date(supersedes_on)}意见）"


def letter_fields(
    *,
    office: str,
    reg_no: str,
    title: str,
    kind_label: str,
    unit: str,
    received_on: dt.date,
    counsel: str,
    issued_on: dt.date,
    conclusion_label: str,
    opinion_text: str,
    basis: str = "",
    defects: Sequence[str] = (),
    revision: str = "",
    doc_no: str = "",
) -> dict[str, str]:
    """Every letter placeholder, formatted the way the default template expects."""
    return {
        "office": office,
        "reg_no": reg_no,
        "title": title.strip().strip("《》"),
        "kind_label": kind_label,
        "unit": unit or "",
        "received_on": zh_date(received_on),
        "counsel": counsel or "",
        "issued_on": zh_date(issued_on),
        "conclusion_label": conclusion_label,
        "opinion_text": opinion_text.strip(),
        "basis": basis.strip() or "无",
        "defects": "、".join(defects) or "无",
        "revision": revision,
        "doc_no": doc_no or "无",
        "year": str(issued_on.year),
    }


def filing_fields(
    *,
    office: str,
    authority: str,
    title: str,
    doc_no: str,
    published_on: dt.date,
    filed_on: dt.date,
    reg_no: str,
    opinion_issued_on: dt.date | None,
    conclusion_label: str,
    valid_until: dt.date | None,
) -> dict[str, str]:
    """Every filing report placeholder, formatted the way the default template expects."""
    return {
        "office": office,
        "authority": authority,
        "title": title.strip().strip("《》"),
        "doc_no": doc_no or "无",
        "published_on": zh_date(published_on),
        "filed_on": zh_date(filed_on),
        "reg_no": reg_no,
        "opinion_issued_on": zh_date(opinion_issued_on) if opinion_issued_on else "",
        "conclusion_label": conclusion_label,
        "year": str(filed_on.year),
        "valid_until": zh_date(valid_until) if valid_until else "未载明",
    }


# --- rendering -------------------------------------------------------------------------------


def _parts(document: Any) -> Iterator[Any]:
    """The XML roots of the body, headers and footers."""
    yield document.part.element
    seen: set[str] = set()
    for rel in document.part.rels.values():
        if rel.is_external or rel.reltype not in (_RT_HEADER, _RT_FOOTER):
            continue
        part = rel.target_part
        if str(part.partname) in seen:
            continue
        seen.add(str(part.partname))
        yield part.element


def _owner(el: Any) -> Any:
    parent = el.getparent()
    while parent is not None and parent.tag != f"{W}p":
        parent = parent.getparent()
    return parent


def _texts(p: Any) -> list[Any]:
    """The w:t elements of paragraph ``p`` itself (not of text boxes anchored in it)."""
    return [t for t in p.iter(f"{W}t") if _owner(t) is p]


def _paragraphs(root: Any) -> list[Any]:
    return list(root.iter(f"{W}p"))


def placeholders_in(template: str | os.PathLike[str]) -> list[str]:
    """The placeholder names a template uses, in order of first appearance."""
    from docx import Document

    check_docx(template)
    names: list[str] = []
    for root in _parts(Document(os.fspath(template))):
        for p in _paragraphs(root):
            for name in _names("".join(t.text or "" for t in _texts(p))):
                if name not in names:
                    names.append(name)
    return names


def _names(text: str) -> Iterator[str]:
    for m in _PLACEHOLDER.finditer(text):
        yield m.group(1).strip()


def _check(document: Any, known: Collection[str], label: str) -> None:
    unknown: list[str] = []
    for root in _parts(document):
        for p in _paragraphs(root):
            text = "".join(t.text or "" for t in _texts(p))
            for m in _PLACEHOLDER.finditer(text):
                inner = _NAME.fullmatch(m.group(1))
                if inner is None or inner.group(1) not in known:
                    unknown.append(m.group(0))
            rest = _PLACEHOLDER.sub("", text)
            if "{{" in rest or "}}" in rest:
                start = max(rest.find("{{"), 0)
                raise TemplateError(
                    "template.placeholder_incomplete", name=label, text=rest[start : start + 20]
                )
    if unknown:
        raise TemplateError(
            "template.placeholder_unknown", name=label, placeholders=tuple(dict.fromkeys(unknown))
        )


def _set_text(t: Any, text: str) -> None:
    """Put ``text`` into w:t element ``t``; line breaks become w:br in the same run."""
    lines = text.split("\n")
    t.text = lines[0]
    t.set(_XML_SPACE, "preserve")
    anchor = t
    for line in lines[1:]:
        br = t.makeelement(f"{W}br", {})
        anchor.addnext(br)
        new_t = t.makeelement(f"{W}t", {})
        new_t.text = line
        new_t.set(_XML_SPACE, "preserve")
        br.addnext(new_t)
        anchor = new_t


def _replace(p: Any, values: Mapping[str, str]) -> None:
    ts = _texts(p)
    texts = [t.text or "" for t in ts]
    full = "".join(texts)
    for m in reversed(list(_PLACEHOLDER.finditer(full))):
        name = m.group(1).strip()
        value = values.get(name, "")
        start, end = m.span()
        offset = 0
        first = True
        for k, piece in enumerate(texts):
            lo, hi = offset, offset + len(piece)
            offset = hi
            if hi <= start or lo >= end:
                continue
            a, b = max(start, lo) - lo, min(end, hi) - lo
            if first:
                texts[k] = piece[:a] + value + piece[b:]
                first = False
            else:
                texts[k] = piece[:a] + piece[b:]
    for t, text in zip(ts, texts, strict=True):
        if text != (t.text or ""):
            _set_text(t, text)


def _removable(p: Any, text: str, values: Mapping[str, str]) -> bool:
    """A paragraph made only of placeholders that all come out empty (``{{revision}}`` on a
    first opinion) is dropped rather than left as a stray blank line; a table cell keeps its
    last paragraph, as Word requires."""
    names = [m.group(1).strip() for m in _PLACEHOLDER.finditer(text)]
    if not names or _PLACEHOLDER.sub("", text).strip():
        return False
    if any(values.get(name, "").strip() for name in names):
        return False
    parent = p.getparent()
    if parent is None:
        return False
    return not (parent.tag == f"{W}tc" and len(parent.findall(f"{W}p")) <= 1)


def _split_lines(p: Any, values: Mapping[str, str]) -> list[tuple[Any, Mapping[str, str]]]:
    """A paragraph holding nothing but one multi-line placeholder becomes one paragraph per
    line, so each keeps the paragraph's indent and spacing; one whose placeholders are all
    empty disappears."""
    text = "".join(t.text or "" for t in _texts(p)).strip()
    if _removable(p, text, values):
        p.getparent().remove(p)
        return []
    m = _PLACEHOLDER.fullmatch(text)
    if not m:
        return [(p, values)]
    name = m.group(1).strip()
    lines = [line.strip() for line in values.get(name, "").splitlines() if line.strip()]
    if len(lines) <= 1:
        return [(p, values)]
    out: list[tuple[Any, Mapping[str, str]]] = []
    anchor = p
    for i, line in enumerate(lines):
        target = p if i == 0 else copy.deepcopy(p)
        if i:
            anchor.addnext(target)
            anchor = target
        out.append((target, {**values, name: line}))
    return out


def render_template(
    template: str | os.PathLike[str],
    fields: Mapping[str, str],
    out: str | os.PathLike[str],
    *,
    allowed: Collection[str] | None = None,
) -> None:
    """Fill ``template``'s placeholders from ``fields`` and write the result to ``out``.

    A placeholder is accepted when it is in ``allowed`` (default: every documented letter and
    filing placeholder) or in ``fields``; a known placeholder missing from ``fields`` becomes
    empty. Anything else raises :class:`TemplateError` naming it, before ``out`` is touched.
    """
    from docx import Document

    template_path, out_path = Path(template), Path(out)
    check_docx(template_path)
    try:
        document = Document(os.fspath(template_path))
    except (KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise TemplateError(
            "template.unreadable", name=template_path.name, reason=str(exc)
        ) from None
    known = set(LETTER_PLACEHOLDERS) | set(FILING_PLACEHOLDERS) if allowed is None else set(allowed)
    known |= set(fields)
    _check(document, known, template_path.name)
    values = {k: "" if v is None else str(v) for k, v in fields.items()}
    for root in _parts(document):
        for p in _paragraphs(root):
            if "{{" not in "".join(t.text or "" for t in _texts(p)):
                continue
            for target, vals in _split_lines(p, values):
                _replace(target, vals)
    _save_atomically(document, out_path)


def _save_atomically(document: Any, out: Path) -> None:
    if not out.parent.is_dir():
        raise DocumentError("document.folder_missing", name=out.name, folder=str(out.parent))
    fd, tmp_name = tempfile.mkstemp(prefix=f".{out.stem}-", suffix=".tmp", dir=out.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        document.save(os.fspath(tmp))
        os.replace(tmp, out)
    except PermissionError:
        raise DocumentError("document.locked", name=out.name) from None
    except OSError as exc:
        raise DocumentError(
            "document.write_failed", name=out.name, reason=exc.strerror or str(exc)
        ) from None
    finally:
        tmp.unlink(missing_ok=True)
