"""Read the State Council's yearly holiday notice (国务院办公厅关于YYYY年部分节假日安排的通知).

The administrator pastes the notice; this module finds its holiday clauses ("二、春节：1月28日
（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。1月26日（周日）、2月8日
（周六）上班。") and returns the days off and the weekend days worked instead.

How the text is read, in order:

1. Full-width ASCII forms become half-width and all whitespace is dropped, so line breaks and stray
   spaces may fall anywhere (even inside a date). Positions are mapped back to the original text so
   error messages quote what the user pasted.
2. The text is cut into clauses at headings such as "二、春节：" or "国庆节、中秋节：". Text before
   the first heading (title, addressees, preamble) is not read. A text without any heading (a
   single pasted sentence) is read as a whole.
3. Each clause is read sentence by sentence (。；.) and, inside a sentence, run by run (，,：).
   Dates named before 放假 / 休息 / 补休 are days off; dates named before 上班 are make-up working
   days. Dates in other runs ("其中，1月1日为法定节假日", "12月29日（星期六）公休日调至12月31日")
   are explanations and are ignored, as are sentences that only encourage (鼓励…) and any
   parenthesis that does not annotate a date, so the issue date, document number and footer never
   yield dates.

Every regular expression below is either a plain alternation of literals or uses bounded or
single-character-class repetition, so matching is linear in the length of the text; text longer
than ``MAX_CHARACTERS`` is refused before any clause is read.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field

__all__ = ["NoticeParseError", "NoticeSchedule", "parse_holiday_notice"]

ONE_DAY = dt.timedelta(days=1)
# A notice is a few thousand characters; far longer text is not a notice (whitespace not counted).
MAX_CHARACTERS = 200_000


@dataclass(frozen=True)
class NoticeSchedule:
    """A year's schedule as read from the notice.

    ``holidays`` holds every day off the notice gives (weekend days inside a range included);
    ``workdays`` the weekend days worked instead; ``festivals`` each clause's name with its first
    and last day off, in notice order, for showing the administrator what was found.
    """

    year: int
    holidays: tuple[dt.date, ...]
    workdays: tuple[dt.date, ...]
    festivals: tuple[tuple[str, dt.date, dt.date], ...]


class NoticeParseError(ValueError):
    """The notice cannot be read; ``str(err)`` is one Chinese sentence naming the clause."""


# --- normalisation -----------------------------------------------------------------------------

_HALF_WIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_HALF_WIDTH.update(
    {
        0x3000: 0x20,  # ideographic space
        0xFEFF: 0x20,  # byte-order mark
        0x200B: 0x20,  # zero-width space
        0x301C: ord("~"),  # wave dash
        0x2015: 0x2014,  # horizontal bar, used as a dash
        0x2212: ord("-"),  # minus sign
        0x2010: ord("-"),
        0x2011: ord("-"),
    }
)
_NON_SPACE = re.compile(r"\S+")
_SPACE = re.compile(r"\s+")


class _Text:
    """The notice with whitespace removed, remembering where each character came from."""

    def __init__(self, original: str) -> None:
        self.original = original
        self._translated = original.translate(_HALF_WIDTH)  # one for one: positions hold
        self.norm = _SPACE.sub("", self._translated)
        self._norm_starts: list[int] = []
        self._orig_starts: list[int] = []

    def _orig(self, pos: int) -> int:
        if not self._orig_starts:  # built only when a message quotes the text
            length = 0
            for match in _NON_SPACE.finditer(self._translated):
                self._norm_starts.append(length)
                self._orig_starts.append(match.start())
                length += match.end() - match.start()
        i = bisect.bisect_right(self._norm_starts, pos) - 1
        return self._orig_starts[i] + pos - self._norm_starts[i]

    def quote(self, start: int, end: int, limit: int = 80) -> str:
        """The original text behind ``norm[start:end]``, whitespace dropped, shortened."""
        if end <= start:
            return ""
        raw = self.original[self._orig(start) : self._orig(end - 1) + 1]
        compact = "".join(raw.split())
        return compact if len(compact) <= limit else compact[: limit - 1] + "…"


# --- patterns ----------------------------------------------------------------------------------

_FESTIVAL = "元旦|春节|清明节|清明|劳动节|五一|端午节|端午|中秋节|中秋|国庆节|国庆"
_ORDINAL = "[一二三四五六七八九十]{1,3}、|(?<!\\d)\\d{1,2}[、.]"
_HEADING = re.compile(
    f"(?:{_ORDINAL})?(?P<known>(?:{_FESTIVAL})(?:[、和及](?:{_FESTIVAL})){{0,3}}):"
    "|(?<![一二三四五六七八九十])[一二三四五六七八九十]{1,3}、(?P<other>[\u4e00-\u9fff、]{1,20}?):"
)
_YEAR = re.compile(
    "(?<!\\d)(\\d{4})年(?=部分节假日|节假日|元旦|春节|清明|劳动节|五一|端午|中秋|国庆)"
)
_SENTENCE = re.compile("[^。;.!?]+")
_CN_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8}
_CN_DIGITS.update({"九": 9, "十": 10})
_TOKEN = re.compile(
    "(?P<date>(?<!\\d)(?:(?P<y>\\d{4})年)?(?:(?P<m>\\d{1,2})月)?(?P<d>\\d{1,2})日"
    "(?:\\((?P<note>[^()]*)\\))?)"
    "|(?P<paren>\\([^()]*\\))"
    "|(?P<sep>[,:])"
    "|(?P<resume>起(?:正常|照常)?上班)"
    "|(?P<work>上班|调整为工作日)"
    "|(?P<moved>调至|调到|调整为|改为)"
    "|(?P<off>放假|休息|补休)"
    "|(?P<count>(?P<total>共)?(?P<n>\\d{1,3}|[一二两三四五六七八九十]{1,3})天)"
    "|(?P<weekend>连休)"
    "|(?P<conn>至|到|[-~\u2013\u2014]{1,2})"
)
_NOTE_WEEKDAY = re.compile("(?:周|星期|礼拜)([一二三四五六日天])")
_WEEKDAY_INDEX = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_WEEKDAY_NAME = ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日")
_LIST_GLUE = "、和及"
_ENCOURAGING = re.compile("鼓励|倡导|提倡")
_KEYWORD = re.compile("放假|休息|补休|上班|工作日|连休|共")
_UNNAMED = "未注明节日"


# --- what a clause says, before the year is applied ---------------------------------------------


@dataclass(slots=True)
class _RawDate:
    year: int | None  # written (or carried over from the previous date with its month)
    month: int
    day: int
    weekday: int | None  # from an annotation such as （周二）
    start: int
    end: int
    sentence: tuple[int, int]


@dataclass(slots=True)
class _Item:
    first: _RawDate
    last: _RawDate | None = None


@dataclass(slots=True)
class _OffGroup:
    """The dates named before one 放假 / 休息 / 补休."""

    items: list[_Item]
    with_weekend: bool = False
    count: tuple[int, int, int, tuple[int, int]] | None = None  # n, start, end, sentence


@dataclass
class _Clause:
    name: str
    start: int
    end: int
    off: list[_OffGroup] = field(default_factory=list)
    work: list[_Item] = field(default_factory=list)
    has_january: bool = False


class _Reader:
    def __init__(self, text: _Text) -> None:
        self.text = text

    def fail(self, clause: _Clause, sentence: tuple[int, int], what: str) -> NoticeParseError:
        quoted = self.text.quote(*sentence)
        where = f"“{clause.name}”一条“{quoted}”" if clause.name else f"“{quoted}”"
        return NoticeParseError(f"{where}{what}。")

    def clauses(self) -> list[_Clause]:
        norm = self.text.norm
        headings = list(_HEADING.finditer(norm))
        if not headings:
            return [self._read(_Clause("", 0, len(norm)))]
        found = []
        for i, heading in enumerate(headings):
            end = headings[i + 1].start() if i + 1 < len(headings) else len(norm)
            name = heading.group("known") or heading.group("other") or ""
            found.append(self._read(_Clause(name, heading.end(), end)))
        return found

    def _read(self, clause: _Clause) -> _Clause:
        norm = self.text.norm
        seen: set[str] = set()
        for sentence_match in _SENTENCE.finditer(norm, clause.start, clause.end):
            sentence = sentence_match.span()
            context: tuple[int | None, int] | None = None  # (year, month) of the previous date
            if not _KEYWORD.search(norm, *sentence) or _ENCOURAGING.search(norm, *sentence):
                continue  # no day off or worked here, or only an encouragement (鼓励…)
            if sentence_match.group() in seen:
                continue  # the same words again say nothing new
            seen.add(sentence_match.group())
            pending: list[_Item] = []
            dirty = False  # the current run holds words other than dates and list glue
            prev_end = sentence[0]
            prev_kind = ""
            last_off_end = -1
            conn_start = -1
            for tok in _TOKEN.finditer(norm, sentence[0], sentence[1]):
                kind = tok.lastgroup or ""
                if kind in ("y", "m", "d", "note"):
                    kind = "date"
                elif kind in ("total", "n"):
                    kind = "count"
                gap = norm[prev_end : tok.start()]
                adjacent = not gap
                if gap.strip(_LIST_GLUE):
                    dirty = True
                if kind == "date":
                    raw, context = self._date(clause, tok, context, sentence)
                    if (
                        prev_kind == "conn"
                        and adjacent
                        and pending
                        and pending[-1].last is None
                        and pending[-1].first.end == conn_start
                    ):
                        pending[-1].last = raw
                    else:
                        pending.append(_Item(raw))
                elif kind == "conn":
                    conn_start = tok.start()
                elif kind == "sep":
                    if dirty:
                        pending = []
                    dirty = False
                elif kind == "off":
                    if pending:
                        clause.off.append(_OffGroup(pending))
                        pending = []
                    last_off_end = tok.end()
                    dirty = True
                elif kind == "work":
                    clause.work.extend(pending)
                    pending = []
                    dirty = True
                elif kind == "count":
                    if clause.off and (tok.group("total") or tok.start() == last_off_end):
                        n = _number(tok.group("n"))
                        clause.off[-1].count = (n, tok.start(), tok.end(), sentence)
                    dirty = True
                elif kind == "weekend":
                    if clause.off:
                        clause.off[-1].with_weekend = True
                    dirty = True
                elif kind == "paren":  # not after a date: an aside such as 除夕（2月9日）
                    dirty = True
                else:  # "调至" (the dates before it are moved, not off) or "起正常上班"
                    pending = []
                    dirty = True
                prev_end = tok.end()
                prev_kind = kind
        return clause

    def _date(
        self,
        clause: _Clause,
        tok: re.Match[str],
        context: tuple[int | None, int] | None,
        sentence: tuple[int, int],
    ) -> tuple[_RawDate, tuple[int | None, int]]:
        y, m, d, note = tok.group("y", "m", "d", "note")
        day = int(d)
        year = int(y) if y else None
        if m:
            month = int(m)
        elif year is None and context is not None:
            year, month = context  # "2月15日至23日": the month (and year) of the date before
        else:
            raise self.fail(
                clause, sentence, f"中的“{self.text.quote(tok.start(), tok.end())}”没有写明月份"
            )
        weekday = None
        if note:
            found = _NOTE_WEEKDAY.search(note)
            if found:
                weekday = _WEEKDAY_INDEX[found.group(1)]
        if month == 1:
            clause.has_january = True
        raw = _RawDate(year, month, day, weekday, tok.start(), tok.end(), sentence)
        return raw, (year, month)


def _number(text: str) -> int:
    if text.isdigit():
        return int(text)
    if len(text) == 1:
        return _CN_DIGITS[text]
    if text[0] == "十":  # 十一 … 十九
        return 10 + _CN_DIGITS.get(text[1], 0)
    tens = _CN_DIGITS.get(text[0], 0) * 10  # 二十, 二十一
    return tens + (_CN_DIGITS.get(text[2], 0) if len(text) == 3 else 0)


# --- applying the year -------------------------------------------------------------------------


class _Resolver:
    def __init__(self, reader: _Reader, year: int) -> None:
        self.reader = reader
        self.year = year
        self._known: dict[tuple[int | None, int, int, int | None, bool], dt.date] = {}

    def date(self, clause: _Clause, raw: _RawDate) -> dt.date:
        # Only the 元旦 clause may reach back into December of the year before.
        previous_december = "元旦" in clause.name or clause.has_january
        key = (raw.year, raw.month, raw.day, raw.weekday, previous_december)
        known = self._known.get(key)
        if known is None:
            known = self._known[key] = self._check(clause, raw, previous_december)
        return known

    def _check(self, clause: _Clause, raw: _RawDate, previous_december: bool) -> dt.date:
        year = raw.year
        if year is None:
            year = self.year - 1 if raw.month == 12 and previous_december else self.year
        try:
            day = dt.date(year, raw.month, raw.day)
        except ValueError:
            raise self._bad(clause, raw, "不是有效日期") from None
        if raw.weekday is not None and raw.weekday != day.weekday():
            actual = f"{year}年{raw.month}月{raw.day}日是{_WEEKDAY_NAME[day.weekday()]}"
            raise self._bad(clause, raw, f"所注星期与实际不符（{actual}）")
        in_year = day.year == self.year or (
            day.year == self.year - 1 and day.month == 12 and previous_december
        )
        if not in_year:
            raise self._bad(clause, raw, f"不在{self.year}年内")
        return day

    def _bad(self, clause: _Clause, raw: _RawDate, what: str) -> NoticeParseError:
        written = self.reader.text.quote(raw.start, raw.end)
        return self.reader.fail(clause, raw.sentence, f"中的“{written}”{what}")

    def days(self, clause: _Clause, item: _Item) -> list[dt.date]:
        first = self.date(clause, item.first)
        if item.last is None:
            return [first]
        last = self.date(clause, item.last)
        if last < first:
            written = self.reader.text.quote(item.first.start, item.last.end)
            raise self.reader.fail(
                clause, item.first.sentence, f"中的“{written}”结束日期早于开始日期"
            )
        return [first + ONE_DAY * i for i in range((last - first).days + 1)]


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


def _written_years(clauses: list[_Clause]) -> set[int]:
    """Years that dates written with a year imply ("2022年12月31日至2023年1月2日" -> 2023)."""
    found: set[int] = set()
    for clause in clauses:
        items = [*clause.work, *(item for group in clause.off for item in group.items)]
        for item in items:
            for raw in (item.first, item.last):
                if raw is not None and raw.year is not None:
                    found.add(raw.year + 1 if raw.month == 12 else raw.year)
    return found


def _notice_year(norm: str, year: int | None, clauses: list[_Clause]) -> int:
    named = sorted({int(m.group(1)) for m in _YEAR.finditer(norm)})
    if not named and year is None:
        written = _written_years(clauses)
        if len(written) == 1:
            named = sorted(written)
    if len(named) > 1:
        listed = "、".join(f"{y}年" for y in named)
        raise NoticeParseError(f"通知中写有不同的年份（{listed}），无法确定是哪一年的安排。")
    if year is not None:
        if named and named[0] != year:
            raise NoticeParseError(f"通知写的是{named[0]}年的安排，与所选的{year}年不一致。")
        resolved = year
    elif named:
        resolved = named[0]
    else:
        raise NoticeParseError(
            "未能确定通知的年份，请确认粘贴了含“关于YYYY年部分节假日安排的通知”的标题或正文。"
        )
    if not 1900 <= resolved <= 2999:
        raise NoticeParseError(f"年份{resolved}年不在可处理的范围内。")
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
    exist, a range that ends before it starts, a "共N天" that disagrees with the range, a weekday
    annotation that disagrees with the date, a make-up working day that is not a weekend day, a
    day both off and worked, or a date outside the year.
    """
    source = _Text(text)
    if len(source.norm) > MAX_CHARACTERS:
        raise NoticeParseError(
            f"粘贴的文本过长（超过{MAX_CHARACTERS // 10000}万字），请只粘贴节假日安排通知本身。"
        )
    reader = _Reader(source)
    clauses = reader.clauses()
    if not any(clause.off for clause in clauses):
        raise NoticeParseError("未在通知中找到节假日安排，请粘贴含“放假”“上班”等安排的通知正文。")
    resolver = _Resolver(reader, _notice_year(source.norm, year, clauses))

    workdays: set[dt.date] = set()
    work_source: dict[dt.date, tuple[_Clause, _Item]] = {}
    for clause in clauses:
        for item in clause.work:
            for day in resolver.days(clause, item):
                if day.weekday() < 5:
                    written = source.quote(item.first.start, (item.last or item.first).end)
                    raise reader.fail(
                        clause,
                        item.first.sentence,
                        f"中的上班日“{written}”是{_WEEKDAY_NAME[day.weekday()]}，"
                        "调休上班日只能是星期六或星期日",
                    )
                workdays.add(day)
                work_source.setdefault(day, (clause, item))

    holidays: set[dt.date] = set()
    festivals: list[tuple[str, dt.date, dt.date]] = []
    for clause in clauses:
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
                    raise reader.fail(
                        clause,
                        sentence,
                        f"写明“{source.quote(start, end)}”，但所列日期共{plain}天",
                    )
        clash = sorted(clause_days & workdays)
        if clash:
            other, item = work_source[clash[0]]
            raise reader.fail(
                other,
                item.first.sentence,
                f"中的“{source.quote(item.first.start, (item.last or item.first).end)}”"
                "同时被安排为放假日",
            )
        if not clause_days:
            continue
        holidays.update(clause_days)
        if clause.name:
            festivals.append((clause.name, min(clause_days), max(clause_days)))
        else:
            festivals.extend(_unnamed_festivals(clause_days))
    return NoticeSchedule(
        year=resolver.year,
        holidays=tuple(sorted(holidays)),
        workdays=tuple(sorted(workdays)),
        festivals=tuple(festivals),
    )


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
