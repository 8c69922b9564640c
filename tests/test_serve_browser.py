"""The review desk in real headless Chromium, against a real HTTP server (uvicorn).

Chromium is driven over the DevTools protocol through ``--remote-debugging-pipe`` (JSON
messages separated by NUL bytes on file descriptors 3 and 4), so no driver package is needed:
the browser the HTML-report test already installs is enough. Keys are real key events, so
the desk's shortcuts are exercised as a reviewer presses them.

Set FACTCHECK_UPDATE_SCREENSHOT=1 to write the README's picture (docs/serve.png).
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import socket
import struct
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from typer.testing import CliRunner

from docs.make_screenshot import FLAGS
from factcheck.cli import app as cli
from factcheck.pipeline import add, snapshot
from factcheck.report import conflicts
from factcheck.serve import create_app
from factcheck.store import Store

from .test_pipeline import CONFLICT_A, CONFLICT_B
from .test_report_html_browser import CHROMIUM

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
SIZE = (1280, 1000)


class Chromium:
    """A headless Chromium and one page of it, spoken to over the DevTools pipe."""

    def __init__(self, binary: Path, profile: Path) -> None:
        to_child, self._out = os.pipe()
        self._in, from_child = os.pipe()
        # Move the child's ends above 4 first, so placing them on 3 and 4 cannot clobber them.
        high = [os.dup2(fd, 50 + n) for n, fd in enumerate((to_child, from_child))]
        for fd in (to_child, from_child):
            os.close(fd)

        def place() -> None:
            os.dup2(high[0], 3)
            os.dup2(high[1], 4)

        self.proc = subprocess.Popen(
            [
                str(binary),
                *FLAGS,
                f"--user-data-dir={profile}",
                "--remote-debugging-pipe",
                f"--window-size={SIZE[0]},{SIZE[1]}",
                "about:blank",
            ],
            pass_fds=(3, 4, *high),
            preexec_fn=place,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for fd in high:
            os.close(fd)
        self._buffer = b""
        self._next = 0
        self.events: list[dict[str, Any]] = []
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.call("Target.attachToTarget", targetId=target, flatten=True)[
            "sessionId"
        ]
        self.send("Page.enable")
        self.send("Runtime.enable")
        self.send(
            "Emulation.setDeviceMetricsOverride",
            width=SIZE[0],
            height=SIZE[1],
            deviceScaleFactor=1,
            mobile=False,
        )

    def _read(self) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            chunk = os.read(self._in, 1 << 16)
            if not chunk:
                raise RuntimeError("chromium closed the DevTools pipe")
            self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(raw)

    def call(self, method: str, session: str | None = None, **params: Any) -> dict[str, Any]:
        self._next += 1
        message: dict[str, Any] = {"id": self._next, "method": method, "params": params}
        if session:
            message["sessionId"] = session
        os.write(self._out, json.dumps(message).encode() + b"\0")
        while True:
            reply = self._read()
            if reply.get("id") == self._next:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def send(self, method: str, **params: Any) -> dict[str, Any]:
        return self.call(method, self.session, **params)

    def js(self, expression: str) -> Any:
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait(self, expression: str, timeout: float = 20.0) -> Any:
        """Poll until ``expression`` is truthy in a fully loaded page."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            try:
                value = self.js(f"document.readyState === 'complete' && ({expression})")
            except RuntimeError:  # the page navigated away mid-evaluation
                value = None
            if value:
                return value
            time.sleep(0.05)
        raise AssertionError(f"timed out waiting for {expression}")

    def goto(self, url: str) -> None:
        self.send("Page.navigate", url=url)
        self.wait(f"location.href === {json.dumps(url)}")

    def key(self, key: str) -> None:
        """A real key press, as the page's keydown handler receives it."""
        code = {"Escape": "Escape"}.get(key, f"Key{key.upper()}")
        text = "" if len(key) > 1 else key
        for kind in ("keyDown", "keyUp"):
            self.send(
                "Input.dispatchKeyEvent",
                type=kind,
                key=key,
                code=code,
                text=text if kind == "keyDown" else "",
                windowsVirtualKeyCode=27 if key == "Escape" else ord(key.upper()),
            )

    def type(self, text: str) -> None:
        self.send("Input.insertText", text=text)

    def screenshot(self) -> bytes:
        return base64.b64decode(self.send("Page.captureScreenshot", format="png")["data"])

    def close(self) -> None:
        with contextlib.suppress(RuntimeError):
            self.call("Browser.close")
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        os.close(self._in)
        os.close(self._out)


@pytest.fixture(scope="module")
def chromium_path() -> Path:
    if CHROMIUM.is_file():
        return CHROMIUM
    if os.environ.get("CI"):
        pytest.fail(f"CI is set but {CHROMIUM} is missing: .ci/install-browser should install it")
    pytest.skip(f"{CHROMIUM} missing (install it with .ci/install-browser)")


@pytest.fixture()
def db(tmp_path: Path, seeds_dir: Path, hashing_embedder) -> Path:
    """The seeds and two conflicting articles, with outlets as a desk would have them."""
    for name, text, outlet in (("a", CONFLICT_A, "Monitor Daily"), ("b", CONFLICT_B, "State TV")):
        (tmp_path / f"{name}.md").write_text(f"---\noutlet: {outlet}\n---\n\n{text}", "utf-8")
    path = tmp_path / "desk.db"
    with Store(path) as store:
        add(store, [seeds_dir, tmp_path / "a.md", tmp_path / "b.md"], hashing_embedder)
    return path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture()
def server(db: Path) -> Iterator[str]:
    """The desk on a real socket: uvicorn in a thread, as `factcheck serve` runs it."""
    port = _free_port()
    config = uvicorn.Config(
        create_app(db, model="hash:256"), host="127.0.0.1", port=port, log_level="warning"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    end = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < end, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture()
def browser(chromium_path: Path, tmp_path: Path) -> Iterator[Chromium]:
    chrome = Chromium(chromium_path, tmp_path / "profile")
    yield chrome
    chrome.close()


def _queue(browser: Chromium) -> list[str]:
    return browser.js(
        "[...document.querySelectorAll('li.conflict')].map(li => li.dataset.relation)"
    )


def test_round_trip_dismiss_with_note_then_undo(browser, server, db, tmp_path, monkeypatch):
    with Store(db, create=False) as store:
        first = conflicts(snapshot(store))[0]
    browser.goto(server + "/")
    assert _queue(browser)[0] == first["id"]
    # reading the conflict: both figures highlighted in their sentences, with outlet and reason
    item = f"document.getElementById('rel-{first['id']}')"
    marks = browser.js(f"[...{item}.querySelectorAll('blockquote mark')].map(m => m.textContent)")
    assert marks == [first["a"]["mention"], first["b"]["mention"]]
    assert first["reason"] in browser.js(f"{item}.querySelector('.reason').textContent")
    # the reviewer's name, typed once, is remembered by this browser
    browser.js("document.getElementById('reviewer-name').focus()")
    browser.type("Ana Reviewer")
    browser.key("Escape")
    note = "different districts: east Aleppo vs the Old City"
    browser.key("n")  # into the current conflict's note
    assert browser.js("document.activeElement.name") == "note"
    browser.type(note)
    browser.key("Escape")
    shot = browser.screenshot()
    browser.key("d")
    browser.wait(f"!document.getElementById('rel-{first['id']}')")
    assert first["id"] not in _queue(browser)
    assert note in browser.js("document.getElementById('undo-form').textContent")

    monkeypatch.delenv("FACTCHECK_DB", raising=False)
    monkeypatch.setenv("FACTCHECK_MODEL", "hash:256")
    runner = CliRunner()
    listed = runner.invoke(cli, ["conflicts", "--all", "--format", "json", "--db", str(db)])
    row = next(r for r in json.loads(listed.stdout) if r["id"] == first["id"])
    assert row["dismissed"] and row["note"] == note and row["review"]["reviewer"] == "Ana Reviewer"
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "reports"
    made = runner.invoke(cli, ["report", "--db", str(db), "--out", str(out)])
    assert made.exit_code == 0, made.output
    html = (out / "report.html").read_text(encoding="utf-8")
    dismissed = html.split('id="dismissed-conflicts"', 1)[1].split("</table>", 1)[0]
    assert f'data-relation="{first["id"]}"' in dismissed and "different districts" in dismissed

    browser.goto(server + "/")  # a fresh page load: the name comes back from localStorage
    assert browser.js("document.getElementById('reviewer-name').value") == "Ana Reviewer"
    browser.key("u")
    browser.wait(f"!!document.getElementById('rel-{first['id']}')")
    with Store(db, create=False) as store:
        assert first["id"] not in {r.relation for r in store.reviews()}
    assert _queue(browser)[0] == first["id"]

    assert shot[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", shot[16:24]) == SIZE
    assert len(shot) > 30_000, "a blank page compresses to a few kB"
    if os.environ.get("FACTCHECK_UPDATE_SCREENSHOT") == "1":
        (ROOT / "docs" / "serve.png").write_bytes(shot)


PAYLOAD = '<script>window.pwned = 1</script><img src=x onerror="window.pwned = 2">'
ATTR = '" autofocus onfocus="window.pwned = 3" x="'


def _inert(browser: Chromium) -> None:
    """No payload ran, no payload element exists, every attribute is the app's own."""
    assert browser.js("window.pwned === undefined")
    assert browser.js("[...document.scripts].map(s => s.getAttribute('src'))") == [
        "/static/desk.js"
    ]
    assert browser.js("document.querySelectorAll('img, [onerror], [onfocus], [x]').length") == 0


def test_injected_title_and_text_stay_text(browser, server, db):
    title = f"Army claims {PAYLOAD} {ATTR} today"
    body = CONFLICT_B.split("\n", 1)[1]  # the title goes in its own field
    text = body.replace("state television said", f"state television said {PAYLOAD}{ATTR}")
    browser.goto(server + "/add")
    browser.js(
        "(() => { const f = document.getElementById('paste-form');"
        f" f.title.value = {json.dumps(title)}; f.text.value = {json.dumps(text)};"
        " f.outlet.value = 'Rival <b>TV</b>'; f.requestSubmit(); })()"
    )
    browser.wait("location.pathname === '/add' && !!document.getElementById('added')")
    _inert(browser)
    link = browser.js("document.querySelector('#added a').getAttribute('href')")
    assert browser.js("document.querySelector('#added a').textContent") == title
    browser.goto(server + link)
    _inert(browser)
    assert browser.js("document.getElementById('article-title').textContent") == title
    body = browser.js("document.getElementById('article-body').textContent")
    assert PAYLOAD in body and ATTR in body
    assert browser.js("document.getElementById('article-body').children.length") == len(
        browser.js("[...document.querySelectorAll('#article-body mark')]")
    ), "the body holds only the app's figure marks"
    assert "Rival <b>TV</b>" in browser.js("document.querySelector('.meta strong').textContent")
    browser.goto(server + "/?all=1")
    _inert(browser)


def test_chromium_driver_sees_a_script_run(browser, server, tmp_path):
    """The inertness check can fail: a page that does run a script is caught."""
    browser.goto(server + "/")
    browser.js("window.pwned = 1")
    with pytest.raises(AssertionError):
        _inert(browser)
