"""The gazetteer: places found in running text, at the right level."""

from __future__ import annotations

import pytest

from factcheck.places import fold, gazetteer


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Britain's annual rate of inflation", "GB"),
        ("Turkey's disaster agency AFAD", "TR"),
        ("the UK's economy", "GB"),
        ("Prices in Britain rose", "GB"),
    ],
)
def test_a_place_is_found_with_or_without_a_possessive(text: str, country: str) -> None:
    found = [place for _, _, place in gazetteer().find(text)]
    assert [p.country for p in found] == [country]


def test_a_name_holding_a_place_is_no_place() -> None:
    assert list(gazetteer().find("the Bank of England raised rates")) == []


def _main(text: str, share: float = 0.6) -> str | None:
    from factcheck.extract.frames import DATELINE

    m = DATELINE.match(text)
    return gazetteer().main_place(text, share, m.end() if m else 0)


def test_a_datelines_country_counts_and_wins_a_tie() -> None:
    text = (
        "LONDON, March 3 (Reuters) - The central bank raised its rate to 4%. "
        "It blamed Russia's squeeze on gas exports for the rise."
    )
    assert _main(text) == "United Kingdom"  # one vote each: the dateline's is named first
    assert gazetteer().main_place(text, 0.6) == "Russia"  # without the dateline: Russia alone


def test_a_dateline_town_counts_for_itself_only_where_the_body_names_it() -> None:
    named = "NAIROBI (AFP) - Floods in Nairobi killed 12 people. Kenya has asked for help."
    assert _main(named) == "Nairobi"  # two of three mentions of Kenya's places
    elsewhere = "NAIROBI (AFP) - Floods in Mombasa killed 12. Kenya has asked for help."
    assert _main(elsewhere) == "Kenya"  # Mombasa is one of two: the reporter's town is no vote


@pytest.mark.parametrize(
    ("text", "main"),
    [
        (  # disaster: the body says only "the bridge" and "the channel"
            "BALTIMORE, April 1 (AP) - Crews opened a channel past the bridge, 11 feet deep.",
            "Baltimore",
        ),
        (  # crime: "the school", "the town" and no place of the dateline's country named
            "UVALDE, Texas, May 31 (ABC) - Police said 19 officers waited outside the school.",
            "Uvalde",
        ),
        (  # a capital's bureau files on the whole country
            "KYIV, March 13 (Reuters) - The army said it held the line in the east.",
            "Ukraine",
        ),
        (  # the body names its country: the dateline town stays a vote for it
            "LONDON, Aug 4 (Reuters) - Britain's inflation rose to 10.1% in July.",
            "United Kingdom",
        ),
    ],
)
def test_a_dateline_town_is_the_main_place_where_the_body_names_no_place_of_its_country(
    text: str, main: str
) -> None:
    assert _main(text) == main


def test_a_town_named_exactly_the_share_of_the_time_is_the_main_place() -> None:
    # three of five mentions: 3 / 5 is 0.6, though 0.6 * 5 is a hair above 3 in floating point
    text = "Mosul, Mosul and Mosul are in Iraq; Iraq said so."
    assert _main(text) == "Mosul"


def test_a_place_the_article_writes_in_lower_case_is_no_place() -> None:
    text = "Coast guard crews found 78 bodies. The coast guard said more were missing in Greece."
    assert "coast" in gazetteer().common_names(text)
    assert _main(text) == "Greece"


def test_a_dotless_i_folds_to_i() -> None:
    assert fold("Diyarbakır") == fold("Diyarbakir") == "diyarbakir"
    assert gazetteer().lookup("Diyarbakir") is not None


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        ("Hatay", "Turkey", "nested"),  # a province in its country
        ("Antakya", "Hatay", "nested"),  # a town in its province
        ("Houston", "Texas", "nested"),
        ("Kalamata", "Peloponnese", "nested"),  # GeoNames' English name of a region
        ("Antakya", "Iskenderun", "different"),  # two towns of one province
        ("Mosul", "Baghdad", "different"),
        ("Britain", "United Kingdom", "same"),
        ("Turkey and Syria", "Turkey", None),  # two places at once: no one entry
    ],
)
def test_places_sit_in_a_hierarchy(a: str, b: str, relation: str | None) -> None:
    assert gazetteer().relation(a, b) == relation
    assert gazetteer().relation(b, a) == relation


def test_containment_goes_one_way() -> None:
    g = gazetteer()
    assert g.contains("Turkey", "Hatay") and g.contains("Hatay", "Antakya")
    assert g.contains("Turkey", "Antakya")
    assert not g.contains("Antakya", "Hatay") and not g.contains("Hatay", "Hatay")
    assert not g.contains("Syria", "Hatay")


def test_the_narrowest_container_of_several_places() -> None:
    g = gazetteer()
    towns = [g.resolve("Antakya"), g.resolve("Iskenderun")]
    assert g.container([p for p in towns if p]).name == "Hatay"  # type: ignore[union-attr]
    cities = [g.resolve("Lyon"), g.resolve("Marseille")]
    assert g.container([p for p in cities if p]).name == "France"  # type: ignore[union-attr]
    countries = [g.resolve("Turkey"), g.resolve("Syria")]
    assert g.container([p for p in countries if p]) is None


def test_places_side_by_side_are_one_name_not_two_places() -> None:
    assert list(gazetteer().find("turnout in the Kashmir Valley was 51%")) == []
    found = [p.kind for _, _, p in gazetteer().find("turnout in Jammu and Kashmir was 58%")]
    assert found == ["region"]


@pytest.mark.parametrize(
    ("written", "country"),
    [
        ("Derna", "LY"),  # GeoNames' Darnah
        ("Idleb", "SY"),  # Idlib
        ("Marj", "LY"),  # Al Marj, without its article
        ("Qamishli", "SY"),  # Al Qāmishlī
    ],
)
def test_a_town_is_found_by_the_spelling_news_uses(written: str, country: str) -> None:
    place = gazetteer().lookup(written)
    assert place is not None and place.kind == "town" and place.country == country


@pytest.mark.parametrize(
    ("written", "country"),
    [
        ("Mecca", "SA"),  # Makkah, not Mecca, California: c spells k
        ("Medina", "SA"),  # Madinah, not Medina, Ohio
        ("Sanaa", "YE"),
    ],
)
def test_a_town_known_by_another_spelling_outranks_a_far_smaller_namesake(
    written: str, country: str
) -> None:
    place = gazetteer().lookup(written)
    assert place is not None and place.kind == "town" and place.country == country


@pytest.mark.parametrize(
    ("written", "country"),
    [
        ("Odessa", "US"),  # Odessa, Texas: Odesa is not ten times its size
        ("Florencia", "CO"),  # not Florence
        ("Valence", "FR"),  # not Valencia
        ("Pueblo", "US"),  # not Puebla
    ],
)
def test_a_namesake_of_comparable_size_keeps_its_own_name(written: str, country: str) -> None:
    place = gazetteer().lookup(written)
    assert place is not None and place.country == country


def test_a_mecca_dateline_is_a_saudi_story() -> None:
    text = "MECCA, June 20 (AFP) - More than 1,000 people died during this year's hajj in Mecca."
    assert _main(text) in ("Mecca", "Saudi Arabia")


def test_capitals_are_known_as_such() -> None:
    g = gazetteer()
    assert g.is_capital("Riyadh") and g.is_capital("Amman") and g.is_capital("Beijing")
    assert not g.is_capital("Jeddah") and not g.is_capital("Mosul")


def test_another_name_that_spells_no_name_of_the_town_is_no_place() -> None:
    assert gazetteer().lookup("Johnson") is None  # an alternate name of Sturtevant, Wisconsin
    assert gazetteer().lookup("Google") is None  # ... and of Topeka


def test_a_towns_other_spelling_counts_only_where_its_country_is_named() -> None:
    g = gazetteer()
    libya = "Floods in Derna killed thousands, officials in Libya said."
    assert "derna" not in g.doubtful(libya)
    greek = "Greece will mourn for three days, Sarmas said."
    assert "sarmas" in g.doubtful(greek)  # Romania's Sărmaşu, in a Greek story
    assert "sarmas" in g.common_names(greek)


def test_the_last_word_of_a_long_name_is_no_place() -> None:
    text = "Caretaker Prime Minister Ioannis Sarmas declared three days of mourning."
    assert list(gazetteer().find(text)) == []


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Employers added 142,000 jobs, the Labor Department said.", "United States"),
        ("The Bank of England raised rates as the ONS reported 10.1%.", "United Kingdom"),
        ("Destatis said output shrank 0.3% in the first quarter.", "Germany"),
        ("The toll rose to 41, officials said.", None),  # no body names its country
    ],
)
def test_national_bodies_tell_the_country_of_an_article_that_names_no_place(
    text: str, country: str | None
) -> None:
    assert gazetteer().country_of_bodies(text) == country


@pytest.mark.parametrize(
    ("text", "main"),
    [
        (
            "The quake in Turkey and Syria killed 5,000. Turkish authorities confirmed 3,432 "
            "deaths and Turkish officials 5,775 buildings destroyed. Figures from Syria lag.",
            "Turkey",
        ),
        ("The German economy shrank by 0.3% in the first quarter, figures showed.", "Germany"),
        ("Kenyan police said 12 people died in Nairobi and Mombasa.", "Kenya"),
    ],
)
def test_a_countrys_adjective_votes_for_it(text: str, main: str) -> None:
    assert _main(text) == main


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        (  # crime: a police official, not Escalon, California
            "Victor Escalon, a regional director, spoke. Officers arrived four minutes later, "
            "Escalon said.",
            "escalon",
        ),
        (  # economy: a central banker, not Powell, Wyoming, though Jerome is a town too
            "Fed Chair Jerome Powell spoke on Wednesday. Inflation fell to 2.5%, Powell said.",
            "powell",
        ),
        (  # tech: a reporter, not Newton, Massachusetts
            "Platformer's Casey Newton reported the cuts. About 4,400 contractors lost their "
            "jobs, Newton wrote.",
            "newton",
        ),
    ],
)
def test_a_town_the_article_makes_a_persons_surname_is_no_place(text: str, surname: str) -> None:
    assert surname in gazetteer().doubtful(text)


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        (  # disaster: a governor's office speaks, never he alone
            "Gov. Wes Moore toured the port. Moore's office said 8,000 jobs were at stake.",
            "moore",
        ),
        (  # crime: a police captain named once in full, then by his office
            "Capt. David Escalon led the search. Escalon's team found two bodies.",
            "escalon",
        ),
    ],
)
def test_a_town_after_a_title_and_a_given_name_is_a_persons_surname(
    text: str, surname: str
) -> None:
    assert surname in gazetteer().doubtful(text)


def test_a_title_before_a_place_alone_makes_no_surname() -> None:
    text = "Mayor Brandon Scott spoke in Baltimore. President Biden flew to Baltimore."
    assert "baltimore" not in gazetteer().doubtful(text)


def test_a_town_that_speaks_without_a_given_name_stays_a_place() -> None:
    text = (
        "Water returned to Jackson on Tuesday. Jackson said 20 schools would reopen, and "
        "officials in Greater Jackson agreed."
    )
    assert "jackson" not in gazetteer().doubtful(text)
    assert gazetteer().main_place(text, 0.6) == "Jackson"


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Oil rose 3.72 U.S. dollars to settle on Monday.", []),  # energy
        ("The fine was paid in Hong Kong dollars.", []),  # crime
        ("Brent crude rose 4% on the week.", []),  # a benchmark, not the London borough
        ("Output in Texas fell 2% as U.S. prices rose.", ["Texas", "U.S"]),
    ],
)
def test_a_currency_or_a_benchmark_named_for_a_place_is_no_place(
    text: str, places: list[str]
) -> None:
    assert [text[a:b] for a, b, _ in gazetteer().find(text)] == places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # technology: a ranking of companies, not Fortune, California
        ("The outage cost Fortune 500 companies $5.4 billion.", []),
        ("Losses at Fortune 500 firms were mostly uninsured.", []),
        # disaster: a crane barge, not Chesapeake, Virginia
        ("The crane barge Chesapeake 1000, the biggest on the coast, lifted the span.", []),
        # media: a channel in a dateline, not France
        ("MECCA (France 24) - Pilgrims died in the heat.", ["MECCA"]),
        # a figure beside a place keeps it: a share, a number with separators, an owner's count
        ("Patiala lost 23% and Barnala 5%.", ["Patiala", "Barnala"]),
        ("Fires burned 244,924 hectares in Spain and Romania 150,528.", ["Spain", "Romania"]),
        ("The party hoped for half of Uttar Pradesh's 80 seats.", ["Uttar Pradesh"]),
    ],
)
def test_a_name_with_a_bare_number_is_one_name_not_a_place(text: str, places: list[str]) -> None:
    assert [text[a:b] for a, b, _ in gazetteer().find(text)] == places


@pytest.mark.parametrize(
    ("text", "lone"),
    [
        (  # aviation: the airline, not Nigeria's Delta State, in a story of the United States
            "Delta cancelled 3,500 flights, the most of any airline in the United States.",
            {"delta"},
        ),
        (  # health: the city where officials spoke, in a story of Syria
            "Officials in Geneva said 40 people had died of cholera in Syria.",
            {"geneva"},
        ),
        ("Florida reported 58 deaths on Friday.", set()),  # disaster: no other country named
        (  # health: a region beside another of its country is a place
            "Anambra and Delta reported 300 cases in Nigeria.",
            set(),
        ),
    ],
)
def test_a_region_alone_of_its_country_among_other_countries_is_lone(
    text: str, lone: set[str]
) -> None:
    assert gazetteer().lone(text) == lone


@pytest.mark.parametrize(
    ("text", "lone"),
    [
        (  # conflict: a mercenary force, not Wagner, Brazil
            "Wagner fighters held the east of the city, Ukraine's army said.",
            {"wagner"},
        ),
        (  # agriculture: India's central government, not a region of Burkina Faso
            "The Centre had set a target of 444 lakh tonnes, Indian officials said.",
            {"centre"},
        ),
        ("OPEC+ takes on the West, the bank said.", {"west"}),  # energy: not Cameroon's
        (  # disaster: a town of a country the text names is its own
            "Floods hit Derna and Shahat in eastern Libya.",
            set(),
        ),
        ("Riots broke out in Rotterdam on Sunday.", set()),  # a city is known on its own
    ],
)
def test_a_small_place_of_a_country_named_no_other_way_is_lone(text: str, lone: set[str]) -> None:
    assert gazetteer().lone(text) == lone


@pytest.mark.parametrize(
    ("text", "lone"),
    [
        (  # disaster: a ship, not Dali, China
            "Tugs pulled the container ship Dali free. The Dali lost power twice.",
            {"dali"},
        ),
        (  # science: a space shuttle, not Columbia, South Carolina
            "The shuttle Columbia broke up on re-entry; the Columbia carried seven astronauts.",
            {"columbia"},
        ),
        ("Crews moved the barge off the Dali and into Dali harbour.", set()),  # once in Dali
    ],
)
def test_a_town_written_after_the_and_never_in_a_phrase_of_place_is_lone(
    text: str, lone: set[str]
) -> None:
    assert gazetteer().lone(text) == lone


def test_a_word_the_text_writes_in_lower_case_names_no_country() -> None:
    # "To" is a town of Burkina Faso, as is the region "Centre": but "To" opens a sentence
    text = "To stretch supplies, the Centre allocated rice to states."
    assert gazetteer().lone(text) == {"centre"}


def test_a_lone_name_is_not_the_main_place() -> None:
    assert _main("In a note titled 'OPEC+ takes on the West', analysts saw $110 oil.") is None


@pytest.mark.parametrize("body", ["White House", "Pentagon"])
def test_a_national_body_named_like_a_town_is_no_place(body: str) -> None:
    text = f"The {body} said on Monday that 10 million barrels would be released."
    assert list(gazetteer().find(text)) == []


@pytest.mark.parametrize(
    ("text", "main"),
    [
        (  # farming: a state whose districts the article names, each once
            "Yields in Punjab fell by 15%. Patiala lost 23%, Sangrur and Ropar 21% each, and "
            "Barnala 19%. India's crop estimate was cut.",
            "Punjab",
        ),
        (  # disaster: a state and its towns against the country
            "Hurricane Ian killed 68 in the United States. Fort Myers and Naples were flooded, "
            "and Florida counted 1.7 million customers without power.",
            "Florida",
        ),
    ],
)
def test_a_region_holding_most_of_the_places_named_is_the_main_place(text: str, main: str) -> None:
    assert _main(text) == main


@pytest.mark.parametrize(
    ("text", "main"),
    [
        (  # economy: one town written with its state is one mention, not two
            "At a stop in Asheboro, North Carolina, he said 818,000 jobs never existed. U.S. "
            "payrolls grew 142,000.",
            "United States",
        ),
        (  # aviation: "Ghazipur in Uttar Pradesh" names India once
            "The plane crashed in Nepal, near Pokhara, Nepal's officials said. Five were from "
            "Ghazipur in Uttar Pradesh.",
            "Nepal",
        ),
    ],
)
def test_a_region_written_after_its_town_is_no_mention_of_its_own(text: str, main: str) -> None:
    assert _main(text) == main


def test_a_capital_makes_no_story_of_its_region() -> None:
    # migration: the reporter's capital and a camp in its region; the port is named twice
    text = (
        "ATHENS - Survivors were taken from Kalamata to a camp in Attica, officials in Athens "
        "said. Kalamata's hospital treated 21. Greece mourned."
    )
    assert _main(text) == "Greece"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A ship hit Baltimore's Francis Scott Key Bridge on Tuesday.", "Baltimore"),  # disaster
        ("Homes along Florida's Gulf Coast were flooded.", "Florida"),  # storm
        ("Farmers in Punjab's Ludhiana District lost a fifth of the crop.", "Punjab"),  # farming
    ],
)
def test_a_possessive_ends_a_name_and_its_owner_is_the_place(text: str, place: str) -> None:
    assert [text[s:e] for s, e, _ in gazetteer().find(text)][:1] == [place]


@pytest.mark.parametrize(
    ("written", "country"),
    [("Maryland", "US"), ("Victoria", "AU"), ("Punjab", "IN")],
)
def test_a_region_dwarfing_its_namesakes_comes_first(written: str, country: str) -> None:
    # Maryland's towns hold 70 times the people of Liberia's Maryland county; Pakistan's
    # Punjab only 5 times India's, too close for a name alone to tell
    assert gazetteer().lookup(written).country == country


def test_a_surname_is_known_when_its_full_name_speaks() -> None:
    text = (
        "Gov. Wes Moore said a second channel could open. The first lift removed a 200-ton "
        "piece of the span, which Moore called a small lift."
    )
    assert "moore" in gazetteer().doubtful(text)


@pytest.mark.parametrize(
    ("title", "body", "place"),
    [
        (  # health: the headline's country over the country a closing paragraph names more
            "France counts 2,816 excess deaths in summer heatwaves",
            "PARIS, Nov 21 - France recorded 2,816 more deaths than expected, the agency said.\n"
            "In Britain, 3,271 more people died in England. The United Kingdom and the UK "
            "agency disagreed.",
            "France",
        ),
        (  # disaster: a state the lede names, in a story filed from another state's city
            "Storm could cost insurers billions as Florida reports 21 dead",
            "NEW YORK, Sept 30 - Florida officials reported at least 21 deaths on Friday.\n"
            "Modelers in New York and Boston put losses in the United States at $60 billion.",
            "Florida",
        ),
        (  # a possessive is stripped: "Kenya's" names Kenya
            "Kenya's inflation eases to 6.8% in March",
            "NAIROBI - Prices in Kenya rose 6.8% in the year to March.\nUganda and Tanzania "
            "saw higher rates; Uganda's rose to 9%.",
            "Kenya",
        ),
    ],
)
def test_the_headlines_place_that_the_lede_names_is_the_main_place(
    title: str, body: str, place: str
) -> None:
    assert gazetteer().headline_place(title, body) == place


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (  # migration: the headline's place is the aside of an "as" clause, not the lede's
            "Minister warns 65,000 could cross the Channel as Rwanda deal is signed",
            "DOVER - More than 65,000 migrants could cross to Britain this year.\nRwanda will "
            "take some of them.",
        ),
        (  # disaster: the lede names two countries, the headline one of them
            "Quake deaths could top 20,000 as Syria counts its dead",
            "GENEVA - The toll from the quake in Turkey and Syria could exceed 20,000.\n"
            "Syria said 812 had died.",
        ),
        (  # energy: a capital that speaks is its government
            "Ottawa warns fire season will run into fall",
            "OTTAWA - Officials in Ottawa said fires had burned 134,000 square kilometres of "
            "Canada.",
        ),
        (  # two places apart
            "Heat deaths climb in Spain and Portugal",
            "MADRID - Heat killed 500 people in Spain and Portugal.",
        ),
    ],
)
def test_a_headline_place_the_lede_does_not_bear_out_is_not_the_main_place(
    title: str, body: str
) -> None:
    assert gazetteer().headline_place(title, body) is None


@pytest.mark.parametrize(
    "text",
    [
        "Most died of hypothermia in their homes, the health department said.",  # disaster
        "Much of the $2 billion went to bonuses, the audit found.",  # economy
        "Nine were hurt when the stand gave way.",  # sport
        "No one was charged, and None of the 40 records was recovered.",  # technology
    ],
)
def test_a_function_word_opening_a_sentence_is_no_place(text: str) -> None:
    assert list(gazetteer().find(text)) == []


def test_the_united_states_written_us_is_still_a_place() -> None:
    hits = list(gazetteer().find("Prices in the US rose 3%."))
    assert [p.name for _, _, p in hits] == ["United States"]
