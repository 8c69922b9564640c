"""The bottom of the frames package: the ``Frame`` a figure gets and the ``Lexicon`` of word
lists it is read with (``frames.json``).

Kept apart so that every field module reads the same lexicon and returns into the same
record, and a change of vocabulary touches the data file, not the tree walks. (Not named
``lexicon``: the package's ``lexicon()`` would hide a submodule of that name.)
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

# beside the package, in factcheck/extract, where meaning.py reads it too
_DATA = Path(__file__).parents[1] / "frames.json"


@dataclass(frozen=True)
class Frame:
    """What the parse says of one figure; ``None`` fields leave the word-window reading."""

    counted: str | None = None
    predicate: str | None = None
    role: str | None = None
    # the role is only the word of the verb the figure hangs from: a word window's role word
    # beside the figure reads list-like text better ("claiming 4 martyrs and 13 injured")
    verb_role: bool = False
    # the role is the counted noun's own ("240 seats", "41 deaths"), and the noun is the one the
    # number modifies: both then outrank the word-window reading
    direct: bool = False
    noun_counted: bool = False
    # no noun of its own: what is counted is what the governing verb moves ("inflation rose to
    # 10.1%"), which outranks the word-window reading for shares and sums
    theme_counted: bool = False
    # that noun is who has or does it, not what is counted ("the BJP dropped to 33")
    theme_holder: bool = False
    # that noun names what a count counts ("the toll climbed to 10,000": people)
    theme_named: bool = False
    # that noun is a place that holds a share or a sum ("followed by Patiala at 23%")
    theme_place: bool = False
    theme_person: bool = False  # "Lula held steady at 49%": a person holds the share
    scored: bool = False  # "by 49% to 45%": one side's share of the thing counted before
    # whose vote share or seats these are ("Bolsonaro took 43.2%"), as written in the sentence,
    # and the round its clause names ("in the first round"); kept for votes and seats only
    side: str | None = None
    round: str | None = None
    margin: bool = False  # "a lead of about 14 points": points between two sides' shares
    # the figure is "of" no thing or place of its own ("Bolsonaro took 43.2%")
    unnamed: bool = False
    # that noun is what a number or a total the verb moves is "of" ("the number of Tunisian
    # pilgrims who died had risen to 53")
    theme_contained: bool = False
    place: str | None = None
    place_vetoed: frozenset[str] = frozenset()
    # a body that is no place holds the figure ("the company was losing $4 million a day"):
    # with no place of its own it takes none of the article's
    unplaced: bool = False
    # what a sum is "in" or the thing "worth" it ("$209 billion in total assets"): money only
    sum_of: str | None = None
    # the common noun a share is the value "of" ("raises of 40%"): percent only
    share_of: str | None = None
    # the figure restates the number before it another way ("171 of them, or about 42%")
    restates: bool = False
    attribution: str | None = None
    outlet_voice: bool = False  # the outlet's own description: no word window overrules it
    # "he", "she" or "it" when that pronoun speaks and the sentence names no one it stands for
    pronoun: str | None = None
    voice: tuple[str, bool] | None = None  # the named speaker, and whether a person or a body
    # speakers of a clause of their own the figure is not said in ("..., though Powell said")
    unheard: frozenset[str] = frozenset()
    actor: tuple[str, bool] | None = None  # a named subject of the sentence's main verb
    modality: str = "reported"
    background: bool = False
    falling: bool = False  # a change that went down: its value is negative
    cost: bool = False  # the fall is a sum lost or cut ("losses of $5.4 billion"): no sign on money


@dataclass(frozen=True)
class Lexicon:
    predicates: dict[str, str]
    nouns: dict[str, str]
    adjectives: dict[str, str]
    level_verbs: frozenset[str]
    level_prepositions: frozenset[str]
    change_prepositions: frozenset[str]
    container_nouns: frozenset[str]
    record_nouns: frozenset[str]
    voiced_records: frozenset[str]
    record_verbs: frozenset[str]
    aside_marks: frozenset[str]
    person_titles: frozenset[str]
    opinion_verbs: frozenset[str]
    duration_units: dict[str, str]
    distance_units: dict[str, str]
    quantity_units: dict[str, str]  # "mt" counts tonnes
    counted_as: dict[str, str]
    speech_verbs: frozenset[str]
    clause_speech_verbs: frozenset[str]
    partitive_subjects: frozenset[str]
    estimate_verbs: frozenset[str]
    count_verbs: frozenset[str]
    act_verbs: frozenset[str]  # "OCHA launched an appeal for $71.4 million": the actor's figure
    modality: dict[str, str]
    forecast_nouns: frozenset[str]
    background_predicates: frozenset[str]
    background_nouns: frozenset[str]
    background_subjects: frozenset[str]
    settlements: frozenset[str]
    place_labels: frozenset[str]
    source_labels: frozenset[str]
    window_words: frozenset[str]
    scope_words: tuple[str, ...]
    period_nouns: frozenset[str]
    baseline_prepositions: frozenset[str]
    comparison_prepositions: frozenset[str]
    event_nouns: frozenset[str]
    place_qualifiers: frozenset[str]
    particles: frozenset[str]
    world_place: str
    world_words: frozenset[str]
    world_phrases: tuple[str, ...]
    world_nouns: frozenset[str]
    world_modifiers: frozenset[str]  # "global oil demand", "world trade"
    world_role: str
    anaphors: frozenset[str]
    own_plurals: frozenset[str]
    source_nouns: frozenset[str]
    document_nouns: frozenset[str]
    publications: frozenset[str]  # "in its final report": a work whose figures are its author's
    authors: frozenset[str]  # "researchers said": who speaks only through a work
    account_prepositions: frozenset[str]
    account_nouns: frozenset[str]
    market_subjects: frozenset[str]
    not_traded: frozenset[str]  # "share", "stocks": written so, no traded security
    on_board: dict[str, Any]
    measure_heads: frozenset[str]
    measure_names: frozenset[str]
    measure_prepositions: frozenset[str]
    measure_kinds: frozenset[str]
    sums: frozenset[str]
    sum_prepositions: frozenset[str]  # "$209 billion in total assets"
    worth_words: frozenset[str]  # "goods worth $28 billion"
    sum_hedges: frozenset[str]  # "in the region of $550 million": no thing valued
    sessions: frozenset[str]  # "in Asian trade": no thing a sum is in
    falling: dict[str, frozenset[str]]
    lost_lives: dict[str, frozenset[str]]
    parallel_marks: frozenset[str]
    place_anaphors: dict[str, str]  # "city" -> "town": the kind of place the noun points back to
    anaphor_determiners: frozenset[str]
    other_places: frozenset[str]
    identity_nouns: frozenset[str]
    later_roles: frozenset[str]
    told_later_roles: frozenset[str]
    settled_people: dict[str, Any]  # "64% of the population had been infected": cases
    people_nouns: frozenset[str]
    people_roles: dict[str, str]
    people_only: frozenset[str]
    paid_to_people: dict[str, Any]  # "Rs 10 lakh for the families of those killed": funds
    priced: dict[str, Any]  # "the price cap rose to £3,549": a sum that stays a level
    treated_injured: dict[str, Any]  # "382 were still being treated" after a crash: injured
    multipliers: dict[str, Any]  # "would double", "three times as many": a change
    measured_not_people: dict[str, Any]  # "a 30-metre boat", "80.3 years": no people's role
    unharmed_events: frozenset[str]  # "413 fires were burning": roles no event takes
    carriers: frozenset[str]  # "394 people from 11 boats": the boats carried the count
    burned_areas: dict[str, Any]  # "burned 2,170 acres": damage, not injury
    participles: dict[str, str]  # "the people left in the city": remaining
    container_prepositions: frozenset[str]  # "pushed the number past 17,000"
    nation_endings: tuple[str, ...]  # "Albanians", "Sudanese": people by nation
    vessels: frozenset[str]  # "in 14 boats": vessels arrive with their people
    held_things: dict[str, str]
    ground: dict[str, Any]  # only ground is captured or controlled
    scope_prepositions: frozenset[str]  # "deaths in 10 counties": where, not who
    active_only: frozenset[str]
    part_words: frozenset[str]
    sheltered: dict[str, Any]
    in_hospital: dict[str, Any]  # "taken to hospital", "patients in hospitals": hospitalised
    whole_of_part: dict[str, Any]  # "58 deaths among its 150,000 pilgrims": the whole
    persisting: dict[str, Any]
    directions: dict[str, str]  # "east" -> "eastern": how a part of a country is written
    region_prepositions: frozenset[str]
    held_suffixes: tuple[str, ...]
    held_nouns: frozenset[str]
    elsewhere: frozenset[str]
    back_adverbs: frozenset[str]  # "lived there": the place named last before
    wide: dict[str, str]  # "statewide" -> "region": the whole of the place of that kind
    origin_prepositions: frozenset[str]
    breakdown_adverbs: frozenset[str]
    excluding_prepositions: frozenset[str]
    whole_roles: frozenset[str]
    roles_alone: frozenset[str]
    whole_owners: frozenset[str]
    place_kind_nouns: frozenset[str]
    place_descriptions: frozenset[str]  # "Edson, home to more than 8,000": its people
    sized_vehicles: frozenset[str]  # "a 948-foot vessel": a size that holds anywhere
    series_phrases: tuple[str, ...]
    total_words: frozenset[str]
    differences: dict[str, Any]
    sought_prepositions: frozenset[str]
    organisations: frozenset[str]  # "the company", "the group": bodies that are no place
    body_determiners: frozenset[str]  # "the company", "its workforce": a body pointed back to
    body_nouns: frozenset[str]  # the organisations words and "bank": "the bank" is a body too
    ner_place_prepositions: frozenset[str]  # "near Bahanaga Bazar": where NER's places sit
    home_participles: frozenset[str]  # "London-based": where a body is, not its figure
    stocks: dict[str, Any]  # "111.32 million tonnes", "10.478 million bpd": levels or changes
    listed_units: frozenset[str]  # "7,300 hectares, 4,200 of them ...": a list goes on counting
    polls: dict[str, Any]  # "the survey gave the NDA 361-401": a sample's figure, no count
    tallies: dict[str, Any]  # "With 70% of voting machines counted": how far a count has gone
    scores: dict[str, Any]  # "by 49% to 45%": two sides' shares of one whole
    margins: dict[str, Any]  # "a lead of about 14 points": percentage points of a share
    sides: dict[str, Any]  # "Bolsonaro took 43.2% in the first round": whose share, which round
    rounds: tuple[tuple[str, re.Pattern[str]], ...]  # a round's name and how it is written


def _word_sets(group: dict[str, Any]) -> dict[str, Any]:
    """A lexicon group's word lists as sets; its ``role`` stays the class it names, its
    ``about`` (the note for whoever extends it) is dropped."""
    return {
        k: v if k == "role" else frozenset(v)
        for k, v in group.items()
        if k != "about" and not k.startswith("_")
    }


def _invert(groups: dict[str, list[str]]) -> dict[str, str]:
    return {word: cls for cls, words in groups.items() for word in words}


@cache
def lexicon(path: Path = _DATA) -> Lexicon:
    """The word lists, read once: they are data, not state."""
    d: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return Lexicon(
        predicates=_invert(d["predicates"]),
        nouns=_invert(d["nouns"]),
        adjectives=_invert(d["adjectives"]),
        level_verbs=frozenset(d["level_verbs"]),
        level_prepositions=frozenset(d["level_prepositions"]),
        change_prepositions=frozenset(d["change_prepositions"]),
        container_nouns=frozenset(d["container_nouns"]),
        record_nouns=frozenset(d["record_nouns"]),
        voiced_records=frozenset(d["voiced_records"]["words"]),
        record_verbs=frozenset(d["record_verbs"]["words"]),
        aside_marks=frozenset(d["aside_marks"]["words"]),
        person_titles=frozenset(d["person_titles"]["words"]),
        opinion_verbs=frozenset(d["opinion_verbs"]),
        duration_units=d["duration_units"],
        distance_units=d["distance_units"]["names"],
        quantity_units=d["quantity_units"]["names"],
        counted_as=d["counted_as"]["words"],
        speech_verbs=frozenset(d["speech_verbs"]),
        clause_speech_verbs=frozenset(d["clause_speech_verbs"]["words"]),
        partitive_subjects=frozenset(d["partitive_subjects"]["words"]),
        estimate_verbs=frozenset(d["estimate_verbs"]),
        count_verbs=frozenset(d["count_verbs"]),
        act_verbs=frozenset(d["act_verbs"]["words"]),
        modality=_invert(d["modality"]),
        forecast_nouns=frozenset(d["forecast_nouns"]),
        background_predicates=frozenset(d["background"]["predicates"]),
        background_nouns=frozenset(d["background"]["nouns"]),
        background_subjects=frozenset(d["background"]["subjects"]),
        settlements=frozenset(d["background"]["settlements"]),
        place_labels=frozenset(d["place_labels"]),
        source_labels=frozenset(d["source_labels"]),
        window_words=frozenset(d["window_words"]),
        scope_words=tuple(d["scope_words"]["words"]),
        period_nouns=frozenset(d["period_nouns"]),
        baseline_prepositions=frozenset(d["baseline_prepositions"]),
        comparison_prepositions=frozenset(d["comparison_prepositions"]),
        event_nouns=frozenset(d["event_nouns"]),
        place_qualifiers=frozenset(d["place_qualifiers"]),
        particles=frozenset(d["particles"]),
        world_place=d["world_scope"]["place"],
        world_words=frozenset(d["world_scope"]["words"]),
        world_phrases=tuple(d["world_scope"]["phrases"]),
        world_nouns=frozenset(d["world_scope"]["nouns"]),
        world_modifiers=frozenset(d["world_scope"]["modifiers"]),
        world_role=d["world_scope"]["role"],
        anaphors=frozenset(d["anaphors"]["words"]),
        own_plurals=frozenset(d["own_plurals"]["words"]),
        source_nouns=frozenset(d["source_nouns"]["words"]),
        document_nouns=frozenset(d["document_nouns"]["words"]),
        publications=frozenset(d["publications"]["words"]),
        authors=frozenset(d["publications"]["authors"]),
        account_prepositions=frozenset(d["account_phrases"]["prepositions"]),
        account_nouns=frozenset(d["account_phrases"]["nouns"]),
        market_subjects=frozenset(d["market_subjects"]["words"]),
        not_traded=frozenset(d["market_subjects"]["not_traded"]),
        on_board=_word_sets(d["on_board"]),
        measure_heads=frozenset(d["measure_heads"]["words"]),
        measure_names=frozenset(d["measure_heads"]["names"]["words"]),
        measure_prepositions=frozenset(d["measure_heads"]["prepositions"]["words"]),
        measure_kinds=frozenset(d["measure_heads"]["kinds"]["words"]),
        sums=frozenset(d["sums"]["words"]),
        sum_prepositions=frozenset(d["sums_of"]["prepositions"]),
        worth_words=frozenset(d["sums_of"]["worth"]),
        sum_hedges=frozenset(d["sums_of"]["hedges"]),
        sessions=frozenset(d["sums_of"]["sessions"]),
        falling=_word_sets(d["falling"]),
        lost_lives=_word_sets(d["lost_lives"]),
        parallel_marks=frozenset(d["parallel_marks"]["words"]),
        place_anaphors=_invert(d["place_anaphors"]["kinds"]),
        anaphor_determiners=frozenset(d["place_anaphors"]["determiners"]),
        other_places=frozenset(d["place_anaphors"]["others"]),
        identity_nouns=frozenset(d["identity_nouns"]["words"]),
        later_roles=frozenset(d["identity_nouns"]["later_roles"]),
        told_later_roles=frozenset(d["identity_nouns"]["told_later_roles"]),
        settled_people=_word_sets(d["settled_people"]),
        people_nouns=frozenset(d["people_nouns"]["words"]),
        people_roles=d["people_nouns"]["roles"],
        people_only=frozenset(d["people_nouns"]["only"]),
        vessels=frozenset(d["people_nouns"]["vessels"]),
        nation_endings=tuple(d["people_nouns"]["nation_endings"]),
        paid_to_people=_word_sets(d["paid_to_people"]),
        priced=_word_sets(d["priced"]),
        treated_injured=_word_sets(d["treated_injured"]),
        multipliers=_word_sets(d["multipliers"]),
        measured_not_people=_word_sets(d["measured_not_people"]),
        unharmed_events=frozenset(d["unharmed_events"]["roles"]),
        carriers=frozenset(d["carriers"]["words"]),
        burned_areas=_word_sets(d["burned_areas"]),
        participles=d["described_participles"]["words"],
        container_prepositions=frozenset(d["container_values"]["prepositions"]),
        held_things=d["people_nouns"]["held"],
        ground=_word_sets(d["ground"]),
        scope_prepositions=frozenset(d["scope_prepositions"]["words"]),
        active_only=frozenset(d["active_only"]["words"]),
        part_words=frozenset(d["part_words"]["words"]),
        sheltered=_word_sets(d["sheltered"]),
        in_hospital=_word_sets(d["in_hospital"]),
        whole_of_part=_word_sets(d["whole_of_part"]),
        persisting=_word_sets(d["persisting"]),
        directions=d["relative_regions"]["directions"],
        region_prepositions=frozenset(d["relative_regions"]["prepositions"]),
        held_suffixes=tuple(d["relative_regions"]["held"]),
        held_nouns=frozenset(d["relative_regions"]["held_nouns"]),
        elsewhere=frozenset(d["relative_regions"]["elsewhere"]),
        back_adverbs=frozenset(d["relative_regions"]["back"]),
        wide=d["relative_regions"]["wide"]["words"],
        origin_prepositions=frozenset(d["origins"]["prepositions"]),
        breakdown_adverbs=frozenset(d["breakdown_adverbs"]["words"]),
        excluding_prepositions=frozenset(d["origins"]["excluding"]),
        whole_roles=frozenset(d["wholes"]["roles"]),
        roles_alone=frozenset(d["roles_alone"]["roles"]),
        whole_owners=frozenset(d["wholes"]["owners"]),
        place_kind_nouns=frozenset(d["place_kind_nouns"]["words"]),
        place_descriptions=frozenset(d["place_kind_nouns"]["descriptions"]),
        sized_vehicles=frozenset(d["sized_vehicles"]["words"]),
        series_phrases=tuple(d["series"]["phrases"]),
        total_words=frozenset(d["totals"]["words"]),
        differences=_word_sets(d["differences"]),
        sought_prepositions=frozenset(d["sought"]["prepositions"]),
        organisations=frozenset(d["organisations"]["words"]),
        body_determiners=frozenset(d["body_articles"]["determiners"]),
        body_nouns=frozenset(d["organisations"]["words"]) | frozenset(d["body_articles"]["nouns"]),
        ner_place_prepositions=frozenset(d["ner_places"]["prepositions"]),
        home_participles=frozenset(d["home_participles"]["words"]),
        stocks=_word_sets(d["stocks"]),
        listed_units=frozenset(d["listed_units"]["units"]),
        polls=_word_sets(d["polls"]),
        tallies=_word_sets(d["tallies"]),
        scores=_word_sets(d["scores"]),
        margins=_word_sets(d["margins"]),
        sides=_word_sets({k: v for k, v in d["sides"].items() if k != "rounds"}),
        rounds=tuple(
            (name, re.compile(r"\b(?:" + "|".join(map(re.escape, forms)) + r")\b"))
            for name, forms in d["sides"]["rounds"].items()
        ),
    )
