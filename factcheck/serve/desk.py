"""What the review desk shows and does, over one store, without any HTTP in it.

Every page is built from the library's own pieces: ``snapshot`` reads the corpus, the
report's ``conflicts`` ranks the queue exactly as ``factcheck conflicts`` does, its views cut
sentences around figures and draw the timeline charts, ``review`` records a decision as the
CLI does and ``add`` runs the same pipeline as ``factcheck add``. All store work happens on
one thread (the app hands it over), so one connection serves the whole session and the
snapshot is kept until the store changes, from this desk or from any other process.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from factcheck.model import (
    Article,
    CheckResult,
    Claim,
    Delta,
    Group,
    Relation,
    Review,
    sha256_text,
)
from factcheck.pipeline import add as add_articles
from factcheck.pipeline import restore_review, review, snapshot, with_reviews
from factcheck.report.jsonreport import conflicts as ranked_conflicts
from factcheck.report.jsonreport import is_dismissed, latest_reviews
from factcheck.report.view import (
    STATUS_ORDER,
    UNKNOWN_OUTLET,
    fmt_span,
    outlet_of,
    side_view,
    timeline,
)
from factcheck.store import Store

PAGE_SIZE = 50  # queue items per page: a screenful of decisions, and a fast page on FA-KES
MAX_NOTE = 2000  # characters: a reason for the next reviewer, not an essay
MAX_NAME = 100
# The formats `factcheck add` reads from a file.
UPLOAD_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".html", ".htm")
UPLOAD_SUFFIXES += (".csv", ".tsv", ".jsonl", ".ndjson", ".json")


class DeskError(Exception):
    """A request the desk refuses; ``status`` is the HTTP status the app answers with."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def _measures(result: CheckResult) -> list[dict[str, Any]]:
    """The measures of a corpus (``factcheck.measures``), largest first, conflicts first."""
    ranked = sorted(
        result.measures, key=lambda m: (-len(m.claims), STATUS_ORDER.get(m.status, 9), m.id)
    )
    return [
        {
            "id": m.id,
            "name": m.name or "(unnamed measure)",
            "status": m.status,
            "claims": m.claims,
            "shown": frozenset(m.relations),
            "background": m.background,
            "sources": m.sources,
            "group": Group(m.id, m.name, m.claims, m.status),  # what the report's charts draw
        }
        for m in ranked
    ]


@dataclass(frozen=True)
class Filters:
    """The queue's filters, as the query string gives them (empty means any)."""

    measure: str = ""
    outlet: str = ""
    place: str = ""
    since: date | None = None
    until: date | None = None
    show_all: bool = False
    page: int = 1

    def query(self, **changes: Any) -> dict[str, str]:
        """These filters (with ``changes``) as query parameters, for links and redirects."""
        values = {
            "measure": self.measure,
            "outlet": self.outlet,
            "place": self.place,
            "from": self.since.isoformat() if self.since else "",
            "to": self.until.isoformat() if self.until else "",
            "all": "1" if self.show_all else "",
            "page": str(self.page) if self.page > 1 else "",
        }
        values.update({k: str(v) for k, v in changes.items()})
        return {k: v for k, v in values.items() if v}


def parse_filters(params: Mapping[str, str]) -> Filters:
    """Filters from query parameters; a malformed date or page is the user's error (400)."""

    def day(name: str) -> date | None:
        text = (params.get(name) or "").strip()
        if not text:
            return None
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise DeskError(400, f"{name}={text!r} is not a date (YYYY-MM-DD)") from None

    page_text = (params.get("page") or "1").strip()
    if not page_text.isdigit() or int(page_text) < 1:
        raise DeskError(400, f"page={page_text!r} is not a page number")
    return Filters(
        measure=(params.get("measure") or "").strip(),
        outlet=(params.get("outlet") or "").strip(),
        place=(params.get("place") or "").strip(),
        since=day("from"),
        until=day("to"),
        show_all=params.get("all") == "1",
        page=int(page_text),
    )


@dataclass
class _Cached:
    version: tuple[int, int]
    decisions: int
    result: CheckResult
    claims: dict[str, Claim]
    articles: dict[str, Article]
    measures: list[dict[str, Any]]
    measure_of: dict[str, dict[str, Any]]


@dataclass
class Desk:
    """The desk over one store. Not thread-safe by design: the app calls it from one thread."""

    db: Path
    model: str | None = None
    _store: Store | None = None
    _embedder: Any = None
    _cache: _Cached | None = None
    _writes: int = 0  # this desk's own adds, which data_version does not count
    _decisions: int = 0  # this desk's own decisions and undos (reviews only)
    _undo: dict[str, list[tuple[str, Review | None, Review]]] = field(default_factory=dict)

    # -- the store and its snapshot ------------------------------------------------------

    @property
    def store(self) -> Store:
        if self._store is None:
            self._store = Store(self.db)
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    def _state(self) -> _Cached:
        """The snapshot, re-read when the store changed; after only this desk's decisions,
        the claims are kept and just the reviews (and so the groups) are taken in again."""
        version = (self.store.data_version(), self._writes)
        cache = self._cache
        if cache is not None and cache.version == version and cache.decisions == self._decisions:
            return cache
        if cache is not None and cache.version == version:
            result = with_reviews(cache.result, self.store.reviews())
        else:
            result = snapshot(self.store)
        measures = _measures(result)
        self._cache = _Cached(
            version=version,
            decisions=self._decisions,
            result=result,
            claims={c.id: c for c in result.claims},
            articles={a.id: a for a in result.articles},
            measures=measures,
            measure_of={cid: m for m in measures for cid in m["claims"]},
        )
        return self._cache

    def _side(self, state: _Cached, claim_id: str) -> dict[str, Any]:
        claim = state.claims.get(claim_id)
        article = state.articles.get(claim.article) if claim else None
        side = side_view(claim, claim_id, article)
        side["place"] = (claim.place or "") if claim else ""
        side["when_or_published"] = side["when"] or side["published"]
        return side

    # -- the queue -----------------------------------------------------------------------

    def queue(self, filters: Filters) -> dict[str, Any]:
        """Open conflicts (all of them with ``show_all``) in ``factcheck conflicts`` order."""
        state = self._state()
        rows = ranked_conflicts(state.result, include_dismissed=filters.show_all)
        choices = self._choices(state, rows)
        picked = [r for r in rows if self._keep(state, r, filters)]
        pages = max(1, -(-len(picked) // PAGE_SIZE))
        if filters.page > pages:
            raise DeskError(404, f"page {filters.page} does not exist; there are {pages}")
        start = (filters.page - 1) * PAGE_SIZE
        items = [self._item(state, r) for r in picked[start : start + PAGE_SIZE]]
        return {
            "conflicts": items,
            "total": len(picked),
            "open_total": sum(1 for r in rows if not r["dismissed"]),
            "first": start + 1,
            "page": filters.page,
            "pages": pages,
            "choices": choices,
        }

    def _measure_for(self, state: _Cached, row: Mapping[str, Any]) -> dict[str, Any] | None:
        return state.measure_of.get(row["a"]["claim"]) or state.measure_of.get(row["b"]["claim"])

    def _choices(self, state: _Cached, rows: list[dict[str, Any]]) -> dict[str, list[Any]]:
        """The values each filter can take among these conflicts, for the filter menus."""
        measures: dict[str, str] = {}
        outlets: set[str] = set()
        places: set[str] = set()
        for row in rows:
            measure = self._measure_for(state, row)
            if measure:
                measures[measure["id"]] = measure["name"]
            for key in ("a", "b"):
                claim = state.claims.get(row[key]["claim"])
                outlets.add(outlet_of(state.articles.get(claim.article) if claim else None))
                if claim and claim.place:
                    places.add(claim.place)
        return {
            "measures": sorted(measures.items(), key=lambda kv: (kv[1].lower(), kv[0])),
            "outlets": sorted(outlets, key=str.lower),
            "places": sorted(places, key=str.lower),
        }

    def _keep(self, state: _Cached, row: Mapping[str, Any], f: Filters) -> bool:
        if f.measure:
            measure = self._measure_for(state, row)
            if not measure or measure["id"] != f.measure:
                return False
        sides = [state.claims.get(row[k]["claim"]) for k in ("a", "b")]
        claims = [c for c in sides if c is not None]
        if f.outlet and not any(
            outlet_of(state.articles.get(c.article)) == f.outlet for c in claims
        ):
            return False
        if f.place and not any(c.place == f.place for c in claims):
            return False
        if f.since or f.until:
            return any(self._in_dates(state, c, f.since, f.until) for c in claims)
        return True

    @staticmethod
    def _in_dates(state: _Cached, claim: Claim, since: date | None, until: date | None) -> bool:
        """The figure's as-of span (else its article's date) overlaps the chosen days."""
        if claim.as_of is not None:
            start, end = claim.as_of.start, claim.as_of.end
        else:
            article = state.articles.get(claim.article)
            if article is None or article.published is None:
                return False
            start = end = article.published
        return (since is None or end >= since) and (until is None or start <= until)

    def _item(self, state: _Cached, row: Mapping[str, Any]) -> dict[str, Any]:
        measure = self._measure_for(state, row)
        return {
            "id": row["id"],
            "confidence": f"{row['confidence'] or 0:.2f}",
            "reason": row["reason"],
            "a": self._side(state, row["a"]["claim"]),
            "b": self._side(state, row["b"]["claim"]),
            "review": row["review"],
            "dismissed": row["dismissed"],
            "measure": measure,
            "priority": row["priority"],
        }

    # -- decisions -----------------------------------------------------------------------

    def decide(
        self, session: str, relation_id: str, decision: str, note: str, reviewer: str
    ) -> Review:
        """Record a decision as ``factcheck review`` does, remembering what it replaced."""
        if decision not in ("accepted", "dismissed"):
            raise DeskError(400, "decision must be accepted or dismissed")
        note, reviewer = note.strip(), " ".join(reviewer.split())
        if not reviewer:
            raise DeskError(400, "give a reviewer name: decisions say who made them")
        if len(note) > MAX_NOTE or len(reviewer) > MAX_NAME:
            raise DeskError(400, f"note over {MAX_NOTE} or name over {MAX_NAME} characters")
        if not self.store.relation_exists(relation_id):
            raise DeskError(404, f"no relation with id {relation_id!r} in this store")
        previous = latest_reviews(self.store.reviews()).get(relation_id)
        item = review(self.store, relation_id, decision, note, reviewer)
        self._decisions += 1
        self._undo.setdefault(session, []).append((relation_id, previous, item))
        return item

    def last_decision(self, session: str) -> Review | None:
        stack = self._undo.get(session)
        return stack[-1][2] if stack else None

    def undo(self, session: str) -> Review:
        """Put back what this browser's last decision replaced (the previous one, or none)."""
        stack = self._undo.get(session)
        if not stack:
            raise DeskError(409, "nothing to undo: this browser has made no decision yet")
        relation_id, previous, item = stack[-1]
        current = latest_reviews(self.store.reviews()).get(relation_id)
        if current != item:
            stack.pop()
            raise DeskError(409, f"{relation_id} was decided again elsewhere; not undone")
        restore_review(self.store, relation_id, previous)
        self._decisions += 1
        stack.pop()
        return item

    # -- measures ------------------------------------------------------------------------

    def measures(self) -> list[dict[str, Any]]:
        return self._state().measures

    def measure(self, measure_id: str) -> dict[str, Any]:
        """One measure: its chart (the report's), its figures by source, its relations."""
        from factcheck.report.charts import group_chart_svg, outlet_colors

        state = self._state()
        found = next((m for m in state.measures if m["id"] == measure_id), None)
        if found is None:
            raise DeskError(404, f"no measure with id {measure_id!r} in this store")
        colors = outlet_colors([outlet_of(a) for a in state.result.articles] + [UNKNOWN_OUTLET])
        svg, skipped = group_chart_svg(
            found["group"], state.claims, state.articles, colors, uid="chart-measure"
        )
        reviews = latest_reviews(state.result.reviews)
        relations = [r for r in state.result.relations if r.id in found["shown"]]
        replaced = {
            r.source: state.claims[r.target].mention
            for r in relations
            if r.revision and r.target in state.claims and not is_dismissed(r, reviews)
        }
        rows = timeline(found["group"], state.claims, state.articles, replaced)
        by_source: dict[str, list[dict[str, Any]]] = {}
        for r in rows:
            by_source.setdefault(r["outlet"], []).append(r)
        return {
            "measure": found,
            "svg": svg,
            "skipped": skipped,
            "sources": sorted(by_source.items(), key=lambda kv: (-len(kv[1]), kv[0])),
            "conflicts": self._relations(state, relations, "contradicts", reviews),
            "agreements": self._relations(state, relations, "agrees", reviews),
            "updates": self._relations(state, relations, "updates", reviews),
            "revisions": [
                r for r in self._relations(state, relations, "updates", reviews) if r["revision"]
            ],
        }

    def _relations(
        self,
        state: _Cached,
        relations: Iterable[Relation],
        kind: str,
        reviews: Mapping[str, Review],
    ) -> list[dict[str, Any]]:
        picked = sorted((r for r in relations if r.type == kind), key=lambda r: -r.confidence)
        return [
            {
                "id": r.id,
                "type": r.type,
                "revision": r.revision,
                "reason": r.reason,
                "confidence": f"{r.confidence:.2f}",
                "a": self._side(state, r.source),
                "b": self._side(state, r.target),
                "review": reviews.get(r.id),
                "dismissed": is_dismissed(r, reviews),
            }
            for r in picked
        ]

    # -- articles ------------------------------------------------------------------------

    def article(self, article_id: str, target: str = "") -> dict[str, Any]:
        """The whole text with every figure marked; ``target`` is the claim to point at."""
        state = self._state()
        article = state.articles.get(article_id)
        if article is None:
            raise DeskError(404, f"no article with id {article_id!r} in this store")
        claims = sorted(
            (c for c in state.result.claims if c.article == article_id), key=lambda c: c.start
        )
        segments: list[dict[str, Any]] = []
        pos = 0
        for c in claims:
            if c.start < pos or article.body[c.start : c.end] != c.mention:
                continue  # overlapping or displaced offsets: leave the text unmarked there
            segments.append({"text": article.body[pos : c.start], "claim": None})
            segments.append({"text": c.mention, "claim": c, "target": c.id == target})
            pos = c.end
        segments.append({"text": article.body[pos:], "claim": None})
        return {
            "article": article,
            "outlet": outlet_of(article),
            "segments": segments,
            "claims": [
                {
                    "claim": c,
                    "figure": side_view(c, c.id, article)["figure"],
                    "when": fmt_span(c.as_of),
                }
                for c in claims
            ],
            "measure_of": {c.id: state.measure_of.get(c.id) for c in claims},
        }

    # -- adding --------------------------------------------------------------------------

    def _get_embedder(self) -> Any:
        if self._embedder is None:
            from factcheck.embed import make_embedder

            self._embedder = make_embedder(self.model, self.store)
        return self._embedder

    def add_paste(self, title: str, outlet: str, published: str, text: str) -> dict[str, Any]:
        """A pasted article, read as a Markdown file with front matter is read by ``add``."""
        if not text.strip():
            raise DeskError(400, "paste the article text (nothing was given)")
        if published.strip():
            try:
                date.fromisoformat(published.strip())
            except ValueError:
                raise DeskError(400, f"date {published!r} is not a date (YYYY-MM-DD)") from None
        # As a .md file's front matter: an explicit title is taken as given (quotes round a
        # value are dropped, as for any front matter), else the text's own lines decide.
        front = {"title": title, "outlet": outlet, "date": published}
        lines = [f"{k}: {' '.join(v.split())}" for k, v in front.items() if v.strip()]
        body = "---\n" + "\n".join(lines) + "\n---\n\n" if lines else ""
        name = f"pasted-{sha256_text(title + outlet + published + text)[:10]}.md"
        return self._add_files([(name, (body + text).encode("utf-8"))])

    def add_uploads(self, files: list[tuple[str, bytes]]) -> dict[str, Any]:
        if not files:
            raise DeskError(400, "choose at least one file to upload")
        return self._add_files(files)

    def _add_files(self, files: list[tuple[str, bytes]]) -> dict[str, Any]:
        """Write the files to a private folder and hand them to the add pipeline."""
        with tempfile.TemporaryDirectory(prefix="factcheck-desk-") as tmp:
            folder = Path(tmp)
            paths = []
            for n, (name, data) in enumerate(files):
                safe = _safe_name(name)
                if Path(safe).suffix.lower() not in UPLOAD_SUFFIXES:
                    raise DeskError(
                        415,
                        f"{name}: not a format factcheck add reads ({', '.join(UPLOAD_SUFFIXES)})",
                    )
                path = folder / f"{n}" / safe
                path.parent.mkdir()
                path.write_bytes(data)
                paths.append(path)
            store = self.store
            delta = add_articles(store, paths, self._get_embedder())
            self._writes += 1
            errors = [_strip_folder(e, folder) for e in delta.errors]
            warnings = [_strip_folder(w, folder) for w in delta.warnings]
        if not delta.added and not delta.unchanged:
            raise DeskError(400, "nothing could be added: " + "; ".join(errors))
        return self._delta_view(delta, errors, warnings)

    def _delta_view(self, delta: Delta, errors: list[str], warnings: list[str]) -> dict[str, Any]:
        state = self._state()
        reviews = latest_reviews(state.result.reviews)
        return {
            "added": [state.articles.get(a.id, a) for a in delta.added],
            "unchanged": list(delta.unchanged),
            "claims": len(delta.claims),
            "contradicts": self._relations(state, delta.relations, "contradicts", reviews),
            "agrees": self._relations(state, delta.relations, "agrees", reviews),
            "updates": self._relations(state, delta.relations, "updates", reviews),
            "errors": errors,
            "warnings": warnings,
        }


_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def _safe_name(name: str) -> str:
    """An uploaded file's own name, reduced to a plain file name (no folders, no tricks)."""
    base = Path(name.replace("\\", "/")).name
    cleaned = _UNSAFE.sub("-", base).strip(".-")[:120]
    return cleaned or "upload.txt"


def _strip_folder(line: str, folder: Path) -> str:
    """Error lines name the uploaded file, not the private folder it was written to."""
    return re.sub(re.escape(str(folder)) + r"/\d+/", "", line)
