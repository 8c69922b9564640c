"""Print every gold relation of the dev stories the product got wrong, and why:
`python -m bench.accuracy.diagnose_relations [--expect contradicts] [--story NAME] [--summary]`.

For each miss: both sentences, both frames side by side, their similarity, whether the pair was
a candidate at all (one block, similarity floor), the verdict the definitions give it and the
model's P(one measure). The summary counts misses by cause, so work goes where most are lost.
Dev stories only (tuning on test is not allowed).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from typing import Any

import numpy as np

from bench.accuracy.diagnose import _sentence
from bench.accuracy.gold import load_stories
from bench.accuracy.run import run_paths
from bench.accuracy.score import Verdicts, match_claims
from factcheck import pairs
from factcheck.embed import make_embedder
from factcheck.model import Claim
from factcheck.verdicts import DECISION, Logistic, load


def _frame(c: Claim) -> str:
    when = c.as_of and f"{c.as_of.start}..{c.as_of.end}"
    return (
        f"{c.mention!r} v={c.value} [{c.low},{c.high}] {c.subject}/{c.role} @{c.place}"
        f" t={when} {c.modality} by={c.attribution} bg={c.background}"
    )


def _cause(a: Claim | None, b: Claim | None, got: str, info: dict[str, Any]) -> str:
    """One word for why the pair went wrong, in pipeline order."""
    if a is None or b is None:
        return "claim-missed"
    if not info["block"]:
        return "other-block"
    if not info["roles_meet"]:
        return "other-role"  # different role classes are never compared (pairs._searches)
    if info["sim"] < info["floor"]:
        return "below-floor"
    if info["p_same"] < DECISION and got == "none":
        return "model-says-apart"
    if got == "none":
        return "chain-missing"
    return f"verdict-{info['verdict']}"


def explain(a: Claim, b: Claim, embedder: Any) -> dict[str, Any]:
    """Similarity, block, defined verdict and P(one measure) of one pair, as relate sees it."""
    model = load()
    vec = embedder.encode([a.embedding_text, b.embedding_text])
    sim = float(np.dot(vec[0], vec[1]))
    table = pairs.table([a, b])
    i, j = np.array([0]), np.array([1])
    x, verdict = pairs.features(table, i, j, np.array([sim]))
    return {
        "sim": sim,
        "floor": model.floor,
        "block": bool(table.block[0] == table.block[1]),
        "roles_meet": bool(min(table.role) < 0 or table.role[0] == table.role[1]),
        "verdict": pairs.VERDICTS[int(verdict[0])],
        "p_same": float(model.same.probability(x)[0]),
        "p": float(model.probability(x)[0]),
        "pushes": _pushes(model.same, x[0]),
    }


def _pushes(head: Any, x: np.ndarray, top: int = 6) -> str:
    """The features that move a logistic P(one measure) most from a pair with average evidence,
    as feature=value(+/-log-odds): what to look at when the model keeps a gold pair apart."""
    if not isinstance(head, Logistic):
        return ", ".join(f"{f}={v:.2g}" for f, v in zip(pairs.FEATURES, x, strict=True) if v)
    push = (x - head.mean) / head.scale * head.coef[0]
    order = np.argsort(-np.abs(push))[:top]
    return ", ".join(f"{pairs.FEATURES[k]}={x[k]:.2g}({push[k]:+.2f})" for k in order)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.accuracy.diagnose_relations")
    parser.add_argument("--expect", action="append", help="only gold relations of this type")
    parser.add_argument("--story")
    parser.add_argument("--summary", action="store_true", help="only the counts by cause")
    parser.add_argument(
        "--features", action="store_true", help="also the evidence that moves P(one measure) most"
    )
    args = parser.parse_args(argv)
    embedder = make_embedder(None)
    causes: Counter[tuple[str, str]] = Counter()
    for story in load_stories():
        if story.split != "dev" or (args.story and story.name != args.story):
            continue
        result = run_paths(story.paths, embedder)
        bodies = {a.id: a.body for a in result.articles}
        gold = story.gold
        matched = match_claims(gold["claims"], result.claims, bodies)
        find = {
            (g["article"], g["mention"].lower()): matched.get(n)
            for n, g in enumerate(gold["claims"])
        }
        verdicts = Verdicts(result.relations)
        for item in gold.get("relations", []):
            expect = item["expect"]
            allowed = set(expect) if isinstance(expect, list) else {expect}
            if "revision" in allowed:
                allowed.add("updates")
            if args.expect and not allowed & set(args.expect):
                continue
            a = find.get((item["a"][0], item["a"][1].lower()))
            b = find.get((item["b"][0], item["b"][1].lower()))
            got, conf = verdicts.between(a, b)
            if got in allowed:
                continue
            info = explain(a, b, embedder) if a is not None and b is not None else {}
            cause = _cause(a, b, got, info)
            causes[("/".join(sorted(allowed)), cause)] += 1
            if args.summary:
                continue
            print(f"## {story.name}: want {sorted(allowed)} got {got} ({conf}) — {cause}")
            if info:
                print(
                    "   sim={sim:.2f} floor={floor:.2f} verdict={verdict} p_same={p_same:.2f}"
                    " p={p:.2f}".format(**info)
                )
                if args.features:
                    print(f"   evidence: {info['pushes']}")
            for side, c in (("a", a), ("b", b)):
                ref = item[side]
                if c is None:
                    print(f"   {side}: {ref} not extracted")
                    continue
                print(f"   {side}: {_frame(c)}")
                print(f"      {_sentence(bodies[ref[0]], c)}")
            if item.get("why"):
                print(f"   why: {item['why']}")
    print("\nmisses by expected relation and cause:")
    for (want, cause), n in causes.most_common():
        print(f"  {n:4d}  {want:28s} {cause}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
