"""FA-KES pairs judged by reading both sentences: precision of each verdict, and recall.

``python -m bench.accuracy.fakes sample`` draws a seeded, stratified sample of claim pairs from
the product's verdicts on FA-KES (each predicted type, plus same-date, same-place article pairs
the product left unlinked, so recall is measured too) into ``fakes/sample.jsonl``. A person then
fills in ``judged`` (agrees, contradicts, updates or none) and ``why`` for each pair, which
becomes ``fakes/judged.jsonl``. Pairs name claims by article and character span, so they
survive changes to the extractor; a pair whose claim is no longer found scores as a miss.
"""

from __future__ import annotations

import csv
import json
import random
import sys
from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime
from itertools import combinations
from pathlib import Path
from typing import Any

from bench.accuracy.gold import HERE, ROOT
from bench.accuracy.run import run_paths
from bench.accuracy.score import Tally, Verdicts, overlap, score_relations, summary
from factcheck.embed import Embedder, make_embedder
from factcheck.model import CheckResult, Claim

FAKES_CSV = ROOT / "data" / "fa-kes" / "fakes.csv"
SAMPLE = HERE / "fakes" / "sample.jsonl"
JUDGED = HERE / "fakes" / "judged.jsonl"
SEED = 20261128
# Pairs drawn per stratum: about 100 gives each precision a 95% interval of ±0.1 at worst
# (n ≈ 0.25 · (1.96 / 0.1)² ≈ 96); FA-KES has only a handful of updates, so all are taken.
STRATA = {"contradicts": 100, "agrees": 80, "updates": 60, "no-edge": 150}


def _side(c: Claim, articles: dict[str, Any]) -> dict[str, Any]:
    a = articles[c.article]
    return {
        "article": c.article,
        "start": c.start,
        "end": c.end,
        "mention": c.mention,
        "sentence": c.sentence,
        "title": a.title,
        "outlet": a.outlet,
        "published": a.published.isoformat() if a.published else None,
    }


def _events() -> dict[str, tuple[str, str]]:
    """Article id → (event date, location) from the CSV's hand-made columns."""
    csv.field_size_limit(1 << 30)
    with FAKES_CSV.open(encoding="utf-8", errors="replace", newline="") as fh:
        rows = list(csv.DictReader(fh))
    out = {}
    for row in rows:
        when = datetime.strptime(row["date"], "%m/%d/%y").date().isoformat()
        out[row["unit_id"]] = (when, row["location"].strip().lower())
    return out


def _toll(c: Claim) -> bool:
    return c.kind == "count" and c.role == "killed"


def draw_sample(result: CheckResult, rng: random.Random) -> list[dict[str, Any]]:
    """Stratified pairs: each predicted type, and same-event toll pairs with no edge."""
    by_id = {c.id: c for c in result.claims}
    articles = {a.id: a for a in result.articles}
    pairs: list[dict[str, Any]] = []
    for rtype in ("contradicts", "agrees", "updates"):
        rels = sorted((r for r in result.relations if r.type == rtype), key=lambda r: r.id)
        for r in rng.sample(rels, min(STRATA[rtype], len(rels))):
            a, b = by_id[r.source], by_id[r.target]
            pairs.append({"stratum": rtype, "predicted": rtype, "a": a, "b": b})
    linked = {frozenset((r.source, r.target)) for r in result.relations}
    events = _events()
    tolls: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for c in sorted(result.claims, key=lambda c: c.id):
        if _toll(c) and c.article in events:
            tolls[events[c.article]].append(c)
    unlinked = [
        (a, b)
        for group in tolls.values()
        for a, b in combinations(group, 2)
        if a.article != b.article and frozenset((a.id, b.id)) not in linked
    ]
    for a, b in rng.sample(unlinked, min(STRATA["no-edge"], len(unlinked))):
        pairs.append({"stratum": "no-edge", "predicted": "none", "a": a, "b": b})
    return [
        {
            "id": f"p{k:03d}",
            "stratum": p["stratum"],
            "predicted": p["predicted"],
            "a": _side(p["a"], articles),
            "b": _side(p["b"], articles),
            "judged": None,
            "why": None,
        }
        for k, p in enumerate(pairs)
    ]


def find_claim(claims: Sequence[Claim], side: dict[str, Any]) -> Claim | None:
    """The claim now at a judged span: the one overlapping it most, of the same article."""
    best, most = None, 0
    span = (side["start"], side["end"])
    for c in claims:
        if c.article == side["article"] and (n := overlap(span, (c.start, c.end))) > most:
            best, most = c, n
    return best


def load_judged(path: Path = JUDGED) -> list[dict[str, Any]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [r for r in rows if r.get("judged")]


def score_fakes(embedder: Embedder, path: Path = JUDGED) -> dict[str, Any]:
    """Summary of the product's verdicts on the judged pairs (whole FA-KES as the corpus)."""
    return score_judged(run_paths([FAKES_CSV], embedder), path)


def score_judged(result: CheckResult, path: Path = JUDGED) -> dict[str, Any]:
    """Summary of these verdicts (of the whole FA-KES) on the judged pairs."""
    judged = load_judged(path)
    find: dict[tuple[str, str], Claim | None] = {}
    gold = []
    for row in judged:
        keys = []
        for end in ("a", "b"):
            side = row[end]
            key = (side["article"], f"@{side['start']}-{side['end']}")
            find[key] = find_claim(result.claims, side)
            keys.append(list(key))
        gold.append({"a": keys[0], "b": keys[1], "expect": row["judged"]})
    tally = Tally()
    verdicts = Verdicts(result.relations)
    score_relations(gold, find, verdicts, tally)
    out = summary(tally)
    out["pairs"] = len(judged)
    out["same_incident_tolls"] = same_incident_tolls(judged, gold, find, verdicts)
    return out


def same_incident_tolls(
    judged: Sequence[dict[str, Any]],
    gold: Sequence[dict[str, Any]],
    find: dict[tuple[str, str], Claim | None],
    verdicts: Verdicts,
) -> dict[str, Any]:
    """Recall of the pairs that matter most (issue 12): counts of one incident (the CSV's own
    event date and place for both articles) that a reader judged related, found with the
    verdict the reader gave."""
    events = _events()
    hits = []
    for row, item in zip(judged, gold, strict=True):
        a, b = (find.get(tuple(item[end])) for end in ("a", "b"))  # type: ignore[arg-type]
        ea, eb = (events.get(row[end]["article"]) for end in ("a", "b"))
        if row["judged"] == "none" or ea is None or ea != eb:
            continue
        if a is not None and b is not None and not a.kind == b.kind == "count":
            continue  # a date or a share of one incident: not a toll
        hits.append(a is not None and b is not None and verdicts.between(a, b)[0] == row["judged"])
    return {"gold": len(hits), "recall": round(sum(hits) / len(hits), 4) if hits else None}


def main(argv: list[str]) -> int:
    if argv != ["sample"]:
        print("usage: python -m bench.accuracy.fakes sample", file=sys.stderr)
        return 2
    result = run_paths([FAKES_CSV], make_embedder(None))
    rows = draw_sample(result, random.Random(SEED))
    SAMPLE.parent.mkdir(exist_ok=True)
    SAMPLE.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    counts = defaultdict(int)
    for r in rows:
        counts[r["stratum"]] += 1
    print(f"wrote {len(rows)} pairs to {SAMPLE}: {dict(counts)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
