"""Fit where measures stop merging: ``python -m bench.accuracy.link``.

Runs the dev stories and FA-KES once and keeps every stored pairwise relation, then cuts them
into measures (``factcheck.measures.partition``) at each mean link on a grid and counts the
labelled pairs judged right: the gold relations and traps of the dev stories and the judged
FA-KES pairs, never a test story. The link that gets the most pairs right (the smallest, on a
tie) is written to ``factcheck/data/measure_link.json`` with the whole grid.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from bench.accuracy.fakes import FAKES_CSV, score_judged
from bench.accuracy.gold import Story, load_stories
from bench.accuracy.score import Tally, score_story
from factcheck.embed import Embedder, make_embedder
from factcheck.measures import LINK_PATH
from factcheck.model import CheckResult
from factcheck.pipeline import check, stored, with_reviews
from factcheck.store import Store

# From no cut (connected components) through one relation in 200 pairs up to the majority
# rule, evenly on a log scale: the fitted link has ranged over two decades as models changed.
GRID = (0.0, *(round(float(x), 4) for x in np.geomspace(0.005, 0.5, 15)))


def raw(paths: Sequence[Path], embedder: Embedder) -> CheckResult:
    """Every pairwise relation factcheck stores for these files, before measures cut them."""
    with (
        tempfile.TemporaryDirectory(prefix="factcheck-link-") as tmp,
        Store(Path(tmp) / "story.db") as store,
    ):
        check(store, list(paths), embedder)
        return stored(store, embedder.info)


def right(stories: Sequence[tuple[Story, CheckResult]], link: float) -> tuple[int, int]:
    """Labelled pairs of these dev stories judged right, and all of them, at this link."""
    tally = Tally()
    for story, result in stories:
        cut = with_reviews(result, [], link)
        tally.merge(score_story(story.gold, cut.articles, cut.claims, cut.relations)[0])
    return tally.hits["rel.pairs.right"], tally.totals["rel.pairs.right"]


def fit(dev: Sequence[tuple[Story, CheckResult]], fakes: CheckResult) -> dict[str, Any]:
    grid = []
    for link in GRID:
        hits, total = right(dev, link)
        judged = score_judged(with_reviews(fakes, [], link))["relations"]["pairs"]
        fk_hits = round(judged["right"] * judged["gold"])
        pooled = (hits + fk_hits) / (total + judged["gold"])
        grid.append(
            {
                "link": link,
                "dev": round(hits / total, 4),
                "fa-kes": judged["right"],
                "pooled": round(pooled, 4),
            }
        )
        print(
            f"link {link:<7} dev {hits / total:.4f}  fa-kes {judged['right']:.4f}  "
            f"pooled {pooled:.4f}",
            flush=True,
        )
    best = max(grid, key=lambda g: (g["pooled"], -g["link"]))
    return {
        "about": "Mean link at which measures stop merging (factcheck.measures.partition). "
        "Written by `python -m bench.accuracy.link`; do not edit.",
        "link": best["link"],
        "fitted_on": [*sorted(s.name for s, _ in dev), "fa-kes"],
        "grid": grid,
    }


def main() -> int:
    started = time.perf_counter()
    embedder = make_embedder(None)
    dev = [(s, raw(s.paths, embedder)) for s in load_stories() if s.split == "dev"]
    fitted = fit(dev, raw([FAKES_CSV], embedder))
    LINK_PATH.write_text(json.dumps(fitted, indent=2) + "\n", encoding="utf-8")
    print(f"link {fitted['link']} -> {LINK_PATH} ({time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
