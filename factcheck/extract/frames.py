"""The frame of a figure read from a dependency parse: what is counted, what happened to it,
where, on whose word, and whether it is asserted at all.

Word windows cannot tell "Paris" in "told reporters in Paris" from the place of the count, or
"would hold 70 percent" from a report; the parse can: a place belongs to the verb it hangs off,
a modal to the clause it sits in. Word lists live in ``frames.json``; this module only walks the
tree. A sentence the parser cannot read keeps its word-window reading (``Frame`` is ``None``).
"""

from __future__ import annotations

import calendar
import json
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Hashable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

from factcheck import keys
from factcheck.extract import timeref
from factcheck.extract.meaning import is_back_reference, measure_of
from factcheck.extract.numbers import STREAK_ORDINALS as _STREAK_ORDINALS
from factcheck.extract.numbers import (
    currency_name,
    measure_units,
    names_currency,
    quantity_words,
    scaled_number,
)
from factcheck.model import Claim, DateSpan
from factcheck.revisions import lexicon as revision_lexicon

T = TypeVar("T")
# The last place of each kind ("town", "region", "country") an article names before a sentence
Before = dict[str, str]
_DATA = Path(__file__).with_name("frames.json")
RANGE = timeref.RANGE_GRAIN
_MONTHS = frozenset(name.lower() for name in calendar.month_name if name)
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "who", "which", "that"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
_MODIFIERS = frozenset({"compound", "amod", "nmod"})
# words of how much, not of what: "crore", "half", "pounds", "km" (numbers.json), and "score"
_ORDINAL_RE = re.compile(r"\d+(?:st|nd|rd|th)$", re.IGNORECASE)
_NUMBER_NOUNS = (
    quantity_words()
    | {"score"}
    | frozenset(json.loads(_DATA.read_text(encoding="utf-8"))["change_units"]["words"])
)
_RELATIVES = frozenset({"who", "whom", "which", "that"})
_ARGUMENTS = _SUBJECTS | {"dobj"}
_PLURAL_UNITS = ("hours", "days", "weeks", "months", "years")
_TIME_UNITS = frozenset(u[:-1] for u in _PLURAL_UNITS) | {"quarter"}
_TERRITORY_ROLES = frozenset({"captured", "controlled", "lost", "remaining", "trapped"})
_CLAUSES = frozenset({"ccomp", "advcl", "relcl", "parataxis"})
# How a foreseen figure hangs off "expected", "projected": as its object, or as the small
# model often parses "12%" after a verb, a noun-phrase adverbial
_FORESEEN = frozenset({"dobj", "npadvmod"})
# A wire dateline: a town in capitals (or two a story is filed from, "RIYADH/MINA"), maybe its
# country or a date, maybe the wire, a dash.
DATELINE = re.compile(
    r"\s*[A-Z][A-Z'./\- ]*[A-Z.](?:,[^()\n\u2014\u2013-]{1,40}?)?\s*(?:\([^()\n]{1,40}\))?"
    r"\s*(?:-|--|\u2014|\u2013)\s+"
)
# How far up the tree a figure's own verb is looked for: a count sits at most a noun, a
# preposition and a conjunct below its verb ("the toll [from the quake] rose to 41").
_MAX_HOPS = 5


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
    estimate_verbs: frozenset[str]
    count_verbs: frozenset[str]
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
    people_nouns: frozenset[str]
    people_roles: dict[str, str]
    people_only: frozenset[str]
    paid_to_people: dict[str, Any]  # "Rs 10 lakh for the families of those killed": funds
    priced: dict[str, Any]  # "the price cap rose to £3,549": a sum that stays a level
    treated_injured: dict[str, Any]  # "382 were still being treated" after a crash: injured
    multipliers: dict[str, Any]  # "would double", "three times as many": a change
    measured_not_people: dict[str, Any]  # "a 30-metre boat", "80.3 years": no people's role
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
        estimate_verbs=frozenset(d["estimate_verbs"]),
        count_verbs=frozenset(d["count_verbs"]),
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


# ---------------------------------------------------------------------------------------------
# Tree helpers
# ---------------------------------------------------------------------------------------------


# A lemma's hash -> its lower case: the frame rules ask 200 lemmas a sentence, and spaCy
# builds the string anew on each read
_LEMMAS: dict[int, str] = {}


def _lemma(tok: Any) -> str:
    key = tok.lemma
    found = _LEMMAS.get(key)
    if found is None:
        found = _LEMMAS[key] = tok.lemma_.lower()
    return found


def _per_token(tok: Any, key: str, compute: Callable[[], T]) -> T:
    """A token's reading, kept on its sentence: the frame of each figure walks the same verbs
    again (FA-KES: a verb's particle read 42,000 times for 1,484 sentences)."""
    cache: dict[int, Any] = _memo(tok.doc, key, dict)
    if tok.i not in cache:
        cache[tok.i] = compute()
    return cache[tok.i]


def _phrase(verb: Any) -> str:
    return _per_token(verb, "factcheck.phrase", lambda: _read_phrase(verb))


def _read_phrase(verb: Any) -> str:
    """A verb with its particle: "bring out", "round up", "turn out" (the parser sometimes
    hangs the particle as a preposition: "brought out of the enclave")."""
    particles = lexicon().particles
    prt = [
        c
        for c in verb.children
        if c.dep_ == "prt" or (c.dep_ in ("prep", "advmod") and c.lower_ in particles)
    ]
    return f"{_lemma(verb)} {prt[0].lower_}" if prt else _lemma(verb)


def _predicate_role(verb: Any, lex: Lexicon) -> str | None:
    """The role a verb names, with its particle or its object first ("lost their lives")."""
    return _pair_role(verb, lex) or lex.predicates.get(_phrase(verb))


def _pair_role(verb: Any, lex: Lexicon) -> str | None:
    """The role a verb names with its object or preposition ("lost their lives", "voted for",
    "needed hospital treatment")."""
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "prep")):
        found = lex.predicates.get(f"{_lemma(verb)} {_lemma(obj)}")  # "voted for" is a vote
        if found:
            return found
    return None


def _is_verb(tok: Any) -> bool:
    return tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("aux", "auxpass")


def _ancestors(tok: Any) -> tuple[Any, ...]:
    """A token's heads up to the root, kept per token: each figure's frame climbs the same
    chains again (dev stories: 56,000 climbs for 1,484 sentences)."""
    return _per_token(tok, "factcheck.ancestors", lambda: tuple(_climb(tok)))


def _climb(tok: Any) -> Iterator[Any]:
    cur = tok
    while cur.head.i != cur.i:
        cur = cur.head
        yield cur


def _says(tok: Any, lex: Lexicon) -> bool:
    return _per_token(tok, "factcheck.says", lambda: _reads_as_saying(tok, lex))


def _reads_as_saying(tok: Any, lex: Lexicon) -> bool:
    """A verb of saying by its lemma, whatever it governs: its subject is a source. "Put" and
    its kin say something only as estimates: "the monitor put the toll at 56"."""
    if not _is_verb(tok):
        return False
    if _lemma(tok) in lex.estimate_verbs:
        return any(c.dep_ == "prep" and c.lower_ == "at" for c in tok.children)
    if _lemma(tok) in lex.count_verbs and _lemma(tok) not in lex.speech_verbs:
        # "the mayor gave a lower estimate, saying ...": giving a record states it
        return any(c.dep_ == "dobj" and _lemma(c) in lex.record_nouns for c in tok.children)
    # "Malviya pointed out that ...": a verb that says only with its particle; one whose
    # particle makes it another verb says nothing ("a loss would add up to $1.5 billion")
    if any(c.dep_ == "prt" for c in tok.children):
        return _phrase(tok) in lex.speech_verbs
    return _lemma(tok) in lex.speech_verbs or _phrase(tok) in lex.speech_verbs


def _is_speech(tok: Any, lex: Lexicon) -> bool:
    """A verb of saying used as one: it reports a clause ("said 41 died") or stands alone
    ("..., he added"); "employers added 187,000 jobs" is not speech."""
    if not _says(tok, lex):
        return False
    deps = {c.dep_ for c in tok.children}
    if deps & {"ccomp", "parataxis"}:
        return True
    # "589,000 fewer jobs were added": a passive with no clause reports nothing
    return not deps & {"dobj", "nsubjpass", "auxpass"}


def figure_root(doc: Any, start: int, end: int) -> Any | None:
    """The token that stands for the figure: the span's syntactic head."""
    toks = _overlapping(doc, start, end)
    if not toks:
        return None
    inside = {t.i for t in toks}
    heads = [t for t in toks if t.head.i not in inside or t.head.i == t.i]
    root = heads[0] if heads else toks[-1]
    # "about a fifth of them": a hedge the parser reads as a preposition heads the figure
    objects = [c for c in root.children if c.dep_ == "pobj" and c.i in inside]
    return objects[0] if root.pos_ == "ADP" and objects else root


def _numberish(tok: Any) -> bool:
    # "$380mn of revenue", "€40m of cargo": a number's scale attached, though tagged a noun
    before = tok.nbor(-1).text if tok.i > 0 and not tok.nbor(-1).whitespace_ else ""
    return (
        tok.like_num
        or tok.pos_ == "NUM"
        or _lemma(tok) in _NUMBER_NOUNS
        or scaled_number(tok.text, before)
    )


def counted_noun(root: Any) -> Any | None:
    """The noun a number counts: the noun heading the mention ("5,000 people"), what it is "of"
    ("thousands of people", "85 percent of the territory"), or the noun it modifies."""
    if root.pos_ in ("NOUN", "PROPN") and not _numberish(root):
        return _total_of(root) or root
    for child in root.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs and (named := _part_named(root, objs[0])) is not None:
                return named
            if objs and not _numberish(objs[0]):
                return objs[0]
            if objs and objs[0].pos_ == "NOUN":  # "10 percent of the western half of Mosul"
                return counted_noun(objs[0])
    # "close to half the city", "around half the workforce": a predeterminer's noun
    if root.dep_ in ("nummod", "quantmod", "compound", "predet") and root.head.pos_ in (
        "NOUN",
        "PROPN",
    ):
        if root.dep_ == "nummod" and root.head.i < root.i:
            return _parallel_noun(root.head)
        return None if _numberish(root.head) else root.head
    return None


def _total_of(noun: Any) -> Any | None:
    """ "A total of 45,756 people", "a tally of 1,100 deaths": a mention that takes in the noun
    heading it counts the noun its number modifies, not that head ("12 carriages of one
    train" count carriages)."""
    if _lemma(noun) not in lexicon().container_nouns:
        return None
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if any(c.dep_ == "nummod" and c.like_num for c in obj.children):
                return obj
    return None


def _part_named(root: Any, whole: Any) -> Any | None:
    """ "fewer than 4,000 civilians, at least 38 of them children", "about 3,500 people, 32 of
    them children": a part of a pronoun's whole that a noun after it names counts that noun
    (the parser hangs the number on it), not the whole the pronoun stands for."""
    head = root.head
    if whole.pos_ != "PRON" or head.i < root.i or head.pos_ not in ("NOUN", "PROPN"):
        return None
    return head if root.dep_ in ("nummod", "nsubj", "quantmod") else None


def _counts_noun(noun: Any) -> bool:
    """A noun with a number before it that counts it ("49,000 positions")."""
    return not _numberish(noun) and any(
        c.dep_ == "nummod" and c.i < noun.i and c.like_num for c in noun.children
    )


def _parallel_noun(label: Any) -> Any | None:
    """A number after its noun does not count that noun: the noun names who holds or adds the
    figure, the thing counted left out as in the conjunct it parallels ("health care added
    49,000 positions and construction 27,000", "added 55,000 jobs, and construction 25,000")
    or named elsewhere ("gave the NDA 292 and INDIA 234"); so do names ("Nifty 50")."""
    if label.dep_ != "conj":
        return None
    up = label.head
    if _is_verb(up):
        up = next((c for c in up.children if c.dep_ == "dobj"), up)
    return up if up.i < label.i and up.pos_ in ("NOUN", "PROPN") and _counts_noun(up) else None


# ---------------------------------------------------------------------------------------------
# Role: what happened to the thing counted
# ---------------------------------------------------------------------------------------------


def _noun_role(noun: Any, lex: Lexicon) -> str | None:
    """A role the noun carries itself ("deaths", "cases") or by a modifier ("death toll")."""
    if _hospitalised_people(noun, lex):
        return lex.in_hospital["role"]  # "critically ill Covid patients in hospitals"
    own = lex.nouns.get(_lemma(noun)) or lex.adjectives.get(noun.lower_)
    if own and not _told(noun, lex):  # "injured passengers": what befell them beats who
        return own
    if _carried(noun, lex):
        return lex.on_board["role"]  # "each with 35 people on board"
    for child in noun.children:
        if child.dep_ in ("amod", "compound", "nmod"):
            found = lex.adjectives.get(child.lower_) or lex.nouns.get(_lemma(child))
            if found:
                return found
        if child.dep_ in ("relcl", "acl") and _is_verb(child):
            found = _clause_role(child, lex)
            if found:
                return found
    return None


def _clause_role(verb: Any, lex: Lexicon) -> str | None:
    """What a clause describing a noun says befell it: its verb ("people who reached the UK",
    "people infected"), a participle's own sense ("civilians left in the city": remaining) or
    its complement ("people who had been on the vessel": aboard)."""
    if verb.tag_ == "VBN" and verb.dep_ == "acl" and verb.lower_ in lex.participles:
        return lex.participles[verb.lower_]
    return _predicate_role(verb, lex) or _copula_role(verb, lex)


def _carried(noun: Any, lex: Lexicon) -> bool:
    """ "with up to 700 migrants on board", "with 300 passengers aboard": the noun's own
    modifier puts the people on a vessel."""
    board = lex.on_board
    for child in noun.children:
        if child.dep_ == "advmod" and child.lower_ in board["words"]:
            return True
        objs = (
            [g.lower_ for g in child.children if g.dep_ == "pobj"] if child.dep_ == "prep" else []
        )
        if any(f"{child.lower_} {o}" in board["phrases"] for o in objs):
            return True
    return False


def _told(noun: Any, lex: Lexicon) -> bool:
    """ "injured passengers": an adjective says what befell the people the noun names."""
    return any(c.dep_ == "amod" and c.lower_ in lex.adjectives for c in noun.children)


def _described(noun: Any, lex: Lexicon) -> bool:
    """The noun's role comes only from a clause describing it ("nine Egyptians who survived
    the sinking", "residents who fled"): who they are, not what the sentence says befell
    them, as for a noun of identity ("survivors")."""
    own = lex.nouns.get(_lemma(noun)) or lex.adjectives.get(noun.lower_)
    return own is None and any(
        c.dep_ in ("relcl", "acl") and _is_verb(c) and _clause_role(c, lex) for c in noun.children
    )


def _copula_role(verb: Any, lex: Lexicon) -> str | None:
    """ "were still trapped", "remain missing": the role sits in the complement; "are staying
    in shelters", "had been on board", also after a raising verb ("believed to have been
    aboard")."""
    for child in verb.children:
        if child.dep_ in ("acomp", "attr", "oprd", "xcomp"):
            found = lex.adjectives.get(child.lower_) or lex.predicates.get(_lemma(child))
            if found and found != "change":
                return found
    for child in verb.children:
        if child.dep_ == "xcomp" and _is_verb(child):
            found = _sheltered(child, lex) or _aboard(child, lex)
            if found:
                return found
    found = _among_role(verb, lex)
    if found:
        return found
    return _sheltered(verb, lex) or _aboard(verb, lex) or _taken_to_hospital(verb, lex)


def _in_hospital(tok: Any, lex: Lexicon) -> bool:
    """The token's own preposition puts it in or takes it to a hospital ("in Saudi hospitals",
    "to hospital")."""
    care = lex.in_hospital
    return any(
        _lemma(g) in care["nouns"]
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in care["prepositions"]
        for g in c.children
        if g.dep_ == "pobj"
    )


def _hospitalised_people(noun: Any, lex: Lexicon) -> bool:
    """ "the 13,583 infected patients in its hospitals": people the noun's own modifier puts in
    hospital are hospitalised, whatever else befell them."""
    people = lex.people_nouns | lex.in_hospital["people"]
    return _lemma(noun) in people and (_in_hospital(noun, lex) or _gravely_ill(noun, lex))


def _gravely_ill(noun: Any, lex: Lexicon) -> bool:
    """ "critically ill patients", "seriously sick people": too ill to be anywhere but in
    hospital (the parse hangs the adverb on the adjective or beside it on the noun)."""
    care = lex.in_hospital
    ill = [c for c in noun.children if c.dep_ == "amod" and c.lower_ in care["ill"]]
    near = [*noun.children, *(g for c in ill for g in c.children)]
    return bool(ill) and any(t.lower_ in care["gravely"] for t in near)


def _taken_to_hospital(verb: Any, lex: Lexicon) -> str | None:
    """ "24 have been taken to hospital", "were found in hospitals": a verb with no role of its
    own that puts its subject in hospital; "died in hospital" says more."""
    if _predicate_role(verb, lex) is not None or not _in_hospital(verb, lex):
        return None
    return lex.in_hospital["role"]


def _among_role(verb: Any, lex: Lexicon) -> str | None:
    """ "Fifteen foreigners were among the passengers", "140 children were among those who had
    stayed", "12 Pakistanis had been identified among the survivors": being or being found
    among people is a part of them, so what befell them (their noun's role or their clause's)
    befell it; a verb with a role of its own says what befell it ("five were arrested among
    the survivors")."""
    if _predicate_role(verb, lex) is not None:
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in lex.part_words):
        for whole in (g for g in prep.children if g.dep_ == "pobj"):
            found = _noun_role(whole, lex)
            if found:
                return found
    return None


def _sheltered(verb: Any, lex: Lexicon) -> str | None:
    """ "380,000 are staying in shelters or hotels", "staying with relatives": displaced."""
    shelter = lex.sheltered
    if _lemma(verb) not in shelter["verbs"]:
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        objs = [g for g in prep.children if g.dep_ == "pobj"]
        if any(_lemma(o) in shelter["nouns"] for obj in objs for o in _conjuncts(obj)):
            return shelter["role"]
    return None


def _aboard(verb: Any, lex: Lexicon) -> str | None:
    """ "500 people had been on board", "700 were aboard the trawler": on a vessel."""
    board = lex.on_board
    if _lemma(verb) not in board["verbs"]:
        return None
    for child in verb.children:
        if child.lower_ in board["words"] and child.dep_ in ("advmod", "prep", "prt"):
            return board["role"]
        if (
            child.dep_ == "prep"
            and child.lower_ in board["prepositions"]
            and any(_lemma(g) in board["nouns"] for g in child.children if g.dep_ == "pobj")
        ):
            return board["role"]
    return None


def _subject(verb: Any) -> Any | None:
    subs = [c for c in verb.children if c.dep_ in _SUBJECTS]
    return subs[0] if subs else None


def _theme(verb: Any, figure: Any, lex: Lexicon) -> Any | None:
    """What a change or level verb is about: the object of a transitive verb ("raised Bank Rate
    to 1.75%", "lifted the toll to 41"), else its subject, else, for a verb that borrows its
    subject ("was likely to reach 13.3%", "rising to 10.1%", "lost 5.7% to finish at 72,079"),
    the subject of the verb it hangs from. Never the figure itself."""
    counted = _counted_by_clause(verb, lex)
    if counted is not None:
        return counted
    times = lex.period_nouns | lex.sessions  # "finished the session at $106.04": no thing
    for _ in range(3):
        own = [
            _nearest_conjunct(c, figure)
            for c in verb.children
            if _object_of(c, verb, figure) and _lemma(c) not in times
        ]
        own += [c for c in verb.children if c.dep_ in _SUBJECTS and not _holds(c, figure)]
        if own:
            return _container_of(own[0], lex)
        if verb.dep_ not in ("xcomp", "conj", "advcl") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _counted_by_clause(verb: Any, lex: Lexicon) -> Any | None:
    """ "put the number of civilians left in the city at around 3,000", "pushed the number of
    people who have reached the UK past 17,000": the parser hangs the figure on the clause that
    describes what a number counts, yet the figure is that number's value, so the noun the
    clause describes is counted, not the clause's own subject or object."""
    if verb.dep_ not in _DESCRIBED:
        return None
    noun = verb.head
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return None
    return noun if _lemma(noun.head.head) in lex.container_nouns else None


def _object_of(tok: Any, verb: Any, figure: Any) -> bool:
    """A direct object that a figure after the verb gives the value of comes before it ("raised
    Bank Rate to 1.75%"); one after it describes the figure ("would peak at 11%, its biggest
    increase"). A figure before the verb is its subject ("500 people lost their lives")."""
    if tok.dep_ != "dobj" or _holds(tok, figure) or _numberish(tok):
        return False  # "advanced 3.72 dollars, or 4.4 percent, to 88.86": an amount, no thing
    return tok.i < figure.i or figure.i < verb.i


def _nearest_conjunct(tok: Any, figure: Any) -> Any:
    """ "forecast 170,000 new jobs and an unemployment rate steady at 4.1%": of coordinated
    objects, the value is given for the one nearest before it."""
    before = [c for c in _conjuncts(tok) if c.i < figure.i]
    return max(before, key=lambda c: c.i) if before else tok


def _holds(tok: Any, figure: Any) -> bool:
    return tok.left_edge.i <= figure.i <= tok.right_edge.i


def _container_of(noun: Any, lex: Lexicon) -> Any:
    """ "the BJP's share of the vote", "the number of people displaced": the thing inside."""
    # "the number of Albanians arriving so far was close to 6,000": the parser makes the
    # participle a clausal subject with the number as its own subject
    number = _subject(noun) if noun.dep_ == "csubj" else None
    if number is not None and _lemma(number) in lex.container_nouns:
        return _container_of(number, lex)
    if _lemma(noun) in lex.forecast_nouns - lex.measure_heads - lex.container_nouns:
        measured = _measured_by(noun, lex)  # "cut its projection for oil demand by 3%"
        return _container_of(measured, lex) if measured is not None else noun
    if _lemma(noun) not in lex.container_nouns and _lemma(noun) not in lex.measure_heads:
        return noun  # "the rate of consumer price inflation" is inflation too
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        objs = [c for c in prep.children if c.dep_ == "pobj" and not _rate_of_place(noun, c, lex)]
        if objs:
            return objs[0]
    measured = _measured_by(noun, lex)
    return _container_of(measured, lex) if measured is not None else noun


def _rate_of_place(head: Any, obj: Any, lex: Lexicon) -> bool:
    """ "the highest rate of any province", "the jobless rate of the state": a measuring head
    "of" a place says where it is measured; the thing measured is the rate's (a number "of
    districts" still counts districts)."""
    if _lemma(head) not in lex.measure_heads or _lemma(head) in lex.container_nouns:
        return False
    return _lemma(obj) in lex.place_kind_nouns or _is_place(obj, lex)


def _measured_by(noun: Any, lex: Lexicon) -> Any | None:
    """What a measuring head or a forecast measures, named "for" or "in" it ("lowered its
    forecast for world growth to 2.7%", "the peak in British inflation"): a common noun, not a
    time, place or record ("the rate in October", "the highest rate in Gansu")."""
    # records say whose or where ("the ministry's figure for government-held areas"); a name
    # names its own thing ("raised Bank Rate for a 12th straight time")
    heads = (lex.measure_heads - lex.record_nouns) | lex.forecast_nouns
    if _lemma(noun) not in heads or noun.pos_ == "PROPN":
        return None
    no_things = lex.period_nouns | lex.record_nouns | lex.sessions
    # "raised its forecast for the peak": the parser may hang the phrase right after the
    # object on the verb
    after = [c for c in noun.head.children if noun.dep_ == "dobj" and c.i == noun.right_edge.i + 1]
    for prep in (c for c in [*noun.children, *after] if c.dep_ == "prep"):
        if prep.lower_ not in lex.measure_prepositions:
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if obj.pos_ == "NOUN" and _lemma(obj) not in no_things and not _is_place(obj, lex):
                return obj
    return None


def _statistic_role(
    verb: Any, link: Any, figure: Any, lex: Lexicon
) -> tuple[str | None, Any | None, bool]:
    """ "inflation rose to 10.1%" is a level, "rose by 0.4%" a change; "the toll reached 41" is
    the toll's own role. ``link`` is the preposition or token joining the figure to the verb.
    The third value says the figure stands at a level ("to", "from", "at", "stood at")."""
    theme = _theme(verb, figure, lex)
    if theme is not None and theme.lower_ in _PRONOUNS:
        # "it was 66.7%": the thing is named elsewhere, maybe in the clause above ("revised its
        # death toll, lowering it to 3,958")
        theme = _figure_above(verb, theme, lex)
    if theme is not None and theme.dep_ in _SUBJECTS and _lemma(verb) in lex.opinion_verbs:
        theme = None  # "economists had pencilled in a fall to 10.9%": who foresees, not what
    role = _noun_role(theme, lex) if theme is not None else None
    if theme is not None and theme.i == verb.head.i and verb.dep_ in _DESCRIBED:
        # "the number of passengers killed at 295": the clause says what befell them
        role = _predicate_role(verb, lex) or role
    word = link.lower_ if link is not None else ""
    if _lemma(verb) in lex.opinion_verbs and link is not None and link.dep_ in _FORESEEN:
        return None, None, True  # "economists had expected 10.7%": a level, of a thing named
    moved = _lemma(verb) in lex.predicates and link is not None and link.dep_ in _SUBJECTS
    if moved and word not in lex.level_prepositions:
        return None, None, False  # "2,800 people reached the site": they went, no level
    if _lemma(verb) in lex.level_verbs or word in lex.level_prepositions:  # elsewhere
        return role, theme, True  # "stood at 10.4%"
    if link is not None and link.dep_ == "npadvmod" and _continues_level(verb, link, lex):
        return role, theme, True  # "to £3,717 in October, £4,567 in January": the same list
    if lex.predicates.get(_lemma(verb)) == "change" or word in lex.change_prepositions:
        return ("change" if role in (None, "level") else role), theme, False
    return None, theme, False


def _figure_above(verb: Any, pronoun: Any, lex: Lexicon) -> Any | None:
    """The noun of a figure ("toll", "number", "count") that a pronoun moved by a verb stands
    for, named as the object or subject of a clause above it in the sentence ("revised its
    death toll for the floods, lowering it to 3,958"); else nothing."""
    if pronoun.tag_ in ("WDT", "WP") or pronoun.lower_ in _RELATIVES:
        return None  # "demand, which OPEC puts at 100 million bpd": the noun it hangs on
    figures = lex.container_nouns | lex.record_nouns | frozenset(lex.counted_as)
    for anc in _ancestors(verb):
        if not _is_verb(anc):
            continue
        for c in anc.children:
            if c.dep_ in ("dobj", *_SUBJECTS) and c.i < pronoun.i and _lemma(c) in figures:
                return c
    return None


def _continues_level(verb: Any, tok: Any, lex: Lexicon) -> bool:
    """A bare figure after a comma that goes on a list of levels its verb began with "to"
    ("climb from £1,971 now to £3,717 in October, £4,567 in January and £5,816 in April")."""
    for prep in (
        c for c in verb.children if c.dep_ == "prep" and c.lower_ in lex.level_prepositions
    ):
        if not prep.i < tok.i or not any(_numberish(g) for g in prep.children):
            continue
        between = tok.doc[prep.right_edge.i + 1 : tok.left_edge.i]
        if len(between) > 0 and all(t.is_punct for t in between):
            return True
    return False


def role_of(root: Any, noun: Any | None, lex: Lexicon) -> tuple[str | None, Any | None, Any]:
    """(role class, the noun counted or its stand-in, the verb that governs the figure)."""
    role, counted, verb, _ = read_role(root, noun, lex)
    return role, counted, verb


def _lives_lost(verb: Any, tok: Any, noun: Any | None, lex: Lexicon) -> bool:
    """ "troops lost 200 men": people lost are dead (lexicon ``lost_lives``)."""
    return (
        noun is not None
        and tok.i == noun.i
        and noun.dep_ == "dobj"
        and _lemma(verb) in lex.lost_lives["verbs"]
        and _lemma(noun) in lex.lost_lives["objects"]
    )


def read_role(
    root: Any, noun: Any | None, lex: Lexicon
) -> tuple[str | None, Any | None, Any, bool]:
    """``role_of`` and whether the role is only the governing verb's word ("claiming 4 martyrs
    and 13 injured" hangs 13 off "claiming"): where a figure hangs is the parse's weakest
    guess in list-like text, unlike what a noun, a complement or a statistic says. A noun
    that names people by what befell them before ("survivors") gives way to a later happening
    its clause names ("nine of the survivors were detained")."""
    if (noun is None or _noun_role(noun, lex) is None) and _difference(root, lex):
        verb = _governor(root)
        return lex.differences["role"], noun or _compared(verb, root, lex), verb, False
    if _multiplies(root, lex):
        verb = root if _is_verb(root) else _governor(root)
        return lex.multipliers["role"], noun or _compared(verb, root, lex), _governor(root), False
    if noun is not None:
        own = _noun_role(noun, lex)
        if own and _told(noun, lex):
            later = _walk_role(root, noun, lex)
            if later[0] in lex.told_later_roles and later[0] != own:
                return later  # "three injured passengers died in hospital"
        elif own and (_lemma(noun) in lex.identity_nouns or _described(noun, lex)):
            later = _walk_role(root, noun, lex)
            # "three people wounded in the attack were in hospital": the harm says why
            cared = later[0] in lex.treated_injured["roles"] and own in lex.treated_injured["when"]
            if later[0] in lex.later_roles and later[0] != own and not cared:
                return later
        if own:
            return own, noun, _governor(noun), False
    return _walk_role(root, noun, lex)


def _compared(verb: Any, figure: Any, lex: Lexicon) -> Any | None:
    """What a difference or a multiple measures: the thing its clause compares ("wheat
    production is 2.5 per cent below", "left job creation 28 percent below", "gas prices had
    nearly doubled", "has nearly doubled its estimate"), or, for one set beside another
    figure, what that figure's clause is about ("45,756 people crossed ..., about 60% more
    than the year before"). A place or a pronoun holds the figure and names no thing ("Tarn
    Taran was down 9%")."""
    compared = figure.head if figure.dep_ == "npadvmod" else None
    own = _subject(compared) if compared is not None else None
    if compared is not None and compared.dep_ == "amod":
        own = compared.head  # "a harvest about 10% smaller than last year's"
    subject = own or _subject(verb)  # "with food prices up 16.4 per cent": its own subject
    if (
        own is None
        and subject is not None
        and (subject.lower_ in _PRONOUNS or _holds(subject, figure))
    ):
        subject = None
    objects = [c for c in verb.children if c.dep_ == "dobj" and not _holds(c, figure)]
    # "doubled its estimate": a verb that is the figure multiplies its object; "left car
    # production 28 percent below plan": a figure right after the object says how it stands
    first = [subject, *objects]
    if own is None and (figure.i == verb.i or any(_complements(o, figure) for o in objects)):
        first = [*objects, subject]
    # a place holds what is compared ("India shipped 7.85 million tonnes ..., up 275%", "Tarn
    # Taran was down 9%"), and a clause ("rejecting a report that put the headcount 1,000
    # lower") is none
    things = [t for t in first if t is not None and t.pos_ in ("NOUN", "PROPN")]
    theme = next((t for t in things if not _is_place(t, lex)), None)
    return None if theme is None else _container_of(theme, lex)


def _complements(obj: Any, figure: Any) -> bool:
    """A figure right after an object, with no break between them ("left job creation 28
    percent below"), unlike one set off by a comma ("hit 24,309 rupees a tonne, nearly 15%
    above the lows")."""
    between = obj.doc[obj.i + 1 : figure.left_edge.i]  # the parser may hang the comma on it
    return obj.i < figure.i and not any(t.is_punct for t in between)


def _multiplies(root: Any, lex: Lexicon) -> bool:
    """ "would double", "has nearly doubled its estimate": the figure is the verb that
    multiplies a value, so it is a change. A multiplying word is not ('about eight times the
    initial count' is a toll, 'more than five times the 2% target' no change; dev: 3 right,
    4 wrong)."""
    return root.pos_ in ("VERB", "AUX") and _lemma(root) in lex.multipliers["verbs"]


def _difference(root: Any, lex: Lexicon) -> bool:
    """ "closed 5.93% lower", "were up 4% from a year earlier", "28 percent below the 2.9
    million": the figure measures a comparative or a direction, so it is a change."""
    if _compared_quantity(root, lex.differences["words"]):
        return True  # "is 4.61 per cent below the projection": the parse hangs "below" on it
    head = root.head
    if root.dep_ != "npadvmod" or head.i == root.i or not _numberish(root):
        # "5,000 metres below the surface" measures a depth, not a value's change
        return False
    return head.tag_ in ("JJR", "RBR") or head.lower_ in lex.differences["words"]


def _below(root: Any, lex: Lexicon) -> bool:
    """A difference that lies below ("5.7 per cent lower", "44% less", "down 9%", "4.61 per
    cent below the projection"): a fall, so negative."""
    words = lex.falling["comparatives"]
    if _compared_quantity(root, words):
        return True
    return root.dep_ == "npadvmod" and root.head.lower_ in words


def _compared_quantity(root: Any, words: Collection[str]) -> bool:
    """A quantity word ("per cent") the parse hangs one of ``words`` on as a preposition
    ("4.61 per cent below the projection")."""
    return root.lower_ in quantity_words() and any(
        c.dep_ == "prep" and c.lower_ in words for c in root.children
    )


def _walk_role(
    root: Any, noun: Any | None, lex: Lexicon
) -> tuple[str | None, Any | None, Any, bool]:
    """The role read up the tree from the figure (or its noun) to the verb that governs it."""
    tok, link, part = noun if noun is not None else root, None, False
    for _ in range(_MAX_HOPS):
        tok = _first_listed(tok)  # "five Indians, four Russians and two Koreans": one list
        head = tok.head
        if head.i == tok.i:
            break
        if tok.dep_ == "pobj":
            link = head
        if head.lower_ in lex.part_words or _lemma(head) in lex.part_words:
            whole = _including_subject(head, tok, lex)
            if whole is not None:
                return whole, noun, head, False  # "the passengers included five Indians"
            tok, part = head, True  # "700 people, including 40 children": what the whole did
            continue
        if _is_verb(head):
            found = _verb_role(head, tok, link, root, noun, lex)
            # a part's role is read through the word that makes it a part, not a guess at
            # where a list hangs: it is the whole's, as the parse says
            return (*found[:3], False) if part else found
        if head.pos_ == "ADJ" and head.lower_ in lex.adjectives:
            return lex.adjectives[head.lower_], noun, _governor(head), False
        if head.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("pobj", "prep", "nummod", "appos"):
            found = _noun_role(head, lex)  # "a turnout of 66%", "a death toll of 41"
            if found == "change" and link is not None and link.lower_ in lex.level_prepositions:
                return "level", noun, _governor(head), False  # "a fall to 10.9%": a level
            if found:
                # "an appeal for $71.4 million" asks for the sum: the appeal is not counted
                # as "a death toll of 41" stands in for the dead
                sought = link is not None and link.lower_ in lex.sought_prepositions
                return found, noun or (None if sought else head), _governor(head), False
        tok = head
    return None, noun, _governor(root), False


def _first_listed(tok: Any) -> Any:
    """The first of coordinated nouns or numbers ("four Russians" in "five Indians, four
    Russians and two Koreans"): a list hangs from where its first item does."""
    nouns = ("NOUN", "PROPN")
    # a noun after a bare number is no item of its list ("since 2016 and half the 37.85
    # million tonnes"); a bare number after a noun is ("two Koreans and one each from the UK")
    while tok.dep_ == "conj" and tok.head.pos_ in nouns and tok.pos_ in (*nouns, "NUM"):
        tok = tok.head
    return tok


def _including_subject(verb: Any, tok: Any, lex: Lexicon) -> str | None:
    """ "The passengers included five Indians", "the count included 61 people in Florida": the
    object of a verb of including is a part of its subject, so it takes the subject's role."""
    if not _is_verb(verb) or tok.dep_ != "dobj":
        return None
    subject = _subject(verb)
    return _noun_role(subject, lex) if subject is not None else None


def _verb_role(
    head: Any, tok: Any, link: Any, root: Any, noun: Any | None, lex: Lexicon
) -> tuple[str | None, Any | None, Any, bool]:
    """The role the verb that governs a figure gives it; ``tok`` is what hangs from it."""
    if _is_speech(head, lex):
        return None, noun, _governor(root), False
    if _lives_lost(head, tok, noun, lex):
        return "killed", noun, head, False
    held = _container_value(head, tok, lex)
    if held is not None:
        return held, noun or head.head, _governor(head.head), False  # "of civilians left"
    state = _copula_role(head, lex)
    if state:
        return state, noun, head, False
    stat, theme, level = _statistic_role(head, link if tok.dep_ == "pobj" else tok, root, lex)
    if stat or (level and (noun is None or _unit_only(noun, root))):
        return stat or "level", theme if noun is None else noun, head, False
    role = _predicate_role(head, lex)
    if role is not None and _lemma(head) in lex.active_only and tok.dep_ != "nsubj":
        role = None  # "3.5 million doses would be needed": no one in need
    persist = lex.persisting
    if role in persist["from"] and any(c.lower_ in persist["words"] for c in head.children):
        role = persist["role"]  # "750,000 people are still living in western Mosul"
    if role is None and tok.dep_ in _SUBJECTS:
        shared = _shared_subject_role(head, lex)
        if shared:
            return shared, noun, head, False
    # a verb with its object ("lost their lives") or with the figure itself as its subject ("and
    # 505 have been wounded", not "the fate of 200 soldiers remained unknown") says more than a
    # word beside the figure
    subject = tok.dep_ in _SUBJECTS and tok.i in (root.i, (noun or root).i)
    return role, noun, head, _pair_role(head, lex) is None and not subject


def _unit_only(noun: Any, root: Any) -> bool:
    """The figure's noun is only its unit ("fell to 89 lakh tonnes from 112 lakh tonnes"): like
    a bare figure, it stands at the level its preposition says, counting nothing of its own."""
    word = noun.lower_
    return noun.i == root.i and bool(
        {word, word.removesuffix("s"), word.removesuffix("es"), _lemma(noun)} & measure_units()
    )


def _container_value(head: Any, tok: Any, lex: Lexicon) -> str | None:
    """ "put the number of people infected at 88.5 million", "pushed the number of people who
    have reached the UK past 17,000": the parse hangs the figure on the clause that says what a
    container noun counts, but the figure is the container's value, and its role the clause's."""
    if head.dep_ not in ("acl", "relcl") or tok.dep_ != "prep":
        return None
    if tok.lower_ not in lex.level_prepositions | lex.container_prepositions:
        return None
    if any(c.dep_ in _SUBJECTS and c.tag_ not in ("WP", "WDT") for c in head.children):
        return None  # "last April's jump, when Ofgem's cap rose to 1,971 pounds": its own subject
    described = head.head
    inside = described.dep_ == "pobj" and described.head.lower_ == "of"
    container = described.head.head if inside else described
    if _lemma(container) not in lex.container_nouns:
        return None
    return _clause_role(head, lex)


def _shared_subject_role(verb: Any, lex: Lexicon) -> str | None:
    """ "36 people believed to have been inside remain unaccounted for": a verb conjoined to
    the figure's own, with no subject of its own, says what befell the same subject."""
    for conj in (c for c in verb.children if c.dep_ == "conj" and _is_verb(c)):
        if _subject(conj) is None:
            found = _copula_role(conj, lex) or _predicate_role(conj, lex)
            if found and found != "change":
                return found
    return None


def _time_governor(tok: Any, lex: Lexicon) -> Any:
    """The verb a time expression dates: past a participle that only bounds a period ("fell
    21% in the week ended Aug. 21", "in the year that ended in March") or dates the record
    that gives the figure ("a report issued on Saturday evening had said that 11,300 people
    had died", "in a report published last month, counted 2,521 civilians")."""
    verb = _governor(tok)
    nouns = lex.period_nouns | lex.record_nouns
    if verb.dep_ in ("acl", "relcl") and _lemma(verb.head) in nouns:
        return _governor(verb.head)
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "than" for c in verb.children):
        # "job growth slowed far more than expected in July": the comparison is elliptic, its
        # time is the main verb's
        return _governor(verb.head) if verb.head.i != verb.i else verb
    while verb.dep_ == "xcomp" and _is_verb(verb.head) and not _own_clause(verb):
        # "had been let go on Saturday", "were detected crossing on Saturday": a bare
        # complement goes on the verb above it, and its time is that verb's; an infinitive
        # is a deed of its own, wanted or expected ("agreed to lower output from November",
        # "are expected to begin next week")
        verb = verb.head
    return verb


def _days_before(
    as_of: DateSpan | None, path: Sequence[Any], own: Sequence[_Anchor], doc: Any
) -> DateSpan | None:
    """A figure of a clause set "two days after" the one it hangs on ("rose to 71 on Tuesday,
    two days after the plane went down with 72 people"; "were halted ..., a day after they had
    lost 60% of their value") held that many days before the day of the clause above, unless
    its own clause names a day."""
    if as_of is None or as_of.start != as_of.end:
        return as_of
    for verb in path:
        days = _after_days(verb)
        if days is None:
            continue
        inside = (doc.char_span(a.start, a.end, alignment_mode="expand") for a in own)
        if any(t is not None and verb in (t.root, *_ancestors(t.root)) for t in inside):
            return as_of
        return DateSpan.day(as_of.end - timedelta(days=days))
    return as_of


def _after_days(verb: Any) -> int | None:
    """How many days before its head a clause "N days/weeks after" is: "two days after the
    plane went down" 2, "a week after the deal closed" 7."""
    if verb.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ == "after" for c in verb.children
    ):
        return None
    for unit in verb.children:
        size = _UNIT_DAYS.get(_lemma(unit))
        if unit.dep_ != "npadvmod" or size is None:
            continue
        count = next((c for c in unit.children if c.dep_ in ("nummod", "det")), None)
        n = timeref.small_count(count.text) if count is not None else None
        return None if n is None else n * size
    return None


_UNIT_DAYS = {"day": 1, "week": 7}


def _when_of(verb: Any, chain: set[int]) -> bool:
    """A "when" clause hanging on a verb of the figure's own clause."""
    return (
        verb.dep_ == "advcl"
        and verb.head.i in chain
        and verb.i not in chain
        and any(c.dep_ == "advmod" and c.lower_ == "when" for c in verb.children)
    )


def _own_clause(verb: Any) -> bool:
    """A complement with a subject or a "to" of its own."""
    return _has_subject(verb) or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _governor(tok: Any) -> Any:
    """The nearest verb above a token (or the sentence root)."""
    for anc in _ancestors(tok):
        if _is_verb(anc):
            return anc
    return _sentence(tok).root


# ---------------------------------------------------------------------------------------------
# Place, source, modality, background
# ---------------------------------------------------------------------------------------------


def _speech_ancestor(tok: Any, lex: Lexicon) -> Any | None:
    for anc in _ancestors(tok):
        if _says(anc, lex):
            return anc
    return None


def _memo(doc: Any, key: Hashable, compute: Callable[[], T]) -> T:
    """Computed once per parsed sentence: every figure of the sentence asks the same."""
    if key not in doc.user_data:
        doc.user_data[key] = compute()
    return doc.user_data[key]


def _sentence(tok: Any) -> Any:
    """``tok.sent``, found by bisection among the parse's sentences, listed once: spaCy walks
    the doc for a token's sentence on each read (11 µs, twice with the check it has one)."""
    doc = tok.doc
    sents, starts = _memo(doc, "factcheck.sents", lambda: _sentences(doc))
    return sents[bisect_right(starts, tok.i) - 1]


def _sentences(doc: Any) -> tuple[list[Any], list[int]]:
    sents = list(doc.sents)
    return sents, [s.start for s in sents]


def _text(doc: Any) -> str:
    """The sentence's text: spaCy rebuilds ``doc.text`` from every token on each read."""
    return _memo(doc, "factcheck.text", lambda: doc.text)


def _overlapping(doc: Any, start: int, end: int) -> list[Any]:
    """The tokens overlapping characters ``start:end``, found by bisection (tokens are in
    order and do not overlap, so their starts and ends both rise)."""
    starts, ends = _memo(doc, "factcheck.bounds", lambda: _bounds(doc))
    return [doc[i] for i in range(bisect_right(ends, start), bisect_left(starts, end))]


def _bounds(doc: Any) -> tuple[list[int], list[int]]:
    """Where each token starts and ends, read as one array rather than token by token."""
    if not len(doc):
        return [], []
    at = doc.to_array(["IDX", "LENGTH"]).astype(int)
    return at[:, 0].tolist(), (at[:, 0] + at[:, 1]).tolist()


def _gazetteer_hits(doc: Any) -> list[tuple[int, int, Any, Any]]:
    """The gazetteer's places in the sentence, with their token spans: towns only where the
    tagger calls them proper nouns ("Police said" is no town), regions where it calls them
    nouns at all ("Most of the fall came" is no Czech region; the tagger may call a state
    opening a sentence a common noun: "Tripura recorded 80%")."""
    from factcheck.places import gazetteer

    hits = []
    for start, end, place in gazetteer().find(_text(doc)):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        tag = span[0].pos_
        if (place.kind == "town" and tag != "PROPN") or tag not in ("PROPN", "NOUN"):
            continue
        hits.append((start, end, place, span))
    return hits


def _place_candidates(doc: Any, lex: Lexicon) -> list[tuple[str, Any]]:
    """Places the sentence names: what the gazetteer knows (a town only where the tagger calls
    it a proper noun: "Police said" is no town), and what NER calls a place where NER ran,
    never inside the name of an organisation or a person ("Red Cross", "Tamil Nadu Police")."""
    ents = list(doc.ents) if doc.has_annotation("ENT_IOB") else []
    taken = [(e.start_char, e.end_char) for e in ents if e.label_ in lex.source_labels]
    kept = [e for e in ents if e.label_ in lex.place_labels and _ner_place(e, lex)]
    found = [(e.text, e.root) for e in kept]
    # a place NER mislabels stays what the gazetteer says ("Thailand's Nok Air": Thailand)
    taken += [(e.start_char, e.end_char) for e in kept]
    for start, end, place, span in _memo(doc, "factcheck.gazetteer", lambda: _gazetteer_hits(doc)):
        if any(a <= start and end <= b for a, b in taken):
            continue
        if place.kind == "town" and span.text.isupper():
            continue  # "GENEVA, Feb 7 -": the reporter's town, not the figure's
        before = doc[span.start - 1] if span.start > 0 else None
        if before is not None and before.lower_ in lex.place_qualifiers:
            start = before.idx  # "eastern Aleppo" is a part of Aleppo, and says so
        found.append((_text(doc)[start:end], span.root))
    return found


def _says_where(head: Any, lex: Lexicon) -> bool:
    """Whether a place is named as where something is, in a phrase or an adverb of place
    ("around Bakhmut", "20 of them in Mecca", "nationwide", "elsewhere") or as the object of
    its verb ("fled eastern Aleppo", "the storm hit Florida"), not as who acts or
    owns ("Russia has suffered", "Pakistan's ministry")."""
    word = head.lower_
    if word in lex.wide or word in lex.elsewhere or word in lex.back_adverbs:
        return True
    top = _first_conjunct(head)
    if top.dep_ == "dobj":
        return True  # the place a verb moves from or into ("fled eastern Aleppo to the west")
    # "the office in New Delhi estimates India's output": where the subject sits, not the figure
    return _in_place_phrase(top, lex) and not _in_subject(head)


def _in_subject(tok: Any) -> bool:
    """Whether a token lies inside the subject of its clause's verb."""
    for anc in (tok, *_ancestors(tok)):
        if _is_verb(anc):
            return False
        if anc.dep_ in _SUBJECTS:
            return True
    return False


def _in_place_phrase(top: Any, lex: Lexicon) -> bool:
    """ "near Bahanaga Bazar", "at Mina": the object of a preposition of place."""
    return top.dep_ == "pobj" and top.head.lower_ in lex.ner_place_prepositions


def _ner_place(ent: Any, lex: Lexicon) -> bool:
    """Whether NER's place is one: a proper noun in a phrase of place ("near Bahanaga Bazar",
    "in the Old City"), naming a kind of thing ("the Lee County cases") or a geographic name
    ("Europe accounts for 70%"), not a disease, a bank, a festival or a number NER mislabels
    ("in hospital for Covid", "Citi has raised", "ahead of the Lunar New Year", "to 288")."""
    if not any(t.pos_ == "PROPN" for t in ent):
        return False
    top = _first_conjunct(ent.root)
    if ent.label_ == "LOC" or top.dep_ in ("compound", "npadvmod", "poss"):
        # "the Lee County cases": a place naming the kind of thing counted; "complete
        # everywhere but Southwest Florida": a bare phrase of place; "Thailand's Nok Air"
        return True
    if top.dep_ == "det" and top.head.i >= ent.end:
        top = top.head  # "at the Hamam al-Alil screening site": the phrase it opens
    return _in_place_phrase(top, lex)


def _named_as_places(doc: Any, lex: Lexicon, found: list[tuple[str, Any]]) -> list:
    """Names a noun of a kind of place says are places, where neither the gazetteer nor NER
    knew them: "the al-Jadida district", "Harris County", "the town of Marawa"."""
    taken = {head.i for _, head in found}
    out = []
    for tok in doc:
        if _lemma(tok) not in lex.place_kind_nouns or tok.dep_ == "compound":
            continue
        names = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if names and tok.i - names[-1].i == 1:  # "the al-Jadida district"
            span = doc[min(c.left_edge.i for c in names) : tok.i + 1]
            head = tok
        else:  # "the town of Marawa"
            of = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"]
            objs = [g for c in of for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
            if not objs:
                continue
            head = objs[0]
            span = doc[head.left_edge.i : head.i + 1]
        if any(t.i in taken for t in span):
            continue
        out.append((span.text, head))
    return out


def _pointing_back(doc: Any, lex: Lexicon, found: list[tuple[str, Any]], before: Before) -> list:
    """ "missing in the city", "the state's 80 constituencies", "in that province alone": a
    definite common noun of a kind of place stands for the last place of that kind named, in
    the sentence before it (``found``) or in the article before the sentence (``before``);
    "lived there" for the last place the sentence named, else the town or region named last in
    the sentence before (``before["last"]``)."""
    from factcheck.places import gazetteer

    out = []
    for tok in doc:
        if tok.lower_ in lex.back_adverbs and tok.dep_ == "advmod":
            # "lived there": the place named last, in the sentence or the one before
            earlier = [t for t, h in found if h.i < tok.i]
            name = earlier[-1] if earlier else before.get("last")
            if name is not None:
                out.append((name, tok))
            continue
        kind = lex.place_anaphors.get(_lemma(tok))
        if kind is None or tok.pos_ != "NOUN" or tok.dep_ == "compound" or not _definite(tok, lex):
            continue
        earlier = [t for t, h in found if h.i < tok.i and kind in gazetteer().kinds(t)]
        name = earlier[-1] if earlier else before.get(kind)
        if name is not None:
            out.append((name, tok))
    return out


def _regions(doc: Any, lex: Lexicon, found: list[tuple[str, Any]], before: Before) -> list:
    """Parts of a country with no name of their own: "across the northeast" (northeast Libya),
    "in the east" (eastern Libya), "in government-held areas", "163 elsewhere" (elsewhere in
    Libya). The country is the one the sentence names, else the article's (``before``)."""
    from factcheck.places import gazetteer

    countries = [t for t, _ in found if "country" in gazetteer().kinds(t)]
    country = countries[0] if len(set(countries)) == 1 else before.get("country")
    out = []
    for tok in doc:
        word = tok.lower_
        if _held(tok, lex):
            out.append((_phrase_of(tok), tok))
        elif word in lex.wide:
            whole = country if lex.wide[word] == "country" else _region_of(found, tok, before)
            if whole is not None:
                out.append((whole, tok))
        elif country is None:
            continue
        elif (
            word in lex.directions
            and tok.text.islower()
            and _in_region_phrase(tok, lex)
            and not any(_held(a, lex) for a in _ancestors(tok))  # "rebel-held parts of the north"
        ):
            out.append((f"{lex.directions[word]} {country}", tok))
        elif word in lex.elsewhere:
            out.append((f"{word} in {country}", tok))
    return out


def _region_of(found: list[tuple[str, Any]], tok: Any, before: Before) -> str | None:
    """ "58 deaths statewide": the region its sentence last named before the word, else the
    article's main place, else the town and the region it last named before the sentence; a
    town stands for the region holding it ("Fort Myers Beach": Florida)."""
    from factcheck.places import gazetteer

    places = gazetteer()
    named = [t for t, h in found if h.i < tok.i][::-1]
    named += [before[k] for k in ("main", "town", "region") if k in before]
    for name in named:
        place = places.resolve(name)
        if place is None or place.kind == "country":
            continue
        if place.kind == "region":
            return name
        holder = places.regions.get(place.region)
        if holder is not None:
            return holder.name
    return None


def _in_region_phrase(tok: Any, lex: Lexicon) -> bool:
    """ "in the east", "across the northeast", "towns of the east": a direction as the object
    of a preposition of place, with its article and nothing naming more ("the east bank")."""
    return (
        tok.dep_ == "pobj"
        and tok.head.lower_ in lex.region_prepositions
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
        and not any(c.dep_ in ("compound", "amod", "prep") for c in tok.children)
    )


def _held(tok: Any, lex: Lexicon) -> bool:
    """ "government-held areas", "rebel-held northwest": ground named by who holds it."""
    if tok.pos_ not in ("NOUN", "PROPN") or _lemma(tok) not in lex.held_nouns:
        return False
    return any(
        _phrase_of(c).lower().endswith(lex.held_suffixes) for c in tok.children if c.dep_ == "amod"
    )


def _phrase_of(tok: Any) -> str:
    """A token with the words in front of it that hang from it ("government-held areas")."""
    words = [t for t in tok.subtree if t.i <= tok.i and t.dep_ not in ("det", "poss", "case")]
    return "".join(t.text_with_ws for t in words).strip()


def _origin(head: Any, lex: Lexicon) -> bool:
    """ "men from Egypt", "most of them from Sudan and Egypt": where people come from."""
    top = _first_conjunct(head)
    prep = top.head
    return (
        top.dep_ == "pobj"
        and prep.lower_ in lex.origin_prepositions
        and prep.head.pos_ in ("NOUN", "PRON", "PROPN", "NUM", "ADJ")
    )


def _definite(tok: Any, lex: Lexicon) -> bool:
    """ "the city", "that province": not "a city", "other towns", "the city of Derna" (which
    names its place) nor "the city council"."""
    kids = list(tok.children)
    return (
        any(c.dep_ == "det" and c.lower_ in lex.anaphor_determiners for c in kids)
        and not any(c.lower_ in lex.other_places for c in kids)
        and not any(
            c.dep_ in ("compound", "appos") or (c.dep_ == "prep" and c.lower_ == "of") for c in kids
        )
    )


def place_of(
    doc: Any,
    root: Any,
    verb: Any,
    lex: Lexicon,
    common: frozenset[str] = frozenset(),
    before: Before | None = None,
    lone: frozenset[str] = frozenset(),
) -> tuple[str | None, frozenset[str]]:
    """The place of the figure's own clause, and names the parse rules out (speech-verb places,
    organisations and people). Where the figure's verb names no place, the verbs it hangs
    from do, short of a verb of saying ("Britain's inflation climbed in July, rising to
    10.1%": Britain belongs to "climbed", which "rising" continues). ``common`` are names the
    article writes in lower case too ("Coast guard crews ..." opens a sentence: no place);
    ``lone`` small places of a country it names in no other way (``Gazetteer.lone``)."""
    from factcheck.places import fold

    vetoed = set(_memo(doc, ("factcheck.sources", lex.source_labels), lambda: _sources(doc, lex)))
    before = before or {}
    key = ("factcheck.named", common, lone, tuple(sorted(before.items())))
    candidates, pointing = _memo(doc, key, lambda: _named_places(doc, lex, common, before, lone))
    kept = []
    for text, head in candidates + pointing:
        if fold(text) in common or _in_part(head, root) or _origin(head, lex):
            continue
        if _excluded(head, root, lex):
            vetoed.add(text)  # "Outside the United States, ... 9,200 cases": not there
            continue
        if _government(text, head):
            vetoed.add(text)  # "Riyadh reported more than 2,700 cases": who, not where
            continue
        if _home(head, lex):
            vetoed.add(text)  # "the Paris-based agency reduced its estimate": where it sits
            continue
        if _broken_down(head, lex):
            text = _whole_of(text)
            if text is None:
                continue
        if _speech_place(head, verb, lex):
            if (text, head) not in pointing:  # "told AFP in the city" rules out no place
                vetoed.add(text)
        else:
            kept.append((text, head))
    if _sums_parts(root, lex) and len({t for t, _ in kept}) > 1:
        return _together(kept), frozenset(vetoed)
    # "4,500 deaths and 7,500 injuries in the rebel-held northwest": the noun a number
    # counts heads its phrase
    phrase = root.head if root.dep_ == "nummod" and root.head.pos_ == "NOUN" else root
    for scope in _scopes(verb, lex):
        # the nearest place, one in the figure's own phrase first ("24,617 deaths in Turkey
        # and 3,574 in Syria": Syria is as near to 3,574 as Turkey, but hangs from it)
        found = [
            (
                not _in_phrase(head, phrase),
                _across_and(head, root),
                not _says_where(head, lex),
                abs(head.i - root.i),
                n,
            )
            for n, (_, head) in enumerate(kept)
            if scope is None or _fronted(head) or _is_under(head, scope)
        ]
        if found:
            return _joint(kept[min(found)[-1]], kept), frozenset(vetoed)
    return None, frozenset(vetoed)


def _sources(doc: Any, lex: Lexicon) -> frozenset[str]:
    """The names NER calls sources (organisations, people): spaCy builds its entity spans anew
    on each read, and every figure of the sentence asks."""
    return frozenset(e.text for e in doc.ents if e.label_ in lex.source_labels)


def _named_places(
    doc: Any, lex: Lexicon, common: frozenset[str], before: Before, lone: frozenset[str]
) -> tuple[list[tuple[str, Any]], list[tuple[str, Any]]]:
    """The sentence's places, and the nouns standing for places named earlier: the same for
    every figure of the sentence, so found once per sentence (a fifth of place_of's time).
    A small place of a country the article names in no other way counts only in a phrase of
    place ("at Mina", "from Asia"), as NER's places do: "Wagner fighters", "the Centre had
    set a target" name no place."""
    from factcheck.places import fold

    candidates = _memo(doc, "factcheck.places", lambda: _place_candidates(doc, lex))
    known = [
        (t, h)
        for t, h in candidates
        if fold(t) not in common
        and (fold(t) not in lone or _in_place_phrase(_first_conjunct(h), lex))
    ]
    candidates = known + _named_as_places(doc, lex, known)
    pointing = _pointing_back(doc, lex, candidates, before)
    pointing += _regions(doc, lex, candidates, before)
    return candidates, pointing


def _across_and(place: Any, root: Any) -> bool:
    """Whether a coordinator stands between a place and the figure: in a list of figures each
    with its place ("12 deaths in Charlotte County and eight in Collier County", "Yunnan at 84%
    and Qinghai at 80%", "1,320 had gone east to Tobruk and 730 west to Benghazi") a place
    beyond an "and" is the next or the last figure's, however the parser joined them."""
    low, high = sorted((place.i, root.i))
    doc = place.doc
    at = _memo(doc, "factcheck.cc", lambda: [t.i for t in doc if t.dep_ == "cc"])
    return bisect_right(at, low) < bisect_left(at, high)


def _sums_parts(root: Any, lex: Lexicon) -> bool:
    """ "a combined toll of 28,191", "taking the total above 36,000": the figure, the noun it
    is "of" or the noun its verb moves is a total of the parts named beside it."""
    near, tok = [root], root
    while not _is_verb(tok.head) and tok.head.i != tok.i:
        tok = tok.head
        near.append(tok)  # the nouns the figure hangs from, up to its verb
    if tok.dep_ == "prep" and _is_verb(tok.head):  # "taking the total above 36,000"
        near += [c for c in tok.head.children if c.dep_ in ("dobj", *_SUBJECTS)]
    return any(
        _lemma(t) in lex.total_words
        or any(c.dep_ == "amod" and c.lower_ in lex.total_words for c in t.children)
        for t in near
        if t.pos_ in ("NOUN", "NUM")
    )


def _together(kept: list[tuple[str, Any]]) -> str:
    """All the places of the parts: the narrowest place holding them all (Derna and Benghazi:
    Libya), else all of them ("Turkey and Syria")."""
    from factcheck.places import gazetteer

    names = list(dict.fromkeys(t for t, _ in sorted(kept, key=lambda k: k[1].i)))
    found = [gazetteer().resolve(name) for name in names]
    known = [p for p in found if p is not None]
    holder = gazetteer().container(known) if len(known) == len(found) else None
    if holder is not None:
        return holder.name
    return ", ".join(names[:-1]) + " and " + names[-1]


def _first_conjunct(tok: Any) -> Any:
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _conjuncts(tok: Any) -> list[Any]:
    """A token and everything coordinated with it ("England, Scotland and Wales")."""
    out = [tok]
    for child in tok.children:
        if child.dep_ == "conj":
            out.extend(_conjuncts(child))
    return out


def _in_phrase(tok: Any, root: Any) -> bool:
    """Whether ``tok`` hangs from the figure with no verb between ("3,574 in Syria")."""
    for anc in _ancestors(tok):
        if anc.i == root.i:
            return True
        if _is_verb(anc):
            return False
    return False


def _broken_down(tok: Any, lex: Lexicon) -> bool:
    """ "close to 1,000 cases, mostly in Sao Paulo and Rio de Janeiro states": where most of
    the figure holds, not all of it."""
    top = _first_conjunct(tok)
    while top.dep_ in ("compound", "appos"):
        top = top.head  # "Sao Paulo and Rio de Janeiro states"
    top = _first_conjunct(top)
    prep = top.head if top.dep_ == "pobj" else None
    return prep is not None and any(
        c.dep_ == "advmod" and c.lower_ in lex.breakdown_adverbs for c in prep.children
    )


def _excluded(tok: Any, root: Any, lex: Lexicon) -> bool:
    """ "Outside the United States, the WHO has logged 9,200 cases", "three deaths outside
    Africa": the figure, or the whole sentence, holds everywhere but there. Deeper down ("300
    bodies buried in graves outside the city") the place still places the figure."""
    prep = _first_conjunct(tok).head
    if prep.lower_ not in lex.excluding_prepositions:
        return False
    noun = root.head if root.dep_ == "nummod" else root
    return prep.head.i in (root.i, noun.i) or _fronted(tok)


def _government(text: str, head: Any) -> bool:
    """A capital that acts, as a verb's subject or a passive's agent, stands for its
    government ("Riyadh has released no death toll, though it reported more than 2,700 cases",
    "the official toll of 41 given by Amman", "Beijing lifted some of the world's toughest
    curbs"): who reports or decides, not where the figure happened."""
    from factcheck.places import gazetteer

    top = _first_conjunct(head)
    agent = top.dep_ == "pobj" and top.head.lower_ == "by" and top.head.dep_ == "agent"
    return (top.dep_ == "nsubj" or agent) and gazetteer().is_capital(text)


def _home(head: Any, lex: Lexicon) -> bool:
    """A place joined by a hyphen to a participle of where a body is ("the London-based
    firm", "the U.S.-led coalition"), or the town before such a region ("the Santa Clara,
    California-based bank"): the body's home, not the figure's place."""
    doc = head.doc
    for tok in doc[head.i : min(len(doc), head.i + 4)]:
        if tok.i > head.i and tok.pos_ not in ("PROPN", "PUNCT"):
            return False  # "Santa Clara, California-": only names and commas between
        if tok.lower_.rpartition("-")[2] in lex.home_participles and "-" in tok.text:
            return True  # "U.S.-led" is one token
        after = doc[tok.i + 1 : tok.i + 3]
        if (
            len(after) == 2
            and after[0].text == "-"
            and not tok.whitespace_
            and after[1].lower_ in lex.home_participles
        ):
            return True
    return False


def _whole_of(text: str) -> str | None:
    """The country holding a town or region a figure is broken down into ("mostly in Sao
    Paulo": Brazil); a country stays itself ("mostly in Nigeria")."""
    from factcheck.places import gazetteer

    place = gazetteer().resolve(text)
    if place is None:
        return None
    return text if place.kind == "country" else gazetteer().country_name(place.country)


def _in_part(tok: Any, root: Any) -> bool:
    """ "5,775 buildings destroyed, about 1,500 of them in Hatay province": a place beneath
    another figure that is a part of a whole named before ("N of them") is that part's."""
    for anc in _ancestors(tok):
        if anc.i == root.i:
            return False
        if _per_token(anc, "factcheck.partitive", lambda anc=anc: _of_them(anc)):
            return True
    return False


def _of_them(tok: Any) -> bool:
    """A number with "of" and a pronoun under it: "1,500 of them"."""
    return _numberish(tok) and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.pos_ == "PRON" for g in c.children)
        for c in tok.children
    )


def _joint(best: tuple[str, Any], kept: list[tuple[str, Any]]) -> str:
    """Places coordinated with the figure's ("in Turkey and Syria", "England, Scotland and
    Wales") are one place: the gazetteer entry they all name, else the narrowest place that
    holds them all (two towns of Hatay: Hatay; "Aleppo, Latakia and Hama": Syria), else all of
    them ("Turkey and Syria")."""
    from factcheck.places import gazetteer

    text, head = best
    group = {t.i for t in _conjuncts(_first_conjunct(head))}
    members = sorted(((h.i, t) for t, h in kept if h.i in group), key=lambda m: m[0])
    names = list(dict.fromkeys(t for _, t in members))
    if len(names) < 2:
        return text
    places = gazetteer()
    found = [places.resolve(name) for name in names]
    known = [p for p in found if p is not None]
    holder = places.container(known) if len(known) == len(found) else None
    if holder is not None:
        return holder.name
    return ", ".join(names[:-1]) + " and " + names[-1]


def _scopes(verb: Any, lex: Lexicon) -> list[Any]:
    """The figure's verb, then the verbs it continues, up to (not into) a verb of saying."""
    if verb is None:
        return [None]
    out = [verb]
    for anc in _ancestors(verb):
        if _is_verb(anc):
            if _is_speech(anc, lex):
                break
            out.append(anc)
    return out


def _world_scope(doc: Any, lex: Lexicon) -> bool:
    """Whether the sentence speaks of the whole world ("worldwide", "in 75 countries")."""
    text = f" {_text(doc).lower()} "
    if any(f" {phrase} " in text or f" {phrase}," in text for phrase in lex.world_phrases):
        return True
    return any(
        tok.lower_ in lex.world_words
        or (_lemma(tok) in lex.world_nouns and any(c.dep_ == "nummod" for c in tok.children))
        for tok in doc
    )


def _of_the_world(root: Any, verb: Any | None, lex: Lexicon) -> bool:
    """A noun of the figure's own clause the world holds ("about 2% of global oil demand",
    "reduced its estimate of world demand growth by 470,000 b/d", "could cost global trade
    $6 billion a week"), or the noun its clause describes ("global oil demand, which OPEC
    puts at roughly 100 million bpd"); another clause's ("as investors fretted about a
    global recession") is not the figure's."""
    text = _text(root.doc)  # spaCy rebuilds doc.text on each read
    if not any(word in text for word in lex.world_modifiers):
        return False  # most sentences: no clause walk (a tenth of a sentence's framing)
    top = verb if verb is not None else root
    clause = [t for t in top.subtree if _is_under(t, top)]
    if top.dep_ == "relcl":
        clause.append(top.head)
    return any(
        c.text in lex.world_modifiers  # "S&P Global Ratings" is a name
        and c.dep_ in ("amod", "compound", "poss")
        for t in clause
        if t.pos_ in ("NOUN", "PROPN")
        for c in t.children
    )


def _speech_place(head: Any, verb: Any, lex: Lexicon) -> bool:
    """ "told reporters in Paris": a place of the verb of saying, after it, is the speaker's;
    one opening the sentence ("In Syria, the ministry said...") scopes over what is said."""
    if verb is not None and _is_under(head, verb):
        return False
    speech = next((a for a in _ancestors(head) if _is_verb(a)), None)
    return speech is not None and _is_speech(speech, lex) and head.i > speech.i


def _fronted(tok: Any) -> bool:
    """ "In Syria, the ministry said 812 died": a place opening the sentence scopes over it."""
    first = _sentence(tok).start
    top = tok
    while top.dep_ in ("conj", "appos") or (top.dep_ == "pobj" and top.head.lower_ == "of"):
        top = top.head.head if top.dep_ == "pobj" else top.head  # "In the city of Aleppo"
    # the object of the opening preposition itself: "At a campaign stop in Asheboro, he
    # said" places the stop, where the speaker spoke, not what he said
    return top.dep_ == "pobj" and top.head.dep_ == "prep" and top.head.i <= first + 1


def _is_under(tok: Any, top: Any) -> bool:
    """``tok`` sits in ``top``'s clause, not inside a nested speech or other clause."""
    for anc in [tok, *_ancestors(tok)]:
        if anc.i == top.i:
            return True
        if anc.i != tok.i and _is_verb(anc) and anc.dep_ in _CLAUSES:
            return False
    return False


def _owner(tok: Any, lex: Lexicon) -> Any | None:
    """ "the agency's data", "the ministry's figure": the record's owner is the source."""
    if _lemma(tok) not in lex.record_nouns:
        return None
    owners = [c for c in tok.children if c.dep_ == "poss"]
    # "Election Commission figures": a name compounded onto the record owns it; a month's
    # does not ("That May number", "the July figures" are dated, not owned)
    owners += [
        c
        for c in tok.children
        if c.dep_ == "compound" and c.pos_ == "PROPN" and c.lower_ not in _MONTHS
    ]
    # "A separate count published by the Daily Mail", "figures compiled by Reuters": the
    # agent of a participle on the record made it
    owners += [
        obj
        for c in tok.children
        if c.dep_ == "acl" and c.tag_ == "VBN"
        for agent in c.children
        if agent.dep_ == "agent"
        for obj in agent.children
        if obj.dep_ == "pobj"
    ]
    return owners[0] if owners else None


def _source_text(tok: Any) -> str | None:
    """The words that name a source: its phrase without a clause describing it ("Cornwall
    Insight, which also tracks the cap,") and without the possessive of "the agency's data"."""
    lex = lexicon()
    head = _owner(tok, lex) or tok
    described = [t for t in head.subtree if t.dep_ == "relcl"]
    # "The WHO, launching an appeal for $42.8 million, said": a participle set off by commas
    described += [t for t in head.children if t.dep_ == "acl" and t.nbor(-1).text == ","]
    # "Zhejiang, an industrial province of 65.4 million people, said": an apposition with a
    # figure in it describes the speaker in the outlet's words; the name before it speaks
    described += [t for t in head.children if t.dep_ == "appos" and _has_figure(t)]
    words = [
        t
        for t in head.subtree
        if not (head is not tok and t.dep_ == "case")
        and not any(c.left_edge.i <= t.i <= c.right_edge.i for c in described)
    ]
    while words and words[-1].is_punct:
        words.pop()
    text = "".join(t.text_with_ws for t in words).strip()
    if (tok.lower_ in _PRONOUNS and not tok.text.isupper()) or not text:  # "WHO" is a source
        return None
    if any(_is_figure(t) and not _size_of(t, head) and not _dates(t, head, lex) for t in words):
        # a figure inside is a clause the parser misread as a name ("July's to 89,000 from the
        # 114,000", "the highest in more than 42 years"), not who speaks
        return None
    return text


def _dates(figure: Any, head: Any, lex: Lexicon) -> bool:
    """ "a parliamentary inquiry in 2010", "a state emergency management memo dated April 3":
    a date on a noun that can speak says when it spoke; it is no misread clause. A date is a
    year or a day of a named month (the parse runs without NER on most sentences)."""
    year = len(figure.text) == 4 and figure.text.isdigit() and figure.text[:2] in ("19", "20")
    day = figure.head.lower_ in _MONTHS or (figure.i > 0 and figure.nbor(-1).lower_ in _MONTHS)
    return (year or day) and head.pos_ in _NOMINAL and _can_count(head, lex)


def _size_of(figure: Any, head: Any) -> bool:
    """ "The 575-page report", "a 12-member panel", "the 19-strong team": a figure joined by a
    hyphen to a word before the name describes the speaker's size, it is no misread clause."""
    doc = figure.doc
    hyphen = figure.i + 1 < len(doc) and doc[figure.i + 1].text == "-"
    return hyphen and figure.i < figure.head.i < head.i


def _is_figure(tok: Any) -> bool:
    return tok.pos_ == "NUM" and any(ch.isdigit() for ch in tok.text)


def _has_figure(tok: Any) -> bool:
    return any(_is_figure(t) for t in tok.subtree)


def _counter(root: Any, lex: Lexicon) -> tuple[Any, str | None] | None:
    """Who counted, with their verb: the active subject of a counting verb whose object holds
    the figure ("the WHO counted 18,081 cases", "the monitor gave a toll of 56") or of a verb
    that moves a figure to its value ("the Bank raised Bank Rate to 1.75%"), before any verb of
    saying. A place is where, not who ("Tripura recorded 80%")."""
    for anc in _ancestors(root):
        if not _is_verb(anc):
            continue
        if _is_speech(anc, lex):
            return None
        if _lemma(anc) not in lex.count_verbs and not _sets_figure(anc, root, lex):
            continue
        subject = next((c for c in anc.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.i < root.i and _can_count(subject, lex):
            return anc, _source_text(subject)
    return None


def _relays(speaking: Sequence[tuple[Any, Any]], verb: Any) -> bool:
    """Whether a verb of saying reports the clause of ``verb`` as what is said ("Rescuers had
    recovered 68 bodies ..., the rescue centre said"), not as a clause of its own beside it
    ("..., officials said, though the FIA put the number at 29")."""
    for said, _ in speaking:
        if not said.is_ancestor(verb):
            return True  # "..., the centre said" hung beside the clause: it reports it
        between = [verb, *(t for t in _ancestors(verb) if t.i != said.i and said.is_ancestor(t))]
        if all(t.dep_ in _RELAYED for t in between):
            return True
    return False


def _can_count(tok: Any, lex: Lexicon) -> bool:
    """Whether a subject can be the one who counts: a name, a pronoun, a noun of people or
    bodies that report ("officials", "the ministry") or a document that speaks for whoever
    wrote it ("the note put the loss at 6%"), and not a place ("Tripura recorded 80%")."""
    if _is_place(tok, lex):
        return False
    if tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ in lex.source_labels:
        return True
    return _lemma(tok) in lex.source_nouns or _lemma(tok) in lex.document_nouns


def _is_place(tok: Any, lex: Lexicon) -> bool:
    if tok.ent_type_ in lex.place_labels:
        return True
    hits = _memo(tok.doc, "factcheck.gazetteer", lambda: _gazetteer_hits(tok.doc))
    return any(span.root.i == tok.i for _, _, _, span in hits)


def _active_subject(verb: Any) -> Any | None:
    """Who does the verb: its active subject, or the agent of a passive ("given by Tufton");
    a passive subject is what was done ("16,000 cases had been reported")."""
    for child in verb.children:
        if child.dep_ == "nsubj":
            return child
        if child.dep_ == "agent":
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs:
                return objs[0]
    return None


# How a verb with no subject of its own hangs from the verb whose subject it shares: "offered
# a view, saying ...", "agreed to cut", "raised rates and said ...", and the parser's bare "dep"
# for a second verb after a comma ("The Pentagon, in a statement issued the same day, offered").
_SHARING = frozenset({"advcl", "xcomp", "conj", "dep"})
# A subject is a noun phrase: "the highest in 42 years" read as the subject of "said" is not.
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})


def _speaker(speech: Any) -> Any | None:
    """The subject of a verb of saying, or of the verb a participle hangs from ("the Pentagon
    offered a cautious view, saying troops had retaken 70%")."""
    verb = speech
    for _ in range(len(speech.doc)):
        subject = _active_subject(verb)
        if subject is not None and subject.pos_ not in _NOMINAL:
            subject = None
        passive = any(c.dep_ == "nsubjpass" for c in verb.children)  # "deaths were reported"
        if subject is not None or passive or verb.dep_ not in _SHARING or verb.head.i == verb.i:
            return subject
        verb = verb.head
    return None


def _sets_figure(verb: Any, root: Any, lex: Lexicon) -> bool:
    """ "The Bank raised Bank Rate to 1.75%", "authorities lowered the toll to 78", "Cornwall
    Insight trimmed its estimate to £3,554": whoever moves a figure to a value states it."""
    moved = any(c.dep_ == "dobj" and not _holds(c, root) for c in verb.children)
    preps = lex.level_prepositions | lex.change_prepositions
    linked = any(c.dep_ == "prep" and c.lower_ in preps and _holds(c, root) for c in verb.children)
    return moved and linked


def _according_to(doc: Any) -> str | None:
    """ "according to X" ("according to the commission's data" is the commission's word)."""
    return _memo(doc, "factcheck.according", lambda: _read_according_to(doc))


def _read_according_to(doc: Any) -> str | None:
    for tok in doc:
        if tok.lower_ != "according":
            continue
        for to in tok.children:
            objs = [c for c in to.children if c.dep_ == "pobj"]
            if objs:
                return _source_text(objs[0])
    return None


def _by_account(doc: Any, lex: Lexicon) -> str | None:
    """ "by his account", "Under the institute's model", "by one tally": whose record the
    sentence follows, as "according to" says it. A possessive pronoun is returned as written
    ("his"), for the sentences before to name."""
    return _memo(doc, "factcheck.account", lambda: _read_account(doc, lex))


def _read_account(doc: Any, lex: Lexicon) -> str | None:
    for prep in doc:
        if prep.dep_ != "prep" or prep.lower_ not in lex.account_prepositions:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj" or _lemma(obj) not in lex.account_nouns:
                continue
            owner = next((c for c in obj.children if c.dep_ == "poss"), None)
            if owner is not None:
                if owner.lower_ in _OWNING:
                    return owner.lower_
                named = [t for t in owner.subtree if t.dep_ != "case"]  # "the institute's"
                return doc[named[0].i : named[-1].i + 1].text if named else None
            if any(c.dep_ in ("det", "nummod") and c.lower_ in _ONE for c in obj.children):
                return _source_text(obj)
    return None


# "by one tally", "in an estimate": a record with no owner that is one among others speaks.
_ONE = frozenset({"one", "a", "an"})


def attribution_of(doc: Any, root: Any, lex: Lexicon) -> str | None:
    """Who counted the figure, else who says or foresees it (the subject of the nearest verb of
    saying or expecting above it that can speak), else "according to X", else whose figure it
    is ("the ministry's figure has stayed at 1,414"), else the speaker of the sentence."""
    given = _given_by(root, lex)
    if given is not None:
        return given
    counted = _counter(root, lex)
    describes, speaking = _voices(root, lex)
    speakers = _reporting(speaking)
    if counted is not None and counted[1] is not None and not _relays(speaking, counted[0]):
        # "Rescuers had recovered 68 bodies ..., the rescue centre said": who reports the
        # counting says the figure, as any voice that relays another's
        return counted[1]
    if describes and not speakers:
        # "about a tenth of the roughly 2,000 still working there, according to the New York
        # Times": "according to" covers the sentence, save the outlet's own description of a
        # name ("Derna, a city of 125,000")
        return None if _describes_name(root, lex) else _according_to(doc)
    if speakers:
        # "Brennan told a briefing the agency's data showed 4,000 deaths": who presents a
        # record says it; a record speaks for itself only when no one presents it. A pronoun
        # gives way to the name above it ("the mayor gave a lower estimate, saying he
        # believed more than 500 ...")
        people = [t for t in speakers if _lemma(t) not in lex.record_nouns] or speakers[:1]
        # the one who reports: a pronoun stands for someone named before, never for a voice it
        # relays ("In earlier elections, he said, the commission published them ...")
        return _source_text(people[0]) or _antecedent(people[0], lex)
    found = _according_to(doc) or _by_account(doc, lex)
    if found is not None:
        return found
    for anc in _ancestors(root):
        subject = _subject(anc) if _is_verb(anc) else None
        if subject is not None and subject.dep_ == "csubj":  # "WHO figures released ... were"
            subject = _subject(subject)
        if subject is not None and (
            _owner(subject, lex) is not None or _lemma(subject) in lex.voiced_records
        ):
            return _source_text(subject)
    for tok in doc:  # "..., the agency said": the speech verb is often the sentence root
        if _says(tok, lex) and tok.dep_ == "ROOT" and (subject := _speaker(tok)) is not None:
            speaks = _may_speak(subject, tok, lex) and not _names(subject, root)
            return _source_text(subject) if speaks else None
    return None


# A figure in an apposition that describes a noun ("Derna, a city of about 125,000 residents",
# "Malakasa, about 40 km north of Athens") is the outlet's description of it, not the word of
# a speaker above that noun. A relative or participial clause is not: "a ring that organised
# as many as 18 trips" and "the assumption that 200,000 people could be displaced" are what the
# speaker says (dev attribution fell 692 -> 690 of 903 with them, against a gain with
# appositions alone).
_DESCRIBING = frozenset({"appos"})
# The clause that describes a figure's own noun says who gave it ("the 144,500 that the IOM
# reported", "a figure of nine given by the minister", "the 114,000 first reported").
_DESCRIBED = frozenset({"relcl", "acl"})


def _own_clauses(root: Any, lex: Lexicon) -> tuple[list[Any], bool]:
    """The figure's ancestors up to the phrase that describes a noun, and whether there is
    one: a speaker above that phrase does not say the figure."""
    out = []
    cur = root
    while cur.head.i != cur.i:
        describing = (
            cur.dep_ in _DESCRIBING
            and not _partitive(cur, lex)
            and not _listed(cur)
            and not _restates(cur)
        )
        if describing or _place_apposition(cur, lex) or _aside(cur, lex):
            return out, True
        cur = cur.head
        out.append(cur)
    return out, False


def _describes_name(root: Any, lex: Lexicon) -> bool:
    """Whether the phrase that bounds a figure's clauses describes a name or a place ("Derna,
    a city of 125,000"), not a group a figure before it counts ("248 million people, close to
    18% of the population")."""
    cur = root
    while cur.head.i != cur.i:
        if _place_apposition(cur, lex):
            return True
        if cur.dep_ in _DESCRIBING:
            return cur.head.pos_ == "PROPN"
        cur = cur.head
    return False


def _listed(appos: Any) -> bool:
    """ "paid Rs 3.22 crore in 285 cases: 11 deaths, 50 grievous injuries", "expects two
    peaks: around 3.7 million cases a day ...": an apposition after a colon lists what the
    noun before it holds, so it goes on saying what the speaker says; it does not describe it
    in the outlet's words as one set off by commas may ("Derna, a city of 125,000")."""
    before = appos.doc[appos.left_edge.i - 1] if appos.left_edge.i > 0 else None
    return appos.dep_ == "appos" and before is not None and before.text == ":"


def _restates(appos: Any) -> bool:
    """ "A total of 841,664 homes, roughly 7% of the state's accounts, were without power, the
    commission said": an apposition to a phrase that holds a figure before it restates that
    figure (as a share, a rate), so it goes on saying what the speaker says; one describing a
    name holds the only figure ("Derna, a city of 125,000")."""
    return any(_is_figure(t) for t in appos.doc[appos.head.left_edge.i : appos.left_edge.i])


def _partitive(appos: Any, lex: Lexicon) -> bool:
    """ "fewer than 4,000 civilians, at least 38 of them children, remained": an apposition
    that takes a part of the noun it follows ("N of them") goes on counting what the speaker
    counts, unlike one that describes the noun ("Derna, a city of 125,000")."""
    return any(
        t.dep_ == "pobj" and t.lower_ in lex.anaphors and t.head.lower_ == "of"
        for t in appos.subtree
    )


def _aside(clause: Any, lex: Lexicon) -> bool:
    """ "the UN said on Friday, as 71 survivors were taken by bus": a clause of its own subject
    hung on the verb of saying with "as" tells what went on meanwhile. ("While" was left out:
    "the office said, while wages rose 6%" is still the office's release.)"""
    if clause.dep_ != "advcl" or not _says(clause.head, lex):
        return False
    marked = any(c.dep_ == "mark" and c.lower_ in lex.aside_marks for c in clause.children)
    subject = _subject(clause)
    return marked and subject is not None and subject.lower_ not in _PRONOUNS


def _place_apposition(tok: Any, lex: Lexicon) -> bool:
    """ ", a city of 125,000 residents": a place noun set off by a comma with "a" describes
    the place named before it, however the parser attached it (as a subject, an object or a
    preposition in "Derna, a city of ...", "near Gaziantep, a city of ...")."""
    if _lemma(tok) not in lex.place_kind_nouns or tok.left_edge.i == 0:
        return False
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)
    return indefinite and tok.doc[tok.left_edge.i - 1].text == ","


def _voices(root: Any, lex: Lexicon) -> tuple[bool, list[tuple[Any, Any]]]:
    """Whether a phrase describing a noun bounds the figure's own clauses, and the verbs of
    saying on those clauses with their speakers: read once per figure, asked by each of its
    voices (who says it, a pronoun's, a named speaker's, the outlet's)."""

    def read() -> tuple[bool, list[tuple[Any, Any]]]:
        path, describes = _own_clauses(root, lex)
        return describes, _speaking(path, root, lex)

    return _memo(root.doc, f"factcheck.voices.{root.i}", read)


def _speakers(root: Any, lex: Lexicon) -> list[Any]:
    """The subjects of the verbs of saying or foreseeing on a figure's own clauses that can
    speak."""
    return [subject for _, subject in _voices(root, lex)[1]]


def _times(tok: Any, lex: Lexicon) -> bool:
    """A span of time hung on a verb as a bare noun phrase tells when the verb was, not what it
    says: "the declaration came nearly two weeks after the WHO declared an emergency" (a
    figure read so, "CVoter projected 353-383", is still what was said). The span may hang on
    the verb's conjunction instead ("three weeks" on "after")."""
    if tok.dep_ == "mark":
        return any(_times(c, lex) for c in tok.children)
    return tok.dep_ == "npadvmod" and _lemma(tok) in lex.period_nouns


def _speaking(path: Sequence[Any], figure: Any, lex: Lexicon) -> list[tuple[Any, Any]]:
    """The verbs of saying or foreseeing on a figure's path, innermost first, with their
    subjects that can speak; not one the figure only times, nor one whose subject holds the
    figure ("Five Republican senators have written ..." is the outlet's count of them). A
    verb's reporting clause hung beside it ("In earlier elections, he said, the commission
    published them within 24 hours"; "... could climb eight-fold, a WHO official warned")
    reports it, outside any speaker below."""
    below = [figure, *path]
    out = []
    for k, anc in enumerate(path):
        if _times(below[k], lex):
            continue
        verbs = [anc] if _says(anc, lex) or _opines(anc, lex) else []
        # a clause joined by "and" that says on its own is not reported by one beside anc
        # ("79 people drowned, the coast guard said, and officials warned it could climb")
        if _is_verb(anc) and not (below[k].dep_ == "conj" and _says(below[k], lex)):
            verbs += [c for c in anc.children if _reporting_clause(c, lex)]
        for verb in verbs:
            subject = _speaker(verb)
            if subject is None or not _may_speak(subject, verb, lex):
                continue
            if not _names(subject, figure):
                out.append((verb, subject))
    return out


def _names(subject: Any, figure: Any) -> bool:
    """Whether a speaker's own words hold the figure ("four colleagues"), not a clause on
    them ("The Bank, which raised Bank Rate to 4.5 percent, expects")."""
    if not _holds(subject, figure):
        return False
    inside = [t for t in _ancestors(figure) if subject.is_ancestor(t)]
    # "Kan said: 89.1 percent among urban residents": a list after the colon that follows the
    # verb is what the speaker says, though the parser hangs it on the speaker
    return not any(_is_verb(t) or _listed(t) for t in [figure, *inside])


def _opines(tok: Any, lex: Lexicon) -> bool:
    return _is_verb(tok) and _lemma(tok) in lex.opinion_verbs


# How a clause that only names who speaks hangs beside the clause it reports: "he said" set
# off by commas, or "..., a WHO official warned" joined as if a second clause.
_BESIDE = frozenset({"parataxis", "conj"})
# What a verb of saying says when it reports a clause of its own, not the one beside it.
_SAID = frozenset({"ccomp", "xcomp", "dobj", "parataxis"})


def _reporting_clause(tok: Any, lex: Lexicon) -> bool:
    """A verb of saying beside a clause that says nothing of its own ("he said", "the WHO
    warned on Monday"): it reports the clause it hangs on."""
    if tok.dep_ not in _BESIDE or not _says(tok, lex):
        return False
    return not any(c.dep_ in _SAID for c in tok.children)


# How a relayed voice hangs from the one reporting it: as what is said ("said people on the
# boat had told it", "told AFP that his forces could claim"), not joined beside it by "and"
# or "while" ("OCHA said ..., and the IOM said ...").
_RELAYED = frozenset({"ccomp", "xcomp", "parataxis"})


def _reporting(speaking: Sequence[tuple[Any, Any]]) -> list[Any]:
    """The speakers of a figure, the one who reports the others' word first: "Alarm Phone said
    people on the boat had told it that 750 were aboard" and "al-Noman told AFP his forces could
    claim 80 percent" are Alarm Phone's and al-Noman's figures, the inner voice is only what
    they relay. A speech verb joined to another by "and" ("OCHA said 55 were poisoned, and the
    IOM said 40,000 were displaced") is a statement of its own, not one relayed. ``speaking``
    are the verbs of saying on the figure's path with their speakers, innermost first."""
    if not speaking:
        return []
    order = [speaking[0]]
    for verb, subject in speaking[1:]:
        inner = order[0][0]
        between = [inner, *(t for t in _ancestors(inner) if t.i != verb.i and verb.is_ancestor(t))]
        beside = not verb.is_ancestor(inner)  # "he said" beside the clause: it reports it
        if not beside and any(t.dep_ not in _RELAYED for t in between):
            break
        order.insert(0, (verb, subject))
    rest = [s for _, s in speaking if all(s.i != o.i for _, o in order)]
    return [s for _, s in order] + rest


_AGREEING = frozenset({"he", "she", "it"})


def speaking_pronoun(root: Any, lex: Lexicon) -> str | None:
    """ "It said around 7,000 families were stranded": the pronoun that speaks the figure,
    when its sentence names no one before it for it to stand for."""
    speakers = _reporting(_voices(root, lex)[1])
    first = speakers[0] if speakers else None
    if first is None or first.lower_ not in _AGREEING or first.text.isupper():
        return None
    return first.lower_ if _antecedent(first, lex) is None else None


def speaker_voice(root: Any, lex: Lexicon) -> tuple[str, bool] | None:
    """The named speaker of the figure and whether a person (a title or a bare name: "he") or
    a body (a determiner or capitals: "it"); None when no one or a plural is named."""
    speakers = [t for t in _speakers(root, lex) if t.pos_ != "PRON"]
    return _voice_of(speakers[0], lex) if speakers else None


# A possessive pronoun opening a source stands for whoever it owns: "Its teams count families"
# (the agency's), "his forces" (the commander's).
_OWNING = {"its": "it", "his": "he", "her": "she"}


def _owning_pronoun(source: str | None) -> str | None:
    """ "it", "he" or "she" when a source is a body's or person's own people ("Its teams")."""
    first = source.split()[0].lower() if source else ""
    return _OWNING.get(first)


def actor_voice(doc: Any, lex: Lexicon) -> tuple[str, bool] | None:
    """Who the sentence is about when a body or person is the subject of its main verb, said
    or not: "OCHA launched an appeal for $71.4 million. It estimates that 884,000 people ...",
    "the Pentagon issued a statement. It said ...": the "it" or "he" of the next sentence
    stands for them as much as for the last speaker."""
    return _memo(doc, "factcheck.actor", lambda: _actor(doc, lex))


def _actor(doc: Any, lex: Lexicon) -> tuple[str, bool] | None:
    for tok in doc:
        if tok.dep_ == "ROOT" and _is_verb(tok):
            subject = _active_subject(tok)
            if subject is not None and subject.pos_ != "PRON" and _can_count(subject, lex):
                return _voice_of(subject, lex)
    return None


def _voice_of(tok: Any, lex: Lexicon) -> tuple[str, bool] | None:
    """A named source and whether a person or a body; None for a plural ("officials")."""
    name = _source_text(tok) if tok is not None else None
    if tok is None or name is None or tok.tag_ in ("NNS", "NNPS"):
        return None  # "forecasters", "officials": "they", never "he" nor "it"
    lemma = _lemma(tok)
    record = lemma in lex.record_nouns or lemma in lex.document_nouns or lemma in lex.voiced_records
    if record and any(c.dep_ == "poss" and c.lower_ in _OWNING for c in tok.children):
        return None  # "Its mortality analysis suggests": the firm's, no voice of its own
    around = [tok, *tok.children]
    if any(t.lower_ in lex.person_titles or _lemma(t) in lex.person_titles for t in around):
        return name, True
    # "the London-based health data firm Airfinity" (NER may call it a person), "Zhejiang":
    # a name with a determiner and no title, or a place, is a body that "it" stands for
    kin = [tok, *(c for c in tok.children if c.dep_ == "compound")]  # "the ... firm Airfinity"
    determined = any(c.dep_ == "det" for t in kin for c in t.children)
    if determined or _is_territory(tok, lex):
        return name, False
    if tok.ent_type_ in ("PERSON", "ORG"):
        return name, tok.ent_type_ == "PERSON"
    return name, tok.pos_ == "PROPN" and not tok.text.isupper()


def unheard_speakers(doc: Any, root: Any, lex: Lexicon) -> frozenset[str]:
    """Who speaks in a subordinate clause that does not say the figure: "The Fed kept its rate
    in the 5.25%-5.50% range, though Chair Jerome Powell said a cut could come", "the UN lowered
    it to 3,958, after the Red Crescent said it had never released the figure", "came two weeks
    after the WHO declared an emergency". Their word is their clause's, so a word window that
    names them as the sentence's source is wrong for this figure."""
    heard = {verb.i for verb, _ in _speaking(_ancestors(root), root, lex)}
    out = set()
    # the verbs of saying are a property of the sentence: read once, not once per figure
    sayers = _memo(doc, "factcheck.sayers", lambda: [t for t in doc if _says(t, lex)])
    for tok in sayers:
        if tok.i in heard:
            continue
        subject = _speaker(tok)
        if subject is None:
            continue
        # "Five Republican senators have written": the figure counts them, they do not say it
        named = _names(subject, root)
        if not named and tok.is_ancestor(root) and not _timed(tok, root, lex):
            continue  # a subordinate speaker of the figure's own clause says it
        if named or any(c.dep_ == "mark" for c in tok.children):
            out.add(subject.doc[subject.left_edge.i : subject.right_edge.i + 1].text)
    return frozenset(out)


def _timed(verb: Any, figure: Any, lex: Lexicon) -> bool:
    """Whether the figure only times the verb it hangs from ("two weeks after X declared")."""
    below = figure
    while below.head.i != verb.i and below.head.i != below.i:
        below = below.head
    return _times(below, lex)


def is_unheard(source: str, unheard: frozenset[str]) -> bool:
    """Whether a source found by the word windows is one of a sentence's unheard speakers."""
    said = source.lower()
    return any(said in name.lower() or name.lower() in said for name in unheard)


def outlet_voice(root: Any, lex: Lexicon) -> bool:
    """Whether the figure describes a noun in the outlet's own words (an apposition with no
    speaker inside it): no source named elsewhere in the sentence says it."""
    return _voices(root, lex)[0] and not _speakers(root, lex)


def _given_by(root: Any, lex: Lexicon) -> str | None:
    """Who gave a figure, from a clause on its own noun ("the 3,549 pounds that Ofgem had set",
    "a figure of nine given by Tufton") or a record it is the level of ("the 150,000 Dow Jones
    consensus"); None when no such clause names anyone ("7,500 reported in a week" is still
    the word of whoever speaks above it)."""
    nouns = [root, root.head] if root.dep_ in ("nummod", "quantmod") else [root]
    for noun in nouns:
        if noun is not root and _lemma(noun) in lex.voiced_records:
            names = [t.text for t in noun.doc[root.right_edge.i + 1 : noun.i] if not t.is_punct]
            return " ".join([*names, noun.text])  # the words between the figure and the record
        for verb in noun.children:
            if verb.dep_ not in _DESCRIBED or not _reports(verb, lex):
                continue
            subject = _active_subject(verb)
            if subject is not None and subject.lower_ not in _PRONOUNS:
                return _source_text(subject)
    return None


def _reports(verb: Any, lex: Lexicon) -> bool:
    """A verb by which someone gives a figure: says, counts, estimates or foresees it."""
    words = lex.speech_verbs | lex.count_verbs | lex.estimate_verbs | lex.opinion_verbs
    return _is_verb(verb) and _lemma(verb) in words


def _antecedent(pronoun: Any, lex: Lexicon) -> str | None:
    """Who a speaking pronoun stands for when its sentence names them first ("Harris County
    officials gave a lower state figure: they said their county accounted for 533"): the
    nearest subject before it that can count. None sends the pronoun back to the sentences
    before."""
    if pronoun.pos_ != "PRON":
        return None
    before = [t for t in pronoun.doc[: pronoun.i] if t.dep_ == "nsubj" and t.pos_ != "PRON"]
    quoted = _quoted_before(pronoun)
    found = [
        t
        for t in before
        if _can_count(t, lex)
        and not _is_territory(t, lex)
        and not (quoted is not None and quoted.left_edge.i <= t.i <= quoted.right_edge.i)
    ]
    return _source_text(found[-1]) if found else None


def _quoted_before(pronoun: Any) -> Any | None:
    """The clause a "..., he said" reports when the words come first, set off by a comma: a
    name inside it is who the words are about, not who "he" is ("Prigozhin needed a victory
    after nine months, he said"; "shots were sporadic during the 48 minutes the officers
    waited, he said"). A clause before a colon is a statement of its own ("officials gave a
    lower figure: they said ...")."""
    verb = pronoun.head
    said = [c for c in verb.children if c.dep_ in _SAID and c.i < pronoun.i]
    if verb.dep_ in _BESIDE and verb.head.i < pronoun.i:
        said.append(verb.head)
    for clause in said:
        # the clause beside "he said" holds it: it ends where the reporting clause starts
        end = clause.right_edge.i if clause.right_edge.i < pronoun.i else verb.left_edge.i - 1
        gap = pronoun.doc[end + 1 : pronoun.i]
        if any(t.text == "," for t in gap) and all(t.is_punct for t in gap):
            return clause
    return None


def _may_speak(tok: Any, verb: Any, lex: Lexicon) -> bool:
    """Whether the subject of a verb of saying or foreseeing speaks. A record does ("the
    assessment found", "data showed"), but puts a figure at a value only as someone's ("the
    new count puts the toll at 5,951" is the outlet's); whoever says a clause does
    ("survivors said ..."), unless a country or region ("Jammu and Kashmir saw its highest
    turnout"); whoever foresees or puts a figure at a value must be one who can count: not a
    thing ("an autopsy is under way and its results are expected")."""
    if _lemma(tok) in lex.record_nouns:  # a record of no one puts nothing at a value
        return _lemma(verb) not in lex.estimate_verbs or _owner(tok, lex) is not None
    if _lemma(verb) in lex.record_verbs and _lemma(tok) not in lex.voiced_records:
        # "Prigozhin needed to show some kind of victory": who shows a thing says nothing
        return any(c.dep_ == "ccomp" for c in verb.children)
    says = _is_speech(verb, lex) and _lemma(verb) not in lex.estimate_verbs
    if _is_territory(tok, lex):
        # a country or region that says a clause speaks for its government ("Zhejiang said
        # it was battling about one million infections", "Washington said it would sell")
        return says and any(c.dep_ == "ccomp" for c in verb.children)
    if says:
        return True
    return tok.lower_ in _PRONOUNS or _can_count(tok, lex)


def _is_territory(tok: Any, lex: Lexicon) -> bool:
    """A country or region by name ("Brazil has confirmed ..."): a town's name is too often
    a body's too ("the White House said")."""
    if tok.ent_type_ in lex.place_labels:
        return True
    hits = _memo(tok.doc, "factcheck.gazetteer", lambda: _gazetteer_hits(tok.doc))
    return any(span.root.i == tok.i and place.kind != "town" for _, _, place, span in hits)


def modality_of(doc: Any, root: Any, verb: Any, lex: Lexicon, role: str | None = None) -> str:
    """Whether the figure is asserted: modals, "expected to", "if" and negation in its own
    clause chain up to the verb of saying; "?" ends a question. A relative or subordinate
    clause asserts on its own ("the Bank, which raised Bank Rate to 4.5%, expects ..."), and a
    relative clause on the figure's own noun says how it stands ("the 13.3% it projected",
    "the 303 seats it won"). A poll's figure is foreseen, a survey's estimated, unless it is
    of votes or seats (``role``): a race still to be run (frames.json ``polls``)."""
    if _text(doc).rstrip().endswith("?"):
        return "question"
    for child in root.children:
        if child.dep_ == "amod" and "estimated" in (
            lex.modality.get(_lemma(child)),
            lex.modality.get(child.lower_),
        ):
            return "estimated"
    found = _chain_mood(root, verb, lex)
    if found == "estimated" and role in lex.polls["foreseen_roles"] and _polled(root, lex):
        return "forecast"  # "the India Today-Axis My India survey gave the NDA 361-401"
    speech = _speech_ancestor(root, lex)
    if found == "conditional" and speech is not None and _is_estimate(speech, lex):
        return "estimated"  # "the Times estimated that 3.5 million doses would be needed"
    return found or "reported"


def _chain_mood(root: Any, verb: Any, lex: Lexicon) -> str | None:
    """The mood the figure's clause chain gives it, walking up to a verb of saying."""
    described = _described_by(root)
    if described is not None:
        return _clause_mood(described, lex, own=True)
    polled = not _whole_of_figure(root)
    for tok in [root, *_ancestors(root)]:
        if _is_speech(tok, lex):
            # "A Reuters survey had put the decline at 710,000 bpd": a poll's word is its own
            return _poll_mood(tok, root, lex) if polled else None
        if tok.pos_ == "NOUN" and _lemma(tok) in lex.forecast_nouns and tok.i != root.i:
            return "forecast"
        if lex.modality.get(_lemma(tok)) == "forecast" and tok.pos_ in ("ADJ", "ADV"):
            return "forecast"  # "was likely to reach 13.3%"
        mood = _clause_mood(tok, lex, own=verb is not None and tok.i == verb.i, figure=root)
        if mood is not None:
            return mood
        poll = _poll_mood(tok, root, lex) if polled and _is_verb(tok) else None
        if poll is not None:
            return poll
        if _is_verb(tok) and _subordinate(tok, lex):
            return None
    return None


def _whole_of_figure(root: Any) -> bool:
    """The figure counts the whole another figure is a part "of" ("gave the NDA 361-401 of
    the Lok Sabha's 543 seats"): a given size, not what the part's source found."""
    tok = root.head if root.dep_ == "nummod" else root
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ == "of" and _numberish(prep.head)


def _polled(root: Any, lex: Lexicon) -> bool:
    """A poll or a survey gives the figure: a verb of its chain up to the root has one as its
    subject, or "in" or "according to" it."""
    if _whole_of_figure(root):
        return False
    verbs = (t for t in [root, *_ancestors(root)] if _is_verb(t))
    return any(_poll_mood(t, root, lex) is not None for t in verbs)


def _poll_mood(verb: Any, figure: Any, lex: Lexicon) -> str | None:
    """The mood a poll gives the figures of a verb it governs: as the verb's subject ("the
    survey gave the NDA 361-401", "Rival pollster Ipec gave Lula 54%", "Surveys had da Silva
    ahead"), or "in" or "according to" it ("In the previous poll, the former president had
    53%", "according to the last Datafolha survey"); forecast for a poll, estimated for a
    survey (frames.json ``polls``). A figure inside the poll's own phrase is none of its
    findings ("In Datafolha's first two run-off polls, completed on October 7")."""
    polls = lex.polls
    givers = [c for c in verb.children if c.dep_ in _SUBJECTS]
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        to = [g for g in prep.children if g.dep_ == "prep" and g.lower_ == "to"]
        phrase = f"{prep.lower_} to" if to else prep.lower_
        if phrase in polls["prepositions"]:
            holder = to[0] if to else prep
            givers += [g for g in holder.children if g.dep_ == "pobj"]
    for giver in (g for g in givers if not _holds(g, figure)):
        words = [_lemma(giver), *(_lemma(c) for c in giver.children if c.dep_ == "compound")]
        for mood in ("forecast", "estimated"):
            if any(w in polls[mood] for w in words):
                return mood
    return None


def _described_by(root: Any) -> Any | None:
    """A relative clause on the figure's own noun of which the figure is the object ("the 303
    seats it won in 2019", "the 13.3% it projected"): it says how the figure stands. One of
    which it is the subject ("1.1 million doses that should reach people") says what becomes
    of it, and the figure stands as its own clause says."""
    for tok in [root, *_ancestors(root)]:
        if _is_verb(tok):
            return None
        for clause in (c for c in tok.children if c.dep_ == "relcl"):
            subject = next((c for c in clause.children if c.dep_ in _SUBJECTS), None)
            if subject is not None and subject.lower_ not in _RELATIVES:
                return clause
    return None


def _subordinate(verb: Any, lex: Lexicon) -> bool:
    """A relative clause, or an adverbial one with its own conjunction ("as it raised Bank Rate
    to 3%", "once the 104 survivors are counted"): it asserts on its own, whatever the clause
    it hangs from foresees. A bare participle ("..., reaching 13%") continues its clause."""
    if verb.dep_ == "relcl":
        return True
    marks = [c for c in verb.children if c.dep_ == "mark"]
    return verb.dep_ == "advcl" and any(m.lower_ not in lex.parallel_marks for m in marks)


def _clause_mood(tok: Any, lex: Lexicon, *, own: bool, figure: Any = None) -> str | None:
    """The mood one token of the chain gives: a modal or "if" on it, negation, a verb of
    foreseeing above the figure or taking it as object ("economists had expected 10.7%"), or
    a forecast as its subject or object ("market expectations had been for 10.9%")."""
    verbal = _is_verb(tok)
    deps = ("aux", "auxpass", "mark", "advmod") if verbal else ("aux", "auxpass")
    moods = [
        lex.modality.get(_lemma(c)) or lex.modality.get(c.lower_)
        for c in tok.children
        if c.dep_ in deps
    ]
    modal = next((m for m in moods if m in ("forecast", "conditional")), None)
    if modal == "conditional" and _perfect(tok):
        return "estimated"  # "as many as 700 people may have been aboard": a hedged past
    if modal is not None:
        return modal
    if not verbal:
        return None
    if any(c.dep_ == "neg" for c in tok.children):
        return "negated"
    if lex.modality.get(_lemma(tok)) == "forecast" and (not own or _foresees(tok, figure, lex)):
        return "forecast"
    if not own and lex.modality.get(_lemma(tok)) == "negated":
        return "negated"  # "he dismissed reports that more than 5,300 people had died"
    if _revised_by(tok, figure, lex):
        return None  # "trimmed its estimates by 29,000": the revision is a fact
    if any(
        c.dep_ in _ARGUMENTS and c.pos_ == "NOUN" and _lemma(c) in lex.forecast_nouns
        for c in tok.children
    ):
        return "forecast"
    if tok.dep_ == "advcl" and any(c.lower_ in ("if", "unless") for c in tok.children):
        return "conditional"
    return None


def _revised_by(verb: Any, figure: Any, lex: Lexicon) -> bool:
    """The figure is the change a verb makes ("cut its estimate by 29,000"), not the value
    it moves something to ("cut its estimate to 3,554")."""
    if figure is None:
        return False
    link = next((t for t in [figure, *_ancestors(figure)] if t.head.i == verb.i), None)
    return link is not None and link.dep_ == "prep" and link.lower_ in lex.change_prepositions


def _perfect(verb: Any) -> bool:
    return any(c.dep_ == "aux" and _lemma(c) == "have" for c in verb.children)


def _foresees(verb: Any, figure: Any, lex: Lexicon) -> bool:
    """The figure's own verb foresees it: a verb of expecting that takes it as its object,
    at most through a preposition ("had expected 10.7%", "projected 353-383", "pencilled in
    9.8%", "the 13.3% it projected"), or is passive ("results are expected within weeks").
    "Eight economists expected a rise" counts economists, "expecting another increase after
    eight in a row" foresees the increase, not the eight before it."""
    if _lemma(verb) not in lex.opinion_verbs:
        return False
    if any(c.dep_ == "auxpass" for c in verb.children) or verb.dep_ == "relcl" or figure is None:
        return True
    noun = counted_noun(figure)
    for tok in (figure, noun) if noun is not None else (figure,):
        link = tok if tok.head.i == verb.i else tok.head  # the figure, or a preposition over it
        if link.head.i == verb.i and (link is tok or link.dep_ == "prep"):
            return link.dep_ not in _SUBJECTS
    return False


def _is_estimate(verb: Any, lex: Lexicon) -> bool:
    return lex.modality.get(_lemma(verb)) == "estimated"


def is_background(root: Any, noun: Any | None, verb: Any, role: str | None, lex: Lexicon) -> bool:
    """A setting figure: a population, a founding year, the year a war began."""
    # "home" only as the noun above ("home to 2 million"): "841,664 homes" are no setting
    own = noun is not None and _lemma(noun) in lex.background_nouns - {"home"}
    if role == "population" or own:
        return True
    for anc in _ancestors(noun if noun is not None else root):
        if verb is not None and anc.i == verb.i:
            break
        if anc.pos_ == "NOUN" and _lemma(anc) in lex.background_nouns:
            return True  # "home to 2 million people"
    if verb is None or _lemma(verb) not in lex.background_predicates:
        return False
    subject = _subject(verb)
    if _lemma(verb) in ("begin", "start", "erupt", "break"):
        return subject is not None and _lemma(subject) in lex.background_subjects
    return True


# ---------------------------------------------------------------------------------------------
# One figure
# ---------------------------------------------------------------------------------------------


def frame(
    doc: Any,
    start: int,
    end: int,
    lex: Lexicon | None = None,
    common: frozenset[str] = frozenset(),
    before: Before | None = None,
    lone: frozenset[str] = frozenset(),
) -> Frame | None:
    """The frame of the figure at character offsets ``start:end`` of the parsed sentence;
    ``common`` are place names its article also writes in lower case (no places there),
    ``before`` the last places it named before the sentence ("the city" stands for one),
    ``lone`` its small places of a country it names in no other way (``Gazetteer.lone``)."""
    lex = lex or lexicon()
    root = figure_root(doc, start, end)
    if root is None:
        return None
    noun = counted_noun(root)
    role, counted, verb, verb_role = read_role(root, noun, lex)
    if role in lex.whole_roles and _whole_of_owner(root, noun, lex):
        role = None  # "the Lok Sabha's 543 seats": the house's size, not seats anyone holds
    whole = _whole_of_part(noun if noun is not None else root, lex)
    if whole:
        role, verb_role = _own_clause_role(noun if noun is not None else root, lex), False
    if noun is not None and _lemma(noun) in lex.world_nouns:
        role = lex.world_role  # "cases in 63 countries": the countries affected
    elif _settled(root, noun, lex) or (role is None and _resident(noun, lex)):
        role, verb_role = "population", False
    direct = whole or (noun is not None and _noun_role(noun, lex) is not None)
    # "had 7,500 employees", "employed 200 people": a verb that names a level itself says
    # more than "be" or "reach", which govern any figure
    direct = direct or (
        role == "level" and _is_verb(verb) and _predicate_role(verb, lex) == "level"
    )
    if _tallied(root, lex):
        role, verb_role, direct = lex.tallies["role"], False, True
    if _counts_series(doc, root, start, end, lex):
        role, direct = None, True  # "its seventh consecutive increase": a rank, no happening
    elif noun is not None and _scope(noun, lex):
        role, direct = None, True  # "about 100 deaths in 10 counties": where, not who
    place, vetoed = place_of(doc, root, verb, lex, common, before, lone)
    if place is None and (
        _memo(doc, "factcheck.world", lambda: _world_scope(doc, lex))
        or _of_the_world(root, verb, lex)
    ):
        place = lex.world_place
    name = _counted_name(counted, lex) if counted is not None else None
    scored = _scored(doc, start, end, verb, lex)
    return Frame(
        counted=name,
        direct=direct,
        noun_counted=noun is not None and counted is not None and noun.i == counted.i,
        theme_counted=noun is None and counted is not None,
        theme_holder=noun is None and counted is not None and _holder(counted, root),
        theme_named=noun is None and counted is not None and _lemma(counted) in lex.counted_as,
        theme_place=noun is None and counted is not None and _place_holds(counted, lex),
        theme_person=noun is None and counted is not None and _person(counted, lex),
        scored=scored,
        side=_side(root, noun, scored, lex),
        round=_round(root, noun, lex),
        margin=_margin(root, noun, verb, lex),
        unnamed=noun is None,
        theme_contained=noun is None and counted is not None and _contained(counted, lex),
        predicate=_phrase(verb) if verb is not None and _is_verb(verb) else None,
        role=role,
        verb_role=verb_role,
        place=place,
        place_vetoed=vetoed,
        unplaced=place is None
        and (_held_by_organisation(root, noun, verb, lex) or _traded(root, verb, lex)),
        sum_of=_counted_name(thing, lex) if (thing := _sum_of(root, lex)) is not None else None,
        restates=_restates_number(root),
        attribution=(said := attribution_of(doc, root, lex)),
        outlet_voice=outlet_voice(root, lex),
        pronoun=speaking_pronoun(root, lex) or _owning_pronoun(said),
        voice=speaker_voice(root, lex),
        unheard=unheard_speakers(doc, root, lex),
        actor=actor_voice(doc, lex),
        modality=modality_of(doc, root, verb, lex, role),
        background=is_background(root, counted, verb, role, lex),
        falling=falls(root, noun, verb, role, lex),
    )


def _restates_number(root: Any) -> bool:
    """ "171 of them, or about 42%", "120 of them, or 3.2%": a figure joined by "or" to the
    number before it gives the same part another way, so counts what that number counts."""
    head = root.head
    return (
        root.dep_ == "conj"
        and head.i < root.i
        and _numberish(head)
        and any(c.dep_ == "cc" and c.lower_ == "or" for c in head.children)
    )


def _margin(root: Any, noun: Any | None, verb: Any, lex: Lexicon) -> bool:
    """The figure measures a lead, a gap or a margin between two sides' shares: its points
    are "of" the margin noun or modify it ("a lead of about 14 points", "an 18-point gap"),
    or the margin noun is its verb's subject ("Lula's lead was five points", "Lula's margin
    shrank to five points", "the lead was five points, with 44% for Bolsonaro"); a poll's
    own margin is its error ("The survey's margin is two percentage points")."""
    margins = lex.margins
    units = margins["units"]
    # "14 points" heads its figure, "an 18-point gap" hangs its number on the unit
    near = [t for t in (noun, root, root.head) if t is not None]
    points = next((t for t in near if _lemma(t) in units and _holds(t, root)), None)
    if points is None and root.dep_ == "nummod" and _lemma(root.head) in units:
        points = root.head
    held = [points.head] if points is not None and points.dep_ in _MODIFIERS else []
    if points is not None and points.dep_ == "pobj" and points.head.lower_ == "of":
        held.append(points.head.head)
    share = root.lower_ in margins["shares"]  # "with 44% for Bolsonaro"
    subject = _subject(verb) if verb is not None and _is_verb(verb) else None
    if subject is not None and (points is not None or share) and not _holds(subject, root):
        held.append(subject)
    polls = lex.polls["forecast"] | lex.polls["estimated"]
    return any(
        _lemma(t) in margins["nouns"]
        and not any(_lemma(c) in polls for c in t.children if c.dep_ in ("poss", "compound"))
        for t in held
    )


_SHARE = r"(\d+(?:\.\d+)?)\s*(?:%|per\s?cent|percent)"
_OWNER = r"(?:\S+'s\s+)?"  # "48.8% to Lula's 42.1%"


def _scored(doc: Any, start: int, end: int, verb: Any, lex: Lexicon) -> bool:
    """The figure is one side of a score of two shares, the larger first, that together make
    at most the whole ("by 49% to 45%", "48.8% to Lula's 42.1%"); not a move from one level
    to another ("fell from 12% to 9%", "cut by 0.5% to 4%": frames.json ``scores``)."""
    scores = lex.scores
    if verb is not None and _is_verb(verb) and lex.predicates.get(_phrase(verb)) == "change":
        return False
    text = _text(doc)
    links = "|".join(re.escape(w) for w in sorted(scores["links"]))
    own = re.fullmatch(r"\D*?" + _SHARE, text[start:end])
    after = re.match(rf"\s+(?:{links})\s+{_OWNER}{_SHARE}", text[end:])
    before = re.search(rf"(\w+\s+)?{_SHARE}\s+(?:{links})\s+{_OWNER}$", text[:start])
    if own is None or (after is None) == (before is None):
        return False
    first, second = (own, after) if after is not None else (before, own)
    if after is None and (before.group(1) or "").strip().lower() in scores["moves"]:
        return False
    if after is not None and text[:start].rstrip().lower().endswith(tuple(scores["moves"])):
        return False
    high, low = float(first.group(first.lastindex)), float(second.group(second.lastindex))
    return low <= high and high + low <= 100


def _tallied(root: Any, lex: Lexicon) -> bool:
    """A share of a count done so far, in a clause of "with": the subject of its verb of
    counting ("With 70% of voting machines counted", "With 78% tallied"), or the object of
    "with" whose thing that verb describes ("with 9.4% of machines tallied") or that is "in"
    ("with more than 97% in")."""
    tallies = lex.tallies
    verb = root.head
    if root.dep_ in _SUBJECTS and _lemma(verb) in tallies["verbs"]:
        if verb.dep_ == "pcomp" and verb.head.lower_ in tallies["marks"]:
            return True  # "by 50.01% to 49.99%, with 67.76% of voting machines counted"
        return any(c.dep_ == "mark" and c.lower_ in tallies["marks"] for c in verb.children)
    if root.dep_ != "pobj" or root.head.lower_ not in tallies["marks"]:
        return False
    if any(c.dep_ == "advmod" and c.lower_ in tallies["particles"] for c in root.children):
        return True
    things = [g for c in root.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(
        c.dep_ == "acl" and _lemma(c) in tallies["verbs"] for t in things for c in t.children
    )


def _sum_of(root: Any, lex: Lexicon) -> Any | None:
    """What a sum is of when no "of" says it: the common noun it is "in" ("$209 billion in
    total assets", "$13 million to $14 million in revenue"), the thing "worth" it ("goods
    worth $28 billion", "cargo worth more than $3.5 billion") or the noun it is the value "of"
    ("a discount of $16.5 billion"); never a place or a time."""
    preps = [c for c in root.children if c.dep_ == "prep"]
    if any(c.lower_ == "of" for c in preps):
        return None  # "$151.5 billion of deposits in U.S. offices": "of" says it
    things = [
        g for c in preps if c.lower_ in lex.sum_prepositions for g in c.children if g.dep_ == "pobj"
    ]
    valued = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else None
    if valued is not None and _lemma(valued) not in lex.sum_hedges:
        things.append(valued)  # "a negative cash balance of $958 million"
    worth = root.head
    if root.dep_ in ("npadvmod", "pobj") and worth.lower_ in lex.worth_words:
        if worth.dep_ == "amod":
            things.append(worth.head)  # "cargo worth $3.5 billion"
        else:  # "carrying goods worth $28 billion": the parser hangs both on the verb
            things += [c for c in worth.head.children if c.dep_ == "dobj" and c.i < worth.i]
    no_things = lex.period_nouns | lex.record_nouns | lex.measure_heads | lex.sessions
    for thing in things:
        if thing.pos_ == "NOUN" and _lemma(thing) not in no_things and not _is_place(thing, lex):
            return thing
    return None


def _whole_of_part(tok: Any, lex: Lexicon) -> bool:
    """ "58 deaths among its roughly 150,000 pilgrims", "out of about 175,000 who made the
    journey": the figure counts the whole a part is taken from, not the part (lexicon
    ``whole_of_part``); "among them 12 Pakistanis" names the part, its pronoun the whole."""
    if tok.dep_ != "pobj":
        return False
    prep, words = tok.head, lex.whole_of_part
    if prep.lower_ in words["prepositions"]:
        return not any(c.dep_ == "pobj" and c.pos_ == "PRON" for c in prep.children)
    return f"{prep.head.lower_} {prep.lower_}" in words["phrases"] and prep.head.i < prep.i


def _own_clause_role(tok: Any, lex: Lexicon) -> str | None:
    """What the clause describing a figure's own noun says befell it ("20 that were
    affected"), if it says anything."""
    for child in (c for c in tok.children if c.dep_ in _DESCRIBED and _is_verb(c)):
        found = _clause_role(child, lex)
        if found:
            return found
    return _noun_role(tok, lex) if tok.pos_ in ("NOUN", "PROPN") else None


def _held_by_organisation(root: Any, noun: Any | None, verb: Any | None, lex: Lexicon) -> bool:
    """Whether a body that is no place holds the figure: the subject of its verb ("the group
    removed nearly 10 million bpd"), the owner of what it counts ("the alliance's 23 members"),
    or the whole it is a part of ("a quarter of the workforce", "two-thirds of the company's
    workforce"). Such figures are the body's, not the country the article is about."""
    owners = [
        g
        for tok in {t.i: t for t in (root, noun) if t is not None}.values()
        for c in tok.children
        for g in ([c] if c.dep_ == "poss" else c.children if c.lower_ == "of" else ())
        if g.dep_ in ("poss", "pobj")
    ]
    if verb is not None and _is_verb(verb):
        owners += [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    owners += [p for o in owners for p in o.children if p.dep_ == "poss"]  # "the group's ceiling"
    return any(o.pos_ == "NOUN" and _lemma(o) in lex.organisations for o in owners)


# An article points back to a body by its common noun this many times before it is taken to be
# about that body: on dev, at 1 a source named once as "the firm" or "the group" (a research
# firm, the Islamic State group: china-covid, mosul, libya-floods, hurricane-ian, channel-
# crossings, mpox) took 91 right places away for 198 gained; at 2, 9 for 155 (uaw-strike,
# svb-collapse, twitter-layoffs, opec-cut); at 3, 7 for 116.
_BODY_POINTERS = 2


def about_bodies(text: str, lex: Lexicon | None = None) -> bool:
    """Whether an article is about a body's affairs, not a place's: it points back to a body
    by its common noun ("the company", "the union", "its workforce") ``_BODY_POINTERS``
    times. Its figures (a company's layoffs, a union's demands, a lender's deposits, a
    cartel's output) take a place from their own sentence only, not the article's country."""
    lex = lex or lexicon()
    return len(_body_pointer_re(lex).findall(text)) >= _BODY_POINTERS


def _body_pointer_re(lex: Lexicon) -> re.Pattern[str]:
    """ "the company", "The union", "their lenders": a determiner, then a body's common noun in
    lower case (a name, "The Group of Seven", is none), not followed by "of"."""
    return _pointer_re(lex.body_determiners, lex.body_nouns)


@cache
def _pointer_re(determiners: frozenset[str], nouns: frozenset[str]) -> re.Pattern[str]:
    """One pattern for the pointers, built once: every article of a batch is asked."""
    forms = {n for noun in nouns for n in (noun, _plural(noun))}
    dets = "|".join(sorted(map(re.escape, determiners)))
    words = "|".join(sorted(map(re.escape, forms), key=len, reverse=True))
    return re.compile(rf"\b(?i:{dets})\s+(?:{words})\b(?!\s+of\b)")


def _plural(noun: str) -> str:
    """ "company" -> "companies", "union" -> "unions"."""
    return noun[:-1] + "ies" if noun.endswith("y") else noun + "s"


def _traded(root: Any, verb: Any | None, lex: Lexicon) -> bool:
    """Whether a traded good or security moves the figure ("Brent rose $1.84 to $87.41",
    "Shares of SVB Financial collapsed 60%"): a market's price holds on no country's ground,
    unless the sentence names where it trades ("on the New York Mercantile Exchange")."""
    if verb is None or not _is_verb(verb) or _is_speech(verb, lex):
        return False
    subject = _market_subject(verb, root, lex)
    return subject is not None and subject.lower_ not in lex.not_traded


def _market_subject(verb: Any, root: Any, lex: Lexicon) -> Any | None:
    """The subject of the figure's verb when it names a traded good or its price, the head
    alone ("petrol prices" and "food prices" are a statistics release's items), and does not
    hold the figure itself."""
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subject is None or _holds(subject, root) or _lemma(subject) not in lex.market_subjects:
        return None
    return subject


def _counts_series(doc: Any, root: Any, start: int, end: int, lex: Lexicon) -> bool:
    """An ordinal that ranks an event in a run ("the sixth rise", "for the 12th straight
    time") or a number of events in a row ("after eight in a row"): nothing happened to N
    things, so the figure takes no role of what the event did."""
    if any(_ordinal(t) for t in _overlapping(doc, start, end)):
        return True
    after = _text(doc)[end : end + 1 + max(map(len, lex.series_phrases))].lower()
    return any(after.lstrip().startswith(p) for p in lex.series_phrases) and _numberish(root)


def _scope(noun: Any, lex: Lexicon) -> bool:
    """A count of places or periods after a preposition of scope ("deaths in 10 counties",
    "577 deaths on the two busiest days") says where or when something happened, not what
    befell them (lexicon ``scope_prepositions``); countries have their own reading."""
    first = _first_conjunct(noun)  # "in 15 cities and towns"
    if first.dep_ != "pobj" or first.head.lower_ not in lex.scope_prepositions:
        return False
    word = _lemma(noun)
    places = lex.place_kind_nouns | lex.settlements
    return word not in lex.world_nouns and (word in places or word in lex.period_nouns)


def _ordinal(tok: Any) -> bool:
    """ "sixth", "12th": an adjective that ranks, never a cardinal count."""
    return tok.tag_ == "JJ" and (
        tok.lower_ in _STREAK_ORDINALS or bool(_ORDINAL_RE.match(tok.text))
    )


def _resident(noun: Any | None, lex: Lexicon) -> bool:
    """People living somewhere, by their noun: residents or inhabitants counted (lexicon
    ``background``); a place's people are ``_settled``."""
    if noun is None or any(c.lower_ in lex.falling["adjectives"] for c in noun.children):
        return False  # "3,000 fewer residents": a change
    return _lemma(noun) in lex.background_nouns - {"home"}


def _settled(root: Any, noun: Any | None, lex: Lexicon) -> bool:
    """A place's people, which the figure numbers itself: "home to 89,000 people", "a city of
    125,000 residents", "a country of 1.41 billion", "India's 200 million Muslims", "the
    city's 25 million people". The setting says who they are, whatever befell some of them
    ("80 percent of China's 1.4 billion people had been infected": the share is the cases)."""
    tok = noun if noun is not None else root
    if noun is not None and root.i != noun.i and (root.head.i != noun.i or root.dep_ != "nummod"):
        return False  # "a third of Khartoum's 6 million residents": a part of them
    below = tok
    for anc in _ancestors(tok):
        if _is_verb(anc):
            break
        # "home to 2 million people" (the parser often tags "home" an adverb), not "those
        # away from home, or 21,462 people"
        if _lemma(anc) in lex.background_nouns and (_lemma(anc) != "home" or below.lower_ == "to"):
            return True
        below = anc
    head = tok.head
    if head.lower_ == "of" and _a_settlement(head.head, tok, lex):
        return True  # "a city of 125,000 residents", "a country of 1.41 billion"
    if noun is None:
        return False
    people = _lemma(noun) in lex.people_nouns or noun.ent_type_ == "NORP"
    owners = [c for c in noun.children if c.dep_ == "poss"]
    placed = any(_is_territory(o, lex) or _lemma(o) in lex.settlements for o in owners)
    return people and placed


def _a_settlement(tok: Any, figure: Any, lex: Lexicon) -> bool:
    """ "a city", "a country" before the figure: one place described by its people, unlike
    the idiom "in the region of $550 million"."""
    some = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)
    return some and _lemma(tok) in lex.settlements and tok.i < figure.i


def _whole_of_owner(root: Any, noun: Any | None, lex: Lexicon) -> bool:
    """The figure numbers a noun a house or a place owns ("Uttar Pradesh's 80 seats")."""
    if noun is None:
        return False
    if root.i != noun.i and (root.head.i != noun.i or root.dep_ != "nummod"):
        return False
    owners = [c for c in noun.children if c.dep_ == "poss"]
    return any(o.lower_ in lex.whole_owners or _is_territory(o, lex) for o in owners)


def _went_down(verb: Any, lex: Lexicon) -> bool:
    """ "shed", "contracted", "revised down": but not "added ..., down from 179,000", where
    "down" leads to the earlier figure."""
    if _lemma(verb) in lex.falling["verbs"] or _phrase(verb) in lex.falling["verbs"]:
        return True  # "shed", and verbs with their particle: "laid off", "give up"
    return any(
        c.dep_ in ("prt", "advmod")
        and c.lower_ in lex.falling["particles"]
        and not any(g.dep_ == "prep" for g in c.children)
        for c in verb.children
    )


def falls(root: Any, noun: Any | None, verb: Any | None, role: str | None, lex: Lexicon) -> bool:
    """Whether the figure is a fall, so its value is negative (gold convention: a change is
    signed, "contracted by 0.2%" is -0.2%). A level that fell ("fell to 9.9%") stays positive:
    only a change's own verb, or the figure's own noun or adjective, signs it."""
    own = noun if noun is not None else root
    if any(
        c.dep_ == "amod" and root.i < c.i < own.i and c.lower_ in lex.falling["adjectives"]
        for c in own.children
    ):
        return True  # "818,000 fewer jobs"; not "36.6%, a little lower", "no fewer than 150"
    head = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else root.head
    if head.i != root.i and head.pos_ == "NOUN" and _lemma(head) in lex.falling["nouns"]:
        return True  # "a 0.3% contraction", "a loss of 10,000"
    if _difference(root, lex) and _below(root, lex):
        return True  # "5.7 per cent lower", "44% less", "down 9%"
    # a bare amount moved by a change verb is a change whatever its theme ("cases dropped 12%");
    # a counted noun keeps its own role ("troops lost 200 men" are dead, not a fall)
    changed = role == "change" or (
        noun is None and verb is not None and lex.predicates.get(_lemma(verb)) == "change"
    )
    # "losing 30% of its yield": the share is the amount moved, not the noun it is a share of
    amount = verb is not None and (
        _amount_of(own, verb, lex)
        or (own.i != root.i and root.lower_ in quantity_words() and _amount_of(root, verb, lex))
    )
    return changed and verb is not None and _is_verb(verb) and amount and _went_down(verb, lex)


def _leads_to(tok: Any) -> bool:
    return any(c.dep_ == "quantmod" and c.lower_ == "to" for c in tok.children)


def _amount_of(own: Any, verb: Any, lex: Lexicon) -> bool:
    """The figure is how much the verb moved ("shed 20,000 jobs", "fell 0.4%", "contracted by
    0.2%"), not a place or time it fell on ("damage fell on five municipalities"). In "by
    61,000 to 118,000" the parser makes one range: the first figure is the change, standing in
    the range's slot, and the second the new level."""
    if own.dep_ == "quantmod" and _leads_to(own.head):
        own = own.head
    elif _leads_to(own):
        return False
    if own.head.i == verb.i:
        return own.dep_ in ("dobj", "npadvmod", "nsubjpass")
    prep = own.head
    return own.dep_ == "pobj" and prep.head.i == verb.i and prep.lower_ in lex.change_prepositions


def _holder(theme: Any, figure: Any) -> bool:
    """A verb's subject that holds or does, not what a figure counts: a name ("the BJP
    dropped to 33") or the agent of a verb whose object the figure is ("health care added
    45,000")."""
    if theme.dep_ not in _SUBJECTS:
        return False
    return theme.pos_ == "PROPN" or (figure.dep_ == "dobj" and figure.head.i == theme.head.i)


def _own_verb(tok: Any) -> Any | None:
    """The verb a figure's phrase hangs from, through nouns and prepositions."""
    for anc in _ancestors(tok)[:_MAX_HOPS]:
        if _is_verb(anc):
            return anc
    return None


def _named_side(tok: Any | None, lex: Lexicon) -> str | None:
    """A name that can hold votes or seats, with the words that make it up ("Luiz Inacio Lula
    da Silva"): a proper noun, of a kind a person, a body or a group if NER gave it one (NER
    runs on few sentences; the gazetteer's fuzzy names take "Lula" for Luleå)."""
    if tok is None or tok.pos_ != "PROPN":
        return None
    if tok.ent_type_ and tok.ent_type_ not in lex.sides["entities"]:
        return None
    parts = [c for c in tok.subtree if c.dep_ in ("compound", "flat") or c.i == tok.i]
    return " ".join(t.text for t in sorted(parts, key=lambda t: t.i) if t.pos_ == "PROPN")


def _side(root: Any, noun: Any | None, scored: bool, lex: Lexicon) -> str | None:
    """Who holds a share, a count of votes or seats: its owner ("Lula's 42.1%"), a name it is
    given to through 'on' or 'with' ("Lula on 51%"), the other side named as the object for
    the second share of a score ("led Bolsonaro by 49% to 45%"), else its verb's subject
    ("Bolsonaro took 43.2%"). Two sides' shares are two measures, not one updated."""
    tok = noun if noun is not None else root
    while tok.dep_ in ("nummod", "compound", "quantmod") and tok.head.pos_ in ("NOUN", "NUM"):
        tok = tok.head  # "42.1" of "Lula's 42.1%", "60.3" of "60.3 million votes"
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if owner is not None:
        return _named_side(owner, lex)
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    for prep in (*tok.children, *([after] if after is not None else [])):
        # "45.5% for Bolsonaro": the share a name gets, however the parse hangs "for"
        if prep.dep_ == "prep" and prep.lower_ in lex.sides["for"]:
            names = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"]
            if names:
                return _named_side(names[0], lex)
    if tok.dep_ in _SUBJECTS:
        return None  # "48% of voters backed Lula": the voters' share, not his
    prep = tok.head if tok.dep_ == "pobj" else None
    if prep is not None and prep.lower_ in lex.sides["owners"] and prep.head.pos_ == "PROPN":
        return _named_side(prep.head, lex)
    verb = _own_verb(tok)
    if verb is None:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    given = prep is not None and prep.head.i == verb.i and prep.lower_ in lex.sides["owners"]
    if given and objects and objects[0].pos_ == "PROPN":
        return _named_side(objects[0], lex)  # "put Lula on 51 percent", not "won the run-off"
    against = lex.sides["against"]
    second = tok.dep_ == "npadvmod" or (prep is not None and prep.lower_ in against)
    second = second or any(t.lower_ in against for t in tok.subtree if t.i < tok.i)  # "to 45%"
    if second and any(t.like_num for t in verb.subtree if verb.i < t.i < tok.left_edge.i):
        # "led Bolsonaro by 49% to 45%", "had 45.7% against 45.5%": the second share is the
        # object's, the first the subject's
        return _named_side(objects[0], lex) if objects else None
    return _named_side(_subject(verb), lex)


# clauses beside a figure's own, whose words name other events than its round
_OTHER_CLAUSES = frozenset(
    {"advcl", "ccomp", "xcomp", "conj", "relcl", "parataxis", "acl", "csubj"}
)


def _round(root: Any, noun: Any | None, lex: Lexicon) -> str | None:
    """The round of a vote a figure's own clause names ("took 48.4% in the first round", "his
    run-off share was 50.9%"); a clause beside it names another event ("took 48.4%, forcing
    a run-off"). Two rounds named, or none: no round."""
    tok = noun if noun is not None else root
    verb = _own_verb(tok)
    words = list(tok.subtree)
    if verb is not None:
        words = [verb]
        for child in verb.children:
            if child.dep_ not in _OTHER_CLAUSES:
                words += list(child.subtree)
    text = re.sub(r"\s*-\s*", "-", " ".join(t.lower_ for t in sorted(words, key=lambda t: t.i)))
    found = {name for name, form in lex.rounds if form.search(text)}
    return found.pop() if len(found) == 1 else None


def _contained(theme: Any, lex: Lexicon) -> bool:
    """A noun a container noun is "of" ("the number of Tunisian pilgrims"): it names what the
    figure counts, over any word nearby."""
    prep = theme.head
    return theme.dep_ == "pobj" and prep.lower_ == "of" and _lemma(prep.head) in lex.container_nouns


def _person(theme: Any, lex: Lexicon) -> bool:
    """A person a verb's share is given to or held by, not what it counts: a name NER calls a
    person or a title ("Bolsonaro rose a point to 45%", "Datafolha put the president at 36%
    and Ipec at 37%", "put Lula on 51 percent"); the thing shared is named before."""
    if _noun_role(theme, lex) is not None:
        return False  # NER calls "Turnout" a person
    named = theme.pos_ == "PROPN" and theme.ent_type_ == "PERSON"
    return named or _lemma(theme) in lex.person_titles


def _place_holds(theme: Any, lex: Lexicon) -> bool:
    """A named place a verb's figure belongs to, not what it counts: "Fatehgarh Sahib was hit
    hardest, losing 30% of its yield, followed by Patiala at 23%", "Sangrur and Ropar each
    lost 21%", "Bihar was at the bottom with less than 49%"; the thing is named before."""
    return _is_place(theme, lex)


def _counted_name(noun: Any, lex: Lexicon) -> str:
    """A counted noun with its compounds ("consumer price inflation"), or what the lexicon says
    it counts ("turnout" counts voters)."""
    if _lemma(noun) in lex.counted_as:
        return lex.counted_as[_lemma(noun)]
    # "96.88 crore voters": a scale parsed as a compound is no part of the name
    words = [
        c for c in noun.children if c.dep_ == "compound" and c.i < noun.i and not _numberish(c)
    ]
    start = min([noun.i, *(c.left_edge.i for c in words)])
    # "the inflation rate" counts inflation: a measuring head gives way to a common noun
    measured = (
        _lemma(noun) in lex.measure_heads
        and bool(words)
        and words[-1].pos_ == "NOUN"
        and words[-1].text.islower()  # "Bank Rate" is a name
        and words[-1].lower_ not in lex.measure_kinds  # "the base rate" is a rate
    )
    end = words[-1].i if measured else noun.i
    return noun.doc[start : end + 1].text.lower()


def needs_ner(doc: Any, lex: Lexicon) -> bool:
    """NER only where the gazetteer names no place and proper nouns remain unexplained: it
    costs as much as the rest of the pipeline, and the gazetteer knows most places."""
    if _memo(doc, "factcheck.gazetteer", lambda: _gazetteer_hits(doc)):
        return False
    return any(t.pos_ == "PROPN" and _after_preposition(t) for t in doc)


def _after_preposition(tok: Any) -> bool:
    """A name inside the object of a preposition, where a place the gazetteer lacks sits
    ("near Bahanaga Bazar", "in the Bakhmut sector"). A speaker is read from the parse and
    the titles lexicon, so NER on it changed no dev frame."""
    while tok.dep_ in ("compound", "flat", "appos", "conj") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "pobj"


def parse(sentences: Sequence[str], nlp: Any) -> list[Any | None]:
    """Parse a batch without NER, then run NER on the sentences that need it; a sentence spaCy
    fails on gets ``None`` (its figures keep their word-window reading) instead of failing the
    article."""
    lex = lexicon()
    try:
        with nlp.select_pipes(disable=["ner"]):
            docs: list[Any | None] = list(nlp.pipe(sentences))
    except Exception:  # one bad sentence must not sink the batch: retry one at a time
        docs = []
        for s in sentences:
            try:
                with nlp.select_pipes(disable=["ner"]):
                    docs.append(nlp(s))
            except Exception:
                docs.append(None)
    for doc, text in zip(docs, sentences, strict=True):
        if doc is not None:  # spaCy keeps the text it was given; rebuilding it costs a third
            doc.user_data["factcheck.text"] = text  # of a millisecond a sentence
    wanted = [doc for doc in docs if doc is not None and needs_ner(doc, lex)]
    for _ in nlp.get_pipe("ner").pipe(wanted):  # in one batch: per-call overhead is most of it
        pass
    return docs


# ---------------------------------------------------------------------------------------------
# Claims
# ---------------------------------------------------------------------------------------------


def refine(
    claims: Sequence[Claim],
    offsets: Sequence[int],
    nlp: Any,
    default_place: str | None = None,
    published: date | None = None,
    docs: dict[tuple[int, str], Any | None] | None = None,
    *,
    period: DateSpan | None = None,
    common: frozenset[str] = frozenset(),
    now: timeref.Present | None = None,
    before: dict[int, Before] | None = None,
    earlier: dict[int, DateSpan] | None = None,
    lone: frozenset[str] = frozenset(),
    actors: Mapping[int, tuple[str, bool]] | None = None,
) -> list[Claim]:
    """Claims with their frames read from the parse of their sentences (parsed once each,
    in one batch). ``offsets[i]`` is where claim i's sentence starts in the body; a figure whose
    sentence names no place is placed in ``default_place``, the country the article is about.
    ``docs`` (by ``sentence_keys``) are parses made beforehand, in a batch across articles;
    ``common`` are place names the article also writes in lower case; ``before`` by sentence
    offset, the last places the article named before that sentence, ``earlier`` the last
    day its paragraph named before it, ``lone`` its small places of a country it names in no
    other way (``Gazetteer.lone``) and ``actors`` who the sentence just before it, one with no
    figure, was about: a pronoun in it may stand for them."""
    if docs is None:
        sentences = sentence_keys(claims, offsets)
        texts = [mask_dateline(s) for _, s in sentences]
        docs = dict(zip(sentences, parse(texts, nlp), strict=True))
    lex = lexicon()
    out = []
    restating: set[str] = set()  # claims that restate the number before them ("or 42%")
    sides: dict[str, tuple[str | None, str | None]] = {}  # by id: whose share, which round
    alone: dict[str, set[str]] = {}  # by article: the names it writes as one word
    voices: list[tuple[str, bool]] = []  # who spoke so far in the article, and if a person
    lead_ins = dict(actors or {})
    for claim, off in zip(claims, offsets, strict=True):
        doc = docs[(off, claim.sentence)]
        lead_in = lead_ins.pop(off, None)  # once, before the sentence's first figure
        if lead_in is not None and lead_in not in voices[-1:]:
            voices.append(lead_in)  # "Musk defended the move. He said ...": Musk speaks
        found = (
            None
            if doc is None
            else frame(
                doc,
                claim.start - off,
                claim.end - off,
                lex,
                common,
                (before or {}).get(off),
                lone,
            )
        )
        if found is None:
            out.append(replace(claim, warnings=(*claim.warnings, "sentence not parsed")))
            continue
        if found.voice is not None and found.voice[0] == found.attribution:
            voices.append(found.voice)
        if found.pronoun is not None and (said := _agreeing(found.pronoun, voices)):
            found = replace(found, attribution=said)
        elif (found.attribution or "").lower() in _OWNING:
            # "Its tracking data showed 165 vessels" with no one before for "its" to stand for:
            # the word "Its" names no source; the sentences around may
            found = replace(found, attribution=None)
        if found.outlet_voice:
            claim = replace(claim, attribution=None)
        elif found.attribution is None and claim.attribution is not None:
            said = claim.attribution
            heard = not is_unheard(said, found.unheard)
            claim = replace(claim, attribution=_vetted(doc, said, lex) if heard else None)
        elif (
            found.attribution is not None
            and claim.attribution is not None
            and is_back_reference(found.attribution)
        ):
            # "the agency said": the word windows know which agency was named before
            found = replace(found, attribution=claim.attribution)
        if found.voice is None and found.actor is not None and found.actor not in voices[-1:]:
            voices.append(found.actor)
        if found.restates:
            restating.add(claim.id)
        if found.side is not None or found.round is not None:
            sides[claim.id] = (found.side, found.round)
            alone.setdefault(claim.article, set()).update(_names_alone(doc, lex))
        merged = merge(claim, found, default_place)
        day_before = (earlier or {}).get(off)
        # "A week earlier ...", "that day": counted from the day the sentences before named
        here = now._replace(previous=day_before) if now is not None and day_before else now
        dated = _own_time(merged, doc, off, claims, offsets, published, lex, period, here)
        dated = _set_before(dated, doc, off, day_before, lex)
        out.append(_aboard_then(dated, doc, off, here, lex))
    found_before = antecedents(out, lex, frozenset(restating))
    sided = [_sided(c, sides.get(c.id), alone.get(c.article, set()), lex) for c in found_before]
    return _treated_injured([_funded(c, lex) for c in sided], lex)


def _names_alone(doc: Any, lex: Lexicon) -> set[str]:
    """Names a sentence writes as one word ("Lula", "BJP")."""
    return {
        t.text
        for t in doc
        if t.pos_ == "PROPN"
        and t.dep_ not in ("compound", "flat")
        and not any(c.dep_ in ("compound", "flat") for c in t.children)
    }


def _sided(
    claim: Claim, side: tuple[str | None, str | None] | None, alone: set[str], lex: Lexicon
) -> Claim:
    """A vote share, a vote count or a seat count takes the round its clause names and then
    the side that holds it: "Bolsonaro took 43.2% in the first round" and "Lula won 50.9% in
    the run-off" are two measures. With no round named, no side: one side's shares of two
    rounds or two elections would key alike, and dev relations fell (election traps kept
    apart 62 -> 54% of 48, contradicts predicted 1 -> 4, all wrong). A full name is the word
    of it the article also writes alone ("Luiz Inacio Lula da Silva": "Lula"), else its last
    word, so one side keys alike."""
    if side is None or claim.role not in lex.sides["roles"]:
        return claim
    name, said_round = side
    if name is not None:
        parts = name.removesuffix("'s").split()
        short = [p for p in parts if p in alone]
        name = short[0] if short else parts[-1] if parts else None
    return replace(
        claim,
        holder=claim.holder or (name if claim.event or said_round else None),
        event=claim.event or said_round,
    )


def _treated_injured(claims: list[Claim], lex: Lexicon) -> list[Claim]:
    """In an article that counts people injured, those in hospital are injured too (a crash's
    "382 were still being treated"); in one that counts none, they are ill (Covid patients,
    survivors treated for hypothermia): the article's harm says why they are there."""
    rule = lex.treated_injured
    hurt = {c.article for c in claims if c.role in rule["when"]}
    treated = [c.article in hurt and c.role in rule["roles"] for c in claims]
    return [_with_role(c, rule["role"]) if t else c for c, t in zip(claims, treated, strict=True)]


def _funded(c: Claim, lex: Lexicon) -> Claim:
    """A sum with no role, or the level or change of no priced thing, counts funds paid,
    pledged, lost or spent ("losing more than $4 million a day", "$44 billion takeover"); a
    price or pay a statistic tracks keeps its level or change (dev: all 18 gold sums that are
    not funds price energy bills or hourly earnings). Read after ``antecedents``, which can
    name what a bare sum prices ("instead of the 3,549 pounds")."""
    if c.kind != "money" or (c.role is not None and c.role not in lex.priced["roles"]):
        return c
    if c.role in (None, "level") and _held_sum(c, lex):  # "had $209 billion in assets"
        return _with_role(c, "level")
    if _per_unit(c, lex):  # "$3.91 a gallon": a price, standing unless a verb moved it
        return c if c.role is not None else _with_role(c, "level")
    if c.role is not None and _of_market(c, lex):  # "Crude has slid to about $90"
        return c
    reported = _head_forms(c.subject or "") & lex.priced["results"]
    if c.role == "level" and (reported or c.predicate in lex.priced["sessions"]):
        return c  # "revenue rose 32 per cent to $964mn", "the stock closed at $895.61"
    if _head_forms(c.subject or "") & lex.priced["words"]:
        return c
    return _with_role(c, lex.priced["role"])


def _held_sum(c: Claim, lex: Lexicon) -> bool:
    """A sum a holder has or holds, or what goods are worth: a stock of money, so a level
    (dev: 14 sums so read had been funds, all levels in gold; none gold calls funds is so read)."""
    held = c.predicate in lex.priced["held_verbs"]
    return held or bool(_head_forms(c.subject or "") & lex.priced["held_things"])


def _with_role(c: Claim, role: str) -> Claim:
    return replace(
        c, role=role, measure=measure_of(c.kind, c.subject, role, c.place, c.holder, c.event)
    )


def _per_unit(c: Claim, lex: Lexicon) -> bool:
    """A sum per unit of a thing ("83.63 dollars a barrel", "$110 per barrel"), not per unit
    of time ("$4 million a day" flows)."""
    after = (c.context or "").partition("[NUM]")[2].lower().split()[:2]
    return (
        len(after) == 2
        and after[0] in lex.priced["per"]
        and after[1].strip(".,;") not in lex.priced["flows"]
    )


def _of_market(c: Claim, lex: Lexicon) -> bool:
    """A level or change of a sum in a sentence about a traded good ("Crude has slid to about
    $90 from $120"): the good's price, which markets track."""
    return bool(set(re.findall(r"[a-z]+", c.sentence.lower())) & lex.priced["markets"])


def _head_forms(subject: str) -> set[str]:
    """A noun phrase's head word and its likely singulars ("wages" -> "wage")."""
    words = subject.lower().split()
    head = words[-1] if words else ""
    return {head, head.removesuffix("s"), head.removesuffix("es"), head.removesuffix("ies") + "y"}


def _agreeing(pronoun: str, voices: Sequence[tuple[str, bool]]) -> str | None:
    """The last speaker a pronoun can stand for: "he" or "she" a person, "it" a body."""
    person = pronoun != "it"
    return next((name for name, who in reversed(voices) if who == person), None)


_STATISTIC_KINDS = frozenset({"percent", "money"})
_STATISTIC_ROLES = frozenset({"level", "change"})
# In a statistics release every figure of these kinds is the release's: jobs added and claims
# filed as well as rates and sums (dev as_of 611 -> 646 of 902 gold claims, economy 155 -> 194
# of 320, once counts took the period too). Elsewhere only a rate or sum whose role says it is
# a statistic's level or change.
_RELEASE_KINDS = frozenset({"percent", "money", "count", "other"})


def is_statistic(kind: str, role: str | None, period: DateSpan | None) -> bool:
    """Whether a figure with no time of its own holds for a release's reference period."""
    if period is not None:
        return kind in _RELEASE_KINDS
    return kind in _STATISTIC_KINDS and role in _STATISTIC_ROLES


_ELLIPTIC_KINDS = frozenset({"count", "percent", "money", "other"})


def _elliptic_role(c: Claim, before: Claim) -> str | None:
    """What befell a figure that stands for its antecedent: a pronoun names the antecedent, so
    what befell it too; so does a bare number in a clause of its own ("the BJP dropped to 33"),
    unlike one in a verbless string. A bare level ("it was 66.7 per cent") is the antecedent's
    role when that says more (turnout), not when it is a statistic's own level or change."""
    if c.role not in (None, "level"):
        return c.role
    if not (c.subject or c.predicate):
        return c.role
    if c.role == "level" and before.role in (None, *_STATISTIC_ROLES):
        return c.role
    return before.role


def antecedents(
    claims: Sequence[Claim], lex: Lexicon, restating: frozenset[str] = frozenset()
) -> list[Claim]:
    """A figure with no counted noun of its own, a pronoun for one or a bare measuring noun
    ("825,000 of them", "the first phase drew 69.4% and the second 69.6%", "May's gain was cut
    to 218,000") counts what the figure of the same kind before it in the article counts: news
    names the thing once and goes on with bare figures ("Economists had expected 10.7%", "The
    opposition bloc stood at 230"). Dev counted 605 -> 665 of 903 gold claims with the whole
    article in scope instead of the sentence alone, and no claim lost. A share ``restating``
    (by id) says restates the count just before it ("120 of them, or 3.2%") counts what that
    count counts."""
    out = list(claims)
    last: dict[tuple[str, str], Claim] = {}
    roled: dict[tuple[str, str, str | None], Claim] = {}
    bare = _stand_ins(lex)
    scopes = _TIME_UNITS | lex.world_nouns
    previous: int | None = None  # the figure just before, of any kind, as read here
    for n in sorted(range(len(out)), key=lambda k: (out[k].article, out[k].start)):
        c, just_before = out[n], None if previous is None else out[previous]
        previous = n
        if c.kind not in _ELLIPTIC_KINDS:
            continue
        # "with 9.4% of machines tallied, Bolsonaro led with 48.8%": a share of a count done
        # so far counts machines for the next such share only, never the votes the rest share
        tallied = c.role == lex.tallies["role"]
        key = (c.article, f"{c.kind} {lex.tallies['role']}" if tallied else c.kind)
        before = last.get(key)
        if c.kind == "count" and _goes_on_listing(c, just_before, lex):
            before = just_before  # "7,300 hectares, 4,200 of them around Landiras": hectares
        elif c.id in restating and _restated(c, just_before):
            before = just_before  # "171 of them, or about 42%": what the 171 counted
        if c.kind == "percent" and (c.subject or "").lower() in lex.anaphors:
            # "nearly 60% of those", "more than half of them": a share of the people or things
            # a count before it counted, whichever figure came last
            count = last.get((c.article, "count"))
            if count is not None and (before is None or count.start > before.start):
                before = count
        own = c.subject is not None and not _stands_in(c.subject, bare)
        # "a reading of 10.9 percent", "the peak at 15%": a measuring noun alone names no thing
        own = own and (c.subject or "").lower() not in lex.measure_heads - lex.measure_names
        # "the sixth rise", "its fourth monthly increase": a ranked event counts events; "a
        # fifth of them" is a share, no rank
        own = own or (c.subject is not None and c.kind != "percent" and _ranks(c.mention))
        if not own and before is not None:
            role = _of_people(_elliptic_role(c, before), before.subject)
            measure = measure_of(c.kind, before.subject, role, c.place, c.holder, c.event)
            c = out[n] = replace(c, subject=before.subject, role=role, measure=measure)
        elif _bare_figure(c) and (role := _bare_role(c, roled.get((*key, c.subject)), lex)):
            # "the NDA 361-401 of 543 seats and INDIA 131-166", "145 seats in 2004 and 206 in
            # 2009": a bare figure of the thing the last one counted befell what that did, or
            # what its thing names ("seats" are won)
            measure = measure_of(c.kind, c.subject, role, c.place, c.holder, c.event)
            c = out[n] = replace(c, role=role, measure=measure)
        if c.subject is not None and not _stands_in(c.subject, bare | scopes):
            # a count of months ("the two previous months") or of countries ("in 92 countries,
            # with almost 7,500 reported in a week") is the scope of a thing, not the thing
            last[key] = c
            if c.role is not None:
                roled[(*key, c.subject)] = c
        elif c.kind == "money" and c.subject is None and currency_name(c.unit):
            # "an appeal for $42.8 million": a sum that pays for nothing named counts money
            out[n] = replace(c, subject=currency_name(c.unit))
    return out


def _restated(c: Claim, before: Claim | None) -> bool:
    """A share that restates the count just before it in its sentence, which counts a thing."""
    return (
        before is not None
        and before.article == c.article
        and before.sentence == c.sentence
        and c.kind == "percent"
        and before.kind == "count"
        and before.subject is not None
    )


def _goes_on_listing(c: Claim, before: Claim | None, lex: Lexicon) -> bool:
    """A count right after a quantity in a listed unit in its sentence goes on the quantity's
    list with the unit left out ("burned 7,300 hectares, 4,200 of them around Landiras",
    "244,924 hectares burned, followed by Romania with 150,528"): with no noun of its own it
    counts that unit, not what an earlier count counted (lexicon ``listed_units``)."""
    return (
        before is not None
        and before.article == c.article
        and before.sentence == c.sentence
        and before.kind == "other"
        and (before.unit or "") in lex.listed_units
        and before.subject is not None
    )


def _sum_named(subject: str, unit: str | None, lex: Lexicon) -> bool:
    """A sum's noun that is money itself ("insured losses", "damage") or its currency's own
    symbol ("Rs 5 lakh"): the sum counts the currency, not a thing priced."""
    head = subject.lower().split()[-1]
    forms = {head, head.removesuffix("s"), head.removesuffix("es"), head.removesuffix("ies") + "y"}
    return bool(forms & lex.sums) or names_currency(head, unit)


def _ranks(mention: str) -> bool:
    """A mention that ranks an event in a run ("sixth rise", "12th straight time")."""
    return any(w in _STREAK_ORDINALS or _ORDINAL_RE.match(w) for w in mention.lower().split())


def _bare_figure(c: Claim) -> bool:
    """A figure with no role and no noun in its own words ("131-166", "206 in 2009"); a unit
    is a word of its own ("42C" counts temperature)."""
    if c.role is not None or not c.subject or (c.kind == "other" and c.stated.unit):
        return False
    words = c.subject.lower().split()
    head = words[-1] if words else ""
    return head.rstrip("s") not in c.mention.lower()


def _bare_role(c: Claim, same: Claim | None, lex: Lexicon) -> str | None:
    """The role of a bare figure: that of the last figure of its thing, else its thing's own."""
    if same is not None:
        return same.role
    word = (c.subject or "").lower().split()[-1]
    role = lex.nouns.get(word) or lex.nouns.get(word[:-1] if word.endswith("s") else word)
    return role if role in lex.roles_alone else None


def _stand_ins(lex: Lexicon) -> frozenset[str]:
    """Words that stand for a thing named before: pronouns, and nouns of a share, a total, a
    change or a forecast of something ("825,000 of them", "the total", "a gain of 140,000")."""
    return lex.anaphors | lex.container_nouns | lex.forecast_nouns | lex.record_nouns


def _stands_in(subject: str, bare: frozenset[str]) -> bool:
    """Whether a counted phrase's head, as written or singular, stands in for a thing named
    before: "the Dow Jones consensus" does as much as "the consensus", "the combined total"
    as "the total", "estimates" as "estimate"."""
    words = subject.lower().split()
    word = words[-1] if words else ""
    singular = (
        word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else word
    )
    return word in bare or singular in bare


_ASSERTED = frozenset({"reported", "estimated"})


def _vetted(doc: Any, source: str, lex: Lexicon) -> str | None:
    """The word windows' source, where the parse can judge it: a name, a pronoun or a noun
    of people and bodies that report, never a place ("Uttarakhand recorded 54.06%") nor a
    thing ("an autopsy is under way and its results are expected"). A source they found in
    another sentence ("he said": the speaker before) stands."""
    at = _text(doc).find(source)
    span = doc.char_span(at, at + len(source), alignment_mode="expand") if at >= 0 else None
    if span is None or span.root.pos_ not in ("NOUN", "PROPN"):
        return source  # not read as a noun phrase ("Save the Children" as a verb): no judge
    speaks = _lemma(span.root) in lex.record_nouns or _can_count(span.root, lex)
    return source if speaks else None


# Kinds of figure that go on a source's report in the next sentence of its paragraph: counts
# and other amounts ("Khan told the National Assembly that 700 migrants had been packed onto
# the boat. Only 104 people survived, among them 12 Pakistanis"). Rates and sums carry on as a
# release does (below); a date or a span of time the outlet sets down itself (dev attribution
# 870 of 1,035 gold claims with counts and amounts, 868 with every kind).
_REPORT_KINDS = frozenset({"count", "other"})


def carry_sources(
    claims: Sequence[Claim],
    outlet: str | None,
    sentences: Sequence[tuple[int, int]] | None = None,
    voiced_at: Collection[tuple[int, int]] = (),
    personal: Collection[int] = (),
    spoken: Mapping[tuple[int, int], str] | None = None,
    markets: Collection[int] = (),
    published_by: tuple[tuple[int, int], str] | None = None,
) -> list[Claim]:
    """Who says a figure whose sentence names no one. An asserted rate, share or sum carries
    the source of the last one before it ("..., the statistics office said. Food prices were
    12.7% higher"): a reporter does not measure these, the release goes on until another
    source gives one. An asserted count whose sentence follows, in the same paragraph, one
    where a source asserts a figure goes on with that report. A forecast is nobody's release,
    and any other count is what the outlet itself saw or set down (a toll, a distance, a date)
    unless a source is named: both are the outlet's word. ``sentences`` gives each claim's
    (paragraph, sentence index), ``voiced_at`` the sentences where someone speaks, and
    ``personal`` the claims whose source is a person or people: theirs do not go on, and
    ``spoken`` who speaks in sentences with no figure: their report goes on as well ("Chief
    Secretary PK Jena said the collector had checked every body. Search teams also combed
    200 feet on both sides of the line"). ``markets`` are the claims that are what a market
    did ("Brent rose $1.84"): the outlet's, whoever spoke before. ``published_by`` is the
    article's opening sentence and who it has speak through a published work (``publisher``):
    an asserted figure after it with no source nearer is that work's, not the outlet's."""
    out = list(claims)
    last: dict[bool, str] = {}
    reports = {**(spoken or {}), **_reports_by_sentence(claims, sentences)}
    # a sentence with a speaker of its own is no continuation of the one before ("Marshall and
    # four colleagues said ...": the four are the outlet's count, not the last report's)
    voiced = set(voiced_at) | {
        at for c, at in zip(claims, sentences or (), strict=False) if c.attribution
    }
    for n in sorted(range(len(out)), key=lambda k: out[k].start):
        c = out[n]
        asserted = c.modality in _ASSERTED
        # the published work the article retells, for a figure after its opening sentence
        work = None
        if published_by is not None and sentences is not None and sentences[n] > published_by[0]:
            work = published_by[1] if sentences[n] not in voiced else None
        if c.kind not in _STATISTIC_KINDS:
            if c.attribution is None:
                going = None
                if sentences is not None and sentences[n] not in voiced:
                    going = _report_before(reports, sentences[n])
                kept = asserted and c.kind in _REPORT_KINDS and not c.background
                if going is not None and kept and sentences is not None:
                    reports.setdefault(sentences[n], going)  # the report goes on again
                out[n] = replace(c, attribution=((going or work) if kept else None) or outlet)
            continue
        if c.attribution is not None:
            if n not in personal:
                last[asserted] = c.attribution
            continue
        if n in markets:
            out[n] = replace(c, attribution=outlet)
            continue
        said = last.get(asserted) or (work if asserted else None)
        out[n] = replace(c, attribution=said or outlet)
    return out


def market_move(doc: Any | None, start: int, end: int) -> bool:
    """Whether a figure is what a market did: the subject of its clause names a traded good or
    its price ("Brent crude gained 3.5 dollars", "Its shares rose as much as 14%"). The outlet
    reports such a move from the market; it is no release of the source named before."""
    root = figure_root(doc, start, end) if doc is not None else None
    if root is None:
        return False
    lex = lexicon()
    verb = next((a for a in _ancestors(root) if _is_verb(a)), None)
    if verb is None or _is_speech(verb, lex) or _opines(verb, lex):
        return False
    return _market_subject(verb, root, lex) is not None


def personal(doc: Any | None, source: str | None) -> bool:
    """Whether a source in its sentence is a person or people by name or title ("newcomer
    Swati Dhingra", "Chief Election Commissioner Rajiv Kumar", "Some economists"): their rate
    is their own word, not a release that goes on in the sentences after."""
    if doc is None or not source:
        return False
    lex = lexicon()
    at = _text(doc).find(source)
    span = doc.char_span(at, at + len(source), alignment_mode="expand") if at >= 0 else None
    if span is None or _lemma(span.root) in lex.record_nouns:
        return False
    titled = any(t.lower_ in lex.person_titles or _lemma(t) in lex.person_titles for t in span)
    return titled or span.root.ent_type_ == "PERSON" or span.root.tag_ in ("NNS", "NNPS")


def has_speaker(doc: Any | None) -> bool:
    """Whether anyone who can speak says something in the sentence ("Mayor Ana Ruiz and four
    aides said the bridge must close"), whether or not it is a figure's word."""
    if doc is None:
        return False
    lex = lexicon()
    return _memo(
        doc,
        "factcheck.has_speaker",
        lambda: any(
            _unnamed_voice(tok, lex)
            or ((subject := _speaker(tok)) is not None and _may_speak(subject, tok, lex))
            for tok in doc
            if _says(tok, lex) or _opines(tok, lex)
        ),
    )


def publisher(doc: Any | None) -> str | None:
    """Who an article's opening sentence has speak through a work it published (frames.json
    ``publications``): "..., the National Hurricane Center said Monday in its final report",
    "a Texas House committee found in a report released on Sunday", "according to a joint
    assessment by the World Bank", "The 575-page report found", "researchers said". The
    article retells that work, so its later figures are the work's (``carry_sources``); a
    source that only speaks ("officials said", "the group said on Tuesday") is not."""
    if doc is None:
        return None
    lex = lexicon()
    for tok in doc:
        if tok.lower_ != "according":
            continue
        for obj in (o for to in tok.children for o in to.children if o.dep_ == "pobj"):
            if _lemma(obj) in lex.publications:
                return _source_text(obj)
    for tok in doc:
        # the verb that reports the sentence, not one in a clause on its words ("outstripping
        # what scientists had feared in their worst forecasts")
        if tok.dep_ != "ROOT" or not (_says(tok, lex) or _opines(tok, lex)):
            continue
        subject = _speaker(tok)
        if subject is None or subject.pos_ == "PRON" or not _may_speak(subject, tok, lex):
            continue
        through = any(  # "said in its final report", "found in a report released on Sunday"
            c.dep_ == "prep"
            and c.lower_ == "in"
            and any(o.dep_ == "pobj" and _lemma(o) in lex.publications for o in c.children)
            for c in tok.children
        )
        if through or _lemma(subject) in lex.publications | lex.authors:
            return _source_text(subject)
    return None


def _unnamed_voice(verb: Any, lex: Lexicon) -> bool:
    """A passive verb of saying or thinking with no one named ("Nearly 80 people are confirmed
    dead", "some 1 million people are thought to remain"): the outlet's word for an unnamed
    source, not the report of the sentence before. The verb reports what befell its subject
    through a complement ("dead", "to remain"), unlike "110 bodies have been claimed"."""
    deps = {c.dep_ for c in verb.children}
    return "auxpass" in deps and bool(deps & _REPORTED) and _active_subject(verb) is None


# How a passive verb of saying gives what it reports of its subject: "are confirmed dead",
# "are thought to remain", "were reported killed".
_REPORTED = frozenset({"acomp", "xcomp", "oprd", "ccomp", "attr"})


def _reports_by_sentence(
    claims: Sequence[Claim], sentences: Sequence[tuple[int, int]] | None
) -> dict[tuple[int, int], str]:
    """The source named for an asserted figure in each (paragraph, sentence): the last one."""
    if sentences is None:
        return {}
    return {
        at: c.attribution
        for c, at in sorted(zip(claims, sentences, strict=True), key=lambda p: p[0].start)
        if c.attribution is not None and c.modality in _ASSERTED
    }


def _report_before(reports: dict[tuple[int, int], str], at: tuple[int, int]) -> str | None:
    """The source of the last report before a sentence in its paragraph: a sentence with no
    figure between does not end it ("Jena said 1,175 had been taken to hospitals. Work went
    on overnight. About 170 have been moved to mortuaries")."""
    paragraph, index = at
    for back in range(index - 1, -1, -1):
        if (paragraph, back) in reports:
            return reports[(paragraph, back)]
    return None


def mask_dateline(sentence: str) -> str:
    """The sentence with its dateline ("LONDON, Aug 4 (Reuters) - ") blanked out, offsets kept:
    parsed as words, the reporter's town becomes the subject of the story's first verb and its
    wire the source of every figure."""
    m = DATELINE.match(sentence)
    return " " * m.end() + sentence[m.end() :] if m else sentence


def sentence_keys(claims: Sequence[Claim], offsets: Sequence[int]) -> list[tuple[int, str]]:
    """The distinct sentences of an article's claims, as (offset, text), each parsed once."""
    return sorted({(off, c.sentence) for c, off in zip(claims, offsets, strict=True)})


def _is_window(mention: str, lex: Lexicon) -> bool:
    """ "over the past two weeks", "in recent days": a rolling span, not a calendar period
    ("last year", "last week" name one period)."""
    words = mention.lower().split()
    plural_unit = any(w.rstrip(",.").endswith(_PLURAL_UNITS) for w in words)
    return bool(set(words) & lex.window_words) and plural_unit


class _Anchor(NamedTuple):
    """A time expression of a sentence (offsets in the sentence): the days the word windows
    read, and the days once the tense of its clause has placed a yearless date."""

    start: int
    end: int
    span: DateSpan
    mention: str
    tensed: DateSpan
    back: bool = False  # counted back from the present: "a year earlier", "a month ago"
    bounded: bool = False  # two times bounding a span: "between December 8 and Thursday"


def _time_anchors(
    doc: Any,
    off: int,
    claims: Sequence[Claim],
    offsets: Sequence[int],
    published: date | None,
    lex: Lexicon,
    now: timeref.Present | None = None,
) -> list[_Anchor]:
    """Time expressions of one sentence: its dates and relative times."""
    found = [
        (c.start - o, c.end - o, c.as_of, c.mention, False, False)
        for c, o in zip(claims, offsets, strict=True)
        if o == off and c.kind == "date" and c.as_of is not None
    ]
    for ref in timeref.find_times(_text(doc), published, now=now):
        back = ref.back or ref.mention.lower().endswith("ago")
        found.append((ref.start, ref.end, ref.span, ref.mention, back, ref.grain == RANGE))
    # the bounds of a span are not times of their own: the span is
    spans = [(a, b) for a, b, *_, bounded in found if bounded]
    out = []
    for start, end, span, mention, back, bounded in found:
        if not _text(doc)[start:end].strip():
            continue  # in the dateline, blanked for the parse: it dates the filing
        if not bounded and any(a <= start and end <= b for a, b in spans):
            continue
        tensed = span
        if published is not None and timeref.yearless(_text(doc), start, end):
            tok = doc.char_span(start, end, alignment_mode="expand")
            if tok is not None:
                tensed = timeref.retense(span, published, _tense(tok.root, lex))
        out.append(_Anchor(start, end, span, mention, tensed, back, bounded))
    return out


def _tense(tok: Any, lex: Lexicon) -> str:
    """Which way a time expression's clause looks from the paper's day: "past" (a verb in the
    past or perfect: "was detected on June 10", "has risen since March"), "ahead" (foreseen
    or planned: "would peak in October", "expects ... to climb to £3,717 in October") or
    "present" (a present verb). A date inside a noun phrase follows only a past verb ("cited
    a cut to January's payroll figure"); under a perfect it is present ("have suspended
    campaigning for the June 25 election")."""
    verb = _time_governor(tok, lex)
    if not _is_verb(verb):
        return "present"
    if any(a.pos_ in ("NOUN", "PROPN") and not _numberish(a) for a in _path(tok, verb)):
        return "past" if _past(verb, perfect=False) else "present"
    if _past(verb):
        return "past"
    if modality_of(tok.doc, tok, verb, lex) in ("forecast", "conditional"):
        return "ahead"
    return "present"


def _path(tok: Any, top: Any) -> list[Any]:
    """The tokens strictly between ``tok`` and its ancestor ``top``."""
    out = []
    for anc in _ancestors(tok):
        if anc.i == top.i:
            return out
        out.append(anc)
    return []


def _past(verb: Any, *, perfect: bool = True) -> bool:
    """A verb in the past ("was", "had fled", "were killed") or, with ``perfect``, the present
    perfect ("has risen")."""
    if verb.tag_ == "VBD":
        return True
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return any(a.tag_ == "VBD" or (perfect and _lemma(a) == "have") for a in auxes)


def _own_time(
    claim: Claim,
    doc: Any,
    off: int,
    claims: Sequence[Claim],
    offsets: Sequence[int],
    published: date | None,
    lex: Lexicon,
    period: DateSpan | None = None,
    now: timeref.Present | None = None,
) -> Claim:
    """A figure holds at the time of its own clause: "the quake that struck on February 6 has
    killed 5,000" holds on the day of the report, not of the quake; "over the past two weeks"
    is the window a figure grew over, and the figure holds at its end. A statistic whose time
    was another clause's ("..., the office said Wednesday") holds for the release's period.
    A yearless date takes the year its clause's tense points to."""
    if claim.as_of is None:
        return claim
    anchors = _memo(
        doc,
        "factcheck.times",
        lambda: _time_anchors(doc, off, claims, offsets, published, lex, now),
    )
    tensed = _retensed(claim, off, anchors)
    if claim.kind == "date":  # "since 1995", "in 1958": a date long past sets the scene
        return replace(
            claim, as_of=tensed, background=claim.background or _history(tensed, published)
        )
    if claim.kind == "duration":
        return replace(claim, as_of=tensed)
    root = figure_root(doc, claim.start - off, claim.end - off)
    if root is None:
        return replace(claim, as_of=tensed)
    statistic = is_statistic(claim.kind, claim.role, period)
    path = [root, *_ancestors(root)]
    # "killing five civilians and injuring 29 on Saturday": conjoined verbs share their time
    # - unless the conjunct is a clause of its own, with its own subject ("At the time the
    # government counted 17,480 deaths; an inquiry in 2010 later put the figure at 18,373")
    chain = {t.i for t in path} | {
        c.i for t in path for c in t.children if c.dep_ == "conj" and not _has_subject(c)
    }
    # "the 52 seats it won in 2019": a clause that modifies the figure's own noun dates it
    nouns = [t for t in path[: next((k for k, t in enumerate(path) if _is_verb(t)), len(path))]]
    chain |= {c.i for t in nouns for c in t.children if c.dep_ in ("relcl", "acl")}
    own, foreign = [], []
    for anchor in anchors:
        tok = doc.char_span(anchor.start, anchor.end, alignment_mode="expand")
        if tok is None or (anchor.start < claim.end - off and claim.start - off < anchor.end):
            continue
        verb = _time_governor(tok.root, lex)
        # "higher than a year earlier", "smaller than last year's", "well below the 212 deaths
        # of the previous year": the time of what the figure is compared with; a time counted
        # back is a baseline after any preposition of comparison, another only after one that
        # compares and nothing else ("on Monday" dates, "than last year's" compares)
        preps = lex.baseline_prepositions if anchor.back else lex.comparison_prepositions
        if _baseline(tok.root, verb, root, preps):
            foreign.append(((False, 0, 0), anchor))
            continue
        # a statistic's release day ("the office said on Tuesday") is not the time it is of,
        # its period is; with no release's period the saying's day is the best word there is
        # ("said on Wednesday that it had restored power to 92%")
        release_day = statistic and period is not None and _is_speech(verb, lex)
        # "up from 17,916 on Tuesday": a figure a change is measured from keeps its own time
        scoped = _scopes_clause(anchor, doc, lex) and not (
            root.dep_ == "pobj" and root.head.lower_ in lex.baseline_prepositions
        )
        if scoped:  # "as of Nov. 28" says when the clause's counts stood: it ranks first
            mine = not release_day and any(a.i in chain for a in _ancestors(tok.root))
        else:
            # a stated range is an estimate told now ("was carrying between 400 and 750 people
            # when it went down on June 14"), as aboard (_aboard_then)
            ranged = claim.stated.low != claim.stated.high
            when = _when_of(verb, chain) and not ranged
            mine = (verb.i in chain or when) and not release_day
            mine = mine and not _other_figures(tok, root, chain | {verb.i})
        mine = mine and not _after_compared(tok, root, lex.baseline_prepositions)
        # the saying's time ranks after one in the figure's own clause: "two weeks ago the
        # bank predicted inflation would peak in October" holds in October
        said = _is_speech(verb, lex) or _lemma(verb) in lex.opinion_verbs
        # "When the Dali struck the bridge on March 26 it fell ..., taking seven workers with
        # it": a "when" clause on the figure's own verb dates it, after the clause's own time
        depth = -1 if scoped else len(path) if when else _depth(verb, path)
        (own if mine else foreign).append(((said, depth, abs(tok.root.i - root.i)), anchor))
    as_of, window = tensed, claim.window
    # a statistic whose sentence names no time of its own holds for the release's period,
    # the level it moved "from" for the period before
    release = None
    if statistic and period is not None:
        release = _previous(period) if _moved_from(root) else period
    # "the highest since 1992", "has killed 40 since March": when a count began or what a
    # level is measured against, never when the figure held
    own = [(d, a) for d, a in own if not _starts(a, doc)]
    # "killed by the February 6 earthquake": the date names the event, not the toll's time
    foreign += [(d, a) for d, a in own if _names_event(a, doc, lex)]
    own = [(d, a) for d, a in own if not _names_event(a, doc, lex)]
    if own:
        (said, depth, _), anchor = min(own, key=lambda t: t[0])
        picked = [k for k, a in own if a.span == claim.as_of]
        if anchor.bounded or _is_window(anchor.mention, lex):
            # "over the past weeks", "between December 8 and Thursday": the figure grew over
            # the span and holds at its end
            as_of, window = DateSpan.day(anchor.tensed.end), anchor.tensed
        elif (
            not picked
            or (all(k[0] for k in picked) and not said)
            or (not said and depth < min(k[1] for k in picked))
        ):
            # the word windows took another clause's time, the saying's where the figure's
            # own clause names one, or a time of a clause above the figure's own ("raised
            # rates on Thursday and said inflation would reach 13% in October")
            as_of = anchor.tensed
    elif any(a.span == claim.as_of for _, a in foreign) and published is not None:
        # the time was another clause's: the story's day (its lead's, else the paper's), or for
        # a statistic its period; not when the lead's day is that other clause's time ("the
        # earthquake that struck on February 6 has killed 5,000" in a lead)
        day = published
        if now is not None and not any(a.span == DateSpan.day(now.day) for _, a in foreign):
            day = now.day
        as_of = release or DateSpan.day(day)
    elif release is not None and not any(a.span == claim.as_of for a in anchors):
        as_of = release  # the lead's day or the paper's: no time of the figure's own
    if release is not None and period is not None and published is not None:
        as_of, window = _release_window(as_of, window, release, period, published)
    when = _when_clause_time(doc, path, anchors)
    if when is not None:
        as_of, window = when.tensed, None
    elif release is None:
        as_of, window = _so_far(claim, as_of, window, [*own, *foreign], published, now)
    as_of = _days_before(as_of, path, [a for _, a in own], doc)
    background = claim.background or _history(as_of, published)
    told = _told_later(claim, as_of, own, foreign, published, now) if own else None
    return replace(claim, as_of=as_of, window=window, background=background, told=told)


_HYPOTHETICAL = frozenset({"forecast", "conditional"})


def _so_far(
    claim: Claim,
    as_of: DateSpan | None,
    window: DateSpan | None,
    anchors: Sequence[tuple[tuple[bool, int, int], _Anchor]],
    published: date | None,
    now: timeref.Present | None,
) -> tuple[DateSpan | None, DateSpan | None]:
    """A figure told within a period still running when the paper came out holds at the
    telling, not over the whole period ("have now reached the UK ... in 2022", "more than 900
    pilgrims have died during this year's hajj", "said Albanians accounted for a third of all
    arrivals this year"): the saying's day, else the story's, else the paper's. A forecast
    ("could cross this year") is of the period, and so is a statistic's level or change ("puts
    the 2022 crop at 106.84 million tonnes", "production will drop by 3 per cent in the
    2021-22 crop year"): the period is what it measures, not a span it is told within."""
    if as_of is None or published is None or claim.modality in _HYPOTHETICAL:
        return as_of, window
    if claim.kind != "count" and claim.role in _STATISTIC_ROLES:
        return as_of, window
    if as_of.start == as_of.end or not as_of.start <= published <= as_of.end:
        return as_of, window
    sayings = [
        a.tensed
        for (said, *_), a in anchors
        if said and a.tensed.start == a.tensed.end and as_of.start <= a.tensed.end <= published
    ]
    day = now.day if now is not None and as_of.start <= now.day <= published else published
    return max(sayings, key=lambda s: s.end, default=DateSpan.day(day)), window


def _aboard_then(
    claim: Claim, doc: Any, off: int, now: timeref.Present | None, lex: Lexicon
) -> Claim:
    """Who was aboard a plane, a train or a boat is fixed on its journey: told days after
    the crash ("it carried 68 passengers, 15 of them foreign nationals, and four crew"), the
    figure holds on the incident's day, not the telling's. A hedged count or a range ("up to
    750", "between 400 and 750", "believed to have been aboard") is an estimate that moves as
    it is told, and holds then; so does what a vessel can carry ("is rated to carry 20,000")."""
    if now is None or now.incident is None or claim.as_of is None:
        return claim
    if claim.role != lex.on_board["role"] or claim.modality != "reported" or claim.approximate:
        return claim
    if claim.low != claim.high or not now.incident < claim.as_of.start <= now.day:
        return claim
    root = figure_root(doc, claim.start - off, claim.end - off)
    if root is None or _in_present(_governor(root)):
        return claim
    return replace(claim, as_of=DateSpan.day(now.incident))


def _in_present(verb: Any) -> bool:
    """A verb in the present, or a verb under one ("is rated to carry")."""
    for v in (verb, verb.head) if verb.dep_ == "xcomp" else (verb,):
        tags = [v.tag_, *(c.tag_ for c in v.children if c.dep_ in ("aux", "auxpass"))]
        if any(t in ("VBZ", "VBP") for t in tags):
            return True
    return False


def _set_before(claim: Claim, doc: Any, off: int, day: DateSpan | None, lex: Lexicon) -> Claim:
    """A figure of a past-tense clause that names no time and hangs under no verb of saying
    holds at the last day its paragraph named before it, not at the story's day: the past
    goes on narrating that day ("CNBC reported on Friday that ... Around 75 of those employees
    were on leave", "The IOM said on Thursday ... 1,320 had gone east"). Said by someone ("the
    ministry said 114 schools had been damaged") or in the present perfect ("Brazil has
    confirmed 1,000 cases") it is as of the telling, the story's day. Dev as_of 1,286 ->
    1,300 of 1,650 across six stories; the same carry into every sentence lost 20."""
    if day is None or claim.as_of is None or claim.kind in ("date", "duration"):
        return claim
    if day.end >= claim.as_of.start or _own_anchors(doc, claim, off):
        return claim
    root = figure_root(doc, claim.start - off, claim.end - off)
    if root is None or not _past(_governor(root), perfect=False):
        return claim
    if any(_is_speech(a, lex) for a in _ancestors(root)):
        return claim
    return replace(claim, as_of=day)


def _own_anchors(doc: Any, claim: Claim, off: int) -> bool:
    """Whether the figure's sentence names a time outside the figure's own words."""
    anchors = _memo(doc, "factcheck.times", lambda: [])
    return any(not (a.start < claim.end - off and claim.start - off < a.end) for a in anchors)


def _scopes_clause(anchor: _Anchor, doc: Any, lex: Lexicon) -> bool:
    """A time that says when the counts of its clause stood ("the report counts 4,352 deaths
    and 8,000 people still missing as of Nov. 28", "had confirmed 35 deaths, 20 of them in
    Mecca, as of 4 pm on June 18") dates every figure of the clause, not only the nearest."""
    tok = doc.char_span(anchor.start, anchor.end, alignment_mode="expand")
    if tok is None:
        return False
    for anc in [tok.root, *_ancestors(tok.root)]:  # "as of 4 pm on June 18"
        words = doc[max(anc.i - 1, 0) : anc.i + 1].text.lower()
        if anc.dep_ == "prep" and words in lex.scope_words:
            return True
    return False


def _when_clause_time(doc: Any, path: Sequence[Any], anchors: Sequence[_Anchor]) -> _Anchor | None:
    """The time a "when" clause holding the figure hangs on: "a year earlier, when the jobless
    rate was 3.6%", "since late October, when about 4,000 people were being held", "in
    September, when it said just over 6,000 had died". The clause says what held then, even
    where the time bounds a record or a total ("the deadliest since 1999, when ...")."""
    clause = next((t for t in path if _is_verb(t)), None)
    if clause is None or clause.dep_ not in ("relcl", "advcl"):
        return None
    when = next((c for c in clause.children if c.dep_ == "advmod" and c.lower_ == "when"), None)
    if when is None:
        return None
    head = clause.head
    for anchor in anchors:
        span = doc.char_span(anchor.start, anchor.end, alignment_mode="expand")
        if span is not None and span.start <= head.i < span.end:
            return anchor
    # the parse often hangs the clause on the main verb: the time right before "when" is its
    text = _text(doc)
    return next((a for a in anchors if not text[a.end : when.idx].strip(" ,")), None)


def _depth(verb: Any, path: Sequence[Any]) -> int:
    """How far above the figure the clause of a time is: the place of its verb (or, for a
    conjoined or modifying clause, of the token it hangs on) on the figure's path up."""
    for tok in (verb, verb.head):
        for k, t in enumerate(path):
            if t.i == tok.i:
                return k
    return len(path)


def _after_compared(time: Any, root: Any, preps: frozenset[str]) -> bool:
    """A time written right after a figure this one is compared with dates that figure, though
    the parse hangs it on the verb: "39 repolls were needed this time against 540 in 2019",
    "at 19.1 percent after 19.2 percent in March", "grown to 96.88 crore from 91.20 crore
    five years ago". ``preps`` are the prepositions of a comparison."""
    head = time.root.head  # "in 2019": the time's own preposition is part of it
    start = min(time.start, head.i) if time.root.dep_ == "pobj" else time.start
    if start == 0:
        return False
    prev = time.doc[start - 1]
    for anc in [prev, *_ancestors(prev)]:
        if anc.right_edge.i != prev.i:
            return False
        if anc.dep_ == "prep" and anc.lower_ in preps:
            # the figure comes first, the one compared with it between it and the time
            numbers = [t for t in anc.subtree if t.like_num]
            return root.i < anc.left_edge.i and any(_comparable(root, t) for t in numbers)
    return False


def _comparable(root: Any, other: Any) -> bool:
    """Whether a figure after "from" or "against" can be the one this figure is compared
    with: not when each counts a thing of its own and the things differ ("picked up 394
    people from 11 boats on Tuesday" says where the people came from)."""
    mine, theirs = _counted_noun(root), _counted_noun(other)
    return mine is None or theirs is None or _lemma(mine) == _lemma(theirs)


def _counted_noun(tok: Any) -> Any | None:
    """The noun a number counts ("394 people": people), if the parse gives it one."""
    if tok.dep_ == "nummod" and tok.head.pos_ in ("NOUN", "PROPN"):
        return tok.head
    if tok.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "nummod" for c in tok.children):
        return tok
    return None


def _told_later(
    claim: Claim,
    as_of: DateSpan | None,
    own: Sequence[tuple[tuple[bool, int, int], _Anchor]],
    foreign: Sequence[tuple[tuple[bool, int, int], _Anchor]],
    published: date | None,
    now: timeref.Present | None,
) -> DateSpan | None:
    """When a toll dated by its event ("were killed on Tuesday") was told, if later: the
    saying's day, else the story's, else the paper's. The figure holds for its day, as the dev
    gold dates it; the telling orders reports of one incident: judged FA-KES pairs call "at
    least 58 killed on Tuesday" and Thursday's "some 80" killed that Tuesday an update (the
    toll rose as it was counted), not a conflict."""
    if as_of is None or claim.kind != "count":
        return None
    if keys.role_class(claim.role) not in revision_lexicon().tally_roles:
        return None
    event = [a for (said, *_), a in own if not said and a.tensed == as_of]
    if not event:
        return None  # the figure's time is a saying's or a window's, already the telling
    sayings = [a.tensed for (said, *_), a in [*own, *foreign] if said]
    told = max(sayings, key=lambda s: s.end, default=None)
    if told is None:  # the story's day, else the paper's: a lead dated by the event itself
        # ("58 people were killed on Tuesday ...") makes the story's day the event's
        days = [d for d in (now.day if now is not None else None, published) if d is not None]
        told = next((DateSpan.day(d) for d in days if d > as_of.end), None)
    if told is None or told.start <= as_of.end:
        return None
    return told


# A figure of a time this long before the paper is a setting figure (a previous election's
# result, a record from decades back), not news: dev gold holds news figures up to 389 days
# old (year-on-year comparisons of statistics) and setting figures from 926 days old.
_HISTORY_DAYS = 730


def _release_window(
    as_of: DateSpan | None,
    window: DateSpan | None,
    release: DateSpan,
    period: DateSpan,
    published: date,
) -> tuple[DateSpan | None, DateSpan | None]:
    """A span up to the paper's day in a statistics release ("gas prices rose 130% over the
    past year", in a report on October) runs up to the release's period, and the figure holds
    for that period: the release counts to its period's end, not to the day it came out."""
    span = window if window is not None else as_of
    if span is None or span.end != published or span.start == span.end:
        return as_of, window
    lag = published - period.end
    return release, DateSpan(span.start - lag, period.end)


def _names_event(anchor: _Anchor, doc: Any, lex: Lexicon) -> bool:
    """A date that names an event inside its noun phrase ("killed by the February 6
    earthquake", "Monday's quake", "the June 25 election"), not when a figure held; a
    statistic's measure is dated so ("May's gain", "October's high") and holds then."""
    tok = doc.char_span(anchor.start, anchor.end, alignment_mode="expand")
    if tok is None:
        return False
    root = tok.root
    return root.dep_ in ("compound", "nmod", "poss", "amod") and (
        _lemma(root.head) in lex.event_nouns
    )


def _baseline(tok: Any, verb: Any, figure: Any, preps: frozenset[str]) -> bool:
    """A time counted back that a change is measured against ("3.9% higher than a year
    earlier", "up 4% from a year ago", "16.4 per cent on a year earlier"): the baseline's
    time, not the figure's, unless the figure is that baseline ("up from 3,252 the previous
    afternoon"). ``preps`` are the prepositions of a comparison."""
    mine = {a.i for a in _ancestors(figure)}
    return any(a.dep_ == "prep" and a.lower_ in preps and a.i not in mine for a in _path(tok, verb))


def _has_subject(verb: Any) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _starts(anchor: _Anchor, doc: Any) -> bool:
    """A time a total runs from or a record is measured against ("since 1992"); not one that
    points back to the day told before, which says when the total stood ("had recorded 22
    deaths since December at that point")."""
    if anchor.mention.lower().startswith("since"):
        return True
    return not timeref.ANAPHORIC_RE.fullmatch(anchor.mention) and timeref.starts_total(
        _text(doc), anchor.start
    )


def _history(as_of: DateSpan | None, published: date | None) -> bool:
    """Whether a figure's time ended long before the paper ("303 seats in 2019", in 2024)."""
    if as_of is None or published is None:
        return False
    return (published - as_of.end).days > _HISTORY_DAYS


def _other_figures(time: Any, root: Any, chain: set[int]) -> bool:
    """A time expression (a span) hangs under another figure, or its preposition, before it
    reaches this one's clause: "rising to 10.1% from 9.4% in June" dates 9.4%, not 10.1%."""
    mine = {t.i for t in time} | {root.i}
    for anc in _ancestors(time.root):
        if anc.i in chain:
            return False
        objects = [c for c in anc.children if c.dep_ == "pobj"] if anc.dep_ == "prep" else [anc]
        if any(o.i not in mine and (o.like_num or _lemma(o) in _NUMBER_NOUNS) for o in objects):
            return True
    return False


def _moved_from(root: Any) -> bool:
    """The figure is where a change started: "slowed to 6.3% from 6.5%"."""
    head = root.head
    return root.dep_ == "pobj" and head.lower_ == "from" and _is_verb(head.head)


def _previous(period: DateSpan) -> DateSpan:
    """The reference period before this one, of the same length in months."""
    months = round(((period.end - period.start).days + 1) / 30.44)
    start = timeref.shift_months(period.start, -months)
    return DateSpan(start, period.start - timedelta(days=1))


def _retensed(claim: Claim, off: int, anchors: Sequence[_Anchor]) -> DateSpan | None:
    """The claim's time with its year placed by the tense of the time expression it came
    from (the nearest one that reads the same days, its own words first)."""
    same = [a for a in anchors if a.span == claim.as_of]
    if not same:
        return claim.as_of
    at = claim.start - off
    return min(same, key=lambda a: abs(a.start - at)).tensed


def duration_counted(unit: str | None) -> str | None:
    """What a duration counts: its unit ("72 hours" counts hours, "a nine-month battle"
    months); weeks are counted in days and decades in years, as news compares them."""
    if not unit:
        return None
    word = unit.lower()
    word = word[:-3] + "y" if word.endswith("ies") else word.rstrip("s")
    counted = lexicon().duration_units.get(word, word)
    return counted if counted.endswith("s") else f"{counted}s"


def quantity_counted(unit: str | None, subject: str | None) -> str | None:
    """What a quantity in a unit counts where the text names no thing but the unit: the unit
    as written ("1.9 million b/d", which the parser splits, counts b/d, not "b"), or its name
    where that is an abbreviation ("106.84 mt" counts tonnes, "47C" temperature); a thing
    named stays."""
    written = (unit or "").lower()
    if not written:
        return subject
    if subject is not None and subject[:1].isdigit():
        subject = None  # "46.5C" read by a word window as its own noun: no thing named
    pieces = {written, *re.split(r"[/\s]+", written)}
    if subject is not None and subject.lower() not in pieces:
        return subject  # "111.32 million tonnes of wheat", "22.5 million cubic metres"
    if written.removesuffix("s") in _TIME_UNITS:
        return duration_counted(written)  # "a 41-year-old man": years
    return lexicon().quantity_units.get(written, written)


def _signed(claim: Claim, falling: bool) -> dict[str, float | None]:
    """A fall's value, low and high negated (the interval flips): nothing if it rose."""
    if not falling or claim.value is None or claim.low is None or claim.high is None:
        return {}
    if claim.low < 0:
        return {}  # "minus 2%" is signed already
    return {"value": -claim.value, "low": -claim.high, "high": -claim.low}


def distance_counted(unit: str | None) -> str | None:
    """What a distance counts: its unit, one spelling of it ("80km" and "80 kilometers" both
    count kilometres, "47 nautical miles" nautical miles), never the place it is measured to."""
    if not unit:
        return None
    word = unit.lower()
    names = lexicon().distance_units
    singular = word[:-2] if word.endswith("es") and word[:-2] in names else word.rstrip("s")
    return names.get(word) or names.get(singular) or f"{singular}s"


def _of_people(role: str | None, subject: str | None) -> str | None:
    """Taking or holding people is arresting them ("eight are being held at the police
    station"), not taking or holding ground; only people arrive ("2,800 people reached the
    site", not "doses that should reach people")."""
    lex = lexicon()
    if (role not in lex.people_roles and role not in lex.people_only) or not subject:
        return role
    word = subject.lower().split()[-1]
    if word in lex.container_nouns:
        return role  # "a total of 45,728 people crossed", "the number reaching England": a count
    people = word in lex.people_nouns or (word.endswith("s") and word[:-1] in lex.people_nouns)
    if role in lex.people_only:
        # "2,156 Albanians arrived": people by nation; "arrived in 14 boats": with their people
        named = word.endswith(lex.nation_endings)
        boats = word in lex.vessels or word.rstrip("s") in lex.vessels
        return role if people or named or boats else None  # "doses that should reach people": none
    held = lex.held_things.get(word) or lex.held_things.get(word[:-1])
    if held:
        return held  # "the 303 (seats) it took five years ago": seats won, no ground
    return lex.people_roles[role] if people else role


def _of_ground(kind: str, role: str | None, subject: str | None, lex: Lexicon) -> str | None:
    """Only ground is captured or controlled ("captured 30 villages"); a count of anything
    else taken or held is not ("its reservoir held 22.5 million cubic metres of water")."""
    ground = lex.ground
    if role not in ground["roles"] or kind not in ground["kinds"] or not subject:
        return role
    words = subject.lower().split()
    word = words[-1] if words else ""
    forms = {word, word.removesuffix("s"), word[:-3] + "y" if word.endswith("ies") else word}
    return role if forms & ground["nouns"] else None


def _measured(claim: Claim, lex: Lexicon) -> bool:
    """A length, a span of time, an area or a temperature: nothing that can die or flee."""
    group = lex.measured_not_people
    return claim.kind in group["kinds"] or (claim.unit or "") in group["units"]


def _stock(claim: Claim, lex: Lexicon) -> bool:
    """A quantity of output, stock or flow ("106.41 million tonnes", "526,000 bpd"): a level
    or a change of what it measures, never funds, ground or people."""
    return claim.kind == "other" and (claim.unit or "") in lex.stocks["units"]


def _sizes_a_thing(claim: Claim, f: Frame, role: str | None, lex: Lexicon) -> bool:
    """A weight written before its noun ("a 106,000-ton ship") or that a thing weighs: the size
    of one thing, no level or change of what a statistic tracks ("weighing a cut of more than
    1 million barrels" still counts the cut)."""
    if re.search(r"\d-[a-z]", claim.mention.lower()) is not None:
        return True
    return role != "change" and (f.predicate or "") in lex.stocks["size_verbs"]


def merge(claim: Claim, f: Frame, default_place: str | None = None) -> Claim:
    """The parse's reading wins where it found something; the word-window reading stays where
    it did not. Places come from the parse alone: word windows took organisations, speech
    verbs' places and datelines for the place of a figure."""
    lex = lexicon()
    inherits = not f.unplaced and default_place not in f.place_vetoed
    place = f.place or (default_place if inherits else None)
    timed = claim.kind in ("date", "duration")
    # a share or a sum with no noun of its own is what the verb moved ("inflation rose to 10%")
    stat = claim.kind in ("percent", "money") and f.theme_counted
    own_role = f.direct or (stat and f.role is not None)
    # a count's bare "level" only says a verb like "be" or "reach" governs it: no role; a
    # share's or a sum's says it is a level, even of a thing named elsewhere ("it stood at 10%")
    stock = _stock(claim, lex)
    share = claim.kind in ("percent", "money") or stock
    parsed = None if not share and f.role == "level" and not f.direct else f.role
    # the parse's reading of a noun, a complement or a statistic beats a word window's nearest
    # role word ("the death toll at 7,108 ... 49,910 people had been injured" is no injury)
    read = (claim.role or parsed) if f.verb_role else (parsed or claim.role)
    role = claim.role if timed else (f.role if own_role else read)
    # the noun the figure itself counts ("62 per cent of eligible voters") beats a word window
    own_noun = f.noun_counted or stat
    subject = claim.subject if timed else (f.counted if own_noun else claim.subject or f.counted)
    if claim.kind == "count" and (f.theme_named or f.theme_contained):
        # "expected the toll to climb to 10,000": people, not a word nearby; "the number of
        # Tunisian pilgrims who died had risen from 49 to 53": pilgrims
        subject = f.counted
    if claim.kind == "count" and f.theme_counted and _stands_in(f.counted or "", _stand_ins(lex)):
        # "the ministry's figure has stayed at 1,414", "bringing the total to 50,325": a count
        # of a stand-in counts what it stood for, named before (``antecedents``)
        subject = f.counted
    if stat and (f.theme_place or f.theme_person):
        # "followed by Patiala at 23%", "Lula held steady at 49%": the share of the thing
        # named before, held by a place or a person
        subject = None
    if claim.kind == "count" and f.theme_holder and f.role in (None, *_STATISTIC_ROLES):
        # "the BJP dropped to 33", "health care added 45,000": a count's subject that names
        # someone, or does what the verb does to the figure, holds or adds the thing counted,
        # named elsewhere (unlike "the toll stood at 41", "payrolls rose by 206,000")
        subject = None
    if claim.kind == "money" and f.sum_of is not None and not (stat and f.role == "level"):
        # "$209 billion in total assets", "goods worth $28 billion"; a sum a verb brings to a
        # level prices what it moves ("Brent rose $1.84 to $87.41 in Asian trade")
        subject = f.sum_of
    if claim.kind == "money" and subject and _sum_named(subject, claim.unit, lex):
        subject = currency_name(claim.unit or "") or subject  # "damage of $1.65 billion"
    if claim.kind == "duration":
        subject = duration_counted(claim.stated.unit)
    if claim.kind == "distance":
        subject = distance_counted(claim.stated.unit)
    if claim.kind == "other":
        subject = quantity_counted(claim.stated.unit, subject)
    holder = claim.holder
    # a share "held" outside a war is no territory: the parse's role says what it is
    territory = claim.subject == "territory" and role in _TERRITORY_ROLES
    if territory and f.unnamed and (f.counted is None or f.theme_place):
        # "Bolsonaro took 43.2%", "he won 72.12%": a share taken of no ground named is no
        # ground (every dev share of territory names it: "held 65 percent of Bakhmut", "of
        # the east bank"); it shares what was counted before ("48.43% of valid votes")
        territory, role = False, None
    if claim.subject == "territory":  # "80 percent of Mosul", "of the east bank": its ground
        subject, holder = ("territory", holder) if territory else (f.counted, None)
    else:
        role = _of_ground(claim.kind, _of_people(role, subject), subject, lex)
    if claim.kind == "percent" and f.scored and not f.noun_counted and not territory:
        # "leads Bolsonaro by 49% to 45%", "the split was 53% to 47%": one side's share of
        # the thing counted before, neither a move nor what the words around it name
        subject, holder = None, None
        role = role if f.direct else None
    if claim.kind == "money" and role in lex.paid_to_people["roles"]:
        role = lex.paid_to_people["role"]  # "Rs 1 lakh for those seriously hurt"
    burned = lex.burned_areas
    harmed = role in burned["roles"] or (f.predicate or "") in burned["predicates"]
    if harmed and (claim.unit or "") in burned["units"]:
        role = burned["role"]  # "the blaze burned 2,170 acres"
    elif role in lex.measured_not_people["roles"] and _measured(claim, lex):
        role = lex.measured_not_people["role"]  # "a 30-metre boat", "flew 2.5 km"
    if stock and _sizes_a_thing(claim, f, role, lex):
        role = None  # "a 200-ton piece of the span", "weighs about 224,000 tons"
    elif stock and role not in lex.stocks["roles"]:
        role = "change" if f.falling else lex.stocks["role"]  # "a loss of 6.61 quintals"
    elif claim.kind not in ("money", "percent") and role == lex.priced["role"]:
        role = "change" if f.falling else None  # "784 job losses"; "for nine counties"
    kind, unit = claim.kind, claim.unit
    if f.margin and kind in ("count", "percent") and (kind == "percent" or not f.direct):
        # "a lead of about 14 points", "Lula's lead was five points, with 44% for Bolsonaro":
        # percentage points between two sides' shares of the thing counted before
        kind, unit, subject, holder, territory = "percent", "%", None, None, False
        role = role if f.direct and claim.kind == "percent" else None
    measure = claim.measure
    moved = (kind, role, subject, place) != (claim.kind, claim.role, claim.subject, claim.place)
    if not territory and moved:
        measure = measure_of(kind, subject, role, place, holder, claim.event)
    return replace(
        claim,
        kind=kind,
        unit=unit,
        # a count that kept a role of its own ("lost 200 men": dead) is no fall of a statistic
        **_signed(claim, f.falling and not timed and (role in (None, "change") or share)),
        role=role if not territory else claim.role,
        subject=subject,
        holder=holder,
        place=place,
        attribution=f.attribution or claim.attribution,
        # "not released even 11 days after", "not until late 2024": the time of an event said
        # not to happen by then is still a time
        modality="reported" if timed and f.modality == "negated" else f.modality,
        background=f.background,
        predicate=f.predicate,
        measure=measure,
    )
