"""The accuracy suite itself: its stories are well-formed and its scorer counts what it says."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import numpy as np
import pytest

from bench.accuracy.__main__ import regressions
from bench.accuracy.gold import STORIES, load_stories
from bench.accuracy.score import (
    Tally,
    Verdicts,
    counted_ok,
    ece,
    field_hits,
    match_claims,
    place_ok,
    score_story,
    summary,
)
from bench.accuracy.train import (
    _gold_answers,
    _named_pairs,
    choose_strength,
    platt,
    story_weights,
)
from bench.accuracy.validate import check_story
from factcheck.model import Article, Claim, DateSpan, Relation, Stated


@pytest.fixture(scope="module")
def stories() -> list[Any]:
    return load_stories()


def test_every_story_is_valid(stories: list[Any]) -> None:
    for story in stories:
        assert check_story(STORIES / story.name) == [], story.name


def test_the_suite_is_as_large_as_promised(stories: list[Any]) -> None:
    """What the accuracy issue asks of the suite, read from the gold files."""
    relations = [r for s in stories for r in s.gold["relations"]]
    traps = [r for r in relations if r["expect"] == "none"]
    assert len(stories) >= 10
    assert len({s.domain for s in stories}) >= 5
    assert sum(len(s.paths) for s in stories) >= 60
    assert all(5 <= len(s.paths) <= 10 for s in stories)
    assert len(relations) >= 400 and 3 * len(traps) >= len(relations)
    test = [s for s in stories if s.split == "test"]
    assert len(test) >= 4 and len({s.domain for s in test}) >= 2
    assert all((STORIES / s.name / "FACTS.md").is_file() for s in stories)


def test_split_in_gold_matches_splits_file(stories: list[Any]) -> None:
    for story in stories:
        assert story.gold.get("split", story.split) == story.split, story.name


def _claim(article: str, start: int, end: int, **fields: Any) -> Claim:
    base: dict[str, Any] = {
        "id": f"{article}-{start}",
        "article": article,
        "mention": "x",
        "sentence": "",
        "start": start,
        "end": end,
        "kind": "count",
        "value": 41.0,
        "low": 41.0,
        "high": 41.0,
        "unit": "",
        "stated": Stated(41.0, 41.0, 41.0, ""),
    }
    return Claim(**(base | fields))


def test_claims_match_by_overlap_and_serve_one_gold_each() -> None:
    body = "At least 41 people died and 41 were hurt."
    gold = [
        {"article": "a", "mention": "at least 41 people"},
        {"article": "a", "mention": "41 were"},
    ]
    first = _claim("a", 0, 11)
    second = _claim("a", 27, 29)
    matched = match_claims(gold, [second, first], {"a": body})
    assert matched == {0: first, 1: second}


def test_a_claim_of_the_golds_kind_is_matched_before_a_wider_overlap() -> None:
    """ "11.1% in October" also covers the date "October", which overlaps it more."""
    body = "Inflation hit 11.1% in October."
    gold = [{"article": "a", "mention": "11.1% in October", "kind": "percent"}]
    share = _claim("a", 14, 19, kind="percent")
    month = _claim("a", 23, 30, kind="date")
    assert match_claims(gold, [month, share], {"a": body}) == {0: share}


def test_fields_accept_listed_names_and_plurals() -> None:
    assert place_ok("eastern Aleppo", ["Aleppo"])
    assert not place_ok("Paris", ["Aleppo"])
    assert place_ok(None, None) and not place_ok("Syria", None)
    assert counted_ok("civilians", "civilian") and counted_ok("persons", ["people"])
    assert not counted_ok("children", "people")


def test_a_duration_or_distance_may_be_counted_in_any_unit_of_its_dimension() -> None:
    assert counted_ok("months", "days", "duration") and counted_ok("hours", ["weeks"], "duration")
    assert counted_ok("kilometres", ["km"], "distance") and counted_ok("metres", "feet", "distance")
    assert not counted_ok("months", "days", "count")  # a count of months is no duration
    assert not counted_ok("days", ["severance", "pay"], "duration")  # a thing, not a unit
    assert not counted_ok("hours", ["km"], "distance")


def test_a_missed_claim_gets_every_field_wrong_and_unset_as_of_is_not_scored() -> None:
    gold = {
        "kind": "count",
        "low": 40,
        "high": 45,
        "counted": "people",
        "role": "killed",
        "place": None,
        "as_of": None,
        "modality": "reported",
        "attribution": "AFP",
        "background": False,
    }
    assert set(field_hits(None, gold, "AFP").values()) == {False}
    got = _claim("a", 0, 2, subject="people", role="killed", as_of=DateSpan.day(date(2023, 2, 7)))
    hits = field_hits(got, gold, "AFP")
    assert "as_of" not in hits
    assert all(hits.values()), hits


def test_updates_hold_through_a_chain_but_not_across_a_contradiction() -> None:
    a, b, c, d = (_claim("x", i, i + 1) for i in range(4))
    verdicts = Verdicts(
        [
            Relation(a.id, b.id, "updates", 0.9, "r"),
            Relation(b.id, c.id, "updates", 0.9, "r"),
            Relation(c.id, d.id, "contradicts", 0.9, "r"),
        ]
    )
    assert verdicts.between(a, c) == ("updates", None)
    assert verdicts.between(a, d)[0] == "none"
    assert verdicts.between(c, d) == ("contradicts", 0.9)
    assert verdicts.between(a, None)[0] == "none"


def test_story_scores_precision_recall_and_traps() -> None:
    body = "Officials said 41 died. A monitor said 56 died. Police said 7 were hurt."
    article = Article("a", "t", body, date(2023, 2, 7), outlet="AFP")
    c41, c56, c7 = _claim("a", 15, 17), _claim("a", 39, 41), _claim("a", 61, 62)
    spurious = _claim("a", 0, 3)
    gold = {
        "claims": [{"article": "a", "mention": m} for m in ("41", "56", "7 were")],
        "relations": [
            {"a": ["a", "41"], "b": ["a", "56"], "expect": "contradicts"},
            {"a": ["a", "41"], "b": ["a", "7 were"], "expect": "none"},
        ],
    }
    relations = [Relation(c41.id, c56.id, "contradicts", 0.8, "r")]
    tally, problems = score_story(gold, [article], [c41, c56, c7, spurious], relations)
    result = summary(tally)
    assert result["claims"]["recall"] == 1.0
    assert result["claims"]["precision"] == 0.75
    assert result["relations"]["contradicts"] == {
        "precision": 1.0,
        "recall": 1.0,
        "predicted": 1,
        "gold": 1,
    }
    assert result["relations"]["traps"]["kept_apart"] == 1.0
    assert problems["spurious"] == [["a", "x"]]


def test_revisions_are_scored_as_updates_and_as_revisions_of_their_own() -> None:
    body = "Officials said 41 died. They lowered it to 38. A monitor said 56 died."
    article = Article("a", "t", body, date(2023, 2, 7), outlet="AFP")
    c41, c38, c56 = _claim("a", 15, 17), _claim("a", 43, 45), _claim("a", 62, 64)
    gold = {
        "claims": [{"article": "a", "mention": m} for m in ("41", "38", "56")],
        "relations": [
            {"a": ["a", "41"], "b": ["a", "38"], "expect": ["updates", "revision"]},
            {"a": ["a", "38"], "b": ["a", "56"], "expect": "updates"},
        ],
    }

    def score(*relations: Relation) -> dict[str, Any]:
        tally, _ = score_story(gold, [article], [c41, c38, c56], list(relations))
        return summary(tally)["relations"]

    found = score(
        Relation(c41.id, c38.id, "updates", 0.8, "r", revision=True),
        Relation(c38.id, c56.id, "updates", 0.7, "r", revision=True),
    )
    assert found["revision"] == {"precision": 0.5, "recall": 1.0, "predicted": 2, "gold": 1}
    assert found["updates"]["precision"] == 1.0 and found["updates"]["recall"] == 1.0
    plain = score(Relation(c41.id, c38.id, "updates", 0.8, "r"))
    assert plain["revision"]["recall"] == 0.0, "an update not flagged is no revision found"
    assert plain["updates"]["recall"] == 0.5
    assert score(Relation(c41.id, c38.id, "contradicts", 0.8, "r"))["revision"]["recall"] == 0.0


def test_ece_is_zero_when_confidence_matches_accuracy() -> None:
    assert ece([(0.75, True), (0.75, True), (0.75, True), (0.75, False)]) == 0.0
    assert ece([(0.95, False), (0.95, False)]) == 0.95
    assert ece([]) is None
    assert Tally().ratio("nothing") is None


def test_the_guard_flags_only_drops() -> None:
    committed = json.loads('{"test": {"overall": {"claims": {"precision": 0.9, "recall": 0.8}}}}')
    better = {"test": {"overall": {"claims": {"precision": 0.95, "recall": 0.8}}}}
    worse = {"test": {"overall": {"claims": {"precision": 0.95, "recall": 0.7}}}}
    assert regressions(better, committed) == []
    assert regressions(worse, committed) == [
        "test.overall.claims.recall: 0.7000 < committed 0.8000"
    ]


def test_platt_scaling_learns_an_overconfident_model_down() -> None:
    """Confidences of 0.9 right half the time, 0.1 right a tenth of the time: scaled, 0.9
    falls towards a half, and each story weighs the same however many pairs it has."""
    rng = np.random.default_rng(0)
    p = np.repeat([0.9, 0.1], 2000)
    right = np.concatenate([rng.random(2000) < 0.5, rng.random(2000) < 0.1])
    groups = np.array(["a", "b"] * 2000)
    slope, intercept = platt(p, right, groups)
    scaled = 1 / (1 + np.exp(-(slope * np.log(9) + intercept)))
    assert 0.4 < scaled < 0.6
    assert platt(p, np.ones(len(p), dtype=bool), groups) == (1.0, 0.0)


def _relation(a: str, b: str, expect: object, first: str = "x") -> dict[str, Any]:
    return {"a": [first, a], "b": ["y", b], "expect": expect}


@pytest.mark.parametrize("domain", [("killed", "dead"), ("payrolls", "jobs added")])
def test_training_labels_spread_over_claims_that_agree(domain: tuple[str, str]) -> None:
    """What updates or contradicts one of two agreeing figures does so for the other, and a
    revision joins its timeline whichever order its set of answers comes in."""
    first, second = domain
    names = [f"10 {first}", f"11 {second}", f"20 {first}", f"9 {second}", f"30 {first}"]
    gold = {
        "claims": [{"article": art, "mention": m} for m in names for art in ("x", "y")],
        "relations": [
            _relation(names[0], names[0], "agrees"),
            _relation(names[0], names[2], "updates"),
            _relation(names[1], names[3], "contradicts"),
            _relation(names[2], names[4], ["revision", "updates"], first="y"),
        ],
    }
    answers = _gold_answers(gold)
    x = {m: 2 * n for n, m in enumerate(names)}  # the claim of each mention in article x
    y = {m: 2 * n + 1 for n, m in enumerate(names)}
    assert answers[frozenset((y[names[0]], y[names[2]]))] == {"updates"}  # x's partner in y
    assert answers[frozenset((x[names[0]], y[names[4]]))] == {"updates"}  # along the revision
    assert frozenset((x[names[0]], x[names[1]])) not in answers  # no gold link: unknown


def test_each_story_weighs_the_same_in_training() -> None:
    """A story of many pairs must not outweigh one of few: their weights sum alike."""
    groups = ["big"] * 90 + ["small"] * 10
    w = story_weights(groups)
    assert w[:90].sum() == pytest.approx(w[90:].sum())
    assert w.mean() == pytest.approx(1.0)


def test_named_pairs_are_those_a_gold_relation_names() -> None:
    """Calibration is fitted on the pairs gold names, not on the ones its sets imply."""
    names = ["10 killed", "11 dead", "12 dead"]
    gold = {
        "claims": [{"article": "x", "mention": m} for m in names],
        "relations": [
            {"a": ["x", names[0]], "b": ["x", names[1]], "expect": "agrees"},
            {"a": ["x", names[1]], "b": ["x", names[2]], "expect": "agrees"},
        ],
    }
    assert _named_pairs(gold) == {frozenset((0, 1)), frozenset((1, 2))}
    assert frozenset((0, 2)) in _gold_answers(gold)  # implied by the set, but not named


def test_the_strength_with_the_lowest_held_out_story_loss_is_chosen() -> None:
    """Held-out story log-loss decides, even by a margin inside the stories' spread: the
    strongest strength within one standard error shrank pairs of one measure apart."""
    spread = np.array([0.10, 0.20, 0.30, 0.40])
    close = {0.01: spread + 0.001, 0.03: spread, 0.1: spread + 0.002}
    assert choose_strength(close) == 0.03
    clear = {0.01: spread + 0.2, 0.1: spread}
    assert choose_strength(clear) == 0.1
