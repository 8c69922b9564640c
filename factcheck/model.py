"""The data every stage passes on: frozen, so a stage can never change what another produced.

Stages talk only through these types; the store and the JSON report serialise them.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date

KINDS = ("percent", "count", "date", "duration", "distance", "money", "other")
MODALITIES = ("reported", "estimated", "forecast", "conditional", "negated", "question")
ASSERTED = frozenset({"reported", "estimated"})  # only these figures can conflict
RELATION_TYPES = ("agrees", "contradicts", "updates")
GROUP_STATUSES = ("consistent", "conflicting", "evolving")
DECISIONS = ("accepted", "dismissed")


def sha256_text(text: str) -> str:
    """Content hashes key articles and cached vectors, so identical text is never stored twice."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def short_id(*parts: object, length: int = 16) -> str:
    """Stable ids from content, so ids survive re-runs and reviews stay attached."""
    joined = "\x1f".join(str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:length]


@dataclass(frozen=True)
class DateSpan:
    """A day or a span of days; relative dates ("last week") are spans, not points."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"date span ends before it starts: {self.start} > {self.end}")

    @classmethod
    def day(cls, d: date) -> DateSpan:
        return cls(d, d)

    def overlaps(self, other: DateSpan) -> bool:
        return self.start <= other.end and other.start <= self.end

    def to_dict(self) -> dict[str, str]:
        return {"start": self.start.isoformat(), "end": self.end.isoformat()}


@dataclass(frozen=True)
class Article:
    """One news article after ingest: boilerplate gone, date resolved or marked unknown."""

    id: str
    title: str
    body: str
    published: date | None
    outlet: str | None = None
    path: str | None = None
    # how the date was found: dateline, body, weekday-inferred, column, unknown
    date_source: str = "unknown"
    warnings: tuple[str, ...] = ()

    @property
    def content_hash(self) -> str:
        """Same text from another outlet or day is another report of it, so both count."""
        published = self.published.isoformat() if self.published else ""
        return sha256_text("\n".join((self.title, self.body, self.outlet or "", published)))


@dataclass(frozen=True)
class Stated:
    """The figure exactly as the text gave it, before hedging and unit normalisation."""

    value: float | None
    low: float | None
    high: float | None
    unit: str


@dataclass(frozen=True)
class Claim:
    """One checkable figure with what it measures, where, when and on whose word.

    value/low/high are normalised (percent in %, km, days, units of things); for dates the
    value lives in ``as_of``. The structured fields (subject, role, holder, event, cumulative)
    decide whether two claims measure the same thing; ``context`` is what gets embedded.
    """

    id: str
    article: str
    mention: str
    sentence: str
    start: int
    end: int
    kind: str
    value: float | None
    low: float | None
    high: float | None
    unit: str
    stated: Stated
    measure: str = ""
    as_of: DateSpan | None = None
    place: str | None = None
    attribution: str | None = None
    subject: str | None = None  # thing counted or measured: civilians, territory, offensive
    role: str | None = None  # killed, injured, fled, captured, controlled, remaining, ...
    holder: str | None = None  # whose share, for shares of territory: government, rebels
    event: str | None = None  # for dates and durations: what happened or lasted
    cumulative: bool = False  # can only grow (captured territory, a toll "since" a date)
    approximate: bool = False  # hedged or vague ("about", "dozens")
    context: str = ""  # sentence with the figure masked, for embedding
    # asserted or not: reported, estimated, forecast, conditional, negated, question
    modality: str = "reported"
    background: bool = False  # a setting figure (a population, the year a war began)
    window: DateSpan | None = None  # span it accumulated over ("in the past two weeks")
    # when a toll dated by its event was told ("killed on Sunday", in Tuesday's report, or
    # said on Monday): a later telling of a higher toll of one incident is an update
    told: DateSpan | None = None
    predicate: str | None = None  # lemma of the verb that governs the figure ("kill", "rise")
    warnings: tuple[str, ...] = ()  # what could not be read (a sentence the parser failed on)

    @staticmethod
    def make_id(article_id: str, start: int, end: int, kind: str) -> str:
        return short_id("claim", article_id, start, end, kind)

    @property
    def embedding_text(self) -> str:
        """What the embedder sees: the masked context, so the figure itself never sways it."""
        return self.context or self.sentence


@dataclass(frozen=True)
class Relation:
    """A judged link between two claims of the same measure.

    ``revision`` marks an ``updates`` edge whose target replaces its source for the same
    reference period or incident (a statistic revised, a toll corrected): the target
    supersedes, and the pair is no open conflict (DESIGN.md, Relations).
    """

    source: str
    target: str
    type: str
    confidence: float
    reason: str
    id: str = ""
    revision: bool = False

    def __post_init__(self) -> None:
        if self.type not in RELATION_TYPES:
            raise ValueError(f"unknown relation type {self.type!r}")
        if self.revision and self.type != "updates":
            raise ValueError("only an updates relation can be a revision")
        if not self.id:
            a, b = sorted((self.source, self.target))
            object.__setattr__(self, "id", short_id("rel", a, b, length=12))


@dataclass(frozen=True)
class Group:
    """Claims of one measure, with whether they agree, conflict or tell a timeline."""

    id: str
    measure: str
    claims: tuple[str, ...]
    status: str


@dataclass(frozen=True)
class Measure:
    """What several claims are about, with the edges a reader needs (factcheck.measures).

    ``claims`` are in time order; ``relations`` are the shown edges: every conflict, and
    spanning forests of agreements and updates (a timeline, not every pair).
    """

    id: str
    name: str
    claims: tuple[str, ...]
    status: str  # consistent, conflicting or evolving
    background: bool  # every figure describes the setting (a population, a war's start)
    sources: int  # distinct sources (attribution, else article)
    latest: str  # the claim with the latest as-of date: the current figure
    relations: tuple[str, ...]
    superseded: tuple[str, ...] = ()  # claims a revision replaced: shown, no longer current


@dataclass(frozen=True)
class Inconsistency:
    """Something an article gets wrong on its own terms, e.g. a weekday that does not fit."""

    article: str
    kind: str
    message: str
    mention: str = ""
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class Review:
    """A reviewer's decision on a relation; it outlives re-runs because relation ids are stable."""

    relation: str
    decision: str
    note: str = ""
    decided_at: str = ""
    reviewer: str = ""  # who decided (the review desk asks for it; the CLI leaves it empty)


@dataclass(frozen=True)
class ModelInfo:
    """Which embedding model made the vectors; vectors of two models are never compared."""

    name: str
    weights_sha256: str = ""


@dataclass(frozen=True)
class CheckResult:
    """Everything a report needs: one consistent snapshot of the corpus and its judgements."""

    articles: tuple[Article, ...]
    claims: tuple[Claim, ...]
    relations: tuple[Relation, ...]
    groups: tuple[Group, ...] = ()
    inconsistencies: tuple[Inconsistency, ...] = ()
    measures: tuple[Measure, ...] = ()
    reviews: tuple[Review, ...] = ()
    model: ModelInfo | None = None


@dataclass(frozen=True)
class Delta:
    """What an add changed, so a user sees at once what a new article confirms or contradicts."""

    added: tuple[Article, ...] = ()
    unchanged: tuple[str, ...] = ()  # paths or ids whose content was already stored
    claims: tuple[Claim, ...] = ()
    relations: tuple[Relation, ...] = ()
    errors: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class BulkSummary:
    """What a bulk add did, batch by batch: counts for the closing line, errors by row."""

    articles: int = 0  # added in this run
    unchanged: int = 0  # already stored (by content), or in a batch an earlier run finished
    claims: int = 0
    relations: int = 0
    errors: tuple[str, ...] = ()  # "file:row N: why", one per refused row or file
    seconds: float = 0.0
    batches: int = 0  # committed in this run
    resumed: int = 0  # batches skipped because an earlier run committed them
    engine: str = "local"
    workers: int = 1


@dataclass(frozen=True)
class Quantity:
    """A figure found in text, before it is given a meaning: the number parser's output.

    For ``kind == "date"`` the value lives in ``when``; every other kind carries a normalised
    interval (low, high) around ``value`` and the figure as written in ``stated``.
    """

    start: int
    end: int
    mention: str
    kind: str
    value: float | None
    low: float | None
    high: float | None
    unit: str
    stated: Stated
    approximate: bool = False
    when: DateSpan | None = None
    noun: str = ""  # the word the figure counts or measures, when it follows directly


# --------------------------------------------------------------------------------------------
# Extraction's working types: positions and readings the extract stage passes between modules.
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SentenceSpan:
    """A sentence as body offsets plus its paragraph index: claims must point into the body."""

    start: int
    end: int
    paragraph: int


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A calendar date found in text: where it is written and which days it covers."""

    start: int
    end: int
    span: DateSpan
    vague: bool = False  # "early/mid/late": a part of a period whose edges readers do not fix


@dataclass(frozen=True, slots=True)
class TimeRef:
    """A resolved time expression: where, the days it covers, its grain (day, week, month,
    year), whether it is a "since" (which makes a figure a running total) and whether it counts
    back from the story's present ("a year earlier", "the previous day")."""

    start: int
    end: int
    mention: str
    span: DateSpan
    grain: str
    since: bool = False
    back: bool = False


@dataclass(frozen=True, slots=True)
class WeekdayMismatch:
    """A weekday written next to a date that falls on another day: the article contradicts
    itself."""

    start: int
    end: int
    mention: str
    message: str


@dataclass(frozen=True, slots=True)
class Token:
    """A word of a sentence with its offsets inside the sentence, for windowed reading."""

    start: int
    end: int
    lower: str
    text: str


@dataclass(frozen=True, slots=True)
class Meaning:
    """The structured reading of one figure; the extractor copies it into a Claim."""

    subject: str | None
    role: str | None
    place: str | None
    attribution: str | None
    measure: str
    event: str | None
    holder: str | None
    cumulative: bool
    context: str
