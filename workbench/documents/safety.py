"""Refuse hostile or broken .docx files before anything parses them.

A .docx is a zip archive. Everything here looks only at the zip's central directory (and at the
first bytes of the file) before a single member is decompressed, so a zip bomb, a file that is
not a Word document, an encrypted document or a truncated download is refused with one sentence
and bounded memory.
"""

from __future__ import annotations

import os
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path

from workbench.documents.errors import DocumentError
from workbench.domain.messages import Term
from workbench.zipguard import ZipLimits, check_zip, mb

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_MEMBERS = 2_000
MAX_MEMBER_BYTES = 100 * 1024 * 1024
MAX_TOTAL_BYTES = 300 * 1024 * 1024
MAX_RATIO = 200
RATIO_THRESHOLD_BYTES = 1024 * 1024
MAX_CENTRAL_DIRECTORY_BYTES = 4 * 1024 * 1024

DOCUMENT_XML = "word/document.xml"

_CHUNK = 64 * 1024


DOCX_LIMITS = ZipLimits(
    kind=Term(" Word 文档（.docx）", "a Word document (.docx)"),
    app="Word",
    encrypted_hint="zip.encrypted_or_old_docx",
    max_file_bytes=MAX_FILE_BYTES,
    max_members=MAX_MEMBERS,
    max_total_bytes=MAX_TOTAL_BYTES,
    max_ratio=MAX_RATIO,
    max_member_bytes=MAX_MEMBER_BYTES,
    ratio_threshold_bytes=RATIO_THRESHOLD_BYTES,
    max_central_directory_bytes=MAX_CENTRAL_DIRECTORY_BYTES,
    required_members=(DOCUMENT_XML,),
)


def check_docx(path: str | os.PathLike[str]) -> None:
    """Refuse ``path`` unless it looks like a sane, unencrypted Word (.docx) document.

    Raises :class:`DocumentError` with one Chinese sentence naming the file and the problem.
    Only the file header and the zip directory are read; no member is decompressed.
    """
    check_zip(path, DOCX_LIMITS, DocumentError)


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
                        "docx.member_too_large", name=label, member=name, limit=mb(limit)
                    )
                yield data
    except KeyError:
        raise DocumentError("docx.member_missing", name=label, member=name) from None
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError):
        raise DocumentError("docx.member_damaged", name=label, member=name) from None


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
                raise DocumentError("docx.dtd", name=self._label, member=self._name)
            self._tail = chunk[-16:]
            self._buffer += chunk
        if size < 0:
            out, self._buffer = self._buffer, b""
        else:
            out, self._buffer = self._buffer[:size], self._buffer[size:]
        return out
