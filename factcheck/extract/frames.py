"""The frame of a figure read from a dependency parse: what is counted, what happened to it,
where, on whose word, and whether it is asserted at all.

Word windows cannot tell "Paris" in "told reporters in Paris" from the place of the count, or
"would hold 70 percent" from a report; the parse can: a place belongs to the verb it hangs off,
a modal to the clause it sits in. Word lists live in ``frames.json``; this module only walks the
tree. A sentence the parser cannot read keeps its word-window reading (``Frame`` is ``None``).
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from factcheck.extract import timeref
from factcheck.extract.meaning import measure_of
from factcheck.model import Claim, DateSpan

T = TypeVar("T")
_DATA = Path(__file__).with_name("frames.json")
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "who", "which", "that"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
_NUMBER_NOUNS = frozenset(
    {"dozen", "score", "hundred", "thousand", "million", "billion", "percent", "%", "per", "cent"}
)
_PLURAL_UNITS = ("hours", "days", "weeks", "months", "years")
_TERRITORY_ROLES = frozenset({"captured", "controlled", "lost", "remaining", "trapped"})
_CLAUSES = frozenset({"ccomp", "advcl", "relcl", "parataxis"})
# How a foreseen figure hangs off "expected", "projected": as its object, or as the small
# model often parses "12%" after a verb, a noun-phrase adverbial
_FORESEEN = frozenset({"dobj", "npadvmod"})
# A wire dateline: a town in capitals, maybe its country or a date, maybe the wire, a dash.
DATELINE = re.compile(
    r"\s*[A-Z][A-Z'.\- ]*[A-Z.](?:,[^()\n\u2014\u2013-]{1,40}?)?\s*(?:\([^()\n]{1,40}\))?"
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
    # the role is the counted noun's own ("240 seats", "41 deaths"), and the noun is the one the
    # number modifies: both then outrank the word-window reading
    direct: bool = False
    noun_counted: bool = False
    # no noun of its own: what is counted is what the governing verb moves ("inflation rose to
    # 10.1%"), which outranks the word-window reading for shares and sums
    theme_counted: bool = False
    place: str | None = None
    place_vetoed: frozenset[str] = frozenset()
    attribution: str | None = None
    modality: str = "reported"
    background: bool = False


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
    opinion_verbs: frozenset[str]
    duration_units: dict[str, str]
    counted_as: dict[str, str]
    speech_verbs: frozenset[str]
    estimate_verbs: frozenset[str]
    count_verbs: frozenset[str]
    modality: dict[str, str]
    forecast_nouns: frozenset[str]
    background_predicates: frozenset[str]
    background_nouns: frozenset[str]
    background_subjects: frozenset[str]
    place_labels: frozenset[str]
    source_labels: frozenset[str]
    window_words: frozenset[str]
    place_qualifiers: frozenset[str]
    particles: frozenset[str]
    people_roles: frozenset[str]
    world_place: str
    world_words: frozenset[str]
    world_phrases: tuple[str, ...]
    world_nouns: frozenset[str]
    anaphors: frozenset[str]
    source_nouns: frozenset[str]
    on_board: dict[str, Any]
    measure_heads: frozenset[str]


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
        opinion_verbs=frozenset(d["opinion_verbs"]),
        duration_units=d["duration_units"],
        counted_as=d["counted_as"],
        speech_verbs=frozenset(d["speech_verbs"]),
        estimate_verbs=frozenset(d["estimate_verbs"]),
        count_verbs=frozenset(d["count_verbs"]),
        modality=_invert(d["modality"]),
        forecast_nouns=frozenset(d["forecast_nouns"]),
        background_predicates=frozenset(d["background"]["predicates"]),
        background_nouns=frozenset(d["background"]["nouns"]),
        background_subjects=frozenset(d["background"]["subjects"]),
        place_labels=frozenset(d["place_labels"]),
        source_labels=frozenset(d["source_labels"]),
        window_words=frozenset(d["window_words"]),
        place_qualifiers=frozenset(d["place_qualifiers"]),
        particles=frozenset(d["particles"]),
        people_roles=frozenset(d["people_roles"]),
        world_place=d["world_scope"]["place"],
        world_words=frozenset(d["world_scope"]["words"]),
        world_phrases=tuple(d["world_scope"]["phrases"]),
        world_nouns=frozenset(d["world_scope"]["nouns"]),
        anaphors=frozenset(d["anaphors"]["words"]),
        source_nouns=frozenset(d["source_nouns"]["words"]),
        on_board={k: v if k == "role" else frozenset(v) for k, v in d["on_board"].items()},
        measure_heads=frozenset(d["measure_heads"]["words"]),
    )


# ---------------------------------------------------------------------------------------------
# Tree helpers
# ---------------------------------------------------------------------------------------------


def _lemma(tok: Any) -> str:
    return tok.lemma_.lower()


def _phrase(verb: Any) -> str:
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
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "prep")):
        found = lex.predicates.get(f"{_lemma(verb)} {_lemma(obj)}")  # "voted for" is a vote
        if found:
            return found
    return lex.predicates.get(_phrase(verb))


def _is_verb(tok: Any) -> bool:
    return tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("aux", "auxpass")


def _ancestors(tok: Any) -> list[Any]:
    out, cur = [], tok
    while cur.head.i != cur.i:
        cur = cur.head
        out.append(cur)
    return out


def _says(tok: Any, lex: Lexicon) -> bool:
    """A verb of saying by its lemma, whatever it governs: its subject is a source. "Put" and
    its kin say something only as estimates: "the monitor put the toll at 56"."""
    if not _is_verb(tok):
        return False
    if _lemma(tok) in lex.estimate_verbs:
        return any(c.dep_ == "prep" and c.lower_ == "at" for c in tok.children)
    return _lemma(tok) in lex.speech_verbs


def _is_speech(tok: Any, lex: Lexicon) -> bool:
    """A verb of saying used as one: it reports a clause ("said 41 died") or stands alone
    ("..., he added"); "employers added 187,000 jobs" is not speech."""
    if not _says(tok, lex):
        return False
    deps = {c.dep_ for c in tok.children}
    return bool(deps & {"ccomp", "parataxis"}) or "dobj" not in deps


def figure_root(doc: Any, start: int, end: int) -> Any | None:
    """The token that stands for the figure: the span's syntactic head."""
    toks = _overlapping(doc, start, end)
    if not toks:
        return None
    inside = {t.i for t in toks}
    heads = [t for t in toks if t.head.i not in inside or t.head.i == t.i]
    return heads[0] if heads else toks[-1]


def _numberish(tok: Any) -> bool:
    return tok.like_num or tok.pos_ == "NUM" or _lemma(tok) in _NUMBER_NOUNS


def counted_noun(root: Any) -> Any | None:
    """The noun a number counts: the noun heading the mention ("5,000 people"), what it is "of"
    ("thousands of people", "85 percent of the territory"), or the noun it modifies."""
    if root.pos_ in ("NOUN", "PROPN") and not _numberish(root):
        return root
    for child in root.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objs = [c for c in child.children if c.dep_ == "pobj" and not _numberish(c)]
            if objs:
                return objs[0]
    if root.dep_ in ("nummod", "quantmod", "compound") and root.head.pos_ in ("NOUN", "PROPN"):
        return None if _numberish(root.head) else root.head
    return None


# ---------------------------------------------------------------------------------------------
# Role: what happened to the thing counted
# ---------------------------------------------------------------------------------------------


def _noun_role(noun: Any, lex: Lexicon) -> str | None:
    """A role the noun carries itself ("deaths", "cases") or by a modifier ("death toll")."""
    own = lex.nouns.get(_lemma(noun)) or lex.adjectives.get(noun.lower_)
    if own:
        return own
    for child in noun.children:
        if child.dep_ in ("amod", "compound", "nmod"):
            found = lex.adjectives.get(child.lower_) or lex.nouns.get(_lemma(child))
            if found:
                return found
        if child.dep_ in ("relcl", "acl") and _is_verb(child):
            found = _predicate_role(child, lex)
            if found:
                return found
    return None


def _copula_role(verb: Any, lex: Lexicon) -> str | None:
    """ "were still trapped", "remain missing": the role sits in the complement."""
    for child in verb.children:
        if child.dep_ in ("acomp", "attr", "oprd", "xcomp"):
            found = lex.adjectives.get(child.lower_) or lex.predicates.get(_lemma(child))
            if found and found != "change":
                return found
    return _aboard(verb, lex)


def _aboard(verb: Any, lex: Lexicon) -> str | None:
    """ "500 people had been on board", "700 were aboard the trawler": on a vessel."""
    board = lex.on_board
    if _lemma(verb) not in board["verbs"]:
        return None
    for child in verb.children:
        if child.lower_ in board["words"] and child.dep_ in ("advmod", "prep", "prt"):
            return board["role"]
        vehicle = any(_lemma(g) in board["nouns"] for g in child.children if g.dep_ == "pobj")
        if child.dep_ == "prep" and child.lower_ in board["prepositions"] and vehicle:
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
    for _ in range(3):
        own = [c for c in verb.children if c.dep_ == "dobj" and not _holds(c, figure)]
        own += [c for c in verb.children if c.dep_ in _SUBJECTS and not _holds(c, figure)]
        if own:
            return _container_of(own[0], lex)
        if verb.dep_ not in ("xcomp", "conj", "advcl") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _holds(tok: Any, figure: Any) -> bool:
    return tok.left_edge.i <= figure.i <= tok.right_edge.i


def _container_of(noun: Any, lex: Lexicon) -> Any:
    """ "the BJP's share of the vote", "the number of people displaced": the thing inside."""
    if _lemma(noun) not in lex.container_nouns and _lemma(noun) not in lex.measure_heads:
        return noun  # "the rate of consumer price inflation" is inflation too
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        objs = [c for c in prep.children if c.dep_ == "pobj"]
        if objs:
            return objs[0]
    return noun


def _statistic_role(
    verb: Any, link: Any, figure: Any, lex: Lexicon
) -> tuple[str | None, Any | None, bool]:
    """ "inflation rose to 10.1%" is a level, "rose by 0.4%" a change; "the toll reached 41" is
    the toll's own role. ``link`` is the preposition or token joining the figure to the verb.
    The third value says the figure stands at a level ("to", "from", "at", "stood at")."""
    theme = _theme(verb, figure, lex)
    if theme is not None and theme.lower_ in _PRONOUNS:
        theme = None  # "it was 66.7%": the thing is named elsewhere
    role = _noun_role(theme, lex) if theme is not None else None
    word = link.lower_ if link is not None else ""
    if _lemma(verb) in lex.opinion_verbs and link is not None and link.dep_ in _FORESEEN:
        return None, None, True  # "economists had expected 10.7%": a level, of a thing named
    if _lemma(verb) in lex.level_verbs or word in lex.level_prepositions:  # elsewhere
        return role, theme, True  # "stood at 10.4%"
    if lex.predicates.get(_lemma(verb)) == "change" or word in lex.change_prepositions:
        return ("change" if role in (None, "level") else role), theme, False
    return None, theme, False


def role_of(root: Any, noun: Any | None, lex: Lexicon) -> tuple[str | None, Any | None, Any]:
    """(role class, the noun counted or its stand-in, the verb that governs the figure)."""
    if noun is not None:
        own = _noun_role(noun, lex)
        if own:
            return own, noun, _governor(noun)
    tok, link = noun if noun is not None else root, None
    for _ in range(_MAX_HOPS):
        head = tok.head
        if head.i == tok.i:
            break
        if tok.dep_ == "pobj":
            link = head
        if _is_verb(head):
            if _is_speech(head, lex):
                break
            state = _copula_role(head, lex)
            if state:
                return state, noun, head
            stat, theme, level = _statistic_role(
                head, link if tok.dep_ == "pobj" else tok, root, lex
            )
            if stat or (level and noun is None):
                return stat or "level", theme if noun is None else noun, head
            return _predicate_role(head, lex), noun, head
        if head.pos_ == "ADJ" and head.lower_ in lex.adjectives:
            return lex.adjectives[head.lower_], noun, _governor(head)
        if head.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("pobj", "prep", "nummod", "appos"):
            found = _noun_role(head, lex)  # "a turnout of 66%", "a death toll of 41"
            if found:
                return found, noun or head, _governor(head)
        tok = head
    return None, noun, _governor(root)


def _governor(tok: Any) -> Any:
    """The nearest verb above a token (or the sentence root)."""
    for anc in _ancestors(tok):
        if _is_verb(anc):
            return anc
    return tok.sent.root if hasattr(tok, "sent") else tok


# ---------------------------------------------------------------------------------------------
# Place, source, modality, background
# ---------------------------------------------------------------------------------------------


def _speech_ancestor(tok: Any, lex: Lexicon) -> Any | None:
    for anc in _ancestors(tok):
        if _says(anc, lex):
            return anc
    return None


def _memo(doc: Any, key: str, compute: Callable[[], T]) -> T:
    """Computed once per parsed sentence: every figure of the sentence asks the same."""
    if key not in doc.user_data:
        doc.user_data[key] = compute()
    return doc.user_data[key]


def _text(doc: Any) -> str:
    """The sentence's text: spaCy rebuilds ``doc.text`` from every token on each read."""
    return _memo(doc, "factcheck.text", lambda: doc.text)


def _overlapping(doc: Any, start: int, end: int) -> list[Any]:
    """The tokens overlapping characters ``start:end``, found by bisection (tokens are in
    order and do not overlap, so their starts and ends both rise)."""
    starts = _memo(doc, "factcheck.starts", lambda: [t.idx for t in doc])
    ends = _memo(doc, "factcheck.ends", lambda: [t.idx + len(t) for t in doc])
    return [doc[i] for i in range(bisect_right(ends, start), bisect_left(starts, end))]


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
    found = [(e.text, e.root) for e in ents if e.label_ in lex.place_labels]
    taken += [(e.start_char, e.end_char) for e in ents if e.label_ in lex.place_labels]
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


def place_of(
    doc: Any, root: Any, verb: Any, lex: Lexicon, common: frozenset[str] = frozenset()
) -> tuple[str | None, frozenset[str]]:
    """The place of the figure's own clause, and names the parse rules out (speech-verb places,
    organisations and people). Where the figure's verb names no place, the verbs it hangs
    from do, short of a verb of saying ("Britain's inflation climbed in July, rising to
    10.1%": Britain belongs to "climbed", which "rising" continues). ``common`` are names the
    article writes in lower case too ("Coast guard crews ..." opens a sentence: no place)."""
    from factcheck.places import fold

    vetoed = {e.text for e in doc.ents if e.label_ in lex.source_labels}
    candidates = _memo(doc, "factcheck.places", lambda: _place_candidates(doc, lex))
    kept = []
    for text, head in candidates:
        if fold(text) in common:
            continue
        if _speech_place(head, verb, lex):
            vetoed.add(text)
        else:
            kept.append((text, head))
    for scope in _scopes(verb, lex):
        found = [
            (abs(head.i - root.i), text)
            for text, head in kept
            if scope is None or _fronted(head) or _is_under(head, scope)
        ]
        if found:
            return min(found)[1], frozenset(vetoed)
    return None, frozenset(vetoed)


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


def _speech_place(head: Any, verb: Any, lex: Lexicon) -> bool:
    """ "told reporters in Paris": a place of the verb of saying, after it, is the speaker's;
    one opening the sentence ("In Syria, the ministry said...") scopes over what is said."""
    if verb is not None and _is_under(head, verb):
        return False
    speech = next((a for a in _ancestors(head) if _is_verb(a)), None)
    return speech is not None and _is_speech(speech, lex) and head.i > speech.i


def _fronted(tok: Any) -> bool:
    """ "In Syria, the ministry said 812 died": a place opening the sentence scopes over it."""
    first = tok.sent.start if hasattr(tok, "sent") else 0
    chain = [tok, *_ancestors(tok)]
    return any(t.dep_ == "prep" and t.i <= first + 1 for t in chain)


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
    return next((c for c in tok.children if c.dep_ == "poss"), None)


def _source_text(tok: Any) -> str | None:
    lex = lexicon()
    owner = _owner(tok, lex)
    words = [t for t in (owner or tok).subtree if not (owner is not None and t.dep_ == "case")]
    text = "".join(t.text_with_ws for t in words).strip()
    if (tok.lower_ in _PRONOUNS and not tok.text.isupper()) or not text:  # "WHO" is a source
        return None
    return text


def _counter(root: Any, lex: Lexicon) -> str | None:
    """Who counted: the active subject of a counting verb whose object holds the figure ("the
    WHO counted 18,081 cases", "the monitor gave a toll of 56") or of a verb that moves a figure
    to its value ("the Bank raised Bank Rate to 1.75%"), before any verb of saying. A place is
    where, not who ("Tripura recorded 80%")."""
    for anc in _ancestors(root):
        if not _is_verb(anc):
            continue
        if _is_speech(anc, lex):
            return None
        if _lemma(anc) not in lex.count_verbs and not _sets_figure(anc, root, lex):
            continue
        subject = next((c for c in anc.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.i < root.i and _can_count(subject, lex):
            return _source_text(subject)
    return None


def _can_count(tok: Any, lex: Lexicon) -> bool:
    """Whether a subject can be the one who counts: a name, a pronoun, or a noun of people or
    bodies that report ("officials", "the ministry"), and not a place ("Tripura recorded 80%")."""
    if _is_place(tok, lex):
        return False
    if tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ in lex.source_labels:
        return True
    return _lemma(tok) in lex.source_nouns


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


def _speaker(speech: Any) -> Any | None:
    """The subject of a verb of saying, or of the verb a participle hangs from ("the Pentagon
    offered a cautious view, saying troops had retaken 70%")."""
    subject = _active_subject(speech)
    if subject is None and speech.dep_ in ("advcl", "xcomp", "conj") and speech.head.i != speech.i:
        return _active_subject(speech.head)
    return subject


def _sets_figure(verb: Any, root: Any, lex: Lexicon) -> bool:
    """ "The Bank raised Bank Rate to 1.75%", "authorities lowered the toll to 78", "Cornwall
    Insight trimmed its estimate to £3,554": whoever moves a figure to a value states it."""
    moved = any(c.dep_ == "dobj" and not _holds(c, root) for c in verb.children)
    preps = lex.level_prepositions | lex.change_prepositions
    linked = any(c.dep_ == "prep" and c.lower_ in preps and _holds(c, root) for c in verb.children)
    return moved and linked


def _according_to(doc: Any) -> str | None:
    """ "according to X" ("according to the commission's data" is the commission's word)."""
    for tok in doc:
        if tok.lower_ != "according":
            continue
        for to in tok.children:
            objs = [c for c in to.children if c.dep_ == "pobj"]
            if objs:
                return _source_text(objs[0])
    return None


def attribution_of(doc: Any, root: Any, lex: Lexicon) -> str | None:
    """Who counted the figure, else who says or foresees it (the subject of the nearest verb of
    saying or expecting above it), else "according to X", else whose figure it is ("the
    ministry's figure has stayed at 1,414"), else the speaker of the sentence."""
    counter = _counter(root, lex)
    if counter is not None:
        return counter
    for anc in _ancestors(root):
        if _says(anc, lex) or (_is_verb(anc) and _lemma(anc) in lex.opinion_verbs):
            subject = _speaker(anc)
            if subject is not None:
                return _source_text(subject)
    found = _according_to(doc)
    if found is not None:
        return found
    for anc in _ancestors(root):
        subject = _subject(anc) if _is_verb(anc) else None
        if subject is not None and _owner(subject, lex) is not None:
            return _source_text(subject)
    for tok in doc:  # "..., the agency said": the speech verb is often the sentence root
        if _says(tok, lex) and tok.dep_ == "ROOT" and (subject := _speaker(tok)) is not None:
            return _source_text(subject)
    return None


def modality_of(doc: Any, root: Any, verb: Any, lex: Lexicon) -> str:
    """Whether the figure is asserted: modals, "expected to", "if" and negation in its own
    clause chain up to the verb of saying; "?" ends a question."""
    if _text(doc).rstrip().endswith("?"):
        return "question"
    for child in root.children:
        if child.dep_ == "amod" and "estimated" in (
            lex.modality.get(_lemma(child)),
            lex.modality.get(child.lower_),
        ):
            return "estimated"
    chain = [root, *_ancestors(root)]
    for tok in chain:
        if _is_speech(tok, lex):
            break
        if tok.pos_ == "NOUN" and _lemma(tok) in lex.forecast_nouns and tok.i != root.i:
            return "forecast"
        if not _is_verb(tok):
            continue
        for child in tok.children:
            if child.dep_ == "neg":
                return "negated"
            if child.dep_ in ("aux", "auxpass", "mark", "advmod"):
                found = lex.modality.get(_lemma(child)) or lex.modality.get(child.lower_)
                if found in ("forecast", "conditional"):
                    return found
        if (verb is None or tok.i != verb.i) and lex.modality.get(_lemma(tok)) == "forecast":
            return "forecast"
        if tok.dep_ in ("advcl",) and any(c.lower_ in ("if", "unless") for c in tok.children):
            return "conditional"
    return "reported"


def is_background(root: Any, noun: Any | None, verb: Any, role: str | None, lex: Lexicon) -> bool:
    """A setting figure: a population, a founding year, the year a war began."""
    if role == "population" or (noun is not None and _lemma(noun) in lex.background_nouns):
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
) -> Frame | None:
    """The frame of the figure at character offsets ``start:end`` of the parsed sentence;
    ``common`` are place names its article also writes in lower case (no places there)."""
    lex = lex or lexicon()
    root = figure_root(doc, start, end)
    if root is None:
        return None
    noun = counted_noun(root)
    role, counted, verb = role_of(root, noun, lex)
    direct = noun is not None and _noun_role(noun, lex) is not None
    place, vetoed = place_of(doc, root, verb, lex, common)
    if place is None and _memo(doc, "factcheck.world", lambda: _world_scope(doc, lex)):
        place = lex.world_place
    name = _counted_name(counted, lex) if counted is not None else None
    if direct and role in lex.people_roles:
        name = "people"  # "4,000 deaths", "25 wounded": people, counted by what befell them
    return Frame(
        counted=name,
        direct=direct,
        noun_counted=noun is not None and counted is not None and noun.i == counted.i,
        theme_counted=noun is None and counted is not None,
        predicate=_phrase(verb) if verb is not None and _is_verb(verb) else None,
        role=role,
        place=place,
        place_vetoed=vetoed,
        attribution=attribution_of(doc, root, lex),
        modality=modality_of(doc, root, verb, lex),
        background=is_background(root, counted, verb, role, lex),
    )


def _counted_name(noun: Any, lex: Lexicon) -> str:
    """A counted noun with its compounds ("consumer price inflation"), or what the lexicon says
    it counts ("turnout" counts voters)."""
    if _lemma(noun) in lex.counted_as:
        return lex.counted_as[_lemma(noun)]
    words = [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
    start = min([noun.i, *(c.left_edge.i for c in words)])
    # "the inflation rate" counts inflation: a measuring head gives way to a common noun
    measured = (
        _lemma(noun) in lex.measure_heads
        and bool(words)
        and words[-1].pos_ == "NOUN"
        and words[-1].text.islower()  # "Bank Rate" is a name
    )
    end = words[-1].i if measured else noun.i
    return noun.doc[start : end + 1].text.lower()


def needs_ner(doc: Any, lex: Lexicon) -> bool:
    """NER only where the gazetteer names no place and proper nouns remain unexplained: it
    costs as much as the rest of the pipeline, and the gazetteer knows most places."""
    if _memo(doc, "factcheck.gazetteer", lambda: _gazetteer_hits(doc)):
        return False
    return any(t.pos_ == "PROPN" for t in doc)


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
) -> list[Claim]:
    """Claims with their frames read from the parse of their sentences (parsed once each,
    in one batch). ``offsets[i]`` is where claim i's sentence starts in the body; a figure whose
    sentence names no place is placed in ``default_place``, the country the article is about.
    ``docs`` (by ``sentence_keys``) are parses made beforehand, in a batch across articles;
    ``common`` are place names the article also writes in lower case."""
    if docs is None:
        sentences = sentence_keys(claims, offsets)
        texts = [mask_dateline(s) for _, s in sentences]
        docs = dict(zip(sentences, parse(texts, nlp), strict=True))
    lex = lexicon()
    out = []
    for claim, off in zip(claims, offsets, strict=True):
        doc = docs[(off, claim.sentence)]
        found = None if doc is None else frame(doc, claim.start - off, claim.end - off, lex, common)
        if found is None:
            out.append(replace(claim, warnings=(*claim.warnings, "sentence not parsed")))
            continue
        merged = merge(claim, found, default_place)
        out.append(_own_time(merged, doc, off, claims, offsets, published, lex, period))
    return antecedents(out, lex)


_STATISTIC_KINDS = frozenset({"percent", "money"})
_STATISTIC_ROLES = frozenset({"level", "change"})
_ELLIPTIC_KINDS = frozenset({"count", "percent", "money", "other"})


def antecedents(claims: Sequence[Claim], lex: Lexicon) -> list[Claim]:
    """A figure with no counted noun of its own, or a pronoun for one ("825,000 of them", "the
    first phase drew 69.4% and the second 69.6%"), counts what the figure before it in the
    sentence, of the same kind, counts."""
    out = list(claims)
    last: dict[tuple[str, str, str], Claim] = {}
    for n in sorted(range(len(out)), key=lambda k: (out[k].article, out[k].start)):
        c = out[n]
        if c.kind not in _ELLIPTIC_KINDS:
            continue
        key = (c.article, c.sentence, c.kind)
        before = last.get(key)
        own = c.subject is not None and c.subject.lower() not in lex.anaphors
        if not own and before is not None:
            # a pronoun names its antecedent, so what befell it too; so does a bare number in
            # a clause of its own ("the BJP dropped to 33"), unlike one in a verbless string
            role = c.role or (before.role if c.subject or c.predicate else None)
            measure = measure_of(c.kind, before.subject, role, c.place, c.holder, c.event)
            c = out[n] = replace(c, subject=before.subject, role=role, measure=measure)
        if c.subject is not None and c.subject.lower() not in lex.anaphors:
            last[key] = c
    return out


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


def _time_anchors(
    doc: Any, off: int, claims: Sequence[Claim], offsets: Sequence[int], published: date | None
) -> list[tuple[int, int, DateSpan, str]]:
    """Time expressions of one sentence (offsets in the sentence): its dates and relative times."""
    anchors = [
        (c.start - o, c.end - o, c.as_of, c.mention)
        for c, o in zip(claims, offsets, strict=True)
        if o == off and c.kind == "date" and c.as_of is not None
    ]
    for ref in timeref.find_times(_text(doc), published):
        anchors.append((ref.start, ref.end, ref.span, ref.mention))
    return anchors


def _own_time(
    claim: Claim,
    doc: Any,
    off: int,
    claims: Sequence[Claim],
    offsets: Sequence[int],
    published: date | None,
    lex: Lexicon,
    period: DateSpan | None = None,
) -> Claim:
    """A figure holds at the time of its own clause: "the quake that struck on February 6 has
    killed 5,000" holds on the day of the report, not of the quake; "over the past two weeks"
    is the window a figure grew over, and the figure holds at its end. A statistic whose time
    was another clause's ("..., the office said Wednesday") holds for the release's period."""
    if claim.kind in ("date", "duration") or claim.as_of is None:
        return claim
    root = figure_root(doc, claim.start - off, claim.end - off)
    if root is None:
        return claim
    statistic = claim.kind in _STATISTIC_KINDS and claim.role in _STATISTIC_ROLES
    path = [root, *_ancestors(root)]
    # "killing five civilians and injuring 29 on Saturday": conjoined verbs share their time
    chain = {t.i for t in path} | {c.i for t in path for c in t.children if c.dep_ == "conj"}
    # "the 52 seats it won in 2019": a clause that modifies the figure's own noun dates it
    nouns = [t for t in path[: next((k for k, t in enumerate(path) if _is_verb(t)), len(path))]]
    chain |= {c.i for t in nouns for c in t.children if c.dep_ in ("relcl", "acl")}
    own, foreign = [], []
    anchors = _memo(
        doc, "factcheck.times", lambda: _time_anchors(doc, off, claims, offsets, published)
    )
    for start, end, span, mention in anchors:
        tok = doc.char_span(start, end, alignment_mode="expand")
        if tok is None or (start < claim.end - off and claim.start - off < end):
            continue
        verb = _governor(tok.root)
        # a statistic's release day ("the office said on Tuesday") is not the time it is of
        mine = verb.i in chain and not (statistic and _is_speech(verb, lex))
        (own if mine else foreign).append((abs(tok.root.i - root.i), span, mention))
    as_of, window = claim.as_of, claim.window
    if own:
        _, span, mention = min(own, key=lambda t: t[0])
        if span == as_of and _is_window(mention, lex):
            as_of, window = DateSpan.day(span.end), span  # "over the past two weeks"
    elif any(span == as_of for _, span, _ in foreign) and published is not None:
        # the time was another clause's: the report's day, or for a statistic its period
        as_of = period if statistic and period is not None else DateSpan.day(published)
    return replace(claim, as_of=as_of, window=window)


def duration_counted(unit: str | None) -> str | None:
    """What a duration counts: its unit ("72 hours" counts hours, "a nine-month battle"
    months); weeks are counted in days and decades in years, as news compares them."""
    if not unit:
        return None
    word = unit.lower()
    word = word[:-3] + "y" if word.endswith("ies") else word.rstrip("s")
    counted = lexicon().duration_units.get(word, word)
    return counted if counted.endswith("s") else f"{counted}s"


def merge(claim: Claim, f: Frame, default_place: str | None = None) -> Claim:
    """The parse's reading wins where it found something; the word-window reading stays where
    it did not. Places come from the parse alone: word windows took organisations, speech
    verbs' places and datelines for the place of a figure."""
    place = f.place or (default_place if default_place not in f.place_vetoed else None)
    timed = claim.kind in ("date", "duration")
    # a share or a sum with no noun of its own is what the verb moved ("inflation rose to 10%")
    stat = claim.kind in ("percent", "money") and f.theme_counted
    own_role = f.direct or (stat and f.role is not None)
    # a count's bare "level" only says a verb like "be" or "reach" governs it: no role; a
    # share's or a sum's says it is a level, even of a thing named elsewhere ("it stood at 10%")
    share = claim.kind in ("percent", "money")
    parsed = None if not share and f.role == "level" and not f.direct else f.role
    role = claim.role if timed else (f.role if own_role else claim.role or parsed)
    own_noun = (claim.kind in ("count", "other") and f.noun_counted) or stat
    subject = claim.subject if timed else (f.counted if own_noun else claim.subject or f.counted)
    if claim.kind == "duration":
        subject = duration_counted(claim.stated.unit)
    holder = claim.holder
    # a share "held" outside a war is no territory: the parse's role says what it is
    territory = claim.subject == "territory" and role in _TERRITORY_ROLES
    if claim.subject == "territory" and not territory:
        subject, holder = f.counted, None
    measure = claim.measure
    if not territory and (role, subject, place) != (claim.role, claim.subject, claim.place):
        measure = measure_of(claim.kind, subject, role, place, holder, claim.event)
    return replace(
        claim,
        role=role if not territory else claim.role,
        subject=subject,
        holder=holder,
        place=place,
        attribution=f.attribution or claim.attribution,
        modality=f.modality,
        background=f.background,
        predicate=f.predicate,
        measure=measure,
    )
