"""What is counted (frames/counted.py and the counted noun): the thing, a share's side and
round, on small sentences from several domains."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.extract import extract_text
from tests.conftest import DAY, _claim


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


@pytest.mark.parametrize(
    ("mention", "counted"),
    [("72 hours", "hours"), ("three weeks", "days"), ("four decades", "years")],
)
def test_a_duration_counts_its_unit(mention: str, counted: str) -> None:
    claim = _claim(f"Rescuers worked for {mention} without rest.", mention)
    assert claim.kind == "duration" and claim.subject == counted


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


def test_a_count_of_countries_is_no_antecedent() -> None:
    text = "The WHO reported 35,000 cases in 92 countries. Some 7,500 of them came in a week."
    assert _claim(text, "7,500").subject == "cases"


@pytest.mark.parametrize(
    ("text", "mention", "counted"),
    [
        # migration: the boats carried the people; the day's record is of people
        (
            "Border Force picked up 394 people from 11 boats on Tuesday as smugglers took"
            " advantage of calm seas, close to this year's daily high of 405, set on March 15.",
            "405",
            "people",
        ),
        (
            "The ministry said 696 people arrived in 14 boats. The year's total rose to 28,561.",
            "28,561",
            "people",
        ),
        # disaster: the flights flew the people out; "others" are more people
        (
            "About 1,500 people were flown out on 10 flights, and 1,800 others left by road.",
            "1,800",
            "people",
        ),
        # conflict: the villages are where the civilians were killed
        (
            "Shelling killed 41 civilians in three villages on Monday and 12 on Tuesday.",
            "12",
            "civilians",
        ),
        # the boats themselves are counted when nothing carried them
        ("Some 30 vessels were at anchor, and another 42 were waiting.", "42", "vessels"),
    ],
)
def test_what_carried_a_count_is_no_antecedent(text: str, mention: str, counted: str) -> None:
    """ "394 people from 11 boats": the boats say what carried the people (lexicon
    ``carriers``); a bare figure after them counts people."""
    assert _claim(text, mention).subject == counted


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
    ("text", "mention", "value", "unit"),
    [
        # an area: 4,200 hectares are 42 km2, as the 7,300 before them are 73
        (
            "They had burned 7,300 hectares by Friday, 4,200 of them around Landiras and 3,100 "
            "at La Teste.",
            "4,200",
            42,
            "km2",
        ),
        (
            "They had burned 7,300 hectares by Friday, 4,200 of them around Landiras and 3,100 "
            "at La Teste.",
            "3,100",
            31,
            "km2",
        ),
        # an output of grain, and a flow of oil
        ("Punjab harvested 14,800 tonnes of wheat, 9,200 of them in March.", "9,200", 9200, "t"),
        (
            "Supply would fall closer to 1 million b/d than the headline 2 million.",
            "2 million",
            2e6,
            "barrels",
        ),
    ],
)
def test_a_list_goes_on_in_the_unit_left_out(
    text: str, mention: str, value: float, unit: str
) -> None:
    claim = _claim(text, mention)
    assert (claim.kind, claim.unit) == ("other", unit) and claim.value == pytest.approx(value)


def test_acres_are_an_area() -> None:
    claim = _claim("Manish farms 21 acres in Haryana.", "21 acres")
    assert claim.unit == "km2" and claim.role is None


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


@pytest.mark.parametrize(
    ("text", "mention", "counted", "role"),
    [
        # plural "shares" alone, or "of" a name, are stock, not a share of what came before
        (
            "Sales rose 5% to $3bn. Shares fell about 4 per cent in late trading.",
            "4 per",
            "shares",
            "change",
        ),
        (
            "The deal added $9.8 billion to its profit. Its shares rose as much as 14%.",
            "14%",
            "shares",
            "change",
        ),
        ("Shares of Tesla, the carmaker, collapsed 60% on Thursday.", "60%", "shares", "change"),
        (
            "Exports grew 3% in May. Shares of Adani Ports slid 9% on Friday.",
            "9%",
            "shares",
            "change",
        ),
        # shares of a common noun are still shares of it
        ("Their shares of the vote fell to 40% in the run-off.", "40%", "vote", "votes"),
    ],
)
def test_plural_shares_are_stock(text: str, mention: str, counted: str, role: str) -> None:
    claim = _claim(text, mention)
    assert (claim.subject, claim.role) == (counted, role)


@pytest.mark.parametrize(
    ("text", "mention", "counted"),
    [
        # a change noun with a compound names what changed: no stand-in for a thing before
        (
            "Only 60% of trains ran. The union wants a pay rise of at least 7%.",
            "at least 7%",
            "pay rise",
        ),
        ("Exports rose 5%. The firm offered a wage increase of 4%.", "4%", "wage increase"),
        (
            "The carmaker hired 900 people. Amazon announced 18,000 job cuts in January.",
            "18,000",
            "job cuts",
        ),
        # a bare change noun still stands for the thing before
        ("Payrolls grew by 150,000 in May. The gain was cut to 118,000.", "118,000", "payrolls"),
    ],
)
def test_a_change_noun_with_a_compound_names_its_thing(
    text: str, mention: str, counted: str
) -> None:
    assert _claim(text, mention).subject == counted


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # a scale that ends a sentence keeps its full stop, and is still no noun counted
        ("Each day of the walkout will cost taxpayers around £30m.", "£30m"),
        ("The appeal raised $5bn.", "$5bn"),
    ],
)
def test_a_sentence_final_scale_is_no_noun(text: str, mention: str) -> None:
    assert not (_claim(text, mention).subject or "").endswith(".")


@pytest.mark.parametrize(
    ("text", "mention", "counted"),
    [
        # a share is the value of the common noun it is "of", as a sum is
        ("Sales rose 5%. The union is seeking raises of 40% over four years.", "40%", "raises"),
        ("Exports fell 2%. Nurses were offered a raise of at least 6%.", "6%", "raise"),
        ("The ministry set a tariff of 25% on imported steel.", "25%", "tariff"),
        # a high or a low of a figure names no thing: the figure before it says what it is
        (
            "Inflation eased to 10.7 per cent from October's 41-year high of 11.1 per cent.",
            "11.1 per cent",
            "inflation",
        ),
    ],
)
def test_a_share_is_the_value_of_its_noun(text: str, mention: str, counted: str) -> None:
    assert _claim(text, mention).subject == counted


@pytest.mark.parametrize(
    ("text", "mention", "counted"),
    [
        (
            "The wildfire has burned 120,000 hectares and forced 30,000 residents to leave.",
            "30,000 residents",
            "residents",
        ),  # disaster
        (
            "The drought cut the harvest to 2 million tonnes and left 40,000 farmers idle.",
            "40,000 farmers",
            "farmers",
        ),  # agriculture
    ],
)
def test_a_count_with_its_own_noun_does_not_go_on_a_list(
    text: str, mention: str, counted: str
) -> None:
    claim = next(c for c in extract_text(text, DAY) if c.mention == mention)
    assert (claim.kind, claim.subject) == ("count", counted)
