"""Place: where a figure holds, from the places the parse ties to its own verb and noun.

A place belongs to the verb it hangs off: "told reporters in Paris" is not where the count
is. Also the article-level signals of place: regions named before, bodies that are no place.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache
from typing import Any

from factcheck.extract.frames.base import Lexicon, lexicon
from factcheck.extract.frames.tree import (
    _SUBJECTS,
    _ancestors,
    _conjuncts,
    _gazetteer_hits,
    _is_speech,
    _is_territory,
    _is_verb,
    _lemma,
    _memo,
    _numberish,
    _per_token,
    _sentence,
    _text,
)

# The last place of each kind ("town", "region", "country") an article names before a sentence
Before = dict[str, str]
_CLAUSES = frozenset({"ccomp", "advcl", "relcl", "parataxis"})


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
    if sizes_a_vehicle(root, lex):
        return None, frozenset(vetoed)  # "a 948-foot vessel bound for Colombo": no place
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
    described = _described(root, lex)
    if described is not None:
        # "Drayton Valley, a town of roughly 7,000 people west of Edmonton": the named place's
        named = [t for t, h in kept if h.i == described.i]
        return (named[0] if named else _name_of(described)), frozenset(vetoed)
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


def sizes_a_vehicle(root: Any, lex: Lexicon) -> bool:
    """Whether the figure, hyphened to its unit before a noun, sizes a vessel or a vehicle
    ("a 948-foot vessel", "a 984-foot, 106,000-ton ship"): the thing's own size, which holds
    wherever it goes (lexicon ``sized_vehicles``). "A 35-foot-deep channel" is where it is,
    and a body's size has its country ("the 513-member Chamber of Deputies")."""
    doc = root.doc
    if root.i >= 2 and doc[root.i - 1].text == "-" and not doc[root.i - 2].whitespace_:
        unit = root  # the figure's root is its unit: "948-foot"
    elif root.i + 2 < len(doc) and doc[root.i + 1].text == "-" and not root.whitespace_:
        unit = doc[root.i + 2]
    else:
        return False
    if _numberish(unit) or not _numberish(doc[unit.i - 2]) or doc[unit.i - 1].whitespace_:
        return False  # "Thirty-five Tunisians" is one number
    sized = unit.head
    while sized.pos_ not in ("NOUN", "PROPN") and sized.head.i != sized.i:
        sized = sized.head  # "a 35-foot-deep channel": through "deep"
    return sized.i > unit.i and _lemma(sized) in lex.sized_vehicles


# How the parser attaches a phrase set off beside a name: as an apposition, or, for "home to
# 8,000", often as an adverb of it.
_APPOSED = frozenset({"appos", "advmod", "npadvmod"})


def _described(root: Any, lex: Lexicon) -> Any | None:
    """The name a phrase of a kind of settlement set beside it describes, where the figure
    sits in that phrase with no verb between: "Drayton Valley, a town of roughly 7,000 people
    west of Edmonton", "Chibougamau, a central Quebec city of about 7,500", "Zhejiang, an
    industrial province of 65.4 million people next to Shanghai", "Edson, home to more than
    8,000". The phrase numbers the named place; the places it locates it by are not the
    figure's."""
    for anc in _ancestors(root):
        if _is_verb(anc):
            return None
        word = _lemma(anc)
        if anc.dep_ not in _APPOSED or not (
            word in lex.settlements or word in lex.place_descriptions
        ):
            continue
        # the parser may hang "home" from the verb: the name is then the one just before the
        # comma that sets the phrase off ("Flames reached Edson, home to more than 8,000")
        left = anc.left_edge
        comma = anc.doc[left.i - 1] if left.i > 0 else None
        named = anc.head if anc.head.i < anc.i else None
        if (named is None or _is_verb(named)) and comma is not None and comma.text == ",":
            named = anc.doc[comma.i - 1] if comma.i > 0 else None
        return named if named is not None and named.text[:1].isupper() else None
    return None


def _name_of(tok: Any) -> str:
    """A name with the names compounded before it ("Drayton Valley")."""
    names = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
    start = min((c.left_edge.i for c in names), default=tok.i)
    return tok.doc[start : tok.i + 1].text


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
    from factcheck.places import fold, gazetteer

    candidates = _memo(doc, "factcheck.places", lambda: _place_candidates(doc, lex))
    # a region named by words of position alone ("Southwest", "the Northeast") is as often an
    # airline's or a firm's name ("Southwest cancelled 2,909 flights"): a place only in a
    # phrase of place ("in the Northeast"), like a lone name
    known = [
        (t, h)
        for t, h in candidates
        if fold(t) not in common
        and (
            (fold(t) not in lone and not gazetteer().positional(t))
            or _in_place_phrase(_first_conjunct(h), lex)
        )
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


def _in_phrase(tok: Any, root: Any) -> bool:
    """Whether ``tok`` hangs from the figure with no verb between ("3,574 in Syria"). A place
    the parser joins to the figure as its conjunct is the next item of a list, not the
    figure's ("followed by Spain with 11,324 and Germany with 8,173": Germany is 8,173's)."""
    for anc in _ancestors(tok):
        if anc.i == root.i:
            # only the place itself as the conjunct: "4,500 deaths and 7,500 injuries in the
            # northwest" share the place the second conjunct holds
            return not (tok.dep_ == "conj" and tok.head.i == root.i)
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
