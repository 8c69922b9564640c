"""What a figure measures: thing counted, role, place, whose share, who said it, which event.

The relate stage decides "same measure?" from these fields, so they must separate killed from
injured, east from west and the government's share from the rebels'. Without a parser we read
windows of words around the figure: role verbs and nouns from lexicons, places after
prepositions or compass words, the agent left of the governing verb. Every rule is about
English news syntax, never about particular articles.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from factcheck.model import Meaning, Token


def _words(text: str) -> frozenset[str]:
    """A word set from a readable whitespace-separated list."""
    return frozenset(text.split())


# ---------------------------------------------------------------------------------------------
# Lexicons
# ---------------------------------------------------------------------------------------------


def _table(groups: dict[str, str]) -> dict[str, str]:
    return {word: key for key, words in groups.items() for word in words.split()}


_ROLE_WORDS = _table(
    {
        "killed": "kill kills killed killing dead died die dies dying death deaths toll fatalities"
        " slain massacred executed perished lives martyred martyr martyrs martyrdom bodies"
        " corpses killings",
        "injured": "injure injures injured injuring injuries wounded wound wounds wounding hurt"
        " hospitalized hospitalised suffocation asphyxiation",
        "casualties": "casualties",
        "fled": "fled flee flees fleeing displaced displacing displacement escaped escaping"
        " refugees uprooted exodus",
        "evacuated": "evacuated evacuate evacuating evacuation evacuees bussed",
        "surrendered": "surrendered surrender surrenders surrendering defected",
        "trapped": "trapped besieged stranded encircled",
        "captured": "captured capture captures capturing retook retake retakes retaking retaken"
        " recaptured recapture recapturing seized seize seizes seizing seizure took taken"
        " taking liberated liberation liberate liberating overran overrun gained conquered"
        " won wrested wrest wresting regained regain regaining recovered clawed",
        "lost": "lost lose loses losing ceded",
        "controlled": "control controls controlled controlling held hold holds holding occupied"
        " rule rules ruled"
        " occupy occupies occupying confined reduced squeezed restricted",
        "remaining": "remain remains remained remaining",
        "arrested": "arrested arrest arrests detained detain detaining detention jailed"
        " imprisoned abducted kidnapped",
        "missing": "missing disappeared fate unaccounted",
        "returned": "returned return returning",
        "rescued": "rescued survived survive survives alive",
    }
)
_GOVERNMENT = _words(
    "government regime army troops soldiers loyalist loyalists pro-government pro-regime state"
    " military assad assad's army's government's regime's"
)
_REBELS = _words(
    "rebel rebels rebels' insurgent insurgents opposition militant militants jihadist jihadists"
    " extremist extremists terrorist terrorists islamist islamists faction factions nusra"
    " rebel-held opposition-held"
)
_EVENTS = _table(
    {
        "offensive": "offensive offensives operation campaign assault push",
        "advance": "advance advances",
        "truce": "truce pause pauses lull halt",
        "ceasefire": "ceasefire cease-fire",
        "war": "war conflict uprising revolution",
        "siege": "siege blockade",
        "talks": "talks negotiations",
        "battle": "battle fighting clashes",
        "evacuation": "evacuation",
        "bombardment": "bombardment shelling bombing airstrikes",
        "occupation": "occupation",
        "amnesty": "amnesty",
        "attack": "attack",
    }
)
_TERRITORY = _words(
    "territory territories area areas land city town district districts neighbourhood"
    " neighbourhoods neighborhood neighborhoods part parts region enclave pocket east west"
    " north south ground sector half province governorate country countryside towns villages"
    " village suburbs outskirts"
)
_PEOPLE = _words(
    "people civilians residents children women men fighters rebels insurgents militants soldiers"
    " troops refugees families persons individuals inhabitants others"
)
_DIRECTION_NORMAL = {
    "east": "eastern",
    "west": "western",
    "north": "northern",
    "south": "southern",
    "central": "central",
    "centre": "central",
}
_NOT_PLACES = _words(
    """The A An This That These Those It He She They We I In On At Of For From By With And But
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May
    June July August September October November December Human Rights Observatory Reuters AFP
    Xinhua President Minister Council Security United Nations Foreign Army Government State
    Islamic Front Forces Russian Syrian American Western Eastern Northern Southern Old Prime
    Special Envoy News TV Agency Ministry Defence Defense Office Committee Mr Mrs Dr Gen Some
    Many Most All Several Both Such Its Their His Her Our British Turkish Iranian
    Lebanese Chinese Kurdish French Arab Iraqi Israeli Saudi Qatari Jordanian Egyptian Sunni
    Shia Shiite Alawite Christian Muslim Western-backed Russian-backed Daesh Hezbollah Nusra
    Qaeda Al-Qaeda One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Twenty Dozens
    Hundreds Thousands Tens At Least More Than About Nearly Around Some Over Under After Before
    To Into Near Amid Against As Is Are Was Were Has Have Had Says Said Dead Killed Kills
    Monitor Monitors Report Reports Says Video Photo Photos"""
)
# Capitalised heads of organisation names: "the Aleppo Police Command said" names no place.
_ORG_WORDS = _words(
    """Police Command Council Center Centre Media Directorate Authority Authorities University
    Brigade Brigades Battalion Battalions Division Regiment Front Party Movement Committee
    Commission Office Ministry Agency News Network Institute Foundation Society Association
    Organization Organisation Union Corps Guard Court Coordination Governor Municipality Radio
    Television Channel Times Post Army Forces Observatory Group Coalition Operations Room"""
)

_DIR = r"(?:north|south)?-?(?:east|west)(?:ern)?|(?:north|south)(?:ern)?|central"
_PROPER = (
    r"(?=[A-Z]|[A-Za-z]{2,3}-[A-Z])"  # cheap test first: the stop-word lookahead is long
    rf"(?!(?:{'|'.join(sorted(_NOT_PLACES))})\b)"
    r"(?:(?:[AaEe][lnrsdtz]|[Aa]sh|[Ee]z)-)?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?"
)
_PLACE_NAME = rf"{_PROPER}(?:\s+{_PROPER}){{0,2}}"
_AREA = (
    r"(?:part|parts|territory|territories|districts?|neighbou?rhoods?|side|sector|half|areas?"
    r"|enclave|outskirts|suburbs|countryside)"
)
_PLACE_RES = (
    # "eastern Aleppo", "east Aleppo"
    re.compile(rf"(?i:\b(?P<dir>{_DIR}))\s+(?P<name>{_PLACE_NAME})"),
    # "Aleppo's east", "the city's east"
    re.compile(rf"\b(?P<name>{_PLACE_NAME}|(?i:the\s+city))['’]s\s+(?i:(?P<dir>{_DIR}))\b"),
    # "the east of Aleppo", "the eastern part of the besieged Syrian city"
    re.compile(
        rf"(?i:\bthe\s+(?P<dir>{_DIR})(?:\s+{_AREA})?\s+of\s+(?:the\s+)?(?:[\w'-]+\s+){{0,3}}?)"
        rf"(?P<name>{_PLACE_NAME}|(?i:city|town)\b)"
    ),
    # "in Aleppo", "from Palmyra", "in the city"
    re.compile(
        r"(?i:\b(?:in|of|from|into|across|near|at|inside|around|outside|throughout|to|hit|struck"
        r"|targeted|shelled|bombed|bombarded|entered|stormed|captured|seized|retook|fled|left"
        r"|besieged|encircled|reached|attacked)\s+"
        r"(?:the\s+)?(?:[a-z]+-(?:held|controlled|run|besieged)\s+)?"
        r"(?:(?:neighbou?ring|nearby|adjacent|besieged|embattled|war-torn|restive|beleaguered)\s+)?)"
        rf"(?P<name>{_PLACE_NAME}|(?i:city)\b)"
    ),
)
_CITY_WORD_RE = re.compile(r"(?i)^(?:the\s+)?(?:city|town)$")

_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’]*(?:-[A-Za-z'’]+)*|\d[\d,.]*")
_CLAUSE_BREAK_RE = re.compile(r"[;:\"“”]|\s[-–—]\s")
_UNDER_CONTROL_RE = re.compile(
    r"(?i)\b(?:under\s+(?:the\s+)?(?P<a>[\w-]+(?:\s+[\w-]+)?)\s+(?:control|rule)"
    r"|in\s+(?:the\s+)?(?P<b>[\w-]+)\s+hands)\b"
)
_SCOPE_OWNER_RE = re.compile(
    r"(?i)\b(?P<a>[\w]+)-(?:held|controlled|run)\b"
    r"|\b(?:controlled|held|run)\s+by\s+(?:the\s+)?(?P<b>[\w-]+)"
    r"|\b(?P<c>rebels?|insurgents|opposition|militants|government|regime)\s+(?:had\s+)?"
    r"(?:controlled|held|ruled)\b"
)
_REPORT_VERBS = (
    r"said|says|say|told|tells|reported|reports|announced|announces|claimed|claims|stated"
    r"|estimated|estimates|added|confirmed|confirms|quoted|cited|counted|recorded|documented"
)
# "His own minister, Essam Abu Zriba, gave a much lower figure": giving a record states it, so
# its giver is whom a later "he said" means. The record nouns are the frame reader's.
_RECORD_NOUNS = json.loads((Path(__file__).with_name("frames.json")).read_text("utf-8"))[
    "record_nouns"
]
_GAVE = (
    r"gave(?=\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){0,3}?"
    rf"(?:{'|'.join(sorted(set(_RECORD_NOUNS)))})s?\b)"
)
_REPORT_RE = re.compile(rf"\b(?:(?:has|have|had)\s+)?(?:{_REPORT_VERBS}|{_GAVE})\b")
_SOURCE_DELIMITERS = ',;:."“”'
_ATTR_AFTER_RE = re.compile(r"\b(?:said|says|told|reported)\s+(?P<src>(?:a|an|the)\s+[^,;.\"“”]+)")
_ACCORDING_RE = re.compile(r"(?i)\baccording\s+to\s+(?P<src>[^,;.\"“”]+)")
_NP_CUT_RE = re.compile(
    r"\s+(?:in|at|on|who|which|with|from|after|before|during|describing|adding|via|over"
    r"|by\s+phone|on\s+\w+day)\b.*$"
)
_PRONOUNS = _words("it he she they we the group the monitor")
_TIME_TAIL_RE = re.compile(
    r"(?i)\s+(?:on|last|this|late|early)?\s*(?:monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday|yesterday|today|tonight)\b.*$"
)
_LEADING_CONJ_RE = re.compile(r"(?i)^(?:and|but|while|as|also|however|meanwhile)\s+")
# Cues of a running total. "Toll" alone is not one: "placed the death toll at 12" counts one
# attack; a toll that has risen, a count "since", "so far" or "in the war" only grows.
_CUMULATIVE_RE = re.compile(
    r"(?i)\b(?:since|so\s+far|to\s+date|thus\s+far|up\s+to\s+now|overall|cumulative"
    r"|(?:in|during|from)\s+(?:the\s+|this\s+|its\s+|syria['’]?s?\s+)?"
    r"(?:(?:\w+-(?:year|month|week)|syrian|civil|bloody|brutal|devastating|ongoing|long"
    r"|country['’]?s|nation['’]?s)\s+){0,3}(?:war|conflict|uprising|revolution)\b(?!-)"
    r"|(?:war|conflict)['’]s)"
)
# A toll that has risen is a running total of its event (counts only: prices rise too).
_RISEN_RE = re.compile(
    r"(?i)\btoll\b[^,;.]{0,90}?\b(?:rose|rises|risen|rising|climbed|climbs|climbing|mounted"
    r"|increased|jumped|reached|reaches|surpassed|surpasses)\b"
    r"|\b(?:rose|rises|risen|climbed|climbs|mounted|jumped)\s+to\b"
)
# After the figure these open a clause about something else: "killed on Saturday in the town,
# which has been besieged since 2013" - the siege's "since", not the toll's.
_OWN_CLAUSE_END_RE = re.compile(
    r",\s*(?:which|where|who|whose|when|after|before|as|while|whereas|although|though)\b"
    r"|\s(?:which|where|after|before|when)\s+(?:has|have|had|was|were|is|are)\b"
)
_MORE_RE = re.compile(r"(?i)^\s*(?:more|others|additional|other)\b")
_OF_NOUN_RE = re.compile(
    r"(?i)^\s+of\s+(?:the\s+|their\s+|its\s+)?((?:[\w'’-]+\s+){0,3}?)([\w'’-]+)"
)
_DISTANCE_TARGET_RE = re.compile(
    r"(?i)^\s*(?:\w+\s+)?(?:of|from|to|away\s+from|outside|north\s+of|south\s+of|east\s+of"
    r"|west\s+of)\s+((?:[\w'’-]+\s+){0,5}?[\w'’-]+)(?=[,.;]|\s+(?:and|where|as|which|in|on)\b|$)"
)

_WINDOW_LEFT = 10
_WINDOW_RIGHT = 10


def tokens(sentence: str) -> list[Token]:
    """Word tokens of a sentence; hyphenated compounds ("rebel-held") stay one token."""
    return [
        Token(m.start(), m.end(), m.group(0).lower(), m.group(0))
        for m in _WORD_RE.finditer(sentence)
    ]


def _clause_bounds(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The stretch around a figure not crossing a semicolon, colon, bracket, dash or quote.

    A pair of dashes around an aside the figure is not in ("11 civilians - among them four
    children - were killed") is no break: the clause runs on past it.
    """
    skip = _dash_asides(sentence, start) if " - " in sentence or "–" in sentence else []
    left = 0
    for m in _CLAUSE_BREAK_RE.finditer(sentence, 0, start):
        if not any(a <= m.start() < b for a, b in skip):
            left = m.end()
    for m in _CLAUSE_BREAK_RE.finditer(sentence, end):
        if not any(a <= m.start() < b for a, b in skip):
            return left, m.start()
    return left, len(sentence)


_DASH_ASIDE_RE = re.compile(r"\s[-–—]\s[^-–—;:\"“”]{1,120}?\s[-–—]\s")


def _dash_asides(sentence: str, start: int) -> list[tuple[int, int]]:
    """Dash-delimited asides that do not hold the figure at ``start``."""
    return [
        (m.start(), m.end())
        for m in _DASH_ASIDE_RE.finditer(sentence)
        if not (m.start() <= start < m.end())
    ]


def _window(
    toks: list[Token],
    start: int,
    end: int,
    lo: int,
    hi: int,
    width: int = _WINDOW_LEFT,
    asides: list[tuple[int, int]] | None = None,
) -> tuple[list[Token], list[Token]]:
    """Tokens left of the figure (nearest first) and right of it, inside [lo, hi), skipping
    bracketed asides: "24 Daesh terrorists (a group banned in Russia) were killed"."""
    skip = asides or []
    left = [
        t
        for t in toks
        if lo <= t.start and t.end <= start and not any(a <= t.start < b for a, b in skip)
    ][::-1][:width]
    right = [
        t
        for t in toks
        if t.start >= end and t.end <= hi and not any(a <= t.start < b for a, b in skip)
    ][:_WINDOW_RIGHT]
    return left, right


_ASIDE_RE = re.compile(r"\([^()]{0,120}\)")


def _asides(sentence: str, start: int, end: int) -> list[tuple[int, int]]:
    """Bracketed and dash-delimited spans that do not hold the figure."""
    found = _dash_asides(sentence, start) if " - " in sentence or "–" in sentence else []
    if "(" in sentence:
        found += [
            (m.start(), m.end())
            for m in _ASIDE_RE.finditer(sentence)
            if not (m.start() <= start < m.end())
        ]
    return found


def _is_scope(toks: list[Token], index: int) -> bool:
    """True for "controlled by"/"held by" after an area noun: it names the area, not the act."""
    t = toks[index]
    if _ROLE_WORDS.get(t.lower) not in ("controlled",):
        return False
    nxt = toks[index + 1].lower if index + 1 < len(toks) else ""
    prev = toks[index - 1].lower if index > 0 else ""
    before = toks[index - 2].lower if index > 1 else ""
    # "territory controlled by X", "the area held", "territory rebels controlled", and the
    # adjective in "the controlled areas in several cities"
    return (
        nxt == "by"
        or prev in _TERRITORY
        or (_actor(prev) is not None and before in _TERRITORY)
        or (t.lower.endswith("ed") and nxt in _TERRITORY)
    )


def role_of(sentence: str, start: int, end: int, toks: list[Token] | None = None) -> str | None:
    """The role verb or noun nearest the figure in its clause: killed, injured, fled, captured...

    The nearer side wins; on a tie the word after the figure wins ("70 people were killed"
    and "killing 70" both resolve). Wounded normalises to injured.
    """
    toks = tokens(sentence) if toks is None else toks
    found = _role_token(sentence, start, end, toks)
    return found[1] if found else None


_COORDINATORS = frozenset({"and", "but", "while", "whereas"})


def _role_token(
    sentence: str, start: int, end: int, toks: list[Token], wide: bool = False
) -> tuple[int, str] | None:
    lo, hi = _clause_bounds(sentence, start, end)
    asides = _asides(sentence, start, end)
    left, right = _window(toks, start, end, lo, hi, 40 if wide else _WINDOW_LEFT, asides)
    index = {t.start: i for i, t in enumerate(toks)}
    best: tuple[int, int, str] | None = None  # (distance, token index, role)
    # "enough to feed 185000 people": the figure is another verb's object; only a role word
    # right beside it ("received 80 wounded persons") can still say what it counts.
    objected = _object_of_other_verb(left)
    for side, seq in ((1, left), (0, right)):
        if objected and side == 1:
            continue
        for distance, t in enumerate(seq):
            k = index[t.start]
            if side == 0 and _new_conjunct(toks, k):
                break  # "... wounded 1 million and left many displaced": another verb's
            role = _role_word(toks, k)
            if role is None and (t.lower in _SUBORDINATORS if side == 0 else _blocks(t.lower)):
                break  # "destroyed two launchers": the figure has its own verb
            if role is None or _is_scope(toks, k) or _is_idiom(toks, k):
                continue
            if objected and (distance > 1 or role not in _CASUALTY):
                break
            if (
                side == 0
                and (t.lower.endswith("ing") or toks[k - 1].lower in _COORDINATORS)
                and _number_follows(toks, k + 1)
            ):
                break  # "killing 2 children injuring 9 others": that verb has its own figure
            weak = (
                side == 1
                and distance == 0
                and not sentence[t.end : start].strip()
                and _after_other_figure(toks, k)
            )  # "1 child killed 6 children & ... under rubble": the first figure's participle
            if t.lower == "control" and k > 0 and _ROLE_WORDS.get(toks[k - 1].lower) == "captured":
                role = "captured"  # "regained control of 55 percent" is a capture
            if role == "remaining" and k + 1 < len(toks) and toks[k + 1].lower == "unknown":
                role = "missing"  # "their fate remained unknown"
            if role == "lost" and not (side == 1 and distance <= 3):
                continue
            cost = distance * 2 + side
            if side == 0 and k > 0 and toks[k - 1].lower in _AUXILIARIES:
                cost = min(cost, 1)  # "12 others, including women, were wounded": its predicate
            if side == 1 and any(x.lower in _COORDINATORS for x in seq[:distance]):
                cost += 4  # "3 were killed and 12 others were injured": 12's verb follows it
            if weak:
                cost += _WEAK_COST  # kept only when nothing right of the figure says more
            key = (cost, index[t.start], role)
            if best is None or key[0] < best[0]:
                best = key
            break
    return (best[1], best[2]) if best else None


_STEM_ROLES = (
    # Misspelt or unlisted forms of the commonest roles ("have been displaces").
    ("displac", "fled"),
    ("evacu", "evacuated"),
    ("massacr", "killed"),
    ("injur", "injured"),
    ("kidnap", "arrested"),
    ("abduct", "arrested"),
)
_BURIED = frozenset({"rubble", "debris", "ruins", "wreckage"})
_WEAK_COST = 20
_CONJUNCT_VERBS = _words("left leaves leave made makes caused causes forced forces sent led")
_MONTH_WORDS = _words(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec"""
)
_FRACTION_WORDS = _words("half third thirds quarter quarters")


def _new_conjunct(toks: list[Token], k: int) -> bool:
    """ "and" opening another verb phrase ("and left many displaced", "and destroyed")."""
    if toks[k].lower not in _COORDINATORS or k + 1 >= len(toks):
        return False
    nxt = toks[k + 1].lower
    # participles ("and establishing control") continue the clause; a finite verb starts one
    return nxt in _CONJUNCT_VERBS or (_blocks(nxt) and not nxt.endswith("ing"))


def _role_word(toks: list[Token], k: int) -> str | None:
    """The role token ``k`` names: the lexicon, then a known stem; "under (the) rubble" is
    trapped (the people are not yet counted as dead)."""
    word = toks[k].lower
    role = _ROLE_WORDS.get(word)
    if role is not None:
        return role
    if word in _BURIED and k > 0:
        under = k - 1 if toks[k - 1].lower == "under" else k - 2
        if under >= 0 and toks[under].lower == "under":
            # "pulled 10 people alive from under the rubble": rescued, not trapped
            return "rescued" if under > 0 and toks[under - 1].lower == "from" else "trapped"
        return None
    if len(word) > 5:
        for stem, stem_role in _STEM_ROLES:
            if word.startswith(stem):
                return stem_role
    return None


_HEDGE_WORDS = _words(
    "more than less fewer at least most about nearly almost around some over up to roughly"
    " approximately an estimated some"
)
# Verbs whose object a figure is without being a casualty or a population ("feed 185000").
_OBJECT_VERBS = _words(
    """feed feeds fed help helps helped serve serves served house houses
    housed host hosts hosted shelter shelters sheltered support supports supported assist
    assists assisted benefit benefits benefited vaccinate vaccinated treat treats treated
    accommodate accommodated employ employs employed train trained
    cover covers covered supply supplies supplied"""
)


def _number_follows(toks: list[Token], k: int) -> bool:
    """A figure starts at token ``k``, after any hedge ("injuring more than 55 persons")."""
    for i in range(k, min(len(toks), k + 4)):
        if _is_number(toks[i]) or toks[i].lower in _FRACTION_WORDS:
            return True
        if toks[i].lower not in _HEDGE_WORDS and toks[i].lower not in ("of", "the"):
            return False
    return False


def _after_other_figure(toks: list[Token], k: int) -> bool:
    """A participle right after another figure and its noun ("1 child killed", "2 killed")."""
    if not toks[k].lower.endswith("ed"):
        return False
    if k >= 1 and _is_number(toks[k - 1]):
        return not (k >= 2 and toks[k - 2].lower in _MONTH_WORDS)  # "on August 21 killed"
    return (
        k >= 2
        and _is_number(toks[k - 2])
        and toks[k - 1].lower not in _AUXILIARIES
        and toks[k - 1].lower not in ("has", "have", "had")
        and is_countable_noun(toks[k - 1].text)
    )


def _object_of_other_verb(left: list[Token]) -> bool:
    """The word before the figure (past hedges) is a non-role transitive verb."""
    for t in left[:4]:
        if t.lower in _HEDGE_WORDS:
            continue
        return t.lower in _OBJECT_VERBS
    return False


# A role verb on the far side of one of these belongs to another clause: "the tribe, who
# number 70000, flared after the militants took over" - the 70000 were not captured.
_AUXILIARIES = _words("were was are is been got get")
_NUMBER_WORDS = _words(
    """one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
    hundred hundreds dozen dozens scores several thousands"""
)


def _is_number(t: Token) -> bool:
    return t.text[0].isdigit() or t.lower in _NUMBER_WORDS


_SUBORDINATORS = _words("after before when because until although though whereas unless")
# Participles that continue a casualty clause rather than start another action.
_CONTINUING = _words(
    """including estimated reported alleged suspected confirmed documented recorded according
    bringing raising pushing putting taking leaving armed unidentified unnamed wanted reached
    risen climbed increased jumped mounted"""
)


def _blocks(word: str) -> bool:
    """Another action verb between a role verb and the figure ("killed 70 terrorists and
    destroyed two launchers", "killing scores, shooting down 4 drones"): the role stops there."""
    return (
        len(word) > 4
        and word.isalpha()
        and (word.endswith("ing") or word.endswith("ed"))
        and word not in _CONTINUING
        and word not in _ROLE_WORDS
    )


_IDIOM_NEXT = frozenset({"place", "part", "off", "stock", "note", "care", "office", "aim", "to"})
_TAKE = frozenset({"take", "takes", "took", "taken", "taking"})


def _is_idiom(toks: list[Token], index: int) -> bool:
    """ "took place", "take part", "held talks": role words that are not the act itself."""
    nxt = toks[index + 1].lower if index + 1 < len(toks) else ""
    after = toks[index + 2].lower if index + 2 < len(toks) else ""
    word = toks[index].lower
    return (
        (word in _TAKE and nxt in _IDIOM_NEXT)
        or (word.startswith("rul") and nxt == "out")
        or (
            toks[index].lower in ("held", "hold", "holds", "holding")
            and (nxt in _HELD_EVENTS or (nxt in ("a", "an", "the") and after in _HELD_EVENTS))
        )
    )


_HELD_EVENTS = _words(
    """talks meeting meetings election elections rally rallies protest protests conference
    vote discussions funeral ceremony session news press"""
)


def _actor(word: str) -> str | None:
    """The side a word names; third parties keep their own name so shares never complement."""
    if word in _GOVERNMENT:
        return "government"
    if word in _REBELS or word.startswith(("rebel", "insurgent", "opposition", "militant")):
        return "rebels"
    return _THIRD_PARTIES.get(word)


_THIRD_PARTIES = {w: "islamic state" for w in ("daesh", "isis", "isil", "is-held", "daesh-held")}
_THIRD_PARTIES |= {w: "kurds" for w in ("sdf", "ypg", "kurds", "kurdish", "kurdish-led")}


def _actor_at(toks: list[Token], i: int) -> str | None:
    """The side token ``i`` names, reading "Islamic State" as one name (not the state)."""
    word = toks[i].lower
    if toks[i].text == "IS":
        return "islamic state"  # upper case: the group, not the verb
    if (word == "state" and i > 0 and toks[i - 1].lower == "islamic") or (
        word == "islamic" and i + 1 < len(toks) and toks[i + 1].lower == "state"
    ):
        return "islamic state"
    return _actor(word)


def _opposite(side: str | None) -> str | None:
    return {"government": "rebels", "rebels": "government"}.get(side or "")


_SCOPE_END_RE = re.compile(r"[,;:]|\b(?:which|that|where|next|while|and\s+(?:are|is|were))\b")


_SCOPE_REACH = 60


def scope_owner(sentence: str, start: int, end: int) -> str | None:
    """Who held the area a share is taken of: "of rebel-held territory" -> rebels."""
    stop = _SCOPE_END_RE.search(sentence, end, end + _SCOPE_REACH)
    limit = stop.start() if stop else min(len(sentence), end + _SCOPE_REACH)
    for m in _SCOPE_OWNER_RE.finditer(sentence, end, limit):
        word = (m.group("a") or m.group("b") or m.group("c") or "").lower()
        side = _actor(word)
        if side:
            return side
    return None


def holder_of(
    sentence: str, start: int, end: int, toks: list[Token] | None = None
) -> tuple[str | None, str | None]:
    """Whose share a territory percentage is, and the role it plays (captured/controlled).

    The agent is the nearest government or rebel word left of the governing verb ("government
    troops have captured 85 percent" -> government); "lost" gives the share to the other side;
    "under state control" names the holder directly; failing both, a share taken of rebel-held
    territory is the government's.
    """
    toks = tokens(sentence) if toks is None else toks
    found = _role_token(sentence, start, end, toks)
    role = found[1] if found else None
    if found and role in ("captured", "controlled", "lost", "remaining"):
        verb_index = found[0]
        lo, _ = _clause_bounds(sentence, toks[verb_index].start, toks[verb_index].end)
        agent = None
        for i in range(verb_index - 1, -1, -1):
            if toks[i].start < lo and toks[i].start < start:
                break
            agent = _actor_at(toks, i)
            if agent:
                break
        if agent is None:
            agent = _passive_agent(toks, verb_index)
        if agent is None and role in ("captured", "lost"):
            agent = _opposite(scope_owner(sentence, start, end))
        if role == "lost":
            return _opposite(agent), "captured"
        return agent, role
    m = _UNDER_CONTROL_RE.search(sentence, end)
    if m:
        named = (m.group("a") or m.group("b") or "").lower()
        side = "islamic state" if "islamic state" in named else _actor(named.split()[-1])
        if side:
            return side, "controlled"
    owner = scope_owner(sentence, start, end)
    if owner:
        return _opposite(owner), role or "captured"
    return None, role


_AREA_NOUNS = (
    r"(?:areas?|zones?|parts?|territor(?:y|ies)|districts?|neighbou?rhoods?|regions?|side|sector"
    r"|enclaves?|pockets?|east|west|north|south|cities|towns|villages|provinces?)"
)
_POPULATION_SIDE_RE = re.compile(
    rf"(?i)\b(?:in|inside|within|into|across|to)\s+(?:the\s+)?(?:[\w'’]+\s+)?"
    rf"(?:(?P<a>[\w]+)-(?:held|controlled|run|besieged)\s+(?:[\w'’]+\s+)?"
    rf"|(?P<b>government|regime|rebel|opposition|state|insurgent)\s+(?:[\w-]+\s+)?{_AREA_NOUNS}\b"
    rf"|{_AREA_NOUNS}\s+(?:held|controlled|run)\s+by\s+(?:the\s+)?(?P<c>[\w-]+))"
    r"|\bunder\s+(?:the\s+)?(?P<d>[\w-]+)\s+(?:control|rule)\b"
    r"|\(\s*(?P<e>\w+)-(?:held|controlled|run)\s*\)"
)
_POPULATION_ROLES = frozenset({"remaining", "trapped", None})


def _is_population(subject: str | None, role: str | None) -> bool:
    """People counted where they live: "1.2 million people", "250,000 remain" - not the
    hospitals, convoys or neighbourhoods an attack hit in rebel-held areas."""
    if subject is None:
        return role in ("remaining", "trapped")
    return subject in _PEOPLE or subject in _SINGULAR_NOUNS


def population_holder(sentence: str, start: int, end: int, role: str | None) -> str | None:
    """Whose side the people counted live on: "1.2 million live in government zones" ->
    government, "250,000 trapped in rebel-held areas" -> rebels. Only for populations (people
    remaining, trapped or just counted): a toll "in rebel-held areas" is still one toll."""
    if role not in _POPULATION_ROLES:
        return None
    lo, hi = _clause_bounds(sentence, start, end)
    stop = _OWN_CLAUSE_END_RE.search(sentence, end, hi)
    hi = stop.start() if stop else hi
    for m in (*_POPULATION_SIDE_RE.finditer(sentence, end, hi),
              *_POPULATION_SIDE_RE.finditer(sentence, lo, start)):  # fmt: skip
        word = next((g for g in m.groups() if g), "").lower()
        side = _actor(word)
        if side:
            return side
    return None


def _passive_agent(toks: list[Token], verb_index: int) -> str | None:
    """The "by X" agent after a verb or a nominalisation ("liberation ... by the army")."""
    for i in range(verb_index + 1, min(len(toks), verb_index + 8)):
        if toks[i].lower == "by":
            for j in range(i + 1, min(len(toks), i + 5)):
                side = _actor_at(toks, j)
                if side:
                    return side
            return None
    return None


_PRONOUN_NOUNS = _words("them those these whom which who they it us his her their its")
_SINGULAR_NOUNS = _words(
    """person child man woman soldier civilian fighter rebel member family baby boy girl
    journalist doctor officer commander militant insurgent refugee resident worker student"""
)
_NOT_NOUNS = _words("some more other others many most few such this that less ss")


def is_countable_noun(word: str) -> bool:
    """A word that can be what a figure counts ("seven districts", "one child"), not a verb
    or quantifier that happens to follow the number ("10 fell", "19 some")."""
    w = word.lower()
    if not w.isalpha() or w in _NOT_NOUNS or w in _PRONOUN_NOUNS or w in _ROLE_WORDS:
        return False
    return w in _PEOPLE or w in _SINGULAR_NOUNS or (w.endswith("s") and not w.endswith("ss"))


def is_agent_noun(word: str | None) -> bool:
    """A subject that "others", "more" can point back to: people, not places or things."""
    return bool(word) and word not in _TERRITORY and word not in _THINGS


def subject_of(
    sentence: str,
    start: int,
    end: int,
    kind: str,
    noun: str = "",
    previous: str | None = None,
) -> str | None:
    """The thing counted or measured: the figure's noun, an "of <noun>" phrase, or, for elided
    nouns ("killing five civilians and injuring 29", "ten more were wounded"), the previous
    figure's subject."""
    after = sentence[end:]
    part = _PART_NOUN_RE.match(after) if kind == "count" else None
    if part and is_countable_noun(part["noun"]):
        return part["noun"].lower()  # "3 of them children", "three of the dead were women"
    m = _OF_NOUN_RE.match(after)
    if kind == "percent":
        phrase = _of_phrase(after)
        if phrase:
            lowered = [w.lower() for w in phrase]
            if set(lowered) & _TERRITORY:
                return "territory"  # "of the eastern territory", "of Jobar"
            common = [w for w in phrase if w.islower() and not w.endswith(_HELD_SUFFIXES)]
            if not common or phrase[-1][0].isupper():
                return "territory"  # "of rebel-held Mosul"
            return common[-1]  # "of Syria's prewar population"
        return noun.lower() or None
    if noun and noun.lower() in ("others", "more"):
        return previous  # "killing 3 citizens and injuring 8 others"
    if noun and (is_countable_noun(noun) or noun.lower() in _ROLE_WORDS):
        return noun.lower()  # a role word ("11 dead") is turned into people by describe()
    if (
        m
        and m.group(2).isalpha()
        and m.group(2).islower()
        and m.group(2) not in _ROLE_WORDS
        and m.group(2) not in _PRONOUN_NOUNS
    ):
        return m.group(2)
    nxt = _WORD_RE.search(after)
    if nxt and nxt.start() <= 2:
        word = nxt.group(0)
        if _MORE_RE.match(word):
            return previous
        if word.islower() and word not in _ROLE_WORDS and word.isalpha() and word in _PEOPLE:
            return word
    if (
        kind == "count"
        and previous
        and (
            nxt is None
            or nxt.group(0).lower() in _ROLE_WORDS
            or nxt.group(0).lower() in ("on", "in", "and", "were")
        )
    ):
        return previous
    return None


_PART_NOUN_RE = re.compile(
    r"(?i)^\s+of\s+(?:them|whom|those|the\s+(?:dead|victims|killed|wounded|injured|casualties"
    r"|fatalities))\s*,?\s+(?:were\s+|are\s+|being\s+)?(?:\w+\s+)?(?P<noun>[a-z]+)\b"
)
_OF_PHRASE_RE = re.compile(r"(?i)^\s+of\s+(?:the|their|its|his|her)?\s*")
_PHRASE_STOP = _words(
    "in of from that which who by under at on to for with as and or controlled held run was were"
    " including"
    " is are had has have"
)


_HELD_SUFFIXES = ("-held", "-controlled", "-run", "-besieged", "ern")


def _of_phrase(after: str) -> list[str]:
    """The words of the "of ..." phrase after a share, up to its first function word."""
    m = _OF_PHRASE_RE.match(after)
    if not m:
        return []
    words: list[str] = []
    pos = m.end()
    for w in _WORD_RE.finditer(after, m.end()):
        word = w.group(0).lower()
        if word in _PHRASE_STOP or len(words) >= 4 or after[pos : w.start()].strip():
            break  # a function word or punctuation ends the phrase
        if word in _PRONOUN_NOUNS or (words and word in ("the", "a", "an")):
            break
        words.append(w.group(0))
        pos = w.end()
    return words


_ORG_NEXT_RE = re.compile(rf"\s+(?:{'|'.join(sorted(_ORG_WORDS))})\b")
_LOST_APOSTROPHE_RE = re.compile(
    r"^[A-Z][a-z]+(?:[aoy]s|['’]s)\s+(?=[A-Z])|^(?P<stem>[A-Z][a-z]+ia)s$"
)


def _normal_place(direction: str | None, name: str, city: str | None) -> str | None:
    if _CITY_WORD_RE.match(name):
        name = city or ""
    if any(w in _ORG_WORDS for w in name.split()[1:]):
        return None  # "Idlib Media Center" names an organisation
    m = _LOST_APOSTROPHE_RE.match(name)
    if m:
        # "Syria's Idlib province" (or "Syrias Idlib"): the place is the last name
        name = m.group("stem") or name[m.end() :]
        direction = None if not m.group("stem") else direction  # "western Syrias": Syria's
    if not name or name.split()[0] in _NOT_PLACES:
        return None
    if direction:
        d = direction.lower().replace("-", "")
        base = d.removesuffix("ern")
        d = _DIRECTION_NORMAL.get(base, base + "ern")
        return f"{d} {name}"
    return name


def places(sentence: str, city: str | None = None) -> list[tuple[int, str]]:
    """Places in a sentence with their offsets, compass parts normalised ("eastern Aleppo")."""
    found: dict[int, tuple[int, str]] = {}
    for priority, pattern in enumerate(_PLACE_RES):
        for m in pattern.finditer(sentence):
            groups = m.groupdict()
            if _ORG_NEXT_RE.match(sentence, m.end("name")):
                continue  # "Aleppo Police Command": an organisation, not a place
            place = _normal_place(groups.get("dir"), m.group("name"), city)
            if place is None:
                continue
            key = m.start("name")
            if key not in found or priority < found[key][0]:
                found[key] = (priority, place)
    return sorted((pos, place) for pos, (_, place) in found.items())


def place_of(
    sentence: str,
    start: int,
    end: int,
    city: str | None = None,
    found: list[tuple[int, str]] | None = None,
) -> str | None:
    """The place nearest the figure in its sentence (``found``: the sentence's places)."""
    best: tuple[float, str] | None = None
    lo, hi = _clause_bounds(sentence, start, end)
    for pos, place in places(sentence, city) if found is None else found:
        # The figure's own phrase follows it ("of the eastern part of X", "fled X"); compass
        # parts are more specific than the bare city; other clauses are further away.
        distance = (start - pos) * 1.0 if pos < start else (pos - end) * 0.5
        if pos < start and _OTHER_PART_RE.search(sentence, pos, start):
            distance += 100  # "45 in Aleppo and 22 in Idlib": Aleppo is the other part's
        if " " in place and place.split()[0] in _COMPASS:
            distance -= 20
        if not lo <= pos < hi:
            distance += 200
        if best is None or distance < best[0]:
            best = (distance, place)
    return best[1] if best else None


# Between a place and a figure: another figure, then a coordinator - the place is that part's.
_OTHER_PART_RE = re.compile(r"\d[^;]*?(?:\band\b|\bwhile\b|,)")


_COMPASS = frozenset({"eastern", "western", "northern", "southern", "central"}) | frozenset(
    f"{a}{b}ern" for a in ("north", "south") for b in ("east", "west")
)


def main_city(text: str) -> str | None:
    """The article's most named place: what "the city" means in it."""
    counts: dict[str, int] = {}
    for m in _PLACE_RES[3].finditer(text):
        name = m.group("name")
        if _CITY_WORD_RE.match(name) or name.split()[0] in _NOT_PLACES:
            continue
        counts[name] = counts.get(name, 0) + 1
    for m in _PLACE_RES[0].finditer(text):
        name = m.group("name")
        if name.split()[0] not in _NOT_PLACES:
            counts[name] = counts.get(name, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else None


def attribution_of(sentence: str, previous: str | None = None) -> str | None:
    """Who the sentence says said it: "according to X", "X said", "said a rebel official".

    The reporting verb nearest the sentence's end wins; its subject is the words back to the
    previous comma or quote. Pronouns and "the group" fall back to ``previous``.
    """
    m = _ACCORDING_RE.search(sentence)
    if m:
        return _clean_source(m.group("src"), previous)
    for verb in reversed(list(_REPORT_RE.finditer(sentence))):
        if _PASSIVE_BEFORE_RE.search(sentence, max(0, verb.start() - 12), verb.start()):
            continue  # "two others were reported killed": no one is named as saying it
        cut = _last_delimiter(sentence, verb.start()) + 1
        chunk = sentence[max(cut, verb.start() - 120) : verb.start()]
        if not chunk.strip() and cut > 1 and sentence[cut - 1] == ",":
            # "X, a Britain-based monitor, reported": the apposition, then the name before it.
            inner = _last_delimiter(sentence, cut - 1) + 1
            chunk = sentence[inner : cut - 1]
            if inner > 1 and sentence[inner - 1] == ",":
                head = _apposition_head(sentence, inner - 1)
                if head:
                    return head
        after = _ATTR_AFTER_RE.match(sentence, verb.start())
        if after and len(chunk.split()) > _MAX_SOURCE_WORDS:
            # "... killed 18 people said the Observatory": the speaker follows the verb.
            src = _clean_source(after.group("src"), previous)
            if src:
                return src
        if len(chunk.strip()) >= 2:
            src = _clean_source(_np_before(chunk), previous)
            if src:
                return src
            rel = _RELATIVE_RE.search(chunk)
            if rel:
                # "The Idlib Media Center which publishes news ... said": the name before it
                src = _clean_source(_np_before(chunk[: rel.start()]), previous)
                if src:
                    return src
        if after:
            return _clean_source(after.group("src"), previous)
    return None


_MAX_SOURCE_WORDS = 8
_RELATIVE_RE = re.compile(r",?\s+(?:which|who|that)\s")
_NP_STOP = _words(
    """on in at to by with into after before during when while as than that which who whom
    and or but if because since until where said says told reported killed wounded injured
    including amid despite over under"""
)
_NAME_LINKS = frozenset({"for", "of", "de", "al"})
_DATE_WORDS = _words(
    """Yesterday Today Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February
    March April May June July August September October November December"""
)


def _np_before(chunk: str) -> str:
    """The noun phrase that ends a chunk: the subject of the reporting verb after it.

    Scans back over words until a function word, a number or a date; "for"/"of" stay when
    they sit inside a name ("Observatory for Human Rights").
    """
    words = chunk.split()
    kept: list[str] = []
    for word in reversed(words):
        bare = word.strip("'’\"“”()")
        lower = bare.lower()
        if not bare or any(ch.isdigit() for ch in bare) or bare in _DATE_WORDS:
            break
        if lower in _NAME_LINKS:
            if kept and kept[-1][:1].isupper():
                kept.append(bare)
                continue
            break
        if lower in _NP_STOP:
            break
        kept.append(bare)
        if len(kept) >= _MAX_SOURCE_WORDS:
            break
    return " ".join(reversed(kept))


_SOURCE_NOUNS = _words(
    """television tv media agency official officials source sources activists activist monitor
    residents witnesses ministry army military police doctors medics group spokesman
    spokeswoman spokesperson statement reports report observers correspondent journalists
    observatory monitors ministries agencies outlet newspaper paper channel broadcaster radio
    network committee council commission organisation organization authorities authority
    government coalition command center centre office spokesmen spokespeople rescuers
    volunteers locals resident witness doctor medic officer officers commander commanders
    minister ministers president governor envoy head chief director leader leaders
    representative representatives member members analyst analysts researchers experts
    correspondents reporter reporters journalist state-run state-owned press defence defense
    helmets unicef unhcr ocha who un rebels rebel opposition insurgents militants fighters
    watchdog website colonel general mayor sheikh staff"""
)
# A source is a noun phrase: one with a verb in it ("a hospital was hit") is a clause.
_CLAUSE_VERBS = _words(
    "was were is are been be being has have had will would could can may might did does do"
)
_TRAILING_AUX = _words("has have had also said says")
_PASSIVE_BEFORE_RE = re.compile(r"\b(?:was|were|is|are|been|be|being)\s+$")  # not "IS said"
_NOT_NAMES = _words(
    """a an the this that these those some many other others another all both each several
    few more most no such it he she they we i there here"""
)


def _source_tail(words: list[str]) -> list[str]:
    """Without commas ("in Tabqa the Syrian Observatory said") a source's phrase drags in the
    words before it: start at an inner article when nothing before it names a source."""
    for i in range(1, len(words)):
        if words[i].lower() not in ("the", "a", "an"):
            continue
        head = [w.lower().strip("'’\"“”()") for w in words[:i]]
        if any(w in _SOURCE_NOUNS for w in head):
            return words
        if _is_source(" ".join(words[i:])):
            return words[i:]
    return words


def _is_source(src: str) -> bool:
    """Whether a phrase can be who said something: a noun phrase headed by a source noun
    ("a rebel official", "state television") or naming someone (a capitalised word that is
    not a number, determiner or common noun: "Reuters", "the Observatory", "Rami Abdel")."""
    words = [w.strip("'’\"“”()") for w in src.split()]
    lowered = [w.lower().removesuffix("'s").removesuffix("’s") for w in words if w]
    verbs = [w.lower() for w in words if w and not w.isupper()]  # "IS" is a group
    if not lowered or any(w in _CLAUSE_VERBS for w in verbs):
        return False
    if any(w in _SOURCE_NOUNS for w in lowered):
        return True
    if any(w in _TERRITORY or w in _THINGS for w in lowered):
        return False  # "the nearby town of Aqrab" is where, not who
    return any(
        w[:1].isupper()
        and low not in _NOT_NAMES
        and low not in _NUMBER_WORDS
        and low not in _PEOPLE
        and low not in _THINGS
        and low not in _TERRITORY
        for w, low in zip(words, lowered, strict=False)
        if w
    )


_NOT_SOURCE_START = _words(
    """on in at of for from to by with into after before during when while as than that which
    and or but this these those there here it's"""
)


_BACK_REFERENCES = _words("group monitor organisation organization body watchdog")
# Bodies a bare "the agency" or "the same ministry" stands for once named: alone, with no word
# of their own, they are the body met before ("the health ministry" is a new one).
_BODY_NOUNS = _words("agency bureau ministry office department committee service")
_BARE_RE = re.compile(r"(?i)^(?:the|its|their)\s+(?:same\s+)?(?P<noun>\w+)$")


def is_back_reference(source: str) -> bool:
    """ "the agency", "the same ministry", "its teams": a source that only points back."""
    m = _BARE_RE.match(source.strip())
    return bool(m) and m["noun"].lower() in _BODY_NOUNS | _BACK_REFERENCES


def _last_delimiter(sentence: str, pos: int) -> int:
    return max(sentence.rfind(ch, 0, pos) for ch in _SOURCE_DELIMITERS)


_POSSESSIVE_PRONOUNS = _words("his her its their our")


def _apposition_head(sentence: str, pos: int) -> str | None:
    """ "The Observatory, a Britain-based monitor, said": the name before the apposition."""
    chunk = sentence[:pos].rstrip(" ,")
    head = chunk.rsplit(",", 1)[-1].strip() if "," in chunk else chunk.strip()
    words = head.split()
    if words and words[0].lower() in _POSSESSIVE_PRONOUNS:
        return None  # "His own minister, Essam Abu Zriba, gave": the apposition names him
    named = bool(words) and (words[0][0].isupper() or (len(words) > 1 and words[1][0].isupper()))
    if named and len(words) <= 8:
        return _clean_source(head, None)
    return None


def _clean_source(src: str, previous: str | None) -> str | None:
    src = _NP_CUT_RE.sub("", _TIME_TAIL_RE.sub("", src.strip()))
    src = _LEADING_CONJ_RE.sub("", src).strip(" '’\"")
    words = src.split()
    if not words:
        return None
    if len(words) > 10:
        words = words[-10:]
        src = " ".join(words)
    if src.lower() in _PRONOUNS:
        return previous
    if previous and words[0].lower() == "the" and words[-1].lower() in _BACK_REFERENCES:
        return previous  # "the Britain-based monitoring group" names the source met before
    if previous and is_back_reference(src):
        return previous  # "the agency said", "the same ministry": the body named before
    first = words[0].lower()
    if first in _NOT_SOURCE_START or any(ch.isdigit() for ch in src):
        return None
    while len(words) > 1 and words[-1] in _TRAILING_AUX:
        words = words[:-1]  # "according to the UN has said": the UN
        src = " ".join(words)
    words = _source_tail(words)
    src = " ".join(words)
    if not _is_source(src):
        return None
    if (
        not any(w[0].isupper() for w in words)
        and first not in ("a", "an", "the")
        and (len(words) > 4 or words[-1].lower() not in _SOURCE_NOUNS)
    ):
        return None
    return src


_RULER = {"rebels": "rebel", "kurds": "kurdish"}
_EVENT_ROLE = {"captured": "offensive", "lost": "offensive"}


_WAR_START_RE = re.compile(
    r"(?i)\b(?:began|begun|begins|begin|beginning|started|starts|start|erupted|erupts|eruption"
    r"|broke\s+out|breaking\s+out|outbreak|onset|launched|outset|dawn|flared|sparked|ignited"
    r"|erupting|starting)\b"
    # "locked in a civil war since early 2011": a war running since a date began then
    r"|\b(?:war|conflict|uprising|revolution)\b[^,;.]{0,40}\bsince\s+"
    r"(?:(?:early|late|mid)[\s-]*)?$"
)
_WAR_START_REACH = 80


def _starts_war(sentence: str, start: int, end: int, lo: int, hi: int) -> bool:
    """Whether the sentence says the war began at this date: a start word just before it
    ("the war that began in 2011", "since the start of the war in March 2011") or right after
    it ("in 2011, when the war broke out"). Other dates in a war sentence date other things."""
    before = sentence[max(lo, start - _WAR_START_REACH) : start]
    after = sentence[end : min(hi, end + 40)].lstrip(" ,")
    if after.lower().startswith("when "):
        after = after[: after.find(",") % (len(after) + 1)]  # "in 2011, when the war began"
        return bool(_WAR_START_RE.search(before) or _WAR_START_RE.search(after))
    return bool(_WAR_START_RE.search(before) or _WAR_START_RE.match(after))


def event_of(
    sentence: str, start: int, end: int, toks: list[Token] | None = None, kind: str = "duration"
) -> str | None:
    """What a date or duration belongs to: the event noun next to it, else the act it dates.

    Nouns inside the figure's phrase win ("a two-week-long major offensive", "six years of
    conflict", "under rebel control for five years"); durations of capturing ground are the
    offensive's.
    """
    toks = tokens(sentence) if toks is None else toks
    lo, hi = _clause_bounds(sentence, start, end)
    left, right = _window(toks, start, end, lo, hi, 12)
    # "six years of war" lasts as long as the war; a date is the war's only if it started it.
    war_ok = kind != "date" or _starts_war(sentence, start, end, lo, hi)
    for t in right[:5]:
        if t.lower in _EVENTS and (war_ok or _EVENTS[t.lower] != "war"):
            return _EVENTS[t.lower]
    for i, t in enumerate(left[:12]):
        if t.lower in ("control", "rule"):
            side = next((_actor(x.lower) for x in left[i + 1 : i + 4] if _actor(x.lower)), None)
            return f"{_RULER.get(side or '', side or '')} rule".strip()
        if t.lower in _EVENTS and (war_ok or _EVENTS[t.lower] != "war"):
            return _EVENTS[t.lower]
    found = _role_token(sentence, start, end, toks, wide=True)
    if found and found[1] == "controlled":
        side = next((a for i in range(found[0] - 1, -1, -1) if (a := _actor_at(toks, i))), None)
        return f"{_RULER.get(side or '', side)} rule" if side else None
    return _EVENT_ROLE.get(found[1]) if found else None


def is_cumulative(sentence: str, start: int, end: int, role: str | None, kind: str) -> bool:
    """Measures that can only grow: captured ground, tolls, totals "since" a date or "so far".

    The present perfect alone ("20 have been killed") is how news reports any fresh event, so
    it does not make a figure a running total.
    """
    if role == "captured" and kind == "percent":
        return True
    if kind not in ("count", "money"):
        return False  # a rate or share may fall: "the first reading below 9% since August"
    lo, hi = _clause_bounds(sentence, start, end)
    stop = _OWN_CLAUSE_END_RE.search(sentence, end, hi)
    hi = stop.start() if stop else hi
    return bool(
        _CUMULATIVE_RE.search(sentence, lo, hi)
        or (kind == "count" and _RISEN_RE.search(sentence, lo, hi))
    )


def mask(sentence: str, start: int, end: int, placeholder: str = "[NUM]") -> str:
    """The sentence with the figure replaced: what gets embedded, so values never drive matching."""
    return sentence[:start] + placeholder + sentence[end:]


def distance_target(sentence: str, end: int) -> str | None:
    """What a distance is measured to: "within a kilometer of the ancient citadel"."""
    m = _DISTANCE_TARGET_RE.match(sentence[end:])
    return m.group(1) if m else None


def measure_of(
    kind: str,
    subject: str | None,
    role: str | None,
    place: str | None,
    holder: str | None,
    event: str | None,
    scope: str | None = None,
    target: str | None = None,
) -> str:
    """A short human description of what is measured, for reports and group titles."""
    where = f" in {place}" if place else ""
    if kind == "percent" and subject == "territory":
        area = f"{scope}-held {place or 'territory'}" if scope else place or "the territory"
        verb = {"captured": "taken", "controlled": "held", "remaining": "held"}.get(
            role or "", "held"
        )
        by = f" by the {holder}" if holder else ""
        return f"share of {area} {verb}{by}"
    if kind == "percent":
        return f"share of {subject or 'total'}{' ' + role if role else ''}{where}"
    if kind == "duration":
        return f"duration of the {event or role or 'period'}{where}"
    if kind == "date":
        return f"date of the {event or role or 'event'}{where}"
    if kind == "distance":
        return f"distance to {target}" if target else f"distance{where}"
    parts = [subject or ("people" if role in _CASUALTY else "number"), role or ""]
    return " ".join(p for p in parts if p) + where


_THINGS = _words(
    """incidents incident attacks attack strikes strike airstrikes raids raid shells shell
    barrels bombs bomb rockets rocket missiles missile mortars vehicles vehicle tanks tank
    positions buildings houses homes hospitals schools words times days hours weeks months
    years kilometres kilometers miles trucks convoys sorties targets"""
)
_CASUALTY = frozenset({"killed", "injured", "casualties", "fled", "evacuated", "trapped"})
_SCOPE_NAME = {"rebels": "rebel", "government": "government"}


_PART_OF_RE = re.compile(
    r"(?i)\b(?:including|among\s+them|among\s+whom|of\s+them|of\s+whom|among)\s+"
    r"(?:(?:[\w'-]+,?\s+){1,3}and\s+)?"  # "among them four women and four children"
    r"(?:at\s+least\s+|some\s+|about\s+|nearly\s+)?$"
)


def is_part(sentence: str, start: int) -> bool:
    """A figure introduced as a part of the one before ("including 4 children"): its noun is
    the part's, so later elided counts ("and injured 30") must not take it."""
    return bool(_PART_OF_RE.search(sentence, max(0, start - 48), start))


def describe(
    sentence: str,
    start: int,
    end: int,
    kind: str,
    *,
    noun: str = "",
    city: str | None = None,
    previous_subject: str | None = None,
    attribution: str | None = None,
    toks: list[Token] | None = None,
    found_places: list[tuple[int, str]] | None = None,
    previous_role: str | None = None,
) -> Meaning:
    """Read every field of one figure at ``sentence[start:end]``; offsets are in the sentence.

    ``toks`` and ``found_places`` let a caller with several figures per sentence compute them once.
    """
    toks = tokens(sentence) if toks is None else toks
    holder = None
    role = role_of(sentence, start, end, toks)
    if previous_role and _PART_OF_RE.search(sentence, max(0, start - 48), start):
        role = previous_role  # "killed 86, including 30 children": the part shares the role
    subject = subject_of(sentence, start, end, kind, noun, previous_subject)
    if subject in _ROLE_WORDS and kind == "count":
        role, subject = _ROLE_WORDS[subject], "people"  # "11 dead", "25 wounded"
    if role in _CASUALTY and (subject in _TERRITORY or subject in _THINGS):
        role = None  # "attacks on two villages ... killed 40": the villages were not killed
    scope = None
    if kind == "percent" and (subject == "territory" or role in ("captured", "controlled")):
        holder, role = holder_of(sentence, start, end, toks)
        subject = subject or "territory"
        scope = _SCOPE_NAME.get(scope_owner(sentence, start, end) or "")
    elif role == "lost":
        role = "captured"
    if kind == "count" and holder is None and _is_population(subject, role):
        holder = population_holder(sentence, start, end, role)
    place = place_of(sentence, start, end, city, found_places)
    event = event_of(sentence, start, end, toks, kind) if kind in ("date", "duration") else None
    if kind in ("date", "duration"):
        subject, role = event, None
    if kind == "count" and subject is None and role in _CASUALTY:
        subject = "people"
    cumulative = is_cumulative(sentence, start, end, role, kind)
    target = distance_target(sentence, end) if kind == "distance" else None
    if kind == "distance":
        subject = target
    measure = measure_of(kind, subject, role, place, holder, event, scope, target)
    return Meaning(
        subject=subject,
        role=role,
        place=place,
        attribution=attribution,
        measure=measure,
        event=event,
        holder=holder,
        cumulative=cumulative,
        context=mask(sentence, start, end),
    )
