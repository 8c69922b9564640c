"""The review desk over HTTP (Starlette's TestClient): queue, filters, decisions, undo, adding,
and the safety rules: CSRF, POST-only changes, clear 4xx pages, everything escaped."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from starlette.testclient import TestClient
from typer.testing import CliRunner

from factcheck.cli import app as cli
from factcheck.pipeline import add, snapshot
from factcheck.report import conflicts
from factcheck.serve import create_app
from factcheck.store import Store

from .test_pipeline import CONFLICT_A, CONFLICT_B

CSRF = re.compile(r'name="csrf" value="([0-9a-f]+)"')
PAYLOAD = "<script>window.pwned=1</script>"
ATTR = '" onmouseover="window.pwned=2" data-x="'


@pytest.fixture()
def db(tmp_path: Path, seeds_dir: Path, hashing_embedder) -> Path:
    """The seeds plus two articles that contradict each other on the same day."""
    (tmp_path / "a.txt").write_text(CONFLICT_A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(CONFLICT_B, encoding="utf-8")
    path = tmp_path / "desk.db"
    with Store(path) as store:
        add(store, [seeds_dir, tmp_path / "a.txt", tmp_path / "b.txt"], hashing_embedder)
        assert conflicts(snapshot(store)), "the fixture must hold an open conflict"
    return path


@pytest.fixture()
def client(db: Path) -> TestClient:
    with TestClient(create_app(db, model="hash:256"), follow_redirects=False) as c:
        yield c


def ranked(db: Path, include_dismissed: bool = False) -> list[dict]:
    with Store(db, create=False) as store:
        return conflicts(snapshot(store), include_dismissed=include_dismissed)


def token(client: TestClient, url: str = "/") -> str:
    page = client.get(url)
    assert page.status_code == 200, page.text
    return CSRF.search(page.text).group(1)


def queue_ids(html: str) -> list[str]:
    return re.findall(r'<li class="conflict[^"]*" id="rel-([0-9a-f]+)"', html)


def store_reviews(db: Path) -> dict:
    with Store(db, create=False) as store:
        return {r.relation: r for r in store.reviews()}


def test_queue_ranks_as_the_cli_and_shows_both_sides(client, db):
    rows = ranked(db)
    page = client.get("/")
    assert page.status_code == 200
    assert queue_ids(page.text) == [r["id"] for r in rows]
    first = page.text.split(f'id="rel-{rows[0]["id"]}"', 1)[1].split("</li>", 1)[0]
    for side in (rows[0]["a"], rows[0]["b"]):
        assert f"<mark>{side['mention']}</mark>" in first
        assert side["outlet"] is None or side["outlet"] in first
        assert f"/articles/{side['article']}?claim={side['claim']}" in first
        assert side["as_of"]["start"] in first
    assert rows[0]["reason"].replace('"', "&#34;") in first
    assert f"{rows[0]['confidence']:.2f}" in first
    assert f'ranked 1: <span class="why">{rows[0]["priority"]["why"]}</span>' in first
    assert page.headers["content-security-policy"].startswith("default-src 'none'")


def test_filters(client, db):
    row = ranked(db)[0]
    day = row["a"]["as_of"]["start"]
    measure = re.search(r'href="/measures/([0-9a-f]+)"', client.get("/").text).group(1)
    assert row["id"] in queue_ids(client.get("/", params={"measure": measure}).text)
    assert queue_ids(client.get("/", params={"measure": "nope"}).text) == []
    assert row["id"] in queue_ids(client.get("/", params={"from": day, "to": day}).text)
    assert queue_ids(client.get("/", params={"to": "2000-01-01"}).text) == []
    assert queue_ids(client.get("/", params={"outlet": "No Such Outlet"}).text) == []
    outlets = re.findall(r"<option(?: selected)?>([^<]+)</option>", client.get("/").text)
    assert outlets, "the outlet menu lists the conflicts' outlets"
    assert row["id"] in queue_ids(client.get("/", params={"outlet": outlets[0]}).text)
    bad = client.get("/", params={"from": "yesterday"})
    assert bad.status_code == 400 and "not a date" in bad.text


def test_dismiss_leaves_queue_shows_in_cli_and_undo_restores(client, db, monkeypatch):
    rel = ranked(db)[0]["id"]
    csrf = token(client)
    note = "different districts"
    done = client.post(
        "/review",
        data={
            "csrf": csrf,
            "relation": rel,
            "decision": "dismissed",
            "note": note,
            "reviewer": "Ana",
            "next": "/",
        },
    )
    assert done.status_code == 303 and done.headers["location"] == "/"
    assert store_reviews(db)[rel].reviewer == "Ana"
    page = client.get("/")
    assert rel not in queue_ids(page.text)
    assert "Undo" in page.text and note in page.text
    assert rel in queue_ids(client.get("/", params={"all": "1"}).text)
    monkeypatch.delenv("FACTCHECK_DB", raising=False)
    listed = CliRunner().invoke(cli, ["conflicts", "--all", "--format", "json", "--db", str(db)])
    row = next(r for r in json.loads(listed.stdout) if r["id"] == rel)
    assert row["dismissed"] and row["note"] == note and row["review"]["reviewer"] == "Ana"
    undone = client.post("/undo", data={"csrf": csrf, "next": "/"})
    assert undone.status_code == 303
    assert rel not in store_reviews(db)
    assert rel in queue_ids(client.get("/").text)
    again = client.post("/undo", data={"csrf": csrf, "next": "/"})
    assert again.status_code == 409 and "nothing to undo" in again.text


def test_undo_puts_back_the_decision_it_replaced(client, db):
    rel = ranked(db)[0]["id"]
    csrf = token(client)
    for decision, note in (("accepted", "checked"), ("dismissed", "on second look")):
        client.post(
            "/review",
            data={
                "csrf": csrf,
                "relation": rel,
                "decision": decision,
                "note": note,
                "reviewer": "Ana",
            },
        )
    assert store_reviews(db)[rel].decision == "dismissed"
    client.post("/undo", data={"csrf": csrf})
    kept = store_reviews(db)[rel]
    assert (kept.decision, kept.note) == ("accepted", "checked")


def test_state_changes_need_the_csrf_token(client, db):
    rel = ranked(db)[0]["id"]
    form = {"relation": rel, "decision": "dismissed", "reviewer": "Ana"}
    assert client.post("/review", data=form).status_code == 403
    assert client.post("/review", data=form | {"csrf": "0" * 64}).status_code == 403
    other = TestClient(client.app)
    stolen = token(other)  # a token valid for another browser's session
    refused = client.post("/review", data=form | {"csrf": stolen})
    assert refused.status_code == 403 and "security token" in refused.text
    assert client.post("/add", data={"text": CONFLICT_A}).status_code == 403
    assert store_reviews(db) == {}


@pytest.mark.parametrize("url", ["/review", "/undo"])
def test_state_changes_are_post_only(client, url):
    page = client.get(url)
    assert page.status_code == 405 and "POST" in page.text


def test_bad_ids_get_a_clear_4xx(client, db):
    csrf = token(client)
    before = store_reviews(db)
    bad = client.post(
        "/review",
        data={"csrf": csrf, "relation": "nope", "decision": "dismissed", "reviewer": "Ana"},
    )
    assert bad.status_code == 404 and "no relation with id &#39;nope&#39;" in bad.text
    rel = ranked(db)[0]["id"]
    odd = client.post(
        "/review", data={"csrf": csrf, "relation": rel, "decision": "maybe", "reviewer": "Ana"}
    )
    assert odd.status_code == 400
    nameless = client.post("/review", data={"csrf": csrf, "relation": rel, "decision": "accepted"})
    assert nameless.status_code == 400 and "reviewer" in nameless.text
    for url in ("/articles/nope", "/measures/nope", "/nowhere", "/?page=0", "/?page=99"):
        page = client.get(url)
        assert 400 <= page.status_code < 500, url
        assert "Traceback" not in page.text
    assert store_reviews(db) == before


def test_upload_adds_and_shows_what_it_contradicts(client, db, tmp_path):
    csrf = token(client, "/add")
    rival = CONFLICT_B.replace("99 percent", "60 percent").replace("state television", "a rival")
    sent = client.post(
        "/add",
        data={"csrf": csrf},
        files={"files": ("rival report.txt", rival.encode(), "text/plain")},
    )
    assert sent.status_code == 200, sent.text
    assert "Added 1 article" in sent.text
    assert 'href="/articles/rival-report"' in sent.text
    section = sent.text.split("<h2>Contradicts", 1)[1].split("<h2>", 1)[0]
    assert "<mark>60 percent</mark>" in section
    with Store(db, create=False) as store:
        assert "rival-report" in store.article_ids()
    same = client.post(
        "/add", data={"csrf": csrf}, files={"files": ("again.txt", rival.encode(), "text/plain")}
    )
    assert same.status_code == 200 and "Already in the store" in same.text


@pytest.mark.parametrize(
    ("name", "data", "status"),
    [
        ("binary.txt", b"\x00\x01\x02\xff" * 300, 400),
        ("empty.txt", b"", 400),
        ("tool.exe", b"MZ\x90\x00", 415),
        ("table.csv", b"a,b\n1,2\n", 400),
    ],
)
def test_bad_uploads_change_nothing(client, db, name, data, status):
    csrf = token(client, "/add")
    with Store(db, create=False) as store:
        before = (store.article_ids(), len(store.claims()))
    sent = client.post("/add", data={"csrf": csrf}, files={"files": (name, data, "text/plain")})
    assert sent.status_code == status, sent.text
    assert name in sent.text and "Traceback" not in sent.text
    assert "factcheck-desk-" not in sent.text, "errors name the file, not the private folder"
    with Store(db, create=False) as store:
        assert (store.article_ids(), len(store.claims())) == before


def test_paste_adds_and_everything_is_escaped(client, db):
    csrf = token(client, "/add")
    text = CONFLICT_B.replace("state television", f"state television {PAYLOAD}{ATTR}")
    sent = client.post(
        "/add",
        data={
            "csrf": csrf,
            "title": f"Title {PAYLOAD}{ATTR}",
            "outlet": f"Out{PAYLOAD}",
            "date": "2016-12-07",
            "text": text,
        },
    )
    assert sent.status_code == 200, sent.text
    article = re.search(r'href="/articles/(pasted-[0-9a-f]+)"', sent.text).group(1)
    pages = [sent.text, client.get(f"/articles/{article}").text, client.get("/").text]
    for html in pages:
        assert "<script>window" not in html
        assert 'onmouseover="window' not in html
    assert "&lt;script&gt;window.pwned=1&lt;/script&gt;" in pages[1]
    assert "&#34; onmouseover=&#34;window.pwned=2&#34;" in pages[1]
    bad_date = client.post("/add", data={"csrf": csrf, "text": text, "date": "07/12/2016"})
    assert bad_date.status_code == 400


def test_measure_page_draws_the_report_chart(client, db):
    measures = client.get("/measures")
    ids = re.findall(r'href="/measures/([0-9a-f]+)"', measures.text)
    assert ids
    page = client.get(f"/measures/{ids[0]}")
    assert page.status_code == 200
    assert '<svg role="img" data-uid="chart-measure"' in page.text
    assert "Figures by source" in page.text and "<h2>Conflicts (" in page.text


def test_article_page_marks_the_figure(client, db):
    side = ranked(db)[0]["a"]
    page = client.get(f"/articles/{side['article']}", params={"claim": side["claim"]})
    assert page.status_code == 200
    marked = re.search(
        rf'<mark id="claim-{side["claim"]}" class="figure target"[^>]*>([^<]+)<', page.text
    )
    assert marked and marked.group(1) == side["mention"]
