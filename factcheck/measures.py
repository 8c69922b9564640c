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

from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date

import networkx as nx

from .model import Claim, Measure, Relation, short_id

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


def build(claims: Sequence[Claim], relations: Sequence[Relation]) -> list[Measure]:
    """One measure per connected set of related claims, with the edges a reader needs."""
    by_id = {c.id: c for c in claims}
    live = [r for r in relations if r.source in by_id and r.target in by_id]
    graph = nx.Graph()
    graph.add_edges_from((r.source, r.target) for r in live)
    part = {n: k for k, members in enumerate(nx.connected_components(graph)) for n in members}
    members: dict[int, list[Relation]] = {}
    for r in live:
        members.setdefault(part[r.source], []).append(r)
    out = []
    for rels in members.values():
        ids = sorted({x for r in rels for x in (r.source, r.target)})
        out.append(_measure([by_id[i] for i in ids], rels, by_id))
    return sorted(out, key=lambda m: m.id)


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
