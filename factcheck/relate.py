"""Match figures across articles and judge them in time: agrees, contradicts, updates.

The embedding only *proposes* candidate pairs; the structured claim fields decide whether two
figures measure the same thing (killed ≠ injured, east ≠ west Aleppo, a seven-day truce ≠ a
five-day ceasefire request), and the dates decide whether a difference is a conflict or
progress (75% on Dec 6 then 85% on Dec 8 is an update, not a contradiction).

Candidate retrieval is symmetric and corpus-size independent, so ``relate(all)`` equals the
union of incremental runs. Claims are blocked on facets that mirror the same-measure rules —
(kind, unit family, event) → role → subject → day (one-off counts) → place name — where a
claim missing a field is a wildcard searched against every block at that level. Within a
block every pair whose cosine similarity reaches ``min_similarity`` is a candidate (exact
chunked matrix products, no top-k cut that would change as the corpus grows). Similarities
are recomputed per pair in float64 and rounded, so a verdict never depends on chunk shapes
or input order. Confidence: ``compare`` scores structure (how many deciding fields are known
on both sides) and margin; ``relate`` scales it by 0.8 + 0.2 × similarity.

On real news the structure alone over-reports: many incidents share a day and a role, and a
sentence often gives a whole and its part. So ``relate`` (which has the vectors and the corpus)
keeps a difference — a contradiction or an update — only with evidence of one story: a specific
place named on both claims, one rare incident kind (a gas attack, a car bomb) named by two tolls
of one day, or contexts the real model finds near-paraphrases (thresholds
calibrated by hand-judging FA-KES relations with all-MiniLM-L6-v2); and it drops conflicts a
sentence explains itself (it gives both figures) and tolls anchored to one start but told weeks
apart. ``compare`` judges one pair on structure only and has none of these gates.

Relation direction: ``source`` is the claim whose ``as_of`` starts earlier (unknown dates sort
last, ties by claim id), so an ``updates`` edge points from the older figure to the newer one.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Iterator, Sequence
from datetime import date, timedelta
from typing import NamedTuple

import numpy as np

from .model import Claim, DateSpan, Group, Relation, short_id

RELATE_VERSION = "8"

DEFAULT_MIN_SIMILARITY = 0.2
"""Low on purpose: the embedding proposes, the structure decides. Same-measure sentences from
different outlets are often worded very differently."""

_CHUNK_ROWS = 512  # rows per matrix product: bounds memory at 512 x block size floats

# ---------------------------------------------------------------------------------------------
# Vocabulary: word stems mapped to classes. Matching is by prefix on lower-cased words, so
# "wounded", "wounding", "wounds" all land in one class without listing every form.
# ---------------------------------------------------------------------------------------------

_ROLE_STEMS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("casualties", ("casualt",)),
    ("killed", ("kill", "dead", "death", "die", "slain", "fatalit", "toll", "massacr", "execut")),
    ("injured", ("injur", "wound", "hurt", "maim")),
    ("fled", ("fled", "flee", "displac", "escap", "evacu", "refugee", "exodus")),
    ("remaining", ("remain", "trapped", "besieged", "living", "stranded", "left", "stay")),
    (
        "controlled",
        (
            "control",
            "held",
            "hold",
            "captur",
            "recaptur",
            "took",
            "taken",
            "take",
            "retak",
            "retook",
            "seiz",
            "liberat",
            "gain",
            "conquer",
            "under",
            "overr",
        ),
    ),
    ("surrendered", ("surrender",)),
    ("arrested", ("arrest", "detain", "abduct", "kidnap", "prisoner")),
    ("missing", ("missing", "disappear")),
    ("strikes", ("strike", "airstrike", "raid", "bomb", "shell", "rocket", "barrel")),
)
_CAPTURE_STEMS = ("captur", "recaptur", "took", "taken", "retak", "retook", "seiz", "liberat")
_FLOW_ROLES = frozenset(
    {
        "killed",
        "injured",
        "casualties",
        "fled",
        "surrendered",
        "arrested",
        "missing",
        "strikes",
        "captured",
    }
)

_SUBJECT_STEMS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("children", ("child", "kid", "minor", "boy", "girl")),
    ("women", ("women", "woman")),
    ("soldiers", ("soldier", "troop", "servicem", "personnel", "army", "regime force")),
    (
        "combatants",
        ("rebel", "insurgent", "militant", "fighter", "terrorist", "jihadist", "gunm", "jihadi"),
    ),
    (
        "people",
        ("people", "civilian", "person", "resident", "inhabitant", "individual", "population"),
    ),
    ("territory", ("territor", "area", "land", "ground", "part", "neighbo", "city")),
)

_HOLDER_STEMS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("islamic state", ("islamic state", "isis", "isil", "daesh")),
    ("kurds", ("kurd", "sdf", "ypg")),
    (
        "rebels",
        (
            "rebel",
            "opposition",
            "insurgent",
            "militant",
            "terrorist",
            "extremist",
            "jihad",
            "islamist",
            "faction",
            "nusra",
            "fighters",
        ),
    ),
    (
        "government",
        (
            "government",
            "regime",
            "army",
            "state",
            "troop",
            "loyalist",
            "pro-government",
            "assad",
            "military",
            "soldier",
            "syrian forces",
        ),
    ),
)
_TWO_SIDES = frozenset({"government", "rebels"})  # the only pair whose shares complement
_PARTIES = frozenset(cls for cls, _ in _HOLDER_STEMS)

_EVENT_STEMS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ceasefire", ("truce", "ceasefire", "cease-fire", "cease fire", "pause", "lull", "armistic")),
    ("talks", ("talk", "negotiat", "meeting", "summit")),
    ("siege", ("siege", "besieg", "blockad", "encircl")),
    ("control", ("control", "rule", "held", "hold", "occupation", "under")),
    ("bombardment", ("bombard", "shelling", "airstrike", "air strike", "air campaign", "raid")),
    (
        "offensive",
        (
            "offensive",
            "campaign",
            "operation",
            "assault",
            "push",
            "advance",
            "battle",
            "captur",
            "attack",
            "drive",
        ),
    ),
    ("war", ("war", "conflict", "crisis", "uprising", "revolution", "fighting")),
)
# Durations that specify a thing rather than measure elapsed time: a seven-day truce and a
# five-day ceasefire are two proposals, not two measurements of one truce.
_SPECIFIED_EVENTS = frozenset({"ceasefire", "talks"})
# Events that happen once per story (the war); every other event class recurs (offensives,
# sieges, truces), so two dates for it far apart are two occurrences, not a conflict.
_UNIQUE_EVENTS = frozenset({"war"})
_OCCURRENCE_DAYS = 60
_UNIQUE_OCCURRENCE_DAYS = 730  # "the war" started years apart is another war (the Six Day War)
# Counts an order of magnitude apart are different scopes (a town's toll vs the war's), not a
# disagreement: real disputes between sources stay well inside this factor.
_SCALE_FACTOR = 10.0
# A running toll is followed for a couple of weeks after its event; two tolls further apart
# are most likely different events, unless both are anchored to the same start ("since March
# 2011" gives both the same as_of).
_TOLL_WINDOW_DAYS = 14
# Without a place on both sides nothing ties two figures weeks apart to one story (people
# remaining in "the besieged zone" in July and in November may be two different enclaves).
_PLACELESS_WINDOW_DAYS = 14
_EVENT_CLASSES = frozenset(cls for cls, _ in _EVENT_STEMS)

# A contradiction or an update claims two figures are about one thing; matching structure is
# not enough on real news, where many incidents share a day and a role ("11 killed in al-Bab"
# vs "60 killed in May"). One of these must tie them to one story: a specific place named on
# both claims, or contexts the real sentence model finds this similar (calibrated on FA-KES
# with all-MiniLM-L6-v2; the place an article names elsewhere proved too weak: 3 of 11).
_IDENTITY_SIMILARITY = 0.75
# Incident kinds rare enough that two same-day tolls naming one are one story even when a side
# names no place and the wording differs ("the sarin attack on Ghouta killed 1,400" vs "a gas
# attack near Damascus killed 650"). Air strikes and shelling happen many times a day, so they
# identify nothing (on FA-KES they paired tolls of different towns).
_INCIDENT_STEMS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("chemical", ("chemical", "gas", "sarin", "chlorine", "toxic", "nerve agent", "poison")),
    # one class: outlets call one attack a car bomb, a suicide bombing, a blast, an explosion
    (
        "bombing",
        (
            "car bomb",
            "truck bomb",
            "vehicle bomb",
            "bomb-laden",
            "booby-trapped",
            "suicide",
            "explosion",
            "blast",
            "explod",
        ),
    ),
    ("barrel bomb", ("barrel bomb",)),
    ("massacre", ("massacre",)),
)
# With a shared incident kind on one day, moderate similarity suffices: on FA-KES it won back
# same-event article pairs (55% -> 62%); of the contradictions it added, 9 of 10 judged right
# at 0.55-1, 9 of 10 at 0.5-0.55 and 15 of 15 bombings; 0.45 adds 21 more for one more pair.
_INCIDENT_SIMILARITY = 0.5
# Dates and durations of a broad event ("the war began", "since 2012") are mostly other events
# in passing ("warplanes first used in July 2012"): conflicting dates need near-paraphrases.
_TIME_CONFLICT_SIMILARITY = 0.7
# A count dated to a month or longer is a period total or a start anchor, not an incident day.
_ANCHOR_SPAN_DAYS = 28
# A count or distance that moved between two days is an update only if the contexts nearly
# paraphrase each other: a shared city is no evidence that two tolls (or a toll and a scope
# total) are one story (7 of 30 count updates were right at 0.75 with a place; 6 of 9 at 0.78).
_UPDATE_SIMILARITY = 0.78
# A figure lower on a later day than a running total allows: only near-paraphrases count.
_RETRACTION_SIMILARITY = 0.8
# Places covering the whole story identify no incident in it.
_COARSE_PLACES = frozenset(
    {
        "syria",
        "syrias",
        "syrian",
        "iraq",
        "turkey",
        "lebanon",
        "jordan",
        "israel",
        "iran",
        "russia",
        "yemen",
        "egypt",
        "country",
        "middle",
        "east",
    }
)
# A figure introduced as a part ("including 10", "three others", "four of them") counts a
# subset of some total; it may agree with another report of that part, never contradict a whole.
_PART_BEFORE = re.compile(
    r"\b(?:including|includes|included|among(?:\s+(?:them|whom|those))?|of\s+(?:whom|them|which)"
    r"|incl)\W*(?:(?:at\s+least|about|around|some|nearly|almost|over|more\s+than|up\s+to)\s+)?$",
    re.IGNORECASE,
)
_PART_AFTER = re.compile(
    r"^\W*(?:[a-z-]+\s+)??(?:others?\b|more\b|of\s+(?:them|whom|those)\b|were\s+among\b"
    r"|of\s+the\s+(?:dead|wounded|injured|victims|killed|casualties|fighters|jihadists)\b)",
    re.IGNORECASE,
)

_DIRECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("southeast", ("southeast", "south-east")),
    ("southwest", ("southwest", "south-west")),
    ("northeast", ("northeast", "north-east")),
    ("northwest", ("northwest", "north-west")),
    ("east", ("east",)),
    ("west", ("west",)),
    ("north", ("north",)),
    ("south", ("south",)),
    ("centre", ("central", "centre", "center")),
)
_PLACE_STOP = frozenset(
    {
        "the",
        "of",
        "in",
        "city",
        "province",
        "governorate",
        "region",
        "part",
        "parts",
        "s",
        "area",
        "areas",
        "district",
        "districts",
        "town",
        "countryside",
        "al",
        "el",
        "'s",
        "and",
        "enclave",
        "pocket",
        "besieged",
        "neighbourhood",
        "neighbourhoods",
        "neighborhood",
        "neighborhoods",
        "held",
        "rebel",
        "rebels",
        "opposition",
        "government",
    }
)

_WORD = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")
_UNIT_DAYS = {"day": 1.0, "week": 7.0, "month": 30.44, "year": 365.25, "hour": 1 / 24}


def _classify(text: str | None, table: tuple[tuple[str, tuple[str, ...]], ...]) -> str | None:
    """Map free text to a class by stem; unknown text keeps its own normalised form."""
    if not text or not text.strip():
        return None
    words = _WORD.findall(text.lower())
    padded = " " + " ".join(words) + " "
    for cls, stems in table:
        for stem in stems:
            if (" " in stem and f" {stem} " in padded) or any(w.startswith(stem) for w in words):
                return cls
    return " ".join(w.rstrip("s") for w in words) or None


def _role_class(text: str | None) -> str | None:
    cls = _classify(text, _ROLE_STEMS)
    if cls is None:
        return None
    words = set(_WORD.findall((text or "").lower()))
    killed = any(w.startswith(s) for w in words for s in ("kill", "dead", "death", "die"))
    hurt = any(w.startswith(s) for w in words for s in ("injur", "wound"))
    return "casualties" if killed and hurt else cls


class _Place(NamedTuple):
    names: frozenset[str]
    directions: frozenset[str]


_VOWELS = re.compile(r"(?:[aeiou]|y(?![aeiou]))+")  # y before a vowel is a consonant (Daraya)
_DOUBLED = re.compile(r"([b-df-hj-np-z])\1+")
_MIN_FUZZY_KEY = 4  # shorter keys ("sad", "aid") collide across unrelated names


def _name_key(name: str) -> str:
    """Spelling-blind key of a transliterated name, so Raqqa = Raqa, Idlib = Idleb,
    Khan Sheikhoun = Khan Shaykhun, Hasakeh = Hassakeh: vowel runs to one vowel, doubled
    consonants to one, q to k, a final -h dropped. Short names stay exact."""
    key = _DOUBLED.sub(r"\1", _VOWELS.sub("a", _DOUBLED.sub(r"\1", name.replace("q", "k"))))
    key = key.removesuffix("h") if key.endswith("ah") else key
    return key if len(key) >= _MIN_FUZZY_KEY else name


def _place(text: str | None) -> _Place | None:
    """Split a place into named parts and compass qualifiers (east/west Aleppo differ)."""
    if not text or not text.strip():
        return None
    words = _WORD.findall(text.lower())
    names: set[str] = set()
    dirs: set[str] = set()
    for w in words:
        core = w.removesuffix("'s")
        d = next(
            (cls for cls, forms in _DIRECTIONS if any(core.startswith(f) for f in forms)), None
        )
        if d is not None:
            dirs.add(d)
        elif core not in _PLACE_STOP and not core.endswith(("-held", "-controlled")):
            names.add(_name_key(core.removeprefix("al-")))
    if not names and not dirs:
        return None
    return _Place(frozenset(names), frozenset(dirs))


def _places_compatible(a: _Place | None, b: _Place | None) -> tuple[bool, str]:
    if a is None or b is None:
        return True, "place unknown on one side"
    if a.names and b.names and not (a.names & b.names):
        return False, "different places"
    if a.directions and b.directions and a.directions != b.directions:
        return False, "different parts of the place"
    return True, "same place"


# ---------------------------------------------------------------------------------------------
# Per-claim profile: computed once per relate() call so pair checks are cheap.
# ---------------------------------------------------------------------------------------------


class _Profile(NamedTuple):
    claim: Claim
    family: str
    role: str | None
    subject: str | None
    holder: str | None
    event: str | None
    event_known: bool  # the event falls in a class we know (not just its own words)
    event_party: str | None  # whose rule/offensive, when the event names it
    place: _Place | None
    flow: bool
    grows: bool
    lo: float | None
    hi: float | None
    part: bool  # introduced as a subset of some total ("including 10", "three others")


def _is_part(c: Claim) -> bool:
    """Whether the sentence introduces the figure as a part of a larger group."""
    at = c.sentence.find(c.mention) if c.mention else -1
    if at < 0:
        return False
    before, after = c.sentence[max(0, at - 40) : at], c.sentence[at + len(c.mention) :][:40]
    return bool(_PART_BEFORE.search(before) or _PART_AFTER.match(after))


def _unit_family(c: Claim) -> str:
    if c.kind == "percent":
        return "%"
    if c.kind == "duration":
        return "days"
    if c.kind == "distance":
        return "km"
    if c.kind in ("count", "date"):
        return ""  # what is counted lives in subject/role, not in the unit
    return (c.unit or "").strip().lower()


def _rounding_tolerance(c: Claim) -> float:
    """How far an exact-looking figure may sit from the truth given how it was written.

    "85 percent" is ±0.5; "250,000" is a round number (±5,000); "three-fifths" is a coarse
    fraction (±2.5 points); "two weeks" is ±half a week. Capped so round numbers stay tight.
    """
    sv = c.stated.value
    nv = c.value if c.value is not None else c.low
    if sv is None or nv is None or sv == 0:
        return 0.0
    scale = abs(nv / sv)
    unit = (c.stated.unit or "").lower().rstrip("s")
    if c.kind == "duration" and unit in _UNIT_DAYS:
        scale = _UNIT_DAYS[unit]
    if abs(sv) < 1 and sv != int(sv):  # a fraction word: "three-fifths", "a tenth"
        return 0.025 * scale
    if sv == int(sv):
        n = int(abs(sv))
        zeros = 0
        while n and n % 10 == 0:
            n //= 10
            zeros += 1
        rounded = min(10**zeros / 2, 0.025 * abs(sv))
        return max(0.5, rounded) * scale
    decimals = len(repr(float(sv)).split(".")[1])
    return 0.5 * 10.0**-decimals * scale


def _interval(c: Claim, elapsed: bool = False) -> tuple[float | None, float | None]:
    """The value interval widened by rounding; ``elapsed`` durations are also floored by
    writers ("a five-year war" may be 5.9 years old), so they reach a whole unit higher."""
    lo = c.low if c.low is not None else c.value
    hi = c.high if c.high is not None else c.value
    if lo is None or hi is None:
        return None, None
    lo, hi = min(lo, hi), max(lo, hi)
    if c.kind == "count" and lo < hi and not any(ch.isdigit() for ch in c.mention):
        hi *= 1.5  # "millions", "dozens": writers use them for figures past their top too
    if lo == hi:
        tol = _rounding_tolerance(c)
        lo, hi = lo - tol, hi + (3 * tol if elapsed else tol)
    return lo, hi


_Keys = tuple[str | None, bool, str | None, str | None, str | None, str | None, "_Place | None"]


def _keys(c: Claim) -> _Keys:
    """The canonical structured keys of a claim (role, capture?, subject, holder, event, place)."""
    role = _role_class(c.role)
    role_words = _WORD.findall((c.role or "").lower())
    capture = any(w.startswith(_CAPTURE_STEMS) for w in role_words)
    if c.kind == "percent" and role == "remaining":
        role = "controlled"  # "a tenth left to the rebels" is the rebels' held share
    elif c.kind != "percent" and capture:
        role = "captured"  # "retook seven districts on Tuesday" is that day's event, not a stock
    return (
        role,
        capture,
        _classify(c.subject, _SUBJECT_STEMS),
        _classify(c.holder, _HOLDER_STEMS),
        _classify(c.event, _EVENT_STEMS),
        _classify(c.event, _HOLDER_STEMS) if c.event else None,
        _place(c.place),
    )


def _profile(c: Claim, memo: dict[tuple[object, ...], _Keys] | None = None) -> _Profile:
    """Profile a claim; ``memo`` (per call, never global) reuses keys of repeated texts."""
    text = (c.kind, c.role, c.subject, c.holder, c.event, c.place)
    keys = memo.get(text) if memo is not None else None
    if keys is None:
        keys = _keys(c)
        if memo is not None:
            memo[text] = keys
    role, capture, subject, holder, event, party, place = keys
    lo, hi = _interval(c, elapsed=c.kind == "duration" and event not in _SPECIFIED_EVENTS)
    return _Profile(
        claim=c,
        family=_unit_family(c),
        role=role,
        subject=subject,
        holder=holder,
        event=event,
        event_known=event in _EVENT_CLASSES,
        event_party=party if party in _PARTIES else None,
        place=place,
        flow=role in _FLOW_ROLES,
        grows=c.cumulative or (c.kind == "percent" and capture),
        lo=lo,
        hi=hi,
        part=_is_part(c),
    )


# ---------------------------------------------------------------------------------------------
# Same measure?
# ---------------------------------------------------------------------------------------------


def _same(a: _Profile, b: _Profile) -> tuple[bool, str]:
    ca, cb = a.claim, b.claim
    if ca.kind != cb.kind:
        return False, f"different kinds ({ca.kind} vs {cb.kind})"
    if a.family != b.family:
        return False, f"different units ({a.family} vs {b.family})"
    kind = ca.kind
    if ca.article == cb.article and ca.sentence and ca.sentence == cb.sentence:
        return False, "two figures in one sentence count different groups"
    if a.role and b.role and a.role != b.role:
        return False, f"different roles ({a.role} vs {b.role})"
    if a.subject and b.subject and a.subject != b.subject:
        return False, f"different things measured ({a.subject} vs {b.subject})"
    if kind == "percent" and not (a.subject and b.subject):
        return False, "a share of an unknown whole cannot be matched"
    if kind == "count" and not (a.role and b.role):
        return False, "a count without what happened (killed, fled...) cannot be matched"
    if (
        kind in ("money", "other")
        and not (a.role and b.role)
        and not (a.subject and a.subject == b.subject)
    ):
        return False, "too little structure to say what is measured"
    ok, why = _places_compatible(a.place, b.place)
    if not ok:
        return False, why
    if (
        kind == "percent"
        and a.holder
        and b.holder
        and a.holder != b.holder
        and {a.holder, b.holder} != _TWO_SIDES
    ):
        return False, f"shares of different holders ({a.holder} vs {b.holder})"
    if a.event and b.event:
        if a.event != b.event:
            return False, f"different events ({a.event} vs {b.event})"
        if a.event_party and b.event_party and a.event_party != b.event_party:
            return False, f"events of different parties ({a.event_party} vs {b.event_party})"
    if kind in ("date", "duration"):
        if not (a.event_known and b.event_known):
            return False, "a date or duration needs a recognised event to be matched"
        if (
            kind == "duration"
            and a.event in _SPECIFIED_EVENTS
            and not _overlap(a.lo, a.hi, b.lo, b.hi)
        ):
            return False, f"different {a.event} proposals ({ca.mention} vs {cb.mention})"
        window = _UNIQUE_OCCURRENCE_DAYS if a.event in _UNIQUE_EVENTS else _OCCURRENCE_DAYS
        sa, sb = _occurrence(a), _occurrence(b)
        if sa and sb and max(sa[0], sb[0]) - min(sa[1], sb[1]) > timedelta(window):
            return False, f"different occurrences of {a.event}: starts too far apart"
    if kind in ("count", "money", "distance", "other") and _scale_apart(a, b):
        return False, "an order of magnitude apart: different scopes"
    if kind == "distance" and not (a.subject and b.subject):
        return False, "distances without a known reference point"
    if (
        a.event not in _UNIQUE_EVENTS
        and (a.place is None or b.place is None)
        and ca.as_of
        and cb.as_of
        and _days_apart(ca.as_of, cb.as_of) > _PLACELESS_WINDOW_DAYS
    ):
        return False, "no shared place to tie figures weeks apart to one story"
    if a.flow or b.flow:
        if ca.cumulative != cb.cumulative:
            return False, "a running total vs a one-off count"
        if (
            ca.cumulative
            and ca.as_of
            and cb.as_of
            and _days_apart(ca.as_of, cb.as_of) > _TOLL_WINDOW_DAYS
        ):
            return False, "running tolls from dates too far apart to be one event"
        if not ca.cumulative:
            if ca.as_of is None or cb.as_of is None:
                return False, "one-off counts without dates cannot be matched"
            if ca.as_of != cb.as_of:
                return False, "one-off counts for different days"
    return True, "same measure"


def _days_apart(a: DateSpan, b: DateSpan) -> int:
    """Days between two spans (0 when they overlap)."""
    return max((max(a.start, b.start) - min(a.end, b.end)).days, 0)


def _occurrence(p: _Profile) -> tuple[date, date] | None:
    """When a dated event happened: the date itself, or the start an elapsed duration implies."""
    if p.claim.kind == "date":
        span = p.claim.as_of
        return (span.start, span.end) if span else None
    return _start_span(p)


def _scale_apart(a: _Profile, b: _Profile) -> bool:
    if a.lo is None or a.hi is None or b.lo is None or b.hi is None:
        return False
    small_hi, big_lo = min(a.hi, b.hi), max(a.lo, b.lo)
    return small_hi > 0 and big_lo / small_hi > _SCALE_FACTOR


def same_measure(a: Claim, b: Claim) -> tuple[bool, str]:
    """Whether two claims measure the same thing, decided on structure, with the reason."""
    return _same(_profile(a), _profile(b))


# ---------------------------------------------------------------------------------------------
# Compare in time
# ---------------------------------------------------------------------------------------------


def _overlap(alo: float | None, ahi: float | None, blo: float | None, bhi: float | None) -> bool:
    """Intervals share more than a boundary (two rounded figures that merely touch differ)."""
    if alo is None or ahi is None or blo is None or bhi is None:
        return False
    lo, hi = max(alo, blo), min(ahi, bhi)
    return lo < hi or (lo == hi and (alo == ahi or blo == bhi))


def _time_key(c: Claim) -> tuple[int, date, date, str]:
    if c.as_of is None:
        return (1, date.max, date.max, c.id)
    return (0, c.as_of.start, c.as_of.end, c.id)


def _when(c: Claim) -> str:
    if c.as_of is None:
        return "on an unknown date"
    if c.as_of.start == c.as_of.end:
        return f"on {c.as_of.start.isoformat()}"
    return f"for {c.as_of.start.isoformat()}..{c.as_of.end.isoformat()}"


def _who(c: Claim) -> str:
    return c.attribution or f"article {c.article}"


def _fmt(x: float) -> str:
    return f"{x:,.0f}" if abs(x) >= 100 or x == int(x) else f"{x:.1f}"


def _structure_score(a: _Profile, b: _Profile) -> float:
    """Share of deciding fields known on both sides: more known structure, more confidence."""
    pairs = [
        (a.role, b.role),
        (a.subject, b.subject),
        (a.place, b.place),
        (a.claim.as_of, b.claim.as_of),
    ]
    if a.claim.kind == "percent":
        pairs.append((a.holder, b.holder))
    if a.claim.kind in ("date", "duration"):
        pairs.append((a.event, b.event))
    return sum(1 for x, y in pairs if x is not None and y is not None) / len(pairs)


def _start_span(p: _Profile) -> tuple[date, date] | None:
    """The start dates an elapsed duration implies: as_of minus the duration interval."""
    c = p.claim
    if c.as_of is None or p.lo is None or p.hi is None:
        return None
    return (
        c.as_of.start - timedelta(days=max(p.hi, 0.0)),
        c.as_of.end - timedelta(days=max(p.lo, 0.0)),
    )


_Verdict = tuple[str, str, str, float, str]  # source id, target id, type, confidence, reason


def _relation(
    first: _Profile, second: _Profile, rtype: str, confidence: float, reason: str
) -> _Verdict:
    if rtype == "contradicts" and first.claim.article == second.claim.article:
        # one article rarely contradicts itself: more often a part vs the whole, or two incidents
        confidence *= 0.7
        reason += " (within one article)"
    elif rtype == "contradicts" and (first.place is None or second.place is None):
        # same day, no shared place: quite possibly two incidents rather than a dispute
        confidence *= 0.8
        reason += " (place unknown on one side)"
    return (first.claim.id, second.claim.id, rtype, min(max(confidence, 0.0), 1.0), reason)


def _judge(a: _Profile, b: _Profile) -> _Verdict | None:
    """Time-aware comparison; a part set against a whole may agree but never conflict."""
    verdict = _judge_values(a, b)
    if verdict is None or verdict[2] == "agrees":
        return verdict
    if a.part != b.part:
        return None
    if (
        verdict[2] == "contradicts"
        and a.claim.kind == "count"
        and a.claim.article == b.claim.article
    ):
        # one article's two counts for a day are nearly always two incidents or a part and its
        # whole (13 of 14 such conflicts on FA-KES were), not the article disputing itself
        return None
    return verdict


def _judge_values(a: _Profile, b: _Profile) -> _Verdict | None:
    """Time-aware comparison of two same-measure profiles (order-independent)."""
    if _time_key(b.claim) < _time_key(a.claim):
        a, b = b, a
    ca, cb = a.claim, b.claim
    structure = _structure_score(a, b)
    base = 0.55 + 0.35 * structure
    said_b = f'{_who(cb)} says "{cb.mention}" {_when(cb)}'
    said_a = f'{_who(ca)} said "{ca.mention}" {_when(ca)}'

    if ca.kind == "date":
        if ca.as_of is None or cb.as_of is None:
            return None
        span_b = f"{cb.as_of.start.isoformat()}"
        span_a = f"{ca.as_of.start.isoformat()}"
        what = cb.event or "it"
        if ca.as_of.overlaps(cb.as_of):
            return _relation(
                a, b, "agrees", base, f"{_who(cb)} and {_who(ca)} both date {what} to {span_b}"
            )
        return _relation(
            a,
            b,
            "contradicts",
            base,
            f'{_who(cb)} dates {what} to {span_b} ("{cb.mention}"); '
            f'{_who(ca)} to {span_a} ("{ca.mention}")',
        )

    if a.lo is None or a.hi is None or b.lo is None or b.hi is None:
        return None

    if ca.kind == "duration" and a.event not in _SPECIFIED_EVENTS:
        sa, sb = _start_span(a), _start_span(b)
        if sa is not None and sb is not None:
            lo, hi = max(sa[0], sb[0]), min(sa[1], sb[1])
            if lo <= hi:
                return _relation(
                    a,
                    b,
                    "agrees",
                    base,
                    f"{said_b}; {said_a}: both put the start of the {a.event} around "
                    f"{lo.isoformat()}..{hi.isoformat()}",
                )
            gap = (max(sa[0], sb[0]) - min(sa[1], sb[1])).days
            return _relation(
                a,
                b,
                "contradicts",
                base * (0.6 + 0.4 * min(gap / 14, 1.0)),
                f"{said_b}; {said_a}: they put the start of the {a.event} {gap} days apart",
            )

    alo, ahi, blo, bhi = a.lo, a.hi, b.lo, b.hi
    da = 1 if a.grows else 0
    db = 1 if b.grows else 0
    note = ""
    if ca.kind == "percent" and a.holder and b.holder and a.holder != b.holder:
        blo, bhi = 100.0 - bhi, 100.0 - blo  # b's share seen from a's holder
        db = -db
        note = f" (= {_fmt(blo)}-{_fmt(bhi)}% held by the {a.holder})"
    direction = da or db
    if da and db and da != db:
        direction = 0

    overlap = _overlap(alo, ahi, blo, bhi)
    width = max((ahi - alo) + (bhi - blo), 1e-9)
    gap = max(blo - ahi, alo - bhi, 0.0)
    margin = gap / (gap + width / 2)
    vals = f"{said_b}{note}; {said_a}"
    same_time = ca.as_of is not None and cb.as_of is not None and ca.as_of.overlaps(cb.as_of)
    unknown_time = ca.as_of is None or cb.as_of is None

    if unknown_time:
        if overlap:
            return _relation(a, b, "agrees", base * 0.75, f"{vals}: the figures match")
        return _relation(
            a,
            b,
            "contradicts",
            base * (0.45 + 0.2 * margin),
            f"{vals}: the figures differ and the dates are unknown",
        )
    if same_time:
        if overlap:
            return _relation(a, b, "agrees", base, f"{vals}: the figures match")
        return _relation(
            a,
            b,
            "contradicts",
            base * (0.7 + 0.3 * margin),
            f"{vals}: different figures for the same time",
        )
    if overlap:
        return _relation(a, b, "agrees", base * 0.9, f"{vals}: the figure held")
    rose = blo + bhi > alo + ahi  # compare midpoints: intervals may touch
    if (direction > 0 and not rose) or (direction < 0 and rose):
        return _relation(
            a,
            b,
            "contradicts",
            base * (0.7 + 0.3 * margin),
            f"{vals}: the figure {'rose' if rose else 'fell'}, but it can only "
            f"{'grow' if direction > 0 else 'shrink'}",
        )
    conf = base if direction else base * 0.85
    return _relation(a, b, "updates", conf, f"{vals}: the figure {'rose' if rose else 'fell'}")


def compare(a: Claim, b: Claim) -> Relation | None:
    """Judge two claims: None when they are not the same measure or cannot be compared."""
    pa, pb = _profile(a), _profile(b)
    if a.id == b.id or not _same(pa, pb)[0]:
        return None
    verdict = _judge(pa, pb)
    if verdict is None:
        return None
    source, target, rtype, confidence, reason = verdict
    return Relation(source, target, rtype, round(confidence, 3), reason)


# ---------------------------------------------------------------------------------------------
# Candidates and relate()
# ---------------------------------------------------------------------------------------------


class _Job(NamedTuple):
    rows: list[int]
    cols: list[int]
    same: bool  # rows and cols are one block: skip self-pairs and mirrored work


_Facet = frozenset[object] | None  # the keys a claim can match on; None matches every key


def _facets(p: _Profile) -> tuple[_Facet, ...] | None:
    """Blocking keys, coarse to fine; None (no facets) when nothing can match the claim.

    Each facet mirrors a rule of ``_same``: two claims ``_same`` accepts always share a key or
    have a wildcard at every level, so blocking only skips pairs that would be rejected.
    """
    c = p.claim
    timed = c.kind in ("date", "duration")
    if (
        (timed and not p.event_known)
        or (c.kind == "count" and p.role is None)
        or (c.kind in ("percent", "distance") and p.subject is None)
    ):
        return None
    if p.flow:
        if c.cumulative:
            time_key: _Facet = frozenset({("cum",)})
        else:
            time_key = frozenset() if c.as_of is None else frozenset({("day", c.as_of)})
    else:
        time_key = None if p.role is None else frozenset({("stock",)})
    places = p.place.names if p.place is not None and p.place.names else None
    return (
        frozenset({(c.kind, p.family, p.event if timed else None)}),
        None if p.role is None else frozenset({p.role}),
        None if p.subject is None else frozenset({p.subject}),
        time_key,
        places,
    )


def _split(
    idx: list[int], facets: Sequence[tuple[_Facet, ...]], level: int
) -> tuple[dict[object, list[int]], list[int]]:
    keyed: dict[object, list[int]] = defaultdict(list)
    wild: list[int] = []
    for i in idx:
        keys = facets[i][level]
        if keys is None:
            wild.append(i)
        for k in keys or ():
            keyed[k].append(i)
    return keyed, wild


def _union(groups: Iterable[list[int]]) -> list[int]:
    return sorted({i for g in groups for i in g})


def _jobs_same(idx: list[int], facets: Sequence[tuple[_Facet, ...]], level: int) -> Iterator[_Job]:
    if len(idx) < 2 and level > 0:
        return
    if level == len(facets[idx[0]]):
        yield _Job(idx, idx, True)
        return
    keyed, wild = _split(idx, facets, level)
    for group in keyed.values():
        yield from _jobs_same(group, facets, level + 1)
    if wild:
        yield from _jobs_same(wild, facets, level + 1)
        if keyed:
            yield from _jobs_cross(wild, _union(keyed.values()), facets, level + 1)


def _jobs_cross(
    left: list[int], right: list[int], facets: Sequence[tuple[_Facet, ...]], level: int
) -> Iterator[_Job]:
    if not left or not right:
        return
    if level == len(facets[left[0]]):
        yield _Job(left, right, False)
        return
    lk, lw = _split(left, facets, level)
    rk, rw = _split(right, facets, level)
    for key in lk.keys() & rk.keys():
        yield from _jobs_cross(lk[key], rk[key], facets, level + 1)
    if lw:
        yield from _jobs_cross(lw, right, facets, level + 1)
    if rw and lk:
        yield from _jobs_cross(_union(lk.values()), rw, facets, level + 1)


def _jobs(profiles: Sequence[_Profile]) -> Iterator[_Job]:
    """Blocks to search, by (kind, unit, event) → role → subject → day → place name.

    A claim missing a field is a wildcard at that level and is searched against every block
    there; a claim that can match nothing is left out.
    """
    facets = [_facets(p) for p in profiles]
    usable = [i for i, f in enumerate(facets) if f is not None]
    if usable:
        yield from _jobs_same(usable, facets, 0)  # type: ignore[arg-type]


def _similar_pairs(
    vectors: np.ndarray, job: _Job, new_mask: np.ndarray, threshold: float
) -> Iterator[tuple[int, int]]:
    """Index pairs above threshold by chunked matrix products; only pairs touching new rows.

    A same-block job with every claim new searches only the upper triangle (half the work).
    """
    rows = np.asarray(job.rows, dtype=np.int64)
    cols = np.asarray(job.cols, dtype=np.int64)
    if len(rows) == 0 or len(cols) == 0:
        return
    passes = [(rows, cols)] if job.same else [(rows, cols), (cols, rows)]
    for left, right in passes:
        fresh = left[new_mask[left]]
        triangle = job.same and len(fresh) == len(left)
        for s in range(0, len(fresh), _CHUNK_ROWS):
            chunk = fresh[s : s + _CHUNK_ROWS]
            targets = right[s:] if triangle else right
            sims = vectors[chunk] @ vectors[targets].T
            r, c = np.nonzero(sims >= threshold - 1e-3)  # slack; exact check later
            for i, j in zip(chunk[r].tolist(), targets[c].tolist(), strict=True):
                if i != j:
                    yield i, j


def _candidate_pairs(
    profiles: Sequence[_Profile],
    vectors: np.ndarray,
    new_mask: np.ndarray,
    threshold: float,
) -> set[tuple[int, int]]:
    pairs: set[tuple[int, int]] = set()
    for job in _jobs(profiles):
        for i, j in _similar_pairs(vectors, job, new_mask, threshold):
            pairs.add((i, j) if i < j else (j, i))
    return pairs


def _exact_similarities(
    vectors: np.ndarray, pairs: set[tuple[int, int]], batch: int = 65_536
) -> Iterator[tuple[int, int, float]]:
    """Pair cosines computed per pair and rounded: the same value whatever chunk found it."""
    ordered = np.array(sorted(pairs), dtype=np.int64).reshape(-1, 2)
    for s in range(0, len(ordered), batch):
        part = ordered[s : s + batch]
        sims = np.einsum("ij,ij->i", vectors[part[:, 0]], vectors[part[:, 1]], dtype=np.float64)
        sims = np.round(sims, 5)
        yield from zip(part[:, 0].tolist(), part[:, 1].tolist(), sims.tolist(), strict=True)


_COARSE_KEYS = frozenset(_name_key(n) for n in _COARSE_PLACES)


class _Corpus(NamedTuple):
    """What relate() knows beyond a pair: each article's places and each sentence's figures."""

    places: dict[str, frozenset[str]]  # article id -> specific place names of its claims
    sentences: dict[tuple[str, str], list[int]]  # (article id, sentence) -> profile indices
    latest: dict[str, date]  # article id -> latest day any of its figures is dated to


def _specific(place: _Place | None) -> frozenset[str]:
    return frozenset() if place is None else place.names - _COARSE_KEYS


def _corpus(profiles: Sequence[_Profile]) -> _Corpus:
    places: dict[str, set[str]] = defaultdict(set)
    sentences: dict[tuple[str, str], list[int]] = defaultdict(list)
    latest: dict[str, date] = {}
    for i, p in enumerate(profiles):
        c = p.claim
        places[c.article] |= _specific(p.place)
        if c.sentence:
            sentences[(c.article, c.sentence)].append(i)
        if c.as_of is not None and c.as_of.end > latest.get(c.article, date.min):
            latest[c.article] = c.as_of.end
    return _Corpus({a: frozenset(n) for a, n in places.items()}, dict(sentences), latest)


def _incidents(sentence: str) -> frozenset[str]:
    """The rare incident kinds a sentence names (gas attack, car bomb...); stems are word
    prefixes, so "car bombing" and "barrel bombs" count."""
    words = _WORD.findall(sentence.lower())
    padded = " " + " ".join(words) + " "
    return frozenset(
        cls
        for cls, stems in _INCIDENT_STEMS
        if any(
            (" " in s and f" {s}" in padded) or any(w.startswith(s) for w in words) for s in stems
        )
    )


def _same_incident(a: _Profile, b: _Profile, sim: float) -> bool:
    """Two tolls of one day whose sentences name the same rare incident kind."""
    ca, cb = a.claim, b.claim
    return (
        sim >= _INCIDENT_SIMILARITY
        and ca.kind == "count"
        and ca.as_of is not None
        and ca.as_of == cb.as_of
        and ca.as_of.start == ca.as_of.end
        and bool(_incidents(ca.sentence) & _incidents(cb.sentence))
    )


def _identified(a: _Profile, b: _Profile, sim: float) -> bool:
    """Evidence that two same-measure figures are about one story, not two on one day."""
    if a.claim.kind in ("date", "duration"):
        return sim >= _TIME_CONFLICT_SIMILARITY
    if sim >= _IDENTITY_SIMILARITY or _same_incident(a, b, sim):
        return True
    if a.claim.kind == "percent" and a.holder and b.holder and not (a.place and b.place):
        # whose share of the territory on which day is specific enough on its own; a share
        # of an unnamed whole ("90% of the enclave") must not hide a 90% vs 99% dispute
        return True
    na, nb = _specific(a.place), _specific(b.place)
    return bool(na & nb)


def _conflict_plausible(a: _Profile, b: _Profile, sim: float) -> bool:
    """Rule out the conflicts real news mostly produces by scope, not by dispute.

    A running toll that is lower on a later day is far more often another toll than a
    retraction, so it needs a near-paraphrase to count.
    """
    ca, cb = a.claim, b.claim
    timed = ca.kind in ("date", "duration")
    if not timed and ca.as_of and cb.as_of and not ca.as_of.overlaps(cb.as_of):
        return sim >= _RETRACTION_SIMILARITY
    return True


def _anchored_apart(a: _Profile, b: _Profile, corpus: _Corpus) -> bool:
    """Two tolls dated by a shared start or a whole month or year ("killed since March 2011",
    "the war that began in 2011 has killed") but told in articles weeks apart are two moments
    of one running toll, not one moment in dispute."""
    ca, cb = a.claim, b.claim
    if not a.flow or ca.as_of is None or cb.as_of is None:
        return False  # shares of territory carry their own dates; only tolls are anchored
    anchored = (ca.cumulative and cb.cumulative) or min(
        (ca.as_of.end - ca.as_of.start).days, (cb.as_of.end - cb.as_of.start).days
    ) >= _ANCHOR_SPAN_DAYS
    if not anchored:
        return False
    la, lb = corpus.latest.get(ca.article), corpus.latest.get(cb.article)
    return la is not None and lb is not None and abs((la - lb).days) > _TOLL_WINDOW_DAYS


def _echoed(i: int, j: int, profiles: Sequence[_Profile], corpus: _Corpus) -> bool:
    """Whether one side's sentence also gives the other's figure as a separate group.

    "killed 31 civilians, including 10 on a bus" against "ten killed on a bus": the sentence
    holds both figures, so 31 vs 10 is a whole and its part, not a dispute.
    """
    for mine, theirs in ((i, j), (j, i)):
        c, o = profiles[mine].claim, profiles[theirs]
        for k in corpus.sentences.get((c.article, c.sentence), ()):
            x = profiles[k]
            if k in (i, j) or x.claim.kind != o.claim.kind:
                continue
            if _overlap(x.lo, x.hi, o.lo, o.hi) and _same(x, o)[0]:
                return True
    return False


def relate(
    claims: Sequence[Claim],
    vectors: np.ndarray,
    *,
    new: Collection[str] | None = None,
    min_similarity: float = DEFAULT_MIN_SIMILARITY,
) -> list[Relation]:
    """Judge every candidate pair (or only pairs touching ``new`` claim ids), sorted by id.

    ``vectors[i]`` is the L2-normalised embedding of ``claims[i].context``.
    """
    if len(claims) != len(vectors):
        raise ValueError(f"{len(claims)} claims but {len(vectors)} vectors")
    # order-independence: work in claim-id order, one row per distinct claim id
    order = sorted(range(len(claims)), key=lambda i: claims[i].id)
    seen: set[str] = set()
    keep = [i for i in order if not (claims[i].id in seen or seen.add(claims[i].id))]
    ordered = [claims[i] for i in keep]
    if not ordered:
        return []
    vecs = np.ascontiguousarray(np.asarray(vectors, dtype=np.float32)[keep])
    memo: dict[tuple[object, ...], _Keys] = {}
    profiles = [_profile(c, memo) for c in ordered]
    new_ids = None if new is None else set(new)
    new_mask = np.array([new_ids is None or c.id in new_ids for c in ordered], dtype=bool)

    corpus = _corpus(profiles)
    relations: dict[str, Relation] = {}
    for i, j, sim in _exact_similarities(
        vecs, _candidate_pairs(profiles, vecs, new_mask, min_similarity)
    ):
        if sim < min_similarity:
            continue
        pa, pb = profiles[i], profiles[j]
        if not _same(pa, pb)[0]:
            continue
        verdict = _judge(pa, pb)
        if verdict is None:
            continue
        source, target, rtype, confidence, reason = verdict
        if rtype != "agrees" and not _identified(pa, pb, sim):
            continue  # a difference between figures not shown to be about one story
        if (
            rtype == "updates"
            and pa.claim.kind in ("count", "distance")
            and sim < _UPDATE_SIMILARITY
        ):
            continue
        if rtype == "contradicts" and (
            _echoed(i, j, profiles, corpus)
            or not _conflict_plausible(pa, pb, sim)
            or _anchored_apart(pa, pb, corpus)
        ):
            continue
        conf = round(confidence * (0.8 + 0.2 * min(max(sim, 0.0), 1.0)), 3)
        rel = Relation(source, target, rtype, conf, reason)
        relations[rel.id] = rel
    return [relations[k] for k in sorted(relations)]


# ---------------------------------------------------------------------------------------------
# Groups
# ---------------------------------------------------------------------------------------------


def group(claims: Sequence[Claim], relations: Sequence[Relation]) -> list[Group]:
    """Connected components of related claims, each a Group with an overall status."""
    by_id = {c.id: c for c in claims}
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        root = x
        while parent.get(root, root) != root:
            root = parent[root]
        while parent.get(x, x) != root:
            parent[x], x = root, parent[x]
        return root

    rels = [r for r in relations if r.source in by_id and r.target in by_id]
    for r in rels:
        ra, rb = find(r.source), find(r.target)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    members: dict[str, list[str]] = defaultdict(list)
    for cid in sorted({x for r in rels for x in (r.source, r.target)}):
        members[find(cid)].append(cid)
    types: dict[str, set[str]] = defaultdict(set)
    for r in rels:
        types[find(r.source)].add(r.type)

    groups = []
    for root, ids in members.items():
        kinds = types[root]
        status = (
            "conflicting"
            if "contradicts" in kinds
            else "evolving"
            if "updates" in kinds
            else "consistent"
        )
        measures = Counter(by_id[i].measure for i in ids if by_id[i].measure)
        first = {m: n for n, m in reversed(list(enumerate(by_id[i].measure for i in ids)))}
        measure = min(measures, key=lambda m: (-measures[m], first[m])) if measures else ""
        groups.append(Group(short_id("group", *ids), measure, tuple(ids), status))
    return sorted(groups, key=lambda g: g.id)


__all__ = [
    "DEFAULT_MIN_SIMILARITY",
    "RELATE_VERSION",
    "compare",
    "group",
    "relate",
    "same_measure",
]
