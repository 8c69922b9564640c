"""Extraction speed on real news sentences, against quantulum3 as an outside yardstick.

FA-KES article bodies (804 Syrian-war casualty articles) are split into sentences with a simple
regex; the first ``SENTENCES`` non-empty ones are timed through ``find_quantities`` (the number
parser alone) and, when it exists, ``factcheck.extract.extract_text`` (the whole extraction,
one sentence at a time, with the article's date as publication date). The sentences that hold
a figure are timed both one call each and through ``extract_texts``, which parses them in
shared batches as ``factcheck add`` of many articles and ``extract --lines FILE`` do. quantulum3's
``parser.parse`` is slow, so it runs on the first ``QUANTULUM_SENTENCES`` of the same sentences;
every rate is per sentence so the figures compare. Each timing is the median of ``repeats``
runs after one warm-up (quantulum3 loads its classifier on first use). The process is pinned to
one core where the OS allows, because the targets (number parser >= 5,000 sentences/s, whole
extraction >= 2,000) are per core.

Run: ``python bench/extraction.py [repeats]``.
"""

from __future__ import annotations

import csv
import os
import re
import statistics
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from factcheck.extract.numbers import find_quantities

DATA = Path(__file__).resolve().parents[1] / "data" / "fa-kes" / "fakes.csv"
SENTENCES = 3000
QUANTULUM_SENTENCES = 300
_SPLIT_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“'(])")


def load_sentences(path: Path = DATA, limit: int = SENTENCES) -> list[tuple[str, date | None]]:
    """The first ``limit`` sentences of FA-KES bodies with their article's date."""
    csv.field_size_limit(1 << 30)
    out: list[tuple[str, date | None]] = []
    with path.open(encoding="utf-8", errors="replace", newline="") as f:
        for row in csv.DictReader(f):
            published = _date(row.get("date") or "")
            for sentence in _SPLIT_RE.split(row.get("article_content") or ""):
                sentence = sentence.strip()
                if sentence:
                    out.append((sentence, published))
                    if len(out) >= limit:
                        return out
    return out


def _date(text: str) -> date | None:
    try:
        return date.fromisoformat(text.strip()[:10])
    except ValueError:
        return None


@contextmanager
def one_core() -> Iterator[bool]:
    """Pin to one core for the duration (Linux); yields whether pinning took effect."""
    get = getattr(os, "sched_getaffinity", None)
    set_ = getattr(os, "sched_setaffinity", None)
    if get is None or set_ is None:
        yield False
        return
    before = get(0)
    try:
        set_(0, {min(before)})
    except OSError:
        yield False
        return
    try:
        yield True
    finally:
        set_(0, before)


def _median_seconds(work: Callable[[], object], repeats: int) -> float:
    work()  # warm-up: imports, lazy model loads, regex caches
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        work()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def _rate(name: str, n: int, seconds: float, found: int) -> dict[str, Any]:
    return {
        "name": name,
        "sentences": n,
        "seconds": seconds,
        "sentences_per_s": n / seconds if seconds > 0 else float("inf"),
        "found_per_sentence": found / n if n else 0.0,
    }


def run(repeats: int = 5) -> dict[str, Any]:
    """Time our parser, our whole extraction and quantulum3 on the same sentences.

    Returns ``{"pinned": bool, "rows": [...], "ratio_find_quantities": float, ...}`` where
    each row has name, sentences, seconds (median), sentences_per_s and found_per_sentence,
    and each ratio is our sentences/s over quantulum3's.
    """
    items = load_sentences()
    rows: list[dict[str, Any]] = []
    with one_core() as pinned:

        def ours() -> int:
            return sum(len(find_quantities(s, d)) for s, d in items)

        rows.append(_rate("find_quantities", len(items), _median_seconds(ours, repeats), ours()))

        extract_text = _optional_extract_text()
        if extract_text is not None:

            def whole() -> int:
                return sum(len(extract_text(s, d)) for s, d in items)

            rows.append(_rate("extract_text", len(items), _median_seconds(whole, repeats), whole()))
            figured = [(s, d) for s, d in items if find_quantities(s, d)]

            def framed() -> int:
                return sum(len(extract_text(s, d)) for s, d in figured)

            rows.append(
                _rate(
                    "extract_text_with_figures",
                    len(figured),
                    _median_seconds(framed, repeats),
                    framed(),
                )
            )
            extract_texts = _optional_extract_texts()
            if extract_texts is not None:
                jobs = [(s, d, "-") for s, d in figured]

                def batched() -> int:
                    return sum(len(found) for found in extract_texts(jobs))

                rows.append(
                    _rate(
                        "extract_texts_with_figures",
                        len(figured),
                        _median_seconds(batched, repeats),
                        batched(),
                    )
                )

        subset = [s for s, _ in items[:QUANTULUM_SENTENCES]]
        parse, classifier = _optional_quantulum(subset)
        if parse is not None:

            def theirs() -> int:
                return sum(len(parse(s)) for s in subset)

            rows.append(
                _rate("quantulum3.parse", len(subset), _median_seconds(theirs, repeats), theirs())
            )
    result: dict[str, Any] = {
        "pinned": pinned,
        "repeats": repeats,
        "quantulum3_classifier": classifier,
        "rows": rows,
    }
    by_name = {r["name"]: r for r in rows}
    if "quantulum3.parse" in by_name:
        base = by_name["quantulum3.parse"]["sentences_per_s"]
        for name in ("find_quantities", "extract_text"):
            if name in by_name:
                result[f"ratio_{name}"] = by_name[name]["sentences_per_s"] / base
    return result


def _optional_extract_text() -> Callable[[str, date | None], Sequence[object]] | None:
    try:
        from factcheck.extract import extract_text
    except ImportError:
        return None
    return extract_text


def _optional_extract_texts() -> (
    Callable[[Sequence[tuple[str, date | None, str]]], Iterator[Sequence[object]]] | None
):
    try:
        from factcheck.extract import extract_texts
    except ImportError:
        return None
    return extract_texts


def _optional_quantulum(
    probe: Sequence[str],
) -> tuple[Callable[[str], Sequence[object]] | None, bool]:
    """quantulum3's parse and whether its unit classifier runs.

    Its pickled scikit-learn classifier does not load under every scikit-learn release; then
    quantulum3's own no-classifier disambiguation is used (which is, if anything, faster).
    """
    try:
        from quantulum3 import classifier, parser
    except ImportError:
        return None, False
    try:
        for sentence in probe:
            parser.parse(sentence)
    except Exception:  # any failure of the pickled model means: run without it
        classifier.USE_CLF = False
        return parser.parse, False
    return parser.parse, bool(classifier.USE_CLF)


def _print(result: dict[str, Any]) -> None:
    print(
        f"pinned to one core: {result['pinned']}; median of {result['repeats']} runs; "
        f"quantulum3 classifier: {'on' if result['quantulum3_classifier'] else 'off'}"
    )
    print(f"{'extractor':<26} {'sentences':>9} {'median s':>9} {'sent/s':>9} {'found/sent':>10}")
    for r in result["rows"]:
        print(
            f"{r['name']:<26} {r['sentences']:>9} {r['seconds']:>9.3f} "
            f"{r['sentences_per_s']:>9.0f} {r['found_per_sentence']:>10.2f}"
        )
    for key, value in result.items():
        if key.startswith("ratio_"):
            print(f"{key[6:]} / quantulum3: {value:.0f}x")


if __name__ == "__main__":
    _print(run(int(sys.argv[1]) if len(sys.argv) > 1 else 5))
