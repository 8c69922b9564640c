"""What a figure measures, read from hand-written sentences (none of them from the seeds)."""

from __future__ import annotations

import pytest

from factcheck.extract import meaning


def _read(sentence: str, figure: str, kind: str = "count", **kwargs: object) -> meaning.Meaning:
    start = sentence.index(figure)
    return meaning.describe(sentence, start, start + len(figure), kind, **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("sentence", "figure", "role"),
    [
        ("Air strikes killed 14 people in the market.", "14", "killed"),
        ("At least 9 people died when the bridge collapsed.", "9", "killed"),
        ("The raid left 23 wounded.", "23", "injured"),
        ("Twelve children were injured by shrapnel.", "Twelve", "injured"),
        ("The bombing killed 8 and injured 31 on the ring road.", "8", "killed"),
        ("The bombing killed 8 and injured 31 on the ring road.", "31", "injured"),
        ("About 4,000 families fled the valley overnight.", "4,000", "fled"),
        ("Some 900 people were displaced by the floods.", "900", "fled"),
        ("Nearly 200 fighters surrendered to the army.", "200", "surrendered"),
        ("An estimated 60,000 people remain trapped in the old town.", "60,000", "remaining"),
        ("Police arrested 17 protesters after the rally.", "17", "arrested"),
        ("The army retook 11 villages in the valley.", "11", "captured"),
        ("Buses evacuated 1,200 civilians from the district.", "1,200", "evacuated"),
        ("Fighting took place within 3 km of the base.", "3 km", None),
    ],
)
def test_roles(sentence: str, figure: str, role: str | None) -> None:
    assert _read(sentence, figure).role == role


@pytest.mark.parametrize(
    ("sentence", "figure", "subject"),
    [
        ("Air strikes killed 14 civilians in the market.", "14", "civilians"),
        ("Shelling killed five soldiers and wounded 12 in the town.", "12", None),
        ("Tens of thousands of residents remain in the enclave.", "Tens of thousands", "residents"),
        ("The raid left 23 wounded.", "23", "people"),
    ],
)
def test_subjects(sentence: str, figure: str, subject: str | None) -> None:
    read = _read(sentence, figure, previous_subject="soldiers" if subject is None else None)
    assert read.subject == (subject or "soldiers")  # an elided noun is the previous figure's


@pytest.mark.parametrize(
    ("sentence", "figure", "place"),
    [
        ("Shelling killed 6 people in east Mosul on Friday.", "6", "eastern Mosul"),
        ("Rockets hit western Homs, wounding 14.", "14", "western Homs"),
        ("Some 3,000 people fled Raqqa's north.", "3,000", "northern Raqqa"),
        ("Fighters control 70 percent of the south of Daraa.", "70 percent", "southern Daraa"),
        ("The toll in Idlib rose to 41.", "41", "Idlib"),
        (
            "Troops hold 40 percent of the eastern part of the city.",
            "40 percent",
            "eastern Homs",
        ),
    ],
)
def test_places(sentence: str, figure: str, place: str) -> None:
    assert (
        _read(sentence, figure, "percent" if "percent" in figure else "count", city="Homs").place
        == place
    )


def test_main_city_is_the_most_named_place() -> None:
    text = "Clashes in Homs. More clashes in Homs and west Homs. A convoy left Hama."
    assert meaning.main_city(text) == "Homs"


@pytest.mark.parametrize(
    ("sentence", "figure", "holder", "role"),
    [
        ("Government forces have recaptured 65 percent of the rebel enclave.", "65 percent",
         "government", "captured"),
        ("The insurgents now hold just 20 percent of the town.", "20 percent", "rebels",
         "controlled"),
        ("Rebels have been confined to a tenth of their former area.", "a tenth", "rebels",
         "controlled"),
        ("Rebels lost 30 percent of their territory in a week.", "30 percent", "government",
         "captured"),
        ("The capture of 55 percent of opposition-held territory was announced.", "55 percent",
         "government", "captured"),
        ("The advance put half of the area controlled by militants under army control.", "half",
         "government", "controlled"),
        ("Kurdish-led SDF fighters hold 40 percent of the town.", "40 percent", "kurds",
         "controlled"),
        ("Islamic State fighters control nearly half of the province.", "nearly half",
         "islamic state", "controlled"),
        ("The army holds 60 percent of the city.", "60 percent", "government", "controlled"),
        ("They took 85 percent of the territory rebels controlled.", "85 percent", "government",
         "captured"),
    ],
)  # fmt: skip
def test_holder_of_territory_shares(sentence: str, figure: str, holder: str, role: str) -> None:
    read = _read(sentence, figure, "percent")
    assert (read.holder, read.role) == (holder, role)
    assert read.subject == "territory"


def test_capture_share_is_cumulative_but_held_share_is_not() -> None:
    assert _read(
        "The army has taken 65 percent of the enclave.", "65 percent", "percent"
    ).cumulative
    assert not _read(
        "The army holds 65 percent of the enclave.", "65 percent", "percent"
    ).cumulative


@pytest.mark.parametrize(
    ("sentence", "figure", "cumulative"),
    [
        ("More than 500 people have been killed since the offensive began.", "500", True),
        ("The death toll has risen to 73.", "73", True),
        ("So far 12,000 people have fled the city.", "12,000", True),
        ("Shelling killed 7 people on Tuesday.", "7", False),
        ("Strikes have killed 40 fighters in the past 24 hours.", "40", False),
    ],
)
def test_cumulative(sentence: str, figure: str, cumulative: bool) -> None:
    assert _read(sentence, figure).cumulative is cumulative


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Six people died, state television reported.", "state television"),
        ("Six people died, according to the Red Crescent.", "the Red Crescent"),
        ("A local council official told AFP that six people died.", "A local council official"),
        ('"Six people died," said a hospital director in the town.', "a hospital director"),
        (
            "The Observatory, a monitoring group based in London, said six people died.",
            "The Observatory",
        ),
        ("Six people died, a rebel commander said on Sunday.", "a rebel commander"),
    ],
)
def test_attribution(sentence: str, source: str) -> None:
    assert meaning.attribution_of(sentence) == source


def test_pronoun_source_falls_back_to_the_previous_one() -> None:
    assert meaning.attribution_of("It said 12 people died.", "the Observatory") == "the Observatory"
    assert meaning.attribution_of("Twelve people died in the attack.") is None
    described = "The London-based monitoring group said 12 people died."
    assert meaning.attribution_of(described, "the Observatory") == "the Observatory"


@pytest.mark.parametrize(
    ("sentence", "figure", "kind", "event"),
    [
        ("The rebels accepted a 72-hour truce.", "72-hour", "duration", "truce"),
        ("After eight years of conflict the economy collapsed.", "eight years", "duration", "war"),
        ("The town was under rebel control for three years.", "three years", "duration",
         "rebel rule"),
        ("Troops have seized 20 villages in the last ten days.", "ten days", "duration",
         "offensive"),
        ("The siege began on 3 May.", "3 May", "date", "siege"),
        ("Rebels have held the town for three years.", "three years", "duration", "rebel rule"),
        ("The sides held talks for 3 days.", "3 days", "duration", "talks"),
    ],
)  # fmt: skip
def test_events(sentence: str, figure: str, kind: str, event: str) -> None:
    read = _read(sentence, figure, kind)
    assert read.event == event
    assert read.role is None and read.subject == event


def test_context_masks_the_figure_and_measure_reads() -> None:
    read = _read("Shelling killed 6 civilians in west Mosul.", "6")
    assert read.context == "Shelling killed [NUM] civilians in west Mosul."
    assert read.measure == "civilians killed in western Mosul"
    share = _read("Troops have captured 85 percent of rebel-held Mosul.", "85 percent", "percent")
    assert share.measure == "share of rebel-held Mosul taken by the government"


def test_distance_target() -> None:
    read = _read("Mortars landed within 2 km of the airport.", "within 2 km", "distance")
    assert read.subject == "the airport"
    assert read.measure == "distance to the airport"


@pytest.mark.parametrize(
    ("sentence", "figure", "role"),
    [
        # common casualty shapes
        ("Shelling hit the town, killing 12 people and wounding 30.", "12", "killed"),
        ("Shelling hit the town, killing 12 people and wounding 30.", "30", "injured"),
        ("The death toll rose to 45 on Friday.", "45", "killed"),
        ("The explosion left 12 dead and 30 injured.", "30", "injured"),
        ("The monitor put the death toll at 85.", "85", "killed"),
        ("The bombing left 20 people dead.", "20", "killed"),
        # another action verb between a role verb and the figure ends the role's reach
        ("The army killed 70 gunmen and destroyed a tank and two launchers.", "two", None),
        ("Jets hit the base, killing scores of militants and downing 4 drones.", "4", None),
        # an -ing role verb with its own figure is not the previous figure's
        ("A shell landed in the square killing 2 children injuring 9 others.", "2", "killed"),
        ("A shell landed in the square killing 2 children injuring 9 others.", "9", "injured"),
        # a passive predicate after an inserted part belongs to its own subject
        ("Three were killed and 12 others including women were wounded.", "12", "injured"),
        # a role verb behind a subordinator belongs to another clause
        ("The tribe, who number about 7000, rose up after the militants seized the wells.",
         "7000", None),
        # bracketed asides are skipped
        ("A total of 24 gunmen (a group banned in Russia) were killed near the city.", "24",
         "killed"),
        ("Around 15 young men are martyred.", "15", "killed"),
        ("Nine bodies were recovered from the rubble.", "Nine", "killed"),
        ("Over 10 citizens have been hospitalized.", "10", "injured"),
        ("The fate of around 200 soldiers remained unknown.", "200", "missing"),
        ("Tension grew over the controlled areas in several cities.", "several", None),
    ],
)  # fmt: skip
def test_casualty_shapes(sentence: str, figure: str, role: str | None) -> None:
    assert _read(sentence, figure).role == role


@pytest.mark.parametrize(
    ("sentence", "figure", "subject"),
    [
        ("Eight people died, 3 of them children.", "3", "children"),
        ("Three of the dead were women.", "Three", "women"),
        ("At least 10 were killed including 4 children.", "4 children", "children"),
        ("Fifteen civilians were killed, among them 5 women.", "5 women", "women"),
    ],
)
def test_a_part_is_marked_by_its_own_noun(sentence: str, figure: str, subject: str) -> None:
    start = sentence.index(figure)
    noun = figure.split()[1] if " " in figure else ""
    got = meaning.describe(
        sentence, start, start + len(figure), "count", noun=noun, previous_role="killed"
    )
    assert got.subject == subject and got.role == "killed"


@pytest.mark.parametrize(
    ("sentence", "figure", "cumulative"),
    [
        # one day's event toll, and a toll placed for one attack, are not running totals
        ("Warplanes killed 31 villagers Sunday near the river, medics said.", "31", False),
        ("The state agency put the death toll at 19.", "19", False),
        ("A total of 26 people were killed in the car bomb.", "26", False),
        ("Shelling killed 4 people on Monday in the town, which has been besieged since 2014.",
         "4", False),
        # totals that only grow
        ("To date, 4,500 people have been killed in the province.", "4,500", True),
        ("Some 470,000 people have been killed in the country's six-year war.", "470,000", True),
        ("Overall, 95 aid workers have died.", "95", True),
        ("The group puts the death toll from the four-year conflict at 80,000.", "80,000", True),
        ("The toll from Sunday's bombing of the market in the old city rose to 41.", "41", True),
        ("Death toll from car bomb in the port city rises to 17.", "17", True),
        ("Rockets killed 9 there in one of the worst days of the uprising.", "9", False),
        ("Militants staged 12 attacks during the week a war of words raged.", "12", False),
    ],
)  # fmt: skip
def test_running_totals_need_a_running_cue(sentence: str, figure: str, cumulative: bool) -> None:
    assert _read(sentence, figure).cumulative is cumulative


def test_a_risen_price_is_not_a_running_total() -> None:
    read = _read("The price of bread had risen to 400 pounds.", "400 pounds", "money")
    assert not read.cumulative


@pytest.mark.parametrize(
    ("sentence", "figure", "event"),
    [
        ("The militia was founded in 2013 during the war.", "2013", None),
        ("Barrel bombs were first dropped in the conflict in August 2012.", "August 2012", None),
        ("The district has been split since late 2013, as the war spread.", "late 2013", None),
        ("The conflict erupted in March 2011.", "March 2011", "war"),
        ("Since the start of the uprising in March 2011, the town has changed hands.",
         "March 2011", "war"),
        ("The country has been at war since 2011, when the uprising began.", "2011", "war"),
        ("The country has been mired in civil war since early 2012.", "early 2012", "war"),
        ("The conflict, which flared in May 2013, has displaced thousands.", "May 2013", "war"),
        ("The war has killed 9,000 people since erupting in 2014.", "2014", "war"),
        ("The city, a hub in its civil war, has been split into two zones since mid-2013.",
         "mid-2013", None),
    ],
)  # fmt: skip
def test_a_date_is_the_wars_only_when_the_war_began_then(
    sentence: str, figure: str, event: str | None
) -> None:
    assert _read(sentence, figure, "date").event == event


@pytest.mark.parametrize(
    ("sentence", "figure", "place"),
    [
        # the nearest place in the figure's own coordinated part wins
        ("Raids killed 18 in Homs and 9 in nearby Hama, medics said.", "9", "Hama"),
        ("Raids killed 18 in Homs and 9 in Hama, medics said.", "18", "Homs"),
        ("In Daraa, 6 were killed and 14 wounded.", "14", "Daraa"),
        # organisation names are not places; title-case words after a place are not part of it
        ("The Homs Police Command said 3 people were killed.", "3", None),
        ("A source at Daraa Health Directorate said 4 people died.", "4", None),
        ("Convoy Blast Near Hama Over 30 Dead", "30", "Hama"),
        # a possessive, with or without its apostrophe, names the larger place
        ("At least 5 people died in Syrias Daraa province.", "5", "Daraa"),
        ("At least 5 people died in Syria's Daraa province.", "5", "Daraa"),
        ("Strikes kill 18 civilians in Syrias Raqa Monitor AFP", "18", "Raqa"),
        ("Some 40 people drowned in the Orontes River.", "40", "Orontes River"),
    ],
)  # fmt: skip
def test_places_of_parts_and_names(sentence: str, figure: str, place: str | None) -> None:
    assert _read(sentence, figure).place == place


@pytest.mark.parametrize(
    ("sentence", "figure", "role"),
    [
        # a misspelt role word still names its role, and is nearer than the other clause's verb
        ("Over 90,000 were killed and thousands have been displaceed by the floods.", "thousands",
         "fled"),
        ("Some 4,000 residents were evacuted from the valley.", "4,000", "evacuated"),
        # people under rubble are trapped, not (yet) dead; "2 women killed" is the first figure's
        ("3 men killed 5 children and their father still under the rubble after the raid.", "5",
         "trapped"),
        ("3 men killed 5 children and their father still under the rubble after the raid.", "3",
         "killed"),
        # the object of another verb has no role, however near a role word is
        ("The convoy carried food to feed 40,000 people who remain in the old city.", "40,000",
         None),
        ("The clinic has treated more than 600 patients living in the camp.", "600", None),
        # a verb that has its own hedged figure ends the previous one's role
        ("Rockets hit the square killing 6 people injuring more than 40 others.", "6", "killed"),
        ("The blast killed at least 9 people and wounded more than 30.", "9", "killed"),
        ("It caused the death of one man and the injury of 7 others.", "one", "killed"),
        ("It caused the death of one man and the injury of 7 others.", "7", "injured"),
        # headline style: each figure's participle follows it
        ("Four civilians killed 19 others injured in shelling on the town.", "19", "injured"),
        ("The raid on March 3 killed 26 people.", "26", "killed"),
        # with no verb of its own, a participle after another figure is still the nearest
        ("Shelling killed two patients injured five others and damaged the clinic.", "five",
         "injured"),
        # "and" opening another verb phrase ends the figure's reach
        ("The war killed 300,000 people wounded 1 million and left many displaced.", "1 million",
         "injured"),
        ("Rescuers pulled 4 people alive from under the rubble.", "4", "rescued"),
    ],
)  # fmt: skip
def test_roles_of_misspelt_buried_and_object_figures(
    sentence: str, figure: str, role: str | None
) -> None:
    assert _read(sentence, figure).role == role


@pytest.mark.parametrize(
    ("sentence", "figure", "holder"),
    [
        ("Some 900,000 people live in government zones of the city.", "900,000", "government"),
        ("Some 900,000 people live in regime areas of the city.", "900,000", "government"),
        ("About 70,000 civilians remain in the rebel-held south.", "70,000", "rebels"),
        ("About 70,000 civilians remain in the south (opposition-held).", "70,000", "rebels"),
        ("An estimated 300,000 people are trapped in areas held by insurgents.", "300,000",
         "rebels"),
        ("In army-controlled districts, 40,000 people have found shelter.", "40,000",
         "government"),
        # a toll in rebel-held areas is a toll, not a population of one side
        ("Air strikes killed 17 people in rebel-held districts.", "17", None),
        ("Air strikes hit 3 hospitals in rebel-held districts.", "3", None),
        ("About 70,000 civilians remain in the south.", "70,000", None),
    ],
)  # fmt: skip
def test_population_counts_take_the_side_of_their_area(
    sentence: str, figure: str, holder: str | None
) -> None:
    assert _read(sentence, figure).holder == holder


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        # passives and clauses are not sources
        ("Three more people were reported killed in the village.", None),
        ("Witnesses said a school was struck and 4 pupils died.", "Witnesses"),
        ("The mayor said a bakery was hit in the raid.", "The mayor"),
        ("The report said a bakery was hit in the raid.", "The report"),
        ("It was hit twice, said a market in the old town.", None),
        ("Both sides said the nearby village of Kafr Nabl was shelled.", None),
        # sources: source nouns, names, groups written in capitals
        ("IS said in a statement that its fighters had taken the hill.", "IS"),
        ("The Hama Media Office which covers the countryside said 9 people were killed.",
         "The Hama Media Office"),
        ("Nine were killed, according to the UN has said.", "the UN"),
        ("Rebels said they had shot down a helicopter.", "Rebels"),
        # without commas the words before a source are not part of it
        ("Raids killed 8 people in northern Hama a monitoring group said.", "a monitoring group"),
        ("Shelling killed 3 in the city the Observatory said.", "the Observatory"),
    ],
)  # fmt: skip
def test_an_attribution_is_a_source(sentence: str, source: str | None) -> None:
    assert meaning.attribution_of(sentence) == source


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "His own minister, Essam Abu Zriba, gave a much lower figure the same day.",
            "Essam Abu Zriba",
        ),
        ("Their coach, Maria Lopez, gave the final tally to reporters.", "Maria Lopez"),
        ("Rival pollster Ipsos gave a higher estimate on Tuesday.", "Rival pollster Ipsos"),
    ],
)
def test_who_gives_a_figure_becomes_the_source_a_pronoun_means(sentence: str, source: str) -> None:
    assert meaning.attribution_of(sentence) == source
    assert (
        meaning.attribution_of("Only 40 had died, he said.", meaning.attribution_of(sentence))
        == source
    )


@pytest.mark.parametrize(
    ("source", "back"),
    [
        ("the agency", True),
        ("the same ministry", True),
        ("its teams", False),
        ("the health ministry", False),
        ("the commission", False),
        ("UNICEF", False),
    ],
)
def test_a_bare_body_noun_points_back(source: str, back: bool) -> None:
    assert meaning.is_back_reference(source) is back
