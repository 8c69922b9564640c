"""Match figures across articles and judge them in time: agrees, contradicts, updates.

The embedding proposes candidate pairs (``pairs.candidates``: one kind and unit family, a
similarity floor, no top-k cut); the frame fields, places, times and values of both claims are
the evidence (``pairs.features``); DESIGN.md's definitions give the verdict the pair would get
as one measure; and a model trained on labelled pairs (``verdicts``) says whether the two are
one measure and how likely that verdict is right. A relation is kept when the pair is more
likely one measure than not, with the probability that its verdict is right as confidence.
Each pair is judged on its own two claims, so ``relate(all)`` equals the union of incremental
runs, in any order.

Relation direction: ``source`` is the claim whose ``as_of`` starts earlier (unknown dates sort
last, ties by claim id), so an ``updates`` edge points from the older figure to the newer one.
"""

from __future__ import annotations

import os
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import date

import numpy as np

from . import pairs
from .model import Claim, Group, Relation, short_id
from .verdicts import DECISION, VerdictModel, load, version

RELATE_VERSION = f"11+{version()}"


def relate(
    claims: Sequence[Claim],
    vectors: np.ndarray,
    *,
    new: Collection[str] | None = None,
    min_similarity: float | None = None,
    model: VerdictModel | None = None,
    keyed: Callable[[Sequence[Claim]], Sequence[pairs.Keys]] | None = None,
) -> list[Relation]:
    """Judge every candidate pair (or only pairs touching ``new`` claim ids), sorted by id.

    ``vectors[i]`` is the L2-normalised embedding of ``claims[i].embedding_text``; ``keyed``
    gives claims' ``pairs.Keys`` where they are kept (a store), else they are computed.
    """
    if len(claims) != len(vectors):
        raise ValueError(f"{len(claims)} claims but {len(vectors)} vectors")
    model = model or load()
    floor = model.floor if min_similarity is None else min_similarity
    order = sorted(range(len(claims)), key=lambda i: claims[i].id)
    seen: set[str] = set()
    keep = [i for i in order if not (claims[i].id in seen or seen.add(claims[i].id))]
    ordered = [claims[i] for i in keep]
    if not ordered:
        return []
    is_new = [new is None or c.id in new for c in ordered]
    reps, members = _repeats(ordered)
    new_mask = np.array([any(is_new[m] for m in members[r]) for r in reps], dtype=bool)
    heads = [ordered[r] for r in reps]
    vecs = np.ascontiguousarray(np.asarray(vectors, dtype=np.float32)[np.asarray(keep)[reps]])
    i, j, sim = pairs.candidates(pairs.blocking(heads), vecs, new_mask, floor)
    # only claims some candidate pair touches are keyed in full: an add costs its neighbours
    hit = np.zeros(len(heads), dtype=bool)
    hit[i] = True
    hit[j] = True
    touched = _with_sentence_mates(np.flatnonzero(hit), heads)
    rows = [heads[k] for k in touched]
    table = pairs.table(rows, keyed(rows) if keyed is not None else None)
    _renumber(i, touched, len(heads))
    _renumber(j, touched, len(heads))
    judged = judge(table, i, j, sim, model)
    if len(reps) == len(ordered):
        return judged
    return _expand(judged, ordered, members, is_new)


def _renumber(rows: np.ndarray, touched: np.ndarray, size: int) -> None:
    """Rows of ``heads`` as rows of the table of ``touched`` (sorted, holding every one), in
    place and in slices: the pair arrays are the size of all candidates (8.0 million on
    FA-KES), and copies of both would be 64 MB more at the add's peak."""
    at = np.zeros(size, dtype=rows.dtype)
    at[touched] = np.arange(len(touched))
    for lo in range(0, len(rows), pairs.PAIR_CHUNK):
        part = rows[lo : lo + pairs.PAIR_CHUNK]
        part[:] = at[part]


def _with_sentence_mates(touched: np.ndarray, heads: Sequence[Claim]) -> np.ndarray:
    """The touched rows and every figure sharing a sentence with one: a revision a sentence
    states ("to 0.2% from 0.1%") pairs figures by their place in it (``pairs.revisions``), so
    the table must hold the whole sentence however few of its figures a search touched, or
    an add and a full run would read one sentence differently."""
    wanted = {(heads[k].article, heads[k].sentence) for k in touched.tolist()}
    mates = [k for k, c in enumerate(heads) if (c.article, c.sentence) in wanted]
    return np.union1d(touched, np.asarray(mates, dtype=touched.dtype))


def _repeats(claims: Sequence[Claim]) -> tuple[list[int], dict[int, list[int]]]:
    """One representative (the first by id) of each set of exact repeats in one article: the
    same figure, sentence and frame written again ("At least 12 people were killed..." over and
    over). Repeats are no cross-check of each other and every other claim judges them alike,
    so only representatives are compared: an article of one repeated figure costs linear time."""
    first: dict[Claim, int] = {}
    members: dict[int, list[int]] = {}
    reps = []
    for n, c in enumerate(claims):
        r = first.setdefault(replace(c, id="", start=0, end=0, warnings=()), n)
        if r == n:
            reps.append(n)
        members.setdefault(r, []).append(n)
    return reps, members


def _expand(
    judged: list[Relation],
    claims: Sequence[Claim],
    members: dict[int, list[int]],
    is_new: list[bool],
) -> list[Relation]:
    """Each representative's relations given to every repeat it stands for."""
    index = {claims[r].id: r for r in members}
    out = {}
    for rel in judged:
        first, second = index[rel.source], index[rel.target]
        for a in members[first]:
            for b in members[second]:
                if not (is_new[a] or is_new[b]):
                    continue
                if a == first and b == second:  # the representatives' own relation, as is
                    out[rel.id] = rel
                    continue
                r = _relation(claims[a], claims[b], rel.type, rel.confidence, rel.revision)
                out[r.id] = r
    return [out[key] for key in sorted(out)]


def judge(
    table: pairs.Table, i: np.ndarray, j: np.ndarray, sim: np.ndarray, model: VerdictModel
) -> list[Relation]:
    """The relations among candidate pairs that the model finds more likely one measure than not.

    Judged in slices of ``pairs.PAIR_CHUNK`` so the evidence matrix stays small; the slices
    are independent, so they run on every core (numpy and scipy release the GIL for the
    array work: FA-KES's 7.5 million candidate pairs take 25 s on one thread here)."""
    slices = range(0, len(i), pairs.PAIR_CHUNK)
    step = pairs.PAIR_CHUNK

    def one(lo: int) -> dict[str, Relation]:
        return _judge_slice(table, i[lo : lo + step], j[lo : lo + step], sim[lo : lo + step], model)

    out: dict[str, Relation] = {}
    if len(slices) <= 1:
        for lo in slices:
            out |= one(lo)
    else:
        with ThreadPoolExecutor(_workers()) as pool:
            for found in pool.map(one, slices):
                out |= found
    return [out[key] for key in sorted(out)]


def _workers() -> int:
    affinity = getattr(os, "sched_getaffinity", None)
    return len(affinity(0)) if affinity else os.cpu_count() or 1


def _judge_slice(
    table: pairs.Table, a: np.ndarray, b: np.ndarray, s: np.ndarray, model: VerdictModel
) -> dict[str, Relation]:
    """A pair the text shows to be a revision (``pairs.revisions``) is the update it is, from
    the older figure to the newer, with the model's confidence in that update."""
    out = {}
    x, verdict = pairs.features(table, a, b, s)
    same, p = model.probabilities(x)
    revised, b_newer = pairs.revisions(table, a, b, verdict)
    told = pairs.stated(table, a, b, revised, b_newer)
    if revised.any():  # re-judged as the updates they are; only those rows are read
        r = np.flatnonzero(revised)
        verdict = np.where(revised, pairs.UPDATES, verdict)
        xr = pairs.features(table, a[r], b[r], s[r], verdict[r])[0]
        p[r] = model.probability(xr)
        # a sentence stating the revision says the two are one measure: P(one) is 1
        p[r] = np.where(told[r], model.calibrate(model.verdict.probability(xr)), p[r])
        same[r] = np.where(told[r], 1.0, same[r])
    repeat = (table.article[a] == table.article[b]) & (verdict == pairs.AGREES)
    for k in np.flatnonzero((same >= DECISION) & ~repeat):  # an article agreeing with
        first, second = table.claims[a[k]], table.claims[b[k]]  # itself is no cross-check
        if revised[k] and not b_newer[k]:
            first, second = second, first
        rtype, conf = pairs.VERDICTS[verdict[k]], round(float(p[k]), 3)
        rel = _relation(first, second, rtype, conf, bool(revised[k]))
        out[rel.id] = rel
    return out


def compare(a: Claim, b: Claim, similarity: float = 1.0) -> Relation | None:
    """One pair judged on its own, as ``relate`` would judge it at this similarity."""
    table = pairs.table([a, b])
    if table.block[0] != table.block[1]:
        return None
    rels = judge(table, np.array([0]), np.array([1]), np.array([similarity]), load())
    return rels[0] if rels else None


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


def _relation(
    a: Claim, b: Claim, rtype: str, confidence: float, revision: bool = False
) -> Relation:
    """The edge from the earlier figure to the later one, with a one-line human reason.

    A revision runs from the replaced figure ``a`` to the one replacing it ``b``, whatever
    their dates (a revised statistic holds for the same period as the first estimate)."""
    first, second = (a, b) if revision else sorted((a, b), key=_time_key)
    said = (
        f'{_who(second)} says "{second.mention}" {_when(second)}; '
        f'{_who(first)} said "{first.mention}" {_when(first)}'
    )
    lo, hi = first.value or first.low or 0.0, second.value or second.low or 0.0
    if revision:
        way = "revised up" if hi > lo else "revised down" if hi < lo else "revised"
        why = f"{way}, the newer figure supersedes the earlier one"
    elif rtype == "updates":
        why = "the figure rose" if hi > lo else "the figure fell" if hi < lo else "it moved"
    else:
        why = "the figures agree" if rtype == "agrees" else "the figures conflict"
    return Relation(first.id, second.id, rtype, confidence, f"{said}: {why}", revision=revision)


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


__all__ = ["RELATE_VERSION", "compare", "group", "judge", "relate"]
