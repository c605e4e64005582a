"""Where the product keeps its files. Built once in ``main()``, never at import time."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "ReviewWorkbench"
APP_AUTHOR = "ReviewWorkbench"


@dataclass(frozen=True)
class Paths:
    data_dir: Path
    config_dir: Path
    site_config_dir: Path
    portable: bool

    @property
    def default_db(self) -> Path:
        return self.data_dir / "workbench.sqlite3"

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def attachments_dir(self) -> Path:
        return self.data_dir / "attachments"

    @property
    def site_config_file(self) -> Path:
        return self.site_config_dir / "site.json"


def app_paths() -> Paths:
    """The directories to use; ``WORKBENCH_DATA_DIR`` puts everything in one folder."""
    override = os.environ.get("WORKBENCH_DATA_DIR")
    if override:
        root = Path(override).expanduser().resolve()
        return Paths(root, root / "config", root / "site", portable=True)
    return Paths(
        data_dir=Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)),
        config_dir=Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)),
        site_config_dir=Path(platformdirs.site_config_dir(APP_NAME, APP_AUTHOR)),
        portable=False,
    )
