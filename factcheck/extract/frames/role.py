"""Role: what happened to the thing counted (died, injured, rose to, fell by ...).

Read from the figure's noun, the verb it hangs from and the clauses around them.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from factcheck.extract.frames.base import Lexicon
from factcheck.extract.frames.tree import (
    _DESCRIBED,
    _MAX_HOPS,
    _ORDINAL_RE,
    _PRONOUNS,
    _RELATIVES,
    _SUBJECTS,
    _ancestors,
    _conjuncts,
    _governor,
    _holds,
    _is_place,
    _is_speech,
    _is_verb,
    _lemma,
    _numberish,
    _overlapping,
    _pair_role,
    _phrase,
    _predicate_role,
    _subject,
    _text,
)
from factcheck.extract.numbers import STREAK_ORDINALS as _STREAK_ORDINALS
from factcheck.extract.numbers import measure_units, quantity_words

# How a foreseen figure hangs off "expected", "projected": as its object, or as the small
# model often parses "12%" after a verb, a noun-phrase adverbial
_FORESEEN = frozenset({"dobj", "npadvmod"})


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
    if _own_plural(noun, lex):
        return noun  # "Shares of SVB Financial collapsed 60%": the stock, not the bank
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        objs = [c for c in prep.children if c.dep_ == "pobj" and not _rate_of_place(noun, c, lex)]
        if objs:
            return objs[0]
    measured = _measured_by(noun, lex)
    return _container_of(measured, lex) if measured is not None else noun


def _own_plural(noun: Any, lex: Lexicon) -> bool:
    """A container noun whose plural names a thing of its own (lexicon ``own_plurals``):
    "shares", alone or "of" a name, are a company's stock ("Its shares rose 14%", "Shares of
    SVB Financial collapsed 60%"); "their shares of the vote" are still shares of a thing."""
    if noun.lower_ not in lex.own_plurals:
        return False
    wholes = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    return all(g.pos_ == "PROPN" for g in wholes if g.dep_ == "pobj")


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
    if link is not None and link.i == figure.i and _moved_by_share(verb, figure, lex):
        # "Shares collapsed 60%": a share a verb of happening moves its thing by is a change,
        # whatever else the verb can name ("the bridge collapsed")
        return ("change" if role in (None, "level") else role), theme, False
    if lex.predicates.get(_lemma(verb)) == "change" or word in lex.change_prepositions:
        return ("change" if role in (None, "level") else role), theme, False
    return None, theme, False


def _moved_by_share(verb: Any, figure: Any, lex: Lexicon) -> bool:
    """A bare share hung as its measure on a verb that names a happening or a fall
    ("collapsed 60%", "slid 9%"): how far the verb moved its subject, not a thing it counts
    ("60% of the homes collapsed"); a verb of neither may leave its object out ("United had
    cancelled just 1%")."""
    lemma = _lemma(verb)
    happens = lex.predicates.get(lemma) not in (None, "level") or lemma in lex.falling["verbs"]
    return (
        happens
        and figure.dep_ == "npadvmod"
        and figure.lower_ in lex.margins["shares"]
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in figure.children)
    )


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
        elif own and _lemma(noun) in lex.settled_people["words"]:
            later = _walk_role(root, noun, lex)
            if later[0] in lex.settled_people["later_roles"]:
                return later  # "64% of the population had been infected": cases
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
    elif role is None and tok.dep_ in _SUBJECTS and _still_somewhere(head, lex):
        role = persist["role"]  # "about 500 residents were still inside the zone"
    if role is None and tok.dep_ in _SUBJECTS:
        shared = _shared_subject_role(head, lex)
        if shared:
            return shared, noun, head, False
    # a verb with its object ("lost their lives") or with the figure itself as its subject ("and
    # 505 have been wounded", not "the fate of 200 soldiers remained unknown") says more than a
    # word beside the figure
    subject = tok.dep_ in _SUBJECTS and tok.i in (root.i, (noun or root).i)
    return role, noun, head, _pair_role(head, lex) is None and not subject


def _still_somewhere(verb: Any, lex: Lexicon) -> bool:
    """ "were still in Bakhmut", "was still there": being, with an adverb of persistence, in a
    place (lexicon ``persisting``)."""
    persist = lex.persisting
    if _lemma(verb) not in persist["verbs"]:
        return False
    words = {c.lower_ for c in verb.children if c.dep_ in ("advmod", "prep")}
    return bool(words & persist["words"]) and bool(words & persist["places"])


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


def _own_clause_role(tok: Any, lex: Lexicon) -> str | None:
    """What the clause describing a figure's own noun says befell it ("20 that were
    affected"), if it says anything."""
    for child in (c for c in tok.children if c.dep_ in _DESCRIBED and _is_verb(c)):
        found = _clause_role(child, lex)
        if found:
            return found
    return _noun_role(tok, lex) if tok.pos_ in ("NOUN", "PROPN") else None


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


def _ordinal(tok: Any) -> bool:
    """ "sixth", "12th": an adjective that ranks, never a cardinal count."""
    return tok.tag_ == "JJ" and (
        tok.lower_ in _STREAK_ORDINALS or bool(_ORDINAL_RE.match(tok.text))
    )


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


def fall_word(
    root: Any, noun: Any | None, verb: Any | None, role: str | None, lex: Lexicon
) -> str | None:
    """The word that makes the figure a fall, so its value is negative (gold convention: a
    change is signed, "contracted by 0.2%" is -0.2%), lower case: its adjective, its head
    noun's or its verb's lemma, or the comparative it measures; None if it is no fall. A level
    that fell ("fell to 9.9%") stays positive: only a change's own verb, or the figure's own
    noun or adjective, signs it. Which word it is tells a sum lost ("losses of $5.4 billion")
    from a level that fell."""
    own = noun if noun is not None else root
    for c in own.children:
        if c.dep_ == "amod" and root.i < c.i < own.i and c.lower_ in lex.falling["adjectives"]:
            return c.lower_  # "818,000 fewer jobs"; not "36.6%, a little lower", "no fewer than"
    head = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else root.head
    if head.i != root.i and head.pos_ == "NOUN" and _lemma(head) in lex.falling["nouns"]:
        return _lemma(head)  # "a 0.3% contraction", "a loss of 10,000"
    if _difference(root, lex) and _below(root, lex):
        return "below"  # "5.7 per cent lower", "44% less", "down 9%"
    named = _size_of_fall(own, lex)
    if named is not None:
        return named  # "the real reduction would be 1 million bpd", "put the cut at 710,000"
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
    if changed and verb is not None and _is_verb(verb) and amount and _went_down(verb, lex):
        return _lemma(verb)
    return None


def _size_of_fall(own: Any, lex: Lexicon) -> str | None:
    """The lemma of a fall noun whose size the figure is said to be: the figure is what a
    copula says of it ("the real reduction would be between 1 million and 1.1 million bpd",
    "Iraq's share of the cut is 220,000 bpd") or where a verb puts it ("put the decline at
    710,000 bpd", "estimated the Saudi reduction at about 500,000 bpd")."""
    top = own
    while top.dep_ in ("nummod", "quantmod", "compound") and top.head.i != top.i:
        top = top.head  # "220,000" -> "bpd", "1" -> "million"
    head = top.head
    if top.dep_ == "attr" and _lemma(head) == "be":
        things = [c for c in head.children if c.dep_ == "nsubj"]
    elif top.dep_ == "pobj" and head.lower_ == "at" and _is_verb(head.head):
        # the object right before this "at": not "put the decline at 710,000 bpd and
        # November output at 29.01 million bpd", whose second figure is output's
        things = [
            c for c in head.head.children if c.dep_ == "dobj" and c.right_edge.i + 1 == head.i
        ]
    else:
        return None
    for thing in things:
        parts = [
            p for c in thing.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
        ]
        for noun in (thing, *(p for p in parts if p.dep_ == "pobj")):
            if _lemma(noun) in lex.falling["nouns"]:
                return _lemma(noun)
    return None


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
