"""Fixtures shared by the suite: the gold file, the seeds, stores, encoders, and the claim
readers of the frames tests."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
GOLD_PATH = DATA / "gold" / "seeds.json"
SEEDS = ROOT / "seeds"
FAKES = DATA / "fa-kes" / "fakes.csv"

# Tests never reach a model hub: the real model loads from the bundled package.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


@pytest.fixture(scope="session")
def gold() -> dict[str, Any]:
    if not GOLD_PATH.is_file():
        pytest.fail(f"gold file missing: {GOLD_PATH}")
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


@pytest.fixture(scope="session")
def fakes_300(tmp_path_factory, fakes_csv) -> Path:
    """The first 300 FA-KES rows as a table of their own: a bulk input that runs in seconds."""
    import csv

    with open(fakes_csv, encoding="latin-1", newline="") as fh:  # latin-1 keeps every byte
        rows = list(csv.reader(fh))
    path = tmp_path_factory.mktemp("fakes") / "fakes300.csv"
    with open(path, "w", encoding="latin-1", newline="") as fh:
        csv.writer(fh).writerows(rows[:301])
    return path


def store_state(store) -> tuple[list, list, list, list]:
    """Everything an add derives, for comparing two stores: articles, claims, vectors, relations."""
    vectors = store.conn.execute(
        "SELECT model, text_hash, vector FROM vectors ORDER BY model, text_hash"
    ).fetchall()
    articles = [(a.id, a.content_hash) for a in store.articles()]
    return articles, store.claims(), vectors, store.relations()


# Frames tests (tests/test_frames*.py): the claims read from one sentence or one article. The
# extractor is imported when first asked for, so other tests do not load the parser.
DAY = date(2023, 2, 8)


def _claim(sentence: str, mention: str, published: date = DAY) -> Any:
    """The first claim of ``sentence`` whose mention holds ``mention``."""
    from factcheck.extract import extract_text

    found = [c for c in extract_text(sentence, published) if mention in c.mention]
    assert found, f"no claim {mention!r} in {sentence!r}"
    return found[0]


def _place(sentence: str, mention: str) -> str | None:
    """The place the parse alone gives a figure (no article default)."""
    from factcheck.extract import frames, parser

    doc = frames.parse([sentence], parser.load())[0]
    start = sentence.index(mention)
    found = frames.frame(doc, start, start + len(mention))
    assert found is not None
    return found.place


def _article_claims(body: str, outlet: str = "The Courier") -> list[Any]:
    """The claims of an article of ``body`` from ``outlet``."""
    from factcheck.extract import extract
    from factcheck.model import Article

    return extract(Article("a", "t", body, date(2023, 5, 17), outlet=outlet))
