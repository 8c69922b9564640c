"""What a claim is about, as keys two claims can be compared on.

Free-text frame fields ("were killed", "civilians", "the government") become classes by word
stem, places become spelling-blind name sets with compass qualifiers, and values become
intervals widened by how the figure was written. The stems live in ``data/keys.json``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from .model import Claim

LEXICON_PATH = Path(__file__).parent / "data" / "keys.json"
# Sentences and phrases whose keys (pairs' words and times, revision cues, the classes here)
# stay read in a process: an add keys every stored claim a new one may pair with (5,400 of
# FA-KES's 7,200 for one article) and a later add keys them again. 65,536 sentences hold a
# corpus several times FA-KES's 13,683 in some tens of MB.
KEY_CACHE = 1 << 16
_WORD = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")
_UNIT_DAYS = {"day": 1.0, "week": 7.0, "month": 30.44, "year": 365.25, "hour": 1 / 24}
_VOWELS = re.compile(r"(?:[aeiou]|y(?![aeiou]))+")  # y before a vowel is a consonant (Daraya)
_DOUBLED = re.compile(r"([b-df-hj-np-z])\1+")
_MIN_FUZZY_KEY = 4  # shorter keys ("sad", "aid") collide across unrelated names
# A figure introduced as a part ("including 10", "three others", "four of them") counts a
# subset of some total: it may agree with another report of that part, never contradict a whole.
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

Table = tuple[tuple[str, tuple[str, ...]], ...]


@dataclass(frozen=True)
class Lexicon:
    roles: Table
    subjects: Table
    holders: Table
    events: Table
    incidents: Table
    directions: Table
    place_stopwords: frozenset[str]
    stopwords: frozenset[str]
    specified_events: frozenset[str]


@cache
def lexicon() -> Lexicon:
    """The stem tables, read once (read-only afterwards)."""
    raw = json.loads(LEXICON_PATH.read_text(encoding="utf-8"))

    def table(name: str) -> Table:
        return tuple((cls, tuple(stems)) for cls, stems in raw[name].items())

    return Lexicon(
        roles=table("roles"),
        subjects=table("subjects"),
        holders=table("holders"),
        events=table("events"),
        incidents=table("incidents"),
        directions=table("directions"),
        place_stopwords=frozenset(raw["place_stopwords"]),
        stopwords=frozenset(raw["stopwords"]),
        specified_events=frozenset(raw["specified_events"]),
    )


def words(text: str | None) -> list[str]:
    return _WORD.findall((text or "").lower())


@lru_cache(maxsize=KEY_CACHE)
def classify(text: str | None, table: Table) -> str | None:
    """Map free text to a class by stem; unknown text keeps its own normalised form."""
    found = words(text)
    if not found:
        return None
    padded = " " + " ".join(found) + " "
    for cls, stems in table:
        for stem in stems:
            if (" " in stem and f" {stem} " in padded) or any(w.startswith(stem) for w in found):
                return cls
    return " ".join(w.rstrip("s") for w in found)


@lru_cache(maxsize=KEY_CACHE)
def role_class(text: str | None) -> str | None:
    cls = classify(text, lexicon().roles)
    if cls is None:
        return None
    found = set(words(text))
    killed = any(w.startswith(s) for w in found for s in ("kill", "dead", "death", "die"))
    hurt = any(w.startswith(s) for w in found for s in ("injur", "wound"))
    return "casualties" if killed and hurt else cls


@lru_cache(maxsize=KEY_CACHE)
def incidents(sentence: str) -> frozenset[str]:
    """Rare incident kinds a sentence names (a gas attack, a car bomb). A stem of several
    words starts its last word as a stem of one does, so "car bombing", "barrel bombs" and
    "nerve agents" name their incidents as "car bomb" does."""
    padded = " " + " ".join(words(sentence)) + " "
    return frozenset(
        cls for cls, stems in lexicon().incidents for stem in stems if f" {stem}" in padded
    )


@lru_cache(maxsize=KEY_CACHE)
def name_key(name: str) -> str:
    """Spelling-blind key of a transliterated name, so Raqqa = Raqa, Idlib = Idleb,
    Khan Sheikhoun = Khan Shaykhun: vowel runs to one vowel, doubled consonants to one,
    q to k, a final -h dropped. Short names stay exact."""
    key = _DOUBLED.sub(r"\1", _VOWELS.sub("a", _DOUBLED.sub(r"\1", name.replace("q", "k"))))
    key = key.removesuffix("h") if key.endswith("ah") else key
    return key if len(key) >= _MIN_FUZZY_KEY else name


@dataclass(frozen=True)
class PlaceKey:
    names: frozenset[str]
    directions: frozenset[str]


@lru_cache(maxsize=KEY_CACHE)
def place_key(text: str | None) -> PlaceKey | None:
    """Split a place into named parts and compass qualifiers (east/west Aleppo differ)."""
    lex = lexicon()
    names: set[str] = set()
    dirs: set[str] = set()
    for w in words(text):
        core = w.removesuffix("'s")
        d = next((cls for cls, forms in lex.directions if core.startswith(forms)), None)
        if d is not None:
            dirs.add(d)
        elif core not in lex.place_stopwords and not core.endswith(("-held", "-controlled")):
            names.add(name_key(core.removeprefix("al-")))
    if not names and not dirs:
        return None
    return PlaceKey(frozenset(names), frozenset(dirs))


def is_part(c: Claim) -> bool:
    """Whether the sentence introduces the figure as a part of a larger group."""
    at = c.sentence.find(c.mention) if c.mention else -1
    if at < 0:
        return False
    before, after = c.sentence[max(0, at - 40) : at], c.sentence[at + len(c.mention) :][:40]
    return bool(_PART_BEFORE.search(before) or _PART_AFTER.match(after))


def unit_family(c: Claim) -> str:
    """Figures comparable only within one family: percent, days, km, or a money/other unit."""
    if c.kind == "percent":
        return "%"
    if c.kind == "duration":
        return "days"
    if c.kind == "distance":
        return "km"
    if c.kind in ("count", "date"):
        return ""  # what is counted lives in subject/role, not in the unit
    return (c.unit or "").strip().lower()


def rounding_tolerance(c: Claim) -> float:
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


def interval(c: Claim, elapsed: bool = False) -> tuple[float | None, float | None]:
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
        tol = rounding_tolerance(c)
        lo, hi = lo - tol, hi + (3 * tol if elapsed else tol)
    return lo, hi
