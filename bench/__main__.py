"""Run the whole benchmark suite: `python -m bench [--repeats N] [--only a,b] [--json PATH]`.

Every comparison (ours vs quantulum3, ours vs plain encode) is taken in the same run as a ratio
of medians, so the figures survive a noisy machine. Targets are printed beside the figures.
"""

from __future__ import annotations

import argparse
import importlib
import os
import platform
import time
from datetime import datetime, timezone
from pathlib import Path

from bench.common import ROOT, write_json

SECTIONS = ("report", "extraction", "embedding", "matching", "ingest", "serve", "addscale", "bulk")

# (key, comparison, threshold, description)
TARGETS = [
    ("report_warm_s", "<", 1.5, "warm report on the seeds under 1.5 s"),
    ("report_warm_imports_torch", "==", False, "warm report never imports torch"),
    ("embed_speed_ratio_cold", ">=", 0.95, "embedder as fast as plain encode (5% noise)"),
    ("fakes_ingest_peak_mib", "<", 1536, "FA-KES ingest peak memory under 1.5 GiB"),
    ("add_one_warm_s", "<", 1.0, "one article into the FA-KES store under 1 s"),
    ("add_no_claims_imports_torch", "==", False, "claim-less add never imports torch"),
    ("matching_100000_s", "<", 60, "100,000 claims match in under a minute"),
    ("fakes_agrees_fewer_x", ">=", 10, "FA-KES agreement edges shown: at least 10x fewer"),
    ("fakes_every_related_claim_in_a_measure", "==", True, "every related claim in a measure"),
    (
        "extract_texts_with_figures_sentences_per_s",
        ">=",
        300,
        "sentences holding a figure parsed and framed at 300/s or more, one core",
    ),
    ("fakes_ingest_s", "<", 72, "all of FA-KES added in at most 1.5 times the 48 s before parsing"),
    ("serve_queue_s", "<", 0.2, "review desk queue page on FA-KES under 200 ms (server time)"),
    (
        "addscale_largest_over_smallest_x",
        "<",
        1.5,
        "one-article add (CPU time) at 1M claims within 1.5x of the add at 10k (model loaded)",
    ),
    ("bulk_ray_speedup_x", ">", 1.0, "bulk ingest on Ray with every core faster than one process"),
    (
        "serve_queue_after_decision_s",
        "<",
        0.2,
        "queue page right after a decision (snapshot re-read) under 200 ms",
    ),
]


def _check(value: object, op: str, threshold: object) -> bool:
    if op == "<":
        return value < threshold  # type: ignore[operator]
    if op == ">=":
        return value >= threshold  # type: ignore[operator]
    if op == ">":
        return value > threshold  # type: ignore[operator]
    return value == threshold


def _flatten(section: str, figures: dict[str, object]) -> dict[str, object]:
    """One scalar per figure, so the table and the JSON read the same; rows become keys."""
    flat: dict[str, object] = {}
    for key, value in figures.items():
        if key == "repeats":
            continue
        if key == "rows" and isinstance(value, list):
            for row in value:
                if "claims" in row:  # matching: one row per corpus size
                    n = row["claims"]
                    flat[f"{section}_{n}_s"] = float(row["seconds"])
                    flat[f"{section}_{n}_relations"] = int(row["relations"])
                    if "ratio_per_doubling" in row:
                        flat[f"{section}_{n}_x_per_doubling"] = float(row["ratio_per_doubling"])
                else:  # extraction: one row per extractor
                    name = row["name"].replace(".", "_")
                    flat[f"{name}_sentences_per_s"] = float(row["sentences_per_s"])
            continue
        flat[key] = float(value) if hasattr(value, "dtype") else value
    return flat


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--only", default=",".join(SECTIONS))
    parser.add_argument("--json", type=Path, default=ROOT / "bench" / "results.json")
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    results: dict[str, object] = {
        "when": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores",
        "python": platform.python_version(),
        "repeats": args.repeats,
    }
    for name in args.only.split(","):
        if name not in SECTIONS:
            parser.error(f"unknown section {name}; choose from {', '.join(SECTIONS)}")
        module = importlib.import_module(f"bench.{name}")
        started = time.perf_counter()
        figures = _flatten(name, module.run(repeats=args.repeats))
        figures[f"{name}_section_s"] = round(time.perf_counter() - started, 1)
        results.update(figures)
        print(f"[{name} done in {figures[f'{name}_section_s']} s]", flush=True)
    print()
    print(f"{'figure':40} {'value':>14}")
    print("-" * 56)
    for key, value in results.items():
        shown = f"{value:,.3f}" if isinstance(value, float) else str(value)
        print(f"{key:40} {shown:>14}")
    print()
    print("targets:")
    for key, op, threshold, text in TARGETS:
        if key in results:
            ok = _check(results[key], op, threshold)
            print(f"  [{'PASS' if ok else 'FAIL'}] {text}: {results[key]}")
    write_json(results, args.json)
    print(f"\nwritten to {args.json}")


if __name__ == "__main__":
    main()
