"""Check a story's gold file against its articles before it is scored.

A gold mention that is missing or ambiguous would silently score as a miss, so the suite
refuses it instead: ``python -m bench.accuracy.validate [STORY_DIR...]``.
"""

from __future__ import annotations

import json
import re
import sys
from datetime import date
from pathlib import Path

STORIES = Path(__file__).resolve().parent / "stories"
ROLES = json.loads((Path(__file__).resolve().parent / "roles.json").read_text())["classes"]
KINDS = {"count", "percent", "money", "duration", "distance", "date", "other"}
MODALITIES = {"reported", "estimated", "forecast", "conditional", "negated", "question"}
EXPECTS = {"agrees", "contradicts", "updates", "revision", "none"}
DOMAINS = {
    "agriculture",
    "conflict",
    "crime",
    "disaster",
    "economy",
    "education",
    "election",
    "energy",
    "environment",
    "health",
    "migration",
    "protest",
    "sport",
    "technology",
    "transport",
}
_FRONT = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*\n", re.DOTALL)


def article_bodies(story: Path) -> dict[str, str]:
    """Body text of each article, front matter removed, keyed by file stem."""
    out = {}
    for path in sorted(story.glob("*.md")):
        if path.name == "FACTS.md":
            continue
        text = path.read_text(encoding="utf-8")
        m = _FRONT.match(text)
        out[path.stem] = text[m.end() :] if m else text
    return out


def _check_date(value: object, where: str, errors: list[str]) -> None:
    values = [value] if isinstance(value, str) else []
    if isinstance(value, dict):
        values = [value.get("start"), value.get("end")]
    for v in values:
        try:
            date.fromisoformat(str(v))
        except ValueError:
            errors.append(f"{where}: bad date {v!r}")


def check_story(story: Path) -> list[str]:
    errors: list[str] = []
    gold = json.loads((story / "gold.json").read_text(encoding="utf-8"))
    bodies = article_bodies(story)
    if not (story / "FACTS.md").exists():
        errors.append("FACTS.md missing")
    if gold.get("domain") not in DOMAINS:
        errors.append(f"domain {gold.get('domain')!r} not in {sorted(DOMAINS)}")
    for art in gold.get("articles", {}):
        if art not in bodies:
            errors.append(f"article {art} has no file")
    known: set[tuple[str, str]] = set()
    for i, c in enumerate(gold["claims"]):
        where = f"claim {i} ({c.get('article')}, {c.get('mention')!r})"
        body = bodies.get(c.get("article", ""))
        if body is None:
            errors.append(f"{where}: no such article")
            continue
        n = body.lower().count(c["mention"].lower())
        if n != 1:
            errors.append(f"{where}: mention occurs {n} times in the body (must be once)")
        if c.get("kind") not in KINDS:
            errors.append(f"{where}: kind {c.get('kind')!r}")
        if c.get("kind") != "date" and not (
            isinstance(c.get("low"), (int, float)) and isinstance(c.get("high"), (int, float))
        ):
            errors.append(f"{where}: low/high must be numbers")
        elif c.get("kind") != "date" and c["low"] > c["high"]:
            errors.append(f"{where}: low > high")
        if c.get("role") not in ROLES:
            errors.append(f"{where}: role {c.get('role')!r} not in roles.json")
        if c.get("modality") not in MODALITIES:
            errors.append(f"{where}: modality {c.get('modality')!r}")
        for field in ("counted", "attribution", "as_of", "background"):
            if field not in c:
                errors.append(f"{where}: no {field}")
        if "place" not in c:
            errors.append(f"{where}: no place (use null)")
        for field in ("as_of", "window", "period"):
            if c.get(field) is not None:
                _check_date(c[field], f"{where} {field}", errors)
        known.add((c["article"], c["mention"].lower()))
    for i, r in enumerate(gold["relations"]):
        expect = r.get("expect")
        expects = expect if isinstance(expect, list) else [expect]
        if not set(expects) <= EXPECTS:
            errors.append(f"relation {i}: expect {expect!r}")
        for end in ("a", "b"):
            art, mention = r[end]
            if (art, mention.lower()) not in known:
                errors.append(f"relation {i}: {end} {r[end]} is not a gold claim")
        if "why" not in r:
            errors.append(f"relation {i}: no why")
    return errors


def main(argv: list[str]) -> int:
    stories = [Path(a) for a in argv] or sorted(p for p in STORIES.iterdir() if p.is_dir())
    bad = 0
    for story in stories:
        errors = check_story(story)
        gold = json.loads((story / "gold.json").read_text(encoding="utf-8"))
        rel = gold["relations"]
        traps = sum(1 for r in rel if r["expect"] == "none")
        print(
            f"{story.name}: {len(article_bodies(story))} articles, {len(gold['claims'])} claims,"
            f" {len(rel)} relations ({traps} traps), {len(errors)} errors"
        )
        for e in errors:
            print("  " + e)
        bad += bool(errors)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
