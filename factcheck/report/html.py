"""The HTML report: one self-contained file a fact-checker opens or mails around.

Everything is inline (CSS, SVG charts, the claim-graph picture) and the page carries no
http(s) URL, so it renders offline and leaks no reader's visit to a third party. Charts are
capped for big corpora and the page says how many were left out.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

import jinja2
from markupsafe import Markup

from factcheck.model import CheckResult
from factcheck.report.jsonreport import is_dismissed, latest_reviews
from factcheck.report.view import (
    MAX_ROWS,
    UNKNOWN_OUTLET,
    build_view,
    outlet_of,
    summary_line,
    timeline,
)

MAX_CHARTS = 30
MAX_GRAPH_NODES = 150
# A scheme followed by "//" anywhere in the page, article text included.
_URL_SCHEME = re.compile(r"\b(https?|ftp|wss?)(:)(?=//)", re.IGNORECASE)


def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("factcheck.report", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )


def _charts(result: CheckResult, view: dict[str, Any], max_charts: int) -> list[dict[str, Any]]:
    """One chart per measure group, largest groups first, at most ``max_charts``."""
    from factcheck.report.charts import group_chart_svg, outlet_colors

    claims = {c.id: c for c in result.claims}
    articles = {a.id: a for a in result.articles}
    colors = outlet_colors([outlet_of(a) for a in result.articles] + [UNKNOWN_OUTLET])
    charts = []
    for n, group in enumerate(view["groups"][:max_charts], start=1):
        svg, skipped = group_chart_svg(
            group, claims, articles, colors, uid=f"chart{n}", unknown_outlet=UNKNOWN_OUTLET
        )
        charts.append(
            {
                "group": group,
                "measure": group.measure or "(unnamed measure)",
                "svg": Markup(svg),
                "skipped": skipped,
                "rows": timeline(group, claims, articles),
            }
        )
    return charts


def _graph(result: CheckResult) -> tuple[Markup, str]:
    from factcheck.report.charts import graph_svg, outlet_colors

    reviews = latest_reviews(result.reviews)
    dismissed = {r.id for r in result.relations if is_dismissed(r, reviews)}
    colors = outlet_colors([outlet_of(a) for a in result.articles] + [UNKNOWN_OUTLET])
    svg, note = graph_svg(
        {c.id: c for c in result.claims},
        {a.id: a for a in result.articles},
        result.relations,
        dismissed,
        colors,
        max_nodes=MAX_GRAPH_NODES,
        unknown_outlet=UNKNOWN_OUTLET,
    )
    return Markup(svg), note


def render_html(
    result: CheckResult,
    *,
    generated: datetime | None = None,
    max_charts: int = MAX_CHARTS,
    max_rows: int = MAX_ROWS,
) -> str:
    """The report as one self-contained HTML page with a chart per group and the claim graph.

    Charts are drawn for the ``max_charts`` largest groups, lists cut to ``max_rows`` entries;
    the page says where it left things out.
    """
    view = build_view(result, generated=generated, max_rows=max_rows)
    charts = _charts(result, view, max_charts)
    graph, graph_note = _graph(result)
    page = (
        _environment()
        .get_template("report.html.j2")
        .render(
            v=view,
            summary_line=summary_line(view["summary"]),
            charts=charts,
            total_groups=len(view["groups"]),
            max_charts=max_charts,
            graph=graph,
            graph_note=graph_note,
        )
    )
    return defang_urls(page)


def defang_urls(page: str) -> str:
    """Write the colon of any URL in quoted article text as ``&#58;``.

    The reader still sees "https://..." but the file holds no URL at all, so no tool, proxy
    or mail filter mistakes the report for one that links out. The template itself has none.
    """
    return _URL_SCHEME.sub(r"\1&#58;", page)
