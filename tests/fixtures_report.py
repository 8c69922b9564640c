"""A small hand-built CheckResult for the report tests, grounded in the gold file.

Three seed articles give real sentences; their claims and the updates/agreement between them
come from data/gold/seeds.json. One made-up wire story adds what the seeds lack: an open
contradiction with an accepted review, a dismissed contradiction with a note, a weekday that
does not fit its date, and a pipe in a quoted sentence (to test escaping).
"""

from __future__ import annotations

import json
import re
from datetime import date
from itertools import pairwise
from pathlib import Path
from typing import Any

from factcheck.model import (
    Article,
    CheckResult,
    Claim,
    DateSpan,
    Group,
    Inconsistency,
    ModelInfo,
    Relation,
    Review,
    Stated,
)

ROOT = Path(__file__).resolve().parents[1]
GOLD_PATH = ROOT / "data" / "gold" / "seeds.json"
SEEDS = ROOT / "seeds"

SEED_OUTLETS = {
    "002_33b6d0d4855d44c7": "Morning Star",
    "003_c1ba852690f5ce04": "Xinhua",
    "004_c2ce3b4b1e957bb0": "AFP",
}
UNITS = {"percent": "%", "duration": "days", "count": "", "distance": "km"}
MEASURES = {
    "percent": "share of rebel-held eastern Aleppo taken by the government",
    "duration": "length of the offensive on eastern Aleppo",
    "count": "civilians who fled eastern Aleppo",
}
SHARE_MENTIONS = ("40 per cent", "three-fifths", "three quarters", "85 percent")
OFFENSIVE_MENTIONS = ("two-week", "three weeks")
FLED_MENTION = "30,000"

SYNTHETIC_ID = "900_example_wire"
SYNTHETIC_PUBLISHED = date(2016, 12, 8)
SYNTHETIC_TEXT = (
    "Thousands flee as Aleppo front shifts\n\n"
    "The bulletin was dated Thursday, December 7.\n"
    "Some 10,000 civilians have fled eastern Aleppo to the west, a monitor said.\n"
    'The offensive, a "siege | assault" by some accounts, began five weeks ago.\n'
)
OPEN_NOTE = "Called the monitor: their tally is older than the Xinhua figure."
DISMISSED_NOTE = "Different offensive: five weeks counts from the siege, not the assault."


def load_gold() -> dict[str, Any]:
    return json.loads(GOLD_PATH.read_text(encoding="utf-8"))


def _sentence_at(body: str, start: int, end: int) -> str:
    """The sentence around [start, end): the pipeline's sentence, approximated by punctuation."""
    left = max(body.rfind(ch, 0, start) for ch in ".!?\n") + 1
    rights = [i for i in (body.find(ch, end) for ch in ".!?\n") if i != -1]
    right = min(rights) + 1 if rights else len(body)
    return body[left:right].strip()


def _claim(
    article: Article,
    mention: str,
    kind: str,
    low: float,
    high: float,
    as_of: date | None,
    **extra: Any,
) -> Claim:
    match = re.search(re.escape(mention), article.body, flags=re.IGNORECASE)
    assert match, f"{mention!r} not in {article.id}"
    start, end = match.span()
    value = low if kind == "count" else (low + high) / 2
    return Claim(
        id=Claim.make_id(article.id, start, end, kind),
        article=article.id,
        mention=article.body[start:end],
        sentence=_sentence_at(article.body, start, end),
        start=start,
        end=end,
        kind=kind,
        value=value,
        low=low,
        high=high,
        unit=UNITS[kind],
        stated=Stated(value, low, high, UNITS[kind]),
        measure=extra.pop("measure", MEASURES.get(kind, "")),
        as_of=DateSpan.day(as_of) if as_of else None,
        attribution=article.outlet,
        **extra,
    )


def build_result() -> CheckResult:
    """Articles, claims, relations (5 updates, 1 agreement, 2 contradictions), groups, reviews."""
    gold = load_gold()
    articles = {
        aid: Article(
            id=aid,
            title=(SEEDS / f"{aid}.txt").read_text(encoding="utf-8").splitlines()[0],
            body=(SEEDS / f"{aid}.txt").read_text(encoding="utf-8"),
            published=date.fromisoformat(gold["articles"][aid]["published"]),
            outlet=outlet,
            path=f"seeds/{aid}.txt",
            date_source="dateline",
        )
        for aid, outlet in SEED_OUTLETS.items()
    }
    articles[SYNTHETIC_ID] = Article(
        id=SYNTHETIC_ID,
        title=SYNTHETIC_TEXT.splitlines()[0],
        body=SYNTHETIC_TEXT,
        published=SYNTHETIC_PUBLISHED,
        outlet="Example Wire",
        path=None,
    )

    by_key: dict[tuple[str, str], Claim] = {}
    wanted = (*SHARE_MENTIONS, *OFFENSIVE_MENTIONS, FLED_MENTION)
    for g in gold["claims"]:
        if g["article"] in articles and g["mention"] in wanted:
            as_of = date.fromisoformat(g["as_of"]) if "as_of" in g else None
            claim = _claim(
                articles[g["article"]], g["mention"], g["kind"], g["low"], g["high"], as_of
            )
            by_key[(g["article"], g["mention"])] = claim

    synthetic = articles[SYNTHETIC_ID]
    fled = _claim(
        synthetic,
        "Some 10,000",
        "count",
        9000,
        11000,
        SYNTHETIC_PUBLISHED,
        cumulative=True,
        approximate=True,
    )
    weeks = _claim(synthetic, "five weeks", "duration", 31, 39, SYNTHETIC_PUBLISHED)

    relations = []
    for rel in gold["relations"]:
        a, b = tuple(rel["a"]), tuple(rel["b"])
        expect = rel["expect"] if isinstance(rel["expect"], str) else rel["expect"][0]
        if a in by_key and b in by_key and expect != "none":
            relations.append(
                Relation(by_key[a].id, by_key[b].id, expect, 0.8, f"gold: {rel.get('why', expect)}")
            )
    xinhua_fled = by_key[("003_c1ba852690f5ce04", FLED_MENTION)]
    afp_weeks = by_key[("004_c2ce3b4b1e957bb0", "three weeks")]
    open_conflict = Relation(
        fled.id,
        xinhua_fled.id,
        "contradicts",
        0.9,
        "Example Wire says some 10,000 fled by 2016-12-08; Xinhua said over 30,000 by 2016-12-07",
    )
    dismissed_conflict = Relation(
        weeks.id,
        afp_weeks.id,
        "contradicts",
        0.6,
        "Example Wire dates the start five weeks back; AFP three weeks",
    )
    relations += [open_conflict, dismissed_conflict]

    share = tuple(by_key[(a, m)].id for (a, m) in by_key if m in SHARE_MENTIONS)
    offensive = tuple(by_key[(a, m)].id for (a, m) in by_key if m in OFFENSIVE_MENTIONS)
    groups = (
        Group("g-share", MEASURES["percent"], share, "evolving"),
        Group("g-offensive", MEASURES["duration"], (*offensive, weeks.id), "consistent"),
        Group("g-fled", MEASURES["count"], (xinhua_fled.id, fled.id), "conflicting"),
    )
    weekday = "Thursday, December 7"
    start = synthetic.body.index(weekday)
    inconsistency = Inconsistency(
        article=SYNTHETIC_ID,
        kind="weekday",
        message=f"Thursday does not fall on 2016-12-07, a {date(2016, 12, 7):%A}",
        mention=weekday,
        start=start,
        end=start + len(weekday),
    )
    reviews = (
        Review(dismissed_conflict.id, "accepted", "first look", "2026-11-20T10:00:00+00:00"),
        Review(dismissed_conflict.id, "dismissed", DISMISSED_NOTE, "2026-11-21T10:00:00+00:00"),
        Review(open_conflict.id, "accepted", OPEN_NOTE, "2026-11-21T11:00:00+00:00"),
    )
    return CheckResult(
        articles=tuple(articles.values()),
        claims=(*by_key.values(), fled, weeks),
        relations=tuple(relations),
        groups=groups,
        inconsistencies=(inconsistency,),
        reviews=reviews,
        model=ModelInfo("sentence-transformers/all-MiniLM-L6-v2", "53aa51172d142c89"),
    )


FAKES_PATH = ROOT / "data" / "fa-kes" / "fakes.csv"
_TOLL = re.compile(
    r"\b(\d{1,3}(?:,\d{3})*|\d+)\s+(?:people\s+|civilians\s+|persons\s+)?"
    r"(?:were\s+|have\s+been\s+)?(killed|dead|died|wounded|injured)\b",
    re.IGNORECASE,
)


def fakes_result(limit: int = 80) -> CheckResult:
    """Real FA-KES text with crude toll claims and relations, to stress the renderers.

    Claims are "N killed/wounded" figures; articles about the same place and role form a group,
    linked in date order as agrees (same figure), updates (higher later) or contradicts (lower
    later). Good enough to push messy quotes, long sentences and many groups through reports.
    """
    import csv
    from datetime import datetime

    articles: list[Article] = []
    claims: list[Claim] = []
    with FAKES_PATH.open(encoding="utf-8", errors="replace", newline="") as fh:
        for row in csv.DictReader(fh):
            if len(articles) >= limit:
                break
            try:
                published = datetime.strptime(row["date"], "%m/%d/%y").date()
            except ValueError:
                published = None
            article = Article(
                id=f"fakes_{row['unit_id']}",
                title=row["article_title"],
                body=row["article_content"],
                published=published,
                outlet=row["source"] or None,
                path=None,
            )
            found = list(_TOLL.finditer(article.body))
            if not found:
                continue
            articles.append(article)
            for m in found[:3]:
                value = float(m.group(1).replace(",", ""))
                role = "injured" if m.group(2).lower() in ("wounded", "injured") else "killed"
                start, end = m.span(1)
                claims.append(
                    Claim(
                        id=Claim.make_id(article.id, start, end, "count"),
                        article=article.id,
                        mention=m.group(1),
                        sentence=_sentence_at(article.body, start, end),
                        start=start,
                        end=end,
                        kind="count",
                        value=value,
                        low=value,
                        high=value,
                        unit="",
                        stated=Stated(value, value, value, ""),
                        measure=f"people {role} in {row['location'] or 'Syria'}",
                        as_of=DateSpan.day(published) if published else None,
                        role=role,
                    )
                )
    by_measure: dict[str, list[Claim]] = {}
    for c in claims:
        by_measure.setdefault(c.measure, []).append(c)
    relations: list[Relation] = []
    groups: list[Group] = []
    for measure, members in sorted(by_measure.items()):
        members.sort(key=lambda c: (c.as_of.start if c.as_of else date.min, c.id))
        for a, b in pairwise(members):
            if a.value == b.value:
                kind = "agrees"
            else:
                kind = "updates" if b.value > a.value else "contradicts"
            relations.append(Relation(a.id, b.id, kind, 0.5, f"{a.mention} then {b.mention}"))
        groups.append(Group(f"g-{measure}", measure, tuple(c.id for c in members), "evolving"))
    return CheckResult(tuple(articles), tuple(claims), tuple(relations), tuple(groups))
