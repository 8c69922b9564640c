"""Document-level passes over an article's claims: refining them with their frames,
antecedents for elliptic figures, sources carried to the next sentence, datelines, and
merging a frame into its claim.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from factcheck.extract import timeref
from factcheck.extract.frames.base import Frame, Lexicon, lexicon
from factcheck.extract.frames.figure import frame, parse
from factcheck.extract.frames.place import Before
from factcheck.extract.frames.role import _market_subject
from factcheck.extract.frames.source import (
    _OWNING,
    _active_subject,
    _can_count,
    _may_speak,
    _opines,
    _source_text,
    _speaker,
    is_unheard,
)
from factcheck.extract.frames.tree import (
    _ORDINAL_RE,
    _PLURAL_UNITS,
    _ancestors,
    _is_speech,
    _is_verb,
    _lemma,
    _memo,
    _says,
    _text,
    figure_root,
)
from factcheck.extract.frames.when import (
    _STATISTIC_KINDS,
    _STATISTIC_ROLES,
    _aboard_then,
    _own_time,
    _set_before,
)
from factcheck.extract.meaning import is_back_reference, measure_of
from factcheck.extract.numbers import STREAK_ORDINALS as _STREAK_ORDINALS
from factcheck.extract.numbers import currency_name, names_currency, unit_factor
from factcheck.model import Claim, DateSpan

_TIME_UNITS = frozenset(u[:-1] for u in _PLURAL_UNITS) | {"quarter"}
_TERRITORY_ROLES = frozenset({"captured", "controlled", "lost", "remaining", "trapped"})
# A wire dateline: a town in capitals (or two a story is filed from, "RIYADH/MINA"), maybe its
# country or a date, maybe the wire, a dash.
DATELINE = re.compile(
    r"\s*[A-Z][A-Z'./\- ]*[A-Z.](?:,[^()\n\u2014\u2013-]{1,40}?)?\s*(?:\([^()\n]{1,40}\))?"
    r"\s*(?:-|--|\u2014|\u2013)\s+"
)


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
    harmed: dict[str, str] = {}  # by article: what befell the last area it said was harmed
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
            c = out[n] = _in_unit_of(c, before)  # and 4,200 hectares is 42 km2
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
        if _harmed_area(c, lex):
            if c.role is None and c.article in harmed:
                c = out[n] = _with_role(c, harmed[c.article])
            elif c.role == lex.burned_areas["role"]:
                harmed[c.article] = c.role
        if (
            c.subject is not None
            and not _stands_in(c.subject, bare | scopes)
            and not _carries(c, just_before, lex)
        ):
            # a count of months ("the two previous months") or of countries ("in 92 countries,
            # with almost 7,500 reported in a week") is the scope of a thing, not the thing
            last[key] = c
            if c.role is not None:
                roled[(*key, c.subject)] = c
        elif c.kind == "money" and c.subject is None and currency_name(c.unit):
            # "an appeal for $42.8 million": a sum that pays for nothing named counts money
            out[n] = replace(c, subject=currency_name(c.unit))
    return out


def _harmed_area(c: Claim, lex: Lexicon) -> bool:
    """An area (lexicon ``burned_areas``): once an article says an area burned or flooded, a
    bare area after it with no happening of its own is more of the same ("Until now the worst
    year was 1989, at 7.3 million hectares", "The 10-year average is 2,751,161 hectares"):
    news names the harm once and goes on with the figures."""
    return c.kind == "other" and (c.unit or "") in lex.burned_areas["units"]


def _restated(c: Claim, before: Claim | None) -> bool:
    """A share that restates the count just before it in its sentence, which counts a thing."""
    return (
        before is not None
        and before.article == c.article
        and before.sentence == c.sentence
        and c.kind == "percent"
        and before.kind == "count"
        and before.subject is not None
        and not _names_its_thing(c)
    )


def _names_its_thing(c: Claim) -> bool:
    """The figure's own words name what it counts ("30,000 residents"): it goes on no list
    and restates no count before it."""
    subject = (c.subject or "").lower()
    return bool(subject) and subject in c.mention.lower()


def _carries(c: Claim, before: Claim | None, lex: Lexicon) -> bool:
    """A count a preposition hangs on the count just before it in its clause ("394 people
    from 11 boats", "696 people arrived in 14 boats", "1,500 people were flown out on 10
    flights", "killed 41 people in three villages"): it says what carried or held that count,
    or where, so the bare figures after it go on counting the first count's thing ("close to
    this year's daily high of 405"), not the boats (lexicon ``carriers``)."""
    if before is None or c.kind != "count" or before.kind != "count" or before.subject is None:
        return False
    if before.article != c.article or before.sentence != c.sentence:
        return False
    ahead = (c.context or "").partition("[NUM]")[0]
    at = ahead.rfind(before.mention)
    if at < 0:
        return False
    between = ahead[at + len(before.mention) :]
    words = between.lower().split()
    return bool(words) and words[-1] in lex.carriers and not any(p in between for p in ",;:")


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
        and not _names_its_thing(c)
    )


def _in_unit_of(c: Claim, before: Claim) -> Claim:
    """A count that goes on a quantity's list, measured in that quantity's unit: "4,200 of
    them" after "7,300 hectares" is 42 km2, as the hectares before it are 73."""
    factor = unit_factor(before.stated.unit)
    if factor is None and before.stated.low and before.low is not None:
        factor = before.low / before.stated.low  # a list's third item: the second's own unit
    if factor is None or c.low is None or c.high is None:
        return c

    def scaled(x: float) -> float:  # 12 significant digits: 4,200 x 0.01 is 42, not 42.000...1
        return float(f"{x * factor:.12g}")

    return replace(
        c,
        kind=before.kind,
        unit=before.unit,
        value=None if c.value is None else scaled(c.value),
        low=scaled(c.low),
        high=scaled(c.high),
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
    if word in lexicon().own_plurals:
        return False  # "Shares fell 4%": the stock, named, not a share of a thing before
    singular = (
        word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else word
    )
    if len(words) > 1 and lexicon().nouns.get(singular) == "change" and words[-2] not in bare:
        return False  # "a pay rise of 7%", "wage increases": the compound names what rose
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


# How many paragraphs after a source last gave a rate, share or sum its release goes on for
# one with no source of its own: further on, the article has moved to figures of its own
# (dev attribution, 29 stories, of 3,489 gold claims: 2,970 with no limit, 2,960 with the
# paragraph itself, 2,975 with one more, 2,982 with two, 2,973 with three).
_RELEASE_PARAGRAPHS = 2


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
    source gives one, within ``_RELEASE_PARAGRAPHS`` of the last it gave. An asserted count
    whose sentence follows, in the same paragraph, one
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
    given: dict[bool, int] = {}  # the paragraph where that source last gave a rate
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
                given[asserted] = sentences[n][0] if sentences is not None else 0
            continue
        if n in markets:
            out[n] = replace(c, attribution=outlet)
            continue
        said = last.get(asserted)
        if said is not None and sentences is not None:
            # "Food prices were 12.7% higher" goes on with the release; a rate paragraphs on
            # ("About 12% of global trade passes through the canal") is the outlet's
            far = sentences[n][0] - given[asserted] > _RELEASE_PARAGRAPHS
            said = None if far else said
        said = said or (work if asserted else None)
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
    if span.root.dep_ == "nsubj" and _lemma(span.root.head) in lex.act_verbs:
        # "Congress authorized $250 million ..., and the final cost rose past $300 million":
        # an act's figure is the actor's own, no release that goes on
        return True
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


def _counts_events(subject: str | None, lex: Lexicon) -> bool:
    """A count of events ("413 fires were burning", "2,214 wildfires have burned 3.3 million
    hectares", "23 of the clashes"): events do harm, none befalls them, whatever the verb
    or the word window says (``event_nouns``)."""
    return bool(_head_forms(subject or "") & lex.event_nouns)


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
    if claim.kind == "percent" and subject is None and f.share_of is not None:
        # "raises of 40%", "a raise of at least 30%": the noun the share is the value of
        subject = f.share_of
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
        role = role if f.direct else lex.scores["role"]
    if claim.kind == "money" and role in lex.paid_to_people["roles"]:
        role = lex.paid_to_people["role"]  # "Rs 1 lakh for those seriously hurt"
    burned = lex.burned_areas
    harmed = role in burned["roles"] or (f.predicate or "") in burned["predicates"]
    if harmed and (claim.unit or "") in burned["units"]:
        role = burned["role"]  # "the blaze burned 2,170 acres"
    elif role in lex.measured_not_people["roles"] and _measured(claim, lex):
        role = lex.measured_not_people["role"]  # "a 30-metre boat", "flew 2.5 km"
    elif role in lex.unharmed_events and claim.kind == "count" and _counts_events(subject, lex):
        role = None  # "413 fires were burning", "Two earthquakes destroyed 300 homes"
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
        **_signed(
            claim,
            f.falling
            and not timed
            and (role in (None, "change") or share)
            and not (claim.kind == "money" and f.cost),  # a sum lost is what it cost
        ),
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
