"""Leave-one-story-out figure for the one value tuned on the dev stories.

``_MAIN_PLACE_SHARE`` decides when a town or region, rather than its country, is what an
article is about. For each dev story, the value is chosen on the other dev stories and the
place accuracy of the held-out story is scored: ``python -m bench.accuracy.loso``.
"""

from __future__ import annotations

import sys

import factcheck.extract as extract_module
from bench.accuracy.gold import load_stories
from bench.accuracy.score import field_hits, match_claims
from factcheck.extract import extract
from factcheck.ingest import read_paths

GRID = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.01)  # 1.01: never a town, always the country


def place_tally(story: object) -> tuple[int, int]:
    articles, _ = read_paths(list(story.paths))  # type: ignore[attr-defined]
    claims = [c for a in articles for c in extract(a)]
    gold = story.gold["claims"]  # type: ignore[attr-defined]
    matched = match_claims(gold, claims, {a.id: a.body for a in articles})
    outlets = {a.id: a.outlet for a in articles}
    hits = [field_hits(matched.get(i), g, outlets.get(g["article"])) for i, g in enumerate(gold)]
    scored = [h["place"] for h in hits if "place" in h]
    return sum(scored), len(scored)


def main() -> int:
    dev = [s for s in load_stories() if s.split == "dev"]
    table: dict[float, dict[str, tuple[int, int]]] = {}
    for value in GRID:
        extract_module._MAIN_PLACE_SHARE = value  # the module constant under study
        table[value] = {s.name: place_tally(s) for s in dev}
    held_hits = held_total = 0
    for story in dev:

        def rest(value: float, name: str = story.name) -> float:
            pairs = [t for n, t in table[value].items() if n != name]
            return sum(h for h, _ in pairs) / max(1, sum(n for _, n in pairs))

        best = max(GRID, key=rest)
        hits, total = table[best][story.name]
        held_hits, held_total = held_hits + hits, held_total + total
        print(f"{story.name:28} chosen {best:.2f}  held-out place {hits / max(1, total):.2f}")
    overall = {
        v: sum(h for h, _ in t.values()) / sum(n for _, n in t.values()) for v, t in table.items()
    }
    print("dev place accuracy by value: " + ", ".join(f"{v}: {a:.3f}" for v, a in overall.items()))
    print(f"leave-one-story-out place accuracy: {held_hits / max(1, held_total):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
