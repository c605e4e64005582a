"""Read the State Council's yearly holiday notice (国务院办公厅关于YYYY年部分节假日安排的通知).

The administrator pastes the notice; this module finds its holiday clauses ("二、春节：1月28日
（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。1月26日（周日）、2月8日
（周六）上班。") and returns the days off and the weekend days worked instead, with a warning for
each sentence that moves days but could not be read.

The work is split by concern: :mod:`.notice_text` normalises the pasted text and quotes it back,
:mod:`.notice_reader` finds the clauses and what each says (its docstring lists the wordings
understood), and this module applies the year, checks the result and puts the schedule
together. Text longer than ``MAX_CHARACTERS`` is refused before any clause is read.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from workbench.domain.messages import Msg, Term, msg
from workbench.domain.notice_reader import Clause, ClauseReader, Item, RawDate
from workbench.domain.notice_text import NoticeParseError, NoticeText

__all__ = [
    "MAX_CHARACTERS",
    "NoticeParseError",
    "NoticeSchedule",
    "NoticeWarning",
    "parse_holiday_notice",
]

ONE_DAY = dt.timedelta(days=1)
# A notice is a few thousand characters; far longer text is not a notice (whitespace not counted).
MAX_CHARACTERS = 200_000

_YEAR = re.compile(
    "(?<!\\d)(\\d{4})年(?=部分节假日|节假日|元旦|春节|清明|劳动节|五一|端午|中秋|国庆)"
)
_WEEKDAY_NAME = ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日")
_WEEKDAY_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _weekday(day: dt.date) -> Term:
    return Term(_WEEKDAY_NAME[day.weekday()], _WEEKDAY_EN[day.weekday()])


_UNNAMED = "未注明节日"
_WORKDAY = Term("上班日", "make-up working day")
_MOVED_REST = Term("调出的公休日", "weekend day moved away")


@dataclass(frozen=True)
class NoticeWarning:
    """Words that move days (调、调休、公休日) of which nothing could be read.

    ``clause`` is the heading's festival ("" for a text without headings), ``quote`` the words
    as pasted. The schedule read may lack the days they move: check them against the notice.
    """

    clause: str
    quote: str


@dataclass(frozen=True)
class NoticeSchedule:
    """A year's schedule as read from the notice.

    ``holidays`` holds every day off the notice gives (weekend days inside a range included);
    ``workdays`` the weekend days worked instead; ``festivals`` each clause's name with its first
    and last day off, in notice order, for showing the administrator what was found;
    ``warnings`` the sentences that move days but were not understood.
    """

    year: int
    holidays: tuple[dt.date, ...]
    workdays: tuple[dt.date, ...]
    festivals: tuple[tuple[str, dt.date, dt.date], ...]
    warnings: tuple[NoticeWarning, ...] = ()


# --- applying the year -------------------------------------------------------------------------


class _Resolver:
    def __init__(self, reader: ClauseReader, year: int) -> None:
        self.reader = reader
        self.year = year
        self._known: dict[tuple[int | None, int, int, int | None, bool], dt.date] = {}

    def date(self, clause: Clause, raw: RawDate) -> dt.date:
        if raw.month is None:
            raise self._bad(clause, raw, msg("notice.no_month"))
        # Only the 元旦 clause may reach back into December of the year before.
        previous_december = "元旦" in clause.name or clause.has_january
        key = (raw.year, raw.month, raw.day, raw.weekday, previous_december)
        known = self._known.get(key)
        if known is None:
            known = self._known[key] = self._check(clause, raw, raw.month, previous_december)
        return known

    def _check(self, clause: Clause, raw: RawDate, month: int, previous_december: bool) -> dt.date:
        year = raw.year
        if year is None:
            year = self.year - 1 if month == 12 and previous_december else self.year
        try:
            day = dt.date(year, month, raw.day)
        except ValueError:
            raise self._bad(clause, raw, msg("notice.not_a_date")) from None
        if raw.weekday is not None and raw.weekday != day.weekday():
            raise self._bad(
                clause, raw, msg("notice.wrong_weekday", day=day, weekday=_weekday(day))
            )
        in_year = day.year == self.year or (
            day.year == self.year - 1 and day.month == 12 and previous_december
        )
        if not in_year:
            raise self._bad(clause, raw, msg("notice.not_in_year", year=self.year))
        return day

    def _bad(self, clause: Clause, raw: RawDate, what: Msg) -> NoticeParseError:
        written = self.reader.text.quote(raw.start, raw.end)
        return self.reader.fail(
            clause, raw.sentence, msg("notice.written", written=written, what=what)
        )

    def days(self, clause: Clause, item: Item) -> list[dt.date]:
        first = self.date(clause, item.first)
        if item.last is None:
            return [first]
        last = self.date(clause, item.last)
        if last < first:
            written = self.reader.text.quote(item.first.start, item.last.end)
            ends = msg("notice.written", written=written, what=msg("notice.ends_before_start"))
            raise self.reader.fail(clause, item.first.sentence, ends)
        return [first + ONE_DAY * i for i in range((last - first).days + 1)]

    def weekend(self, clause: Clause, item: Item, what: Term) -> list[dt.date]:
        """The days of ``item``, refused unless each is a Saturday or Sunday."""
        days = self.days(clause, item)
        for day in days:
            if day.weekday() < 5:
                written = self.reader.text.quote(item.first.start, (item.last or item.first).end)
                raise self.reader.fail(
                    clause,
                    item.first.sentence,
                    msg("notice.not_weekend", kind=what, written=written, weekday=_weekday(day)),
                )
        return days


def _with_weekend(days: list[dt.date], workdays: set[dt.date]) -> list[dt.date]:
    """Extend a day off over the ordinary weekend next to it ("与周末连休")."""
    before: list[dt.date] = []
    day = days[0] - ONE_DAY
    while day.weekday() >= 5 and day not in workdays:
        before.insert(0, day)
        day -= ONE_DAY
    after: list[dt.date] = []
    day = days[-1] + ONE_DAY
    while day.weekday() >= 5 and day not in workdays:
        after.append(day)
        day += ONE_DAY
    return before + days + after


# --- year --------------------------------------------------------------------------------------


def _written_years(clauses: list[Clause]) -> set[int]:
    """Years that dates written with a year imply ("2022年12月31日至2023年1月2日" -> 2023)."""
    found: set[int] = set()
    for clause in clauses:
        items = [*clause.work, *(item for group in clause.off for item in group.items)]
        items += [item for move in clause.moves for item in (*move.sources, *move.targets)]
        for item in items:
            for raw in (item.first, item.last):
                if raw is not None and raw.year is not None:
                    found.add(raw.year + 1 if raw.month == 12 else raw.year)
    return found


def _notice_year(norm: str, year: int | None, clauses: list[Clause]) -> int:
    named = sorted({int(m.group(1)) for m in _YEAR.finditer(norm)})
    if not named and year is None:
        written = _written_years(clauses)
        if len(written) == 1:
            named = sorted(written)
    if len(named) > 1:
        listed = tuple(Term(f"{y}年", str(y)) for y in named)
        raise NoticeParseError("notice.years_differ", years=listed)
    if year is not None:
        if named and named[0] != year:
            raise NoticeParseError("notice.year_mismatch", named=named[0], year=year)
        resolved = year
    elif named:
        resolved = named[0]
    else:
        raise NoticeParseError("notice.year_unknown")
    if not 1900 <= resolved <= 2999:
        raise NoticeParseError("notice.year_out_of_range", year=resolved)
    return resolved


# --- entry point -------------------------------------------------------------------------------


def parse_holiday_notice(text: str, year: int | None = None) -> NoticeSchedule:
    """Read the days off and make-up working days from a pasted holiday notice.

    ``year`` is the year the administrator is entering; when given, the notice must not name
    another one. Otherwise the year is read from the title or body ("关于2025年部分节假日安排",
    "2025年元旦") or, failing those, from the clause dates written with a year
    ("2022年12月31日至2023年1月2日" -> 2023).

    Raises :class:`NoticeParseError` with a one-sentence Chinese message when the text is far
    too long, has no holiday clause, names no year, or a clause is wrong: a date that does not
    exist or has no month, a range that ends before it starts, a "共N天" that disagrees with the
    range, a weekday annotation that disagrees with the date, a make-up working day (or a
    公休日 moved away) that is not a weekend day, a day both off and worked, or a date outside
    the year. Words that move days but could not be read are not an error: they come back in
    ``warnings`` so that the administrator checks them before saving.
    """
    source = NoticeText(text)
    if len(source.norm) > MAX_CHARACTERS:
        limit = Term(f"{MAX_CHARACTERS // 10000}万", f"{MAX_CHARACTERS:,}")
        raise NoticeParseError("notice.too_long", limit=limit)
    reader = ClauseReader(source)
    clauses = reader.clauses()
    if not any(clause.off or any(m.complete() for m in clause.moves) for clause in clauses):
        raise NoticeParseError("notice.nothing_found")
    resolver = _Resolver(reader, _notice_year(source.norm, year, clauses))

    workdays: set[dt.date] = set()
    work_source: dict[dt.date, tuple[Clause, Item]] = {}
    for clause in clauses:
        for item in clause.work:
            for day in resolver.weekend(clause, item, _WORKDAY):
                workdays.add(day)
                work_source.setdefault(day, (clause, item))

    holidays: set[dt.date] = set()
    festivals: list[tuple[str, dt.date, dt.date]] = []
    for clause in clauses:
        clause_days = _clause_days(resolver, clause, workdays)
        for move in clause.moves:
            if not move.complete():
                continue
            for item in move.targets:
                clause_days.update(resolver.days(clause, item))
            for item in move.sources:  # a weekend day whose rest moved away is worked…
                for day in resolver.weekend(clause, item, _MOVED_REST):
                    if day not in clause_days and day not in holidays:  # …unless it is off
                        workdays.add(day)
                        work_source.setdefault(day, (clause, item))
        clash = sorted(clause_days & workdays)
        if clash:
            other, item = work_source[clash[0]]
            written = source.quote(item.first.start, (item.last or item.first).end)
            also_off = msg("notice.written", written=written, what=msg("notice.also_off"))
            raise reader.fail(other, item.first.sentence, also_off)
        if not clause_days:
            continue
        holidays.update(clause_days)
        if clause.name:
            festivals.append((clause.name, min(clause_days), max(clause_days)))
        else:
            festivals.extend(_unnamed_festivals(clause_days))
    warnings = tuple(
        NoticeWarning(clause.name, source.quote(start, end))
        for clause in clauses
        for start, end in clause.unread
    )
    return NoticeSchedule(
        year=resolver.year,
        holidays=tuple(sorted(holidays)),
        workdays=tuple(sorted(workdays)),
        festivals=tuple(festivals),
        warnings=warnings,
    )


def _clause_days(resolver: _Resolver, clause: Clause, workdays: set[dt.date]) -> set[dt.date]:
    """The days off the clause's 放假 / 休息 / 补休 groups name, each "共N天" checked."""
    source = resolver.reader.text
    clause_days: set[dt.date] = set()
    for group in clause.off:
        group_days: list[dt.date] = []
        for item in group.items:
            group_days.extend(resolver.days(clause, item))
        group_days = sorted(set(group_days))
        plain = len(group_days)
        if group.with_weekend:
            group_days = _with_weekend(group_days, workdays)
        clause_days.update(group_days)
        if group.count is not None:
            n, start, end, sentence = group.count
            if n not in (plain, len(group_days), len(clause_days)):
                raise resolver.reader.fail(
                    clause,
                    sentence,
                    msg("notice.count_differs", written=source.quote(start, end), days=plain),
                )
    return clause_days


def _unnamed_festivals(days: set[dt.date]) -> list[tuple[str, dt.date, dt.date]]:
    """Group the days off of a text without headings: a gap of two or more days starts a new one."""
    ordered = sorted(days)
    spans: list[tuple[str, dt.date, dt.date]] = []
    first = last = ordered[0]
    for day in ordered[1:]:
        if (day - last).days > 2:
            spans.append((_UNNAMED, first, last))
            first = day
        last = day
    spans.append((_UNNAMED, first, last))
    return spans
