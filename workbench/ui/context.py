"""What every window and dialog of the desktop application is given: built once at start."""

from __future__ import annotations

from dataclasses import dataclass

from workbench.paths import Paths
from workbench.services.context import ServiceContext


@dataclass
class AppContext:
    """Built once by :class:`workbench.ui.bootstrap.WorkbenchApp` and passed explicitly to every
    window and dialog; nothing below ``ui/`` sees it."""

    paths: Paths
    svc: ServiceContext
    language: str  # "zh_CN" or "en"
