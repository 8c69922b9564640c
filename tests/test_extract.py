"""The extract stage against the hand-labelled gold file, plus the public API's contract."""

from __future__ import annotations

import importlib.util
import json
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from factcheck.extract import (
    EXTRACTOR_VERSION,
    check_article,
    claims_to_dicts,
    extract,
    extract_text,
    timeref,
)
from factcheck.model import Article, Claim, DateSpan

ROOT = Path(__file__).resolve().parents[1]
GOLD_PATH = ROOT / "data" / "gold" / "seeds.json"
SEEDS = ROOT / "seeds"
FAKES = ROOT / "data" / "fa-kes" / "fakes.csv"
HAVE_INGEST = importlib.util.find_spec("factcheck.ingest") is not None

GOLD: dict[str, Any] = json.loads(GOLD_PATH.read_text(encoding="utf-8"))


@cache
def _ingested() -> dict[str, Article]:
    """All seeds read together, so ingest can date a yearless dateline from the corpus."""
    from factcheck.ingest import read_paths

    articles, errors = read_paths(sorted(SEEDS.glob("*.txt")))
    assert not errors, errors
    return {a.id: a for a in articles}


@cache
def _article(article_id: str) -> Article:
    """The seed as the pipeline sees it: through ingest when it exists."""
    path = SEEDS / f"{article_id}.txt"
    if HAVE_INGEST:
        return _ingested()[article_id]
    title, _, body = path.read_text(encoding="utf-8").partition("\n")
    published = date.fromisoformat(GOLD["articles"][article_id]["published"])
    return Article(id=article_id, title=title, body=body, published=published, path=str(path))


@cache
def _claims(article_id: str) -> tuple[Claim, ...]:
    return tuple(extract(_article(article_id)))


def _gold_id(entry: dict[str, Any]) -> str:
    return f"{entry['article'][:3]}:{entry['mention']}"


def _matching(entry: dict[str, Any]) -> list[Claim]:
    wanted = entry["mention"].lower()
    return [
        c
        for c in _claims(entry["article"])
        if wanted in c.mention.lower() and c.kind == entry["kind"]
    ]


@pytest.mark.parametrize("entry", GOLD["claims"], ids=_gold_id)
def test_gold_claim_found(entry: dict[str, Any]) -> None:
    candidates = _matching(entry)
    assert candidates, f"no {entry['kind']} claim whose mention contains {entry['mention']!r}"
    problems: list[str] = []
    for c in candidates:
        why = _mismatch(c, entry)
        if not why:
            return
        problems.append(f"{c.mention!r}: {why}")
    pytest.fail("; ".join(problems))


def _mismatch(c: Claim, entry: dict[str, Any]) -> str:
    if "low" in entry:
        if c.low is None or c.high is None:
            return "no interval"
        if not (entry["low"] <= c.low and c.high <= entry["high"]):
            return f"[{c.low}, {c.high}] not inside [{entry['low']}, {entry['high']}]"
    if "unit" in entry and c.unit != entry["unit"]:
        return f"unit {c.unit!r} != {entry['unit']!r}"
    if "as_of" in entry:
        if c.as_of is None:
            return "no as_of"
        if c.as_of.start.isoformat() != entry["as_of"]:
            return f"as_of {c.as_of.start} != {entry['as_of']}"
    return ""


@pytest.mark.skipif(not HAVE_INGEST, reason="factcheck.ingest not there yet: boilerplate stays")
@pytest.mark.parametrize("entry", GOLD["not_claims"], ids=_gold_id)
def test_gold_not_claim_absent(entry: dict[str, Any]) -> None:
    wanted = entry["mention"].lower()
    found = [c.mention for c in _claims(entry["article"]) if wanted in c.mention.lower()]
    assert not found, f"{found} should not be claims: {entry['why']}"


@pytest.mark.parametrize("article_id", sorted(GOLD["articles"]))
def test_claims_point_into_the_body(article_id: str) -> None:
    article = _article(article_id)
    claims = _claims(article_id)
    assert claims
    for c in claims:
        assert article.body[c.start : c.end] == c.mention
        assert c.mention in c.sentence and c.sentence in article.body
        assert c.id == Claim.make_id(article.id, c.start, c.end, c.kind)
        assert "[NUM]" in c.context and c.mention not in c.context.replace("[NUM]", "")
        assert c.measure
        assert c.kind != "date" or c.as_of is not None


def test_lead_date_and_own_clause_time() -> None:
    body = (
        "Government troops advanced into the northern town of Kafr Nabl on Tuesday, a "
        "monitoring group said.\n"
        "The army captured nine villages.\n"
        "On Sunday, shelling of the town killed 12 people."
    )
    claims = {c.mention: c for c in extract_text(body, date(2019, 5, 16), "t")}
    nine = next(c for m, c in claims.items() if m.startswith("nine"))
    twelve = next(c for m, c in claims.items() if m.startswith("12"))
    assert nine.as_of is not None and nine.as_of.start == date(2019, 5, 14)  # the lead's Tuesday
    assert twelve.as_of is not None and twelve.as_of.start == date(2019, 5, 12)  # its own Sunday
    assert twelve.role == "killed"


def test_since_makes_a_running_total_as_of_publication() -> None:
    (claim,) = [
        c
        for c in extract_text(
            "More than 300 people have been killed in Idlib since 15 November.",
            date(2019, 12, 20),
        )
        if c.kind == "count"
    ]
    assert claim.cumulative
    assert claim.as_of is not None and claim.as_of.start == date(2019, 12, 20)


def test_since_an_event_dated_later_in_the_clause() -> None:
    (claim,) = extract_text(
        "Over 350 civilians have been killed since the truce collapsed on September 19.",
        date(2016, 10, 13),
    )[:1]
    assert claim.cumulative
    assert claim.as_of is not None and claim.as_of.start == date(2016, 10, 13)


def test_weekday_mismatch_is_reported() -> None:
    article = Article(
        id="x",
        title="t",
        body="Talks resumed on Tuesday, Dec. 8 and ended on Monday (12/12/2016).",
        published=date(2016, 12, 12),
    )
    problems = check_article(article)
    assert [p.kind for p in problems] == ["weekday-mismatch"]
    assert "Dec. 8" in problems[0].mention
    assert article.body[problems[0].start : problems[0].end].strip() == problems[0].mention


@pytest.mark.parametrize("article_id", sorted(GOLD["articles"]))
def test_seed_weekdays_are_consistent(article_id: str) -> None:
    assert check_article(_article(article_id)) == []


def test_claims_to_dicts_follow_the_contract() -> None:
    claims = extract_text("About 85 percent of the east was taken on Thursday.", date(2016, 12, 9))
    (row,) = claims_to_dicts(claims)
    for key in ("id", "article", "mention", "sentence", "start", "end", "kind", "value", "low"):
        assert key in row
    for key in ("high", "unit", "stated", "measure", "as_of", "place", "attribution"):
        assert key in row
    assert set(row["stated"]) == {"value", "low", "high", "unit"}
    assert row["as_of"] == {"start": "2016-12-08", "end": "2016-12-08"}
    json.dumps(row)
    assert isinstance(EXTRACTOR_VERSION, str) and EXTRACTOR_VERSION


def test_no_quantities_no_claims() -> None:
    assert extract_text("Nothing to count here.", None) == []


def _fakes_sentences(limit: int) -> list[tuple[str, date | None]]:
    import csv

    rows: list[tuple[str, date | None]] = []
    with FAKES.open(encoding="cp1252", errors="replace", newline="") as handle:
        for row in csv.DictReader(handle):
            try:
                month, day, year = (int(x) for x in row["date"].split("/"))
                published: date | None = date(2000 + year, month, day)
            except ValueError:
                published = None
            rows.append((row["article_content"], published))
            if len(rows) >= limit:
                break
    return rows


def test_a_part_shares_the_role_of_its_whole() -> None:
    claims = extract_text(
        "The death toll from the attack in Idlib has risen to 86, including 30 children.",
        date(2017, 4, 6),
    )
    roles = {c.mention: (c.role, c.subject) for c in claims if c.kind == "count"}
    assert roles == {"86": ("killed", "people"), "30 children": ("killed", "children")}


def test_sentence_split_keeps_offsets_and_abbreviations() -> None:
    from factcheck.extract.sentences import is_prose, paragraphs, split

    text = 'Title line\nThe U.S. envoy met Gen. Smith on Dec. 6. "It went well." Talks end.\n'
    spans = split(text)
    pieces = [text[s.start : s.end] for s in spans]
    assert pieces == [
        "Title line",
        "The U.S. envoy met Gen. Smith on Dec. 6.",
        '"It went well."',
        "Talks end.",
    ]
    assert [s.paragraph for s in spans] == [0, 1, 1, 1]
    p_title, p_body = paragraphs(text)
    assert not is_prose(text, *p_title) and is_prose(text, *p_body)


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        ("In May more than 60 civilians were killed in the city.", "2015-05-01", "2015-05-31"),
        # a period still running when the paper came out is told so far: the story's day
        ("Earlier this month 40 people were killed.", "2015-07-19", "2015-07-19"),
        ("In March, 12 people died in the raids.", "2015-03-01", "2015-03-31"),
        ("Last year 300 people were killed.", "2014-01-01", "2014-12-31"),
        ("In 2014 more than 76,000 people were killed.", "2014-01-01", "2014-12-31"),
        ("During the summer 500 families fled.", "2015-07-19", "2015-07-19"),
        ("In early May 30 people died.", "2015-05-01", "2015-05-10"),
    ],
)
def test_a_figure_takes_its_own_coarse_time(sentence: str, start: str, end: str) -> None:
    lead = "Government shelling killed four people in Douma on Sunday, a monitor said.\n"
    claims = [c for c in extract_text(lead + sentence, date(2015, 7, 20)) if c.kind == "count"]
    own = [c for c in claims if c.start >= len(lead)]
    assert own, claims
    assert own[0].as_of is not None and own[0].as_of.to_dict() == {"start": start, "end": end}
    assert claims[0].as_of is not None and claims[0].as_of.start == date(2015, 7, 19)


def test_a_toll_of_a_war_that_began_in_a_year_is_a_running_total() -> None:
    (claim,) = [
        c
        for c in extract_text(
            "The war, which began in March 2011, has killed more than 230,000 people.",
            date(2015, 7, 20),
        )
        if c.kind == "count"
    ]
    assert claim.cumulative and claim.as_of == DateSpan.day(date(2015, 7, 20))


def test_parts_in_a_dash_aside_share_the_role_and_keep_their_nouns() -> None:
    claims = extract_text(
        "At least 11 civilians - among them four women and four children - were killed in "
        "air raids. Shelling killed 10 people including 4 children and injured 30.",
        date(2016, 7, 15),
    )
    read = {(c.mention, c.start): (c.role, c.subject) for c in claims}
    assert list(read.values()) == [
        ("killed", "civilians"),
        ("killed", "women"),
        ("killed", "children"),
        ("killed", "people"),
        ("killed", "children"),
        ("injured", "people"),  # the part's noun is not the next elided count's
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Syria's conflict, which erupted in 2011, has so far killed over 400,000 people, "
        "the monitor said on Thursday.",
        "Over 400,000 people have died since March 2011, the monitor said on Thursday.",
        "The monitor said on Thursday the war that started in 2011 had killed over 400,000 people.",
    ],
)
def test_a_running_total_is_as_of_the_report_not_its_start(sentence: str) -> None:
    # the report is the monitor's, on Thursday (dev gold: "the tally reaches 25,092 up to
    # Thursday", "has risen to 18,991, Erdogan said on Friday" hold on the day said)
    published = date(2017, 3, 4)
    (claim,) = [c for c in extract_text(sentence, published) if c.kind == "count"]
    assert claim.cumulative
    assert claim.as_of == DateSpan.day(date(2017, 3, 2))


@pytest.mark.parametrize(
    ("sentence", "days"),
    [
        ("Shelling killed 61 people in the last three weeks, the group said on Friday.", 21),
        ("Some 2,300 families have fled over the past few days, the agency said on Friday.", 3),
        ("In recent days, 800 people have fled the valley, the agency said on Friday.", 3),
        ("Raids killed 35 people over the past couple of days, medics said on Friday.", 2),
    ],
)
def test_a_count_over_a_rolling_window_holds_at_its_end(sentence: str, days: int) -> None:
    """The window is what the count accumulated over; the count holds at the window's end,
    so it never overlaps (and "contradicts") every figure inside the window."""
    published = date(2018, 2, 24)
    (claim,) = [c for c in extract_text(sentence, published) if c.kind == "count"]
    assert claim.window == DateSpan(published - timedelta(days=days), published)
    assert claim.as_of == DateSpan.day(published)


def test_a_rolling_windows_own_length_is_as_of_the_report() -> None:
    published = date(2018, 2, 24)
    (claim,) = [
        c
        for c in extract_text("Strikes on clinics grew in the past 10 days.", published)
        if c.kind == "duration"
    ]
    assert claim.as_of == DateSpan.day(published)


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry said its troops killed more than 220 fighters over the previous 24 hours.",
        "The institute put 360 deaths down to the heat in the first six days of the heatwave.",
        "The economy added 818,000 fewer jobs in the 12 months through March than first shown.",
        "In the seven days to Sunday alone, more than 1.4 million hectares burned.",
        "Judged by the 10-year average, the country would have seen 1,624 fires by now.",
        "The crop is 2.53 million tonnes above the average of the previous five years.",
    ],
)
def test_a_span_that_bounds_another_figure_is_no_claim(sentence: str) -> None:
    """A toll's window or an average's is part of the other figure's frame (gold: not-claims)."""
    found = [c.mention for c in extract_text(sentence, date(2023, 3, 1))]
    assert not [c for c in extract_text(sentence, date(2023, 3, 1)) if c.kind == "duration"], found


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        ("Over the past two weeks troops have overrun several districts.", "two weeks"),
        ("It will cut its holdings by 80 billion pounds over the next 12 months.", "12 months"),
        ("The strike, now in its sixth week, has cost $9.3 billion; it lasted 40 days.", "40 days"),
    ],
)
def test_a_span_of_its_own_stays_a_claim(sentence: str, mention: str) -> None:
    assert mention in [c.mention for c in extract_text(sentence, date(2023, 3, 1))]


def _as_of(text: str, published: date, mention: str) -> DateSpan | None:
    (claim,) = [c for c in extract_text(text, published) if c.mention.startswith(mention)]
    return claim.as_of


def _month(year: int, month: int) -> DateSpan:
    return DateSpan(
        date(year, month, 1), timeref.shift_months(date(year, month, 1), 1) - timedelta(1)
    )


@pytest.mark.parametrize(
    ("text", "published", "mention", "expected"),
    [
        # a release's figures hold for its period, counts as well as rates
        (
            "US employers added 150,000 jobs in March, the Labor Department said on Friday. "
            "Construction shed 12,000 positions.",
            date(2024, 4, 5),
            "12,000",
            _month(2024, 3),
        ),
        (
            "Exports fell 3.1% in March, the statistics office said on Tuesday. Car makers "
            "shipped 12,000 fewer vehicles abroad.",
            date(2023, 4, 18),
            "12,000",
            _month(2023, 3),
        ),
        # "a year earlier" steps back from the period; a change measured against it does not
        (
            "Inflation rose to 10.1% in July, the office said on Wednesday. A year earlier, the "
            "rate had stood at 3.2%.",
            date(2022, 8, 17),
            "3.2%",
            _month(2021, 7),
        ),
        (
            "Inflation rose to 10.1% in July, the office said on Wednesday. Food prices were "
            "12.7% higher than a year earlier.",
            date(2022, 8, 17),
            "12.7%",
            _month(2022, 7),
        ),
        # "the highest since 1992" is a record's baseline, not when the rate held
        (
            "Rents rose 2% in April, the agency said on Wednesday. Core inflation climbed to "
            "6.8%, the highest since 1992.",
            date(2023, 5, 24),
            "6.8%",
            _month(2023, 4),
        ),
        # a statistic's measure dated by a possessive month
        (
            "Sales rose 2% in May, the office said. April's gain was revised to 1.5%.",
            date(2023, 6, 10),
            "1.5%",
            _month(2023, 4),
        ),
        (
            "Hospitals logged 900 admissions in May, the ministry said. April's total was "
            "revised to 870 admissions.",
            date(2023, 6, 10),
            "870",
            _month(2023, 4),
        ),
    ],
)
def test_a_statistics_release_dates_its_figures(
    text: str, published: date, mention: str, expected: DateSpan
) -> None:
    assert _as_of(text, published, mention) == expected


@pytest.mark.parametrize(
    ("text", "published", "mention", "expected"),
    [
        # the figure's own clause names its time; the saying's time is when it was said
        (
            "Two weeks ago the central bank predicted inflation would peak above 13% in October.",
            date(2022, 8, 17),
            "above 13%",
            _month(2022, 10),
        ),
        (
            "Last month the union forecast that membership would reach 40,000 in December.",
            date(2023, 6, 10),
            "40,000",
            _month(2023, 12),
        ),
        # a participle bounding a period dates the figure's clause
        (
            "New infections fell by 21% in the week ended Aug. 21, the agency said on Thursday.",
            date(2022, 8, 25),
            "21%",
            DateSpan.day(date(2022, 8, 21)),
        ),
        # a date naming an event inside a noun phrase is not the figure's time
        (
            "More than 50,000 people were killed by the February 6 earthquake, according to a "
            "tally compiled on Tuesday.",
            date(2023, 2, 28),
            "More than 50,000",
            DateSpan.day(date(2023, 2, 28)),
        ),
        # a baseline's own time counted back from the story's day
        (
            "The toll had risen to 3,283 on Sunday, up from 3,252 the previous afternoon.",
            date(2023, 9, 18),
            "3,252",
            DateSpan.day(date(2023, 9, 16)),
        ),
    ],
)
def test_a_figure_holds_at_its_own_clauses_time(
    text: str, published: date, mention: str, expected: DateSpan
) -> None:
    assert _as_of(text, published, mention) == expected


def test_an_old_month_in_the_lead_is_history_not_a_release_period() -> None:
    text = (
        "The army retook the city, which the militants seized in June 2014. "
        "Some 3,000 people fled on Sunday."
    )
    assert _as_of(text, date(2016, 10, 17), "Some 3,000") == DateSpan.day(date(2016, 10, 16))


@pytest.mark.parametrize(
    ("text", "published", "mention", "expected"),
    [
        (
            "Russia has suffered an estimated 100,000 casualties around Bakhmut since December, "
            "the White House said Monday. Kirby said about 43,000 of them had been killed.",
            date(2023, 5, 2),
            "about 43,000",
            DateSpan.day(date(2023, 5, 1)),
        ),
        (
            "Nearly 4,000 migrants have reached Britain in small boats since January. "
            "Officials said 861 people had tried to make the crossing.",
            date(2022, 3, 23),
            "861 people",
            DateSpan.day(date(2022, 3, 23)),
        ),
        (
            "China has recorded 5,000 deaths since November, officials said on Tuesday. "
            "Hospitals in Beijing now hold 1,200 patients.",
            date(2023, 1, 11),
            "1,200 patients",
            DateSpan.day(date(2023, 1, 10)),
        ),
    ],
)
def test_a_month_a_total_runs_from_is_no_release_period(
    text: str, published: date, mention: str, expected: DateSpan
) -> None:
    """A lead's "since December" starts a total: later figures hold at the story's day."""
    assert _as_of(text, published, mention) == expected


@pytest.mark.parametrize(
    ("body", "dateline"),
    [
        ("CAIRO, Sept 11 (AP) — More than 2,000 people are believed to have died.", "Sept 11"),
        ("NEW DELHI, June 5 - The BJP won 240 of the Lok Sabha's 543 seats.", "June 5"),
        ("ANKARA, Turkey, Feb. 8 (UPI) -- Rescuers pulled 12 people from the rubble.", "Feb. 8"),
        ("WASHINGTON, Feb 7 (Reuters) - Employers added 143,000 jobs in January.", "Feb 7"),
        # filed from two towns at once
        ("RIYADH/MINA, June 18 (Reuters) - Heat killed 35 pilgrims on Monday.", "June 18"),
        ("PARIS/LONDON, Nov 14 (Reuters) - Some 40,000 migrants crossed this year.", "Nov 14"),
        ("NEW YORK/MIAMI, Sept 30 (Reuters) - Insurers face $40 billion in claims.", "Sept 30"),
    ],
)
def test_a_wire_dateline_date_is_no_claim(body: str, dateline: str) -> None:
    mentions = [c.mention for c in extract_text(body, date(2023, 9, 11))]
    assert len(mentions) >= 1 and not any(dateline in m for m in mentions), mentions


@pytest.mark.parametrize(
    ("body", "figure"),
    [
        ("MECCA (France 24) - More than 900 pilgrims have died.", "900"),
        ("KYIV/MOSCOW, May 21 (Channel 4) - Russia said 220 soldiers were killed.", "220"),
        ("LAGOS (Arise 24) — Inflation rose to 33.2% in March.", "33.2%"),
    ],
)
def test_a_figure_in_the_wires_name_is_no_claim(body: str, figure: str) -> None:
    mentions = [c.mention for c in extract_text(body, date(2024, 6, 20))]
    assert any(figure in m for m in mentions), mentions
    assert not any(m.strip() in {"24", "4"} for m in mentions), mentions


@pytest.mark.parametrize(
    ("text", "published", "mention", "expected"),
    [
        (
            "RIO DE JANEIRO/MADRID, July 30 (AFP) - Brazil and Spain have recorded the first "
            "deaths outside Africa.\n\nA man died on Thursday in Belo Horizonte. Brazil has "
            "confirmed close to 1,000 cases.",
            date(2022, 7, 30),
            "close to 1,000",
            date(2022, 7, 30),
        ),
        (
            "KYIV/MOSCOW, May 21 (Reuters) - Russia declared that it had captured the city.\n\n"
            "Fighting went on overnight into Saturday. Ukraine has counted 204 civilians "
            "killed.",
            date(2023, 5, 21),
            "204",
            date(2023, 5, 21),
        ),
        (  # a day the lead names outranks the filing's
            "CAIRO, Feb 13 (TASS) - Rescuers pulled 12 people alive from the rubble on Sunday.",
            date(2023, 2, 13),
            "12 people",
            date(2023, 2, 12),
        ),
    ],
)
def test_a_datelines_day_dates_a_lead_that_names_none(
    text: str, published: date, mention: str, expected: date
) -> None:
    """The filing's day is the story's present, ahead of the next paragraph's past events."""
    assert _as_of(text, published, mention) == DateSpan.day(expected)


def test_a_dateline_date_is_not_a_figures_time() -> None:
    body = "GENEVA, Aug 25 (Reuters) - Infections fell by 21% in the week ended Aug. 21."
    assert _as_of(body, date(2022, 8, 25), "21%") == DateSpan.day(date(2022, 8, 21))


@pytest.mark.parametrize(
    ("text", "published", "mention", "expected"),
    [
        # a release's rolling year runs to its period, and the figure holds for the period
        (
            "Inflation rose to 11.1% in October, the office said on Wednesday. Gas prices had "
            "risen by almost 130% over the past year.",
            date(2022, 11, 16),
            "almost 130%",
            _month(2022, 10),
        ),
        (
            "Employers added 254,000 jobs in September, the bureau said on Friday. Restaurants "
            "added 69,000 jobs, far above their average of 14,000 a month over the past year.",
            date(2024, 10, 4),
            "14,000",
            _month(2024, 9),
        ),
    ],
)
def test_a_releases_rolling_span_ends_with_its_period(
    text: str, published: date, mention: str, expected: DateSpan
) -> None:
    assert _as_of(text, published, mention) == expected


@pytest.mark.parametrize(
    ("text", "published", "mention", "expected"),
    [
        (
            "A situation report issued on Saturday evening had said that 11,300 people had died.",
            date(2023, 9, 18),
            "11,300",
            DateSpan.day(date(2023, 9, 16)),
        ),
        (
            "The rights office, in a report published last month, counted at least 2,521 "
            "civilians killed.",
            date(2017, 12, 20),
            "at least 2,521",
            _month(2017, 11),
        ),
        (
            "A statement released on Monday said 40 schools had been damaged.",
            date(2023, 9, 21),
            "40 schools",
            DateSpan.day(date(2023, 9, 18)),
        ),
    ],
)
def test_the_time_of_the_record_that_gives_a_figure(
    text: str, published: date, mention: str, expected: DateSpan
) -> None:
    assert _as_of(text, published, mention) == expected


@pytest.mark.parametrize(
    ("body", "published", "mention", "expected"),
    [
        # a figure whose sentence's only time is another clause's holds on the story's day
        (
            "NEW DELHI - The ruling party lost its majority, according to results released on "
            "Tuesday.\n\nThe party won 240 seats, well below the 303 it took five years ago.",
            date(2024, 6, 5),
            "240 seats",
            DateSpan.day(date(2024, 6, 4)),
        ),
        (
            "The storm killed 40 people on Monday, officials said.\n\nRescuers have pulled 300 "
            "people from the water, up from the 120 counted in 2019 floods.",
            # the next day's paper: two days on, a present figure holds on the paper's day
            date(2023, 9, 12),
            "300 people",
            DateSpan.day(date(2023, 9, 11)),
        ),
    ],
)
def test_another_clauses_time_leaves_a_figure_on_the_storys_day(
    body: str, published: date, mention: str, expected: DateSpan
) -> None:
    assert _as_of(body, published, mention) == expected


@pytest.mark.parametrize(
    ("text", "published", "mention", "expected"),
    [
        (
            "U.S. job growth slowed far more than expected in July and the unemployment rate "
            "climbed to 4.3%.",
            date(2024, 8, 2),
            "4.3%",
            _month(2024, 7),
        ),
        (
            "Exports grew faster than forecast in March and the surplus widened to $9 billion.",
            date(2023, 4, 20),
            "$9 billion",
            _month(2023, 3),
        ),
    ],
)
def test_than_expected_does_not_make_a_past_month_a_forecast(
    text: str, published: date, mention: str, expected: DateSpan
) -> None:
    assert _as_of(text, published, mention) == expected


@pytest.mark.parametrize(
    ("body", "published", "mention", "expected"),
    [
        (
            "The bus collided with a car on Sunday. The health minister told a news conference "
            "that evening that four rescuers had been killed.",
            date(2023, 9, 18),
            "four",
            DateSpan.day(date(2023, 9, 17)),
        ),
        (
            "The dam gave way on March 3. At the time the agency counted 1,200 families "
            "without shelter.",
            date(2023, 3, 20),
            "1,200 families",
            DateSpan.day(date(2023, 3, 3)),
        ),
    ],
)
def test_that_evening_is_the_day_the_sentence_before_named(
    body: str, published: date, mention: str, expected: DateSpan
) -> None:
    assert _as_of(body, published, mention) == expected


def test_that_evening_with_no_day_before_is_no_time() -> None:
    assert timeref.find_times("He spoke that evening.", date(2023, 9, 18)) == []


@pytest.mark.parametrize(
    ("body", "published", "mention", "expected"),
    [
        # health: a total "since" a month stood at the day the sentence before named
        (
            "On Wednesday the agency said the official statistics were far too low. The "
            "country had recorded 22 deaths since December at that point.",
            date(2023, 1, 9),
            "22",
            DateSpan.day(date(2023, 1, 4)),
        ),
        # disaster: the day named earlier in the figure's own sentence comes first
        (
            "Rescuers searched the gorge on Monday. In a statement issued on Sunday, the "
            "aviation authority said 68 passengers had died by then.",
            date(2023, 1, 16),
            "68",
            DateSpan.day(date(2023, 1, 15)),
        ),
        # economy
        (
            "The plant closed on March 3. By then the company had laid off 600 workers.",
            date(2023, 3, 20),
            "600",
            DateSpan.day(date(2023, 3, 3)),
        ),
        # migration
        (
            "The trawler sank on June 14. At that point 104 people had been rescued.",
            date(2023, 6, 20),
            "104",
            DateSpan.day(date(2023, 6, 14)),
        ),
    ],
)
def test_by_then_is_the_day_told_last_before_it(
    body: str, published: date, mention: str, expected: DateSpan
) -> None:
    assert _as_of(body, published, mention) == expected


def test_by_then_with_no_day_before_is_no_time() -> None:
    assert timeref.find_times("Turnout had passed 60% by then.", date(2024, 4, 20)) == []
    # within its sentence it is the day named before it
    found = timeref.find_times("Polls shut on Friday; by then turnout was 60%.", date(2024, 4, 22))
    assert [r.span for r in found if r.back] == [DateSpan.day(date(2024, 4, 19))]


@pytest.mark.parametrize(
    ("text", "published", "mention", "expected"),
    [
        # a conjoined clause with its own subject keeps its own time
        (
            "Officials counted 300 deaths, and an inquiry in 2010 later raised the figure to 412.",
            date(2011, 3, 10),
            "300",
            DateSpan.day(date(2011, 3, 10)),
        ),
        # a conjoined verb with the same subject shares it
        (
            "Shelling killed five civilians and injured 29 on Saturday.",
            date(2019, 3, 18),
            "29",
            DateSpan.day(date(2019, 3, 16)),
        ),
    ],
)
def test_conjoined_clauses_share_a_time_only_with_their_subject(
    text: str, published: date, mention: str, expected: DateSpan
) -> None:
    assert _as_of(text, published, mention) == expected


def test_a_change_of_rules_changes_the_extractor_version(tmp_path: Path) -> None:
    """A store made by other rules must re-extract: a word added to a lexicon is a new
    version even though the parser is the same."""
    import shutil

    import factcheck.extract
    from factcheck.extract import rules_digest

    package = Path(factcheck.extract.__file__).parent
    for path in [*package.glob("*.py"), *package.glob("*.json")]:
        shutil.copy(path, tmp_path / path.name)
    (tmp_path / "frames").mkdir()
    for path in package.glob("frames/*.py"):
        shutil.copy(path, tmp_path / "frames" / path.name)
    assert rules_digest(tmp_path) == rules_digest(package)
    lexicon = tmp_path / "frames.json"
    lexicon.write_text(lexicon.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert rules_digest(tmp_path) != rules_digest(package)
    lexicon.write_text(lexicon.read_text(encoding="utf-8")[:-1], encoding="utf-8")
    assert rules_digest(tmp_path) == rules_digest(package)
    rules = tmp_path / "frames" / "role.py"
    rules.write_text(rules.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert rules_digest(tmp_path) != rules_digest(package)


@pytest.mark.parametrize(
    ("text", "published", "mention", "expected"),
    [
        (
            "The economy would tip into recession in the final quarter of 2022.",
            date(2022, 8, 4),
            "2022",
            DateSpan(date(2022, 10, 1), date(2022, 12, 31)),
        ),
        (
            "The statistics show 2,156 Albanians arrived in the first six months of 2022.",
            date(2022, 8, 25),
            "2022",
            DateSpan(date(2022, 1, 1), date(2022, 6, 30)),
        ),
        (
            "Poor weather meant no boats were recorded in the final six days of December.",
            date(2023, 1, 4),
            "December",
            DateSpan(date(2022, 12, 26), date(2022, 12, 31)),
        ),
    ],
)
def test_a_date_is_the_part_of_itself_its_words_name(
    text: str, published: date, mention: str, expected: DateSpan
) -> None:
    assert _as_of(text, published, mention) == expected


@pytest.mark.parametrize(
    ("text", "published", "mention", "expected"),
    [
        (
            "The bank sees Brent crude climbing to $115 in the first quarter of 2023.",
            date(2022, 10, 6),
            "$115",
            DateSpan(date(2023, 1, 1), date(2023, 3, 31)),
        ),
        (
            "The Bank estimated that output would shrink by 0.1 percent in the third quarter.",
            date(2022, 9, 22),
            "0.1 percent",
            DateSpan(date(2022, 7, 1), date(2022, 9, 30)),
        ),
        (
            "Hospital admissions would still be running at about 900 a week a year from now.",
            date(2022, 8, 4),
            "about 900",
            DateSpan.day(date(2023, 8, 4)),
        ),
    ],
)
def test_a_figure_dated_by_a_quarter_or_a_time_from_now(
    text: str, published: date, mention: str, expected: DateSpan
) -> None:
    assert _as_of(text, published, mention) == expected


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Several coaches were thrown off the rails, and 288 people died.", "288 people"),
        ("A few industries were revised up, including health services, by 87,000.", "87,000"),
        ("Several members of the alliance pump below quotas of 2 million bpd.", "2 million"),
        ("Troops overran several districts and killed 40 fighters.", "40 fighters"),
        ("A handful of officers waited outside while 19 children were trapped.", "19 children"),
    ],
)
def test_an_indefinite_word_states_no_figure(text: str, kept: str) -> None:
    """ "several", "a few", "a handful" with no scale or unit count nothing to check."""
    mentions = [c.mention for c in extract_text(text, date(2023, 6, 1))]
    assert any(kept in m for m in mentions), mentions
    assert not any(m.lower().startswith(("several", "a few", "a handful")) for m in mentions)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Police fired several hundred rounds at the building.", "several hundred"),
        ("Prices would keep rising for a few months after October.", "a few months"),
        ("Aid planners expected movements within a couple of weeks.", "a couple of weeks"),
    ],
)
def test_an_indefinite_word_with_a_scale_or_unit_is_a_figure(text: str, mention: str) -> None:
    mentions = [c.mention for c in extract_text(text, date(2023, 6, 1))]
    assert any(mention in m for m in mentions), mentions


@pytest.mark.parametrize(
    ("body", "country"),
    [
        ("MINA, Saudi Arabia, June 17 (AFP) - Medics treated 2,700 pilgrims.", "Saudi Arabia"),
        ("RIYADH/MINA, June 18 (Reuters) - Medics treated 2,700 pilgrims.", "Saudi Arabia"),
        ("LONDON, Aug 4 (Reuters) - The bank raised its rate to 1.75%.", "United Kingdom"),
        ("ANTAKYA, Turkey, Feb 7 (Reuters) - Rescuers pulled 12 people out.", "Turkey"),
    ],
)
def test_a_datelines_country_places_an_article_that_names_no_other(body: str, country: str) -> None:
    from factcheck.extract import _dateline_country, frames

    assert _dateline_country(body, frames.DATELINE.match(body)) == country


@pytest.mark.parametrize(
    ("text", "published", "mention", "expected"),
    [
        (
            "State agencies had procured about 162 lakh tonnes of wheat by May 1, against 288"
            " lakh tonnes by the same date last year.",
            date(2022, 5, 2),
            "288",
            DateSpan.day(date(2021, 5, 1)),
        ),
        (
            "Prices rose 2.0% in October alone, against 1.1% in the same month of 2021.",
            date(2022, 11, 16),
            "1.1%",
            DateSpan(date(2021, 10, 1), date(2021, 10, 31)),
        ),
        (
            "Clinics saw 900 patients by June 3, compared with only 130 in the same stretch of"
            " 2021.",
            date(2022, 6, 6),
            "only 130",
            DateSpan.day(date(2021, 6, 3)),
        ),
    ],
)
def test_a_figure_of_the_same_time_in_another_year(
    text: str, published: date, mention: str, expected: DateSpan
) -> None:
    assert _as_of(text, published, mention) == expected


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        (
            "Temperatures hovered around 50 degrees Celsius (122 Fahrenheit) on Tuesday.",
            "50",
            "122",
        ),
        ("Temperatures in Mecca climbed as high as 51.8C (125F).", "51.8C", "125F"),
        ("The wheat fields of Punjab reached 104F (40C) in March.", "104F", "40C"),
    ],
)
def test_a_temperatures_conversion_in_brackets_is_no_claim(
    text: str, kept: str, dropped: str
) -> None:
    mentions = [c.mention for c in extract_text(text, date(2024, 6, 18))]
    assert any(kept in m for m in mentions) and not any(dropped in m for m in mentions)


def test_two_temperatures_in_brackets_that_differ_are_both_claims() -> None:
    text = "Delhi recorded 45C (up from 38C a week earlier) as the heatwave spread."
    mentions = [c.mention for c in extract_text(text, date(2024, 6, 18))]
    assert any("45C" in m for m in mentions) and any("38C" in m for m in mentions)


def test_only_a_pronoun_where_a_speaker_stands_asks_for_the_sentence_before() -> None:
    """The sentence before a figure's is parsed for a pronoun's antecedent only when the
    pronoun opens a clause ("He said", "..., she said", "Its tally"), not for any "it"."""
    from factcheck.extract import _read

    body = (
        "The governor toured the valley on Friday. He said 1,200 people had been moved.\n\n"
        "The storm reached the coast at dawn. Officials said it destroyed 300 homes."
    )
    read = _read(body, None, "a", "The Courier")
    lead = [text.strip() for _, text in (read.lead_ins or {}).values()]
    assert lead == ["The governor toured the valley on Friday."]


@pytest.mark.parametrize(
    ("body", "age"),
    [
        ("A 19-year-old firefighter was killed on Thursday as 150 homes burned.", "19-year-old"),
        ("Police named the driver as Ana López, 37, and said 12 people were hurt.", "37"),
        ("The Senate confirmed the 77-year-old leftist with 50.9% of the vote.", "77-year-old"),
    ],
)
def test_an_age_is_a_figure_of_its_own_kind(body: str, age: str) -> None:
    """Outlets give a victim's or a leader's age differently too: an age is a figure (kind
    other, in years of age), never a count of people."""
    found = {c.mention: c for c in extract_text(body, date(2023, 6, 9), "t")}
    assert (found[age].kind, found[age].unit) == ("other", "years of age")
