"""Hostile and broken .docx files are refused with one sentence naming the file."""

from __future__ import annotations

import tracemalloc
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.refusals import code_is
from tests.unit.documents import corpus
from workbench.documents import DocumentError, check_docx, read_docx, read_member_bounded
from workbench.domain.errors import WorkbenchError

PEAK_LIMIT = 64 * 1024 * 1024


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (corpus.zip_bomb, "压缩炸弹"),
        (corpus.declared_huge, "压缩炸弹"),
        (corpus.truncated, "损坏或不完整"),
        (corpus.renamed_text, "不是 Word 文档"),
        (corpus.ole_encrypted, "加密"),
        (corpus.path_traversal, "压缩包之外的路径"),
        (corpus.too_many_members, "2000 个的上限"),
        (corpus.oversized, "50 MB"),
        (corpus.not_word, "word/document.xml"),
    ],
)
def test_refused_with_file_name_and_reason(
    tmp_path: Path, make: Callable[[Path], Path], reason: str
) -> None:
    path = make(tmp_path)
    with pytest.raises(DocumentError) as info:
        check_docx(path)
    message = str(info.value)
    assert path.name in message
    assert reason in message
    assert message.endswith("。") and message.count("。") == 1
    with pytest.raises(DocumentError):
        read_docx(path)


def test_error_is_a_value_error_and_a_workbench_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        check_docx(corpus.renamed_text(tmp_path))
    with pytest.raises(WorkbenchError):
        check_docx(tmp_path / "missing.docx")


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, check=code_is("zip.not_found")):
        check_docx(tmp_path / "missing.docx")


def test_a_normal_document_passes(tmp_path: Path) -> None:
    check_docx(corpus.draft(tmp_path))


@pytest.mark.parametrize(
    "make", [corpus.zip_bomb, corpus.declared_huge, corpus.lying_sizes, corpus.with_dtd]
)
def test_memory_stays_bounded(tmp_path: Path, make: Callable[[Path], Path]) -> None:
    path = make(tmp_path)
    tracemalloc.start()
    try:
        with pytest.raises(DocumentError) as info:
            read_docx(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert path.name in str(info.value)
    assert peak < PEAK_LIMIT


def test_lying_sizes_pass_the_directory_check_but_not_the_read(tmp_path: Path) -> None:
    path = corpus.lying_sizes(tmp_path)
    check_docx(path)  # the directory alone looks harmless
    with pytest.raises(DocumentError, match=r"liar\.docx", check=code_is("docx.member_damaged")):
        read_docx(path)


def test_dtd_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="DTD", check=code_is("docx.dtd")):
        read_docx(corpus.with_dtd(tmp_path))


def test_read_member_bounded_stops_past_the_limit(tmp_path: Path) -> None:
    path = corpus.zip_bomb(tmp_path)
    tracemalloc.start()
    try:
        with (
            zipfile.ZipFile(path) as zf,
            pytest.raises(DocumentError, check=code_is("docx.member_too_large")),
        ):
            read_member_bounded(zf, "word/media/image1.png", 1024 * 1024)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 * 1024 * 1024


def test_read_member_bounded_reads_within_the_limit(tmp_path: Path) -> None:
    with zipfile.ZipFile(corpus.draft(tmp_path)) as zf:
        data = read_member_bounded(zf, "word/document.xml", 10 * 1024 * 1024)
    assert data.startswith(b"<?xml")


def test_read_member_bounded_missing_member(tmp_path: Path) -> None:
    with (
        zipfile.ZipFile(corpus.draft(tmp_path)) as zf,
        pytest.raises(DocumentError, check=code_is("docx.member_missing")),
    ):
        read_member_bounded(zf, "word/nothing.xml", 1024)
