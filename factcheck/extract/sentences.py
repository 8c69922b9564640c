"""Sentence and paragraph spans with body offsets.

Claims must point back into the article body, so the splitter never rewrites text: it returns
character spans. Splitting is done once per article and shared by every later step.
"""

from __future__ import annotations

import re

from factcheck.model import SentenceSpan

Span = SentenceSpan  # the name callers know


def _words(text: str) -> frozenset[str]:
    """A word set from a readable whitespace-separated list."""
    return frozenset(text.split())


# Abbreviations after which a full stop does not end a sentence (news style).
_ABBREVIATIONS = _words(
    """mr mrs ms dr prof gen lt col maj capt sgt rep sen gov st mt no nos vs etc fig approx
    jan feb mar apr jun jul aug sep sept oct nov dec u.s u.n u.k e.g i.e a.m p.m inc ltd co
    corp jr sr est dept"""
)
_PARAGRAPH_RE = re.compile(r"\n\s*\n|\n")
# A candidate boundary: terminal punctuation, optional closing quotes/brackets, then space.
_BOUNDARY_RE = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+|$)")
_WORD_BEFORE_RE = re.compile(r"([A-Za-z.]+)$")
_NEXT_START_RE = re.compile(r"\s+([\"'“‘(\[]?)(\S)")
_ACRONYM_RE = re.compile(r"(?:[a-z]\.)+[a-z]")


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the full stop at ``dot`` closes an abbreviation or an initial, not a sentence."""
    m = _WORD_BEFORE_RE.search(text, max(0, dot - 12), dot)
    if not m:
        return False
    word = m.group(1).lower().rstrip(".")
    if word in _ABBREVIATIONS:
        return True
    # Single capital initials ("George W. Bush") and dotted acronyms ("U.S.").
    return len(word) == 1 or bool(_ACRONYM_RE.fullmatch(word))


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Non-blank lines/blocks of ``text`` as (start, end) spans; news bodies keep one per line."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _PARAGRAPH_RE.finditer(text):
        if text[pos : m.start()].strip():
            spans.append(_strip(text, pos, m.start()))
        pos = m.end()
    if text[pos:].strip():
        spans.append(_strip(text, pos, len(text)))
    return spans


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split(text: str) -> list[SentenceSpan]:
    """Sentences of ``text`` in order, each with its paragraph index; offsets index ``text``."""
    out: list[SentenceSpan] = []
    for p_index, (p_start, p_end) in enumerate(paragraphs(text)):
        seg_start = p_start
        for m in _BOUNDARY_RE.finditer(text, p_start, p_end):
            end = m.end()
            single_dot = text[m.start()] == "." and m.end() - m.start() == 1
            if single_dot and _is_abbreviation(text, m.start()):
                continue
            nxt = _NEXT_START_RE.match(text, end, p_end)
            # A sentence starts with a capital, a digit or a quote; "e.g. the" does not split.
            if nxt and not (nxt.group(2).isupper() or nxt.group(2).isdigit()):
                continue
            start, stop = _strip(text, seg_start, end)
            if stop > start:
                out.append(SentenceSpan(start, stop, p_index))
            seg_start = end
        start, stop = _strip(text, seg_start, p_end)
        if stop > start:
            out.append(SentenceSpan(start, stop, p_index))
    return out


_PROSE_END = frozenset(".!?\"'”’")


def is_prose(text: str, start: int, end: int) -> bool:
    """A paragraph of running text: several words and a sentence-final character.

    Titles, datelines, bylines and captions fail this, which keeps their dates out of claims.
    """
    chunk = text[start:end].rstrip()
    return bool(chunk) and chunk[-1] in _PROSE_END and chunk.count(" ") >= 4
