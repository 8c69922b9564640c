"""The JSON report: the one output outside tools read, so its shape is a contract.

Every field listed in DESIGN.md ("The JSON report") is emitted under that name and type; extra
fields (relation ``id`` and ``review``, claim ``subject``/``role``, ``inconsistencies``,
``model``) are added, never swapped in. Lists are sorted so two runs over the same corpus give
byte-identical files whatever order the stages produced things in.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from datetime import date, datetime, timezone
from typing import Any

from factcheck import keys
from factcheck.model import (
    RELATION_TYPES,
    Article,
    CheckResult,
    Claim,
    DateSpan,
    Group,
    Inconsistency,
    Measure,
    Relation,
    Review,
)


def _num(x: float | None) -> float | None:
    """JSON has no NaN or infinity; an unknown bound is null rather than an invalid file."""
    if x is None:
        return None
    x = float(x)
    return x if math.isfinite(x) else None


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d is not None else None


def _span(span: DateSpan | None) -> dict[str, str] | None:
    return span.to_dict() if span is not None else None


def latest_reviews(reviews: Iterable[Review]) -> dict[str, Review]:
    """The decision in force per relation: the latest ``decided_at`` wins, later entries on ties.

    Reviews are appended over time, so an old "dismissed" must not hide a newer "accepted".
    """
    chosen: dict[str, tuple[str, int, Review]] = {}
    for order, review in enumerate(reviews):
        key = (review.decided_at, order)
        current = chosen.get(review.relation)
        if current is None or key >= current[:2]:
            chosen[review.relation] = (*key, review)
    return {rel: entry[2] for rel, entry in chosen.items()}


def is_dismissed(relation: Relation, reviews: Mapping[str, Review]) -> bool:
    review = reviews.get(relation.id)
    return review is not None and review.decision == "dismissed"


def review_dict(review: Review | None) -> dict[str, str] | None:
    if review is None:
        return None
    return {
        "decision": review.decision,
        "note": review.note,
        "decided_at": review.decided_at,
        "reviewer": review.reviewer,
    }


def claim_sort_key(claim: Claim) -> tuple[str, int, int, str]:
    return (claim.article, claim.start, claim.end, claim.id)


def relation_sort_key(relation: Relation) -> tuple[int, str, str, str]:
    order = RELATION_TYPES.index(relation.type) if relation.type in RELATION_TYPES else 99
    return (order, relation.source, relation.target, relation.id)


def timeline_sort_key(claim: Claim, published: date | None) -> tuple[int, str, str, int, str]:
    """Chronological: by the date the figure describes, else its article's date, undated last."""
    when = claim.as_of.start if claim.as_of is not None else published
    return (0 if when else 1, _iso(when) or "", claim.article, claim.start, claim.id)


def article_dict(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "title": article.title,
        "outlet": article.outlet,
        "published": _iso(article.published),
        "path": article.path,
        "date_source": article.date_source,
        "warnings": list(article.warnings),
    }


def claim_dict(claim: Claim) -> dict[str, Any]:
    stated = claim.stated
    return {
        "id": claim.id,
        "article": claim.article,
        "mention": claim.mention,
        "sentence": claim.sentence,
        "start": claim.start,
        "end": claim.end,
        "kind": claim.kind,
        "value": _num(claim.value),
        "low": _num(claim.low),
        "high": _num(claim.high),
        "unit": claim.unit,
        "stated": {
            "value": _num(stated.value),
            "low": _num(stated.low),
            "high": _num(stated.high),
            "unit": stated.unit,
        },
        "measure": claim.measure,
        "as_of": _span(claim.as_of),
        "place": claim.place,
        "attribution": claim.attribution,
        "subject": claim.subject,
        "role": claim.role,
        "holder": claim.holder,
        "event": claim.event,
        "cumulative": claim.cumulative,
        "approximate": claim.approximate,
        "modality": claim.modality,
        "window": _span(claim.window),
        "told": _span(claim.told),
        "background": claim.background,
        "predicate": claim.predicate,
        "warnings": list(claim.warnings),
    }


def relation_dict(relation: Relation, review: Review | None) -> dict[str, Any]:
    return {
        "id": relation.id,
        "source": relation.source,
        "target": relation.target,
        "type": relation.type,
        "confidence": _num(relation.confidence),
        "reason": relation.reason,
        "revision": relation.revision,
        "review": review_dict(review),
    }


def group_dict(
    group: Group, claims: Mapping[str, Claim], published: Mapping[str, date | None]
) -> dict[str, Any]:
    """Group members in time order, so a timeline reads top to bottom without re-sorting."""
    known = [claims[c] for c in group.claims if c in claims]
    known.sort(key=lambda c: timeline_sort_key(c, published.get(c.article)))
    unknown = sorted(c for c in group.claims if c not in claims)
    return {
        "id": group.id,
        "measure": group.measure,
        "claims": [c.id for c in known] + unknown,
        "status": group.status,
    }


def measure_dict(measure: Measure) -> dict[str, Any]:
    return {
        "id": measure.id,
        "name": measure.name,
        "claims": list(measure.claims),
        "status": measure.status,
        "background": measure.background,
        "sources": measure.sources,
        "latest": measure.latest,
        "relations": list(measure.relations),
        "superseded": list(measure.superseded),
    }


def reported_relations(result: CheckResult) -> list[Relation]:
    """The relations a reader is shown: each measure's edges, and every reviewed relation.

    Results made without measures (older callers) show every relation.
    """
    if not result.measures:
        return list(result.relations)
    keep = {r for m in result.measures for r in m.relations}
    keep |= {r.relation for r in result.reviews}
    return [r for r in result.relations if r.id in keep]


def inconsistency_dict(item: Inconsistency) -> dict[str, Any]:
    return {
        "article": item.article,
        "kind": item.kind,
        "message": item.message,
        "mention": item.mention,
        "start": item.start,
        "end": item.end,
    }


def summary(result: CheckResult) -> dict[str, int]:
    """Counts for the headline; dismissed relations are counted apart, not as open findings."""
    reviews = latest_reviews(result.reviews)
    counts = {t: 0 for t in RELATION_TYPES}
    dismissed = {t: 0 for t in RELATION_TYPES}
    for relation in result.relations:
        (dismissed if is_dismissed(relation, reviews) else counts)[relation.type] += 1
    revisions = sum(r.revision and not is_dismissed(r, reviews) for r in result.relations)
    relation_ids = {r.id for r in result.relations}
    accepted = sum(
        1 for rel, rev in reviews.items() if rel in relation_ids and rev.decision == "accepted"
    )
    return {
        "articles": len(result.articles),
        "claims": len(result.claims),
        "agrees": counts["agrees"],
        "contradicts": counts["contradicts"],
        "updates": counts["updates"],
        "revisions": revisions,
        "dismissed": sum(dismissed.values()),
        "dismissed_contradicts": dismissed["contradicts"],
        "accepted": accepted,
        "groups": len(result.groups),
        "inconsistencies": len(result.inconsistencies),
        "measures": len(result.measures),
        "shown_relations": len(reported_relations(result)),
    }


def report_dict(result: CheckResult, *, generated: datetime | None = None) -> dict[str, Any]:
    """The JSON report for ``result``; ``generated`` is fixed by callers that want stable files."""
    when = generated or datetime.now(timezone.utc)
    reviews = latest_reviews(result.reviews)
    claims = {c.id: c for c in result.claims}
    published = {a.id: a.published for a in result.articles}
    return {
        "generated": when.isoformat(timespec="seconds"),
        "model": (
            {"name": result.model.name, "weights_sha256": result.model.weights_sha256}
            if result.model is not None
            else None
        ),
        "articles": [article_dict(a) for a in sorted(result.articles, key=lambda a: a.id)],
        "claims": [claim_dict(c) for c in sorted(result.claims, key=claim_sort_key)],
        "relations": [
            relation_dict(r, reviews.get(r.id))
            for r in sorted(reported_relations(result), key=relation_sort_key)
        ],
        "groups": [
            group_dict(g, claims, published)
            for g in sorted(result.groups, key=lambda g: (g.measure, g.id))
        ],
        "measures": [measure_dict(m) for m in result.measures],
        "inconsistencies": [
            inconsistency_dict(i)
            for i in sorted(
                result.inconsistencies, key=lambda i: (i.article, i.start, i.kind, i.message)
            )
        ],
        "summary": summary(result),
    }


def _side(
    claim_id: str, claims: Mapping[str, Claim], articles: Mapping[str, Article]
) -> dict[str, Any]:
    """One end of a conflict with what a fact-checker needs to judge it without opening files."""
    claim = claims.get(claim_id)
    if claim is None:
        return {"claim": claim_id, "missing": True}
    article = articles.get(claim.article)
    return {
        "claim": claim.id,
        "mention": claim.mention,
        "sentence": claim.sentence,
        "start": claim.start,
        "end": claim.end,
        "article": claim.article,
        "title": article.title if article else None,
        "outlet": article.outlet if article else None,
        "published": _iso(article.published) if article else None,
        "as_of": _span(claim.as_of),
        "attribution": claim.attribution,
        "measure": claim.measure,
        "kind": claim.kind,
        "value": _num(claim.value),
        "low": _num(claim.low),
        "high": _num(claim.high),
        "unit": claim.unit,
    }


def _source(claim: Claim, articles: Mapping[str, Article]) -> str:
    """Who gives a figure: its attribution, else its outlet, else its article."""
    article = articles.get(claim.article)
    said = claim.attribution or (article.outlet if article else None) or claim.article
    return keys.name_key(" ".join(keys.words(said)))


def _same_incident(a: Claim, b: Claim) -> bool:
    """Both figures are placed at one named place, or name one kind of incident (a gas
    attack, a car bomb): the nearest the frames come to saying "the same event"."""
    pa, pb = keys.place_key(a.place), keys.place_key(b.place)
    if pa and pb and pa.names & pb.names:
        return True
    return bool(keys.incidents(a.sentence) & keys.incidents(b.sentence))


def _doublings(a: Claim, b: Claim) -> tuple[float | None, int | None]:
    """How far apart two figures are: the relative gap |a - b| / max(|a|, |b|) (0 to 1), and
    how many times the larger doubles the smaller (0 within a factor two; None, beyond any
    count, for zero against a figure)."""
    x = a.value if a.value is not None else a.low
    y = b.value if b.value is not None else b.low
    if x is None or y is None or not (math.isfinite(x) and math.isfinite(y)):
        return None, 0
    small, large = sorted((abs(x), abs(y)))
    if large == 0:
        return 0.0, 0
    gap = round(abs(x - y) / large, 4)
    if small == 0:
        return gap, None
    return gap, math.floor(math.log2(large / small))


def priority(
    a: Claim | None, b: Claim | None, confidence: float, articles: Mapping[str, Article]
) -> dict[str, Any]:
    """Why a conflict matters to a fact-checker, as the parts of its rank.

    The conflicts list is ordered by these parts in turn (a lexicographic order, no weights):

    1. ``sources_differ``: two sources disagreeing is a dispute to settle; one source
       contradicting itself is more often a misread date or a figure that moved on.
    2. ``same_time``: figures said to hold at one time (as-of spans overlap) cannot both be
       right; figures of different times may only have changed.
    3. ``same_incident``: one place or one kind of incident named on both sides, so the two
       figures are about one event rather than two of a day.
    4. ``doublings``: a large gap before a small one, counted in doublings of the smaller
       figure (a scale-free unit: 45 against 10 is two doublings, 32 against 22 none), so
       a gap of a few percent does not outrank a more likely conflict.
    5. ``confidence``: the calibrated probability that the contradiction is right.
    """
    if a is None or b is None:
        return {
            "sources_differ": False,
            "same_time": False,
            "same_incident": False,
            "gap": None,
            "doublings": 0,
            "confidence": confidence,
        }
    gap, doublings = _doublings(a, b)
    same_time = a.as_of is not None and b.as_of is not None and a.as_of.overlaps(b.as_of)
    return {
        "sources_differ": _source(a, articles) != _source(b, articles),
        "same_time": same_time,
        "same_incident": _same_incident(a, b),
        "gap": gap,
        "doublings": doublings,
        "confidence": confidence,
    }


def priority_key(p: Mapping[str, Any]) -> tuple[bool, bool, bool, float, float]:
    """Sort key of a priority: the criteria of ``priority`` in order, most important first."""
    doublings = math.inf if p["doublings"] is None else p["doublings"]
    return (
        not p["sources_differ"],
        not p["same_time"],
        not p["same_incident"],
        -doublings,
        -(p["confidence"] or 0.0),
    )


def priority_text(p: Mapping[str, Any]) -> str:
    """The rank's reasons in a few words, for tables."""
    parts = [
        "different sources" if p["sources_differ"] else "one source",
        "same time" if p["same_time"] else "different times",
    ]
    if p["same_incident"]:
        parts.append("same place or incident")
    if p["gap"] is not None:
        parts.append(f"{round(100 * p['gap'])}% apart")
    return ", ".join(parts)


def conflicts(result: CheckResult, *, include_dismissed: bool = False) -> list[dict[str, Any]]:
    """One row per contradiction, the one that matters most first; dismissed ones last and
    only when asked for.

    Rows are JSON-ready: ``id``, ``confidence``, ``reason``, ``a``/``b`` (source and target
    claims: mention, sentence, article, outlet, as_of, attribution, ...), ``priority`` (the
    parts of the rank, see :func:`priority`, with ``rank`` 1 for the first row and ``why``
    in words), ``review`` and the flattened ``decision``/``note``/``dismissed`` that a table
    shows.
    """
    reviews = latest_reviews(result.reviews)
    claims = {c.id: c for c in result.claims}
    articles = {a.id: a for a in result.articles}
    rows: list[dict[str, Any]] = []
    for relation in result.relations:
        if relation.type != "contradicts":
            continue
        dismissed = is_dismissed(relation, reviews)
        if dismissed and not include_dismissed:
            continue
        review = reviews.get(relation.id)
        confidence = _num(relation.confidence) or 0.0
        rank = priority(
            claims.get(relation.source), claims.get(relation.target), confidence, articles
        )
        rows.append(
            {
                "id": relation.id,
                "confidence": _num(relation.confidence),
                "reason": relation.reason,
                "a": _side(relation.source, claims, articles),
                "b": _side(relation.target, claims, articles),
                "priority": rank,
                "review": review_dict(review),
                "decision": review.decision if review else None,
                "note": review.note if review else "",
                "dismissed": dismissed,
            }
        )
    rows.sort(key=lambda r: (r["dismissed"], *priority_key(r["priority"]), r["id"]))
    for n, row in enumerate(rows, start=1):
        row["priority"]["rank"] = n
        row["priority"]["why"] = priority_text(row["priority"])
    return rows
