"""One figure: ``frame()`` asks each field module about a figure and assembles its ``Frame``;
``parse()`` runs the parser over the sentences frames are read from.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from factcheck.extract.frames.base import Frame, Lexicon, lexicon
from factcheck.extract.frames.counted import (
    _contained,
    _counted_name,
    _holder,
    _margin,
    _person,
    _place_holds,
    _restates_number,
    _round,
    _scored,
    _share_of,
    _side,
    _sum_of,
    _tallied,
)
from factcheck.extract.frames.modality import is_background, modality_of
from factcheck.extract.frames.place import (
    Before,
    _held_by_organisation,
    _of_the_world,
    _resident,
    _scope,
    _settled,
    _whole_of_owner,
    _world_scope,
    place_of,
    sizes_a_vehicle,
)
from factcheck.extract.frames.role import (
    _counts_series,
    _noun_role,
    _own_clause_role,
    _traded,
    fall_word,
    read_role,
)
from factcheck.extract.frames.source import (
    _owning_pronoun,
    actor_voice,
    attribution_of,
    outlet_voice,
    speaker_voice,
    speaking_pronoun,
    unheard_speakers,
)
from factcheck.extract.frames.tree import (
    _gazetteer_hits,
    _is_verb,
    _lemma,
    _memo,
    _phrase,
    _predicate_role,
    counted_noun,
    figure_root,
)


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
        and (
            _held_by_organisation(root, noun, verb, lex)
            or _traded(root, verb, lex)
            or sizes_a_vehicle(root, lex)
        ),
        sum_of=_counted_name(thing, lex) if (thing := _sum_of(root, lex)) is not None else None,
        share_of=_counted_name(part, lex) if (part := _share_of(root, lex)) is not None else None,
        restates=_restates_number(root),
        attribution=(said := attribution_of(doc, root, lex)),
        outlet_voice=outlet_voice(root, lex),
        pronoun=speaking_pronoun(root, lex) or _owning_pronoun(said),
        voice=speaker_voice(root, lex),
        unheard=unheard_speakers(doc, root, lex),
        actor=actor_voice(doc, lex),
        modality=modality_of(doc, root, verb, lex, role),
        background=is_background(root, counted, verb, role, lex),
        falling=(fell := fall_word(root, noun, verb, role, lex)) is not None,
        cost=fell in lex.falling["costs"],
    )


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
