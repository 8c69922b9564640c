"""Unit tests for the relate rules, on small hand-written claims."""

from __future__ import annotations

import random
from datetime import date

import numpy as np
import pytest

from factcheck.model import Claim, DateSpan, Relation, Stated
from factcheck.relate import RELATE_VERSION, compare, group, relate, same_measure

_counter = iter(range(10**6))


def claim(
    kind: str = "count",
    value: float | None = 10,
    *,
    low: float | None = None,
    high: float | None = None,
    on: str | None = "2016-12-06",
    until: str | None = None,
    unit: str | None = None,
    stated: tuple[float | None, str] | None = None,
    mention: str | None = None,
    article: str | None = None,
    sentence: str = "",
    **fields: object,
) -> Claim:
    """A claim with sensible defaults (its own article); stated defaults to the figure."""
    n = next(_counter)
    article = article or f"art{n}"
    unit = unit if unit is not None else {"percent": "%", "duration": "days"}.get(kind, "")
    sv, su = stated if stated is not None else (value, unit)
    as_of = None
    if on is not None:
        as_of = DateSpan(date.fromisoformat(on), date.fromisoformat(until or on))
    return Claim(
        id=f"c{n:05d}",
        article=article,
        mention=mention or f"{value}",
        sentence=sentence,
        start=n,
        end=n + 1,
        kind=kind,
        value=value,
        low=low if low is not None else value,
        high=high if high is not None else value,
        unit=unit,
        stated=Stated(sv, sv, sv, su),
        as_of=as_of,
        **fields,  # type: ignore[arg-type]
    )


def territory(value: float, on: str, holder: str = "government", **kw: object) -> Claim:
    base: dict[str, object] = {
        "subject": "territory",
        "role": "captured",
        "place": "eastern Aleppo",
        "cumulative": True,
    }
    base["stated"] = (value, "percent")
    base.update(kw)
    return claim("percent", value, on=on, holder=holder, **base)  # type: ignore[arg-type]


def one(a: Claim, b: Claim) -> Relation:
    rel = compare(a, b)
    assert rel is not None, same_measure(a, b)
    return rel


def test_version_is_a_string() -> None:
    assert isinstance(RELATE_VERSION, str) and RELATE_VERSION


def test_same_day_different_shares_contradict() -> None:
    a = territory(90, "2016-12-08")
    b = territory(99, "2016-12-08")
    rel = one(a, b)
    assert rel.type == "contradicts"
    assert 0 < rel.confidence <= 1
    assert "90" in rel.reason and "99" in rel.reason


def test_same_day_same_share_agrees() -> None:
    assert one(territory(85, "2016-12-08"), territory(85, "2016-12-08")).type == "agrees"


def test_complement_share_agrees() -> None:
    gov = territory(90, "2016-12-12", mention="90 percent")
    rebels = territory(
        10, "2016-12-12", holder="rebels", role="left", mention="a tenth", cumulative=False
    )
    ok, why = same_measure(gov, rebels)
    assert ok, why
    assert one(gov, rebels).type == "agrees"
    # the rebels' 30% is the government's 70%: not the 90% said the same day
    assert one(gov, territory(30, "2016-12-12", holder="rebels")).type == "contradicts"


def test_rising_territory_chain_updates_never_contradicts() -> None:
    chain = [
        territory(40, "2016-11-28"),
        territory(60, "2016-12-04", stated=(0.6, "three-fifths")),
        territory(75, "2016-12-06", low=70, high=80, approximate=True),
        territory(85, "2016-12-08", low=80, high=90, approximate=True),
    ]
    for i, a in enumerate(chain):
        for b in chain[i + 1 :]:
            rel = one(b, a)
            assert rel.type == "updates", rel
            assert rel.source == a.id and rel.target == b.id  # earlier → later
            assert "rose" in rel.reason


def test_later_lower_cumulative_toll_contradicts() -> None:
    kw = {"subject": "civilians", "role": "killed", "cumulative": True, "place": "Syria"}
    early = claim(value=310_000, on="2016-12-01", **kw)
    late = claim(value=250_000, on="2016-12-09", **kw)
    rel = one(early, late)
    assert rel.type == "contradicts"
    higher = claim(value=320_000, on="2016-12-09", **kw)
    assert one(early, higher).type == "updates"


def test_killed_vs_injured_no_edge() -> None:
    a = claim(value=5, role="killed", subject="civilians")
    b = claim(value=5, role="wounded", subject="civilians")
    assert not same_measure(a, b)[0]
    assert compare(a, b) is None


def test_east_vs_west_no_edge() -> None:
    a = territory(85, "2016-12-08", place="east Aleppo")
    b = territory(40, "2016-12-08", place="western Aleppo")
    assert compare(a, b) is None
    # an unknown place is compatible
    assert compare(a, territory(85, "2016-12-08", place=None)) is not None


def test_vague_amount_overlaps_precise_one() -> None:
    kw = {"role": "killed", "subject": "people"}
    dozens = claim(value=36, low=24, high=99, approximate=True, mention="dozens", **kw)
    forty = claim(value=40, **kw)
    assert one(dozens, forty).type == "agrees"
    assert one(dozens, claim(value=300, **kw)).type == "contradicts"


def test_one_off_counts_on_different_days_no_edge() -> None:
    sat = claim(value=29, role="injured", subject="civilians", on="2016-12-03")
    sun = claim(value=10, role="wounded", subject="civilians", on="2016-12-04")
    ok, why = same_measure(sat, sun)
    assert not ok and "day" in why


def test_duration_start_dates_agree() -> None:
    kw = {"event": "offensive", "stated": (2, "weeks")}
    two = claim("duration", 14, on="2016-12-06", **kw)
    two_later = claim("duration", 14, on="2016-12-07", **kw)
    three = claim("duration", 21, on="2016-12-08", event="major offensive", stated=(3, "weeks"))
    assert one(two, two_later).type == "agrees"
    assert one(two_later, three).type in ("agrees", "updates")
    # the same offensive said to have started three weeks apart is a conflict
    six = claim("duration", 42, on="2016-12-08", event="offensive", stated=(6, "weeks"))
    assert one(two, six).type == "contradicts"
    # an offensive that started half a year earlier is another offensive
    far = claim("duration", 180, on="2016-12-08", event="offensive", stated=(6, "months"))
    assert compare(two, far) is None


def test_truce_vs_ceasefire_proposals_no_edge() -> None:
    truce = claim("duration", 7, on=None, event="humanitarian truce", stated=(7, "day"))
    ask = claim("duration", 5, on=None, event="ceasefire", stated=(5, "day"))
    ok, why = same_measure(truce, ask)
    assert not ok and "proposal" in why


def test_rebel_rule_vs_war_no_edge() -> None:
    rule = claim("duration", 1800, event="rebel control", stated=(5, "years"))
    war = claim("duration", 2190, event="conflict", stated=(6, "years"))
    assert compare(rule, war) is None


def test_dates_of_one_event() -> None:
    a = claim("date", None, on="2011-01-01", until="2011-12-31", event="war")
    b = claim("date", None, on="2011-03-15", event="civil war")
    c = claim("date", None, on="2012-03-01", event="conflict")
    assert one(a, b).type == "agrees"
    assert one(a, c).type == "contradicts"


def test_recurring_event_dates_far_apart_are_different_occurrences() -> None:
    a = claim("date", None, on="2016-02-27", event="truce")
    near = claim("date", None, on="2016-03-05", event="ceasefire")
    far = claim("date", None, on="2016-09-12", event="ceasefire")
    assert one(a, near).type == "contradicts"
    assert compare(a, far) is None


def test_events_of_different_parties_no_edge() -> None:
    rebel = claim("date", None, on="2012-07-01", event="rebel rule")
    gov = claim("date", None, on="2012-07-01", event="government rule")
    assert compare(rebel, gov) is None
    unknown = claim("date", None, on="2012-01-01", event="bloody killing")
    assert not same_measure(unknown, claim("date", None, on="2012-01-01", event="bloody killing"))[
        0
    ]


def test_order_of_magnitude_apart_is_another_scope() -> None:
    kw = {"role": "killed", "subject": "people", "cumulative": True}
    town = claim(value=115, on="2016-01-01", **kw)
    war = claim(value=250_000, on="2016-01-02", **kw)
    ok, why = same_measure(town, war)
    assert not ok and "magnitude" in why


def test_count_without_role_is_not_matched() -> None:
    a = claim(value=33, subject="people")
    b = claim(value=20, subject="civilians", role="killed")
    assert compare(a, b) is None


def _random_corpus(n: int, seed: int) -> tuple[list[Claim], np.ndarray]:
    rng = random.Random(seed)
    claims: list[Claim] = []
    for k in range(n):
        day = f"2016-12-0{rng.randint(1, 9)}"
        if rng.random() < 0.5:
            claims.append(territory(rng.choice([40, 60, 75, 85, 90]), day, article=f"a{k % 7}"))
        else:
            role = rng.choice(["killed", "injured", "fled"])
            claims.append(claim(value=rng.choice([5, 10, 29]), on=day, role=role, subject="people"))
    gen = np.random.default_rng(seed)
    centres = gen.normal(size=(3, 16))
    vecs = centres[gen.integers(0, 3, n)] + 0.3 * gen.normal(size=(n, 16))
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
    return claims, vecs.astype(np.float32)


def test_relate_is_order_independent() -> None:
    claims, vecs = _random_corpus(60, 1)
    full = relate(claims, vecs)
    assert full, "expected some relations"
    perm = np.random.default_rng(2).permutation(len(claims))
    shuffled = relate([claims[i] for i in perm], vecs[perm])
    assert shuffled == full
    assert relate(claims, vecs) == full


def test_incremental_equals_full() -> None:
    claims, vecs = _random_corpus(60, 3)
    full = relate(claims, vecs)
    union: dict[str, Relation] = {}
    for end in range(10, 61, 10):
        added = {c.id for c in claims[end - 10 : end]}
        for r in relate(claims[:end], vecs[:end], new=added):
            union[r.id] = r
    assert sorted(union.values(), key=lambda r: r.id) == full


def test_new_restricts_pairs() -> None:
    claims, vecs = _random_corpus(40, 4)
    new = {claims[0].id}
    assert all(new & {r.source, r.target} for r in relate(claims, vecs, new=new))


def test_low_similarity_pairs_are_not_candidates() -> None:
    a, b = territory(85, "2016-12-08"), territory(99, "2016-12-08")
    orthogonal = np.eye(2, dtype=np.float32)
    assert relate([a, b], orthogonal) == []
    assert [r.type for r in relate([a, b], np.ones((2, 2), np.float32) / np.sqrt(2))] == [
        "contradicts"
    ]


def test_within_one_article() -> None:
    a = territory(40, "2016-11-28", article="x")
    b = territory(60, "2016-12-04", article="x")
    vecs = np.ones((2, 4), np.float32) / 2
    assert [r.type for r in relate([a, b], vecs)] == ["updates"]


def test_mismatched_vectors_rejected() -> None:
    with pytest.raises(ValueError):
        relate([territory(40, "2016-11-28")], np.zeros((2, 3), np.float32))


def test_groups_status_and_stable_id() -> None:
    a, b, c = (
        territory(v, d) for v, d in [(40, "2016-11-28"), (60, "2016-12-04"), (60, "2016-12-04")]
    )
    x, y = territory(90, "2016-12-08", place="Homs"), territory(99, "2016-12-08", place="Homs")
    rels = [r for p in [(a, b), (b, c), (x, y)] if (r := compare(*p)) is not None]
    groups = group([a, b, c, x, y], rels)
    status = {g.claims: g.status for g in groups}
    assert status[tuple(sorted((a.id, b.id, c.id)))] == "evolving"
    assert status[tuple(sorted((x.id, y.id)))] == "conflicting"
    assert group([y, x, c, b, a], list(reversed(rels))) == groups
    only_agree = group([b, c], [r for r in rels if r.type == "agrees"])
    assert [g.status for g in only_agree] == ["consistent"]


@pytest.mark.parametrize("seed", [7, 8, 9])
def test_blocking_never_drops_a_same_measure_pair(seed: int) -> None:
    """With identical vectors every pair is similar: relate must equal brute-force compare."""
    rng = random.Random(seed)
    claims = []
    for _ in range(120):
        kind = rng.choice(["count", "percent", "duration", "date", "money"])
        fields: dict[str, object] = {
            "role": rng.choice(["killed", "wounded", "remain", "captured", None]),
            "subject": rng.choice(["civilians", "territory", None]),
            "place": rng.choice(
                ["east Aleppo", "Aleppo", "Homs", "west Aleppo", "Aleppo, Homs", None]
            ),
            "holder": rng.choice(["government", "rebels", None]),
            "event": rng.choice(["offensive", "war", None]),
            "cumulative": rng.random() < 0.3,
        }
        on = rng.choice(["2016-12-03", "2016-12-04", "2016-11-01", None])
        claims.append(claim(kind, float(rng.choice([10, 12, 40, 60])), on=on, **fields))
    vecs = np.ones((len(claims), 8), np.float32) / np.sqrt(8)
    brute = {}
    for i, a in enumerate(claims):
        for b in claims[i + 1 :]:
            if (r := compare(a, b)) is not None:
                brute[r.id] = (r.source, r.target, r.type)
    got = {r.id: (r.source, r.target, r.type) for r in relate(claims, vecs)}
    assert brute and got == brute


def test_running_tolls_far_apart_are_different_events() -> None:
    kw = {"role": "killed", "subject": "people", "cumulative": True}
    first = claim(value=24, on="2016-05-03", **kw)
    assert compare(first, claim(value=10, on="2016-09-13", **kw)) is None
    assert one(first, claim(value=30, on="2016-05-06", **kw)).type == "updates"


def test_two_figures_in_one_sentence_count_different_groups() -> None:
    kw = {"role": "killed", "subject": "civilians", "article": "x", "sentence": "s1"}
    a, b = claim(value=15, **kw), claim(value=6, **kw)
    ok, why = same_measure(a, b)
    assert not ok and "sentence" in why
    other = claim(value=6, **{**kw, "sentence": "s2"})
    cross = claim(value=6, **{**kw, "article": "y"})
    assert compare(a, other) is None  # one article's two counts: two incidents or a part
    assert one(a, cross).type == "contradicts"
    same_value = claim(value=15, **{**kw, "sentence": "s2"})
    assert one(a, same_value).type == "agrees"


def test_a_part_never_contradicts_a_whole() -> None:
    kw = {"role": "killed", "subject": "civilians"}
    whole = claim(value=31, article="x", sentence="Raids killed 31 civilians.", **kw)
    part = claim(
        value=10,
        mention="10",
        article="y",
        sentence="Raids killed 31 civilians, including 10 on a bus.",
        **kw,
    )
    others = claim(
        value=3, mention="three", article="z", sentence="A shell killed three others.", **kw
    )
    critical = claim(
        value=15,
        mention="15",
        article="v",
        sentence="He added that 15 of the wounded were in critical condition.",
        **kw,
    )
    assert compare(whole, part) is None
    assert compare(whole, others) is None
    assert compare(whole, critical) is None
    assert one(part, claim(value=10, article="w", **kw)).type == "agrees"


def _vecs(n: int) -> np.ndarray:
    return np.ones((n, 4), np.float32) / 2


def test_a_sentence_giving_both_figures_is_no_dispute() -> None:
    kw = {"role": "killed", "subject": "civilians", "place": "Aleppo"}
    text = "Strikes killed 45 civilians in Aleppo and 22 in the city's east."
    big = claim(value=45, mention="45 civilians", article="x", sentence=text, **kw)
    small = claim(value=22, mention="22", article="x", sentence=text, **kw)
    other = claim(value=22, mention="22", article="y", sentence="22 were killed.", **kw)
    types = {(r.source, r.target): r.type for r in relate([big, small, other], _vecs(3))}
    assert all(t != "contradicts" for t in types.values()), types
    assert "agrees" in types.values()


def test_conflicts_need_evidence_of_one_story() -> None:
    kw = {"role": "killed", "subject": "people"}
    a, b = claim(value=11, article="x", **kw), claim(value=60, article="y", **kw)
    close = np.array([[1, 0], [0.9, np.sqrt(1 - 0.81)]], np.float32)
    loose = np.array([[1, 0], [0.5, np.sqrt(0.75)]], np.float32)
    assert [r.type for r in relate([a, b], close)] == ["contradicts"]
    assert relate([a, b], loose) == []  # no shared place, contexts not alike: two incidents
    placed = [
        claim(value=v, article=art, place="al-Bab", **kw) for v, art in ((11, "x"), (60, "y"))
    ]
    assert [r.type for r in relate(placed, loose)] == ["contradicts"]
    country = [
        claim(value=v, article=art, place="Syria", **kw) for v, art in ((11, "x"), (60, "y"))
    ]
    assert relate(country, loose) == []  # a country names no incident


def test_placeless_figures_weeks_apart_are_not_tied() -> None:
    kw = {"role": "remaining", "subject": "people"}
    july = claim(value=400_000, on="2016-07-02", place=None, **kw)
    november = claim(value=275_000, on="2016-11-04", place=None, **kw)
    assert compare(july, november) is None
    placed = [
        claim(value=v, on=d, place="eastern Ghouta", **kw)
        for v, d in [(400_000, "2016-07-02"), (275_000, "2016-11-04")]
    ]
    assert one(*placed).type == "updates"


def test_elapsed_years_are_floored_by_writers() -> None:
    five = claim("duration", 1826, on="2016-10-29", event="civil war", stated=(5, "years"))
    six = claim("duration", 2191, on="2016-10-01", event="conflict", stated=(6, "years"))
    assert one(five, six).type == "agrees"


def test_placeless_dates_of_a_recurring_event_weeks_apart_no_edge() -> None:
    kobani = claim("date", None, on="2014-09-16", event="offensive", place=None)
    hama = claim("date", None, on="2014-07-31", event="assault", place="Hama")
    assert compare(kobani, hama) is None


def test_contradiction_without_shared_place_is_less_certain() -> None:
    kw = {"role": "killed", "subject": "people"}
    placed = one(claim(value=36, place="Idlib", **kw), claim(value=6, place="Idlib", **kw))
    placeless = one(claim(value=36, place="Idlib", **kw), claim(value=6, **kw))
    assert placed.type == placeless.type == "contradicts"
    assert placeless.confidence < placed.confidence


def _pair_vecs(sim: float) -> np.ndarray:
    """Two unit vectors whose cosine is ``sim``."""
    return np.array([[1.0, 0.0], [sim, np.sqrt(1 - sim * sim)]], np.float32)


def test_moved_counts_need_near_paraphrases_to_be_updates() -> None:
    kw = {"role": "killed", "subject": "people", "place": "Aleppo", "cumulative": True}
    early, late = claim(value=5, on="2016-11-01", **kw), claim(value=10, on="2016-11-02", **kw)
    assert [r.type for r in relate([early, late], _pair_vecs(0.95))] == ["updates"]
    assert relate([early, late], _pair_vecs(0.6)) == []  # same city, likely another toll


def test_conflicting_dates_need_near_paraphrases() -> None:
    a = claim("date", None, on="2011-03-01", until="2011-03-31", event="war began")
    b = claim("date", None, on="2012-07-01", until="2012-07-31", event="the war")
    assert [r.type for r in relate([a, b], _pair_vecs(0.9))] == ["contradicts"]
    assert relate([a, b], _pair_vecs(0.5)) == []  # "warplanes first used in the war in July 2012"


def test_tolls_anchored_to_one_start_in_articles_apart_do_not_conflict() -> None:
    """ "150,000 killed since March 2011" (a 2014 article) vs "400,000" (a 2017 one)."""
    kw = {"role": "killed", "subject": "people", "cumulative": True}
    since = {"on": "2011-03-01", "until": "2011-03-31"}
    old = claim(value=150_000, article="x", **since, **kw)
    new = claim(value=400_000, article="y", **since, **kw)
    assert [r.type for r in relate([old, new], _pair_vecs(0.95))] == ["contradicts"]
    published = [
        claim("date", None, on=day, event="talks", article=art)
        for art, day in (("x", "2014-04-01"), ("y", "2017-04-01"))
    ]
    vecs = np.vstack([_pair_vecs(0.95), [[0.0, 1.0], [0.0, 1.0]]]).astype(np.float32)
    pair = {old.id, new.id}
    assert not [r for r in relate([old, new, *published], vecs) if {r.source, r.target} == pair]
    # "the war that began in 2011 has killed 230,000" (2015) vs "... 330,000" (2017)
    yearly = {"on": "2011-01-01", "until": "2011-12-31", "role": "killed", "subject": "people"}
    a, b = claim(value=230_000, article="x", **yearly), claim(value=330_000, article="y", **yearly)
    assert [r.type for r in relate([a, b], _pair_vecs(0.95))] == ["contradicts"]
    assert not [r for r in relate([a, b, *published], vecs) if {r.source, r.target} == {a.id, b.id}]


def test_shares_of_one_holder_on_one_day_conflict_without_a_place_on_both() -> None:
    """90% vs 99% held by the government on one day must be flagged even when only one
    report names the place and the wording differs."""
    a = territory(90, "2016-12-12")
    b = territory(99, "2016-12-12", place=None)
    assert [r.type for r in relate([a, b], _pair_vecs(0.5))] == ["contradicts"]
    unnamed = territory(99, "2016-12-12", holder=None, place=None)
    assert relate([a, unnamed], _pair_vecs(0.5)) == []


def test_transliterated_place_names_match() -> None:
    kw = {"role": "killed", "subject": "people"}
    for first, second in (
        ("Khan Sheikhoun", "Khan Shaykhun"),
        ("Raqqa", "Raqa"),
        ("Idlib", "Idleb"),
    ):
        a, b = claim(value=58, place=first, **kw), claim(value=86, place=second, **kw)
        assert same_measure(a, b)[0], (first, second)
    daraa, daraya = claim(value=5, place="Daraa", **kw), claim(value=9, place="Daraya", **kw)
    assert not same_measure(daraa, daraya)[0]  # two towns, not two spellings


def _at(sim: float) -> np.ndarray:
    """Two unit vectors with the given cosine."""
    return np.array([[1, 0], [sim, np.sqrt(1 - sim**2)]], np.float32)


def test_same_day_tolls_of_one_rare_incident_conflict_without_a_place() -> None:
    kw = {"role": "killed", "subject": "people"}
    gas = [
        claim(value=v, article=art, sentence=s, **kw)
        for v, art, s in (
            (1400, "x", "A sarin attack on the suburbs killed 1400 people."),
            (500, "y", "Activists said a poison gas attack killed 500 people on Wednesday."),
        )
    ]
    assert [r.type for r in relate(gas, _at(0.6))] == ["contradicts"]
    assert relate(gas, _at(0.45)) == []  # a shared incident kind still needs some likeness
    strikes = [
        claim(value=v, article=art, sentence=s, **kw)
        for v, art, s in (
            (14, "x", "An air strike killed 14 people."),
            (9, "y", "Air strikes on other areas killed 9 people."),
        )
    ]
    assert relate(strikes, _at(0.6)) == []  # air strikes happen many times a day
    later = [gas[0], claim(value=500, article="y", on="2016-12-07", sentence=gas[1].sentence, **kw)]
    assert relate(later, _at(0.6)) == []  # one-off tolls of different days are not compared
    bombing = [
        claim(value=v, article=art, sentence=s, **kw)
        for v, art, s in (
            (22, "x", "State TV said a car bombing in the town killed 22 people."),
            (44, "y", "A suicide blast killed at least 44 people on Wednesday."),
        )
    ]
    assert [r.type for r in relate(bombing, _at(0.6))] == ["contradicts"]
