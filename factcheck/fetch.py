"""Web pages in: fetch a URL with a timeout and retries, keep its main text and metadata.

trafilatura finds the article in the page (not the menus, asides and footers) and its title,
site name and publication date (through htmldate), so no boilerplate rules are written here.
"""

from __future__ import annotations

import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import urlparse

# A news page arrives in well under this on any working connection; past it, give up.
TIMEOUT_S = 20.0
# Transient failures (a reset, a 502) are retried this often, waiting 1 s, then 2 s.
RETRIES = 2
# A page larger than this is not an article page (the largest FA-KES article is 9 KB of text).
MAX_BYTES = 10_000_000
_AGENT = "factcheck (+https://pypi.org/project/factcheck)"


class FetchError(Exception):
    """The page could not be had; the message says why in one line."""


@dataclass(frozen=True)
class Page:
    url: str
    title: str | None
    outlet: str | None
    date: str | None
    text: str


def is_url(text: str) -> bool:
    return urlparse(text).scheme in ("http", "https")


def download(url: str, *, timeout: float = TIMEOUT_S, retries: int = RETRIES) -> bytes:
    """The page's bytes; a clear FetchError when offline, refused or too slow."""
    last, tries = "", 0
    for attempt in range(retries + 1):
        tries += 1
        if attempt:
            time.sleep(2 ** (attempt - 1))
        try:
            request = urllib.request.Request(url, headers={"User-Agent": _AGENT})
            with urllib.request.urlopen(request, timeout=timeout) as response:
                body = response.read(MAX_BYTES + 1)
            if len(body) > MAX_BYTES:
                raise FetchError(f"{url}: page larger than {MAX_BYTES // 1_000_000} MB")
            return body
        except urllib.error.HTTPError as exc:
            last = f"HTTP {exc.code} {exc.reason}"
            if exc.code < 500:
                break  # a 404 will not mend itself
        except (urllib.error.URLError, TimeoutError, ConnectionError) as exc:
            reason = getattr(exc, "reason", exc)
            last = f"{reason} (offline, or the site is down?)"
    raise FetchError(f"{url}: could not fetch ({tries} tries): {last}")


def extract_page(html: str, url: str) -> Page:
    """Main text and metadata of a page, by trafilatura."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    if doc is None or not (doc.text or "").strip():
        raise FetchError(f"{url}: no article text found in the page")
    return Page(url, doc.title, doc.sitename, doc.date, doc.text)


def fetch(url: str) -> Page:
    from factcheck.ingest import decode_bytes

    html, _ = decode_bytes(download(url), url)
    return extract_page(html, url)
