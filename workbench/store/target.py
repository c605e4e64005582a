"""Where the data lives: a SQLite file or a server URL (:class:`Target`), where it comes from
when not given (``WORKBENCH_DB``, the default file), and whether a SQLite file may be opened
where it is (never on a network share)."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from workbench.store.errors import DatabaseError

MOUNTS_FILE = Path("/proc/mounts")
NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb",
        "smb2",
        "smb3",
        "smbfs",
        "ncpfs",
        "afs",
        "9p",
        "fuse.sshfs",
        "davfs",
        "fuse.davfs2",
        "glusterfs",
        "ceph",
        "lustre",
        "fuse.rclone",
    }
)


@dataclass(frozen=True)
class Target:
    """Where the data lives: a SQLite file (``path`` set) or a server URL."""

    url: str
    path: Path | None

    @property
    def is_sqlite(self) -> bool:
        return self.path is not None

    def display(self) -> str:
        if self.path is not None:
            return str(self.path)
        return make_url(self.url).render_as_string(hide_password=True)


def parse_target(value: str) -> Target:
    """A SQLite file path, ``sqlite:///path`` or a server URL such as ``postgresql+psycopg://``."""
    value = value.strip()
    if not value:
        raise DatabaseError("database.location_empty")
    if "://" in value:
        try:
            url = make_url(value)
        except ArgumentError as exc:
            raise DatabaseError("database.url_unreadable", url=value, reason=str(exc)) from None
        backend = url.get_backend_name()
        if backend == "sqlite":
            if not url.database or url.database == ":memory:":
                raise DatabaseError("database.sqlite_needs_file")
            return parse_target(url.database)
        if backend != "postgresql":
            raise DatabaseError("database.backend_unsupported", backend=backend)
        if url.drivername == "postgresql":
            url = url.set(drivername="postgresql+psycopg")
        return Target(url.render_as_string(hide_password=False), None)
    path = Path(value).expanduser().resolve()
    return Target(f"sqlite:///{path}", path)


def on_network_share(path: Path) -> str | None:
    """The kind of network file system ``path`` lives on, or ``None`` when it is local."""
    if sys.platform == "win32":
        spath = str(path)
        if spath.startswith("\\\\"):
            return "UNC"
        try:
            import ctypes

            drive = spath[:3]
            if ctypes.windll.kernel32.GetDriveTypeW(drive) == 4:  # type: ignore[attr-defined]
                return "network drive"
        except (AttributeError, OSError):
            return None
        return None
    try:
        mounts = MOUNTS_FILE.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    best: tuple[int, str] | None = None
    probe = str(path.parent if not path.exists() else path)
    for line in mounts:
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = parts[1].replace("\\040", " ")
        inside = probe == mount_point or probe.startswith(mount_point.rstrip("/") + "/")
        if inside and (best is None or len(mount_point) > best[0]):
            best = (len(mount_point), parts[2])
    if best is not None and best[1] in NETWORK_FILESYSTEMS:
        return best[1]
    return None


def check_sqlite_file(path: Path) -> None:
    """Refuse a folder or a file on a network share; create the data folder of a new file."""
    if path.is_dir():
        raise DatabaseError("database.is_folder", path=str(path))
    kind = on_network_share(path)
    if kind is not None:
        raise DatabaseError("database.on_network_share", path=str(path), share=kind)
    if not path.exists() and not path.parent.exists():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseError(
                "database.data_dir_failed", folder=str(path.parent), reason=str(exc.strerror)
            ) from None


def default_sqlite_path(data_dir: Path) -> Path:
    return data_dir / "workbench.sqlite3"


def env_target() -> str | None:
    return os.environ.get("WORKBENCH_DB") or None
