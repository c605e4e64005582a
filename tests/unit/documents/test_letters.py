"""Opinion letters and filing reports from .docx templates."""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path

import pytest
from docx import Document

from tests.refusals import code_is
from workbench.documents import (
    FILING_PLACEHOLDERS,
    LETTER_PLACEHOLDERS,
    DocumentError,
    TemplateError,
    default_filing_template,
    default_letter_template,
    filing_fields,
    letter_fields,
    placeholders_in,
    render_template,
    revision_note,
    templates_dir,
)

OPINION = (
    "一、第七条“处1万元以下罚款”属于设定行政处罚，超出行政规范性文件权限，建议删除。\n"
    "二、第十一条规定有效期5年，试行文件的有效期一般不超过2年，建议修改。"
)


def sample_letter() -> dict[str, str]:
    return letter_fields(
        office="辽宁省科学技术厅政策法规处",
        reg_no="审2023-017",
        title="《辽宁省科技计划项目管理办法（试行）》",
        kind_label="行政规范性文件",
        unit="辽宁省科学技术厅资源配置与管理处",
        received_on=dt.date(2023, 5, 6),
        counsel="王明",
        issued_on=dt.date(2023, 5, 20),
        conclusion_label="修改后同意",
        opinion_text=OPINION,
        basis="《中华人民共和国行政处罚法》第十六条。",
        defects=["内容违法", "文字技术"],
        revision=revision_note(2, dt.date(2023, 5, 8)),
        doc_no="辽科发〔2023〕16号",
    )


def all_text(path: Path) -> list[str]:
    doc = Document(str(path))
    texts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        texts += [cell.text for row in table.rows for cell in row.cells]
    for section in doc.sections:
        for hf in (section.header, section.footer, section.even_page_footer):
            texts += [p.text for p in hf.paragraphs]
    return texts


def make_template(path: Path, runs: list[list[str]], header: str = "", cell: str = "") -> Path:
    doc = Document()
    for parts in runs:
        p = doc.add_paragraph()
        for i, part in enumerate(parts):
            p.add_run(part).bold = i == 1
    if header:
        doc.sections[0].header.paragraphs[0].text = header
    if cell:
        doc.add_table(rows=1, cols=1).cell(0, 0).text = cell
    doc.save(str(path))
    return path


def test_letter_fields() -> None:
    fields = sample_letter()
    assert set(fields) == set(LETTER_PLACEHOLDERS)
    assert fields["title"] == "辽宁省科技计划项目管理办法（试行）"
    assert fields["received_on"] == "2023年5月6日"
    assert fields["defects"] == "内容违法、文字技术"
    assert fields["revision"] == "（第2次修订，取代2023年5月8日意见）"
    assert fields["year"] == "2023"
    empty = letter_fields(**{**_letter_args(), "defects": (), "basis": "", "doc_no": ""})
    assert (empty["defects"], empty["basis"], empty["doc_no"]) == ("无", "无", "无")


def _letter_args() -> dict[str, object]:
    return {
        "office": "处",
        "reg_no": "审2024-001",
        "title": "标题",
        "kind_label": "合作协议",
        "unit": "单位",
        "received_on": dt.date(2024, 1, 2),
        "counsel": "李",
        "issued_on": dt.date(2024, 1, 9),
        "conclusion_label": "同意",
        "opinion_text": "同意。",
    }


def test_render_default_letter(tmp_path: Path) -> None:
    fields = sample_letter()
    out = tmp_path / "letter.docx"
    render_template(default_letter_template(), fields, out)
    texts = all_text(out)
    joined = "\n".join(texts)
    assert "{{" not in joined and "}}" not in joined
    for name, value in fields.items():
        for line in value.splitlines():
            assert line in joined, name
    assert texts[1:4] == ["审核编号：审2023-017", "（第2次修订，取代2023年5月8日意见）", ""]
    assert "辽宁省科学技术厅资源配置与管理处：" in texts
    # each line of a multi-line opinion is its own body paragraph
    doc = Document(str(out))
    lines = [p for p in doc.paragraphs if p.text in OPINION.splitlines()]
    assert [p.style.name for p in lines] == ["公文正文", "公文正文"]
    assert [p.name for p in tmp_path.iterdir()] == ["letter.docx"]  # no temp file left


def test_render_default_filing_report(tmp_path: Path) -> None:
    fields = filing_fields(
        office="辽宁省科学技术厅",
        authority="辽宁省司法厅",
        title="辽宁省科技计划项目管理办法（试行）",
        doc_no="辽科发〔2023〕16号",
        published_on=dt.date(2023, 6, 1),
        filed_on=dt.date(2023, 6, 12),
        reg_no="审2023-017",
        opinion_issued_on=dt.date(2023, 5, 20),
        conclusion_label="修改后同意",
        valid_until=dt.date(2025, 5, 31),
    )
    assert set(fields) == set(FILING_PLACEHOLDERS)
    out = tmp_path / "filing.docx"
    render_template(default_filing_template(), fields, out)
    joined = "\n".join(all_text(out))
    assert "{{" not in joined
    for value in fields.values():
        assert value in joined
    assert "辽宁省司法厅：" in joined


def test_first_opinion_has_no_revision_line(tmp_path: Path) -> None:
    out = tmp_path / "letter.docx"
    render_template(default_letter_template(), {**sample_letter(), "revision": ""}, out)
    texts = [p.text for p in Document(str(out)).paragraphs]
    assert texts[:4] == [
        "合法性审核意见书",
        "审核编号：审2023-017",
        "",
        "辽宁省科学技术厅资源配置与管理处：",
    ]


def test_split_runs_are_merged_keeping_the_first_runs_format(tmp_path: Path) -> None:
    template = make_template(
        tmp_path / "t.docx",
        [["关于《", "{{ti", "tle}}", "》的意见"], ["{", "{office}", "}"]],
        header="{{reg_no}}",
        cell="{{ unit }}",
    )
    out = tmp_path / "out.docx"
    render_template(
        template, {"title": "某办法", "office": "政策法规处", "reg_no": "审1", "unit": "甲"}, out
    )
    doc = Document(str(out))
    first = doc.paragraphs[0]
    assert first.text == "关于《某办法》的意见"
    assert [r.text for r in first.runs if r.text] == ["关于《", "某办法", "》的意见"]
    assert first.runs[1].bold  # the run holding "{{" keeps its formatting
    assert doc.paragraphs[1].text == "政策法规处"
    assert doc.sections[0].header.paragraphs[0].text == "审1"
    assert doc.tables[0].cell(0, 0).text == "甲"


def test_line_breaks_inside_a_sentence(tmp_path: Path) -> None:
    template = make_template(tmp_path / "t.docx", [["意见：", "{{opinion_text}}", "。"]])
    out = tmp_path / "out.docx"
    render_template(template, {"opinion_text": "第一\n第二"}, out)
    p = Document(str(out)).paragraphs[0]
    assert p.text == "意见：第一\n第二。"
    assert len(Document(str(out)).paragraphs) == 1


def test_unknown_placeholder_is_refused_before_writing(tmp_path: Path) -> None:
    template = make_template(tmp_path / "t.docx", [["{{title}} ", "{{fo", "o}}"]])
    out = tmp_path / "out.docx"
    with pytest.raises(
        TemplateError, match=r"\{\{foo\}\}", check=code_is("template.placeholder_unknown")
    ) as info:
        render_template(template, {"title": "x"}, out)
    assert "t.docx" in str(info.value)
    assert not out.exists()
    assert isinstance(info.value, DocumentError)


def test_unknown_placeholder_in_a_header(tmp_path: Path) -> None:
    template = make_template(tmp_path / "t.docx", [["正文"]], header="{{审核人}}")
    with pytest.raises(TemplateError, check=code_is("template.placeholder_unknown")):
        render_template(template, {}, tmp_path / "out.docx")


def test_allowed_narrows_the_placeholders(tmp_path: Path) -> None:
    template = make_template(tmp_path / "t.docx", [["{{title}}{{authority}}"]])
    with pytest.raises(
        TemplateError, match="authority", check=code_is("template.placeholder_unknown")
    ):
        render_template(template, {"title": "x"}, tmp_path / "o.docx", allowed=["title"])


def test_incomplete_placeholder_is_refused(tmp_path: Path) -> None:
    template = make_template(tmp_path / "t.docx", [["《{{title》"]])
    with pytest.raises(TemplateError, check=code_is("template.placeholder_incomplete")):
        render_template(template, {"title": "x"}, tmp_path / "o.docx")


def test_missing_known_field_becomes_empty_and_output_is_replaced(tmp_path: Path) -> None:
    template = make_template(tmp_path / "t.docx", [["编号{{reg_no}}：{{title}}"]])
    out = tmp_path / "out.docx"
    out.write_bytes(b"old")
    render_template(template, {"title": "某办法"}, out)
    assert Document(str(out)).paragraphs[0].text == "编号：某办法"


def test_hostile_template_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "bad.docx"
    bad.write_text("not a docx", encoding="utf-8")
    with pytest.raises(DocumentError, match=r"bad\.docx", check=code_is("zip.wrong_kind")):
        render_template(bad, {}, tmp_path / "out.docx")


def test_missing_output_directory(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, check=code_is("document.folder_missing")):
        render_template(default_letter_template(), sample_letter(), tmp_path / "no" / "x.docx")


def test_default_templates_use_every_documented_placeholder() -> None:
    assert set(placeholders_in(default_letter_template())) == set(LETTER_PLACEHOLDERS)
    assert set(placeholders_in(default_filing_template())) == set(FILING_PLACEHOLDERS)


def test_readme_documents_every_placeholder() -> None:
    readme = (templates_dir() / "README.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^\| `\{\{(\w+)\}\}` \|", readme, re.M))
    from workbench.documents.return_notice import RETURN_NOTICE_PLACEHOLDERS

    every = set(LETTER_PLACEHOLDERS) | set(FILING_PLACEHOLDERS) | set(RETURN_NOTICE_PLACEHOLDERS)
    assert documented == every


def test_templates_found_in_a_frozen_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bundled = tmp_path / "resources" / "templates"
    bundled.mkdir(parents=True)
    (bundled / "opinion_letter.docx").write_bytes(default_letter_template().read_bytes())
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert default_letter_template() == bundled / "opinion_letter.docx"
    with pytest.raises(
        TemplateError, match=r"filing_report\.docx", check=code_is("template.default_missing")
    ):
        default_filing_template()


def test_empty_placeholder_paragraphs(tmp_path: Path) -> None:
    template = make_template(
        tmp_path / "t.docx", [["前"], ["{{revision}}"], ["后{{revision}}"]], cell="{{doc_no}}"
    )
    out = tmp_path / "out.docx"
    render_template(template, {"revision": "", "doc_no": ""}, out)
    doc = Document(str(out))
    assert [p.text for p in doc.paragraphs] == ["前", "后"]
    assert doc.tables[0].cell(0, 0).text == ""  # a cell keeps its one paragraph
