"""Deadline reminders (docs/RULES.md §9): which items to mention, once a day each.

Qt-free so that it can be tested without a display; the desktop part that shows them is
``workbench/ui/widgets/reminders.py``. What was reminded on which day is kept by the caller
(per user) as a mapping of registration number to ISO date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from workbench.services.today import Section, TodayOverview, TodayRow, needs_attention


class Urgency(StrEnum):
    OVERDUE = "overdue"
    DUE_SOON = "due_soon"  # within 3 working days


@dataclass(frozen=True)
class Reminder:
    """One item to mention: its review (or, for ``filing``, its filing) deadline."""

    reg_no: str
    title: str
    due_on: dt.date
    urgency: Urgency
    filing: bool


def _reminder(row: TodayRow, filing: bool) -> Reminder:
    assert row.date is not None
    urgency = Urgency.OVERDUE if row.days < 0 else Urgency.DUE_SOON
    return Reminder(row.reg_no, row.title, row.date, urgency, filing)


def candidates(overview: TodayOverview) -> list[Reminder]:
    """What is overdue or due within 3 working days: my reviews and the office's filings,
    most urgent first."""
    out = [_reminder(r, False) for r in needs_attention(overview.overdue + overview.due_soon)] + [
        _reminder(r, True) for r in needs_attention(overview.section(Section.TO_FILE))
    ]
    seen: set[str] = set()
    unique = []
    for r in sorted(out, key=lambda r: (r.due_on, r.reg_no)):
        if r.reg_no not in seen:
            seen.add(r.reg_no)
            unique.append(r)
    return unique


def due_today(
    found: list[Reminder], reminded: Mapping[str, str], today: dt.date
) -> tuple[list[Reminder], dict[str, str]]:
    """The reminders not yet given ``today`` (``reminded`` maps reg. no. to the ISO day it was
    last reminded), and the mapping to keep: today's reminders only, so it never grows."""
    day = today.isoformat()
    new = [r for r in found if reminded.get(r.reg_no) != day]
    keep = {k: v for k, v in reminded.items() if v == day}
    keep.update({r.reg_no: day for r in new})
    return new, keep
