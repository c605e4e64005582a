"""Comparing two drafts."""

from __future__ import annotations

from pathlib import Path

from tests.unit.documents import corpus
from workbench.documents import Segment, compare_docx, compare_paragraphs, word_diff
from workbench.documents.reader import Paragraph


def _paras(*texts: str) -> list[Paragraph]:
    return [Paragraph(i, t, "Normal", False, False, False) for i, t in enumerate(texts, 1)]


def test_identical_drafts(tmp_path: Path) -> None:
    path = corpus.draft(tmp_path)
    result = compare_docx(path, path)
    assert result.identical and result.changes == ()
    assert result.format_text() == "两稿文字内容相同。"


def test_inserted_deleted_and_edited_paragraphs(tmp_path: Path) -> None:
    result = compare_docx(corpus.draft(tmp_path), corpus.second_draft(tmp_path))
    assert not result.identical
    summary = [(c.kind, c.old_index, c.new_index) for c in result.changes]
    assert summary == [
        ("removed", 5, None),
        ("added", None, 7),
        ("changed", 11, 11),
        ("changed", 13, 13),
        ("changed", 18, 18),
    ]
    removed, added, table, article, validity = result.changes
    assert removed.old_text.startswith("第二条") and removed.new_text == ""
    assert added.new_text.startswith("第四条之一") and added.old_text == ""
    assert table.segments == (
        Segment("equal", "重点研发计划 | 不超过"),
        Segment("delete", "100"),
        Segment("insert", "200"),
        Segment("equal", "万元 | 3年"),
    )
    assert ("delete", "处1万元以下罚款") in article.segments
    assert ("insert", "予以通报批评") in article.segments
    assert [s for s in validity.segments if s.op != "equal"] == [("delete", "5"), ("insert", "2")]


def test_format_text(tmp_path: Path) -> None:
    text = compare_docx(corpus.draft(tmp_path), corpus.second_draft(tmp_path)).format_text()
    lines = text.splitlines()
    assert lines[0].startswith("- [第5段] 第二条")
    assert lines[1].startswith("+ [第7段] 第四条之一")
    assert "~ [第13段 → 第13段]" in lines
    assert (
        "  原：第七条 项目承担单位有下列情形之一的，由省科学技术厅责令改正，处1万元以下罚款："
        in lines
    )
    assert (
        "  新：第七条 项目承担单位有下列情形之一的，由省科学技术厅责令改正，予以通报批评：" in lines
    )
    assert any("[-处1万元以下罚款-]{+予以通报批评+}" in line for line in lines)
    assert lines[-1] == "共5处改动：删除1段，新增1段，修改3段。"


def test_word_diff_groups_runs() -> None:
    segments = word_diff("本办法自2024年1月1日起施行", "本规定自2025年3月1日起施行")
    # a single kept character between two edits is folded into them
    assert segments == (
        Segment("equal", "本"),
        Segment("delete", "办法自2024年1"),
        Segment("insert", "规定自2025年3"),
        Segment("equal", "月1日起施行"),
    )
    assert word_diff("处1万元以下罚款", "处2万元以下罚款") == (
        Segment("equal", "处"),
        Segment("delete", "1"),
        Segment("insert", "2"),
        Segment("equal", "万元以下罚款"),
    )
    # the old and the new text can be rebuilt from the segments
    old = "".join(s.text for s in segments if s.op != "insert")
    new = "".join(s.text for s in segments if s.op != "delete")
    assert (old, new) == ("本办法自2024年1月1日起施行", "本规定自2025年3月1日起施行")


def test_dissimilar_replacement_is_removed_and_added() -> None:
    old = _paras("第一条 总则", "第二条 本办法适用于省级科技计划项目。", "第三条 附则")
    new = _paras("第一条 总则", "附件：申报书格式", "第三条 附则")
    kinds = [(c.kind, c.old_index, c.new_index) for c in compare_paragraphs(old, new).changes]
    assert kinds == [("removed", 2, None), ("added", None, 2)]


def test_pairing_keeps_order_in_a_rewritten_block() -> None:
    old = _paras("甲", "第五条 项目负责人应当按期报送年度报告。", "第六条 经费专款专用。", "乙")
    new = _paras(
        "甲",
        "第五条 项目负责人应当按期报送年度进展报告。",
        "第五条之一 全新的一条内容在这里。",
        "第六条 经费应当专款专用。",
        "乙",
    )
    kinds = [(c.kind, c.old_index, c.new_index) for c in compare_paragraphs(old, new).changes]
    assert kinds == [("changed", 2, 2), ("added", None, 3), ("changed", 3, 4)]


def test_large_rewrites_stay_fast() -> None:
    old = _paras(*(f"第{i}条 原来的规定内容第{i}项" for i in range(400)))
    new = _paras(*(f"第{i}条 修改后的规定内容第{i}项" for i in range(400)))
    changes = compare_paragraphs(old, new).changes
    assert len(changes) == 400 and all(c.kind == "changed" for c in changes)
