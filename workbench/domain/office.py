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


def _default_periods() -> dict[Kind, int]:
    return {k: info.review_days for k, info in KIND_INFO.items()}


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


def check_reg_no_pattern(pattern: str) -> None:
    """A pattern must use ``{seq}`` (optionally formatted) and may use ``{year}``."""
    try:
        names = {f for _, f, _, _ in string.Formatter().parse(pattern) if f is not None}
        pattern.format(year=2024, seq=1)
    except (ValueError, IndexError, KeyError) as exc:
        raise InvalidInput(f"登记号格式“{pattern}”无效：{exc}。") from None
    if "seq" not in names:
        raise InvalidInput(f"登记号格式“{pattern}”必须包含序号 {{seq}}。")
    unknown = names - {"seq", "year"}
    if unknown:
        raise InvalidInput(f"登记号格式“{pattern}”含有未知的占位符：{', '.join(sorted(unknown))}。")


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
