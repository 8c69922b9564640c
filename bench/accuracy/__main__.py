"""Score factcheck on the labelled stories: `python -m bench.accuracy [--split test] [--check]`.

Prints claim precision and recall, frame-field accuracy and relation precision and recall per
domain and overall, for the dev and the test stories, the seeds and the judged FA-KES sample,
and writes them to ``bench/accuracy/results.json``. ``--check`` writes nothing and exits 1 when
any figure is below the committed one: CI's guard against a silent drop in accuracy.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from bench.accuracy.gold import HERE, Story, load_stories, seeds_story
from bench.accuracy.run import run_paths
from bench.accuracy.score import (
    FIELDS,
    RELATION_TYPES,
    REVISION,
    Tally,
    ratios,
    score_story,
    summary,
)
from factcheck.embed import Embedder, make_embedder

RESULTS = HERE / "results.json"
# Figures are rounded to 4 places; a drop smaller than that is rounding, not a regression.
TOLERANCE = 1e-4


def score_stories(
    stories: list[Story], embedder: Embedder, problems_out: dict[str, Any]
) -> dict[str, Any]:
    """Summaries overall, per domain and per story, of one split."""
    overall, domains, per_story = Tally(), defaultdict(Tally), {}
    for story in stories:
        result = run_paths(story.paths, embedder)
        exhaustive = story.name != "seeds"  # the seeds' gold lists only some figures
        tally, problems = score_story(
            story.gold, result.articles, result.claims, result.relations, exhaustive=exhaustive
        )
        problems_out[story.name] = problems
        per_story[story.name] = summary(tally)
        domains[story.domain].merge(tally)
        overall.merge(tally)
    return {
        "overall": summary(overall),
        "domains": {d: summary(t) for d, t in sorted(domains.items())},
        "stories": per_story,
    }


def _pct(x: float | None) -> str:
    return "–" if x is None else f"{100 * x:.0f}%"


def print_split(console: Console, name: str, result: dict[str, Any]) -> None:
    rows = [("overall", result["overall"]), *result.get("domains", {}).items()]
    claims = Table(title=f"{name}: claims and frame fields", title_justify="left")
    for col in ("", "claims P", "claims R", *FIELDS):
        claims.add_column(col, justify="right" if col else "left")
    for label, s in rows:
        c, fields = s["claims"], s["fields"]
        cells = [_pct(c["precision"]), _pct(c["recall"]), *(_pct(fields.get(f)) for f in FIELDS)]
        claims.add_row(label, *cells)
    console.print(claims)
    rel = Table(
        title=f"{name}: relations (precision / recall, n predicted / n gold)", title_justify="left"
    )
    for col in ("", *RELATION_TYPES, "revisions", "traps kept apart", "ECE"):
        rel.add_column(col, justify="right" if col else "left")
    for label, s in rows:
        r = s["relations"]
        cells = [
            f"{_pct(x['precision'])} / {_pct(x['recall'])} ({x['predicted']}/{x['gold']})"
            if x
            else "–"
            for x in (r.get(t) for t in (*RELATION_TYPES, REVISION))
        ]
        traps = f"{_pct(r['traps']['kept_apart'])} ({r['traps']['gold']})"
        ece = s["calibration"]["ece"]
        rel.add_row(label, *cells, traps, "–" if ece is None else f"{ece:.3f}")
    console.print(rel)


def regressions(current: dict[str, Any], committed: dict[str, Any]) -> list[str]:
    """Figures of the committed results that the current run falls below."""
    now, then = ratios(current), ratios(committed)
    return [
        f"{k}: {now[k]:.4f} < committed {v:.4f}"
        for k, v in sorted(then.items())
        if k in now and now[k] < v - TOLERANCE
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.accuracy", description=__doc__)
    parser.add_argument("--split", choices=("dev", "test", "all"), default="all")
    parser.add_argument("--no-seeds", action="store_true", help="skip the seeds' gold")
    parser.add_argument("--no-fakes", action="store_true", help="skip the judged FA-KES sample")
    parser.add_argument("--model", help="encoder (default: the bundled all-MiniLM-L6-v2)")
    parser.add_argument(
        "--check", action="store_true", help="compare with results.json; write nothing"
    )
    parser.add_argument(
        "--baseline", action="store_true", help="also store this run as the baseline"
    )
    parser.add_argument("--problems", type=Path, help="write what went wrong, story by story, here")
    args = parser.parse_args(argv)

    console = Console(width=150)  # the tables are wide; a pipe must not fold them
    started = time.perf_counter()
    embedder = make_embedder(args.model)
    stories = load_stories()
    splits = ("dev", "test") if args.split == "all" else (args.split,)
    results: dict[str, Any] = {}
    problems: dict[str, Any] = {}
    for split in splits:
        chosen = [s for s in stories if s.split == split]
        results[split] = score_stories(chosen, embedder, problems)
        print_split(console, split, results[split])
    if not args.no_seeds:
        results["seeds"] = score_stories([seeds_story()], embedder, problems)
        print_split(console, "seeds", {"overall": results["seeds"]["overall"]})
    if not args.no_fakes:
        from bench.accuracy.fakes import score_fakes

        results["fakes"] = score_fakes(embedder)
        print_split(console, "FA-KES judged sample", {"overall": results["fakes"]})
        tolls = results["fakes"]["same_incident_tolls"]
        console.print(
            f"FA-KES same-incident toll pairs found with the judged verdict: {tolls['recall']}"
            f" of {tolls['gold']}"
        )
    console.print(f"[dim]{time.perf_counter() - started:.0f} s[/dim]")
    if args.problems:
        args.problems.write_text(json.dumps(problems, indent=1, ensure_ascii=False) + "\n")

    committed = json.loads(RESULTS.read_text(encoding="utf-8")) if RESULTS.exists() else {}
    if args.check:
        drops = regressions(results, {k: committed[k] for k in results if k in committed})
        for line in drops:
            print(f"accuracy dropped: {line}", file=sys.stderr)
        return 1 if drops else 0
    committed.update(results)
    committed["model"] = embedder.info.name
    if args.baseline:
        committed["baseline"] = {k: v for k, v in results.items()}
    RESULTS.write_text(json.dumps(committed, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    console.print(f"wrote {RESULTS.relative_to(HERE.parents[1])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
