"""When (frames/when.py): the time a figure holds and when it was told, on small sentences
from several domains."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.extract import extract_text
from factcheck.model import DateSpan
from tests.conftest import DAY, _claim


@pytest.mark.parametrize(
    ("sentence", "mention", "year"),
    [
        ("The BJP won 240 seats, well below the 303 it took five years ago.", "303", 2019),
        ("Cases rose to 900, up from the 412 that were recorded in 2019.", "412", 2019),
    ],
)
def test_a_clause_on_the_figures_own_noun_dates_it(sentence: str, mention: str, year: int) -> None:
    claim = _claim(sentence, mention, published=date(2024, 6, 5))
    assert claim.as_of is not None and claim.as_of.start.year == year


@pytest.mark.parametrize(
    ("sentence", "mention", "month"),
    [
        (
            "Inflation fell to 8.7 percent in April, the lowest reading since August last year.",
            "8.7 percent",
            4,
        ),
        ("The positivity rate dropped to 4% in May, its lowest since 2020.", "4%", 5),
    ],
)
def test_a_rate_is_no_running_total_for_a_since(sentence: str, mention: str, month: int) -> None:
    claim = _claim(sentence, mention, published=date(2023, 6, 20))
    assert not claim.cumulative
    assert claim.as_of is not None and claim.as_of.start.month == month


@pytest.mark.parametrize(
    "text",
    [
        "Unemployment rose to 5.1% in March, the statistics office said.\n\n"
        "Youth unemployment climbed to 12.4%, the office said on Tuesday.",
        "The hospital admission rate rose to 3.9% in March, the health ministry said.\n\n"
        "The share of beds in use stood at 81%, officials said on Tuesday.",
    ],
)
def test_a_statistic_without_its_own_time_holds_for_the_releases_period(text: str) -> None:
    claims = [c for c in extract_text(text, date(2023, 4, 20)) if c.kind == "percent"]
    assert len(claims) == 2
    assert all(c.as_of is not None and c.as_of.start == date(2023, 3, 1) for c in claims)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # the month dates a compared record, a clause under the statement, or an event's noun
        (
            "The coastguard said 696 people arrived in 14 boats on Monday, beating the previous "
            "high of 651, recorded in March.\n\nAnother 35 people were turned back at sea.",
            "35 people",
        ),
        (
            "The regulator on Thursday proposed a levy on large banks after it protected "
            "depositors of two failed lenders in March.\n\nAbout 113 banks would pay 12.5 basis "
            "points a year.",
            "12.5 basis points",
        ),
        (
            "The airline sued the software firm over a faulty update that caused a global outage "
            "in March.\n\nThe airline said it lost more than $500 million.",
            "more than $500 million",
        ),
    ],
)
def test_a_month_under_the_leads_statement_is_no_releases_period(text: str, mention: str) -> None:
    claim = next(c for c in extract_text(text, date(2023, 4, 20)) if mention in c.mention)
    assert claim.as_of is not None and claim.as_of.start.month == 4


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # the month dates the lead's statement, or what it compares or reports
        ("Hiring accelerated sharply in March.\n\nThe jobless rate fell to 3.9%.", "3.9%"),
        (
            "Job growth slowed far more than expected in March, the labour department said."
            "\n\nAverage hourly earnings rose 0.2%, the department said.",
            "0.2%",
        ),
        (
            "The economy opened the year by adding 143,000 jobs in March.\n\nThe jobless rate "
            "fell to 3.9%.",
            "3.9%",
        ),
        (
            "Hospital admissions rose to 4,100 in March, the ministry said.\n\nThe share of "
            "beds in use stood at 81%, officials said.",
            "81%",
        ),
    ],
)
def test_a_month_dating_the_leads_statement_is_the_releases_period(text: str, mention: str) -> None:
    claim = next(c for c in extract_text(text, date(2023, 4, 20)) if mention in c.mention)
    assert claim.as_of == DateSpan(date(2023, 3, 1), date(2023, 3, 31))


@pytest.mark.parametrize(
    ("sentence", "mention", "expected"),
    [
        # planned or foreseen: the next one
        ("The regulator expects the price cap to climb to £3,700 in October.", "£3,700", 2023),
        ("Inflation is expected to peak at 11 percent in October.", "11 percent", 2023),
        ("The new vaccine should arrive in January.", "January", 2024),
        # present tense or a date inside a noun phrase: the nearest one
        ("The tournament runs in seven rounds, the last of them on October 2.", "October 2", 2023),
        ("Parties suspended campaigning for the October 2 election.", "October 2", 2023),
        # past tense: the last one
        ("The outbreak was first detected on October 2.", "October 2", 2022),
        ("Fares had risen by 12% in October.", "12%", 2022),
        ("The senators cited a cut of 97,000 to October's payroll figure.", "October", 2022),
    ],
)
def test_a_yearless_date_takes_the_year_of_its_clauses_tense(
    sentence: str, mention: str, expected: int
) -> None:
    claim = _claim(sentence, mention, published=date(2023, 8, 20))
    assert claim.as_of is not None and claim.as_of.start.year == expected


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        (
            "Unemployment rose to 5.1% in March, the statistics office said.\n\n"
            "Youth unemployment climbed to 12.4% from 11.9%.",
            {"12.4%": 3, "11.9%": 2},
        ),
        (
            "Hospital occupancy rose to 81% in March, the ministry said.\n\n"
            "Intensive care occupancy climbed to 74%, up from 70% in February.",
            {"74%": 3, "70%": 2},
        ),
    ],
)
def test_a_statistics_from_level_holds_for_the_period_before(
    text: str, levels: dict[str, int]
) -> None:
    claims = {c.mention: c for c in extract_text(text, date(2023, 4, 20)) if c.kind == "percent"}
    for mention, month in levels.items():
        as_of = claims[mention].as_of
        assert as_of is not None and (as_of.start.year, as_of.start.month) == (2023, month)


def test_a_toll_holds_on_the_report_day_not_the_incidents() -> None:
    claim = _claim(
        "The earthquake that struck on February 6 has killed at least 5,000 people.", "5,000"
    )
    assert claim.as_of == DateSpan.day(DAY)


@pytest.mark.parametrize(
    ("sentence", "mention", "month"),
    [
        ("Inflation is likely to reach 13.3% in October.", "13.3%", date(2022, 10, 1)),
        ("Doses are not expected before October.", "October", date(2022, 10, 1)),
        ("Inflation reached 9.4% in June.", "9.4%", date(2022, 6, 1)),
    ],
)
def test_a_yearless_month_after_a_future_cue_looks_ahead(
    sentence: str, mention: str, month: date
) -> None:
    claim = _claim(sentence, mention, date(2022, 8, 4))
    assert claim.as_of is not None and claim.as_of.start == month


@pytest.mark.parametrize(
    ("sentence", "mention", "event_day"),
    [
        # published Wednesday 8 February 2023 (DAY): the toll holds for its day, told later
        ("At least 58 people were killed on Monday in an air strike, the monitor said.", "58", 6),
        ("Some 40 people were injured on Sunday when the dam burst.", "40", 5),
        ("Nine hikers went missing on Monday in the storm.", "Nine", 6),
    ],
)
def test_a_toll_dated_by_its_event_is_told_on_the_story_day(
    sentence: str, mention: str, event_day: int
) -> None:
    claim = _claim(sentence, mention)
    assert claim.as_of == DateSpan.day(date(2023, 2, event_day))
    assert claim.told == DateSpan.day(DAY)


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        ("The disaster agency reported 44,374 deaths on Wednesday.", "44,374"),  # the telling
        ("Inflation rose to 10.1% in January.", "10.1%"),  # no toll
        ("At least 12 people were killed on Wednesday in the blast.", "12"),  # told that day
    ],
)
def test_a_figure_told_when_it_holds_has_no_later_telling(sentence: str, mention: str) -> None:
    assert _claim(sentence, mention).told is None


@pytest.mark.parametrize(
    ("sentence", "mention", "expected"),
    [
        # the time trails the figure compared with, not the figure itself
        ("Only 39 repolls were needed this time against 540 in 2019.", "39", None),
        ("The electorate has grown to 96.9 million from 91.2 million in 2019.", "96.9", None),
        ("Food inflation stood at 19.1 percent after 19.2 percent in March.", "19.2", 3),
        ("Admissions reached 812 against 640 in March.", "640", 3),
    ],
)
def test_a_time_after_a_compared_figure_dates_that_figure(
    sentence: str, mention: str, expected: int | None
) -> None:
    claim = _claim(sentence, mention, published=date(2023, 6, 20))
    assert claim.as_of is not None
    if expected is None:  # not the compared figure's time: the paper's day
        assert claim.as_of == DateSpan.day(date(2023, 6, 20))
    else:
        assert (claim.as_of.start.year, claim.as_of.start.month) == (2023, expected)


@pytest.mark.parametrize(
    ("sentence", "mention", "month"),
    [
        (
            "The bank raised rates to 1.75% on Thursday and said inflation was likely to reach"
            " 13.3% in October.",
            "13.3%",
            10,
        ),
        (
            "The agency opened two new camps on Monday and said arrivals could reach 9,000 in"
            " September.",
            "9,000",
            9,
        ),
    ],
)
def test_the_time_of_the_figures_own_clause_beats_one_above_it(
    sentence: str, mention: str, month: int
) -> None:
    claim = _claim(sentence, mention, published=date(2023, 8, 4))
    assert claim.as_of is not None and claim.as_of.start.month == month


SATURDAY = date(2023, 9, 23)


_LEAD = "The toll passed 3,800 on Saturday, officials said.\n\n"


@pytest.mark.parametrize(
    ("paragraph", "mention", "day"),
    [
        # a past tense with no time of its own goes on narrating the day named before it
        (
            "The IOM said on Thursday that 43,059 people had been displaced. With water "
            "scarce, 1,320 had gone east to Tobruk.",
            "1,320",
            date(2023, 9, 21),
        ),
        (
            "CNBC reported on Friday that the headcount had shrunk to 1,300. Around 75 of "
            "those employees were on leave.",
            "Around 75",
            date(2023, 9, 22),
        ),
        (
            "The commission released its figures on Thursday. Of those, 5,503 were caused "
            "by respiratory failure.",
            "5,503",
            date(2023, 9, 21),
        ),
        # said by someone, or in the present perfect, it is as of the telling
        (
            "On Thursday the toll stood at 3,351. The ministry said 114 schools had been damaged.",
            "114 schools",
            SATURDAY,
        ),
        (
            "A man died on Thursday in Belo Horizonte. Brazil has confirmed close to 1,000 cases.",
            "1,000 cases",
            SATURDAY,
        ),
    ],
)
def test_a_past_tense_goes_on_narrating_the_day_before_it(
    paragraph: str, mention: str, day: date
) -> None:
    claim = _claim(_LEAD + paragraph, mention, SATURDAY)
    assert claim.as_of == DateSpan.day(day)


def test_a_new_paragraph_does_not_go_on_narrating_the_last_day() -> None:
    text = _LEAD + "The IOM said on Thursday that 43,059 had fled.\n\nSome 1,320 had gone east."
    assert _claim(text, "1,320", SATURDAY).as_of == DateSpan.day(SATURDAY)


@pytest.mark.parametrize(
    ("sentence", "mention", "published", "start", "end"),
    [
        (
            "It is the deadliest quake since 1999, when an earthquake near Izmit killed more "
            "than 17,000 people.",
            "17,000",
            date(2023, 2, 7),
            date(1999, 1, 1),
            date(1999, 12, 31),
        ),
        (
            "The backlog has grown since late October, when about 4,000 people were being held "
            "at the site.",
            "4,000",
            date(2022, 11, 14),
            date(2022, 10, 21),
            date(2022, 10, 31),
        ),
        (
            "The group last gave a toll in September, when it said just over 6,000 of its "
            "fighters had died.",
            "6,000",
            date(2023, 5, 20),
            date(2022, 9, 1),
            date(2022, 9, 30),
        ),
    ],
)
def test_a_when_clause_holds_at_the_time_it_hangs_on(
    sentence: str, mention: str, published: date, start: date, end: date
) -> None:
    assert _claim(sentence, mention, published).as_of == DateSpan(start, end)


@pytest.mark.parametrize(
    ("sentence", "mention", "published", "as_of", "window"),
    [
        (
            "Officials said 59,938 deaths were recorded in hospitals between December 8 and "
            "Thursday.",
            "59,938",
            date(2023, 1, 14),
            date(2023, 1, 12),
            DateSpan(date(2022, 12, 8), date(2023, 1, 12)),
        ),
        (
            "The quarterly statistics show that 2,156 Albanians arrived by small boat in the "
            "first six months of 2022.",
            "2,156",
            date(2022, 8, 25),
            date(2022, 6, 30),
            DateSpan(date(2022, 1, 1), date(2022, 6, 30)),
        ),
        (
            "Retailers shed 12,000 jobs between January and March, the survey found.",
            "12,000",
            date(2023, 5, 2),
            date(2023, 3, 31),
            DateSpan(date(2023, 1, 1), date(2023, 3, 31)),
        ),
    ],
)
def test_a_figure_of_a_bounded_span_grew_over_it_and_holds_at_its_end(
    sentence: str, mention: str, published: date, as_of: date, window: DateSpan
) -> None:
    claim = _claim(sentence, mention, published=published)
    assert claim.as_of == DateSpan.day(as_of)
    assert claim.window == window


@pytest.mark.parametrize(
    ("sentence", "mention", "published", "day"),
    [
        (
            "Florida Power & Light said on Wednesday that it had restored power to 92% of the "
            "customers who lost it.",
            "92%",
            date(2022, 10, 7),
            date(2022, 10, 5),
        ),
        (
            "Musk said on Friday that the cuts were unavoidable with the company losing more "
            "than $4 million a day.",
            "$4 million",
            date(2022, 11, 5),
            date(2022, 11, 4),
        ),
    ],
)
def test_with_no_release_a_statistic_holds_on_the_day_it_was_said(
    sentence: str, mention: str, published: date, day: date
) -> None:
    assert _claim(sentence, mention, published=published).as_of == DateSpan.day(day)


@pytest.mark.parametrize(
    ("text", "mention", "told"),
    [
        # published Wednesday 8 February 2023 (DAY): a period still running is told so far
        (
            "More than 22,600 people have now crossed the border in 2023, the figures show.",
            "22,600",
            8,
        ),
        ("More than 900 pilgrims have died during this year's pilgrimage.", "900", 8),
        ("The ministry said on Monday that 41,000 farmers had registered this year.", "41,000", 6),
        ("The league has sold 1.2 million tickets this season so far, in 2023.", "1.2 million", 8),
    ],
)
def test_a_figure_of_a_running_period_holds_at_its_telling(
    text: str, mention: str, told: int
) -> None:
    assert _claim(text, mention).as_of == DateSpan.day(date(2023, 2, told))


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("As many as 60,000 migrants could cross the Channel this year.", "60,000"),
        ("The fund expects the economy to grow 0.4 percent in 2023.", "0.4 percent"),
        # a statistic's level or change of the period measures it
        ("The farm ministry now puts the 2023 crop at 106.84 million tonnes.", "106.84"),
        ("Copper output fell 4.2% in 2023 as mines closed, the ministry said.", "4.2%"),
    ],
)
def test_a_forecast_or_statistic_of_a_running_period_holds_for_it(text: str, mention: str) -> None:
    claim = _claim(text, mention)
    assert claim.as_of == DateSpan(date(2023, 1, 1), date(2023, 12, 31))


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # published Wednesday 8 February 2023 (DAY): the incident was on Sunday the 5th
        (
            "Rescuers searched on Wednesday for the last victims of Sunday's plane crash.\n\n"
            "The aircraft carried 68 passengers and four crew.",
            "68 passengers",
        ),
        (
            "Divers returned on Wednesday to the ferry that sank on Sunday.\n\n"
            "The ferry was carrying 212 passengers when it capsized, the operator said.",
            "212 passengers",
        ),
        (
            "Crews cleared the line on Wednesday after Sunday's collision.\n\n"
            "The two trains had 1,150 passengers on board.",
            "1,150 passengers",
        ),
    ],
)
def test_who_was_aboard_holds_on_the_incident_day(text: str, mention: str) -> None:
    claim = _claim(text, mention)
    assert claim.as_of == DateSpan.day(date(2023, 2, 5))


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # hedged: an estimate that moves as it is told
        (
            "Divers returned on Wednesday to the trawler that sank on Sunday.\n\n"
            "Survivors said up to 750 people had been on board.",
            "750",
        ),
        # a range of estimates, and what a vessel can carry
        (
            "Divers returned on Wednesday to the trawler that sank on Sunday.\n\n"
            "It was carrying between 400 and 750 people.",
            "400",
        ),
        (
            "Crews cleared the line on Wednesday after Sunday's collision.\n\n"
            "Each train is rated to carry 1,200 passengers.",
            "1,200",
        ),
        # no earlier day named: the telling
        ("The plane was carrying 68 passengers, the airline said on Wednesday.", "68"),
    ],
)
def test_a_hedged_or_undated_count_aboard_holds_at_the_telling(text: str, mention: str) -> None:
    assert _claim(text, mention).as_of == DateSpan.day(DAY)


@pytest.mark.parametrize(
    ("text", "mention", "day"),
    [
        # an "as of" time dates every count of its clause, not only the nearest
        ("The report counts 4,352 deaths and 8,000 people still missing as of Monday.", "4,352", 6),
        (
            "The registry lists 2,300 firms and 410 new applicants still pending as of Monday.",
            "2,300",
            6,
        ),
        (
            "The ministry had vaccinated 9,500 children and 1,200 adults still waiting as of "
            "Sunday.",
            "9,500",
            5,
        ),
    ],
)
def test_an_as_of_time_dates_every_count_of_its_clause(text: str, mention: str, day: int) -> None:
    assert _claim(text, mention).as_of == DateSpan.day(date(2023, 2, day))


def test_a_count_a_change_is_measured_from_keeps_its_own_time() -> None:
    text = "The unit counted 22,224 people displaced as of Monday, up from 17,916 on Friday."
    assert _claim(text, "17,916").as_of == DateSpan.day(date(2023, 2, 3))


MONDAY = DateSpan.day(date(2023, 2, 6))


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # a bare complement's time is the verb's above it: the figure's own clause
        ("Officials said on Tuesday that 300 workers had been let go on Monday.", "300"),
        (
            "Some 480 people were detected crossing on Monday in 12 boats, the coastguard said.",
            "480",
        ),
        ("Rescuers said on Tuesday that 35 climbers were caught sheltering on Monday.", "35"),
    ],
)
def test_a_bare_complements_time_dates_the_verb_above_it(text: str, mention: str) -> None:
    assert _claim(text, mention).as_of == MONDAY


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # an infinitive is a deed of its own: its time is not the figure's
        ("Some 200 families are expected to return next week, officials said.", "200"),
        ("About 1.8 million pilgrims are expected to perform the rites next month.", "1.8 million"),
    ],
)
def test_an_infinitives_time_does_not_date_its_subject(text: str, mention: str) -> None:
    claim = _claim(text, mention)
    assert claim.as_of is not None and claim.as_of.start <= DAY


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # a figure after "from" that counts another thing says where, not what is compared
        ("The coastguard picked up 394 people from 11 boats on Monday.", "394"),
        ("Rescuers pulled 104 survivors from 3 collapsed buildings on Monday.", "104"),
    ],
)
def test_a_source_counted_after_from_is_no_baseline(text: str, mention: str) -> None:
    assert _claim(text, mention).as_of == MONDAY


@pytest.mark.parametrize(
    ("text", "mention", "year"),
    [
        # the time of what a figure is compared with is not the figure's own
        ("Traders said the harvest would be about 10% smaller than last year's.", "10%", 2023),
        (
            "The consulate said 138 pilgrims had died, well below the 212 of the previous year.",
            "138",
            2023,
        ),
        (
            "The consulate said 138 pilgrims had died, well below the 212 of the previous year.",
            "212",
            2022,
        ),
        (
            "Exports were 3.5 million tonnes, against 4.1 million tonnes in 2021.",
            "3.5 million",
            2023,
        ),
    ],
)
def test_a_comparisons_time_dates_the_baseline(text: str, mention: str, year: int) -> None:
    claim = _claim(text, mention)
    assert claim.as_of is not None and claim.as_of.start.year == year


@pytest.mark.parametrize(
    ("text", "mention", "published", "day"),
    [
        # a level at the end of a period holds on its last day; a bare quarter in a past
        # clause is the last one begun
        (
            "At the end of the fourth quarter, 93.9% of the bank's deposits were uninsured.",
            "93.9%",
            date(2023, 3, 15),
            date(2022, 12, 31),
        ),
        (
            "The company reported more than 7,500 full-time staff at the end of last year.",
            "7,500",
            date(2022, 11, 3),
            date(2021, 12, 31),
        ),
        (
            "The reservoir held 41 million cubic metres at the end of the third quarter.",
            "41 million",
            date(2023, 2, 1),
            date(2022, 9, 30),
        ),
    ],
)
def test_a_level_at_the_end_of_a_period_holds_on_its_last_day(
    text: str, mention: str, published: date, day: date
) -> None:
    assert _claim(text, mention, published).as_of == DateSpan.day(day)


@pytest.mark.parametrize(
    ("text", "mention", "day"),
    [
        # a clause set "N days after" the one above held that many days before its day
        (
            "The toll rose to 71 on Tuesday, two days after the plane went down with 72 people.",
            "72",
            date(2023, 2, 5),
        ),
        (
            "The ministry reported 40 cases on Friday, a week after it had counted 12.",
            "12",
            date(2023, 1, 27),
        ),
        (
            "Shares were halted on Tuesday, a day after they had lost 60% of their value.",
            "60%",
            date(2023, 2, 6),
        ),
        # its own day stands
        (
            "The toll rose to 71 on Tuesday, two days after the ferry sank with 72 on Saturday.",
            "72",
            date(2023, 2, 4),
        ),
    ],
)
def test_a_clause_days_after_another_held_days_before_it(
    text: str, mention: str, day: date
) -> None:
    assert _claim(text, mention).as_of == DateSpan.day(day)


@pytest.mark.parametrize(
    ("text", "mention", "when"),
    [
        # a "when" clause on the figure's own verb dates it
        (
            "When the ship struck the bridge on Monday it collapsed, killing seven workers.",
            "seven",
            DateSpan.day(date(2023, 2, 6)),
        ),
        (
            "When the dam burst in August 2007, 13 people died.",
            "13",
            DateSpan(date(2007, 8, 1), date(2007, 8, 31)),
        ),
        (
            "He had put the toll at 6,200 when he last gave one on Thursday.",
            "6,200",
            DateSpan.day(date(2023, 2, 2)),
        ),
        # a range is an estimate told now
        (
            "The trawler was carrying between 400 and 750 people when it sank on Monday.",
            "400",
            DateSpan.day(DAY),
        ),
    ],
)
def test_a_when_clause_on_the_figures_verb_dates_it(
    text: str, mention: str, when: DateSpan
) -> None:
    assert _claim(text, mention).as_of == when


def test_a_hedged_single_figure_takes_its_when_clause() -> None:
    text = "He had put the figure at roughly 6,200 when he last gave one on Thursday."
    assert _claim(text, "6,200").as_of == DateSpan.day(date(2023, 2, 2))


@pytest.mark.parametrize(
    ("text", "mention", "day"),
    [
        # the parse hangs the sentence's time on the figure's own number: it is still the
        # figure's time, counted back from the day the sentence before named
        (
            "Officials said on Monday that the flood had displaced many families across the "
            "region. A day earlier some 6,800 people had left their homes in the valley, the "
            "agency said.",
            "some 6,800 people",
            date(2022, 10, 9),
        ),
        (
            "The union called the walkout on Friday after talks broke down. Two days earlier "
            "nearly 4,000 workers walked out of the engine plant in Tennessee.",
            "nearly 4,000 workers",
            date(2022, 10, 5),
        ),
    ],
)
def test_a_time_the_parse_hangs_on_the_figures_own_number_dates_it(
    text: str, mention: str, day: date
) -> None:
    claim = _claim(text, mention, published=date(2022, 10, 11))
    assert claim.as_of == DateSpan.day(day)


@pytest.mark.parametrize(
    ("sentence", "mention", "day"),
    [
        # a time counted back right after a preposition of comparison is the baseline's
        (
            "The national average for regular gasoline reached $3.91 a gallon on Monday, "
            "according to AAA, 19 cents above a month ago and 65 cents more than a year ago.",
            "65 cents",
            date(2022, 10, 10),
        ),
        (
            "The national average for regular gasoline reached $3.91 a gallon on Monday, "
            "according to AAA, 19 cents above a month ago and 65 cents more than a year ago.",
            "19 cents",
            date(2022, 10, 10),
        ),
        (
            "Buses took some of the strain: there were 1.42 million bus journeys before 10am, "
            "7% more than a week earlier.",
            "1.42 million",
            date(2022, 10, 11),
        ),
    ],
)
def test_a_time_counted_back_after_a_comparison_is_the_baselines(
    sentence: str, mention: str, day: date
) -> None:
    claim = _claim(sentence, mention, published=date(2022, 10, 11))
    assert claim.as_of == DateSpan.day(day)


@pytest.mark.parametrize(
    ("text", "mention", "day"),
    [
        # a record dated by a participle tells the figure then, "according to" it or not
        (
            "Seven other ships remain trapped in the harbor with 136 foreign crew members on "
            "board, according to a state emergency management memo dated April 3.",
            "136",
            date(2024, 4, 3),
        ),
        (
            "About 2,400 patients are waiting for a bed, according to a hospital filing dated "
            "April 2.",
            "2,400 patients",
            date(2024, 4, 2),
        ),
        # the figure's own record keeps its own time
        (
            "The state government on Sunday lowered the toll to 275, saying some victims had "
            "been counted twice in the tally of 288 that the railways issued a day earlier.",
            "288",
            date(2024, 4, 6),
        ),
    ],
)
def test_a_participle_dating_the_record_of_a_figure_dates_its_telling(
    text: str, mention: str, day: date
) -> None:
    claim = _claim(text, mention, published=date(2024, 4, 8))
    assert claim.as_of == DateSpan.day(day)


@pytest.mark.parametrize(
    ("text", "mention", "day"),
    [
        # a day naming an event inside its noun phrase, however many nouns stand between, is
        # the event's, not the figure's: the figure holds at the telling
        (
            "BHUBANESWAR, Sept 2 - Investigators on Saturday charged three officials over the "
            "June 2 train accident, which killed 296 people.",
            "296 people",
            2,
        ),
        (
            "Sixty-two miners from the valley died in Friday's coal mine accident, the governor "
            "said on Sunday.",
            "Sixty-two miners",
            3,
        ),
        (
            "Police on Saturday arrested two men over the August 30 highway collision, which "
            "injured 41 people.",
            "41 people",
            2,
        ),
    ],
)
def test_a_day_naming_an_event_in_a_compound_is_not_the_figures(
    text: str, mention: str, day: int
) -> None:
    claim = _claim(text, mention, published=date(2023, 9, 3))
    assert claim.as_of == DateSpan.day(date(2023, 9, day))


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "The plane crashed near the airport on Sunday, officials said.\n\n"
            "The airline now operates a fleet of six turboprops.",
            "six",
        ),
        (
            "The union walked out at three plants on Sunday, its leaders said.\n\n"
            "Around 25,000 workers are on strike across the country.",
            "25,000",
        ),
        (
            "Regulators closed the bank on Sunday, the agency said.\n\n"
            "The lender, which has about 17 branches in the state, employs 8,500 people.",
            "8,500",
        ),
    ],
)
def test_a_present_figure_with_no_time_holds_on_the_papers_day(text: str, mention: str) -> None:
    # published on Tuesday: the lead tells of Sunday, the present of the paper's day
    claims = extract_text(text, date(2023, 1, 17))
    claim = next(c for c in claims if mention in c.mention)
    assert claim.as_of == DateSpan.day(date(2023, 1, 17))


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "The plane crashed near the airport on Sunday, officials said.\n\n"
            "It was carrying 68 passengers and four crew.",
            "68",
        ),
        (
            "The union walked out at three plants on Sunday, its leaders said.\n\n"
            "About 13,000 workers left their posts at midnight.",
            "13,000",
        ),
    ],
)
def test_a_past_figure_with_no_time_keeps_the_leads_day(text: str, mention: str) -> None:
    claims = extract_text(text, date(2023, 1, 17))
    claim = next(c for c in claims if mention in c.mention)
    assert claim.as_of == DateSpan.day(date(2023, 1, 15))


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "The sheriff said on Monday that the county's toll had climbed to 54.\n\n"
            "The statewide toll stands between 95 and 101.",
            "95",
        ),
        (
            "The company began cutting jobs on Monday, its managers said.\n\n"
            "The cuts affect around 3,700 employees worldwide.",
            "3,700",
        ),
    ],
)
def test_a_present_figure_under_a_lead_of_the_eve_keeps_the_leads_day(
    text: str, mention: str
) -> None:
    # published on Tuesday 2023-01-17: Monday's lead is the news's own day
    claims = extract_text(text, date(2023, 1, 17))
    claim = next(c for c in claims if mention in c.mention)
    assert claim.as_of == DateSpan.day(date(2023, 1, 16))


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # a month naming an event, alone or joined with another ("storm and power outages"),
        # dates the event: the figure holds at the telling, and the story is no release of
        # that month's statistics
        (
            "The state's official death toll from February's winter storm and power outages "
            "stands at 151.",
            "151",
        ),
        (
            "The airline will pay a $35 million fine to settle an investigation into its "
            "December 2022 meltdown.",
            "$35 million",
        ),
        (
            "Police have lowered the death toll from March's stadium stampede to 125.",
            "125",
        ),
        (
            "The toll from last month's chemical spill and fire has risen to 12, officials said.",
            "12",
        ),
    ],
)
def test_a_month_naming_an_event_is_not_the_figures(text: str, mention: str) -> None:
    claim = _claim(text, mention, published=date(2023, 6, 2))
    assert claim.as_of == DateSpan.day(date(2023, 6, 2))


@pytest.mark.parametrize(
    ("text", "mention", "month"),
    [
        # a month on a statistic's own measure still dates it
        ("April's gain was revised to 165,000, the bureau said.", "165,000", 4),
        ("Inflation fell to 8.7% in April, the statistics office said.", "8.7%", 4),
    ],
)
def test_a_month_on_a_statistics_measure_still_dates_it(
    text: str, mention: str, month: int
) -> None:
    claim = _claim(text, mention, published=date(2023, 6, 2))
    assert claim.as_of is not None and claim.as_of.start.month == month
