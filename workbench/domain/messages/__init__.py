"""The sentences users read, in Chinese and English: one catalog, rendered at the edge.

Code below the UI never builds a sentence. A refusal is ``SomeError("item.not_found",
reg_no=...)``; a line of a report is a :class:`Msg`. Both are rendered only when shown, in the
language set with :func:`set_language` — by the CLI from the user's locale
(:func:`language_from_environment`), by the GUI from the language chosen in its settings.

The catalog maps a dotted code to a ``(zh, en)`` pair of :meth:`str.format` templates with the
same named placeholders; it is split by layer into the ``catalog_*`` modules of this package
and loaded on the first rendering (a command that refuses nothing never reads it). Parameters
are rendered in the current language too: a :class:`Msg` or a :class:`Term` (a word such as a
kind's or a status's name), a date (``2025年6月10日`` / ``2025-06-10``), and a list, tuple or
set of those (joined with ``、`` / ``, ``). docs/ARCHITECTURE.md ("Refusals") says how to add
one; tests/unit/test_messages.py checks the catalog against the source.
"""

from __future__ import annotations

import datetime as dt
import importlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Final, Literal

Language = Literal["zh", "en"]
LANGUAGES: Final = ("zh", "en")
#: the layers' catalogs, merged on first use
CATALOG_MODULES: Final = (
    "catalog_fields",
    "catalog_domain",
    "catalog_store",
    "catalog_services",
    "catalog_documents",
    "catalog_reports",
    "catalog_cli",
)

_state: dict[str, object] = {"language": "zh", "strict": False}
_CODE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$")
_catalog: dict[str, tuple[str, str]] = {}


def set_language(lang: str) -> None:
    """Render from now on in ``lang`` ("zh" or "en"; "zh_CN" and the like count as Chinese)."""
    _state["language"] = "zh" if lang.casefold().startswith("zh") else "en"


def language() -> Language:
    return "en" if _state["language"] == "en" else "zh"


def set_strict(strict: bool) -> None:
    """Tests: an unknown code or a missing parameter raises instead of showing the code."""
    _state["strict"] = strict


def _locale_language(value: str) -> Language | None:
    """The language of one locale name; None for unset, ``C`` and ``POSIX``."""
    name = value.strip()
    if not name or name.split(".")[0] in ("C", "POSIX"):
        return None
    return "zh" if name.casefold().startswith("zh") else "en"


def language_from_environment(env: Mapping[str, str]) -> Language:
    """The command line's language: ``WORKBENCH_LANG`` (zh or en) first, then the first entry
    of ``LANGUAGE``, then the locale (``LC_ALL``, ``LC_MESSAGES``, ``LANG``, the first one set).

    Chinese unless something set names another language: the office is Chinese, and a
    Windows console or a scheduled task often has no locale variables at all (nor has the
    ``C``/``POSIX`` locale of a bare container)."""
    chosen = env.get("WORKBENCH_LANG", "").strip().casefold()
    if chosen.startswith("zh"):
        return "zh"
    if chosen.startswith("en"):
        return "en"
    first = env.get("LANGUAGE", "").split(":")[0]
    found = _locale_language(first)
    if found:
        return found
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value.strip():
            return _locale_language(value) or "zh"
    return "zh"


def catalog() -> dict[str, tuple[str, str]]:
    """Every code with its (zh, en) templates."""
    if not _catalog:
        merged: dict[str, tuple[str, str]] = {}
        for name in CATALOG_MODULES:
            part: dict[str, tuple[str, str]] = importlib.import_module(f"{__name__}.{name}").CATALOG
            duplicated = merged.keys() & part.keys()
            if duplicated:
                raise RuntimeError(f"codes in two catalogs: {sorted(duplicated)}")
            merged.update(part)
        _catalog.update(merged)
    return _catalog


@dataclass(frozen=True)
class Term:
    """A word with its Chinese and English form (a kind's, a status's, a column's name)."""

    zh: str
    en: str

    def __str__(self) -> str:
        return self.in_language(language())

    def in_language(self, lang: Language) -> str:
        return self.zh if lang == "zh" else self.en


@dataclass(frozen=True, eq=True)
class Msg:
    """A sentence (or a phrase) of the catalog with its parameters; ``str()`` renders it."""

    code: str
    params: Mapping[str, object] = field(default_factory=dict)

    def __str__(self) -> str:
        return render(self.code, self.params)

    def in_language(self, lang: Language) -> str:
        """The sentence in ``lang`` whatever the interface's: what goes into a Chinese official
        document (an opinion) is Chinese in the English interface too."""
        return render(self.code, self.params, lang)


def msg(code: str, /, **params: object) -> Msg:
    return Msg(code, params)


def field_label(what: str | Msg | Term) -> Msg | Term:
    """A field's name for a sentence: a key of the ``field.*`` codes ("title",
    "published_on"…), or a phrase already made."""
    return Msg(f"field.{what}") if isinstance(what, str) else what


def format_date(day: dt.date, lang: Language | None = None) -> str:
    if (lang or language()) == "zh":
        return f"{day.year}年{day.month}月{day.day}日"
    return day.isoformat()


def localized(value: object, lang: Language | None = None) -> object:
    """A parameter as ``lang`` (by default the current language) shows it."""
    lang = lang or language()
    if isinstance(value, Msg | Term):
        return value.in_language(lang)
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return format_date(value, lang)
    if isinstance(value, list | tuple | set | frozenset):
        separator = "、" if lang == "zh" else ", "
        return separator.join(str(localized(v, lang)) for v in value)
    return value


def render(
    code: str, params: Mapping[str, object] | None = None, lang: Language | None = None
) -> str:
    """The sentence of ``code`` in ``lang``, by default the current language."""
    lang = lang or language()
    templates = catalog().get(code)
    values = {k: localized(v, lang) for k, v in (params or {}).items()}
    if templates is None and not _CODE.match(code):
        return code  # a sentence from code not yet moved to the catalog
    if templates is None:
        if _state["strict"]:
            raise KeyError(f"no message {code!r} in the catalog")
        shown = ", ".join(f"{k}={v}" for k, v in values.items())
        return f"{code}({shown})" if shown else code
    template = templates[0] if lang == "zh" else templates[1]
    try:
        text = template.format(**values)
    except (KeyError, IndexError, ValueError):
        if _state["strict"]:
            raise
        return f"{template} {values}"
    first = template[1 : template.find("}")] if template.startswith("{") else ""
    if isinstance((params or {}).get(first), Msg | Term) and text[:1].islower():
        # an English sentence that opens with a word of the catalog ("{what} cannot be empty.")
        text = text[0].upper() + text[1:]
    return text
