"""Reading the State Council's holiday notice, checked against ``chinese-calendar``.

The notice texts below are the published wording of each year's 国务院办公厅关于YYYY年部分节假日
安排的通知 (holiday clauses; for some years the whole notice with title, addressees, preamble and
footer). The package is the reference: for every year the make-up working days must equal the
package's exactly and the Monday-to-Friday days off must equal the package's (the package does not
list ordinary weekend days, so weekend days inside a range cannot be compared).

Two adjustments keep the comparison honest rather than weaker:

* The package files a December day of a 元旦 range under the calendar year it falls in, while the
  notice for the next year announces it ("2018年12月30日至2019年1月1日放假调休"). Those days are
  compared with the notice that announces them.
* For 2015 and 2020 the package also contains later, separate notices (the 2015 Victory Day
  holiday; the 2020 extension of the Spring Festival). ``LATER_NOTICES`` lists exactly what they
  changed, and the annual notice is compared with the package minus those changes.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import time

import pytest
from chinese_calendar import constants as cc

from workbench.domain.holiday_notice import (
    MAX_CHARACTERS,
    NoticeParseError,
    NoticeSchedule,
    parse_holiday_notice,
)

D = dt.date
NEW_YEAR = "New Year's Day"

FOOTER = (
    "节假日期间，各地区、各部门要妥善安排好值班和安全、保卫等工作，遇有重大突发事件，"
    "要按规定及时报告并妥善处置，确保人民群众祥和平安度过节日假期。"
)
ADDRESSEES = "各省、自治区、直辖市人民政府，国务院各部委、各直属机构："


def _preamble(year: int) -> str:
    return (
        f"经国务院批准，现将{year}年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节"
        "放假调休日期的具体安排通知如下。"
    )


# --- the holiday clauses, 2008-2026 ------------------------------------------------------------

CLAUSES: dict[int, str] = {
    2008: """
一、元旦：2007年12月30日—2008年1月1日放假，共3天。其中，1月1日（星期二）为法定节假日，
12月30日（星期日）为公休日，12月29日（星期六）公休日调至12月31日（星期一），
12月29日（星期六）上班。
二、春节：2月6日—12日（即农历除夕至正月初六）放假，共7天。其中，2月6日（除夕）、2月7日
（春节）、2月8日（正月初二）为法定节假日，2月9日（星期六）、2月10日（星期日）照常公休，
2月2日（星期六）、2月3日（星期日）两个公休日调至2月11日（星期一）、2月12日（星期二），
2月2日（星期六）、2月3日（星期日）上班。
三、清明节：4月4日—6日放假，共3天。其中，4月4日（清明节）为法定节假日，4月5日（星期六）、
4月6日（星期日）照常公休。
四、劳动节：5月1日—3日放假，共3天。其中，5月1日（星期四）为法定节假日，5月3日（星期六）
照常公休，5月4日（星期日）公休日调至5月2日（星期五），5月4日（星期日）上班。
五、端午节：6月7日—9日放假，共3天。其中，6月8日（端午节）为法定节假日，6月7日（星期六）
照常公休，6月8日（星期日）公休日调至6月9日（星期一）。
六、中秋节：9月13日—15日放假，共3天。其中，9月14日（中秋节）为法定节假日，9月13日
（星期六）照常公休，9月14日（星期日）公休日调至9月15日（星期一）。
七、国庆节：9月29日—10月5日放假，共7天。其中，10月1日、2日、3日为法定节假日，10月4日
（星期六）、10月5日（星期日）照常公休，9月27日（星期六）、9月28日（星期日）两个公休日调至
9月29日（星期一）、9月30日（星期二），9月27日（星期六）、9月28日（星期日）上班。
""",
    2009: """
一、元旦：1月1日至3日放假，共3天。其中，1月1日（星期四）为法定节假日，1月3日（星期六）为
公休日，1月4日（星期日）公休日调至1月2日（星期五）。1月4日（星期日）上班。
二、春节：1月25日至31日放假，共7天。其中，1月25日（农历除夕）、1月26日（春节）、1月27日
（农历正月初二）为法定节假日，1月31日（星期六）照常公休；1月24日（星期六）、2月1日
（星期日）两个公休日调至1月28日（星期三）、1月29日（星期四）。1月24日（星期六）、
2月1日（星期日）上班。
三、清明节：4月4日至6日放假，共3天。其中，4月4日（清明节）为法定节假日，4月5日（星期日）
照常公休，4月4日（星期六）公休日调至4月6日（星期一）。
四、劳动节：5月1日至3日放假，共3天。其中，5月1日（星期五）为法定节假日，5月2日（星期六）、
5月3日（星期日）照常公休。
五、端午节：5月28日至30日放假，共3天。其中，5月28日（端午节）为法定节假日，5月30日
（星期六）照常公休，5月31日（星期日）公休日调至5月29日（星期五）。5月31日（星期日）上班。
六、国庆节、中秋节：10月1日至8日放假，共8天。其中，10月1日、2日、3日为国庆节法定节假日，
10月3日（星期六）为中秋节法定节假日，9月27日（星期日）、10月10日（星期六）上班。
""",
    2010: """
一、元旦：1月1日至3日放假，共3天。
二、春节：2月13日至19日放假，共7天。2月20日（星期六）、21日（星期日）上班。
三、清明节：4月3日至5日放假，共3天。
四、劳动节：5月1日至3日放假，共3天。
五、端午节：6月14日至16日放假，共3天。6月12日（星期六）、13日（星期日）上班。
六、中秋节：9月22日至24日放假，共3天。9月19日（星期日）、25日（星期六）上班。
七、国庆节：10月1日至7日放假，共7天。9月26日（星期日）、10月9日（星期六）上班。
""",
    2011: """
一、元旦：1月1日至3日放假公休，共3天。
二、春节：2月2日至8日放假调休，共7天。1月30日（星期日）、2月12日（星期六）上班。
三、清明节：4月3日至5日放假调休，共3天。4月2日（星期六）上班。
四、劳动节：4月30日至5月2日放假公休，共3天。
五、端午节：6月4日至6日放假公休，共3天。
六、中秋节：9月10日至12日放假公休，共3天。
七、国庆节：10月1日至7日放假调休，共7天。10月8日（星期六）、10月9日（星期日）上班。
""",
    2012: """
一、元旦：2012年1月1日至3日放假调休，共3天。2011年12月31日（星期六）上班。
二、春节：1月22日至28日放假调休，共7天。1月21日（星期六）、29日（星期日）上班。
三、清明节：4月2日至4日放假调休，共3天。3月31日（星期六）、4月1日（星期日）上班。
四、劳动节：4月29日至5月1日放假调休，共3天。4月28日（星期六）上班。
五、端午节：6月22日至24日放假公休，共3天。
六、中秋节、国庆节：9月30日至10月7日放假调休，共8天。9月29日（星期六）上班。
""",
    2013: """
一、元旦：1月1日至3日放假调休，共3天。1月5日（星期六）、6日（星期日）上班。
二、春节：2月9日至15日放假调休，共7天。2月16日（星期六）、17日（星期日）上班。
三、清明节：4月4日至6日放假调休，共3天。4月7日（星期日）上班。
四、劳动节：4月29日至5月1日放假调休，共3天。4月27日（星期六）、28日（星期日）上班。
五、端午节：6月10日至12日放假调休，共3天。6月8日（星期六）、9日（星期日）上班。
六、中秋节：9月19日至21日放假调休，共3天。9月22日（星期日）上班。
七、国庆节：10月1日至7日放假调休，共7天。9月29日（星期日）、10月12日（星期六）上班。
""",
    2014: """
一、元旦：1月1日放假1天。
二、春节：1月31日至2月6日放假调休，共7天。1月26日（星期日）、2月8日（星期六）上班。
三、清明节：4月5日放假，4月7日（星期一）补休。
四、劳动节：5月1日至3日放假调休，共3天。5月4日（星期日）上班。
五、端午节：6月2日放假，与周末连休。
六、中秋节：9月8日放假，与周末连休。
七、国庆节：10月1日至7日放假调休，共7天。9月28日（星期日）、10月11日（星期六）上班。
""",
    2015: """
一、元旦：1月1日至3日放假调休，共3天。1月4日（星期日）上班。
二、春节：2月18日至24日放假调休，共7天。2月15日（星期日）、2月28日（星期六）上班。
三、清明节：4月5日放假，4月6日（星期一）补休。
四、劳动节：5月1日放假。
五、端午节：6月20日放假，6月22日（星期一）补休。
六、中秋节：9月27日放假。
七、国庆节：10月1日至7日放假调休，共7天。10月10日（星期六）上班。
""",
    2016: """
一、元旦：1月1日放假，与周末连休。
二、春节：2月7日至13日放假调休，共7天。2月6日（星期六）、2月14日（星期日）上班。
三、清明节：4月4日放假，与周末连休。
四、劳动节：5月1日放假，5月2日（星期一）补休。
五、端午节：6月9日至11日放假调休，共3天。6月12日（星期日）上班。
六、中秋节：9月15日至17日放假调休，共3天。9月18日（星期日）上班。
七、国庆节：10月1日至7日放假调休，共7天。10月8日（星期六）、10月9日（星期日）上班。
""",
    2017: """
一、元旦：1月1日放假，1月2日（星期一）补休。
二、春节：1月27日至2月2日放假调休，共7天。1月22日（星期日）、2月4日（星期六）上班。
三、清明节：4月2日至4日放假调休，共3天。4月1日（星期六）上班。
四、劳动节：5月1日放假，与周末连休。
五、端午节：5月28日至30日放假调休，共3天。5月27日（星期六）上班。
六、中秋节、国庆节：10月1日至8日放假调休，共8天。9月30日（星期六）上班。
""",
    2018: """
一、元旦：1月1日放假，与周末连休。
二、春节：2月15日至21日放假调休，共7天。2月11日（星期日）、2月24日（星期六）上班。
三、清明节：4月5日至7日放假调休，共3天。4月8日（星期日）上班。
四、劳动节：4月29日至5月1日放假调休，共3天。4月28日（星期六）上班。
五、端午节：6月18日放假，与周末连休。
六、中秋节：9月24日放假，与周末连休。
七、国庆节：10月1日至7日放假调休，共7天。9月29日（星期六）、9月30日（星期日）上班。
""",
    # 劳动节 as amended in March 2019 (the original notice gave 5月1日 only).
    2019: """
一、元旦：2018年12月30日至2019年1月1日放假调休，共3天。2018年12月29日（星期六）上班。
二、春节：2月4日至10日放假调休，共7天。2月2日（星期六）、2月3日（星期日）上班。
三、清明节：4月5日放假，与周末连休。
四、劳动节：5月1日至4日放假调休，共4天。4月28日（星期日）、5月5日（星期日）上班。
五、端午节：6月7日放假，与周末连休。
六、中秋节：9月13日放假，与周末连休。
七、国庆节：10月1日至7日放假调休，共7天。9月29日（星期日）、10月12日（星期六）上班。
""",
    2020: """
一、元旦：2020年1月1日放假，共1天。
二、春节：1月24日至30日放假调休，共7天。1月19日（星期日）、2月1日（星期六）上班。
三、清明节：4月4日至6日放假调休，共3天。
四、劳动节：5月1日至5日放假调休，共5天。4月26日（星期日）、5月9日（星期六）上班。
五、端午节：6月25日至27日放假调休，共3天。6月28日（星期日）上班。
六、国庆节、中秋节：10月1日至8日放假调休，共8天。9月27日（星期日）、10月10日（星期六）上班。
""",
    2021: """
一、元旦：2021年1月1日至3日放假，共3天。
二、春节：2月11日至17日放假调休，共7天。2月7日（星期日）、2月20日（星期六）上班。
三、清明节：4月3日至5日放假调休，共3天。
四、劳动节：5月1日至5日放假调休，共5天。4月25日（星期日）、5月8日（星期六）上班。
五、端午节：6月12日至14日放假，共3天。
六、中秋节：9月19日至21日放假调休，共3天。9月18日（星期六）上班。
七、国庆节：10月1日至7日放假调休，共7天。9月26日（星期日）、10月9日（星期六）上班。
""",
    2022: """
一、元旦：2022年1月1日至3日放假，共3天。
二、春节：1月31日至2月6日放假调休，共7天。1月29日（星期六）、1月30日（星期日）上班。
三、清明节：4月3日至5日放假调休，共3天。4月2日（星期六）上班。
四、劳动节：4月30日至5月4日放假调休，共5天。4月24日（星期日）、5月7日（星期六）上班。
五、端午节：6月3日至5日放假，共3天。
六、中秋节：9月10日至12日放假，共3天。
七、国庆节：10月1日至7日放假调休，共7天。10月8日（星期六）、10月9日（星期日）上班。
""",
    2023: """
一、元旦：2022年12月31日至2023年1月2日放假调休，共3天。
二、春节：1月21日至27日放假调休，共7天。1月28日（星期六）、1月29日（星期日）上班。
三、清明节：4月5日放假，共1天。
四、劳动节：4月29日至5月3日放假调休，共5天。4月23日（星期日）、5月6日（星期六）上班。
五、端午节：6月22日至24日放假调休，共3天。6月25日（星期日）上班。
六、中秋节、国庆节：9月29日至10月6日放假调休，共8天。10月7日（星期六）、10月8日（星期日）上班。
""",
    2024: """
一、元旦：1月1日放假，与周末连休。
二、春节：2月10日至17日放假调休，共8天。2月4日（星期日）、2月18日（星期日）上班。鼓励各单位
结合带薪年休假等制度落实，安排职工在除夕（2月9日）休息。
三、清明节：4月4日至6日放假调休，共3天。4月7日（星期日）上班。
四、劳动节：5月1日至5日放假调休，共5天。4月28日（星期日）、5月11日（星期六）上班。
五、端午节：6月10日放假，与周末连休。
六、中秋节：9月15日至17日放假调休，共3天。9月14日（星期六）上班。
七、国庆节：10月1日至7日放假调休，共7天。9月29日（星期日）、10月12日（星期六）上班。
""",
    2025: """
一、元旦：1月1日（周三）放假1天，不调休。
二、春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。1月26日
（周日）、2月8日（周六）上班。
三、清明节：4月4日（周五）至6日（周日）放假，共3天。
四、劳动节：5月1日（周四）至5日（周一）放假调休，共5天。4月27日（周日）上班。
五、端午节：5月31日（周六）至6月2日（周一）放假，共3天。
六、国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天。9月28日（周日）、10月11日
（周六）上班。
""",
    2026: """
一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日
（周六）、2月28日（周六）上班。
三、清明节：4月4日（周六）至6日（周一）放假，共3天。
四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。
五、端午节：6月19日（周五）至21日（周日）放假，共3天。
六、中秋节：9月25日（周五）至27日（周日）放假，共3天。
七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。
""",
}

# document number, issue date, and any extra footer sentence of the whole notices
_WHOLE = {
    2015: ("国办发明电〔2014〕28号", "2014年12月16日", FOOTER),
    2020: ("国办发明电〔2019〕16号", "2019年11月21日", FOOTER),
    2023: (
        "国办发明电〔2022〕16号",
        "2022年12月8日",
        FOOTER.replace("保卫等工作", "保卫、疫情防控等工作"),
    ),
    2024: ("国办发明电〔2023〕7号", "2023年10月25日", FOOTER),
    2025: ("国办发明电〔2024〕12号", "2024年11月12日", FOOTER),
    2026: ("国办发明电〔2025〕7号", "2025年11月4日", FOOTER),
}


def _whole_notice(year: int) -> str:
    number, issued, footer = _WHOLE[year]
    preamble = _preamble(year)
    if year >= 2025:
        preamble = (
            "根据《国务院关于修改〈全国年节及纪念日放假办法〉的决定》，为便于各地区、各部门及早"
            "合理安排节假日旅游、交通运输、生产经营等有关工作，" + preamble
        )
    return (
        f"国务院办公厅关于{year}年部分节假日安排的通知\n{number}\n\n{ADDRESSEES}\n"
        f"　　{preamble}\n{CLAUSES[year]}\n　　{footer}\n\n国务院办公厅\n{issued}\n"
    )


WHOLE_NOTICES = {year: _whole_notice(year) for year in _WHOLE}

# (days off added later, make-up days added later, make-up days removed later) by other notices
LATER_NOTICES: dict[int, tuple[set[dt.date], set[dt.date], set[dt.date]]] = {
    # 国务院关于中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日调休放假的通知
    2015: ({D(2015, 9, 3), D(2015, 9, 4)}, {D(2015, 9, 6)}, set()),
    # 国务院办公厅关于延长2020年春节假期的通知: off until 2月2日, 2月1日 no longer worked
    2020: ({D(2020, 1, 31)}, set(), {D(2020, 2, 1)}),
}


def _announced_in(day: dt.date, name: str, year: int) -> bool:
    """Whether the notice for ``year`` announces ``day`` (December 元旦 days: the next year's)."""
    if day.month == 12 and name == NEW_YEAR:
        return day.year + 1 == year
    return day.year == year


def _package(year: int) -> tuple[set[dt.date], set[dt.date]]:
    weekday_off = {
        d for d, name in cc.holidays.items() if _announced_in(d, name, year) and d.weekday() < 5
    }
    worked = {d for d, name in cc.workdays.items() if _announced_in(d, name, year)}
    added_off, added_work, removed_work = LATER_NOTICES.get(year, (set(), set(), set()))
    return weekday_off - added_off, (worked - added_work) | removed_work


def _assert_matches_package(schedule: NoticeSchedule, year: int) -> None:
    expected_off, expected_work = _package(year)
    assert schedule.year == year
    assert set(schedule.workdays) == expected_work
    assert {d for d in schedule.holidays if d.weekday() < 5} == expected_off
    assert list(schedule.holidays) == sorted(set(schedule.holidays))
    assert list(schedule.workdays) == sorted(set(schedule.workdays))
    assert all(d.weekday() >= 5 for d in schedule.workdays)
    for day in (*schedule.holidays, *schedule.workdays):
        assert day.year == year or (day.year == year - 1 and day.month == 12)


def test_the_package_covers_every_year_tested() -> None:
    assert {d.year for d in cc.holidays} >= set(CLAUSES)


@pytest.mark.parametrize("year", sorted(CLAUSES))
def test_clauses_match_the_package(year: int) -> None:
    _assert_matches_package(parse_holiday_notice(CLAUSES[year], year), year)


@pytest.mark.parametrize("year", sorted(WHOLE_NOTICES))
def test_whole_notice_matches_the_package_with_the_year_read_from_the_title(year: int) -> None:
    _assert_matches_package(parse_holiday_notice(WHOLE_NOTICES[year]), year)


@pytest.mark.parametrize("year", sorted(WHOLE_NOTICES))
def test_whole_notice_with_the_right_year_given(year: int) -> None:
    assert parse_holiday_notice(WHOLE_NOTICES[year], year) == parse_holiday_notice(
        WHOLE_NOTICES[year]
    )


def test_festivals_are_listed_in_notice_order() -> None:
    schedule = parse_holiday_notice(WHOLE_NOTICES[2025])
    assert schedule.festivals == (
        ("元旦", D(2025, 1, 1), D(2025, 1, 1)),
        ("春节", D(2025, 1, 28), D(2025, 2, 4)),
        ("清明节", D(2025, 4, 4), D(2025, 4, 6)),
        ("劳动节", D(2025, 5, 1), D(2025, 5, 5)),
        ("端午节", D(2025, 5, 31), D(2025, 6, 2)),
        ("国庆节、中秋节", D(2025, 10, 1), D(2025, 10, 8)),
    )
    assert schedule.workdays == (
        D(2025, 1, 26),
        D(2025, 2, 8),
        D(2025, 4, 27),
        D(2025, 9, 28),
        D(2025, 10, 11),
    )
    assert len(schedule.holidays) == 1 + 8 + 3 + 5 + 3 + 8


def test_header_footer_and_asides_give_no_dates() -> None:
    schedule = parse_holiday_notice(WHOLE_NOTICES[2024])
    found = {*schedule.holidays, *schedule.workdays}
    assert D(2023, 10, 25) not in found  # issue date
    assert D(2024, 2, 9) not in found  # 除夕, only "encouraged" as a day off
    assert all(d.month != 11 for d in parse_holiday_notice(WHOLE_NOTICES[2025]).holidays)
    # 2008: "12月29日（星期六）公休日调至12月31日（星期一）" moves the day; 29th is worked
    schedule = parse_holiday_notice(CLAUSES[2008], 2008)
    assert D(2007, 12, 29) in schedule.workdays
    assert D(2007, 12, 31) in schedule.holidays
    assert schedule.festivals[0] == ("元旦", D(2007, 12, 30), D(2008, 1, 1))


def test_weekend_next_to_a_single_day_off_is_part_of_the_festival() -> None:
    schedule = parse_holiday_notice("一、元旦：1月1日放假，与周末连休。", 2024)
    assert schedule.holidays == (D(2023, 12, 30), D(2023, 12, 31), D(2024, 1, 1))
    assert schedule.festivals == (("元旦", D(2023, 12, 30), D(2024, 1, 1)),)


# --- wordings and punctuation ------------------------------------------------------------------


def _half_width(text: str) -> str:
    table = str.maketrans({"（": "(", "）": ")", "，": ",", "。": ".", "：": ":", "；": ";"})
    return text.translate(table).replace("周", "星期")


@pytest.mark.parametrize("year", [2008, 2012, 2015, 2019, 2025, 2026])
def test_half_width_punctuation_and_xingqi(year: int) -> None:
    assert parse_holiday_notice(_half_width(CLAUSES[year]), year) == parse_holiday_notice(
        CLAUSES[year], year
    )


@pytest.mark.parametrize("year", [2015, 2024, 2025])
def test_line_breaks_and_spaces_anywhere(year: int) -> None:
    text = WHOLE_NOTICES[year]
    broken = "\n".join(text)
    spaced = " ".join(text).replace("日", "日 \u3000")
    expected = parse_holiday_notice(text)
    assert parse_holiday_notice(broken) == expected
    assert parse_holiday_notice(spaced) == expected


def test_full_width_digits() -> None:
    digits = str.maketrans("0123456789", "０１２３４５６７８９")
    text = CLAUSES[2023].translate(digits)
    assert parse_holiday_notice(text, 2023) == parse_holiday_notice(CLAUSES[2023], 2023)


def test_pasted_sentence_without_heading_and_month_omitted_end() -> None:
    schedule = parse_holiday_notice(
        "2月15日(农历腊月二十八、周日)至23日(农历正月初七、周一)放假调休，共9天。"
        "2月14日(周六)、2月28日(周六)上班。",
        2026,
    )
    assert schedule.holidays == tuple(D(2026, 2, 15) + dt.timedelta(days=i) for i in range(9))
    assert schedule.workdays == (D(2026, 2, 14), D(2026, 2, 28))
    assert len(schedule.festivals) == 1
    assert schedule.festivals[0][1:] == (D(2026, 2, 15), D(2026, 2, 23))


@pytest.mark.parametrize(
    ("text", "year", "holidays", "workdays"),
    [
        ("1月27日至2月2日放假调休", 2017, [(D(2017, 1, 27), 7)], []),
        ("5月1日放假，与周末连休。", 2017, [(D(2017, 4, 29), 3)], []),
        ("一、元旦：1月1日放假，1月2日(星期一)补休。", 2017, [(D(2017, 1, 1), 2)], []),
        ("五一：5月1日至3日休息。", 2015, [(D(2015, 5, 1), 3)], []),
        ("元旦:1月1日-3日放假,共三天.", 2015, [(D(2015, 1, 1), 3)], []),
        ("春节：2月18日～24日放假调休，共7天。", 2015, [(D(2015, 2, 18), 7)], []),
        ("12月31日至1月2日放假调休，共3天。", 2017, [(D(2016, 12, 31), 3)], []),
        (
            "一、元旦：1月1日至3日放假调休，共3天。1月5日（星期六）、6日（星期日）上班。",
            2013,
            [(D(2013, 1, 1), 3)],
            [D(2013, 1, 5), D(2013, 1, 6)],
        ),
        (
            "一、元旦：12月31日至1月2日放假调休，共3天。12月30日（周五）上班。",
            2017,
            None,
            None,
        ),
        (
            "一、元旦：1月1日至3日放假调休，共3天。12月31日（星期六）上班。",
            2012,
            [(D(2012, 1, 1), 3)],
            [D(2011, 12, 31)],
        ),
        (
            "一、元旦：12月30日至1月1日放假，共3天。12月29日（星期六）公休日调至12月31日"
            "（星期一）放假，12月29日（星期六）上班。",
            2008,
            [(D(2007, 12, 30), 3)],
            [D(2007, 12, 29)],
        ),
        (
            "9月3日至5日调休放假，共3天。9月6日（星期日）调整为工作日。",
            2015,
            [(D(2015, 9, 3), 3)],
            [D(2015, 9, 6)],
        ),
        (
            "二、春节：1月28日至2月4日放假调休，共8天。1月26日(周日),2月8日(周六)上班。",
            2025,
            [(D(2025, 1, 28), 8)],
            [D(2025, 1, 26), D(2025, 2, 8)],
        ),
    ],
)
def test_wordings(
    text: str,
    year: int,
    holidays: list[tuple[dt.date, int]] | None,
    workdays: list[dt.date] | None,
) -> None:
    if holidays is None:  # a weekday named as a working day must be refused
        with pytest.raises(NoticeParseError, match="上班日"):
            parse_holiday_notice(text, year)
        return
    expected = {first + dt.timedelta(days=i) for first, n in holidays for i in range(n)}
    schedule = parse_holiday_notice(text, year)
    assert set(schedule.holidays) == expected
    assert list(schedule.workdays) == (workdays or [])


def test_explicit_year_on_a_date_is_used() -> None:
    schedule = parse_holiday_notice(
        "一、元旦：2018年12月30日至2019年1月1日放假调休，共3天。2018年12月29日（星期六）上班。"
    )
    assert schedule.year == 2019
    assert schedule.holidays == (D(2018, 12, 30), D(2018, 12, 31), D(2019, 1, 1))
    assert schedule.workdays == (D(2018, 12, 29),)


# --- year --------------------------------------------------------------------------------------


def test_year_from_the_body() -> None:
    assert parse_holiday_notice("现将2025年元旦放假安排通知如下：1月1日放假1天。").year == 2025


def test_year_missing() -> None:
    with pytest.raises(NoticeParseError, match="年份"):
        parse_holiday_notice("一、元旦：1月1日放假，与周末连休。")


def test_year_given_differs_from_the_notice() -> None:
    with pytest.raises(NoticeParseError, match=r"2025年.*2024年"):
        parse_holiday_notice(WHOLE_NOTICES[2025], 2024)


def test_two_years_named() -> None:
    text = WHOLE_NOTICES[2025].replace("现将2025年元旦", "现将2024年元旦")
    with pytest.raises(NoticeParseError, match="2024年、2025年"):
        parse_holiday_notice(text)


def test_date_outside_the_year_is_refused() -> None:
    with pytest.raises(NoticeParseError, match=r"劳动节.*2024年5月1日.*不在2025年内"):
        parse_holiday_notice("四、劳动节：2024年5月1日放假。", 2025)
    with pytest.raises(NoticeParseError, match="不在2025年内"):
        parse_holiday_notice("四、劳动节：2026年1月1日放假。", 2025)


# --- errors name the clause --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "needles"),
    [
        ("二、春节：2月30日至3月2日放假调休，共2天。", ["春节", "2月30日", "不是有效日期"]),
        ("二、春节：2月4日至1月28日放假调休。", ["春节", "2月4日至1月28日", "早于"]),
        ("二、春节：1月28日至2月4日放假调休，共7天。", ["春节", "共7天", "8天"]),
        (
            "二、春节：1月28日至2月4日放假调休，共8天。1月27日（周一）上班。",
            ["春节", "1月27日", "星期一", "上班日"],
        ),
        ("一、元旦：1月1日（周四）放假1天。", ["元旦", "1月1日（周四）", "星期三"]),
        (
            "一、元旦：1月1日至3日放假，共3天。1月3日（星期六）上班。",
            ["元旦", "1月3日", "放假日"],
        ),
        ("清明节：9日上班。4月4日至6日放假。", ["清明节", "9日", "月份"]),
    ],
)
def test_errors_name_the_clause(text: str, needles: list[str]) -> None:
    year = 2026 if "1月3日（星期六）" in text else 2025
    with pytest.raises(NoticeParseError) as caught:
        parse_holiday_notice(text, year)
    message = str(caught.value)
    for needle in needles:
        assert needle in message
    assert message.endswith("。")
    assert message.count("。") == 1  # one sentence


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\t",
        "国务院办公厅关于2025年部分节假日安排的通知",
        "国务院办公厅关于2025年部分节假日安排的通知\n国办发明电〔2024〕12号\n国务院办公厅\n2024年11月12日",
        "Lorem ipsum dolor sit amet 1234 ()()) 至至 上班",
        "二、春节：另行通知。",
    ],
)
def test_no_holiday_clause(text: str) -> None:
    with pytest.raises(NoticeParseError, match="未在通知中找到节假日安排"):
        parse_holiday_notice(text, 2025)


def test_errors_are_value_errors() -> None:
    assert issubclass(NoticeParseError, ValueError)


# --- size --------------------------------------------------------------------------------------

MEGABYTE = 1_000_000
UNDER_THE_LIMIT = MAX_CHARACTERS - 1000


def _timed(text: str) -> float:
    start = time.perf_counter()
    with contextlib.suppress(NoticeParseError):
        parse_holiday_notice(text, 2025)
    return time.perf_counter() - start


ADVERSARIAL = [
    "1月1日至",
    "放假1月1日至",
    "1月1日至放假",
    "(",
    "（农历",
    "一、",
    "一、元旦",
    "2025年1",
    "1" * 50,
    "放假，",
    "12月（",
    "共1",
    "——",
    "2月30日放假。",
    "5月1日至5日放假调休，共5天。4月27日（周日）上班。",
]


@pytest.mark.parametrize("unit", ADVERSARIAL)
def test_a_megabyte_is_refused_quickly(unit: str) -> None:
    text = unit * (MEGABYTE // len(unit))
    start = time.perf_counter()
    with pytest.raises(NoticeParseError, match="过长"):
        parse_holiday_notice(text, 2025)
    assert time.perf_counter() - start < 2.0


@pytest.mark.parametrize("unit", ADVERSARIAL)
def test_text_just_under_the_limit_is_read_quickly(unit: str) -> None:
    assert _timed(unit * (UNDER_THE_LIMIT // len(unit))) < 2.0


def test_a_megabyte_of_whitespace_around_a_notice_is_fine() -> None:
    text = " \n" * (MEGABYTE // 2) + WHOLE_NOTICES[2025] + "\u3000" * MEGABYTE
    start = time.perf_counter()
    schedule = parse_holiday_notice(text)
    assert time.perf_counter() - start < 2.0
    assert schedule == parse_holiday_notice(WHOLE_NOTICES[2025])


def test_a_long_notice_parses_quickly() -> None:
    padding = FOOTER * (UNDER_THE_LIMIT // len(FOOTER) - 100)
    start = time.perf_counter()
    schedule = parse_holiday_notice(WHOLE_NOTICES[2025] + padding)
    assert time.perf_counter() - start < 2.0
    assert schedule == parse_holiday_notice(WHOLE_NOTICES[2025])


def test_many_clauses_parse_quickly() -> None:
    clause = "5月1日至5日放假调休，共5天。4月27日（周日）上班。"
    text = clause * (UNDER_THE_LIMIT // len(clause))
    start = time.perf_counter()
    schedule = parse_holiday_notice(text, 2025)
    assert time.perf_counter() - start < 2.0
    assert schedule.workdays == (D(2025, 4, 27),)


def test_no_catastrophic_patterns_in_the_module() -> None:
    """Nested unbounded repetition is what makes a regular expression backtrack without end."""
    import workbench.domain.holiday_notice as module
    import workbench.domain.notice_reader as reader
    import workbench.domain.notice_text as text

    for value in [*vars(module).values(), *vars(reader).values(), *vars(text).values()]:
        if isinstance(value, re.Pattern):
            assert not re.search(r"\)[*+]", value.pattern.replace("\\)", "")), value.pattern
