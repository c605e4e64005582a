"""Site configuration: one JSON file per PC, written by the administrator or the installer."""

from __future__ import annotations

import json
from typing import Any

from workbench.paths import app_paths


def load_site() -> dict[str, Any]:
    path = app_paths().site_config_file
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def site_db() -> str | None:
    value = load_site().get("db")
    return value if isinstance(value, str) and value.strip() else None
