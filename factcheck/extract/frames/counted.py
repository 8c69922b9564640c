"""What is counted beyond the noun: a sum's thing, a share's side and round, margins,
scores and restatements, and the name the counted noun is given.
"""

from __future__ import annotations

import re
from typing import Any

from factcheck.extract.frames.base import Lexicon
from factcheck.extract.frames.role import _noun_role
from factcheck.extract.frames.tree import (
    _MAX_HOPS,
    _SUBJECTS,
    _ancestors,
    _holds,
    _is_place,
    _is_verb,
    _lemma,
    _numberish,
    _phrase,
    _subject,
    _text,
)

_MODIFIERS = frozenset({"compound", "amod", "nmod"})


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


def _share_of(root: Any, lex: Lexicon) -> Any | None:
    """The common noun a share is the value "of" ("raises of 40%", "a raise of at least 30%",
    "an excess of 16%"), as "a discount of $16.5 billion" is a sum's; not a hedge ("a range
    of 3% to 5%"), a time, a record or a place."""
    if root.dep_ != "pobj" or root.head.lower_ != "of" or root.head.dep_ != "prep":
        return None
    valued = root.head.head
    no_things = lex.sum_hedges | lex.period_nouns | lex.record_nouns | lex.sessions
    no_things |= lex.measure_heads  # "a 41-year high of 11.1 per cent" names no thing
    if valued.pos_ != "NOUN" or _lemma(valued) in no_things or _is_place(valued, lex):
        return None
    return valued


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
