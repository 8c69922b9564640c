"""Ingest: seeds against the gold file, FA-KES whole, every dateline form and every bad input."""

from __future__ import annotations

import io
import json
import re
import time
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.ingest import InputError, read_paths, read_table, read_text
from factcheck.model import Article

ROOT = Path(__file__).resolve().parents[1]
GOLD_PATH = ROOT / "data" / "gold" / "seeds.json"
SEEDS = ROOT / "seeds"
FAKES = ROOT / "data" / "fa-kes" / "fakes.csv"

PROSE = "Government forces took more ground in the east of the city, a monitor said on Monday."


@pytest.fixture(scope="module")
def gold() -> dict:
    return json.loads(GOLD_PATH.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def seeds() -> dict[str, Article]:
    articles, errors = read_paths([SEEDS])
    assert errors == []
    return {a.id: a for a in articles}


def _article(tmp_path: Path, name: str, text: str, **kw: object) -> Article:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    articles, errors = read_paths([p], **kw)  # type: ignore[arg-type]
    assert errors == []
    assert len(articles) == 1
    return articles[0]


# --------------------------------------------------------------------------- seeds and gold


def test_seed_published_dates_match_gold(gold: dict, seeds: dict[str, Article]) -> None:
    assert set(seeds) == set(gold["articles"])
    for aid, expected in gold["articles"].items():
        assert seeds[aid].published == date.fromisoformat(expected["published"]), aid


def test_seed_date_sources(seeds: dict[str, Article]) -> None:
    sources = {a.date_source for a in seeds.values()}
    assert "unknown" not in sources
    # the dateline without a year is dated by its weekday and the rest of the corpus
    inferred = [a for a in seeds.values() if a.date_source == "weekday-inferred"]
    assert len(inferred) == 1
    assert any("inferred" in w for w in inferred[0].warnings)
    # the article without a dateline is dated from the first full date of its lead
    body_dated = [a for a in seeds.values() if a.date_source == "body"]
    assert len(body_dated) == 1
    assert body_dated[0].published is not None
    assert body_dated[0].published.strftime("%m/%d/%Y") in body_dated[0].body[:400]


def test_gold_claims_survive_cleaning(gold: dict, seeds: dict[str, Article]) -> None:
    """Boilerplate removal keeps every sentence the gold file labels as a claim."""
    for claim in gold["claims"]:
        body = seeds[claim["article"]].body.lower()
        assert claim["mention"].lower() in body, claim


def test_gold_not_claims_removed(gold: dict, seeds: dict[str, Article]) -> None:
    """Figures the gold file marks as boilerplate are no longer in the body."""
    for item in gold["not_claims"]:
        body = seeds[item["article"]].body
        assert not re.search(rf"(?<![\w,.]){re.escape(item['mention'])}(?![\w,])", body), item


def test_seed_boilerplate_gone(seeds: dict[str, Article]) -> None:
    for a in seeds.values():
        assert "string(" not in a.body
        assert '{"id"' not in a.body
        assert "Leave a Reply" not in a.body
        assert "commenting using your" not in a.body
        assert "Connecting to %s" not in a.body
        assert "Image Source" not in a.body
        assert ".svg" not in a.body
        assert "Adjust font size" not in a.body
        assert not re.search(r"^[A-Z]/[A-Z]+ \d+$", a.body, re.M), "desk code left"
        assert not a.body.rstrip().endswith("Endi")
        assert a.body == a.body.strip()
        assert a.title and a.title not in a.body[: len(a.title) + 2]


def test_seed_outlets(seeds: dict[str, Article]) -> None:
    outlets = {a.outlet for a in seeds.values()}
    # the dateline "Xinhua, December 7, 2016" and "AFP's correspondents" name their outlets
    assert {"Xinhua", "AFP"} <= outlets
    for a in seeds.values():
        assert a.path is not None and Path(a.path).stem == a.id


def test_yearless_dateline_alone_uses_corpus_dates(tmp_path: Path) -> None:
    text = f"Title\n\nMonday 5 December\n\n{PROSE}\n"
    near_2016 = read_text(text, article_id="a", corpus_dates=[date(2016, 12, 6)])
    assert near_2016.published == date(2016, 12, 5)
    assert near_2016.date_source == "weekday-inferred"
    near_2011 = read_text(text, article_id="a", corpus_dates=[date(2011, 11, 30)])
    assert near_2011.published == date(2011, 12, 5)
    # within read_paths, the other files of the same call are the corpus
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"Other\n\nDecember 7, 2016\n\n{PROSE}\n", encoding="utf-8")
    arts, errs = read_paths([tmp_path])
    assert errs == []
    assert {a.id: a.published for a in arts}["a"] == date(2016, 12, 5)


def test_wire_dateline_without_year_dated_from_corpus() -> None:
    text = f"Title\n\nDAMASCUS, Dec. 7 (Xinhua) -- {PROSE}"
    assert read_text(text, article_id="a").published is None
    a = read_text(text, article_id="a", corpus_dates=[date(2016, 12, 1)])
    assert (a.published, a.date_source) == (date(2016, 12, 7), "dateline")
    assert a.body.endswith(PROSE)


def test_yearless_without_weekday_or_corpus_is_unknown() -> None:
    a = read_text(f"Title\n\n5 December\n\n{PROSE}\n", article_id="a")
    assert a.published is None
    assert a.date_source == "unknown"
    assert a.warnings


# --------------------------------------------------------------------------- dateline forms


@pytest.mark.parametrize(
    ("header", "expected", "source"),
    [
        ("Tue Dec 6, 2016 12:36:27", date(2016, 12, 6), "dateline"),
        ("Xinhua, December 7, 2016 Adjust font size:", date(2016, 12, 7), "dateline"),
        ("09 Dec, 2016", date(2016, 12, 9), "dateline"),
        ("7 December 2016", date(2016, 12, 7), "dateline"),
        ("Dec. 7, 2016", date(2016, 12, 7), "dateline"),
        ("2016-12-07", date(2016, 12, 7), "dateline"),
        ("2016-12-07T10:00Z", date(2016, 12, 7), "dateline"),
        ("Published: Wednesday, 7 December 2016, 10:15 GMT", date(2016, 12, 7), "dateline"),
        ("08.04.2017", date(2017, 4, 8), "dateline"),
        ("Last modified on Wed 7 Dec 2016 10.00 GMT", date(2016, 12, 7), "dateline"),
    ],
)
def test_dateline_forms(header: str, expected: date, source: str) -> None:
    a = read_text(f"Title\n\n{header}\n\n{PROSE}\n", article_id="x")
    assert a.published == expected
    assert a.date_source == source
    assert a.body == PROSE  # the dateline line is not article text


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("Wed 05 Apr 2017 Syria attack symptoms consistent with nerve agent use. ", "2017-04-05"),
        ("Published April 2 2017 Syrian opposition forces on Sunday claimed a hit. ", "2017-04-02"),
        ("Last updated at Jul 012016 BEIRUT At least 70 fighters have been killed. ", "2016-07-01"),
        ("Thursday 31 July 2014 10:59 Syrian Coalition: FSA is the only force. ", "2014-07-31"),
    ],
)
def test_dateline_opening_the_first_paragraph(lead: str, expected: str) -> None:
    a = read_text(lead + PROSE, article_id="x")
    assert a.published == date.fromisoformat(expected)
    assert a.date_source == "dateline"
    assert a.body[0].isupper()  # the date prefix (and its time) is cut cleanly
    assert a.body.endswith(PROSE)


def test_date_in_the_lead_when_no_dateline() -> None:
    text = (
        "Title\n\nThe army made sweeping advances in the city on Monday (12/12/2016), a monitor"
        " said.\n"
    )
    a = read_text(text, article_id="x")
    assert a.published == date(2016, 12, 12)
    assert a.date_source == "body"
    # the weekday decides between month-first and day-first readings
    b = read_text(text.replace("12/12/2016", "05/12/2016"), article_id="x")
    assert b.published == date(2016, 12, 5)


@pytest.mark.parametrize(
    ("header", "why"),
    [("31/02/2016", "not a valid date"), ("January 3, 3016", "not a plausible date")],
)
def test_impossible_dateline_is_unknown_with_warning(header: str, why: str) -> None:
    a = read_text(f"Title\n\n{header}\n\n{PROSE}\n", article_id="x")
    assert a.published is None
    assert a.date_source == "unknown"
    assert any(why in w and header in w for w in a.warnings)


def test_unknown_date_warns() -> None:
    a = read_text(f"Title\n\n{PROSE}\n", article_id="x")
    assert a.published is None
    assert a.date_source == "unknown"
    assert a.warnings == ("publication date not found",)


# --------------------------------------------------------------------------- boilerplate


def test_boilerplate_removed_real_sentences_kept() -> None:
    blob = json.dumps([{"id": str(i), "pic": f"/2016/12/{i}.jpg", "title": "x"} for i in range(5)])
    text = "\n\n".join(
        [
            "Title",
            "Offensive map (within Northern Syria).svg",
            "By A Reporter",
            "Dec 6, 2016",
            PROSE,
            "Share this: Twitter Facebook",
            "Some 300 families fled overnight, aid workers said.",
            f'string({len(blob)}) "{blob}"',
            blob,
            "Image Source: Wikimedia",
            "A/BC 11",
            "Leave a Reply",
            "Fill in your details below or click an icon to log in:",
            "You are commenting using your Twitter account. Log Out / Change )",
            "Connecting to %s",
        ]
    )
    a = read_text(text, article_id="x")
    assert a.body == PROSE + "\n\nSome 300 families fled overnight, aid workers said."
    assert a.published == date(2016, 12, 6)


def test_trailing_sign_offs_removed_and_outlet_taken() -> None:
    a = read_text(f"Title\n\n{PROSE} --AFP", article_id="x")
    assert a.body == PROSE
    assert a.outlet == "AFP"
    b = read_text(f"Title\n\n{PROSE}\nHe said talks would go on. Enditem", article_id="x")
    assert b.body.endswith("talks would go on.")
    c = read_text(
        f"Title\n\n{PROSE} (Reporting by A. N. Other; Editing by Someone)", article_id="x"
    )
    assert c.body == PROSE


def test_offsets_are_into_body() -> None:
    a = read_text(f"Title\n\nDec 6, 2016\n\n{PROSE}", article_id="x")
    i = a.body.index("monitor")
    assert a.body[i : i + len("monitor")] == "monitor"


# --------------------------------------------------------------------------- outlets


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (f"Title\n\nXinhua, December 7, 2016\n\n{PROSE}", "Xinhua"),
        (f"Title\n\nBEIRUT (Reuters) - {PROSE}", "Reuters"),
        (f"Title\n\n{PROSE} AFP's correspondents in the city saw smoke.", "AFP"),
        (f"Title\n\n{PROSE} -- AFP", "AFP"),
        (f"Title\n\nBEIRUT, December 7, 2016\n\n{PROSE}", None),
        (f"Title\n\nBeirut (AFP) - {PROSE}", "AFP"),
        (f"Title\n\nDAMASCUS, Dec. 7 (Xinhua) -- {PROSE}", "Xinhua"),
        (f"Title\n\nThe Syrian Observatory for Human Rights (SOHR) - a monitor.\n{PROSE}", None),
        (f"Title\n\n{PROSE}", None),
    ],
)
def test_outlet_detection(text: str, outlet: str | None) -> None:
    assert read_text(text, article_id="x").outlet == outlet


# --------------------------------------------------------------------------- tables


def test_fakes_loads_whole_and_fast() -> None:
    read_table(FAKES)  # warm caches (regex compilation, imports) before timing
    # CPU time, not wall time: five other engineers share these two cores
    t0 = time.process_time()
    articles, errors = read_table(FAKES)
    elapsed = time.process_time() - t0
    assert errors == []
    assert len(articles) == 804
    assert len({a.id for a in articles}) == len(articles)
    assert all(a.published is not None and a.date_source == "column" for a in articles)
    assert all(a.outlet and a.title and a.body for a in articles)
    assert elapsed < 1.0


def test_fakes_dates_are_month_first() -> None:
    import csv

    with FAKES.open(encoding="cp1252", errors="replace", newline="") as fh:
        first = next(csv.DictReader(fh))
    articles, _ = read_table(FAKES)
    a = next(a for a in articles if a.id == first["unit_id"])
    m, d, y = (int(x) for x in first["date"].split("/"))
    assert a.published == date(2000 + y, m, d)


def test_csv_bad_rows_reported_good_rows_kept(tmp_path: Path) -> None:
    p = tmp_path / "t.csv"
    p.write_text(
        "headline;story;publisher;published_at\n"
        '"A";"Body one.";X;2016-12-05\n'
        '"B";"";X;2016-12-05\n'
        '"C";"Body three.";X;31/02/2016\n'
        '"D";"Body four.";X;3016-01-01\n'
        '"E";"Body five.";X\n'
        '"F";"Body "six" bad";X;2016-12-05\n'
        '"G";"Body seven.";X;12/5/16\n',
        encoding="utf-8-sig",
    )
    articles, errors = read_table(p)
    assert [a.title for a in articles] == ["A", "G"]
    assert [a.published for a in articles] == [date(2016, 12, 5)] * 2
    assert all(a.outlet == "X" and a.date_source == "column" for a in articles)
    assert [e.split(": ", 1)[0] for e in errors] == [f"{p}:row {n}" for n in (2, 3, 4, 5, 6)]
    for fragment, err in zip(
        ("missing text", "31/02/2016", "3016", "fields", "quoting"), errors, strict=True
    ):
        assert fragment in err


def test_column_mapping(tmp_path: Path) -> None:
    p = tmp_path / "m.csv"
    p.write_text("k,words,when,who\n7,Some body text.,2016-12-05,AFP\n", encoding="utf-8")
    articles, errors = read_table(p)
    assert articles == []
    assert len(errors) == 1 and "no text column" in errors[0]
    mapping = {"id": "k", "text": "words", "date": "when", "outlet": "who"}
    articles, errors = read_paths([p], columns=mapping)
    assert errors == []
    (a,) = articles
    assert (a.id, a.body, a.published, a.outlet) == (
        "7",
        "Some body text.",
        date(2016, 12, 5),
        "AFP",
    )
    _, errors = read_table(p, columns={"text": "nope"})
    assert len(errors) == 1 and "'nope'" in errors[0]


def test_jsonl(tmp_path: Path) -> None:
    p = tmp_path / "t.jsonl"
    rows = [
        {"id": "j1", "title": "J1", "text": "Three people died.", "date": "2016-12-05"},
        {"id": "j1", "text": "Duplicate id here.", "date": "Dec 6, 2016", "source": "S"},
        {"text": "No id at all."},
    ]
    p.write_text(
        "\n".join([json.dumps(rows[0]), "{bad json", "[1, 2]", *map(json.dumps, rows[1:])]),
        encoding="utf-8",
    )
    articles, errors = read_paths([p])
    assert [e.split(": ", 1)[0] for e in errors] == [f"{p}:row 2", f"{p}:row 3"]
    assert [a.id for a in articles] == ["j1", "j1-4", "t-5"]
    assert articles[0].published == date(2016, 12, 5)
    assert articles[1].outlet == "S" and articles[1].warnings
    assert articles[2].published is None and articles[2].date_source == "unknown"


def test_json_list(tmp_path: Path) -> None:
    p = tmp_path / "t.json"
    p.write_text(json.dumps([{"headline": "H", "content": "Body.", "date": "7/12/16"}]))
    (a,), errors = read_paths([p])
    assert errors == [] and a.title == "H" and a.published == date(2016, 7, 12)


# --------------------------------------------------------------------------- containers


def test_html(tmp_path: Path) -> None:
    html = """<!doctype html><html><head><title>Page | Site</title>
<meta property="og:title" content="Rebels lose ground">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2016-12-07T10:00:00Z">
<script>var x = "2015";</script></head><body><nav>Home | World</nav>
<article><h1>Rebels lose ground</h1><p>Troops took <b>85 percent</b> of the east.</p>
<figure><img src="a.jpg"><figcaption>Smoke in 2015</figcaption></figure>
<p>More than 30,000 people fled.</p></article><footer>Copyright 2016</footer></body></html>"""
    a = _article(tmp_path, "page.html", html)
    assert a.title == "Rebels lose ground"
    assert a.outlet == "Example News"
    assert a.published == date(2016, 12, 7)
    assert a.body == "Troops took 85 percent of the east.\n\nMore than 30,000 people fled."


def test_markdown(tmp_path: Path) -> None:
    md = (
        "---\ntitle: A markdown article\ndate: 2016-12-08\nsource: Example Wire\n---\n"
        "# A markdown article\n\n![map](map.png)\n\nThe army took [three districts](http://x).\n"
    )
    a = _article(tmp_path, "a.md", md)
    assert (a.title, a.outlet, a.published) == (
        "A markdown article",
        "Example Wire",
        date(2016, 12, 8),
    )
    assert a.body == "The army took three districts."


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(f"Stdin title\n\nTue Dec 6, 2016\n\n{PROSE}\n"))
    (a,), errors = read_paths(["-"])
    assert errors == []
    assert (a.id, a.title, a.published, a.path) == ("stdin", "Stdin title", date(2016, 12, 6), None)


def test_directory_walk_sorted_hidden_and_unknown_skipped(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b.txt").write_text(f"B\n\n{PROSE}")
    (tmp_path / "sub" / "a.txt").write_text(f"A\n\n{PROSE}")
    (tmp_path / ".git" / "c.txt").write_text(f"C\n\n{PROSE}")
    (tmp_path / ".hidden.txt").write_text(f"H\n\n{PROSE}")
    (tmp_path / "notes.xyz").write_text("x")
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "a.txt").write_text(f"A2\n\n{PROSE}")
    articles, errors = read_paths([tmp_path])
    assert errors == []
    assert [a.title for a in articles] == ["B", "A2", "A"]
    assert len({a.id for a in articles}) == 3  # two a.txt files do not share an id


# --------------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b" \n\t\n  \n", "whitespace only"),
        ("nul.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("noise.txt", bytes(range(128, 256)) * 8, "not valid UTF-8 text"),
        ("odd.pdf", b"%PDF-1.4", "unsupported file type"),
        ("bad.csv", b"a,b\n1,2\n", "no text column"),
    ],
)
def test_bad_inputs_one_line_each(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text(f"Good\n\n{PROSE}")
    articles, errors = read_paths([bad, good])
    assert [a.id for a in articles] == ["good"]
    assert len(errors) == 1
    assert errors[0].startswith(f"{bad}: ") and message in errors[0]
    assert "\n" not in errors[0]


def test_missing_path_and_empty_directory(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / ".hidden.txt").write_text(f"H\n\n{PROSE}")
    articles, errors = read_paths([tmp_path / "nope.txt", tmp_path / "empty"])
    assert articles == []
    assert errors == [
        f"{tmp_path / 'nope.txt'}: no such file or directory",
        f"{tmp_path / 'empty'}: no article files found in directory",
    ]


def test_encodings(tmp_path: Path) -> None:
    text = f"Café\n\n7 December 2016\n\nThe café was hit. {PROSE}"
    for enc, warns in (("utf-8-sig", False), ("utf-16", False), ("cp1252", True)):
        p = tmp_path / f"{enc}.txt"
        p.write_bytes(text.encode(enc))
        (a,), errors = read_paths([p])
        assert errors == []
        assert a.title == "Café" and a.body.startswith("The café")
        assert a.published == date(2016, 12, 7)
        assert any("cp1252" in w for w in a.warnings) == warns


def test_read_text_raises_input_error() -> None:
    with pytest.raises(InputError, match=r"^x: no text"):
        read_text("   \n", article_id="x")


def test_html_fragment_by_suffix(tmp_path: Path) -> None:
    a = _article(tmp_path, "frag.htm", "<h2>Fragment title</h2>\n<p>Troops took the east.</p>")
    assert a.title == "Fragment title"
    assert a.body == "Troops took the east."


def test_table_with_header_only_is_an_error(tmp_path: Path) -> None:
    p = tmp_path / "h.csv"
    p.write_text("title,text,date\n", encoding="utf-8")
    assert read_paths([p]) == ([], [f"{p}: no rows"])


_TOKENS = [*"abcXYZ 019/.,:-()'\"\n\t{}[]<>%|", "Dec", "Monday", " 2016", "string(", "AFP"]
_TEXTISH = st.lists(st.sampled_from(_TOKENS), max_size=120).map("".join)


@settings(max_examples=150, deadline=None)
@given(_TEXTISH)
def test_read_text_never_raises_anything_but_input_error(text: str) -> None:
    try:
        a = read_text(text, article_id="h")
    except InputError as exc:
        assert "\n" not in str(exc) and str(exc).startswith("h: ")
        return
    assert a.body.strip() and a.body == a.body.strip()
    assert a.date_source in {"dateline", "body", "weekday-inferred", "column", "unknown"}
    assert (a.published is None) == (a.date_source == "unknown")


def test_html_without_article_element(tmp_path: Path) -> None:
    """Chrome before the <h1> and a related-links list after the text are not article text."""
    html = """<html><head><title>Army retakes district - Example Times</title>
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Army retakes district",
"datePublished": "2016-12-08T09:00:00+03:00", "publisher": {"name": "Example Times"}}</script>
</head><body><div><a href="/">Home</a> <a href="/world">World</a></div><div>Menu</div>
<h1>Army retakes district</h1><div class="byline">By Jane Doe</div>
<p>The army retook the district on Thursday, killing 20 fighters, a monitor said.</p>
<p>Some 5,000 residents fled, aid groups said on Thursday evening.</p>
<div>Share this: Facebook Twitter</div><div>Advertisement</div>
<h3>Related stories</h3><ul><li>8 Killed, 25 Injured in Rocket Attacks</li>
<li>Truce talks stall in Geneva</li></ul>
<div>© 2016 Example Times. All rights reserved.</div></body></html>"""
    a = _article(tmp_path, "page.html", html)
    assert (a.title, a.outlet, a.published) == (
        "Army retakes district",
        "Example Times",
        date(2016, 12, 8),
    )
    assert a.body == (
        "The army retook the district on Thursday, killing 20 fighters, a monitor said.\n\n"
        "Some 5,000 residents fled, aid groups said on Thursday evening."
    )


def test_mostly_utf8_with_stray_bytes_keeps_utf8(tmp_path: Path) -> None:
    p = tmp_path / "mixed.txt"
    p.write_bytes(f"Café\n\nThe café “was” hit. {PROSE}".encode() + b" \x95")
    (a,), errors = read_paths([p])
    assert errors == []
    assert "“was”" in a.body  # not mojibake from a cp1252 reading
    assert any("invalid UTF-8" in w for w in a.warnings)


def test_short_last_sentence_is_not_a_links_heading() -> None:
    text = f"T\n\n{PROSE}\n\nMore than 30,000 people fled.\n\nHazem Sabbagh"
    assert read_text(text, article_id="x").body == f"{PROSE}\n\nMore than 30,000 people fled."


def test_inline_font_size_widget_removed_without_eating_words() -> None:
    a = read_text(
        f"T\n\nDec 6, 2016\n\nAdjust font size: As the army advanced, 5 died. {PROSE}",
        article_id="x",
    )
    assert a.body == f"As the army advanced, 5 died. {PROSE}"


@pytest.mark.parametrize(
    "trailer",
    [
        "Manar al-Freih / Hazem Sabbagh",
        "H.Zain/ Ghossoun /M. al-Frieh/H.",
        "Our Standards:The Thomson Reuters Trust Principles.",
        "(Source: Syrian Coalition) Twitter",
        "Contact Us Legal Terms of Use Privacy Policy Cookie Policy",
        "SHISHI",
    ],
)
def test_trailers_seen_in_fakes_are_removed(trailer: str) -> None:
    assert read_text(f"T\n\n{PROSE} {trailer}", article_id="x").body == PROSE


def test_sentence_with_slash_is_not_an_editors_sign_off() -> None:
    text = f"T\n\n{PROSE} The U.S./Russian deal collapsed."
    assert read_text(text, article_id="x").body.endswith("The U.S./Russian deal collapsed.")


def test_csv_doubled_quotes_after_the_sniffed_sample(tmp_path: Path) -> None:
    p = tmp_path / "q.csv"
    rows = [f"{i},Plain body {i}.,2016-12-05" for i in range(400)]
    rows.append('400,"He said ""we will not leave"", officials said.",2016-12-06')
    p.write_text("id,text,date\n" + "\n".join(rows) + "\n", encoding="utf-8")
    articles, errors = read_table(p)
    assert errors == []
    assert len(articles) == 401
    assert articles[-1].body == 'He said "we will not leave", officials said.'


def test_table_cell_opening_headline_agency_and_dateline(tmp_path: Path) -> None:
    """FA-KES cells open with the headline, an agency and a dateline before the text."""
    p = tmp_path / "cells.csv"
    head = "Car bomb kills at least 34 in Hama"
    rows = [
        {"title": f"{head} - Region - World", "text": f"{head} AFP Friday 20 Jun 2014 {PROSE}"},
        {
            "title": "Strikes kill 10 in Idlib",
            "text": f"08.04.2017(updated 1456 08.04.2017) {PROSE}",
        },
        {"title": head, "text": f"{head} AFP Sunday 26 Nov 2017"},
    ]
    p.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    p = p.rename(tmp_path / "cells.jsonl")
    articles, errors = read_table(p)
    assert errors == []
    first, second, third = articles
    assert (first.body, first.outlet, first.published) == (PROSE, "AFP", date(2014, 6, 20))
    assert (second.body, second.published) == (PROSE, date(2017, 4, 8))
    # nothing but a headline and a dateline: they stay, rather than an empty article
    assert third.body == rows[2]["text"] and third.published == date(2017, 11, 26)


def test_hard_wrapped_paragraphs_are_unwrapped_keeping_offsets(tmp_path: Path) -> None:
    from factcheck.extract import extract
    from factcheck.ingest import unwrap_lines

    text = (
        "Shelling kills civilians in Idlib province\n\nMarch 3, 2018\n\n"
        "At least 17 civilians were killed and 40 wounded on Saturday in air strikes on two\n"
        "towns in Idlib province, the Syrian Observatory for Human Rights said. Some 2,000\n"
        "families have fled the area since February 20, according to a local council.\n"
    )
    path = tmp_path / "wrapped.txt"
    path.write_text(text, encoding="utf-8")
    (article,), errors = read_paths([path])
    assert not errors
    assert "\n" not in article.body
    mentions = [c.mention for c in extract(article)]
    assert "At least 17 civilians" in mentions and "Some 2,000 families" in mentions
    kept = "Army holds the east\nXinhua, December 7, 2016\nTroops entered the old city."
    assert unwrap_lines(kept) == kept
    assert len(unwrap_lines(text)) == len(text)


def test_a_short_latin1_text_is_read_and_says_how(tmp_path: Path) -> None:
    p = tmp_path / "court.txt"
    p.write_bytes("Bilan\n\nLe bilan s'élève à 12 morts à Alep.\n".encode("latin-1"))
    (a,), errors = read_paths([p])
    assert errors == []
    assert "s'élève à 12 morts" in a.body
    assert any("decoded as cp1252" in w for w in a.warnings)


def test_a_symlink_loop_is_named_as_one(tmp_path: Path) -> None:
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    articles, errors = read_paths([tmp_path / "a.txt"])
    assert articles == [] and len(errors) == 1 and "loop of links" in errors[0]
