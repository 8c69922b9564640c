"""Turn files, directories, stdin and article tables into clean ``Article``s.

Real pages carry more than the article: serialised related-items blobs, comment forms, share
buttons, image captions, desk codes and sign-offs. Their numbers would become claims, so they
are removed here, by rules about the *shape* of such lines rather than lists of known pages.
The publication date anchors every relative date downstream ("on Monday"), so it is located
with care (see ``factcheck.datelines``) and marked unknown, with a warning, when absent.

Errors never raise out of ``read_paths``/``read_table``: each bad input yields one line
"path: what is wrong" and the good inputs still come back.

Encodings: UTF-8 (a BOM is dropped), UTF-16 with a BOM; UTF-8 with a few stray bytes keeps
its UTF-8 (strays become U+FFFD); then cp1252 -- but only for text that reads as cp1252 prose
(no NUL or control bytes, at most 5% non-ASCII bytes), as FA-KES needs. Fallbacks put a
warning on the article. Anything else is "not valid UTF-8 text".
"""

from __future__ import annotations

import contextlib
import csv
import dataclasses
import io
import json
import re
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from typing import NamedTuple
from urllib.parse import urlparse

from factcheck.datelines import (
    DateMatch,
    choose,
    find_dates,
    find_yearless,
    infer_year,
    is_plausible,
    parse_date_string,
)
from factcheck.fetch import FetchError, fetch, is_url
from factcheck.model import Article, sha256_text

__all__ = [
    "PARQUET_SUFFIXES",
    "TABLE_SUFFIXES",
    "TEXT_SUFFIXES",
    "InputError",
    "TableRow",
    "parse_date_string",
    "read_paths",
    "read_table",
    "read_text",
    "table_row_article",
    "table_rows",
]

TEXT_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".html", ".htm")
PARQUET_SUFFIXES = (".parquet", ".pq")
TABLE_SUFFIXES = (".csv", ".tsv", ".jsonl", ".ndjson", ".json", *PARQUET_SUFFIXES)
_HTML_SUFFIXES = (".html", ".htm")
_MD_SUFFIXES = (".md", ".markdown")

# our field -> column names recognised without a mapping (compared case-insensitively)
DEFAULT_COLUMNS: dict[str, tuple[str, ...]] = {
    "id": ("id", "unit_id", "article_id", "doc_id", "uid", "guid"),
    "title": ("title", "headline", "article_title", "heading"),
    "text": ("text", "body", "content", "article_content", "article_text", "article", "story"),
    "outlet": ("outlet", "source", "publisher", "publication", "site", "agency"),
    "date": ("date", "published", "published_at", "publish_date", "pub_date", "datetime"),
}

# Wire agencies and broadcasters, for byline and sign-off forms where a bare capitalised word
# alone would be too weak a signal ("a Reuters journalist", "- REUTERS").
KNOWN_OUTLETS: dict[str, str] = {
    name.lower(): name
    for name in (
        "Reuters", "AFP", "Agence France-Presse", "AP", "Associated Press", "Xinhua",
        "TASS", "ITAR-TASS", "RIA Novosti", "Sputnik", "Anadolu", "Anadolu Agency", "SANA",
        "IRNA", "Fars", "Tasnim", "ANSA", "EFE", "dpa", "Kyodo", "Yonhap", "UPI",
        "Bloomberg", "BBC", "CNN", "Al Jazeera", "Al-Jazeera", "Al Arabiya", "Al-Arabiya",
        "PTI", "IANS", "Interfax", "KUNA", "WAM", "QNA", "Petra", "NNA", "Bernama",
        "Antara", "DHA", "Ahram", "Al-Ahram", "Al-Manar", "Al-Alam", "Press TV",
        "Daily Sabah", "TRT", "TRT World", "Jordan Times", "Asharq Al-Awsat", "Al-Araby",
    )
}  # fmt: skip


class InputError(Exception):
    """One bad input, with a one-line message naming the file and what is wrong."""


class _Meta(NamedTuple):
    """What a container (HTML head, Markdown front matter, table row) says about an article."""

    title: str | None = None
    outlet: str | None = None
    date_text: str | None = None


class _Dated(NamedTuple):
    published: date | None
    source: str
    warnings: tuple[str, ...]
    needs_corpus: bool  # year came from weekday/corpus: re-resolve once the corpus is known


# --------------------------------------------------------------------------- decoding


# The longest FA-KES article has 8,606 characters and the longest story article 1,700; a
# text a hundred times the former is a book or a dump, not an article (and parsing it would
# take minutes).
MAX_ARTICLE_CHARS = 1_000_000
_UNSAFE_ID = re.compile(r"[^\w.-]+")
# Ids name report rows and files; past this length they only make tables unreadable.
_MAX_ID = 120


def safe_id(raw: str) -> str:
    """An article id every report can show as it is: letters, digits, "_", "-" and "." only,
    never a path ("../../x", "/etc/passwd"), a control character or Markdown (a backtick)."""
    cleaned = _UNSAFE_ID.sub("_", raw).strip("._") or "article"
    return cleaned.replace("..", "_")[:_MAX_ID]


def decode_bytes(raw: bytes, name: str) -> tuple[str, str | None]:
    """Bytes to text, or InputError; the second value is a warning for a lossy fallback."""
    if not raw:
        raise InputError(f"{name}: empty file")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16"), None
        except UnicodeDecodeError as exc:
            raise InputError(f"{name}: not valid UTF-16 text ({exc.reason})") from None
    if b"\x00" in raw:
        raise InputError(f"{name}: binary file (NUL bytes), not text")
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    # mostly UTF-8 with a few stray bytes: keep the UTF-8, mark the strays
    text = raw.decode("utf-8-sig", errors="replace")
    stray = text.count("\ufffd") - raw.count("\ufffd".encode())
    if len(_NON_ASCII_OK.findall(text)) > stray:
        return text, f"{stray} invalid UTF-8 byte(s) replaced"
    found = _detect(raw)
    if found is None:
        raise InputError(f"{name}: not valid UTF-8 text, nor text in any other encoding")
    text, encoding = found
    return text, f"text decoded as {encoding} (not valid UTF-8)"


# Short texts decode cleanly in many code pages; among those that tie, the Western ones that
# English-language news was written in before UTF-8 come first.
_TIE_ORDER = ("cp1252", "latin_1", "iso8859_15")


def _detect(raw: bytes) -> tuple[str, str] | None:
    """charset-normalizer's reading and the encoding it assumed; among equally clean
    decodings (and the code pages each stands for) _TIE_ORDER decides."""
    from charset_normalizer import from_bytes

    matches = list(from_bytes(raw))
    if not matches:
        return None
    cleanest = min(m.chaos for m in matches)
    ranked = []
    for m in (m for m in matches if m.chaos == cleanest):
        known = [e for e in _TIE_ORDER if e in (m.encoding, *m.could_be_from_charset)]
        rank = _TIE_ORDER.index(known[0]) if known else len(_TIE_ORDER)
        ranked.append((rank, known[0] if known else m.encoding, m))
    rank, encoding, best = min(ranked, key=lambda t: t[0])
    if rank < len(_TIE_ORDER):
        return raw.decode(encoding, errors="replace"), encoding
    if best.coherence > 0:  # the detector recognised a language in it (Cyrillic, Greek...)
        return str(best), encoding
    return None  # clean in some code page, but no language in it: bytes, not text


_NON_ASCII_OK = re.compile("[^\x00-\x7f\ufffd]")


# --------------------------------------------------------------------------- containers


class _HTMLText(HTMLParser):
    """Visible text of a page with block structure kept as lines, plus the head's metadata.

    Site chrome (nav, footer, asides, forms, figures) is skipped; when the page marks its
    ``<article>`` only that is kept, else the text from the first ``<h1>`` on. JSON-LD blocks
    are read for the headline, publisher and publication date.
    """

    _SKIP = frozenset(
        {"script", "style", "noscript", "nav", "footer", "aside", "form", "figure",
         "figcaption", "button", "svg", "iframe", "template", "select", "header"}
    )  # fmt: skip
    _BLOCK = frozenset(
        {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
         "table", "section", "article", "blockquote", "pre", "hr", "dd", "dt", "time"}
    )  # fmt: skip

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.article_parts: list[str] = []
        self.h1_at: int | None = None  # index into parts where the first <h1> starts
        self.meta: dict[str, str] = {}
        self.ld_json: list[str] = []
        self.title = ""
        self.h1 = ""
        self._skip: list[str] = []  # open skipped elements, innermost last
        self._article = 0
        self._in_title = False
        self._in_h1 = False
        self._in_ld = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and a.get("content"):
                self.meta.setdefault(key, a["content"])
            return
        if tag == "time" and a.get("datetime"):
            self.meta.setdefault("time", a["datetime"])
        if tag == "script" and "ld+json" in a.get("type", ""):
            self._in_ld = True
            self.ld_json.append("")
        # an article's own <header> holds its title and dateline: keep it
        if tag in self._SKIP and not (tag == "header" and self._article):
            self._skip.append(tag)
        elif tag == "article":
            self._article += 1
        if tag == "title":
            self._in_title = True
        if tag == "h1":
            self._in_h1 = True
            if self.h1_at is None and not self._skip:
                self.h1_at = len(self.parts)
        if tag in self._BLOCK:
            self._emit("\n")

    def handle_endtag(self, tag: str) -> None:
        if self._skip and tag == self._skip[-1]:
            self._skip.pop()
        elif tag == "article" and self._article:
            self._article -= 1
        if tag == "script":
            self._in_ld = False
        if tag == "title":
            self._in_title = False
        if tag == "h1":
            self._in_h1 = False
        if tag in self._BLOCK:
            self._emit("\n")

    def handle_data(self, data: str) -> None:
        if self._in_ld:
            self.ld_json[-1] += data
            return
        if self._in_title:
            self.title += data
            return
        if self._in_h1:
            self.h1 += data
        self._emit(data)

    def _emit(self, s: str) -> None:
        if self._skip:
            return
        self.parts.append(s)
        if self._article:
            self.article_parts.append(s)


def _ld_fields(blocks: Sequence[str]) -> dict[str, str]:
    """headline, datePublished and publisher name from JSON-LD news markup."""
    out: dict[str, str] = {}
    stack: list[object] = []
    for block in blocks:
        try:
            stack.append(json.loads(block))
        except ValueError:
            continue
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            if "@graph" in item:
                stack.append(item["@graph"])
            for key in ("headline", "datePublished"):
                if isinstance(item.get(key), str):
                    out.setdefault(key, item[key])
            pub = item.get("publisher")
            if isinstance(pub, dict) and isinstance(pub.get("name"), str):
                out.setdefault("publisher", pub["name"])
    return out


def _from_html(html: str) -> tuple[str, _Meta]:
    parser = _HTMLText()
    parser.feed(html)
    parser.close()
    if "".join(parser.article_parts).strip():
        parts = parser.article_parts
    elif parser.h1_at is not None:
        parts = parser.parts[parser.h1_at :]
    else:
        parts = parser.parts
    lines = [re.sub(r"[ \t\r\f\v]+", " ", ln).strip() for ln in "".join(parts).split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    m = parser.meta
    ld = _ld_fields(parser.ld_json)
    title = (m.get("og:title") or ld.get("headline") or parser.h1 or parser.title).strip() or None
    outlet = (
        m.get("og:site_name")
        or ld.get("publisher")
        or m.get("publisher")
        or m.get("application-name")
    )
    date_text = (
        m.get("article:published_time")
        or ld.get("datePublished")
        or m.get("datepublished")
        or m.get("date")
        or m.get("pubdate")
        or m.get("dc.date")
        or m.get("time")
    )
    if title and not text.lower().startswith(title.lower()):
        text = title + "\n\n" + text
    return text, _Meta(title, outlet.strip() if outlet else None, date_text)


_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*\n", re.DOTALL)


def _from_markdown(md: str) -> tuple[str, _Meta]:
    """Front matter to metadata; images dropped, links reduced to their text."""
    meta: dict[str, str] = {}
    m = _FRONT_MATTER.match(md)
    if m:
        for line in m.group(1).splitlines():
            key, sep, value = line.partition(":")
            if sep:
                meta[key.strip().lower()] = value.strip().strip("'\"")
        md = md[m.end() :]
    md = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", md)
    md = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", md)
    md = re.sub(r"^#{1,6}[ \t]+", "", md, flags=re.MULTILINE)
    outlet = meta.get("outlet") or meta.get("source") or meta.get("publisher")
    date_text = meta.get("date") or meta.get("published")
    return md, _Meta(meta.get("title"), outlet, date_text)


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:200].lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in text[:2000].lower()


# --------------------------------------------------------------------------- boilerplate

_WS = r"[ \t\u00a0]"
_COMMENT_START = re.compile(
    r"^\s*(?:leave a (?:reply|comment)|fill in your details below|post a comment|add a comment"
    r"|\d+\s+comments?\s*$|comments?\s*\(\d+\)\s*$)",
    re.IGNORECASE,
)
_LINE_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "comment form",
        re.compile(
            r"^\s*(?:you are commenting using your\b|connecting to %s|log\s*out\s*/\s*change"
            r"|cancel reply|post was not sent|notify me of (?:new|follow-up)"
            r"|(?:google\+?|twitter|facebook|wordpress\.com)" + _WS + r"+(?:photo|picture|account)"
            r"\s*$|logo\s*$)",
            re.IGNORECASE,
        ),
    ),
    (
        "image credit",
        re.compile(
            r"^\s*\(?\s*(?:image|photo|picture|video|graphic|illustration)s?"
            r"(?:\s+(?:source|credit|courtesy|by))?\s*:.{0,150}$",
            re.IGNORECASE,
        ),
    ),
    ("image file name", re.compile(r"\S\.(?:svg|jpe?g|png|gif|webp|bmp|tiff?)\)?\s*$", re.I)),
    (
        "page furniture",
        re.compile(
            r"^(?=.{0,200}$)\s*(?:©|\(c\)\s|copyright\b|all rights reserved|we use cookies"
            r"|this (?:web)?site uses cookies|accept (?:all )?cookies|subscribe to (?:our|the)\b"
            r"|sign up for (?:our|the)\b|follow us on\b|advertisement\s*$|read (?:more|also)\s*:"
            r"|also read\s*:|see also\s*:|you may also like|recommended for you"
            r"|skip to (?:main )?content)",
            re.IGNORECASE,
        ),
    ),
    ("desk code", re.compile(r"^\s*[A-Z]{1,6}(?:\s*/\s*[A-Z]{1,8})+(?:\s+\d{1,4})?\s*$")),
    ("serialised data", re.compile(r"^\s*(?:string|array|object)\(\d+\)")),
    ("serialised data", re.compile(r'^\s*[aOs]:\d+:[{"]')),
)
_SHARE_CORE = frozenset(
    {"share", "tweet", "facebook", "twitter", "whatsapp", "linkedin", "pinterest", "email",
     "e-mail", "print", "like", "reddit", "telegram", "messenger", "google+"}
)  # fmt: skip
_SHARE_WORDS = _SHARE_CORE | frozenset(
    {"this", "on", "via", "to", "click", "opens", "in", "new", "window", "copy", "link",
     "save", "related", "more", "google", "article", "story", "page", "it", "with", "friends",
     "x", "|", "/", "-", "•"}
)  # fmt: skip
# phrases of page furniture that sit inside a line of real text
_UI_INLINE = re.compile(
    r"(?i)\b(?:adjust\s+font\s+size|font\s+size|text\s+size)\s*:?(?:\s*[aA]?[-+](?!\w))*\s*"
    r"|(?<![A-Za-z])get\s+short\s+url(?:\s+\d+)*\s*"
    r"|\bprint\s+this\s+(?:article|page|story)\b\s*"
)
# a var_dump/serialised blob that starts mid-line runs to the line's end
_INLINE_BLOB = re.compile(r'\b(?:string|array)\(\d+\)\s*"?[\[{].*$')


_TAG = re.compile(r"<[^>]{1,300}>")
# tokens that are ids: long runs mixing digits and letters, hex hashes, uuids
_IDLIKE = re.compile(r"(?=[^-]*\d)(?=[^-]*[A-Za-z])[^-]+|[0-9a-f]{8}-[0-9a-f-]{27,}", re.I)
_NON_LETTERS = re.compile(r"[\W\d_]+")


def _looks_like_data(line: str) -> bool:
    """Serialised data, markup or id lists: lines that are mostly not words."""
    s = line.strip()
    if len(s) < 40:
        return False
    if s[0] in "[{" and s[-1] in "]}":
        try:
            json.loads(s)
            return True
        except ValueError:
            pass
    s = s[:1000]  # a sample is enough to tell data from prose, and keeps long lines cheap
    markup = sum(map(s.count, '{}[]<>"=|\\_'))
    if markup > 0.12 * len(s) and (s.count('":') + s.count("=") + s.count("<")) >= 3:
        return True
    tag_chars = sum(map(len, _TAG.findall(s)))
    if tag_chars > 0.3 * len(s):
        return True
    tokens = s.split()
    long_tokens = [t for t in tokens if len(t) >= 8]
    if len(tokens) >= 4 and len(long_tokens) > 0.5 * len(tokens):
        idlike = sum(1 for t in long_tokens if _IDLIKE.fullmatch(t))
        if idlike > 0.5 * len(tokens):
            return True
    letters = len(_NON_LETTERS.sub("", s))
    return letters < 0.3 * len(s)


def _is_share_line(line: str) -> bool:
    s = line.strip().lower().rstrip(":")
    if not s or len(s) > 120:
        return False
    tokens = re.findall(r"[\w+\-]+|[|/•]", s)
    return (
        bool(tokens)
        and all(t in _SHARE_WORDS for t in tokens)
        and any(t in _SHARE_CORE for t in tokens)
    )


def _is_prose(line: str) -> bool:
    s = line.strip()
    return len(s) > 120 or (len(s.split()) >= 8 and s[-1:] in ".!?\"”’')")


def boilerplate_reason(line: str) -> str | None:
    """Why a whole line is page furniture rather than article text, or None if it is text."""
    if not line.strip():
        return None
    for reason, pat in _LINE_RULES:
        if pat.search(line):
            return reason
    if _is_share_line(line):
        return "share buttons"
    if _looks_like_data(line):
        return "serialised data or markup"
    return None


def _strip_inline(line: str) -> str:
    """Remove furniture inside a line; cheap substring tests spare the regexes on most lines."""
    low = line.lower()
    if "size" in low or "short url" in low or "print this" in low:
        line = _UI_INLINE.sub("", line)
    if "string(" in line or "array(" in line:
        line = _INLINE_BLOB.sub("", line)
    return line.rstrip()


_LINKS_HEADING = re.compile(
    r"^\s*(?:related|more|also|recommended|popular|latest|most read|top stories|read more"
    r"|you may also like)\b.{0,40}$",
    re.IGNORECASE,
)


def _starts_link_list(lines: Sequence[str], i: int) -> bool:
    """A "Related stories" heading followed only by short non-sentences: a list of links."""
    head = lines[i].strip()
    if not _LINKS_HEADING.match(head) or head[-1:] in ".!?" or len(head.split()) > 6:
        return False
    rest = [ln.strip() for ln in lines[i + 1 :] if ln.strip()]
    return all(len(ln) <= 150 and not _is_prose(ln) for ln in rest)


def clean_lines(lines: Sequence[str]) -> list[str]:
    """Drop furniture lines, cut a trailing comment form, strip furniture inside lines."""
    out: list[str] = []
    seen_prose = False
    for i, line in enumerate(lines):
        if seen_prose and (_COMMENT_START.search(line) or _starts_link_list(lines, i)):
            break  # everything after "Leave a Reply" is the comment form
        if boilerplate_reason(line):
            continue
        cleaned = _strip_inline(line)
        if line.strip() and not cleaned.strip():
            continue
        seen_prose = seen_prose or _is_prose(cleaned)
        out.append(cleaned)
    return out


_END = r"(?<=[.!?\"”’'):])"
# an editor's name in a desk sign-off, initials allowed: "Hazem Sabbagh", "H.Zain", "M. al-Frieh"
_EDITOR = r"(?:(?:[A-Z]\.\s*)*[A-Z][\w'-]*|[A-Z]\.)(?:\s+[\w'-]+){0,2}"
_TAIL_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "sign-off",
        re.compile(
            _END + r"\s*(?P<dash>--|—|–|-)\s*(?P<agency>[A-Z][A-Za-z.]{1,24}"
            r"(?:\s[A-Z][A-Za-z]+)?)\s*$"
        ),
    ),
    ("end marker", re.compile(_END + r"\s*\bEnd(?:i(?:t(?:e(?:m)?)?)?)?\s*$")),
    (
        "desk code",
        re.compile(_END + r"\s+(?P<code>[A-Z]{2,8}(?:\s*/\s*[A-Z]{1,8})*(?:\s+\d{1,4})?)\s*$"),
    ),
    (
        "credits",
        re.compile(
            r"\s*\((?:additional\s+)?(?:reporting|writing|editing|compiled|edited)\s+by\b"
            r"[^()]*\)\s*$"
            r"|" + _END + r"\s+(?:Additional\s+)?(?:Reporting|Writing|Editing|Compiled|Edited)"
            r"\s+by\b[^.!?]*$",
            re.IGNORECASE,
        ),
    ),
    (
        "site trailer",
        re.compile(
            r"\s*(?:our standards:.*|(?:discussion\s*)?comment via .*|community standards.*)$"
            r"|" + _END + r"\s*last updated?:.{0,100}$",
            re.IGNORECASE,
        ),
    ),
    (
        "site footer",
        re.compile(
            r"(?:\s*\b(?:contact us|about us|legal|terms of (?:use|service)|privacy policy"
            r"|cookie policy|advertise(?: with us)?|careers|sitemap|rss)\b){3,}\s*$",
            re.IGNORECASE,
        ),
    ),
    (
        "editors' names",
        re.compile(_END + r"\s+(?:" + _EDITOR + r"\s*/\s*)+" + _EDITOR + r"\s*$"),
    ),
    ("tag list", re.compile(r"(?:\A|\s)Tags?:?\s+[^.!?\n]{1,250}$")),
    ("trailing name", re.compile(_END + r"\s+(?:[A-Z][a-z'-]+\s+){0,2}[A-Z][a-z'-]+\s*$")),
    (
        "source trailer",
        re.compile(
            r"(?:" + _END + r"\s+|\s*\()source:?\s+[^.!?()\n]{1,60}\)?"
            r"(?:\s+(?:twitter|facebook))*\s*$",
            re.IGNORECASE,
        ),
    ),
    (
        "share words",
        re.compile(
            _END + r"\s+(?:twitter|facebook|share|email|print|whatsapp)"
            r"(?:\s+(?:twitter|facebook|share|email|print|whatsapp))*\s*$",
            re.IGNORECASE,
        ),
    ),
)


_TAIL_WINDOW = 400
# words one of which a trailer must contain: a substring test spares most regex searches
_TAIL_NEEDLES: dict[str, tuple[str, ...]] = {
    "sign-off": ("-", "—", "–"),
    "end marker": ("end",),
    "credits": (" by",),
    "site trailer": ("standards", "comment via", "last update"),
    "site footer": ("contact us", "about us", "terms of", "privacy", "cookie", "careers"),
    "editors' names": ("/",),
    "tag list": ("tag",),
    "source trailer": ("source",),
    "share words": ("twitter", "facebook", "share", "email", "print", "whatsapp"),
}


def strip_tail(body: str) -> tuple[str, str | None]:
    """Remove trailing sign-offs, end markers and desk codes; return an agency that signed off."""
    outlet: str | None = None
    for _ in range(8):
        before = body
        for reason, pat in _TAIL_RULES:
            # trailers are short: searching only the end keeps long bodies cheap
            window = max(0, len(body) - _TAIL_WINDOW)
            needles = _TAIL_NEEDLES.get(reason, ())
            if needles:
                tail = body[window:].lower()
                if not any(n in tail for n in needles):
                    continue
            m = pat.search(body, window)
            if not m:
                continue
            if reason == "sign-off":
                name = m.group("agency").rstrip(".")
                known = KNOWN_OUTLETS.get(name.lower())
                if m.group("dash") == "-" and not known:
                    continue  # a single dash before an unknown word may be prose
                outlet = outlet or known or name
            elif reason == "desk code":
                known = KNOWN_OUTLETS.get(m.group("code").lower())
                if known:
                    outlet = outlet or known
            body = body[: m.start()].rstrip()
        if body == before:
            break
    return body, outlet


# --------------------------------------------------------------------------- outlets

_OUTLET_ALTS = "|".join(re.escape(k) for k in sorted(KNOWN_OUTLETS, key=len, reverse=True))
_STAFF = re.compile(
    r"\b(?P<name>" + _OUTLET_ALTS + r")(?:'s|’s)?\s+(?:correspondents?|reporters?|journalists?"
    r"|photographers?|crews?|cameram[ae]n|stringers?|team)\b",
    re.IGNORECASE,
)
# "BEIRUT (Reuters) -", "Beirut (AFP) -", "DAMASCUS, Dec. 7 (Xinhua) --": a wire dateline
_PAREN_BYLINE = re.compile(
    r"^(?P<city>[^\n(]{0,60}?)\((?P<name>[A-Z][A-Za-z.&' -]{1,30})\)\s*(?:--|-|—|–|:)",
    re.MULTILINE,
)
_ZONE = r"(?:\s*(?:gmt|utc|(?-i:[A-Z]{2,4}))\b(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?)"
# a time after a dateline: 12:36:27, 10.00 GMT, 4 p.m., at 1459, 2037 UTC+3
_TIME = re.compile(
    r"(?:\bat\s+)?\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?" + _ZONE + "?"
    r"|(?:\bat\s+)?\b\d{1,2}(?:\.\d{2})?\s*(?:[ap]\.m\.|[ap]m\b)" + _ZONE + "?"
    r"|\b\d{1,2}\.\d{2}" + _ZONE + r"|\bat\s+\d{4}\b|\b\d{4}" + _ZONE,
    re.IGNORECASE,
)
_DATE_PREFIX = re.compile(
    r"^\s*(?:(?:first\s+)?published|posted|(?:last\s+)?(?:updated|modified)"
    r"|date\s+of\s+publication|publication\s+date|date)?(?:\s+(?:on|at))?\s*:?\s*$",
    re.IGNORECASE,
)


def _canonical_outlet(name: str) -> str | None:
    """A dateline's or byline's outlet name, or None for a city or a stray word."""
    name = name.strip(" ,;:-—–|()")
    if not name:
        return None
    known = KNOWN_OUTLETS.get(name.lower())
    if known:
        return known
    words = name.split()
    if not 1 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return None
    if name.isupper() and len(name) > 4:
        return None  # "BEIRUT," opens a city dateline, not an outlet
    if name.lower() in {"by", "published", "posted", "updated", "last updated", "date"}:
        return None
    return name


def detect_outlet(body: str) -> str | None:
    """The outlet a body names as its own: "(Reuters) -" bylines, "AFP's correspondents"."""
    m = _PAREN_BYLINE.search(body[:600])
    if m:
        name = m.group("name").strip()
        city = re.sub(r"[^A-Za-z ]", " ", m.group("city").split(",")[0]).strip()
        # "(SOHR) -" after a long name is an acronym, not a byline: the agency must be known
        # or stand after an all-caps city
        if name.lower() in KNOWN_OUTLETS or (city.isupper() and len(city.split()) <= 3):
            found = _canonical_outlet(name)
            if found:
                return found
    m = _STAFF.search(body)
    if m:
        return KNOWN_OUTLETS[m.group("name").lower()]
    return None


# --------------------------------------------------------------------------- dates


def _resolve(dm: DateMatch, how: str, corpus_dates: Sequence[date], today: date | None) -> _Dated:
    """A located date to a publication date, or unknown with a warning saying why."""
    if dm.year_missing:
        d = infer_year(dm.month, dm.day, dm.weekday, corpus_dates, today=today)
        if d is None:
            return _Dated(
                None, "unknown", (f"date {dm.text!r} has no year and nothing to infer it",), True
            )
        if dm.weekday is not None:
            basis = "weekday and other articles" if corpus_dates else "weekday only (weak)"
            src = "weekday-inferred"
        else:
            basis, src = "other articles", how
        return _Dated(d, src, (f"year of {dm.text!r} inferred from {basis}: {d}",), True)
    d = choose(dm, corpus_dates)
    if d is None:
        return _Dated(None, "unknown", (f"{how} {dm.text!r} is not a valid date",), False)
    if not is_plausible(d, today=today):
        return _Dated(None, "unknown", (f"{how} {dm.text!r} is not a plausible date",), False)
    if dm.weekday is not None and d.weekday() != dm.weekday:
        return _Dated(d, how, (f"{how} {dm.text!r}: {d} is a {d:%A}",), False)
    return _Dated(d, how, (), False)


_IGNORABLE = frozenset(
    {"published", "posted", "updated", "last", "on", "at", "date", "of", "am", "pm", "gmt", "utc"}
)
_BYLINE = re.compile(r"^(?:by|written by|words by)\s+[A-Z]", re.IGNORECASE)


def _dateline_in(line: str) -> tuple[DateMatch, str | None] | None:
    """A header line that is a dateline: the date and any outlet (or city) named before it.

    Only a name may stand before the date ("Xinhua, December 7, 2016", "BEIRUT, Dec 7") and
    only a time or a few furniture words after it, so a short headline that happens to hold a
    date is not mistaken for a dateline.
    """
    dms = find_dates(line) or find_yearless(line, need_weekday=False)
    if not dms:
        return None
    dm = dms[0]
    before = line[: dm.start]
    if _DATE_PREFIX.match(before):
        before = ""
    name = before.strip(" ,;:-—–|(")
    outlet = _canonical_outlet(name) if name else None
    if name and outlet is None and not (name.isupper() and len(name.split()) <= 3):
        return None
    after = _TIME.sub(" ", _UI_INLINE.sub(" ", line[dm.end :]))
    residue = [w for w in re.findall(r"[A-Za-z]{2,}", after) if w.lower() not in _IGNORABLE]
    if len(residue) > 3 or (dm.year_missing and (residue or name)):
        return None  # a yearless date only counts when the line is nothing else
    return dm, outlet


def _title_index(lines: Sequence[str], first: int) -> int:
    """The title is the first line that is not a dateline, byline or caption."""
    for i in range(first, min(len(lines), first + 12)):
        s = lines[i].strip()
        if not s:
            continue
        if boilerplate_reason(s) or _BYLINE.match(s) or _dateline_in(s):
            continue
        return i
    return first


def _wire_dateline(body: str, corpus_dates: Sequence[date], today: date | None) -> _Dated | None:
    """The date of a wire dateline, "DAMASCUS, Dec. 7 (Xinhua) --"; often without a year."""
    m = _PAREN_BYLINE.match(body[:200])
    if not m or "," not in m.group("city"):
        return None
    part = m.group("city").split(",", 1)[1]
    dms = find_dates(part) or find_yearless(part, need_weekday=False)
    return _resolve(dms[0], "dateline", corpus_dates, today) if dms else None


def _strip_title(body: str, title: str) -> str:
    """Drop the headline when the body repeats it as its first words (as FA-KES cells do).

    A page title often carries the site after a separator ("... - Region - Ahram Online"),
    so its first part is tried too.
    """
    candidates = [title] + [title.split(sep)[0] for sep in (" - ", " | ", " — ") if sep in title]
    for head in candidates:
        head = head.strip()
        if len(head) < 15 or body[: len(head)].casefold() != head.casefold():
            continue
        rest = body[len(head) :].lstrip(" \t.:;|-—–\n")
        if rest and not rest[0].islower():
            return rest
    return body


_UPDATED = re.compile(r"\s*\((?:last\s+)?(?:updated|modified)\b[^()\n]{0,40}\)", re.IGNORECASE)


def _opening_dateline(body: str) -> tuple[DateMatch, str | None, int] | None:
    """A date that opens the body, after nothing or "Published"/a known agency name.

    Returns the date, the agency and where the text after the date (and its time) starts.
    """
    dms = find_dates(body[:120])
    if not dms:
        return None
    dm = dms[0]
    before = body[: dm.start]
    named = KNOWN_OUTLETS.get(before.strip(" ,;:-—–|").lower())
    if not (_DATE_PREFIX.match(before) or named):
        return None
    end = dm.end
    gap = len(body[end:]) - len(body[end:].lstrip())
    t = _TIME.match(body, end + gap)
    if t and t.group(0).strip():
        end = t.end()
    u = _UPDATED.match(body, end)  # "08.04.2017(updated 1456 08.04.2017)"
    if u:
        end = u.end()
    while end < len(body) and body[end] in " \t,;:-—–|)":
        end += 1
    return dm, named, end


class _Parsed(NamedTuple):
    title: str
    body: str
    outlet: str | None
    dated: _Dated


def _parse_text(
    text: str,
    *,
    meta: _Meta,
    corpus_dates: Sequence[date],
    today: date | None,
    date_from_text: bool = True,
) -> _Parsed:
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    lines = text.split("\n")
    first = next((i for i, ln in enumerate(lines) if ln.strip()), None)
    if first is None:
        raise InputError("no text (whitespace only)")
    title_line = -1  # index of a line that is both title and body
    if meta.title:
        title = meta.title.strip()
        if lines[first].strip().casefold() == title.casefold():
            lines = lines[first + 1 :]
    else:
        at = _title_index(lines, first)
        head = lines[at].strip()
        if len(head) > 200 or not any(ln.strip() for ln in lines[at + 1 :]):
            # one paragraph (table cells, FA-KES) is all body: its first sentence names it
            title = re.split(r"(?<=[.!?])\s", head, maxsplit=1)[0][:150].strip()
            title_line = at
        else:
            title = head.lstrip("#").strip()
            lines = lines[:at] + lines[at + 1 :]

    dated: _Dated | None = None
    outlet = meta.outlet
    drop: set[int] = set()
    # the header: short lines between the title and the first paragraph
    header_seen = 0
    for i, line in enumerate(lines):
        s = line.strip()
        if not s:
            continue
        if _is_prose(s) or header_seen >= 6:
            break
        header_seen += 1
        if s.casefold() == title.casefold() and i != title_line:
            drop.add(i)
            continue
        if _BYLINE.match(s) and len(s.split()) <= 10:
            drop.add(i)
            continue
        if dated is None and date_from_text and not boilerplate_reason(s):
            found = _dateline_in(_UI_INLINE.sub(" ", s))
            if found:
                dm, named = found
                dated = _resolve(dm, "dateline", corpus_dates, today)
                outlet = outlet or named
                drop.add(i)
    kept = clean_lines([ln for i, ln in enumerate(lines) if i not in drop])
    body = re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()

    # the opening of the first paragraph: a repeated headline, a dateline ("Wed 05 Apr 2017",
    # "AFP Saturday 21 Jun 2014"), in either order
    strip_title = title_line < 0
    opening = body
    if strip_title:
        body = _strip_title(body, title)
    found = _opening_dateline(body)
    if found:
        dm, named, end = found
        if dated is None and date_from_text:
            dated = _resolve(dm, "dateline", corpus_dates, today)
        outlet = outlet or named
        body = body[end:]
        if strip_title:
            body = _strip_title(body, title)
    if not body.strip():
        body = opening  # a headline and a dateline are all there is: keep them as the text
    elif dated is None and date_from_text:
        dated = _wire_dateline(body, corpus_dates, today)
    body, signed = strip_tail(body)
    if not body.strip():
        raise InputError("no article text left after removing page boilerplate")
    if dated is None and date_from_text:
        lead = body[:1500]
        dms = find_dates(lead)
        if dms:
            dated = _resolve(dms[0], "body", corpus_dates, today)
    if dated is None:
        dated = _Dated(None, "unknown", ("publication date not found",), False)
    outlet = outlet or signed or detect_outlet(body)
    return _Parsed(title, body, outlet, dated)


_WRAP_BREAK = re.compile(r"(?<=[^\n])\n(?=[^\n])")
_TERMINAL = frozenset(".!?:;\"”’')]")


def unwrap_lines(body: str) -> str:
    """Hard-wrapped paragraphs become one line each, so a sentence is not cut at a line end.

    A single line break is a wrap when the line before does not end a sentence and either the
    next line goes on in lower case or the line before is long and ends mid-phrase. Breaks are
    replaced by spaces, so the body keeps its length and every offset stays valid.
    """

    def join(m: re.Match[str]) -> str:
        start = body.rfind("\n", 0, m.start()) + 1
        before = body[start : m.start()].rstrip()
        after = body[m.end() : m.end() + 1]
        if not before or before[-1] in _TERMINAL:
            return "\n"
        if after.islower() or after.isdigit() or after == "(":
            return " "
        if len(before) >= 60 and (before[-1].islower() or before[-1] == ","):
            return " "
        return "\n"

    return _WRAP_BREAK.sub(join, body)


def _article(
    text: str,
    *,
    article_id: str,
    path: str | None,
    meta: _Meta,
    corpus_dates: Sequence[date],
    extra_warnings: Iterable[str] = (),
    today: date | None = None,
    meta_date_source: str = "dateline",
    html: bool = False,
) -> tuple[Article, bool]:
    """An Article from text; a date in ``meta`` (page head, front matter, table cell) wins."""
    if not text.strip():
        raise InputError("no text (whitespace only)")
    if len(text) > MAX_ARTICLE_CHARS:
        raise InputError(
            f"{len(text) / 1e6:.1f} million characters is more than an article may have"
            f" ({MAX_ARTICLE_CHARS / 1e6:.0f} million); split it into articles"
        )
    if html or _looks_like_html(text):
        text, html_meta = _from_html(text)
        meta = _Meta(
            meta.title or html_meta.title,
            meta.outlet or html_meta.outlet,
            meta.date_text or html_meta.date_text,
        )
    meta_date = parse_date_string(meta.date_text) if meta.date_text else None
    parsed = _parse_text(
        text, meta=meta, corpus_dates=corpus_dates, today=today, date_from_text=meta_date is None
    )
    dated = parsed.dated
    if meta_date is not None:
        if is_plausible(meta_date, today=today):
            dated = _Dated(meta_date, meta_date_source, (), False)
        else:
            dated = _Dated(None, "unknown", (f"date {meta.date_text!r} is not plausible",), False)
    warnings = (*extra_warnings, *dated.warnings)
    safe = safe_id(article_id)
    if safe != article_id:
        warnings = (*warnings, f"id {article_id!r} rewritten as {safe!r}")
    art = Article(
        id=safe,
        title=parsed.title,
        body=unwrap_lines(parsed.body),
        published=dated.published,
        outlet=parsed.outlet,
        path=path,
        date_source=dated.source,
        warnings=tuple(warnings),
    )
    return art, dated.needs_corpus


def read_text(
    text: str,
    *,
    article_id: str,
    path: str | None = None,
    corpus_dates: Sequence[date] = (),
) -> Article:
    """One article from raw text (a .txt/.md/.html file's content or stdin).

    Raises InputError for text with no article in it.
    """
    name = path or article_id
    meta = _Meta()
    if path and Path(path).suffix.lower() in _MD_SUFFIXES:
        text, meta = _from_markdown(text)
    try:
        art, _ = _article(
            text,
            article_id=article_id,
            path=path,
            meta=meta,
            corpus_dates=corpus_dates,
            html=bool(path) and Path(path or "").suffix.lower() in _HTML_SUFFIXES,
        )
    except InputError as exc:
        raise InputError(f"{name}: {exc}") from None
    return art


# --------------------------------------------------------------------------- tables


def _resolve_columns(
    header: Sequence[str], columns: Mapping[str, str] | None, name: str
) -> dict[str, str]:
    """Our field -> the table's column, from the mapping given or the usual names."""
    by_lower = {h.strip().lower(): h for h in header if h}
    found: dict[str, str] = {}
    for fld, col in (columns or {}).items():
        if fld not in DEFAULT_COLUMNS:
            raise InputError(f"{name}: unknown field {fld!r} in column mapping")
        if col not in header and col.lower() not in by_lower:
            raise InputError(
                f"{name}: column {col!r} (for {fld}) not found; columns are {', '.join(header)}"
            )
        found[fld] = col if col in header else by_lower[col.lower()]
    for fld, names in DEFAULT_COLUMNS.items():
        if fld in found:
            continue
        for n in names:
            if n in by_lower:
                found[fld] = by_lower[n]
                break
    if "text" not in found:
        raise InputError(
            f"{name}: no text column (looked for {', '.join(DEFAULT_COLUMNS['text'])}); "
            "map one with columns={'text': ...}"
        )
    return found


def _sniff(sample: str, suffix: str) -> type[csv.Dialect]:
    """The delimiter from csv.Sniffer (or the header's commonest separator); standard quoting.

    Only the delimiter is taken from the sniffer: on a sample without doubled quotes it would
    also switch ``doublequote`` off and break later rows that have them.
    """
    if suffix == ".tsv":
        return csv.excel_tab
    header = sample.split("\n", 1)[0]
    delimiter = ""
    with contextlib.suppress(csv.Error):
        delimiter = csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    if not delimiter or header.count(delimiter) == 0:
        counts = {d: header.count(d) for d in ",;\t|"}
        delimiter = max(counts, key=lambda d: counts[d])
    if delimiter == ",":
        return csv.excel
    return type("Sniffed", (csv.excel,), {"delimiter": delimiter})


def _csv_rows(text: str, name: str, suffix: str) -> Iterator[tuple[int, dict[str, str] | str]]:
    """(row number, row or error) for each data row; a broken row does not stop the rest."""
    dialect = _sniff(text[:20000], suffix)
    reader = csv.reader(io.StringIO(text, newline=""), dialect, strict=True)
    try:
        header = next(reader)
    except StopIteration:
        raise InputError(f"{name}: empty table") from None
    except csv.Error as exc:
        raise InputError(f"{name}: unreadable header ({exc})") from None
    yield 0, dict.fromkeys(header, "")
    row_no = 0
    while True:
        row_no += 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            msg = str(exc)
            quoting = any(k in msg for k in ("quot", "expected", "end of data", "EOF"))
            yield row_no, f"{'broken quoting' if quoting else 'unreadable row'} ({msg})"
            continue
        if not any(c.strip() for c in row):
            row_no -= 1
            continue
        if len(row) != len(header):
            yield row_no, f"{len(row)} fields, expected {len(header)}"
            continue
        yield row_no, dict(zip(header, row, strict=True))


def _json_rows(text: str, name: str, suffix: str) -> Iterator[tuple[int, dict[str, str] | str]]:
    if suffix == ".json":
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise InputError(f"{name}: invalid JSON ({exc})") from None
        if isinstance(data, dict) and isinstance(data.get("articles"), list):
            data = data["articles"]
        if not isinstance(data, list):
            raise InputError(f"{name}: expected a JSON list of article objects")
        items: Iterable[tuple[int, object]] = enumerate(data, 1)
    else:
        lines = [ln for ln in text.splitlines() if ln.strip()]
        parsed: list[tuple[int, object]] = []
        for i, ln in enumerate(lines, 1):
            try:
                parsed.append((i, json.loads(ln)))
            except ValueError as exc:
                parsed.append((i, f"invalid JSON ({exc.args[0] if exc.args else exc})"))
        items = parsed
    keys: dict[str, str] = {}
    rows: list[tuple[int, dict[str, str] | str]] = []
    for i, obj in items:
        if isinstance(obj, str) and obj.startswith("invalid JSON"):
            rows.append((i, obj))
        elif not isinstance(obj, dict):
            rows.append((i, "not a JSON object"))
        else:
            row = {str(k): "" if v is None else str(v) for k, v in obj.items()}
            keys.update(dict.fromkeys(row, ""))
            rows.append((i, row))
    if not rows:
        raise InputError(f"{name}: no rows")
    yield 0, keys
    yield from rows


class TableRow(NamedTuple):
    """One table row, read and checked but not yet cleaned: cheap to make in one place (ids
    depend on the rows before), while the cleaning (``table_row_article``) may run anywhere."""

    where: str  # "file:row N", for error lines
    error: str | None = None  # why the row is refused, when it is
    body: str = ""
    article_id: str = ""
    path: str = ""
    title: str | None = None
    outlet: str | None = None
    published: str | None = None  # ISO date from the date column
    warnings: tuple[str, ...] = ()


def _parquet_rows(p: Path, name: str) -> Iterator[tuple[int, dict[str, str] | str]]:
    """Rows of a Parquet file as strings, read a record batch at a time (pyarrow, which the
    ``ray`` extra installs)."""
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise InputError(
            f"{name}: reading Parquet needs pyarrow (pip install 'factcheck[ray]')"
        ) from None
    try:
        table = pq.ParquetFile(p)
    except Exception as exc:  # pyarrow raises its own error types for a damaged file
        raise InputError(f"{name}: not a readable Parquet file ({exc})") from None
    yield 0, dict.fromkeys(table.schema_arrow.names, "")
    row_no = 0
    for batch in table.iter_batches():
        for row in batch.to_pylist():
            row_no += 1
            yield row_no, {str(k): "" if v is None else str(v) for k, v in row.items()}


def table_rows(path: str | Path, *, columns: Mapping[str, str] | None = None) -> Iterator[TableRow]:
    """The rows of a CSV/TSV, JSONL, JSON-list or Parquet table, with ids given in row order.

    A whole-file problem (unreadable, no text column) raises InputError here, before any row.
    """
    p = Path(path)
    name = str(path)
    suffix = p.suffix.lower()
    enc_warning: str | None = None
    if suffix in PARQUET_SUFFIXES:
        rows = _parquet_rows(p, name)
    else:
        text, enc_warning = decode_bytes(p.read_bytes(), name)
        if not text.strip():
            raise InputError(f"{name}: no text (whitespace only)")
        text = text.lstrip("\ufeff")
        rows = (
            _json_rows(text, name, suffix)
            if suffix in (".jsonl", ".ndjson", ".json")
            else _csv_rows(text, name, suffix)
        )
    _, header = next(rows)
    assert isinstance(header, dict)
    cols = _resolve_columns(list(header), columns, name)
    return _checked_rows(rows, cols, name, p.stem, enc_warning)


def _checked_rows(
    rows: Iterator[tuple[int, dict[str, str] | str]],
    cols: Mapping[str, str],
    name: str,
    stem: str,
    enc_warning: str | None,
) -> Iterator[TableRow]:
    seen: set[str] = set()
    for row_no, row in rows:
        where = f"{name}:row {row_no}"
        if isinstance(row, str):
            yield TableRow(where, row)
            continue
        body = (row.get(cols["text"]) or "").strip()
        if not body:
            yield TableRow(where, "missing text")
            continue
        date_text = (row.get(cols["date"]) or "").strip() if "date" in cols else ""
        published: date | None = None
        if date_text:
            published = parse_date_string(date_text)
            if published is None:
                yield TableRow(where, f"unparseable date {date_text!r}")
                continue
            if not is_plausible(published):
                yield TableRow(where, f"implausible date {date_text!r} ({published})")
                continue
        warnings: list[str] = []
        art_id = (row.get(cols["id"]) or "").strip() if "id" in cols else ""
        if not art_id:
            art_id = f"{stem}-{row_no}"
        elif art_id in seen:
            warnings.append(f"id {art_id!r} repeats an earlier row; renamed")
            art_id = f"{art_id}-{row_no}"
        seen.add(art_id)
        if enc_warning and not body.isascii():
            warnings.append(enc_warning)
        title = (row.get(cols["title"]) or "").strip() if "title" in cols else ""
        outlet = (row.get(cols["outlet"]) or "").strip() if "outlet" in cols else ""
        yield TableRow(
            where,
            None,
            body,
            art_id,
            name,
            title or None,
            outlet or None,
            published.isoformat() if published else None,
            tuple(warnings),
        )


def table_row_article(row: TableRow) -> Article:
    """The article of a checked row: boilerplate removed, dateline read (raises InputError)."""
    art, _ = _article(
        row.body,
        article_id=row.article_id,
        path=row.path,
        meta=_Meta(row.title, row.outlet, row.published),
        corpus_dates=(),
        extra_warnings=row.warnings,
        meta_date_source="column",
    )
    return art


def read_table(
    path: str | Path, *, columns: Mapping[str, str] | None = None
) -> tuple[list[Article], list[str]]:
    """Articles from a CSV/TSV, JSONL, JSON-list or Parquet table, one per row.

    Bad rows come back as "file:row N: why" while the good rows load. A whole-file problem
    (unreadable, no text column) is a single error line.
    """
    name = str(path)
    articles: list[Article] = []
    errors: list[str] = []
    try:
        for row in table_rows(path, columns=columns):
            if row.error:
                errors.append(f"{row.where}: {row.error}")
                continue
            try:
                articles.append(table_row_article(row))
            except InputError as exc:
                errors.append(f"{row.where}: {exc}")
        if not articles and not errors:
            raise InputError(f"{name}: no rows")
        return articles, errors
    except InputError as exc:
        return [], [str(exc)]
    except OSError as exc:
        return [], [f"{name}: {exc.strerror or exc}"]


# --------------------------------------------------------------------------- paths


def _is_hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _walk(root: Path) -> list[Path]:
    """Article files under a directory: sorted, hidden entries and unknown types skipped."""
    return sorted(
        f
        for f in root.rglob("*")
        if f.is_file()
        and not _is_hidden(f, root)
        and f.suffix.lower() in TEXT_SUFFIXES + TABLE_SUFFIXES
    )


def _read_file(
    f: Path, corpus_dates: Sequence[date]
) -> tuple[Article, bool, str, _Meta, str | None]:
    """One text file: the article, whether its year needs the corpus, and what re-reads it."""
    name = str(f)
    text, enc_warning = decode_bytes(f.read_bytes(), name)
    meta = _Meta()
    if f.suffix.lower() in _MD_SUFFIXES:
        text, meta = _from_markdown(text)
    try:
        art, needs = _article(
            text,
            article_id=f.stem,
            path=name,
            meta=meta,
            corpus_dates=corpus_dates,
            extra_warnings=(enc_warning,) if enc_warning else (),
            html=f.suffix.lower() in _HTML_SUFFIXES,
        )
    except InputError as exc:
        raise InputError(f"{name}: {exc}") from None
    return art, needs, text, meta, enc_warning


def read_paths(
    paths: Sequence[str | Path],
    *,
    columns: Mapping[str, str] | None = None,
    corpus_dates: Sequence[date] = (),
) -> tuple[list[Article], list[str]]:
    """Articles from files, directories, tables and "-" (stdin), with one error line per bad input.

    A yearless dateline gets its year from its weekday and the dates of the other articles read
    in the same call (plus ``corpus_dates``), so a corpus read together dates itself.
    """
    articles: list[Article] = []
    errors: list[str] = []
    redo: list[tuple[int, str, _Meta, str | None]] = []
    for raw_path in paths:
        if str(raw_path) == "-":
            try:
                stdin = read_text(sys.stdin.read(), article_id="stdin", corpus_dates=corpus_dates)
                articles.append(stdin)
            except InputError as exc:
                errors.append(str(exc))
            continue
        if is_url(str(raw_path)):
            try:
                articles.append(read_url(str(raw_path), corpus_dates=corpus_dates))
            except (InputError, FetchError) as exc:
                errors.append(str(exc))
            continue
        p = Path(raw_path)
        if p.is_symlink() and not p.exists():
            errors.append(f"{raw_path}: broken symbolic link or a loop of links")
            continue
        if not p.exists():
            errors.append(f"{raw_path}: no such file or directory")
            continue
        if p.is_dir():
            files = _walk(p)
            if not files:
                errors.append(f"{raw_path}: no article files found in directory")
                continue
        else:
            files = [p]
        for f in files:
            suffix = f.suffix.lower()
            if suffix in TABLE_SUFFIXES:
                arts, errs = read_table(f, columns=columns)
                articles.extend(arts)
                errors.extend(errs)
                continue
            if suffix and suffix not in TEXT_SUFFIXES:
                errors.append(f"{f}: unsupported file type {suffix!r}")
                continue
            try:
                art, needs, text, meta, enc = _read_file(f, corpus_dates)
            except InputError as exc:
                errors.append(str(exc))
                continue
            except OSError as exc:
                errors.append(f"{f}: {exc.strerror or exc}")
                continue
            if needs:
                redo.append((len(articles), text, meta, enc))
            articles.append(art)
    if redo:
        _date_from_corpus(articles, redo, corpus_dates)
    return _unique_ids(articles), errors


def read_url(url: str, *, corpus_dates: Sequence[date] = ()) -> Article:
    """A web page as an Article: fetched, its main text and metadata found by trafilatura."""
    page = fetch(url)
    parsed = urlparse(url)
    stem = Path(parsed.path).stem or parsed.netloc
    article, _ = _article(
        page.text,
        article_id=f"{stem}-{sha256_text(url)[:8]}",
        path=url,
        meta=_Meta(page.title, page.outlet, page.date),
        corpus_dates=corpus_dates,
        meta_date_source="page",
    )
    return article


def _date_from_corpus(
    articles: list[Article],
    redo: Sequence[tuple[int, str, _Meta, str | None]],
    corpus_dates: Sequence[date],
) -> None:
    """Re-date articles whose dateline lacked a year, now that the corpus's dates are known."""
    pending = {i for i, *_ in redo}
    known = [
        a.published for i, a in enumerate(articles) if i not in pending and a.published is not None
    ]
    corpus = [*corpus_dates, *known]
    if not corpus:
        return
    for i, text, meta, enc in redo:
        old = articles[i]
        articles[i], _ = _article(
            text,
            article_id=old.id,
            path=old.path,
            meta=meta,
            corpus_dates=corpus,
            extra_warnings=(enc,) if enc else (),
            html=Path(old.path or "").suffix.lower() in _HTML_SUFFIXES,
        )


def _unique_ids(articles: list[Article]) -> list[Article]:
    """Two files with one stem (in different folders) must not share an article id."""
    seen: set[str] = set()
    out: list[Article] = []
    for a in articles:
        new_id, n = a.id, 1
        while new_id in seen:
            n += 1
            new_id = f"{a.id}-{n}"
        seen.add(new_id)
        if new_id != a.id:
            a = dataclasses.replace(
                a, id=new_id, warnings=(*a.warnings, f"id {a.id!r} already used; renamed")
            )
        out.append(a)
    return out
