"""Where the shipped resources (templates, translations, icons, guide) are.

From a source checkout they are in ``resources/`` at the top of the repository; in the
PyInstaller bundle they are in ``resources/`` inside the bundle's data folder.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resource_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))
