"""How relate() scales: synthetic corpora of 10k, 30k and 100k claims.

Claims come in "stories" of about ten (one measure reported by several outlets on nearby days),
with a realistic mix of kinds, roles, places and dates; each story's vectors cluster around a
random centre (cosine ~0.5 inside a story, ~0 across), the shape real sentence embeddings
of news have. Run: ``python bench/matching.py``.
"""

from __future__ import annotations

import itertools
import statistics
import sys
import time
from datetime import date, timedelta

import numpy as np

from factcheck.model import Claim, DateSpan, Stated
from factcheck.relate import relate

SIZES = (10_000, 30_000, 100_000)
DIM = 384
STORY_SIZE = 10

_KINDS = ("count", "percent", "date", "duration", "distance", "money")
_KIND_P = (0.5, 0.2, 0.1, 0.1, 0.05, 0.05)
_ROLES = ("killed", "injured", "fled", "remaining", "arrested", None)
_ROLE_P = (0.35, 0.25, 0.15, 0.1, 0.05, 0.1)
_SUBJECTS = ("civilians", "children", "fighters", "soldiers", "people")
_CITIES = ("Aleppo", "Homs", "Idlib", "Raqqa", "Deir ez-Zor", "Daraa", "Hama", "Ghouta")
_PLACES = (*(f"{d}{c}".strip() for c in _CITIES for d in ("", "eastern ", "western ")), None)
_EVENTS = ("offensive", "siege", "war", "rebel control", "truce", "talks")
_HOLDERS = ("government", "rebels")
_START = date(2015, 1, 1)


def synthetic(n: int, seed: int = 0) -> tuple[list[Claim], np.ndarray]:
    """n claims in stories of ~STORY_SIZE, with clustered unit vectors (float32, DIM)."""
    rng = np.random.default_rng(seed)
    stories = max(1, n // STORY_SIZE)
    centres = rng.standard_normal((stories, DIM)).astype(np.float32)
    centres /= np.linalg.norm(centres, axis=1, keepdims=True)
    story_of = rng.integers(0, stories, n)
    kinds = rng.choice(len(_KINDS), stories, p=_KIND_P)
    roles = rng.choice(len(_ROLES), stories, p=_ROLE_P)
    subjects = rng.integers(0, len(_SUBJECTS), stories)
    places = rng.integers(0, len(_PLACES), stories)
    events = rng.integers(0, len(_EVENTS), stories)
    holders = rng.integers(0, len(_HOLDERS), stories)
    days = rng.integers(0, 730, stories)
    base = rng.uniform(5, 500, stories)
    claims: list[Claim] = []
    for i in range(n):
        s = int(story_of[i])
        kind = _KINDS[kinds[s]]
        day = _START + timedelta(days=int(days[s] + rng.integers(0, 4)))
        value: float | None = round(float(base[s] * rng.uniform(0.8, 1.2)))
        unit = {"percent": "%", "duration": "days", "distance": "km", "money": "usd"}.get(kind, "")
        if kind == "percent":
            value = float(min(value, 100))
        cumulative = bool(rng.random() < 0.2)
        approx = bool(rng.random() < 0.3)
        low = high = value
        if approx and value is not None:
            low, high = value * 0.9, value * 1.1
        if kind == "date":
            value = low = high = None
        claims.append(
            Claim(
                id=f"claim{i:07d}",
                article=f"art{i // 8:06d}",
                mention=str(value),
                sentence="",
                start=0,
                end=1,
                kind=kind,
                value=value,
                low=low,
                high=high,
                unit=unit,
                stated=Stated(value, value, value, unit),
                as_of=DateSpan.day(day),
                place=_PLACES[places[s]],
                attribution=None,
                subject=_SUBJECTS[subjects[s]] if kind in ("count", "distance") else "territory",
                role=_ROLES[roles[s]] if kind in ("count", "money") else "captured",
                holder=_HOLDERS[holders[s]] if kind == "percent" else None,
                event=_EVENTS[events[s]] if kind in ("date", "duration") else None,
                cumulative=cumulative,
                approximate=approx,
            )
        )
    noise = rng.standard_normal((n, DIM)).astype(np.float32) / np.sqrt(DIM)
    vectors = centres[story_of] + noise
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    return claims, vectors.astype(np.float32)


def run(repeats: int = 3, sizes: tuple[int, ...] = SIZES) -> dict[str, object]:
    """Median relate() time per size, relations found, and growth per doubling."""
    rows = []
    for n in sizes:
        claims, vectors = synthetic(n)
        times = []
        found = 0
        for _ in range(repeats):
            t0 = time.perf_counter()
            found = len(relate(claims, vectors))
            times.append(time.perf_counter() - t0)
        med = statistics.median(times)
        rows.append({"claims": n, "seconds": med, "relations": found, "claims_per_s": n / med})
    for prev, row in itertools.pairwise(rows):
        doublings = np.log2(row["claims"] / prev["claims"])
        row["ratio_per_doubling"] = (row["seconds"] / prev["seconds"]) ** (1 / doublings)
    return {"repeats": repeats, "dim": DIM, "rows": rows}


def main(argv: list[str]) -> None:
    repeats = int(argv[1]) if len(argv) > 1 else 3
    out = run(repeats)
    print(f"relate() on synthetic claims, dim {out['dim']}, median of {out['repeats']}")
    print(f"{'claims':>8} {'seconds':>9} {'claims/s':>10} {'relations':>10} {'x/doubling':>11}")
    for r in out["rows"]:  # type: ignore[attr-defined]
        ratio = f"{r['ratio_per_doubling']:.2f}" if "ratio_per_doubling" in r else "-"
        print(
            f"{r['claims']:>8} {r['seconds']:>9.2f} {r['claims_per_s']:>10.0f} "
            f"{r['relations']:>10} {ratio:>11}"
        )
    print("(a linear matcher doubles its time per doubling of claims: x/doubling = 2.0)")


if __name__ == "__main__":
    main(sys.argv)
