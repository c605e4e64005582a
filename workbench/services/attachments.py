"""Materials (材料) attached to an item: stored once by content, listed, opened, searched.

With a SQLite database the bytes live beside it, content-addressed, under
``attachments/<sha256[:2]>/<sha256>`` (for the default database that is the user data
directory's ``attachments`` folder); on a shared server they live in the database itself, so
every PC sees them. The text of a .docx is extracted once, on adding, for search and preview.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from workbench.domain.errors import InvalidInput, NotFound
from workbench.domain.roles import Permission
from workbench.services.context import ServiceContext
from workbench.services.users import require
from workbench.store import audit
from workbench.store.items import get_by_reg_no
from workbench.store.schema import attachments

MAX_BYTES = 200 * 1024 * 1024
_CHUNK = 1024 * 1024
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


@dataclass(frozen=True)
class AttachmentView:
    id: int
    item_id: int
    name: str
    sha256: str
    size: int
    added_at: dt.datetime
    added_by: str
    text_chars: int

    @property
    def suffix(self) -> str:
        return Path(self.name).suffix.lower()


def storage_dir(ctx: ServiceContext) -> Path | None:
    """Where files are kept for this database, or ``None`` when they live in the database."""
    path = ctx.db.target.path
    return None if path is None else path.parent / "attachments"


def _stored_file(root: Path, sha: str) -> Path:
    return root / sha[:2] / sha


def _digest(path: Path) -> tuple[str, int]:
    h = hashlib.sha256()
    size = 0
    with path.open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            h.update(chunk)
            size += len(chunk)
            if size > MAX_BYTES:
                raise InvalidInput(
                    "attachment.too_large", name=path.name, mb=MAX_BYTES // (1024 * 1024)
                )
    return h.hexdigest(), size


def _extract_text(path: Path) -> str:
    """The text of a .docx (checked for zip bombs and hostile XML first); other files: none."""
    if path.suffix.lower() != ".docx":
        return ""
    try:
        from workbench.documents.reader import docx_plain_text
    except ImportError:  # documents layer not installed in this build
        return ""
    return docx_plain_text(path)


def _safe_name(name: str) -> str:
    cleaned = _UNSAFE.sub("_", name).strip().strip(".") or "attachment"
    if len(cleaned) > 200:
        stem, suffix = os.path.splitext(cleaned)
        cleaned = stem[: 200 - len(suffix)] + suffix
    return cleaned


def _copy_into_store(src: Path, dest: Path) -> None:
    if dest.exists():
        return
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=dest.parent, prefix=".incoming-")
    os.close(fd)
    try:
        shutil.copyfile(src, tmp)
        os.replace(tmp, dest)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _view(r: Any) -> AttachmentView:
    return AttachmentView(
        id=r.id,
        item_id=r.item_id,
        name=r.name,
        sha256=r.sha256,
        size=r.size,
        added_at=r.added_at,
        added_by=r.added_by,
        text_chars=int(r.text_chars or 0),
    )


_LIST_COLUMNS = (
    attachments.c.id,
    attachments.c.item_id,
    attachments.c.name,
    attachments.c.sha256,
    attachments.c.size,
    attachments.c.added_at,
    attachments.c.added_by,
    func.length(attachments.c.text).label("text_chars"),
)


def add_attachment(
    ctx: ServiceContext, reg_no: str, path: str | os.PathLike[str]
) -> AttachmentView:
    """Attach the file at ``path`` to the item; refuses duplicates, huge and unsafe files."""
    src = Path(path)
    if not src.is_file():
        raise InvalidInput("file.not_found", path=str(src))
    sha, size = _digest(src)
    text = _extract_text(src)
    name = _safe_name(src.name)
    root = storage_dir(ctx)
    if root is not None:
        _copy_into_store(src, _stored_file(root, sha))
    content = src.read_bytes() if root is None else None
    with ctx.db.write() as conn:
        require(conn, ctx, Permission.EDIT_ITEMS)
        item = get_by_reg_no(conn, reg_no)
        same = conn.execute(
            select(attachments.c.name).where(
                (attachments.c.item_id == item.id) & (attachments.c.sha256 == sha)
            )
        ).scalar()
        if same is not None:
            raise InvalidInput("attachment.same_content", reg_no=item.reg_no, name=same)
        result = conn.execute(
            attachments.insert().values(
                item_id=item.id,
                name=name,
                sha256=sha,
                size=size,
                text=text,
                content=content,
                added_at=dt.datetime.now(),
                added_by=ctx.actor,
            )
        )
        pk = result.inserted_primary_key
        assert pk is not None
        audit.record(
            conn,
            actor=ctx.actor,
            action="attach",
            item_id=item.id,
            reg_no=item.reg_no,
            after={"name": name, "sha256": sha, "size": size},
        )
        row = conn.execute(select(*_LIST_COLUMNS).where(attachments.c.id == int(pk[0]))).one()
        return _view(row)


def list_attachments(ctx: ServiceContext, reg_no: str) -> list[AttachmentView]:
    """The item's materials, oldest first."""
    with ctx.db.read() as conn:
        item = get_by_reg_no(conn, reg_no)
        rows = conn.execute(
            select(*_LIST_COLUMNS)
            .where(attachments.c.item_id == item.id)
            .order_by(attachments.c.added_at, attachments.c.id)
        )
        return [_view(r) for r in rows]


def attachment_text(ctx: ServiceContext, attachment_id: int) -> str:
    """The text extracted from the attachment when it was added ("" for non-.docx files)."""
    with ctx.db.read() as conn:
        text = conn.execute(
            select(attachments.c.text).where(attachments.c.id == attachment_id)
        ).scalar()
    if text is None:
        raise NotFound("attachment.not_found", attachment_id=attachment_id)
    return str(text)


def attachment_path(ctx: ServiceContext, attachment_id: int) -> Path:
    """A file with the attachment's bytes under its original name, for opening in the system's
    application (a private copy in the temporary folder, so the stored original stays intact)."""
    with ctx.db.read() as conn:
        row = conn.execute(
            select(attachments.c.name, attachments.c.sha256, attachments.c.content).where(
                attachments.c.id == attachment_id
            )
        ).first()
    if row is None:
        raise NotFound("attachment.not_found", attachment_id=attachment_id)
    sha: str = row.sha256
    name: str = row.name
    dest = Path(tempfile.gettempdir()) / "workbench-materials" / sha[:16] / name
    if dest.exists():
        return dest
    dest.parent.mkdir(parents=True, exist_ok=True)
    root = storage_dir(ctx)
    if row.content is not None:
        dest.write_bytes(bytes(row.content))
    elif root is not None and _stored_file(root, row.sha256).is_file():
        shutil.copyfile(_stored_file(root, row.sha256), dest)
    else:
        raise NotFound("attachment.file_missing", name=row.name, root=str(root))
    return dest
