"""All of FA-KES into an empty store, then one new article into the full store.

The one-article add is timed three ways: in-process with the model already loaded (the work
the add itself costs), and as a cold command, once for an article with claims (the model must
load) and once for one without (torch must not be imported at all).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import FAKES, factcheck_cmd, run_measured
from factcheck.model import CheckResult
from factcheck.report.jsonreport import reported_relations

NEW_ARTICLE = """Shelling kills civilians in Idlib province

March 3, 2018

At least 17 civilians were killed and 40 wounded on Saturday in air strikes on two towns in
Idlib province, the Syrian Observatory for Human Rights said. Some 2,000 families have fled
the area since February 20, according to a local council.
"""

NO_CLAIMS = """A quiet day in the old city

March 4, 2018

Shops reopened in the old city and residents walked in the sun, a local council said.
"""

_PROBE = (
    "import sys, runpy\n"
    "sys.argv = ['factcheck', 'add', sys.argv[1], '--no-report', '--db', sys.argv[2]]\n"
    "try:\n    runpy.run_module('factcheck', run_name='__main__')\n"
    "except SystemExit:\n    pass\n"
    "print('TORCH', 'torch' in sys.modules)\n"
)


def _shown(result: CheckResult, judged: CheckResult) -> dict[str, float | bool]:
    """Agreement edges judged (every stored pairwise judgement) vs shown to a reader (each
    measure's spanning forest); whether every claim a reported relation names is in a
    measure; and how many judged claims are: one whose every relation crosses two measures
    is cut loose."""
    shown = {r.id for r in reported_relations(result)}
    agrees = [r for r in judged.relations if r.type == "agrees"]
    related = {x for r in judged.relations for x in (r.source, r.target)}
    in_measures = {c for m in result.measures for c in m.claims}
    reported = {x for r in result.relations for x in (r.source, r.target)}
    shown_agrees = sum(1 for r in result.relations if r.type == "agrees" and r.id in shown)
    return {
        "fakes_relations": len(judged.relations),
        "fakes_relations_in_measures": len(result.relations),
        "fakes_agrees_judged": len(agrees),
        "fakes_agrees_shown": shown_agrees,
        "fakes_agrees_fewer_x": round(len(agrees) / max(shown_agrees, 1), 1),
        "fakes_measures": len(result.measures),
        "fakes_largest_measure": max((len(m.claims) for m in result.measures), default=0),
        "fakes_every_related_claim_in_a_measure": reported <= in_measures,
        "fakes_judged_claims": len(related),
        "fakes_judged_claims_in_a_measure": len(related & in_measures),
    }


def run(repeats: int = 3) -> dict[str, float | bool]:
    from factcheck.embed import make_embedder
    from factcheck.extract import extract_text
    from factcheck.pipeline import add, snapshot, stored
    from factcheck.store import Store

    env = {k: v for k, v in os.environ.items() if k not in ("FACTCHECK_MODEL", "FACTCHECK_DB")}
    env["HF_HUB_OFFLINE"] = "1"
    results: dict[str, float | bool] = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        db = work / "fakes.db"
        seconds, peak = run_measured(
            factcheck_cmd("add", str(FAKES), "--db", str(db), "--no-report"), work, env
        )
        results["fakes_ingest_s"] = seconds
        results["fakes_ingest_peak_mib"] = peak
        with Store(db) as store:
            results["fakes_articles"] = len(store.article_ids())
            results["fakes_claims"] = len(store.claims())
            results |= _shown(snapshot(store), stored(store))
        (work / "none.txt").write_text(NO_CLAIMS, encoding="utf-8")
        probe = subprocess.run(
            [sys.executable, "-c", _PROBE, str(work / "none.txt"), str(db)],
            cwd=work,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        results["add_no_claims_imports_torch"] = "TORCH True" in probe.stdout
        warm: list[float] = []
        cold: list[float] = []
        towns = ("Saraqib", "Binnish", "Taftanaz", "Sarmin", "Maarrat", "Ariha", "Jisr", "Kafr")
        for i in range(repeats):
            # Other towns, not just other figures: figures are masked before embedding, so
            # only new words make new contexts that the cold command must really embed.
            text = NEW_ARTICLE.replace("two towns", f"{towns[2 * i % 8]} and its outskirts")
            path = work / f"new{i}.txt"
            path.write_text(text, encoding="utf-8")
            cold_path = work / f"cold{i}.txt"
            cold_text = NEW_ARTICLE.replace("two towns", f"{towns[(2 * i + 1) % 8]} and villages")
            cold_path.write_text(cold_text, encoding="utf-8")
            with Store(db) as store:
                embedder = make_embedder(None, store)
                embedder.encode(["warm the model up"])  # models loaded: time the add alone
                # the parser and the gazetteer too, as in any process that has added before
                extract_text("5 people were killed in Aleppo on Monday.", None)
                t = time.perf_counter()
                add(store, [path], embedder)
                warm.append(time.perf_counter() - t)
            seconds, _ = run_measured(
                factcheck_cmd("add", str(cold_path), "--db", str(db), "--no-report"), work, env
            )
            cold.append(seconds)
        results["add_one_warm_s"] = statistics.median(warm)
        results["add_one_cold_cmd_s"] = statistics.median(cold)
    return results


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key:32} {value}")
