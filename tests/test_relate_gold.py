"""Gold relations on the seed articles: ingest → extract → embed → relate.

With the real all-MiniLM-L6-v2: the verdict model is trained on its similarities, so a bag of
words would feed it a feature it never saw. A timeline answers for its ends (DESIGN.md).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from bench.accuracy.score import Verdicts
from factcheck.model import Claim, Relation
from factcheck.relate import group, relate

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "data" / "gold" / "seeds.json"
SEEDS = ROOT / "seeds"

pytestmark = pytest.mark.model

ingest = pytest.importorskip("factcheck.ingest", reason="factcheck.ingest not available yet")
extract = pytest.importorskip("factcheck.extract", reason="factcheck.extract not available yet")


@pytest.fixture(scope="module")
def gold() -> dict[str, Any]:
    return json.loads(GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def seed_claims() -> list[Claim]:
    articles, errors = ingest.read_paths([SEEDS])
    assert not errors, errors
    return [c for a in articles for c in extract.extract(a)]


def _texts(claims: Sequence[Claim]) -> list[str]:
    return [c.context or c.sentence for c in claims]


@pytest.fixture(scope="module")
def relations(seed_claims: list[Claim], real_embedder: Any) -> list[Relation]:
    return relate(seed_claims, real_embedder.encode(_texts(seed_claims)))


def _find(claims: Sequence[Claim], article: str, mention: str) -> Claim:
    hits = [c for c in claims if c.article == article and mention.lower() in c.mention.lower()]
    assert hits, f"no claim {mention!r} in {article}: extraction missed it"
    return hits[0]


def _gold_failures(
    gold: dict[str, Any], seed_claims: list[Claim], relations: list[Relation]
) -> list[str]:
    verdicts = Verdicts(relations)  # a timeline answers for its ends (DESIGN.md, Measures)
    failures = []
    for item in gold["relations"]:
        a = _find(seed_claims, *item["a"])
        b = _find(seed_claims, *item["b"])
        expect = item["expect"]
        allowed = set(expect) if isinstance(expect, list) else {expect}
        got, _ = verdicts.between(a, b)
        if got not in allowed:
            failures.append(f"{item['a'][1]!r} vs {item['b'][1]!r}: got {got}, want {allowed}")
    return failures


def test_gold_relations(
    gold: dict[str, Any], seed_claims: list[Claim], relations: list[Relation]
) -> None:
    failures = _gold_failures(gold, seed_claims, relations)
    assert not failures, "\n".join(failures)


def test_relations_are_well_formed(seed_claims: list[Claim], relations: list[Relation]) -> None:
    by_id = {c.id: c for c in seed_claims}
    for r in relations:
        assert 0.0 <= r.confidence <= 1.0
        assert r.reason and by_id[r.source].mention in r.reason
        src, dst = by_id[r.source], by_id[r.target]
        if src.as_of and dst.as_of:
            assert src.as_of.start <= dst.as_of.start  # earlier figure is the source


def test_territory_timeline_is_one_evolving_group(
    gold: dict[str, Any], seed_claims: list[Claim], relations: list[Relation]
) -> None:
    pct = [g for g in gold["relations"] if g["expect"] == "updates"]
    ids = {_find(seed_claims, *item[side]).id for item in pct for side in ("a", "b")}
    groups = [g for g in group(seed_claims, relations) if ids & set(g.claims)]
    assert len(groups) == 1 and ids <= set(groups[0].claims)
    assert groups[0].status == "evolving"
