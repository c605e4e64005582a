"""Review-hint rules as data: ``resources/rules/*.toml`` plus an office's ``<data>/rules/*.toml``.

Each ``[[rule]]`` entry names an ``id``, its ``label`` (zh/en), the ``flag`` (a defect flag of the
opinion), ``why`` (what a hint of the rule says: ``{ zh = "…", en = "…" }``, or a plain string
for Chinese only, as an office's own file may have it: its hints then read in Chinese in the
English interface too), its ``basis`` (law or document, article, quoted text: the legal text,
Chinese in both interfaces, as it goes into the opinion), ``patterns`` (regular
expressions; ``{C}`` stands for one character inside a clause), ``exemptions`` (a sentence
matching one is not flagged) and the ``examples_match`` / ``examples_no_match`` the tests check.
``mode`` says how the rule is applied: ``flag`` (a matching clause is a hint), ``require`` (a
contract that matches none of the patterns anywhere gets a hint) or ``check`` (the code decides,
the file gives label and basis). ``superseded_by`` names more specific rules: a sentence one of
them flags is not flagged again by this one (减损权利 says nothing more where 设定许可 is
said). A malformed file is refused with its path, line and reason; the rules that loaded keep
working. Nothing here imports Qt.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from workbench.domain.messages import Msg, Term, msg
from workbench.resources import resource

CLAUSE_CHAR = r"[^，,。；;：:！？]"
MODES = ("flag", "require", "check")
SCOPES = ("normative", "contract")
FLAGS = (
    "authority",
    "content",
    "procedure",
    "drafting",
    "fair_competition",
    "levy",
    "powers",
    "other",
)
_ID = re.compile(r"^[a-z][a-z0-9_]{1,40}$")


@dataclass(frozen=True)
class Basis:
    """One provision a hint rests on."""

    source: str
    article: str
    text: str

    def cite(self) -> str:
        quote = f"：“{self.text}”" if self.text else ""
        return f"{self.source}{self.article}{quote}"


@dataclass(frozen=True)
class Rule:
    id: str
    scope: str
    mode: str
    label_zh: str
    label_en: str
    flag: str
    why: str
    basis: tuple[Basis, ...]
    patterns: tuple[re.Pattern[str], ...]
    exemptions: tuple[re.Pattern[str], ...] = ()
    restatement: bool = True
    only_kinds: tuple[str, ...] = ()
    superseded_by: tuple[str, ...] = ()
    examples_match: tuple[str, ...] = ()
    examples_no_match: tuple[str, ...] = ()
    origin: str = ""
    #: ``why`` in English; empty when the rules file gives it in Chinese only
    why_en: str = ""

    def label(self) -> Term:
        return Term(self.label_zh, self.label_en)

    def reason(self) -> Term:
        """``why`` in both languages; its English is empty when the file has none."""
        return Term(self.why, self.why_en)

    def basis_text(self) -> str:
        """The basis as one line, for JSON and for the opinion's 法律依据 field."""
        return "；".join(b.cite() for b in self.basis)


@dataclass(frozen=True)
class RulesFileError:
    """Why a rules file was refused: the file, the line (0 when unknown) and the reason, said
    in the current language when shown."""

    path: str
    line: int
    reason: Msg

    def __str__(self) -> str:
        if self.line:
            return str(msg("rules.refused_at", path=self.path, line=self.line, reason=self.reason))
        return str(msg("rules.refused", path=self.path, reason=self.reason))


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[Rule, ...]
    errors: tuple[RulesFileError, ...] = field(default=())

    def scope(self, scope: str) -> tuple[Rule, ...]:
        return tuple(r for r in self.rules if r.scope == scope)

    def get(self, rule_id: str) -> Rule | None:
        return next((r for r in self.rules if r.id == rule_id), None)


class _Invalid(Exception):
    """A file or a rule refused, with the reason; ``line`` 0 until known."""

    def __init__(self, reason: Msg, line: int = 0) -> None:
        super().__init__(reason)
        self.line = line
        self.reason = reason


def _line_of(source: str, index: int) -> int:
    """The line where the ``index``-th ``[[rule]]`` starts."""
    lines = source.splitlines()
    count = -1
    for n, line in enumerate(lines, 1):
        if line.strip() == "[[rule]]":
            count += 1
            if count == index:
                return n
    return 0


def _strings(entry: Mapping[str, Any], key: str, *, required: bool = False) -> tuple[str, ...]:
    value = entry.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _Invalid(msg("rules.not_strings", key=key))
    if required and not value:
        raise _Invalid(msg("rules.missing", key=key))
    return tuple(value)


def _compile(patterns: Iterable[str], key: str) -> tuple[re.Pattern[str], ...]:
    out = []
    for p in patterns:
        try:
            out.append(re.compile(p.replace("{C}", CLAUSE_CHAR)))
        except re.error as exc:
            raise _Invalid(msg("rules.bad_pattern", key=key, pattern=p, error=str(exc))) from None
    return tuple(out)


def _why(value: Any, rule_id: str) -> tuple[str, str]:
    """(Chinese, English) of a ``why``: a table ``{ zh = "…", en = "…" }`` or a string (Chinese
    only)."""
    if isinstance(value, str):
        return value, ""
    if not isinstance(value, dict):
        raise _Invalid(msg("rules.why_type", rule=rule_id))
    unknown = sorted(set(value) - {"zh", "en"})
    if unknown:
        raise _Invalid(msg("rules.why_unknown", rule=rule_id, keys=unknown))
    for key in ("zh", "en"):
        text = value.get(key)
        if not isinstance(text, str) or not text.strip():
            raise _Invalid(msg("rules.why_missing", rule=rule_id, key=key))
    return value["zh"], value["en"]


def _rule(entry: Any, scope: str, origin: str) -> Rule:
    if not isinstance(entry, dict):
        raise _Invalid(msg("rules.not_a_table"))
    rule_id = entry.get("id")
    if not isinstance(rule_id, str) or not _ID.match(rule_id):
        raise _Invalid(msg("rules.bad_id"))
    label = entry.get("label")
    if not isinstance(label, dict) or not all(isinstance(label.get(k), str) for k in ("zh", "en")):
        raise _Invalid(msg("rules.bad_label", rule=rule_id))
    mode = entry.get("mode", "flag")
    if mode not in MODES:
        raise _Invalid(msg("rules.one_of", rule=rule_id, key="mode", choices=", ".join(MODES)))
    flag = entry.get("flag")
    if flag not in FLAGS:
        raise _Invalid(msg("rules.one_of", rule=rule_id, key="flag", choices=", ".join(FLAGS)))
    basis_raw = entry.get("basis")
    if not isinstance(basis_raw, list) or not basis_raw:
        raise _Invalid(msg("rules.no_basis", rule=rule_id))
    basis = []
    for b in basis_raw:
        if not isinstance(b, dict) or not isinstance(b.get("source"), str):
            raise _Invalid(msg("rules.bad_basis", rule=rule_id))
        basis.append(Basis(b["source"], str(b.get("article", "")), str(b.get("text", ""))))
    patterns = _compile(_strings(entry, "patterns", required=mode != "check"), "patterns")
    why, why_en = _why(entry.get("why", ""), rule_id)
    rule = Rule(
        id=rule_id,
        scope=scope,
        mode=mode,
        label_zh=label["zh"],
        label_en=label["en"],
        flag=flag,
        why=why,
        why_en=why_en,
        basis=tuple(basis),
        patterns=patterns,
        exemptions=_compile(_strings(entry, "exemptions"), "exemptions"),
        restatement=bool(entry.get("restatement", True)),
        only_kinds=_strings(entry, "only_kinds"),
        superseded_by=_strings(entry, "superseded_by"),
        examples_match=_strings(entry, "examples_match"),
        examples_no_match=_strings(entry, "examples_no_match"),
        origin=origin,
    )
    if mode == "flag" and not rule.examples_match:
        raise _Invalid(msg("rules.no_example", rule=rule_id))
    return rule


def parse_rules(source: str, origin: str) -> tuple[Rule, ...]:
    """The rules of one file's text; raises :class:`_Invalid` with the line and reason."""
    try:
        data = tomllib.loads(source)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"line (\d+)", str(exc))
        line = getattr(exc, "lineno", 0) or (int(m.group(1)) if m else 0)
        raise _Invalid(msg("rules.not_toml", error=str(exc)), line) from None
    scope = data.get("scope", "normative")
    if scope not in SCOPES:
        reason = msg("rules.bad_scope", choices=", ".join(SCOPES))
        raise _Invalid(reason, _line_of_key(source, "scope"))
    entries = data.get("rule")
    if not isinstance(entries, list) or not entries:
        raise _Invalid(msg("rules.none"))
    rules: list[Rule] = []
    seen: set[str] = set()
    for i, entry in enumerate(entries):
        line = _line_of(source, i)
        try:
            rule = _rule(entry, scope, origin)
        except _Invalid as exc:
            raise _Invalid(exc.reason, line) from None
        if rule.id in seen:
            raise _Invalid(msg("rules.duplicate", rule=rule.id), line)
        seen.add(rule.id)
        rules.append(rule)
    return tuple(rules)


def _line_of_key(source: str, key: str) -> int:
    for n, line in enumerate(source.splitlines(), 1):
        if line.strip().startswith(f"{key} ") or line.strip().startswith(f"{key}="):
            return n
    return 0


def load_file(path: Path) -> tuple[tuple[Rule, ...], RulesFileError | None]:
    """One rules file: its rules, or none and the reason it was refused."""
    try:
        source = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return (), RulesFileError(str(path), 0, msg("rules.unreadable", error=str(exc)))
    try:
        return parse_rules(source, str(path)), None
    except _Invalid as exc:
        return (), RulesFileError(str(path), exc.line, exc.reason)


def builtin_dir() -> Path:
    return resource("rules")


def load_rules(office_dirs: Iterable[Path] = ()) -> RuleSet:
    """The built-in rules, then each office file (``*.toml``) in ``office_dirs``.

    An office rule with the id of a built-in one replaces it; a refused file is reported in
    ``errors`` and changes nothing.
    """
    by_id: dict[str, Rule] = {}
    errors: list[RulesFileError] = []
    files = sorted(builtin_dir().glob("*.toml"))
    for d in office_dirs:
        if d.is_dir():
            files.extend(sorted(d.glob("*.toml")))
    for path in files:
        loaded, error = load_file(path)
        if error is not None:
            errors.append(error)
        for rule in loaded:
            by_id[rule.id] = rule
    return RuleSet(tuple(by_id.values()), tuple(errors))


@lru_cache(maxsize=8)
def _cached(dirs: tuple[str, ...], stamp: tuple[float, ...]) -> RuleSet:
    return load_rules(Path(d) for d in dirs)


def office_rules_dir() -> Path:
    """``<data>/rules``: where an office puts its own rules files."""
    from workbench.paths import app_paths

    return app_paths().data_dir / "rules"


def default_rules(office_dirs: Iterable[Path] | None = None) -> RuleSet:
    """The rules in force: built-in plus the office's, re-read when a file changes."""
    dirs = tuple(str(d) for d in (office_dirs if office_dirs is not None else [office_rules_dir()]))
    stamp: list[float] = []
    for d in [str(builtin_dir()), *dirs]:
        p = Path(d)
        if p.is_dir():
            stamp.extend(f.stat().st_mtime for f in sorted(p.glob("*.toml")))
    return _cached(dirs, tuple(stamp))
