"""What each clause of a holiday notice says, before the year is applied (see
:mod:`.holiday_notice`).

The text is cut into clauses at headings such as "二、春节：", "国庆节、中秋节：" or "三、“五一”：".
Text before the first heading (title, addressees, preamble) is not read; a text without any
heading (a single pasted sentence) is read as a whole. Each clause is read sentence by sentence
(。；.) and, inside a sentence, run by run (，,：):

* dates named before 放假 / 休息 / 补休 are days off; dates named before 上班 are make-up days;
* "A、B两个公休日（分别）调至C、D" moves the weekend rest of A and B to C and D: C and D are
  off, A and B are worked unless they are themselves days off of the clause (the oldest notices
  say so without the word 上班, e.g. "6月8日（星期日）公休日调至6月9日（星期一）" where 6月8日 is
  the festival itself);
* dates in other runs ("其中，1月1日为法定节假日", "12月30日（星期日）为公休日") are
  explanations and are ignored, as are sentences that only encourage (鼓励…) and any parenthesis
  that does not annotate a date, so the issue date, document number and footer never yield dates.

A run that speaks of moving days (调、调休、公休日) and names dates none of which was read is
kept in ``Clause.unread``: the administrator is warned instead of the run being dropped in
silence. A date without its month takes the month of the date before it in the clause ("其中
18日、19日、20日为法定假日" after "2月18日—24日放假"); one with no date before it is refused, but
only when it is used.

Every regular expression below is either a plain alternation of literals or uses bounded or
single-character-class repetition, so matching is linear in the length of the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from workbench.domain.messages import Msg
from workbench.domain.notice_text import NoticeParseError, NoticeText

_FESTIVAL = "元旦|春节|清明节|清明|劳动节|五一|端午节|端午|中秋节|中秋|国庆节|国庆|十一"
_ORDINAL = "[一二三四五六七八九十]{1,3}、|(?<!\\d)\\d{1,2}[、.]"
HEADING = re.compile(
    f'(?:{_ORDINAL})?[“"「]?(?P<known>(?:{_FESTIVAL})(?:[、和及](?:{_FESTIVAL})){{0,3}})'
    '[”"」]?(?:国际劳动节)?:'
    "|(?<![一二三四五六七八九十])[一二三四五六七八九十]{1,3}、(?P<other>[\u4e00-\u9fff、]{1,20}?):"
)
_SENTENCE = re.compile("[^。;.!?]+")
_RUN = re.compile("[^,:]+")
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
_LIST_GLUE = "、和及"
_ENCOURAGING = re.compile("鼓励|倡导|提倡")
_KEYWORD = re.compile("放假|休息|补休|上班|工作日|连休|共|调|公休日")
_MOVING = re.compile("调|公休日")
_EXPLAINING = re.compile("为公休日|不调休")


@dataclass(slots=True)
class RawDate:
    year: int | None  # written (or carried over from the previous date with its month)
    month: int | None  # None: written without a month and nothing before to take it from
    day: int
    weekday: int | None  # from an annotation such as （周二）
    start: int
    end: int
    sentence: tuple[int, int]
    used: bool = False


@dataclass(slots=True)
class Item:
    first: RawDate
    last: RawDate | None = None

    def mark_used(self) -> None:
        self.first.used = True
        if self.last is not None:
            self.last.used = True


@dataclass(slots=True)
class OffGroup:
    """The dates named before one 放假 / 休息 / 补休."""

    items: list[Item]
    with_weekend: bool = False
    count: tuple[int, int, int, tuple[int, int]] | None = None  # n, start, end, sentence


@dataclass(slots=True)
class Move:
    """``sources``公休日调至``targets``: the weekend rest of the sources moves to the targets."""

    sources: list[Item]
    targets: list[Item] = field(default_factory=list)

    def complete(self) -> bool:
        return bool(self.sources and self.targets)


@dataclass
class Clause:
    name: str
    start: int
    end: int
    off: list[OffGroup] = field(default_factory=list)
    work: list[Item] = field(default_factory=list)
    moves: list[Move] = field(default_factory=list)
    #: runs (start, end) that move days but of which nothing was read
    unread: list[tuple[int, int]] = field(default_factory=list)
    has_january: bool = False


class ClauseReader:
    def __init__(self, text: NoticeText) -> None:
        self.text = text

    def fail(self, clause: Clause, sentence: tuple[int, int], what: Msg) -> NoticeParseError:
        """The refusal quoting ``sentence`` of ``clause``; ``what`` says what is wrong."""
        quoted = self.text.quote(*sentence)
        if clause.name:
            return NoticeParseError("notice.in_clause", clause=clause.name, quote=quoted, what=what)
        return NoticeParseError("notice.in_sentence", quote=quoted, what=what)

    def clauses(self) -> list[Clause]:
        norm = self.text.norm
        headings = list(HEADING.finditer(norm))
        if not headings:
            return [self._read(Clause("", 0, len(norm)))]
        found = []
        for i, heading in enumerate(headings):
            end = headings[i + 1].start() if i + 1 < len(headings) else len(norm)
            name = heading.group("known") or heading.group("other") or ""
            found.append(self._read(Clause(name, heading.end(), end)))
        return found

    def _read(self, clause: Clause) -> Clause:
        norm = self.text.norm
        seen: set[str] = set()
        dates: list[RawDate] = []
        moving_runs: list[tuple[int, int]] = []
        context: tuple[int | None, int] | None = None  # (year, month) of the previous date
        for sentence_match in _SENTENCE.finditer(norm, clause.start, clause.end):
            sentence = sentence_match.span()
            if not _KEYWORD.search(norm, *sentence) or _ENCOURAGING.search(norm, *sentence):
                continue  # no day off or worked here, or only an encouragement (鼓励…)
            if sentence_match.group() in seen:
                continue  # the same words again say nothing new
            seen.add(sentence_match.group())
            for run in _RUN.finditer(norm, *sentence):
                if _MOVING.search(run.group()) and not _EXPLAINING.search(run.group()):
                    moving_runs.append(run.span())
            context = self._sentence(clause, sentence, context, dates)
        for group in clause.off:
            for item in group.items:
                item.mark_used()
        for item in clause.work:
            item.mark_used()
        for move in clause.moves:
            if move.complete():
                for item in (*move.sources, *move.targets):
                    item.mark_used()
        for start, end in moving_runs:
            named = [d for d in dates if start <= d.start < end]
            if named and not any(d.used for d in named):
                clause.unread.append((start, end))
        return clause

    def _sentence(
        self,
        clause: Clause,
        sentence: tuple[int, int],
        context: tuple[int | None, int] | None,
        dates: list[RawDate],
    ) -> tuple[int | None, int] | None:
        norm = self.text.norm
        pending: list[Item] = []
        moving = False  # the dates now read are where a 公休日 is moved to
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
                dates.append(raw)
                if (
                    prev_kind == "conn"
                    and adjacent
                    and pending
                    and pending[-1].last is None
                    and pending[-1].first.end == conn_start
                ):
                    pending[-1].last = raw
                else:
                    pending.append(Item(raw))
            elif kind == "conn":
                conn_start = tok.start()
            elif kind == "sep":
                if dirty:
                    pending = []
                    moving = False
                dirty = False
            elif kind == "off":
                if pending:
                    clause.off.append(OffGroup(pending))
                    pending = []
                moving = False
                last_off_end = tok.end()
                dirty = True
            elif kind == "work":
                if not moving:  # "调至…上班" says nothing sensible: the move stands alone
                    clause.work.extend(pending)
                pending = []
                moving = False
                dirty = True
            elif kind == "count":
                if clause.off and (tok.group("total") or tok.start() == last_off_end):
                    n = number(tok.group("n"))
                    clause.off[-1].count = (n, tok.start(), tok.end(), sentence)
                dirty = True
            elif kind == "weekend":
                if clause.off:
                    clause.off[-1].with_weekend = True
                dirty = True
            elif kind == "paren":  # not after a date: an aside such as 除夕（2月9日）
                dirty = True
            elif kind == "moved" and not moving:  # "A、B两个公休日调至C、D"
                move = Move(pending)
                clause.moves.append(move)
                pending = move.targets  # the dates that follow are where the rest goes
                moving = True
                dirty = True
            else:  # "起正常上班", or a second 调至 in one run
                pending = []
                moving = False
                dirty = True
            prev_end = tok.end()
            prev_kind = kind
        return context

    def _date(
        self,
        clause: Clause,
        tok: re.Match[str],
        context: tuple[int | None, int] | None,
        sentence: tuple[int, int],
    ) -> tuple[RawDate, tuple[int | None, int] | None]:
        y, m, d, note = tok.group("y", "m", "d", "note")
        year = int(y) if y else None
        month: int | None = None
        if m:
            month = int(m)
        elif year is None and context is not None:
            year, month = context  # "2月15日至23日": the month (and year) of the date before
        weekday = None
        if note:
            found = _NOTE_WEEKDAY.search(note)
            if found:
                weekday = _WEEKDAY_INDEX[found.group(1)]
        if month == 1:
            clause.has_january = True
        raw = RawDate(year, month, int(d), weekday, tok.start(), tok.end(), sentence)
        return raw, ((year, month) if month is not None else context)


def number(text: str) -> int:
    """A count written in digits or in Chinese numerals up to 九十九."""
    if text.isdigit():
        return int(text)
    if len(text) == 1:
        return _CN_DIGITS[text]
    if text[0] == "十":  # 十一 … 十九
        return 10 + _CN_DIGITS.get(text[1], 0)
    tens = _CN_DIGITS.get(text[0], 0) * 10  # 二十, 二十一
    return tens + (_CN_DIGITS.get(text[2], 0) if len(text) == 3 else 0)
