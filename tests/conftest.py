"""Fixtures shared by the suite: the gold file, the seeds, stores and encoders."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
GOLD_PATH = SHARED / "gold" / "seeds.json"
SEEDS = ROOT / "seeds"
FAKES = SHARED / "data" / "fa-kes" / "fakes.csv"

# Tests never reach a model hub: the real model loads from the bundled package.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


@pytest.fixture(scope="session")
def gold() -> dict[str, Any]:
    if not GOLD_PATH.is_file():
        pytest.fail(f"gold file missing: {GOLD_PATH} (shared/ must sit beside the repo)")
    return json.loads(GOLD_PATH.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def fakes_csv() -> Path:
    if not FAKES.is_file():
        pytest.fail(f"FA-KES missing: {FAKES}")
    return FAKES


@pytest.fixture()
def hashing_embedder():
    from factcheck.embed import HashingEmbedder

    return HashingEmbedder(256)


@pytest.fixture()
def store(tmp_path):
    from factcheck.store import Store

    with Store(tmp_path / "test.db") as s:
        yield s


@pytest.fixture(scope="session")
def real_embedder():
    """The bundled all-MiniLM-L6-v2, verified and loaded once for the whole session."""
    from factcheck.embed import SentenceTransformerEmbedder, resolve_model, weights_hash

    spec = resolve_model(None, env={})
    return SentenceTransformerEmbedder(spec, weights_hash(spec))


@pytest.fixture(scope="session")
def seed_articles():
    from factcheck.ingest import read_paths

    articles, errors = read_paths([SEEDS])
    assert not errors, errors
    return {a.id: a for a in articles}


# The JSON report contract of DESIGN.md: field -> accepted types. Fields may be added, never
# renamed or dropped, so the check is "every contract field present with its type".
_NUM = (int, float)
CONTRACT = {
    "top": {
        "generated": str,
        "articles": list,
        "claims": list,
        "relations": list,
        "groups": list,
        "summary": dict,
    },
    "article": {
        "id": str,
        "title": str,
        "outlet": (str, type(None)),
        "published": (str, type(None)),
        "path": (str, type(None)),
    },
    "claim": {
        "id": str,
        "article": str,
        "mention": str,
        "sentence": str,
        "start": int,
        "end": int,
        "kind": str,
        "value": (*_NUM, type(None)),
        "low": (*_NUM, type(None)),
        "high": (*_NUM, type(None)),
        "unit": str,
        "stated": dict,
        "measure": str,
        "as_of": (dict, type(None)),
        "place": (str, type(None)),
        "attribution": (str, type(None)),
    },
    "stated": {
        "value": (*_NUM, type(None)),
        "low": (*_NUM, type(None)),
        "high": (*_NUM, type(None)),
        "unit": str,
    },
    "relation": {"source": str, "target": str, "type": str, "confidence": _NUM, "reason": str},
    "group": {"id": str, "measure": str, "claims": list, "status": str},
    "summary": {"articles": int, "claims": int, "agrees": int, "contradicts": int, "updates": int},
}


def contract_errors(report: dict[str, Any]) -> list[str]:
    """Every way ``report`` breaks the JSON contract (empty when it keeps it)."""
    from datetime import date, datetime

    errors: list[str] = []

    def check(obj: Any, shape: str, where: str) -> None:
        if not isinstance(obj, dict):
            errors.append(f"{where}: not an object")
            return
        for key, types in CONTRACT[shape].items():
            if key not in obj:
                errors.append(f"{where}: missing {key}")
            elif not isinstance(obj[key], types) or isinstance(obj[key], bool):
                errors.append(f"{where}.{key}: {type(obj[key]).__name__}")

    check(report, "top", "report")
    if errors:
        return errors
    datetime.fromisoformat(report["generated"].replace("Z", "+00:00"))
    check(report["summary"], "summary", "summary")
    for i, a in enumerate(report["articles"]):
        check(a, "article", f"articles[{i}]")
        if a.get("published"):
            date.fromisoformat(a["published"])
    article_ids = {a["id"] for a in report["articles"]}
    claim_ids = set()
    for i, c in enumerate(report["claims"]):
        check(c, "claim", f"claims[{i}]")
        check(c.get("stated"), "stated", f"claims[{i}].stated")
        claim_ids.add(c.get("id"))
        if c.get("kind") not in (
            "percent",
            "count",
            "date",
            "duration",
            "distance",
            "money",
            "other",
        ):
            errors.append(f"claims[{i}].kind {c.get('kind')!r}")
        if c.get("article") not in article_ids:
            errors.append(f"claims[{i}] names unknown article")
        if c.get("as_of"):
            date.fromisoformat(c["as_of"]["start"])
            date.fromisoformat(c["as_of"]["end"])
    for i, r in enumerate(report["relations"]):
        check(r, "relation", f"relations[{i}]")
        if r.get("type") not in ("agrees", "contradicts", "updates"):
            errors.append(f"relations[{i}].type {r.get('type')!r}")
        if not 0 <= r.get("confidence", -1) <= 1:
            errors.append(f"relations[{i}].confidence out of [0, 1]")
        if r.get("source") not in claim_ids or r.get("target") not in claim_ids:
            errors.append(f"relations[{i}] names unknown claims")
    for i, g in enumerate(report["groups"]):
        check(g, "group", f"groups[{i}]")
        if g.get("status") not in ("consistent", "conflicting", "evolving"):
            errors.append(f"groups[{i}].status {g.get('status')!r}")
    s = report["summary"]
    if s.get("articles") != len(report["articles"]) or s.get("claims") != len(report["claims"]):
        errors.append("summary counts do not match the lists")
    for t in ("agrees", "contradicts", "updates"):
        if s.get(t) != sum(1 for r in report["relations"] if r.get("type") == t):
            errors.append(f"summary.{t} does not match the relations")
    return errors
