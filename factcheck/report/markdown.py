"""The Markdown report: what a fact-checker reads in a terminal, a PR or a wiki page.

Conflicts come first with both sentences side by side; text from articles is escaped so a
pipe or an asterisk in a quote cannot break a table or start emphasis.
"""

from __future__ import annotations

import re
from datetime import datetime

import jinja2

from factcheck.model import CheckResult
from factcheck.report.view import MAX_ROWS, build_view, summary_line

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~#])")
_SPACE = re.compile(r"\s+")


def escape_md(text: object) -> str:
    """Inline-safe Markdown: specials backslash-escaped, line breaks folded (a row is a line)."""
    if text is None:
        return ""
    return _MD_SPECIAL.sub(r"\\\1", _SPACE.sub(" ", str(text)))


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("factcheck.report", "templates"),
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["md"] = escape_md
    return env


def render_markdown(
    result: CheckResult, *, generated: datetime | None = None, max_rows: int = MAX_ROWS
) -> str:
    """The report as Markdown: summary, conflicts, dismissed, timelines, agreements, outlets.

    Each section lists at most ``max_rows`` entries and says so when it is cut.
    """
    view = build_view(result, generated=generated, max_rows=max_rows)
    text = (
        _environment()
        .get_template("report.md.j2")
        .render(v=view, summary_line=escape_md(summary_line(view["summary"])))
    )
    return re.sub(r"\n{3,}", "\n\n", text).lstrip("\n")
