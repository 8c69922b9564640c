"""Gold relations on the seed articles: ingest → extract → hashing embedder → relate.

The embedder is a deterministic hashing bag of words, so the test needs no model; the real
sentence embedder only makes candidate retrieval better, the structured rules decide.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from factcheck.model import Claim, Relation
from factcheck.relate import group, relate

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "gold" / "seeds.json"
SEEDS = ROOT / "seeds"

ingest = pytest.importorskip("factcheck.ingest", reason="factcheck.ingest not available yet")
extract = pytest.importorskip("factcheck.extract", reason="factcheck.extract not available yet")


def hashing_embed(texts: Sequence[str], dim: int = 384) -> np.ndarray:
    """Bag of words hashed into ``dim`` buckets (md5, so stable across runs), L2-normalised."""
    out = np.zeros((len(texts), dim), dtype=np.float32)
    for row, text in enumerate(texts):
        for word in re.findall(r"[a-z0-9]+", text.lower()):
            out[row, int(hashlib.md5(word.encode()).hexdigest(), 16) % dim] += 1.0
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    return out / np.where(norms == 0, 1.0, norms)


@pytest.fixture(scope="module")
def gold() -> dict[str, Any]:
    return json.loads(GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def seed_claims() -> list[Claim]:
    articles, errors = ingest.read_paths([SEEDS])
    assert not errors, errors
    return [c for a in articles for c in extract.extract(a)]


@pytest.fixture(scope="module")
def relations(seed_claims: list[Claim]) -> list[Relation]:
    return relate(seed_claims, hashing_embed([c.context or c.sentence for c in seed_claims]))


def _find(claims: Sequence[Claim], article: str, mention: str) -> Claim:
    hits = [c for c in claims if c.article == article and mention.lower() in c.mention.lower()]
    assert hits, f"no claim {mention!r} in {article}: extraction missed it"
    return hits[0]


def test_gold_relations(
    gold: dict[str, Any], seed_claims: list[Claim], relations: list[Relation]
) -> None:
    by_pair = {frozenset((r.source, r.target)): r for r in relations}
    failures = []
    for item in gold["relations"]:
        a = _find(seed_claims, *item["a"])
        b = _find(seed_claims, *item["b"])
        expect = item["expect"]
        allowed = set(expect) if isinstance(expect, list) else {expect}
        rel = by_pair.get(frozenset((a.id, b.id)))
        got = rel.type if rel else "none"
        if got not in allowed:
            failures.append(f"{item['a'][1]!r} vs {item['b'][1]!r}: got {got}, want {allowed}")
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
