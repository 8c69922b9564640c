"""Calendar dates in news text ("December 4", "7 Dec. 2016", "12/12/2016", "mid-2015", "in 2012").

A date is a span of days (a bare year is the whole year) so that later stages can test overlap
instead of equality. A date written without a year takes it from the publication date: the
most recent such date not later than a few days after publication, because news reports on
the recent past and sometimes announces the next days. Relative time words ("yesterday",
"last week") are left to ``timeref``; only "last <Month>" is read here because it names a month.
"""

from __future__ import annotations

import calendar
import json
import re
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from factcheck.model import DateMatch, DateSpan

__all__ = ["LOOKAHEAD", "DateMatch", "find_dates", "parse_date"]

# A date without a year may point this far past the publication date ("talks on December 8"
# in an article of December 6); anything later is read as last year's.
LOOKAHEAD = timedelta(days=7)

_MONTH_NUMBERS: dict[str, int] = {
    name.lower(): i for i, name in enumerate(calendar.month_name) if name
} | {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9}
_MONTH_NUMBERS |= {"sept": 9, "oct": 10, "nov": 11, "dec": 12}


def _month_alternation(names: list[str]) -> str:
    """Title Case and UPPER CASE only: lower-case "may", "march" are verbs, not months."""
    forms = sorted({f for n in names for f in (n.capitalize(), n.upper())}, key=len, reverse=True)
    return "(?:" + "|".join(forms) + ")"


_FULL = [n.lower() for n in calendar.month_name if n]
_ABBR = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec"]
_MON = rf"(?:{_month_alternation(_FULL)}\b|{_month_alternation(_ABBR)}\b\.?)"
_MON_FULL = rf"{_month_alternation(_FULL)}\b"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_PART = r"(?:[Ee]arly|EARLY|[Mm]id|MID|[Ll]ate|LATE)"

# Ordered: the first pattern that matches at a position wins, so longer forms come first.
_DATE_RE = re.compile(
    rf"""
    (?=[\dA-Zeml])(?:(?<![\w/.-])(?P<iy>\d{{4}})-(?P<im>\d\d)-(?P<id>\d\d)(?![\w-])
  | (?<![\w/.-])(?P<na>\d{{1,2}})(?P<sep>[/.-])(?P<nb>\d{{1,2}})(?P=sep)
        (?P<ny>\d{{4}}|\d\d)(?![\w/]|\.\d)
  | \b(?P<pp>{_PART})[\s-]+(?:(?P<pm>{_MON})(?:,?\s+(?P<pmy>{_YEAR})\b)?|(?P<py>{_YEAR})\b)
  | \b(?P<mg>{_MON})\s*(?P<dg>[12]\d|3[01]|0[1-9])(?P<yg>{_YEAR})\b
  | \b(?P<m1>{_MON})\s*(?P<d1>{_DAY})\b(?!,\d{{3}}(?!\d))
        (?:(?:\s*[-–]\s*(?P<d1b>{_DAY})\b|\s+(?:and|to)\s+(?P<d1c>{_DAY})(?=,?\s+{_YEAR}\b)))?
        (?:,?\s+(?P<y1>{_YEAR})\b)?
  | \b(?P<d2>{_DAY})\s+(?:of\s+)?(?P<m2>{_MON})(?:,?\s+(?P<y2>{_YEAR})\b)?
  | \b(?P<m3>{_MON}),?\s+(?P<y3>{_YEAR})\b
  | \b(?P<m4>{_MON_FULL})
  | (?<![\w$£€.,/-])(?P<yy>{_YEAR})(?:\s*[-–]\s*(?P<yy2>{_YEAR})|[-–/](?P<yy2s>\d\d)\b)?
        (?![\w%/-]|[.,]\d|\s*(?:%|percent|per\s+cent)))
    """,
    re.VERBOSE,
)

_PREP_RE = re.compile(
    r"\b(?P<p>in|since|until|till|by|from|of|during|through|throughout|before|after|between|"
    r"and|to|last)\s+\Z",
    re.IGNORECASE,
)
# A bare four-digit number is a year after these words ("in 2012", "since 2011", "the 2012 ...",
# "as far back as 1998", "as recently as 2019").
_YEAR_PREP_RE = re.compile(
    r"\b(?:in|since|until|till|during|through|throughout|before|after|"
    r"as\s+(?:far\s+back|early|recently|late|long\s+ago)\s+as|"
    r"early|late|mid|year|years|summer|spring|autumn|fall|winter|end|start|beginning|"
    r"january|february|march|april|may|june|july|august|september|october|november|december)"
    r"[\s-]+\Z",
    re.IGNORECASE,
)
_BEFORE_YEAR_CODE_RE = re.compile(
    r"(?:\b(?:resolution|route|no\.|number|flight|article|page|chapter|section)|"
    r"(?-i:\b[A-Z]{2,})|[/_])\s*\Z",
    re.IGNORECASE,
)
# After these a year may also be a count ("and 2012 people"): the next word decides.
# A hedge makes a four-digit number an amount ("some 2000 civilians"); a plural among the next
# two words too ("2000 oil tankers"); otherwise it is a year ("a lightning 2014 campaign").
_HEDGE_BEFORE_RE = re.compile(
    r"\b(?:about|around|some|nearly|almost|over|than|least|to|approximately|roughly|"
    r"estimated|only|just|another|killed|killing|kill|kills|wounded|injured|displaced)\s+\Z",
    re.IGNORECASE,
)
_THE_BEFORE_RE = re.compile(r"(?:\bthe|'s|’s)\s+\Z", re.IGNORECASE)
_COUNTED_RE = re.compile(
    r"\s+(?:[A-Za-z'-]+\s+)?(?:[A-Za-z]+[^s\W]s|people|children|men|women|troops|police)\b"
)
# Words that make a yearless date likely to lie ahead of the publication date.
_FUTURE_CUE_RE = re.compile(
    r"\b(?:until|till|by|will|shall|would|due|deadline|scheduled|expected|expects?|likely|next"
    r"|upcoming|planned|predicted|forecasts?|projected|set\s+for|ahead\s+of)\b(?:[^.;]|\.\d)*\Z",
    re.IGNORECASE,
)
_POSSESSIVE_RE = re.compile(r"['’]s\b")
# "the end of 2021", "the end of February": the last day of the period, as a level is counted
# at a period's close ("7,500 employees at the end of 2021")
END_OF_RE = re.compile(r"\bend\s+of\s+(?:the\s+)?\Z", re.IGNORECASE)
_DAY_BEFORE_RE = re.compile(r"\b(?:[12]?\d|3[01])\s+\Z")  # "December 11 and 12 2016"
_TAIL = 40
_ANY_DAY = date(2000, 6, 15)  # resolves yearless dates only to see where they are written


def _month_span(year: int, month: int) -> DateSpan:
    last = calendar.monthrange(year, month)[1]
    return DateSpan(date(year, month, 1), date(year, month, last))


def _year_span(year: int) -> DateSpan:
    return DateSpan(date(year, 1, 1), date(year, 12, 31))


def _resolve_day(month: int, day: int, reference: date | None) -> DateSpan | None:
    """The most recent (month, day) not after reference + LOOKAHEAD."""
    if reference is None:
        return None
    limit = reference + LOOKAHEAD
    for year in (limit.year, limit.year - 1, limit.year - 2):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate <= limit:
            return DateSpan.day(candidate)
    return None


def _nearest_day(month: int, day: int, reference: date | None) -> DateSpan | None:
    """The (month, day) nearest the reference on either side: "have until June 30" in a June
    paper is this June, "fighting lasted until June 30" in a July paper too."""
    if reference is None:
        return None
    options = [
        _day(y, month, day) for y in (reference.year - 1, reference.year, reference.year + 1)
    ]
    valid = [s for s in options if s is not None]
    return min(valid, key=lambda s: abs((s.start - reference).days)) if valid else None


def _resolve_month(
    month: int, reference: date | None, *, strictly_before: bool, ahead: bool = False
) -> DateSpan | None:
    """The most recent month of that name: "in December" may be the current month, "last
    December" never is. After a future cue ("would peak in October", "expected before
    October") it is the nearest month of that name on either side."""
    if reference is None:
        return None
    year = reference.year
    if ahead and not strictly_before:
        return min(
            (_month_span(y, month) for y in (year - 1, year, year + 1)),
            key=lambda s: abs((s.start - reference).days),
        )
    if month > reference.month or (strictly_before and month == reference.month):
        year -= 1
    return _month_span(year, month)


def _part_span(part: str, year: int, month: int | None) -> DateSpan:
    """early/mid/late: thirds of a month, or Jan-Apr / May-Aug / Sep-Dec of a year."""
    part = part.lower()
    if month is None:
        first = {"early": 1, "mid": 5, "late": 9}[part]
        return DateSpan(date(year, first, 1), _month_span(year, first + 3).end)
    last = calendar.monthrange(year, month)[1]
    lo, hi = {"early": (1, 10), "mid": (11, 20), "late": (21, last)}[part]
    return DateSpan(date(year, month, lo), date(year, month, hi))


def _day(year: int, month: int, day: int) -> DateSpan | None:
    try:
        return DateSpan.day(date(year, month, day))
    except ValueError:
        return None


def _month_number(word: str) -> int:
    return _MONTH_NUMBERS[word.rstrip(".").lower()]


def _int_day(text: str) -> int:
    return int(text.rstrip("stndrh"))


def _numeric(m: re.Match[str], reference: date | None) -> DateSpan | None:
    """d/m/y or m/d/y: month-first when both read, unless day-first lands nearer the reference."""
    a, b, y = int(m["na"]), int(m["nb"]), int(m["ny"])
    if len(m["ny"]) == 2:
        y += 2000
    options = [s for s in (_day(y, a, b), _day(y, b, a)) if s is not None]
    if not options:
        return None
    if reference is not None and len(options) == 2:
        return min(options, key=lambda s: abs((s.start - reference).days))
    return options[0]


def _bare_year_reads_as_date(text: str, m: re.Match[str]) -> bool:
    """'in 2012', 'the 2012 uprising', '2011-2016' are years; '2012 people' is a count."""
    before = text[max(0, m.start() - _TAIL) : m.start()]
    if _BEFORE_YEAR_CODE_RE.search(before):
        return False
    if m["yy2"] or m["yy2s"] or _YEAR_PREP_RE.search(before) or _DAY_BEFORE_RE.search(before):
        return True
    if _HEDGE_BEFORE_RE.search(before):
        return False
    if _THE_BEFORE_RE.search(before):
        return True
    return not _COUNTED_RE.match(text, m.end())


def _future_cue(text: str, at: int) -> bool:
    """A word before the date that looks ahead ("would", "expected", "until")."""
    return bool(_FUTURE_CUE_RE.search(text, max(0, at - _TAIL), at))


def _span_of(text: str, m: re.Match[str], reference: date | None) -> tuple[int, DateSpan] | None:
    """The DateSpan of one regex match and where its mention starts (None: not a date)."""
    g = m.groupdict()
    if g["iy"]:
        return m.start(), _day(int(g["iy"]), int(g["im"]), int(g["id"]))
    if g["na"]:
        return m.start(), _numeric(m, reference)
    if g["pp"]:
        month = _month_number(g["pm"]) if g["pm"] else None
        year_text = g["pmy"] or g["py"]
        if year_text:
            return m.start(), _part_span(g["pp"], int(year_text), month)
        if month is None:
            return None
        ahead = _future_cue(text, m.start())
        base = _resolve_month(month, reference, strictly_before=False, ahead=ahead)
        return (m.start(), _part_span(g["pp"], base.start.year, month)) if base else None
    for mk, dk, yk in (("m1", "d1", "y1"), ("m2", "d2", "y2")):
        if g[mk]:
            month, day = _month_number(g[mk]), _int_day(g[dk])
            year = g[yk]
            if year:
                span = _day(int(year), month, day)
            elif _future_cue(text, m.start()):
                span = _nearest_day(month, day, reference)
            else:
                span = _resolve_day(month, day, reference)
            last_day = g.get(dk + "b") or g.get(dk + "c")
            if span is not None and last_day:  # "December 4-5", "December 11 and 12 2016"
                end = _day(span.start.year, month, _int_day(last_day))
                if end is None or end.start <= span.start:
                    return None
                span = DateSpan(span.start, end.start)
            return m.start(), span
    if g["mg"]:  # "Jul 172015", "Nov 022017": a dateline whose day and year lost their space
        return m.start(), _day(int(g["yg"]), _month_number(g["mg"]), int(g["dg"]))
    if g["m3"]:
        return m.start(), _month_span(int(g["y3"]), _month_number(g["m3"]))
    if g["m4"]:
        # a month alone is a date only after a preposition: "in May", "since March", "last June";
        # or as the possessive of a statistic's figure: "May's gain", "October's 41-year high"
        prep = _PREP_RE.search(text, max(0, m.start() - 12), m.start())
        if prep is None and not _POSSESSIVE_RE.match(text, m.end()):
            return None
        last = prep is not None and prep["p"].lower() == "last"
        start = prep.start() if last else m.start()
        month = _month_number(g["m4"])
        ahead = _future_cue(text, m.start())
        return start, _resolve_month(month, reference, strictly_before=last, ahead=ahead)
    if not _bare_year_reads_as_date(text, m):
        return None
    first = int(g["yy"])
    if g["yy2s"]:  # "2015-16", "2015/16": a season across two years
        second = first // 100 * 100 + int(g["yy2s"])
        if second != first + 1:
            return None
        return m.start(), _split_year(text, m, first)
    if g["yy2"]:
        second = int(g["yy2"])
        if second <= first:
            return None
        return m.start(), DateSpan(date(first, 1, 1), date(second, 12, 31))
    return m.start(), _year_span(first)


# Time words kept as data (holidays, split years), read once for this module and timeref.
TIMES: dict[str, Any] = json.loads(
    Path(__file__).with_name("times.json").read_text(encoding="utf-8")
)
_SPLIT = TIMES["split_years"]
_SPLIT_STARTS: dict[str, int] = _SPLIT["starts"]
_SPLIT_LABEL = "|".join(
    re.escape(k).replace(r"\ ", r"\s+") for k in sorted(_SPLIT_STARTS, key=len, reverse=True)
)
# "the 2021-22 crop year", "the 2022-23 rabi marketing season": the label after it, one word
# (a crop's season) allowed between; "fiscal year 2022-23": the label before it
_SPLIT_AFTER_RE = re.compile(rf"(?i)\s+(?:[a-z]+\s+)?(?P<label>{_SPLIT_LABEL})\b")
_SPLIT_BEFORE_RE = re.compile(rf"(?i)\b(?P<label>{_SPLIT_LABEL})\s+\Z")


def _split_year(text: str, m: re.Match[str], first: int) -> DateSpan:
    """A year written across two ("2021-22") as the twelve months its label names (a July-June
    crop year, an April-March fiscal year), or with no label the months every such year holds
    (times.json)."""
    label = _SPLIT_AFTER_RE.match(text, m.end()) or _SPLIT_BEFORE_RE.search(
        text, max(0, m.start() - _TAIL), m.start()
    )
    if label is not None:
        month = _SPLIT_STARTS[" ".join(label["label"].lower().split())]
        start = date(first, month, 1)
        end_month = month - 1 or 12
        end_year = first + 1 if month > 1 else first
        return DateSpan(start, _month_span(end_year, end_month).end)
    unnamed = _SPLIT["unnamed"]
    return DateSpan(
        date(first, unnamed["first_month"], 1),
        _month_span(first + 1, unnamed["last_month"]).end,
    )


def find_dates(
    text: str,
    reference: date | None = None,
    unresolved: list[tuple[int, int]] | None = None,
) -> list[DateMatch]:
    """Every calendar date in ``text``; dates without a year are dropped when no reference.

    Pass a list as ``unresolved`` to learn where such dropped dates are written, so that the
    caller never reads "September 17" as the count 17.
    """
    found: list[DateMatch] = []
    for m in _DATE_RE.finditer(text):
        try:
            result = _span_of(text, m, reference)
            if (result is None or result[1] is None) and unresolved is not None and not reference:
                again = _span_of(text, m, _ANY_DAY)
                if again is not None and again[1] is not None:
                    unresolved.append((again[0], m.end()))
        except (ValueError, OverflowError):
            continue  # a reference at the calendar's edge (year 1, 9999) leaves no such date
        if result is None or result[1] is None:
            continue
        start, span = result
        if span.start != span.end and END_OF_RE.search(text, max(0, start - _TAIL), start):
            span = DateSpan.day(span.end)  # "at the end of 2021", "by the end of February"
        found.append(DateMatch(start, m.end(), span, vague=bool(m["pp"])))
    return found


def parse_date(text: str, reference: date | None = None) -> DateSpan | None:
    """The first date in ``text`` as a DateSpan, or None when there is none."""
    found = find_dates(text, reference)
    return found[0].span if found else None
