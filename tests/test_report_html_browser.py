"""The HTML report in real headless Chromium: it renders, and it asks the network for nothing.

Skipped when /usr/bin/chromium is missing on a developer machine; a failure when CI is set (the
CI installs it with .ci/install-browser). Requests are read from Chromium's net log: the page's
own requests carry the page as initiator, while Chromium's background calls (component updates,
network time) are marked "not an origin" and are no concern of the report.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
import struct
import subprocess
from datetime import datetime, timezone
from html.parser import HTMLParser
from pathlib import Path

import pytest

from docs.make_screenshot import FLAGS  # one set of Chromium flags for test and docs
from factcheck.model import CheckResult
from factcheck.report import render_html
from tests.fixtures_report import build_result

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
LOCAL_SCHEMES = {"file", "data", "blob", "about", "chrome", "chrome-extension", "devtools"}
WHEN = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def chromium() -> Path:
    if CHROMIUM.is_file():
        return CHROMIUM
    if os.environ.get("CI"):
        pytest.fail(f"CI is set but {CHROMIUM} is missing: .ci/install-browser should install it")
    pytest.skip(f"{CHROMIUM} missing (install it with .ci/install-browser); set CI to fail instead")


def run_chromium(
    binary: Path, work: Path, page: Path, *extra: str
) -> subprocess.CompletedProcess[str]:
    profile = work / "profile"
    profile.mkdir(parents=True, exist_ok=True)
    cmd = [str(binary), *FLAGS, f"--user-data-dir={profile}", *extra, page.resolve().as_uri()]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=180, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done


def page_requests(netlog: Path) -> list[str]:
    """URLs the page itself asked for: URL_REQUEST_START_JOB events with an origin initiator."""
    log = json.loads(netlog.read_text(encoding="utf-8"))
    start_job = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
    urls = []
    for event in log["events"]:
        params = event.get("params") or {}
        own = params.get("initiator") != "not an origin"
        if event["type"] == start_job and "url" in params and own:
            urls.append(params["url"])
    return urls


def external(urls: list[str]) -> list[str]:
    return [u for u in urls if u.split(":", 1)[0].lower() not in LOCAL_SCHEMES]


class _Dom(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))


QUOTED_URL = "https://example.org/aleppo-toll"


@pytest.fixture(scope="module")
def result() -> CheckResult:
    """The report fixture with a URL quoted in a conflicting sentence: shown, never fetched."""
    base = build_result()
    source = next(r.source for r in base.relations if r.type == "contradicts")
    claims = tuple(
        dataclasses.replace(c, sentence=f"{c.sentence} ({QUOTED_URL})") if c.id == source else c
        for c in base.claims
    )
    return dataclasses.replace(base, claims=claims)


@pytest.fixture(scope="module")
def page(result: CheckResult, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("html") / "report.html"
    path.write_text(render_html(result, generated=WHEN), encoding="utf-8")
    return path


def test_dom_has_conflicts_and_charts_and_no_requests(
    chromium: Path, page: Path, result: CheckResult, tmp_path: Path
) -> None:
    netlog = tmp_path / "net.json"
    done = run_chromium(chromium, tmp_path, page, f"--log-net-log={netlog}", "--dump-dom")
    dom = _Dom()
    dom.feed(done.stdout)
    elements = dom.elements
    assert any(t == "table" and a.get("id") == "conflicts" for t, a in elements)
    rows = [a for t, a in elements if t == "tr" and a.get("data-relation")]
    assert any("conflict" in (a.get("class") or "").split() for a in rows)
    charts = [a for t, a in elements if t == "figure" and "chart" in (a.get("class") or "").split()]
    assert len(charts) == len(result.groups)
    assert any(t == "figure" and a.get("id") == "claim-graph" for t, a in elements)
    assert sum(1 for t, _ in elements if t == "svg") == len(result.groups) + 1
    for _, attrs in elements:
        for key in ("src", "href"):
            assert not re.match(r"\s*(https?:)?//", attrs.get(key) or "", re.I), attrs
    assert QUOTED_URL in done.stdout, "a URL quoted in an article reads as written"
    assert netlog.is_file()
    assert external(page_requests(netlog)) == []


def test_netlog_check_sees_an_external_request(chromium: Path, tmp_path: Path) -> None:
    """The request check must be able to fail: a page with an off-site image is caught."""
    canary = tmp_path / "canary.html"
    canary.write_text('<!DOCTYPE html><p>x</p><img src="http://127.0.0.1:9/canary.png">')
    netlog = tmp_path / "net.json"
    run_chromium(chromium, tmp_path, canary, f"--log-net-log={netlog}", "--dump-dom")
    assert "http://127.0.0.1:9/canary.png" in external(page_requests(netlog))


def test_screenshot(chromium: Path, page: Path, tmp_path: Path) -> None:
    shot = tmp_path / "report.png"
    run_chromium(chromium, tmp_path, page, f"--screenshot={shot}", "--window-size=1280,2000")
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (1280, 2000)
    assert len(data) > 50_000, "a blank page compresses to a few kB"
