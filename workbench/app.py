"""Bootstrap of the desktop application: paths, settings, translations -> an AppContext.

Only this module and ``workbench.ui`` import PySide6, and this module only inside functions, so
the command line never loads Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

from workbench.paths import Paths
from workbench.services.context import ServiceContext


@dataclass
class AppContext:
    """Built once in :func:`run_gui` and passed explicitly to every window and dialog."""

    paths: Paths
    svc: ServiceContext
    language: str  # "zh_CN" or "en"


def run_gui(db: str | None = None) -> int:
    """Start the desktop application; ``db`` overrides the remembered data location."""
    from workbench.ui.bootstrap import run

    return run(db)
