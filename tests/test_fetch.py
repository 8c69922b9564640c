"""Web pages in, from a real HTTP server on this machine: nothing here reaches the internet."""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.fetch import FetchError, download
from factcheck.ingest import read_paths

PAGES = Path(__file__).resolve().parent / "data" / "pages"
runner = CliRunner()


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args: object) -> None:  # keep stderr for what is tested
            pass

    handler = functools.partial(Quiet, directory=str(PAGES))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_a_page_is_fetched_with_its_metadata_and_without_its_chrome(server: str) -> None:
    (article,), errors = read_paths([f"{server}/quake-toll.html"])
    assert errors == []
    assert article.title == "Quake toll climbs past 5,000 in Turkey and Syria"
    assert article.outlet == "Example Wire"
    assert article.published is not None and article.published.isoformat() == "2023-02-07"
    assert "3,419 people had died" in article.body
    for chrome in ("Subscribe", "Most read", "Copyright", "Top 5"):
        assert chrome not in article.body


def test_add_url_stores_the_page_and_its_figures(server: str, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    url = f"{server}/quake-toll.html"
    result = runner.invoke(app, ["--db", str(db), "add", url, "--no-report", "--model", "hash:256"])
    assert result.exit_code == 0, result.output
    assert "Added 1 article(s)" in result.stdout


def test_a_missing_page_is_one_line_and_exit_2(server: str, tmp_path: Path) -> None:
    url = f"{server}/no-such-page.html"
    result = runner.invoke(app, ["--db", str(tmp_path / "s.db"), "add", url, "--no-report"])
    assert result.exit_code == 2
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "HTTP 404" in lines[0] and url in lines[0]


def test_an_unreachable_host_says_so_after_its_retries() -> None:
    with pytest.raises(FetchError, match=r"could not fetch \(2 tries\): .*offline"):
        download("http://127.0.0.1:1/page.html", timeout=1.0, retries=1)
