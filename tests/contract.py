"""The JSON report contract of DESIGN.md, as a checker every test that reads report.json uses.

Fields may be added to the report, never renamed or dropped: so the check is "every contract
key present with its type", plus the enumerations and the references between sections.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

NUM = (int, float)
OPT_STR = (str, type(None))
OPT_NUM = (int, float, type(None))
SPAN = {"start": str, "end": str}
# The contract of DESIGN.md ("The JSON report"): key -> type, nested dict, or [item schema].
CONTRACT: dict[str, Any] = {
    "generated": str,
    "articles": [
        {"id": str, "title": str, "outlet": OPT_STR, "published": OPT_STR, "path": OPT_STR}
    ],
    "claims": [
        {
            "id": str,
            "article": str,
            "mention": str,
            "sentence": str,
            "start": int,
            "end": int,
            "kind": str,
            "value": OPT_NUM,
            "low": OPT_NUM,
            "high": OPT_NUM,
            "unit": str,
            "stated": {"value": OPT_NUM, "low": OPT_NUM, "high": OPT_NUM, "unit": str},
            "measure": str,
            "as_of": (SPAN, None),
            "place": OPT_STR,
            "attribution": OPT_STR,
        }
    ],
    "relations": [{"source": str, "target": str, "type": str, "confidence": NUM, "reason": str}],
    "groups": [{"id": str, "measure": str, "claims": [str], "status": str}],
    "summary": {"articles": int, "claims": int, "agrees": int, "contradicts": int, "updates": int},
}
ENUMS = {
    ("claims", "kind"): {"percent", "count", "date", "duration", "distance", "money", "other"},
    ("relations", "type"): {"agrees", "contradicts", "updates"},
    ("groups", "status"): {"consistent", "conflicting", "evolving"},
}


def check_schema(value: Any, schema: Any, where: str = "$") -> list[str]:
    """Every contract key present with its type; extra keys are allowed (the contract says so)."""
    if isinstance(schema, tuple) and any(isinstance(s, dict) for s in schema):
        if value is None and None in schema:
            return []
        return check_schema(value, next(s for s in schema if isinstance(s, dict)), where)
    if isinstance(schema, dict):
        if not isinstance(value, dict):
            return [f"{where}: expected object, got {type(value).__name__}"]
        errors = []
        for key, sub in schema.items():
            if key not in value:
                errors.append(f"{where}.{key}: missing")
            else:
                errors += check_schema(value[key], sub, f"{where}.{key}")
        return errors
    if isinstance(schema, list):
        if not isinstance(value, list):
            return [f"{where}: expected array, got {type(value).__name__}"]
        return [
            e
            for i, item in enumerate(value)
            for e in check_schema(item, schema[0], f"{where}[{i}]")
        ]
    if isinstance(value, bool) or not isinstance(value, schema):
        return [f"{where}: {type(value).__name__} is not {schema}"]
    return []


def contract_errors(report: dict[str, Any]) -> list[str]:
    """Every way ``report`` breaks the contract (empty when it keeps it)."""
    errors = check_schema(report, CONTRACT)
    if errors:
        return errors
    for (section, key), allowed in ENUMS.items():
        errors += [
            f"{section}[{i}].{key}: {item[key]!r}"
            for i, item in enumerate(report[section])
            if item[key] not in allowed
        ]
    datetime.fromisoformat(report["generated"].replace("Z", "+00:00"))
    article_ids = {a["id"] for a in report["articles"]}
    claim_ids = {c["id"] for c in report["claims"]}
    for a in report["articles"]:
        if a["published"]:
            date.fromisoformat(a["published"])
    for i, c in enumerate(report["claims"]):
        if c["article"] not in article_ids:
            errors.append(f"claims[{i}] names an unknown article")
        if c["as_of"]:
            date.fromisoformat(c["as_of"]["start"])
            date.fromisoformat(c["as_of"]["end"])
    for i, r in enumerate(report["relations"]):
        if not 0 <= r["confidence"] <= 1:
            errors.append(f"relations[{i}].confidence out of [0, 1]")
        if r["source"] not in claim_ids or r["target"] not in claim_ids:
            errors.append(f"relations[{i}] names unknown claims")
    s = report["summary"]
    if s["articles"] != len(report["articles"]) or s["claims"] != len(report["claims"]):
        errors.append("summary counts do not match the lists")
    return errors
