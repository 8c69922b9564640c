"""Date locating and reading: every shape, ambiguity by weekday and corpus, impossible dates."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.datelines import (
    choose,
    find_dates,
    find_yearless,
    infer_year,
    is_plausible,
    parse_date_string,
)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("12/5/16", date(2016, 12, 5)),  # FA-KES: month first, two-digit year
        ("4/16/17", date(2017, 4, 16)),
        ("2016-12-05", date(2016, 12, 5)),
        ("2016-12-05T10:00:00Z", date(2016, 12, 5)),
        ("2016-12-05 10:00:00", date(2016, 12, 5)),
        ("5 December 2016", date(2016, 12, 5)),
        ("Dec 5, 2016", date(2016, 12, 5)),
        ("Monday, December 5, 2016", date(2016, 12, 5)),
        ("08.04.2017", date(2017, 4, 8)),  # dots are day first
        ("20161205", date(2016, 12, 5)),  # compact ISO, read by dateutil
    ],
)
def test_parse_date_string(cell: str, expected: date) -> None:
    assert parse_date_string(cell) == expected


@pytest.mark.parametrize("cell", ["", "31/02/2016", "2016-13-01", "December 2016", "2016", "soon"])
def test_parse_date_string_rejects(cell: str) -> None:
    assert parse_date_string(cell) is None


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        ("Tue Dec 6, 2016 12:36:27", "Tue Dec 6, 2016", date(2016, 12, 6)),
        ("Xinhua, December 7, 2016 Adjust", "December 7, 2016", date(2016, 12, 7)),
        ("09 Dec, 2016", "09 Dec, 2016", date(2016, 12, 9)),
        ("Wed 05 Apr 2017 Syria", "Wed 05 Apr 2017", date(2017, 4, 5)),
        ("on 7th of December 2016,", "7th of December 2016", date(2016, 12, 7)),
        ("at Jul 012016 BEIRUT", "Jul 012016", date(2016, 7, 1)),
        ("24.08.2013Get short URL", "24.08.2013", date(2013, 8, 24)),
        ("17-08-2016 Martyrs", "17-08-2016", date(2016, 8, 17)),
    ],
)
def test_find_dates(text: str, found: str, expected: date) -> None:
    (dm,) = find_dates(text)
    assert dm.text == found
    assert text[dm.start : dm.end] == found
    assert choose(dm) == expected


def test_find_dates_ignores_non_dates() -> None:
    assert find_dates("in May 2016 some 1,200/3,400 people; version 1.2.3; 12/2016") == []


def test_impossible_date_has_no_reading() -> None:
    (dm,) = find_dates("31/02/2016")
    assert dm.candidates == ()
    assert choose(dm) is None


def test_ambiguous_numeric_date_resolved_by_weekday_then_corpus() -> None:
    (dm,) = find_dates("Monday (05/12/2016)")
    assert set(dm.candidates) == {date(2016, 5, 12), date(2016, 12, 5)}
    assert choose(dm) == date(2016, 12, 5)  # 5 Dec 2016 was a Monday, 12 May a Thursday
    (plain,) = find_dates("05/12/2016")
    assert choose(plain) == date(2016, 5, 12)  # slashes: month first by default
    assert choose(plain, [date(2016, 12, 1)]) == date(2016, 12, 5)


def test_yearless_needs_weekday_unless_asked() -> None:
    assert find_yearless("on 5 December the army") == []
    (dm,) = find_yearless("Monday 5 December")
    assert (dm.month, dm.day, dm.weekday, dm.year_missing) == (12, 5, 0, True)
    assert find_yearless("5 December 2016") == []
    assert len(find_yearless("5 December", need_weekday=False)) == 1


def test_infer_year() -> None:
    corpus = [date(2016, 12, 6), date(2016, 12, 12)]
    assert infer_year(12, 5, 0, corpus) == date(2016, 12, 5)
    assert infer_year(12, 5, 0, [date(2011, 12, 1)]) == date(2011, 12, 5)
    # without a corpus: the latest fitting year that is not in the future
    today = date(2026, 11, 23)
    got = infer_year(12, 5, 0, today=today)
    assert got is not None and got <= today and got.weekday() == 0
    assert infer_year(12, 5, None) is None
    assert infer_year(12, 5, None, corpus) == date(2016, 12, 5)


def test_is_plausible() -> None:
    today = date(2020, 1, 1)
    assert is_plausible(date(2016, 12, 5), today=today)
    assert not is_plausible(date(3016, 1, 1), today=today)
    assert not is_plausible(date(2020, 6, 1), today=today)
    assert not is_plausible(date(1850, 1, 1), today=today)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([*"0123456789/.-, TZ:", "Dec", "Mon", "May"])).map("".join))
def test_date_functions_never_raise(s: str) -> None:
    got = parse_date_string(s)
    assert got is None or isinstance(got, date)
    for dm in find_dates(s):
        assert s[dm.start : dm.end] == dm.text
        assert all(isinstance(c, date) for c in dm.candidates)
