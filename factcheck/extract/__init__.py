"""The extract stage: an Article becomes Claims, each figure with its meaning, place and time.

Numbers come from ``numbers.find_quantities`` (run once over the whole body so offsets are the
body's); this module splits sentences once, reads what each figure measures (``meaning``) and
when it held (``timeref``): the time expression in the figure's own clause wins, then the
article's lead date, then the publication date.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from itertools import pairwise
from pathlib import Path
from typing import Any

from factcheck.extract import frames, meaning, parser, sentences, timeref
from factcheck.extract.numbers import INDEFINITE, VAGUE_WORDS, WINDOW_AFTER, WINDOW_BEFORE
from factcheck.model import (
    Article,
    Claim,
    DateSpan,
    Inconsistency,
    Quantity,
    SentenceSpan,
    TimeRef,
    Token,
)
from factcheck.places import ALIASES_PATH, fold, gazetteer
from factcheck.revisions import LEXICON_PATH as REVISIONS_LEXICON

__all__ = [
    "EXTRACTOR_VERSION",
    "check_article",
    "claims_to_dicts",
    "extract",
    "extract_many",
    "extract_text",
    "extract_texts",
]


def rules_digest(root: Path = Path(__file__).parent) -> str:
    """What decides a frame besides the weights: this package's code and word lists, the
    gazetteer's aliases and the revision words. A store made by other rules re-extracts."""
    files = sorted([*root.glob("*.py"), *root.glob("frames/*.py"), *root.glob("*.json")])
    digest = hashlib.sha256()
    for path in (*files, ALIASES_PATH, REVISIONS_LEXICON):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


# The parser's weights are part of what decides a frame, so they are part of the version.
EXTRACTOR_VERSION = f"frames-3+{parser.PIPELINE_ID}+{rules_digest()}"

# Hops across a clause boundary count as this many characters when choosing a time expression.
_CLAUSE_PENALTY = 60
_FUTURE_PENALTY = 150
_COUNTABLE_KINDS = frozenset({"count"})
_NOUN_GAP_RE = re.compile(r"[ \t]+")
_DATELINE_REACH = 80
# A town or region is what an article is about when it is named at least this share of the
# times its country and all places in it are. Re-measured on all 16 dev stories (1,252 matched
# claims whose sentence names no place, so take the article's): 942 placed right at 0.55 and
# at 0.6, 936 at 0.65, 919 at 0.7, 851 at 0.5, 845 at 0.4, 847 for "always the country". At
# 0.5 bakhmut and libya gain 5 each but us-jobs loses 46 and pylos 22; at 0.7 opec-cut gains 7
# but hurricane-ian loses 8 and mosul 15.
_MAIN_PLACE_SHARE = 0.6
_DATELINE_RE = re.compile(
    r"(?i)^\W*(?:(?:published|updated|posted|date\s+of\s+publication)\W*(?:on\W*)?)?"
    r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\W*)?$"
)


def extract(article: Article) -> list[Claim]:
    """Every checkable figure of an article's body, with meaning, place, source and date."""
    return _extract(article.body, article.published, article.id, article.outlet)


def extract_text(text: str, published: date | None = None, article_id: str = "-") -> list[Claim]:
    """Claims of loose text (one sentence or a whole body) with no article around it."""
    return _extract(text, published, article_id, None)


def extract_many(articles: Iterable[Article]) -> Iterator[list[Claim]]:
    """``extract`` of each article, in order, with their sentences parsed in shared batches:
    the parser's cost per call is about half its cost per sentence, so one article at a time
    (FA-KES: nine sentences to parse each) pays it many times over."""
    return _extract_batches((a.body, a.published, a.id, a.outlet, a.title) for a in articles)


def extract_texts(
    texts: Iterable[tuple[str, date | None, str]],
) -> Iterator[list[Claim]]:
    """``extract_text`` of each (text, published, article id), in order, parsed in batches."""
    return _extract_batches(
        (text, published, article_id, None) for text, published, article_id in texts
    )


def check_article(article: Article) -> list[Inconsistency]:
    """What an article gets wrong on its own terms: weekdays that do not fit their dates."""
    return [
        Inconsistency(
            article=article.id,
            kind="weekday-mismatch",
            message=m.message,
            mention=m.mention.strip(),
            start=m.start,
            end=m.end,
        )
        for m in timeref.weekday_mismatches(article.body, article.published)
    ]


def claims_to_dicts(claims: Iterable[Claim]) -> list[dict[str, Any]]:
    """Claims in the JSON contract's shape (``factcheck extract`` prints these)."""
    out: list[dict[str, Any]] = []
    for c in claims:
        out.append(
            {
                "id": c.id,
                "article": c.article,
                "mention": c.mention,
                "sentence": c.sentence,
                "start": c.start,
                "end": c.end,
                "kind": c.kind,
                "value": c.value,
                "low": c.low,
                "high": c.high,
                "unit": c.unit,
                "stated": {
                    "value": c.stated.value,
                    "low": c.stated.low,
                    "high": c.stated.high,
                    "unit": c.stated.unit,
                },
                "measure": c.measure,
                "as_of": c.as_of.to_dict() if c.as_of else None,
                "place": c.place,
                "attribution": c.attribution,
                "subject": c.subject,
                "role": c.role,
                "holder": c.holder,
                "event": c.event,
                "cumulative": c.cumulative,
                "approximate": c.approximate,
                "modality": c.modality,
                "window": c.window.to_dict() if c.window else None,
                "told": c.told.to_dict() if c.told else None,
                "background": c.background,
                "predicate": c.predicate,
                "warnings": list(c.warnings),
                "context": c.context,
            }
        )
    return out


def _find_quantities(text: str, published: date | None) -> list[Quantity]:
    from factcheck.extract.numbers import find_quantities

    return find_quantities(text, published)


# Figures read per article: ten times the most any FA-KES article holds (51). Past it, an
# article is a table or a dump; its first figures are kept, each saying so, so the work (and
# the pairs compared within the article) stays bounded.
MAX_FIGURES = 500


@dataclass(frozen=True)
class _Read:
    """An article's claims as the word windows read them, waiting for their sentences' parse."""

    claims: list[Claim]
    offsets: list[int]  # where each claim's sentence starts in the body
    # the place a figure whose sentence names none takes: the article's main place, none in an
    # article about a body's affairs (``frames.about_bodies``)
    main: str | None
    published: date | None
    cut: bool
    period: DateSpan | None = None  # a statistics release's reference period, if any
    outlet: str | None = None  # whose word a figure is when no source is named
    common: frozenset[str] = frozenset()  # place names the article also writes in lower case
    now: timeref.Present | None = None  # what "a year earlier" counts back from
    before: dict[int, frames.Before] | None = None  # the last places named before a sentence
    # each claim's sentence as (paragraph, sentence index): a report goes on in the next one
    sentences: list[tuple[int, int]] | None = None
    earlier: dict[int, DateSpan] | None = None  # the last day named before a sentence
    # who speaks in a sentence with no figure of its own, by (paragraph, sentence index):
    # "Chief Secretary PK Jena said the collector had been asked to reconcile the bodies."
    spoken: dict[tuple[int, int], str] | None = None
    lone: frozenset[str] = frozenset()  # small places of a country it names in no other way
    # by a claim sentence's offset, the sentence with no figure just before it, parsed too when
    # a pronoun in the claim sentence may stand for its subject ("Musk defended the move. He
    # said the company was losing $4 million a day")
    lead_ins: dict[int, tuple[int, str]] | None = None
    # the article's opening sentence, as (paragraph, sentence index) and its parse key: who it
    # has speak through a published work gives the figures after it ("the hurricane center
    # said in its final report. ... Drowning in the storm surge killed 41 people")
    lede: tuple[tuple[int, int], tuple[int, str]] | None = None

    def keys(self) -> list[tuple[int, str]]:
        """The sentences to parse: the claims' own, then the lead-ins to them and the lede."""
        own = frames.sentence_keys(self.claims, self.offsets)
        seen = set(own)
        more = [*(self.lead_ins or {}).values(), *([self.lede[1]] if self.lede else [])]
        return own + [k for k in dict.fromkeys(more) if k not in seen]

    def finish(self, docs: dict[tuple[int, str], Any | None]) -> list[Claim]:
        """The claims with their frames from the parse of their sentences (``docs``)."""
        if not self.claims:
            return []
        lex = frames.lexicon()
        actors = {
            off: actor
            for off, key in (self.lead_ins or {}).items()
            if (doc := docs.get(key)) is not None and (actor := frames.actor_voice(doc, lex))
        }
        claims = frames.refine(
            self.claims,
            self.offsets,
            parser.load(),
            self.main,
            self.published,
            docs,
            period=self.period,
            common=self.common,
            now=self.now,
            before=self.before,
            earlier=self.earlier,
            lone=self.lone,
            actors=actors,
        )
        voiced = [
            at
            for at, off, c in zip(self.sentences or (), self.offsets, self.claims, strict=False)
            if frames.has_speaker(docs.get((off, c.sentence)))
        ]
        personal = [
            n
            for n, (off, c) in enumerate(zip(self.offsets, claims, strict=True))
            if frames.personal(docs.get((off, c.sentence)), c.attribution)
        ]
        markets = [
            n
            for n, (off, c) in enumerate(zip(self.offsets, claims, strict=True))
            if frames.market_move(docs.get((off, c.sentence)), c.start - off, c.end - off)
        ]
        work = frames.publisher(docs.get(self.lede[1])) if self.lede else None
        claims = frames.carry_sources(
            claims,
            self.outlet,
            self.sentences,
            voiced,
            personal,
            self.spoken or {},
            markets,
            (self.lede[0], work) if self.lede and work else None,
        )
        if self.cut:
            note = f"the article has more than {MAX_FIGURES} figures; only the first were read"
            claims = [replace(c, warnings=(*c.warnings, note)) for c in claims]
        return claims


def _extract(text: str, published: date | None, article_id: str, outlet: str | None) -> list[Claim]:
    return next(_extract_batches([(text, published, article_id, outlet)]))


# text, published, article id, outlet, and the title where the article has one
Job = tuple[str, date | None, str, str | None] | tuple[str, date | None, str, str | None, str]


def _extract_batches(jobs: Iterable[Job]) -> Iterator[list[Claim]]:
    """Read articles until their sentences fill one of the parser's batches, parse them
    together, then finish each; a batch's docs are dropped before the next is read."""
    pending: list[_Read] = []
    size = 0
    for job in jobs:
        read = _read(*job)
        pending.append(read)
        size += len(read.keys())
        if size and size >= _batch_size():  # no parser is loaded for no figures
            yield from _finish_all(pending)
            pending, size = [], 0
    yield from _finish_all(pending)


def _batch_size() -> int:
    """The pipeline's own batch size (nlp.batch_size, 256 for en_core_web_sm)."""
    return int(parser.load().batch_size)


def _finish_all(pending: list[_Read]) -> Iterator[list[Claim]]:
    keys = [r.keys() for r in pending]
    flat = [frames.mask_dateline(text) for ks in keys for _, text in ks]
    docs: Iterator[Any] = iter(())
    if flat:
        with parser.one_blas_thread():
            docs = iter(frames.parse(flat, parser.load()))
    for read, ks in zip(pending, keys, strict=True):
        yield read.finish({k: next(docs) for k in ks})


def _read(
    text: str, published: date | None, article_id: str, outlet: str | None, title: str = ""
) -> _Read:
    """The word-window reading of every figure, before the parse."""
    quantities = _find_quantities(text, published)
    if not quantities:
        return _Read([], [], None, published, False)
    cut = len(quantities) > MAX_FIGURES
    if cut:
        quantities = sorted(quantities, key=lambda q: q.start)[:MAX_FIGURES]
    spans = sentences.split(text)
    starts = [s.start for s in spans]
    paragraphs = sentences.paragraphs(text)
    prose = [sentences.is_prose(text, a, b) for a, b in paragraphs]
    scanned: dict[int, list[TimeRef]] = {}  # each sentence's time expressions, scanned once
    lead = timeref.lead_of(_lead_refs(text, published, spans, prose, scanned), published)
    city = meaning.main_city(text)
    times: dict[int, list[TimeRef]] = {}
    words: dict[int, list[Token]] = {}
    where: dict[int, list[tuple[int, str]]] = {}
    attributions: dict[int, str | None] = {}
    last_source: str | None = None
    last_attr_sentence = -1
    claims: list[Claim] = []
    offsets: list[int] = []  # where each claim's sentence starts, for the parse
    placed: list[tuple[int, int]] = []  # each claim's paragraph and sentence index
    previous_subject: str | None = None
    previous_role: str | None = None
    previous_sentence = -1
    previous_paragraph = -1
    quantities = sorted(quantities, key=lambda q: q.start)
    dated = _dates_by_sentence(quantities, starts)
    wire = frames.DATELINE.match(text)
    converted = _conversions(text, quantities)
    windows = _windows(text, quantities, starts)
    period = _reference_period(text, quantities, spans, prose, published)
    day = lead.end if lead is not None else published
    skip = wire.end() if wire else 0
    incident = _incident_day(text, published, day, spans, prose, skip, scanned)
    now = timeref.Present(day, period, incident=incident) if day is not None else None
    for q in quantities:
        i = bisect_right(starts, q.start) - 1
        if i < 0 or q.start >= spans[i].end:
            continue
        span = spans[i]
        if len(paragraphs) > 1 and not prose[span.paragraph]:
            continue  # titles, datelines, captions: not the story's claims
        if q.kind == "date" and q.start < _DATELINE_REACH and _DATELINE_RE.match(text[: q.start]):
            continue  # "Wed 05 Apr 2017 ..." opening the body dates the article, not an event
        if q.kind == "count" and _NOUN_GAP_RE.sub(" ", q.mention.lower()) in INDEFINITE:
            continue  # "several countries", "a few industries": no figure to check
        if q.start in converted:
            continue  # "50 degrees Celsius (122 Fahrenheit)": the same heat, not a new figure
        if q.start in windows:
            continue  # "killed 220 over the previous 24 hours": the toll's window, no figure
        if wire is not None and q.end <= wire.end():
            # "CAIRO, Sept 11 (AP) -": the wire's dateline dates the filing; "MECCA (France 24)
            # -": a figure in the wire's name counts nothing
            continue
        q = _with_noun(text, q)
        if span.paragraph != previous_paragraph:
            previous_subject = None
            previous_paragraph = span.paragraph
        sentence = text[span.start : span.end]
        q_start, q_end = q.start - span.start, min(q.end, span.end) - span.start
        if i not in times:
            refs = _sentence_times(text, published, span, i, scanned)
            if now is not None and (
                any(r.back for r in refs)
                or timeref.TOLD_BEFORE_RE.search(text, span.start, span.end)
            ):  # "a year earlier" from the story's present, "that evening" from the sentence before
                before = _time_before(text, published, spans, i, scanned)
                here = now._replace(previous=before)
                refs = timeref.find_times(text, published, span.start, span.end, here)
            times[i] = _with_dates(refs, dated.get(i, ()))
            words[i] = meaning.tokens(sentence)
            where[i] = meaning.places(sentence, city)
        for j in range(last_attr_sentence + 1, i + 1):
            found = meaning.attribution_of(text[spans[j].start : spans[j].end], last_source)
            attributions[j] = found
            last_source = found or last_source
        last_attr_sentence = max(last_attr_sentence, i)
        read = meaning.describe(
            sentence,
            q_start,
            q_end,
            q.kind,
            noun=q.noun,
            city=city,
            previous_subject=previous_subject
            if _may_inherit(text, q, previous_sentence == i)
            else None,
            previous_role=previous_role if previous_sentence == i else None,
            attribution=attributions.get(i),
            toks=words[i],
            found_places=where[i],
        )
        if (
            q.kind in _COUNTABLE_KINDS
            and meaning.is_agent_noun(read.subject)
            and not meaning.is_part(sentence, q_start)
        ):
            previous_subject = read.subject  # "40 killed in two areas ... 110 others": not areas
        if q.kind in _COUNTABLE_KINDS:
            previous_role, previous_sentence = read.role, i
        statistic = frames.is_statistic(q.kind, read.role, period)
        as_of, since = _as_of(
            q,
            sentence,
            span.start,
            times[i],
            (period if statistic else None) or lead,
            published,
            read.cumulative,
        )
        claims.append(
            Claim(
                id=Claim.make_id(article_id, q.start, q.end, q.kind),
                article=article_id,
                mention=q.mention,
                sentence=sentence,
                start=q.start,
                end=q.end,
                kind=q.kind,
                value=q.value,
                low=q.low,
                high=q.high,
                unit=q.unit,
                stated=q.stated,
                measure=read.measure,
                as_of=as_of,
                place=read.place,
                attribution=read.attribution,
                subject=read.subject,
                role=read.role,
                holder=read.holder,
                event=read.event,
                cumulative=read.cumulative or (since and q.kind != "date"),
                approximate=q.approximate,
                context=read.context,
            )
        )
        offsets.append(span.start)
        placed.append((span.paragraph, i))
    if not claims:
        return _Read([], [], None, published, False)
    dateline = frames.DATELINE.match(text)
    places = gazetteer()
    main = (
        places.headline_place(title, text)
        or places.main_place(text, _MAIN_PLACE_SHARE, dateline.end() if dateline else 0)
        or _dateline_country(text, dateline)
        or places.country_of_bodies(text)
    )
    common = places.common_names(text)
    starts = [span.start for span in spans]
    before = _places_before(text, offsets, common, dateline.end() if dateline else 0, main, starts)
    skip = dateline.end() if dateline else 0
    earlier = _days_before(text, published, spans, prose, offsets, skip, scanned)
    figured = {i for _, i in placed}
    lead_ins = _lead_ins(text, spans, figured, prose)
    spoken = {
        (spans[j].paragraph, j): said
        for j, said in attributions.items()
        if said is not None and j not in figured
    }
    lede = _lede(text, spans, prose)
    return _Read(
        claims,
        offsets,
        None if frames.about_bodies(text) else main,
        published,
        cut,
        period,
        outlet,
        common,
        now,
        before,
        placed,
        earlier,
        spoken,
        lone=places.lone(text),
        lead_ins=lead_ins,
        lede=lede,
    )


# A pronoun where a speaker stands, opening a clause: "He said", "It expects", "..., she
# said", "and he added", or a possessive opening the sentence: "Its tally", "His figures".
# or one in a phrase of account: "In his account", "by her count" (frames.json).
_SPEAKING_PRONOUN_RE = re.compile(
    r"(?:^\W*|,\s+|\b(?:and|but)\s+)(?:he|she|it)\b|^\W*(?:its|his|her)\b"
    rf"|\b(?:{'|'.join(sorted(frames.lexicon().account_prepositions))})\s+(?:its|his|her)\b",
    re.IGNORECASE,
)


def _lede(
    text: str, spans: list[SentenceSpan], prose: list[bool]
) -> tuple[tuple[int, int], tuple[int, str]] | None:
    """The article's opening sentence of prose (no title, dateline or caption) as (paragraph,
    sentence index) and its parse key: a work it names may give the figures after it."""
    for j, span in enumerate(spans):
        if len(prose) < 2 or prose[span.paragraph]:
            return (span.paragraph, j), (span.start, text[span.start : span.end])
    return None


def _lead_ins(
    text: str, spans: list[SentenceSpan], figured: set[int], prose: list[bool]
) -> dict[int, tuple[int, str]]:
    """For each claim sentence with a pronoun in it, the prose sentence just before when that
    one holds no figure (so it is not parsed for its own sake): its subject is who the pronoun
    most likely stands for."""
    out: dict[int, tuple[int, str]] = {}
    for i in sorted(figured):
        span, before = spans[i], spans[i - 1] if i else None
        if before is None or i - 1 in figured or not prose[before.paragraph]:
            continue
        if _SPEAKING_PRONOUN_RE.search(text[span.start : span.end]):
            out[span.start] = (before.start, text[before.start : before.end])
    return out


def _days_before(
    text: str,
    published: date | None,
    spans: list[SentenceSpan],
    prose: list[bool],
    offsets: list[int],
    skip: int,
    scanned: dict[int, list[TimeRef]],
) -> dict[int, DateSpan]:
    """For each claim sentence's start, the last single day its paragraph named before it (not
    a "since", not counted back, not the dateline's): the day a past-tense sentence with no
    time of its own goes on narrating ("The IOM said on Thursday that 43,059 had been
    displaced. ... 1,320 had gone east")."""
    out: dict[int, DateSpan] = {}
    last: DateSpan | None = None
    wanted = set(offsets)
    for i, span in enumerate(spans):
        if i and span.paragraph != spans[i - 1].paragraph:
            last = None
        if span.start in wanted and last is not None:
            out[span.start] = last
        if not prose[span.paragraph]:
            continue
        refs = _sentence_times(text, published, span, i, scanned)
        days = [r for r in refs if _single_day(r) and r.start >= skip]
        if days:
            last = DateSpan.day(days[-1].span.end)
    return out


# A weekday names a day at most six days before the story's: the reach of "on Sunday".
_WEEK_DAYS = 6


def _incident_day(
    text: str,
    published: date | None,
    day: date | None,
    spans: list[SentenceSpan],
    prose: list[bool],
    skip: int,
    scanned: dict[int, list[TimeRef]],
) -> date | None:
    """The day of the incident a story tells after the fact: the first single day its prose
    names in the week before the story's day ("Sunday's Yeti Airlines crash", "Friday night's
    collision", "in a statement issued on Sunday"). A news story names what happened first;
    an older date is background ("the airport opened on January 1")."""
    if day is None:
        return None
    for i, span in enumerate(spans):
        if not prose[span.paragraph]:
            continue
        for ref in _sentence_times(text, published, span, i, scanned):
            end = ref.span.end
            if ref.start >= skip and _single_day(ref) and 0 < (day - end).days <= _WEEK_DAYS:
                return end
    return None


def _places_before(
    text: str,
    offsets: list[int],
    common: frozenset[str],
    dateline: int,
    main: str | None,
    starts: list[int] | None = None,
) -> dict[int, frames.Before]:
    """For each sentence start, the last town and region the body named before it ("the city"
    in a later sentence stands for the last town), the last town or region the sentence just
    before it named ("remained in Bakhmut. 70,000 people lived there"; ``starts`` are where the
    body's sentences start), the country of the article's main place ("in the east" is in its
    east), and that main place itself. The dateline's town is where the reporter files from,
    not a place the story names."""
    places = gazetteer()
    named = [(end, kind, name) for end, kind, name in places.last_named(text, common, dateline)]
    home = places.resolve(main) if main else None
    country = places.country_name(home.country) if home is not None else None
    # "there" reaches back one sentence, to a town or region of the story: not "Wagner" (a
    # small town's name, here the militia's), nor "in Washington" two paragraphs up, nor a
    # country, more often an owner ("Russia's defence ministry confirmed the capture. ... lived
    # there") and the default of a figure with no place anyway (dev bakhmut-2023, hurricane-ian)
    unsure = places.doubtful(text) | places.lone(text)
    starts = sorted(starts or ())
    out: dict[int, frames.Before] = {}
    for off in sorted(set(offsets)):
        out[off] = {kind: name for end, kind, name in named if end <= off and kind != "country"}
        at = bisect_left(starts, off)
        since = starts[at - 1] if at > 0 else off  # where the sentence before starts
        last = [
            name
            for end, kind, name in named
            if since < end <= off and kind != "country" and fold(name) not in unsure
        ]
        if last:
            out[off]["last"] = last[-1]  # "lived there": the town or region named last
        if country is not None:
            out[off]["country"] = country
        if main is not None:
            out[off]["main"] = main  # "statewide" in a story of Fort Myers Beach: Florida
    return out


_BRACKET_RE = re.compile(r"\s*\(\s*")
# A temperature and its conversion agree within this many degrees Celsius: each side is rounded
# to a whole degree ("51.8C (125F)": 125F is 51.7C).
_SAME_HEAT = 1.0


def _conversions(text: str, quantities: list[Quantity]) -> set[int]:
    """Where a temperature in brackets restates the one just before it in another scale
    ("50 degrees Celsius (122 Fahrenheit)", "51.8C (125F)", "104F (40C)"). Gold labels these
    not-claims (hajj-heat 05_ap, 08_al-jazeera); a distance's conversion is labelled both ways
    (mosul's "(12 miles)" and bakhmut's "(0.75 mile)" are claims, odisha's "(155 miles)" is
    not), so distances are left as they are."""
    out: set[int] = set()
    for a, b in pairwise(quantities):
        if a.unit != "°C" or b.unit != "°C" or a.value is None or b.value is None:
            continue
        if _BRACKET_RE.fullmatch(text, a.end, b.start) and abs(a.value - b.value) <= _SAME_HEAT:
            out.add(b.start)
    return out


_WINDOW_BEFORE_RE = re.compile(
    r"\b(?:over|in|during|within|for|across)\s+(?:the|its|their|this|that)\s+"
    rf"(?:{'|'.join(WINDOW_BEFORE)})\s+\Z",
    re.IGNORECASE,
)
_WINDOW_AFTER_RE = re.compile(rf"\s+(?:{'|'.join(WINDOW_AFTER)})\s+(?:[A-Z]|the\s+end\b)")
_THE_BEFORE_RE = re.compile(r"\bthe\s+\Z", re.IGNORECASE)
# How far before a span its window words may start: "over the previous " is 18 characters.
_WINDOW_REACH = 40


def _windows(text: str, quantities: list[Quantity], starts: list[int]) -> set[int]:
    """Where a span only bounds another figure of its sentence: "killed more than 220 over
    the previous 24 hours", "360 deaths in the first six days", "818,000 fewer jobs in the
    12 months through March". Gold lists these as not-claims ("the window of the ministry's
    toll") or leaves them out on every dev story; a span with no other figure beside it
    ("over the past two weeks troops have overrun several districts") and a future window
    ("over the next 12 months") stay claims."""
    figures: set[int] = set()
    for q in quantities:
        vague = VAGUE_WORDS & set(q.mention.lower().split())
        if q.kind not in ("date", "duration") and not vague:
            figures.add(bisect_right(starts, q.start) - 1)
    out: set[int] = set()
    for q in quantities:
        if q.kind != "duration" or bisect_right(starts, q.start) - 1 not in figures:
            continue
        reach = max(0, q.start - _WINDOW_REACH)
        if _WINDOW_BEFORE_RE.search(text, reach, q.start) or (
            _THE_BEFORE_RE.search(text, reach, q.start) and _WINDOW_AFTER_RE.match(text, q.end)
        ):
            out.add(q.start)
    return out


def _dateline_country(text: str, m: re.Match[str] | None) -> str | None:
    """The country of the dateline's town ("LONDON, Aug 4 (Reuters) -" is in the United
    Kingdom), for an article that names no other place: where the reporter files from is then
    the best word on where the story happens. ``m`` is the dateline match, read once. A
    country the dateline names is the town's ("MINA, Saudi Arabia, June 17 (AFP)": not Mino,
    Japan, which the gazetteer holds and the Saudi tent city it does not)."""
    if m is None:
        return None
    places = gazetteer()
    found = [place for _, _, place in places.find(text[: m.end()])]
    named = next((p for p in found if p.kind == "country"), found[0] if found else None)
    return places.country_name(named.country) if named is not None else None


def _sentence_times(
    text: str,
    published: date | None,
    span: SentenceSpan,
    index: int,
    scanned: dict[int, list[TimeRef]],
) -> list[TimeRef]:
    """A sentence's time expressions, scanned on first use and shared by the lead date and
    the figures' times (FA-KES bodies are often one paragraph, so both read the same text)."""
    if index not in scanned:
        scanned[index] = timeref.find_times(text, published, span.start, span.end)
    return scanned[index]


def _lead_refs(
    text: str,
    published: date | None,
    spans: list[SentenceSpan],
    prose: list[bool],
    scanned: dict[int, list[TimeRef]],
    max_paragraphs: int = 2,
) -> Iterator[list[TimeRef]]:
    """Time expressions of the first prose paragraphs, sentence by sentence and only as far
    as ``timeref.lead_of`` reads them. The wire's dateline date comes after the lead
    paragraph: it dates the filing, so it yields to a day the lead names ("CAIRO, February 13
    (TASS) - ... on Sunday") but outranks the past events of the next paragraph ("RIO DE
    JANEIRO/MADRID, July 30 (AFP) - Brazil and Spain have recorded ... A man died on
    Thursday")."""
    paragraphs: list[int] = []
    filed: list[TimeRef] = []
    for i, span in enumerate(spans):
        if not prose[span.paragraph]:
            continue
        if span.paragraph not in paragraphs:
            if filed:
                yield filed
                filed = []
            if len(paragraphs) >= max_paragraphs:
                return
            paragraphs.append(span.paragraph)
        dateline = frames.DATELINE.match(text, span.start, span.end)
        after = dateline.end() if dateline else span.start
        refs = _sentence_times(text, published, span, i, scanned)
        filed += [ref for ref in refs if ref.start < after]
        yield [ref for ref in refs if ref.start >= after and timeref.dates_story(text, ref)]
    if filed:
        yield filed


def _time_before(
    text: str,
    published: date | None,
    spans: list[SentenceSpan],
    index: int,
    scanned: dict[int, list[TimeRef]],
) -> DateSpan | None:
    """The last day or date the sentences before one named, in its paragraph: what "that
    evening" or "at the time" points back to."""
    for j in range(index - 1, -1, -1):
        if spans[j].paragraph != spans[index].paragraph:
            return None
        dated = [
            r for r in _sentence_times(text, published, spans[j], j, scanned) if _single_day(r)
        ]
        if dated:
            return DateSpan.day(dated[-1].span.end)
    return None


def _single_day(ref: TimeRef) -> bool:
    """A time naming one day a story goes on narrating: a day, or the last of a span's bounds
    ("between December 8 and Thursday"); not a "since" nor a time counted back."""
    return ref.grain in ("day", timeref.RANGE_GRAIN) and not (ref.since or ref.back)


def _dates_by_sentence(quantities: list[Quantity], starts: list[int]) -> dict[int, list[Quantity]]:
    """Date figures per sentence index: they are time expressions for the figures beside them."""
    out: dict[int, list[Quantity]] = {}
    for q in quantities:
        if q.kind == "date" and q.when is not None:
            out.setdefault(bisect_right(starts, q.start) - 1, []).append(q)
    return out


def _with_dates(refs: list[TimeRef], dates: Iterable[Quantity]) -> list[TimeRef]:
    """The sentence's time expressions plus its calendar dates ("In May", "early 2014"), so a
    figure's own month beats the lead date. Where both read the same words the date parser
    wins: it has already decided "early May 30 people" is a month and a count."""
    extra = [
        _read_wider(refs, q) or TimeRef(q.start, q.end, q.mention, q.when, _grain(q.when))
        for q in dates
        if q.when is not None
    ]
    if not extra:
        return refs
    kept = [r for r in refs if not any(r.start < d.end and d.start < r.end for d in extra)]
    return sorted([*kept, *extra], key=lambda r: r.start)


def _read_wider(refs: Iterable[TimeRef], q: Quantity) -> TimeRef | None:
    """A time expression that holds a date and narrows it ("the final quarter of 2022", "the
    first six months of 2022", "the final six days of December", "the same period of 2021"):
    the date is that part of itself, not the whole year or month."""
    if q.when is None:
        return None
    return next(
        (
            r
            for r in refs
            if r.start <= q.start
            and q.end <= r.end
            and r.end - r.start > q.end - q.start
            and q.when.start <= r.span.start
            and r.span.end <= q.when.end
            and r.span != q.when
            and not r.since
        ),
        None,
    )


def _reference_period(
    text: str,
    quantities: list[Quantity],
    spans: list[SentenceSpan],
    prose: list[bool],
    published: date | None,
) -> DateSpan | None:
    """The period a statistics release is about: the first month or quarter its lead names
    that has ended by publication ("inflation fell to 8.7% in April", in a May paper). A rate
    later in the story with no time of its own is that period's, not the paper's day. A month
    a total runs from ("100,000 casualties ... since December", "have reached Britain ...
    since January") is no release's period: the story is of its day; nor is one that dates a
    clause or a noun under the lead's statement ("beating the previous high of 651, recorded in
    April", "after it protected uninsured customers ... in March", "an outage in July"): a
    release states what its period's figure did."""
    lead = [s for s in spans if prose[s.paragraph]][:_LEAD_SENTENCES]
    for q in quantities:
        if q.kind != "date" or q.when is None:
            continue
        span = next((s for s in lead if s.start <= q.start < s.end), None)
        if span is None or timeref.starts_total(text, q.start):
            continue
        days = (q.when.end - q.when.start).days + 1
        if _PERIOD_DAYS[0] <= days <= _PERIOD_DAYS[1] and (
            published is None
            or timedelta(0) < published - q.when.end <= timedelta(days=_RELEASE_LAG_DAYS)
        ):
            doc = _parse_one(text[span.start : span.end])
            at = q.start - span.start
            if doc is None or frames.dates_statement(doc, at, q.end - span.start):
                return q.when
    return None


def _parse_one(sentence: str) -> Any | None:
    """One sentence's dependency parse (no entities), for a question asked before the
    article's batch is parsed: only a lead naming a candidate release period asks it."""
    nlp = parser.load()
    try:
        with parser.one_blas_thread(), nlp.select_pipes(disable=["ner"]):
            return nlp(frames.mask_dateline(sentence))
    except Exception:  # a sentence spaCy fails on keeps the word windows' reading
        return None


def _grain(span: DateSpan) -> str:
    days = (span.end - span.start).days
    return "day" if days == 0 else "week" if days <= 7 else "month" if days <= 31 else "year"


def _may_inherit(text: str, q: Quantity, same_sentence: bool) -> bool:
    """An elided noun is the previous count's within a sentence ("killing five civilians and
    injuring 29"); across sentences only "ten more", "15 others" point back."""
    return same_sentence or text[q.end : q.end + 12].lstrip().lower().startswith(_BACK_WORDS)


_BACK_WORDS = ("more", "other", "further", "additional")
# A release's period is a month or a quarter (28 to 92 days), named in its first sentences.
_PERIOD_DAYS = (28, 92)
_LEAD_SENTENCES = 2
# A release is about a recent period: dev releases' periods ended 5 to 143 days before the paper
# (the annual benchmark revision of US payrolls the latest); a lead's month older than half a
# year is history ("the militants who seized the city in June 2014", 839 days before).
_RELEASE_LAG_DAYS = 183


def _with_noun(text: str, q: Quantity) -> Quantity:
    """A count's mention takes its noun ("seven districts"), as "85 percent" takes its unit."""
    if q.kind != "count" or not q.noun or not meaning.is_countable_noun(q.noun):
        return q
    m = _NOUN_GAP_RE.match(text, q.end)
    if not m or not text.startswith(q.noun, m.end()):
        return q
    end = m.end() + len(q.noun)
    if end < len(text) and (text[end].isalnum() or text[end] in "-'’"):
        return q
    return replace(q, end=end, mention=text[q.start : end])


def _as_of(
    q: Quantity,
    sentence: str,
    offset: int,
    refs: list[TimeRef],
    lead: DateSpan | None,
    published: date | None,
    cumulative: bool = False,
) -> tuple[DateSpan | None, bool]:
    """When the figure held, and whether a "since" makes it a running total.

    A date is its own time. Otherwise the nearest time expression of the figure's sentence
    (crossing clause boundaries costs), then the lead date, then the publication date. A running
    total is as of the report, never as of the date it runs from: when the nearest expression is
    a "since"/"began in" date, or the figure is already a running total ("so far", "in the war")
    and its sentence dates the start, the publication date is its time.
    """
    if q.kind == "date":
        wider = _read_wider(refs, q)
        if wider is not None:
            return wider.span, False
        if q.when is not None:
            return q.when, False
        found = timeref.resolve(q.mention, published)
        return found, False
    best: tuple[int, TimeRef] | None = None
    own: TimeRef | None = None
    starts = False
    for ref in refs:
        if ref.start < q.end and q.start < ref.end:
            if q.kind == "duration" and published is not None and ref.span.end == published:
                own = ref  # "in the last two weeks": the window runs up to the report
            continue  # the figure's own words ("two weeks ago" is not its time)
        a, b = (ref.end, q.start) if ref.end <= q.start else (q.end, ref.start)
        gap = b - a
        between = sentence[a - offset : b - offset]
        cost = gap + _CLAUSE_PENALTY * sum(between.count(ch) for ch in ",;:")
        if published is not None and ref.span.start > published:
            cost += _FUTURE_PENALTY  # "will enter its fifth year next month": not the count's time
        if best is None or cost < best[0]:
            best = (cost, ref)
        starts = starts or _is_start(ref, sentence, offset)
    if own is not None:
        return DateSpan.day(own.span.end), False
    if best is not None:
        ref = best[1]
        if _is_start(ref, sentence, offset) or (cumulative and starts):
            # "since a ceasefire collapsed on September 19": a running total, as of publication
            return (DateSpan.day(published) if published else ref.span), True
        return ref.span, False
    if lead is not None:
        return lead, False
    return (DateSpan.day(published) if published else None), False


def _is_start(ref: TimeRef, sentence: str, offset: int) -> bool:
    """A time a total runs from: "since March 2011", "the war that began in 2011"."""
    return ref.since or timeref.starts_total(sentence, ref.start - offset)
