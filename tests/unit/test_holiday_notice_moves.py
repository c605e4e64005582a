"""The oldest notices move weekend rest ("两个公休日调至…"); what is not understood is warned of.

The 2006 and 2007 texts are the published holiday clauses of 国务院办公厅关于2006年部分节假日
安排的通知（国办发明电〔2005〕35号） and …2007年…（国办发明电〔2006〕49号）, checked against
``chinese-calendar`` like the later years in ``test_holiday_notice``. Those notices still add
"…上班"; with those words taken out, the moves alone must give the same schedule.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from tests.unit.test_holiday_notice import CLAUSES, _package
from workbench.domain.holiday_notice import NoticeParseError, NoticeWarning, parse_holiday_notice

D = dt.date

OLD_CLAUSES = {
    2006: """
一、元旦：1月1日—3日放假，共3天。其中1月1日为法定假日，将12月31日（星期六）、1月1日（星期日）
两个公休日调至1月2日（星期一）、3日（星期二），12月31日（星期六）上班。
二、春节：1月29日—2月4日（即农历大年初一至初七）放假，共7天。其中，29日、30日、31日为法定假日，
将1月28日（星期六）、29日（星期日）、2月5日（星期日）三个公休日调至2月1日（星期三）、2日
（星期四）、3日（星期五），2月4日（星期六）照常公休，1月28日、2月5日上班。
三、“五一”：5月1日—7日放假，共7天。其中，1日、2日、3日为法定假日，将4月29日（星期六）、
30日（星期日）两个公休日调至5月4日（星期四）、5日（星期五），5月6日（星期六）、7日（星期日）
照常公休，4月29日、30日上班。
四、“十一”：10月1日—7日放假，共7天。其中，1日、2日、3日为法定假日，将9月30日（星期六）、
10月1日（星期日）、8日（星期日）三个公休日调至10月4日（星期三）、5日（星期四）、6日（星期五），
10月7日（星期六）照常公休，9月30日、10月8日上班。
""",
    2007: """
一、元旦：1月1日—3日放假，共3天。其中1月1日为法定假日，将2006年12月30日（星期六）、31日
（星期日）两个公休日分别调至2007年1月2日、3日，2006年12月30日（星期六）、31日（星期日）上班。
二、春节：2月18日—24日（即农历大年初一至初七）放假，共7天。其中18日、19日、20日为法定假日，
将17日（星期六）、18日（星期日）、25日（星期日）三个公休日分别调至21日（星期三）、22日
（星期四）、23日（星期五）；24日（星期六）照常公休，17日、25日上班。
三、“五一”：5月1日—7日放假，共7天。其中，1日、2日、3日为法定假日，将4月28日（星期六）、
29日（星期日）两个公休日调至5月4日（星期五）、7日（星期一）；5月5日（星期六）、6日（星期日）
照常公休，4月28日、29日上班。
四、“十一”：10月1日—7日放假，共7天。其中，1日、2日、3日为法定假日，将9月29日（星期六）、
30日（星期日）两个公休日调至10月4日（星期四）、5日（星期五）；10月6日（星期六）、7日（星期日）
照常公休，9月29日、30日上班。
""",
}

# The package lacks Saturday 2005-12-31, worked by the 2006 notice ("12月31日（星期六）上班").
PACKAGE_GAPS = {2006: {D(2005, 12, 31)}}

# "…上班" runs taken out: what is left says which days are worked only through the moves.
_WORK_RUN = re.compile(r"[，；]?[^，；。]*上班")


def _without_work_runs(text: str) -> str:
    return _WORK_RUN.sub("", "".join(text.split()))


def _expected(year: int) -> tuple[set[dt.date], set[dt.date]]:
    off, work = _package(year)
    return off, work | PACKAGE_GAPS.get(year, set())


@pytest.mark.parametrize("year", sorted(OLD_CLAUSES))
def test_old_notices_match_the_package(year: int) -> None:
    schedule = parse_holiday_notice(OLD_CLAUSES[year], year)
    off, work = _expected(year)
    assert set(schedule.workdays) == work
    assert {d for d in schedule.holidays if d.weekday() < 5} == off
    assert schedule.warnings == ()
    assert [name for name, _, _ in schedule.festivals] == ["元旦", "春节", "五一", "十一"]


@pytest.mark.parametrize("year", [*sorted(OLD_CLAUSES), 2008, 2009])
def test_moves_alone_give_the_same_schedule(year: int) -> None:
    text = OLD_CLAUSES.get(year) or CLAUSES[year]
    stripped = _without_work_runs(text)
    assert "上班" not in stripped
    with_work = parse_holiday_notice(text, year)
    moves_only = parse_holiday_notice(stripped, year)
    if year == 2009:  # 国庆节's 9月27日、10月10日 are worked without a move: only 上班 says so
        assert set(moves_only.workdays) == set(with_work.workdays) - {
            D(2009, 9, 27),
            D(2009, 10, 10),
        }
    else:
        assert moves_only.workdays == with_work.workdays
    assert moves_only.holidays == with_work.holidays
    assert moves_only.warnings == ()


def test_the_example_of_the_issue() -> None:
    schedule = parse_holiday_notice(
        "七、国庆节：9月29日—10月5日放假，共7天。9月27日（星期六）、9月28日（星期日）两个公休日"
        "调至9月29日（星期一）、30日（星期二）。",
        2008,
    )
    assert schedule.workdays == (D(2008, 9, 27), D(2008, 9, 28))
    assert schedule.holidays == tuple(D(2008, 9, 29) + dt.timedelta(days=i) for i in range(7))


def test_a_move_without_a_range_still_gives_its_days() -> None:
    schedule = parse_holiday_notice("端午节：6月8日（星期日）公休日调至6月10日（星期二）。", 2008)
    assert schedule.workdays == (D(2008, 6, 8),)
    assert schedule.holidays == (D(2008, 6, 10),)


def test_a_moved_weekend_day_inside_the_days_off_stays_off() -> None:
    schedule = parse_holiday_notice(
        "五、端午节：6月7日—9日放假，共3天。其中：6月7日（星期六）照常公休，6月8日（端午节）为法定"
        "节假日，6月8日（星期日）公休日调至6月9日（星期一）。",
        2008,
    )
    assert schedule.workdays == ()
    assert schedule.holidays == (D(2008, 6, 7), D(2008, 6, 8), D(2008, 6, 9))


def test_a_moved_weekday_is_refused() -> None:
    with pytest.raises(NoticeParseError, match=r"公休日.*星期一.*星期六或星期日"):
        parse_holiday_notice("国庆节：10月1日至7日放假。9月29日（星期一）公休日调至10月4日。", 2008)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "四、劳动节：5月1日—3日放假，共3天。5月4日（星期日）公休日调整到5月2日（星期五）。",
            "5月4日（星期日）公休日调整到5月2日（星期五）",
        ),
        (
            "二、春节：2月6日—12日放假，共7天。将2月2日、3日与2月11日、12日对调。",
            "将2月2日、3日与2月11日、12日对调",
        ),
        (
            "七、国庆节：10月1日—7日放假。9月29日（星期六）、30日（星期日）两个公休日移至10月4日。",
            "9月29日（星期六）、30日（星期日）两个公休日移至10月4日",
        ),
    ],
)
def test_moves_not_understood_are_warned_of(text: str, quote: str) -> None:
    schedule = parse_holiday_notice(text, 2008)
    assert len(schedule.warnings) == 1
    warning = schedule.warnings[0]
    assert isinstance(warning, NoticeWarning)
    assert warning.quote == quote
    assert warning.clause in text


@pytest.mark.parametrize("year", sorted(CLAUSES))
def test_notices_read_in_full_give_no_warning(year: int) -> None:
    assert parse_holiday_notice(CLAUSES[year], year).warnings == ()


@pytest.mark.parametrize(
    "text",
    [
        "一、元旦：1月1日（周三）放假1天，不调休。",
        "一、元旦：2007年12月30日—2008年1月1日放假，共3天。其中：1月1日（星期二）为法定节假日，"
        "12月30日（星期日）为公休日，12月29日（星期六）公休日调至12月31日（星期一），12月29日"
        "（星期六）上班。",
    ],
)
def test_explanations_are_not_warned_of(text: str) -> None:
    assert parse_holiday_notice(text, 2025 if "周三" in text else 2008).warnings == ()


def test_quoted_headings_are_clauses() -> None:
    schedule = parse_holiday_notice(
        "三、“五一”国际劳动节：5月1日—3日放假，共3天。四、“十一”：10月1日—7日放假，共7天。", 2008
    )
    assert [name for name, _, _ in schedule.festivals] == ["五一", "十一"]
