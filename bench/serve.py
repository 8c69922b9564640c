"""The review desk's queue page on the FA-KES store: server time of `GET /`.

The store is built once with the model-free ``hash:256`` encoder (the real model takes about
twice as long and only changes which pairs become candidates); the printed figures say so.
Times are in-process through Starlette's TestClient, so they are the server's work (reading
the store, ranking, rendering), not a network's. Three figures: the first load (the snapshot
is read), a load with nothing changed (the snapshot is kept), and a load right after a
decision (the snapshot is read again).
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from bench.common import FAKES

ENCODER = "hash:256"


def _timed_get(client, url: str) -> float:
    t = time.perf_counter()
    page = client.get(url)
    seconds = time.perf_counter() - t
    if page.status_code != 200:
        raise RuntimeError(f"GET {url}: {page.status_code}")
    return seconds


def run(repeats: int = 3) -> dict[str, float | str | int]:
    import re

    from starlette.testclient import TestClient

    from factcheck.embed import make_embedder
    from factcheck.pipeline import add
    from factcheck.serve import create_app
    from factcheck.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "fakes.db"
        with Store(db) as store:
            add(store, [FAKES], make_embedder(ENCODER, store))
        with TestClient(create_app(db, model=ENCODER)) as client:
            first = _timed_get(client, "/")
            warm = [_timed_get(client, "/") for _ in range(max(3, repeats * 3))]
            page = client.get("/").text
            csrf = re.search(r'name="csrf" value="([0-9a-f]+)"', page).group(1)
            ids = re.findall(r'data-relation="([0-9a-f]+)"', page)
            changed = []
            for rel in ids[: max(3, repeats)]:
                client.post(
                    "/review",
                    data={"csrf": csrf, "relation": rel, "decision": "accepted", "reviewer": "b"},
                    follow_redirects=False,  # the next GET is the one that re-reads the store
                )
                changed.append(_timed_get(client, "/"))
            open_conflicts = int(re.search(r"(\d+) open conflict", page).group(1))
    return {
        "serve_store": f"FA-KES, {ENCODER} encoder",
        "serve_open_conflicts": open_conflicts,
        "serve_queue_first_s": first,
        "serve_queue_s": statistics.median(warm),
        "serve_queue_after_decision_s": statistics.median(changed),
    }


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key:32} {value}")
