"""Bulk ingest of FA-KES repeated to ~16,000 articles: one process vs Ray on every core.

Both runs are the same command (`factcheck add --engine local|ray --no-relate`) in a child
process, so the figures are a user's: reading, cleaning, extraction, embedding with the real
model and writing, in resumable batches. Relating is left out (``--no-relate``): FA-KES
repeated is twenty copies of one war, and relating every copy's figures to every other
copy's is quadratic in the copies (the learned matcher relates ~25 pairs per FA-KES claim),
which measures the repetition, not the engine.

Each copy after the first starts every sentence with its own adverb ("Meanwhile, ..."), so
no copy is a duplicate (the store would skip it) and every context is new to the encoder.
Peak memory is the largest sum of resident memory over the child's whole process tree
(Ray's raylet, GCS and workers included), sampled every 0.2 s.
"""

from __future__ import annotations

import contextlib
import csv
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import FAKES

ARTICLES = int(os.environ.get("FACTCHECK_BENCH_BULK_ARTICLES", "16000"))
_ADVERBS = (
    "Meanwhile", "Separately", "Elsewhere", "Reportedly", "Also", "Moreover", "Additionally",
    "Notably", "Overall", "Indeed", "Similarly", "Further", "Still", "Again", "Besides",
    "Likewise", "Furthermore", "Nonetheless", "Accordingly", "Altogether", "Admittedly",
)  # fmt: skip
_SENTENCE = re.compile(r"(?<=[.!?]) (?=[A-Z])")


def repeated_fakes(path: Path, articles: int) -> int:
    """FA-KES copied until ``articles`` rows, each copy's sentences reworded; rows written."""
    with open(FAKES, encoding="latin-1", newline="") as fh:
        rows = list(csv.reader(fh))
    header, body = rows[0], rows[1:]
    text = header.index("article_content")
    title = header.index("article_title")
    ident = header.index("unit_id")
    written = 0
    with open(path, "w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(header)
        copy = 0
        while written < articles:
            for row in body:
                if written >= articles:
                    break
                row = list(row)
                if copy:
                    word = _ADVERBS[(copy - 1) % len(_ADVERBS)]
                    row[text] = _SENTENCE.sub(f" {word}, ", row[text])
                    row[title] = f"{row[title]} ({copy})"
                    row[ident] = f"{row[ident]}-{copy}"
                out.writerow(row)
                written += 1
            copy += 1
    return written


def _tree(pid: int, cpu: dict[int, float]) -> int:
    """Resident memory of a process tree now; each member's CPU seconds so far into ``cpu``."""
    import psutil

    try:
        proc = psutil.Process(pid)
        procs = [proc, *proc.children(recursive=True)]
    except psutil.Error:
        return 0
    total = 0
    for p in procs:
        with contextlib.suppress(psutil.Error):
            total += p.memory_info().rss
            times = p.cpu_times()
            cpu[p.pid] = max(cpu.get(p.pid, 0.0), times.user + times.system)
    return total


def measured(args: list[str], cwd: Path, env: dict[str, str]) -> tuple[float, float, float, str]:
    """Wall seconds, peak MiB and CPU seconds of the whole process tree, and its stdout.

    CPU seconds are summed over every process of the tree (sampled, so the last 0.2 s of a
    process may be missed): on a shared machine they show the work, where wall time shows
    the wait for a core too."""
    # the child's output goes to files, not pipes: a pipe nobody reads until the end fills
    # (64 KiB of Ray's logs) and stops the child mid-run
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        t = time.perf_counter()
        proc = subprocess.Popen(args, cwd=cwd, env=env, stdout=out, stderr=err)
        peak = 0
        cpu: dict[int, float] = {}
        while proc.poll() is None:
            peak = max(peak, _tree(proc.pid, cpu))
            time.sleep(0.2)
        seconds = time.perf_counter() - t
        out.seek(0)
        err.seek(0)
        if proc.returncode != 0:
            tail = err.read().decode(errors="replace")[-800:]
            raise RuntimeError(f"{' '.join(args)} failed: {tail}")
        return seconds, peak / 2**20, sum(cpu.values()), out.read().decode()


def run(repeats: int = 1) -> dict[str, float | int | str]:
    env = {k: v for k, v in os.environ.items() if k not in ("FACTCHECK_MODEL", "FACTCHECK_DB")}
    env["HF_HUB_OFFLINE"] = "1"
    cores = os.cpu_count() or 1
    results: dict[str, float | int | str] = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        table = work / "fakes-repeated.csv"
        n = repeated_fakes(table, ARTICLES)
        results["bulk_articles"] = n
        for engine, extra in (("local", []), ("ray", ["--workers", str(cores)])):
            db = work / f"{engine}.db"
            args = [sys.executable, "-m", "factcheck", "add", "--engine", engine, *extra]
            args += ["--no-relate", "--no-report", "--db", str(db), str(table)]
            seconds, peak, cpu, out = measured(args, work, env)
            workers = 1 if engine == "local" else cores
            results[f"bulk_{engine}_s"] = round(seconds, 1)
            results[f"bulk_{engine}_articles_per_s"] = round(n / seconds, 2)
            results[f"bulk_{engine}_articles_per_s_per_worker"] = round(n / seconds / workers, 2)
            results[f"bulk_{engine}_peak_mib"] = round(peak)
            results[f"bulk_{engine}_cpu_s"] = round(cpu, 1)
            results[f"bulk_{engine}_articles_per_cpu_s"] = round(n / cpu, 2) if cpu else 0.0
            results[f"bulk_{engine}_summary"] = out.strip().splitlines()[-1]
            print(f"  {engine}: {out.strip().splitlines()[-1]} peak {peak:,.0f} MiB", flush=True)
        results["bulk_ray_speedup_x"] = round(results["bulk_local_s"] / results["bulk_ray_s"], 2)  # type: ignore[operator]
    return results


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key:40} {value}")
