"""Role (frames/role.py): what happened to the thing counted, and the sign of a change, on
small sentences from several domains."""

from __future__ import annotations

import pytest

from factcheck.extract import extract_text, frames
from tests.conftest import DAY, _claim


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
        ("The mill announced nearly 200 additional layoffs.", "nearly 200", -199),
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
        # a sum of money lost or cut from earnings is what the event cost: positive
        ("Companies face direct losses of $5.4 billion from the outage.", "$5.4 billion", 5.4e9),
        ("The average airline lost $44 million, the firm estimated.", "$44 million", 44e6),
        ("He said the paper was losing more than $4 million a day.", "$4 million", 4.04e6),
        ("The strike cut its pretax income by $150 million.", "$150 million", 150e6),
        ("Insurers could face losses of $42 billion to $57 billion.", "$42 billion", 49.5e9),
        ("The canal lost £12 million in revenue each day.", "£12 million", 12e6),
        # a figure said to be the size of a fall: what a copula says of it, where a verb puts it
        ("The real reduction would be 1 million bpd, he said.", "1 million bpd", -1e6),
        ("In August the bureau had put the shortfall at 818,000.", "818,000", -818000),
        ("The note put the production loss at roughly 6%.", "roughly 6%", -6),
        (
            "A survey put the decline at 710,000 bpd and output at 29 million bpd.",
            "29 million",
            29e6,
        ),
        ("Officials put the death toll at 41 on Friday.", "41", 41),
        # money wiped off a value, and a share lost, still fall
        ("Shares lost 60% on Thursday.", "60%", -60),
    ],
)
def test_a_fall_is_a_negative_change(sentence: str, mention: str, value: float) -> None:
    claim = _claim(sentence, mention)
    assert claim.value == pytest.approx(value)
    assert claim.low <= claim.value <= claim.high


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
    ("sentence", "mention", "role"),
    [
        # conflict, disaster, migration: people still somewhere are trapped there
        ("Officials said about 3,500 people were still in the besieged city.", "3,500", "trapped"),
        ("The chief believed about 500 residents were still inside the zone.", "500", "trapped"),
        ("Some 200 migrants were still at the border crossing on Monday.", "200", "trapped"),
        # only people are trapped
        ("About 20% of services were still in operation on Friday.", "20%", None),
    ],
)
def test_people_still_somewhere_are_trapped(sentence: str, mention: str, role: str | None) -> None:
    """Being still in a place is being still there (frames.json ``persisting``)."""
    assert _claim(sentence, mention).role == role


@pytest.mark.parametrize(
    ("sentence", "mention", "role"),
    [
        # health, conflict, disaster: what befell a part of a population is its role
        ("A study found that 64% of the population had been infected by January.", "64%", "cases"),
        (
            "About 1.5 million people, close to 18% of the population, caught the virus.",
            "18%",
            "cases",
        ),
        ("Perhaps a tenth of the pre-war population was still there.", "a tenth", "trapped"),
        ("About 10% of the town's population was killed in the raid.", "10%", "killed"),
        ("Some 70% of the population has been vaccinated.", "70%", "vaccinated"),
        # a population with nothing befalling it stays a setting
        ("The city has a population of 120,000.", "120,000", "population"),
    ],
)
def test_what_befell_a_part_of_a_population_is_its_role(
    sentence: str, mention: str, role: str
) -> None:
    """ "64% of the population had been infected" are cases (frames.json ``settled_people``)."""
    assert _claim(sentence, mention).role == role


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        # an election count, a poll, a union ballot and a referendum
        ("Lula leads Bolsonaro by 49% to 45%, the court said.", "45%"),
        ("A week earlier the split was 53% to 47%.", "53%"),
        ("Union members backed the deal by 64% to 36%, the union said.", "36%"),
        ("The referendum on the new constitution passed 61% to 39%.", "61%"),
    ],
)
def test_a_sides_share_of_a_score_is_votes(sentence: str, mention: str) -> None:
    """Two sides' shares written as a score are shares of votes (frames.json ``scores``)."""
    assert _claim(sentence, mention).role == "votes"


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
    ("sentence", "mention", "harmed"),
    [
        # disaster: fires burn, and burn land, but are not burned
        ("On Sunday 413 fires were burning nationwide.", "413 fires", None),
        ("Across the province, 2,214 wildfires have burned 3.3 million hectares.", "2,214", None),
        ("Two earthquakes destroyed 300 homes and killed 41 people.", "Two earthquakes", None),
        ("Two earthquakes destroyed 300 homes and killed 41 people.", "300 homes", "damaged"),
        # conflict: strikes and clashes kill and wound; their victims keep the role
        ("Twelve air strikes killed 40 civilians in the town on Monday.", "Twelve", None),
        ("Twelve air strikes killed 40 civilians in the town on Monday.", "40", "killed"),
        ("The army said 221 troops were wounded in 23 of the clashes.", "23", None),
        # transport and crime: crashes and shootings
        ("Three crashes on the motorway injured 25 people.", "Three crashes", None),
        ("Three crashes on the motorway injured 25 people.", "25 people", "injured"),
    ],
)
def test_a_count_of_events_takes_no_harm(sentence: str, mention: str, harmed: str | None) -> None:
    """Events do harm; none befalls them (frames.json ``unharmed_events``)."""
    assert _claim(sentence, mention).role == harmed


def test_a_number_of_people_keeps_what_befell_them() -> None:
    """ "the number of passengers killed at 295": the clause says what befell them."""
    sentence = "The minister told parliament, putting the number of passengers killed at 295."
    claim = _claim(sentence, "295")
    assert claim.role == "killed"


def test_a_verbs_word_leaves_a_list_to_the_role_word_beside_the_figure() -> None:
    """ "claiming 4 lives and 13 injured": the parse hangs 13 off "claiming"; the toll's noun
    ("put the death toll at 7,108") is read from the parse whatever follows it."""
    listed = "The blast at the market claimed 4 lives and 13 injured."
    assert _claim(listed, "13").role == "injured"
    toll = "The agency put the death toll at 7,108 and said 49,910 people had been injured."
    assert _claim(toll, "7,108").role == "killed"


def test_a_change_by_is_not_a_level() -> None:
    claim = _claim("The central bank raised Bank Rate by 0.5% to 1.75%.", "0.5%")
    assert claim.role == "change"


def test_a_figure_in_a_unit_takes_no_role_from_the_one_before() -> None:
    text = (
        "A provisional record of 40.2C was logged at Heathrow. The previous national record, "
        "38.7C, was measured in Cambridge in July 2019."
    )
    assert _claim(text, "38.7C").role is None


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


def test_coordinated_objects_give_the_nearest_its_value() -> None:
    sentence = "Economists had forecast 170,000 new jobs and an unemployment rate steady at 4.1%."
    claim = _claim(sentence, "4.1%")
    assert claim.role == "level"
    assert claim.subject is not None and "unemployment" in claim.subject


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
    ("text", "mention", "role"),
    [
        ("Abstention eased nationally to 20.5% from 20.9%.", "20.5%", "turnout"),
        ("Turnout in the first phase reached nearly 64%.", "64%", "turnout"),
    ],
)
def test_abstention_is_turnout(text: str, mention: str, role: str) -> None:
    assert _claim(text, mention).role == role


@pytest.mark.parametrize(
    ("text", "mention", "role"),
    [
        # "out of N" is the whole a part is taken from, not the particle of "arrive out"
        (
            "Figures show that 2,156 Albanians arrived by small boat in May, out of 12,747 people.",
            "2,156",
            "arrived",
        ),
        ("Officials said 41 patients were infected last week, out of 300 tested.", "41", "cases"),
        # a true particle still makes its own verb
        ("Police picked up 12 men out of the crowd.", "12", "arrested"),
    ],
)
def test_out_of_a_figure_is_no_particle(text: str, mention: str, role: str) -> None:
    assert _claim(text, mention).role == role


@pytest.mark.parametrize(
    ("text", "mention", "role"),
    [
        # a bare share a verb of happening moves its thing by is a change
        ("Shares of the lender collapsed 60% on Thursday.", "60%", "change"),
        # a share of a thing that befell it keeps the verb's role
        ("About 60% of the homes collapsed in the quake.", "60%", "damaged"),
        # a verb of no happening may leave its object out: no change
        ("United had cancelled just 1% of its flights on Tuesday.", "1%", None),
    ],
)
def test_a_share_a_verb_moves_by_is_a_change(text: str, mention: str, role: str | None) -> None:
    assert _claim(text, mention).role == role


@pytest.mark.parametrize(
    ("text", "mention", "role"),
    [
        # once an article says an area burned or flooded, bare areas after it are the same harm
        (
            "Wildfires have burned 18.5 million hectares this year. Until now the worst year "
            "was 1989, at 7.3 million hectares.",
            "7.3 million",
            "damaged",
        ),
        (
            "Floods have inundated 4,000 square kilometres of farmland. The average for the "
            "season is about 900 square kilometres.",
            "about 900",
            "damaged",
        ),
        # an area in an article that names no harm to one stays without a role
        ("The city covers about 41.6 square kilometres.", "41.6", None),
    ],
)
def test_a_bare_area_after_a_harmed_one_is_harmed(text: str, mention: str, role: str) -> None:
    assert _claim(text, mention).role == role
