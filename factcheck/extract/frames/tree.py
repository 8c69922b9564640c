"""Parse-tree helpers every field shares: lemmas, ancestors, verbs of saying, the figure's
root and noun, and per-sentence memos.

They sit below the field modules so that no field imports another to walk the tree.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Hashable, Iterator
from typing import Any, TypeVar

from factcheck.extract.frames.base import _DATA, Lexicon, lexicon
from factcheck.extract.numbers import quantity_words, scaled_number

T = TypeVar("T")
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "who", "which", "that"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
_ORDINAL_RE = re.compile(r"\d+(?:st|nd|rd|th)$", re.IGNORECASE)
# words of how much, not of what: "crore", "half", "pounds", "km" (numbers.json), and "score"
_NUMBER_NOUNS = (
    quantity_words()
    | {"score"}
    | frozenset(json.loads(_DATA.read_text(encoding="utf-8"))["change_units"]["words"])
)
_RELATIVES = frozenset({"who", "whom", "which", "that"})
_PLURAL_UNITS = ("hours", "days", "weeks", "months", "years")
# How far up the tree a figure's own verb is looked for: a count sits at most a noun, a
# preposition and a conjunct below its verb ("the toll [from the quake] rose to 41").
_MAX_HOPS = 5
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
        if c.dep_ == "prt"
        or (c.dep_ in ("prep", "advmod") and c.lower_ in particles and not _out_of_figure(c))
    ]
    return f"{_lemma(verb)} {prt[0].lower_}" if prt else _lemma(verb)


def _out_of_figure(prep: Any) -> bool:
    """ "out of 12,747 people", "out of 20 that were affected": a whole a part is taken from,
    no particle ("2,156 Albanians arrived by small boat ..., out of 12,747 people in total" is
    arriving, not "arrive out")."""
    return any(
        g.dep_ == "pobj" and (_numberish(g) or _counts_noun(g))
        for c in prep.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
    )


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


# How a clause that only names who speaks hangs beside the clause it reports ("..., he
# admitted"), as the source module reads it.
_BESIDE_CLAUSE = frozenset({"parataxis", "conj"})


def _reads_as_saying(tok: Any, lex: Lexicon) -> bool:
    """A verb of saying by its lemma, whatever it governs: its subject is a source. "Put" and
    its kin say something only as estimates: "the monitor put the toll at 56"."""
    if not _is_verb(tok):
        return False
    if _lemma(tok) in lex.estimate_verbs:
        return any(c.dep_ == "prep" and c.lower_ == "at" for c in tok.children)
    if _lemma(tok) in lex.clause_speech_verbs:
        # "the briefing heard that ...", "..., an adviser admitted": saying only with a clause
        # or beside one, never with an object alone ("residents heard 40 explosions")
        if any(c.dep_ == "ccomp" for c in tok.children):
            return True
        return tok.dep_ in _BESIDE_CLAUSE and not any(c.dep_ == "dobj" for c in tok.children)
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
        # "around £30m.": a scale that ends a sentence keeps its full stop as a token
        or scaled_number(tok.text.rstrip("."), before)
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


def _governor(tok: Any) -> Any:
    """The nearest verb above a token (or the sentence root)."""
    for anc in _ancestors(tok):
        if _is_verb(anc):
            return anc
    return _sentence(tok).root


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


def _conjuncts(tok: Any) -> list[Any]:
    """A token and everything coordinated with it ("England, Scotland and Wales")."""
    out = [tok]
    for child in tok.children:
        if child.dep_ == "conj":
            out.extend(_conjuncts(child))
    return out


def _is_place(tok: Any, lex: Lexicon) -> bool:
    if tok.ent_type_ in lex.place_labels:
        return True
    hits = _memo(tok.doc, "factcheck.gazetteer", lambda: _gazetteer_hits(tok.doc))
    return any(span.root.i == tok.i for _, _, _, span in hits)


# The clause that describes a figure's own noun says who gave it ("the 144,500 that the IOM
# reported", "a figure of nine given by the minister", "the 114,000 first reported").
_DESCRIBED = frozenset({"relcl", "acl"})


def _subject(verb: Any) -> Any | None:
    subs = [c for c in verb.children if c.dep_ in _SUBJECTS]
    return subs[0] if subs else None


def _holds(tok: Any, figure: Any) -> bool:
    return tok.left_edge.i <= figure.i <= tok.right_edge.i


def _is_territory(tok: Any, lex: Lexicon) -> bool:
    """A country or region by name ("Brazil has confirmed ..."): a town's name is too often
    a body's too ("the White House said")."""
    if tok.ent_type_ in lex.place_labels:
        return True
    hits = _memo(tok.doc, "factcheck.gazetteer", lambda: _gazetteer_hits(tok.doc))
    return any(span.root.i == tok.i and place.kind != "town" for _, _, place, span in hits)
