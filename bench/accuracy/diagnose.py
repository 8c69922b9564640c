"""Print every frame field the extractor got wrong, gold beside extracted, with its sentence:
`python -m bench.accuracy.diagnose [--split dev] [--field place] [--story NAME]`; with
`--spurious`, the extracted claims matched to no gold claim instead.

For reading errors by kind of sentence, on dev stories only (tuning on test is not allowed).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from bench.accuracy.gold import load_stories
from bench.accuracy.run import run_paths
from bench.accuracy.score import FIELDS, field_hits, match_claims, role_class
from factcheck.embed import make_embedder
from factcheck.model import Claim

_SHOWN = {
    "counted": lambda c: c.subject,
    "role": lambda c: f"{c.role} -> {role_class(c.role)}",
    "place": lambda c: c.place,
    "as_of": lambda c: c.as_of and f"{c.as_of.start}..{c.as_of.end}",
    "modality": lambda c: c.modality,
    "attribution": lambda c: c.attribution,
    "background": lambda c: c.background,
    "value": lambda c: c.value,
    "kind": lambda c: c.kind,
}


def _sentence(body: str, claim: Claim) -> str:
    left = max(body.rfind(". ", 0, claim.start), body.rfind("\n", 0, claim.start)) + 1
    right = body.find(". ", claim.end)
    right = len(body) if right < 0 else right + 1
    text = body[left:right].strip().replace("\n", " ")
    return text


def _print_spurious(
    name: str,
    gold: dict[str, Any],
    claims: list[Claim],
    bodies: dict[str, str],
    matched: dict[int, Claim],
) -> None:
    """Claims matched to no gold claim, as score_story counts them: any unlisted figure, and a
    date only where a not-claim names it (an unlisted date just times another figure)."""
    used = {c.id for c in matched.values()}
    listed = {c.id for c in match_claims(gold.get("not_claims", []), claims, bodies).values()}
    for c in claims:
        if c.id in used or (c.kind == "date" and c.id not in listed):
            continue
        print(f"## {name}/{c.article} [{c.mention}] kind={c.kind} value={c.value!r}")
        print("   ", _sentence(bodies[c.article], c))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.accuracy.diagnose")
    parser.add_argument("--split", choices=("dev",), default="dev")
    parser.add_argument("--field", choices=FIELDS, action="append")
    parser.add_argument("--story")
    parser.add_argument(
        "--spurious",
        action="store_true",
        help="list the extracted claims that the scorer counts against precision instead",
    )
    args = parser.parse_args(argv)
    fields = args.field or list(FIELDS)
    embedder = make_embedder(None)
    for story in load_stories():
        if story.split != args.split or (args.story and story.name != args.story):
            continue
        result = run_paths(story.paths, embedder)
        bodies = {a.id: a.body for a in result.articles}
        outlets = {a.id: a.outlet for a in result.articles}
        gold = story.gold["claims"]
        matched = match_claims(gold, result.claims, bodies)
        if args.spurious:
            _print_spurious(story.name, story.gold, result.claims, bodies, matched)
            continue
        for gi, g in enumerate(gold):
            claim = matched.get(gi)
            if claim is None:
                continue
            hits = field_hits(claim, g, outlets.get(g["article"]))
            wrong = [f for f in fields if hits.get(f) is False]
            if not wrong:
                continue
            print(f"## {story.name}/{g['article']} «{g['mention']}» [{claim.mention}]")
            print("   ", _sentence(bodies[g["article"]], claim))
            for f in wrong:
                want: Any = (g.get("low"), g.get("high")) if f == "value" else g.get(f)
                print(f"    {f}: gold={want!r} got={_SHOWN[f](claim)!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
