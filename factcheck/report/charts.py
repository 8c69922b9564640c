"""Inline SVG pictures for the HTML report: a chart per measure and the claim graph.

Figures are built as ``matplotlib.figure.Figure`` objects, never through pyplot, so no state
leaks between charts or into a caller's plots. The SVG is cleaned for inlining in HTML: no XML
prolog, no RDF metadata, no namespace URLs (the page must hold no http(s) URL at all), and
element ids prefixed per picture so two charts' clip paths cannot collide.
"""

from __future__ import annotations

import io
import re
import textwrap
from collections.abc import Mapping, Sequence
from datetime import date

import matplotlib

matplotlib.use("Agg")

import matplotlib.dates as mdates
import networkx as nx
from matplotlib.collections import LineCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.ticker import StrMethodFormatter

from factcheck.model import Article, Claim, DateSpan, Group, Relation

RELATION_STYLE: dict[str, tuple[str, str]] = {
    "agrees": ("#2e7d32", "solid"),
    "contradicts": ("#c62828", "solid"),
    "updates": ("#1565c0", "solid"),
}
DISMISSED_STYLE = ("#9e9e9e", "dashed")
PALETTE = (
    "#1f77b4",
    "#ff7f0e",
    "#2ca02c",
    "#d62728",
    "#9467bd",
    "#8c564b",
    "#e377c2",
    "#7f7f7f",
    "#bcbd22",
    "#17becf",
)
MAX_LEGEND = 12
_RC = {"svg.fonttype": "none", "svg.hashsalt": "factcheck", "font.size": 9}


def _plain(text: str) -> str:
    """Text as matplotlib should print it: a '$' in an outlet name must not start mathtext."""
    return text.replace("\\", "\\\\").replace("$", r"\$")


def outlet_colors(outlets: Sequence[str]) -> dict[str, str]:
    """One colour per outlet, stable across charts of the same page."""
    return {name: PALETTE[i % len(PALETTE)] for i, name in enumerate(sorted(set(outlets)))}


def figure_svg(fig: Figure, uid: str) -> str:
    """Serialise ``fig`` as an SVG fragment fit to paste into an HTML page."""
    buf = io.StringIO()
    with matplotlib.rc_context(_RC):
        fig.savefig(buf, format="svg", metadata={"Date": None})
    svg = buf.getvalue()
    svg = svg[svg.index("<svg") :]
    svg = re.sub(r"<metadata>.*?</metadata>\s*", "", svg, flags=re.S)
    svg = re.sub(r'\s+xmlns(?::\w+)?="[^"]*"', "", svg)
    ids = set(re.findall(r'\bid="([^"]+)"', svg))
    if ids:
        pattern = re.compile(r'(\bid="|#)(' + "|".join(map(re.escape, ids)) + r')(?=["\)])')
        svg = pattern.sub(lambda m: f"{m.group(1)}{uid}-{m.group(2)}", svg)
    return svg.replace("<svg ", f'<svg role="img" data-uid="{uid}" ', 1)


def _mid(span: DateSpan) -> tuple[float, float]:
    """A span as (centre, half-width) in matplotlib date units, for error bars."""
    lo, hi = mdates.date2num(span.start), mdates.date2num(span.end)
    return (lo + hi) / 2, (hi - lo) / 2


def _point(claim: Claim, published: date | None) -> tuple[float, float, float, float, float] | None:
    """(x, x half-width, y, y below, y above) for one claim, or None when it cannot be placed.

    Dates are plotted as "what date was given (y) when it was published (x)"; every other kind
    as "value (y) on the day it describes (x)", falling back to the publication date.
    """
    if claim.kind == "date":
        if claim.as_of is None or published is None:
            return None
        y, half = _mid(claim.as_of)
        return mdates.date2num(published), 0.0, y, half, half
    span = claim.as_of or (DateSpan.day(published) if published else None)
    y = claim.value
    if y is None and claim.low is not None and claim.high is not None:
        y = (claim.low + claim.high) / 2
    if span is None or y is None:
        return None
    x, xhalf = _mid(span)
    below = max(0.0, y - claim.low) if claim.low is not None else 0.0
    above = max(0.0, claim.high - y) if claim.high is not None else 0.0
    return x, xhalf, y, below, above


def group_chart_svg(
    group: Group,
    claims: Mapping[str, Claim],
    articles: Mapping[str, Article],
    colors: Mapping[str, str],
    *,
    uid: str,
    unknown_outlet: str = "(unknown outlet)",
) -> tuple[str, int]:
    """A value-against-date chart of one group, one series per outlet, hedges as error bars.

    Returns the SVG and how many members could not be placed (undated), for the caption.
    """
    series: dict[str, list[tuple[float, float, float, float, float]]] = {}
    skipped = 0
    kinds = set()
    unit = ""
    for cid in group.claims:
        claim = claims.get(cid)
        if claim is None:
            skipped += 1
            continue
        article = articles.get(claim.article)
        point = _point(claim, article.published if article else None)
        if point is None:
            skipped += 1
            continue
        kinds.add(claim.kind)
        unit = unit or claim.unit
        outlet = (article.outlet if article else None) or unknown_outlet
        series.setdefault(outlet, []).append(point)

    fig = Figure(figsize=(7.0, 3.0), dpi=96)
    # Fixed margins rather than bbox_inches="tight", which renders every figure twice.
    fig.subplots_adjust(left=0.12, right=0.74, top=0.88, bottom=0.17)
    ax = fig.add_subplot()
    title = group.measure or "(unnamed measure)"
    ax.set_title(_plain(textwrap.shorten(title, 70)), fontsize=10, loc="left")
    if not series:
        ax.text(
            0.5, 0.5, "no dated figures to plot", ha="center", va="center", transform=ax.transAxes
        )
        ax.set_axis_off()
        return figure_svg(fig, uid), skipped
    # Biggest series first so a capped legend names the outlets that matter most.
    ordered = sorted(series, key=lambda o: (-len(series[o]), o))
    for outlet in ordered:
        pts = sorted(series[outlet])
        xs, xerr, ys, lo, hi = (list(col) for col in zip(*pts, strict=True))
        ax.errorbar(
            xs,
            ys,
            yerr=[lo, hi],
            xerr=xerr if any(xerr) else None,
            fmt="o-",
            capsize=4,
            elinewidth=2,
            alpha=0.9,
            color=colors.get(outlet, PALETTE[0]),
            label=_plain(outlet) if outlet in ordered[:MAX_LEGEND] else "_nolegend_",
        )
    locator = mdates.AutoDateLocator(minticks=3, maxticks=7)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    xs_all = [p[0] for pts in series.values() for p in pts]
    if max(xs_all) - min(xs_all) < 6:
        # A few days' spread would get hourly ticks; whole days read better.
        mid = (max(xs_all) + min(xs_all)) / 2
        ax.set_xlim(mid - 3.5, mid + 3.5)
    if kinds == {"date"}:
        ax.yaxis.set_major_locator(mdates.AutoDateLocator(minticks=3, maxticks=6))
        # Full dates: a concise formatter's offset text would sit on top of the title.
        ax.yaxis.set_major_formatter(mdates.DateFormatter("%Y-%m-%d"))
        ax.set_ylabel("date given")
        fig.subplots_adjust(left=0.21)
        ax.set_xlabel("published")
    else:
        ax.set_ylabel(_plain(unit) if unit else "count" if kinds == {"count"} else "value")
        ax.yaxis.set_major_formatter(
            StrMethodFormatter("{x:,.0f}" if kinds == {"count"} else "{x:,g}")
        )
    ax.grid(True, alpha=0.3)
    # Outside the axes at a fixed place: "best" placement costs a full search per chart.
    legend = ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)
    if len(ordered) > MAX_LEGEND:
        legend.set_title(f"{MAX_LEGEND} of {len(ordered)} outlets", prop={"size": 7})
    return figure_svg(fig, uid), skipped


def _label(claim: Claim | None, cid: str) -> str:
    text = claim.mention if claim is not None else cid
    return _plain(textwrap.shorten(text, 22, placeholder="…"))


def _largest_parts(graph: nx.MultiGraph, max_nodes: int) -> set[str]:
    """Whole connected groups, largest first, up to ``max_nodes``; a group bigger than the cap
    is cut to the neighbourhood of its best-connected claim rather than drawn as a hairball."""
    components = sorted(nx.connected_components(graph), key=lambda c: (-len(c), min(c)))
    keep: set[str] = set()
    for comp in components:
        if len(keep) + len(comp) <= max_nodes:
            keep |= comp
        elif not keep:
            hub = max(sorted(comp), key=graph.degree)
            order = [hub, *(v for _, v in nx.bfs_edges(graph, hub))]
            keep = set(order[:max_nodes])
    return keep


def graph_svg(
    claims: Mapping[str, Claim],
    articles: Mapping[str, Article],
    relations: Sequence[Relation],
    dismissed: set[str],
    colors: Mapping[str, str],
    *,
    uid: str = "graph",
    max_nodes: int = 150,
    unknown_outlet: str = "(unknown outlet)",
) -> tuple[str, str]:
    """The claim graph: claims in a relation as nodes (coloured by outlet), relations as edges.

    Big corpora keep their largest connected components up to ``max_nodes`` so the picture
    stays legible; the returned note says what was left out.
    """
    graph = nx.MultiGraph()
    for r in relations:
        graph.add_edge(r.source, r.target, key=r.id, type=r.type, dismissed=r.id in dismissed)
    note = ""
    if graph.number_of_nodes() > max_nodes:
        keep = _largest_parts(graph, max_nodes)
        note = (
            f"Showing {len(keep)} of {graph.number_of_nodes()} related claims "
            "(the largest connected groups)."
        )
        graph = graph.subgraph(keep).copy()

    fig = Figure(figsize=(8.0, 6.0), dpi=96)
    fig.subplots_adjust(left=0.02, right=0.78, top=0.98, bottom=0.02)
    ax = fig.add_subplot()
    ax.set_axis_off()
    if graph.number_of_nodes() == 0:
        ax.text(
            0.5,
            0.5,
            "no relations between claims",
            ha="center",
            va="center",
            transform=ax.transAxes,
        )
        return figure_svg(fig, uid), note
    nodes = sorted(graph.nodes)
    ordered = nx.MultiGraph()
    ordered.add_nodes_from(nodes)
    ordered.add_edges_from(sorted(graph.edges(keys=True, data=True), key=lambda e: e[2]))
    pos = nx.spring_layout(ordered, seed=7, k=1.5 / max(1, len(nodes)) ** 0.5)

    for kind, (color, style) in (*RELATION_STYLE.items(), ("dismissed", DISMISSED_STYLE)):
        segs = [
            (pos[u], pos[v])
            for u, v, _, d in ordered.edges(keys=True, data=True)
            if (d["dismissed"] and kind == "dismissed")
            or (not d["dismissed"] and d["type"] == kind)
        ]
        if segs:
            ax.add_collection(
                LineCollection(segs, colors=color, linestyles=style, linewidths=2, zorder=1)
            )

    def outlet(cid: str) -> str:
        claim = claims.get(cid)
        article = articles.get(claim.article) if claim else None
        return (article.outlet if article else None) or unknown_outlet

    xs = [pos[n][0] for n in nodes]
    ys = [pos[n][1] for n in nodes]
    ax.scatter(
        xs,
        ys,
        s=80,
        c=[colors.get(outlet(n), PALETTE[0]) for n in nodes],
        edgecolors="white",
        zorder=2,
    )
    if len(nodes) <= 60:
        for n in nodes:
            ax.annotate(
                _label(claims.get(n), n),
                pos[n],
                xytext=(5, 5),
                textcoords="offset points",
                fontsize=7,
                zorder=3,
            )
    handles = [
        Line2D([], [], color=c, linestyle=s, linewidth=2, label=k)
        for k, (c, s) in (*RELATION_STYLE.items(), ("dismissed", DISMISSED_STYLE))
    ]
    used = sorted({outlet(n) for n in nodes})
    handles += [
        Line2D([], [], marker="o", linestyle="", color=colors.get(o, PALETTE[0]), label=_plain(o))
        for o in used[:MAX_LEGEND]
    ]
    ax.legend(
        handles=handles, fontsize=7, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False
    )
    ax.autoscale_view()
    ax.margins(0.12)
    return figure_svg(fig, uid), note
