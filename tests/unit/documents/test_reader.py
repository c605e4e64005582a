"""Reading paragraphs, tables and headers from a .docx."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.shared import Pt

from tests.unit.documents import corpus
from workbench.documents import docx_plain_text, read_docx
from workbench.documents.docx_blocks import normalize_text


def test_paragraphs_in_reading_order(tmp_path: Path) -> None:
    doc = read_docx(corpus.draft(tmp_path))
    texts = [p.text for p in doc.paragraphs]
    assert [p.index for p in doc.paragraphs] == list(range(1, len(texts) + 1))
    assert texts[0] == "辽科发〔2023〕16号"
    assert texts[1] == corpus.TITLE
    assert texts[2] == "第一章 总则"  # the full-width space became a plain one
    assert "" not in texts  # empty paragraphs are left out
    # the table sits between 第六条 and 第七条, one row per paragraph
    table_at = texts.index("项目类别 | 资助额度 | 实施周期")
    assert texts[table_at - 1].startswith("第六条")
    assert texts[table_at + 1] == "重点研发计划 | 不超过100万元 | 3年"
    assert texts[table_at + 3].startswith("第七条")
    assert texts[-2:] == [corpus.UNIT, "2023年12月1日"]


def test_paragraph_attributes(tmp_path: Path) -> None:
    doc = read_docx(corpus.draft(tmp_path))
    title = doc.paragraphs[1]
    assert title.centered and title.bold and title.size_pt == 22
    assert title.style == "Normal" and not title.in_table
    article = doc.paragraphs[3]
    assert not article.centered and not article.bold
    rows = [p for p in doc.paragraphs if p.in_table]
    assert len(rows) == 3


def test_header_and_footer_kept_apart(tmp_path: Path) -> None:
    doc = read_docx(corpus.draft(tmp_path))
    assert doc.header_footer == ("辽宁省科学技术厅 规范性文件（送审稿）", "— 1 —")
    assert all("送审稿" not in p.text for p in doc.paragraphs)


def test_runs_line_breaks_and_odd_spaces(tmp_path: Path) -> None:
    d = Document()
    p = d.add_paragraph()
    p.add_run("关于印发")
    p.add_run("《辽宁省科技计划").bold = True
    p.add_run("项目管理办法》的通知").add_break()
    p.add_run("　 (试行)\u200b")
    d.add_paragraph("\u3000\u3000\u3000")
    path = tmp_path / "runs.docx"
    d.save(str(path))
    [para] = read_docx(path).paragraphs
    assert para.text == "关于印发《辽宁省科技计划项目管理办法》的通知(试行)"
    assert not para.bold


def test_style_properties_are_inherited(tmp_path: Path) -> None:
    d = Document()
    d.add_paragraph("第一章 总则", style="Title")
    d.add_paragraph("正文")
    path = tmp_path / "styled.docx"
    d.save(str(path))
    title, body = read_docx(path).paragraphs
    assert title.style == "Title" and title.size_pt is not None and title.size_pt > 20
    assert body.style == "Normal"


def test_normalize_text() -> None:
    assert normalize_text("\u3000第一条\u3000\u3000为了 \xa0规范\n管理 ") == "第一条 为了 规范管理"
    assert normalize_text("Article\n1") == "Article 1"


def test_plain_text_for_the_search_index(tmp_path: Path) -> None:
    path = corpus.draft(tmp_path)
    text = docx_plain_text(path)
    assert corpus.TITLE in text
    assert "重点研发计划 | 不超过100万元" in text
    assert text.endswith("— 1 —")
    assert len(docx_plain_text(path, limit_chars=30)) == 30


def test_large_document_reads_quickly(tmp_path: Path) -> None:
    d = Document()
    for i in range(3_000):
        d.add_paragraph(f"第{i}条 项目承担单位应当按照规定使用经费。").runs[0].font.size = Pt(16)
    path = tmp_path / "long.docx"
    d.save(str(path))
    doc = read_docx(path)
    assert len(doc.paragraphs) == 3_000
    assert doc.paragraphs[-1].size_pt == 16
