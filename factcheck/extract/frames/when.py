"""When: the time a figure holds — the time expressions anchoring its own clause, tense,
statistics releases and figures told later than they hold.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from typing import Any, NamedTuple

from factcheck import keys
from factcheck.extract import timeref
from factcheck.extract.frames.base import Lexicon, lexicon
from factcheck.extract.frames.modality import modality_of
from factcheck.extract.frames.tree import (
    _NUMBER_NOUNS,
    _PLURAL_UNITS,
    _ancestors,
    _governor,
    _is_speech,
    _is_verb,
    _lemma,
    _memo,
    _numberish,
    _overlapping,
    _text,
    figure_root,
)
from factcheck.model import Claim, DateSpan
from factcheck.revisions import lexicon as revision_lexicon

RANGE = timeref.RANGE_GRAIN


def _time_governor(tok: Any, lex: Lexicon) -> Any:
    """The verb a time expression dates: past a participle that only bounds a period ("fell
    21% in the week ended Aug. 21", "in the year that ended in March") or dates the record
    that gives the figure ("a report issued on Saturday evening had said that 11,300 people
    had died", "in a report published last month, counted 2,521 civilians", "according to a
    memo dated April 3")."""
    verb = _governor(tok)
    if verb.dep_ in ("acl", "relcl") and _lemma(verb.head) in lex.period_nouns | _records(lex):
        verb = _governor(verb.head)
        # "according to a memo dated April 3": "according" is a preposition, not a clause
        return _governor(verb) if verb.dep_ == "prep" else verb
    if _compares(verb):
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


def _records(lex: Lexicon) -> frozenset[str]:
    """Nouns of the records that tell figures: data, reports, memos, filings."""
    return lex.record_nouns | lex.document_nouns


def _dated_record(tok: Any, lex: Lexicon) -> Any | None:
    """The record a time dates as a participle on it ("data released Friday", "a memo dated
    April 3", "a report issued on Saturday evening"), if it dates one."""
    verb = _governor(tok)
    if verb.dep_ in ("acl", "relcl") and _lemma(verb.head) in _records(lex):
        return verb.head
    return None


def _compares(verb: Any) -> bool:
    """An elliptic comparison ("more than expected"): its time is the verb's it hangs on."""
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "than" for c in verb.children
    )


# How a clause hangs on the one above it and still states the sentence's news: a clause the
# root reports ("inflation rose in July, the ONS said"), joins or completes.
_STATEMENT_DEPS = frozenset({"ccomp", "parataxis", "conj", "xcomp"})


def dates_statement(doc: Any, start: int, end: int) -> bool:
    """Whether the time at ``doc`` characters ``start:end`` dates the sentence's own statement
    ("hiring accelerated sharply in September", "inflation fell to 8.7% in April, the ONS
    said", "created 818,000 fewer jobs in the year that ended in March"), not a clause or a
    noun under it ("beating the previous high of 651, recorded in April", "after it protected
    uninsured customers in March", "an outage in July"), nor an event's ("the death toll from
    February's winter storm")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or _event_named(span.root, lexicon()):
        return False  # "the toll from February's winter storm": the storm's month
    verb = _governor(span.root)
    if verb.dep_ in ("acl", "relcl") and _lemma(verb.head) in lexicon().period_nouns:
        verb = _governor(verb.head)  # "in the year that ended in March": the year's
    while verb.dep_ != "ROOT" and verb.head.i != verb.i:
        if verb.dep_ in _STATEMENT_DEPS:
            verb = verb.head
        elif verb.dep_ == "pcomp" or _compares(verb):
            # "opened 2025 by adding 143,000 jobs in January", "slowed far more than expected
            # in July": the verb's above
            verb = _governor(verb)
        else:
            return False
    return True


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
    figure = {t.i for t in _overlapping(doc, claim.start - off, claim.end - off)}
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
        if _baseline(tok.root, verb, root, preps) or (anchor.back and _compared_to(tok, preps)):
            foreign.append(((False, 0, 0), anchor))
            continue
        # a statistic's release day ("the office said on Tuesday") is not the time it is of,
        # its period is; with no release's period the saying's day is the best word there is
        # ("said on Wednesday that it had restored power to 92%")
        # "according to data released Friday", "a memo dated April 3": the time of the record
        # that tells the figure is a saying's
        # (not the figure's own noun: "the tally of 288 that the railways issued a day earlier")
        record = _dated_record(tok.root, lex)
        told = record is not None and record.i not in chain
        release_day = statistic and period is not None and (told or _is_speech(verb, lex))
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
            # the figure's own number is no other figure: "A day earlier some 6,800 workers
            # left", where the parse hangs the time on "6,800"
            mine = mine and not _other_figures(tok, root, chain | figure | {verb.i})
        mine = mine and not _after_compared(tok, root, lex.baseline_prepositions)
        # the saying's time ranks after one in the figure's own clause: "two weeks ago the
        # bank predicted inflation would peak in October" holds in October
        said = told or _is_speech(verb, lex) or _lemma(verb) in lex.opinion_verbs
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
    if not own:
        as_of = _paper_day(as_of, root, published, now)
    background = claim.background or _history(as_of, published)
    told = _told_later(claim, as_of, own, foreign, published, now) if own else None
    return replace(claim, as_of=as_of, window=window, background=background, told=told)


_HYPOTHETICAL = frozenset({"forecast", "conditional"})
# How many days before the paper a lead's day must be for its present to be the paper's:
# dev as_of 2663 -> 2667 of 3466 from two days on; from one day on (the eve) 2663 -> 2649,
# the eve's lead being the news's own day ("said on Monday", "lowered its forecast on Wednesday")
_STALE_LEAD_DAYS = 2


def _paper_day(
    as_of: DateSpan | None, root: Any, published: date | None, now: timeref.Present | None
) -> DateSpan | None:
    """A figure in the present tense that names no time of its own holds on the paper's day,
    not on the earlier day its lead tells of: the lead dates the news ("crashed on Sunday",
    "said on Monday"), the present states what stands as the paper goes out ("now operates a
    fleet of six", "which has about 29,000 customers", "a majority requires 272"). A lead
    day on the eve of the paper is the news's own day, and what stands then is told of it
    ("said on Monday ... the statewide toll stands between 95 and 101" in Tuesday's paper)."""
    if now is None or published is None or (published - now.day).days < _STALE_LEAD_DAYS:
        return as_of
    if as_of != DateSpan.day(now.day) or not _in_present(_governor(root)):
        return as_of
    return DateSpan.day(published)


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
    statistic's measure is dated so ("May's gain", "October's high") and holds then. The
    event may be one of two things the phrase joins ("the death toll from February's winter
    storm and power outages")."""
    tok = doc.char_span(anchor.start, anchor.end, alignment_mode="expand")
    return tok is not None and _event_named(tok.root, lex)


def _event_named(root: Any, lex: Lexicon) -> bool:
    """Whether a time (its root token) modifies a noun phrase that names an event."""
    if root.dep_ not in ("compound", "nmod", "poss", "amod"):
        return False
    # "the June 2 train accident", "Friday's railway accident": the phrase's head names it
    head = root.head
    while head.dep_ in ("compound", "amod", "nmod") and head.head.i != head.i:
        if _lemma(head) in lex.event_nouns:
            return True
        head = head.head
    joined = (c for c in head.children if c.dep_ in ("conj", "nmod"))
    return any(_lemma(n) in lex.event_nouns for n in (head, *joined))


def _baseline(tok: Any, verb: Any, figure: Any, preps: frozenset[str]) -> bool:
    """A time counted back that a change is measured against ("3.9% higher than a year
    earlier", "up 4% from a year ago", "16.4 per cent on a year earlier"): the baseline's
    time, not the figure's, unless the figure is that baseline ("up from 3,252 the previous
    afternoon"). ``preps`` are the prepositions of a comparison."""
    mine = {a.i for a in _ancestors(figure)}
    return any(a.dep_ == "prep" and a.lower_ in preps and a.i not in mine for a in _path(tok, verb))


def _compared_to(time: Any, preps: frozenset[str]) -> bool:
    """A time counted back written right after a preposition of comparison ("65 cents more
    than a year ago", "19 cents above a month ago", "7% more than a week earlier"): the
    baseline's time, wherever the parse hangs the preposition (on a determiner, or on the
    comparison the figure hangs on too); not a verb's particle ("took over three weeks ago")."""
    if time.start == 0:
        return False
    word = time.doc[time.start - 1]
    return word.lower_ in preps and word.dep_ != "prt"


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
