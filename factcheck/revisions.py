"""Revisions and corrections: what the text says about a figure replacing an earlier one.

A later figure for the same reference period or incident that replaces an earlier one (a
statistic revised, a ministry lowering its own toll, an agency withdrawing a figure) is no open
conflict: the newer figure supersedes and the older stays visible (DESIGN.md, Relations). The
text tells it in two ways, read here from a figure's own clause:

* the clause *revises*: a revision word ("revised", "corrected", "withdrew"), or a verb that
  changes a figure with a figure noun as its object ("lowered the death toll", "raised its
  forecast", "scaling back a figure of nine"; "raised Bank Rate" is a decision, not a revision);
* the figure is the *earlier* one: a word next to it says so ("to 0.2% from 0.1%", "an initial
  0.1%", "a figure of nine given earlier", "the 79 announced the previous day").

Whether a pair of one measure is a revision (and which side is the newer) is decided in
``pairs.revisions`` from these cues, the sources and the times. The words live in
``data/revisions.json``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from .keys import KEY_CACHE
from .model import Claim

LEXICON_PATH = Path(__file__).parent / "data" / "revisions.json"
_MASK = "[NUM]"  # where the figure sits in ``Claim.context``
# A clause ends at punctuation that sets off another statement or an aside.
_CLAUSE = re.compile(r"(?<!\d),|,(?!\d)|[;:()\u2013\u2014]|\s-\s")  # not "3,554"
_WORD = re.compile(r"[a-z0-9]+(?:['’-][a-z0-9]+)*")
# Words each side of the figure read for an "earlier" cue: the same reach as the words that
# name what a figure counts (pairs.NEAR_WORDS, chosen on the dev stories).
NEAR_WORDS = 4


@dataclass(frozen=True)
class Lexicon:
    revision: frozenset[str]
    change: tuple[tuple[str, ...], ...]
    nouns: frozenset[str]
    auxiliaries: frozenset[str]
    earlier_right_before: frozenset[str]
    earlier_before: frozenset[str]
    earlier_after: frozenset[str]
    skip: frozenset[str]
    tally_roles: frozenset[str]
    difference: frozenset[str]
    comparison_lead: frozenset[str]


@cache
def lexicon() -> Lexicon:
    raw = json.loads(LEXICON_PATH.read_text(encoding="utf-8"))
    return Lexicon(
        revision=frozenset(raw["revision_words"]),
        change=tuple(tuple(w.split()) for w in raw["change_words"]),
        nouns=frozenset(raw["figure_nouns"]),
        auxiliaries=frozenset(raw["passive_auxiliaries"]),
        earlier_right_before=frozenset(raw["earlier_right_before"]),
        earlier_before=frozenset(raw["earlier_before"]),
        earlier_after=frozenset(raw["earlier_after"]),
        skip=frozenset(raw["skip"]),
        tally_roles=frozenset(raw["tally_roles"]),
        difference=frozenset(raw["difference_right_before"]),
        comparison_lead=frozenset(raw["comparison_lead"]),
    )


@dataclass(frozen=True)
class Cues:
    revising: bool  # the figure's clause revises a figure
    earlier: bool  # the text calls this figure the earlier one
    told: bool = False  # some clause of the figure's sentence revises a figure
    difference: bool = False  # the size of a change ("cut by 81,000"), not a level
    # the sentence puts another figure in this one's place: a replacing word right before it
    # ("179,000 instead of 206,000", "lowered April to 108,000 from 165,000")
    replaced: bool = False
    # the figure's clause is a verbless comparison hung on the clause before ("now puts May's
    # gain at 218,000, down from the 272,000 it reported"): it belongs to that clause's figure
    attached: bool = False


def _clause(c: Claim) -> tuple[list[str], list[str]] | None:
    """The words of the figure's clause before and after it (lower case)."""
    text = c.context or ""
    at = text.find(_MASK)
    if at < 0:
        return None
    before = _CLAUSE.split(text[:at])[-1]
    after = _CLAUSE.split(text[at + len(_MASK) :])[0]
    return _WORD.findall(before.lower()), _WORD.findall(after.lower())


@cache
def _by_first(change: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Change phrases by their first word: a sentence is read in one pass, not once per
    phrase (that pass was 2.7 of the 3.2 s a one-article add into FA-KES spent here)."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in change:
        out.setdefault(phrase[0], []).append(phrase)
    return {w: tuple(p) for w, p in out.items()}


def _changes(words: list[str], lex: Lexicon) -> list[tuple[int, int]]:
    """(start, end) of every change verb (one word or a phrase) in ``words``."""
    first = _by_first(lex.change)
    out = []
    for n, word in enumerate(words):
        for phrase in first.get(word, ()):
            if tuple(words[n : n + len(phrase)]) == phrase:
                out.append((n, n + len(phrase)))
    return out


def revises(words: list[str]) -> bool:
    """A revision word, or a change verb whose object (after it) or passive subject (before
    it, with only auxiliaries between) is a figure noun."""
    lex = lexicon()
    if any(w in lex.revision for w in words):
        return True
    for start, end in _changes(words, lex):
        if any(w in lex.nouns for w in words[end:]):
            return True
        k = start - 1
        while k >= 0 and words[k] in lex.auxiliaries:
            k -= 1
        if k >= 0 and k < start - 1 and words[k] in lex.nouns:
            return True
    return False


def _near(words: list[str], lex: Lexicon) -> list[str]:
    """Up to NEAR_WORDS words that are not function words, stopping at another figure."""
    out = []
    for w in words:
        if any(ch.isdigit() for ch in w):
            break
        if w not in lex.skip:
            out.append(w)
            if len(out) == NEAR_WORDS:
                break
    return out


def cues(c: Claim) -> Cues:
    """What the figure's own clause, and its sentence, say about revising."""
    found = _clause(c)
    if found is None:
        return Cues(False, False)
    before, after = found
    lex = lexicon()
    told = _told(c.sentence)
    ahead = _near(before[::-1], lex)
    revising = revises(before + after)
    if before and before[-1] in lex.difference and revising:
        # "revised down by 61,000": the size of the correction, and neither figure revised;
        # "payrolls grew by 206,000" is the statistic itself
        return Cues(False, False, False, True)
    replaced = bool(ahead and ahead[0] in lex.earlier_right_before)
    earlier = (
        replaced
        or any(w in lex.earlier_before for w in ahead)
        or any(w in lex.earlier_after for w in _near(after, lex))
    )
    attached = replaced and all(w in lex.comparison_lead or w in lex.skip for w in before)
    return Cues(revising, earlier, told, False, replaced, attached)


@lru_cache(maxsize=KEY_CACHE)
def _told(sentence: str) -> bool:
    """Some clause of the sentence revises a figure."""
    return any(revises(_WORD.findall(part.lower())) for part in _CLAUSE.split(sentence))


def mask_at(c: Claim) -> int:
    """Where the figure starts inside its sentence (-1 when unknown)."""
    return (c.context or "").find(_MASK)


def crosses_clause(text: str) -> bool:
    """Whether text between two figures ends one clause and starts another."""
    return bool(_CLAUSE.search(text))


__all__ = ["Cues", "crosses_clause", "cues", "lexicon", "mask_at", "revises"]
