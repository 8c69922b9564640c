"""Modality and background: whether a figure is asserted, foreseen, estimated or polled,
and whether it is setting rather than news.
"""

from __future__ import annotations

from typing import Any

from factcheck.extract.frames.base import Lexicon
from factcheck.extract.frames.tree import (
    _RELATIVES,
    _SUBJECTS,
    _ancestors,
    _holds,
    _is_speech,
    _is_verb,
    _lemma,
    _numberish,
    _speech_ancestor,
    _subject,
    _text,
    counted_noun,
)

_ARGUMENTS = _SUBJECTS | {"dobj"}


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
