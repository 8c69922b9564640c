"""The project's embedder against a plain `SentenceTransformer.encode` of the same texts.

Same texts (claim contexts from FA-KES), same batch size, same loaded model, several repeats
alternating the two so neither gets a warmer machine; the ratio is what to watch.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from bench.common import FAKES


def _texts(limit: int) -> list[str]:
    from factcheck.extract import extract
    from factcheck.ingest import read_paths

    articles, _ = read_paths([FAKES])
    texts: list[str] = []
    for article in articles:
        texts.extend(c.embedding_text for c in extract(article))
        if len(texts) >= limit:
            break
    return texts[:limit]


def run(repeats: int = 3, n_texts: int = 1000) -> dict[str, float]:
    from factcheck.embed import (
        SentenceTransformerEmbedder,
        embed_cached,
        resolve_model,
        weights_hash,
    )
    from factcheck.store import Store

    texts = _texts(n_texts)
    spec = resolve_model(None, env={})
    ours = SentenceTransformerEmbedder(spec, weights_hash(spec), batch_size=64)
    model = ours._load()  # the same loaded model for both sides
    plain_t, ours_t, cached_t = [], [], []
    for _ in range(repeats):
        t = time.perf_counter()
        model.encode(texts, batch_size=64, normalize_embeddings=True, convert_to_numpy=True)
        plain_t.append(time.perf_counter() - t)
        with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "b.db") as store:
            t = time.perf_counter()
            _, fresh = embed_cached(store, ours, texts)
            store.put_vectors(ours.info.name, fresh)
            ours_t.append(time.perf_counter() - t)
            t = time.perf_counter()
            embed_cached(store, ours, texts)
            cached_t.append(time.perf_counter() - t)
    plain, mine, cached = (statistics.median(x) for x in (plain_t, ours_t, cached_t))
    return {
        "embed_texts": len(texts),
        "embed_plain_encode_per_s": len(texts) / plain,
        "embed_factcheck_cold_per_s": len(texts) / mine,
        "embed_factcheck_cached_per_s": len(texts) / cached,
        "embed_speed_ratio_cold": plain / mine,
    }


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key:32} {value}")
