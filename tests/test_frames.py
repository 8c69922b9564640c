"""Frames read from the parse, one field at a time, on small sentences from several domains."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from factcheck.extract import EXTRACTOR_VERSION, extract_text, frames, parser
from factcheck.model import DateSpan

DAY = date(2023, 2, 8)


def _claim(sentence: str, mention: str, published: date = DAY) -> Any:
    found = [c for c in extract_text(sentence, published) if mention in c.mention]
    assert found, f"no claim {mention!r} in {sentence!r}"
    return found[0]


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
    ("sentence", "mention", "value"),
    [
        ("The economy shed 20,000 jobs in July.", "20,000", -20000),
        ("Germany's output contracted by 0.2% in the spring.", "0.2%", -0.2),
        ("Payrolls for June were revised down by 61,000.", "61,000", -61000),
        ("The census found 3,000 fewer residents than in 2010.", "3,000", -3000),
        ("The index fell 0.4 per cent to 13,176.", "0.4 per cent", -0.4),
        ("Cases dropped 12% in a week, the WHO said.", "12%", -12),
        ("Troops lost 200 men in the assault.", "200", 200),
        ("Farm exports suffered a 3.1% decline.", "3.1%", -3.1),
        # a workforce or an output cut by a verb with its particle, or a verb of removing
        ("The carmaker laid off 68 workers at its Ohio plant.", "68", -68),
        ("Producers slashed output by 400,000 barrels a day.", "400,000", -400000),
        ("The agency trimmed its estimate by 29,000 jobs.", "29,000", -29000),
        ("The retailer will eliminate about 3,700 jobs.", "about 3,700", -3700),
        ("The mill announced nearly 200 additional layoffs.", "nearly 200", -198),
        ("June was revised lower by 61,000 to 118,000.", "61,000", -61000),
        ("June was revised lower by 61,000 to 118,000.", "118,000", 118000),
        # rises, levels and tolls keep their sign
        ("Employers added 114,000 jobs, down from 179,000.", "114,000", 114000),
        ("Employers added 114,000 jobs, down from 179,000.", "179,000", 179000),
        ("The index fell 0.4 per cent to 13,176.", "13,176", 13176),
        ("Inflation fell to 9.9% in December.", "9.9%", 9.9),
        ("The toll fell to 41 after a recount.", "41", 41),
        ("At no fewer than 150 sites, water rose 2 metres.", "150", 150),
        ("Her share was 36.6%, a little lower than in 2019.", "36.6%", 36.6),
        ("The damage fell on five towns, out of 20 affected.", "20", 20),
    ],
)
def test_a_fall_is_a_negative_change(sentence: str, mention: str, value: float) -> None:
    claim = _claim(sentence, mention)
    assert claim.value == pytest.approx(value)
    assert claim.low <= claim.value <= claim.high


@pytest.mark.parametrize(
    ("sentence", "mention", "source"),
    [
        ("About 4,000 civilians were taken out, the Red Cross said.", "4,000", "the Red Cross"),
        (
            "According to the health ministry, 512 people have died in Khartoum.",
            "512",
            "the health ministry",
        ),
        ("The monitor put the toll at 56 on Monday.", "56", "The monitor"),
        (
            "Turnout reached 66.1 percent, the Election Commission said on Tuesday.",
            "66.1 percent",
            "the Election Commission",
        ),
    ],
)
def test_attribution_is_the_speaker(sentence: str, mention: str, source: str) -> None:
    assert _claim(sentence, mention).attribution == source


def test_a_speech_verbs_place_is_not_the_figures() -> None:
    claim = _claim(
        "Around 50,000 people were still trapped in the city, Egeland told reporters in Paris.",
        "50,000",
    )
    assert claim.place != "Paris"
    assert claim.role == "trapped"


def test_a_fronted_place_scopes_over_the_sentence() -> None:
    assert _claim("In Syria, the health ministry said 812 had died.", "812").place == "Syria"


def test_a_place_keeps_its_qualifier() -> None:
    claim = _claim("Troops now hold 85 percent of eastern Aleppo.", "85 percent")
    assert claim.place == "eastern Aleppo"


@pytest.mark.parametrize(
    ("sentence", "mention", "place"),
    [
        ("Britain's annual inflation climbed in July, rising to 10.1%.", "10.1%", "Britain"),
        ("Kenya's tally of cholera cases rose to 512, overtaking last year's.", "512", "Kenya"),
    ],
)
def test_a_place_of_the_verb_a_figure_continues(sentence: str, mention: str, place: str) -> None:
    assert _claim(sentence, mention).place == place


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        ("The WHO has counted more than 41,000 cases in 96 countries.", "41,000"),
        ("Some 100 million people are now displaced worldwide, the agency said.", "100 million"),
        ("Around the world, growth will slow to 2.7% next year.", "2.7%"),
    ],
)
def test_a_figure_for_the_whole_world_is_placed_there(sentence: str, mention: str) -> None:
    assert _claim(sentence, mention).place == frames.lexicon().world_place


@pytest.mark.parametrize(
    ("sentence", "mention", "counted"),
    [
        (
            "Nearly 1.05 million people fled, and 825,000 of them have yet to return.",
            "825,000",
            "people",
        ),
        ("The WHO counted 18,081 confirmed cases, plus 73 probable ones.", "73", "cases"),
        ("Rescuers found 120 survivors on Monday and 35 on Tuesday.", "35", "survivors"),
        # "others" are more of the same thing
        (
            "Storm winds cut power to 2.6 million customers, and 850,000 others.",
            "850,000",
            "customers",
        ),
        ("The fighting displaced 3,000 villagers; 1,200 others fled abroad.", "1,200", "villagers"),
        # so does a relative pronoun
        (
            "Sixteen firefighters were hurt, two of whom were taken to hospital.",
            "two",
            "firefighters",
        ),
        ("Police detained 30 protesters, 12 of whom were later charged.", "12", "protesters"),
        ("The union has 150,000 members, 40,000 of whom are on strike.", "40,000", "members"),
    ],
)
def test_a_pronoun_or_an_ellipsis_counts_what_the_figure_before_counts(
    sentence: str, mention: str, counted: str
) -> None:
    assert _claim(sentence, mention).subject == counted


@pytest.mark.parametrize(
    "sentence",
    [
        "An update later in the evening raised that to 62.37 per cent.",
        "In 2019, the same set of seats had recorded a turnout of about 70 per cent.",
    ],
)
def test_what_cannot_count_is_no_source(sentence: str) -> None:
    assert _claim(sentence, "per cent" if "per cent" in sentence else "%").attribution is None


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Health officials recorded 512 new cases.", "Health officials"),
        ("The ministry confirmed 4,298 infections.", "The ministry"),
    ],
)
def test_who_can_count_is_the_source(sentence: str, source: str) -> None:
    claims = [c for c in extract_text(sentence, DAY) if c.kind == "count"]
    assert claims and claims[0].attribution == source


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        ("He believed more than 500 people had been on board.", "500"),
        ("About 180 passengers were on the ferry when it capsized.", "180"),
        ("As many as 700 migrants were aboard the trawler.", "700"),
    ],
)
def test_being_on_a_vessel_is_a_role(sentence: str, mention: str) -> None:
    assert _claim(sentence, mention).role == frames.lexicon().on_board["role"]


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        ("Economists polled by Reuters had expected 10.7%.", "10.7%"),
        ("The rate was last higher in 1982, when it stood at 10.4%.", "10.4%"),
        ("Health officials had projected 12%.", "12%"),
    ],
)
def test_a_share_foreseen_or_standing_somewhere_is_a_level(sentence: str, mention: str) -> None:
    assert _claim(sentence, mention).role == "level"


def test_a_count_standing_somewhere_gets_no_bare_level() -> None:
    assert _claim("It stood at 512 by Friday.", "512").role != "level"


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


def test_a_common_word_opening_a_sentence_is_no_place() -> None:
    text = (
        "Coast guard crews pulled 61 people from the sea near Crete. "
        "The coast guard said the search would go on. "
        "Most of the 120 jobs cut were in Wales."
    )
    claims = {c.mention: c for c in extract_text(text, DAY)}
    assert claims["61 people"].place == "Crete"  # no Tanzanian region "Coast"
    assert next(c for m, c in claims.items() if "120" in m).place == "Wales"  # no Czech "Most"


def _place(sentence: str, mention: str) -> str | None:
    """The place the parse alone gives a figure (no article default)."""
    doc = frames.parse([sentence], parser.load())[0]
    start = sentence.index(mention)
    found = frames.frame(doc, start, start + len(mention))
    assert found is not None
    return found.place


@pytest.mark.parametrize(
    ("sentence", "mention", "place"),
    [
        # two countries: the joint place, as the text names it
        ("Floods in Kenya and Somalia have killed 40 people.", "40", "Kenya and Somalia"),
        # names of one gazetteer entry: that entry
        ("Bills in England, Scotland and Wales will rise by 80%.", "80%", "United Kingdom"),
        # places of one country: the country that holds them
        ("Storms in Lyon and Marseille damaged 300 homes on Sunday.", "300", "France"),
    ],
)
def test_coordinated_places_are_one_place(sentence: str, mention: str, place: str) -> None:
    assert _place(sentence, mention) == place


@pytest.mark.parametrize(
    ("sentence", "mention", "place"),
    [
        (
            "Medics counted 24,617 deaths in Turkey and 3,574 in Syria, a combined toll of 28,191.",
            "28,191",
            "Turkey and Syria",
        ),
        (
            "Officials reported 120 cases in Kano and 80 in Lagos, for a total of 200.",
            "200",
            "Nigeria",
        ),
        (
            "Some 30,000 fled in Derna and 6,085 in Benghazi, taking the total above 36,000.",
            "36,000",
            "Libya",
        ),
    ],
)
def test_a_total_of_parts_is_placed_in_all_their_places(
    sentence: str, mention: str, place: str
) -> None:
    assert _claim(sentence, mention).place == place


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        ("The UN launched an emergency appeal for $71.4 million on Tuesday.", "$71.4 million"),
        ("The WHO, launching an appeal for $42.8 million, warned of cholera.", "$42.8 million"),
        ("The chancellor pointed to a £37bn package of help for households.", "£37bn"),
    ],
)
def test_money_sought_or_granted_is_funds(sentence: str, mention: str) -> None:
    claim = _claim(sentence, mention)
    assert claim.role == "funds"
    assert claim.subject not in ("appeal", "emergency appeal")  # the appeal asks, it is no sum


def test_a_figure_takes_the_place_in_its_own_phrase_first() -> None:
    sentence = "Officials confirmed 2,000 deaths in Peru and 1,200 in Chile."
    assert _place(sentence, "1,200") == "Chile"
    assert _place(sentence, "2,000") == "Peru"


@pytest.mark.parametrize(
    ("sentence", "mention", "place"),
    [
        (  # conflict: who suffered is no place; where the fighting was is
            "Russia has suffered an estimated 100,000 casualties in the fighting around Bakhmut.",
            "100,000",
            "Bakhmut",
        ),
        (  # health: the country reporting is who, the place of the deaths is where
            "Jordan had first reported six deaths on the day pilgrims stood at Arafat.",
            "six deaths",
            "Arafat",
        ),
        (  # economy: the country paying is who, the country patrolled is where
            "Britain will pay 72 million euros over two years for patrols in France.",
            "72 million",
            "France",
        ),
        (  # agriculture: a phrase of place inside the subject is where the subject sits
            "The office in New Delhi puts India's wheat output at 99 million tonnes.",
            "99 million",
            "India",
        ),
        (  # conflict: the place people fled, the object of their verb, is where as well
            "Over 30,000 civilians fled eastern Aleppo to the government-controlled west.",
            "30,000",
            "eastern Aleppo",
        ),
        (  # migration: left one city for another, the nearer object place first
            "About 2,000 residents left Kherson for Mykolaiv on Sunday.",
            "2,000",
            "Kherson",
        ),
    ],
)
def test_a_place_named_as_where_beats_one_named_as_who(
    sentence: str, mention: str, place: str
) -> None:
    assert _place(sentence, mention) == place


def test_a_part_of_a_whole_keeps_its_place_to_itself() -> None:
    sentence = "The storm destroyed 900 homes, about 300 of them in Oaxaca, and cut power lines."
    assert _place(sentence, "300") == "Oaxaca"
    assert _place(sentence, "900") is None  # the whole is not all in Oaxaca


def test_a_region_opening_a_sentence_is_still_a_place() -> None:
    assert _claim("Tripura recorded over 80% of its voters turning out.", "80%").place == "Tripura"


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


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Roughly 62 per cent of eligible voters cast ballots on Friday.", "turnout"),
        ("Some 71% of union members voted in the strike ballot.", "turnout"),
        ("Some 41% of members voted for the strike.", "votes"),
        ("The party polled 36.6% of the vote.", "votes"),
    ],
)
def test_who_voted_is_turnout_and_what_they_voted_for_is_votes(sentence: str, role: str) -> None:
    assert _claim(sentence, "%" if "%" in sentence else "per cent").role == role


@pytest.mark.parametrize(
    ("sentence", "mention", "counted"),
    [
        ("Britain's inflation rate eased to 10.7 percent in November.", "10.7", "inflation"),
        ("The unemployment rate fell to 3.5% in May.", "3.5%", "unemployment"),
        (
            "The rate of consumer price inflation rose to 10.1%.",
            "10.1%",
            "consumer price inflation",
        ),
        ("The Bank raised Bank Rate to 1.75%.", "1.75%", "bank rate"),
        # a noun that says which rate it is names the rate, not a thing it measures
        ("The central bank raised its key interest rate to 2.25 percent.", "2.25", "interest rate"),
        ("The bank lifted its base rate by half a point.", "half a point", "base rate"),
        ("Lenders raised the average mortgage rate to 6.1%.", "6.1%", "mortgage rate"),
    ],
)
def test_a_measuring_noun_counts_what_it_measures(
    sentence: str, mention: str, counted: str
) -> None:
    assert _claim(sentence, mention).subject == counted


@pytest.mark.parametrize(
    ("text", "mention", "counted"),
    [
        ("The IMF lowered its forecast for world growth to 2.7%.", "2.7%", "world growth"),
        (
            "Citi raised its forecast for the peak in British inflation to 18.6%.",
            "18.6%",
            "inflation",
        ),
        ("The agency cut its projection for oil demand by 3%.", "3%", "oil demand"),
        ("The ministry set its target for wheat procurement at 44%.", "44%", "wheat procurement"),
        # a time, a place or a name is not what is measured
        ("The ministry's figure for government-held areas has stayed at 1,414.", "1,414", "figure"),
        ("The Bank raised Bank Rate for a 12th straight time to 4.5 percent.", "4.5", "bank rate"),
    ],
)
def test_a_forecast_or_measure_counts_what_it_is_for(text: str, mention: str, counted: str) -> None:
    assert _claim(text, mention).subject == counted


@pytest.mark.parametrize(
    ("text", "mention", "counted"),
    [
        # a place that holds a share is not what the share is of: the thing is named before
        (
            "Sangrur lost 30% of its yield. Ropar and Barnala each lost 21%.",
            "21%",
            "yield",
        ),
        (
            "Tripura saw over 80% of its voters turn out, while Bihar was at the bottom with "
            "less than 49%.",
            "49%",
            "voters",
        ),
        (
            "Unemployment in Spain rose to 13%. Andalusia reached 19% in March.",
            "19%",
            "unemployment",
        ),
        # where a rate is measured is no thing it measures
        ("Gansu had the highest rate of any province, at 91%.", "91%", "rate"),
    ],
)
def test_a_place_holding_a_share_is_not_what_it_counts(
    text: str, mention: str, counted: str
) -> None:
    assert _claim(text, mention).subject == counted


@pytest.mark.parametrize(
    ("text", "mention", "counted"),
    [
        (
            "Consumer price inflation rose to 10.1% in September. Economists had looked for a "
            "reading of 10.0%.",
            "10.0%",
            "consumer price inflation",
        ),
        (
            "The unemployment rate rose to 4.3% in July. It is the first reading above 4% "
            "since 2021.",
            "above 4%",
            "unemployment",
        ),
        (
            "Cholera cases rose to 4,000 in March. Officials had put the peak at 5,000.",
            "5,000",
            "cholera cases",
        ),
    ],
)
def test_a_measuring_noun_alone_stands_for_the_thing_measured_before(
    text: str, mention: str, counted: str
) -> None:
    assert _claim(text, mention).subject == counted


@pytest.mark.parametrize(
    ("text", "mention", "counted"),
    [
        (
            "Employers added 142,000 jobs in August. It was the fourth monthly increase.",
            "fourth monthly increase",
            "increase",
        ),
        (
            "The Bank raised Bank Rate to 1.75% on Thursday. It was the sixth rise since December.",
            "sixth rise",
            "rise",
        ),
        (
            "Cases rose by 300 on Monday. It was the third straight increase in the outbreak.",
            "third straight increase",
            "increase",
        ),
    ],
)
def test_a_ranked_event_counts_events_not_the_thing_before(
    text: str, mention: str, counted: str
) -> None:
    assert _claim(text, mention).subject == counted


@pytest.mark.parametrize(
    ("sentence", "mention", "counted"),
    [
        # a sum counts what it is "in" or the thing "worth" it
        ("The lender had about $90 billion in total deposits.", "$90 billion", "deposits"),
        ("The airport is losing $2 million in revenue every day.", "$2 million", "revenue"),
        ("The festival brought £40 million in ticket sales.", "£40 million", "ticket sales"),
        ("The truck was carrying goods worth $3 million.", "$3 million", "goods"),
        ("Police seized cocaine worth €12 million at the port.", "€12 million", "cocaine"),
        # "of" says it first; a place, a time or a session names nothing
        ("It holds $5 billion of bonds in its US offices.", "$5 billion", "bonds"),
        ("Insurers paid out $2 billion in Florida.", "$2 billion", "dollars"),
        ("Donors gave $4 million in 2021.", "$4 million", "dollars"),
        # money itself is counted in its currency
        ("The storm caused $50 billion in damage.", "$50 billion", "dollars"),
        # a sum "of" a noun is its value; a hedge or a phrase of place values nothing
        ("The bank had a negative cash balance of $958 million.", "$958 million", "cash balance"),
        ("The kidnappers demanded a ransom of $5 million.", "$5 million", "ransom"),
        ("The club has a wage bill of £180 million.", "£180 million", "wage bill"),
        ("The minister announced ex gratia of Rs 10 lakh for the families.", "Rs 10", "rupees"),
        ("Analysts projected a range of $30 billion to $40 billion.", "$30 billion", "dollars"),
    ],
)
def test_a_sum_counts_what_it_is_in(sentence: str, mention: str, counted: str) -> None:
    assert _claim(sentence, mention).subject == counted


@pytest.mark.parametrize(
    ("sentence", "mention", "counted"),
    [
        ("Insured losses are estimated at $28 billion to $47 billion.", "$28 billion", "dollars"),
        ("The World Bank put the damage at $1.65 billion.", "$1.65 billion", "dollars"),
        ("The state will pay Rs 5 lakh to each bereaved family.", "Rs 5 lakh", "rupees"),
        ("Rebuilding the city will cost about €2 billion.", "€2 billion", "euros"),
    ],
)
def test_a_sum_that_is_money_itself_counts_its_currency(
    sentence: str, mention: str, counted: str
) -> None:
    assert _claim(sentence, mention).subject == counted


@pytest.mark.parametrize(
    ("sentence", "mention", "counted"),
    [
        ("Average hourly earnings rose to $35.21.", "$35.21", "earnings"),
        ("Ofgem raised its cap on a typical bill to £1,971.", "£1,971", "cap"),
    ],
)
def test_a_price_of_a_thing_counts_the_thing(sentence: str, mention: str, counted: str) -> None:
    assert (_claim(sentence, mention).subject or "").endswith(counted)


@pytest.mark.parametrize(
    ("text", "mention", "counted"),
    [
        (
            "Inflation eased to 10.7% in November. Economists had pencilled in a fall to 10.9%.",
            "10.9%",
            "inflation",
        ),
        (
            "Turnout reached 66% in the first phase. Pollsters had predicted a dip to 60%.",
            "60%",
            "voters",
        ),
    ],
)
def test_who_foresees_a_figure_is_not_what_it_counts(text: str, mention: str, counted: str) -> None:
    assert (_claim(text, mention).subject or "").endswith(counted)


def test_a_named_place_beats_world_scope() -> None:
    claim = _claim("In Spain, the ministry has counted 4,298 cases, one of 96 countries.", "4,298")
    assert claim.place == "Spain"


@pytest.mark.parametrize(
    ("sentence", "mention", "role"),
    [
        ("Employers added 187,000 jobs in August.", "187,000", "change"),
        ("Annual inflation rose to 10.1% in July.", "10.1%", "level"),
        ("Turnout was 65.8 percent in the first phase.", "65.8 percent", "turnout"),
        ("The ruling party won 240 seats.", "240", "seats"),
        ("Six more people lost their lives near Manbij.", "Six", "killed"),
        ("About 4,000 civilians were brought out of the enclave.", "4,000", "evacuated"),
        ("The WHO counted more than 41,000 cases in 96 countries.", "41,000", "cases"),
    ],
)
def test_role_in_several_domains(sentence: str, mention: str, role: str) -> None:
    assert _claim(sentence, mention).role == role


@pytest.mark.parametrize(
    ("sentence", "mention", "role"),
    [
        ("The Nifty 50 index closed 5.93% lower at 21,884.5.", "5.93%", "change"),
        ("Earnings rose 0.4% and were up 4% from a year earlier.", "4%", "change"),
        ("Employment in the two months was 86,000 lower than thought.", "86,000", "change"),
        ("Arrivals at the border were 20% higher than in May.", "20%", "change"),
        # a distance below something is no change of a value
        ("The wreck lies more than 5,000 metres below the surface.", "5,000", None),
    ],
)
def test_a_figure_measuring_a_difference_is_a_change(
    sentence: str, mention: str, role: str | None
) -> None:
    assert _claim(sentence, mention).role == role


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        ("State media said more than 298,000 people had lost their homes.", "298,000"),
        ("More than 22,000 people have been forced from their homes by the offensive.", "22,000"),
        ("About 4,000 families lost their homes to the floods in Sindh.", "4,000"),
        ("Some 1,200 villagers fled their homes as the lava advanced.", "1,200"),
    ],
)
def test_people_out_of_their_homes_are_displaced(sentence: str, mention: str) -> None:
    assert _claim(sentence, mention).role == "displaced"


@pytest.mark.parametrize(
    ("sentence", "mention", "role"),
    [
        ("Only 104 people survived, and 82 bodies have been recovered.", "104", "rescued"),
        ("Rescuers have dug more than 8,000 people out of the rubble.", "8,000", "rescued"),
        ("Crews recovered 78 bodies and brought 104 people ashore alive.", "104", "rescued"),
        ("Some 40 miners survived the collapse, the company said.", "40", "rescued"),
        # a clause saying who they are gives way to what the sentence says befell them
        ("Officials said nine Egyptians who survived had been arrested.", "nine", "arrested"),
        ("Police said 30 protesters who fled the square were detained.", "30", "arrested"),
    ],
)
def test_survivors_are_rescued(sentence: str, mention: str, role: str) -> None:
    assert _claim(sentence, mention).role == role


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        ("The Bank raised its rate to 2.25 percent, its seventh consecutive increase.", "seventh"),
        ("It was the sixth rise since December.", "sixth rise"),
        ("Cholera cases rose for the fifth consecutive week in the province.", "fifth"),
        ("Economists expect another hike after eight in a row.", "eight"),
    ],
)
def test_a_run_of_events_has_no_role(sentence: str, mention: str) -> None:
    """An ordinal ranks an event and "N in a row" counts events: nothing befell N things."""
    assert _claim(sentence, mention).role is None


@pytest.mark.parametrize(
    ("sentence", "mention", "counted"),
    [
        ("Employers added 187,000 jobs in August.", "187,000", "jobs"),
        ("Flood water covered 1,200 hectares of farmland.", "1,200", "hectares"),
    ],
)
def test_counted_is_the_head_noun(sentence: str, mention: str, counted: str) -> None:
    assert _claim(sentence, mention).subject == counted


@pytest.mark.parametrize(
    ("sentence", "mention", "counted"),
    [
        # a share's own "of" noun beats the words around it
        ("About 58 per cent of registered voters cast ballots on Sunday.", "58 per cent", "voters"),
        ("Nearly 40% of the patients needed oxygen, doctors said.", "40%", "patients"),
        ("Three-quarters of the votes had been counted by noon.", "Three-quarters", "votes"),
        # a currency or a scale is how much, not what: the sum prices the thing it moves
        ("The regulator capped the annual bill at 1,800 euros.", "1,800 euros", "bill"),
        ("The roll of electors has grown to 12.4 crore voters.", "12.4 crore", "voters"),
        # a sum that pays for nothing named counts its currency
        ("The charity launched an appeal for $12 million on Monday.", "$12 million", "dollars"),
        # a distance counts its unit, one spelling of it, not the place it is measured to
        ("The camp lies 25 kilometers east of Goma.", "25 kilometers", "kilometres"),
        ("The epicentre was about 60km from Izmir.", "60km", "kilometres"),
        # a noun of what befell people counts people; a noun of the thing counts itself
        ("Officials confirmed 212 deaths in the province.", "212", "people"),
        ("The clinic has recorded 930 infections since May.", "930", "cases"),
        ("Divers recovered 61 bodies from the hull.", "61", "bodies"),
        ("At least 2,400 civilians killed in the siege were buried there.", "2,400", "civilians"),
    ],
)
def test_counted_in_several_domains(sentence: str, mention: str, counted: str) -> None:
    assert _claim(sentence, mention).subject == counted


@pytest.mark.parametrize(
    ("sentence", "mention", "counted"),
    [
        # "N of them" with a noun after it counts that noun, not the whole before it
        (
            "The mayor said 4,000 civilians, at least 38 of them children, remained in the town.",
            "38",
            "children",
        ),
        ("Police held 120 protesters, 15 of them students, overnight.", "15", "students"),
        ("The clinic treated 300 patients, 40 of them nurses, last week.", "40", "nurses"),
    ],
)
def test_a_part_named_after_them_counts_its_noun(sentence: str, mention: str, counted: str) -> None:
    assert _claim(sentence, mention).subject == counted


@pytest.mark.parametrize(
    ("sentence", "mention", "counted"),
    [
        # the parser hangs the figure on the clause describing what a number counts
        (
            "Officials put the number of civilians left in the city at around 3,000.",
            "3,000",
            "civilians",
        ),
        (
            "Arrivals pushed the number of people who have reached Italy this year past 17,000.",
            "17,000",
            "people",
        ),
        (
            "The ministry said the number of Syrians arriving this year was close to 6,000.",
            "6,000",
            "syrians",
        ),
        ("The bureau put the number of workers laid off at 12,500.", "12,500", "workers"),
        # a number a verb moves counts what it is of, over a word nearby
        (
            "State television said the number of Tunisian pilgrims who died had risen to 53.",
            "53",
            "pilgrims",
        ),
        (
            "The provisional total of crossings for 2022 now stands at 42,154.",
            "42,154",
            "crossings",
        ),
        ("The number of striking workers at the plants rose to 34,000.", "34,000", "workers"),
        ("The number of suspected cholera cases has climbed to 5,000.", "5,000", "cholera cases"),
    ],
)
def test_a_number_of_things_counts_them(sentence: str, mention: str, counted: str) -> None:
    assert (_claim(sentence, mention).subject or "").lower() == counted


def test_a_number_of_people_keeps_what_befell_them() -> None:
    """ "the number of passengers killed at 295": the clause says what befell them."""
    sentence = "The minister told parliament, putting the number of passengers killed at 295."
    claim = _claim(sentence, "295")
    assert claim.role == "killed"


@pytest.mark.parametrize(
    ("sentence", "mention", "source"),
    [
        # a part of what a speaker counts is still the speaker's ("N of them" set off by commas)
        (
            "The governor said that 3,500 people, 32 of them children, were still in the town.",
            "32",
            "The governor",
        ),
        (
            "The commission said 89 deaths were linked to the storm, 49 of them in Lee County.",
            "49",
            "The commission",
        ),
        (
            "The utility said it had restored power to 1.2 million customers, nearly 60% of those"
            " who lost it.",
            "60%",
            "The utility",
        ),
    ],
)
def test_a_part_set_off_by_commas_keeps_its_speaker(
    sentence: str, mention: str, source: str
) -> None:
    assert _claim(sentence, mention).attribution == source


@pytest.mark.parametrize(
    ("sentence", "mention", "source"),
    [
        # "according to X" covers a share set off by commas after the group it is a share of
        (
            "The firm cut 200 more jobs, about a tenth of the 2,000 left, according to the Times.",
            "a tenth",
            "the Times",
        ),
        (
            "As many as 248 million people, close to 18% of the population, caught the virus,"
            " according to the health commission.",
            "18%",
            "the health commission",
        ),
    ],
)
def test_according_to_covers_a_share_set_off_by_commas(
    sentence: str, mention: str, source: str
) -> None:
    assert _claim(sentence, mention).attribution == source


def test_according_to_leaves_the_outlets_description_of_a_place() -> None:
    sentence = "Derna, a city of 125,000 residents, lost 3,000 people, according to the UN."
    assert _claim(sentence, "125,000").attribution is None


def test_a_description_set_off_by_commas_is_not_the_speakers() -> None:
    """ "Derna, a city of 125,000": the outlet describes the place, no one above says it."""
    sentence = "The agency said Derna, a city of 125,000 residents, had 30 cases."
    assert _claim(sentence, "125,000").attribution is None


def test_a_verbs_word_leaves_a_list_to_the_role_word_beside_the_figure() -> None:
    """ "claiming 4 lives and 13 injured": the parse hangs 13 off "claiming"; the toll's noun
    ("put the death toll at 7,108") is read from the parse whatever follows it."""
    listed = "The blast at the market claimed 4 lives and 13 injured."
    assert _claim(listed, "13").role == "injured"
    toll = "The agency put the death toll at 7,108 and said 49,910 people had been injured."
    assert _claim(toll, "7,108").role == "killed"


@pytest.mark.parametrize(
    ("text", "mention", "counted", "role"),
    [
        # the thing is named once; later bare figures of the same kind count it
        (
            "The jobless rate rose to 5.1% in May. Economists had expected 4.9%.",
            "4.9%",
            "rate",
            "level",
        ),
        (
            "The ruling party won 212 seats. The Social Democrats stood at 140.",
            "140",
            "seats",
            "seats",
        ),
        (
            "Clinics confirmed 310 cases last week. The count has since risen to 355.",
            "355",
            "cases",
            "cases",
        ),
        # a bare measuring noun ("the gain", "the total") names no thing of its own
        (
            "Factories added 41,000 jobs in March. February's gain was cut to 12,000.",
            "12,000",
            "jobs",
            "change",
        ),
        # a subject that adds the figure is its agent, not what it counts
        (
            "Retailers shed 9,000 jobs in June. Hospitals added 31,000.",
            "31,000",
            "jobs",
            "change",
        ),
        # a bare level says less than its antecedent's role
        (
            "Turnout in the first round was 61.2 per cent, and in the second it was 63.4 per cent.",
            "63.4",
            "voters",
            "turnout",
        ),
    ],
)
def test_a_bare_figure_counts_what_the_one_before_it_counts(
    text: str, mention: str, counted: str, role: str
) -> None:
    claim = _claim(text, mention)
    assert (claim.subject, claim.role) == (counted, role)


def test_background_figures_are_marked() -> None:
    city = "Gaziantep, home to about 2 million people, was badly hit."
    assert _claim(city, "2 million").background
    assert not _claim("At least 41 people were killed in the strike.", "41").background


def test_a_toll_holds_on_the_report_day_not_the_incidents() -> None:
    claim = _claim(
        "The earthquake that struck on February 6 has killed at least 5,000 people.", "5,000"
    )
    assert claim.as_of == DateSpan.day(DAY)


def test_the_pipeline_is_checked_and_recorded() -> None:
    parser.verify(parser.read_meta())
    assert parser.PIPELINE_ID in EXTRACTOR_VERSION
    forged = parser.read_meta() | {"performance": {"dep_las": 0.5, "ents_f": 0.8433119744}}
    with pytest.raises(parser.ParserError, match="dep_las"):
        parser.verify(forged)


class _BrokenPipeline:
    """A pipeline that fails on one sentence: stands in for a spaCy crash on odd input."""

    def __init__(self, real: Any) -> None:
        self.real = real

    def select_pipes(self, disable: list[str]) -> Any:
        return self.real.select_pipes(disable=disable)

    def pipe(self, texts: list[str]) -> Any:
        raise ValueError("boom")

    def __call__(self, text: str) -> Any:
        if "boom" in text:
            raise ValueError("boom")
        return self.real(text)

    def get_pipe(self, name: str) -> Any:
        return self.real.get_pipe(name)


def test_a_sentence_the_parser_fails_on_keeps_its_reading() -> None:
    nlp = _BrokenPipeline(parser.load())
    docs = frames.parse(["41 people died.", "boom 12 were hurt."], nlp)
    assert docs[0] is not None and docs[1] is None
    claims = extract_text("41 people died. boom 12 were hurt.", DAY)
    offsets = [0 if c.start < 15 else 16 for c in claims]
    refined = frames.refine(claims, offsets, nlp)
    broken = [c for c in refined if c.mention.startswith("12")]
    assert broken and broken[0].warnings == ("sentence not parsed",)
    assert broken[0].value == 12


@pytest.mark.parametrize(
    ("sentence", "mention", "source"),
    [
        ("Globally, the WHO counted 18,081 confirmed cases.", "18,081", "the WHO"),
        (
            "The White Helmets counted at least 790 people dead in the northwest.",
            "790",
            "The White Helmets",
        ),
        ("The Bank of England put inflation at 13.3% for October.", "13.3%", "The Bank of England"),
    ],
)
def test_who_counted_is_the_source(sentence: str, mention: str, source: str) -> None:
    assert _claim(sentence, mention).attribution == source


@pytest.mark.parametrize(
    ("sentence", "mention", "counted", "role"),
    [
        # a share or sum with no noun of its own counts what its verb moves
        ("The central bank raised Bank Rate by half a point to 1.75%.", "1.75%", "rate", "level"),
        ("Consumer price inflation jumped to 11.1% in October.", "11.1%", "inflation", "level"),
        ("Consumer price inflation eased to 10.7% from 11.1%.", "11.1%", "inflation", "level"),
        ("Turnout stood at 65.2 percent in the first phase.", "65.2 percent", "voters", "turnout"),
        ("The party's share of the vote was 36.6%.", "36.6%", "vote", "votes"),
        ("The regulator raised its cap on bills to £3,549.", "£3,549", "cap", "level"),
    ],
)
def test_a_share_counts_what_its_verb_moves(
    sentence: str, mention: str, counted: str, role: str
) -> None:
    claim = _claim(sentence, mention, date(2022, 11, 16))
    assert claim.subject is not None and claim.subject.split()[-1] == counted
    assert claim.role == role


@pytest.mark.parametrize(
    ("sentence", "mention", "counted"),
    [
        # a difference or a multiple counts the thing its clause compares
        ("Rice output is 2.5 per cent below last year's harvest.", "2.5 per cent", "output"),
        ("The strike left car production 28 percent below plan.", "28 percent", "production"),
        ("Ticket sales were up 12% on the year.", "12%", "sales"),
        ("Rents in the capital have nearly doubled since 2019.", "nearly doubled", "rents"),
        ("The charity has nearly tripled its appeal target.", "nearly tripled", "target"),
        # its own subject or the noun it modifies beats the clause's
        ("The mood soured, with bread prices up 16 per cent on a year.", "16 per cent", "prices"),
        ("Forecasters expect a harvest about 10% smaller than last year's.", "10%", "harvest"),
        # set beside another figure, it counts what that figure's clause is about
        ("A total of 4,200 pupils sat the exam, about 60% more than in 2021.", "60%", "pupils"),
        ("Coffee prices hit $4.10 a pound, nearly 15% above the lows.", "15%", "prices"),
        # a place holds the thing compared: its object is the thing
        ("Kenya exported 2.1 million tonnes of tea, up 40% from a year earlier.", "40%", "tonnes"),
    ],
)
def test_a_difference_counts_what_it_compares(sentence: str, mention: str, counted: str) -> None:
    subject = _claim(sentence, mention).subject
    assert subject is not None and subject.split()[-1] == counted


@pytest.mark.parametrize(
    ("sentence", "mention", "counted"),
    [
        # a fraction of a pronoun is a share of what the count before it counted, no rank
        (
            "The army drafted 50,000 prisoners and about a fifth of them died.",
            "a fifth",
            "prisoners",
        ),
        ("Clinics saw 9,000 patients last week, a tenth of them children.", "a tenth", "patients"),
        ("The firm hired 300 engineers, and about a third of them left.", "a third", "engineers"),
    ],
)
def test_a_fraction_of_them_counts_what_they_stand_for(
    sentence: str, mention: str, counted: str
) -> None:
    assert _claim(sentence, mention).subject == counted


@pytest.mark.parametrize(
    ("sentence", "mention", "counted"),
    [
        # an amount the verb moved is no thing: the level after it is its subject's
        ("Gold gained 12 dollars, or 0.6 percent, to settle at 1,950 dollars.", "1,950", "gold"),
        ("Copper fell $0.10, or 2%, to close at $3.80 a pound.", "$3.80", "copper"),
        ("The shares lost 5 pounds, or 10%, to end at 45 pounds.", "45 pounds", "shares"),
        # a session or a time the verb ran over is no thing either
        ("The stock finished the session at $106.04.", "$106.04", "stock"),
        ("Wheat futures ended the week at $7.20 a bushel.", "$7.20", "futures"),
    ],
)
def test_a_level_after_an_amount_counts_the_subject(
    sentence: str, mention: str, counted: str
) -> None:
    subject = _claim(sentence, mention).subject
    assert subject is not None and subject.split()[-1] == counted


@pytest.mark.parametrize(
    ("sentence", "mention", "counted"),
    [
        # a mention that takes in "a total of" counts the noun its number modifies
        ("A total of 45,756 people crossed the Channel in 2022.", "45,756", "people"),
        ("A total of 841,664 homes were still without power.", "841,664", "homes"),
        ("A tally of 1,100 deaths was compiled from national figures.", "1,100", "people"),
        # a noun of its own keeps what it is "of" apart
        ("Ten to 12 carriages of one train derailed.", "Ten to 12", "carriages"),
    ],
)
def test_a_total_of_counts_the_noun_its_number_modifies(
    sentence: str, mention: str, counted: str
) -> None:
    assert _claim(sentence, mention).subject == counted


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
    ("sentence", "mention", "counted"),
    [
        # a count whose verb moves a noun that names what it counts counts that
        ("He expected the toll to climb to 10,000 once rescuers arrived.", "10,000", "people"),
        ("Officials put the death toll at 49 after medics checked.", "49", "people"),
        ("The electorate has grown to 96.88 crore from 91.20 crore.", "91.20 crore", "voters"),
        ("Officials said infections rose to 1,200 as nurses fell ill.", "1,200", "cases"),
        # a pronoun moved stands for the figure's noun in the clause above
        ("The UN revised its death toll, lowering it to 3,958 from 11,300.", "3,958", "people"),
        ("The UN revised its death toll, lowering it to 3,958 from 11,300.", "11,300", "people"),
    ],
)
def test_a_count_of_a_toll_counts_what_the_toll_counts(
    sentence: str, mention: str, counted: str
) -> None:
    assert _claim(sentence, mention).subject == counted


def test_a_change_by_is_not_a_level() -> None:
    claim = _claim("The central bank raised Bank Rate by 0.5% to 1.75%.", "0.5%")
    assert claim.role == "change"


@pytest.mark.parametrize(
    ("sentence", "mention", "counted"),
    [
        # a quantity naming no thing counts its unit, as written or by its plain name
        ("The estimate was revised up to 106.84 mt.", "106.84 mt", "tonnes"),
        ("Foodgrain output in 2021 was 310.74 mt.", "310.74 mt", "tonnes"),
        ("Demand will grow by 1.9 million b/d next year.", "1.9 million b/d", "b/d"),
        ("A 41-year-old man died in hospital.", "41-year-old", "years"),
        # degrees measure temperature, however the word window read the figure
        ("The previous July record, 46.5C, dated from 1995.", "46.5C", "temperature"),
        ("The thermometer reached 47C in Pinhao on Thursday.", "47C", "temperature"),
        ("The maximum reached 33.1 degrees Celsius in March.", "33.1 degrees", "temperature"),
        ("Phoenix hit 118F on Tuesday, a record for the date.", "118F", "temperature"),
        # a thing named stays
        ("The mine produced 2 million tonnes of copper.", "2 million tonnes", "tonnes"),
        ("The dam held 22.5 million cubic metres of water.", "22.5 million", "cubic metres"),
    ],
)
def test_a_quantity_naming_no_thing_counts_its_unit(
    sentence: str, mention: str, counted: str
) -> None:
    assert _claim(sentence, mention).subject == counted


def test_a_figure_in_a_unit_takes_no_role_from_the_one_before() -> None:
    text = (
        "A provisional record of 40.2C was logged at Heathrow. The previous national record, "
        "38.7C, was measured in Cambridge in July 2019."
    )
    assert _claim(text, "38.7C").role is None


@pytest.mark.parametrize(
    ("mention", "counted"),
    [("72 hours", "hours"), ("three weeks", "days"), ("four decades", "years")],
)
def test_a_duration_counts_its_unit(mention: str, counted: str) -> None:
    claim = _claim(f"Rescuers worked for {mention} without rest.", mention)
    assert claim.kind == "duration" and claim.subject == counted


@pytest.mark.parametrize(
    ("sentence", "mention", "source"),
    [
        # who moves a figure to its value states it: a central bank, a disaster authority
        (
            "The Bank of England raised Bank Rate to 1.75% on Thursday.",
            "1.75%",
            "The Bank of England",
        ),
        ("Greek authorities lowered the death toll to 78 on Thursday.", "78", "Greek authorities"),
        # who foresees it
        ("Citi expects the cap to climb to £3,717 in October.", "£3,717", "Citi"),
        # a participle borrows its speaker
        (
            "The Pentagon offered a cautious view, saying troops had retaken 70 percent of it.",
            "70 percent",
            "The Pentagon",
        ),
        # "X's data" is X's word
        (
            "Bihar was lowest with 49%, according to the commission's data.",
            "49%",
            "the commission",
        ),
    ],
)
def test_who_moves_or_foresees_a_figure_is_its_source(
    sentence: str, mention: str, source: str
) -> None:
    assert _claim(sentence, mention, date(2022, 8, 4)).attribution == source


@pytest.mark.parametrize(
    "sentence",
    [
        "Tedros told reporters that more than 16,000 cases had been reported.",
        "Tripura recorded 80% while the commission told reporters about it.",
    ],
)
def test_a_passive_subject_or_a_place_is_no_source(sentence: str) -> None:
    claim = next(c for c in extract_text(sentence, DAY) if c.kind in ("count", "percent"))
    assert claim.attribution is None or not any(
        word in claim.attribution for word in ("cases", "Tripura")
    )


def test_a_dateline_is_blanked_with_its_offsets() -> None:
    line = "LONDON, Aug 4 (Reuters) - The Bank raised rates."
    masked = frames.mask_dateline(line)
    assert len(masked) == len(line) and masked.lstrip().startswith("The Bank")
    assert (
        frames.mask_dateline("U.S. officials said - no more.") == "U.S. officials said - no more."
    )


@pytest.mark.parametrize(
    ("line", "first"),
    [
        ("RIYADH/MINA, June 18 (Reuters) - Temperatures rose to 51.8 C.", "Temperatures"),
        ("BENGHAZI/GENEVA, Sept 12 (Reuters) - Some 10,000 people were missing.", "Some"),
        ("KYIV/MOSCOW, May 21 (Reuters) - Russia said it had taken the city.", "Russia"),
        ("MECCA (France 24) - More than 900 pilgrims have died.", "More"),
    ],
)
def test_a_dateline_of_two_towns_or_a_numbered_wire_is_blanked(line: str, first: str) -> None:
    masked = frames.mask_dateline(line)
    assert len(masked) == len(line) and masked.lstrip().startswith(first)


def test_a_dateline_is_no_speaker_and_its_country_is_the_default_place() -> None:
    text = (
        "LONDON, Aug 4 (Reuters) - The central bank said inflation was likely to reach 13.3% "
        "in October."
    )
    claim = _claim(text, "13.3%", date(2022, 8, 4))
    assert claim.attribution == "The central bank"
    assert claim.place == "United Kingdom"


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("SAN FRANCISCO, Nov 4 (Reuters) - The company was losing $4 million a day.", "$4 million"),
        ("SAN FRANCISCO, Nov 4 (Reuters) - Musk laid off a quarter of the workforce.", "a quarter"),
        (
            "VIENNA, Oct 5 (Reuters) - In 2020 the group removed nearly 10 million bpd.",
            "10 million",
        ),
        (
            "VIENNA, Oct 5 (Reuters) - The group's overall ceiling drops to 41.8 million bpd.",
            "41.8",
        ),
        ("GENEVA, Feb 7 (AFP) - The firm cut its staff by 12% last year.", "12%"),
        ("DETROIT, Sept 22 (Reuters) - The union is seeking raises of 40%.", "40%"),
        ("TOKYO, May 2 (Reuters) - The carmaker has offered its workers about 20%.", "20%"),
        ("NEW YORK, March 9 (Reuters) - The lender revealed a $1.8 billion hit.", "$1.8 billion"),
    ],
)
def test_a_figure_a_body_holds_takes_no_place_of_the_articles(text: str, mention: str) -> None:
    assert _claim(text, mention, date(2022, 11, 4)).place is None


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("LONDON, Dec 13 (Reuters) - Brent rose $1.84 to $87.41 in Asian trade.", "$87.41"),
        ("NEW YORK, March 9 (Reuters) - Shares of the lender collapsed 60% on Thursday.", "60%"),
        ("MUMBAI, May 4 (Reuters) - The stock closed at 895.61 rupees in India.", "895.61"),
        ("LONDON, May 16 (Reuters) - Gold rose 2% to $1,950 an ounce.", "2%"),
    ],
)
def test_a_price_a_market_moves_takes_no_place_of_the_articles(text: str, mention: str) -> None:
    place = _claim(text, mention, date(2022, 11, 4)).place
    assert place == ("India" if "India" in text else None)  # where it trades, if named


@pytest.mark.parametrize(
    ("text", "mention", "place"),
    [
        (
            "NEW DELHI, June 5 (PTI) - India's ruling party's share of the vote was 36.6%.",
            "36.6%",
            "India",
        ),
        (
            "NEW DELHI, Dec 5 (PTI) - Central wheat stocks in India fell to 19 million tonnes.",
            "19 million",
            "India",
        ),
    ],
)
def test_a_share_or_stocks_of_no_market_keep_the_articles_place(
    text: str, mention: str, place: str
) -> None:
    assert _claim(text, mention, date(2022, 11, 4)).place == place


@pytest.mark.parametrize(
    ("text", "mention", "place"),
    [
        (
            "NEW DELHI, June 1 (Reuters) - The opposition alliance would get 295 seats.",
            "295",
            "India",
        ),
        (
            "LONDON, Aug 4 (Reuters) - The Bank of England raised rates to 1.75%.",
            "1.75%",
            "United Kingdom",
        ),
        ("SAN FRANCISCO, Nov 4 (Reuters) - The company cut 200 jobs in Texas.", "200", "Texas"),
    ],
)
def test_a_body_holding_a_figure_leaves_its_country_or_named_place(
    text: str, mention: str, place: str
) -> None:
    assert _claim(text, mention, date(2022, 11, 4)).place == place


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (  # labour: a union and the companies it strikes
            "DETROIT, Sept 22 (Reuters) - The union widened its strike at the companies on Friday. "
            "About 5,600 more workers walked off the job, the union said.",
            "5,600",
        ),
        (  # technology: a company pointed back to twice
            "SAN FRANCISCO, Nov 4 (Reuters) - Twitter began cutting staff on Friday. Departing "
            "workers will get 60 days of severance pay, the company said, and the company will "
            "keep its offices open.",
            "60 days",
        ),
        (  # banking: a bank and a lender
            "NEW YORK, March 10 (Reuters) - Depositors pulled $42 billion from the bank on "
            "Thursday. The lender had been seized by regulators by Friday.",
            "$42 billion",
        ),
        (  # energy: a producers' group
            "VIENNA, Oct 5 (Reuters) - OPEC+ met in Vienna on Wednesday. The group agreed to cut "
            "its target by 2 million barrels per day, and the group will meet again in December.",
            "2 million",
        ),
        (  # technology: an airline pointed back to as "the airline" and "the carrier"
            "ATLANTA, July 22 (AP) - An IT outage grounded flights across the country. The "
            "airline cancelled 31% of its flights on Friday, and the carrier expects delays to "
            "last days.",
            "31%",
        ),
        (  # transport: a cargo carrier and its airline arm
            "CHICAGO, May 3 (Reuters) - The carrier lost $2 billion in the quarter, and the "
            "airline plans to retire its oldest jets.",
            "$2 billion",
        ),
    ],
)
def test_an_article_about_a_body_gives_its_figures_no_country(text: str, mention: str) -> None:
    assert _claim(text, mention, date(2022, 11, 4)).place is None


@pytest.mark.parametrize(
    ("text", "mention", "place"),
    [
        (  # a place its own sentence names still places the figure
            "SAN FRANCISCO, Nov 4 (Reuters) - The company cut 200 jobs in Texas. The company "
            "also closed two offices.",
            "200",
            "Texas",
        ),
        (  # health: a source named once as "the firm" leaves the story its country
            "LONDON, Jan 5 (Reuters) - Hospital admissions for Covid rose to 1,200 last week, "
            "the firm Airfinity said. Britain has lifted most curbs.",
            "1,200",
            "United Kingdom",
        ),
        (  # disaster: an air crash whose airline is pointed back to once keeps its country
            "KATHMANDU, Jan 16 (AFP) - A plane crashed on Sunday, killing 72 people, officials "
            "said. The airline said the pilots had flown the route before.",
            "72",
            "Nepal",
        ),
        (  # economy: "the central bank" points back to no body of the story
            "LONDON, Aug 4 (Reuters) - Britain's inflation hit 10.1% in July. The central bank "
            "expects it to peak at 13%, and the central bank raised rates.",
            "13%",
            "United Kingdom",
        ),
    ],
)
def test_an_article_not_about_a_body_keeps_its_places(text: str, mention: str, place: str) -> None:
    assert _claim(text, mention, date(2022, 11, 4)).place == place


@pytest.mark.parametrize(
    ("text", "mention", "place"),
    [
        (  # conflict: the town the sentence before named last, not the country of both
            "Shelling hit Kharkiv, then Bakhmut, on Monday. More than 70,000 people lived there "
            "before the war, she said.",
            "70,000",
            "Bakhmut",
        ),
        (  # health: the province the sentence before named last
            "Infections climbed in Beijing and then in Zhejiang. Officials expect the outbreak "
            "there to peak at 2 million cases a day.",
            "2 million",
            "Zhejiang",
        ),
        (  # disaster: the town named last, not the first nor the country of both
            "Storm Daniel hit Benghazi on Sunday before it reached Derna. Officials said 300 "
            "people had died there.",
            "300",
            "Derna",
        ),
    ],
)
def test_there_stands_for_the_place_named_last(text: str, mention: str, place: str) -> None:
    assert _claim(text, mention).place == place


def test_the_there_of_there_were_is_no_place() -> None:
    text = "Rescuers reached Fort Myers on Thursday. There were 12 deaths in Naples."
    assert _claim(text, "12").place == "Naples"


@pytest.mark.parametrize(
    ("text", "mention", "capital"),
    [
        (
            "Riyadh has released no death toll, though it reported more than 2,700 cases of "
            "heat exhaustion on Sunday.",
            "2,700",
            "Riyadh",
        ),
        ("The official toll of 41 given by Amman on Tuesday was later raised.", "41", "Amman"),
        ("Beijing lifted curbs that had kept its 1.4 billion people at home.", "1.4", "Beijing"),
        ("Washington imposed tariffs on $200 billion of imports last year.", "$200", "Washington"),
    ],
)
def test_a_capital_that_acts_is_its_government_not_the_place(
    text: str, mention: str, capital: str
) -> None:
    assert _claim(text, mention).place != capital


@pytest.mark.parametrize(
    ("sentence", "mention", "place"),
    [
        ("Flooding in Kyiv damaged 200 homes overnight.", "200", "Kyiv"),
        ("More than 300 pilgrims were treated in Riyadh hospitals.", "300", "Riyadh"),
    ],
)
def test_a_capital_where_a_figure_happens_stays_its_place(
    sentence: str, mention: str, place: str
) -> None:
    assert _claim(sentence, mention).place == place


@pytest.mark.parametrize(
    ("sentence", "mention", "not_place"),
    [
        (
            "As of Thursday, 215,958 people were being treated in hospital for Covid.",
            "215,958",
            "Covid",
        ),
        ("Citi has raised its forecast for the peak in inflation to 18.6%.", "18.6%", "Citi"),
        (
            "Travel is climbing ahead of the Lunar New Year, with 34.7 million trips.",
            "34.7",
            "Lunar",
        ),
        (
            "The death toll from the collision near Bahanaga Bazar rose to 288 on Saturday.",
            "288",
            "288",
        ),
    ],
)
def test_what_ner_mistakes_for_a_place_is_none(sentence: str, mention: str, not_place: str) -> None:
    place = _claim(sentence, mention).place
    assert place is None or not_place not in place


@pytest.mark.parametrize(
    ("sentence", "mention", "place"),
    [
        (
            "IOM staff recorded some 1,650 arrivals at the Hamam al-Alil screening site.",
            "1,650",
            "Hamam al-Alil",
        ),
        (
            "The train left the tracks near Bahanaga Bazar, killing 50 people.",
            "50",
            "Bahanaga Bazar",
        ),
    ],
)
def test_a_place_only_ner_knows_stays_in_a_phrase_of_place(
    sentence: str, mention: str, place: str
) -> None:
    assert place in (_claim(sentence, mention).place or "")


def test_an_article_naming_no_place_is_where_its_national_bodies_are() -> None:
    text = (
        "Employers added 142,000 jobs in August, the Labor Department said. The Federal "
        "Reserve is expected to cut its key rate by half a point."
    )
    assert _claim(text, "142,000", date(2024, 9, 6)).place == "United States"


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


def _article_claims(body: str, outlet: str = "The Courier") -> list[Any]:
    from factcheck.extract import extract
    from factcheck.model import Article

    return extract(Article("a", "t", body, date(2023, 5, 17), outlet=outlet))


def test_a_release_goes_on_until_another_source_gives_a_figure() -> None:
    body = (
        "Unemployment rose to 6.1% in April from 5.8% in March, the statistics bureau said.\n\n"
        "Youth unemployment was 14.2%, up from 13.9%.\n\n"
        "Analysts had expected 6.0%. Some 300 people marched in the capital on Monday."
    )
    claims = {c.mention: c for c in _article_claims(body)}
    youth = next(c for m, c in claims.items() if "14.2%" in m)
    assert youth.attribution == "the statistics bureau"
    # a count the outlet set down is its own word, not the bureau's
    marchers = next(c for m, c in claims.items() if "300" in m)
    assert marchers.attribution == "The Courier"
    expected = next(c for m, c in claims.items() if "6.0%" in m)
    assert expected.attribution == "Analysts" and expected.modality == "forecast"


def test_a_forecast_is_not_carried_into_a_release() -> None:
    body = (
        "Economists had forecast 2.9 percent growth for the year.\n\n"
        "Exports fell 3.5 percent in the first quarter."
    )
    exports = next(c for c in _article_claims(body, "Daily Ledger") if "3.5" in c.mention)
    assert exports.attribution == "Daily Ledger"


def test_a_source_is_named_without_the_clause_that_describes_it() -> None:
    claim = _claim(
        "The consultancy Delta Metrics, which also tracks rents, cut its estimate to 1,200 euros.",
        "1,200",
    )
    assert claim.attribution == "The consultancy Delta Metrics"


@pytest.mark.parametrize(
    ("sentence", "mention", "source"),
    [
        # a place, a thing or a record of no one puts no figure into words
        ("Queensland recorded 3,400 new cases.", "3,400", None),
        ("Ontario saw its highest turnout in decades at 61%.", "61%", None),
        ("An inquiry is under way and its findings are expected within two weeks.", "two", None),
        ("The new tally puts the death toll at 88.", "88", None),
        # a record speaks, and is its owner's; who presents it says it
        ("The assessment found that 3,200 homes were damaged.", "3,200", "The assessment"),
        ("Health Ministry figures showed 1,250 admissions.", "1,250", "Health Ministry"),
        (
            "Maria Lopez told reporters the ministry's figures showed 320 admissions.",
            "320",
            "Maria Lopez",
        ),
    ],
)
def test_who_can_speak_for_a_figure(sentence: str, mention: str, source: str | None) -> None:
    assert _claim(sentence, mention).attribution == source


def test_a_passive_report_has_no_speaker_of_its_own() -> None:
    sentence = (
        "Officials said the toll in the north had passed 90, while 40 deaths were reported "
        "in the south."
    )
    claim = _claim(sentence, "40")
    assert claim.attribution is None or "toll" not in claim.attribution


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
    ("sentence", "mention", "source"),
    [
        # giving a record states it; a pronoun below gives way to the name above
        (
            "The town's deputy mayor, Ioannis Zafiropoulos, gave a lower estimate, saying he "
            "believed more than 500 people had been on board.",
            "500",
            "Ioannis Zafiropoulos",
        ),
        (
            "The union gave a higher figure, saying it counted 12,000 strikers.",
            "12,000",
            "The union",
        ),
        # a speaking pronoun stands for the subject its sentence named first
        (
            "County officials gave a lower state figure: they said their county accounted for "
            "533 of the cases.",
            "533",
            "County officials",
        ),
        (
            "The central bank issued a new estimate: it said growth would reach 2.4% this year.",
            "2.4%",
            "The central bank",
        ),
    ],
)
def test_who_gives_a_record_speaks_for_what_a_pronoun_then_says(
    sentence: str, mention: str, source: str
) -> None:
    assert source in (_claim(sentence, mention).attribution or "")


@pytest.mark.parametrize(
    ("body", "mention", "source"),
    [
        (
            "The World Food Programme said on Monday that 2 million people needed food aid.\n\n"
            "The agency said 400,000 of them were children.",
            "400,000",
            "World Food Programme",
        ),
        (
            "The Labour Statistics Office reported 150,000 new jobs on Friday.\n\n"
            "The bureau said 40,000 of them were in construction.",
            "40,000",
            "Labour Statistics Office",
        ),
    ],
)
def test_a_bare_the_agency_is_the_body_named_before(body: str, mention: str, source: str) -> None:
    claim = next(c for c in _article_claims(body) if mention in c.mention)
    assert source in (claim.attribution or "")


@pytest.mark.parametrize(
    ("text", "mention", "place"),
    [
        (
            "Libya declared three days of mourning, and aid reached Libya on Monday. "
            "Libya's east was hit hardest: the dam above Derna failed. "
            "Some 5,000 people were missing in the city, officials said.",
            "5,000",
            "Derna",
        ),
        (
            "India's vote count was slow. In India, all eyes were on Uttar Pradesh. "
            "The BJP led in 35 of the state's 80 constituencies.",
            "80 constituencies",
            "Uttar Pradesh",
        ),
        (
            "Kenya reported new cases on Monday; Kenya has asked for vaccines. The outbreak "
            "began in Nakuru. Some 300 cases have been confirmed in that town alone.",
            "300",
            "Nakuru",
        ),
    ],
)
def test_the_city_stands_for_the_last_town_named(text: str, mention: str, place: str) -> None:
    assert _claim(text, mention).place == place


def test_another_town_is_not_the_one_named_before() -> None:
    text = (
        "Libya declared mourning and Libya asked for help. Floods swept Derna on Sunday. "
        "Another 61 people died in the other towns of the east."
    )
    assert _claim(text, "61").place != "Derna"


@pytest.mark.parametrize(
    ("sentence", "mention", "role"),
    [
        # a noun of change counts a change, of what it hangs on or of what came before
        ("Forecasts ranged from a loss of 10,000 to a gain of 180,000.", "180,000", "change"),
        ("Exports posted a 3% jump in March.", "3%", "change"),
        ("Shipments saw an increase of 266,000 doses in a week.", "266,000", "change"),
        ("Economists expected about 100,000 new jobs.", "100,000", "change"),
        # ... but one "to" a value gives the value: a level
        ("Economists had pencilled in a fall to 10.9 per cent.", "10.9", "level"),
        # an object after the figure describes it: "peak" moves inflation, not "increase"
        ("Inflation would peak at around 11%, its biggest increase since 1989.", "11%", "level"),
    ],
)
def test_nouns_of_change(sentence: str, mention: str, role: str) -> None:
    assert _claim(sentence, mention).role == role


@pytest.mark.parametrize(
    ("sentence", "mention", "role"),
    [
        # a noun of what befell people before gives way to what befalls them now
        ("Nine of the survivors have been detained by police.", "Nine", "arrested"),
        ("On Friday 71 survivors were driven to a camp.", "71", "evacuated"),
        ("Four people were flown by helicopter to hospital.", "Four", "evacuated"),
        ("Of 3,750 patients, 120 of them needed hospital treatment.", "120", "hospitalised"),
        # ... but not to where they went
        ("By evening, rescuers had landed 104 survivors at the port.", "104", "rescued"),
        # holding or taking people is arresting them, not holding ground
        ("Eight men are being held at the police station.", "Eight", "arrested"),
        ("The rebels held 40 percent of the city.", "40 percent", "controlled"),
    ],
)
def test_what_befell_people_now_outranks_what_names_them(
    sentence: str, mention: str, role: str
) -> None:
    assert _claim(sentence, mention).role == role


@pytest.mark.parametrize(
    ("sentence", "mention", "role"),
    [
        # a raising verb passes the role of the clause it raises
        ("About 350 migrants are believed to have been aboard the trawler.", "350", "aboard"),
        ("Around 100 children were thought to have been in the hold.", "100", "aboard"),
        # a part befalls what its whole did
        ("The boat was carrying 700 people, including at least 40 children.", "40", "aboard"),
        ("The quake injured 900 people, including 120 children.", "120", "injured"),
        # a verb conjoined to the figure's own, with no subject of its own, shares it
        ("Another 36 people believed to be inside remain unaccounted for.", "36", "missing"),
    ],
)
def test_raised_partitive_and_shared_clauses(sentence: str, mention: str, role: str) -> None:
    assert _claim(sentence, mention).role == role


@pytest.mark.parametrize(
    ("sentence", "mention", "role"),
    [
        # staying or living in a shelter is being displaced; still living somewhere is trapped
        ("Some 380,000 are staying in state-run shelters or hotels.", "380,000", "displaced"),
        ("Nearly 2,000 families are living in tents near the border.", "2,000", "displaced"),
        ("About 750,000 people are still living in the old city.", "750,000", "trapped"),
        ("About 13.5 million people live in the stricken region.", "13.5 million", "population"),
        # needing aid is being affected; a thing needed is not
        ("At least 870,000 people needed hot meals.", "870,000", "affected"),
        ("The quake affected about 1.5 million people.", "1.5 million", "affected"),
    ],
)
def test_staying_living_and_needing(sentence: str, mention: str, role: str) -> None:
    assert _claim(sentence, mention).role == role


def test_a_thing_needed_is_not_affected() -> None:
    assert _claim("About 3.5 million doses would be needed.", "3.5 million").role != "affected"


@pytest.mark.parametrize(
    ("text", "mention", "counted", "role"),
    [
        # a figure, a total or a consensus stands for what the figure before counts
        (
            "AFAD reported 44,374 deaths on Sunday. The ministry's figure has stayed at 1,414.",
            "1,414",
            "people",
            "killed",
        ),
        (
            "Employers added 142,000 jobs. A Dow Jones consensus was slightly lower, at 161,000.",
            "161,000",
            "jobs",
            "change",
        ),
        (
            "The agency counted 3,040 cases. The combined total rose to 5,100 on Monday.",
            "5,100",
            "cases",
            "cases",
        ),
    ],
)
def test_a_stand_in_counts_what_the_figure_before_counts(
    text: str, mention: str, counted: str, role: str
) -> None:
    claim = _claim(text, mention)
    assert (claim.subject, claim.role) == (counted, role)


def test_coordinated_objects_give_the_nearest_its_value() -> None:
    sentence = "Economists had forecast 170,000 new jobs and an unemployment rate steady at 4.1%."
    claim = _claim(sentence, "4.1%")
    assert claim.role == "level"
    assert claim.subject is not None and "unemployment" in claim.subject


@pytest.mark.parametrize(
    ("text", "mention", "place"),
    [
        (
            "Floods hit Libya on Sunday, and Libya asked for help. "
            "The IOM said 40,000 people had been displaced across the northeast.",
            "40,000",
            "northeast Libya",
        ),
        (
            "Cholera has spread through Malawi, and Malawi has asked for vaccines. "
            "The ministry said 114 cases had been confirmed in the south.",
            "114",
            "southern Malawi",
        ),
        (
            "The quake struck Syria at dawn. Monitors said 1,435 people had died in "
            "government-held areas.",
            "1,435",
            "government-held areas",
        ),
        (
            "Peru counted the dead on Monday: 2,631 in Lima and 163 elsewhere, officials said.",
            "163",
            "elsewhere in Peru",
        ),
    ],
)
def test_a_part_of_a_country_named_by_direction_or_holder(
    text: str, mention: str, place: str
) -> None:
    assert _claim(text, mention).place == place


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        (
            "Rescuers off Greece pulled 104 people from the sea, most of them men from Egypt "
            "and Syria.",
            "104",
        ),
        ("At least 400 of the dead in Benghazi were foreigners, most of them from Sudan.", "400"),
        ("Spain has recorded 120 cases among travellers from Portugal.", "120"),
    ],
)
def test_where_people_come_from_is_not_where_the_figure_holds(sentence: str, mention: str) -> None:
    assert _claim(sentence, mention).place not in ("Egypt and Syria", "Sudan", "Portugal")


def test_a_place_under_the_noun_a_number_counts_is_in_its_phrase() -> None:
    sentence = (
        "The data showed 4,000 deaths and 2,500 injuries in government-held areas, and 4,500 "
        "deaths and 7,500 injuries in the rebel-held northwest."
    )
    assert _place(sentence, "4,500") == "rebel-held northwest"


@pytest.mark.parametrize(
    ("sentence", "mention", "place"),
    [
        (
            "Brazil has confirmed close to 1,000 cases, mostly in Sao Paulo state.",
            "1,000",
            "Brazil",
        ),
        (
            "Floods have destroyed 2,000 homes in Kenya, mainly in Nakuru and Kisumu.",
            "2,000",
            "Kenya",
        ),
    ],
)
def test_where_most_of_a_figure_holds_is_not_where_all_of_it_does(
    sentence: str, mention: str, place: str
) -> None:
    assert _place(sentence, mention) == place


def test_a_place_of_where_a_speaker_spoke_does_not_scope_over_what_he_said() -> None:
    sentence = "At a rally in Izmir, he said the economy had added 818,000 jobs."
    assert _place(sentence, "818,000") is None
    assert _place("In Izmir, officials said 818 people had been evacuated.", "818") == "Izmir"


@pytest.mark.parametrize(
    ("text", "mention", "role"),
    [
        # a bare figure of the thing the figure before counted befell what that did
        (
            "The party formed governments after winning only 145 seats in 2004 and 206 in 2009.",
            "206",
            "seats",
        ),
        # ... or what its thing names alone: an index stands at a level
        ("The BSE Sensex index lost 5.74% to finish at 72,079.05.", "72,079.05", "level"),
        # taking seats is winning them, not taking ground
        ("The BJP won 240 seats, well below the 303 it took five years ago.", "303", "seats"),
    ],
)
def test_bare_figures_and_seats_taken(text: str, mention: str, role: str) -> None:
    assert _claim(text, mention).role == role


@pytest.mark.parametrize(
    ("sentence", "mention", "role"),
    [
        # the seats a house or a place has are its size, not seats anyone holds
        ("The BJP won 240 of the Lok Sabha's 543 seats.", "543", None),
        ("The bloc expects to take half of Uttar Pradesh's 80 seats.", "80", None),
        ("The state assembly's 288 seats go to the polls in May.", "288", None),
        # a party's seats are held
        ("The BJP's 240 seats leave it short of a majority.", "240", "seats"),
    ],
)
def test_the_seats_a_house_has_are_its_size(sentence: str, mention: str, role: str | None) -> None:
    assert _claim(sentence, mention).role == role


@pytest.mark.parametrize(
    ("sentence", "mention", "place"),
    [
        ("A station recorded 414mm, and the town of Marawa received 240mm.", "240mm", "Marawa"),
        (
            "An air strike on March 17 in the Zanjili district killed 40 people.",
            "40",
            "Zanjili",
        ),
        ("Officials said 120 homes burned in the village of Kula on Tuesday.", "120", "Kula"),
    ],
)
def test_a_name_a_noun_of_place_calls_a_place_is_one(
    sentence: str, mention: str, place: str
) -> None:
    assert place in (_place(sentence, mention) or "")  # "Zanjili" or "Zanjili district"


@pytest.mark.parametrize(
    ("sentence", "mention", "not_here"),
    [
        ("Outside the United States, the WHO has logged 9,200 cases.", "9,200", "United States"),
        ("Three deaths outside Africa have been confirmed this year.", "Three", "Africa"),
        ("Outside Germany, exports to Asia fell 4% in the quarter.", "4%", "Germany"),
    ],
)
def test_a_place_the_figure_is_outside_of_is_not_its_place(
    sentence: str, mention: str, not_here: str
) -> None:
    assert _claim(sentence, mention).place != not_here


def test_a_place_outside_a_place_deeper_down_still_places_the_figure() -> None:
    sentence = "Some 300 bodies were buried in Derna, most of them in graves outside Derna."
    assert _place(sentence, "300") == "Derna"


@pytest.mark.parametrize(
    ("sentence", "mention", "role"),
    [
        # people living somewhere, counted as such, are a population
        (
            "Derna, home to roughly 89,000 people, lies at the mouth of a valley.",
            "89,000",
            "population",
        ),
        (
            "Officials said a quarter of Derna, a city of 125,000 residents, was destroyed.",
            "125,000",
            "population",
        ),
        ("The town had about 12,000 inhabitants before the fire.", "12,000", "population"),
        # ... unless something befell them
        ("The quake killed 5,000 residents of the town.", "5,000", "killed"),
        # a count of countries is of those affected
        ("The WHO counted 41,000 cases and 12 deaths in 96 countries.", "96", "affected"),
        ("The drought has hit crops in 14 nations this year.", "14", "affected"),
    ],
)
def test_populations_and_countries_affected(sentence: str, mention: str, role: str) -> None:
    assert _claim(sentence, mention).role == role


def test_a_list_of_levels_after_to_stays_a_list_of_levels() -> None:
    sentence = (
        "Citi expects the cap to climb to £3,717 in October, £4,567 in January and £5,816 in April."
    )
    assert [_claim(sentence, m).role for m in ("£3,717", "£4,567", "£5,816")] == ["level"] * 3


def test_a_count_of_countries_is_no_antecedent() -> None:
    text = "The WHO reported 35,000 cases in 92 countries. Some 7,500 of them came in a week."
    assert _claim(text, "7,500").subject == "cases"


@pytest.mark.parametrize(
    ("sentence", "mention", "counted"),
    [
        # a point is a unit of how much a rate moved: what is counted is what moved
        (
            "The Bank of England raised Bank Rate by half a percentage point to 1.75%.",
            "half a percentage point",
            "bank rate",
        ),
        ("The jobless rate rose a tenth of a percentage point to 4.1%.", "a tenth", "rate"),
        (
            "The central bank cut its deposit rate by a quarter of a percentage point.",
            "a quarter",
            "deposit rate",
        ),
    ],
)
def test_a_point_counts_what_moved(sentence: str, mention: str, counted: str) -> None:
    subject = _claim(sentence, mention).subject
    assert subject is not None and subject.endswith(counted)


@pytest.mark.parametrize(
    ("sentence", "mention", "source"),
    [
        (
            "Prices rose 3.4%, above the 3.1% that economists polled by Reuters had forecast.",
            "3.1%",
            "economists polled by Reuters",
        ),
        (
            "Officials now count 41 deaths, down from a figure of 52 given on Monday by the "
            "health ministry.",
            "52",
            "the health ministry",
        ),
        (
            "The clinic logged 900 cases, more than the 750 that the regional office reported.",
            "750",
            "the regional office",
        ),
    ],
)
def test_a_clause_on_the_figures_noun_says_who_gave_it(
    sentence: str, mention: str, source: str
) -> None:
    assert _claim(sentence, mention).attribution == source


@pytest.mark.parametrize(
    ("sentence", "mention", "source"),
    [
        ("A Bloomberg survey of analysts was gloomier, at 0.8%.", "0.8%", "Bloomberg survey"),
        ("Market expectations had been for a rise of 2.1%.", "2.1%", "Market expectations"),
        ("Retail sales beat the 4,500 Refinitiv consensus.", "4,500", "Refinitiv consensus"),
    ],
)
def test_a_survey_or_consensus_speaks_for_its_figure(
    sentence: str, mention: str, source: str
) -> None:
    assert source in (_claim(sentence, mention).attribution or "")


@pytest.mark.parametrize(
    ("sentence", "mention", "speaker"),
    [
        (
            "In Lahaina, a town of 12,000 residents, the county said 100 people had died.",
            "12,000",
            "100",
        ),
        (
            "Rain cut off Kasese, a town of about 80,000 people, officials said on Monday.",
            "80,000",
            None,
        ),
        (
            "The ministry said half of Derna, a city of 90,000, had been flooded.",
            "90,000",
            None,
        ),
    ],
)
def test_a_place_described_by_an_apposition_is_the_outlets_word(
    sentence: str, mention: str, speaker: str | None
) -> None:
    assert _claim(sentence, mention).attribution is None
    if speaker is not None:
        assert _claim(sentence, speaker).attribution == "the county"


@pytest.mark.parametrize(
    ("sentence", "mention", "source"),
    [
        (
            "Exports were cut to 4,100 tonnes from 5,000, and imports to 2,900 from the 3,300 "
            "first announced.",
            "3,300",
            None,
        ),
        (
            "The World Bank, releasing a report on $3.1 billion of damage, said 40,000 homes "
            "were lost.",
            "40,000",
            "The World Bank",
        ),
    ],
)
def test_a_source_is_a_name_not_a_phrase_holding_figures(
    sentence: str, mention: str, source: str | None
) -> None:
    assert _claim(sentence, mention).attribution == source


@pytest.mark.parametrize(
    ("sentence", "aside", "said", "source"),
    [
        (
            "At least 300 people are missing, the coast guard said on Friday, as 71 survivors "
            "were taken by bus to a camp.",
            "71",
            "300",
            "the coast guard",
        ),
        (
            "The toll could exceed 20,000, health officials warned, as the number of confirmed "
            "dead rose above 5,000.",
            "5,000",
            "20,000",
            "health officials",
        ),
        (
            "Turnout reached 64.2% in the first phase, the election commission said on Monday, "
            "as 12 parties disputed the count.",
            "12 parties",
            "64.2%",
            "the election commission",
        ),
    ],
)
def test_an_as_clause_beside_a_verb_of_saying_is_the_outlets_word(
    sentence: str, aside: str, said: str, source: str
) -> None:
    assert _claim(sentence, aside).attribution is None
    assert _claim(sentence, said).attribution == source


@pytest.mark.parametrize(
    ("sentence", "mention", "source"),
    [
        (
            "The hotline Alarm Phone said people on the boat had told it that 600 people were "
            "aboard.",
            "600",
            "The hotline Alarm Phone",
        ),
        (
            "General Omar Saleh told reporters that his troops could claim 70 percent of the city.",
            "70 percent",
            "General Omar Saleh",
        ),
        (
            "The statistics office said analysts had expected inflation to reach 6.1%.",
            "6.1%",
            "The statistics office",
        ),
        (
            "The ministry said 55 children were sick, and the agency said 4,000 people had fled.",
            "4,000",
            "the agency",
        ),
    ],
)
def test_a_relayed_voice_is_the_word_of_who_reports_it(
    sentence: str, mention: str, source: str
) -> None:
    assert _claim(sentence, mention).attribution == source


@pytest.mark.parametrize(
    ("sentence", "mention", "source"),
    [
        ("The union maintained on Monday that 4,000 jobs had been lost.", "4,000", "The union"),
        (
            "An independent review concluded that 62 patients died after the error.",
            "62 patients",
            "An independent review",
        ),
        (
            "The electoral tribunal concluded in June that 3% of the ballots were invalid.",
            "3%",
            "The electoral tribunal",
        ),
    ],
)
def test_who_maintains_or_concludes_a_clause_says_it(
    sentence: str, mention: str, source: str
) -> None:
    assert _claim(sentence, mention).attribution == source


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        (
            "Prices rose 4.5% in March, though governor Ana Ruiz said a cut in rates could come "
            "soon.",
            "4.5%",
        ),
        (
            "The county opened 12 shelters on Monday, after the mayor said the river would crest.",
            "12 shelters",
        ),
        (
            "The national alert came nearly three weeks after the WHO declared an emergency.",
            "three weeks",
        ),
        (
            "Turnout was 61% in the first round, while the opposition said fraud was widespread.",
            "61%",
        ),
    ],
)
def test_a_speaker_of_a_subordinate_clause_does_not_say_the_main_clause(
    sentence: str, mention: str
) -> None:
    assert _claim(sentence, mention).attribution is None


@pytest.mark.parametrize(
    ("body", "mention", "source"),
    [
        (
            "The Red Cross said 2,000 homes were lost. Interior Minister Omar Haddad said 40 "
            "schools had closed. It said 300 families were sheltering in tents.",
            "300",
            "The Red Cross",
        ),
        (
            "The statistics office said prices rose 4.1% in May. Finance Minister Ana Silva said "
            "wages would rise 3% this year. She said 120,000 jobs had been created.",
            "120,000",
            "Finance Minister Ana Silva",
        ),
        (
            "President Joao Mendes said 54% of voters had backed the plan. The electoral "
            "commission said 8 million ballots were cast. It said 2% of them were spoiled.",
            "2%",
            "The electoral commission",
        ),
    ],
)
def test_a_speaking_pronoun_stands_for_the_last_speaker_it_agrees_with(
    body: str, mention: str, source: str
) -> None:
    claim = next(c for c in _article_claims(body) if c.mention.startswith(mention))
    assert claim.attribution == source


@pytest.mark.parametrize(
    ("body", "mention", "source"),
    [
        (
            "The Red Cross launched an appeal for $20 million. It estimates that 300,000 people "
            "need aid.",
            "300,000",
            "The Red Cross",
        ),
        (
            "The Norwegian Refugee Council opened two camps near the city. Its teams counted "
            "4,000 displaced families.",
            "4,000",
            "The Norwegian Refugee Council",
        ),
        (
            "Governor Ali Musa opened 40 polling stations on Sunday. His aides said 12,000 "
            "ballots had been cast by noon.",
            "12,000",
            "Governor Ali Musa",
        ),
    ],
)
def test_a_pronoun_stands_for_the_last_body_or_person_named_as_subject(
    body: str, mention: str, source: str
) -> None:
    claim = next(c for c in _article_claims(body) if c.mention.startswith(mention))
    assert claim.attribution == source


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


@pytest.mark.parametrize(
    ("sentence", "mention", "counted"),
    [
        # a number after its noun: the noun holds or adds it, the thing counted is left out
        ("Health care added 49,000 positions and construction 27,000.", "27,000", "positions"),
        ("Hospitals admitted 420 patients and clinics 1,300.", "1,300", "patients"),
        ("The army freed 300 hostages and the police 45 in the raids.", "45", "hostages"),
        ("A tally gave the ruling party 292 and the opposition 234.", "234", None),
    ],
)
def test_a_number_after_its_noun_counts_what_its_parallel_counts(
    sentence: str, mention: str, counted: str | None
) -> None:
    assert _claim(sentence, mention).subject == counted


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        ("Mosul had a population of close to 2 million before the siege.", "2 million"),
        ("The floods affected 1.5 million people, or 22% of the population.", "22%"),
        ("Some 40% of the population had voted by noon.", "40%"),
    ],
)
def test_a_population_counts_people(sentence: str, mention: str) -> None:
    assert _claim(sentence, mention).subject == "people"


@pytest.mark.parametrize(
    ("sentence", "mention", "source"),
    [
        (
            "In earlier years, he said, the board published its results within 24 hours.",
            "24 hours",
            None,  # "he", no one named before for him to stand for: not the board he spoke of
        ),
        (
            "Exports could fall by a third, a senior official at the trade ministry warned on "
            "Monday.",
            "a third",
            "a senior official at the trade ministry",
        ),
        (
            "At least 30 miners were trapped when the shaft collapsed, the company said, and "
            "rescuers warned the toll could climb.",
            "30",
            "the company",
        ),
    ],
)
def test_a_reporting_clause_beside_a_clause_reports_it(
    sentence: str, mention: str, source: str | None
) -> None:
    assert _claim(sentence, mention).attribution == source


def test_a_clause_joined_by_and_that_says_keeps_its_own_speaker() -> None:
    claim = _claim(
        "At least 30 miners were trapped, the company said, and rescuers warned the toll could "
        "climb to 50.",
        "50",
    )
    assert claim.attribution == "rescuers"


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        ("Five Republican senators have written to the Labor Secretary.", "Five"),
        ("Mayor Ana Ruiz and four councillors said the bridge must close.", "four"),
        ("Twelve doctors at the hospital warned that beds were running out.", "Twelve"),
    ],
)
def test_a_figure_counting_its_speakers_is_not_their_word(sentence: str, mention: str) -> None:
    assert _claim(sentence, mention).attribution is None


@pytest.mark.parametrize(
    ("sentence", "mention", "source"),
    [
        (
            "Party spokesman Raj Mehta pointed out that the Congress had won only 145 seats in "
            "2004.",
            "145",
            "Party spokesman Raj Mehta",
        ),
        (
            "The senators also cited a downward revision of 300,000 jobs.",
            "300,000",
            "The senators",
        ),
        ("Aid workers described a wave as high as seven metres.", "seven metres", "Aid workers"),
        ("Traders now expect a quarter-point cut in November.", "quarter-point", "Traders"),
    ],
)
def test_more_verbs_and_nouns_of_those_who_speak(sentence: str, mention: str, source: str) -> None:
    assert _claim(sentence, mention).attribution == source


def test_a_pronoun_reporting_beside_a_clause_stands_for_the_last_speaker() -> None:
    body = (
        "Opposition leader Maria Costa said the count was slow. In earlier years, she said, the "
        "board published its results within 24 hours."
    )
    claim = next(c for c in _article_claims(body) if "24 hours" in c.mention)
    assert claim.attribution == "Opposition leader Maria Costa"


@pytest.mark.parametrize(
    ("sentence", "mention", "source"),
    [
        (
            "The central bank raised its rate to 4% on Thursday, its largest move since 1995, "
            "and said inflation was likely to reach 9.5% in October, the highest in 40 years.",
            "9.5%",
            "The central bank",
        ),
        (
            "The ministry, in a statement issued the same day, offered a more cautious view, "
            "saying troops had retaken 60 percent of the city.",
            "60 percent",
            "The ministry",
        ),
        (
            "The governor ordered an inquiry and formed a panel, asking it to report within a "
            "week.",
            "a week",
            "The governor",
        ),
    ],
)
def test_a_verb_of_saying_shares_the_subject_of_the_verb_it_hangs_from(
    sentence: str, mention: str, source: str
) -> None:
    assert _claim(sentence, mention).attribution == source


@pytest.mark.parametrize(
    ("body", "mention", "source"),
    [
        (
            "Interior Minister Omar Haddad told parliament that 700 migrants had boarded the "
            "boat. Only 104 people survived, and 82 bodies have been recovered.",
            "82",
            "Interior Minister Omar Haddad",
        ),
        (
            "The hospital said it had treated 300 patients by Friday. Of those, 41 remain in "
            "intensive care.",
            "41",
            "The hospital",
        ),
        (
            "The Red Cross said 2,000 homes were destroyed in the storm. Many families were "
            "leaving: 1,300 had gone north to the capital.",
            "1,300",
            "The Red Cross",
        ),
        # a sentence with no figure between does not end the report
        (
            "The Home Office said 33,029 people had crossed by September. Most came from "
            "France. Some 9,076 arrived between July and September.",  # migration
            "Some 9,076",
            "The Home Office",
        ),
        (
            "The weather institute said 26 stations beat their records. The heat was "
            "widespread. Another 14 stations came within a degree.",  # weather
            "14",
            "The weather institute",
        ),
    ],
)
def test_a_sentence_without_a_speaker_goes_on_with_the_report_before_it(
    body: str, mention: str, source: str
) -> None:
    claim = next(c for c in _article_claims(body) if c.mention.startswith(mention))
    assert claim.attribution == source


@pytest.mark.parametrize(
    ("body", "mention"),
    [
        (  # a new paragraph is the outlet's again
            "The Red Cross said 2,000 homes were destroyed.\n\nSome 40 schools stayed shut.",
            "40",
        ),
        (  # a sentence with a speaker of its own is not the report before it
            "The ministry said 2,000 homes were destroyed. Mayor Ana Ruiz and four aides said "
            "the bridge must close.",
            "four",
        ),
        (  # a forecast is nobody's report
            "Officials warned that 5,000 more could be displaced. About 40 schools stayed shut.",
            "40",
        ),
    ],
)
def test_a_report_goes_on_only_in_its_paragraph_and_asserted(body: str, mention: str) -> None:
    claim = next(c for c in _article_claims(body) if mention in c.mention)
    assert claim.attribution == "The Courier"


def test_a_report_goes_on_over_several_sentences_of_its_paragraph() -> None:
    body = (
        "Health Minister Lina Osei said 300 patients had been treated. Of those, 41 remain in "
        "intensive care. Another 12 died overnight."
    )
    claim = next(c for c in _article_claims(body) if "12" in c.mention)
    assert claim.attribution == "Health Minister Lina Osei"


@pytest.mark.parametrize(
    ("body", "mention"),
    [
        (
            "The coast guard said 104 people were rescued. Nearly 80 people are confirmed dead.",
            "80",
        ),
        (
            "The army said it had retaken the airport. Some 400,000 people are thought to remain "
            "in the old city.",
            "400,000",
        ),
    ],
)
def test_an_unnamed_voice_ends_the_report_before(body: str, mention: str) -> None:
    claim = next(c for c in _article_claims(body) if mention in c.mention)
    assert claim.attribution == "The Courier"


@pytest.mark.parametrize(
    ("body", "mention", "source"),
    [
        (  # economists' reading is theirs; the rate after is the outlet's
            "Several economists said inflation had peaked at 6%.\n\nThe policy rate now sits "
            "at 5.25%, the highest in 23 years.",
            "5.25%",
            "The Courier",
        ),
        (  # a named member's vote does not make the next rate hers
            "The statistics office said inflation rose to 9.4%. Board member Ana Ruiz said she "
            "wanted rates at 2.5%.\n\nFood prices were 12.7% higher than a year earlier.",
            "12.7%",
            "The statistics office",
        ),
    ],
)
def test_a_persons_rate_is_no_release_that_goes_on(body: str, mention: str, source: str) -> None:
    claim = next(c for c in _article_claims(body) if mention in c.mention)
    assert claim.attribution == source


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
    ("text", "mention", "counted"),
    [
        (
            "Ian left 2.6 million customers without power. Nearly 60% of those were in Lee County.",
            "60%",
            "customers",
        ),
        (
            "The commission recorded 59,938 deaths. More than 90% of them were 65 or over.",
            "90%",
            "people",
        ),
        (
            "About 2,500 civilians fled the city. Roughly 97 percent of them were women.",
            "97 percent",
            "civilians",
        ),
    ],
)
def test_a_share_of_them_counts_what_the_count_before_it_counted(
    text: str, mention: str, counted: str
) -> None:
    assert _claim(text, mention).subject == counted


@pytest.mark.parametrize(
    ("sentence", "mention", "counted"),
    [
        ("Delta puts its losses at $380mn of revenue.", "$380mn", "revenue"),
        ("The quarter was strong: net income climbed to $47mn from $8.5mn.", "$47mn", "income"),
        ("Lloyd's List values the canal's traffic at about $5.1bn a day.", "$5.1bn", "traffic"),
        ("The port handled €40m of cargo last year.", "€40m", "cargo"),
    ],
)
def test_a_scale_written_onto_its_digits_is_no_thing_counted(
    sentence: str, mention: str, counted: str
) -> None:
    """ "$380mn", "€40m": the parser tags the digits with their scale a noun; what the sum is
    of, or what its verb moves, is counted."""
    assert _claim(sentence, mention).subject == counted


@pytest.mark.parametrize(
    ("text", "mention", "counted"),
    [
        (
            "Crews fought 400 fires. Arson has been blamed for 171 of them, or about 42%, while "
            "the rest are under investigation.",
            "42%",
            "fires",
        ),
        (
            "Of 3,750 patients with complete records, 120 of them, or 3.2%, had needed hospital "
            "treatment.",
            "3.2%",
            "patients",
        ),
        (
            "The union has 146,000 members. Of those, 12,700, or 9%, walked out on Friday.",
            "9%",
            "members",
        ),
        # a share of a thing of its own keeps it
        ("The plant employs 2,000 workers, or 5% of the town.", "5%", "town"),
    ],
)
def test_a_share_that_restates_a_count_counts_what_it_counts(
    text: str, mention: str, counted: str
) -> None:
    assert _claim(text, mention).subject == counted


@pytest.mark.parametrize(
    ("text", "mention", "counted"),
    [
        # an area: the list goes on with the unit left out, not with the fires counted before
        (
            "Two fires broke out on Tuesday. They had burned 7,300 hectares by Friday, 4,200 of "
            "them around Landiras and 3,100 at La Teste.",
            "4,200",
            "hectares",
        ),
        (
            "Two fires broke out on Tuesday. They had burned 7,300 hectares by Friday, 4,200 of "
            "them around Landiras and 3,100 at La Teste.",
            "3,100",
            "hectares",
        ),
        (
            "Crews fought 40 fires. Spain is the worst hit, with 244,924 hectares burned, "
            "followed by Romania with 150,528.",
            "150,528",
            "hectares",
        ),
        # a flow of oil
        (
            "Ten members cut quotas. The fall in supply would be closer to 1 million b/d than "
            "the headline 2 million.",
            "2 million",
            "b/d",
        ),
        # an output of grain
        (
            "Farmers sold 900 trucks of grain. Punjab harvested 14,800 tonnes of wheat, 9,200 of "
            "them in March.",
            "9,200",
            "tonnes",
        ),
        # a count with a noun of its own keeps it
        (
            "The blaze burned 2,000 hectares and 350 homes in the valley.",
            "350",
            "homes",
        ),
    ],
)
def test_a_list_goes_on_counting_the_unit_left_out(text: str, mention: str, counted: str) -> None:
    assert _claim(text, mention).subject == counted


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
    ("sentence", "mention", "role"),
    [
        # arriving: vessels arrive with their people
        ("About 1,200 migrants crossed the Aegean in 30 boats last week.", "30 boats", "arrived"),
        ("The ministry said 696 people arrived in 14 boats.", "14 boats", "arrived"),
        ("At least 4,617 people have made the journey since January 1.", "4,617", "arrived"),
        # being without power or water is being affected
        ("About 1.2 million customers were without power in Florida.", "1.2 million", "affected"),
        ("Some 50,000 residents were without water after the quake.", "50,000", "affected"),
        ("Some 40,000 homes had no electricity after the storm.", "40,000", "affected"),
        # staff laid off, dismissed or resigning are a change of a headcount
        ("Twitter laid off about 3,700 employees on Friday.", "3,700", "change"),
        ("The airline dismissed 300 pilots last month.", "300", "change"),
        ("More than 1,200 staff resigned after the ultimatum.", "1,200", "change"),
    ],
)
def test_arrivals_outages_and_job_cuts_have_roles(sentence: str, mention: str, role: str) -> None:
    assert _claim(sentence, mention).role == role


@pytest.mark.parametrize(
    ("sentence", "mention", "role"),
    [
        ("Nearly 900 injured passengers were being treated in hospitals.", "900", "injured"),
        ("The army said 40 wounded soldiers reached the field hospital.", "40", "injured"),
        ("Rescuers found 12 dead miners in the shaft.", "12", "killed"),
    ],
)
def test_what_befell_people_beats_who_they_are(sentence: str, mention: str, role: str) -> None:
    assert _claim(sentence, mention).role == role


@pytest.mark.parametrize(
    "sentence",
    [
        "More than 100 boil-water notices remained in force.",
        "Some 40 checkpoints remain along the road.",
        "About 300 cars remained stranded on the motorway.",
    ],
)
def test_only_people_remain_trapped(sentence: str) -> None:
    assert extract_text(sentence, DAY)[0].role is None


def test_people_who_remain_are_still_there() -> None:
    assert _claim("Some 6,000 civilians remain in the city.", "6,000").role in (
        "remaining",
        "trapped",
    )


@pytest.mark.parametrize(
    ("sentence", "mention", "role"),
    [
        ("The toll rose to 278 after three injured passengers died.", "three", "killed"),
        ("Two wounded fighters later died of their injuries.", "Two", "killed"),
    ],
)
def test_people_told_injured_who_die_are_dead(sentence: str, mention: str, role: str) -> None:
    assert _claim(sentence, mention).role == role


@pytest.mark.parametrize(
    ("sentence", "mention", "role"),
    [
        ("Since May, 204 residents have been killed and 505 have been wounded.", "505", "injured"),
        ("Nine people died in the storm and 40 were injured.", "40", "injured"),
        ("Twelve miners were killed and 30 were rescued from the shaft.", "30", "rescued"),
    ],
)
def test_a_figure_that_is_its_verbs_subject_takes_its_verbs_role(
    sentence: str, mention: str, role: str
) -> None:
    assert _claim(sentence, mention).role == role


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        ("Statistics show that 2,156 Albanians arrived by small boat in six months.", "2,156"),
        ("Some 300 Sudanese crossed into Chad on Monday.", "300"),
    ],
)
def test_people_named_by_nation_arrive(sentence: str, mention: str) -> None:
    assert _claim(sentence, mention).role == "arrived"


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        ("The company had about 7,500 employees before the cuts.", "7,500"),
        ("The firm had employed just over 200 people in the country.", "200"),
        ("The clinic had about 40 staff before the war.", "40"),
    ],
)
def test_a_headcount_is_a_level(sentence: str, mention: str) -> None:
    assert _claim(sentence, mention).role == "level"


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        ("The minister announced Rs 10 lakh for the families of those killed.", "Rs 10 lakh"),
        ("The state will pay $5,000 to the family of each miner killed.", "$5,000"),
        ("Ian caused $112.9 billion in damage and at least 156 deaths.", "$112.9 billion"),
    ],
)
def test_a_sum_beside_the_dead_or_injured_is_funds(sentence: str, mention: str) -> None:
    assert _claim(sentence, mention).role == "funds"


@pytest.mark.parametrize(
    ("sentence", "wanted"),
    [
        # a name after a preposition that the gazetteer does not know may be a place
        ("The toll from the collision near Bahanaga Bazar rose to 288.", True),
        ("IOM recorded 1,650 arrivals at the Hamam al-Alil screening site.", True),
        ("Reva said 80,000 people lived there before the invasion.", False),
        ("Rescuers pulled 40 people from the rubble in Kahramanmaras.", False),
        # a speaker is read from the parse; the gazetteer names Florida: no NER either way
        ("Kyrylenko told reporters that 3,500 people remained.", False),
        ("Sheriff Marceno said 42 people had died in Florida.", False),
    ],
)
def test_ner_runs_only_for_names_the_gazetteer_may_lack(sentence: str, wanted: bool) -> None:
    nlp = parser.load()
    with nlp.select_pipes(disable=["ner"]):
        doc = nlp(sentence)
    assert frames.needs_ner(doc, frames.lexicon()) is wanted


@pytest.mark.parametrize(
    ("sentence", "mention", "role"),
    [
        # a sum lost, paid, owed or a deal's price counts funds, whatever verb moves it
        ("The airline was losing more than $2 million a day.", "$2 million", "funds"),
        ("The club's yearly payment to the league goes up to £9 million.", "£9 million", "funds"),
        ("The central bank cut its bond holdings by 80 billion pounds.", "80 billion", "funds"),
        ("Investors became poorer by about $31 billion after the vote.", "$31 billion", "funds"),
        ("The insurer put storm losses at close to $6 billion.", "$6 billion", "funds"),
        # a price or pay that a statistic tracks keeps its level or change
        ("Average hourly earnings rose 14 cents to $35.21.", "$35.21", "level"),
        ("Average hourly earnings rose 14 cents to $35.21.", "14 cents", "change"),
        ("The price cap will rise to £3,549 in October.", "£3,549", "level"),
    ],
)
def test_a_sum_is_funds_unless_it_prices_a_tracked_thing(
    sentence: str, mention: str, role: str
) -> None:
    assert _claim(sentence, mention).role == role


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        ("Investigators said the drone flew 2.5 km before it crashed.", "2.5 km"),
        ("Dredgers have moved 27,000 cubic metres of sand from around the ship.", "27,000"),
        ("The 30-metre fishing boat sank with hundreds on board.", "30-metre"),
        ("Rescuers searched for 3 days before finding the trapped miners.", "3 days"),
    ],
)
def test_a_length_a_span_or_an_area_has_no_peoples_role(sentence: str, mention: str) -> None:
    assert _claim(sentence, mention).role is None


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        ("Wildfires have burned more than 1.2 million hectares across Canada.", "hectares"),
        ("The blaze burned 2,170 acres before crews contained it.", "2,170 acres"),
        ("The fires burned through 2,700 acres of the town.", "2,700 acres"),
        ("Bushfires burned 5,000 square kilometres of forest.", "5,000 square"),
        ("More than 70,000 hectares had gone up in flames this year.", "70,000 hectares"),
        ("The fire consumed some 6,000 hectares within 24 hours.", "6,000 hectares"),
        ("The river flooded about 300 square miles of farmland.", "300 square"),
    ],
)
def test_an_area_burned_is_damage(sentence: str, mention: str) -> None:
    assert _claim(sentence, mention).role == "damaged"


def test_acres_are_an_area() -> None:
    claim = _claim("Manish farms 21 acres in Haryana.", "21 acres")
    assert claim.unit == "km2" and claim.role is None


@pytest.mark.parametrize(
    ("sentence", "mention", "role"),
    [
        # a sum a holder has, or what goods are worth, is a stock: a level
        ("The bank had about $209 billion in total assets.", "$209 billion", "level"),
        ("The club had a negative cash balance of $958 million.", "$958 million", "level"),
        ("The lender holds $40 billion of deposits.", "$40 billion", "level"),
        ("The vessel was carrying cargo worth more than $3.5 billion.", "$3.5 billion", "level"),
        ("Trucks carry goods worth $28 billion a year over the bridge.", "$28 billion", "level"),
        # money that moves stays funds
        ("The buyer will take on $119 billion in deposits.", "$119 billion", "funds"),
        ("The canal lost $12 million in revenue each day.", "$12 million", "funds"),
    ],
)
def test_a_sum_held_is_a_level(sentence: str, mention: str, role: str) -> None:
    assert _claim(sentence, mention).role == role


@pytest.mark.parametrize(
    ("sentence", "mention", "role"),
    [
        # the level of what a company or bank reports, or its share price, is a level
        ("The airline's revenue rose 12% to $4.2 billion in the quarter.", "$4.2 billion", "level"),
        ("Quarterly profit fell 26% to $971 million.", "$971 million", "level"),
        ("The canal's revenue reached $6.3 billion last year.", "$6.3 billion", "level"),
        ("The lender's deposits reached $140 billion in March.", "$140 billion", "level"),
        ("The carmaker's stock closed at $212.40 on Friday.", "$212.40", "level"),
        ("Tesla, which closed on Thursday at $251.05, fell in early trade.", "$251.05", "level"),
        # a change of them is money lost or raised: funds
        ("The strike cut the carmaker's revenue by about $3 billion.", "$3 billion", "funds"),
        ("The bank plans to sell $1.25 billion of common stock.", "$1.25 billion", "funds"),
    ],
)
def test_a_reported_results_level_is_a_level(sentence: str, mention: str, role: str) -> None:
    assert _claim(sentence, mention).role == role


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        # a place's people, numbered by the figure itself, are its population ...
        ("Bakhmut, once a city of 70,000, has been almost entirely destroyed.", "70,000"),
        ("Bakhmut, home to about 70,000 people before the war, lies in ruins.", "70,000"),
        ("The fire razed Lahaina, a town of 12,000 people.", "12,000"),
        ("Cholera has killed 1,000 people in Malawi, a country of 20 million.", "20 million"),
        ("About 80 percent of China's 1.4 billion people had been infected.", "1.4 billion"),
        ("Up to 70 percent of the city's 25 million people caught the virus.", "25 million"),
        ("The city is home to about 1.5 million.", "1.5 million"),
    ],
)
def test_a_places_people_are_its_population(sentence: str, mention: str) -> None:
    assert _claim(sentence, mention).role == "population"


@pytest.mark.parametrize(
    ("sentence", "mention", "role"),
    [
        # ... but a part of them, or of a sum "in the region of", is what befell it
        ("About 80 percent of China's 1.4 billion had been infected.", "80 percent", "cases"),
        ("The fighting displaced a third of Khartoum's 6 million residents.", "a third", "fled"),
        ("The settlement was in the region of $550 million.", "$550 million", "funds"),
        ("Cholera has killed 1,000 people in Malawi, a country of 20 million.", "1,000", "killed"),
    ],
)
def test_a_part_of_a_places_people_is_not_its_population(
    sentence: str, mention: str, role: str
) -> None:
    assert _claim(sentence, mention).role == role


def test_people_away_from_home_are_no_population() -> None:
    sentence = "Roughly 97 percent of those away from home, or 21,462 people, stay nearby."
    assert _claim(sentence, "21,462").role != "population"


@pytest.mark.parametrize(
    ("sentence", "mention", "role"),
    [
        # a sum per unit of a thing is a price, whatever verb or none
        ("The national average for regular gasoline was $3.91 a gallon.", "$3.91", "level"),
        ("Wheat futures settled at $8.93 a bushel on Friday.", "$8.93", "level"),
        ("Crude has slid to about $90 from $120 since June.", "about $90", "level"),
        ("Brent crude rose $2.89, or 3.5%, on Tuesday.", "$2.89", "change"),
        # a sum per unit of time still flows as funds
        ("The airline was losing more than $2 million a day.", "$2 million", "funds"),
    ],
)
def test_a_sum_per_unit_of_a_traded_good_is_its_price(
    sentence: str, mention: str, role: str
) -> None:
    assert _claim(sentence, mention).role == role


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
    ("sentence", "mention", "role"),
    [
        # the clause that says what a number counts gives the number's role, wherever the
        # parse hangs the figure
        (
            "Officials put the number of civilians left in the town at around 3,000.",
            "3,000",
            "remaining",
        ),
        ("The number of people left in the city had still been above 6,000.", "6,000", "remaining"),
        (
            "That would put the number of people infected at around 88.5 million.",
            "88.5 million",
            "cases",
        ),
        (
            "Arrivals pushed the number of people who have reached Italy this year past 17,000.",
            "17,000",
            "arrived",
        ),
        # a clause with a subject of its own says nothing of the container it hangs on
        (
            "The fall came from last April's jump in bills, when the cap rose to 1,971 pounds.",
            "1,971 pounds",
            "level",
        ),
        # 'left' alone is leaving
        ("About 95% of the residents have now left, she said.", "95%", None),
    ],
)
def test_a_clause_describing_what_a_number_counts_gives_its_role(
    sentence: str, mention: str, role: str | None
) -> None:
    got = _claim(sentence, mention).role
    assert got == role if role is not None else got != "remaining"


@pytest.mark.parametrize(
    ("sentence", "mention", "role"),
    [
        ("Coastguards stopped three boats, each with 50 people on board.", "50 people", "aboard"),
        ("The trawler capsized off Pylos with up to 700 migrants on board.", "700", "aboard"),
        ("The ferry sank near the port with 300 passengers aboard.", "300", "aboard"),
        # people in boats who crossed arrived; 'in' is no modifier of being aboard; a total of
        # people counts people
        ("A total of 45,728 people crossed the Channel in 1,104 boats.", "45,728", "arrived"),
        ("A total of 1,200 migrants reached Lampedusa on Sunday.", "1,200", "arrived"),
    ],
)
def test_a_noun_with_on_board_is_aboard(sentence: str, mention: str, role: str) -> None:
    assert _claim(sentence, mention).role == role


@pytest.mark.parametrize(
    ("text", "mention", "role"),
    [
        # an article that counts people injured: those in hospital are injured
        (
            "The bus overturned near Lyon. At least 12 passengers were injured. "
            "Officials said 8 people had been admitted to hospitals in the region.",
            "8 people",
            "injured",
        ),
        (
            "Two police officers were wounded in the shooting. The county hospital said it was "
            "still treating four patients on Wednesday.",
            "four patients",
            "injured",
        ),
        # one that counts no injured: they are ill
        (
            "Cholera spread through the district last week. Officials said 40 people had been "
            "admitted to hospitals in the region.",
            "40 people",
            "hospitalised",
        ),
    ],
)
def test_hospital_care_after_injuries_is_injury(text: str, mention: str, role: str) -> None:
    assert _claim(text, mention).role == role


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        ("Officials warned that the number of cases would double within a month.", "double"),
        ("Wholesale wheat prices had nearly doubled since May, the bank said.", "doubled"),
        ("The monitor said arrivals at the border would double this summer.", "double"),
    ],
)
def test_a_verb_that_multiplies_a_value_is_a_change(sentence: str, mention: str) -> None:
    assert _claim(sentence, mention).role == "change"


@pytest.mark.parametrize(
    ("sentence", "mention", "place"),
    [
        # a gapped list: each figure takes the place on its side of the "and"
        (
            "There were 12 deaths in Charlotte County and eight in Collier County.",
            "eight",
            "Collier",
        ),
        ("Turnout was highest in Kerala at 71% and lowest in Bihar at 56%.", "71%", "Kerala"),
        (
            "Gansu had the highest rate, followed by Yunnan at 84% and Qinghai at 80%.",
            "84%",
            "Yunnan",
        ),
        ("Some 1,320 had gone east to Tobruk and 730 west to Benghazi.", "730", "Benghazi"),
    ],
)
def test_a_place_beyond_an_and_belongs_to_the_other_figure(
    sentence: str, mention: str, place: str
) -> None:
    assert place in (_place(sentence, mention) or "")


@pytest.mark.parametrize(
    ("text", "mention", "place"),
    [
        # "statewide": the state of the story's town; "nationwide": the sentence's country
        (
            "Storm surge flooded Fort Myers Beach, Florida. Officials said the statewide toll "
            "is likely at least 120.",
            "at least 120",
            "Florida",
        ),
        (
            "Health officials in China logged 4,103 new infections nationwide, including 31 in "
            "Shandong.",
            "4,103",
            "China",
        ),
        (
            "Hospitals were full in Toronto on Monday. Officials recorded 350 new cases "
            "provincewide on Tuesday.",
            "350",
            "Ontario",
        ),
    ],
)
def test_a_word_for_the_whole_of_a_place_is_that_place(text: str, mention: str, place: str) -> None:
    assert _claim(text, mention).place == place


@pytest.mark.parametrize(
    ("sentence", "mention", "source"),
    [
        (
            "The ministry said it had counted 40 casualties: 12 deaths and 28 injuries.",
            "12",
            "The ministry",
        ),
        (
            "St Mary's Hospital said it was treating five patients: two boys and three women.",
            "two boys",
            "St Mary's Hospital",
        ),
        (
            "The forecaster expects two peaks: about 2 million cases a week in May and 3 million "
            "in July.",
            "about 2 million",
            "The forecaster",
        ),
        (
            "Turnout barely differed between regions, Ortiz said: 71 percent in the cities and "
            "69 percent in the villages.",
            "71 percent",
            "Ortiz",
        ),
    ],
)
def test_a_list_after_a_colon_goes_on_with_the_speakers_word(
    sentence: str, mention: str, source: str
) -> None:
    assert _claim(sentence, mention).attribution == source


def test_an_apposition_set_off_by_commas_is_still_the_outlets_word() -> None:
    sentence = "The agency said 30 people died near Tarvin, a town of 9,000, on Monday."
    assert _claim(sentence, "30").attribution == "The agency"
    assert _claim(sentence, "9,000").attribution is None


@pytest.mark.parametrize(
    ("sentence", "mention", "source"),
    [
        ("Kenya said on Monday it had evacuated 3,000 people from the coast.", "3,000", "Kenya"),
        (
            "Washington said this week it would release a further 15 million barrels.",
            "15 million",
            "Washington",
        ),
        (
            "Guangdong, a province of 126 million people, said it was recording 50,000 "
            "infections a day.",
            "50,000",
            "Guangdong",
        ),
    ],
)
def test_a_country_that_says_a_clause_speaks(sentence: str, mention: str, source: str) -> None:
    assert _claim(sentence, mention).attribution == source


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        ("Brazil has confirmed close to 1,000 cases.", "1,000"),
        ("Jammu and Kashmir saw its highest turnout in 35 years, at 58.5%.", "58.5%"),
    ],
)
def test_a_country_that_only_counts_or_sees_is_no_speaker(sentence: str, mention: str) -> None:
    assert _claim(sentence, mention).attribution is None


@pytest.mark.parametrize(
    ("body", "mention", "source"),
    [
        (
            "Governor Ana Ruiz said the crews had searched every collapsed house overnight. "
            "They pulled 46 people from the rubble.",
            "46",
            "Governor Ana Ruiz",
        ),
        (
            "Officials said the train was running at full speed when it left the track. "
            "Twelve of its coaches derailed.",
            "Twelve",
            "Officials",
        ),
        (
            "The regional health chief said hospitals were under heavy strain. About 9,000 "
            "patients were in intensive care.",
            "9,000",
            "The regional health chief",
        ),
    ],
)
def test_a_report_goes_on_after_a_sentence_with_no_figure(
    body: str, mention: str, source: str
) -> None:
    claim = next(c for c in _article_claims(body) if mention in c.mention)
    assert claim.attribution == source


def test_a_report_with_no_figure_does_not_reach_the_next_paragraph() -> None:
    body = (
        "Officials said the train was running at full speed when it left the track.\n\n"
        "Twelve of its coaches derailed."
    )
    claim = next(c for c in _article_claims(body) if "Twelve" in c.mention)
    assert claim.attribution == "The Courier"


@pytest.mark.parametrize(
    ("body", "mention", "source"),
    [
        (
            "Colonel Dana Reyes said 40 soldiers had been wounded. The rebels needed a win "
            "after six months of trying to take the town, she said.",
            "six months",
            "Colonel Dana Reyes",
        ),
        (
            "Chief Tom Hale said 12 officers were in the hallway. Shots were heard during the "
            "40 minutes the officers waited, he said.",
            "40 minutes",
            "Chief Tom Hale",
        ),
    ],
)
def test_he_said_after_the_words_is_not_a_name_inside_them(
    body: str, mention: str, source: str
) -> None:
    claim = next(c for c in _article_claims(body) if mention in c.mention)
    assert claim.attribution == source


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        ("The mayor needed to show some progress after 18 months in office.", "18 months"),
        ("The striker wanted to show his worth after three seasons on loan.", "three seasons"),
    ],
)
def test_who_shows_a_thing_says_nothing(sentence: str, mention: str) -> None:
    assert _claim(sentence, mention).attribution is None


@pytest.mark.parametrize(
    ("sentence", "mention", "role"),
    [
        # a quantity of output or stock is a level: "to" and "from" name levels, "by" the change
        ("Purchases in Punjab fell to 89 lakh tonnes from 112 lakh tonnes.", "89 lakh", "level"),
        ("Purchases in Punjab fell to 89 lakh tonnes from 112 lakh tonnes.", "112 lakh", "level"),
        ("The ceiling drops to 41.856 million bpd from 43.856 million bpd.", "41.856", "level"),
        ("Saudi production fell by 404,000 bpd to 10.474 million bpd.", "404,000", "change"),
        ("Saudi production fell by 404,000 bpd to 10.474 million bpd.", "10.474", "level"),
        ("Coal output rose to 62.1 million tonnes from 58.4 million tonnes.", "62.1", "level"),
        ("The country was on course for a record 111.32 million tonnes.", "111.32", "level"),
        ("Demand will average 99.6 million bpd in 2022.", "99.6", "level"),
        # held stocks are no ground, a loss of grain no money
        ("Stocks were about half the 37.85 million tonnes held a year earlier.", "37.85", "level"),
        ("Yields fell to 42.07 quintals a hectare, a loss of 6.61 quintals.", "6.61", "change"),
        ("The refinery ran at 1.2 million bpd, a loss of 90,000 bpd.", "90,000", "change"),
        # what is no money is no funds: a loss of jobs is a fall, a declaration for counties none
        ("The notices list 784 job losses at the headquarters.", "784", "change"),
        ("Biden approved a major disaster declaration for nine counties.", "nine", None),
    ],
)
def test_quantities_of_output_are_levels_or_changes(
    sentence: str, mention: str, role: str | None
) -> None:
    assert _claim(sentence, mention).role == role


@pytest.mark.parametrize(
    ("sentence", "mention", "role"),
    [
        # a weight that sizes one thing is no level of output
        ("Crews removed a 200-ton piece of the span.", "200-ton", None),
        ("The 200,000-tonne Ever Given blocked the canal.", "200,000-tonne", None),
        ("The freighter weighs about 224,000 tons.", "224,000 tons", None),
        ("A 40-tonne lorry overturned on the motorway.", "40-tonne", None),
        # ... unlike a harvest, or a cut that is weighed
        ("Farmers harvested 106 million tonnes of wheat.", "106 million", "level"),
        ("Ministers were weighing a cut of 1 million barrels a day.", "1 million", "change"),
    ],
)
def test_a_weight_that_sizes_a_thing_is_no_level(
    sentence: str, mention: str, role: str | None
) -> None:
    assert _claim(sentence, mention).role == role


@pytest.mark.parametrize(
    ("sentence", "mention", "value"),
    [
        # a difference below another value is a fall, so negative
        ("Farmers harvested 44% less wheat than last year.", "44%", -44),
        ("The new estimate is 5.7 per cent lower.", "5.7 per cent", -5.7),
        ("The figure is 4.61 per cent below the earlier projection.", "4.61 per cent", -4.61),
        ("Tarn Taran was down 9% on the year.", "9%", -9),
        ("Payrolls were 86,000 lower than thought.", "86,000", -86000),
        ("The Nifty 50 index closed 5.93% lower at 21,884.5.", "5.93%", -5.93),
        ("Fatehgarh Sahib was hit hardest, losing 30% of its yield.", "30%", -30),
        # above or higher stays positive; a count lost keeps its sign
        ("Prices were nearly 15% above the lows.", "15%", 14.85),
        ("Arrivals at the border were 20% higher than in May.", "20%", 20),
        ("Troops lost 200 of their men in the assault.", "200", 200),
    ],
)
def test_a_difference_below_is_negative(sentence: str, mention: str, value: float) -> None:
    assert _claim(sentence, mention).value == pytest.approx(value)


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        ("More than 20,000 Wagner fighters were killed in the battle.", "20,000"),  # conflict
        ("The Centre had set a target of 444 lakh tonnes for the season.", "444"),  # farming
        ("Analysts said the cut would take on the West, adding $25 a barrel.", "$25"),  # energy
    ],
)
def test_a_lone_small_place_outside_a_phrase_of_place_is_none(sentence: str, mention: str) -> None:
    assert _claim(sentence, mention).place is None


@pytest.mark.parametrize(
    ("sentence", "mention", "place"),
    [
        ("Twenty children were killed at a school in Newtown.", "Twenty", "Newtown"),  # crime
        ("About 12% of its cargo came from Asia last year.", "12%", "Asia"),  # trade
    ],
)
def test_a_lone_small_place_in_a_phrase_of_place_stays(
    sentence: str, mention: str, place: str
) -> None:
    assert _claim(sentence, mention).place == place


@pytest.mark.parametrize(
    ("sentence", "mention", "place"),
    [
        (  # aviation: the airline Delta is no Nigerian state; the figure is the country's
            "Delta cancelled 3,500 flights on Saturday, and United cut 500 in the United States.",
            "3,500",
            "United States",
        ),
        (  # health: the city where officials spoke is no place of the deaths
            "Officials in Geneva said 40 people had died of cholera in Syria.",
            "40",
            "Syria",
        ),
        (  # technology: a ranking named with a number is no town
            "Losses at Fortune 500 companies reached $5.4 billion.",
            "$5.4 billion",
            None,
        ),
    ],
)
def test_a_name_the_gazetteer_also_knows_is_no_place_of_the_figure(
    sentence: str, mention: str, place: str | None
) -> None:
    assert _claim(sentence, mention).place == place


@pytest.mark.parametrize(
    ("sentence", "mention", "source"),
    [
        # a figure hyphened to a word before the name sizes the speaker: the name still speaks
        (
            "The 575-page report found that at least 380 officers went to the school.",
            "380",
            "The 575-page report",
        ),
        ("A 12-member panel of experts said 4,000 homes had been lost.", "4,000", "A 12-member"),
        ("The 19-strong team counted 212 bodies in the river.", "212", "The 19-strong team"),
    ],
)
def test_a_speaker_sized_by_a_figure_still_speaks(sentence: str, mention: str, source: str) -> None:
    assert (_claim(sentence, mention).attribution or "").startswith(source)


@pytest.mark.parametrize(
    "body",
    [
        # "Its" with no one named before it names no source: the outlet's word, not "Its"
        "Its tracking data showed 165 vessels waiting at the canal.",
        "Its tally of the dead stands at 5,235.",
        "His figures put the harvest at 102 million tonnes.",
    ],
)
def test_a_possessive_with_no_one_before_is_no_source(body: str) -> None:
    claims = [c for c in _article_claims(body) if c.kind != "date"]
    assert claims and all(c.attribution == "The Courier" for c in claims)


@pytest.mark.parametrize(
    ("body", "mention", "source"),
    [
        # a pronoun speaker stands for who the sentence before was about, though that sentence
        # holds no figure and names no speech
        (
            "Mayor Ana Ruiz said 40 homes were lost. Governor Tom Beck toured the flooded "
            "valley on Friday. He said 1,200 people had been moved to shelters.",
            "1,200",
            "Governor Tom Beck",
        ),
        (
            "Analyst Raj Mehta said sales fell 3% in May. Chief executive Lena Park defended "
            "the cuts in a memo. She said the company was losing $2 million a day.",
            "$2 million",
            "Chief executive Lena Park",
        ),
        (
            "Coach Tim Hale said 12 players were injured. Former captain Omar Diaz criticised "
            "the league on Sunday. He said 30 games had been cancelled this season.",
            "30 games",
            "Former captain Omar Diaz",
        ),
    ],
)
def test_a_pronoun_speaker_stands_for_the_subject_of_the_sentence_before(
    body: str, mention: str, source: str
) -> None:
    claim = next(c for c in _article_claims(body) if c.mention.startswith(mention))
    assert claim.attribution == source


@pytest.mark.parametrize(
    ("sentence", "mention", "source"),
    [
        # an apposition restating a figure before it (as a share, in other units) is still
        # the speaker's, unlike one describing a name ("Derna, a city of 125,000")
        (
            "A total of 841,664 homes, roughly 7% of the state's accounts, were without power, "
            "the commission said.",
            "7%",
            "the commission",
        ),
        (
            "Some 2,400 jobs, about a fifth of the workforce, will go by March, the company said.",
            "a fifth",
            "the company",
        ),
        (
            "The rebels were 1.2 km (0.75 mile) from the city hall, the army said.",
            "0.75 mile",
            "the army",
        ),
    ],
)
def test_an_apposition_restating_a_figure_is_the_speakers(
    sentence: str, mention: str, source: str
) -> None:
    assert _claim(sentence, mention).attribution == source


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        # a month compounded onto a record dates it; it does not own it
        ("That May number had been 4.4% below the record projected in February.", "4.4%"),
        ("The July figures showed a 2.1% rise in exports.", "2.1%"),
        ("Its October estimate was 12,000 jobs higher.", "12,000"),
    ],
)
def test_a_month_before_a_record_is_no_source(sentence: str, mention: str) -> None:
    said = _claim(sentence, mention).attribution or ""
    assert said not in ("May", "July", "October")  # the record may speak, its month never


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        # a verb of saying whose particle makes it another verb says nothing
        ("A loss at that pace would add up to roughly $1.5 billion a year.", "$1.5 billion"),
        ("The repairs will add up to 40 days to the schedule.", "40 days"),
        ("Fewer than 200 voters showed up at the polls.", "200"),
    ],
)
def test_a_phrasal_verb_is_not_its_verb_of_saying(sentence: str, mention: str) -> None:
    assert _claim(sentence, mention).attribution is None


@pytest.mark.parametrize(
    ("sentence", "mention", "source"),
    [
        # who counts inside a clause a speaker reports is relayed: the reporter says the figure
        (
            "Rescuers had recovered 68 bodies by Sunday evening, the coordination centre said.",
            "68",
            "the coordination centre",
        ),
        (
            "Auditors found 1,200 duplicate invoices last year, the ministry said on Monday.",
            "1,200",
            "the ministry",
        ),
        (
            "The bank's projections assume that the regulator raises its cap to roughly £3,450.",
            "£3,450",
            "The bank",
        ),
    ],
)
def test_a_counter_in_a_reported_clause_is_relayed(
    sentence: str, mention: str, source: str
) -> None:
    assert _claim(sentence, mention).attribution == source


def test_a_counter_in_a_clause_of_its_own_keeps_the_figure() -> None:
    # "though ..." beside the verb of saying is its own statement, not what is reported
    sentence = (
        "Firefighters have rescued at least 40 residents in connection with the floods, officials "
        "said, though the Red Cross put the number of people evacuated across the region since "
        "the storm at 900."
    )
    assert _claim(sentence, "900").attribution == "the Red Cross"


@pytest.mark.parametrize(
    ("sentence", "mention", "place"),
    [
        ("The Paris-based agency cut its estimate by 470,000 barrels a day.", "470,000", None),
        (  # banking: a town and its state before "-based"
            "The Raleigh, North Carolina-based lender will take on $119 billion in deposits.",
            "$119 billion",
            None,
        ),
        ("A U.S.-led coalition air strike killed 105 civilians in Mosul.", "105", "Mosul"),
        ("The Singapore-flagged ship held 4,679 containers off Baltimore.", "4,679", "Baltimore"),
    ],
)
def test_a_place_a_body_is_based_in_is_not_its_figures(
    sentence: str, mention: str, place: str | None
) -> None:
    assert _claim(sentence, mention).place == place


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        ("The headline cut is equal to about 2% of global oil demand.", "2%"),  # energy
        ("Each week shut could shave 0.3 percentage points off growth in world trade.", "0.3"),
        ("The IMF lowered its forecast for world growth next year to 2.7%.", "2.7%"),  # economy
    ],
)
def test_a_figure_of_what_the_world_holds_is_placed_there(sentence: str, mention: str) -> None:
    assert _claim(sentence, mention).place == frames.lexicon().world_place == "world"


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        ("Oil slid to $80 a barrel as investors fretted about a global recession.", "$80"),
        ("S&P Global Ratings projected insured losses of $30 billion.", "$30 billion"),  # a name
    ],
)
def test_world_in_another_clause_or_a_name_places_nothing(sentence: str, mention: str) -> None:
    assert _claim(sentence, mention).place is None


@pytest.mark.parametrize(
    ("body", "mention"),
    [
        # what a market did is the outlet's report, not the release of the last source named
        (
            "Goldman Sachs raised its forecast to $110 a barrel, the bank said.\n\n"
            "Brent crude rose $1.84, or 2.2%, to $87.41 on Friday.",
            "$1.84",
        ),
        (
            "The regulator said deposits fell 8% in the quarter.\n\n"
            "Its shares rose as much as 14% in early trade.",
            "14%",
        ),
        (
            "The central bank said reserves stood at $40 billion.\n\n"
            "The rupee fell 1.5% against the dollar on Monday.",
            "1.5%",
        ),
    ],
)
def test_a_market_move_is_no_release_of_the_last_source(body: str, mention: str) -> None:
    claim = next(c for c in _article_claims(body) if c.mention.startswith(mention))
    assert claim.attribution == "The Courier"


def test_a_statistics_item_of_prices_goes_on_with_the_release() -> None:
    body = (
        "Consumer prices rose 10.1% in the year to July, the statistics office said.\n\n"
        "Food prices were 12.7% higher than a year before."
    )
    claim = next(c for c in _article_claims(body) if c.mention.startswith("12.7%"))
    assert claim.attribution == "the statistics office"


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        # a verb with no role of its own that puts people in hospital, or their noun's own
        # modifier, makes them hospitalised
        ("Eleven Iranians have died and 24 have been taken to hospital.", "24"),
        ("Four miners were killed and 12 were rushed to hospital.", "12"),
        (
            "The number of critically ill patients in hospitals peaked at 128,000 on May 5.",
            "128,000",
        ),
        ("Of the 3,500 flu patients in its hospitals, only 40 were in intensive care.", "3,500"),
    ],
)
def test_in_hospital_is_hospitalised(sentence: str, mention: str) -> None:
    assert _claim(sentence, mention).role == "hospitalised"


def test_dying_in_hospital_is_killed_and_beds_are_no_one() -> None:
    assert _claim("Two men died in hospital on Sunday.", "Two men").role == "killed"
    beds = _claim("The ministry added 200 beds in hospitals across the region.", "200")
    assert beds.role != "hospitalised"


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        # the figure after "among" or "out of" is the whole a part is taken from
        ("Pakistan has recorded 58 deaths among its roughly 150,000 pilgrims.", "150,000"),
        ("The virus killed 12 workers among the 4,000 employees of the plant.", "4,000"),
        ("Some 98 people had died so far, out of about 175,000 people on the trip.", "175,000"),
        ("Police detained 30 fans out of 2,000 people at the stadium.", "2,000"),
    ],
)
def test_the_whole_a_part_is_taken_from_has_not_its_role(sentence: str, mention: str) -> None:
    assert _claim(sentence, mention).role not in ("killed", "arrested")


def test_a_part_after_among_them_keeps_the_wholes_role() -> None:
    found = _claim("At least 41 people were killed, among them 12 children.", "41")
    assert found.role == "killed"


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        # the harm that put people in hospital says why they are there
        ("Three people wounded in the attack were in hospital on Tuesday.", "Three people"),
        ("Twelve miners hurt in the blast remain in hospital.", "Twelve miners"),
    ],
)
def test_the_wounded_in_hospital_stay_injured(sentence: str, mention: str) -> None:
    assert _claim(sentence, mention).role == "injured"


@pytest.mark.parametrize(
    ("sentence", "mention", "role"),
    [
        # being among people is a part of them: what befell them befell it
        ("Fifteen foreigners were among the passengers, the airline said.", "Fifteen", "aboard"),
        ("Among the dead were four firefighters and a nurse.", "four firefighters", "killed"),
        ("About 30 people were among those who remained in the town.", "30 people", "trapped"),
        # found among them: a verb with no role of its own
        ("Police said 12 Pakistanis had been identified among the survivors.", "12", "rescued"),
        ("Relatives of 39 workers identified among the dead were told on Monday.", "39", "killed"),
    ],
)
def test_being_among_people_takes_their_role(sentence: str, mention: str, role: str) -> None:
    assert _claim(sentence, mention).role == role


def test_a_verb_with_a_role_beats_the_people_it_is_among() -> None:
    found = _claim("Five men were arrested among the survivors on Friday.", "Five men")
    assert found.role == "arrested"


@pytest.mark.parametrize(
    ("sentence", "mention", "role"),
    [
        # the object of a verb of including is a part of its subject
        ("The passengers included five Indians and four Russians.", "four", "aboard"),
        ("The dead included 12 children, the ministry said.", "12 children", "killed"),
        ("The detainees included three journalists.", "three journalists", "arrested"),
    ],
)
def test_what_a_whole_includes_takes_its_role(sentence: str, mention: str, role: str) -> None:
    assert _claim(sentence, mention).role == role


@pytest.mark.parametrize(
    ("sentence", "mention", "role"),
    [
        # a part read through "including" is the whole's, not a word window's guess
        (
            "Officials said 204 people had been killed and 505 wounded, including 17 children.",
            "17 children",
            "injured",
        ),
        (
            "Some 40 people died and 300 were arrested, including 25 students.",
            "25 students",
            "arrested",
        ),
        # every item of a list is a part of the whole the list hangs from
        (
            "The plane was carrying 68 passengers, including five Indians, four Russians, "
            "two South Koreans and one each from the UK and France.",
            "two",
            "aboard",
        ),
    ],
)
def test_a_part_and_its_list_take_the_wholes_role(sentence: str, mention: str, role: str) -> None:
    assert _claim(sentence, mention).role == role


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        # patients gravely ill are in hospital care
        ("The number of critically ill patients fell to 36,000 on Thursday.", "36,000"),
        ("Doctors said 45 seriously ill patients were on ventilators.", "45"),
    ],
)
def test_gravely_ill_patients_are_hospitalised(sentence: str, mention: str) -> None:
    assert _claim(sentence, mention).role == "hospitalised"


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        # only ground is captured or controlled: other things held or taken are not
        ("Its reservoir held 22.5 million cubic metres of water.", "22.5 million"),  # disaster
        ("The national stockpile holds more than 100 million doses.", "100 million"),  # health
        ("The blockage would hold up some 110,000 containers of cargo.", "110,000"),  # trade
        ("The hotline had taken more than 2,500 calls by Monday.", "2,500"),  # disaster
    ],
)
def test_things_held_or_taken_are_not_ground(sentence: str, mention: str) -> None:
    assert _claim(sentence, mention).role not in ("captured", "controlled")


@pytest.mark.parametrize(
    ("sentence", "mention", "role"),
    [
        ("Rebels captured 30 villages in the north last week.", "30", "captured"),
        ("Government forces now hold 12 districts of the province.", "12", "controlled"),
    ],
)
def test_places_held_or_taken_are_ground(sentence: str, mention: str, role: str) -> None:
    assert _claim(sentence, mention).role == role


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


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        # a count of places or periods after a preposition of scope says where or when
        ("Officials have tied about 100 deaths in 10 counties to the storm.", "10 counties"),
        ("The ministry said 114 schools had been damaged in 15 cities and towns.", "15 cities"),
        ("Some 900 injured people were being treated in hospitals in five districts.", "five"),
        ("Authorities confirmed 577 deaths on the two busiest days of the festival.", "two"),
    ],
)
def test_places_or_periods_of_scope_take_no_role(sentence: str, mention: str) -> None:
    assert _claim(sentence, mention).role is None


def test_places_taken_are_not_a_scope() -> None:
    assert _claim("Rebels captured 30 villages in two days.", "30").role == "captured"


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        # only people are aboard: what a ship or a bridge carries is cargo or traffic
        ("The ship can carry 10,000 containers and had 4,679 on board.", "10,000"),  # trade
        ("The bridge carried some 11.5 million vehicles a year.", "11.5 million"),  # transport
        ("The freighter was rated to carry 20,000 TEUs.", "20,000"),  # shipping
    ],
)
def test_things_carried_are_not_aboard(sentence: str, mention: str) -> None:
    assert _claim(sentence, mention).role != "aboard"


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        ("The ship remains aground with 21 sailors aboard.", "21 sailors"),
        ("The plane was carrying 53 Nepalis and 15 foreigners.", "53"),
        ("The bus was carrying 40 pilgrims and three infants.", "three infants"),
    ],
)
def test_people_carried_are_aboard(sentence: str, mention: str) -> None:
    assert _claim(sentence, mention).role == "aboard"


@pytest.mark.parametrize(
    ("sentence", "mention", "source"),
    [
        # a document speaks for whoever wrote it, named or not
        ("The note put the production loss at roughly 6%.", "6%", "The note"),  # agriculture
        (
            "Leaked documents put the army's dead at about 43,000.",  # conflict
            "43,000",
            "Leaked documents",
        ),
        (
            "Nine ships remain stuck in the port, according to a coast guard memo.",  # transport
            "Nine",
            "a coast guard memo",
        ),
        # a date on a source says when it spoke, it is no misread clause
        (
            "Five tugs were at work, according to a port authority memo dated April 3.",
            "Five",
            "a port authority memo dated April 3",
        ),
        (
            "A parliamentary inquiry in 2010 later put the figure at 18,373.",  # disaster
            "18,373",
            "A parliamentary inquiry in 2010",
        ),
    ],
)
def test_a_document_is_a_source(sentence: str, mention: str, source: str) -> None:
    assert _claim(sentence, mention).attribution == source


@pytest.mark.parametrize(
    ("sentence", "mention", "source"),
    [
        # who published or compiled a record owns it
        (
            "A count published by the Daily Ledger put the year's total at 45,728.",  # migration
            "45,728",
            "the Daily Ledger",
        ),
        (
            "Figures compiled by the health ministry showed 312 deaths in the province.",  # health
            "312",
            "the health ministry",
        ),
    ],
)
def test_a_record_belongs_to_whoever_published_it(sentence: str, mention: str, source: str) -> None:
    assert _claim(sentence, mention).attribution == source


@pytest.mark.parametrize(
    ("sentence", "mention", "source"),
    [
        ("Two diplomats put the number of Egyptian dead at 323.", "323", "Two diplomats"),
        ("Some Egyptian media reported the demand as $950 million.", "950", "Some Egyptian media"),
        ("Trips rose, with state media reporting 34.7 million on Saturday.", "34.7", "state media"),
    ],
)
def test_diplomats_and_media_are_sources(sentence: str, mention: str, source: str) -> None:
    assert _claim(sentence, mention).attribution == source


@pytest.mark.parametrize(
    ("body", "mention", "source"),
    [
        # a name with a determiner is a body, whatever NER calls it: "it" stands for it
        (
            "The London-based data firm Airfinity said 5,000 people were dying each day. "
            "Its mortality analysis suggests the wave could kill 1.3 million people.",
            "1.3 million",
            "The London-based data firm Airfinity",
        ),
        (
            "The Oslo-based consultancy Rystad said output fell 2% in May. "
            "Its survey suggests exports could drop to 1.1 million barrels a day.",
            "1.1 million",
            "The Oslo-based consultancy Rystad",
        ),
        # a province that speaks is a body too
        (
            "Zhejiang said on Sunday it was battling about one million new infections a day. "
            "It expects that number to reach two million by New Year's Day.",
            "two million",
            "Zhejiang",
        ),
    ],
)
def test_its_record_is_the_body_named_before(body: str, mention: str, source: str) -> None:
    assert (_claim(body, mention).attribution or "").startswith(source)


@pytest.mark.parametrize(
    ("body", "mention", "source"),
    [
        # a phrase of account says whose word the sentence is, as "according to" does
        (
            "Under the institute's model, the death toll would reach 322,000 by April.",  # health
            "322,000",
            "the institute",
        ),
        (
            "By one tally from ship-tracking data, about 450 ships were waiting.",  # transport
            "450",
            "one tally from ship-tracking data",
        ),
        (
            "Governor Pavlo Kyrylenko said 5,000 people remained. Before the war about 73,000 "
            "people lived in the city, by his account.",  # conflict
            "73,000",
            "Governor Pavlo Kyrylenko",
        ),
        (
            "On the agency's count, 41 families were still in shelters.",  # disaster
            "41",
            "the agency",
        ),
    ],
)
def test_a_phrase_of_account_names_the_source(body: str, mention: str, source: str) -> None:
    assert _claim(body, mention).attribution == source


def test_a_record_of_no_one_is_no_account() -> None:
    claim = _claim("In the latest estimate, 41 families were still in shelters.", "41")
    assert "estimate" not in (claim.attribution or "")


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
    ("text", "mention", "counted"),
    [
        # a share taken of no ground named is no territory: it shares what was counted before
        (
            "Lula had 48.4% of valid votes. In Bahia he won 72.12% of them, and Bolsonaro "
            "took 43.2% nationally.",
            "43.2%",
            "votes",
        ),
        (
            "The Conservatives won 43.6% of the vote in 2019. This time the party took 24%.",
            "24%",
            "vote",
        ),
        # a share of ground named stays territory
        ("Russian troops held roughly 65 percent of Bakhmut.", "65 percent", "territory"),
    ],
)
def test_a_share_taken_of_no_ground_is_no_territory(text: str, mention: str, counted: str) -> None:
    assert _claim(text, mention).subject == counted


@pytest.mark.parametrize(
    ("sentence", "mention", "counted"),
    [
        ("The company cut half the workforce on Friday.", "half", "workforce"),
        ("Insurers will pay half the cost, the ministry said.", "half", "cost"),
        (
            "That would leave Russian forces in control of close to half the city.",
            "close",
            "territory",
        ),
        ("Rebels are in control of about half the province.", "about half", "territory"),
    ],
)
def test_a_predeterminer_counts_its_noun(sentence: str, mention: str, counted: str) -> None:
    assert _claim(sentence, mention).subject == counted


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
    ("body", "mention", "source"),
    [
        # disaster: the body speaks through its final report in the opening sentence
        (
            "The storm caused $9.1 billion in damage, the weather service said on Monday in its"
            " final report.\n\nFlooding killed 31 people in the coastal towns.",
            "31 people",
            "the weather service",
        ),
        # crime: a committee found in a report; its counts go on in the paragraphs after
        (
            "Police waited too long to enter the school, a state Senate panel found in a report"
            " released on Sunday.\n\nOf the 212 officers who responded, 64 were state troopers.",
            "212 officers",
            "a state Senate panel",
        ),
        # economy: according to an assessment the article retells
        (
            "The drought will cost farmers about $2.4 billion, according to an assessment by the"
            " Farm Bureau published on Tuesday.\n\nSome 3,200 farms lost their whole crop.",
            "Some 3,200 farms",
            "an assessment by the Farm Bureau published on Tuesday",
        ),
        # health: researchers speak only through their study
        (
            "Air pollution caused 41,000 early deaths in the region last year, researchers said."
            "\n\nCities accounted for 29,500 of them.",
            "29,500",
            "researchers",
        ),
    ],
)
def test_a_published_work_in_the_lede_gives_the_figures_after(
    body: str, mention: str, source: str
) -> None:
    claim = next(c for c in _article_claims(body) if c.mention.startswith(mention))
    assert claim.attribution == source


@pytest.mark.parametrize(
    "body",
    [
        # a source that only speaks, not through a work, is no article-level source (conflict)
        "The army said its troops had retaken 12 villages on Friday.\n\n"
        "About 4,000 people fled the fighting.",
        # a work someone else wrote, which the speaker rejects (economy)
        "The company has about 2,300 staff, its owner said on Saturday, rejecting a news"
        " report.\n\nSome 4,000 people lost their jobs.",
        # authors in a clause on the lede's words do not report it (environment)
        "The area burned topped 10 million hectares on Saturday, according to official data,"
        " outstripping what scientists had feared in their worst forecasts.\n\n"
        "Since January the country has recorded 4,000 fires.",
        # a statement is the day's word, not a work the article retells (migration)
        "The coast guard said in a statement that 78 people had drowned.\n\n"
        "Some 4,000 people were rescued at sea this year.",
    ],
)
def test_a_lede_with_no_published_work_leaves_later_figures_to_the_outlet(body: str) -> None:
    claim = next(c for c in _article_claims(body) if "4,000" in c.mention)
    assert claim.attribution == "The Courier"


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


@pytest.mark.parametrize(
    ("text", "mention", "counted"),
    [
        # a share put on or held by a person is of the thing counted before, not the person
        (
            "The incumbent won 43.2% of valid votes. A poll had put the president at 36%.",
            "36%",
            "votes",
        ),
        (
            "Support for the reform stood at 55% of respondents. A week later the survey "
            "put the governor at 48%.",
            "48%",
            "respondents",
        ),
        (
            "The union's offer won 61% of the ballots cast. Its rival, Shawn Fain, took 39%.",
            "39%",
            "ballots",
        ),
        # a thing a verb moves is what the share counts
        ("Inflation rose to 10.1% in July.", "10.1%", "inflation"),
    ],
)
def test_a_persons_share_counts_the_thing_before(text: str, mention: str, counted: str) -> None:
    assert _claim(text, mention).subject == counted


@pytest.mark.parametrize(
    ("text", "mention", "role"),
    [
        # a share of a count done so far says how far the count has gone, whatever it counts
        ("With 70% of voting machines counted, the mayor had 45.7% of votes.", "70%", "tallied"),
        ("With 78% tallied he had 50.2% of the ballots.", "78%", "tallied"),
        ("With 9.4% of machines tallied, the senator led with 48.8%.", "9.4%", "tallied"),
        ("With 60% of claims processed, insurers had paid $2 billion.", "60%", "tallied"),
        ("With more than 97% in, the measure led by 50.7%.", "97%", "tallied"),
        # counted outside a clause of "with", a share keeps what befell it
        ("About 30% of the deaths counted were children.", "30%", "killed"),
    ],
)
def test_a_share_of_a_count_done_is_tallied(text: str, mention: str, role: str) -> None:
    assert _claim(text, mention).role == role


@pytest.mark.parametrize(
    ("text", "mention", "counted"),
    [
        # a tally counts machines; the shares after it share the thing named before
        (
            "The mayor won 48.4% of valid votes in 2018. With 9.4% of machines tallied, the "
            "senator led with 48.8%.",
            "48.8%",
            "votes",
        ),
        # one side's share in a score counts the thing named before, not the words around it
        (
            "The union won 61% of the ballots in 2019. This year the split was 53% to 47%.",
            "47%",
            "ballots",
        ),
        (
            "Lula took 48.4% of valid votes. In Amapá he led the first round by 45.64% to 43.44%.",
            "45.64%",
            "votes",
        ),
        (
            "Shareholders cast 80% of the votes. Bolsonaro led with 48.8% to Lula's 42.1%.",
            "42.1%",
            "votes",
        ),
        # a move from one level to another is no score
        (
            "Inflation in the euro zone fell from 10.6% to 9.2% in December.",
            "9.2%",
            "inflation",
        ),
        ("Unemployment in the state rose by 2% to 7% in March.", "7%", "unemployment"),
    ],
)
def test_a_scores_share_counts_the_thing_before(text: str, mention: str, counted: str) -> None:
    assert _claim(text, mention).subject == counted


@pytest.mark.parametrize(
    ("text", "mention", "role"),
    [
        ("Abstention eased nationally to 20.5% from 20.9%.", "20.5%", "turnout"),
        ("Turnout in the first phase reached nearly 64%.", "64%", "turnout"),
    ],
)
def test_abstention_is_turnout(text: str, mention: str, role: str) -> None:
    assert _claim(text, mention).role == role


@pytest.mark.parametrize(
    ("text", "mention", "kind", "counted"),
    [
        # points between two sides' shares are percentage points of the thing they share
        (
            "Lula took 48% of valid votes. Both polls implied a lead of about 14 points.",
            "14 points",
            "percent",
            "votes",
        ),
        (
            "The union won 61% of the ballots. Organisers had expected an 18-point gap.",
            "18",
            "percent",
            "ballots",
        ),
        (
            "Remain took 48% of the vote. The Leave campaign's lead was five points.",
            "five points",
            "percent",
            "vote",
        ),
        # an index's points and a poll's margin of error are no lead
        ("The index lost 300 points on Tuesday.", "300 points", "count", "points"),
        ("The team scored 30 points to take the lead.", "30 points", "count", "points"),
        (
            "Lula took 48% of valid votes. The survey's margin is two percentage points.",
            "two percentage points",
            "percent",
            "margin",
        ),
    ],
)
def test_a_leads_points_are_a_share(text: str, mention: str, kind: str, counted: str) -> None:
    claim = _claim(text, mention)
    assert (claim.kind, claim.subject) == (kind, counted)


@pytest.mark.parametrize(
    ("text", "mention", "holder"),
    [
        # the subject of the verb that takes the share or the seats holds them
        ("Bolsonaro took 43.2% of valid votes in the first round.", "43.2%", "Bolsonaro"),
        ("Lula received 60.3 million votes in the second round.", "60.3 million", "Lula"),
        ("Macron won 58.5% of the vote in the runoff against Le Pen.", "58.5%", "Macron"),
        (
            "Lula took 48.4% of valid votes. Bolsonaro won the run-off with 51.39%.",
            "51.39%",
            "Bolsonaro",
        ),
        ("The SPD won 206 seats in the second round of voting.", "206 seats", "SPD"),
        # an owner, a name it is given to or is for, each side of a score
        ("Labour's 411 seats in the first round gave it a majority.", "411 seats", "Labour"),
        (
            "Lula took 48.4% of valid votes. In a run-off poll, Quaest put Lula on 51 percent.",
            "51 percent",
            "Lula",
        ),
        (
            "Lula took 48.4% of valid votes. In the first round Lula had 45.7% of valid votes "
            "against 45.5% for Bolsonaro.",
            "45.5%",
            "Bolsonaro",
        ),
        (
            "Lula took 48.4% of valid votes. In the first round Bolsonaro led with 48.8% to "
            "Lula's 42.1%.",
            "42.1%",
            "Lula",
        ),
        (
            "Lula took 48.4% of valid votes. Lula led Bolsonaro by 49% to 45% in the run-off.",
            "45%",
            "Bolsonaro",
        ),
        (
            "Lula took 48.4% of valid votes. Lula led Bolsonaro by 49% to 45% in the run-off.",
            "49%",
            "Lula",
        ),
        ("Lula took 48.4% of valid votes. Lula rose to 49% in the run-off poll.", "49%", "Lula"),
        # the second share of two with no other side named has none
        (
            "Lula took 48.4% of valid votes. In the first round Lula had 45.7% against 45.5%.",
            "45.5%",
            None,
        ),
        # a full name is the word of it the article also writes alone
        (
            "Luiz Inacio Lula da Silva took 48.4% of valid votes in the first round. Lula won "
            "50.9% in the run-off.",
            "48.4%",
            "Lula",
        ),
        # no round named: one side's shares of two rounds would key alike
        ("Bolsonaro took 43.2% of valid votes.", "43.2%", None),
        ("The BJP won 240 seats.", "240 seats", None),
        # no vote and no seat: no side, whoever took it
        ("Apple took 20% of the smartphone market in the first round of sales.", "20%", None),
        ("Turnout in the first phase reached nearly 64%.", "64%", None),
    ],
)
def test_a_vote_share_or_seats_have_their_side(text: str, mention: str, holder: str) -> None:
    assert _claim(text, mention).holder == holder


@pytest.mark.parametrize(
    ("text", "mention", "event"),
    [
        ("Lula won 50.9% of the votes in the run-off.", "50.9%", "run-off"),
        ("Lula received 60.3 million votes in the second round.", "60.3 million", "run-off"),
        ("Macron won 58.5% of the vote in the runoff against Le Pen.", "58.5%", "run-off"),
        (
            "Ensemble won 245 seats in the second round of the legislative elections.",
            "245 seats",
            "run-off",
        ),
        (
            "Luiz Inacio Lula da Silva took 48.4% of valid votes in the first round.",
            "48.4%",
            "first round",
        ),
        # a round named in a clause beside the figure's is another event's
        ("Bolsonaro took 43.2% of the vote, forcing a run-off.", "43.2%", None),
        # only votes and seats have rounds
        ("Turnout in the first round reached 64%.", "64%", None),
    ],
)
def test_a_vote_share_has_the_round_its_clause_names(text: str, mention: str, event: str) -> None:
    assert _claim(text, mention).event == event
