"""The quantity parser: every category of the issue, the things that are not figures, properties
over arbitrary text, and the hand-labelled seed figures."""

from __future__ import annotations

import itertools
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.numbers import (
    VAGUE,
    find_quantities,
    parse_date,
    parse_number,
    scaled_number,
)
from factcheck.model import Quantity

GOLD = Path(__file__).resolve().parents[1] / "data" / "gold" / "seeds.json"
SEEDS = Path(__file__).resolve().parents[1] / "seeds"
REF = date(2016, 12, 6)
YEAR, MONTH, WEEK = 365.25, 30.44, 7.0


def _only(text: str, mention: str) -> Quantity:
    """The single quantity whose mention is ``mention``."""
    found = [q for q in find_quantities(text, REF) if q.mention == mention]
    assert len(found) == 1, (mention, find_quantities(text, REF))
    return found[0]


# (text, mention, kind, value, low, high, unit)
CASES: list[tuple[str, str, str, float | None, float, float, str]] = [
    # 1. numbers: digits, separators, decimals, scales, words
    ("Over 30,000 civilians fled", "Over 30,000", "count", None, 30_000, 39_000, ""),
    ("a ratio of 1.5 was", "1.5", "count", 1.5, 1.5, 1.5, ""),
    ("2.3 million people need aid", "2.3 million", "count", 2.3e6, 2.3e6, 2.3e6, ""),
    ("killing five civilians", "five", "count", 5, 5, 5, ""),
    ("twenty-nine were hurt", "twenty-nine", "count", 29, 29, 29, ""),
    ("two hundred fighters left", "two hundred", "count", 200, 200, 200, ""),
    ("a dozen families", "a dozen", "count", 12, 12, 12, ""),
    ("3 million refugees", "3 million", "count", 3e6, 3e6, 3e6, ""),
    ("one hundred and five bodies", "one hundred and five", "count", 105, 105, 105, ""),
    # fractions and shares
    ("three-fifths of the territory", "three-fifths", "percent", 60, 60, 60, "%"),
    ("three quarters of the east", "three quarters", "percent", 75, 75, 75, "%"),
    ("a tenth of the population", "a tenth", "percent", 10, 10, 10, "%"),
    ("half the city is ruined", "half", "percent", 50, 50, 50, "%"),
    ("two-thirds of the homes", "two-thirds", "percent", 200 / 3, 200 / 3, 200 / 3, "%"),
    ("one in five children", "one in five", "percent", 20, 20, 20, "%"),
    ("more than half of the city", "more than half", "percent", None, 50, 65, "%"),
    # percentages in every spelling
    ("about 85 percent of territory", "about 85 percent", "percent", 85, 80.75, 89.25, "%"),
    ("40 per cent of the land", "40 per cent", "percent", 40, 40, 40, "%"),
    ("85% of the east", "85%", "percent", 85, 85, 85, "%"),
    ("up 85 pct on the year", "85 pct", "percent", 85, 85, 85, "%"),
    # ranges
    ("between 10 and 15 people died", "between 10 and 15", "count", 12.5, 10, 15, ""),
    ("10-15 people died", "10-15", "count", 12.5, 10, 15, ""),
    ("from 20 to 30 rockets hit", "from 20 to 30", "count", 25, 20, 30, ""),
    ("two or three days of calm", "two or three days", "duration", 2.5, 2, 3, "days"),
    # vague amounts
    ("dozens were killed", "dozens", "count", None, *VAGUE["dozens"], ""),
    ("hundreds of people fled", "hundreds", "count", None, *VAGUE["hundreds"], ""),
    ("thousands of people fled", "thousands", "count", None, *VAGUE["thousands"], ""),
    ("tens of thousands of civilians", "tens of thousands", "count", None, 20_000, 99_999, ""),
    ("several key districts", "several", "count", None, 3, 9, ""),
    ("several thousand fighters", "several thousand", "count", None, 3_000, 9_000, ""),
    (
        "several hundred thousand people",
        "several hundred thousand",
        "count",
        None,
        300_000,
        900_000,
        "",
    ),
    ("50\u00a0000 people", "50\u00a0000", "count", 50_000, 50_000, 50_000, ""),
    ("half a dozen wounded children", "half a dozen", "count", 6, 6, 6, ""),
    (
        "more than a quarter of a million people",
        "more than a quarter of a million",
        "count",
        None,
        250_000,
        325_000,
        "",
    ),
    ("tens of dead and wounded", "tens", "count", None, *VAGUE["tens"], ""),
    ("Air Force Kills 65 Civilians", "65", "count", 65, 65, 65, ""),
    ("dropped 270 barrel bombs", "270", "count", 270, 270, 270, ""),
    # 2. hedges
    ("nearly 700 insurgents surrendered", "nearly 700", "count", None, 630, 700, ""),
    ("around 150 soldiers", "around 150", "count", 150, 142.5, 157.5, ""),
    ("at least 24 were killed", "at least 24", "count", 24, 24, 31.2, ""),
    ("up to 700 people", "up to 700", "count", 700, 490, 700, ""),
    ("fewer than 10 trucks", "fewer than 10", "count", None, 7, 10, ""),
    ("some three quarters of it", "some three quarters", "percent", 75, 71.25, 78.75, "%"),
    # 3. distances, durations, money, other measures
    ("just a mile from the front", "just a mile", "distance", 1.609344, 1.609344, 1.609344, "km"),
    ("within a kilometer of the citadel", "within a kilometer", "distance", 1, 0, 1, "km"),
    ("5 miles away", "5 miles", "distance", 8.04672, 8.04672, 8.04672, "km"),
    ("500 metres from the line", "500 metres", "distance", 0.5, 0.5, 0.5, "km"),
    ("10km south of the city", "10km", "distance", 10, 10, 10, "km"),
    ("in the last two weeks", "two weeks", "duration", 14, 14, 14, "days"),
    ("a two-week-long offensive", "two-week-long", "duration", 14, 14, 14, "days"),
    ("a seven-day truce", "seven-day", "duration", 7, 7, 7, "days"),
    ("Three weeks into the offensive", "Three weeks", "duration", 21, 21, 21, "days"),
    (
        "a five-and-a-half-year war",
        "five-and-a-half-year",
        "duration",
        5.5 * YEAR,
        5.5 * YEAR,
        5.5 * YEAR,
        "days",
    ),
    (
        "after nearly six years of war",
        "nearly six years",
        "duration",
        None,
        5.4 * YEAR,
        6 * YEAR,
        "days",
    ),
    ("for three months", "three months", "duration", 3 * MONTH, 3 * MONTH, 3 * MONTH, "days"),
    (
        "less than a week after it began",
        "less than a week",
        "duration",
        None,
        0.7 * WEEK,
        WEEK,
        "days",
    ),
    (
        "Syria's five-year-old civil war",
        "five-year-old",
        "duration",
        5 * YEAR,
        5 * YEAR,
        5 * YEAR,
        "days",
    ),
    ("a 5-year-old girl", "5-year-old", "other", 5, 5, 5, "years of age"),
    ("a few kilometers away", "a few kilometers", "distance", None, 2, 5, "km"),
    ("a grant of $2 million", "$2 million", "money", 2e6, 2e6, 2e6, "USD"),
    ("a £5bn budget", "£5bn", "money", 5e9, 5e9, 5e9, "GBP"),
    ("10 EUR each", "10 EUR", "money", 10, 10, 10, "EUR"),
    ("Lost Over $5Bln", "Over $5Bln", "money", None, 5e9, 6.5e9, "USD"),
    (
        "400 people per square kilometre",
        "400 people per square kilometre",
        "other",
        400,
        400,
        400,
        "per km2",
    ),
    ("5 tonnes of flour", "5 tonnes", "other", 5, 5, 5, "t"),
    ("100 square kilometres of land", "100 square kilometres", "other", 100, 100, 100, "km2"),
    # a fraction of a (percentage) point is how far a rate moved, in percent
    ("raised rates by three quarters of a percentage point to 3%",
     "three quarters of a percentage point", "percent", 0.75, 0.75, 0.75, "%"),
    ("the jobless rate rose a tenth of a point to 4.1%", "a tenth of a point", "percent",
     0.1, 0.1, 0.1, "%"),
    ("could cut its key rate by half a point", "half a point", "percent", 0.5, 0.5, 0.5, "%"),
    ("rather than the usual quarter point", "quarter point", "percent", 0.25, 0.25, 0.25, "%"),
    ("a quarter-point step in the repo rate", "a quarter-point", "percent", 0.25, 0.25, 0.25,
     "%"),
    ("its second half-point rise", "half-point", "percent", 0.5, 0.5, 0.5, "%"),
    # volumes, coins, exact conversions
    ("Its reservoir held 22.5 million cubic metres of water", "22.5 million cubic metres",
     "other", 22.5e6, 22.5e6, 22.5e6, "m3"),
    ("the pipeline carries 40 cubic kilometres of gas", "40 cubic kilometres", "other", 4e10,
     4e10, 4e10, "m3"),
    ("Average hourly pay rose 14 cents to $35.21", "14 cents", "money", 0.14, 0.14, 0.14, "USD"),
    ("a loaf now costs 85 pence", "85 pence", "money", 0.85, 0.85, 0.85, "GBP"),
    ("the town received 240mm of rain", "240mm", "distance", 0.00024, 0.00024, 0.00024, "km"),
    # an ordinal before a repeated event counts the run
    ("It was the sixth rise since December", "sixth rise", "count", 6, 6, 6, ""),
    ("the firm's ninth straight quarterly gain", "ninth straight quarterly gain", "count", 9, 9,
     9, ""),
    ("payrolls grew for a 49th consecutive month", "49th consecutive month", "count", 49, 49,
     49, ""),
    ("cases fell for the 12th straight week", "12th straight week", "count", 12, 12, 12, ""),
    # "more than" stays a hedge after a verb that takes "over" as a particle
    ("It had taken more than 2,500 calls for help", "more than 2,500", "count", 2501, 2500,
     3250, ""),
    ("The party won more than 300 seats", "more than 300", "count", 301, 300, 390, ""),
    # basis points are hundredths of a percentage point
    ("The Fed raised rates by 25 basis points", "25 basis points", "percent", 0.25, 0.25, 0.25,
     "%"),
    ("Italian bond spreads widened 150 bps", "150 bps", "percent", 1.5, 1.5, 1.5, "%"),
    # a temperature written on the figure
    ("Temperatures reached 40C in Seville", "40C", "other", 40, 40, 40, "°C"),
    ("the night fell to -5C", "-5C", "other", -5, -5, -5, "°C"),
    ("Phoenix hit 104F", "104F", "other", 40, 40, 40, "°C"),
    # "-plus" after a figure is at least that
    ("The 100,000-plus crowd", "100,000-plus", "count", None, 100_000, 130_000, ""),
    ("the firm cut 1,000-plus jobs", "1,000-plus", "count", None, 1_000, 1_300, ""),
    # a scale after a range's second figure scales the first
    ("1.5-2 million people need food aid", "1.5-2 million", "count", None, 1.5e6, 2e6, ""),
    ("repairs will cost $2-3 billion", "$2-3 billion", "money", None, 2e9, 3e9, "USD"),
    ("a $10 billion to $15 billion package", "$10 billion to $15 billion", "money", None, 1e10,
     1.5e10, "USD"),
    ("fines of between £300m and £400m", "between £300m and £400m", "money", None, 3e8, 4e8,
     "GBP"),
    ("two or three million voters", "two or three million", "count", None, 2e6, 3e6, ""),
    ("a 10-15m sea wall", "10-15m", "distance", None, 0.01, 0.015, "km"),
    # "pc" is the British press's percent
    ("house prices rose 3pc in a year", "3pc", "percent", 3, 3, 3, "%"),
    ("the base rate stands at 6.5 pc", "6.5 pc", "percent", 6.5, 6.5, 6.5, "%"),
    # halving is growth by a half
    ("The government pledged to halve inflation this year", "halve", "other", 0.5, 0.5, 0.5,
     "times"),
    ("Measles deaths have halved since 2010", "halved", "other", 0.5, 0.5, 0.5, "times"),
    # hedges written after the figure
    ("the missing may number 10,000 or more", "10,000 or more", "count", None, 10_000, 13_000,
     ""),
    ("a queue of 50 or so trucks", "50 or so", "count", 50, 47.5, 52.5, ""),
    # a share of a whole after an owner or a wire's code word
    ("would not settle back at the Bank's 2% target", "2%", "percent", 2, 2, 2, "%"),
    ("the Party's 40% share", "40%", "percent", 40, 40, 40, "%"),
    ("and the Americas for a quarter.", "a quarter", "percent", 25, 25, 25, "%"),
    # "X in YEAR" and "DATE in N" are no proportions
    ("the party was up from 44 in 2014 and 52 in 2019", "44", "count", 44, 44, 44, ""),
    ("held on June 1 in 57 constituencies", "57", "count", 57, 57, 57, ""),
    # a group's tally is a figure, though a code after capitals is not ("UNSC 2254")
    ("the poll gave the NDA 361-401 of the 543 seats", "361-401", "count", None, 361, 401, ""),
    ("a tally gave the NDA 292 and INDIA 234, with 17 for others", "INDIA 234"[6:], "count",
     234, 234, 234, ""),
    ("the final count put the ANC 159 and the DA 87 in the assembly", "159", "count", 159, 159,
     159, ""),
]  # fmt: skip


@pytest.mark.parametrize(("text", "mention", "kind", "value", "low", "high", "unit"), CASES)
def test_figure(
    text: str, mention: str, kind: str, value: float | None, low: float, high: float, unit: str
) -> None:
    q = _only(text, mention)
    assert (q.kind, q.unit) == (kind, unit)
    assert q.low == pytest.approx(low) and q.high == pytest.approx(high)
    if value is None:
        assert q.low <= (q.value or 0) <= q.high
    else:
        assert q.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "mention", "approximate"),
    [
        ("40 per cent of it", "40 per cent", False),
        ("about 85 percent", "about 85 percent", True),
        ("dozens were killed", "dozens", True),
        ("just a mile away", "just a mile", False),
        ("nearly 700 surrendered", "nearly 700", True),
    ],
)
def test_hedged_and_vague_figures_are_approximate(
    text: str, mention: str, approximate: bool
) -> None:
    assert _only(text, mention).approximate is approximate


@pytest.mark.parametrize(
    ("text", "mention", "stated"),
    [
        ("in three weeks", "three weeks", (3, 3, 3, "weeks")),
        ("just a mile away", "just a mile", (1, 1, 1, "mile")),
        ("about 85 percent", "about 85 percent", (85, 85, 85, "percent")),
        ("10-15 people", "10-15", (None, 10, 15, "")),
        ("some three quarters of it", "some three quarters", (0.75, 0.75, 0.75, "three quarters")),
        ("three-fifths of it", "three-fifths", (0.6, 0.6, 0.6, "three-fifths")),
    ],
)
def test_stated_keeps_the_figure_as_written(
    text: str, mention: str, stated: tuple[float | None, float, float, str]
) -> None:
    s = _only(text, mention).stated
    assert (s.value, s.low, s.high, s.unit) == pytest.approx(stated)


@pytest.mark.parametrize(
    ("text", "mention", "noun"),
    [
        ("The troops retook seven districts from the rebels", "seven", "districts"),
        ("killing five civilians and injuring 29", "five", "civilians"),
        ("several key districts fell", "several", "districts"),
        ("tens of thousands of civilians remain", "tens of thousands", "civilians"),
    ],
)
def test_counted_noun(text: str, mention: str, noun: str) -> None:
    assert _only(text, mention).noun == noun


@pytest.mark.parametrize(
    ("text", "mention", "start", "end"),
    [
        ("advances on Sunday (December 4).", "December 4", date(2016, 12, 4), date(2016, 12, 4)),
        ("on Monday (12/12/2016), raining", "12/12/2016", date(2016, 12, 12), date(2016, 12, 12)),
        ("signed on 7 December 2016 in", "7 December 2016", date(2016, 12, 7), date(2016, 12, 7)),
        ("talks on Dec. 7 in Geneva", "Dec. 7", date(2016, 12, 7), date(2016, 12, 7)),
        ("parts of Aleppo in 2012, dividing", "2012", date(2012, 1, 1), date(2012, 12, 31)),
        ("held since 2011.", "2011", date(2011, 1, 1), date(2011, 12, 31)),
        ("until mid-2015 the", "mid-2015", date(2015, 5, 1), date(2015, 8, 31)),
        ("the war began in March 2011", "March 2011", date(2011, 3, 1), date(2011, 3, 31)),
        ("talks last December failed", "last December", date(2015, 12, 1), date(2015, 12, 31)),
        ("24-02-2015 Army kills", "24-02-2015", date(2015, 2, 24), date(2015, 2, 24)),
        # no year: the most recent such date not far after the reference (2016-12-06)
        ("on December 20 the city", "December 20", date(2015, 12, 20), date(2015, 12, 20)),
    ],
)
def test_dates(text: str, mention: str, start: date, end: date) -> None:
    q = _only(text, mention)
    assert q.kind == "date" and q.value is None and q.low is None and q.high is None
    assert q.when is not None and (q.when.start, q.when.end) == (start, end)


def test_date_without_year_needs_a_reference() -> None:
    assert not [q for q in find_quantities("on December 4 the army", None) if q.kind == "date"]
    assert parse_date("December 4", REF) is not None and parse_date("December 4") is None


def test_a_bare_year_is_a_date_only_where_it_reads_as_one() -> None:
    q = _only("the attack killed 2012 people", "2012")
    assert q.kind == "count"


@pytest.mark.parametrize(
    "text",
    [
        "Tue Dec 6, 2016 12:36:27",
        "at 10 a.m. local time",
        "at 0800 GMT on",
        "the raids hit around 1130 am (0830 GMT)",
        "Last updated at Nov 022017 BEIRUT",
        "S/SH 11",
        "UNSC 2254 was adopted",
        "under resolution 2254 the",
        "ISBN 978-3-16-148410-0",
        "call +44 20 7946 0958 now",
        "the G20 summit",
        "F-16 jets",
        "flight MH17 was",
        "a Su-24 bomber",
        "COVID-19 cases",
        'string(1540) "[{',
        "the 1st Armoured Division and the 4th Division",
        "along Route 66 the",
        "fighters of Ahrar al-Sham 2 said",
        "/2016/12/05/alalam_636165216323074088_25f_4x3.jpg",
        "he is one of the leaders",
        "one day he left the city",
        "no one was hurt",
        "on the one hand",
        "they met two weeks ago",
        "once a week the convoy",
        "the first half of the year",
        "forces liberated the eastern half of Mosul",
        "the island's ferry serves the other half of the island",
        "the southern half of the state flooded",
        "the first rise in rates",
        "her third term in office",
        "growth in the second quarter",
        "a second wave of infections",
        "A second quake struck the region",
        "a third time he said",
        "someone said so",
    ],
)
def test_not_quantities(text: str) -> None:
    found = [q for q in find_quantities(text, REF) if q.kind != "date"]
    assert found == [], found


def test_exact_conversions_keep_exact_bounds() -> None:
    """A gold bound of 0.00024 km must meet 240 mm exactly, not 0.00023999999999999998."""
    q = _only("the town of Marawa received 240mm.", "240mm")
    assert q.low == q.high == 0.00024


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("lift its base rate by half a point, from 3 per cent to 3.5 per cent",
         "3 per cent", "3.5 per cent"),
        ("the turnout went from 61% to 66% this time", "61%", "66%"),
        ("measles vaccination cover slid from 95 percent to 89 percent", "95 percent",
         "89 percent"),
    ],
)  # fmt: skip
def test_from_a_share_to_a_share_is_two_levels(text: str, first: str, second: str) -> None:
    assert {q.mention for q in find_quantities(text, REF)} >= {first, second}


def test_a_range_of_estimates_from_a_share_to_a_share_stays_one() -> None:
    found = find_quantities("forecasts ranged from 2% to 3% for next year", REF)
    assert [(q.low, q.high) for q in found] == [(2, 3)]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("cracks in both dams had been found as far back as 1998", "1998"),
        ("the river burst its banks as recently as 2019", "2019"),
        ("the vaccine was licensed as early as 2005", "2005"),
    ],
)
def test_a_year_after_as_far_back_as_is_a_date(text: str, year: str) -> None:
    assert {q.mention: q.kind for q in find_quantities(text, REF)} == {year: "date"}


def test_year_in_timestamp_stays_a_date_not_a_count() -> None:
    kinds = {q.mention: q.kind for q in find_quantities("Tue Dec 6, 2016 12:36:27", REF)}
    assert kinds == {"Dec 6, 2016": "date"}


# ------------------------------------------------------------------ properties


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_arbitrary_text_never_crashes_and_offsets_hold(text: str) -> None:
    for q in find_quantities(text, REF):
        assert text[q.start : q.end] == q.mention
        if q.kind != "date":
            assert q.low is not None and q.high is not None and q.low <= q.high
    parse_date(text, REF)
    parse_number(text)


_NEWSY = st.lists(
    st.sampled_from(
        [
            "about", "nearly", "more than", "some", "up to", "within", "a", "one", "of", "the",
            "three-fifths", "quarters", "half", "dozens", "tens of", "thousands", "30,000",
            "85", "%", "per cent", "km", "mile", "-day", "weeks", "years", "December", "4",
            "2012", "in", "12/12/2016", "mid-", "(", ")", "-", "and", "between", "to", "$",
            "£", "5bn", "twenty-nine", "hundred", "and a half", "ago", "S/SH", "11", ":",
            "\n", ".", "é", "☃", "\u200b",
        ]
    ),
    max_size=25,
).map(" ".join)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(_NEWSY, st.sampled_from([None, REF, date(2000, 2, 29)]))
def test_newsy_text_never_crashes_and_offsets_hold(text: str, reference: date | None) -> None:
    quantities = find_quantities(text, reference)
    for q in quantities:
        assert text[q.start : q.end] == q.mention
        assert (q.when is not None) == (q.kind == "date")
    spans = sorted((q.start, q.end) for q in quantities)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))


_ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
_ONES += "fifteen sixteen seventeen eighteen nineteen"
_TENS_WORDS = [
    "_",
    "_",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
]


def _spell_below_thousand(n: int, british: bool) -> str:
    ones = _ONES.split()
    hundreds, rest = divmod(n, 100)
    parts = [f"{ones[hundreds]} hundred"] if hundreds else []
    if rest:
        if rest < 20:
            tail = ones[rest]
        else:
            tens, unit = divmod(rest, 10)
            tail = _TENS_WORDS[tens] + (f"-{ones[unit]}" if unit else "")
        parts.append(("and " if hundreds and british else "") + tail)
    return " ".join(parts)


def _spell(n: int, british: bool) -> str:
    """English words for 0..999,999,999, with or without the British 'and'."""
    if n == 0:
        return "zero"
    groups = []
    for scale, name in ((10**6, "million"), (10**3, "thousand"), (1, "")):
        chunk, n = divmod(n, scale)
        if chunk:
            groups.append(f"{_spell_below_thousand(chunk, british)} {name}".strip())
    return " ".join(groups)


@settings(max_examples=500, deadline=None)
@given(st.integers(min_value=0, max_value=999_999_999), st.booleans())
def test_numbers_in_words_parse_back(n: int, british: bool) -> None:
    assert parse_number(_spell(n, british)) == n


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=999_999_999))
def test_numbers_in_words_are_found_in_a_sentence(n: int) -> None:
    words = _spell(n, british=False)
    text = f"They counted {words} trucks."
    q = _only(text, words)
    assert q.value == n and q.noun == "trucks"


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**12))
def test_digits_with_separators_parse_back(n: int) -> None:
    assert parse_number(f"{n:,}") == n
    assert parse_number(str(n)) == n


# ------------------------------------------------------------------ gold


def _mention_with_noun(text: str, q: Quantity) -> str:
    """A count's mention as a claim shows it: with its noun when the noun follows directly
    ("seven districts"), as the extract stage builds it from ``Quantity.noun``."""
    gap = len(text[q.end :]) - len(text[q.end :].lstrip(" \t"))
    after = q.end + gap
    if q.kind == "count" and q.noun and text[after:].lower().startswith(q.noun):
        return text[q.start : after + len(q.noun)]
    return q.mention


def _gold() -> dict[str, Any]:
    return json.loads(GOLD.read_text(encoding="utf-8"))


_GOLD_KINDS = ("count", "percent", "duration", "distance", "date")


def _gold_claims() -> list[dict[str, Any]]:
    if not GOLD.exists():
        return []
    return [c for c in _gold()["claims"] if c["kind"] in _GOLD_KINDS]


@pytest.mark.skipif(not GOLD.exists(), reason="gold file not present")
@pytest.mark.parametrize(
    "claim", _gold_claims(), ids=lambda c: f"{c['article'][:3]}-{c['mention']}"
)
def test_gold_mentions_are_found(claim: dict[str, Any]) -> None:
    gold = _gold()
    article = claim["article"]
    text = (SEEDS / f"{article}.txt").read_text(encoding="utf-8")
    reference = date.fromisoformat(gold["articles"][article]["published"])
    candidates = [
        q
        for q in find_quantities(text, reference)
        if claim["mention"].lower() in _mention_with_noun(text, q).lower()
        and q.kind == claim["kind"]
    ]
    assert candidates, f"{claim['mention']!r} not found as {claim['kind']}"
    if claim["kind"] == "date":
        assert any(q.when and q.when.start.isoformat() == claim["as_of"] for q in candidates)
        return
    ok = [
        q
        for q in candidates
        if q.value is not None
        and claim["low"] <= q.value <= claim["high"]
        and ("unit" not in claim or q.unit == claim["unit"])
    ]
    assert ok, [(q.mention, q.value, q.low, q.high, q.unit) for q in candidates]


@pytest.mark.parametrize(
    "words", ["", "-", " - ", "and a half", "nan", "inf", "1e5", "five six", "twenty thirty"]
)
def test_parse_number_refuses_non_numbers(words: str) -> None:
    assert parse_number(words) is None


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("30,000", 30_000),
        ("2.3 million", 2.3e6),
        ("5bn", 5e9),
        ("a dozen", 12),
        ("half a dozen", 6),
        ("one and a half million", 1.5e6),
        ("three-fifths", 0.6),
        ("one in five", 0.2),
    ],
)
def test_parse_number_forms(words: str, value: float) -> None:
    assert parse_number(words) == pytest.approx(value)


@pytest.mark.parametrize(
    "text",
    [
        "families moved from one shelling to another for weeks",
        "the buildings collapsed one after the other",
        "they were released one by one",
        "(updated 1723 16.04.2017)",
        "Posted 0915 12 Apr 2016 by the desk",
        "Jul 172015 by admin",
        "a picture is worth a thousand words",
        "a million times over",
    ],
)
def test_narrative_numbers_clock_times_and_idioms_are_not_figures(text: str) -> None:
    found = [q for q in find_quantities(text, REF) if q.kind != "date"]
    assert found == [], found


def test_a_glued_day_and_year_after_a_month_is_a_date() -> None:
    q = _only("Jul 172015 by admin", "Jul 172015")
    assert q.kind == "date" and q.when is not None
    assert (q.when.start, q.when.end) == (date(2015, 7, 17), date(2015, 7, 17))


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("children under the age of 18 were killed", "18"),
        ("a boy aged 12 was among them", "12"),
    ],
)
def test_an_age_is_not_a_head_count(text: str, mention: str) -> None:
    q = _only(text, mention)
    assert (q.kind, q.unit) == ("other", "years of age")


def test_square_km_is_an_area() -> None:
    q = _only("a pocket covering just 5 square km", "just 5 square km")
    assert (q.kind, q.unit, q.value) == ("other", "km2", 5)


def test_a_count_beside_narrative_words_survives() -> None:
    kinds = [(q.mention, q.kind) for q in find_quantities("a thousand families fled", REF)]
    assert kinds == [("a thousand", "count")]
    kinds = [(q.mention, q.kind) for q in find_quantities("killing one soldier and another", REF)]
    assert kinds == [("one", "count")]


@pytest.mark.parametrize(
    ("text", "mention", "kind", "value", "unit"),
    [
        ("two in three voters agreed", "two in three", "percent", 200 / 3, "%"),
        ("raised rates by half a percentage point", "half a percentage point", "percent", 0.5, "%"),
        ("The senator, 74, has served for years", "74", "other", 74, "years of age"),
        ("a magnitude 7.8 earthquake", "7.8", "other", 7.8, "magnitude"),
        ("a 6.1-magnitude quake", "6.1-magnitude", "other", 6.1, "magnitude"),
        ("500 mm of rain fell", "500 mm", "distance", 0.0005, "km"),
        ("vehicles with a 23 mm gun", "23 mm", "other", 23, "mm calibre"),
        ("killed 5 in 2 attacks", "5", "count", 5, ""),
    ],
)
def test_shares_ages_magnitudes_and_small_units(
    text: str, mention: str, kind: str, value: float, unit: str
) -> None:
    q = _only(text, mention)
    assert (q.kind, q.unit) == (kind, unit) and q.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Oil output reached 11 million barrels a day.", "a day"),
        ("the clinic saw up to 250 people a day", "a day"),
        ("Call 0800 555 0199 for more information.", "555"),
        ("the militants took over two oil fields", "over two"),
        ("On September 17 US-led aircraft struck", "17"),
    ],
)
def test_rates_phone_numbers_phrasal_verbs_and_yearless_dates(text: str, absent: str) -> None:
    assert absent not in [q.mention for q in find_quantities(text)]


def test_a_rate_does_not_swallow_a_plain_duration() -> None:
    assert [q.mention for q in find_quantities("The 3 men spent a week in jail.")] == [
        "3",
        "a week",
    ]


@pytest.mark.parametrize("scale", ["thousands", "millions", "billions"])
def test_vague_scales_follow_one_rule(scale: str) -> None:
    """A bare plural scale is 2 to under 10 of its unit; "tens of"/"hundreds of" it are 20-99
    and 200-999 of it, so each reading sits above the one before and none overlap."""
    unit = {"thousands": 1e3, "millions": 1e6, "billions": 1e9}[scale]
    spans = []
    for prefix, (lo_units, hi_units) in (("", (2, 10)), ("tens of ", (20, 100)),
                                         ("hundreds of ", (200, 1000))):  # fmt: skip
        (q,) = find_quantities(f"Officials said {prefix}{scale} of people need aid.")
        assert q.mention.lower() == f"{prefix}{scale}"
        assert q.low == lo_units * unit and q.high is not None
        assert lo_units * unit < q.high < hi_units * unit
        spans.append((q.low, q.high))
    assert all(a[1] < b[0] for a, b in itertools.pairwise(spans))


# ------------------------------------------------------------- issue 11: number fixes


@pytest.mark.parametrize(
    ("text", "mention", "stated", "side"),
    [
        ("The quake killed more than 17,000 people.", "more than 17,000", 17_000, "above"),
        ("Turnout was above 65% in the state.", "above 65%", 65, "above"),
        ("The death toll passed 1,760 on Tuesday.", "1,760", 1_760, "above"),
        ("Confirmed cases exceeded 16,000 worldwide.", "16,000", 16_000, "above"),
        ("more than half of the city is in ruins", "more than half", 50, "above"),
        ("over two-thirds of voters backed him", "over two-thirds", 200 / 3, "above"),
        ("nearly 400 families fled the district", "nearly 400", 400, "below"),
        ("almost a third of homes were flooded", "almost a third", 100 / 3, "below"),
        ("less than 49% of voters turned out", "less than 49%", 49, "below"),
        ("Prices were just under 11 percent higher", "just under 11 percent", 11, "below"),
    ],
)
def test_strict_hedges_exclude_the_stated_figure(
    text: str, mention: str, stated: float, side: str
) -> None:
    """'more than 500' is not 500: the value sits inside the open bound of the interval."""
    q = _only(text, mention)
    assert q.value is not None and q.low is not None and q.high is not None
    assert q.low <= q.value <= q.high
    if side == "above":
        assert q.low == pytest.approx(stated) and q.value > stated
    else:
        assert q.high == pytest.approx(stated) and q.value < stated


def test_more_than_half_is_the_design_interval() -> None:
    """DESIGN.md: 'more than half' -> (50, ~65]."""
    q = _only("more than half of the district", "more than half")
    assert q.kind == "percent" and q.low == 50 and 60 <= (q.high or 0) <= 70


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        # economy: a change, then the level it reached
        ("The FTSE fell 0.4 per cent to 13,176 on Friday.", "0.4 per cent", "13,176"),
        ("Exports rose 3% to 1.2 million tonnes.", "3%", "1.2 million tonnes"),
        # elections, health: a share moving from one level to another
        ("Turnout rose from 58% to 64% this year.", "58%", "64%"),
        ("Vaccination cover climbed 2% to 71% in a month.", "2%", "71%"),
        # counts: a change 'by' one figure 'to' the new level, in jobs and in tolls alike
        ("July payrolls were raised by 55,000 to 144,000.", "55,000", "144,000"),
        ("The official count was revised higher by 12 to 96.", "12", "96"),
    ],
)
def test_a_change_and_its_new_level_are_two_figures(text: str, first: str, second: str) -> None:
    a, b = _only(text, first), _only(text, second)
    assert a.value is not None and b.value is not None and a.value < b.value
    assert a.low == a.high and b.low == b.high  # two points, never one range


@pytest.mark.parametrize(
    ("text", "mention", "kind", "value", "unit"),
    [
        ("after the 5 ½-year civil war", "5 ½-year", "duration", 5.5 * YEAR, "days"),
        ("a 2½-month drought ended", "2½-month", "duration", 2.5 * MONTH, "days"),
        ("2¼ million people need food aid", "2¼ million", "count", 2.25e6, ""),
        ("about ¾ of the vote was counted", "about ¾", "percent", 75, "%"),
    ],
)
def test_vulgar_fractions(text: str, mention: str, kind: str, value: float, unit: str) -> None:
    q = _only(text, mention)
    assert (q.kind, q.unit) == (kind, unit) and q.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "mention", "kind", "value", "unit"),
    [
        (
            "The firm was fined $US17,246,208 on Monday.",
            "$US17,246,208",
            "money",
            17_246_208,
            "USD",
        ),
        ("Petrol was priced at RM2.05 a litre.", "RM2.05", "money", 2.05, "MYR"),
        ("a £3bn rescue for the railways", "£3bn", "money", 3e9, "GBP"),
        ("the EU pledged €1.5 billion in flood aid", "€1.5 billion", "money", 1.5e9, "EUR"),
        ("donors gave US$ 4.5 million for shelters", "US$ 4.5 million", "money", 4.5e6, "USD"),
        ("the state spent Rs 500 crore on relief", "Rs 500 crore", "money", 5e9, "INR"),
        ("investors lost ₹31 trillion in a day", "₹31 trillion", "money", 31e12, "INR"),
        ("the price cap of 2,500 pounds a year", "2,500 pounds", "money", 2500, "GBP"),
        ("a 2,500-pound cap on bills", "2,500-pound", "money", 2500, "GBP"),
        ("police seized 300 pounds of explosives", "300 pounds", "other", 0.136077711, "t"),
        ("India harvested 1.2m tons of wheat", "1.2m tons", "other", 1.2e6, "t"),
        ("3m people were displaced by floods", "3m", "count", 3e6, ""),
        ("16.63 crore voters are eligible", "16.63 crore", "count", 166_300_000, ""),
        ("a 10m wall collapsed in the quake", "10m", "distance", 0.01, "km"),
    ],
)
def test_currencies_and_units(text: str, mention: str, kind: str, value: float, unit: str) -> None:
    q = _only(text, mention)
    assert (q.kind, q.unit) == (kind, unit) and q.value == pytest.approx(value)


@pytest.mark.parametrize(
    "text",
    [
        "Apple said the iPhone 12 sold well as the S&P 500 and FTSE 100 rose.",  # economy
        "Boeing 737 jets were grounded after the crash.",  # disaster
        "COVID-19 cases rose before the G20 summit.",  # health
        "The final ended 89-89 after extra time.",  # sport
        "The bill passed on a 52-48 vote in the Senate.",  # elections
        "Polls close at 10:30 and results come at 3 p.m.",  # clock times
    ],
)
def test_names_scores_and_clock_times_are_not_counts(text: str) -> None:
    assert [q for q in find_quantities(text, REF) if q.kind == "count"] == []


def test_an_ascending_pair_stays_a_range() -> None:
    q = _only("Exit polls gave the alliance 361-401 seats.", "361-401")
    assert (q.low, q.high) == (361, 401)


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        ("Titan's surface sits at minus-260 degrees Fahrenheit.", "minus-260 degrees Fahrenheit",
         (-260 - 32) * 5 / 9),
        ("The heatwave hit 45 degrees Celsius in Delhi.", "45 degrees Celsius", 45),
        ("Overnight it fell to -5 degrees Celsius in the camps.", "-5 degrees Celsius", -5),
    ],
)  # fmt: skip
def test_temperatures_are_signed_celsius(text: str, mention: str, value: float) -> None:
    q = _only(text, mention)
    assert (q.kind, q.unit) == ("other", "°C") and q.value == pytest.approx(value)
    assert q.low is not None and q.high is not None and q.low <= q.value <= q.high


def test_minus_makes_a_figure_negative() -> None:
    q = _only("The economy grew by minus 2% last year.", "minus 2%")
    assert q.kind == "percent" and q.value == -2


@pytest.mark.parametrize(
    ("text", "mention", "low", "high"),
    [
        ("The toll could climb eight-fold, officials warned.", "eight-fold", 8, 8),  # disaster
        ("Inflation is now nine times the 2% target.", "nine times", 9, 9),  # economy
        ("Rents are nearly double the rate in 2019.", "nearly double", 1.8, 2),  # housing
        ("Cases will at least double by June.", "at least double", 2, 2.6),  # health
        ("Turnout was twice as high as in 2019.", "twice", 2, 2),  # elections
        ("Arrests have tripled since May.", "tripled", 3, 3),  # conflict
    ],
)
def test_multipliers_are_not_counts(text: str, mention: str, low: float, high: float) -> None:
    q = _only(text, mention)
    assert (q.kind, q.unit) == ("other", "times")
    assert q.low == pytest.approx(low) and q.high == pytest.approx(high)


@pytest.mark.parametrize(
    "text",
    ["a double murder shook the town", "double-digit inflation", "hit three times in a week"],
)
def test_words_that_only_look_like_multipliers(text: str) -> None:
    assert [q for q in find_quantities(text, REF) if q.unit == "times"] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("More than 70 people died in the county.", 71),  # disaster
        ("Fewer than 10 employees were left on the team.", 9),  # tech
        ("more than 40 people were wounded", 41),  # crime
        ("more than two dozen migrants were rescued", 25),  # migration
        ("more than 1,600 rescues", 1601),  # a large count too: the next whole number
        ("More than 22,600 people have crossed", 22601),  # migration
        ("nearly 32.8 million stayed away", 32_799_999),  # elections
    ],
)
def test_a_strict_hedge_on_a_count_steps_to_the_next_whole_number(text: str, value: float) -> None:
    assert find_quantities(text, None)[0].value == value


@pytest.mark.parametrize(
    ("text", "mention", "minutes"),
    [
        ('"One hour, 14 minutes and eight seconds," the chief said.', "One hour, 14", 74.13),
        ("The siege lasted 2 hours and 15 minutes.", "2 hours and 15 minutes", 135),
        ("The flight took 1 hour 20 minutes.", "1 hour 20 minutes", 80),
        ("He served 5 years and 6 months in jail.", "5 years and 6 months", 2892802),
    ],
)
def test_a_duration_in_falling_units_is_one_figure(text: str, mention: str, minutes: float) -> None:
    (q,) = [q for q in find_quantities(text, None) if q.kind == "duration"]
    assert q.mention.startswith(mention)
    assert q.value is not None and q.value * 1440 == pytest.approx(minutes, rel=1e-3)


def test_durations_in_units_that_do_not_fall_stay_apart() -> None:
    found = find_quantities("a journey of three days and two nights", None)
    assert [q.mention for q in found] == ["three days", "two nights"]
    assert [q.mention for q in find_quantities("one day, 20 people died", None)] == ["20"]


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        ("The city was battling about one million new infections a day.", ["about one million"]),
        ("The field pumped 11 million barrels a day.", ["11 million barrels"]),
        ("221 troops were killed in a day of fighting.", ["221", "a day"]),
        ("20 people died within a day.", ["20", "within a day"]),
    ],
)
def test_a_day_after_a_figure_and_what_it_counts_is_its_rate(
    text: str, mentions: list[str]
) -> None:
    assert [q.mention for q in find_quantities(text, None)] == mentions


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Saudi Arabia will give up 526,000 bpd of its quota.", "526,000 bpd"),
        ("Demand will reach 101.3 million b/d next year.", "101.3 million b/d"),
        ("Stocks rose to 420 million bbl.", "420 million bbl"),
    ],
)
def test_barrels_written_short_are_a_volume(text: str, mention: str) -> None:
    (q,) = find_quantities(text, None)
    assert (q.mention, q.kind, q.unit) == (mention, "other", "barrels")


@pytest.mark.parametrize(
    ("text", "mention", "unit", "value"),
    [
        ("Wheat output was revised to 106.84 mt on Wednesday.", "106.84 mt", "t", 106.84e6),
        ("Coal stocks at plants fell to 24.5 mt.", "24.5 mt", "t", 24.5e6),
        ("Yields averaged 42.07 quintals a hectare.", "42.07 quintals", "quintals", 42.07),
        ("Farmers sold 20 quintals of paddy each.", "20 quintals", "quintals", 20),
    ],
)
def test_million_tonnes_and_quintals_are_quantities(
    text: str, mention: str, unit: str, value: float
) -> None:
    (q,) = [q for q in find_quantities(text, None) if q.mention.endswith(mention)]
    assert (q.kind, q.unit, q.value) == ("other", unit, pytest.approx(value))


@pytest.mark.parametrize(
    ("word", "before", "scaled"),
    [
        ("380mn", "", True),
        ("5.1bn", "", True),
        ("400m", "", True),
        ("m", "€40", True),  # "€40m" split by the tokenizer
        ("m", "", False),  # "m" alone: metres, or a letter
        ("bn", "the", False),
        ("2023", "", False),
        ("10km", "", False),
    ],
)
def test_a_scale_attached_to_digits_is_a_number(word: str, before: str, scaled: bool) -> None:
    assert scaled_number(word, before) is scaled


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        ("Only one train in five ran on Tuesday.", "Only one train in five", 20),
        ("Just one service in ten is expected to run.", "Just one service in ten", 10),
        ("Nine voters out of 10 backed the deal.", "Nine voters out of 10", 90),
        ("One household in three has no running water.", "One household in three", 100 / 3),
    ],
)
def test_a_number_word_counting_a_thing_in_a_whole_is_a_share(
    text: str, mention: str, value: float
) -> None:
    q = _only(text, mention)
    assert (q.kind, q.value) == ("percent", pytest.approx(value))


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Police killed one soldier in 2023 raids.", ["one"]),
        ("One child in two families was hurt.", ["One", "two"]),
    ],
)
def test_a_thing_in_a_number_of_things_is_no_share(text: str, counts: list[str]) -> None:
    found = [q.mention for q in find_quantities(text, REF) if q.kind == "count"]
    assert found == counts


@pytest.mark.parametrize(
    "text",
    [
        "Fans ran for gates 3, 10, 11 and 14, but found them shut.",
        "Officers stayed out of rooms 111 and 112, the report said.",
        "Trains from platforms 4 and 5 were cancelled.",
        "Staff walk out on January 3, 4, 6 and 7, and drivers on Thursday.",
        "The union named Tuesday 21, Thursday 23 and Saturday 25 June.",
        "More people died between July 7 and 13 than a year earlier.",
        "Strikes are set for December 13 and 14 and for December 16 and 17.",
    ],
)
def test_labels_and_days_in_lists_are_not_counts(text: str) -> None:
    found = [q.mention for q in find_quantities(text, REF) if q.kind != "date"]
    assert found == [], found


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("On March 3, 12 people died in the floods.", "12"),
        ("The gunman killed 21 people on May 24, 19 of them children.", "19"),
        ("On Thursday 40 workers walked out.", "40"),
    ],
)
def test_a_count_after_a_date_stays_a_count(text: str, mention: str) -> None:
    assert _only(text, mention).kind == "count"


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        ("Fires released about 160 megatonnes of carbon.", "about 160 megatonnes", 160e6),
        ("Glaciers lost 270 gigatonnes of ice a year.", "270 gigatonnes", 270e9),
    ],
)
def test_megatonnes_and_gigatonnes_are_tonnes(text: str, mention: str, value: float) -> None:
    q = _only(text, mention)
    assert (q.kind, q.unit, q.value) == ("other", "t", pytest.approx(value))


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Traffic through the canal is worth about $5.1bn a day.", "about $5.1bn"),
        ("That works out at roughly $400m an hour.", "roughly $400m"),
        ("Taxpayers are handing over £175m a month to the railway.", "£175m"),
    ],
)
def test_a_unit_after_an_abbreviated_sum_is_its_rate(text: str, mention: str) -> None:
    found = [(q.mention, q.kind) for q in find_quantities(text, REF)]
    assert found == [(mention, "money")]


@pytest.mark.parametrize(
    "text",
    [
        "judged by the 10-year average for the date",
        "the three-month average of the jobless rate",
        "the average for the date over the past 15 years",
        "well above the average of the previous five years",
    ],
)
def test_the_window_of_an_average_is_no_figure(text: str) -> None:
    assert [q.mention for q in find_quantities(text, REF)] == []


def test_a_record_over_a_span_stays_a_figure() -> None:
    assert _only("inflation hit a 41-year high", "41-year").kind == "duration"


@pytest.mark.parametrize(
    "text",
    [
        "the company said, according to two people familiar with the matter.",
        "another report, citing two people aware of the developments, said so.",
        "three sources with knowledge of the talks said the deal was close.",
        "By one tally from ship-tracking data the queue is long.",
        "Tamil Nadu voted for its whole delegation in one go.",
        "Under one option being weighed, staff would get severance.",
        "One report said the team had shrunk.",
        "The search for the last one will continue.",
        "the typical one was far bigger this year",
    ],
)
def test_sourcing_and_narrative_one_are_no_figures(text: str) -> None:
    assert [q.mention for q in find_quantities(text, REF) if q.kind != "date"] == []


@pytest.mark.parametrize(
    ("text", "mention", "kind", "value"),
    [
        ("The plane was a 15-year-old aircraft.", "15-year-old", "duration", 15 * 365.25),
        ("The 40-year-old bridge collapsed.", "40-year-old", "duration", 40 * 365.25),
        ("It is a walkout that is now 40 days old.", "40 days old", "duration", 40),
        ("A 41-year-old man died in hospital.", "41-year-old", "other", 41),
        ("The 18-year-old crashed his truck.", "18-year-old", "other", 18),
    ],
)
def test_a_things_age_is_a_duration_a_persons_is_an_age(
    text: str, mention: str, kind: str, value: float
) -> None:
    q = _only(text, mention)
    assert (q.kind, q.value) == (kind, pytest.approx(value))


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Four of the six workers have still not been found.", ["Four"]),
        ("Two of the first three were grazed by bullets.", ["Two"]),
        ("Five of the seven vessels stuck in the harbour can leave.", ["Five"]),
        ("Fighters killed at least 66 of the 72 people aboard.", ["at least 66", "72"]),
        ("Bolsonaro took 14 of the 27 federal units.", ["14", "27"]),
    ],
)
def test_a_whole_in_words_after_its_part_is_no_figure(text: str, counts: list[str]) -> None:
    assert [q.mention for q in find_quantities(text, REF) if q.kind == "count"] == counts


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("So far in August 6,271 people have crossed the Channel.", 6271),  # migration
        ("In March 1,200 jobs were cut at the plant.", 1200),  # economy
    ],
)
def test_a_thousands_figure_after_a_month_is_no_day(text: str, count: float) -> None:
    found = find_quantities(text, REF)
    assert [q.value for q in found if q.kind == "count"] == [count]
    assert all(q.mention.strip() in ("August", "March") for q in found if q.kind == "date")


@pytest.mark.parametrize(
    "text",
    [
        "Retail sales were 7% more than a week earlier.",  # economy
        "Eight days earlier, 40 new cases had been found.",  # health
        "The river stood 2 metres higher than three weeks earlier.",  # environment
    ],
)
def test_a_span_before_earlier_is_relative_time(text: str) -> None:
    assert [q for q in find_quantities(text, REF) if q.kind == "duration"] == []


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("José Mynor López, 37, of Baltimore, was recovered on Tuesday.", "37"),  # disaster
        ("He named them as Ana Castillo, 35, and Dorlian Cabrera, 26.", "26"),  # crime
        ("About two-thirds of those who died were 65 or older.", "65"),  # health
        ("Voters 18 and over may register until Friday.", "18"),  # election
    ],
)
def test_ages_after_accented_names_and_age_bands(text: str, mention: str) -> None:
    assert _only(text, mention).unit == "years of age"


@pytest.mark.parametrize(
    "text",
    [
        "Wagner said the city had been taken in full at 12 noon on Saturday.",  # conflict
        "Polling stations closed at 12 midnight in most states.",  # election
    ],
)
def test_noon_and_midnight_are_clock_times(text: str) -> None:
    assert [q for q in find_quantities(text, REF) if q.kind == "count"] == []


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        ("The death toll climbed past 80 on Sunday.", "past 80", 81),  # disaster
        ("Arrivals pushed the number past 17,000 this week.", "past 17,000", 17_001),  # migration
        ("Losses could push the total past $60 billion.", "past $60 billion", 60.6e9),  # economy
    ],
)
def test_past_a_figure_bounds_it_from_below(text: str, mention: str, value: float) -> None:
    q = _only(text, mention)
    assert q.value == pytest.approx(value) and q.low < q.value < q.high


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Over the past 24 hours 30 people died.", "24 hours"),  # a window
        ("In the past 12 months prices rose 9%.", "12 months"),
        ("Rainfall over past two weeks was light.", "two weeks"),  # a span is never bounded
    ],
)
def test_past_before_a_window_is_no_hedge(text: str, mention: str) -> None:
    assert not _only(text, mention).approximate


@pytest.mark.parametrize(
    ("text", "mention", "km"),
    [
        ("They will open a channel 280 feet wide this month.", "280 feet", 0.085344),  # transport
        ("Floods cut a section 300 metres long from the road.", "300 metres", 0.3),  # disaster
    ],
)
def test_a_label_word_before_a_measure_is_no_code(text: str, mention: str, km: float) -> None:
    assert _only(text, mention).value == pytest.approx(km)


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Results gave Lula 60,345,999 votes and Bolsonaro 58,206,354.", [60345999, 58206354]),
        ("Lula carried 13 states, and Bolsonaro 14 of the 27 federal units.", [13, 14, 27]),
        ("Messi scored 11 of the 15 goals and Suarez 3 of them.", [11, 15, 3]),  # sport
    ],
)
def test_a_tally_after_a_name_is_a_figure(text: str, counts: list[float]) -> None:
    assert [q.value for q in find_quantities(text, REF) if q.kind == "count"] == counts


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("The number of officers will rise from 200 to 300.", "200", "300"),  # migration
        ("Evacuees more than tripled, from 4,500 to 15,000.", "4,500", "15,000"),  # disaster
        ("Prices doubled from 40 to 80 cents a litre.", "40", "80 cents"),  # economy
    ],
)
def test_a_move_from_one_level_to_another_is_two_figures(
    text: str, first: str, second: str
) -> None:
    a, b = _only(text, first), _only(text, second)
    assert a.low == a.high and b.low == b.high


@pytest.mark.parametrize(
    ("text", "mention", "value", "unit"),
    [
        ("The ship held 1.25 million gallons of water.", "1.25 million gallons", 1.25e6, "gallons"),
        ("Tugs towed it at roughly 1 mph to the terminal.", "roughly 1 mph", 1, "mph"),
        ("Winds reached 150 miles per hour at landfall.", "150 miles per hour", 150, "mph"),
        ("Trains will run at 80 km/h on the repaired line.", "80 km/h", 80, "km/h"),
    ],
)
def test_volumes_and_speeds_are_measures(text: str, mention: str, value: float, unit: str) -> None:
    q = _only(text, mention)
    assert (q.kind, q.unit) == ("other", unit) and q.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "mention", "days", "approximate"),
    [
        ("Delta cancelled about 7,000 flights over five days.", "five days", 5, False),  # transport
        ("The reserve will sell 180 million barrels over six months.", "six months", 182.64, False),
        ("Banks pay the fee over eight quarters from 2024.", "eight quarters", 730.5, False),
        ("It was their first meeting in over two years.", "over two years", 737.805, True),
        ("The biggest rail strike for over 30 years began.", "over 30 years", 11067.075, True),
    ],
)
def test_over_a_span_is_its_window_unless_a_preposition_bounds_it(
    text: str, mention: str, days: float, approximate: bool
) -> None:
    q = _only(text, mention)
    assert q.kind == "duration" and q.value == pytest.approx(days)
    assert q.approximate is approximate


@pytest.mark.parametrize(
    "text",
    [
        "An extreme 1-in-200-year event could cost insurers dearly.",  # economy
        "Engineers call it a 1-in-100-year flood.",  # environment
        "Losses among Fortune 500 companies were large.",  # economy: a list's name
    ],
)
def test_odds_and_list_names_are_not_counts(text: str) -> None:
    assert [q for q in find_quantities(text, REF) if q.kind == "count"] == []


def test_quarters_that_make_more_than_a_whole_are_a_span() -> None:
    assert _only("GDP shrank for 8 quarters in a row.", "8 quarters").kind == "duration"
    assert _only("Rebels hold three quarters of the city.", "three quarters").value == 75


@pytest.mark.parametrize(
    ("text", "mention", "value", "unit"),
    [
        (
            "The outbreak would kill 684 people per million.",
            "684 people per million",
            684,
            "per million",
        ),
        (
            "Italy had 295 deaths per million people.",
            "295 deaths per million people",
            295,
            "per million",
        ),
        ("Crime fell to 12 per 100,000 residents.", "12 per 100,000 residents", 12, "per 100,000"),
    ],
)
def test_a_rate_per_head_is_no_count(text: str, mention: str, value: float, unit: str) -> None:
    q = _only(text, mention)
    assert (q.kind, q.unit, q.value) == ("other", unit, value)
    assert [x for x in find_quantities(text, REF) if x.kind == "count"] == []


@pytest.mark.parametrize(
    ("text", "mention", "days"),
    [
        ("Most died on the two busiest days of the pilgrimage.", "two busiest days", 2),  # health
        ("The ship could stay aground two more days.", "two more days", 2),  # transport
        ("Prices rose for three straight weeks.", "three straight weeks", 21),  # economy
    ],
)
def test_a_word_between_a_number_and_a_unit_of_time_leaves_a_span(
    text: str, mention: str, days: float
) -> None:
    q = _only(text, mention)
    assert q.kind == "duration" and q.value == days


@pytest.mark.parametrize(
    ("text", "mention", "value", "unit"),
    [
        ("Petrol rose to 4.14 U.S. dollars a gallon.", "4.14 U.S. dollars", 4.14, "USD"),
        ("Families will get 50 million rupiah each.", "50 million rupiah", 5e7, "IDR"),
        ("He was fined 10,000 baht.", "10,000 baht", 10_000, "THB"),
    ],
)
def test_currencies_written_after_the_figure(
    text: str, mention: str, value: float, unit: str
) -> None:
    q = _only(text, mention)
    assert (q.kind, q.unit, q.value) == ("money", unit, value)


@pytest.mark.parametrize(
    ("text", "mention", "kind"),
    [
        (
            "Blank votes fell to four percent from five, Datafolha said.",
            "five",
            "percent",
        ),  # election
        ("Unemployment fell to 3.5% from 3.7 in May.", "3.7", "percent"),  # economy
        ("The party grew its bench to 68 from 56.", "56", "count"),  # a count stays
    ],
)
def test_a_shares_earlier_level_takes_its_unit(text: str, mention: str, kind: str) -> None:
    assert _only(text, mention).kind == kind


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("After rain on July 26 and 27 pushed bacteria levels up, swims stopped.", []),  # sport
        ("Flights cancelled between December 21 and 29 would cost $725 million.", []),
        ("On March 3 and 12 people died in the floods.", [12]),  # a thing counted follows
    ],
)
def test_a_day_joined_to_a_day_is_no_count(text: str, counts: list[float]) -> None:
    assert [q.value for q in find_quantities(text, REF) if q.kind == "count"] == counts
