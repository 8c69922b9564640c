"""Extraction measured on hand-labelled news sentences that are not the seeds.

``tests/data/sentences.jsonl`` holds one sentence per line from many kinds of story (war,
disasters, economics, elections, sport, health), each with the figures a fact-checker would
want and nothing for times of day, identifiers, ordinals and names with numbers. Precision and
recall are computed over figures, through the library and through the CLI.
"""

from __future__ import annotations

import json
import math
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.extract import claims_to_dicts, extract_text

DATA = Path(__file__).resolve().parent / "data" / "sentences.jsonl"
MIN_PRECISION = 0.9
MIN_RECALL = 0.9


@cache
def _records() -> tuple[dict[str, Any], ...]:
    lines = DATA.read_text(encoding="utf-8").splitlines()
    return tuple(json.loads(line) for line in lines if line.strip())


def _close(a: float | None, b: float) -> bool:
    return a is not None and math.isclose(a, b, rel_tol=0.01, abs_tol=1e-9)


def _matches(claim: dict[str, Any], want: dict[str, Any]) -> bool:
    """Same figure: the labelled words inside the mention, same kind, unit and value."""
    if want["mention"].lower() not in claim["mention"].lower() or claim["kind"] != want["kind"]:
        return False
    if want["kind"] == "date":
        as_of = claim["as_of"] or {}
        return (as_of.get("start"), as_of.get("end")) == (want["start"], want["end"])
    if claim["unit"] != want["unit"]:
        return False
    if "value" in want:
        return _close(claim["value"], want["value"])
    return _close(claim["low"], want["low"]) and _close(claim["high"], want["high"])


def _score(found: list[list[dict[str, Any]]], records: list[dict[str, Any]]) -> tuple[float, float]:
    """(precision, recall) over figures; each expected figure may be matched once."""
    true_pos = predicted = expected = 0
    for claims, record in zip(found, records, strict=True):
        wanted = list(record["expect"])
        predicted += len(claims)
        expected += len(wanted)
        for claim in claims:
            hit = next((w for w in wanted if _matches(claim, w)), None)
            if hit is not None:
                wanted.remove(hit)
                true_pos += 1
    precision = true_pos / predicted if predicted else 1.0
    recall = true_pos / expected if expected else 1.0
    return precision, recall


def _published(record: dict[str, Any]) -> date | None:
    return date.fromisoformat(record["published"]) if "published" in record else None


def test_the_set_is_varied_and_has_negatives() -> None:
    records = _records()
    assert len(records) >= 80
    assert sum(1 for r in records if not r["expect"]) >= 10
    kinds = {w["kind"] for r in records for w in r["expect"]}
    assert kinds == {"percent", "count", "date", "duration", "distance", "money", "other"}


def test_precision_and_recall_through_the_library() -> None:
    records = list(_records())
    found = [claims_to_dicts(extract_text(r["text"], _published(r))) for r in records]
    precision, recall = _score(found, records)
    print(f"library: precision {precision:.3f} recall {recall:.3f} on {len(records)} sentences")
    misses = [(r["text"], [c["mention"] for c in f]) for r, f in zip(records, found, strict=True)]
    assert precision >= MIN_PRECISION, misses
    assert recall >= MIN_RECALL, misses


def test_precision_and_recall_through_the_cli(tmp_path: Path) -> None:
    """`factcheck extract --lines`: one JSON object per input line, same claims."""
    records = [r for r in _records() if "published" not in r]  # the CLI has no date to give
    source = tmp_path / "sentences.txt"
    source.write_text("".join(r["text"] + "\n" for r in records), encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", "--lines", str(source)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert [row["line"] for row in rows] == list(range(1, len(records) + 1))
    assert all(set(row) == {"line", "claims"} for row in rows)
    for row, record in zip(rows, records, strict=True):
        library = claims_to_dicts(extract_text(record["text"], None, f"line-{row['line']}"))
        assert row["claims"] == library
    precision, recall = _score([row["claims"] for row in rows], records)
    print(f"cli: precision {precision:.3f} recall {recall:.3f} on {len(records)} sentences")
    assert precision >= MIN_PRECISION
    assert recall >= MIN_RECALL


ROLES = Path(__file__).resolve().parent / "data" / "fakes_roles.jsonl"
MIN_ROLE_ACCURACY = 0.9
# The labels predate the general role classes: "fled" is now "displaced", and "remaining"
# covered both people trapped in a place and people living there.
SAME_ROLE = {"fled": {"fled", "displaced"}, "remaining": {"remaining", "trapped", "population"}}


def test_roles_of_fakes_counts_match_hand_labels() -> None:
    """175 count figures sampled at random from FA-KES, their role decided by reading the
    sentence (killed, injured, fled, captured, ... or none)."""
    items = [json.loads(line) for line in ROLES.read_text(encoding="utf-8").splitlines() if line]
    right = 0
    wrong: list[tuple[str, str | None, str | None]] = []
    for item in items:
        at = item["sentence"].find(item["mention"])
        found = [
            c for c in extract_text(item["sentence"]) if c.kind == "count" and c.start <= at < c.end
        ]
        role = found[0].role if found else "(no claim)"
        # a label of no role is met by no claim: "several eastern quarters" states no figure
        if role in SAME_ROLE.get(item["role"], {item["role"]}) or (not found and not item["role"]):
            right += 1
        else:
            wrong.append((item["mention"], role, item["role"]))
    accuracy = right / len(items)
    print(f"roles: {right}/{len(items)} = {accuracy:.3f}")
    assert len(items) >= 150
    assert accuracy >= MIN_ROLE_ACCURACY, wrong
