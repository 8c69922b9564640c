"""Time expressions resolved against a publication date, and weekday checks."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from factcheck.extract import sentences, timeref
from factcheck.model import DateSpan

# A Thursday, so "Monday" and "last Monday" differ from a Monday-published paper's reading.
THURSDAY = date(2019, 3, 14)
MONDAY = date(2019, 3, 18)


def _day(y: int, m: int, d: int) -> DateSpan:
    return DateSpan.day(date(y, m, d))


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("Fighting resumed on Monday.", THURSDAY, _day(2019, 3, 11)),
        ("Fighting resumed Monday.", THURSDAY, _day(2019, 3, 11)),
        ("Talks began on Thursday.", THURSDAY, _day(2019, 3, 14)),  # the same day
        ("The convoy arrived last Monday.", THURSDAY, _day(2019, 3, 11)),
        ("The convoy arrived last Monday.", MONDAY, _day(2019, 3, 11)),  # a week before
        ("Shelling killed four people yesterday.", THURSDAY, _day(2019, 3, 13)),
        ("The ministry said today.", THURSDAY, _day(2019, 3, 14)),
        ("The strike hit the day before yesterday.", THURSDAY, _day(2019, 3, 12)),
        ("The monitor reported clashes on Saturday.", MONDAY, _day(2019, 3, 16)),
        ("It happened three days ago.", THURSDAY, _day(2019, 3, 11)),
        ("The town fell on March 2.", THURSDAY, _day(2019, 3, 2)),
        ("The town fell on 2 March.", THURSDAY, _day(2019, 3, 2)),
        ("The town fell on Mar. 2, 2018.", THURSDAY, _day(2018, 3, 2)),
        ("Signed on (13/03/2019) in Geneva.", THURSDAY, _day(2019, 3, 13)),  # day first
        ("Signed on (03/13/2019) in Geneva.", THURSDAY, _day(2019, 3, 13)),  # month first
        ("Signed on (04/03/2019) in Geneva.", THURSDAY, _day(2019, 3, 4)),  # nearer reading
        ("Talks resume next Tuesday.", THURSDAY, _day(2019, 3, 19)),
        ("Envoys will meet on Tuesday.", THURSDAY, _day(2019, 3, 19)),  # future tense
    ],
)
def test_day_expressions(text: str, reference: date, expected: DateSpan) -> None:
    found = timeref.find_times(text, reference)
    assert found, text
    assert found[0].span == expected
    assert found[0].grain == "day"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Aid reached the town last week.", DateSpan(date(2019, 3, 4), date(2019, 3, 10))),
        ("Aid reached the town this week.", DateSpan(date(2019, 3, 11), date(2019, 3, 17))),
        ("Aid reached the town last month.", DateSpan(date(2019, 2, 1), date(2019, 2, 28))),
        ("Aid reached the town in the past week.", DateSpan(date(2019, 3, 7), THURSDAY)),
        ("The siege began in 2013.", DateSpan(date(2013, 1, 1), date(2013, 12, 31))),
        ("Fighting flared in May 2015.", DateSpan(date(2015, 5, 1), date(2015, 5, 31))),
        ("Clashes erupted at the weekend.", DateSpan(date(2019, 3, 9), date(2019, 3, 10))),
    ],
)
def test_spans(text: str, expected: DateSpan) -> None:
    (found,) = timeref.find_times(text, THURSDAY)
    assert found.span == expected


def test_since_is_flagged() -> None:
    (found,) = timeref.find_times("killed since 15 November", date(2016, 12, 7))
    assert found.since and found.span == _day(2016, 11, 15)
    (found,) = timeref.find_times("displaced since 2011", date(2016, 12, 7))
    assert found.since and found.span.start == date(2011, 1, 1)


def test_yearless_date_takes_the_nearest_year() -> None:
    assert timeref.resolve("on December 30", date(2017, 1, 2)) == _day(2016, 12, 30)
    assert timeref.resolve("on January 3", date(2016, 12, 30)) == _day(2017, 1, 3)


def test_without_reference_only_explicit_years_resolve() -> None:
    assert timeref.resolve("on Monday", None) is None
    assert timeref.resolve("yesterday", None) is None
    assert timeref.resolve("on 3 May 2015", None) == _day(2015, 5, 3)


@pytest.mark.parametrize(
    "text",
    ["may not be possible", "a bare number 2013 in a sentence", "the march toward the city"],
)
def test_words_that_are_not_times(text: str) -> None:
    assert timeref.find_times(text, THURSDAY) == []


@pytest.mark.parametrize(
    "text",
    [
        "Sunday (March 10) was calm.",
        "Monday (18/03/2019) was calm.",
        "On Tuesday, Mar. 12, talks began.",
        "Wed 13 Mar 2019 report",
    ],
)
def test_matching_weekdays_pass(text: str) -> None:
    assert timeref.weekday_mismatches(text, THURSDAY) == []


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Saturday (March 10) was calm.", "Saturday"),
        ("Friday (18/03/2019) was calm.", "Friday"),
        ("On Tuesday, Mar. 13, talks began.", "Tuesday"),
    ],
)
def test_weekday_mismatch(text: str, named: str) -> None:
    (problem,) = timeref.weekday_mismatches(text, THURSDAY)
    assert named in problem.message
    assert text[problem.start : problem.end] == problem.mention


def test_lead_date_skips_titles_and_old_years() -> None:
    body = (
        "Rebels pushed back\n"
        "Rebels, who seized the town in 2012, pushed back an army assault in the north "
        "on Wednesday, activists said.\n"
        "On Sunday the army had advanced."
    )
    lead = timeref.lead_date(body, THURSDAY, sentences.paragraphs(body))
    assert lead == _day(2019, 3, 13)


@pytest.mark.parametrize(
    "body",
    [
        # the event behind the report has a date, the report a weekday
        "More than 900 people have fled since the offensive began on March 9, the agency "
        "said on Wednesday.",
        # a possessive day is the event's, not the story's
        "Monday's floods have killed 31 people, officials said on Wednesday.",
        "Cases fell 12% in the week ended March 10, the ministry said on Wednesday.",
        # of several days the lead names, the report's is the latest
        "At least 233 people were killed when a train derailed on Tuesday night, officials "
        "said on Wednesday.",
        "Two strikes on Monday killed 14 civilians, the monitor said on Wednesday.",
        # a possessive day with its part of the day is the event's too
        "The death toll from Monday night's collision rose to 288 on Wednesday.",
    ],
)
def test_lead_date_is_the_reports_day_not_the_events(body: str) -> None:
    assert timeref.lead_date(body, THURSDAY, sentences.paragraphs(body)) == _day(2019, 3, 13)


def test_a_future_word_in_the_reported_clause_leaves_the_saying_past() -> None:
    text = "The toll will probably double, the envoy said on Saturday."
    assert timeref.resolve("Saturday", THURSDAY) == _day(2019, 3, 9)
    (ref,) = timeref.find_times(text, THURSDAY)
    assert ref.span == _day(2019, 3, 9)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("The vote is on June 1.", "June 1", True),
        ("Prices rose in October.", "October", True),
        ("The highest since December.", "December", False),
        ("Its first single-digit reading since August last year.", "August", False),
        ("The cap rose in October 2021.", "October", False),
        ("He arrived last June.", "last June", False),
        ("Talks resume on Monday.", "Monday", False),
        ("Deposits fell in the fourth quarter.", "fourth quarter", True),
        ("Output grew in the third quarter of 2022.", "third quarter of 2022", False),
    ],
)
def test_yearless(text: str, word: str, expected: bool) -> None:
    start = text.index(word)
    assert timeref.yearless(text, start, start + len(word)) is expected


@pytest.mark.parametrize(
    ("tense", "expected"),
    [
        ("past", DateSpan(date(2018, 10, 1), date(2018, 10, 31))),
        ("ahead", DateSpan(date(2019, 10, 1), date(2019, 10, 31))),
        ("present", DateSpan(date(2019, 10, 1), date(2019, 10, 31))),
    ],
)
def test_retense_moves_a_yearless_month_by_tense(tense: str, expected: DateSpan) -> None:
    last_october = DateSpan(date(2018, 10, 1), date(2018, 10, 31))
    assert timeref.retense(last_october, date(2019, 8, 20), tense) == expected


def test_retense_present_keeps_a_recent_past_month() -> None:
    january = DateSpan(date(2019, 1, 1), date(2019, 1, 31))
    assert timeref.retense(january, date(2019, 3, 14), "present") == january


def test_lead_date_none_without_day_expression() -> None:
    body = "The war has killed hundreds of thousands of people across the country since 2011."
    assert timeref.lead_date(body, THURSDAY, sentences.paragraphs(body)) is None


JULY = date(2015, 7, 20)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("During the summer the camp grew.", date(2015, 6, 1), date(2015, 8, 31)),
        ("Last winter the roads closed.", date(2014, 12, 1), date(2015, 2, 28)),
        ("In the spring of 2013 it fell.", date(2013, 3, 1), date(2013, 5, 31)),
        ("It grew over the past three months.", date(2015, 4, 20), JULY),
        ("It happened in the last 24 hours.", date(2015, 7, 19), JULY),
        ("In the first half of 2014 it fell.", date(2014, 1, 1), date(2014, 6, 30)),
        ("In the second half of last year.", date(2014, 7, 1), date(2014, 12, 31)),
        # a season with its year, whatever word is before it: health, disaster, economy
        (
            "Europe's scorching summer of 2022 killed thousands.",
            date(2022, 6, 1),
            date(2022, 8, 31),
        ),
        ("The bridge could be finished by fall 2028.", date(2028, 9, 1), date(2028, 11, 30)),
        ("Sales slumped through a mild winter 2014.", date(2013, 12, 1), date(2014, 2, 28)),
    ],
)
def test_coarse_periods_are_spans(text: str, start: date, end: date) -> None:
    (ref,) = timeref.find_times(text, JULY)
    assert (ref.span.start, ref.span.end) == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Output would shrink in the final quarter of 2014.",
            date(2014, 10, 1),
            date(2014, 12, 31),
        ),
        (
            "Brent is seen at $115 in the first quarter of 2016.",
            date(2016, 1, 1),
            date(2016, 3, 31),
        ),
        ("GDP fell 0.1 percent in the third quarter.", date(2015, 7, 1), date(2015, 9, 30)),
        ("Third-quarter admissions to the clinic rose.", date(2015, 7, 1), date(2015, 9, 30)),
        (
            "Visitor numbers peaked in the last quarter of last year.",
            date(2014, 10, 1),
            date(2014, 12, 31),
        ),
        ("Inflation will peak in the current quarter.", date(2015, 7, 1), date(2015, 9, 30)),
        ("The airline carried fewer passengers last quarter.", date(2015, 4, 1), date(2015, 6, 30)),
        ("Sales should recover next quarter.", date(2015, 10, 1), date(2015, 12, 31)),
    ],
)
def test_quarters_are_three_months(text: str, start: date, end: date) -> None:
    (ref,) = timeref.find_times(text, JULY)
    assert (ref.span.start, ref.span.end) == (start, end)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Inflation will still be 9.5% a year from now.", date(2016, 7, 20)),
        ("The dam should be rebuilt six months from now.", date(2016, 1, 20)),
        ("Ballots are due two weeks from now.", date(2015, 8, 3)),
    ],
)
def test_a_time_from_now_counts_forward_from_the_paper(text: str, expected: date) -> None:
    (ref,) = timeref.find_times(text, JULY)
    assert ref.span == DateSpan.day(expected)


@pytest.mark.parametrize(
    "text",
    ["a rise of three quarters of a percentage point", "a quarter-point cut", "a quarter of homes"],
)
def test_quarter_words_that_are_not_quarters(text: str) -> None:
    assert timeref.find_times(text, JULY) == []


@pytest.mark.parametrize(
    "text", ["after the fall of Aleppo", "the Arab Spring protests", "Prices fall 2022 jobs"]
)
def test_season_words_that_are_not_seasons(text: str) -> None:
    assert timeref.find_times(text, JULY) == []


def test_the_last_days_of_a_named_month_are_not_a_rolling_window() -> None:
    found = timeref.find_times("in the last 12 days of September", date(2017, 10, 5))
    assert all(ref.span.end != date(2017, 10, 5) for ref in found)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("in recent days", 3),
        ("over the past couple of days", 2),
        ("over the past days", 3),
        ("in the last two weeks", 14),
    ],
)
def test_rolling_windows_end_at_the_reference(text: str, days: int) -> None:
    (found,) = timeref.find_times(text, THURSDAY)
    assert found.span == DateSpan(THURSDAY - timedelta(days=days), THURSDAY)


_JULY = DateSpan(date(2024, 7, 1), date(2024, 7, 31))


@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        # a release about July: months and years step back from the period
        (
            "A year earlier the rate was 3.8%.",
            timeref.Present(date(2024, 8, 2), _JULY),
            DateSpan(date(2023, 7, 1), date(2023, 7, 31)),
        ),
        (
            "Estimates for the two prior months were cut by 29,000.",
            timeref.Present(date(2024, 8, 2), _JULY),
            DateSpan(date(2024, 5, 1), date(2024, 6, 30)),
        ),
        (
            "Exports fell from the previous month.",
            timeref.Present(date(2024, 8, 2), _JULY),
            DateSpan(date(2024, 6, 1), date(2024, 6, 30)),
        ),
        # days step back from the story's day, not the paper's
        (
            "fewer than the 79 announced the previous day, as ships searched",
            timeref.Present(date(2023, 6, 15)),
            _day(2023, 6, 14),
        ),
        (
            "up from 3,252 the previous afternoon.",
            timeref.Present(date(2023, 9, 17)),
            _day(2023, 9, 16),
        ),
        (
            "Eight days earlier the agency had counted 35,000 cases.",
            timeref.Present(date(2022, 8, 25)),
            _day(2022, 8, 17),
        ),
        (
            "The fund had pledged $10 million a week before.",
            timeref.Present(date(2021, 3, 10)),
            _day(2021, 3, 3),
        ),
    ],
)
def test_counted_back_from_the_storys_present(
    text: str, now: timeref.Present, expected: DateSpan
) -> None:
    (found,) = timeref.find_times(text, date(2030, 1, 1), now=now)
    assert found.back
    assert found.span == expected


@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        # energy: from the day the sentences before named
        (
            "Brent rose $1.84 to $87.41 in Asian trade the following day.",
            timeref.Present(date(2022, 12, 13), previous=_day(2022, 12, 4)),
            _day(2022, 12, 5),
        ),
        # migration: from the year its own sentence named
        (
            "Iranians made up most arrivals in 2018, and again the following year, at 66%.",
            timeref.Present(date(2022, 11, 24)),
            DateSpan(date(2019, 1, 1), date(2019, 12, 31)),
        ),
        # disaster: from the day its own sentence named, ahead of the sentences before
        (
            "The dam broke on March 3 and a day later 40 people were missing.",
            timeref.Present(date(2023, 3, 20), previous=_day(2023, 3, 1)),
            _day(2023, 3, 4),
        ),
        # economy: a month on from a month
        (
            "Payrolls fell in June and rose by 89,000 the following month.",
            timeref.Present(date(2024, 9, 6)),
            DateSpan(date(2024, 7, 1), date(2024, 7, 31)),
        ),
    ],
)
def test_counted_on_from_the_time_told_before(
    text: str, now: timeref.Present, expected: DateSpan
) -> None:
    found = [r for r in timeref.find_times(text, now.day, now=now) if r.back]
    assert [r.span for r in found] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Brent rose in Asian trade the following day.",  # nothing told before it
        "The span will open two years later than first planned.",  # a comparison
    ],
)
def test_counted_on_with_nothing_before_is_no_time(text: str) -> None:
    assert [r for r in timeref.find_times(text, date(2024, 5, 1)) if r.back] == []


def test_counted_back_defaults_to_the_papers_day() -> None:
    (found,) = timeref.find_times("A day earlier the count was 40.", THURSDAY)
    assert found.span == _day(2019, 3, 13)


@pytest.mark.parametrize(
    "text",
    [
        "Hiring was faster in the two years before the pandemic.",
        "Markets fell the day before the vote.",
    ],
)
def test_before_a_noun_is_a_preposition_not_a_time_counted_back(text: str) -> None:
    assert not any(r.back for r in timeref.find_times(text, THURSDAY))


def test_a_time_counted_back_never_dates_the_lead() -> None:
    body = "Officials lowered the toll, fewer than the 79 announced the previous day.\n"
    assert timeref.lead_date(body, THURSDAY, sentences.paragraphs(body)) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the highest since 1992", True),
        ("the war that began in 2011", True),
        ("rising to 6.8% in 2011", False),
    ],
)
def test_starts_total(text: str, expected: bool) -> None:
    assert timeref.starts_total(text, text.index("19" if "1992" in text else "2011")) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Estimates for the previous two months were cut.",
            DateSpan(date(2024, 5, 1), date(2024, 6, 30)),
        ),
        (
            "Orders fell over the previous three months.",
            DateSpan(date(2024, 4, 1), date(2024, 6, 30)),
        ),
        ("Exposure within the previous two weeks.", DateSpan(date(2024, 7, 19), date(2024, 8, 1))),
    ],
)
def test_the_previous_n_units_count_back_from_the_present(text: str, expected: DateSpan) -> None:
    (found,) = timeref.find_times(
        text, date(2024, 8, 2), now=timeref.Present(date(2024, 8, 2), _JULY)
    )
    assert found.span == expected


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        (
            "On New Year's Day, the commander said 60 percent had been retaken.",
            date(2017, 1, 11),
            _day(2017, 1, 1),
        ),
        (
            "The last crossings of the year were on Christmas Day.",
            date(2023, 1, 1),
            _day(2022, 12, 25),
        ),
        (
            "Cases are expected to reach two million around New Year\u2019s Day.",
            date(2022, 12, 27),
            _day(2023, 1, 1),
        ),
        ("Shops reopened on Boxing Day.", date(2020, 12, 30), _day(2020, 12, 26)),
    ],
)
def test_a_fixed_holiday_is_its_day_nearest_the_paper(
    text: str, reference: date, expected: DateSpan
) -> None:
    (found,) = timeref.find_times(text, reference)
    assert found.span == expected


def test_a_holiday_does_not_date_the_story() -> None:
    body = "The last boats arrived on Christmas Day, officials said on Friday."
    assert timeref.lead_date(body, date(2022, 12, 31), [(0, len(body))]) == _day(2022, 12, 30)


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        (
            "59,938 deaths were recorded between December 8 and Thursday.",
            date(2023, 1, 14),
            DateSpan(date(2022, 12, 8), date(2023, 1, 12)),
        ),
        (
            "Of those who died between January 20 and 26, 289 had respiratory failure.",
            date(2023, 1, 28),
            DateSpan(date(2023, 1, 20), date(2023, 1, 26)),
        ),
        (
            "It reported 12,658 hospital deaths for January 13 to 19.",
            date(2023, 1, 28),
            DateSpan(date(2023, 1, 13), date(2023, 1, 19)),
        ),
        (
            "Of 35,345 who arrived between October 2021 and August 2022, most applied.",
            date(2022, 11, 24),
            DateSpan(date(2021, 10, 1), date(2022, 8, 31)),
        ),
        (
            "Payrolls grew by 2.9 million from April 2023 to March 2024.",
            date(2024, 8, 21),
            DateSpan(date(2023, 4, 1), date(2024, 3, 31)),
        ),
    ],
)
def test_two_bounds_make_one_span(text: str, reference: date, expected: DateSpan) -> None:
    (found,) = timeref.find_times(text, reference)
    assert (found.span, found.grain) == (expected, timeref.RANGE_GRAIN)


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        (
            "248 million caught the virus in the first 20 days of December.",
            date(2022, 12, 23),
            DateSpan(date(2022, 12, 1), date(2022, 12, 20)),
        ),
        (
            "2,156 Albanians arrived in the first six months of 2022.",
            date(2022, 8, 25),
            DateSpan(date(2022, 1, 1), date(2022, 6, 30)),
        ),
        (
            "None were recorded in the final six days of December.",
            date(2023, 1, 1),
            DateSpan(date(2022, 12, 26), date(2022, 12, 31)),
        ),
        (
            "Sales fell 4% in the last three months of 2023.",
            date(2024, 2, 1),
            DateSpan(date(2023, 10, 1), date(2023, 12, 31)),
        ),
    ],
)
def test_the_first_or_last_days_of_a_period_are_a_span(
    text: str, reference: date, expected: DateSpan
) -> None:
    (found,) = timeref.find_times(text, reference)
    assert (found.span, found.grain) == (expected, timeref.RANGE_GRAIN)


@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        # back from the day the sentence names, not from the story's day
        (
            "It counted 2,722 infections on Monday, up from 1,995 the day before.",
            timeref.Present(date(2022, 12, 20)),
            _day(2022, 12, 18),
        ),
        (
            "On Nov. 22 the office had counted $10.3 billion, up from $9.6 billion a week earlier.",
            timeref.Present(date(2022, 12, 29)),
            _day(2022, 11, 15),
        ),
        # or, before it names one, from the day the sentences before named
        (
            "A week earlier he had said fewer than 3,000 residents were left.",
            timeref.Present(date(2023, 3, 30), previous=_day(2023, 3, 23)),
            _day(2023, 3, 16),
        ),
        # a possessive day names an event, not the day narrated
        (
            "The state on Sunday lowered the toll from Friday's crash to 275, from the 288 "
            "issued a day earlier.",
            timeref.Present(date(2023, 6, 4)),
            _day(2023, 6, 3),
        ),
    ],
)
def test_days_counted_back_from_the_day_named_before(
    text: str, now: timeref.Present, expected: DateSpan
) -> None:
    back = [r for r in timeref.find_times(text, now.day, now=now) if r.back]
    assert [r.span for r in back] == [expected]


@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        (
            "Mills had bought 162 lakh tonnes by May 1, against 288 lakh tonnes by the same"
            " date last year.",
            None,
            DateSpan.day(date(2014, 5, 1)),
        ),
        (
            "Exporters had shipped 9.6 tonnes by April 21, against 1.3 tonnes in the same"
            " stretch of 2012.",
            None,
            DateSpan.day(date(2012, 4, 21)),
        ),
        (
            "At the same point last year the clinic had seen 12,500 patients.",
            timeref.Present(date(2015, 7, 19)),
            DateSpan.day(date(2014, 7, 19)),
        ),
        (
            "In the same period of 2013, just 23 ferries sailed.",
            timeref.Present(
                date(2015, 7, 20), previous=DateSpan(date(2015, 1, 1), date(2015, 6, 30))
            ),
            DateSpan(date(2013, 1, 1), date(2013, 6, 30)),
        ),
        (
            "Fares rose 1.1% in the same month a year earlier.",
            timeref.Present(
                date(2015, 7, 20), period=DateSpan(date(2015, 6, 1), date(2015, 6, 30))
            ),
            DateSpan(date(2014, 6, 1), date(2014, 6, 30)),
        ),
    ],
)
def test_the_same_time_in_another_year(
    text: str, now: timeref.Present | None, expected: DateSpan
) -> None:
    refs = timeref.find_times(text, JULY, now=now)
    same = [r for r in refs if "same" in r.mention]
    assert [r.span for r in same] == [expected]
    assert all(r.back for r in same)  # counted from another time: never the story's own day


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        # the end of a period is its last day, as a level is counted at the close
        ("at the end of last year", date(2023, 3, 15), DateSpan.day(date(2022, 12, 31))),
        ("by the end of this year", date(2022, 10, 5), DateSpan.day(date(2022, 12, 31))),
        ("at the end of last month", date(2023, 3, 15), DateSpan.day(date(2023, 2, 28))),
        ("in the last year", date(2023, 3, 15), DateSpan(date(2022, 3, 15), date(2023, 3, 15))),
    ],
)
def test_the_end_of_a_period_is_its_last_day(
    text: str, reference: date, expected: DateSpan
) -> None:
    assert timeref.resolve(text, reference) == expected
