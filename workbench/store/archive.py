"""The portable backup archive (``.wbbackup``): a zip of JSON Lines tables, attachments and a
manifest with the SHA-256 of every member.

Layout::

    manifest.json               format, versions, schema revision, row counts, member checksums
    tables/<table>.jsonl        one JSON object per row, every column, ordered by primary key
    attachments/<sha256>        attachment content, once per distinct content

Reading is defensive: an archive is a file a user was handed, so every name, size, ratio,
checksum and value is checked before anything is written anywhere (:func:`verify_archive`),
and checked again while it is loaded (:meth:`VerifiedArchive.rows`), so that an archive that
changes on disk in between cannot slip through.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import re
import zipfile
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Table

from workbench.domain.messages import Msg, msg
from workbench.store.audit import GENESIS, row_hash
from workbench.store.codec import ArchiveError, decode_row, encode_row
from workbench.store.schema import audit_events, metadata

FORMAT = "workbench-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SUFFIX = ".wbbackup"

# Limits against hostile archives (module attributes so that tests can lower them).
MAX_MANIFEST_BYTES = 64 * 1024 * 1024
MAX_MEMBER_BYTES = 4 * 1024 * 1024 * 1024
MAX_BLOB_BYTES = 1024 * 1024 * 1024  # attachments are read whole
MAX_TOTAL_BYTES = 64 * 1024 * 1024 * 1024
MAX_LINE_BYTES = 64 * 1024 * 1024
MAX_MEMBERS = 2_000_000
#: A deflated member may expand this many times (JSON Lines compress ~10-30x; bombs ~1000x).
MAX_RATIO = 200
RATIO_FLOOR = 1024 * 1024  # members smaller than this are not ratio-checked

_SHA_RE = re.compile(r"^[0-9a-f]{64}$")
_TABLE_RE = re.compile(r"^tables/([a-z_]{1,64})\.jsonl$")
_BLOB_RE = re.compile(r"^attachments/([0-9a-f]{64})$")
_CHUNK = 1024 * 1024


def table_order() -> tuple[Table, ...]:
    """Every table, parents before children (the order rows are written and restored in)."""
    return tuple(metadata.sorted_tables)


def table_member(name: str) -> str:
    return f"tables/{name}.jsonl"


def blob_member(sha: str) -> str:
    return f"attachments/{sha}"


class ArchiveWriter:
    """Writes an archive to a temporary file beside ``dest``; :meth:`commit` renames it."""

    def __init__(self, dest: Path) -> None:
        self.dest = dest
        self.tmp = dest.with_name(f".{dest.name}.{os.getpid()}.tmp")
        self.members: dict[str, dict[str, Any]] = {}
        self._stamp = dt.datetime.now().timetuple()[:6]
        self._zf = zipfile.ZipFile(self.tmp, "w", zipfile.ZIP_DEFLATED, allowZip64=True)

    def _open(self, name: str) -> IO[bytes]:
        info = zipfile.ZipInfo(name, date_time=self._stamp)
        info.compress_type = zipfile.ZIP_DEFLATED
        return self._zf.open(info, "w", force_zip64=True)

    def write_rows(self, table: Table, rows: Iterable[Mapping[str, Any]]) -> int:
        name = table_member(table.name)
        digest = hashlib.sha256()
        size = count = 0
        with self._open(name) as fh:
            for row in rows:
                line = (encode_row(table, row) + "\n").encode("utf-8")
                digest.update(line)
                fh.write(line)
                size += len(line)
                count += 1
        self.members[name] = {"sha256": digest.hexdigest(), "size": size}
        return count

    def write_blob(self, sha: str, data: bytes) -> None:
        name = blob_member(sha)
        with self._open(name) as fh:
            fh.write(data)
        self.members[name] = {"sha256": sha, "size": len(data)}

    def commit(self, manifest: Mapping[str, Any]) -> Path:
        body = dict(manifest)
        body["members"] = self.members
        data = json.dumps(body, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")
        info = zipfile.ZipInfo(MANIFEST, date_time=self._stamp)
        info.compress_type = zipfile.ZIP_DEFLATED
        self._zf.writestr(info, data)
        self._zf.close()
        with self.tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(self.tmp, self.dest)
        return self.dest

    def abort(self) -> None:
        with contextlib.suppress(OSError, ValueError, zipfile.BadZipFile):
            self._zf.close()
        self.tmp.unlink(missing_ok=True)


@dataclass(frozen=True)
class Manifest:
    format_version: int
    product_version: str
    schema_revision: str
    created_at: str
    source_backend: str
    row_counts: Mapping[str, int]
    members: Mapping[str, tuple[str, int]]
    missing_attachments: tuple[str, ...]


@dataclass(frozen=True)
class VerifiedArchive:
    """An archive whose structure, checksums and rows have all been checked."""

    path: Path
    manifest: Manifest
    blobs: frozenset[str]

    @contextlib.contextmanager
    def open(self) -> Iterator[ArchiveReader]:
        """Read the checked archive again, checking every member again as it is read."""
        with _open_zip(self.path) as zf:
            yield ArchiveReader(zf, self.manifest)


class ArchiveReader:
    """Rows and attachments of an open, verified archive."""

    def __init__(self, zf: zipfile.ZipFile, manifest: Manifest) -> None:
        self._zf = zf
        self._manifest = manifest

    def rows(self, table: Table) -> Iterator[dict[str, Any]]:
        """The table's rows, decoded; raises :class:`ArchiveError` if the member changed."""
        name = table_member(table.name)
        yield from _read_rows(self._zf, name, table, self._manifest.members[name][0])

    def blob(self, sha: str) -> bytes:
        return _read_blob(self._zf, sha, self._manifest.members[blob_member(sha)][1])


def _fail(code: str, **params: object) -> ArchiveError:
    return ArchiveError(code, **params)


def _open_zip(path: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(path, "r")
    except FileNotFoundError:
        raise _fail("archive.not_found", path=str(path)) from None
    except IsADirectoryError:
        raise _fail("archive.is_folder", path=str(path)) from None
    except OSError as exc:
        raise _fail("archive.unreadable", path=str(path), reason=str(exc.strerror)) from None
    except (zipfile.BadZipFile, ValueError, EOFError):
        raise _fail("archive.not_zip", path=str(path)) from None


def _read_member(zf: zipfile.ZipFile, name: str) -> Iterator[bytes]:
    try:
        with zf.open(name) as fh:
            while chunk := fh.read(_CHUNK):
                yield chunk
    except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError) as exc:
        raise _fail("archive.member_damaged", name=name, reason=str(exc)) from None


def _read_lines(zf: zipfile.ZipFile, name: str) -> Iterator[bytes]:
    try:
        with zf.open(name) as fh:
            while line := fh.readline(MAX_LINE_BYTES + 1):
                if len(line) > MAX_LINE_BYTES:
                    raise _fail("archive.line_too_long", name=name, limit=MAX_LINE_BYTES)
                yield line
    except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError) as exc:
        raise _fail("archive.member_damaged", name=name, reason=str(exc)) from None


def _read_rows(zf: zipfile.ZipFile, name: str, table: Table, sha: str) -> Iterator[dict[str, Any]]:
    digest = hashlib.sha256()
    for number, line in enumerate(_read_lines(zf, name), start=1):
        digest.update(line)
        try:
            value = json.loads(line)
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise _fail("archive.line_not_json", name=name, line=number) from None
        yield decode_row(table, value, msg("archive.where_line", name=name, line=number))
    if digest.hexdigest() != sha:
        raise _fail("archive.checksum_mismatch", name=name)


def _read_blob(zf: zipfile.ZipFile, sha: str, size: int) -> bytes:
    data = b"".join(_read_member(zf, blob_member(sha)))
    if len(data) != size or hashlib.sha256(data).hexdigest() != sha:
        raise _fail("archive.blob_checksum_mismatch", sha=sha[:12])
    return data


def _check_entries(zf: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        raise _fail("archive.too_many_members", count=len(infos), limit=MAX_MEMBERS)
    entries: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        name = info.filename
        if name != MANIFEST and not (_TABLE_RE.match(name) or _BLOB_RE.match(name)):
            raise _fail("archive.unexpected_member", name=name[:80])
        if name in entries:
            raise _fail("archive.duplicate_member", name=name)
        if info.flag_bits & 0x1:
            raise _fail("archive.encrypted_member", name=name)
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise _fail("archive.compression_unsupported", name=name)
        limit = (
            MAX_MANIFEST_BYTES
            if name == MANIFEST
            else MAX_BLOB_BYTES
            if name.startswith("attachments/")
            else MAX_MEMBER_BYTES
        )
        if info.file_size > limit:
            raise _fail("archive.member_too_large", name=name, size=info.file_size, limit=limit)
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > RATIO_FLOOR and ratio > MAX_RATIO:
            raise _fail("archive.member_ratio", name=name, ratio=f"{ratio:.0f}")
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise _fail("archive.total_too_large", limit=MAX_TOTAL_BYTES)
        entries[name] = info
    if MANIFEST not in entries:
        raise _fail("archive.no_manifest")
    return entries


def _int(value: Any, what: str | Msg) -> int:
    """``what``: a key of the ``archive.field.*`` codes, or a phrase."""
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise _fail("archive.manifest_not_a_number", what=_field(what))
    return value


def _text(value: Any, what: str) -> str:
    if not isinstance(value, str) or len(value) > 200:
        raise _fail("archive.manifest_invalid", what=_field(what))
    return value


def _field(what: str | Msg) -> Msg:
    return msg(f"archive.field.{what}") if isinstance(what, str) else what


def _parse_manifest(raw: bytes, head: str, known: frozenset[str]) -> Manifest:
    try:
        body = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise _fail("archive.manifest_not_json") from None
    if not isinstance(body, dict) or body.get("format") != FORMAT:
        raise _fail("archive.manifest_foreign")
    version = _int(body.get("format_version"), "format_version")
    if version > FORMAT_VERSION:
        raise _fail("archive.format_newer", version=version, supported=FORMAT_VERSION)
    if version != FORMAT_VERSION:
        raise _fail("archive.format_unsupported", version=version, supported=FORMAT_VERSION)
    revision = _text(body.get("schema_revision"), "schema_revision")
    if revision != head:
        if revision in known:
            raise _fail("archive.schema_older", revision=revision, head=head)
        raise _fail("archive.schema_newer", revision=revision)
    counts = body.get("row_counts")
    members = body.get("members")
    if not isinstance(counts, dict) or not isinstance(members, dict):
        raise _fail("archive.manifest_incomplete")
    checked: dict[str, tuple[str, int]] = {}
    for name, entry in members.items():
        if not isinstance(entry, dict) or not _SHA_RE.match(str(entry.get("sha256", ""))):
            raise _fail("archive.manifest_bad_checksum", name=str(name)[:80])
        checked[str(name)] = (str(entry["sha256"]), _int(entry.get("size"), "member_size"))
    missing = body.get("missing_attachments", [])
    if not isinstance(missing, list) or not all(_SHA_RE.match(str(m)) for m in missing):
        raise _fail("archive.manifest_bad_missing")
    source = body.get("source")
    return Manifest(
        format_version=version,
        product_version=_text(body.get("product_version", ""), "product_version"),
        schema_revision=revision,
        created_at=_text(body.get("created_at", ""), "created_at"),
        source_backend=_text(
            source.get("backend", "") if isinstance(source, dict) else "", "source"
        ),
        row_counts={
            str(k): _int(v, msg("archive.field.row_count", table=str(k))) for k, v in counts.items()
        },
        members=checked,
        missing_attachments=tuple(str(m) for m in missing),
    )


class _ChainCheck:
    """Recomputes the audit hash chain row by row, as :func:`store.audit.verify_chain` does."""

    def __init__(self) -> None:
        self.prev = GENESIS
        self.last_id = 0

    def feed(self, row: Mapping[str, Any]) -> None:
        row_id = row["id"]
        if row_id <= self.last_id or row["prev_hash"] != self.prev:
            raise _fail("archive.audit_chain_broken", event_id=row_id)
        if row_hash(self.prev, row) != row["hash"]:
            raise _fail("archive.audit_hash_mismatch", event_id=row_id)
        self.prev, self.last_id = row["hash"], row_id


def verify_archive(path: Path, head: str, known: frozenset[str]) -> VerifiedArchive:
    """Check everything about the archive at ``path`` without touching any database.

    ``head`` is the schema revision this program writes; ``known`` every revision it knows.
    """
    with _open_zip(path) as zf:
        entries = _check_entries(zf)
        manifest = _parse_manifest(b"".join(_read_member(zf, MANIFEST)), head, known)
        names = set(entries) - {MANIFEST}
        if names != set(manifest.members):
            extra = sorted(names - set(manifest.members)) or sorted(set(manifest.members) - names)
            raise _fail("archive.members_differ", name=extra[0][:80])
        for name, (_sha, size) in manifest.members.items():
            if entries[name].file_size != size:
                raise _fail("archive.size_mismatch", name=name)
        tables = table_order()
        expected = {t.name for t in tables}
        if set(manifest.row_counts) != expected:
            raise _fail("archive.tables_differ")
        wanted: set[str] = set()
        for table in tables:
            name = table_member(table.name)
            if name not in manifest.members:
                raise _fail("archive.table_missing", table=table.name)
            count = 0
            chain = _ChainCheck()
            for row in _read_rows(zf, name, table, manifest.members[name][0]):
                count += 1
                if table.name == "attachments":
                    wanted.add(row["sha256"])
                elif table is audit_events:
                    chain.feed(row)
            if count != manifest.row_counts[table.name]:
                raise _fail("archive.row_count_mismatch", table=table.name)
        blobs = {m[len("attachments/") :] for m in names if _BLOB_RE.match(m)}
        unexplained = wanted - blobs - set(manifest.missing_attachments)
        if unexplained:
            raise _fail("archive.blob_missing", sha=sorted(unexplained)[0][:12])
        for sha in sorted(blobs):
            _read_blob(zf, sha, manifest.members[blob_member(sha)][1])
    return VerifiedArchive(path, manifest, frozenset(blobs))
