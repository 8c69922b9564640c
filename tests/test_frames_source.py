"""Source (frames/source.py and the passes that carry it): on whose word a figure is given,
on small sentences and articles from several domains."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from factcheck.extract import extract_text, parser
from tests.conftest import DAY, _article_claims, _claim


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


def test_a_dateline_is_no_speaker_and_its_country_is_the_default_place() -> None:
    text = (
        "LONDON, Aug 4 (Reuters) - The central bank said inflation was likely to reach 13.3% "
        "in October."
    )
    claim = _claim(text, "13.3%", date(2022, 8, 4))
    assert claim.attribution == "The central bank"
    assert claim.place == "United Kingdom"


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


@pytest.mark.parametrize(
    ("body", "near", "far", "source", "outlet"),
    [
        (
            "Unemployment rose to 6.1% in April, the statistics bureau said.\n\n"
            "Youth unemployment rose to 14.2%.\n\n"
            "The strike shut 40 schools.\n\n"
            "Teachers walked out across the north.\n\n"
            "About 12% of the country's teachers belong to the union.",
            "14.2%",
            "12%",
            "the statistics bureau",
            "The Courier",
        ),
        (
            "Vaccination reached 71% of adults by June, the health ministry said.\n\n"
            "Among the over-60s the rate rose to 88%.\n\n"
            "The clinic opened in 1998.\n\n"
            "Its doctors work long shifts.\n\n"
            "Roughly 15% of its patients come from abroad.",
            "88%",
            "15%",
            "the health ministry",
            "Health Daily",
        ),
    ],
)
def test_a_release_goes_on_for_a_few_paragraphs_only(
    body: str, near: str, far: str, source: str, outlet: str
) -> None:
    claims = _article_claims(body, outlet)
    assert next(c for c in claims if near in c.mention).attribution == source
    # paragraphs on, the article gives figures of its own
    assert next(c for c in claims if far in c.mention).attribution == outlet


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


def _parsed(spec: list[tuple[str, str, str, int]]) -> Any:
    """A sentence parsed as given, (word, part of speech, relation, head), for a rule about a
    parse the parser makes only on long sentences."""
    from spacy.tokens import Doc

    words, pos, deps, heads = (list(column) for column in zip(*spec, strict=True))
    return Doc(parser.load().vocab, words=words, pos=pos, deps=deps, heads=heads)


@pytest.mark.parametrize(
    "spec",
    [
        # "Fires burned 900 hectares, 400 of them near Lyon, the prefecture said": the parser
        # hangs the part after the comma on "said" as a second subject
        [
            ("Fires", "NOUN", "nsubj", 1),
            ("burned", "VERB", "ccomp", 13),
            ("900", "NUM", "nummod", 3),
            ("hectares", "NOUN", "dobj", 1),
            (",", "PUNCT", "punct", 13),
            ("400", "NUM", "nsubj", 13),
            ("of", "ADP", "prep", 5),
            ("them", "PRON", "pobj", 6),
            ("near", "ADP", "prep", 5),
            ("Lyon", "PROPN", "pobj", 8),
            (",", "PUNCT", "punct", 13),
            ("the", "DET", "det", 12),
            ("prefecture", "NOUN", "nsubj", 13),
            ("said", "VERB", "ROOT", 13),
            (".", "PUNCT", "punct", 13),
        ],
        # "Sales fell 8%, 3% in Asia, the company said"
        [
            ("Sales", "NOUN", "nsubj", 1),
            ("fell", "VERB", "ccomp", 10),
            ("8", "NUM", "nummod", 3),
            ("%", "NOUN", "npadvmod", 1),
            (",", "PUNCT", "punct", 10),
            ("3", "NUM", "nummod", 6),
            ("%", "NOUN", "nsubj", 10),
            ("in", "ADP", "prep", 6),
            ("Asia", "PROPN", "pobj", 7),
            ("the company", "NOUN", "nsubj", 10),
            ("said", "VERB", "ROOT", 10),
            (".", "PUNCT", "punct", 10),
        ],
    ],
)
def test_a_figure_read_as_a_second_subject_gives_way_to_the_speaker(
    spec: list[tuple[str, str, str, int]],
) -> None:
    from factcheck.extract.frames.source import _speaker

    doc = _parsed(spec)
    said = next(t for t in doc if t.text == "said")
    speaker = _speaker(said)
    assert speaker is not None and speaker.text in ("prefecture", "the company")


@pytest.mark.parametrize(
    ("sentence", "mention", "source"),
    [
        # a reporting clause hung on a figure of the clause, not its verb, still reports it
        (
            "More than 40,000 jobs were lost across the sector between March and May, the survey"
            " found, about 12,000 of them in Detroit.",
            "40,000",
            "the survey",
        ),
        (
            "More than 40,000 jobs were lost across the sector between March and May, the survey"
            " found, about 12,000 of them in Detroit.",
            "12,000",
            "the survey",
        ),
    ],
)
def test_a_reporting_clause_hung_on_a_figure_reports_its_clause(
    sentence: str, mention: str, source: str
) -> None:
    assert _claim(sentence, mention).attribution == source


@pytest.mark.parametrize(
    ("sentence", "mention", "source"),
    [
        # an apposition that is the figure gives the value of the noun before it: the
        # speaker's words, not the outlet's description of a name
        (
            "The minister said the harvest would reach the five-year average, 104 million tonnes.",
            "104 million",
            "The minister",
        ),
        (
            "The bank said inflation would settle near its long-run norm, 2.5%, by 2026.",
            "2.5%",
            "The bank",
        ),
    ],
)
def test_an_apposition_that_is_the_figure_is_the_speakers(
    sentence: str, mention: str, source: str
) -> None:
    assert _claim(sentence, mention).attribution == source


def test_an_age_set_off_by_commas_still_describes_its_name() -> None:
    said = _claim("Ana Ruiz, 37, of Lima, was found on Tuesday, police said.", "37").attribution
    assert said is None


@pytest.mark.parametrize(
    ("sentence", "mention", "source"),
    [
        # a verb that reports only with a clause: its subject says what the clause holds
        ("The inquiry heard that 39 patients had died on the ward.", "39 patients", "The inquiry"),
        (
            "The panel assessed on Monday that 30% of the levees had failed.",
            "30%",
            "The panel",
        ),
        ("Prices rose 9% last year, the minister admitted.", "9%", "the minister"),
        # with an object alone it reports nothing: the hearers only heard
        ("Residents heard 40 explosions overnight.", "40 explosions", None),
    ],
)
def test_a_verb_that_says_only_with_a_clause(sentence: str, mention: str, source: str) -> None:
    assert _claim(sentence, mention).attribution == source


@pytest.mark.parametrize(
    ("sentence", "mention", "source"),
    [
        # a part of a group speaks as one of it
        (
            "One of its lawyers said the company's liability was under $10 million.",
            "$10 million",
            "One of its lawyers",
        ),
        (
            "Two of the survivors told police that 300 people had been on board.",
            "300",
            "Two of the survivors",
        ),
        (
            "A section of traders put the crop at 98 million tonnes.",
            "98 million",
            "A section of traders",
        ),
        ("A handful of analysts put the shortfall at 12%.", "12%", "A handful of analysts"),
        # a body named by what it is of is no part of anything
        (
            "The ministry of religious affairs put the country's toll at 49.",
            "49",
            "The ministry of religious affairs",
        ),
    ],
)
def test_a_part_of_a_group_speaks_as_one_of_it(sentence: str, mention: str, source: str) -> None:
    assert _claim(sentence, mention).attribution == source


@pytest.mark.parametrize(
    ("sentence", "mention", "source"),
    [
        # an official act sets down the actor's own figure (frames.json act_verbs)
        (
            "The transport ministry on Friday released $45 million in emergency aid to the"
            " province.",
            "$45 million",
            "The transport ministry",
        ),
        (
            "The Red Cross launched an appeal for 12 million francs to help 80,000 people.",
            "80,000 people",
            "The Red Cross",
        ),
        ("The governor approved a disaster declaration for six counties.", "six", "The governor"),
        (
            "The regulator revoked the licences of 14 travel agencies on Monday.",
            "14",
            "The regulator",
        ),
        ("The bank is seeking $3 billion from investors.", "$3 billion", "The bank"),
    ],
)
def test_an_official_act_is_the_actors_figure(sentence: str, mention: str, source: str) -> None:
    assert _claim(sentence, mention).attribution == source


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        # the act's time, and a clause joined to it with its own subject, are not its figures
        ("Troops launched their push on the western half of the city on March 3.", "March 3"),
        (
            "Parliament approved $80 million for the repairs, and the final bill rose past"
            " $120 million.",
            "$120 million",
        ),
    ],
)
def test_an_acts_time_and_a_clause_beside_it_are_not_its_figures(
    sentence: str, mention: str
) -> None:
    assert _claim(sentence, mention).attribution is None


def test_an_acts_figure_is_no_release_that_goes_on() -> None:
    """ "Congress authorized $250 million ... The final cost rose past $300 million": the act
    gives the actor's own sum, not a release whose sums go on in the sentences after."""
    claims = _article_claims(
        "The council approved $12 million for the new bridge on Tuesday. The final cost rose"
        " past $19 million."
    )
    later = next(c for c in claims if "19 million" in c.mention)
    assert later.attribution == "The Courier"


@pytest.mark.parametrize(
    ("sentence", "mention", "source"),
    [
        # a figure "in" a record with a name compounded onto it is that name's word
        # (frames.json account_phrases), as "Election Commission figures" is
        ("Lula leads Bolsonaro by 49% to 45% in the latest Datafolha poll.", "49%", "Datafolha"),
        (
            "The Conservatives lead Labour by 41% to 38% in the latest YouGov survey.",
            "41%",
            "YouGov",
        ),
        ("Deaths reached 1,200 in the latest Health Ministry tally.", "1,200", "Health Ministry"),
        ("Output fell 0.3% in the first Destatis estimate.", "0.3%", "Destatis"),
    ],
)
def test_a_named_record_after_in_is_the_source(sentence: str, mention: str, source: str) -> None:
    assert _claim(sentence, mention).attribution == source


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        # two shares after one preposition are a score, not a level the subject moved
        # a figure to: who leads states neither
        ("Lula leads Bolsonaro by 49% to 45%.", "45%"),
        ("The Greens beat the Liberals by 52% to 48% in the run-off.", "52%"),
    ],
)
def test_a_score_is_no_figure_its_leader_states(sentence: str, mention: str) -> None:
    assert _claim(sentence, mention).attribution is None


def test_a_level_a_figure_is_moved_to_is_still_the_movers() -> None:
    claim = _claim("The central bank raised its key rate to 4.5% on Thursday.", "4.5%")
    assert claim.attribution == "The central bank"
