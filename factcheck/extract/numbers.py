"""Find the figures a reader would count in news text, as ``Quantity`` intervals.

Every figure becomes an interval because news figures are rarely exact: a stated figure is a
point, a hedge widens it ("about" ±5%, "nearly" [0.9N, N], "more than" (N, 1.3N], "up to"
[0.7N, N]), and a vague amount is a documented range (``VAGUE``). Units are normalised so that
figures from different articles compare directly: percent in "%", distances in km, durations in
days, money in its currency code. ``stated`` keeps the figure as written.

Pure regex, compiled once at import: extraction runs over whole corpora.
Things that look like numbers but are not figures are refused: times of day, codes and
identifiers ("UNSC 2254", "F-16", "S/SH 11"), ordinals, URL and file-name digits, numbers in
proper names ("Route 66"), and narrative "one" ("one of the", "one day", "no one").
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_left, insort
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import NamedTuple

from factcheck.extract.dates import find_dates, parse_date
from factcheck.model import Quantity, Stated

__all__ = ["VAGUE", "find_quantities", "parse_date", "parse_number"]

# ---------------------------------------------------------------- number words


def _words(text: str) -> frozenset[str]:
    """Word lists are written as one string in numbers.json: easier to read and extend."""
    return frozenset(text.split())


# The lexicons (number words, scales, units, currencies, hedges, word lists) are data.
_DATA = json.loads(Path(__file__).with_name("numbers.json").read_text(encoding="utf-8"))
_NUMBER_WORDS = _DATA["number_words"]
_UNITS = _DATA["units"]
_WORDS = _DATA["words"]

_SMALL: dict[str, int] = {w: i for i, w in enumerate(_NUMBER_WORDS["small"].split())}
_TENS: dict[str, int] = {w: 10 * i for i, w in enumerate(_NUMBER_WORDS["tens"].split(), 2)}
_BIG: dict[str, float] = _NUMBER_WORDS["scales"]
_ABBR_SCALE: dict[str, float] = _NUMBER_WORDS["abbreviated_scales"]
_DENOMINATORS: dict[str, int] = _NUMBER_WORDS["denominators"]

# Vague amounts as (low, high) counts; numbers.json says why each range is what it is.
VAGUE: dict[str, tuple[float, float]] = {k: (lo, hi) for k, (lo, hi) in _DATA["vague"].items()}
# "several countries": a vague word with no scale or unit states no figure (numbers.json).
INDEFINITE: frozenset[str] = frozenset(_DATA["indefinite"])
# The words of vague amounts ("hundreds", "tens of thousands", "several"): no stated figure
VAGUE_WORDS: frozenset[str] = frozenset(
    w for k in [*VAGUE, *INDEFINITE] for w in k.split() if w not in ("a", "of")
)
# "several hundred" multiplies the vague factor by the scale.
_VAGUE_FACTOR: dict[str, tuple[float, float]] = {
    k: (lo, hi) for k, (lo, hi) in _DATA["vague_factors"].items()
}
_SCALE_WORDS: dict[str, float] = {"dozen": 12, "hundred": 100} | _BIG

_NUMWORD = (
    "(?:"
    + "|".join(sorted([*_SMALL, *_TENS, "hundred", "dozen", *_BIG], key=len, reverse=True))
    + r")\b"
)
_SMALLWORD = "(?:" + "|".join(sorted(_SMALL, key=len, reverse=True)) + r")\b"
# Thousands separated by commas, or by no-break/thin spaces (never plain spaces: text with its
# commas stripped has "December 12 300 people").
# Unicode vulgar fractions, alone or after a whole number: "5 ½-year", "2¼ million", "¾".
_VULGAR: dict[str, float] = _NUMBER_WORDS["vulgar_fractions"]
_VULGAR_CHARS = "".join(_VULGAR)
_DIGITS = (
    rf"(?:(?:\d+[ \u00a0\u202f\u2009]?)?[{_VULGAR_CHARS}]"
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?!\d)|\d+(?:\.\d+)?)"
)
# "5 million", "16.63 crore", "2 lakhs", "$3bn"
_ATTACHED_SCALES = "|".join(k for k in _ABBR_SCALE if len(k) > 1)
_SCALE_AFTER = rf"(?:\s+(?:hundred|{'|'.join(_BIG)})s?\b|\s?(?:{_ATTACHED_SCALES})\b)"
_WORDPHRASE = (
    rf"{_NUMWORD}(?:(?:[\s-]+|(?<=hundred)\s+and\s+|(?<=thousand)\s+and\s+|"
    rf"(?<=million)\s+and\s+|(?<=billion)\s+and\s+){_NUMWORD})*"
    r"(?:[\s-]+and[\s-]+a[\s-]+half\b(?:\s+(?:million|billion|thousand)\b)?)?"
)
_DEN = "(?:" + "|".join(sorted([*_DENOMINATORS, "thirds", "quarters", "fourths"], key=len)[::-1])
_DEN += "|fifths|sixths|sevenths|eighths|ninths|tenths|hundredths)"

# ----------------------------------------------------------------------- units

_PERCENT = {"%": "%", "percent": "percent", "per cent": "per cent", "pct": "pct", "pc": "pc"}
_DISTANCE: dict[str, float] = _UNITS["distance_km"]
_DURATION: dict[str, float] = _UNITS["duration_days"]
# kind "other": (normalised unit, factor)
_OTHER: dict[str, tuple[str, float]] = {k: (u, f) for k, (u, f) in _UNITS["other"].items()}
_MONEY_AFTER: dict[str, str] = _UNITS["money_after"]
_CURRENCY_BEFORE: dict[str, str] = _UNITS["currency_before"]
_BASIS_POINTS: dict[str, float] = _UNITS["basis_points"]
# coins after a figure: (currency, factor)
_MONEY_MINOR: dict[str, tuple[str, float]] = {
    k: (c, f) for k, (c, f) in _UNITS["money_minor"].items()
}


def quantity_words() -> frozenset[str]:
    """The words of how much rather than of what, singular and lower case: scales ("crore",
    "million"), fractions ("half", "thirds"), percent and currencies. "2,500 pounds" counts no
    pounds (it prices a bill), unlike "1,200 hectares" or "80 km", whose unit is counted."""
    names = [*_BIG, *_DENOMINATORS, "hundred", "dozen", *_PERCENT, "per", "cent", *_MONEY_AFTER]
    return frozenset(name.split()[-1].lower() for name in names)


_SCALED_TOKEN_RE = re.compile(
    rf"\d+(?:[.,]\d+)*(?:{'|'.join(sorted(_ABBR_SCALE, key=len, reverse=True))})",
    re.IGNORECASE,
)


def scaled_number(word: str, before: str = "") -> bool:
    """A word that is digits with a scale attached ("380mn", "5.1bn", "7bn", "400m"), or a
    scale's abbreviation split from the digits ``before`` it ("€40m" read as "€40" and "m"):
    how much, though a parser tags it a noun, never a thing counted."""
    if _SCALED_TOKEN_RE.fullmatch(word) is not None:
        return True
    return word.lower() in _ABBR_SCALE and before[-1:].isdigit()


def measure_units() -> frozenset[str]:
    """Units a quantity of kind "other" is written in, lower case ("tonne", "bpd", "quintal"):
    the noun a figure's parse hangs on when it is only the unit, not a thing counted."""
    return frozenset(_OTHER)


def unit_factor(stated_unit: str) -> float | None:
    """How much one of a kind-"other" unit as written is in its normalised unit ("hectares":
    0.01 km2, "b/d": 1 barrel); None for a unit that is not one."""
    word = stated_unit.lower()
    key = next((k for k in (word, word[:-1], word[:-2]) if k in _OTHER), None)
    return None if key is None else _OTHER[key][1]


def currency_name(code: str) -> str | None:
    """A currency's plain plural name by its ISO code ("USD" -> "dollars"): what a sum counts
    when its sentence names nothing it pays for ("an appeal for $42.8 million")."""
    name = next((n for n, c in _MONEY_AFTER.items() if c == code and " " not in n), None)
    return f"{name}s" if name is not None and not name.endswith("s") else name


def names_currency(word: str, code: str | None) -> bool:
    """Whether a word is a way of writing the currency ``code`` ("Rs" and "rupees" for INR,
    "dollar" for USD): a sum counted as its own symbol counts that currency."""
    low = word.lower().rstrip(".")
    before = any(k.lower().rstrip(".") == low and c == code for k, c in _CURRENCY_BEFORE.items())
    after = any(
        n.lower() in (low, low.removesuffix("s")) and c == code for n, c in _MONEY_AFTER.items()
    )
    return code is not None and (before or after)


def _alternation(keys: list[str]) -> str:
    """Longest first so "nautical mile" wins over "mile"; spaces may be any whitespace."""
    parts = [re.escape(k).replace(r"\ ", r"\s+") for k in sorted(keys, key=len, reverse=True)]
    return "(?:" + "|".join(parts) + ")"


_UNIT_WORDS = [
    *_DISTANCE,
    *_DURATION,
    *_OTHER,
    *_MONEY_AFTER,
    *_MONEY_MINOR,
    *_BASIS_POINTS,
    *_UNITS["temperature"],
]
_UNIT_RE = re.compile(
    rf"""(?:\s*|\s*-\s*)(?:
        (?P<pct>%|percent(?:age\s+points?)?\b|per\s*cent\b|pct\b|(?-i:pc)\b)
      | (?P<unit>{_alternation(_UNIT_WORDS)})(?P<pl>e?s)?(?![\w²])(?!\s+bombs?\b)
    )(?P<suffix>-long\b|-old\b|\s+old\b)?""",
    re.IGNORECASE | re.VERBOSE,
)
_A_UNIT = _alternation([k for k in [*_DISTANCE, *_DURATION] if len(k) > 2])

# Currency marks as written ("RM2.05", "$US17m"); codes that end in a letter need a word start.
_CURRENCY_RE = re.compile(
    "(?P<c>"
    + "|".join(
        (r"\b" if k[0].isalpha() else "") + re.escape(k)
        for k in sorted(_CURRENCY_BEFORE, key=len, reverse=True)
    )
    + r")\s?\Z"
)
_CURRENCY_WINDOW = max(map(len, _CURRENCY_BEFORE)) + 1
# Digits right after a letter are an identifier ("F16"), unless the letters are a currency.
_AFTER_CURRENCY = "|".join(
    f"(?-i:(?<={re.escape(k)}))" for k in _CURRENCY_BEFORE if k[-1].isalpha() or k[-1] == "."
)

_STREAK_ORDINALS: dict[str, int] = _DATA["streak_ordinals"]
STREAK_ORDINALS: frozenset[str] = frozenset(_STREAK_ORDINALS)  # for the parse: ranks, no counts
_STREAK_MODS = "|".join(re.escape(w) for w in _DATA["streak_modifiers"].split())
_STREAK = (
    r"(?P<streak>(?P<sord>\d{1,3}(?:st|nd|rd|th)|"
    + "|".join(sorted(_STREAK_ORDINALS, key=len, reverse=True))
    + rf")(?:(?:[\s-]+(?:{_STREAK_MODS}))*[\s-]+(?:"
    + "|".join(sorted(_DATA["streak_nouns"].split(), key=len, reverse=True))
    + rf")|(?:[\s-]+(?:{_STREAK_MODS}))+[\s-]+(?:"
    + "|".join(_DATA["streak_periods"].split())
    + r")s?)\b)"
)
_MULTIPLIERS: dict[str, float] = _DATA["multiplier_words"]
_MULT_WORDS = "|".join(sorted(_MULTIPLIERS, key=len, reverse=True))
_MULT_AFTER_WORDS = _words(_DATA["multiplier_after"])
# "nine times the target", not "attacked three times in a week"
_TIMES_AFTER = "|".join(_MULT_AFTER_WORDS - _words("in by from since over"))
_FOLD_WORDS = "|".join(sorted([*_SMALL, *_TENS, "hundred", "thousand"], key=len, reverse=True))
_MULT_BEFORE = _words(_DATA["multiplier_before"])

# ------------------------------------------------------------------ the core

_CORE_RE = re.compile(
    rf"""(?=[\daAbBdDeEfFhHmMnNoOqQsStTzZ{_VULGAR_CHARS}])(?:(?<![\w.,/\\-])|{_AFTER_CURRENCY}|(?<=minus-)|(?<=\s-)|(?<=^-))(?<!\w\()(?:
        (?P<vague>(?:tens|dozens|scores|hundreds)\s+of\s+(?:thousands|millions|billions)
          | (?:several|a\s+few|a\s+couple\s+of)\s+(?:dozen|hundred|thousand|million|billion)
            (?:\s+(?:thousand|million))?
          | dozens|hundreds|thousands|millions|billions|several|a\s+few|a\s+handful
          | (?:scores|tens)(?=\s+of\b)|a\s+couple\s+of)\b
      | {_STREAK}
      | (?P<onein>(?P<onum>{_SMALLWORD}|\d{{1,2}}\b|a)\s+(?:(?P<onoun>(?-i:[a-z]+))\s+)?
          (?:in|out\s+of)\s+(?:every\s+)?
          (?P<oden>{_NUMWORD}|\d+\b))
      | (?P<ascale>(?:an?|half\s+an?)\s+(?:dozen|hundred|thousand|million|billion)\b)
      | (?P<frac>(?:(?P<fnum>{_SMALLWORD}|an?|\d+)[\s-]+)?(?P<fden>{_DEN})\b)
      | (?P<mult>(?:{_DIGITS}|{_WORDPHRASE})(?:-?fold\b|\s+times(?=\s+(?:{_TIMES_AFTER})\b))
          | (?:{_FOLD_WORDS})fold\b
          | (?:{_MULT_WORDS})\b(?!-))
      | (?P<digits>{_DIGITS}{_SCALE_AFTER}?)(?![/:]\d)
      | (?P<words>{_WORDPHRASE})
      | (?P<a>an?)(?=[\s-]+{_A_UNIT}\b)
    )""",
    re.IGNORECASE | re.VERBOSE,
)

_PLAIN_CORE_RE = re.compile(
    rf"(?P<digits>{_DIGITS}{_SCALE_AFTER}?)(?![/:]\d)|(?P<words>{_WORDPHRASE})", re.IGNORECASE
)

_HEDGES: dict[str, str] = _DATA["hedges"]
_HEDGES_AFTER: dict[str, str] = _DATA["hedges_after"]
_HEDGE_AFTER_RE = re.compile(rf"[\s-]+(?P<h>{_alternation(list(_HEDGES_AFTER))})\b", re.IGNORECASE)
_A_SECOND_NEXT = _words(_WORDS["a_second_next"])
_HEDGE_RE = re.compile(rf"\b(?P<h>{_alternation(list(_HEDGES))})\s+\Z", re.IGNORECASE)
_HEDGE_VERBS: dict[str, str] = _DATA["hedge_verbs"]
_HEDGE_VERB_RE = re.compile(rf"\b(?P<h>{_alternation(list(_HEDGE_VERBS))})\s+\Z", re.IGNORECASE)
# Hedges that exclude the stated figure: "more than 500" is not 500, "nearly 400" is not 400.
_ABOVE_HEDGES = frozenset({"over", "just over", "well over"})
_BELOW_HEDGES = frozenset({"nearly", "just under", "under"})
# The point value of a strict hedge steps this far inside the open bound. On the dev stories
# every "more than N" gold range starts above N and the tightest ends 1.35% above it (29,600 ->
# 30,000); every "nearly N" range ends below N and the tightest starts 0.25% under it
# ("nearly 400 families": 370-399). 1% sits inside both. A count of whole things steps one
# instead, to the next whole number: "more than 22,600 people" is 22,601 (gold 22,601-22,699,
# which 1% overshoots); 207 of dev's 209 strictly hedged whole counts then fall in their gold
# range, against 203 with the 1% step.
_STRICT_STEP = 0.01
_RANGE_HEAD_RE = re.compile(r"\b(?P<h>between|from)\s+\Z", re.IGNORECASE)
_CHANGE_VERBS = (
    r"\b(?:rose|risen|rising|rises|fell|fallen|falling|falls|increased|decreased|grew|grown|"
    r"jumped|dropped|climbed|surged|soared|declined|up|down|raised|cut|reduced|lowered|"
    r"increasing|decreasing|went|gone|moved|shrank|shrunk|revised|higher|lower|upward|downward|"
    r"rise|fall|increase|decrease|grow|jump|drop|climb|doubled|tripled|trebled|quadrupled|halved)"
)
# "will rise from 200 to 300", "more than tripled, from 4,500 to 15,000": a move between levels
_CHANGE_VERB_RE = re.compile(_CHANGE_VERBS + r",?\s+(?:by\s+)?\Z", re.IGNORECASE)
# "raised by 55,000 to 144,000", "revised lower by 61,000 to 118,000": a change 'by' one
# figure 'to' a new level is two figures, whatever the unit
_BY_CHANGE_RE = re.compile(_CHANGE_VERBS + r"\s+by\s+\Z", re.IGNORECASE)
_RANGE_TAIL_RE = re.compile(
    rf"(?P<pct>\s*%|\s+percent|\s+per\s+cent)?(?:\s*(?P<dash>[-–—])\s*|\s+(?P<w>to|and|or)\s+)"
    rf"(?P<cur2>[$£€¥₹])?(?P<second>{_DIGITS}|{_WORDPHRASE})",
    re.IGNORECASE,
)
# "1.5-2 million", "$2-3 billion", "$10 billion to $15 billion": a scale after a range's second
# figure scales the first too, unless the first has its own; a one-letter scale ("$5m-$6m") only
# on money, since "a 10-15m wall" is metres
_RANGE_SCALE_RE = re.compile(
    rf"\s+(?P<w>hundred|{'|'.join(_BIG)})\b|\s?(?P<a>{_ATTACHED_SCALES}|m|b|k)\b", re.IGNORECASE
)
_PLAIN_NUMBER_RE = re.compile(r"\d+(?:\.\d+)?|\.\d+")  # float() would also take "nan", "1e5"
_DIGITS_SCALE_RE = re.compile(r"(?P<n>\d+(?:\.\d+)?)\s?(?P<s>mln|bln|mn|bn|tn|k|m|b)")
# "aged 18", "under the age of 18", "ages 5 to 12": an age, not a head count
_AGE_BEFORE_RE = re.compile(
    r"\b(?:aged?|ages|age\s+of|(?:children|kids|babies|infants|adults|people|those|anyone"
    r"|everyone|men|women|boys|girls)\s+(?:under|over|above|below|aged))\s+\Z",
    re.IGNORECASE,
)
# "The senator, 74, said": an age in apposition to a name or a person
_APPOSED_AGE_RE = re.compile(
    r"(?:\b[A-Z][^\W\d_]*[a-z\u00df-\u00ff]|\b(?:man|woman|boy|girl|senator|president|minister|leader|father|mother"
    r"|son|daughter|wife|husband|driver|officer|soldier|resident|victim|suspect|teacher|doctor"
    r"|student|worker|farmer|activist|journalist)),\s\Z"
)
# "65 or older", "aged 65 and over": an age band, whatever precedes it
_AGE_BAND_RE = re.compile(r"\s+(?:or|and)\s+(?:older|younger|over|above)\b", re.IGNORECASE)
_MAGNITUDE_BEFORE_RE = re.compile(r"\bmagnitude[\s-]+\Z", re.IGNORECASE)
# "11 million barrels a day", "$5 a day": a rate after a figure, not a duration
# A figure and what it counts before "a day" make "a day" its rate: one word ("250 people a
# day"), or up to three ending in a plural ("one million new infections a day"; "3 men spent
# a week" is a duration).
_RATE_BEFORE_RE = re.compile(
    r"(?:\d|\b(?:hundred|thousand|million|billion|dozen))\S*"
    r"(?:\s+[A-Za-z]+|(?:\s+[A-Za-z]+){1,2}\s+[A-Za-z]+s)\s+\Z"
    r"|[\d%]\s+\Z|\d[\d.,]*(?:bn|mn|m|k|tn)\s+\Z",
    re.IGNORECASE,
)
_RATE_NOT_AFTER = _words(_WORDS["rate_not_after"])
_ONEIN_NOT_BEFORE = _words(_WORDS["onein_not_before"])
# "from one shelling to another", "one after the other", "one by one": narrative, not a figure
_ONE_ANOTHER_RE = re.compile(
    r"(?:\s+[A-Za-z'-]+){0,2}?\s+(?:to|after|or|by)\s+(?:another|the\s+other|one)\b",
    re.IGNORECASE,
)
_HYPERBOLE_NOUNS = _words(_WORDS["hyperbole_nouns"])
_NUMBER_NAMES = _words(_DATA["number_names"])
_CAMEL_RE = re.compile(r"[a-z]+[A-Z][A-Za-z]*")  # iPhone, eBay: a brand, so its number is a name
_MINUS_RE = re.compile(r"(?:\bminus[\s-]*|(?<![\w.])[-−–]\s?)\Z", re.IGNORECASE)
_TEMPERATURE: dict[str, str] = _UNITS["temperature"]
_POUND_WEIGHT_NEXT = _words(_UNITS["pound_weight_next"])
_POUND_WEIGHT_OF = _words(_UNITS["pound_weight_of"])
_FRACTION_OF_RE = re.compile(
    rf"\s+of\s+an?\s+(?:(?P<scale>dozen|hundred|thousand|million|billion)\b|(?={_A_UNIT}\b))",
    re.IGNORECASE,
)
_PER_AREA_RE = re.compile(
    r"\s+(?:(?:people|persons|inhabitants|residents)\s+)?per\s+(?:square\s+(?:kilomet(?:re|er)|"
    r"(?P<mile>mile))|sq\.?\s*km|km2|km²)\b",
    re.IGNORECASE,
)
# "fell to four percent from five", "20.5% from 20.9": a share's earlier level, its unit unsaid
_SHARE_FROM_RE = re.compile(r"(?:%|\bper\s?cent|\bpercent)\s+from\s+\Z", re.IGNORECASE)
# "the two busiest days", "two more days", "three straight weeks": one word between a number
# and a unit of time leaves it a span (numbers.json span_words)
_SPAN_AFTER_WORD_RE = re.compile(
    rf"\s+(?:{'|'.join(sorted(_words(_WORDS['span_words'])))}|[a-z]+est)\s+"
    r"(?P<unit>hour|day|night|week|month|year)(?P<pl>s)?\b",
    re.IGNORECASE,
)
# "684 deaths per million people", "3.77 accidents per million": a rate per head
_PER_CAPITA_RE = re.compile(
    r"(?:\s+[A-Za-z][a-z-]*){0,2}\s+per\s+(?P<den>million|thousand|hundred|100,000|10,000|1,000)\b"
    r"(?:\s+(?:people|persons|inhabitants|residents|population))?",
    re.IGNORECASE,
)
_PLURAL_NEXT_RE = re.compile(r"\s+[A-Za-z][a-z]{2,}s\b")
_AND_HALF_RE = re.compile(r"[\s-]+and[\s-]+a[\s-]+half\b", re.IGNORECASE)
_ATTACHED_SCALE_RE = re.compile(r"\s?(?P<s>mln|bln|mn|bn|tn|m|b|k)\b", re.IGNORECASE)
_HALF_A_RE = re.compile(
    rf"\s+an?\s+(?={_A_UNIT}\b|percent|per\s+cent|percentage\s+point)", re.IGNORECASE
)
_OF_RE = re.compile(r"\s+of\b", re.IGNORECASE)
# "a tenth of a percentage point", "half a point", "three quarters of a point": the fraction is
# the size of a rate's move in points, so it is that many percent, not a share of a whole
_POINT_AFTER_RE = re.compile(
    r"[\s-]+(?:of[\s-]+)?an?[\s-]+(?:percentage[\s-]+)?points?\b", re.IGNORECASE
)
# "a quarter-point step", "half-point rise", "the usual quarter point": a bare fraction of a point
_BARE_POINT_RE = re.compile(r"[\s-]points?\b", re.IGNORECASE)
# "40C", "-5C", "104F": a temperature written on the figure, capital and alone
_ATTACHED_TEMP_RE = re.compile(r"(?-i:[CF])(?![\w%])")
_PART_DETERMINERS = _words(_DATA["part_determiners"])
_PART_ADJECTIVES = _words(_DATA["part_adjectives"])
_RANGE_VERBS = _words(_DATA["range_verbs"])
_FOLLOW_WORD_RE = re.compile(r"\s*(?P<w>[A-Za-z]+|[^\sA-Za-z]|\Z)")
_PREV_TOKEN_RE = re.compile(r"(?:^|(?<=\s))(?P<tok>\S+)\s+\Z")
_PREV_WORD_RE = re.compile(r"\b(?P<w>[A-Za-z]+)\W*\Z")
_NOUN_RE = re.compile(
    r"\s+(?:of\s+(?:the\s+)?)?(?P<w1>[A-Za-z][A-Za-z'-]*)"
    r"(?:\s+(?P<w2>[A-Za-z][A-Za-z'-]*))?(?:\s+(?P<w3>[A-Za-z][A-Za-z'-]*))?"
)

# Spans where digits are not figures. Dates are checked against the first two only, so that
# "24-02-2015" stays a date while "978-3-16-148410-0" is no count.
_TIME_RE = re.compile(
    r"""
    \b\d{1,2}:\d\d(?::\d\d)?(?:\s*(?:[ap]\.?m\b\.?|GMT|UTC|hrs?\b))?   # 12:36:27, 10:30 pm
  | \b\d{1,4}(?:\.\d\d)?\s*(?:[ap]\.m\.|[ap]m\b)                     # 10 a.m., 1130 am
  | \b\d{4}\s*(?:GMT|UTC|hrs\b|hours\s+(?:GMT|local)|local\s+time)    # 0800 GMT
  | \b\d{1,2}\s+o'clock
  | \b12\s+(?:noon|midnight)\b                                         # 12 noon
  | \b(?:[Uu]pdated|UPDATED|[Pp]osted|POSTED)\s*:?\s*(?:at\s+)?
      (?:[01]\d|2[0-3])[0-5]\d\b                                      # updated 1723
  | \b(?:[01]\d|2[0-3])[0-5]\d(?=\s+(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}\s+[A-Z][a-z]{2}))
                                                                      # 1723 16.04.2017
    """,
    re.VERBOSE,
)
# URLs, file paths, "S/SH", "alalam_636165": tokens with a slash or underscore and a letter.
_PATH_TOKEN_RE = re.compile(r"""[^\s"',;()\[\]{}]*[/_\\][^\s"',;()\[\]{}]*""")
_LETTER_RE = re.compile(r"[A-Za-z]")
# Units written with a slash ("1.7 million b/d") are units, not paths or file names.
_SLASHED_UNITS = frozenset(
    k for group in _UNITS.values() if isinstance(group, dict) for k in group if "/" in k
)
_ID_RE = re.compile(
    r"""
    \+\d[\d\s().-]{6,}\d                                              # phone numbers
  | \b\d{3}[-.]\d{3}[-.]\d{4}\b
  | \b\d+(?:-\d+){2,}\b                                               # ISBN-like chains
  | \b\d+-in-\d[\d,]*(?:-[a-z]+)?\b                                    # 1-in-200-year odds
  | \b\d{3,5}(?:[ \t]\d{3,4}){2,}\b                                    # 0800 555 0199
  | \b(?:ISBN|ISSN|DOI)[:\s]*[\dXx-]+
    """,
    re.VERBOSE,
)


_SPACED_DIGITS_RE = re.compile(r"\d[ \t]\d{3}")


def _blocked_spans(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """(spans no figure may touch, further spans no number may touch); cheap prefilters first
    because most sentences have none."""
    hard: list[tuple[int, int]] = []
    if (
        ":" in text
        or "m" in text
        or "GMT" in text
        or "UTC" in text
        or "hrs" in text
        or "osted" in text
        or "pdated" in text
        or "POSTED" in text
        or "UPDATED" in text
        or "." in text
    ):
        hard += [(b.start(), b.end()) for b in _TIME_RE.finditer(text)]
    if "/" in text or "_" in text or "\\" in text:
        hard += [
            (b.start(), b.end())
            for b in _PATH_TOKEN_RE.finditer(text)
            if _LETTER_RE.search(b[0]) and b[0].lower().rstrip(".") not in _SLASHED_UNITS
        ]
    ids: list[tuple[int, int]] = []
    if (
        "-" in text
        or "+" in text
        or "." in text
        or "IS" in text
        or "DOI" in text
        or _SPACED_DIGITS_RE.search(text)
    ):
        ids = [(b.start(), b.end()) for b in _ID_RE.finditer(text)]
    return hard, ids


_CODE_WORDS = _words(_WORDS["code_words"])
_WEEKDAYS_MONTHS = _words(_WORDS["weekdays_months"])
_CAP_FUNCTION_WORDS = _words(_WORDS["cap_function_words"])
_ONE_NOT_BEFORE = _words(_WORDS["one_not_before"])
_ONE_NOT_AFTER = _words(_WORDS["one_not_after"])
_ONE_DAY_OK_AFTER = _words(_WORDS["one_day_ok_after"])
_WAR_WORDS = _words(_WORDS["war_words"])
_AGED_THINGS = _words(_WORDS["aged_things"])
_SOURCE_NOUNS = _words(_WORDS["source_nouns"])
_SOURCE_AFTER_RE = re.compile(
    rf"\s+\w+\s+(?:(?:who\s+(?:are|were)|with)\s+)?(?:{'|'.join(_words(_WORDS['source_after']))})\b",
    re.IGNORECASE,
)
_CALIBRE_UNITS = _words(_WORDS["calibre_units"])
_WEAPONS = _words(_WORDS["weapons"])
_PARTICLE_VERBS = _words(_WORDS["particle_verbs"])
_PAST_NOT_AFTER = _words(_WORDS["past_not_after"])
_OVER_SPAN_AFTER = _words(_WORDS["over_span_after"])
_A_UNIT_NOT_AFTER = _words(_WORDS["a_unit_not_after"])
_NOT_AFTER_DURATION = _words(_WORDS["not_after_duration"])
# A span after "over the previous", or between "the" and "through March", bounds another figure
WINDOW_BEFORE = sorted(_words(_WORDS["window_before"]))
WINDOW_AFTER = sorted(_words(_WORDS["window_after"]))
_A_NOT_BEFORE = _words(_WORDS["a_not_before"])
_ORDINAL_SUFFIX_RE = re.compile(r"(?:st|nd|rd|th)\b", re.IGNORECASE)
_NOUN_STOP = _words(_WORDS["noun_stop"])
_NOUN_SKIPPABLE = _words(_WORDS["noun_skippable"])
_IRREGULAR_PLURALS = _words(_WORDS["irregular_plurals"])
_SENTENCE_END = frozenset('.!?:;"“”\n(')
_CONTEXT = 40


class _Figure(NamedTuple):
    """A parsed core before units: stated value/low/high and whether it is vague."""

    value: float | None
    low: float
    high: float
    vague: bool
    fraction: str  # the fraction as written, for percent-by-fraction figures


# ------------------------------------------------------------------ parse_number


def _parse_fraction(words: str) -> float | None:
    """'three-fifths' -> 0.6, 'a tenth' -> 0.1, 'half' -> 0.5, 'one in five' -> 0.2."""
    tokens = [t for t in re.split(r"[\s-]+", words.lower()) if t]
    if len(tokens) >= 3 and tokens[-2] in ("in", "of", "every"):
        head = tokens[0]
        num = 1.0 if head in ("a", "one") else parse_number(head)
        den = parse_number(tokens[-1])
        return num / den if num is not None and den else None
    if not tokens:
        return None
    den_word = tokens[-1]
    den_key = den_word[:-1] if den_word.endswith("s") and den_word != "halves" else den_word
    den = _DENOMINATORS.get("half" if den_key == "halves" else den_key)
    if den is None:
        return None
    if len(tokens) == 1:
        return 1 / den if den == 2 else None
    num = 1.0 if tokens[0] in ("a", "an") else parse_number(" ".join(tokens[:-1]))
    return num / den if num is not None else None


def parse_number(words: str) -> float | None:
    """Words or digits to a value: '30,000', '2.3 million', 'twenty-nine', 'a dozen',
    'one hundred and five', 'five and a half', 'three-fifths' (0.6). None if not a number.

    Groups are checked (no "five six", no "twenty thirty") so that a failed parse tells the
    finder to try a shorter phrase.
    """
    text = words.strip().lower().replace(",", "")
    for space in "\u00a0\u202f\u2009":
        text = text.replace(space, "")
    if not text:
        return None
    if _PLAIN_NUMBER_RE.fullmatch(text) or text[-1] in _VULGAR:
        return _digits_value(text)
    attached = _DIGITS_SCALE_RE.fullmatch(text)
    if attached:
        return float(attached["n"]) * _ABBR_SCALE[attached["s"]]
    tokens = [t for t in re.split(r"[\s-]+", text) if t]
    half = 0.0
    if tokens[-3:] == ["and", "a", "half"]:
        tokens, half = tokens[:-3], 0.5
    elif len(tokens) >= 4 and tokens[-4:-1] == ["and", "a", "half"] and tokens[-1] in _BIG:
        tokens, half = [*tokens[:-4], tokens[-1]], 0.5
        return _parse_tokens(tokens, extra=half)
    if len(tokens) >= 3 and tokens[-2] in ("in", "of", "every"):
        return _parse_fraction(text)
    if not tokens:
        return None
    if tokens[-1].rstrip("s") in _DENOMINATORS or tokens[-1] == "halves":
        return _parse_fraction(text)
    if tokens[0] == "half" and len(tokens) > 1:
        rest = _parse_tokens(tokens[1:])  # "half a dozen", "half a million"
        return None if rest is None else rest / 2
    value = _parse_tokens(tokens)
    return None if value is None else value + half


def _digits_value(text: str) -> float | None:
    """'12', '0.5', '5½', '5 ½', '¾' as a float; None for anything else."""
    whole, frac = (text[:-1].strip(), _VULGAR[text[-1]]) if text[-1:] in _VULGAR else (text, 0)
    if not whole:
        return frac or None
    return float(whole) + frac if _PLAIN_NUMBER_RE.fullmatch(whole) else None


def _parse_tokens(tokens: list[str], extra: float = 0.0) -> float | None:
    """Classic total/current accumulation with a grammar check per group below a thousand."""
    if not tokens:
        return None
    total, current = 0.0, 0.0
    last = ""  # kind of the previous token within the current group
    for i, tok in enumerate(tokens):
        if tok in ("a", "an") and i == 0:
            current, last = 1.0, "a"
            continue
        if tok == "and":
            if last not in ("hundred", "big"):
                return None
            continue
        number = _digits_value(tok)
        if number is not None:
            if last not in ("", "big"):
                return None
            current, last = number, "digits"
        elif tok in _TENS:
            if last not in ("", "hundred", "big"):
                return None
            current += _TENS[tok]
            last = "tens"
        elif tok in _SMALL:
            if last not in ("", "hundred", "big", "tens") or (last == "tens" and _SMALL[tok] >= 10):
                return None
            current += _SMALL[tok]
            last = "small"
        elif tok == "hundred":
            if last in ("hundred", "dozen") or current >= 100:
                return None
            current = (current or 1) * 100
            last = "hundred"
        elif tok == "dozen":
            if last == "dozen":
                return None
            current = (current or 1) * 12
            last = "dozen"
        elif tok in _BIG or (tok[:-1] in _BIG and last == "digits"):  # "2 lakhs"
            if last == "big" and current == 0:
                return None
            current += extra
            extra = 0.0
            total += (current or 1) * _BIG.get(tok, _BIG.get(tok[:-1], 1.0))
            current, last = 0.0, "big"
        elif tok in _ABBR_SCALE and last == "digits":
            total += current * _ABBR_SCALE[tok]
            current, last = 0.0, "big"
        else:
            return None
    return total + current + extra


# --------------------------------------------------------------------- helpers


def _prev_word(text: str, pos: int) -> str:
    m = _PREV_WORD_RE.search(text, max(0, pos - _CONTEXT), pos)
    return m["w"].lower() if m and m.end() == pos else ""


def _prev_word_adjacent(text: str, pos: int) -> str:
    """The word right before pos with only spaces between (punctuation breaks adjacency)."""
    i = pos
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    j = i
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    return text[j:i].lower() if i < pos or j < i else ""


def _next_word(text: str, pos: int) -> str:
    m = _FOLLOW_WORD_RE.match(text, pos)
    return m["w"].lower() if m else ""


def _sentence_initial(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END


def _looks_like_name_or_code(text: str, start: int, end: int) -> bool:
    """'UNSC 2254', 'resolution 2254', 'Route 66', 'Ahrar al-Sham 2', 'string(1540)'; but a
    headline's 'Army Kills 65 Civilians' counts."""
    if (
        start >= 2
        and text[start - 1] == "("
        and (text[start - 2].isalnum() or text[start - 2] == "_")
    ):
        return True
    if start and text[start - 1] in "#№":
        return True
    if start and text[start - 1] == '"' and text.startswith('"', _digits_end(text, start)):
        return True  # "1892905": a quoted identifier
    listed = _CODE_LIST_RE.search(text, max(0, start - _CONTEXT), start)
    if listed and _code_word(listed["head"].lower()):
        return True  # "gates 3, 10 and 11", "rooms 111 and 112": every label of the list
    m = _PREV_TOKEN_RE.search(text, max(0, start - _CONTEXT), start)
    if not m:
        return False
    tok = m["tok"]
    low = tok.lower()
    if low.endswith(("'s", "\u2019s")) or _is_percent_at(text, end):
        return False  # "the Bank's 2% target": an owner, and no name takes a percent sign
    if low in _NUMBER_NAMES or _CAMEL_RE.fullmatch(tok):
        return True  # "S&P 500", "Boeing 737 jets", "iPhone 12"
    if _code_word(low) or "/" in tok or "_" in tok:
        # "may number 10,000": no code has thousands; "a channel 280 feet wide": a measure
        return "," not in text[start:end] and not _is_measure_at(text, end)
    if not tok.replace("-", "").replace("'", "").isalpha():
        return False
    if len(tok) >= 2 and tok.isupper() and low not in _CAP_FUNCTION_WORDS:
        return not _tally(text, m.start(), end)
    last = tok.rsplit("-", 1)[-1]
    if "," in text[start:end] or _TALLY_AFTER_RE.match(text, end):
        return False  # "Bolsonaro 58,206,354", "Bolsonaro 14 of the 27": a name's tally
    return (
        last[:1].isupper()
        and low not in _WEEKDAYS_MONTHS
        and low not in _CAP_FUNCTION_WORDS
        and low not in _HEDGES
        and not _sentence_initial(text, m.start())
        and not _PLURAL_NEXT_RE.match(text, end)
    )


# A label word, then labels in a list before the figure: "gates 3, 10, ", "rooms 111 and ".
_CODE_LIST_RE = re.compile(
    r"(?:^|(?<=\s))(?P<head>[A-Za-z.]+)\s+\d+(?:,\s*\d+)*"
    r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)\Z"
)


def _code_word(low: str) -> bool:
    """A word that a label number follows, in the singular or plural ("gate 3", "gates 3")."""
    return low in _CODE_WORDS or (low.endswith("s") and low[:-1] in _CODE_WORDS)


# "gave the NDA 361-401 of the 543 seats", "the NDA 292 and INDIA 234": a group's share of a
# whole, or tallies of groups side by side, not codes like "UNSC 2254"
_TALLY_AFTER_RE = re.compile(r"(?:[-\u2013]\d+)?\s+of\s|\s*(?:,|\band)\s+(?:the\s+)?[A-Z]{2,}\s+\d")
_TALLY_BEFORE_RE = re.compile(r"[A-Z]{2,}\s+\d[\d,]*\s*(?:,|\band)\s+(?:the\s+)?\Z")


def _tally(text: str, tok_start: int, end: int) -> bool:
    return bool(
        _TALLY_AFTER_RE.match(text, end)
        or _TALLY_BEFORE_RE.search(text, max(0, tok_start - _CONTEXT), tok_start)
    )


def _digits_end(text: str, pos: int) -> int:
    while pos < len(text) and (text[pos].isdigit() or text[pos] in ",."):
        pos += 1
    return pos


def _is_plural_noun(word: str) -> bool:
    low = word.lower()
    return low in _IRREGULAR_PLURALS or (
        low.endswith("s") and not low.endswith("ss") and low not in _NOUN_STOP
    )


def _noun_after(text: str, pos: int) -> str:
    """The counted noun: 'five civilians' -> civilians, 'several key districts' -> districts."""
    m = _NOUN_RE.match(text, pos)
    if not m:
        return ""
    words = [w for w in (m["w1"], m["w2"], m["w3"]) if w]
    while words and words[0].lower() in _NOUN_SKIPPABLE:
        words = words[1:]
    if not words or words[0].lower() in _NOUN_STOP:
        return ""
    if _is_plural_noun(words[0]):
        return words[0].lower()
    for w in words[1:]:
        if w.lower() in _NOUN_STOP:
            break
        if _is_plural_noun(w):
            return w.lower()
    return words[0].lower() if words[0].islower() else ""


# ------------------------------------------------------------------ core parsing


def _core_figure(m: re.Match[str]) -> _Figure | None:
    """The stated figure of a core match, before units and hedges."""
    g = m.lastgroup
    text = m[g or 0]
    if g == "vague":
        key = re.sub(r"\s+", " ", text.lower())
        if key in VAGUE:
            lo, hi = VAGUE[key]
        else:  # "several hundred", "a few thousand", "several hundred thousand"
            head = next((h for h in _VAGUE_FACTOR if key.startswith(h + " ")), None)
            scales = key[len(head) :].split() if head else []
            if head is None or not scales or any(w not in _SCALE_WORDS for w in scales):
                return None
            factor = math.prod(_SCALE_WORDS[w] for w in scales)
            flo, fhi = _VAGUE_FACTOR[head]
            lo, hi = flo * factor, fhi * factor
        return _Figure(None, lo, hi, True, "")
    if g in ("onein", "frac"):
        value = _parse_fraction(text)
        return None if value is None else _Figure(value, value, value, False, text.lower())
    if g == "a":
        return _Figure(1.0, 1.0, 1.0, False, "")
    if g == "streak":
        word = m["sord"].lower()
        value = float(word[:-2]) if word[:1].isdigit() else _STREAK_ORDINALS.get(word)
        return None if not value or value < 2 else _Figure(value, value, value, False, "")
    if g == "mult":
        head = re.split(r"-?fold\b|\s+times\b", text.lower())[0].strip()
        value = _MULTIPLIERS.get(head) or parse_number(head)
        return None if value is None else _Figure(value, value, value, False, "")
    value = parse_number(text)
    return None if value is None else _Figure(value, value, value, False, "")


def _fraction_ok(text: str, m: re.Match[str]) -> bool:
    """'a third of', 'two-thirds', 'half' are shares; 'a third time', 'first half' are not."""
    num, den = m["fnum"], m["fden"].lower()
    after = m.end()
    if num is None:
        if den != "half":
            return False
        if after < len(text) and text[after] == "-":
            return False  # half-brother, half-hearted
        prev = _prev_word(text, m.start())
        if prev in ("first", "second", "latter", "former", "one"):
            return False
        return not _part_of_thing(text, m.start())
    plural = den.endswith("s") and den != "halves"
    if num.lower() in ("a", "an", "one", "1"):
        if _next_word(text, after) in ("", ".", ",", ";"):
            return True  # "and the Americas for a quarter."
        return "-" in m["frac"] or bool(_OF_RE.match(text, after)) or den == "half"
    return plural or den == "half"


def _part_of_thing(text: str, pos: int) -> bool:
    """'the eastern half of Mosul', 'its half': a part named by a determiner, not a share."""
    words = re.findall(r"[A-Za-z]+", text[max(0, pos - _CONTEXT) : pos])[-2:]
    if words and words[-1].lower() in _PART_DETERMINERS:
        return True
    return (
        len(words) == 2
        and words[0].lower() in _PART_DETERMINERS
        and words[1].lower() in _PART_ADJECTIVES
    )


def _bare_point(text: str, m: re.Match[str]) -> re.Match[str] | None:
    """'quarter point', 'a half-point rise': a fraction naming a part of a percentage point."""
    if m["fnum"] is not None and m["fnum"].lower() not in ("a", "an"):
        return None
    return _BARE_POINT_RE.match(text, m.end())


def _sig(x: float) -> float:
    """A converted figure rounded to 12 significant digits: 240 mm is 0.00024 km, not the
    float product 0.00023999999999999998 that an exact gold bound would refuse."""
    return float(f"{x:.12g}") if x else x


# -------------------------------------------------------------------- find


def find_quantities(text: str, reference: date | None = None) -> list[Quantity]:
    """Every figure in ``text`` a reader would count, as Quantity intervals, in text order.

    ``reference`` (the publication date) supplies the year of dates written without one; such
    dates are skipped when it is None. Offsets are into ``text`` and the mention includes the
    hedge word ("about 85 percent").
    """
    hard, ids = _blocked_spans(text)
    hard = _merged(hard)
    quantities: list[Quantity] = []
    taken: list[tuple[int, int]] = []
    unresolved: list[tuple[int, int]] = []
    for d in find_dates(text, reference, unresolved):
        if _overlaps(d.start, d.end, hard):
            continue
        mention = text[d.start : d.end]
        quantities.append(
            Quantity(
                d.start, d.end, mention, "date", None, None, None, "", Stated(None, None, None, ""),
                when=d.span, approximate=d.vague,
            )
        )  # fmt: skip
        taken.append((d.start, d.end))
    # "On September 17" with no year to give it is still never 17
    blocks = _merged(hard + ids + unresolved)
    taken = _merged(taken)
    pos = 0
    n = len(text)
    while pos < n:
        m = _CORE_RE.search(text, pos)
        if m is None:
            break
        q, resume = _quantity_at(text, m)
        pos = max(resume, m.start() + 1)
        if q is not None and m.lastgroup == "onein" and _overlaps(q.start, q.end, blocks + taken):
            plain = _PLAIN_CORE_RE.match(text, m.start())  # "44 in 2014", "June 1 in 57 seats"
            q, resume = _quantity_at(text, plain) if plain else (None, pos)
            pos = max(resume, m.start() + 1)
        if q is None or _overlaps(q.start, q.end, blocks) or _overlaps(q.start, q.end, taken):
            continue
        quantities.append(q)
        insort(taken, (q.start, q.end))  # no overlap with taken: it stays disjoint and sorted
    quantities.sort(key=lambda q: q.start)
    return _compound_durations(text, quantities)


# What may join the parts of one duration: "one hour, 14 minutes and eight seconds",
# "5 years and 6 months", "1 hour 20 minutes".
_DURATION_JOIN_RE = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+)")


# A further, smaller part of a duration right after one: ", 14 minutes", " and 20 seconds".
_DURATION_PART_RE = re.compile(
    rf"{_DURATION_JOIN_RE.pattern}(?:\d+|[a-z]+(?:-[a-z]+)?)\s+"
    rf"(?:{'|'.join(sorted(map(re.escape, _DURATION), key=len, reverse=True))})s?\b",
    re.IGNORECASE,
)


def _unit_days(q: Quantity) -> float | None:
    """How many days one of the duration's stated units is ("hour": 1/24)."""
    if q.kind != "duration" or not q.stated.value or q.value is None:
        return None
    return q.value / q.stated.value


def _compound_durations(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """Parts of one duration written in falling units are one figure, their sum: "one hour,
    14 minutes and eight seconds" is 74 minutes, not an hour and a stray 14 minutes."""
    out: list[Quantity] = []
    for q in quantities:
        last = out[-1] if out else None
        big, small = (_unit_days(last), _unit_days(q)) if last else (None, None)
        joined = last is not None and _DURATION_JOIN_RE.fullmatch(text[last.end : q.start])
        if last is None or big is None or small is None or not joined or small >= big:
            out.append(q)
            continue
        total = (last.value or 0) + (q.value or 0)
        stated = Stated(_sig(total / small), None, None, q.stated.unit)
        out[-1] = replace(
            last,
            end=q.end,
            mention=text[last.start : q.end],
            value=total,
            low=(last.low or 0) + (q.low or 0),
            high=(last.high or 0) + (q.high or 0),
            stated=stated,
            approximate=last.approximate or q.approximate,
        )
    return out


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, disjoint spans covering the same characters, for ``_overlaps``' bisection."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether [start, end) meets a span of sorted, disjoint ``spans``: one bisection, so a
    long text full of figures costs n log n, not n²."""
    i = bisect_left(spans, (end,))
    return i > 0 and spans[i - 1][1] > start


def _shorter_words(text: str, m: re.Match[str]) -> tuple[float, int] | None:
    """The longest prefix of a word phrase that parses ('five six' -> five)."""
    parts = list(re.finditer(r"[A-Za-z]+", m[0]))
    for k in range(len(parts) - 1, 0, -1):
        end = parts[k - 1].end()
        value = parse_number(m[0][:end])
        if value is not None:
            return value, m.start() + end
    return None


def _quantity_at(text: str, m: re.Match[str]) -> tuple[Quantity | None, int]:
    """Build the Quantity around one core match; also where scanning resumes."""
    group = m.lastgroup
    start, end = m.start(), m.end()
    figure = _core_figure(m)
    bare_point = _bare_point(text, m) if group == "frac" else None
    if bare_point:  # "a quarter-point step": one of the unit
        den = _DENOMINATORS.get(m["fden"].lower())
        if den is None:
            return None, end
        figure = _Figure(1 / den, 1 / den, 1 / den, False, m["frac"].lower())
    if figure is None and group == "words":
        shorter = _shorter_words(text, m)
        if shorter is None:
            return None, end
        value, end = shorter
        figure = _Figure(value, value, value, False, "")
    if figure is None:
        return None, end
    if group == "onein" and (
        (figure.value or 0) >= 1
        or _next_word(text, m.end()) in _ONEIN_NOT_BEFORE
        or (m["onoun"] and not _share_with_noun(text, m))
    ):
        plain = _PLAIN_CORE_RE.match(text, m.start())  # "5 in 2 attacks": just the 5
        return _quantity_at(text, plain) if plain else (None, m.end())
    if (
        group == "streak"
        and _prev_word(text, m.start()) in ("a", "an")
        and not re.search(_STREAK_MODS, m[0], re.IGNORECASE)
    ):
        return None, m.end("sord")  # "a second wave": another one, not a run
    if group == "mult" and not _multiplier_ok(text, m):
        return None, m.end()  # "a double murder", "double-digit"
    if group == "frac" and not bare_point and (figure.value or 0) > 1:
        plain = _PLAIN_CORE_RE.match(text, m.start())  # "over eight quarters": no share of one
        return _quantity_at(text, plain) if plain else (None, m.end())
    if group == "frac" and not bare_point and not _fraction_ok(text, m):
        # "a third time": let the scan retry after the numerator
        return None, m.start() + len(m["fnum"] or m["frac"])
    cur = None
    if group == "digits":
        cur = _CURRENCY_RE.search(text, max(0, start - _CURRENCY_WINDOW), start)
        if _ORDINAL_SUFFIX_RE.match(text, end):
            return None, end
        if cur is None and _looks_like_name_or_code(text, start, end):
            return None, end
        if m["digits"][0] == "0" and m["digits"][1:2].isdigit():
            return None, end  # "0830", "022017": clock times and mangled dates, not amounts

    value, low, high = figure.value, figure.low, figure.high
    is_range = False
    # "five-and-a-half" after digits or a phrase that stopped early
    if group == "words":
        half = _AND_HALF_RE.match(text, end)
        if half:
            value = low = high = (value or 0) + 0.5
            end = half.end()

    # money: a currency symbol before, an attached scale after ("$2m", "£5bn")
    currency = ""
    scaled = group == "digits" and any(ch.isalpha() for ch in m["digits"])
    if cur:
        currency = _CURRENCY_BEFORE[cur["c"]]
        start = cur.start()
        sc = _ATTACHED_SCALE_RE.match(text, end)
        if sc and not m["digits"][-1].isalpha():
            factor = _ABBR_SCALE[sc["s"].lower()]
            value = low = high = (value or 0) * factor
            end = sc.end()
            scaled = True

    # "minus-260 degrees", "minus 2%": a negative figure
    minus = _MINUS_RE.search(text, max(0, start - 8), start) if group == "digits" else None
    if minus:
        value = low = high = -(value or 0)
        start = minus.start()

    # ranges: "10-15", "between 10 and 15", "from 20 to 30", "two or three"
    head = _RANGE_HEAD_RE.search(text, max(0, start - 12), start)
    if group in ("digits", "words") and value is not None:
        tail = _RANGE_TAIL_RE.match(text, end)
        if tail and tail["cur2"] and not (cur and cur["c"].endswith(tail["cur2"])):
            tail = None  # "5 to $6" is no range
        if tail and _range_ok(text, m.start(), head, tail, value):
            second = parse_number(tail["second"])
            scale = _range_scale(text, tail, bool(currency))
            if scale and second is not None:
                second *= scale[0]
                value = low = high = value if scaled else value * scale[0]
            last = tail["second"].split()[-1].lower()
            if group == "words" and last in _BIG and m[0].split()[-1].lower() not in _BIG:
                value = low = high = value * _BIG[last]  # "two or three million"
            if second is not None and second <= value and tail["dash"]:
                return None, tail.end()  # "drew 89-89", "a 52-48 vote": a score, no figure
            if second is not None and second > value:
                low, high, value = value, second, None
                is_range = True
                end = scale[1] if scale else tail.end()
                if head:
                    start = head.start()

    # "half a mile": the fraction is a number of units
    if group == "frac" and m["fden"].lower() == "half" and m["fnum"] is None:
        ha = _HALF_A_RE.match(text, end)
        if ha:
            end = ha.end()
            figure = _Figure(0.5, 0.5, 0.5, False, "")
            value = low = high = 0.5
            group = "units"

    # "a tenth of a percentage point", "half a point": how far a rate moved, in percent
    points = bare_point or (_POINT_AFTER_RE.match(text, end) if group == "frac" else None)
    if points:
        end = points.end()

    # "a quarter of a million": the fraction multiplies what follows; "half of a mile" too
    if group == "frac" and not points:
        of = _FRACTION_OF_RE.match(text, end)
        if of:
            end = of.end()
            if of["scale"]:
                value = low = high = (value or 0) * _SCALE_WORDS[of["scale"].lower()]
            figure = _Figure(value, low, high, False, "")
            group = "units"

    unit_m = None
    if group not in ("frac", "onein", "vague", "mult", "streak"):
        unit_m = _UNIT_RE.match(text, end)
        if unit_m and unit_m["unit"] and _bad_unit(text, m, unit_m, group):
            unit_m = None
        if unit_m and _million_not_metres(text, unit_m):  # "1.2m tons", "3m people"
            value, low, high = ((x or 0) * 1e6 for x in (value, low, high))
            end = unit_m.end()
            unit_m = _UNIT_RE.match(text, end)
    if group == "a" and (unit_m is None or unit_m["unit"] is None):
        return None, m.end()
    if group == "vague" and not is_range:
        unit_m = _UNIT_RE.match(text, end)
        vague_unit = unit_m["unit"].lower() if unit_m and unit_m["unit"] else ""
        if vague_unit not in _DURATION and vague_unit not in _DISTANCE:
            unit_m = None  # "a few days", "a few kilometres"; not "dozens %"
    attached_temp = (
        _ATTACHED_TEMP_RE.match(text, end) if group == "digits" and unit_m is None else None
    )
    if (
        group == "digits"
        and unit_m is None
        and end < len(text)
        and text[end].isalpha()
        and not currency
        and not attached_temp
    ):
        return None, end  # "25f", "4x3": an identifier

    kind, unit, factor, stated_unit = "count", "", 1.0, ""
    suffix = ""
    if currency:
        kind, unit, stated_unit = "money", currency, currency
    if unit_m is not None:
        if unit_m["pct"]:
            kind, unit, stated_unit = "percent", "%", re.sub(r"\s+", " ", unit_m["pct"].lower())
        else:
            word = re.sub(r"\s+", " ", unit_m["unit"].lower())
            suffix = (unit_m["suffix"] or "").strip().lower()
            stated_unit = word + (unit_m["pl"] or "").lower()
            if word in _DURATION:
                kind, unit, factor = "duration", "days", _DURATION[word]
                if suffix in ("-old", "old") and not _aged_thing(text, unit_m.end(), word, suffix):
                    kind, unit, factor = "other", "years of age", _DURATION[word] / 365.25
            elif (
                word in _DISTANCE
                and word in _CALIBRE_UNITS
                and _next_word(text, unit_m.end()).rstrip("s") in _WEAPONS
            ):
                kind, unit, factor = "other", "mm calibre", 1.0  # "a 23 mm gun"
            elif word in _DISTANCE:
                kind, unit, factor = "distance", "km", _DISTANCE[word]
            elif word in _OTHER:
                kind = "other"
                unit, factor = _OTHER[word]
            elif word in _TEMPERATURE:
                kind, unit = "other", "°C"
            elif word == "pound" and _pound_is_weight(text, unit_m.end()):
                kind, unit, factor = "other", "t", _UNITS["pound_in_tonnes"]
            elif word in _MONEY_AFTER:
                kind, unit = "money", _MONEY_AFTER[word]
            elif word in _BASIS_POINTS:
                kind, unit, factor = "percent", "%", _BASIS_POINTS[word]
            elif word in _MONEY_MINOR:
                kind, (unit, factor) = "money", _MONEY_MINOR[word]
        end = unit_m.end()
    if attached_temp:  # "40C", "-5C", "104F"
        kind, unit, stated_unit, end = "other", "°C", attached_temp[0], attached_temp.end()
    if group == "digits" and unit_m is None and m["digits"] in _VULGAR:
        kind, unit, factor, stated_unit = "percent", "%", 100.0, m["digits"]  # "¾ of the vote"
    if points:
        kind, unit, factor, stated_unit = "percent", "%", 1.0, "percentage point"
    elif group in ("frac", "onein"):
        kind, unit, factor, stated_unit = "percent", "%", 100.0, figure.fraction
    elif group == "mult":
        kind, unit, stated_unit = "other", "times", "times"
    elif group == "vague" and kind == "count":
        stated_unit = ""

    if (
        kind == "count"
        and group in ("digits", "words")
        and unit_m is None
        and 0 <= (value or 0) <= 100  # a share; "rose 5% from 2019 levels" names a year
        and _SHARE_FROM_RE.search(text, max(0, start - _CONTEXT), start)
    ):  # "fell to four percent from five": the level it came from, in the same unit
        kind, unit, stated_unit = "percent", "%", ""

    span = (
        _SPAN_AFTER_WORD_RE.match(text, end)
        if kind == "count" and group in ("digits", "words") and unit_m is None
        else None
    )
    if span:  # "the two busiest days", "two more days": a span, its word between
        kind, unit, factor = "duration", "days", _DURATION[span["unit"].lower()]
        stated_unit, end = span["unit"].lower() + (span["pl"] or "").lower(), span.end()

    density = _PER_AREA_RE.match(text, end) if kind == "count" else None
    if density:  # "400 people per square kilometre": a measure, not a head count
        kind, end = "other", density.end()
        unit, factor = "per km2", 1 / 2.589988 if density["mile"] else 1.0
        stated_unit = re.sub(r"\s+", " ", density[0].strip().lower())

    rate = _PER_CAPITA_RE.match(text, end) if kind == "count" and not density else None
    if rate:  # "684 deaths per million people": a rate, and its "million" no count of its own
        kind, end = "other", rate.end()
        unit = stated_unit = f"per {rate['den'].lower()}"

    if kind == "duration" and _next_word(text, end) in _NOT_AFTER_DURATION:
        return None, end  # "two weeks ago" is relative time, timeref's job
    if kind == "duration" and _averaged_over(text, start, end):
        return None, end  # "the 10-year average", "the average of the past five years"
    if not _one_ok(text, m, group, kind, start, end, unit_m):
        return None, m.end()
    if kind == "count" and group == "words" and _PART_OF_RE.search(text, max(0, start - 40), start):
        return None, end  # "four of the six workers": the part is the figure, the whole known
    if kind == "count" and group == "digits" and _listed_day(text, start, end, value):
        return None, end  # "January 3, 4, 6 and 7", "Tuesday 21, Thursday 23 and Saturday 25 June"
    if kind == "count" and group in ("digits", "words"):
        before = text[max(0, start - 24) : start]
        aged = 0 < (value or 0) < 120
        if (
            _AGE_BEFORE_RE.search(before)
            or (aged and _AGE_BAND_RE.match(text, end))
            or (aged and _APPOSED_AGE_RE.search(before) and text[end : end + 1] in ",.;")
        ):
            kind, unit, stated_unit = "other", "years of age", "years"
        elif _MAGNITUDE_BEFORE_RE.search(before):
            kind, unit, stated_unit = "other", "magnitude", "magnitude"

    # hedges
    hedge_m = _HEDGE_RE.search(text, max(0, start - _CONTEXT), start)
    hedge = _HEDGES[re.sub(r"\s+", " ", hedge_m["h"].lower())] if hedge_m else ""
    if (
        hedge_m
        and hedge_m["h"].lower() == "over"
        and _prev_word(text, hedge_m.start()) in _PARTICLE_VERBS
    ):
        hedge, hedge_m = "", None  # "took over two oil fields": a phrasal verb, not "more than"
    if (
        hedge_m
        and hedge_m["h"].lower() == "past"
        and (kind == "duration" or _prev_word(text, hedge_m.start()) in _PAST_NOT_AFTER)
    ):
        hedge, hedge_m = "", None  # "over the past 24 hours", "half past ten": no bound
    if (
        hedge_m
        and kind == "duration"
        and hedge_m["h"].lower() == "over"
        and _prev_word(text, hedge_m.start()) not in _OVER_SPAN_AFTER
    ):
        hedge, hedge_m = "", None  # "7,000 flights over five days": the span, said exactly
    if hedge_m:
        start = hedge_m.start()
    else:  # "the toll passed 1,760": the verb bounds the figure but stays its predicate
        verb_m = _HEDGE_VERB_RE.search(text, max(0, start - _CONTEXT), start)
        hedge = _HEDGE_VERBS[verb_m["h"].lower()] if verb_m else ""
    after_m = None
    if not hedge and group in ("digits", "words"):
        after_m = _HEDGE_AFTER_RE.match(text, end)
    if after_m:  # "10,000 or more", "50 or so"
        hedge, end = _HEDGES_AFTER[re.sub(r"\s+", " ", after_m["h"].lower())], after_m.end()
    if hedge == "about" and hedge_m and hedge_m["h"].lower() == "some" and group == "vague":
        hedge = ""  # "some dozens": the vagueness already covers it

    n_value = None if value is None else _sig(value * factor)
    n_low, n_high = _sig(low * factor), _sig(high * factor)
    if figure.vague and value is None:
        n_value = math.sqrt(n_low * n_high) if n_low > 0 else (n_low + n_high) / 2
    elif is_range:
        n_value = (n_low + n_high) / 2
    if unit == "°C" and (_TEMPERATURE.get(stated_unit.lower()) == "F" or stated_unit == "F"):
        n_value = None if n_value is None else _celsius(n_value)
        n_low, n_high = _celsius(n_low), _celsius(n_high)
    n_low, n_high = sorted(_hedged(hedge, n_low, n_high))  # sorted: a negative figure flips
    if kind == "percent" and high * factor <= 100:  # a share; "almost 130%" is a change
        n_high = min(n_high, 100.0)
        n_low = min(n_low, n_high)
    if n_value is not None and not (is_range or figure.vague):
        whole = kind == "count" and float(n_value).is_integer()
        n_value = _inside(hedge, n_value, n_low, n_high, whole)
    approximate = figure.vague or hedge not in ("", "exact")
    noun = _noun_after(text, end) if kind == "count" and group != "streak" else ""
    if group == "ascale" and not hedge and _next_word(text, end) in _HYPERBOLE_NOUNS:
        return None, end
    if noun in _SOURCE_NOUNS and _SOURCE_AFTER_RE.match(text, end):
        return None, end  # "according to two people familiar with the matter": the sourcing
    stated_value = None if (is_range or figure.vague) else value
    stated = Stated(stated_value, low, high, stated_unit)
    q = Quantity(
        start=start,
        end=end,
        mention=text[start:end],
        kind=kind,
        value=n_value,
        low=n_low,
        high=n_high,
        unit=unit,
        stated=stated,
        approximate=approximate,
        noun=noun,
    )
    return q, end


def _hedged(hedge: str, low: float, high: float) -> tuple[float, float]:
    """Hedge words as intervals (see module docstring)."""
    if hedge == "about":
        return low * 0.95, high * 1.05
    if hedge == "nearly":
        return low * 0.9, high
    if hedge == "just under":
        return low * 0.95, high
    if hedge == "just over":
        return low, high * 1.1
    if hedge == "well over":
        return low * 1.1, high * 1.5
    if hedge in ("over", "at least"):
        return low, high * 1.3
    if hedge in ("up to", "under"):
        return low * 0.7, high
    if hedge == "within":
        return 0.0, high
    return low, high


def _celsius(fahrenheit: float) -> float:
    return (fahrenheit - 32) * 5 / 9


def _inside(hedge: str, value: float, low: float, high: float, whole: bool = False) -> float:
    """The point value of a hedged figure, inside its interval and off an open bound; a count
    of whole things steps one ("more than 40 people" are 41 or more)."""
    step = 1.0 if whole else abs(value) * _STRICT_STEP
    if hedge in _ABOVE_HEDGES:
        value += step
    elif hedge in _BELOW_HEDGES:
        value -= step
    return min(max(value, low), high)


def _range_scale(text: str, tail: re.Match[str], money: bool) -> tuple[float, int] | None:
    """The scale written after a range's second figure, and where it ends."""
    if not tail["second"][0].isdigit() or any(ch.isalpha() for ch in tail["second"]):
        return None
    sc = _RANGE_SCALE_RE.match(text, tail.end())
    if sc is None:
        return None
    if sc["w"]:
        return _SCALE_WORDS[sc["w"].lower()], sc.end()
    if len(sc["a"]) == 1 and not money:
        return None
    return _ABBR_SCALE[sc["a"].lower()], sc.end()


def _range_ok(
    text: str, start: int, head: re.Match[str] | None, tail: re.Match[str], value: float
) -> bool:
    """'between 10 and 15', 'from 20 to 30', '10-15', 'two or three' - but not 'rose from
    20 to 30' (two figures) nor 'and' without 'between'."""
    word = (tail["w"] or "").lower()
    if word == "and" and not (head and head["h"].lower() == "between"):
        return False
    if tail["pct"] and not _is_percent_at(text, tail.end()):
        return False  # "fell 0.4 per cent to 13,176": a share and a count are never one range
    if (
        tail["pct"]
        and word == "to"
        and _CHANGE_VERB_RE.search(text, max(0, start - _CONTEXT), start)
    ):
        return False  # "rose 2% to 5%": the change, then the new level ("rose 2 to 5%" is one)
    if head and head["h"].lower() == "from" and _CHANGE_VERB_RE.search(text, 0, head.start()):
        return False
    if (
        head
        and head["h"].lower() == "from"
        and tail["pct"]
        and not _RANGE_VERBS & _words(text[max(0, head.start() - _CONTEXT) : head.start()].lower())
    ):
        return False  # "from 3 per cent to 3.5 per cent": the unit said twice, two levels
    if (
        word == "to"
        and not tail["pct"]
        and _BY_CHANGE_RE.search(text, max(0, start - _CONTEXT), start)
    ):
        return False  # "raised by 55,000 to 144,000" ("cut by 10 to 15%" stays one range)
    if tail["dash"] and not (tail["second"][0].isdigit() and text[start].isdigit()):
        return False
    if tail["dash"] and tail.end() < len(text) and text[tail.end()] in "-/":
        return False
    return word != "or" or value < 1000


def _million_not_metres(text: str, unit_m: re.Match[str]) -> bool:
    """'1.2m tons', '3m people': an attached 'm' before a plural noun is a million; a '10m wall'
    and '5m deep' are metres."""
    if unit_m["unit"] != "m" or unit_m["pl"] or not unit_m[0].startswith("m"):
        return False
    nxt = _NOUN_RE.match(text, unit_m.end())
    return bool(nxt) and not text.startswith(" of", unit_m.end()) and _is_plural_noun(nxt["w1"])


_CALENDAR = "|".join(sorted((w.capitalize() for w in _WEEKDAYS_MONTHS), key=len, reverse=True))
# A month or weekday, a day, then more days in a list: "July 7 and ", "January 3, 4, 6 and "
_DAY_LIST_BEFORE_RE = re.compile(
    rf"\b(?:{_CALENDAR})\.?\s+\d{{1,2}}"
    rf"(?:(?:,\s*|\s+and\s+)(?:(?:{_CALENDAR})\s+)?\d{{1,2}})*"
    rf"(?:,\s*(?:and\s+)?|\s+(?:and|or|to|through)\s+)(?:(?:{_CALENDAR})\s+)?\Z"
    rf"|\b(?:{_CALENDAR})\s+\Z"
)
# Days in a list that a month ends: "21, Thursday 23 and Saturday 25 June"
_DAY_LIST_AFTER_RE = re.compile(
    rf"(?:(?:,\s*(?:and\s+)?|\s+(?:and|or|to)\s+)(?:(?:{_CALENDAR})\s+)?\d{{1,2}})+"
    rf"\s+(?:{_CALENDAR})\b"
)
# A month, a day and "and" or "to" right before a number: "July 26 and ", "December 21 to "
_DAY_AND_BEFORE_RE = re.compile(rf"\b(?:{_CALENDAR})\.?\s+\d{{1,2}}\s+(?:and|to|through)\s+\Z")
# Words that may follow a listed day: "on July 7 and 13 than", "January 3, 4, 6 and 7, and"
_DAY_NEXT = _words(_WORDS["day_next"]) | _WEEKDAYS_MONTHS


def _listed_day(text: str, start: int, end: int, value: float | None) -> bool:
    """A bare number in a list of days of a month is a day, never a count; "On March 3, 12
    people died" is a count (a noun follows it)."""
    if value is None or not (1 <= value <= 31) or not float(value).is_integer():
        return False
    nxt = _next_word(text, end)
    if nxt.isalpha() and nxt not in _DAY_NEXT:
        # "after rain on July 26 and 27 pushed bacteria levels up": a day joined to the day
        # before it, with no thing counted after it ("On March 3 and 12 people died" counts)
        return not _is_plural_noun(nxt) and bool(
            _DAY_AND_BEFORE_RE.search(text, max(0, start - _CONTEXT), start)
        )
    return bool(
        _DAY_LIST_BEFORE_RE.search(text, max(0, start - 2 * _CONTEXT), start)
        or _DAY_LIST_AFTER_RE.match(text, end)
    )


_AVERAGE_WORDS = _words(_WORDS["average_words"])
_AVERAGE_OVER_RE = re.compile(
    rf"\b(?:{'|'.join(_AVERAGE_WORDS)})\b[^.;:]{{0,40}}\b(?:of|for|over|in)\s+(?:the\s+|its\s+)?"
    r"(?:past|previous|last|preceding)\s+\Z",
    re.IGNORECASE,
)


def _averaged_over(text: str, start: int, end: int) -> bool:
    """A span that names the window of an average is no figure of its own: "the 10-year
    average", "a three-month average", "the average for the date over the past 15 years"
    (gold: not-claims or unlisted on every dev story with one; "a 41-year high" stays)."""
    return _next_word(text, end) in _AVERAGE_WORDS or bool(
        _AVERAGE_OVER_RE.search(text, max(0, start - 2 * _CONTEXT), start)
    )


# A part before a whole in words: "four of the six ", "Two of the first ". The whole is the
# set the story already counted (gold: "the whole in 'two of the six': the part is the figure");
# a whole in digits is often new ("66 of the 72 people aboard") and stays.
_PART_OF_RE = re.compile(
    rf"\b(?:\d[\d,.]*|{_SMALLWORD}|{'|'.join(_TENS)})\s+of\s+(?:the|its|their)\s+"
    r"(?:(?:first|last|other|remaining)\s+)?\Z",
    re.IGNORECASE,
)


def _aged_thing(text: str, end: int, unit: str, suffix: str) -> bool:
    """Whether "N units old" is how long a thing has lasted (a duration), not a person's age:
    "a 12-year-old war", "a 15-year-old aircraft", "a walkout that is now 40 days old". A
    span of days, weeks or months said after the noun ("is 40 days old") is a thing's; "a
    41-year-old man", "the 18-year-old crashed" and "a three-month-old baby" are ages."""
    nxt = _next_word(text, end)
    if nxt in _WAR_WORDS or nxt in _AGED_THINGS:
        return True
    return suffix == "old" and _DURATION.get(unit, 0) < _DURATION.get("year", 365.25)


def _share_with_noun(text: str, m: re.Match[str]) -> bool:
    """'one train in five', 'nine people out of 10': a share when a number word counts the
    thing and a small number ends the phrase; not 'one soldier in 2023' nor 'one child in two
    families' (the second figure counts a thing of its own)."""
    return (
        m["onum"][0].isalpha()
        and m["onum"].lower() not in ("a", "an")
        and (not m["oden"][0].isdigit() or len(m["oden"]) <= 3)
        and not _PLURAL_NEXT_RE.match(text, m.end())
    )


def _multiplier_ok(text: str, m: re.Match[str]) -> bool:
    """'eight-fold' and 'nine times the target' always; 'double' only as growth: after a hedge
    or an auxiliary ('will at least double') or before a comparison ('double the rate')."""
    if m["mult"].lower() not in _MULTIPLIERS:
        return True
    nxt = _next_word(text, m.end())
    return (
        _prev_word(text, m.start()) in _MULT_BEFORE
        or nxt in _MULT_AFTER_WORDS
        or nxt in ("", ".", ",", ";")
    )


def _pound_is_weight(text: str, pos: int) -> bool:
    """'300 pounds of explosives', 'a 500-pound bomb' weigh; '80 billion pounds' is money."""
    nxt = _next_word(text, pos)
    if nxt in _POUND_WEIGHT_NEXT:
        return True
    of = _NOUN_RE.match(text, pos)
    return nxt == "of" and bool(of) and (of["w1"] or "").lower() in _POUND_WEIGHT_OF


def _is_measure_at(text: str, pos: int) -> bool:
    """A unit of measure or a percent sign right after a figure ("280 feet", "5%")."""
    unit = _UNIT_RE.match(text, pos)
    return bool(unit and (unit["pct"] or unit["unit"]))


def _is_percent_at(text: str, pos: int) -> bool:
    unit = _UNIT_RE.match(text, pos)
    return bool(unit and unit["pct"])


def _bad_unit(text: str, m: re.Match[str], unit_m: re.Match[str], group: str | None) -> bool:
    """'a week ago', 'once a week', 'the 500m people' - units that are not this figure's."""
    word = unit_m["unit"].lower()
    if word == "m" and (group != "digits" or unit_m[0].startswith("-")):
        return True
    if group == "a":
        prev = _prev_word(text, m.start())
        if prev in _A_UNIT_NOT_AFTER:
            return True
        if word == "second" and _next_word(text, unit_m.end()) not in _A_SECOND_NEXT:
            return True  # "a second quake", "a second case": an ordinal, not a time
        if prev not in _RATE_NOT_AFTER and _RATE_BEFORE_RE.search(
            text, max(0, m.start() - 30), m.start()
        ):
            return True  # "11 million barrels a day"
        hedged = _HEDGE_RE.search(text, max(0, m.start() - _CONTEXT), m.start())
        if not hedged and _next_word(text, unit_m.end()) in _A_NOT_BEFORE:
            return True  # "a day after" is relative time; "less than a week after" a duration
    return False


def _one_ok(
    text: str,
    m: re.Match[str],
    group: str | None,
    kind: str,
    start: int,
    end: int,
    unit_m: re.Match[str] | None,
) -> bool:
    """Narrative 'one' is no figure: 'one of the', 'no one', 'one day', 'the one who'."""
    if group != "words" or m[0].lower() != "one":
        return True
    prev = _prev_word_adjacent(text, m.start())
    if prev in _ONE_NOT_AFTER or _ONE_ANOTHER_RE.match(text, m.end()):
        return False
    if unit_m is not None:
        if kind == "duration" and "-" not in unit_m[0]:
            # "one hour, 14 minutes": the parts after it make it a measured span
            return prev in _ONE_DAY_OK_AFTER or bool(_DURATION_PART_RE.match(text, end))
        return True
    nxt = _next_word(text, end)
    return bool(nxt) and nxt.isalpha() and nxt not in _ONE_NOT_BEFORE
