"""One new article into stores of 10k, 100k and 1M claims: the add must cost the same.

The store holds seeds and 300 FA-KES rows embedded with the real model (the claims a new war
article relates to), then synthetic claims up to each size: copies of those claims under new
ids and articles, each with its own context and a random unit vector (another story's claim:
it reaches no real claim's similarity floor). So every size gives the new article the same
neighbours, and what grows is only what an add must *not* read. The claim index is built
(``factcheck.index.rebuild``, then folded forward by ``refresh``) before each size is timed,
as a store that has grown by adds would have it; its build time is reported too, and the
index's recall: the share of the claims an exact scan puts at the similarity floor that the
index proposed for the new article.
"""

from __future__ import annotations

import json
import os
import statistics
import tempfile
import time
from pathlib import Path

import numpy as np

from bench.common import FAKES, SEEDS
from bench.ingest import NEW_ARTICLE

SIZES = (10_000, 100_000, 1_000_000)
_TOWNS = ("Saraqib", "Binnish", "Taftanaz", "Sarmin", "Maarrat", "Ariha", "Jisr", "Kafr")
_PER_ARTICLE = 20  # synthetic claims per synthetic article (FA-KES: 9 per article)


def _base_rows(tmp: Path, rows: int = 300) -> Path:
    import csv

    with open(FAKES, encoding="latin-1", newline="") as fh:
        table = list(csv.reader(fh))
    out = tmp / "fakes-part.csv"
    with open(out, "w", encoding="latin-1", newline="") as fh:
        csv.writer(fh).writerows(table[: rows + 1])
    return out


def _fill(store, model: str, target: int, rng: np.random.Generator) -> None:
    """Synthetic claims up to ``target``, written straight into the tables in one go."""
    have = store.claim_count()
    if have >= target:
        return
    templates = [json.loads(r[0]) for r in store.conn.execute("SELECT data FROM claims LIMIT 2000")]
    dim = int(store.conn.execute("SELECT dim FROM vectors LIMIT 1").fetchone()[0])
    seq = int(store.conn.execute("SELECT COALESCE(MAX(seq), 0) FROM articles").fetchone()[0])
    from factcheck.model import sha256_text

    with store.transaction():
        n = have
        while n < target:
            chunk = min(50_000, target - n)
            vecs = rng.standard_normal((chunk, dim)).astype(np.float32)
            vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
            articles, claims, vectors = [], [], []
            for k in range(chunk):
                i = n + k
                art = f"synthetic-{i // _PER_ARTICLE}"
                if i % _PER_ARTICLE == 0 or k == 0:
                    seq += 1
                    articles.append((sha256_text(art), art, art, "synthetic", seq))
                d = dict(templates[i % len(templates)])
                d["id"], d["article"] = f"syn{i:08d}", art
                d["context"] = f"{d['context'] or d['sentence']} [story {i}]"
                h = sha256_text(d["context"])
                claims.append((d["id"], art, h, json.dumps(d)))
                vectors.append((model, h, dim, vecs[k].tobytes()))
            store.conn.executemany(
                "INSERT OR IGNORE INTO articles(hash, id, title, body, published, outlet, path,"
                " date_source, warnings, added_at, seq) VALUES (?,?,?,?,NULL,NULL,NULL,"
                "'unknown','[]','',?)",
                [(h, a, t, b, s) for h, a, t, b, s in articles],
            )
            store.conn.executemany("INSERT INTO claims VALUES (?,?,?,?)", claims)
            store.conn.executemany("INSERT OR IGNORE INTO vectors VALUES (?,?,?,?)", vectors)
            n += chunk


def _recall(
    store, model: str, vectors: np.ndarray, floor: float, found: tuple[str, ...], own: set[str]
) -> float:
    """Share of the stored claims an exact scan puts at the floor that the index proposed."""
    keys, matrix = store.index_tail_matrix(model, 0)
    hit = (matrix @ np.asarray(vectors, dtype=np.float32).T >= floor).any(axis=1)
    del matrix
    want = set(store.claims_of_keys([int(k) for k in keys[hit]])) - own
    return round(len(want & set(found)) / len(want), 4) if want else 1.0


def run(repeats: int = 3) -> dict[str, float]:
    from factcheck.bulk import add_bulk
    from factcheck.embed import make_embedder
    from factcheck.index import neighbours, rebuild, refresh
    from factcheck.pipeline import add, model_key
    from factcheck.store import Store
    from factcheck.verdicts import load

    sizes = [int(s) for s in os.environ.get("FACTCHECK_BENCH_SIZES", "").split(",") if s]
    results: dict[str, float] = {}
    rng = np.random.default_rng(15)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        db = work / "scale.db"
        with Store(db) as store:
            embedder = make_embedder(None, store)
            add_bulk(store, [SEEDS, _base_rows(work)], embedder=embedder)
            model = model_key(embedder.info)
            results["addscale_real_claims"] = store.claim_count()
            embedder.encode(["warm the model up"])  # model loaded: time the add alone
            for n, size in enumerate(sizes or SIZES):
                _fill(store, model, size, rng)
                t = time.perf_counter()
                # folded in as adds would (each size adds to the index of the one before)
                refresh(store, model, limit=0) if n else rebuild(store, model)
                results[f"addscale_index_build_{size}_s"] = round(time.perf_counter() - t, 2)
                times, cpu = [], []
                for i in range(repeats):
                    town = _TOWNS[(n * repeats + i) % len(_TOWNS)]
                    path = work / f"new-{size}-{i}.txt"
                    path.write_text(
                        NEW_ARTICLE.replace("two towns", f"{town} and its outskirts {n}"),
                        encoding="utf-8",
                    )
                    t, c = time.perf_counter(), time.process_time()
                    delta = add(store, [path], embedder)
                    times.append(time.perf_counter() - t)
                    cpu.append(time.process_time() - c)
                v = embedder.encode([c.embedding_text for c in delta.claims])
                found = neighbours(store, model, v, load().floor, [c.id for c in delta.claims])
                results[f"addscale_{size}_index_recall"] = _recall(
                    store, model, v, load().floor, found.claim_ids, {c.id for c in delta.claims}
                )
                results[f"addscale_{size}_claims"] = store.claim_count()
                results[f"addscale_add_one_{size}_s"] = round(statistics.median(times), 3)
                # CPU time too: on a shared machine the wall time is mostly waiting for a core
                results[f"addscale_add_one_{size}_cpu_s"] = round(statistics.median(cpu), 3)
                results[f"addscale_{size}_candidates_read"] = len(found.claim_ids)
                print(
                    f"  {size:>9,} claims: add {statistics.median(times):.3f} s"
                    f" ({statistics.median(cpu):.3f} s CPU),"
                    f" {len(found.claim_ids)} candidate claims read (recall"
                    f" {results[f'addscale_{size}_index_recall']}),"
                    f" index built in {results[f'addscale_index_build_{size}_s']} s",
                    flush=True,
                )
    done = [results[f"addscale_add_one_{size}_cpu_s"] for size in sizes or SIZES]
    results["addscale_largest_over_smallest_x"] = round(done[-1] / done[0], 2)
    return results


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key:40} {value}")
