"""The annual-report paragraph: an editable template whose placeholders name tally keys.

A placeholder is a dotted path in braces, e.g. ``{filed.by_kind.normative}`` or
``{reviewed.total}``; ``{{`` and ``}}`` stand for literal braces. A template naming anything that
is not a tally key is refused, naming the placeholder, before anything is rendered.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from workbench.domain.errors import InvalidInput
from workbench.resources import resource

DEFAULT_TEMPLATE_FILE = ("templates", "report_paragraph.txt")
#: Placeholders that are not counts and are never rounded.
TEXT_KEYS = frozenset({"year", "authority", "office"})
#: Groups whose members are names (units, counsel): a name absent this year counts 0.
OPEN_GROUPS = ("reviewed.by_unit.", "reviewed.by_counsel.")
APPROX_FROM = 20

_TOKEN = re.compile(r"\{\{|\}\}|\{([^{}]*)\}|[{}]")


class TemplateRefused(InvalidInput):
    """The report template cannot be used; the message names the offending placeholder."""


def approx_count(n: int) -> str:
    """A count the way annual reports round it: 43 → ``40余``, 152 → ``150余``, 40 → ``40``.

    Below 20 the count stays exact. Below 100 it is cut to a multiple of ten, from 100 on to
    two significant digits; ``余`` says that something was cut.
    """
    if n < APPROX_FROM:
        return str(n)
    unit = 10 if n < 100 else 10 ** (len(str(n)) - 2)
    base = n // unit * unit
    return f"{base}余" if base != n else str(base)


def flatten(data: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """``{"a": {"b": 1}, "m": [5, 6]}`` → ``{"a.b": 1, "m.1": 5, "m.2": 6}`` (lists from 1)."""
    out: dict[str, Any] = {}
    for key, value in data.items():
        path = f"{prefix}{key}"
        if isinstance(value, Mapping):
            out.update(flatten(value, path + "."))
        elif isinstance(value, list | tuple):
            out.update(flatten({str(i): v for i, v in enumerate(value, 1)}, path + "."))
        else:
            out[path] = value
    return out


@dataclass(frozen=True)
class _Part:
    literal: str
    key: str | None


def _parse(template: str) -> list[_Part]:
    parts: list[_Part] = []
    pos = 0
    for match in _TOKEN.finditer(template):
        if match.start() > pos:
            parts.append(_Part(template[pos : match.start()], None))
        token = match.group(0)
        if token in ("{{", "}}"):
            parts.append(_Part(token[0], None))
        elif token in ("{", "}"):
            before = template[max(0, match.start() - 12) : match.start()]
            raise TemplateRefused("report_template.unbalanced", at=before + token)
        else:
            key = "".join(match.group(1).split())
            if not key:
                raise TemplateRefused("report_template.empty_placeholder")
            parts.append(_Part("", key))
        pos = match.end()
    if pos < len(template):
        parts.append(_Part(template[pos:], None))
    return parts


def _lookup(values: Mapping[str, Any], key: str) -> Any:
    if key in values:
        value = values[key]
        if isinstance(value, bool) or not isinstance(value, int | str):
            raise TemplateRefused("report_template.not_a_number", key=key)
        return value
    if key.startswith(OPEN_GROUPS) and len(key.split(".", 2)) == 3:
        return 0
    member = next((k for k in values if k.startswith(key + ".")), None)
    if member is not None:
        raise TemplateRefused("report_template.group", key=key, member=member)
    raise TemplateRefused("report_template.unknown_key", key=key)


def check_template(template: str, values: Mapping[str, Any]) -> None:
    """Refuse a template with unbalanced braces or a placeholder that names no tally key."""
    if not template.strip():
        raise TemplateRefused("report_template.empty")
    for part in _parse(template):
        if part.key is not None:
            _lookup(values, part.key)


def render(template: str, values: Mapping[str, Any], *, approx: bool = False) -> str:
    """Fill the template; with ``approx`` counts of 20 and more are rounded (see above)."""
    if not template.strip():
        raise TemplateRefused("report_template.empty")
    out: list[str] = []
    for part in _parse(template):
        if part.key is None:
            out.append(part.literal)
            continue
        value = _lookup(values, part.key)
        if isinstance(value, int) and approx and part.key not in TEXT_KEYS:
            out.append(approx_count(value))
        else:
            out.append(str(value))
    return "".join(out).strip()


def default_template() -> str:
    """The shipped template (``resources/templates/report_paragraph.txt``)."""
    path = resource(*DEFAULT_TEMPLATE_FILE)
    try:
        return path.read_text(encoding="utf-8").strip()
    except OSError as exc:
        raise InvalidInput(
            "report_template.default_missing", path=str(path), reason=exc.strerror or str(exc)
        ) from None
