"""Refuse hostile or broken .xlsx files before openpyxl parses them.

An .xlsx is a zip archive. Only the file's first bytes and the zip's central directory are read
here, before a single member is decompressed, so a zip bomb, an encrypted workbook, a file that
is not a workbook at all or a truncated download is refused with one sentence and bounded
memory. The sizes a zip declares cannot be exceeded when reading: Python's ``zipfile`` stops at
the declared size and fails the CRC check, so checking the declared sizes bounds the real ones.
"""

from __future__ import annotations

import os
import struct
import zipfile
from pathlib import Path
from typing import IO

from workbench.domain.errors import InvalidInput

MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_MEMBERS = 10_000
MAX_TOTAL_BYTES = 200 * 1024 * 1024
MAX_RATIO = 100
RATIO_THRESHOLD_BYTES = 1024 * 1024
MAX_CENTRAL_DIRECTORY_BYTES = 8 * 1024 * 1024

OLE_MAGIC = b"\xd0\xcf\x11\xe0"
ZIP_MAGIC = b"PK\x03\x04"
REQUIRED_MEMBERS = ("[Content_Types].xml", "xl/workbook.xml")

_EOCD = b"PK\x05\x06"
_EOCD64_LOCATOR = b"PK\x06\x07"
_EOCD64 = b"PK\x06\x06"


class WorkbookRefused(InvalidInput):
    """The file cannot be read as a ledger workbook; the message names the file and why."""


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.0f} MB"


def _end_record(handle: IO[bytes], size: int) -> tuple[int, int] | None:
    """(entry count, central directory size) from the zip's end records, or ``None``.

    ``zipfile`` builds a Python object per member while opening, so a directory claiming
    millions of members must be refused before ``zipfile`` sees it.
    """
    tail_len = min(size, 22 + 65535)
    handle.seek(size - tail_len)
    tail = handle.read(tail_len)
    pos = tail.rfind(_EOCD)
    if pos < 0 or len(tail) - pos < 22:
        return None
    (_, _, _, _, count, cd_size, _, _) = struct.unpack("<4s4H2LH", tail[pos : pos + 22])
    if count == 0xFFFF or cd_size == 0xFFFFFFFF:
        loc = pos - 20
        if loc >= 0 and tail[loc : loc + 4] == _EOCD64_LOCATOR:
            (_, _, eocd64_offset, _) = struct.unpack("<4sLQL", tail[loc : loc + 20])
            if 0 <= eocd64_offset < size:
                handle.seek(eocd64_offset)
                rec = handle.read(56)
                if len(rec) == 56 and rec[:4] == _EOCD64:
                    count, cd_size = struct.unpack("<QQ", rec[32:48])
    return int(count), int(cd_size)


def check_xlsx(path: str | os.PathLike[str]) -> None:
    """Refuse ``path`` unless it looks like a sane, unencrypted Excel workbook (.xlsx).

    Raises :class:`WorkbookRefused` with one Chinese sentence naming the file.
    """
    p = Path(path)
    name = p.name
    try:
        if not p.exists():
            raise WorkbookRefused(f"找不到文件“{p}”。")
        if not p.is_file():
            raise WorkbookRefused(f"“{name}”不是一个文件。")
        size = p.stat().st_size
        if size == 0:
            raise WorkbookRefused(f"文件“{name}”是空文件，不是 Excel 工作簿。")
        if size > MAX_FILE_BYTES:
            raise WorkbookRefused(
                f"文件“{name}”有 {_mb(size)}，超过台账文件 {_mb(MAX_FILE_BYTES)} 的上限，不予读取。"
            )
        with p.open("rb") as handle:
            head = handle.read(8)
            if head.startswith(OLE_MAGIC):
                raise WorkbookRefused(
                    f"文件“{name}”是加密的 Excel 工作簿或旧版 .xls 文件，"
                    "请在 Excel 中取消密码并另存为 .xlsx 后再导入。"
                )
            if not head.startswith(ZIP_MAGIC):
                raise WorkbookRefused(f"文件“{name}”不是 Excel 工作簿（.xlsx），无法读取。")
            found = _end_record(handle, size)
    except OSError as exc:
        raise WorkbookRefused(f"无法读取文件“{name}”：{exc.strerror or exc}。") from None
    if found is None:
        raise WorkbookRefused(f"文件“{name}”已损坏或不完整（压缩包目录缺失），无法读取。")
    count, cd_size = found
    if count > MAX_MEMBERS:
        raise WorkbookRefused(
            f"文件“{name}”包含 {count} 个内部部件，超过 {MAX_MEMBERS} 个的上限，不予读取。"
        )
    if cd_size > MAX_CENTRAL_DIRECTORY_BYTES:
        raise WorkbookRefused(f"文件“{name}”的压缩包目录异常庞大，不予读取。")
    try:
        with zipfile.ZipFile(p) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, struct.error):
        raise WorkbookRefused(f"文件“{name}”已损坏或不完整，无法读取。") from None
    except OSError as exc:
        raise WorkbookRefused(f"无法读取文件“{name}”：{exc.strerror or exc}。") from None
    _check_members(name, infos)


def _check_members(name: str, infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > MAX_MEMBERS:
        raise WorkbookRefused(
            f"文件“{name}”包含 {len(infos)} 个内部部件，超过 {MAX_MEMBERS} 个的上限，不予读取。"
        )
    total = 0
    names: set[str] = set()
    for info in infos:
        member = info.filename[:80]
        if info.flag_bits & 0x1:
            raise WorkbookRefused(f"文件“{name}”已加密，请在 Excel 中取消密码后再导入。")
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise WorkbookRefused(
                f"文件“{name}”解压后超过 {_mb(MAX_TOTAL_BYTES)}，远大于任何台账，"
                "可能是压缩炸弹，不予读取。"
            )
        if info.file_size > RATIO_THRESHOLD_BYTES and (
            info.compress_size <= 0 or info.file_size / info.compress_size > MAX_RATIO
        ):
            raise WorkbookRefused(
                f"文件“{name}”中的“{member}”压缩比异常（超过 {MAX_RATIO}:1），"
                "可能是压缩炸弹，不予读取。"
            )
        names.add(info.filename)
    missing = [m for m in REQUIRED_MEMBERS if m not in names]
    if missing:
        raise WorkbookRefused(f"文件“{name}”不是 Excel 工作簿（缺少部件 {missing[0]}），无法读取。")
