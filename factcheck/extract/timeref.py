"""Time expressions resolved against the publication date.

A figure is only comparable across articles once we know *when* it held: "on Saturday" in a
Monday paper is two days earlier than the paper. Relative forms resolve against the article's
publication date; spans ("last week") stay spans. A weekday written next to an explicit date is
a free consistency check, so mismatches are reported rather than silently trusted.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Iterator
from datetime import date, timedelta
from itertools import islice
from typing import NamedTuple

from factcheck.extract.dates import END_OF_RE, TIMES
from factcheck.extract.sentences import is_prose, split
from factcheck.model import DateSpan, TimeRef, WeekdayMismatch

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_ABBR = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3}
_WEEKDAY_ABBR |= {"fri": 4, "sat": 5, "sun": 6}
_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS |= {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
_MONTHS["sept"] = 9
_SMALL_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_SMALL_NUMBERS |= {"six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11}
_SMALL_NUMBERS |= {"twelve": 12, "few": 3, "several": 3, "couple": 2}

_HOLIDAYS: dict[str, tuple[int, int]] = {
    name.lower().replace("\u2019", "'"): (int(md[:2]), int(md[3:]))
    for name, md in TIMES["holidays"]["days"].items()
}
# "New Year's Day", "Christmas Day": any apostrophe, any run of spaces
_HOLIDAY = "|".join(
    re.escape(name).replace("'", "['\u2019]").replace(r"\ ", r"\s+")
    for name in sorted(_HOLIDAYS, key=len, reverse=True)
)
_HOLIDAY_RE = re.compile(rf"(?i){_HOLIDAY}")
_HOLIDAY_FIRST = "|".join(sorted({name.split()[0] for name in _HOLIDAYS}))
# "that evening", "by then", "at that point": the day told last before them (times.json)
_ANAPHORIC = "|".join(
    re.escape(phrase).replace(r"\ ", r"\s+")
    for phrase in sorted(TIMES["anaphoric"]["phrases"], key=len, reverse=True)
)
ANAPHORIC_RE = re.compile(rf"(?i)\b(?:{_ANAPHORIC})\b")

_WD = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_WD_ANY = rf"(?:{_WD[3:-1]}|(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?)"
# Month names are matched case-sensitively: "may" and "march" are also ordinary words.
_MONTH = (
    r"(?-i:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]|20)\d\d"
_NUM = (
    r"(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several"
    r"|couple\s+of)"
)

# Times that need one told before them: "that evening", "by then", "the following day",
# "a year later" (the sentences before are read for it only where one of these is written)
TOLD_BEFORE_RE = re.compile(
    rf"(?i)\b(?:{_ANAPHORIC}|{_NUM}\s+(?:day|week|month|year)s?\s+later"
    rf"|the\s+(?:following|next)\s+(?:day|morning|afternoon|evening|night|week|month|year))\b"
)

_TIME_RE = re.compile(
    rf"""(?ix)
    \b(?=since|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec
      |the|that|yesterday|today|tonight|this|last|next|previous|earlier|later|at|by|over|in|during
      |past|early|late|mid|an?\b|one|two|three|four|five|six|seven|eight|nine|ten|eleven
      |twelve|few|several|couple|overnight|first|second|third|fourth|final|current
      |summer|spring|autumn|winter|fall|{_HOLIDAY_FIRST}|\d)
    (?:(?P<since>since)\s+(?:the\s+)?)?
    (?:
      (?:(?P<wd>\b{_WD_ANY})[\s,]*\(?\s*)?
      (?:
          \b(?P<m1>{_MONTH})\s+(?P<d1>{_DAY})\b(?:,?\s+(?P<y1>{_YEAR})\b)?
        | \b(?P<d2>{_DAY})\s+(?:of\s+)?(?P<m2>{_MONTH})(?:,?\s+(?P<y2>{_YEAR})\b)?
        | \b(?P<n1>\d{{1,2}})/(?P<n2>\d{{1,2}})/(?P<n3>\d{{4}}|\d{{2}})\b
        | \b(?P<iy>\d{{4}})-(?P<im>\d{{2}})-(?P<id>\d{{2}})\b
      )
    | \b(?P<m3>{_MONTH})\s+(?P<y3>{_YEAR})\b
    | \b(?:early|late|mid-?)?\s*(?P<m4>{_MONTH})(?=\s*[,.;]|\s+(?:this|last|when|and|as|to)\b)
    | \b(?P<y4>{_YEAR})\b(?!\s*[-–]?\s*\d)
    | \b(?P<hol>{_HOLIDAY})\b
    | \b(?P<dby>the\s+day\s+before\s+yesterday)\b
    | \b(?P<yest>yesterday)\b
    | \b(?P<today>today|tonight|this\s+(?:morning|afternoon|evening))\b
    | \b(?P<night>last\s+night|overnight)\b
    | \b(?P<ago>{_NUM})\s+(?P<agou>day|week|month|year)s?\s+ago\b
    | \b(?P<backn>{_NUM})\s+(?P<backu>day|week|month|year)s?\s+
      (?:earlier|before(?=\s*(?:[,.;:)]|$)))
    | \bthe\s+(?:(?P<prevn>{_NUM})\s+)?(?:previous|preceding|prior)\s+(?:(?P<prevm>{_NUM})\s+)?
      (?P<prevu>day|afternoon|morning|evening|night|week|month|quarter|year)s?\b
    | \bthe\s+(?P<befu>day|week|month|year)\s+before(?=\s*(?:[,.;:)]|$))
    | \b(?P<latern>{_NUM})\s+(?P<lateru>day|week|month|year)s?\s+later\b(?!\s+than\b)
    | \bthe\s+(?:following\s+(?P<folu>day|morning|afternoon|evening|night|week|month|year)
      |next\s+(?P<nextu>day|morning|afternoon|evening|night))\b
    | \b(?:the\s+)?same\s+(?P<sameu>date|day|point|time|period|stretch|month|quarter|week)\s+
      (?:(?:of|in)\s+(?P<samey>{_YEAR})\b|(?P<samel>last\s+year|a\s+year\s+(?:earlier|before|ago)
        |the\s+(?:previous|prior)\s+year)\b)
    | \b(?P<that>{_ANAPHORIC})\b
    | \b(?P<roll>(?:in|over|during)\s+the\s+(?:last|past)|the\s+past|past)
      \s+(?P<rollu>week|month|year)\b
    | \b(?:(?:in|over|during|for|within)\s+(?:the\s+)?|the\s+)(?:last|past)
      \s+(?:(?P<rolln>{_NUM})\s+(?P<rollnu>hour|day|week|month|year)s?
        |(?P<rollpl>hour|day|week|month|year)s)\b(?!\s+of\b)
    | \b(?:in|over|during|within)\s+(?:the\s+)?recent\s+(?P<recu>day|week|month)s\b
    | \b(?P<smod>last|this|next|past|(?:in|during|over|through|throughout)(?:\s+the)?|the)
      \s+(?P<season>summer|spring|autumn|winter|(?<=last\s)fall|(?<=this\s)fall)\b
      (?:\s+of\s+(?P<sy>{_YEAR})\b)?
    | \b(?P<season2>summer|spring|autumn|winter)(?:\s+of)?\s+(?P<sy2>{_YEAR})\b
    | \b(?:in|by|during|early|late|mid-?)\s*(?P<fall>fall)\s+(?P<fy>{_YEAR})\b
    | \b(?P<part>first|last|final)\s+(?P<partn>{_NUM})\s+(?P<partu>day|week|month)s?\s+of\s+
      (?:(?P<partm>{_MONTH})(?:,?\s+(?P<partmy>{_YEAR})\b)?|(?P<party>{_YEAR})\b
        |(?P<partrel>this|last|the)\s+year\b)
    | \b(?P<half>first|second)\s+half\s+of\s+(?:(?P<hy>{_YEAR})\b|(?P<hrel>this|last|the)\s+year\b)
    | \b(?P<qtr>first|second|third|fourth|final|last(?=[\s-]+quarter\s+of\s))[\s-]+quarter\b
      (?:\s+of\s+(?:(?P<qy>{_YEAR})\b|(?P<qrel>this|last|next|the)\s+year\b))?
    | \b(?P<qmod>this|(?:the\s+)?current|next|last)\s+quarter\b
    | \b(?P<fwdn>{_NUM})\s+(?P<fwdu>day|week|month|year)s?\s+from\s+now\b
    | \b(?P<rel>last|this|next|previous|earlier\s+this|later\s+this|(?:at|over)\s+the)
      \s+(?P<relu>week|weekend|month|year)\b
    | \b(?:(?P<wdmod>last|next|this|past)\s+)?(?P<wd2>{_WD})\b
    )
    """
)
_YEAR_PREP_RE = re.compile(
    r"(?i)(?:\b(?:in|during|since|by|until|of|from|early|late|mid)\s*-?|,)\s*$"
)
# A future word looks ahead for a weekday in its own clause only: in "will double, Griffiths
# said on Saturday" the comma closes the reported clause and the saying is past.
_FUTURE_RE = re.compile(
    r"(?i)\b(?:will|shall|is\s+due|are\s+due|is\s+expected|are\s+expected|scheduled|plans?\s+to"
    r"|planned\s+for)\b[^.;,]*$"
)
# "Monday's earthquake", "Friday night's collision": a possessive day (or part of one) names
# when an event happened, not when the story is.
_POSSESSIVE_RE = re.compile(r"(?:\s+(?:night|morning|afternoon|evening))?['\u2019]s\b")
_LEAD_WINDOW_DAYS = 14
# What every weekday mismatch starts with: a weekday, then a day number or a month name.
_WEEKDAY_DATE_RE = re.compile(rf"(?i)\b{_WD_ANY}[\s,]*\(?\s*(?:\d|{_MONTH})")
# Every time expression contains one of these; a cheap scan before the expensive one.
_TRIGGER_RE = re.compile(
    r"(?i:day|yesterday|tonight|overnight|night|morning|evening|afternoon|week|month|year|ago"
    r"|quarter"
    r"|since|hour|summer|spring|autumn|winter|fall|at\s+the\s+time|then|(?:at|by)\s+that|christmas|new\s+year)|(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|\d/|-\d\d-|(?:1[89]|20)\d\d"
    r"|(?i:mon|tue|wed|thu|fri|sat|sun)\.?\s*[,(]?\s*\d"
)


_SINCE_REACH = 60
_SINCE_RE = re.compile(
    r"(?i)(?:\bsince\b[^,;:]*|\b(?:began|begun|started|erupted|broke\s+out|began\s+back)"
    r"\s+(?:in|on|at)?\s*(?:early\s+|late\s+|mid-?)?)$"
)


def starts_total(text: str, start: int) -> bool:
    """Whether the time expression at ``start`` is when a total began counting ("since March
    2011", "the war that began in 2011"), not when a figure held."""
    return bool(_SINCE_RE.search(text, max(0, start - _SINCE_REACH), start))


def weekday_on_or_before(reference: date, weekday: int) -> date:
    """The most recent ``weekday`` on or before ``reference``: news reports what has happened."""
    return reference - timedelta(days=(reference.weekday() - weekday) % 7)


def _weekday_after(reference: date, weekday: int) -> date:
    return reference + timedelta(days=(weekday - reference.weekday()) % 7 or 7)


def _month_span(year: int, month: int) -> DateSpan:
    return DateSpan(date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]))


def _week_span(day: date) -> DateSpan:
    monday = day - timedelta(days=day.weekday())
    return DateSpan(monday, monday + timedelta(days=6))


def shift_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _nearest_year(month: int, day: int, reference: date | None) -> date | None:
    """A yearless day in the year that puts it nearest the reference (news is about now)."""
    if reference is None:
        return None
    options = [
        _safe_date(y, month, day) for y in (reference.year - 1, reference.year, reference.year + 1)
    ]
    valid = [d for d in options if d is not None]
    return min(valid, key=lambda d: abs((d - reference).days)) if valid else None


def _count(word: str) -> int:
    """A small count written in digits or words ("10", "two", "a couple of")."""
    return int(word) if word.isdigit() else _SMALL_NUMBERS[word.lower().split()[0]]


def small_count(word: str) -> int | None:
    """``_count`` of a word that may be no count at all ("the"): None then."""
    word = word.lower()
    return int(word) if word.isdigit() else _SMALL_NUMBERS.get(word)


def _year(text: str | None) -> int | None:
    if not text:
        return None
    value = int(text)
    return value + 2000 if value < 100 else value


def _weekday_index(text: str) -> int:
    key = text.lower().rstrip(".")
    return WEEKDAYS.index(key) if key in WEEKDAYS else _WEEKDAY_ABBR[key]


def _numeric_dates(a: int, b: int, year: int) -> list[date]:
    """Both readings of "12/11/2016" that exist, month-first (US wire style) first."""
    out = [d for d in (_safe_date(year, a, b), _safe_date(year, b, a)) if d is not None]
    return list(dict.fromkeys(out))


def _explicit_date(m: re.Match[str], reference: date | None) -> tuple[date | None, list[date]]:
    """The date an explicit form names, plus every reading of it (for weekday checks)."""
    g = m.groupdict()
    if g["m1"] or g["m2"]:
        month = _MONTHS[(g["m1"] or g["m2"]).lower().rstrip(".")]
        day = int(re.sub(r"\D", "", g["d1"] or g["d2"]))
        year = _year(g["y1"] or g["y2"])
        found = _safe_date(year, month, day) if year else _nearest_year(month, day, reference)
        return found, [found] if found else []
    if g["n1"]:
        readings = _numeric_dates(int(g["n1"]), int(g["n2"]), _year(g["n3"]) or 0)
        if not readings:
            return None, []
        if g["wd"]:
            matching = [d for d in readings if d.weekday() == _weekday_index(g["wd"])]
            if matching:
                return matching[0], readings
        if reference is not None:
            return min(readings, key=lambda d: abs((d - reference).days)), readings
        return readings[0], readings
    found = _safe_date(int(g["iy"]), int(g["im"]), int(g["id"]))
    return found, [found] if found else []


def _is_future(text: str, start: int, floor: int) -> bool:
    return bool(_FUTURE_RE.search(text, max(floor, start - 80), start))


def _resolve(
    m: re.Match[str],
    text: str,
    reference: date | None,
    floor: int,
    now: Present | None = None,
    named: DateSpan | None = None,
) -> tuple[DateSpan, str] | None:
    """The days a matched expression covers, or None when it cannot be resolved."""
    g = m.groupdict()
    if g["sameu"]:
        return _same_as(g, reference, now, named)
    if g["that"]:  # "that evening", "at the time": the day the sentence before named
        previous = now.previous if now is not None else None
        return (
            (previous, "day" if previous.start == previous.end else "month") if previous else None
        )
    if _counts_on(m):
        return _counted_on(g, now, named)
    if g["backu"] or g["prevu"] or g["befu"]:
        return _counted_back(g, now or (Present(reference, None) if reference else None))
    if g["m1"] or g["m2"] or g["n1"] or g["iy"]:
        found, _ = _explicit_date(m, reference)
        return (DateSpan.day(found), "day") if found else None
    if g["m3"]:
        return _month_span(int(g["y3"]), _MONTHS[g["m3"].lower().rstrip(".")]), "month"
    if g["y4"]:
        if not _YEAR_PREP_RE.search(text, max(0, m.start("y4") - 12), m.start("y4")):
            return None
        year = int(g["y4"])
        return DateSpan(date(year, 1, 1), date(year, 12, 31)), "year"
    if g["part"]:
        return _part_of(g, reference)
    if g["hy"]:
        return _half_span(int(g["hy"]), g["half"].lower()), "month"
    if g["qy"]:
        return _quarter_span(int(g["qy"]), _QUARTERS[g["qtr"].lower()]), "month"
    if g["sy"]:
        return _season_span(g["season"].lower(), int(g["sy"])), "month"
    if g["sy2"] or g["fy"]:
        # "Europe's scorching summer of 2022", "completion by fall 2028": a season with its
        # year is those three months whatever word comes before it; "fall", being a verb
        # too, only after a preposition ("fall of 2014" is as often a city's fall)
        season = (g["season2"] or g["fall"]).lower()
        return _season_span(season, int(g["sy2"] or g["fy"])), "month"
    if reference is None:
        return None
    if g["half"]:
        year = reference.year - (1 if g["hrel"].lower() == "last" else 0)
        return _half_span(year, g["half"].lower()), "month"
    if g["qtr"]:
        step = {"last": -1, "next": 1}.get((g["qrel"] or "").lower(), 0)
        return _quarter_span(reference.year + step, _QUARTERS[g["qtr"].lower()]), "month"
    if g["qmod"]:
        step = {"last": -1, "next": 1}.get(g["qmod"].lower(), 0)
        first = shift_months(
            date(reference.year, 3 * ((reference.month - 1) // 3) + 1, 1), 3 * step
        )
        return _quarter_span(first.year, (first.month + 2) // 3), "month"
    if g["fwdu"]:
        return _ahead(reference, _count(g["fwdn"]), g["fwdu"].lower()), "day"
    if g["season"]:
        return _relative_season(g["season"].lower(), g["smod"].lower().split()[0], reference)
    if g["recu"]:
        # "in recent days": a few of them, like "the past few days"
        days = {"day": 3, "week": 21, "month": 91}[g["recu"].lower()]
        grain = "day" if days <= 3 else "week" if days <= 21 else "month"
        return DateSpan(reference - timedelta(days=days), reference), grain
    if g["rollnu"] or g["rollpl"]:
        n = _count(g["rolln"]) if g["rolln"] else 3  # "over the past days": a few
        days = (
            n
            * {"hour": 1 / 24, "day": 1, "week": 7, "month": 30.44, "year": 365.25}[
                (g["rollnu"] or g["rollpl"]).lower()
            ]
        )
        grain = "day" if days <= 2 else "week" if days <= 14 else "month"
        return DateSpan(reference - timedelta(days=max(1, round(days))), reference), grain
    if g["m4"]:
        month = _MONTHS[g["m4"].lower().rstrip(".")]
        year = reference.year if month <= reference.month else reference.year - 1
        return _month_span(year, month), "month"
    if g["hol"]:
        month, day = _HOLIDAYS[" ".join(g["hol"].lower().replace("\u2019", "'").split())]
        found = _nearest_year(month, day, reference)
        return (DateSpan.day(found), "day") if found else None
    if g["dby"]:
        return DateSpan.day(reference - timedelta(days=2)), "day"
    if g["yest"]:
        return DateSpan.day(reference - timedelta(days=1)), "day"
    if g["today"]:
        return DateSpan.day(reference), "day"
    if g["night"]:
        return DateSpan(reference - timedelta(days=1), reference), "day"
    if g["ago"]:
        n = _count(g["ago"])
        unit = g["agou"].lower()
        if unit == "day":
            return DateSpan.day(reference - timedelta(days=n)), "day"
        if unit == "week":
            day = reference - timedelta(days=7 * n)
            return DateSpan(day - timedelta(days=3), day + timedelta(days=3)), "week"
        if unit == "month":
            return _month_span_of(shift_months(reference, -n)), "month"
        return DateSpan(date(reference.year - n, 1, 1), date(reference.year - n, 12, 31)), "year"
    if g["roll"]:
        days = {"week": 7, "month": 30, "year": 365}[g["rollu"].lower()]
        return DateSpan(reference - timedelta(days=days), reference), g["rollu"].lower()
    if g["rel"]:
        return _relative_period(" ".join(g["rel"].lower().split()), g["relu"].lower(), reference)
    weekday = WEEKDAYS.index(g["wd2"].lower())
    mod = (g["wdmod"] or "").lower()
    if mod in ("last", "past"):
        return DateSpan.day(
            reference - timedelta(days=(reference.weekday() - weekday) % 7 or 7)
        ), "day"
    if mod == "next" or (weekday != reference.weekday() and _is_future(text, m.start(), floor)):
        return DateSpan.day(_weekday_after(reference, weekday)), "day"
    return DateSpan.day(weekday_on_or_before(reference, weekday)), "day"


# Units of "the same ... last year" that name a stretch of time, not a point in it: with no
# time of their own sentence before them they are the stretch the sentences before named, or a
# release's period ("Prices rose 2.0% in October, against 1.1% in the same month of 2021").
_SAME_STRETCHES = frozenset({"period", "stretch", "month", "quarter", "week"})


def _same_as(
    g: dict[str, str | None], reference: date | None, now: Present | None, named: DateSpan | None
) -> tuple[DateSpan, str] | None:
    """ "by the same date last year", "in the same period of 2021": the time named before it
    (its own sentence's first, else the stretch the sentences before named or a release's
    period, else the story's day) moved to the year it names, or a year back."""
    base = named
    if base is None and now is not None and (g["sameu"] or "").lower() in _SAME_STRETCHES:
        base = now.previous or now.period
    if base is None:
        day = now.day if now is not None else reference
        base = DateSpan.day(day) if day is not None else None
    if base is None:
        return None
    years = int(g["samey"]) - base.start.year if g["samey"] else -1
    moved = _shift_years(base, years) if years else None
    if moved is None:
        return None
    return moved, "day" if moved.start == moved.end else "month"


class Present(NamedTuple):
    """What "a year earlier" and "the previous day" count back from: the story's day (its
    lead's, else the paper's) and, in a statistics release, the period it is about; and what
    "that evening" points back to."""

    day: date
    period: DateSpan | None = None
    previous: DateSpan | None = None  # the last time the sentences before named: "that day"
    incident: date | None = None  # the day of the story's incident, if before the story's day


_BACK_UNITS = {"afternoon": "day", "morning": "day", "evening": "day", "night": "day"}


def _counted_back(g: dict[str, str | None], now: Present | None) -> tuple[DateSpan, str] | None:
    """ "a year earlier", "the previous day", "the two prior months": counted back from the
    story's present, not the paper's day. Months, quarters and years step back from a release's
    period ("a year earlier" in a report on October is October a year before); days and weeks
    from the story's day. "The N prior months" is the span of them all."""
    if now is None:
        return None
    word = g["backn"] or g["prevn"] or g["prevm"]
    n = _count(word) if word else 1
    unit = (g["backu"] or g["prevu"] or g["befu"] or "").lower()
    unit = _BACK_UNITS.get(unit, unit)
    if unit in ("day", "week"):
        day = now.day - timedelta(days=n * (7 if unit == "week" else 1))
        if g["prevn"] or g["prevm"]:  # "the previous two weeks": all of those days
            return DateSpan(day, now.day - timedelta(days=1)), "day" if n == 1 else "week"
        return DateSpan.day(day), "day"
    months = n * {"month": 1, "quarter": 3, "year": 12}[unit]
    base = now.period or _month_span_of(now.day)
    start = shift_months(base.start, -months)
    if g["prevn"] or g["prevm"]:  # "the two prior months": all of them, up to the present
        return DateSpan(start, base.start - timedelta(days=1)), "month"
    if now.period is None and unit == "year":  # "a year earlier" in a story of one day
        return DateSpan.day(shift_months(now.day, -months)), "day"
    length = max(1, round(((base.end - base.start).days + 1) / 30.44))  # the period's months
    return DateSpan(start, _month_span_of(shift_months(start, length - 1)).end), "month"


# First month of each season (northern hemisphere, where most of the news here happens);
# winter starts in December of the year before the one it is named after.
_SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


def _season_span(season: str, year: int) -> DateSpan:
    """Three months: "the summer of 2014" is June-August 2014, "winter 2014" Dec 2013-Feb 2014."""
    first = _SEASON_START[season]
    start = date(year - 1, 12, 1) if first == 12 else date(year, first, 1)
    return DateSpan(start, _month_span_of(shift_months(start, 2)).end)


def _relative_season(season: str, mod: str, reference: date) -> tuple[DateSpan, str] | None:
    """'this/the summer' is the latest one begun by the reference, 'last summer' the latest one
    already over, 'next summer' the first one not yet begun."""
    spans = [_season_span(season, y) for y in range(reference.year - 1, reference.year + 3)]
    if mod == "next":
        found = next((s for s in spans if s.start > reference), None)
    elif mod in ("last", "past"):
        found = next((s for s in reversed(spans) if s.end < reference), None)
    else:
        found = next((s for s in reversed(spans) if s.start <= reference), None)
    return (found, "month") if found else None


def _part_of(g: dict[str, str | None], reference: date | None) -> tuple[DateSpan, str] | None:
    """ "the first six months of 2022", "the first 20 days of December", "the final six days
    of December": the days at the start or the end of a month or year. A figure of them grew
    over them (grain ``RANGE_GRAIN``) and holds at their end."""
    if g["partm"]:
        month = _MONTHS[g["partm"].lower().rstrip(".")]
        year = _year(g["partmy"])
        if year is None:
            if reference is None:
                return None
            year = reference.year if month <= reference.month else reference.year - 1
        whole = _month_span(year, month)
    else:
        year = _year(g["party"])
        if year is None:
            if reference is None:
                return None
            year = reference.year - (1 if (g["partrel"] or "").lower() == "last" else 0)
        whole = DateSpan(date(year, 1, 1), date(year, 12, 31))
    n = _count(g["partn"] or "1")
    unit = (g["partu"] or "").lower()
    if unit == "month":
        if (g["part"] or "").lower() == "first":
            span = DateSpan(whole.start, _month_span_of(shift_months(whole.start, n - 1)).end)
        else:
            span = DateSpan(_month_span_of(shift_months(whole.end, 1 - n)).start, whole.end)
    else:
        days = timedelta(days=n * (7 if unit == "week" else 1) - 1)
        first = (g["part"] or "").lower() == "first"
        span = (
            DateSpan(whole.start, whole.start + days)
            if first
            else DateSpan(whole.end - days, whole.end)
        )
    if span.start < whole.start or span.end > whole.end:
        return None
    return span, RANGE_GRAIN


# "the final quarter of 2022" is the fourth, as "the last quarter of the year" is.
_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}


def _quarter_span(year: int, quarter: int) -> DateSpan:
    """Three months: "the first quarter of 2023" is January-March 2023."""
    start = date(year, 3 * quarter - 2, 1)
    return DateSpan(start, _month_span_of(shift_months(start, 2)).end)


def _ahead(reference: date, n: int, unit: str) -> DateSpan:
    """ "a year from now", "six months from now": the day that far after the paper."""
    if unit in ("day", "week"):
        return DateSpan.day(reference + timedelta(days=n * (7 if unit == "week" else 1)))
    return DateSpan.day(shift_months(reference, n * (12 if unit == "year" else 1)))


def _half_span(year: int, half: str) -> DateSpan:
    if half == "first":
        return DateSpan(date(year, 1, 1), date(year, 6, 30))
    return DateSpan(date(year, 7, 1), date(year, 12, 31))


def _month_span_of(day: date) -> DateSpan:
    return _month_span(day.year, day.month)


def _relative_period(mod: str, unit: str, reference: date) -> tuple[DateSpan, str] | None:
    """Calendar periods: "last week" is the previous Monday-Sunday week, "this month" this one."""
    if unit == "weekend":
        saturday = weekday_on_or_before(reference, 5)
        if mod in ("next",):
            saturday += timedelta(days=7)
        elif mod == "last" and reference.weekday() in (5, 6):
            saturday -= timedelta(days=7)
        return DateSpan(saturday, saturday + timedelta(days=1)), "day"
    if mod in ("at the", "over the"):
        return None
    step = {"last": -1, "previous": -1, "next": 1}.get(mod, 0)
    if unit == "week":
        span = _week_span(reference + timedelta(days=7 * step))
        if mod == "earlier this":
            span = DateSpan(span.start, reference)
        return span, "week"
    if unit == "month":
        span = _month_span_of(shift_months(reference, step))
        if mod == "earlier this":
            span = DateSpan(span.start, reference)
        return span, "month"
    year = reference.year + step
    return DateSpan(date(year, 1, 1), date(year, 12, 31)), "year"


_MONTH_NAME_RE = re.compile(rf"\b{_MONTH}")
_YEAR_RE = re.compile(rf"\b{_YEAR}\b|'\d\d\b")
# Words that fix a yearless month on one side of the paper: "last June", "since April".
_RELATIVE_RE = re.compile(r"(?i)\b(?:last|next|this|previous|coming|since)\b")
_SINCE_BEFORE_RE = re.compile(r"(?i)\bsince\s+(?:the\s+)?$")
_YEAR_AFTER_RE = re.compile(rf"(?i),?\s+(?:(?:of\s+)?(?:last|this|next)\s+year\b|{_YEAR}\b)")


# A quarter named by its place alone ("the fourth quarter", "third-quarter"), no year nor
# "this"/"next"/"last": like a month without its year, the tense of its clause places it.
_BARE_QUARTER_RE = re.compile(r"(?i)(?:first|second|third|fourth|final)[\s-]+quarter")


def yearless(text: str, start: int, end: int) -> bool:
    """A month or a day of one written without its year ("June 1", "in October"): its year is
    a guess from the publication date that the tense of its clause may correct. Not when the
    words around fix the side ("since December", "August last year", "October 2021")."""
    mention = text[start:end]
    if _BARE_QUARTER_RE.fullmatch(mention):
        return True  # "at the end of the fourth quarter", told in March: last year's
    if not _MONTH_NAME_RE.search(mention) or _YEAR_RE.search(mention):
        return False
    if _RELATIVE_RE.search(mention) or _SINCE_BEFORE_RE.search(text, max(0, start - 8), start):
        return False
    return not _YEAR_AFTER_RE.match(text, end)


def _shift_years(span: DateSpan, years: int) -> DateSpan | None:
    try:
        return DateSpan(
            span.start.replace(year=span.start.year + years),
            span.end.replace(year=span.end.year + years),
        )
    except ValueError:  # February 29
        return None


def retense(span: DateSpan, reference: date, tense: str) -> DateSpan:
    """A yearless date moved to the year its clause's tense points to: "past" is the latest
    one begun by the reference; "ahead" (a forecast, a plan) the first one not over by it;
    "present" the one nearest it ("the last phase is on June 1" in April is this June, six
    weeks ahead, not last June)."""
    options = [s for s in (_shift_years(span, k) for k in (-1, 0, 1)) if s is not None]
    if tense == "past":
        return next((s for s in reversed(options) if s.start <= reference), span)
    if tense == "ahead":
        return next((s for s in options if s.end >= reference), span)

    def distance(s: DateSpan) -> int:
        if s.start <= reference <= s.end:
            return 0
        return min(abs((s.start - reference).days), abs((s.end - reference).days))

    return min(options, key=distance)


def find_times(
    text: str,
    reference: date | None,
    start: int = 0,
    end: int | None = None,
    now: Present | None = None,
) -> list[TimeRef]:
    """Every resolvable time expression in ``text[start:end]``, offsets into ``text``.

    ``reference`` is the publication date; without it only expressions that name a year resolve.
    ``now`` is what "a year earlier" counts back from (by default the paper's day).
    """
    return _ranges(text, list(iter_times(text, reference, start, end, now)))


def _with_last_day(text: str, ref: TimeRef) -> TimeRef:
    """ "between January 20 and 26": a day that opens a span whose last day is a bare number."""
    m = _DAY_AFTER_RE.match(text, ref.end)
    if ref.grain != "day" or ref.since or ref.back or m is None:
        return ref
    if not _RANGE_OPEN_RE.search(text, max(0, ref.start - 16), ref.start):
        return ref
    last = _safe_date(ref.span.start.year, ref.span.start.month, int(m.group(1)))
    if last is None or last <= ref.span.start:
        return ref
    span = DateSpan(ref.span.start, last)
    return TimeRef(ref.start, m.end(), text[ref.start : m.end()], span, RANGE_GRAIN)


# "between December 8 and Thursday", "from October 2021 to August 2022": two times that bound
# one span. A figure of such a span accumulated over it and holds at its end.
_RANGE_OPEN_RE = re.compile(r"(?i)\b(?:between|from|for)\s+(?:the\s+)?$")
_RANGE_JOIN_RE = re.compile(r"(?i)\s*(?:and|to|until|till|through|-|–)\s*")
RANGE_GRAIN = "range"


_DAY_AFTER_RE = re.compile(r"(?i)\s*(?:and|to|until|through|-|–)\s*(\d{1,2})\b(?![.,]?\d|\s*%)")


def _ranges(text: str, refs: list[TimeRef]) -> list[TimeRef]:
    """Pairs of times that bound one span merged into a time of grain ``RANGE_GRAIN``, and a
    day with the last day of its month after it ("between January 20 and 26")."""
    out: list[TimeRef] = []
    for ref in map(lambda r: _with_last_day(text, r), refs):
        first = out[-1] if out else None
        if (
            first is not None
            and not (first.since or first.back or ref.since or ref.back)
            and _RANGE_JOIN_RE.fullmatch(text, first.end, ref.start)
            and _RANGE_OPEN_RE.search(text, max(0, first.start - 16), first.start)
            and first.span.start < ref.span.end
        ):
            span = DateSpan(first.span.start, ref.span.end)
            mention = text[first.start : ref.end]
            out[-1] = TimeRef(first.start, ref.end, mention, span, RANGE_GRAIN)
            continue
        out.append(ref)
    return out


def iter_times(
    text: str,
    reference: date | None,
    start: int = 0,
    end: int | None = None,
    now: Present | None = None,
) -> Iterator[TimeRef]:
    """``find_times`` one at a time, so a caller after the first match stops scanning there."""
    stop = len(text) if end is None else end
    if not _TRIGGER_RE.search(text, start, stop):
        return  # most sentences name no time: skip the big pattern
    last: date | None = None  # the last single day named so far
    named: DateSpan | None = None  # the last time of any length named so far
    # before the sentence names one, the day the sentences before it named: "On March 23 he
    # said ... . A week earlier he had said fewer than 3,000 residents were left"
    told = now.previous if now is not None else None
    before = told.end if told is not None and told.start == told.end else None
    for m in _TIME_RE.finditer(text, start, stop):
        here = now
        base = last or before
        if base is not None and _counts_days(m):
            # "2,722 on Monday, up from 1,995 the day before": back from the day just named
            here = (now or Present(base))._replace(day=base)
        if m.group("that") and last is not None:
            # "a statement issued on Sunday ... said 68 had died by then": the day its own
            # sentence named before it, ahead of the sentences before
            here = (here or Present(last))._replace(previous=DateSpan.day(last))
        resolved = _resolve(m, text, reference, start, here, named)
        if resolved is None:
            continue
        span, grain = resolved
        if span.start != span.end and END_OF_RE.search(text, start, m.start()):
            # "at the end of last year", "the end of the fourth quarter": the period's last
            # day, as a level is counted at its close ("$175 billion in deposits ... at the end
            # of last year"), the way a calendar date's end is (dates.END_OF_RE)
            span, grain = DateSpan.day(span.end), "day"
        back = bool(
            m.group("backu")
            or m.group("prevu")
            or m.group("befu")
            or m.group("that")
            or _counts_on(m)
            or m.group("sameu")
        )
        since = bool(m.group("since"))
        if not (since or back):
            named = span
        event = _POSSESSIVE_RE.match(text, m.end())  # "Friday's crash": not the narrated day
        if grain == "day" and span.start == span.end and not (since or back or event):
            last = span.end
        yield TimeRef(m.start(), m.end(), m.group(0), span, grain, since, back)


def _counts_on(m: re.Match[str]) -> bool:
    """ "the following day", "a year later": counted on from a time told before it."""
    return bool(m.group("lateru") or m.group("folu") or m.group("nextu"))


def _counted_on(
    g: dict[str, str | None], now: Present | None, named: DateSpan | None
) -> tuple[DateSpan, str] | None:
    """ "the following day", "a day later", "again the following year": that far on from the
    time told last before it, its own sentence's ("in 2018, at 80%, and again the following
    year, at 66%"), else the day the sentences before named ("agreed on Dec. 4 ... Brent rose
    $1.84 in Asian trade the following day"); never from the paper's day, which no news
    follows. With nothing told before it is no time."""
    n = _count(g["latern"]) if g["latern"] else 1
    unit = (g["lateru"] or g["folu"] or g["nextu"] or "").lower()
    unit = _BACK_UNITS.get(unit, unit)
    if unit in ("day", "week") and named is not None and named.start != named.end:
        named = None  # a day on from a day: "in 2018 ... a day later" is no day
    base = named or (now.previous if now is not None else None)
    if base is None:
        return None
    if unit in ("day", "week"):
        return DateSpan.day(base.end + timedelta(days=n * (7 if unit == "week" else 1))), "day"
    months = n * (12 if unit == "year" else 1)
    start = shift_months(base.start, months)
    if base.start.day == 1 and base.end == _month_span_of(base.end).end:
        # a whole month or year moves as a whole: "the following year" after "in 2018"
        span = DateSpan(start, _month_span_of(shift_months(base.end, months)).end)
    else:
        span = DateSpan(start, shift_months(base.end, months))
    return span, "day" if span.start == span.end else "month"


def _counts_days(m: re.Match[str]) -> bool:
    """A time counted back in days or weeks ("the day before", "a week earlier"): from a day,
    not from a release's period as months and years are."""
    unit = (m.group("backu") or m.group("prevu") or m.group("befu") or "").lower()
    return _BACK_UNITS.get(unit, unit) in ("day", "week")


def resolve(expression: str, reference: date | None) -> DateSpan | None:
    """The days one time expression covers ("last Monday", "December 4"), or None."""
    found = find_times(expression, reference)
    return found[0].span if found else None


def weekday_mismatches(text: str, reference: date | None) -> list[WeekdayMismatch]:
    """Weekdays written next to an explicit date that falls on another day of the week."""
    out: list[WeekdayMismatch] = []
    if not _WEEKDAY_DATE_RE.search(text):
        return out  # no weekday written before a date: nothing to check, skip the big scan
    for m in _TIME_RE.finditer(text):
        if not m.group("wd") or not (
            m.group("m1") or m.group("m2") or m.group("n1") or m.group("iy")
        ):
            continue
        named = _weekday_index(m.group("wd"))
        _, readings = _explicit_date(m, reference)
        if not readings or any(d.weekday() == named for d in readings):
            continue
        actual = " or ".join(
            f"{d.isoformat()} is a {WEEKDAYS[d.weekday()].title()}" for d in readings
        )
        message = f"'{m.group(0).strip()}' names a {WEEKDAYS[named].title()}, but {actual}"
        out.append(WeekdayMismatch(m.start(), m.end(), m.group(0), message))
    return out


def lead_date(
    text: str, reference: date | None, paragraphs: list[tuple[int, int]], max_paragraphs: int = 2
) -> DateSpan | None:
    """When the story's events happened, read from the first prose paragraphs.

    News leads say it ("said on Monday", "in Aleppo Thursday", "yesterday"). Titles, datelines
    and captions are skipped because they are not prose; only day-precise dates close to
    publication count, so "seized the city in 2012" in a lead never dates the whole story.
    """
    prose = list(islice(((a, b) for a, b in paragraphs if is_prose(text, a, b)), max_paragraphs))
    groups = (
        [ref for ref in iter_times(text, reference, s.start, s.end) if dates_story(text, ref)]
        for s in split(text)
        if any(a <= s.start < b for a, b in prose)
    )
    return lead_of(groups, reference)


def dates_story(text: str, ref: TimeRef) -> bool:
    """Whether a lead's time expression may date the story: "Monday's earthquakes rose to
    12,391 on Thursday" is Thursday's story about Monday's quake; "the last crossings were on
    Christmas Day" names an event's day, as a possessive day does."""
    return not _POSSESSIVE_RE.match(text, ref.end) and not _HOLIDAY_RE.fullmatch(ref.mention)


def lead_of(sentences: Iterable[Iterable[TimeRef]], reference: date | None) -> DateSpan | None:
    """The day that dates the story, from the first lead sentence naming one (a day, not a
    "since", within two weeks before publication): the first single day it names relative
    to the paper ("on Tuesday", "yesterday"; not "overnight"; the latest of several), else the
    first date. News
    dates the report by its weekday and the events behind it by their dates ("... since the
    push began on February 19, the IOM said on Tuesday", "said Friday that the trawler sank
    on June 14"). ``sentences`` (each sentence's time expressions) is read lazily, up to the
    first hit."""
    for refs in sentences:
        days = [ref for ref in refs if _dates_lead(ref, reference)]
        relative = [
            ref
            for ref in days
            if not any(ch.isdigit() for ch in ref.mention) and ref.span.start == ref.span.end
        ]
        if relative:
            # "were killed ... on Friday night, officials said on Saturday": the report's day
            # is the latest the lead names relative to the paper; the events come before it
            return max(relative, key=lambda ref: ref.span.end).span
        if days:
            return days[0].span
    return None


def _dates_lead(ref: TimeRef, reference: date | None) -> bool:
    if ref.grain != "day" or ref.since or ref.back:
        return False
    return reference is None or (
        timedelta(0) <= reference - ref.span.start <= timedelta(days=_LEAD_WINDOW_DAYS)
    )
