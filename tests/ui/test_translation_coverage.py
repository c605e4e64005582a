"""Every ``self.tr()`` string of the interface has its Chinese: a screen added without its
translations fails here rather than showing English in the Chinese interface."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _translated() -> set[tuple[str, str]]:
    """(context, source) of every finished translation in every *_zh_CN.ts (all are loaded)."""
    known: set[tuple[str, str]] = set()
    for ts in sorted((ROOT / "resources" / "translations").glob("*_zh_CN.ts")):
        for context in ET.parse(ts).getroot().iter("context"):
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is not None and translation.get("type") is None:
                    known.add((context.findtext("name") or "", message.findtext("source") or ""))
    return known


class _TrCalls(ast.NodeVisitor):
    """``self.tr("literal", ...)`` calls with the class they are in (the context)."""

    def __init__(self) -> None:
        self.classes: list[str] = []
        self.found: list[tuple[str, str, int]] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        if (
            self.classes
            and isinstance(func, ast.Attribute)
            and func.attr == "tr"
            and isinstance(func.value, ast.Name)
            and func.value.id == "self"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            self.found.append((self.classes[-1], node.args[0].value, node.lineno))
        self.generic_visit(node)


def test_every_string_of_the_interface_has_its_chinese() -> None:
    known = _translated()
    missing, checked = [], 0
    for path in sorted((ROOT / "workbench" / "ui").rglob("*.py")):
        calls = _TrCalls()
        calls.visit(ast.parse(path.read_text(encoding="utf-8")))
        for context, source, line in calls.found:
            checked += 1
            if (context, source) not in known:
                missing.append(f"{path.relative_to(ROOT)}:{line} {context}: {source!r}")
    assert not missing, "no Chinese for:\n" + "\n".join(missing)
    assert checked > 600  # the walk found the interface's strings
