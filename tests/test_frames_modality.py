"""Modality and background (frames/modality.py): whether a figure is asserted, and whether it
is setting rather than news."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.extract import extract_text
from tests.conftest import DAY, _claim


@pytest.mark.parametrize(
    ("sentence", "mention", "modality"),
    [
        ("Officials warned the toll could rise to 10,000.", "10,000", "conditional"),
        (
            "With Shaar taken, the army would hold 70 percent of the east.",
            "70 percent",
            "conditional",
        ),
        ("Unemployment is expected to reach 5.2% next year.", "5.2%", "forecast"),
        ("Thousands more will flee the city, the agency warned.", "Thousands", "forecast"),
        ("An estimated 850 people are missing on Maui.", "850", "estimated"),
        ("Did 300 people really die in the fire?", "300", "question"),
        ("At least 41 people were killed in the strike.", "41", "reported"),
    ],
)
def test_modality(sentence: str, mention: str, modality: str) -> None:
    assert _claim(sentence, mention).modality == modality


@pytest.mark.parametrize(
    ("sentence", "mention", "background"),
    [
        ("The party won 52 seats in 2015, down from 61.", "52 seats", True),
        ("Last time, in 2012, turnout was 48%.", "48%", True),
        ("The toll was the worst since 1999.", "1999", True),
        ("The party won 52 seats on Sunday.", "52 seats", False),
        ("A year ago the rate stood at 4.2%.", "4.2%", False),
    ],
)
def test_a_figure_of_long_ago_is_background(sentence: str, mention: str, background: bool) -> None:
    assert _claim(sentence, mention, published=date(2021, 6, 1)).background is background


def test_background_figures_are_marked() -> None:
    city = "Gaziantep, home to about 2 million people, was badly hit."
    assert _claim(city, "2 million").background
    assert not _claim("At least 41 people were killed in the strike.", "41").background


@pytest.mark.parametrize(
    "sentence",
    [
        "A total of 841,664 homes were still without power on Friday.",
        "The floods destroyed 18,500 homes across the east.",
    ],
)
def test_homes_counted_are_no_setting(sentence: str) -> None:
    assert not next(c for c in extract_text(sentence, DAY) if c.kind == "count").background


@pytest.mark.parametrize(
    ("sentence", "mention", "modality"),
    [
        # a verb of foreseeing that takes the figure as object, or is passive
        ("Analysts had expected 3.1% for the quarter.", "3.1%", "forecast"),
        ("Traders had pencilled in 4.5% for March.", "4.5%", "forecast"),
        ("The party campaigned on a slogan promising 300 seats.", "300 seats", "forecast"),
        ("Its findings are expected within a few weeks.", "a few weeks", "forecast"),
        ("Eight economists expected a cut.", "Eight", "reported"),
        # "likely", a forecast as subject, a forecast moved to a value
        ("Officials said the harvest was likely to reach 40 million tonnes.", "40", "forecast"),
        ("Market expectations had been for a reading of 2.4 percent.", "2.4", "forecast"),
        ("The fund has raised its forecast for growth to 3.2%.", "3.2%", "forecast"),
        # a relative clause on the figure's noun says how it stands
        ("Pollsters expected the party to keep the 52 seats it won in 2019.", "52", "reported"),
        ("Exports fell well below the 7% the ministry projected in May.", "7%", "forecast"),
        # a clause of its own is asserted whatever the clause above foresees
        (
            "The council, which cut rents by 4% last year, expects to raise them.",
            "4%",
            "reported",
        ),
        (
            "The agency said prices would keep rising, as it raised its main rate to 6%.",
            "6%",
            "reported",
        ),
        # a possible past, or a possibility under an estimate, is an estimate
        ("Rescuers said as many as 60 people may have been trapped.", "60", "estimated"),
        (
            "The ministry estimated that repairs would cost 2 billion dollars.",
            "2 billion",
            "estimated",
        ),
    ],
)
def test_modality_of_forecasts_and_estimates(sentence: str, mention: str, modality: str) -> None:
    assert _claim(sentence, mention).modality == modality


def test_the_time_of_an_event_that_did_not_happen_is_still_a_time() -> None:
    claim = _claim("The results had not been published even 12 days after the vote.", "12 days")
    assert claim.modality == "reported"
    assert _claim("The results had not shown 40 deaths.", "40").modality == "negated"


@pytest.mark.parametrize(
    ("sentence", "mention", "modality"),
    [
        # a verb of denial above the figure denies it; as the figure's own verb it counts it
        ("The mayor dismissed reports that 400 homes had burned.", "400", "negated"),
        ("The board rejected 12 applications.", "12", "reported"),
        # a consensus is a forecast
        ("A consensus of analysts was lower, at 2.1%.", "2.1%", "forecast"),
        ("Sales beat the 4.5% consensus.", "4.5%", "forecast"),
        # a change made to an estimate is a fact; the estimate's new value is not
        ("The agency cut its estimates for May by 3,000 barrels.", "3,000", "reported"),
        ("The agency cut its estimate for May to 90,000 barrels.", "90,000", "forecast"),
    ],
)
def test_denials_consensus_and_revisions(sentence: str, mention: str, modality: str) -> None:
    assert _claim(sentence, mention).modality == modality


@pytest.mark.parametrize(
    ("sentence", "mention", "modality"),
    [
        # a poll or a pollster gives a figure: its sample foresees, whatever the domain
        ("In the previous poll, the former president had 53%.", "53%", "forecast"),
        ("Rival pollster Ipec gave the senator 54% of valid votes.", "54%", "forecast"),
        ("A Reuters poll of economists put growth at 1.5% this year.", "1.5%", "forecast"),
        (
            "According to the latest poll, 48% of nurses support the strike.",
            "48%",
            "forecast",
        ),
        # a survey estimates what is, unless it counts a race still to be run
        (
            "A Reuters survey had put the decline at 710,000 barrels a day.",
            "710,000",
            "estimated",
        ),
        ("A survey of clinics put the number of cases at 2,000.", "2,000", "estimated"),
        ("The exit survey gave the ruling party 240 seats.", "240", "forecast"),
        # a survey only described gives nothing; the whole a poll's part is of is a size
        (
            "Some 63% of the people who answered its online survey had tested positive.",
            "63%",
            "reported",
        ),
        (
            "The survey gave the NDA 361-401 of the Lok Sabha's 543 seats.",
            "543",
            "reported",
        ),
        ("In polls completed on October 7, the mayor had 44%.", "October 7", "reported"),
    ],
)
def test_a_polls_figure_is_foreseen_or_estimated(
    sentence: str, mention: str, modality: str
) -> None:
    assert _claim(sentence, mention).modality == modality
