"""Timing helpers shared by the benchmark sections: medians, child peak memory."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
FAKES = DATA / "fa-kes" / "fakes.csv"
GOLD_PATH = DATA / "gold" / "seeds.json"
SEEDS = ROOT / "seeds"

_MEASURE = (
    "import resource, subprocess, sys, time\n"
    "t = time.perf_counter()\n"
    "p = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)\n"
    "dt = time.perf_counter() - t\n"
    "rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
    "sys.stderr.write(p.stderr.decode(errors='replace')[-2000:])\n"
    "print(dt, rss, p.returncode)\n"
)


def median_time(fn: Callable[[], object], repeats: int) -> float:
    """Median wall time of ``repeats`` calls: robust to a noisy machine."""
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def run_measured(
    args: list[str], cwd: Path, env: dict[str, str] | None = None
) -> tuple[float, float]:
    """Run a command in a child; return its wall seconds and peak RSS in MiB."""
    out = subprocess.run(
        [sys.executable, "-c", _MEASURE, *args],
        cwd=cwd,
        env=env or dict(os.environ),
        capture_output=True,
        text=True,
        check=True,
    )
    seconds, rss_kib, code = out.stdout.split()
    if int(code) != 0:
        raise RuntimeError(f"{' '.join(args)} failed ({code}): {out.stderr[-500:]}")
    return float(seconds), int(rss_kib) / 1024


def factcheck_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "factcheck", *args]


def write_json(results: dict, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
