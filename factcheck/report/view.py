"""What the Markdown and HTML reports show, computed once so the two never disagree.

The templates only lay out plain dicts built here: conflict rows with the mention split out of
its sentence for highlighting, timelines, agreements, the per-outlet table. Dicts rather than
new dataclasses because the data types live in ``factcheck.model``; these are views.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Mapping
from datetime import date, datetime, timezone
from typing import Any

from factcheck.model import Article, CheckResult, Claim, DateSpan, Group, Measure, Relation
from factcheck.report.jsonreport import (
    conflicts,
    is_dismissed,
    latest_reviews,
    relation_sort_key,
    reported_relations,
    review_dict,
    summary,
    timeline_sort_key,
)

UNKNOWN_OUTLET = "(unknown outlet)"
MAX_ROWS = 500  # per section of the human reports; the JSON report is never cut
STATUS_ORDER = {"conflicting": 0, "evolving": 1, "consistent": 2}


# Derived figures (interval bounds, the midpoint of a vague amount, a unit conversion) are
# shown to three significant figures, or to as many as the text itself gave: "about 4,259"
# reads 4,046-4,472, not 4,046.05-4,471.95; "several" reads 5.2, not 5.19615.
MIN_SIGNIFICANT = 3


def significant_digits(x: float | None) -> int:
    """Significant digits of a figure as stated: 4259 -> 4, 60.03 -> 4, 166300000 -> 4."""
    if x is None or x == 0 or not math.isfinite(x):
        return 0
    digits = f"{abs(x):.10g}".replace(".", "").lstrip("0")
    digits = digits.split("e")[0].rstrip("0")
    return len(digits)


def fmt_num(x: float | None, significant: int = MIN_SIGNIFICANT) -> str:
    """Figures as a reader writes them: 250,000 not 250000.0, 1.61 not 1.609344."""
    if x is None:
        return "?"
    if x != 0 and math.isfinite(x):
        x = round(x, max(0, significant - 1 - math.floor(math.log10(abs(x)))))
    if abs(x - round(x)) < 1e-9:
        return f"{round(x):,}"
    return f"{x:,.6f}".rstrip("0").rstrip(".")


def claim_significance(claim: Claim) -> int:
    """How precisely the text gave the figure, never below MIN_SIGNIFICANT."""
    stated = claim.stated
    given = [significant_digits(v) for v in (stated.value, stated.low, stated.high)]
    return max(MIN_SIGNIFICANT, *given)


def fmt_span(span: DateSpan | None) -> str:
    if span is None:
        return ""
    if span.start == span.end:
        return span.start.isoformat()
    return f"{span.start.isoformat()} – {span.end.isoformat()}"


def _with_unit(text: str, unit: str) -> str:
    if not unit:
        return text
    return f"{text}{unit}" if unit == "%" else f"{text} {unit}"


def fmt_figure(claim: Claim) -> str:
    """The normalised figure with its interval, so a reader sees why two figures clash."""
    if claim.kind == "date":
        return fmt_span(claim.as_of) or claim.mention
    sig = claim_significance(claim)
    value = _with_unit(fmt_num(claim.value, sig), claim.unit)
    lo, hi = claim.low, claim.high
    if lo is None and hi is None:
        return value
    if lo is not None and hi is not None and lo == hi == claim.value:
        return value
    return f"{value} ({fmt_num(lo, sig)}–{fmt_num(hi, sig)})"


def split_mention(claim: Claim, body: str | None) -> tuple[str, str, str]:
    """The sentence cut around the mention, located by the claim's offsets when they fit.

    A sentence can repeat a figure ("5 killed ... 5 wounded"), so the offsets decide which
    occurrence to highlight; a case-insensitive search is the fallback.
    """
    sentence, mention = claim.sentence, claim.mention
    if not mention:
        return sentence, "", ""
    if body:
        pos = body.find(sentence) if sentence else -1
        while pos != -1:
            rel = claim.start - pos
            if rel >= 0 and sentence[rel : rel + len(mention)] == mention:
                return sentence[:rel], mention, sentence[rel + len(mention) :]
            if pos > claim.start:
                break
            pos = body.find(sentence, pos + 1)
    rel = sentence.lower().find(mention.lower())
    if rel == -1:
        return sentence, "", ""
    end = rel + len(mention)
    return sentence[:rel], sentence[rel:end], sentence[end:]


def side_view(claim: Claim | None, claim_id: str, article: Article | None) -> dict[str, Any]:
    if claim is None:
        return {
            "claim": claim_id,
            "missing": True,
            "mention": "",
            "before": f"(claim {claim_id} not in this result)",
            "hl": "",
            "after": "",
            "outlet": UNKNOWN_OUTLET,
            "title": "",
            "article": "",
            "when": "",
            "published": "",
            "attribution": "",
            "figure": "",
            "measure": "",
        }
    before, hl, after = split_mention(claim, article.body if article else None)
    return {
        "claim": claim.id,
        "missing": False,
        "mention": claim.mention,
        "before": before,
        "hl": hl,
        "after": after,
        "outlet": outlet_of(article),
        "title": article.title if article else "",
        "article": claim.article,
        "when": fmt_span(claim.as_of),
        "published": article.published.isoformat() if article and article.published else "",
        "attribution": claim.attribution or "",
        "figure": fmt_figure(claim),
        "measure": claim.measure,
    }


def outlet_of(article: Article | None) -> str:
    return (article.outlet or UNKNOWN_OUTLET) if article else UNKNOWN_OUTLET


def effective_groups(result: CheckResult) -> list[Group]:
    """The result's groups, or, when none were made, the relate stage's grouping of live relations.

    Reports need groups for timelines and charts; deriving them keeps a groupless result
    readable instead of silently dropping those sections.
    """
    if result.groups:
        return list(result.groups)
    from factcheck.relate import group  # the one definition of a group and its status

    reviews = latest_reviews(result.reviews)
    live = [r for r in result.relations if not is_dismissed(r, reviews)]
    return group(result.claims, live)


def ranked_groups(groups: list[Group]) -> list[Group]:
    """Largest first, conflicts before timelines: the order a fact-checker wants to read in."""
    return sorted(groups, key=lambda g: (-len(g.claims), STATUS_ORDER.get(g.status, 9), g.id))


def timeline(
    group: Group,
    claims: Mapping[str, Claim],
    articles: Mapping[str, Article],
    superseded: Mapping[str, str] | None = None,
) -> list[dict[str, Any]]:
    """A group's figures in time order; ``superseded`` maps a figure a revision replaced to
    the mention that replaced it, so the old figure stays on the line, marked."""
    superseded = superseded or {}
    members = [claims[c] for c in group.claims if c in claims]
    members.sort(
        key=lambda c: timeline_sort_key(
            c, articles[c.article].published if c.article in articles else None
        )
    )
    rows = []
    for c in members:
        article = articles.get(c.article)
        when = fmt_span(c.as_of)
        if not when and article and article.published:
            when = f"{article.published.isoformat()} (published)"
        rows.append(
            {
                "claim": c.id,
                "when": when or "undated",
                "figure": fmt_figure(c),
                "mention": c.mention,
                "outlet": outlet_of(article),
                "attribution": c.attribution or "",
                "article": c.article,
                "superseded_by": superseded.get(c.id, ""),
            }
        )
    return rows


def _relation_row(
    relation: Relation,
    claims: Mapping[str, Claim],
    articles: Mapping[str, Article],
    reviews: Mapping[str, Any],
) -> dict[str, Any]:
    def side(cid: str) -> dict[str, Any]:
        claim = claims.get(cid)
        return side_view(claim, cid, articles.get(claim.article) if claim else None)

    review = reviews.get(relation.id)
    return {
        "id": relation.id,
        "type": relation.type,
        "revision": relation.revision,
        "confidence": relation.confidence,
        "confidence_text": f"{relation.confidence:.2f}",
        "reason": relation.reason,
        "a": side(relation.source),
        "b": side(relation.target),
        "review": review_dict(review),
        "dismissed": is_dismissed(relation, reviews),
    }


def outlet_rows(result: CheckResult) -> list[dict[str, Any]]:
    """Per outlet: articles, claims, and open relations touching its claims (each counted once)."""
    articles = {a.id: a for a in result.articles}
    claim_outlet = {c.id: outlet_of(articles.get(c.article)) for c in result.claims}
    reviews = latest_reviews(result.reviews)
    rows: dict[str, dict[str, Any]] = {}

    def row(name: str) -> dict[str, Any]:
        return rows.setdefault(
            name,
            {
                "outlet": name,
                "articles": 0,
                "claims": 0,
                "agrees": 0,
                "contradicts": 0,
                "updates": 0,
            },
        )

    for a in result.articles:
        row(outlet_of(a))["articles"] += 1
    for c in result.claims:
        row(claim_outlet[c.id])["claims"] += 1
    for r in result.relations:
        if is_dismissed(r, reviews):
            continue
        touched = {
            claim_outlet.get(r.source, UNKNOWN_OUTLET),
            claim_outlet.get(r.target, UNKNOWN_OUTLET),
        }
        for name in touched:
            row(name)[r.type] += 1
    return sorted(rows.values(), key=lambda r: (-r["claims"], r["outlet"]))


def build_view(
    result: CheckResult, *, generated: datetime | None = None, max_rows: int = MAX_ROWS
) -> dict[str, Any]:
    """Everything both human reports show, in reading order.

    Each list is cut to ``max_rows`` (most confident first) and its full length is kept in
    ``totals``: a page of 7,500 conflicts helps nobody, and report.json lists them all.
    """
    when = generated or datetime.now(timezone.utc)
    reviews = latest_reviews(result.reviews)
    claims = {c.id: c for c in result.claims}
    articles = {a.id: a for a in result.articles}
    by_id = {r.id: r for r in result.relations}
    rows = conflicts(result, include_dismissed=True)
    open_rows = [r for r in rows if not r["dismissed"]]
    dismissed_rows = [r for r in rows if r["dismissed"]]

    ranks = {r["id"]: r["priority"] for r in rows}

    def rows_for(picked: list[Relation]) -> list[dict[str, Any]]:
        out = [_relation_row(r, claims, articles, reviews) for r in picked[:max_rows]]
        for row in out:
            if row["id"] in ranks:  # a conflict: why it is ranked where it is
                row["priority"] = ranks[row["id"]]
        return out

    shown = reported_relations(result)
    setting = {cid for m in result.measures if m.background for cid in m.claims}

    def by_confidence(pred: Callable[[Relation], bool]) -> list[Relation]:
        picked = [r for r in shown if pred(r)]
        return sorted(picked, key=lambda r: (-r.confidence, relation_sort_key(r)))

    agreements = by_confidence(
        lambda r: r.type == "agrees" and not is_dismissed(r, reviews) and r.source not in setting
    )
    other_dismissed = by_confidence(lambda r: r.type != "contradicts" and is_dismissed(r, reviews))
    revisions = sorted(
        (r for r in shown if r.revision and r.target in claims and not is_dismissed(r, reviews)),
        key=lambda r: timeline_sort_key(claims[r.target], None),
    )
    superseded = {
        r.source: claims[r.target].mention if r.target in claims else r.target for r in revisions
    }
    groups = ranked_groups(effective_groups(result))
    # A timeline for every group that moved on, including conflicting ones that also updated:
    # the conflict section shows the clash, the timeline shows where it sits in the sequence.
    updated = {
        cid
        for r in result.relations
        if r.type == "updates" and not is_dismissed(r, reviews)
        for cid in (r.source, r.target)
    }
    evolving = [
        {
            "group": g,
            "measure": g.measure or "(unnamed measure)",
            "status": g.status,
            "rows": timeline(g, claims, articles, superseded),
        }
        for g in groups
        if g.status == "evolving" or updated.intersection(g.claims)
    ]
    inconsistencies = []
    for item in sorted(result.inconsistencies, key=lambda i: (i.article, i.start, i.message)):
        article = articles.get(item.article)
        inconsistencies.append(
            {
                "article": item.article,
                "title": article.title if article else "",
                "outlet": outlet_of(article),
                "kind": item.kind,
                "message": item.message,
                "mention": item.mention,
            }
        )
    claim_counts = Counter(c.article for c in result.claims)
    article_rows = [
        {
            "id": a.id,
            "title": a.title,
            "outlet": outlet_of(a),
            "published": a.published.isoformat() if a.published else "unknown",
            "date_source": a.date_source,
            "claims": claim_counts.get(a.id, 0),
            "path": a.path or "",
        }
        for a in sorted(result.articles, key=lambda a: (a.published or date.max, a.id))
    ]
    return {
        "generated": when.isoformat(timespec="seconds"),
        "model": result.model,
        "summary": summary(result),
        "open_conflicts": rows_for([by_id[r["id"]] for r in open_rows]),
        "dismissed_conflicts": rows_for([by_id[r["id"]] for r in dismissed_rows]),
        "other_dismissed": rows_for(other_dismissed),
        "evolving": evolving[:max_rows],
        "background": [background_row(m, claims) for m in result.measures if m.background][
            :max_rows
        ],
        "agreements": rows_for(agreements),
        "revisions": rows_for(revisions),
        "totals": {
            "revisions": len(revisions),
            "open_conflicts": len(open_rows),
            "dismissed_conflicts": len(dismissed_rows),
            "other_dismissed": len(other_dismissed),
            "evolving": len(evolving),
            "agreements": len(agreements),
            "background": sum(1 for m in result.measures if m.background),
        },
        "max_rows": max_rows,
        "inconsistencies": inconsistencies,
        "outlets": outlet_rows(result),
        "articles": article_rows,
        "groups": groups,
    }


def background_row(measure: Measure, claims: Mapping[str, Claim]) -> dict[str, Any]:
    """A setting measure in one line: its figures as written, and how many sources give them."""
    mentions = list(dict.fromkeys(claims[c].mention for c in measure.claims if c in claims))
    return {
        "measure": measure.name or "(unnamed measure)",
        "figures": mentions,
        "sources": measure.sources,
        "claims": len(measure.claims),
    }


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else plural or word + 's'}"


def summary_line(counts: Mapping[str, int]) -> str:
    """One line a desk editor reads first: how many figures, how many open conflicts."""
    dismissed = counts.get("dismissed_contradicts", 0)
    conflicts_text = _plural(counts["contradicts"], "open conflict")
    if dismissed:
        conflicts_text += f" ({dismissed} dismissed)"
    parts = [
        _plural(counts["articles"], "article"),
        _plural(counts["claims"], "claim"),
        conflicts_text,
        _plural(counts["updates"], "update")
        + (f" ({counts['revisions']} revised)" if counts.get("revisions") else ""),
        _plural(counts["agrees"], "agreement"),
        _plural(
            counts.get("inconsistencies", 0), "internal inconsistency", "internal inconsistencies"
        ),
    ]
    return " · ".join(parts)
