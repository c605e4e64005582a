"""The application's own icons (SVG sources, PNG renderings for platforms that want them)."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from workbench.resources import resource

APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def app_icon() -> QIcon:
    """The seal-and-document icon: PNGs at the usual sizes, plus the SVG for anything else."""
    icon = QIcon()
    folder = resource("icons")
    for size in APP_ICON_SIZES:
        png = folder / f"workbench-{size}.png"
        if png.is_file():
            icon.addFile(str(png))
    svg = folder / "workbench.svg"
    if svg.is_file():
        icon.addFile(str(svg))
    return icon


def icon(name: str) -> QIcon:
    path = resource("icons", f"{name}.svg")
    return QIcon(str(path)) if path.is_file() else QIcon()
