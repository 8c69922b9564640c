"""Score what factcheck found in a story against its gold: claims, frame fields, relations.

Counts are kept raw (hits and totals) so stories add up into domains and splits before any
ratio is taken; a ratio over nothing is ``None``, never a flattering 1.0.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import networkx as nx

from bench.accuracy.gold import HERE
from factcheck.model import Article, Claim, Relation

ROLES = json.loads((HERE / "roles.json").read_text(encoding="utf-8"))
UNITS = json.loads((HERE / "units.json").read_text(encoding="utf-8"))
RELATION_TYPES = ("agrees", "contradicts", "updates")
# A revision is an ``updates`` edge flagged ``revision`` (factcheck.model.Relation): scored as
# an update, and as a revision of its own.
REVISION = "revision"
FIELDS = (
    "kind",
    "value",
    "counted",
    "role",
    "place",
    "as_of",
    "modality",
    "attribution",
    "background",
)
# Which modalities may enter a conflict decides what a verdict does, so that is what is scored:
# "reported" and "estimated" both assert a figure.
MODALITY_GROUP = {
    "reported": "asserted",
    "estimated": "asserted",
    "forecast": "hypothetical",
    "conditional": "hypothetical",
    "negated": "negated",
    "question": "question",
}
# Calibration bins: ten equal-width bins is the usual expected-calibration-error estimate.
ECE_BINS = 10


@dataclass
class Tally:
    """Hits over totals, per named figure; adds up across stories."""

    hits: Counter[str] = field(default_factory=Counter)
    totals: Counter[str] = field(default_factory=Counter)
    confidences: list[tuple[float, bool]] = field(default_factory=list)

    def add(self, name: str, hit: bool, weight: int = 1) -> None:
        self.totals[name] += weight
        self.hits[name] += weight if hit else 0

    def merge(self, other: Tally) -> Tally:
        self.hits.update(other.hits)
        self.totals.update(other.totals)
        self.confidences.extend(other.confidences)
        return self

    def ratio(self, name: str) -> float | None:
        total = self.totals[name]
        return round(self.hits[name] / total, 4) if total else None


# ---------------------------------------------------------------------------------------------
# Matching gold claims to extracted claims
# ---------------------------------------------------------------------------------------------


def gold_span(body: str, mention: str) -> tuple[int, int] | None:
    """Where a gold mention sits in the ingested body (it occurs once; the validator checks)."""
    at = body.lower().find(mention.lower())
    return (at, at + len(mention)) if at >= 0 else None


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Characters two spans share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match_claims(
    gold: Sequence[dict[str, Any]], claims: Sequence[Claim], bodies: dict[str, str]
) -> dict[int, Claim]:
    """Gold index → the extracted claim that overlaps it most, a claim of the gold's kind first
    (a mention such as "11.1% in October" also covers the date "October"); each claim serves
    one gold."""
    scored = []
    for gi, g in enumerate(gold):
        span = gold_span(bodies.get(g["article"], ""), g["mention"])
        if span is None:
            continue
        for c in claims:
            if c.article == g["article"] and (n := overlap(span, (c.start, c.end))):
                scored.append((c.kind == g.get("kind"), n, gi, c))
    scored.sort(key=lambda t: (not t[0], -t[1], t[2], t[3].start))
    taken: set[str] = set()
    out: dict[int, Claim] = {}
    for _, _, gi, c in scored:
        if gi not in out and c.id not in taken:
            out[gi] = c
            taken.add(c.id)
    return out


# ---------------------------------------------------------------------------------------------
# Frame fields
# ---------------------------------------------------------------------------------------------

_WORD = re.compile(r"[a-z0-9]+(?:['’-][a-z0-9]+)*")
_PEOPLE = {"person", "persons", "people"}
_MEASURED = ("duration", "distance")  # kinds whose unit units.json lists


def _words(text: str) -> list[str]:
    words = _WORD.findall(text.lower().replace("’", "'"))
    return [w for w in words if w not in ("the", "a", "an")]


def _singular(word: str) -> str:
    if word in _PEOPLE:
        return "people"
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _accepted(value: Any) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


def _contains(outer: list[str], inner: list[str]) -> bool:
    n = len(inner)
    return n > 0 and any(outer[i : i + n] == inner for i in range(len(outer) - n + 1))


def counted_ok(got: str | None, gold: Any, kind: str | None = None) -> bool:
    """Same head noun, singular or plural ("civilians" = "civilian", "people" = "persons"); for
    a duration or a distance, whose value is normalised, any unit of its dimension (units.json:
    "nine months" counted as days, "13km" as kilometres)."""
    names = _accepted(gold)
    if not names:
        return got is None
    if not got:
        return False
    head = _singular(_words(got)[-1]) if _words(got) else ""
    if any(_words(n) and _singular(_words(n)[-1]) == head for n in names):
        return True
    units = {_singular(u) for u in UNITS.get(kind or "", ()) if kind in _MEASURED}
    return head in units and any(_words(n) and _singular(_words(n)[-1]) in units for n in names)


def place_ok(got: str | None, gold: Any) -> bool:
    """An accepted name, possibly with a qualifier ("eastern Aleppo" holds "Aleppo")."""
    names = _accepted(gold)
    if not names:
        return got is None
    return got is not None and any(_contains(_words(got), _words(n)) for n in names)


def attribution_ok(got: str | None, gold: Any, outlet: str | None) -> bool:
    """An accepted source named in either direction ("the agency AFAD" ~ "AFAD")."""
    said = got or outlet
    if said is None:
        return not _accepted(gold)
    mine = _words(said)
    return any(_contains(mine, _words(n)) or _contains(_words(n), mine) for n in _accepted(gold))


def role_class(role: str | None) -> str:
    """The extractor's role word mapped onto the suite's classes (roles.json)."""
    if role is None:
        return "other"
    return ROLES["extractor"].get(role, role if role in ROLES["classes"] else "other")


def _span(value: Any) -> tuple[date, date] | None:
    if value is None:
        return None
    if isinstance(value, str):
        d = date.fromisoformat(value)
        return d, d
    return date.fromisoformat(value["start"]), date.fromisoformat(value["end"])


def as_of_ok(claim: Claim, gold: Any) -> bool:
    """The day the figure holds; a gold span accepts any span inside it."""
    want = _span(gold)
    got = claim.as_of
    if want is None or got is None:
        return want is None
    return want[0] <= got.start and got.end <= want[1]


def value_ok(claim: Claim, g: dict[str, Any]) -> bool:
    if g["kind"] == "date":
        return as_of_ok(claim, g.get("as_of"))
    return claim.value is not None and g["low"] <= claim.value <= g["high"]


def modality_of(claim: Claim) -> str:
    return getattr(claim, "modality", None) or "reported"


def field_hits(claim: Claim | None, g: dict[str, Any], outlet: str | None) -> dict[str, bool]:
    """Which frame fields of one gold claim the extraction got right (all wrong if missed)."""
    valued = "low" in g or g.get("kind") == "date"
    present = [f for f in FIELDS if f in g or (f == "value" and valued)]
    if claim is None:
        return dict.fromkeys(present, False)
    checks = {
        "kind": lambda: claim.kind == g["kind"],
        "value": lambda: value_ok(claim, g),
        "counted": lambda: counted_ok(claim.subject, g["counted"], g.get("kind")),
        "role": lambda: role_class(claim.role) == g["role"],
        "place": lambda: place_ok(claim.place, g["place"]),
        "as_of": lambda: as_of_ok(claim, g["as_of"]),
        "modality": lambda: MODALITY_GROUP[modality_of(claim)] == MODALITY_GROUP[g["modality"]],
        "attribution": lambda: attribution_ok(claim.attribution, g["attribution"], outlet),
        "background": lambda: bool(getattr(claim, "background", False)) == bool(g["background"]),
    }
    # a field the gold leaves open (as_of null on a background figure) is not scored
    return {f: checks[f]() for f in present if not (f == "as_of" and g.get("as_of") is None)}


# ---------------------------------------------------------------------------------------------
# Relations
# ---------------------------------------------------------------------------------------------


class Verdicts:
    """The verdict between any two claims: a direct edge, else a chain of one relation type.

    A timeline 40 → 60 → 85 answers "40 updates 85" (DESIGN.md, Measures).
    """

    def __init__(self, relations: Sequence[Relation]) -> None:
        self.direct = {frozenset((r.source, r.target)): r for r in relations}
        self.chains: dict[str, dict[str, int]] = {}
        for rtype in ("updates", "agrees"):
            graph = nx.Graph([(r.source, r.target) for r in relations if r.type == rtype])
            parts = nx.connected_components(graph)
            self.chains[rtype] = {n: k for k, part in enumerate(parts) for n in part}

    def revised(self, a: Claim | None, b: Claim | None) -> bool:
        """Whether a direct edge says one of the two revises the other."""
        if a is None or b is None:
            return False
        edge = self.direct.get(frozenset((a.id, b.id)))
        return edge is not None and edge.revision

    def between(self, a: Claim | None, b: Claim | None) -> tuple[str, float | None]:
        """Relation type (or "none") and the direct edge's confidence, if there is one."""
        if a is None or b is None or a.id == b.id:
            return "none", None
        edge = self.direct.get(frozenset((a.id, b.id)))
        if edge is not None:
            return edge.type, edge.confidence
        for rtype, part in self.chains.items():
            if a.id in part and part.get(a.id) == part.get(b.id):
                return rtype, None
        return "none", None


def score_relations(
    gold_relations: Sequence[dict[str, Any]],
    find: dict[tuple[str, str], Claim | None],
    verdicts: Verdicts,
    tally: Tally,
) -> list[dict[str, Any]]:
    """Tally precision and recall per relation type, and of revisions; return the misses.

    A revision is an ``updates`` edge flagged as one: a gold revision (written
    ``["updates", "revision"]``) accepts any update, and is counted a revision found only when
    the direct edge says so; a flagged edge is a right revision only where gold expects one."""
    misses = []
    for item in gold_relations:
        expect = item["expect"]
        allowed = set(expect) if isinstance(expect, list) else {expect}
        if REVISION in allowed:
            allowed.add("updates")
        a = find.get((item["a"][0], item["a"][1].lower()))
        b = find.get((item["b"][0], item["b"][1].lower()))
        got, conf = verdicts.between(a, b)
        ok = got in allowed
        revised = verdicts.revised(a, b)
        if revised:
            tally.add(f"rel.{REVISION}.precision", REVISION in allowed)
        if REVISION in allowed:
            tally.add(f"rel.{REVISION}.recall", revised)
        if got != "none":
            tally.add(f"rel.{got}.precision", ok)
        if "none" not in allowed:
            tally.add(f"rel.{_recall_type(expect, got, ok)}.recall", ok)
        if allowed == {"none"}:
            tally.add("rel.traps.kept_apart", ok)
        tally.add("rel.pairs.right", ok)
        if conf is not None:
            tally.confidences.append((conf, ok))
        if not ok:
            misses.append({"a": item["a"], "b": item["b"], "expect": expect, "got": got})
    return misses


def _recall_type(expect: str | list[str], got: str, ok: bool) -> str:
    """The one relation type whose recall a gold pair counts in: a pair labelled with two
    accepted readings is one relation, not one of each, so it counts under the reading the
    tool gave when that is accepted, else under the first (the labeller's preferred) one."""
    if isinstance(expect, str):
        return expect
    if ok and got in expect:
        return got
    return next(t for t in expect if t != REVISION)


def ece(pairs: Iterable[tuple[float, bool]], bins: int = ECE_BINS) -> float | None:
    """Expected calibration error: mean |confidence − accuracy| over bins, weighted by size."""
    buckets: dict[int, list[tuple[float, bool]]] = defaultdict(list)
    items = list(pairs)
    for conf, ok in items:
        buckets[min(int(conf * bins), bins - 1)].append((conf, ok))
    if not items:
        return None
    total = 0.0
    for members in buckets.values():
        mean_conf = sum(c for c, _ in members) / len(members)
        accuracy = sum(ok for _, ok in members) / len(members)
        total += len(members) * abs(mean_conf - accuracy)
    return round(total / len(items), 4)


# ---------------------------------------------------------------------------------------------
# One story
# ---------------------------------------------------------------------------------------------


def score_story(
    gold: dict[str, Any],
    articles: Sequence[Article],
    claims: Sequence[Claim],
    relations: Sequence[Relation],
    *,
    exhaustive: bool = True,
) -> tuple[Tally, dict[str, Any]]:
    """Tally one story; the second value lists what went wrong, for a person to read.

    Precision needs gold that lists every figure (``exhaustive``); the seeds' gold does not.
    """
    tally = Tally()
    bodies = {a.id: a.body for a in articles}
    outlets = {a.id: a.outlet for a in articles}
    gold_claims = gold["claims"]
    matched = match_claims(gold_claims, claims, bodies)
    not_claims = match_claims(gold.get("not_claims", []), claims, bodies)
    used = {c.id for c in matched.values()}
    wrongly = {c.id for c in not_claims.values()} - used
    problems: dict[str, Any] = {"missed": [], "spurious": [], "fields": [], "relations": []}

    for gi, g in enumerate(gold_claims):
        claim = matched.get(gi)
        tally.add("claims.recall", claim is not None)
        if claim is None:
            problems["missed"].append([g["article"], g["mention"]])
        hits = field_hits(claim, g, outlets.get(g["article"]))
        for name, ok in hits.items():
            tally.add(f"field.{name}", ok)
        if claim is not None and not all(hits.values()):
            wrong = sorted(k for k, v in hits.items() if not v)
            problems["fields"].append([g["article"], g["mention"], wrong])
    for c in claims if exhaustive else ():
        if c.id in used:
            tally.add("claims.precision", True)
        elif c.kind != "date" or c.id in wrongly:
            # an unlisted date only times another figure ("on Tuesday"): not scored
            tally.add("claims.precision", False)
            problems["spurious"].append([c.article, c.mention])

    find: dict[tuple[str, str], Claim | None] = {
        (g["article"], g["mention"].lower()): matched.get(gi) for gi, g in enumerate(gold_claims)
    }
    problems["relations"] = score_relations(
        gold.get("relations", []), find, Verdicts(relations), tally
    )
    return tally, problems


def summary(tally: Tally) -> dict[str, Any]:
    """The figures of a tally, as results.json stores them."""
    fields = {f: tally.ratio(f"field.{f}") for f in FIELDS if tally.totals[f"field.{f}"]}
    rel: dict[str, Any] = {}
    for rtype in (*RELATION_TYPES, REVISION):
        rel[rtype] = {
            "precision": tally.ratio(f"rel.{rtype}.precision"),
            "recall": tally.ratio(f"rel.{rtype}.recall"),
            "predicted": tally.totals[f"rel.{rtype}.precision"],
            "gold": tally.totals[f"rel.{rtype}.recall"],
        }
    rel["traps"] = {
        "kept_apart": tally.ratio("rel.traps.kept_apart"),
        "gold": tally.totals["rel.traps.kept_apart"],
    }
    rel["pairs"] = {
        "right": tally.ratio("rel.pairs.right"),
        "gold": tally.totals["rel.pairs.right"],
    }
    return {
        "claims": {
            "precision": tally.ratio("claims.precision"),
            "recall": tally.ratio("claims.recall"),
            "gold": tally.totals["claims.recall"],
            "extracted": tally.totals["claims.precision"],
        },
        "fields": fields,
        "relations": rel,
        "calibration": {"ece": ece(tally.confidences), "n": len(tally.confidences)},
    }


def ratios(result: dict[str, Any], prefix: str = "") -> dict[str, float]:
    """Every ratio in a summary, flattened ("test.overall.claims.recall"), for the guard."""
    out: dict[str, float] = {}
    for key, value in result.items():
        name = f"{prefix}.{key}" if prefix else key
        if isinstance(value, dict):
            out |= ratios(value, name)
        elif isinstance(value, float) and (
            key in ("precision", "recall", "kept_apart") or ".fields." in f".{name}"
        ):
            out[name] = value
    return out
