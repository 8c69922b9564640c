"""Which index proposes candidates: usearch, hnswlib or faiss on the query an add makes.

`python -m bench.annchoice [N]` builds each index over N clustered unit vectors (384-d, ~50
per cluster, in-cluster similarity about that of one story's claims) and asks, for 20
stored vectors, for every neighbour above a similarity floor, by widening top-k until the
k-th falls below it (how ``factcheck.index`` asks). Recall is against exact search.
sqlite-vec is not in the table: its extension cannot be loaded by a Python whose sqlite3
lacks ``enable_load_extension``, as on these machines.
"""

from __future__ import annotations

import sys
import time

import numpy as np

_FLOOR = 0.31  # near the matcher's floor (0.33) less the index's margin


def _range(search, v: np.ndarray, total: int) -> set[int]:
    k = 64
    while True:
        keys, sims = search(v, min(k, total))
        if len(sims) < k or sims[-1] < _FLOOR or k >= total:
            return {int(a) for a, s in zip(keys, sims, strict=True) if s >= _FLOOR}
        k *= 4


def main(n: int) -> None:
    rng = np.random.default_rng(0)
    d = 384
    centers = rng.standard_normal((n // 50, d)).astype(np.float32)
    x = centers[rng.integers(0, len(centers), n)] + rng.standard_normal((n, d)).astype(np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    queries = x[rng.choice(n, 20, replace=False)]
    exact = [set(np.flatnonzero(x @ v >= _FLOOR)) for v in queries]

    def report(name: str, build_s: float, search) -> None:
        t = time.perf_counter()
        got = [_range(search, v, n) for v in queries]
        per = (time.perf_counter() - t) / len(queries)
        recall = np.mean([len(g & e) / max(len(e), 1) for g, e in zip(got, exact, strict=True)])
        rate = f"{n / build_s:,.0f}/s" if build_s else "-"
        print(f"{name:28} build {rate:>9}  query {per * 1000:6.1f} ms  recall {recall:.4f}")

    from usearch.index import Index

    for dtype in ("f16", "i8"):
        idx = Index(ndim=d, metric="cos", dtype=dtype, expansion_add=128, expansion_search=256)
        t = time.perf_counter()
        idx.add(np.arange(n), x, threads=2)
        build = time.perf_counter() - t

        def usearch_search(v, k, idx=idx):
            m = idx.search(v, k, threads=1)
            return m.keys, 1 - m.distances

        report(f"usearch HNSW {dtype}", build, usearch_search)

    import hnswlib

    h = hnswlib.Index(space="ip", dim=d)
    h.init_index(max_elements=n, ef_construction=128, M=16)
    t = time.perf_counter()
    h.add_items(x, np.arange(n), num_threads=2)
    build = time.perf_counter() - t

    def hnsw_search(v, k):
        h.set_ef(max(256, k))
        labels, dist = h.knn_query(v, k=k)
        return labels[0], 1 - dist[0]

    report("hnswlib HNSW f32", build, hnsw_search)

    import faiss

    flat = faiss.IndexFlatIP(d)
    flat.add(x)

    def flat_search(v, k):
        _, sims, ids = flat.range_search(v[None], _FLOOR)
        order = np.argsort(-sims)
        return ids[order], sims[order]

    report("faiss flat (exact scan)", 0.0, flat_search)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
