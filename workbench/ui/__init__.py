"""The desktop application (Qt). Only this package and ``workbench.app`` import PySide6."""
