"""Writing output files so that a reader never sees a half-written one."""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

from workbench.domain.errors import InvalidInput


def temp_beside(target: Path) -> Path:
    """A fresh hidden name in the target's folder (same file system, so the rename is atomic).

    The file is created by whoever writes it, so it gets the usual permissions (unlike
    ``mkstemp``'s owner-only ones).
    """
    return target.with_name(f".{target.stem}.{secrets.token_hex(6)}.tmp")


def check_target(path: Path) -> Path:
    target = path.resolve()
    if target.is_dir():
        raise InvalidInput("output.is_folder", path=str(path))
    if not target.parent.exists():
        raise InvalidInput("output.folder_missing", folder=str(target.parent))
    return target


def replace_atomically(tmp: Path, target: Path) -> None:
    """Move a finished temp file over ``target``; a locked target gets a clear message."""
    try:
        os.replace(tmp, target)
    except PermissionError:
        with contextlib.suppress(OSError):
            os.remove(tmp)
        raise InvalidInput("output.locked", name=target.name) from None
