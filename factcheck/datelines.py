"""Locate and read the dates newspapers print: datelines, dates in the lead, table date cells.

Locating is done with rules (regular expressions over the shapes newsrooms use); the located
pieces are turned into dates by python-dateutil or by ``datetime.date`` directly, so an
impossible date (31/02/2016) is rejected rather than silently shifted. A date whose year is
missing ("Monday 5 December") is kept as a *partial* match: its year is chosen later from the
weekday and from the dates of the other articles in the corpus.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from statistics import median_low
from typing import NamedTuple

from dateutil import parser as du_parser

MONTHS: dict[str, int] = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11,
    "november": 11, "dec": 12, "december": 12,
}  # fmt: skip
WEEKDAYS: dict[str, int] = {
    "mon": 0, "monday": 0, "tue": 1, "tues": 1, "tuesday": 1, "wed": 2, "wednesday": 2,
    "thu": 3, "thur": 3, "thurs": 3, "thursday": 3, "fri": 4, "friday": 4, "sat": 5,
    "saturday": 5, "sun": 6, "sunday": 6,
}  # fmt: skip

# A date further ahead than this is a typo or a bad cell, not a publication date.
FUTURE_TOLERANCE = timedelta(days=2)
EARLIEST = date(1900, 1, 1)

_MONTH = r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WD = r"(?P<wd>" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\.?"
# an optional weekday in front: "Tue Dec 6", "Monday (12/12/2016)", "Wednesday, 7 December"
_WD_PREFIX = r"(?:" + _WD + r",?\s*\(?\s*)?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|[2-9]\d)\d\d)(?!\d)"

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # ISO 8601, with or without a time: 2016-12-07, 2016-12-07T10:00Z
    (
        "iso",
        re.compile(
            r"(?<![\d/.-])(?P<year>\d{4})-(?P<m>\d{1,2})-(?P<day>\d{1,2})"
            r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\d-])",
        ),
    ),
    # Dec 6, 2016 / December 16 2013 / Dec. 7, 2016 / Jul 012016 (FA-KES lost the space)
    (
        "mdy",
        re.compile(
            r"\b" + _WD_PREFIX + _MONTH + r"\s+" + _DAY + r"(?:\s*,\s*|\s+|(?=\d{4}))" + _YEAR,
            re.IGNORECASE,
        ),
    ),
    # 09 Dec, 2016 / 7 December 2016 / Wed 05 Apr 2017 / 7th of December 2016
    (
        "dmy",
        re.compile(
            r"\b" + _WD_PREFIX + _DAY + r"\s+(?:of\s+)?" + _MONTH + r",?\s+" + _YEAR,
            re.IGNORECASE,
        ),
    ),
    # 12/12/2016, 08.04.2017, 07-07-2015, 12/5/16
    (
        "numeric",
        re.compile(
            r"(?<![\w/.-])" + _WD_PREFIX + r"(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)"
            r"(?P<year>\d{4}|\d{2})(?!\d|[/.-]\d)",
            re.IGNORECASE,
        ),
    ),
)
# Dates without a year only count with a weekday in front, or in a line that is only a date.
_YEARLESS: tuple[re.Pattern[str], ...] = (
    re.compile(
        r"\b" + _WD_PREFIX + _DAY + r"\s+(?:of\s+)?" + _MONTH + r"(?![\w.]|\.?,?\s*\d)",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b" + _WD_PREFIX + _MONTH + r"\s+" + _DAY + r"(?![\w:]|\s*,?\s*\d)", re.IGNORECASE
    ),
)


class DateMatch(NamedTuple):
    """One located date: where it is and the days it can mean.

    ``candidates`` holds every valid reading (two for an ambiguous 03/04/2016, none for an
    impossible 31/02/2016); a yearless match has ``year_missing`` and the month/day in
    ``month``/``day`` instead.
    """

    start: int
    end: int
    text: str
    candidates: tuple[date, ...]
    weekday: int | None
    year_missing: bool = False
    month: int = 0
    day: int = 0


def _valid(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _two_digit_year(y: int) -> int:
    # the same pivot as strptime's %y: 69-99 are the 1900s
    return y + (1900 if y >= 69 else 2000)


def _numeric_readings(a: int, b: int, y: int, sep: str) -> tuple[date, ...]:
    """Both readings of a numeric date, the local convention first.

    Slashes are month-first (US wire copy, table exports like FA-KES's 12/5/16); dots and
    dashes are day-first (European and Arab outlets: 08.04.2017, 17-08-2016).
    """
    month_first = _valid(y, a, b)
    day_first = _valid(y, b, a)
    order = (month_first, day_first) if sep == "/" else (day_first, month_first)
    out: list[date] = []
    for d in order:
        if d is not None and d not in out:
            out.append(d)
    return tuple(out)


def _match_to_date(kind: str, m: re.Match[str]) -> DateMatch:
    gd = m.groupdict()
    wd = WEEKDAYS[gd["wd"].lower()] if gd.get("wd") else None
    if kind == "numeric":
        y = int(gd["year"])
        if len(gd["year"]) == 2:
            y = _two_digit_year(y)
        cands = _numeric_readings(int(gd["a"]), int(gd["b"]), y, gd["sep"])
    else:
        month = int(gd["m"]) if kind == "iso" else MONTHS[gd["mon"].lower()]
        d = _valid(int(gd["year"]), month, int(gd["day"]))
        cands = (d,) if d else ()
    return DateMatch(m.start(), m.end(), m.group(0), cands, wd)


def find_dates(text: str) -> list[DateMatch]:
    """Every full date (day, month, year) in ``text``, in order, overlaps resolved leftmost."""
    found: list[DateMatch] = []
    for kind, pat in _PATTERNS:
        found.extend(_match_to_date(kind, m) for m in pat.finditer(text))
    found.sort(key=lambda dm: (dm.start, -(dm.end - dm.start)))
    out: list[DateMatch] = []
    for dm in found:
        if out and dm.start < out[-1].end:
            continue
        out.append(dm)
    return out


def find_yearless(text: str, *, need_weekday: bool = True) -> list[DateMatch]:
    """Day-and-month dates without a year ("Monday 5 December"), for year inference."""
    out: list[DateMatch] = []
    for pat in _YEARLESS:
        for m in pat.finditer(text):
            gd = m.groupdict()
            if need_weekday and not gd.get("wd"):
                continue
            day = int(gd["day"])
            month = MONTHS[gd["mon"].lower()]
            if _valid(2000, month, day) is None:  # 2000 is a leap year: 29 Feb is allowed
                continue
            wd = WEEKDAYS[gd["wd"].lower()] if gd.get("wd") else None
            out.append(DateMatch(m.start(), m.end(), m.group(0), (), wd, True, month, day))
    out.sort(key=lambda dm: dm.start)
    return out


def is_plausible(d: date, *, today: date | None = None) -> bool:
    """A publication date lies between 1900 and (about) today."""
    today = today or date.today()
    return EARLIEST <= d <= today + FUTURE_TOLERANCE


def choose(dm: DateMatch, corpus_dates: Sequence[date] = ()) -> date | None:
    """The reading of a full date that fits its weekday, else the one nearest the corpus.

    Without either clue the local convention (first candidate) wins.
    """
    cands = list(dm.candidates)
    if not cands:
        return None
    if dm.weekday is not None:
        fitting = [c for c in cands if c.weekday() == dm.weekday]
        if fitting:
            cands = fitting
    if len(cands) > 1 and corpus_dates:
        ref = median_low(sorted(corpus_dates))
        return min(cands, key=lambda c: abs((c - ref).days))
    return cands[0]


def infer_year(
    month: int,
    day: int,
    weekday: int | None,
    corpus_dates: Sequence[date] = (),
    *,
    today: date | None = None,
) -> date | None:
    """Give a yearless date the year that fits its weekday and lies nearest the corpus.

    The weekday alone repeats every 5, 6 or 11 years, so the corpus (the other articles'
    dates) picks among those years; without a corpus the most recent fitting year not in the
    future is used. Without weekday and corpus there is nothing to go on: None.
    """
    today = today or date.today()
    if weekday is None and not corpus_dates:
        return None
    ref = median_low(sorted(corpus_dates)) if corpus_dates else today
    best: date | None = None
    for y in range(ref.year - 30, ref.year + 31):
        d = _valid(y, month, day)
        if d is None or not is_plausible(d, today=today):
            continue
        if weekday is not None and d.weekday() != weekday:
            continue
        if not corpus_dates and d > today:
            continue
        if best is None or abs((d - ref).days) < abs((best - ref).days):
            best = d
    return best


_DEFAULT_A = datetime(1, 1, 1)
_DEFAULT_B = datetime(2, 2, 2)


def parse_date_string(s: str) -> date | None:
    """A date cell as tables hold it ("12/5/16", "2016-12-05", "5 December 2016", ISO times).

    Slash dates are month-first, as US exports (FA-KES among them) write them; a cell with a
    missing day, month or year, or an impossible day, is None rather than a guess.
    """
    s = s.strip()
    if not s or len(s) > 64:
        return None
    dms = find_dates(s)
    if dms:
        dm = dms[0]
        if not dm.candidates:
            return None
        return choose(dm)
    # anything else dateutil reads, provided day, month and year are all present: parsing with
    # two different defaults exposes a component that was filled in rather than read
    try:
        a = du_parser.parse(s, default=_DEFAULT_A, dayfirst=False, ignoretz=True)
        b = du_parser.parse(s, default=_DEFAULT_B, dayfirst=False, ignoretz=True)
    except (ValueError, OverflowError, TypeError):  # dateutil raises all three
        return None
    if (a.year, a.month, a.day) != (b.year, b.month, b.day):
        return None
    return a.date()
