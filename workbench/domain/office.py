"""Office-wide settings (the same for every user; stored in the database)."""

from __future__ import annotations

import re
import string
from collections.abc import Mapping
from dataclasses import dataclass, field

from workbench.domain.deadlines import DEFAULT_FILING_DAYS
from workbench.domain.errors import InvalidInput
from workbench.domain.kinds import KIND_INFO, Kind

DEFAULT_REG_NO_PATTERN = "审{year}-{seq:03d}"


#: The review periods (15, 5 and 10 working days) are this office's own rule (本机关工作规则):
#: no law, regulation or rule found sets them (docs/STATUTES.md). One rule sets a floor:
#: 《重大行政决策程序暂行条例》第二十六条第二款, "送请合法性审查，应当保证必要的审查时间，
#: 一般不少于7个工作日。"
MAJOR_DECISION_MIN_REVIEW_DAYS = 7
MAJOR_DECISION_MIN_BASIS = "《重大行政决策程序暂行条例》第二十六条"


def _default_periods() -> dict[Kind, int]:
    return {k: info.review_days for k, info in KIND_INFO.items()}


def review_period_floor(kind: Kind) -> int | None:
    """The fewest working days a rule asks for the review of ``kind``; None when no rule does
    (the period is then office policy alone)."""
    return MAJOR_DECISION_MIN_REVIEW_DAYS if kind is Kind.MAJOR_DECISION else None


def short_review_periods(review_days: Mapping[Kind, int]) -> tuple[tuple[Kind, int, int], ...]:
    """(kind, days, floor) for each period set below the floor a rule asks for: a warning, not
    a refusal ("一般不少于" allows exceptions)."""
    found = []
    for kind, days in review_days.items():
        floor = review_period_floor(kind)
        if floor is not None and days < floor:
            found.append((kind, days, floor))
    return tuple(found)


@dataclass(frozen=True)
class OfficeSettings:
    review_days: Mapping[Kind, int] = field(default_factory=_default_periods)
    filing_days: int = DEFAULT_FILING_DAYS
    filing_authority: str = "省司法厅"
    reg_no_pattern: str = DEFAULT_REG_NO_PATTERN
    office_name: str = "政策法规处"
    #: shared mode: lock a window after this many minutes without input (0 = never)
    idle_lock_minutes: int = 15

    def period(self, kind: Kind) -> int:
        return self.review_days.get(kind, KIND_INFO[kind].review_days)


_PATTERN_EXAMPLE = "审{year}-{seq:03d}"


def check_reg_no_pattern(pattern: str) -> None:
    """A pattern must use ``{seq}`` (optionally formatted) and may use ``{year}``.

    Every refusal is one sentence a clerk can act on, never Python's own error text."""
    if not pattern.strip():
        raise InvalidInput("reg_no_pattern.empty", example=_PATTERN_EXAMPLE)
    try:
        fields = [(n, spec, conv) for _, n, spec, conv in string.Formatter().parse(pattern)]
    except ValueError:
        raise InvalidInput("reg_no_pattern.braces", pattern=pattern) from None
    names: set[str] = set()
    for name, spec, conv in fields:
        if name is None:
            continue
        if name not in ("seq", "year"):
            raise InvalidInput(
                "reg_no_pattern.unknown_placeholder",
                pattern=pattern,
                name=name,
                example=_PATTERN_EXAMPLE,
            )
        try:
            if conv or "{" in (spec or ""):
                raise ValueError(spec)
            format(1, spec or "")
        except (ValueError, TypeError):
            written = f"{{{name}{'!' + conv if conv else ''}{':' + spec if spec else ''}}}"
            raise InvalidInput(
                "reg_no_pattern.bad_format", pattern=pattern, written=written, name=name
            ) from None
        names.add(name)
    if "seq" not in names:
        raise InvalidInput("reg_no_pattern.needs_seq", pattern=pattern, example=_PATTERN_EXAMPLE)


def format_reg_no(pattern: str, year: int, seq: int) -> str:
    return pattern.format(year=year, seq=seq)


def reg_no_regex(pattern: str, year: int) -> re.Pattern[str]:
    """A regex that matches numbers made by ``pattern`` in ``year``, capturing the sequence."""
    out = []
    for literal, name, _spec, _conv in string.Formatter().parse(pattern):
        out.append(re.escape(literal))
        if name == "year":
            out.append(str(year))
        elif name == "seq":
            out.append(r"(\d+)")
    return re.compile("^" + "".join(out) + "$")
