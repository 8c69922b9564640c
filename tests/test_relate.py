"""relate: definitions of the verdicts, the learned decision, order independence."""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Sequence
from datetime import date

import numpy as np
import pytest

from factcheck import keys, pairs, revisions
from factcheck import relate as relate_module
from factcheck.model import Claim, DateSpan, Relation, Stated
from factcheck.relate import RELATE_VERSION, compare, group, relate
from factcheck.verdicts import load

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


def same_vectors(n: int) -> np.ndarray:
    return np.ones((n, 4), np.float32) / 2


def test_version_names_the_model() -> None:
    assert RELATE_VERSION.endswith(load().version)


def test_a_pair_at_one_time_with_overlapping_values_agrees() -> None:
    a, b = territory(85, "2016-12-08"), territory(85, "2016-12-08", mention="about 85")
    assert pairs.VERDICTS[pairs.verdicts(pairs.table([a, b]), *_ends())[0]] == "agrees"


def test_a_pair_at_one_time_with_disjoint_values_contradicts() -> None:
    a, b = territory(85, "2016-12-08"), territory(99, "2016-12-08")
    assert pairs.VERDICTS[pairs.verdicts(pairs.table([a, b]), *_ends())[0]] == "contradicts"


@pytest.mark.parametrize(
    ("kind", "first", "second", "fields"),
    [
        ("count", 14, 15, {"role": "injured", "subject": "people"}),  # a rocket attack
        ("count", 21, 22, {"role": "aboard", "subject": "crew members"}),  # a ship's crew
        ("count", 291, 292, {"role": "won", "subject": "seats"}),  # an election count
        ("percent", 1.5, 1.6, {"subject": "inflation"}),  # edges one float error apart
    ],
)
def test_exact_figures_next_to_each_other_disagree(
    kind: str, first: float, second: float, fields: dict[str, object]
) -> None:
    """A "14" reaches up to 14.5 and a "15" down from it: an edge is shared, no value is."""
    a = claim(kind, first, on="2016-10-27", **fields)  # type: ignore[arg-type]
    b = claim(kind, second, on="2016-10-27", **fields)  # type: ignore[arg-type]
    assert pairs.VERDICTS[pairs.verdicts(pairs.table([a, b]), *_ends())[0]] == "contradicts"
    later = claim(kind, second, on="2016-10-29", **fields)  # type: ignore[arg-type]
    assert pairs.VERDICTS[pairs.verdicts(pairs.table([a, later]), *_ends())[0]] == "updates"


def test_the_same_exact_figure_and_dates_sharing_a_day_still_agree() -> None:
    a, b = claim(value=15, role="injured"), claim(value=15, role="injured")
    assert pairs.VERDICTS[pairs.verdicts(pairs.table([a, b]), *_ends())[0]] == "agrees"
    month = claim("date", None, on="2022-12-01", until="2022-12-31", event="began")
    last_day = claim("date", None, on="2022-12-31", event="began")
    table = pairs.table([month, last_day])
    assert pairs.VERDICTS[pairs.verdicts(table, *_ends())[0]] == "agrees"


def test_a_pair_at_different_times_updates() -> None:
    a, b = territory(75, "2016-12-06"), territory(85, "2016-12-08")
    assert pairs.VERDICTS[pairs.verdicts(pairs.table([a, b]), *_ends())[0]] == "updates"


def test_a_total_that_can_only_grow_and_fell_contradicts() -> None:
    a = claim(value=500, on="2023-02-07", role="killed", subject="people", cumulative=True)
    b = claim(value=300, on="2023-02-09", role="killed", subject="people", cumulative=True)
    assert pairs.VERDICTS[pairs.verdicts(pairs.table([a, b]), *_ends())[0]] == "contradicts"


def test_durations_with_one_start_agree_on_different_days() -> None:
    a = claim("duration", 14, on="2016-12-06", stated=(2, "weeks"), event="offensive")
    b = claim("duration", 21, on="2016-12-08", stated=(3, "weeks"), event="offensive")
    assert pairs.VERDICTS[pairs.verdicts(pairs.table([a, b]), *_ends())[0]] == "agrees"


@pytest.mark.parametrize(
    ("first", "second", "verdict"),
    [
        # "mid 2011" (May-August) may reach March: readers judge a war's start agreeing
        (("2011-05-01", "2011-08-31", True), ("2011-03-01", "2011-03-31", False), "agrees"),
        # early and late of one year stay apart, and a vague part stays inside its year
        (("2011-01-01", "2011-04-30", True), ("2011-09-01", "2011-12-31", True), "contradicts"),
        (("2011-01-01", "2011-04-30", True), ("2010-01-01", "2010-12-31", False), "contradicts"),
        # a storm's landfall "mid-September" against September 8: a third of a month reaches
        (("2022-09-11", "2022-09-20", True), ("2022-09-08", "2022-09-08", False), "agrees"),
        (("2022-09-21", "2022-09-30", True), ("2022-09-08", "2022-09-08", False), "contradicts"),
        # a crisp date does not widen
        (("2011-05-01", "2011-08-31", False), ("2011-03-01", "2011-03-31", False), "contradicts"),
    ],
)
def test_a_vague_part_of_a_period_reaches_half_its_length(
    first: tuple[str, str, bool], second: tuple[str, str, bool], verdict: str
) -> None:
    a, b = (
        claim("date", None, on=on, until=until, approximate=vague, event="began")
        for on, until, vague in (first, second)
    )
    assert pairs.VERDICTS[pairs.verdicts(pairs.table([a, b]), *_ends())[0]] == verdict


def _ends() -> tuple[np.ndarray, np.ndarray]:
    return np.array([0]), np.array([1])


def _columns(claims: list[Claim], i: Sequence[int], j: Sequence[int]) -> dict[str, np.ndarray]:
    """Each feature's column for the pairs (i[k], j[k]) of ``claims``, all at similarity 0.9."""
    x, _ = pairs.features(pairs.table(claims), np.array(i), np.array(j), np.full(len(i), 0.9))
    return dict(zip(pairs.FEATURES, x.T, strict=True))


def test_features_have_one_column_each_and_read_the_frames() -> None:
    a = territory(75, "2016-12-06")
    b = territory(85, "2016-12-08")
    c = claim(value=10, on="2016-12-06", role="injured", subject="children", place="Homs")
    t = pairs.table([a, b, c])
    x, _ = pairs.features(t, np.array([0, 0]), np.array([1, 2]), np.array([0.9, 0.9]))
    assert x.shape == (2, len(pairs.FEATURES))
    col = dict(zip(pairs.FEATURES, x.T, strict=True))
    assert list(col["role_same"]) == [1.0, 0.0]
    assert list(col["place_same"]) == [1.0, 0.0]
    assert list(col["place_differs"]) == [0.0, 1.0]
    assert list(col["verdict_updates"]) == [1.0, 0.0]


def test_a_compound_meets_its_head_as_one_counted_thing() -> None:
    fires = claim(value=4088, subject="fires", place="Canada")
    wildfires = claim(value=5595, subject="wildfires", place="Canada")
    workers = claim(value=13000, subject="workers", role="striking")
    autoworkers = claim(value=25000, subject="autoworkers", role="striking")
    men = claim(value=40, subject="men", role="killed")
    women = claim(value=12, subject="women", role="killed")
    col = _columns([fires, wildfires, workers, autoworkers, men, women], [0, 2, 4], [1, 3, 5])
    assert list(col["counted_same"]) == [1.0, 1.0, 0.0]
    assert list(col["counted_differs"]) == [0.0, 0.0, 1.0]  # "men" is too short a head


def test_a_measured_figure_that_counts_its_own_unit_is_keyed_by_the_normalised_unit() -> None:
    def area(value: float, written: str, stated: float) -> Claim:
        return claim("other", value, unit="km2", stated=(stated, written), subject=written)

    km2 = area(76129, "square kilometres", 76129)
    hectares = area(90000, "hectares", 9_000_000)
    flow = claim("other", 117000, unit="barrels", stated=(117000, "bpd"), subject="bpd")
    exports = claim("other", 2e6, unit="barrels", stated=(2e6, "barrels"), subject="exports")
    col = _columns([km2, hectares, flow, exports], [0, 2], [1, 3])
    assert list(col["counted_same"]) == [1.0, 0.0]  # "exports" names a thing, not the unit


def test_a_series_that_rose_or_fell_over_time_says_which() -> None:
    first = claim(value=50, on="2023-06-02", role="killed", subject="people")
    rose = claim(value=261, on="2023-06-03", role="killed", subject="people")
    fell = claim(value=29, on="2023-06-04", role="killed", subject="people")
    unknown = claim(value=30, on="2023-06-04", subject="people")
    col = _columns([first, rose, fell, unknown], [0, 1, 0], [1, 2, 3])
    assert list(col["updates_rose"]) == [1.0, 0.0, 0.0]
    assert list(col["updates_fell"]) == [0.0, 1.0, 1.0]
    assert list(col["role_one_known"]) == [0.0, 0.0, 1.0]
    assert list(col["tally_both"]) == [1.0, 1.0, 0.0]


def test_a_town_and_its_country_are_nested_not_different() -> None:
    a = claim(value=100, role="killed", subject="people", place="Hatay")
    b = claim(value=120, role="killed", subject="people", place="Turkey")
    c = claim(value=120, role="killed", subject="people", place="Aleppo")
    col = _columns([a, b, c], [0, 0], [1, 2])
    assert list(col["place_nested"]) == [1.0, 0.0]
    assert list(col["place_differs"]) == [0.0, 1.0]


def test_a_town_and_its_province_are_nested_two_towns_of_it_different() -> None:
    province = claim(value=1500, role="killed", subject="people", place="Hatay")
    town = claim(value=900, role="killed", subject="people", place="Antakya")
    other = claim(value=300, role="killed", subject="people", place="Iskenderun")
    col = _columns([province, town, other], [0, 1], [1, 2])
    assert list(col["place_nested"]) == [1.0, 0.0]
    assert list(col["place_differs"]) == [0.0, 1.0]


def test_a_place_the_gazetteer_lacks_sits_in_the_town_its_sentence_names() -> None:
    said = "In the Maamoun district of Mosul, 2,400 people fled on Monday."
    part = claim(value=2400, role="fled", subject="people", place="Maamoun", sentence=said)
    city = claim(value=9000, role="fled", subject="people", place="Mosul")
    elsewhere = claim(value=700, role="fled", subject="people", place="Basra")
    col = _columns([part, city, elsewhere], [0, 0], [1, 2])
    assert list(col["place_nested"]) == [1.0, 0.0]
    assert list(col["place_differs"]) == [0.0, 1.0]


def test_two_names_of_one_country_are_one_place() -> None:
    a = claim("percent", 11.1, role="level", subject="inflation", place="Britain")
    b = claim("percent", 11.1, role="level", subject="inflation", place="United Kingdom")
    c = claim("percent", 11.1, role="level", subject="inflation", place="Italy")
    col = _columns([a, b, c], [0, 0], [1, 2])
    assert list(col["place_same"]) == [1.0, 0.0]
    assert list(col["place_differs"]) == [0.0, 1.0]


def test_two_periods_statistics_differ_however_alike_their_values() -> None:
    # economy: one month's rate against the next month's and against a day within the month
    july = claim("percent", 10.1, on="2022-07-01", until="2022-07-31", role="level")
    october = claim("percent", 10.1, on="2022-10-01", until="2022-10-31", role="level")
    day = claim("percent", 10.1, on="2022-07-20", role="level")
    # health: two years' case counts
    y22 = claim(value=900, on="2022-01-01", until="2022-12-31", role="cases", subject="cases")
    y23 = claim(value=900, on="2023-01-01", until="2023-12-31", role="cases", subject="cases")
    col = _columns([july, october, day, y22, y23], [0, 0, 3], [1, 2, 4])
    assert list(col["periods_differ"]) == [1.0, 0.0, 1.0]


def test_a_part_against_a_whole_not_two_parts() -> None:
    whole = claim(value=58, role="killed", subject="people", sentence="It killed 58 people.")
    part = claim(
        value=11,
        role="killed",
        subject="children",
        mention="11 children",
        sentence="It killed 58 people including 11 children.",
    )
    other = claim(
        value=11,
        role="killed",
        subject="children",
        mention="11 children",
        sentence="The strike killed 60, including 11 children.",
    )
    col = _columns([whole, part, other], [0, 1], [1, 2])
    assert list(col["part_one"]) == [1.0, 0.0]


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("inflation rate", "consumer price inflation", True),
        ("confirmed cases", "cases", True),
        ("deaths", "cases", False),
        ("jobs", "unemployment rate", False),
        # one thing under two names, or a kind of people under its general noun
        ("nonfarm payrolls", "jobs", True),
        ("Bank Rate", "interest rates", True),
        ("retail prices", "inflation", True),
        ("bodies", "people", True),
        ("migrants", "people", True),
        ("Bank Rate", "inflation", False),
    ],
)
def test_what_is_counted_matches_on_a_shared_word(first: str, second: str, same: bool) -> None:
    a = claim(value=5, role="level", subject=first)
    b = claim(value=5, role="level", subject=second)
    col = _columns([a, b], [0], [1])
    assert (col["counted_same"][0], col["counted_differs"][0]) == (float(same), float(not same))


def test_the_model_prefers_matching_frames() -> None:
    """More shared evidence, more confidence: the learned weights point the right way."""
    a = territory(75, "2016-12-06")
    same = territory(85, "2016-12-08")
    other = claim("percent", 85, on="2016-12-08", role="turnout", subject="voters", place="Tripura")
    t = pairs.table([a, same, other])
    x, _ = pairs.features(t, np.array([0, 0]), np.array([1, 2]), np.array([0.8, 0.8]))
    p = load().probability(x)
    assert p.min() >= 0.0 and p.max() <= 1.0
    assert p[0] > p[1]


def test_an_article_agreeing_with_itself_is_no_relation() -> None:
    a = territory(85, "2016-12-08", article="x")
    b = territory(85, "2016-12-08", article="x", mention="85 per cent")
    assert relate([a, b], same_vectors(2)) == []


def test_relate_is_order_independent() -> None:
    claims, vecs = _random_corpus(60, 1)
    full = relate(claims, vecs)
    assert full, "expected some relations"
    perm = np.random.default_rng(2).permutation(len(claims))
    shuffled = relate([claims[i] for i in perm], vecs[perm])
    assert shuffled == full
    assert relate(claims, vecs) == full


def test_judging_in_many_slices_on_threads_equals_one_slice(monkeypatch) -> None:
    claims, vecs = _random_corpus(60, 5)
    whole = relate(claims, vecs)
    assert whole, "expected some relations"
    monkeypatch.setattr(pairs, "PAIR_CHUNK", 7)  # many slices, judged on a thread pool
    monkeypatch.setattr(relate_module, "_workers", lambda: 3)
    assert relate(claims, vecs) == whole


def test_kept_keys_read_back_give_the_table_computed_afresh() -> None:
    claims, _ = _random_corpus(40, 6)
    fresh = pairs.keys_of(claims)
    back = [pairs.Keys.from_json(k.to_json()) for k in fresh]
    assert back == fresh
    a, b = pairs.table(claims), pairs.table(claims, back)
    for field in dataclasses.fields(pairs.Table):
        x, y = getattr(a, field.name), getattr(b, field.name)
        if hasattr(x, "toarray"):
            assert (x != y).nnz == 0, field.name
        elif isinstance(x, np.ndarray):
            assert np.array_equal(x, y, equal_nan=x.dtype.kind == "f"), field.name
        else:
            assert x == y, field.name


def test_relating_with_kept_keys_equals_computing_them() -> None:
    claims, vecs = _random_corpus(60, 7)
    fresh = pairs.keys_of(claims)
    kept = {c.id: pairs.Keys.from_json(k.to_json()) for c, k in zip(claims, fresh, strict=True)}
    assert relate(claims, vecs, keyed=lambda cs: [kept[c.id] for c in cs]) == relate(claims, vecs)


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
    a, b = territory(85, "2016-12-06"), territory(99, "2016-12-08")
    orthogonal = np.eye(2, dtype=np.float32)
    assert relate([a, b], orthogonal) == []
    assert [r.type for r in relate([a, b], same_vectors(2))] == ["updates"]


def test_mismatched_vectors_rejected() -> None:
    with pytest.raises(ValueError):
        relate([territory(40, "2016-11-28")], np.zeros((2, 3), np.float32))


def test_relations_point_from_the_earlier_figure_with_a_reason() -> None:
    a, b = territory(85, "2016-12-08"), territory(75, "2016-12-06")
    (rel,) = relate([a, b], same_vectors(2))
    assert (rel.source, rel.target) == (b.id, a.id)
    assert "rose" in rel.reason and a.mention in rel.reason
    assert 0.5 <= rel.confidence <= 1.0


def test_compare_judges_one_pair_as_relate_does() -> None:
    a, b = territory(75, "2016-12-06"), territory(85, "2016-12-08")
    assert compare(a, b) == relate([a, b], same_vectors(2))[0]
    assert compare(a, claim("date", None, on="2016-12-06")) is None


def test_groups_status_and_stable_id() -> None:
    a, b = territory(40, "2016-11-28"), territory(60, "2016-12-04")
    x, y = territory(90, "2016-12-08", place="Homs"), territory(99, "2016-12-08", place="Homs")
    rels = [
        Relation(a.id, b.id, "updates", 0.9, "r"),
        Relation(x.id, y.id, "contradicts", 0.9, "r"),
    ]
    groups = group([a, b, x, y], rels)
    assert {g.claims: g.status for g in groups} == {
        (a.id, b.id): "evolving",
        (x.id, y.id): "conflicting",
    }
    assert [g.id for g in groups] == [g.id for g in group([y, x, b, a], rels[::-1])]


def test_repeats_of_one_figure_are_compared_once_and_share_its_relations() -> None:
    """An article that writes one figure many times costs one comparison per other claim, and
    every repeat carries the relations its representative gets."""
    repeated = [territory(85, "2016-12-08", article="x", mention="85%") for _ in range(300)]
    other = territory(95, "2016-12-08", article="y")
    claims = [*repeated, other]
    rels = relate(claims, same_vectors(len(claims)))
    assert {r.type for r in rels} == {"contradicts"}
    assert {frozenset((r.source, r.target)) for r in rels} == {
        frozenset((c.id, other.id)) for c in repeated
    }
    added = relate(claims, same_vectors(len(claims)), new={repeated[-1].id})
    assert [frozenset((r.source, r.target)) for r in added] == [
        frozenset((repeated[-1].id, other.id))
    ]


# --- revisions and corrections ---------------------------------------------------------------


def said(text: str, mention: str, value: float, on: str, **kw: object) -> Claim:
    """A claim whose sentence is ``text``, with ``mention`` masked in its context."""
    kind = "percent" if mention.endswith("%") else "count"
    context = text.replace(mention, "[NUM]", 1)
    return claim(kind, value, on=on, sentence=text, mention=mention, context=context, **kw)


def _revision(a: Claim, b: Claim) -> tuple[bool, str | None]:
    """Whether the pair is a revision, and the mention of the newer figure."""
    t = pairs.table([a, b])
    i, j = np.array([0]), np.array([1])
    revised, j_newer = pairs.revisions(t, i, j, pairs.verdicts(t, i, j))
    if not revised[0]:
        return False, None
    return True, (b if j_newer[0] else a).mention


TOLL = {"subject": "people", "role": "killed", "place": "Derna"}


def test_a_source_lowering_its_own_toll_is_a_revision_not_a_conflict() -> None:
    first = said(
        "The health ministry said 120 people were killed in the floods.",
        "120",
        120,
        "2023-09-12",
        attribution="the health ministry",
        **TOLL,
    )
    lowered = said(
        "The health ministry on Wednesday lowered the death toll to 112 after a recount.",
        "112",
        112,
        "2023-09-13",
        attribution="the health ministry",
        **TOLL,
    )
    assert _revision(first, lowered) == (True, "112")
    assert _revision(lowered, first) == (True, "112"), "whichever side comes first"
    rel = relate_module._relation(first, lowered, "updates", 0.8, revision=True)
    assert (rel.source, rel.target, rel.revision) == (first.id, lowered.id, True)
    assert "revised down" in rel.reason


def test_a_rising_toll_is_an_update_even_when_raised() -> None:
    first = said(
        "Officials said 40 people were killed in the landslide.",
        "40",
        40,
        "2024-05-24",
        attribution="officials",
        **TOLL,
    )
    raised = said(
        "Officials on Saturday raised the death toll to 65 as rescuers reached the village.",
        "65",
        65,
        "2024-05-25",
        attribution="officials",
        **TOLL,
    )
    assert _revision(first, raised) == (False, None), "a toll that grows is counted, not revised"


def test_a_revised_statistic_supersedes_its_first_estimate() -> None:
    text = "GDP grew 0.2% in the third quarter, revised up from an initial 0.1%, the office said."
    quarter = {"on": "2023-07-01", "until": "2023-09-30", "subject": "gdp", "role": "level"}
    new = said(text, "0.2%", 0.2, attribution="the office", article="gdp", **quarter)
    old = said(text, "0.1%", 0.1, attribution="the office", article="gdp", **quarter)
    t = pairs.table([old, new])
    assert pairs.verdicts(t, np.array([0]), np.array([1]))[0] == pairs.CONTRADICTS
    assert _revision(old, new) == (True, "0.2%")
    # an economy ministry forecast raised for the same year, in another article
    year = {"on": "2024-01-01", "until": "2024-12-31", "subject": "growth", "role": "level"}
    before = said(
        "The ministry expects growth of 1.5% this year.",
        "1.5%",
        1.5,
        **year,
        attribution="the ministry",
    )
    after = said(
        "The ministry raised its forecast for growth this year to 1.9%.",
        "1.9%",
        1.9,
        **year,
        attribution="the ministry",
    )
    assert _revision(before, after) == (True, "1.9%")


def test_a_different_source_still_holding_the_old_figure_stays_a_conflict() -> None:
    lowered = said(
        "The ministry on Friday lowered the number of dead to 300.",
        "300",
        300,
        "2023-02-10",
        attribution="the ministry",
        **TOLL,
    )
    still = said(
        "The Red Crescent said 340 people had died.",
        "340",
        340,
        "2023-02-10",
        attribution="the Red Crescent",
        **TOLL,
    )
    assert _revision(still, lowered) == (False, None)
    t = pairs.table([still, lowered])
    assert pairs.verdicts(t, np.array([0]), np.array([1]))[0] == pairs.CONTRADICTS
    # the same figure given the day before the correction was replaced by it
    earlier = dataclasses.replace(still, as_of=DateSpan(date(2023, 2, 9), date(2023, 2, 9)))
    assert _revision(earlier, lowered) == (True, "300")


def test_revision_cues_are_read_from_the_figures_clause() -> None:
    a = said(
        "Jamaica has seven cases, the ministry said, scaling back a figure of nine given earlier.",
        "nine",
        9,
        "2022-09-02",
    )
    assert revisions.cues(a) == revisions.Cues(revising=True, earlier=True, told=True)
    b = said("The bank raised its key rate to 3% on Thursday.", "3%", 3, "2022-11-03")
    assert revisions.cues(b) == revisions.Cues(revising=False, earlier=False, told=False)
    c = said("The estimate was cut to £3,554 from £3,582 on Monday.", "£3,582", 3582, "2022-08-22")
    assert revisions.cues(c) == revisions.Cues(
        revising=True, earlier=True, told=True, replaced=True
    )


def test_a_second_value_for_a_past_period_replaces_the_first_without_a_revision_word() -> None:
    # jobs: a month's gain put at a new value "instead of" the old one
    jobs = "June's gain is now put at 179,000 instead of 206,000, the bureau said."
    june = {"on": "2024-06-01", "until": "2024-06-30", "article": "jobs", "attribution": "bureau"}
    new, old = said(jobs, "179,000", 179000, **june), said(jobs, "206,000", 206000, **june)
    assert revisions.cues(old).replaced and not revisions.cues(new).replaced
    rel = compare(new, old)
    assert rel is not None and rel.revision and (rel.source, rel.target) == (old.id, new.id)
    # health: a year's case count set "to" a value "from" another
    flu = "The agency put last year's flu cases at 41,000 rather than 52,000."
    year = {"on": "2023-01-01", "until": "2023-12-31", "article": "flu", "role": "cases"}
    assert _revision(said(flu, "52,000", 52000, **year), said(flu, "41,000", 41000, **year)) == (
        True,
        "41,000",
    )
    # economy: a level of one day moved; "to 2.25 percent from 1.75 percent" is no revision
    rate = "The bank on Thursday raised its key rate to 2.25 percent from 1.75 percent."
    day = {"on": "2022-09-22", "article": "rate"}
    up = said(rate, "2.25 percent", 2.25, **day)
    was = said(rate, "1.75 percent", 1.75, **day)
    assert _revision(was, up) == (False, None)
    # another report giving the replaced figure itself is revised too, whoever reported it
    first = said("Employers added 206,000 jobs in June.", "206,000", 206000, **june)
    first = dataclasses.replace(first, article="cnbc", attribution="CNBC")
    rows = pairs.table([first, new, old])
    revised, newer = pairs.revisions(rows, np.array([0]), np.array([1]), np.array([1]))
    assert revised[0] and newer[0]


def test_a_sentence_stating_a_revision_links_its_two_figures() -> None:
    text = "December's gain in payrolls was revised up to 307,000 from 256,000, the bureau said."
    month = {"on": "2024-12-01", "until": "2024-12-31", "article": "jobs", "attribution": "bureau"}
    new = said(text, "307,000", 307000, **month)
    old = said(text, "256,000", 256000, **month)
    rel = compare(new, old)
    assert rel is not None and rel.revision and rel.type == "updates"
    assert (rel.source, rel.target) == (old.id, new.id)
    # the size of a change is no level that replaces another
    cut = "The office cut its estimate by 29,000 to 120,000."
    size = said(cut, "29,000", 29000, "2024-08-02", article="cut")
    level = said(cut, "120,000", 120000, "2024-08-02", article="cut")
    assert revisions.cues(size).difference and _revision(size, level) == (False, None)
    # an earlier figure does not pair with a count of something else an order of magnitude off
    senators = (
        "The senator and four colleagues said growth was 28 percent below the 2.9 million "
        "originally reported, calling it a revision."
    )
    four = said(senators, "four", 4, "2024-08-21", article="letter")
    million = said(senators, "2.9 million", 2.9e6, "2024-08-21", article="letter")
    assert compare(million, four) is None or not compare(million, four).revision


def _toll(value: float, told: str) -> Claim:
    day = DateSpan.day(date.fromisoformat(told))
    return claim(value=value, on="2017-04-04", role="killed", subject="people", told=day)


def test_one_incidents_toll_told_later_and_higher_updates_and_lower_contradicts() -> None:
    """Judged FA-KES pairs: 'at least 58 killed on Tuesday', then Thursday's 'some 80' killed
    that Tuesday, is the toll rising as it was counted; told lower it is a conflict."""
    early = _toll(58, "2017-04-04")
    higher, lower = _toll(80, "2017-04-06"), _toll(30, "2017-04-06")
    same_day = _toll(80, "2017-04-04")
    verdict = lambda a, b: pairs.VERDICTS[pairs.verdicts(pairs.table([a, b]), *_ends())[0]]  # noqa: E731
    assert verdict(early, higher) == "updates" and verdict(higher, early) == "updates"
    assert verdict(early, lower) == "contradicts"
    assert verdict(early, same_day) == "contradicts"


def test_a_comparison_hung_on_a_clause_sets_its_figure_against_that_clauses() -> None:
    # economy: "..., down from the 272,000 it reported a month ago" belongs to 218,000
    jobs = "The bureau now puts May's gain at 218,000, down from the 272,000 it reported earlier."
    may = {"on": "2024-05-01", "until": "2024-05-31", "article": "jobs", "attribution": "bureau"}
    new, old = said(jobs, "218,000", 218000, **may), said(jobs, "272,000", 272000, **may)
    assert revisions.cues(old).attached and not revisions.cues(new).attached
    assert _revision(old, new) == (True, "218,000")
    # health: a year's case count, the same construction
    flu = "The agency now counts 41,000 flu cases for last year, down from 52,000 in its report."
    year = {"on": "2023-01-01", "until": "2023-12-31", "article": "flu", "role": "cases"}
    assert _revision(said(flu, "52,000", 52000, **year), said(flu, "41,000", 41000, **year)) == (
        True,
        "41,000",
    )
    # a comparison with another period is no revision: June is not May
    rate = "Unemployment was 4.1% in June, up from 4.0% in May."
    june = said(rate, "4.1%", 4.1, on="2024-06-01", until="2024-06-30", article="rate")
    may_rate = said(rate, "4.0%", 4.0, on="2024-05-01", until="2024-05-31", article="rate")
    assert _revision(may_rate, june) == (False, None)


def test_a_statistic_that_grew_by_a_figure_is_a_level_not_the_size_of_a_correction() -> None:
    grew = said("Nonfarm payrolls grew by 206,000 last month.", "206,000", 206000, "2024-07-05")
    assert not revisions.cues(grew).difference
    fell = said("Exports fell by 3.1% in the quarter.", "3.1%", -3.1, "2023-10-02")
    assert not revisions.cues(fell).difference
    cut = said("The toll was revised down by 61 on Friday.", "61", 61, "2023-02-10")
    assert revisions.cues(cut).difference


@pytest.mark.parametrize(
    ("sentence", "incident"),
    [
        ("The toll from a car bombing in the town rose to 22.", "bombing"),
        ("Helicopters dropped barrel bombs on the district, killing 15.", "barrel bomb"),
        ("Doctors said 58 people showed signs of exposure to nerve agents.", "chemical"),
        ("A car bomb killed 16 people at a checkpoint.", "bombing"),
    ],
)
def test_an_incident_of_several_words_is_named_in_any_inflection(
    sentence: str, incident: str
) -> None:
    assert incident in keys.incidents(sentence)


def test_an_incident_word_inside_another_word_names_nothing() -> None:
    assert not keys.incidents("The scar bombast of the speech drew 40 people.")
