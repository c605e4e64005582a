"""Review Workbench (合法性审核工作台)."""

__version__ = "0.1.0"
