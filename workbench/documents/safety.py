"""Refuse hostile or broken .docx files before anything parses them.

A .docx is a zip archive. Everything here looks only at the zip's central directory (and at the
first bytes of the file) before a single member is decompressed, so a zip bomb, a file that is
not a Word document, an encrypted document or a truncated download is refused with one sentence
and bounded memory.
"""

from __future__ import annotations

import os
import struct
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import IO

from workbench.documents.errors import DocumentError

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_MEMBERS = 2_000
MAX_MEMBER_BYTES = 100 * 1024 * 1024
MAX_TOTAL_BYTES = 300 * 1024 * 1024
MAX_RATIO = 200
RATIO_THRESHOLD_BYTES = 1024 * 1024
MAX_CENTRAL_DIRECTORY_BYTES = 4 * 1024 * 1024

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
DOCUMENT_XML = "word/document.xml"

_EOCD = b"PK\x05\x06"
_EOCD64_LOCATOR = b"PK\x06\x07"
_EOCD64 = b"PK\x06\x06"
_CHUNK = 64 * 1024


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.0f} MB"


def _directory_size(handle: IO[bytes], size: int) -> tuple[int, int] | None:
    """(entry count, central directory size) read from the end records, or None if absent.

    ``zipfile`` builds a Python object per member while it opens an archive, so a member count in
    the millions would exhaust memory before any check could run; reading the end record first
    keeps that bounded.
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


def _unsafe_name(name: str) -> bool:
    if "\x00" in name or name.startswith(("/", "\\")):
        return True
    if len(name) > 1 and name[1] == ":":  # a drive letter such as C:
        return True
    parts = PurePosixPath(name.replace("\\", "/")).parts
    return ".." in parts


def check_docx(path: str | os.PathLike[str]) -> None:
    """Refuse ``path`` unless it looks like a sane, unencrypted Word (.docx) document.

    Raises :class:`DocumentError` with one Chinese sentence naming the file and the problem.
    Only the file header and the zip directory are read; no member is decompressed.
    """
    p = Path(path)
    name = p.name
    try:
        size = p.stat().st_size
    except FileNotFoundError:
        raise DocumentError(f"找不到文件“{name}”。") from None
    except OSError as exc:
        raise DocumentError(f"无法读取文件“{name}”：{exc.strerror or exc}。") from None
    if not p.is_file():
        raise DocumentError(f"“{name}”不是一个文件。")
    if size > MAX_FILE_BYTES:
        raise DocumentError(
            f"文件“{name}”有 {_mb(size)}，超过了 {_mb(MAX_FILE_BYTES)} 的上限，不予读取。"
        )
    try:
        with p.open("rb") as handle:
            head = handle.read(8)
            if head.startswith(OLE_MAGIC[:4]):
                raise DocumentError(
                    f"文件“{name}”是加密的 Word 文档或旧版 .doc 文件，"
                    "请在 Word 中取消密码或另存为 .docx 后再试。"
                )
            if not head.startswith(ZIP_MAGIC):
                raise DocumentError(f"文件“{name}”不是 Word 文档（.docx），无法读取。")
            found = _directory_size(handle, size)
    except OSError as exc:
        raise DocumentError(f"无法读取文件“{name}”：{exc.strerror or exc}。") from None
    if found is None:
        raise DocumentError(f"文件“{name}”已损坏或不完整（压缩包目录缺失），无法读取。")
    count, cd_size = found
    if count > MAX_MEMBERS:
        raise DocumentError(
            f"文件“{name}”包含 {count} 个内部部件，超过 {MAX_MEMBERS} 个的上限，不予读取。"
        )
    if cd_size > MAX_CENTRAL_DIRECTORY_BYTES:
        raise DocumentError(f"文件“{name}”的压缩包目录异常庞大，不予读取。")
    try:
        with zipfile.ZipFile(p) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, struct.error):
        raise DocumentError(f"文件“{name}”已损坏或不完整，无法读取。") from None
    except OSError as exc:
        raise DocumentError(f"无法读取文件“{name}”：{exc.strerror or exc}。") from None
    if len(infos) > MAX_MEMBERS:
        raise DocumentError(
            f"文件“{name}”包含 {len(infos)} 个内部部件，超过 {MAX_MEMBERS} 个的上限，不予读取。"
        )
    _check_members(name, infos)


def _check_members(name: str, infos: list[zipfile.ZipInfo]) -> None:
    total = 0
    names: set[str] = set()
    for info in infos:
        member = info.filename
        if _unsafe_name(member):
            raise DocumentError(
                f"文件“{name}”含有指向压缩包之外的路径“{member[:80]}”，可能是恶意文件，不予读取。"
            )
        if info.flag_bits & 0x1:
            raise DocumentError(f"文件“{name}”已加密，请在 Word 中取消密码后再试。")
        if info.file_size > MAX_MEMBER_BYTES:
            raise DocumentError(
                f"文件“{name}”中的“{member[:80]}”解压后声称有 {_mb(info.file_size)}，"
                f"超过 {_mb(MAX_MEMBER_BYTES)} 的上限，可能是压缩炸弹，不予读取。"
            )
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise DocumentError(
                f"文件“{name}”解压后总计超过 {_mb(MAX_TOTAL_BYTES)}，可能是压缩炸弹，不予读取。"
            )
        if info.file_size > RATIO_THRESHOLD_BYTES and (
            info.compress_size <= 0 or info.file_size / info.compress_size > MAX_RATIO
        ):
            raise DocumentError(
                f"文件“{name}”中的“{member[:80]}”压缩比异常（超过 {MAX_RATIO}:1），"
                "可能是压缩炸弹，不予读取。"
            )
        names.add(member)
    if DOCUMENT_XML not in names:
        raise DocumentError(
            f"文件“{name}”不是 Word 文档（缺少正文部件 {DOCUMENT_XML}），无法读取。"
        )


def iter_member_bounded(
    zf: zipfile.ZipFile, name: str, limit: int, chunk: int = _CHUNK
) -> Iterator[bytes]:
    """Yield the decompressed bytes of member ``name`` in chunks, refusing past ``limit`` bytes.

    The sizes declared in a zip can lie; this counts what actually comes out.
    """
    label = Path(zf.filename).name if zf.filename else "文档"
    seen = 0
    try:
        with zf.open(name) as member:
            while True:
                data = member.read(chunk)
                if not data:
                    return
                seen += len(data)
                if seen > limit:
                    raise DocumentError(
                        f"文件“{label}”中的“{name}”解压后超过 {_mb(limit)}，不予读取。"
                    )
                yield data
    except KeyError:
        raise DocumentError(f"文件“{label}”缺少部件“{name}”，无法读取。") from None
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError):
        raise DocumentError(
            f"文件“{label}”已损坏或不完整（“{name}”无法解压），无法读取。"
        ) from None


def read_member_bounded(zf: zipfile.ZipFile, name: str, limit: int) -> bytes:
    """The decompressed bytes of member ``name``; :class:`DocumentError` past ``limit`` bytes."""
    return b"".join(iter_member_bounded(zf, name, limit))


class BoundedStream:
    """A read-only file object over a zip member that refuses to yield more than ``limit`` bytes.

    It also refuses any XML document type declaration: a Word part never has one, and entity
    tricks (billion laughs, external entities) all need one.
    """

    def __init__(self, zf: zipfile.ZipFile, name: str, limit: int) -> None:
        self._chunks = iter_member_bounded(zf, name, limit)
        self._buffer = b""
        self._tail = b""
        self._label = Path(zf.filename).name if zf.filename else "文档"
        self._name = name

    def close(self) -> None:
        """Close the member now (and with it the archive's file handle)."""
        close = getattr(self._chunks, "close", None)
        if close is not None:
            close()

    def __enter__(self) -> BoundedStream:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def read(self, size: int = -1) -> bytes:
        while size < 0 or len(self._buffer) < size:
            chunk = next(self._chunks, None)
            if chunk is None:
                break
            window = self._tail + chunk
            if b"<!DOCTYPE" in window or b"<!ENTITY" in window:
                raise DocumentError(
                    f"文件“{self._label}”的“{self._name}”含有 DTD 声明，可能是恶意文件，不予读取。"
                )
            self._tail = chunk[-16:]
            self._buffer += chunk
        if size < 0:
            out, self._buffer = self._buffer, b""
        else:
            out, self._buffer = self._buffer[:size], self._buffer[size:]
        return out
