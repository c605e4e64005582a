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

from workbench.domain.errors import WorkbenchError
from workbench.domain.messages import Term

OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # an encrypted Office file is an OLE compound file
ZIP_MAGIC = b"PK\x03\x04"
_EOCD = b"PK\x05\x06"
_EOCD64_LOCATOR = b"PK\x06\x07"
_EOCD64 = b"PK\x06\x06"
_NOTHING = Term("", "")


@dataclass(frozen=True)
class ZipLimits:
    """What is absurd for one kind of file, and how to name that kind in a message."""

    kind: Term  # "Word 文档（.docx）" / "a Word document (.docx)"
    app: str  # "Word": where the user removes a password
    encrypted_hint: str  # the code of the whole advice for an OLE (encrypted or legacy) file
    max_file_bytes: int
    max_members: int
    max_total_bytes: int
    max_ratio: int
    max_member_bytes: int | None = None
    ratio_threshold_bytes: int = 1024 * 1024
    max_central_directory_bytes: int = 8 * 1024 * 1024
    required_members: tuple[str, ...] = ()
    size_label: Term = _NOTHING  # e.g. "台账文件": "超过台账文件 100 MB 的上限"
    total_hint: Term = _NOTHING  # e.g. "，远大于任何台账"


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
    path: str | os.PathLike[str], limits: ZipLimits, error: type[WorkbenchError]
) -> list[zipfile.ZipInfo]:
    """Refuse ``path`` with ``error(code, ...)`` unless it is a sane container of its kind.

    Returns the members' directory entries (nothing has been decompressed).
    """
    p = Path(path)
    name = p.name
    try:
        if not p.exists():
            raise error("zip.not_found", name=name)
        if not p.is_file():
            raise error("zip.not_a_file", name=name)
        size = p.stat().st_size
        if size == 0:
            raise error("zip.empty", name=name, kind=limits.kind)
        if size > limits.max_file_bytes:
            raise error(
                "zip.too_large",
                name=name,
                size=mb(size),
                size_label=limits.size_label,
                limit=mb(limits.max_file_bytes),
            )
        with p.open("rb") as handle:
            head = handle.read(8)
            if head.startswith(OLE_MAGIC):
                raise error(limits.encrypted_hint, name=name)
            if not head.startswith(ZIP_MAGIC):
                raise error("zip.wrong_kind", name=name, kind=limits.kind)
            found = end_record(handle, size)
    except OSError as exc:
        raise error("zip.unreadable", name=name, reason=exc.strerror or str(exc)) from None
    if found is None:
        raise error("zip.no_directory", name=name)
    count, cd_size = found
    _check_count(name, count, limits, error)
    if cd_size > limits.max_central_directory_bytes:
        raise error("zip.directory_too_large", name=name)
    try:
        with zipfile.ZipFile(p) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, struct.error):
        raise error("zip.damaged", name=name) from None
    except OSError as exc:
        raise error("zip.unreadable", name=name, reason=exc.strerror or str(exc)) from None
    _check_count(name, len(infos), limits, error)
    _check_members(name, infos, limits, error)
    return infos


def _check_count(name: str, count: int, limits: ZipLimits, error: type[WorkbenchError]) -> None:
    if count > limits.max_members:
        raise error("zip.too_many_members", name=name, count=count, limit=limits.max_members)


def _check_members(
    name: str, infos: list[zipfile.ZipInfo], limits: ZipLimits, error: type[WorkbenchError]
) -> None:
    total = 0
    names: set[str] = set()
    for info in infos:
        member = info.filename[:80]
        if unsafe_name(info.filename):
            raise error("zip.unsafe_path", name=name, member=member)
        if info.flag_bits & 0x1:
            raise error("zip.encrypted", name=name, app=limits.app)
        if limits.max_member_bytes is not None and info.file_size > limits.max_member_bytes:
            raise error(
                "zip.member_too_large",
                name=name,
                member=member,
                size=mb(info.file_size),
                limit=mb(limits.max_member_bytes),
            )
        total += info.file_size
        if total > limits.max_total_bytes:
            raise error(
                "zip.total_too_large",
                name=name,
                limit=mb(limits.max_total_bytes),
                hint=limits.total_hint,
            )
        if info.file_size > limits.ratio_threshold_bytes and (
            info.compress_size <= 0 or info.file_size / info.compress_size > limits.max_ratio
        ):
            raise error("zip.ratio", name=name, member=member, ratio=limits.max_ratio)
        names.add(info.filename)
    missing = [m for m in limits.required_members if m not in names]
    if missing:
        raise error("zip.member_missing", name=name, kind=limits.kind, member=missing[0])
