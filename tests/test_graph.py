"""Graph construction and lossless GraphML / node-link round trips."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from pathlib import Path

import networkx as nx
import pytest

from factcheck.graph import build_graph, from_node_link, read_graphml, to_node_link, write_graphml
from factcheck.model import Article, CheckResult, Claim, DateSpan, ModelInfo, Relation, Stated


def _result() -> CheckResult:
    arts = (
        Article("002_a", "East Aleppo", "body", date(2016, 12, 5), outlet="Morning Star"),
        Article("003_b", "Spotlight", "body", None),
    )

    def make(cid: str, art: str, value: float | None, kind: str, as_of: DateSpan | None) -> Claim:
        return Claim(
            id=cid,
            article=art,
            mention=f"{value}",
            sentence="s",
            start=1,
            end=3,
            kind=kind,
            value=value,
            low=value,
            high=value,
            unit="%" if kind == "percent" else "",
            stated=Stated(value, value, value, "percent"),
            measure="share held",
            as_of=as_of,
            place="eastern Aleppo" if value else None,
            holder="government",
            cumulative=True,
        )

    d = DateSpan.day(date(2016, 12, 4))
    claims = (
        # every DateSpan field set once, so GraphML's scalar-only export is exercised on each
        dataclasses.replace(
            make("c1", "002_a", 40.0, "percent", DateSpan.day(date(2016, 11, 28))),
            window=DateSpan(date(2016, 11, 15), date(2016, 11, 28)),
            told=DateSpan.day(date(2016, 11, 30)),
        ),
        make("c2", "002_a", 60.0, "percent", d),
        make("c3", "003_b", 75.0, "percent", None),
        make("c4", "003_b", None, "date", DateSpan(date(2012, 1, 1), date(2012, 12, 31))),
    )
    rels = (
        Relation("c1", "c2", "updates", 0.9, "rose"),
        Relation("c2", "c3", "updates", 0.8, "rose again"),
        Relation("c1", "c3", "contradicts", 0.4, "odd"),
    )
    return CheckResult(arts, claims, rels, model=ModelInfo("mini", "abc"))


def _snapshot(g: nx.MultiDiGraph) -> tuple[object, ...]:
    nodes = sorted((n, sorted(d.items())) for n, d in g.nodes(data=True))
    edges = sorted((u, v, k, sorted(d.items())) for u, v, k, d in g.edges(keys=True, data=True))
    return nodes, edges, sorted(g.graph.items())


def test_build_graph_nodes_and_edges() -> None:
    result = _result()
    g = build_graph(result)
    assert {n for n, d in g.nodes(data=True) if d["type"] == "article"} == {"002_a", "003_b"}
    assert {n for n, d in g.nodes(data=True) if d["type"] == "claim"} == {
        c.id for c in result.claims
    }
    states = [(u, v) for u, v, k in g.edges(keys=True) if k == "states"]
    assert sorted(states) == sorted((c.article, c.id) for c in result.claims)
    for rel in result.relations:
        data = g.get_edge_data(rel.source, rel.target, key=rel.type)
        assert data["confidence"] == rel.confidence and data["reason"] == rel.reason
        assert data["id"] == rel.id
    assert g.nodes["003_b"]["published"] == ""
    c4 = g.nodes["c4"]
    assert c4["as_of_start"] == "2012-01-01" and c4["as_of_end"] == "2012-12-31"
    assert "value" not in c4 and c4["place"] == ""
    assert g.nodes["c3"]["as_of_start"] == ""
    assert g.nodes["c1"]["stated_unit"] == "percent"
    for _, data in g.nodes(data=True):
        assert all(isinstance(v, (str, int, float, bool)) for v in data.values())


def test_graphml_round_trip(tmp_path: Path) -> None:
    g = build_graph(_result())
    path = tmp_path / "g.graphml"
    write_graphml(g, path)
    back = read_graphml(path)
    assert isinstance(back, nx.MultiDiGraph)
    assert _snapshot(back) == _snapshot(g)


def test_node_link_round_trip() -> None:
    g = build_graph(_result())
    data = json.loads(json.dumps(to_node_link(g)))
    back = from_node_link(data)
    assert isinstance(back, nx.MultiDiGraph)
    assert _snapshot(back) == _snapshot(g)


def test_relations_to_unknown_claims_are_skipped() -> None:
    r = _result()
    extra = (*r.relations, Relation("c1", "zz", "agrees", 0.5, "?"))
    g = build_graph(CheckResult(r.articles, r.claims, extra))
    assert "zz" not in g


def test_an_attribute_graphml_cannot_hold_is_refused_not_a_crash(tmp_path: Path) -> None:
    g = build_graph(_result())
    g.nodes["c2"]["as_of"] = DateSpan.day(date(2016, 12, 4))  # what a missed field would be
    with pytest.raises(TypeError, match="as_of"):
        write_graphml(g, tmp_path / "g.graphml")
