"""The claim index: adds that read only their neighbours relate exactly as one add does."""

from __future__ import annotations

import csv

import numpy as np

from factcheck import index
from factcheck.pipeline import add, model_key
from factcheck.store import Store
from factcheck.verdicts import load


def _parts(fakes_300, tmp_path, size: int = 100) -> list:
    with open(fakes_300, encoding="latin-1", newline="") as fh:
        rows = list(csv.reader(fh))
    paths = []
    for n, lo in enumerate(range(1, len(rows), size)):
        path = tmp_path / f"part{n}.csv"
        with open(path, "w", encoding="latin-1", newline="") as fh:
            csv.writer(fh).writerows([rows[0], *rows[lo : lo + size]])
        paths.append(path)
    return paths


def _texts(store: Store) -> int:
    """The index holds each distinct context once."""
    return store.conn.execute("SELECT COUNT(DISTINCT context_hash) FROM claims").fetchone()[0]


def test_adds_through_the_ann_index_relate_like_one_add(
    tmp_path, seeds_dir, fakes_300, hashing_embedder, monkeypatch
):
    files = [*sorted(seeds_dir.glob("*.txt")), *_parts(fakes_300, tmp_path)]
    monkeypatch.setattr(index, "TAIL_LIMIT", 0)  # every add folds its claims into the index
    with Store(tmp_path / "one.db") as one, Store(tmp_path / "many.db") as many:
        add(one, files, hashing_embedder)
        for f in files:
            add(many, [f], hashing_embedder)
        model = model_key(hashing_embedder.info)
        assert index._existing(many, model), "the adds should have written an index file"
        assert many.relations() == one.relations()
        # and the index proposes every stored claim that reaches the floor, exactly found
        claims = many.claims()
        vectors = hashing_embedder.encode([c.embedding_text for c in claims[:40]])
        found = index.neighbours(many, model, vectors, load().floor)
        assert found.indexed == _texts(many) and found.scanned == 0
        every = hashing_embedder.encode([c.embedding_text for c in claims])
        hits = (every @ vectors.T >= load().floor).any(axis=1)
        assert {c.id for c, h in zip(claims, hits, strict=True) if h} <= set(found.claim_ids)


def test_the_tail_is_scanned_exactly_and_folded_past_the_limit(
    tmp_path, seeds_dir, hashing_embedder
):
    with Store(tmp_path / "s.db") as store:
        add(store, [seeds_dir], hashing_embedder)
        model = model_key(hashing_embedder.info)
        assert not index._existing(store, model)  # 29 claims: under the limit, no file
        v = hashing_embedder.encode(["[NUM] civilians were evacuated from eastern Aleppo"])
        found = index.neighbours(store, model, v, 0.0)
        assert found.scanned == store.claim_count() and found.indexed == 0
        assert index.refresh(store, model, limit=0)
        assert index.neighbours(store, model, v, 0.0).indexed == _texts(store)


def test_removed_claims_are_never_proposed_and_rebuild_drops_them(
    tmp_path, seeds_dir, hashing_embedder
):
    with Store(tmp_path / "s.db") as store:
        add(store, [seeds_dir], hashing_embedder)
        model = model_key(hashing_embedder.info)
        assert index.rebuild(store, model) == _texts(store)
        gone = store.articles()[0].id
        store.delete_article(gone)
        v = np.ones((1, 256), dtype=np.float32) / 16
        found = index.neighbours(store, model, v, -1.0)
        assert found.claim_ids and all(not c.startswith(gone) for c in found.claim_ids)
        assert len(found.claim_ids) == store.claim_count()
        assert index.rebuild(store, model) == _texts(store)


def test_a_text_repeated_across_articles_is_indexed_once_and_found_for_every_claim(
    tmp_path, hashing_embedder, monkeypatch
):
    """Identical vectors made the graph walk miss; each text is held once, and a hit on it
    leads to every article's claim of that text, through the walk as through the scan."""
    sentence = "Some 4,000 civilians were evacuated from eastern Aleppo on Thursday."
    for n in range(6):
        (tmp_path / f"copy{n}.txt").write_text(f"Outlet {n} report\n\n{sentence}\n")
    (tmp_path / "other.txt").write_text("Another story\n\nThe bank cut its rate by 0.25%.\n")
    monkeypatch.setattr(index, "EXACT_UPTO", 0)  # walk the graph even at this size
    with Store(tmp_path / "s.db") as store:
        add(store, sorted(tmp_path.glob("*.txt")), hashing_embedder)
        model = model_key(hashing_embedder.info)
        assert index.rebuild(store, model) == _texts(store) < store.claim_count()
        v = hashing_embedder.encode([c.embedding_text for c in store.claims()[:1]])
        found = index.neighbours(store, model, v, load().floor)
        copies = {c.id for c in store.claims() if c.sentence.strip() == sentence}
        assert len(copies) == 6 and copies <= set(found.claim_ids)
