"""Per-user settings of the desktop application (window state, language, saved searches).

Everything lives in one INI file in the user's configuration directory (so a portable build
and every test keep their own), as plain values and JSON strings; never pickles. Settings that
must be the same for every user of an office live in the database instead.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from workbench.paths import Paths
from workbench.services.queue import QueueQuery

log = logging.getLogger(__name__)

SETTINGS_FILE = "workbench-gui.ini"

#: ``"zh_CN"``, ``"en"``, or empty for "follow the system".
KEY_LANGUAGE = "ui/language"
#: The data location last opened (SQLite path or server URL).
KEY_LOCATION = "data/location"
KEY_GEOMETRY = "window/geometry"
KEY_STATE = "window/state"
KEY_SPLITTER = "window/splitter"
#: "queue/header2": the columns were reordered (deadline and status first), so a layout
#: saved before that is not restored over the new order
KEY_HEADER = "queue/header2"
KEY_SORT = "queue/sort"
KEY_VIEW = "queue/view"
KEY_SAVED_SEARCHES = "queue/saved_searches"
KEY_DETAIL_TAB = "item/tab"
#: deadline reminders on (default) or off; and the day each item was last reminded (JSON)
KEY_REMINDERS = "reminders/enabled"
KEY_REMINDED = "reminders/last"


def user_settings(paths: Paths) -> QSettings:
    """The user's settings file. Dialogs read and write the same one."""
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    return QSettings(str(paths.config_dir / SETTINGS_FILE), QSettings.Format.IniFormat)


def get_str(settings: QSettings, key: str, default: str = "") -> str:
    value = settings.value(key, default)
    return value if isinstance(value, str) else default


def get_bytes(settings: QSettings, key: str) -> QByteArray | None:
    value = settings.value(key)
    if isinstance(value, QByteArray) and not value.isEmpty():
        return value
    if isinstance(value, bytes) and value:
        return QByteArray(value)
    return None


def get_json(settings: QSettings, key: str, default: Any) -> Any:
    raw = get_str(settings, key)
    if not raw:
        return default
    try:
        return json.loads(raw)
    except ValueError:
        log.warning("ignoring unreadable setting %s", key)
        return default


def set_json(settings: QSettings, key: str, value: Any) -> None:
    settings.setValue(key, json.dumps(value, ensure_ascii=False))


@dataclass(frozen=True)
class SavedSearch:
    """A search the user named and keeps in the sidebar."""

    name: str
    query: QueueQuery = field(default_factory=QueueQuery)

    @property
    def key(self) -> str:
        return "saved:" + self.name

    def to_json(self) -> dict[str, Any]:
        filters = {
            k: (v if isinstance(v, str) else list(v)) for k, v in self.query.column_filters.items()
        }
        return {
            "name": self.name,
            "view": self.query.view,
            "search": self.query.search,
            "filters": filters,
        }

    @classmethod
    def from_json(cls, data: Any) -> SavedSearch | None:
        if not isinstance(data, dict) or not isinstance(data.get("name"), str):
            return None
        filters = data.get("filters") or {}
        if not isinstance(filters, dict):
            filters = {}
        clean: dict[str, str | tuple[str, ...]] = {}
        for k, v in filters.items():
            if isinstance(v, str):
                clean[str(k)] = v
            elif isinstance(v, list):
                clean[str(k)] = tuple(str(x) for x in v)
        query = QueueQuery(str(data.get("view") or "all"), str(data.get("search") or ""), clean)
        return cls(data["name"], query)


def load_saved_searches(settings: QSettings) -> list[SavedSearch]:
    raw = get_json(settings, KEY_SAVED_SEARCHES, [])
    out = [s for s in (SavedSearch.from_json(d) for d in raw) if s is not None] if raw else []
    return out


def store_saved_searches(settings: QSettings, searches: list[SavedSearch]) -> None:
    set_json(settings, KEY_SAVED_SEARCHES, [s.to_json() for s in searches])
