"""Refuse hostile or broken zip containers (.docx, .xlsx) before anything parses them.

Only the file's first bytes and the zip's central directory are read, before a single member is
decompressed, so a zip bomb, an encrypted document, a file of another kind or a truncated
download is refused with one sentence and bounded memory. ``zipfile`` builds a Python object
per member while it opens an archive, so the member count is read from the end record first.
"""

from __future__ import annotations

import os
import struct
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO

OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # an encrypted Office file is an OLE compound file
ZIP_MAGIC = b"PK\x03\x04"
_EOCD = b"PK\x05\x06"
_EOCD64_LOCATOR = b"PK\x06\x07"
_EOCD64 = b"PK\x06\x06"


@dataclass(frozen=True)
class ZipLimits:
    """What is absurd for one kind of file, and how to name that kind in a message."""

    kind: str  # "Word 文档（.docx）"
    app: str  # "Word": where the user removes a password
    encrypted_hint: str  # the whole advice for an OLE (encrypted or legacy) file
    max_file_bytes: int
    max_members: int
    max_total_bytes: int
    max_ratio: int
    max_member_bytes: int | None = None
    ratio_threshold_bytes: int = 1024 * 1024
    max_central_directory_bytes: int = 8 * 1024 * 1024
    required_members: tuple[str, ...] = ()
    size_label: str = ""  # e.g. "台账文件": "超过台账文件 100 MB 的上限"
    total_hint: str = ""  # e.g. "，远大于任何台账"


def mb(n: int) -> str:
    return f"{n / (1024 * 1024):.0f} MB"


def end_record(handle: IO[bytes], size: int) -> tuple[int, int] | None:
    """(entry count, central directory size) from the zip's end records, or ``None``."""
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


def unsafe_name(name: str) -> bool:
    """A member name that points outside the archive (absolute, drive letter, ``..``)."""
    if "\x00" in name or name.startswith(("/", "\\")):
        return True
    if len(name) > 1 and name[1] == ":":
        return True
    return ".." in PurePosixPath(name.replace("\\", "/")).parts


def check_zip(
    path: str | os.PathLike[str], limits: ZipLimits, error: type[Exception]
) -> list[zipfile.ZipInfo]:
    """Refuse ``path`` with ``error(one sentence)`` unless it is a sane container of its kind.

    Returns the members' directory entries (nothing has been decompressed).
    """
    p = Path(path)
    name = p.name
    try:
        if not p.exists():
            raise error(f"找不到文件“{name}”。")
        if not p.is_file():
            raise error(f"“{name}”不是一个文件。")
        size = p.stat().st_size
        if size == 0:
            raise error(f"文件“{name}”是空文件，不是{limits.kind}。")
        if size > limits.max_file_bytes:
            raise error(
                f"文件“{name}”有 {mb(size)}，超过{limits.size_label} "
                f"{mb(limits.max_file_bytes)} 的上限，不予读取。"
            )
        with p.open("rb") as handle:
            head = handle.read(8)
            if head.startswith(OLE_MAGIC):
                raise error(f"文件“{name}”{limits.encrypted_hint}")
            if not head.startswith(ZIP_MAGIC):
                raise error(f"文件“{name}”不是{limits.kind}，无法读取。")
            found = end_record(handle, size)
    except OSError as exc:
        raise error(f"无法读取文件“{name}”：{exc.strerror or exc}。") from None
    if found is None:
        raise error(f"文件“{name}”已损坏或不完整（压缩包目录缺失），无法读取。")
    count, cd_size = found
    _check_count(name, count, limits, error)
    if cd_size > limits.max_central_directory_bytes:
        raise error(f"文件“{name}”的压缩包目录异常庞大，不予读取。")
    try:
        with zipfile.ZipFile(p) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, struct.error):
        raise error(f"文件“{name}”已损坏或不完整，无法读取。") from None
    except OSError as exc:
        raise error(f"无法读取文件“{name}”：{exc.strerror or exc}。") from None
    _check_count(name, len(infos), limits, error)
    _check_members(name, infos, limits, error)
    return infos


def _check_count(name: str, count: int, limits: ZipLimits, error: type[Exception]) -> None:
    if count > limits.max_members:
        raise error(
            f"文件“{name}”包含 {count} 个内部部件，超过 {limits.max_members} 个的上限，不予读取。"
        )


def _check_members(
    name: str, infos: list[zipfile.ZipInfo], limits: ZipLimits, error: type[Exception]
) -> None:
    total = 0
    names: set[str] = set()
    for info in infos:
        member = info.filename[:80]
        if unsafe_name(info.filename):
            raise error(
                f"文件“{name}”含有指向压缩包之外的路径“{member}”，可能是恶意文件，不予读取。"
            )
        if info.flag_bits & 0x1:
            raise error(f"文件“{name}”已加密，请在 {limits.app} 中取消密码后再试。")
        if limits.max_member_bytes is not None and info.file_size > limits.max_member_bytes:
            raise error(
                f"文件“{name}”中的“{member}”解压后声称有 {mb(info.file_size)}，"
                f"超过 {mb(limits.max_member_bytes)} 的上限，可能是压缩炸弹，不予读取。"
            )
        total += info.file_size
        if total > limits.max_total_bytes:
            raise error(
                f"文件“{name}”解压后总计超过 {mb(limits.max_total_bytes)}{limits.total_hint}，"
                "可能是压缩炸弹，不予读取。"
            )
        if info.file_size > limits.ratio_threshold_bytes and (
            info.compress_size <= 0 or info.file_size / info.compress_size > limits.max_ratio
        ):
            raise error(
                f"文件“{name}”中的“{member}”压缩比异常（超过 {limits.max_ratio}:1），"
                "可能是压缩炸弹，不予读取。"
            )
        names.add(info.filename)
    missing = [m for m in limits.required_members if m not in names]
    if missing:
        raise error(f"文件“{name}”不是{limits.kind}（缺少部件 {missing[0]}），无法读取。")
