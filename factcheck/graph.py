"""The corpus as a graph: articles state claims; claims agree, contradict or update each other.

Node and edge attributes are scalars only, so the same graph exports to GraphML (which types
each attribute key once) and to node-link JSON and loads back unchanged. Conventions:

* article nodes: ``type="article"``, title, outlet, published (ISO date or "").
* claim nodes (keyed by claim id): ``type="claim"`` and every other scalar Claim field;
  ``stated`` becomes ``stated_value``/``stated_low``/``stated_high``/``stated_unit``;
  ``as_of`` becomes ``as_of_start``/``as_of_end``. Missing text is ``""``; a missing
  *number* is left out (a GraphML key has one type, and ``""`` would make it all text).
* edges: ``states`` article → claim; ``agrees``/``contradicts``/``updates`` claim → claim with
  confidence, reason, the relation id and ``revision`` (an update whose target replaces its
  source for the same period or incident); the edge key is the edge type.
* measure nodes: ``type="measure"``, name, status, background, sources and ``latest`` (the
  current figure's claim id); ``measures`` edges claim → measure.
"""

from __future__ import annotations

import dataclasses
from os import PathLike
from typing import Any

import networkx as nx

from .model import Article, CheckResult, Claim

_NUMERIC_CLAIM_FIELDS = ("value", "low", "high", "stated_value", "stated_low", "stated_high")


def _article_attrs(article: Article) -> dict[str, Any]:
    return {
        "type": "article",
        "title": article.title,
        "outlet": article.outlet or "",
        "published": article.published.isoformat() if article.published else "",
        "path": article.path or "",
        "date_source": article.date_source,
    }


def _claim_attrs(claim: Claim) -> dict[str, Any]:
    attrs: dict[str, Any] = {"type": "claim"}
    for f in dataclasses.fields(claim):
        value = getattr(claim, f.name)
        if f.name == "stated":
            attrs.update(
                stated_value=value.value,
                stated_low=value.low,
                stated_high=value.high,
                stated_unit=value.unit,
            )
        elif f.name == "id":
            continue  # the node key is the id; an "id" attribute would clash in node-link JSON
        elif "DateSpan" in str(f.type):  # as_of, window, told: GraphML holds scalars only
            attrs[f"{f.name}_start"] = value.start.isoformat() if value else ""
            attrs[f"{f.name}_end"] = value.end.isoformat() if value else ""
        elif f.name == "warnings":
            attrs["warnings"] = "; ".join(value)  # GraphML holds scalars only
        else:
            attrs[f.name] = value
    out: dict[str, Any] = {}
    for key, value in attrs.items():
        if value is None:
            if key not in _NUMERIC_CLAIM_FIELDS:
                out[key] = ""
        elif key in _NUMERIC_CLAIM_FIELDS:
            out[key] = float(value)
        else:
            out[key] = value
    return out


def build_graph(result: CheckResult) -> nx.MultiDiGraph:
    """Articles, claims and their judged relations as one directed multigraph."""
    graph = nx.MultiDiGraph()
    if result.model is not None:
        graph.graph["model"] = result.model.name
        graph.graph["weights_sha256"] = result.model.weights_sha256
    for article in sorted(result.articles, key=lambda a: a.id):
        graph.add_node(article.id, **_article_attrs(article))
    for claim in sorted(result.claims, key=lambda c: c.id):
        graph.add_node(claim.id, **_claim_attrs(claim))
        if claim.article in graph:
            graph.add_edge(claim.article, claim.id, key="states", type="states")
    for rel in sorted(result.relations, key=lambda r: r.id):
        if rel.source in graph and rel.target in graph:
            graph.add_edge(
                rel.source,
                rel.target,
                key=rel.type,
                type=rel.type,
                confidence=float(rel.confidence),
                reason=rel.reason,
                id=rel.id,
                revision=bool(rel.revision),
            )
    for measure in result.measures:
        graph.add_node(
            measure.id,
            type="measure",
            measure=measure.name,
            status=measure.status,
            background=measure.background,
            sources=measure.sources,
            latest=measure.latest,
        )
        for claim_id in measure.claims:
            if claim_id in graph:
                graph.add_edge(claim_id, measure.id, key="measures", type="measures")
    return graph


_SCALARS = (str, int, float, bool)


def write_graphml(graph: nx.MultiDiGraph, path: str | PathLike[str]) -> None:
    """GraphML for Gephi/yEd/Cytoscape; ``read_graphml`` returns the same graph.

    Attributes are checked first: networkx's lxml writer, meeting a value GraphML cannot
    type mid-write, crashed the whole process (a segfault, seen with a date span) instead
    of raising."""
    items = [*graph.nodes(data=True), *((f"{u}->{v}", d) for u, v, d in graph.edges(data=True))]
    for name, attrs in items:
        for key, value in attrs.items():
            if not isinstance(value, _SCALARS):
                raise TypeError(f"{name}: attribute {key!r} is a {type(value).__name__}")
    nx.write_graphml(graph, path)


def read_graphml(path: str | PathLike[str]) -> nx.MultiDiGraph:
    """Load a graph written by :func:`write_graphml` (always a multigraph, keys kept)."""
    graph = nx.read_graphml(path, force_multigraph=True)
    graph = graph if isinstance(graph, nx.MultiDiGraph) else nx.MultiDiGraph(graph)
    for key in ("node_default", "edge_default"):  # reader bookkeeping, not our data
        graph.graph.pop(key, None)
    return graph


def to_node_link(graph: nx.MultiDiGraph) -> dict[str, Any]:
    """JSON-ready node-link dict (``edges`` list; edge keys kept under ``key``)."""
    return nx.node_link_data(graph, edges="edges")


def from_node_link(data: dict[str, Any]) -> nx.MultiDiGraph:
    """Inverse of :func:`to_node_link`."""
    graph = nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")
    return graph if isinstance(graph, nx.MultiDiGraph) else nx.MultiDiGraph(graph)


__all__ = ["build_graph", "from_node_link", "read_graphml", "to_node_link", "write_graphml"]
