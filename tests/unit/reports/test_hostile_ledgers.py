"""Untrusted workbooks: each is refused with one sentence naming the file; nothing is written."""

from __future__ import annotations

import io
import struct
import tracemalloc
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.refusals import code_is
from tests.unit.reports.conftest import db_state, write_ledger
from workbench.domain.errors import InvalidInput
from workbench.reports import xlsx_read
from workbench.reports.xlsx_safety import WorkbookRefused, check_xlsx
from workbench.services.context import ServiceContext
from workbench.services.ledger_import import import_ledger
from workbench.services.queries import list_items

HEADERS = ["标题", "类型", "送审日期"]


def good(directory: Path, name: str = "good.xlsx") -> Path:
    return write_ledger(directory / name, HEADERS, [["设备采购合同", "其他合同", "2025-01-06"]])


def truncated(directory: Path) -> Path:
    data = good(directory).read_bytes()
    path = directory / "truncated.xlsx"
    path.write_bytes(data[: len(data) // 2])
    return path


def not_a_zip(directory: Path) -> Path:
    path = directory / "notes.xlsx"
    path.write_text("登记号,类型,标题\n审2025-001,合同,x\n", encoding="utf-8")
    return path


def ole(directory: Path) -> Path:
    """What Excel writes for a password-protected workbook: an OLE compound file."""
    path = directory / "encrypted.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 4096)
    return path


def _with_members(directory: Path, name: str, extra: dict[str, bytes]) -> Path:
    base = zipfile.ZipFile(good(directory, "base.xlsx"))
    path = directory / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in base.infolist():
            out.writestr(info.filename, base.read(info.filename))
        for member, data in extra.items():
            out.writestr(member, data)
    base.close()
    return path


def zip_bomb(directory: Path) -> Path:
    """64 MB of zeros that deflate to a few dozen KB."""
    path = _with_members(directory, "bomb.xlsx", {})
    with (
        zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as zf,
        zf.open("xl/media/x.bin", "w") as m,
    ):
        chunk = b"\x00" * (1 << 20)
        for _ in range(64):
            m.write(chunk)
    return path


def lying_sizes(directory: Path) -> Path:
    """A small file whose directory claims 700 MB for one member (with a plausible ratio)."""
    path = _with_members(directory, "liar.xlsx", {"xl/media/y.bin": b"\x01" * 1000})
    data = bytearray(path.read_bytes())
    entry = data.rfind(b"PK\x01\x02")  # the last member's central directory entry
    struct.pack_into("<LL", data, entry + 20, 9_000_000, 700 * 1024 * 1024)
    path.write_bytes(bytes(data))
    return path


def many_members(directory: Path) -> Path:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as zf:
        for i in range(10_001):
            zf.writestr(f"x/{i}", b"")
    path = directory / "many.xlsx"
    path.write_bytes(buf.getvalue())
    return path


def encrypted_member(directory: Path) -> Path:
    path = good(directory, "flagged.xlsx")
    data = bytearray(path.read_bytes())
    pos = data.rfind(b"PK\x01\x02")
    flags = struct.unpack_from("<H", data, pos + 8)[0]
    struct.pack_into("<H", data, pos + 8, flags | 0x1)
    path.write_bytes(bytes(data))
    return path


def word_document(directory: Path) -> Path:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<w:document/>")
    path = directory / "letter.xlsx"
    path.write_bytes(buf.getvalue())
    return path


def garbage_sheet(directory: Path) -> Path:
    """A well-formed zip whose worksheet XML is broken half-way."""
    base = zipfile.ZipFile(good(directory, "base2.xlsx"))
    path = directory / "garbled.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in base.infolist():
            data = base.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data[: len(data) // 2] + b"<<<garbage"
            out.writestr(info.filename, data)
    base.close()
    return path


def billion_laughs(directory: Path) -> Path:
    base = zipfile.ZipFile(good(directory, "base3.xlsx"))
    path = directory / "laughs.xlsx"
    dtd = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in base.infolist():
            data = base.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                if data.startswith(b"<?xml"):
                    data = data.split(b"?>", 1)[1]
                data = dtd + data.replace(b"<v>", b"<v>&lol2;", 1)
            out.writestr(info.filename, data)
    base.close()
    return path


CASES: list[tuple[Callable[[Path], Path], str]] = [
    (truncated, "已损坏或不完整"),
    (not_a_zip, "不是 Excel 工作簿"),
    (ole, "加密的 Excel 工作簿或旧版 .xls 文件"),
    (zip_bomb, "压缩比异常"),
    (lying_sizes, "可能是压缩炸弹"),
    (many_members, "超过 10000 个的上限"),
    (encrypted_member, "已加密"),
    (word_document, "不是 Excel 工作簿"),
    (garbage_sheet, "已损坏或内容无法识别"),
    (billion_laughs, "可能是恶意文件"),
]


@pytest.mark.parametrize(("make", "message"), CASES, ids=[c[0].__name__ for c in CASES])
def test_refused_with_one_sentence_and_nothing_written(
    ctx: ServiceContext, tmp_path: Path, make: Callable[[Path], Path], message: str
) -> None:
    import_ledger(ctx, good(tmp_path, "first.xlsx"))  # the database is not empty
    path = make(tmp_path)
    before = db_state(ctx)
    with pytest.raises(InvalidInput) as err:
        import_ledger(ctx, path)
    text = str(err.value)
    assert message in text and path.name in text
    assert "\n" not in text and text.endswith("。")
    assert db_state(ctx) == before
    for skip in (True, False):
        with pytest.raises(InvalidInput):
            import_ledger(ctx, path, skip_invalid=skip, dry_run=not skip)
    assert db_state(ctx) == before
    assert not (tmp_path / f"{path.stem}.rejected.xlsx").exists()


def test_the_check_reads_no_member(tmp_path: Path) -> None:
    check_xlsx(good(tmp_path))
    with pytest.raises(WorkbookRefused, check=code_is("zip.not_found")):
        check_xlsx(tmp_path / "missing.xlsx")
    with pytest.raises(WorkbookRefused, check=code_is("zip.empty")):
        (tmp_path / "empty.xlsx").write_bytes(b"")
        check_xlsx(tmp_path / "empty.xlsx")


def _declare(path: Path, dimension: bytes, extra_row: bytes = b"") -> Path:
    data = zipfile.ZipFile(path)
    out_path = path.with_name("declared-" + path.name)
    with zipfile.ZipFile(out_path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in data.infolist():
            body = data.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                start = body.index(b"<dimension")
                end = body.index(b"/>", start) + 2
                body = body[:start] + b'<dimension ref="' + dimension + b'"/>' + body[end:]
                body = body.replace(b"</sheetData>", extra_row + b"</sheetData>")
            out.writestr(info.filename, body)
    data.close()
    return out_path


def test_a_huge_declared_dimension_allocates_nothing(ctx: ServiceContext, tmp_path: Path) -> None:
    path = _declare(good(tmp_path), b"A1:XFD1048576")
    tracemalloc.start()
    try:
        result = import_ledger(ctx, path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert result.imported == 1
    assert peak < 30 * 1024 * 1024


def test_cells_beyond_the_column_limit_are_ignored(ctx: ServiceContext, tmp_path: Path) -> None:
    far = b'<row r="3"><c r="XFD3" t="inlineStr"><is><t>far away</t></is></c></row>'
    path = _declare(good(tmp_path), b"A1:C2", far)
    result = import_ledger(ctx, path)
    assert result.imported == 1 and result.rows == 1


def test_too_many_rows_are_refused(
    ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(xlsx_read, "MAX_ROWS", 3)
    rows = [["设备采购合同", "其他合同", "2025-01-06"]] * 4
    path = write_ledger(tmp_path / "long.xlsx", HEADERS, rows)
    before = db_state(ctx)
    with pytest.raises(InvalidInput, check=code_is("ledger.too_many_rows")):
        import_ledger(ctx, path)
    assert db_state(ctx) == before and list_items(ctx) == []
