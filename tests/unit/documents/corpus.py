"""Realistic .docx files for the document tests, made with python-docx into a temp directory.

Plain functions, not fixtures: each takes the directory to write into and returns the path.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

TITLE = "辽宁省科技计划项目管理办法（试行）"
UNIT = "辽宁省科学技术厅"

BRACKETS = {
    "〔〕": ("〔", "〕"),
    "[]": ("[", "]"),
    "【】": ("【", "】"),
    "()": ("(", ")"),
    "（）": ("（", "）"),
}

ARTICLES = [
    "第一条　为规范省科技计划项目管理，提高财政资金使用效益，根据《中华人民共和国科学技术进步法》"
    "等有关规定，结合本省实际，制定本办法。",
    "第二条　本办法所称省科技计划项目，是指由省财政资金支持、省科学技术厅组织实施的科研项目。",
    "第三条　项目实施期间变更项目负责人的，须经省科学技术厅批准。",
    "第四条　申报单位应当按照年度申报指南的要求提交申报材料，经费管理按照《辽宁省科技计划项目"
    "经费管理办法》（辽科发〔2020〕8号）执行。",
    "第五条　省科学技术厅组织专家进行评审，评审不收取任何费用。",
    "第六条　项目承担单位应当按照每项2000元的标准向省科学技术厅缴纳项目管理费。",
    "第七条　项目承担单位有下列情形之一的，由省科学技术厅责令改正，处1万元以下罚款：",
    "（一）擅自变更研究内容的；（二）逾期不报送年度报告的。",
    "第八条　项目承担单位在申报中弄虚作假的，取消其申报资格，三年内不得申报省级科技计划项目。",
    "第九条　违反国家有关规定的，依照《中华人民共和国科学技术进步法》的规定处以罚款。",
    "第十条　本办法由省科学技术厅负责解释。",
    "第十一条　本办法自2024年1月1日起施行，有效期5年。原《辽宁省科技计划项目管理暂行办法》"
    "（辽科发〔2019〕5号）同时废止。",
]

TABLE = [
    ("项目类别", "资助额度", "实施周期"),
    ("重点研发计划", "不超过100万元", "3年"),
    ("自然科学基金", "不超过10万元", "2年"),
]


def _title(doc: object, text: str) -> None:
    p = doc.add_paragraph()  # type: ignore[attr-defined]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run(text)
    run.bold = True
    run.font.size = Pt(22)


def draft(
    directory: Path,
    name: str = "draft.docx",
    *,
    brackets: str = "〔〕",
    title: str = TITLE,
    articles: Sequence[str] = ARTICLES,
    table: Sequence[Sequence[str]] = TABLE,
    signature: bool = True,
) -> Path:
    """A draft normative document: 文号 line, centred bold title, chapters, articles, a table,
    header and footer, and the signature block."""
    doc = Document()
    section = doc.sections[0]
    section.header.paragraphs[0].text = "辽宁省科学技术厅　规范性文件（送审稿）"
    section.footer.paragraphs[0].text = "— 1 —"
    opening, closing = BRACKETS[brackets]
    number = doc.add_paragraph(f"辽科发{opening}2023{closing}16号")
    number.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _title(doc, title)
    chapter = doc.add_paragraph()
    chapter.alignment = WD_ALIGN_PARAGRAPH.CENTER
    chapter.add_run("第一章　总则").bold = True
    doc.add_paragraph("")
    for text in articles[:6]:
        doc.add_paragraph(text)
    grid = doc.add_table(rows=len(table), cols=len(table[0]))
    for r, row in enumerate(table):
        for c, cell in enumerate(row):
            grid.cell(r, c).text = cell
    for text in articles[6:]:
        doc.add_paragraph(text)
    if signature:
        for text in (UNIT, "2023年12月1日"):
            p = doc.add_paragraph(text)
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    path = directory / name
    doc.save(str(path))
    return path


def second_draft(directory: Path) -> Path:
    """The next draft: 第二条 deleted, an article added, 第七条, 第十一条 and the table edited."""
    articles = list(ARTICLES)
    del articles[1]
    articles.insert(3, "第四条之一　省科学技术厅应当建立项目评审专家库，实行专家回避制度。")
    articles = [
        a.replace("处1万元以下罚款", "予以通报批评").replace("有效期5年", "有效期2年")
        for a in articles
    ]
    table = [list(r) for r in TABLE]
    table[1][1] = "不超过200万元"
    return draft(directory, "draft2.docx", articles=articles, table=table)


def without_dates(directory: Path) -> Path:
    """A notice with neither 施行日期 nor 有效期."""
    doc = Document()
    _title(doc, "关于加强科研诚信建设的通知")
    doc.add_paragraph("各市科技局，各有关单位：")
    doc.add_paragraph("为进一步加强科研诚信建设，营造风清气正的科研环境，现就有关事项通知如下。")
    doc.add_paragraph("一、各单位应当健全科研诚信管理制度，明确责任人。")
    doc.add_paragraph("二、科研人员应当恪守学术道德，不得抄袭、剽窃他人研究成果。")
    p = doc.add_paragraph(UNIT)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph("2023年3月1日").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    path = directory / "notice.docx"
    doc.save(str(path))
    return path


def document(directory: Path, name: str, paragraphs: Sequence[str], title: str) -> Path:
    """A small document: centred bold title, then plain paragraphs."""
    doc = Document()
    _title(doc, title)
    for text in paragraphs:
        doc.add_paragraph(text)
    path = directory / name
    doc.save(str(path))
    return path


# --- hostile files ---------------------------------------------------------------------------


def _docx_bytes() -> bytes:
    buffer = io.BytesIO()
    doc = Document()
    doc.add_paragraph("正文")
    doc.save(buffer)
    return buffer.getvalue()


def _copy_with(path: Path, extra: Sequence[tuple[str, bytes]] = ()) -> zipfile.ZipFile:
    source = zipfile.ZipFile(io.BytesIO(_docx_bytes()))
    target = zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED)
    for info in source.infolist():
        target.writestr(info.filename, source.read(info.filename))
    for name, data in extra:
        target.writestr(name, data)
    return target


def zip_bomb(directory: Path) -> Path:
    """A .docx with a few MB of zeros that deflate more than 1000:1."""
    path = directory / "bomb.docx"
    _copy_with(path, [("word/media/image1.png", bytes(8 * 1024 * 1024))]).close()
    return path


def declared_huge(directory: Path) -> Path:
    """A .docx whose central directory claims a 10 GB member (zip64 sizes)."""
    path = directory / "huge.docx"
    zf = _copy_with(path, [("word/media/image1.png", b"x" * 100)])
    zf.filelist[-1].file_size = 10 * 1024**3
    zf.close()
    return path


def lying_sizes(directory: Path) -> Path:
    """A .docx whose word/document.xml is 20 MB but declares 2,000 bytes."""
    path = directory / "liar.docx"
    body = b'<?xml version="1.0"?><w:document xmlns:w="x"><w:body>' + b" " * (20 * 1024**2)
    with zipfile.ZipFile(io.BytesIO(_docx_bytes())) as src:
        members = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members:
            zf.writestr(name, body if name == "word/document.xml" else data)
            if name == "word/document.xml":
                zf.filelist[-1].file_size = 2_000
    return path


def with_dtd(directory: Path) -> Path:
    """A .docx whose main part carries a billion-laughs entity declaration."""
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "lol">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        b"<w:body><w:p><w:r><w:t>&c;</w:t></w:r></w:p></w:body></w:document>"
    )
    path = directory / "dtd.docx"
    with zipfile.ZipFile(io.BytesIO(_docx_bytes())) as src:
        members = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members:
            zf.writestr(name, laughs if name == "word/document.xml" else data)
    return path


def truncated(directory: Path) -> Path:
    path = directory / "truncated.docx"
    data = _docx_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def renamed_text(directory: Path) -> Path:
    path = directory / "notes.docx"
    path.write_text("这是一个改了扩展名的文本文件，不是 Word 文档。\n", encoding="utf-8")
    return path


def ole_encrypted(directory: Path) -> Path:
    """What Word writes for a password-protected .docx: an OLE compound file."""
    path = directory / "encrypted.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4096))
    return path


def path_traversal(directory: Path) -> Path:
    path = directory / "traversal.docx"
    _copy_with(path, [("../../evil.xml", b"<x/>")]).close()
    return path


def too_many_members(directory: Path) -> Path:
    path = directory / "many.docx"
    zf = _copy_with(path)
    for i in range(2_001):
        zf.writestr(f"word/extra/part{i}.xml", b"")
    zf.close()
    return path


def oversized(directory: Path) -> Path:
    """A 51 MB file (sparse, so the test stays fast)."""
    path = directory / "big.docx"
    with path.open("wb") as handle:
        handle.write(_docx_bytes()[:4])
        handle.truncate(51 * 1024 * 1024)
    return path


def not_word(directory: Path) -> Path:
    """A valid zip that is not a Word document (no word/document.xml)."""
    path = directory / "sheet.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("xl/workbook.xml", b"<workbook/>")
    return path
