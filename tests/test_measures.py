"""Measures: claims grouped by what they are about, with the edges a reader needs."""

from __future__ import annotations

import json
from itertools import combinations, pairwise

import networkx as nx

from bench.accuracy.gold import load_splits
from factcheck.measures import LINK_PATH, build, fitted_link, partition, shown
from factcheck.model import Claim, Relation
from tests.test_relate import claim


def _toll(value: float, day: str, **kw: object) -> Claim:
    return claim(value=value, on=day, role="killed", subject="people", **kw)  # type: ignore[arg-type]


def _all_pairs(claims: list[Claim], rtype: str) -> list[Relation]:
    ordered = sorted(claims, key=lambda c: (c.as_of.start if c.as_of else None, c.id))
    return [Relation(a.id, b.id, rtype, 0.9, "r") for a, b in combinations(ordered, 2)]


def test_a_rising_series_is_one_timeline_of_consecutive_updates() -> None:
    days = [f"2023-02-{d:02d}" for d in range(6, 15)]
    series = [_toll(1000 * (n + 1), day) for n, day in enumerate(days)]
    rels = _all_pairs(series, "updates")
    assert len(rels) == 36
    (measure,) = build(series, rels)
    assert measure.status == "evolving"
    assert measure.claims == tuple(c.id for c in series)  # in time order
    assert measure.latest == series[-1].id
    edges = {r.id: r for r in rels}
    kept = [edges[r] for r in measure.relations]
    assert len(kept) == len(series) - 1
    assert {(r.source, r.target) for r in kept} == {(a.id, b.id) for a, b in pairwise(series)}


def test_sources_agreeing_are_one_set_and_every_claim_stays_reachable() -> None:
    same = [_toll(5000, "2023-02-07", attribution=f"outlet {n}") for n in range(6)]
    rels = _all_pairs(same, "agrees")
    (measure,) = build(same, rels)
    assert measure.status == "consistent"
    assert measure.sources == 6
    assert len(measure.relations) == len(same) - 1
    graph = nx.Graph()
    edges = {r.id: r for r in rels}
    graph.add_edges_from((edges[r].source, edges[r].target) for r in measure.relations)
    assert nx.is_connected(graph) and set(graph) == {c.id for c in same}


def test_every_conflict_is_shown() -> None:
    a, b, c = _toll(100, "2023-02-07"), _toll(150, "2023-02-07"), _toll(200, "2023-02-07")
    rels = [Relation(x.id, y.id, "contradicts", 0.8, "r") for x, y in combinations([a, b, c], 2)]
    (measure,) = build([a, b, c], rels)
    assert measure.status == "conflicting"
    assert sorted(measure.relations) == sorted(r.id for r in rels)


def test_unrelated_claims_are_separate_measures_and_background_is_marked() -> None:
    a, b = _toll(10, "2023-02-07"), _toll(10, "2023-02-07")
    x = claim(value=2.1e6, on="2023-02-07", subject="people", background=True)
    y = claim(value=2.1e6, on="2023-02-08", subject="people", background=True)
    rels = [Relation(a.id, b.id, "agrees", 0.9, "r"), Relation(x.id, y.id, "agrees", 0.9, "r")]
    found = build([a, b, x, y], rels)
    assert len(found) == 2
    assert sorted(m.background for m in found) == [False, True]


def test_shown_edges_are_a_subset_and_keep_each_type_connected() -> None:
    days = ["2023-02-06", "2023-02-06", "2023-02-08", "2023-02-08", "2023-02-10"]
    figs = [_toll(v, d) for v, d in zip([10, 10, 20, 20, 30], days, strict=True)]
    by_id = {c.id: c for c in figs}
    rels = [
        Relation(a.id, b.id, "agrees" if a.as_of == b.as_of else "updates", 0.9, "r")
        for a, b in combinations(figs, 2)
    ]
    kept = shown(by_id, rels)
    assert set(kept) <= set(rels)
    for rtype in ("agrees", "updates"):
        full, part = nx.Graph(), nx.Graph()
        full.add_edges_from((r.source, r.target) for r in rels if r.type == rtype)
        part.add_edges_from((r.source, r.target) for r in kept if r.type == rtype)
        assert sorted(map(sorted, nx.connected_components(full))) == sorted(
            map(sorted, nx.connected_components(part))
        )


def test_a_revision_is_shown_and_the_replaced_figure_stays_visible_but_not_current() -> None:
    first = _toll(120, "2023-09-12", attribution="ministry")
    lowered = _toll(112, "2023-09-12", attribution="ministry")
    later = _toll(130, "2023-09-14", attribution="ministry")
    rels = [
        Relation(first.id, lowered.id, "updates", 0.8, "r", revision=True),
        Relation(lowered.id, later.id, "updates", 0.8, "r"),
        Relation(first.id, later.id, "updates", 0.8, "r"),
    ]
    (measure,) = build([first, lowered, later], rels)
    assert measure.status == "evolving", "a revision is no open conflict"
    assert rels[0].id in measure.relations, "every revision is shown"
    assert measure.superseded == (first.id,)
    assert first.id in measure.claims and measure.latest == later.id
    (alone,) = build([first, lowered], rels[:1])
    assert alone.latest == lowered.id, "the newer figure is current though both hold one day"


def _linked(claims: list[Claim], conf: float) -> list[Relation]:
    return [Relation(a.id, b.id, "agrees", conf, "r") for a, b in combinations(claims, 2)]


def test_one_loose_edge_does_not_chain_two_measures() -> None:
    """Two figures agreed on by three outlets each, bridged by one weak pairwise judgement:
    connected components (link 0) merge them, a mean link cuts the bridge."""
    left = [_toll(45, "2016-07-21", attribution=f"left {n}") for n in range(3)]
    right = [_toll(10, "2016-07-21", attribution=f"right {n}") for n in range(3)]
    bridge = Relation(left[0].id, right[0].id, "contradicts", 0.6, "r")
    rels = [*_linked(left, 0.8), *_linked(right, 0.8), bridge]
    (merged,) = build(left + right, rels, link=0.0)
    assert merged.status == "conflicting"
    apart = build(left + right, rels, link=0.2)  # the bridge's mean over 3 x 3 pairs: 0.067
    assert sorted(len(m.claims) for m in apart) == [3, 3]
    assert all(m.status == "consistent" for m in apart)
    assert partition(rels, 0.2)[left[0].id] != partition(rels, 0.2)[right[0].id]


def test_a_densely_judged_timeline_stays_one_measure_at_any_fitted_link() -> None:
    days = [f"2023-02-{d:02d}" for d in range(6, 12)]
    series = [_toll(1000 * (n + 1), day) for n, day in enumerate(days)]
    (measure,) = build(series, _all_pairs(series, "updates"), link=fitted_link())
    assert len(measure.claims) == len(series)


def test_the_fitted_link_is_the_best_of_its_grid() -> None:
    fitted = json.loads(LINK_PATH.read_text(encoding="utf-8"))
    best = max(g["pooled"] for g in fitted["grid"])
    assert fitted["link"] == min(g["link"] for g in fitted["grid"] if g["pooled"] == best)
    assert fitted_link() == fitted["link"]
    tests = {name for name, split in load_splits().items() if split == "test"}
    assert tests and not set(fitted["fitted_on"]) & tests
