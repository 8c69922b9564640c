"""Reports: the JSON contract field by field, Markdown order and marks, self-contained HTML."""

from __future__ import annotations

import dataclasses
import importlib.util
import itertools
import json
import os
import re
import subprocess
import sys
from collections import Counter
from datetime import datetime, timezone
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from factcheck.model import Article, CheckResult, Claim, Group, Relation, Review
from factcheck.report import (
    REPORT_FILES,
    conflicts,
    render_html,
    render_markdown,
    report_dict,
    write_reports,
)
from factcheck.report.charts import MAX_LEGEND, graph_svg, group_chart_svg
from factcheck.report.jsonreport import latest_reviews
from factcheck.report.markdown import escape_md
from tests.contract import CONTRACT, ENUMS, check_schema
from tests.fixtures_report import (
    DISMISSED_NOTE,
    OPEN_NOTE,
    ROOT,
    build_result,
    fakes_result,
    load_gold,
)

GOLD_PATH = ROOT / "data" / "gold" / "seeds.json"
DESIGN_PATH = ROOT / "docs" / "DESIGN.md"
WHEN = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)


def design_example() -> dict[str, Any]:
    text = DESIGN_PATH.read_text(encoding="utf-8")
    block = re.search(r"```json\n(.*?)```", text, flags=re.S)
    assert block, "DESIGN.md lost its JSON report example"
    return json.loads(block.group(1))


def keys_of(value: Any, prefix: str = "") -> set[str]:
    if isinstance(value, dict):
        out = set()
        for k, v in value.items():
            out |= {f"{prefix}.{k}"} | keys_of(v, f"{prefix}.{k}")
        return out
    if isinstance(value, list) and value:
        return keys_of(value[0], prefix + "[]")
    return set()


@pytest.fixture(scope="module")
def result() -> CheckResult:
    return build_result()


@pytest.fixture(scope="module")
def report(result: CheckResult) -> dict[str, Any]:
    return report_dict(result, generated=WHEN)


@pytest.fixture(scope="module")
def markdown(result: CheckResult) -> str:
    return render_markdown(result, generated=WHEN)


@pytest.fixture(scope="module")
def html(result: CheckResult) -> str:
    return render_html(result, generated=WHEN)


def _reviews(result: CheckResult) -> dict[str, str]:
    return {rel: rev.decision for rel, rev in latest_reviews(result.reviews).items()}


def _contradictions(result: CheckResult, dismissed: bool) -> list[Relation]:
    decisions = _reviews(result)
    return [
        r
        for r in result.relations
        if r.type == "contradicts" and (decisions.get(r.id) == "dismissed") == dismissed
    ]


# --- JSON -----------------------------------------------------------------------------------


def test_fixture_is_grounded_in_gold(result: CheckResult) -> None:
    gold = load_gold()
    assert GOLD_PATH.exists()
    gold_mentions = {(g["article"], g["mention"].lower()) for g in gold["claims"]}
    seeded = [c for c in result.claims if c.article in gold["articles"]]
    assert seeded and all((c.article, c.mention.lower()) in gold_mentions for c in seeded)
    assert _contradictions(result, dismissed=False) and _contradictions(result, dismissed=True)


def test_contract_schema_covers_design_md() -> None:
    assert keys_of(design_example()) <= keys_of(_schema_example(CONTRACT))


def _schema_example(schema: Any) -> Any:
    """A value shaped like ``schema``, so its key paths can be compared with DESIGN.md's."""
    if isinstance(schema, tuple) and any(isinstance(s, dict) for s in schema):
        return _schema_example(next(s for s in schema if isinstance(s, dict)))
    if isinstance(schema, dict):
        return {k: _schema_example(v) for k, v in schema.items()}
    if isinstance(schema, list):
        return [_schema_example(schema[0])]
    return None


def test_json_matches_contract(report: dict[str, Any]) -> None:
    assert check_schema(report, CONTRACT) == []
    for (section, key), allowed in ENUMS.items():
        assert {item[key] for item in report[section]} <= allowed
    datetime.fromisoformat(report["generated"])
    json.dumps(report, allow_nan=False)


def test_schema_checker_catches_breakage(report: dict[str, Any]) -> None:
    broken = json.loads(json.dumps(report))
    del broken["claims"][0]["stated"]["unit"]
    broken["relations"][0]["confidence"] = "high"
    errors = check_schema(broken, CONTRACT)
    assert any("stated.unit" in e for e in errors) and any("confidence" in e for e in errors)


def test_json_values_follow_inputs(result: CheckResult, report: dict[str, Any]) -> None:
    claims = {c.id: c for c in result.claims}
    assert {c["id"] for c in report["claims"]} == set(claims)
    for item in report["claims"]:
        claim = claims[item["id"]]
        assert (item["mention"], item["start"], item["end"]) == (
            claim.mention,
            claim.start,
            claim.end,
        )
        assert item["as_of"] == (claim.as_of.to_dict() if claim.as_of else None)
    published = {a["id"]: a["published"] for a in report["articles"]}
    gold = load_gold()["articles"]
    for aid, day in published.items():
        if aid in gold:
            assert day == gold[aid]["published"]
    assert report["model"]["name"] == result.model.name


def test_json_summary_counts(result: CheckResult, report: dict[str, Any]) -> None:
    decisions = _reviews(result)
    live = Counter(r.type for r in result.relations if decisions.get(r.id) != "dismissed")
    summary = report["summary"]
    assert summary["articles"] == len(result.articles)
    assert summary["claims"] == len(result.claims)
    for kind in ("agrees", "contradicts", "updates"):
        assert summary[kind] == live[kind]
    assert summary["dismissed"] == sum(
        1 for r in result.relations if decisions.get(r.id) == "dismissed"
    )
    assert summary["dismissed_contradicts"] == len(_contradictions(result, dismissed=True))


def test_json_relation_reviews(result: CheckResult, report: dict[str, Any]) -> None:
    by_id = {r["id"]: r for r in report["relations"]}
    (dismissed,) = _contradictions(result, dismissed=True)
    assert by_id[dismissed.id]["review"]["decision"] == "dismissed"
    assert by_id[dismissed.id]["review"]["note"] == DISMISSED_NOTE
    unreviewed = [r for r in report["relations"] if r["id"] not in _reviews(result)]
    assert unreviewed and all(r["review"] is None for r in unreviewed)


def test_latest_review_wins_whatever_the_order(result: CheckResult) -> None:
    flipped = dataclasses.replace(result, reviews=tuple(reversed(result.reviews)))
    assert _contradictions(flipped, dismissed=True) == _contradictions(result, dismissed=True)
    assert report_dict(flipped, generated=WHEN) == report_dict(result, generated=WHEN)


def test_json_is_deterministic(result: CheckResult, report: dict[str, Any]) -> None:
    shuffled = dataclasses.replace(
        result,
        articles=result.articles[::-1],
        claims=result.claims[::-1],
        relations=result.relations[::-1],
        groups=result.groups[::-1],
    )
    assert json.dumps(report_dict(shuffled, generated=WHEN)) == json.dumps(report)


def test_group_claims_in_time_order(report: dict[str, Any]) -> None:
    claims = {c["id"]: c for c in report["claims"]}
    for group in report["groups"]:
        days = [claims[c]["as_of"]["start"] for c in group["claims"] if claims[c]["as_of"]]
        assert days == sorted(days)


# --- conflicts() ----------------------------------------------------------------------------


def test_conflicts_rows(result: CheckResult) -> None:
    rows = conflicts(result)
    assert [r["id"] for r in rows] == [r.id for r in _contradictions(result, dismissed=False)]
    claims = {c.id: c for c in result.claims}
    outlets = {a.id: a.outlet for a in result.articles}
    for row in rows:
        assert row["dismissed"] is False
        for side in ("a", "b"):
            s = row[side]
            claim = claims[s["claim"]]
            assert s["mention"] == claim.mention and s["sentence"] == claim.sentence
            assert s["outlet"] == outlets[claim.article]
            assert s["as_of"] == (claim.as_of.to_dict() if claim.as_of else None)
            assert s["attribution"] == claim.attribution
    assert rows[0]["note"] == OPEN_NOTE and rows[0]["decision"] == "accepted"
    json.dumps(rows)


def test_conflicts_include_dismissed(result: CheckResult) -> None:
    rows = conflicts(result, include_dismissed=True)
    assert len(rows) == len([r for r in result.relations if r.type == "contradicts"])
    dismissed = [r for r in rows if r["dismissed"]]
    assert [r["note"] for r in dismissed] == [DISMISSED_NOTE]
    assert rows[-1]["dismissed"], "dismissed conflicts come after open ones"


def test_conflicts_survive_a_missing_claim(result: CheckResult) -> None:
    ghost = Relation("nope", result.claims[0].id, "contradicts", 0.99, "stale")
    broken = dataclasses.replace(result, relations=(*result.relations, ghost))
    rows = {r["id"]: r for r in conflicts(broken)}
    assert rows[ghost.id]["a"] == {"claim": "nope", "missing": True}
    assert rows[ghost.id]["priority"]["rank"] == len(rows), "a claim we cannot read ranks last"
    assert "not in this result" in render_markdown(broken)


# --- Markdown -------------------------------------------------------------------------------


def _section(md: str, title: str) -> str:
    match = re.search(rf"^## {re.escape(title)}.*?$(.*?)(?=^## |\Z)", md, flags=re.M | re.S)
    assert match, f"no section {title!r}"
    return match.group(1)


def test_markdown_section_order(markdown: str) -> None:
    headings = re.findall(r"^## ([^(\n]+?)(?: \(\d+\))?$", markdown, flags=re.M)
    order = [
        "Conflicts",
        "Dismissed conflicts",
        "Evolving measures",
        "Agreements",
        "Internal inconsistencies",
        "Outlets",
    ]
    assert [h for h in headings if h in order] == order
    first_line = markdown.splitlines()[0]
    assert first_line.startswith("# ")


def test_markdown_summary_line(result: CheckResult, markdown: str) -> None:
    summary = markdown.split("## ")[0]
    assert f"{len(result.articles)} articles" in summary
    assert f"{len(_contradictions(result, dismissed=False))} open conflict" in summary
    assert f"({len(_contradictions(result, dismissed=True))} dismissed)" in summary


def test_markdown_highlights_mentions(result: CheckResult, markdown: str) -> None:
    claims = {c.id: c for c in result.claims}
    section = _section(markdown, "Conflicts")
    for rel in _contradictions(result, dismissed=False):
        for cid in (rel.source, rel.target):
            assert f"**{escape_md(claims[cid].mention)}**" in section
    assert OPEN_NOTE in section and DISMISSED_NOTE not in section


def test_markdown_dismissed_apart(result: CheckResult, markdown: str) -> None:
    section = _section(markdown, "Dismissed conflicts")
    (rel,) = _contradictions(result, dismissed=True)
    assert f"`{rel.id}`" in section and escape_md(DISMISSED_NOTE) in section
    assert "(dismissed)" in section
    assert f"`{rel.id}`" not in _section(markdown, "Conflicts")


def test_markdown_tables_survive_pipes(markdown: str) -> None:
    assert "siege \\| assault" in markdown
    for block in re.findall(r"(?:^\|.*\|$\n?)+", markdown, flags=re.M):
        widths = {len(re.findall(r"(?<!\\)\|", line)) for line in block.strip().splitlines()}
        assert len(widths) == 1, block


def test_markdown_timeline_in_date_order(result: CheckResult, markdown: str) -> None:
    section = _section(markdown, "Evolving measures")
    days = re.findall(r"^\| (\d{4}-\d\d-\d\d)", section, flags=re.M)
    decisions = _reviews(result)
    moved = {
        c
        for r in result.relations
        if r.type == "updates" and decisions.get(r.id) != "dismissed"
        for c in (r.source, r.target)
    }
    evolving = [g for g in result.groups if g.status == "evolving" or moved & set(g.claims)]
    assert evolving and len(days) == sum(len(g.claims) for g in evolving)
    assert days == sorted(days)


def test_escape_md_neutralises_markup() -> None:
    raw = "a|b *c* _d_ `e` [f](g) <h> #i \\ ~j\nk"
    escaped = escape_md(raw)
    assert "\n" not in escaped
    assert not re.search(r"(?<!\\)[|*_`\[\]<>#~]", escaped)
    assert re.sub(r"\\(.)", r"\1", escaped) == raw.replace("\n", " ")


def test_package_import_is_light() -> None:
    """``factcheck conflicts`` imports the package: it must not pull matplotlib in."""
    code = "import sys, factcheck.report; print('matplotlib' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_markdown_inconsistencies(result: CheckResult, markdown: str) -> None:
    section = _section(markdown, "Internal inconsistencies")
    for item in result.inconsistencies:
        assert escape_md(item.message) in section


def _expected_outlet_counts(result: CheckResult) -> dict[str, dict[str, int]]:
    outlet = {a.id: a.outlet for a in result.articles}
    claim_outlet = {c.id: outlet[c.article] for c in result.claims}
    decisions = _reviews(result)
    table: dict[str, Counter[str]] = {name: Counter() for name in outlet.values()}
    for a in result.articles:
        table[a.outlet]["articles"] += 1
    for c in result.claims:
        table[claim_outlet[c.id]]["claims"] += 1
    for r in result.relations:
        if decisions.get(r.id) != "dismissed":
            for name in {claim_outlet[r.source], claim_outlet[r.target]}:
                table[name][r.type] += 1
    return {k: dict(v) for k, v in table.items()}


def test_markdown_outlet_table(result: CheckResult, markdown: str) -> None:
    rows = re.findall(
        r"^\| ([^|]+?) \| (\d+) \| (\d+) \| (\d+) \| (\d+) \| (\d+) \|$",
        _section(markdown, "Outlets"),
        flags=re.M,
    )
    got = {name: [int(x) for x in nums] for name, *nums in rows}
    expected = _expected_outlet_counts(result)
    assert set(got) == set(expected)
    for name, counts in expected.items():
        cols = ("articles", "claims", "agrees", "contradicts", "updates")
        assert got[name] == [counts.get(c, 0) for c in cols], name


def test_markdown_highlights_the_right_occurrence(result: CheckResult) -> None:
    article = result.articles[0]
    body = "Shelling killed 5 civilians and wounded 5 more on Saturday."
    start = body.index("5 more")
    claim = dataclasses.replace(
        result.claims[0],
        article=article.id,
        sentence=body,
        start=start,
        end=start + 1,
        mention="5",
    )
    other = dataclasses.replace(result.claims[1], article=article.id)
    rel = Relation(claim.id, other.id, "contradicts", 1.0, "test")
    small = CheckResult((dataclasses.replace(article, body=body),), (claim, other), (rel,))
    assert "wounded **5** more" in render_markdown(small)
    assert "killed **5**" not in render_markdown(small)


# --- HTML -----------------------------------------------------------------------------------

EXTERNAL = [
    re.compile(r"""\b(?:src|href|action|poster|data)\s*=\s*["']?\s*(?:https?:)?//""", re.I),
    re.compile(r"""url\(\s*["']?\s*(?:https?:)?//""", re.I),
    re.compile(r"@import", re.I),
    re.compile(r"https?://", re.I),
]


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))


def _elements(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Elements()
    parser.feed(html)
    return parser.elements


def test_html_has_no_external_url(html: str) -> None:
    for pattern in EXTERNAL:
        assert not pattern.search(html), pattern.pattern
    tags = {tag for tag, _ in _elements(html)}
    assert not tags & {"script", "link", "img", "iframe", "object", "embed"}


def test_html_conflicts_table(result: CheckResult, html: str) -> None:
    elements = _elements(html)
    ids = [a.get("id") for _, a in elements if a.get("id")]
    assert ids.count("conflicts") == 1 and len(ids) == len(set(ids)), "ids must be unique"
    open_rows = [
        a
        for t, a in elements
        if t == "tr" and a.get("data-relation") and "conflict" in (a.get("class") or "").split()
    ]
    open_ids = [a["data-relation"] for a in open_rows if "dismissed" not in a["class"].split()]
    assert open_ids == [r.id for r in _contradictions(result, dismissed=False)]
    table = html[
        html.index('<table id="conflicts"') : html.index("</table>", html.index('id="conflicts"'))
    ]
    for rel in _contradictions(result, dismissed=False):
        assert (
            f"<mark>{next(c.mention for c in result.claims if c.id == rel.source)}</mark>" in table
        )
    dismissed = html[html.index('<table id="dismissed-conflicts"') :]
    assert DISMISSED_NOTE in dismissed


def test_html_one_chart_per_group_and_graph(result: CheckResult, html: str) -> None:
    elements = _elements(html)
    charts = [a for t, a in elements if t == "figure" and "chart" in (a.get("class") or "").split()]
    assert sorted(a["data-group"] for a in charts) == sorted(g.id for g in result.groups)
    assert sum(1 for t, a in elements if t == "figure" and a.get("id") == "claim-graph") == 1
    assert html.count("<svg") == len(result.groups) + 1
    assert "charts-capped" not in html


def test_html_caps_charts(result: CheckResult) -> None:
    page = render_html(result, generated=WHEN, max_charts=2)
    assert page.count('<figure class="chart"') == 2
    assert 'id="charts-capped"' in page and f"of {len(result.groups)} measure groups" in page


def test_html_escapes_article_text(result: CheckResult) -> None:
    (rel,) = _contradictions(result, dismissed=False)
    claims = [
        dataclasses.replace(c, sentence=c.sentence + " <script>x</script>")
        if c.id == rel.source
        else c
        for c in result.claims
    ]
    page = render_html(dataclasses.replace(result, claims=tuple(claims)), generated=WHEN)
    assert "<script>" not in page and "&lt;script&gt;" in page


def test_html_defangs_urls_in_article_text(result: CheckResult) -> None:
    (rel,) = _contradictions(result, dismissed=False)
    url = "https://example.org/toll?id=1"
    claims = [
        dataclasses.replace(c, sentence=f"{c.sentence} ({url})") if c.id == rel.source else c
        for c in result.claims
    ]
    page = render_html(dataclasses.replace(result, claims=tuple(claims)), generated=WHEN)
    assert not re.search(r"https?://", page, re.I)
    assert "https&#58;//example.org/toll?id=1" in page


def test_groups_derived_when_result_has_none(result: CheckResult) -> None:
    bare = dataclasses.replace(result, groups=())
    decisions = _reviews(result)
    graph = nx.Graph()
    graph.add_edges_from(
        (r.source, r.target) for r in result.relations if decisions.get(r.id) != "dismissed"
    )
    page = render_html(bare, generated=WHEN)
    assert page.count('<figure class="chart"') == nx.number_connected_components(graph)
    assert report_dict(bare, generated=WHEN)["groups"] == []


@pytest.fixture(scope="module")
def fakes() -> CheckResult:
    return fakes_result(limit=60)


def test_renderers_handle_real_fakes_text(fakes: CheckResult) -> None:
    assert fakes.claims and fakes.relations
    data = report_dict(fakes, generated=WHEN)
    assert check_schema(data, CONTRACT) == []
    md = render_markdown(fakes, generated=WHEN)
    assert md.count("\n## ") >= 5
    page = render_html(fakes, generated=WHEN, max_charts=3)
    for pattern in EXTERNAL:
        assert not pattern.search(page), pattern.pattern
    assert page.count('<figure class="chart"') == min(3, len(fakes.groups))


def test_long_sections_are_cut_and_say_so(fakes: CheckResult) -> None:
    total = sum(1 for r in fakes.relations if r.type == "contradicts")
    assert total > 2, "the FA-KES sample should hold several contradictions"
    md = render_markdown(fakes, generated=WHEN, max_rows=2)
    section = _section(md, "Conflicts")
    assert f"## Conflicts ({total})" in md
    assert len(re.findall(r"^### \d+\. ", section, flags=re.M)) == 2
    assert f"Showing the first 2 of {total} open conflicts" in section
    page = render_html(fakes, generated=WHEN, max_rows=2, max_charts=1)
    rows = [a for t, a in _elements(page) if t == "tr" and a.get("data-relation")]
    assert sum(1 for a in rows if "conflict" in (a.get("class") or "")) == 2
    assert f"of {total} open conflicts" in page
    assert len(report_dict(fakes, generated=WHEN)["relations"]) == len(fakes.relations)


def test_agreements_most_confident_first(result: CheckResult) -> None:
    agrees = [r for r in result.relations if r.type == "agrees"]
    boosted = [dataclasses.replace(r, confidence=0.1 + i / 10) for i, r in enumerate(agrees)]
    others = [r for r in result.relations if r.type != "agrees"]
    extra = dataclasses.replace(
        boosted[0], source=boosted[0].target, target=boosted[0].source, id="extra", confidence=0.99
    )
    changed = dataclasses.replace(result, relations=(*others, *boosted, extra))
    section = _section(render_markdown(changed, generated=WHEN), "Agreements")
    confidences = [float(x) for x in re.findall(r"confidence (\d\.\d\d)", section)]
    assert len(confidences) == len(boosted) + 1 and confidences == sorted(confidences, reverse=True)


# --- files ----------------------------------------------------------------------------------


def test_write_reports(result: CheckResult, tmp_path: Path) -> None:
    out = tmp_path / "reports"
    paths = write_reports(result, out, generated=WHEN)
    names = {p.name for p in paths}
    assert {"report.json", "report.md", "report.html"} <= names
    has_graph = importlib.util.find_spec("factcheck.graph") is not None
    assert ("graph.graphml" in names) == has_graph
    written = json.loads((out / "report.json").read_text())
    assert len(written.pop("fingerprint")) == 64
    assert written == json.loads(json.dumps(report_dict(result, generated=WHEN)))
    assert (out / "report.md").read_text() == render_markdown(result, generated=WHEN)
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]
    assert {p.name for p in out.iterdir()} == names
    reference = tmp_path / "plain.txt"
    reference.write_text("x")
    for path in paths:
        assert path.stat().st_mode & 0o777 == reference.stat().st_mode & 0o777, path.name


def test_write_reports_keeps_old_files_when_rendering_fails(
    result: CheckResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_reports(result, tmp_path, generated=WHEN)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}

    def boom(*args: object, **kwargs: object) -> str:
        raise RuntimeError("renderer crashed")

    monkeypatch.setattr("factcheck.report.render_html", boom)
    later = datetime(2027, 1, 1, tzinfo=timezone.utc)
    with pytest.raises(RuntimeError):
        write_reports(result, tmp_path, generated=later)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_unchanged_reports_are_not_redrawn(
    result: CheckResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_reports(result, tmp_path)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}

    def boom(*args: object, **kwargs: object) -> str:
        raise RuntimeError("redrawn")

    monkeypatch.setattr("factcheck.report.render_html", boom)
    write_reports(result, tmp_path)  # same content: nothing is redrawn
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before
    relation = next(r for r in result.relations)
    reviewed = dataclasses.replace(
        result, reviews=(Review(relation.id, "dismissed", "checked by phone", "2026-01-01"),)
    )
    with pytest.raises(RuntimeError, match="redrawn"):
        write_reports(reviewed, tmp_path)


def test_claim_fields_unknown_to_contract_are_kept(report: dict[str, Any]) -> None:
    claim = report["claims"][0]
    assert {"subject", "role", "cumulative", "approximate"} <= set(claim)
    relation = report["relations"][0]
    assert {"id", "review"} <= set(relation)


def test_undated_claim_still_in_report(result: CheckResult) -> None:
    claims = [
        dataclasses.replace(c, as_of=None) if i == 0 else c for i, c in enumerate(result.claims)
    ]
    articles = [dataclasses.replace(a, published=None) for a in result.articles]
    bare = dataclasses.replace(result, claims=tuple(claims), articles=tuple(articles))
    page = render_html(bare, generated=WHEN)
    assert "undated not plotted" in page
    assert report_dict(bare, generated=WHEN)["articles"][0]["published"] is None


def _many(result: CheckResult, n: int) -> tuple[list[Claim], list[Article]]:
    """``n`` copies of one dated claim, each in its own article with its own outlet."""
    base = next(c for c in result.claims if c.as_of is not None)
    article = next(a for a in result.articles if a.id == base.article)
    articles = [dataclasses.replace(article, id=f"a{i}", outlet=f"Outlet {i}") for i in range(n)]
    claims = [dataclasses.replace(base, id=f"c{i}", article=f"a{i}") for i in range(n)]
    return claims, articles


def test_graph_picture_caps_a_giant_component(result: CheckResult) -> None:
    claims, articles = _many(result, 300)
    chain = [Relation(a.id, b.id, "updates", 0.5, "") for a, b in itertools.pairwise(claims)]
    svg, note = graph_svg(
        {c.id: c for c in claims}, {a.id: a for a in articles}, chain, set(), {}, max_nodes=40
    )
    assert note.startswith("Showing 40 of 300 related claims")
    assert svg.startswith("<svg")


def test_chart_legend_capped(result: CheckResult) -> None:
    claims, articles = _many(result, 15)
    group = Group("g", "many outlets", tuple(c.id for c in claims), "consistent")
    svg, skipped = group_chart_svg(
        group, {c.id: c for c in claims}, {a.id: a for a in articles}, {}, uid="t"
    )
    assert skipped == 0
    assert f"{MAX_LEGEND} of 15 outlets" in svg
    assert "http" not in svg and 'id="t-' in svg


def test_figures_are_shown_rounded_to_what_the_text_gave() -> None:
    """No 4,471.95 for 'about 4,259', no 519.615 for 'several hundred'; a stated 60.03% stays."""
    from factcheck.extract import extract_text
    from factcheck.report.view import fmt_figure

    def shown(text: str) -> str:
        (claim,) = [c for c in extract_text(text) if c.kind != "date"]
        return fmt_figure(claim)

    assert shown("About 4,259 people died in the quake.") == "4,259 (4,046–4,472)"
    assert shown("Turnout was 60.03 per cent.") == "60.03%"
    # a bare "several districts" is no claim (numbers.json "indefinite"); with a scale it is
    assert shown("Several hundred people fled the town.").startswith("520 ")
    assert shown("The fine was $US17,246,208.") == "17,246,208 USD"


def _files(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in out.iterdir() if not p.name.startswith(".")}


def test_a_set_killed_between_renames_is_finished_by_the_next_writer(
    result: CheckResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """All report files appear together: a kill after two of five renames leaves a journal,
    and the next write (of anything) first completes the set the journal names."""
    out = tmp_path / "reports"
    write_reports(result, out, generated=WHEN)
    later = datetime(2027, 1, 1, tzinfo=timezone.utc)
    fresh = tmp_path / "fresh"
    write_reports(result, fresh, generated=later)
    new_set = _files(fresh)
    real_replace, renamed = os.replace, []

    def dies_after_two(src: object, dst: object) -> None:
        if str(dst).endswith(tuple(REPORT_FILES)):
            if len(renamed) == 2:
                raise KeyboardInterrupt("killed")
            renamed.append(dst)
        real_replace(src, dst)

    monkeypatch.setattr("factcheck.report.os.replace", dies_after_two)
    with pytest.raises(KeyboardInterrupt):
        write_reports(result, out, generated=later)
    monkeypatch.setattr("factcheck.report.os.replace", real_replace)
    assert _files(out) != new_set  # the kill did leave a mixed set on disk...
    write_reports(result, out)  # same content: a current set is kept, not redrawn
    assert _files(out) == new_set  # ...so only finishing the journal's renames gives this
    assert not [p for p in out.iterdir() if p.name.startswith(".")]


def test_a_set_never_published_is_dropped(result: CheckResult, tmp_path: Path) -> None:
    write_reports(result, tmp_path, generated=WHEN)
    before = _files(tmp_path)
    dead = tmp_path / ".report.md.999999999.deadbeef.tmp"  # a writer that no longer runs
    dead.write_text("half a report", encoding="utf-8")
    write_reports(result, tmp_path, generated=WHEN)
    assert not dead.exists()
    assert _files(tmp_path) == before


# --- conflicts that matter first, revisions ---------------------------------------------------


def _ranked_result() -> tuple[CheckResult, dict[str, Relation]]:
    """Conflicts of every kind a fact-checker weighs, with confidences in the opposite order."""
    from factcheck import measures
    from tests.test_relate import claim

    def toll(value: float, on: str, who: str, place: str = "Hama") -> Claim:
        return claim(value=value, on=on, attribution=who, place=place, role="killed")

    base = toll(30, "2023-03-01", "the ministry")
    same_source = toll(60, "2023-03-01", "the ministry")
    other_day = toll(35, "2023-03-03", "a monitor")
    other_place = toll(40, "2023-03-01", "a monitor", place="Homs")
    small_gap = toll(33, "2023-03-01", "a monitor")
    large_gap = toll(90, "2023-03-01", "the Red Crescent")
    lowered = toll(28, "2023-03-02", "the ministry")
    rels = {
        "same_source": Relation(base.id, same_source.id, "contradicts", 0.95, "r"),
        "other_day": Relation(base.id, other_day.id, "contradicts", 0.9, "r"),
        "other_place": Relation(base.id, other_place.id, "contradicts", 0.85, "r"),
        "small_gap": Relation(base.id, small_gap.id, "contradicts", 0.8, "r"),
        "large_gap": Relation(base.id, large_gap.id, "contradicts", 0.2, "r"),
        "revision": Relation(base.id, lowered.id, "updates", 0.7, "r", revision=True),
    }
    claims = (base, same_source, other_day, other_place, small_gap, large_gap, lowered)
    articles = tuple(Article(c.article, "t", "b", None) for c in claims)
    live = tuple(rels.values())
    found = tuple(measures.build(claims, live, link=0.0))  # a star, kept whole: ranking only
    return CheckResult(articles, claims, live, measures=found), rels


def test_conflicts_that_matter_most_come_first() -> None:
    result, rels = _ranked_result()
    rows = conflicts(result)
    order = {r.id: name for name, r in rels.items()}
    # different sources, same time, same place: the large gap first whatever its confidence
    assert [order[r["id"]] for r in rows] == [
        "large_gap",
        "small_gap",
        "other_place",
        "other_day",
        "same_source",
    ]
    first = rows[0]["priority"]
    assert (
        first["rank"] == 1
        and first["doublings"] == 1
        and first["gap"] == pytest.approx(2 / 3, abs=1e-4)
    )
    assert (first["sources_differ"], first["same_time"], first["same_incident"]) == (True,) * 3
    assert first["why"].startswith("different sources, same time, same place or incident")
    last = rows[-1]["priority"]
    assert not last["sources_differ"] and last["why"].startswith("one source")
    assert "revision" not in {order[r["id"]] for r in rows}, "a revision is no open conflict"


def test_reports_show_the_ranking_and_the_revision() -> None:
    result, rels = _ranked_result()
    data = report_dict(result)
    by_id = {r["id"]: r for r in data["relations"]}
    assert by_id[rels["revision"].id]["revision"] is True
    assert by_id[rels["large_gap"].id]["revision"] is False
    assert data["summary"]["revisions"] == 1
    (measure,) = data["measures"]
    assert measure["superseded"] == [rels["revision"].source]
    md = render_markdown(result)
    assert "ranked 1: different sources, same time" in md
    revisions = _section(md, "Revisions")
    assert "supersedes" in revisions and "“28”" in revisions
    html = render_html(result)
    assert 'id="revisions"' in html and "ranked 1: different sources" in html
