"""Calendar dates: forms, spans, and the year taken from the publication date."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.dates import LOOKAHEAD, find_dates, parse_date
from factcheck.model import DateSpan

REF = date(2016, 12, 6)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("December 4", date(2016, 12, 4), date(2016, 12, 4)),
        ("Dec. 7, 2016", date(2016, 12, 7), date(2016, 12, 7)),
        ("09 Dec, 2016", date(2016, 12, 9), date(2016, 12, 9)),
        ("7th of December 2015", date(2015, 12, 7), date(2015, 12, 7)),
        ("12/12/2016", date(2016, 12, 12), date(2016, 12, 12)),
        ("25/11/2016", date(2016, 11, 25), date(2016, 11, 25)),
        ("2016-12-12", date(2016, 12, 12), date(2016, 12, 12)),
        ("December 2016", date(2016, 12, 1), date(2016, 12, 31)),
        ("in 2012", date(2012, 1, 1), date(2012, 12, 31)),
        ("2011-2016", date(2011, 1, 1), date(2016, 12, 31)),
        ("early 2015", date(2015, 1, 1), date(2015, 4, 30)),
        ("late 2015", date(2015, 9, 1), date(2015, 12, 31)),
        ("mid-December", date(2016, 12, 11), date(2016, 12, 20)),
        ("in February", date(2016, 2, 1), date(2016, 2, 29)),
        ("last December", date(2015, 12, 1), date(2015, 12, 31)),
        ("last November", date(2016, 11, 1), date(2016, 11, 30)),
        ("December 4-5", date(2016, 12, 4), date(2016, 12, 5)),
        ("on December 11 and 12 2016", date(2016, 12, 11), date(2016, 12, 12)),
        ("the 2015-16 season", date(2015, 7, 1), date(2016, 3, 31)),
        ("a lightning 2014 campaign", date(2014, 1, 1), date(2014, 12, 31)),
    ],
)
def test_forms(text: str, start: date, end: date) -> None:
    span = parse_date(text, REF)
    assert span is not None and (span.start, span.end) == (start, end)


def test_missing_year_is_the_most_recent_not_far_after_the_reference() -> None:
    soon = REF + LOOKAHEAD
    later = soon.replace(day=soon.day + 1)
    for when, expected_year in ((soon, REF.year), (later, REF.year - 1)):
        text = f"{when:%B} {when.day}"
        span = parse_date(text, REF)
        assert span is not None and span.start == when.replace(year=expected_year), text


@pytest.mark.parametrize(
    "text",
    [
        "it may rain",
        "they march on",
        "2012 people died",
        "some 2000 civilians",
        "more than 2000 oil tankers",
        "UNSC 2254",
        "/2016/12/05/x",
        "13/13/2016",
    ],
)
def test_not_dates(text: str) -> None:
    assert find_dates(text, REF) == []


def test_offsets_cover_the_mention() -> None:
    text = "Rebels fled on Sunday (December 4) after talks in March 2011."
    found = {text[d.start : d.end] for d in find_dates(text, REF)}
    assert found == {"December 4", "March 2011"}


@settings(max_examples=300, deadline=None)
@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)))
def test_written_dates_parse_back(d: date) -> None:
    for text in (f"{d:%B} {d.day}, {d.year}", f"{d.day} {d:%B} {d.year}", d.isoformat()):
        span = parse_date(text)
        assert span is not None and span.start == span.end == d, text


@settings(max_examples=300, deadline=None)
@given(st.text(), st.sampled_from([None, REF, date.min, date.max]))
def test_arbitrary_text_never_crashes(text: str, reference: date | None) -> None:
    for d in find_dates(text, reference):
        assert 0 <= d.start < d.end <= len(text)


@pytest.mark.parametrize("reference", [date.min, date.max])
def test_references_at_the_calendar_edge_do_not_crash(reference: date) -> None:
    assert find_dates("in December, on December 4, last May", reference) is not None


def test_a_yearless_date_after_a_future_cue_may_lie_ahead() -> None:
    june = date(2022, 6, 10)
    assert parse_date("Lawmakers have until June 30 to pass it", june) == DateSpan.day(
        date(2022, 6, 30)
    )
    assert parse_date("Fighting began on June 30", june) == DateSpan.day(date(2021, 6, 30))


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("May's gain was revised to 218,000.", 5),
        ("It eased from October's 41-year high of 11.1 per cent.", 10),
        ("The bureau cut December’s count of new cases.", 12),
    ],
)
def test_a_possessive_month_is_a_date(text: str, month: int) -> None:
    (found,) = find_dates(text, date(2024, 12, 20))
    assert found.span.start == date(2024, month, 1)


def test_a_month_alone_without_preposition_or_possessive_is_not_a_date() -> None:
    assert find_dates("March organisers said 5,000 joined.", date(2024, 5, 2)) == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Twitter had about 7,500 employees at the end of 2021.", date(2021, 12, 31)),
        ("Deaths had reached 1.7 million at the end of April.", date(2016, 4, 30)),
        ("Wages rose 3% by the end of March 2016.", date(2016, 3, 31)),
    ],
)
def test_the_end_of_a_period_is_its_last_day(text: str, day: date) -> None:
    (found,) = find_dates(text, REF)
    assert found.span == DateSpan.day(day)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("output in the 2021-22 crop year (July-June)", date(2021, 7, 1), date(2022, 6, 30)),
        ("a target for the 2022-23 rabi marketing season", date(2022, 4, 1), date(2023, 3, 31)),
        (
            "the council's budget for the 2016-17 financial year",
            date(2016, 4, 1),
            date(2017, 3, 31),
        ),
        ("hospital waiting lists in fiscal year 2015/16", date(2015, 4, 1), date(2016, 3, 31)),
        ("the asylum system will cost £3.5bn in 2015-16", date(2015, 7, 1), date(2016, 3, 31)),
        ("a season's record of 41 goals in 2014/15", date(2014, 7, 1), date(2015, 3, 31)),
    ],
)
def test_a_year_across_two_is_twelve_months_or_their_common_core(
    text: str, start: date, end: date
) -> None:
    span = parse_date(text, REF)
    assert span is not None and (span.start, span.end) == (start, end)


@pytest.mark.parametrize(
    ("text", "vague"),
    [("early 2015", True), ("mid-December", True), ("late 2015", True), ("December 2016", False)],
)
def test_a_part_of_a_period_is_marked_vague(text: str, vague: bool) -> None:
    (found,) = find_dates(text, REF)
    assert found.vague is vague
