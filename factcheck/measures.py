"""Measures: what several claims are about, made from the judged relations.

Claims linked by any live relation share a measure. Within a measure a reader needs far fewer
edges than the pairwise judgements: figures over time read as one timeline (each figure linked
to its nearest neighbours in time), sources agreeing as one set, and every conflict in full.
The edges shown are, per relation type, a minimum spanning forest over the day gaps, so every
pair the full judgement links (directly or through a chain of one type) is still linked.
Revisions are shown in full too, like conflicts: each says which figure replaced which, and
the replaced figure stays visible as ``superseded``.
"""

from __future__ import annotations

import heapq
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date
from functools import cache
from pathlib import Path

import networkx as nx

from .model import Claim, Measure, Relation, short_id

LINK_PATH = Path(__file__).parent / "data" / "measure_link.json"

_STATUS = (("contradicts", "conflicting"), ("updates", "evolving"))


def _day(c: Claim) -> int:
    return c.as_of.start.toordinal() if c.as_of else date.max.toordinal()


def _time_order(c: Claim) -> tuple[int, str]:
    return _day(c), c.id


def shown(claims: dict[str, Claim], relations: Iterable[Relation]) -> list[Relation]:
    """The edges a reader sees: every conflict and revision, and spanning forests of
    agreements and updates."""
    out: list[Relation] = []
    by_type: dict[str, list[Relation]] = {}
    for r in relations:
        if r.revision:
            out.append(r)
        else:
            by_type.setdefault(r.type, []).append(r)
    out.extend(by_type.pop("contradicts", []))
    for rels in by_type.values():
        graph = nx.Graph()
        for r in sorted(rels, key=lambda r: r.id):
            gap = abs(_day(claims[r.source]) - _day(claims[r.target]))
            graph.add_edge(r.source, r.target, weight=gap, rel=r)  # ties: id order, stable
        forest = nx.minimum_spanning_edges(graph, weight="weight", data=True)
        out.extend(data["rel"] for _, _, data in forest)
    return sorted(out, key=lambda r: r.id)


@cache
def fitted_link(path: Path = LINK_PATH) -> float:
    """The mean link at which groups stop merging, fitted by ``python -m bench.accuracy.link``."""
    return float(json.loads(path.read_text(encoding="utf-8"))["link"])


def build(
    claims: Sequence[Claim], relations: Sequence[Relation], link: float | None = None
) -> list[Measure]:
    """One measure per set of claims that ``partition`` finds to be about one thing, with the
    edges a reader needs."""
    by_id = {c.id: c for c in claims}
    live = [r for r in relations if r.source in by_id and r.target in by_id]
    part = partition(live, fitted_link() if link is None else link)
    members: dict[int, list[Relation]] = {}
    for r in live:
        if part[r.source] == part[r.target]:
            members.setdefault(part[r.source], []).append(r)
    out = []
    for rels in members.values():
        ids = sorted({x for r in rels for x in (r.source, r.target)})
        out.append(_measure([by_id[i] for i in ids], rels, by_id))
    return sorted(out, key=lambda m: m.id)


def partition(relations: Sequence[Relation], link: float) -> dict[str, int]:
    """Claims grouped by average linkage: two groups merge while the mean confidence of the
    relations between them (an unrelated pair counting 0) is at least ``link``; 0 gives the
    connected components.

    Connected components let a few loose edges chain unrelated figures: on FA-KES one
    "timeline" held 2,805 claims, and every pair in it read as an update. A real measure's
    figures are related pairwise far more densely than such bridges, so a small mean link
    cuts the bridges and keeps the measures; ``link`` is fitted on labelled pairs."""
    linked: dict[str, dict[str, float]] = {}
    for r in relations:
        for a, b in ((r.source, r.target), (r.target, r.source)):
            row = linked.setdefault(a, {})
            row[b] = row.get(b, 0.0) + r.confidence
    size = dict.fromkeys(linked, 1)
    heap = [(-w, a, b) for a, row in linked.items() for b, w in row.items() if a < b]
    heapq.heapify(heap)
    owner = {a: a for a in linked}
    while heap:
        neg, a, b = heapq.heappop(heap)
        if owner[a] != a or owner[b] != b:
            continue  # merged away since it was pushed
        mean = linked[a].get(b, 0.0) / (size[a] * size[b])
        if mean != -neg:
            continue  # a newer entry for this pair is queued
        if mean < link:
            break
        _merge(a, b, linked, size, owner, heap)
    roots = {}
    return {c: roots.setdefault(_root(owner, c), len(roots)) for c in sorted(owner)}


def _merge(
    a: str,
    b: str,
    linked: dict[str, dict[str, float]],
    size: dict[str, int],
    owner: dict[str, str],
    heap: list[tuple[float, str, str]],
) -> None:
    """Fold group ``b`` into ``a`` and queue ``a``'s new mean link to each neighbour."""
    owner[b] = a
    size[a] += size.pop(b)
    for n, w in linked.pop(b).items():
        if n == a:
            continue
        linked[a][n] = linked[a].get(n, 0.0) + w
        row = linked[n]
        row[a] = row.get(a, 0.0) + row.pop(b)
    linked[a].pop(b, None)
    for n, w in linked[a].items():
        lo, hi = min(a, n), max(a, n)
        heapq.heappush(heap, (-w / (size[a] * size[n]), lo, hi))


def _root(owner: dict[str, str], c: str) -> str:
    while owner[c] != c:
        owner[c] = owner[owner[c]]
        c = owner[c]
    return c


def _measure(members: list[Claim], rels: list[Relation], by_id: dict[str, Claim]) -> Measure:
    types = {r.type for r in rels}
    status = next((s for t, s in _STATUS if t in types), "consistent")
    names = Counter(c.measure for c in members if c.measure)
    ordered = sorted(members, key=_time_order)
    first = {c.measure: n for n, c in reversed(list(enumerate(ordered)))}
    name = min(names, key=lambda m: (-names[m], first[m])) if names else ""
    edges = shown(by_id, rels)
    replaced = {r.source for r in rels if r.revision}
    current = [c for c in ordered if c.id not in replaced] or ordered
    return Measure(
        id=short_id("measure", *(c.id for c in members)),
        name=name,
        claims=tuple(c.id for c in ordered),
        status=status,
        background=all(c.background for c in members),
        sources=len({(c.attribution or c.article).lower() for c in members}),
        latest=current[-1].id,
        relations=tuple(r.id for r in edges),
        superseded=tuple(c.id for c in ordered if c.id in replaced),
    )


def shown_ids(measures: Iterable[Measure]) -> frozenset[str]:
    return frozenset(r for m in measures for r in m.relations)
