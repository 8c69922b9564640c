"""Place (frames/place.py): where a figure holds, on small sentences and articles from several
domains."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.extract import extract_text, frames
from tests.conftest import DAY, _claim, _place


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


def test_a_common_word_opening_a_sentence_is_no_place() -> None:
    text = (
        "Coast guard crews pulled 61 people from the sea near Crete. "
        "The coast guard said the search would go on. "
        "Most of the 120 jobs cut were in Wales."
    )
    claims = {c.mention: c for c in extract_text(text, DAY)}
    assert claims["61 people"].place == "Crete"  # no Tanzanian region "Coast"
    assert next(c for m, c in claims.items() if "120" in m).place == "Wales"  # no Czech "Most"


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


def test_a_named_place_beats_world_scope() -> None:
    claim = _claim("In Spain, the ministry has counted 4,298 cases, one of 96 countries.", "4,298")
    assert claim.place == "Spain"


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
    ("sentence", "mention", "place"),
    [
        (  # disaster: the town the phrase describes, not the city it is west of
            "Crews evacuated Drayton Valley, a town of roughly 7,000 people west of Edmonton.",
            "7,000",
            "Drayton Valley",
        ),
        (  # health: the province, not the city it lies next to
            "Zhejiang, a province of 65.4 million people next to Shanghai, reported 900 cases.",
            "65.4 million",
            "Zhejiang",
        ),
        (  # crime: a name the tagger misreads is still named a place by its phrase
            "Uvalde, a mostly Latino city of about 16,000 people, lies west of San Antonio.",
            "16,000",
            "Uvalde",
        ),
        (  # disaster: "home to" numbers the place too
            "Flames reached Edson, home to more than 8,000, near Hinton in Alberta.",
            "8,000",
            "Edson",
        ),
    ],
)
def test_a_figure_in_a_phrase_describing_a_place_is_that_places(
    sentence: str, mention: str, place: str
) -> None:
    assert _place(sentence, mention) == place


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        # disaster: a ship's length, not where it was bound
        ("The Dali, a 948-foot vessel bound for Colombo, lost power.", "948-foot"),
        # trade: a ship's length, not where it was towed
        ("Tugs escorted the 400-metre ship north towards the Mediterranean.", "400-metre"),
        # aviation: an aircraft's weight, not where it flew
        ("A 300-tonne plane bound for Dubai landed in Mumbai.", "300-tonne"),
    ],
)
def test_a_vessels_size_holds_in_no_place(sentence: str, mention: str) -> None:
    assert _place(sentence, mention) is None
    assert _claim(sentence, mention).place is None  # nor the article's


@pytest.mark.parametrize(
    ("sentence", "mention", "place"),
    [
        # a channel's depth is where the channel is
        ("A 35-foot-deep channel opened near Baltimore on April 25.", "35-foot", "Baltimore"),
        # a body's size is its country's
        (
            "In Brazil, the Liberal Party won 99 seats in the 513-member Chamber of Deputies.",
            "513",
            "Brazil",
        ),
    ],
)
def test_the_size_of_a_place_or_a_body_keeps_its_place(
    sentence: str, mention: str, place: str
) -> None:
    assert _claim(sentence, mention).place == place


def test_a_figure_with_no_place_takes_the_headlines_place() -> None:
    from factcheck.extract import extract_many
    from factcheck.model import Article

    body = (
        "PARIS, Nov 21 - France recorded 2,816 more deaths than expected, the agency said.\n\n"
        "Over the whole period it estimated 10,420 excess deaths from all causes.\n\n"
        "In Britain, officials said 3,271 more people had died in England and Wales. The "
        "United Kingdom's agency and the UK's statisticians gave 2,803 for England."
    )
    article = Article("a", "France counts 2,816 excess deaths in summer heatwaves", body, DAY)
    claims = {c.mention: c for c in next(extract_many([article]))}
    assert next(c for m, c in claims.items() if "10,420" in m).place == "France"
    untitled = Article("b", "", body, DAY)
    claims = {c.mention: c for c in next(extract_many([untitled]))}
    assert next(c for m, c in claims.items() if "10,420" in m).place != "France"


@pytest.mark.parametrize(
    ("sentence", "mention", "place"),
    [
        # health: each country of a ranked list has its own figure
        (
            "Italy had the most heat deaths, 18,010, followed by Spain with 11,324 and Germany "
            "with 8,173.",
            "11,324",
            "Spain",
        ),
        # energy: counties listed with their tolls
        (
            "Harris County again had the most deaths, 31, while Travis County had nine and "
            "Dallas County three.",
            "nine",
            "Travis County",
        ),
        # environment: a list of areas burned
        (
            "Spain is the worst hit, with 244,924 hectares burned, followed by Romania with "
            "150,528 and Portugal with 77,292.",
            "150,528",
            "Romania",
        ),
    ],
)
def test_a_place_coordinated_with_a_figure_is_the_next_figures(
    sentence: str, mention: str, place: str
) -> None:
    assert _place(sentence, mention) == place


def test_a_place_the_second_of_two_coordinated_figures_holds_is_both_figures() -> None:
    sentence = (
        "The agency counted about 4,000 deaths and 2,500 injuries in government-held areas, "
        "and about 4,500 deaths and 7,500 injuries in the rebel-held northwest."
    )
    assert _place(sentence, "4,500") == "rebel-held northwest"


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        # transport: an airline named like a part of a country (NER calls it a place)
        (
            "Of the 2,900 cancellations of domestic flights recorded on Monday, Southwest alone "
            "accounted for 70 percent, the data show.",
            "70 percent",
        ),
        # politics: a government called by its position
        ("The Centre cut its wheat procurement target to 19.5 million tonnes.", "19.5 million"),
    ],
)
def test_words_of_position_alone_are_no_place_outside_a_phrase_of_place(
    sentence: str, mention: str
) -> None:
    assert _place(sentence, mention) is None


def test_words_of_position_in_a_phrase_of_place_stay_a_place() -> None:
    sentence = "In the Northeast he took 69.3% of the vote."
    assert _place(sentence, "69.3%") == "Northeast"
