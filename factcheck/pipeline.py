"""The library's verbs: add articles, check a corpus, remove, review.

Each verb is one function the CLI calls. Work that is slow (reading, extracting, embedding) is
done before the write lock is taken; everything a verb writes lands in one transaction, so a
killed process or a bad file leaves the store as it was.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

import numpy as np

from factcheck import measures, pairs
from factcheck.embed import OVERLAP_TEXTS, Embedder, embed_alongside, embed_cached
from factcheck.extract import (
    EXTRACTOR_VERSION,
    check_article,
    claims_to_dicts,
    extract_many,
    extract_text,
    extract_texts,
)
from factcheck.index import neighbours, refresh
from factcheck.ingest import read_paths, read_text
from factcheck.model import (
    DECISIONS,
    Article,
    CheckResult,
    Claim,
    Delta,
    Inconsistency,
    ModelInfo,
    Relation,
    Review,
    sha256_text,
)
from factcheck.relate import RELATE_VERSION, group, relate
from factcheck.store import Store
from factcheck.verdicts import load as load_verdicts

# A progress sink: called with a stage description and a total, returns an "advance by n" function.
Progress = Callable[[str, int], Callable[[int], None]]


class PipelineError(Exception):
    """A request that cannot be carried out (unknown article or relation id, nothing to read)."""


def no_progress(description: str, total: int) -> Callable[[int], None]:
    return lambda n: None


def _failpoint(name: str) -> None:
    """Crash here on request (FACTCHECK_FAILPOINT=name): lets tests kill an add mid-way."""
    if os.environ.get("FACTCHECK_FAILPOINT") == name:
        os.kill(os.getpid(), signal.SIGKILL)


def model_key(info: ModelInfo) -> str:
    """Cache key of a model: its name and weights, so two models' vectors never mix."""
    return f"{info.name}@{info.weights_sha256[:16]}" if info.weights_sha256 else info.name


def _state_key(info: ModelInfo) -> str:
    return f"{EXTRACTOR_VERSION}|{RELATE_VERSION}|{model_key(info)}"


class _KeyedEmbedder:
    """Presents an embedder under its cache key, so the store keys vectors by model and weights."""

    def __init__(self, inner: Embedder) -> None:
        self.inner = inner
        self._info = ModelInfo(name=model_key(inner.info), weights_sha256=inner.info.weights_sha256)

    @property
    def info(self) -> ModelInfo:
        return self._info

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        return self.inner.encode(texts)

    def use_threads(self, threads: int | None) -> None:
        setter = getattr(self.inner, "use_threads", None)
        if setter is not None:
            setter(threads)


def _extract_all(
    articles: Sequence[Article], progress: Progress
) -> tuple[list[Claim], list[tuple[str, list[Inconsistency]]]]:
    advance = progress("Extracting claims", len(articles))
    claims: list[Claim] = []
    problems: list[tuple[str, list[Inconsistency]]] = []
    for article, found in zip(articles, extract_many(articles), strict=True):
        claims.extend(found)
        problems.append((article.id, check_article(article)))
        advance(1)
    return claims, problems


def _extract_embedded(
    store: Store, embedder: Embedder, articles: Sequence[Article], progress: Progress
) -> tuple[list[Claim], list[tuple[str, list[Inconsistency]]], dict[str, np.ndarray]]:
    """Claims, inconsistencies and new vectors of ``articles``: each group of articles is
    encoded while the next is extracted (``embed_alongside``)."""
    advance = progress("Extracting and embedding claims", len(articles))
    claims: list[Claim] = []
    problems: list[tuple[str, list[Inconsistency]]] = []
    sizes: list[int] = []

    def groups() -> Iterator[list[str]]:
        texts: list[str] = []
        count = 0
        for article, found in zip(articles, extract_many(articles), strict=True):
            claims.extend(found)
            problems.append((article.id, check_article(article)))
            texts.extend(c.embedding_text for c in found)
            count += 1
            # the first texts go at once: the encoder loads its model while the parse goes on
            if len(texts) >= OVERLAP_TEXTS or (texts and not sizes):
                sizes.append(count)
                yield texts
                texts, count = [], 0
        if count:
            sizes.append(count)
            yield texts

    fresh: dict[str, np.ndarray] = {}
    for n, found in embed_alongside(store, _KeyedEmbedder(embedder), groups()):
        fresh |= found
        advance(sizes[n])
    return claims, problems, fresh


def _embed(
    store: Store, embedder: Embedder, claims: Sequence[Claim], progress: Progress
) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    texts = [c.embedding_text for c in claims]
    advance = progress("Embedding claims", len(texts))
    return embed_cached(store, _KeyedEmbedder(embedder), texts, on_batch=advance)


def _corpus_vectors(store: Store, embedder: Embedder, claims: Sequence[Claim]) -> np.ndarray:
    """Vectors of stored claims, read from the cache (every stored claim has one)."""
    matrix, fresh = _embed(store, embedder, claims, no_progress)
    if fresh:
        store.put_vectors(model_key(embedder.info), fresh)
    return matrix


def sync(store: Store, embedder: Embedder, progress: Progress = no_progress) -> bool:
    """Re-derive claims and relations when the extractor, the matcher or the model changed.

    Returns True when anything was recomputed. Stored articles are the source of truth;
    claims, vectors and relations are derived from them and may be rebuilt at any time.
    """
    state = _state_key(embedder.info)
    if store.get_meta("derived_state") == state:
        return False
    # Rare (only after an upgrade or a model change), so it holds the write lock throughout:
    # an add running meanwhile must not have its claims judged against a stale corpus.
    with store.transaction():
        if store.get_meta("derived_state") == state:
            return False
        articles = store.articles()
        extracted = store.get_meta("extractor_version") == EXTRACTOR_VERSION
        claims, problems = (store.claims(), []) if extracted else _extract_all(articles, progress)
        matrix, fresh = _embed(store, embedder, claims, progress)
        relations = relate(claims, matrix) if claims else []
        if not extracted:
            by_article: dict[str, list[Claim]] = {a.id: [] for a in articles}
            for c in claims:
                by_article[c.article].append(c)
            for article_id, items in by_article.items():
                store.replace_claims(article_id, items)
            for article_id, found in problems:
                store.put_inconsistencies(article_id, found)
        store.put_vectors(model_key(embedder.info), fresh)
        store.replace_all_relations(relations)
        store.set_meta("extractor_version", EXTRACTOR_VERSION)
        store.set_meta("derived_state", state)
    return True


def release_free_memory() -> None:
    """Give the pages malloc holds free back to the system (glibc's ``malloc_trim``; a no-op
    elsewhere). The parse frees what it built article by article, but glibc keeps the freed
    heap and per-thread arenas mapped: after FA-KES's extraction and encoding, 370 MiB of the
    process's 1,263 MiB were such free pages, and relating then allocates anew on top of
    them (its candidate arrays are large enough to be mapped apart). Trimming between the
    two took the add's peak from 1,520 to 1,352 MiB, at no measurable cost in CPU time."""
    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (AttributeError, OSError, TypeError):  # not glibc (macOS, musl): nothing to give back
        return
    trim(0)


def _read(
    paths: Sequence[str | Path],
    store: Store,
    *,
    columns: Mapping[str, str] | None,
    stdin_text: str | None,
) -> tuple[list[Article], list[str]]:
    corpus_dates = store.published_dates()
    files = [p for p in paths if str(p) != "-"]
    articles, errors = (
        read_paths(files, columns=columns, corpus_dates=corpus_dates) if files else ([], [])
    )
    if any(str(p) == "-" for p in paths):
        text = stdin_text or ""
        try:
            articles.append(
                read_text(
                    text, article_id=f"stdin-{sha256_text(text)[:8]}", corpus_dates=corpus_dates
                )
            )
        except Exception as exc:  # ingest raises InputError with a one-line message
            errors.append(str(exc))
    return articles, errors


def _split_new(store: Store, articles: Iterable[Article]) -> tuple[list[Article], list[str]]:
    """New articles (ids made unique) and the ids of those whose content is already stored."""
    taken = store.article_ids()
    seen: dict[str, str] = {}
    new: list[Article] = []
    unchanged: list[str] = []
    for article in articles:
        h = article.content_hash
        existing = store.has_hash(h) or seen.get(h)
        if existing:
            unchanged.append(existing)
            continue
        article_id = article.id
        if article_id in taken:
            article_id = f"{article.id}-{h[:8]}"
            article = Article(**{**article.__dict__, "id": article_id})
        taken.add(article_id)
        seen[h] = article_id
        new.append(article)
    return new, unchanged


def add(
    store: Store,
    paths: Sequence[str | Path],
    embedder: Embedder,
    *,
    columns: Mapping[str, str] | None = None,
    stdin_text: str | None = None,
    progress: Progress = no_progress,
) -> Delta:
    """Add articles and relate only their claims to the corpus; one transaction for all of it.

    Nothing is re-derived (``sync``) unless something new is added: a rejected or repeated
    add leaves the store exactly as it was, whatever the model.
    """
    articles, errors = _read(paths, store, columns=columns, stdin_text=stdin_text)
    new, unchanged = _split_new(store, articles)
    if not new:
        return Delta(unchanged=tuple(unchanged), errors=tuple(errors))
    sync(store, embedder, progress)
    claims, problems, fresh = _extract_embedded(store, embedder, new, progress)
    release_free_memory()
    _failpoint("before-write")
    delta = commit(store, embedder, new, claims, problems, fresh)
    refresh(store, model_key(embedder.info))
    return replace(
        delta,
        unchanged=tuple(unchanged) + delta.unchanged,
        errors=tuple(errors),
        warnings=tuple(f"{a.id}: {w}" for a in delta.added for w in a.warnings),
    )


def commit(
    store: Store,
    embedder: Embedder,
    new: Sequence[Article],
    claims: Sequence[Claim],
    problems: Sequence[tuple[str, list[Inconsistency]]],
    fresh: Mapping[str, np.ndarray],
    *,
    relate_claims: bool = True,
) -> Delta:
    """Store extracted, embedded articles and relate their claims, in one transaction.

    The slow work (extraction, embedding) is done by the caller, in this process or on
    workers; this is the only step that takes the write lock. ``relate_claims=False`` stores
    claims and vectors only (a bulk load that leaves relating to the next ``sync``).
    """
    fresh = dict(fresh)
    unchanged: list[str] = []
    with store.transaction():
        # Another process may have added the same text, or taken an id, while we extracted.
        again, stored_meanwhile = _split_new(store, new)
        unchanged.extend(stored_meanwhile)
        if [a.id for a in again] != [a.id for a in new]:
            claims, problems = _extract_all(again, no_progress)
            store.put_vectors(model_key(embedder.info), fresh)
            _, more = _embed(store, embedder, claims, no_progress)
            fresh |= more
        new = again
        kept = {a.id for a in new}
        for article in new:
            store.put_article(article)
        store.put_claims(claims)
        for article_id, found in problems:
            if article_id in kept:
                store.put_inconsistencies(article_id, found)
        store.put_vectors(model_key(embedder.info), fresh)
        _failpoint("mid-write")
        relations = relate_new(store, embedder, claims) if relate_claims else []
        store.put_relations(relations)
        _failpoint("before-commit")
    return Delta(
        added=tuple(new),
        unchanged=tuple(unchanged),
        claims=tuple(claims),
        relations=tuple(relations),
    )


def relate_new(store: Store, embedder: Embedder, claims: Sequence[Claim]) -> list[Relation]:
    """Relations of just-stored ``claims`` with the corpus (themselves included).

    Reads only the stored claims the claim index proposes as neighbours (``factcheck.index``),
    not the corpus: each pair is judged on its own two claims, so relating the new claims with
    every claim that can reach the similarity floor gives what relating the whole corpus gives.
    """
    if not claims:
        return []
    mine = _corpus_vectors(store, embedder, claims)
    found = neighbours(
        store, model_key(embedder.info), mine, load_verdicts().floor, [c.id for c in claims]
    )
    subset = [*claims, *store.claims_by_id(found.claim_ids)]
    matrix = _corpus_vectors(store, embedder, subset)
    return relate(subset, matrix, new={c.id for c in claims}, keyed=stored_keys(store))


def stored_keys(store: Store) -> Callable[[Sequence[Claim]], list[pairs.Keys]]:
    """Claims' relating keys read from the store, computed and kept where missing."""

    def read(claims: Sequence[Claim]) -> list[pairs.Keys]:
        version = pairs.keys_version()
        kept = store.get_pair_keys([c.id for c in claims], version)
        missing = [c for c in claims if c.id not in kept]
        fresh = dict(zip((c.id for c in missing), pairs.keys_of(missing), strict=True))
        store.put_pair_keys({i: k.to_json() for i, k in fresh.items()}, version)
        return [fresh.get(c.id) or pairs.Keys.from_json(kept[c.id]) for c in claims]

    return read


def snapshot(
    store: Store, embedder_info: ModelInfo | None = None, article_ids: Iterable[str] | None = None
) -> CheckResult:
    """The corpus (or the given articles) with judgements, ready to report."""
    return with_reviews(stored(store, embedder_info, article_ids), store.reviews())


def stored(
    store: Store, embedder_info: ModelInfo | None = None, article_ids: Iterable[str] | None = None
) -> CheckResult:
    """Every stored pairwise judgement among these articles' claims, before measures."""
    ids = set(article_ids) if article_ids is not None else None
    articles = store.articles(ids)
    claims = store.claims(ids)
    in_scope = {c.id for c in claims}
    relations = [r for r in store.relations() if r.source in in_scope and r.target in in_scope]
    unjudged = CheckResult(
        articles=tuple(articles),
        claims=tuple(claims),
        relations=tuple(relations),
        groups=(),
        inconsistencies=tuple(store.inconsistencies(ids)),
        reviews=(),
        model=embedder_info,
    )
    return unjudged


def with_reviews(
    result: CheckResult, reviews: Iterable[Review], link: float | None = None
) -> CheckResult:
    """The same corpus under these reviews: groups are remade without dismissed relations.

    Lets a long-running reader (the review desk) take in a decision without re-reading claims.
    """
    in_result = {r.id for r in result.relations}
    kept = tuple(r for r in reviews if r.relation in in_result)
    dismissed = {r.relation for r in kept if r.decision == "dismissed"}
    live = [r for r in result.relations if r.id not in dismissed]
    found = measures.build(result.claims, live, link)
    home = {c: m.id for m in found for c in m.claims}
    inside = [r for r in live if home.get(r.source, "") == home.get(r.target)]
    groups = group(result.claims, inside)
    # a relation across two measures is a pairwise judgement the measures overrule
    keep = dismissed | {r.id for r in inside}
    relations = tuple(r for r in result.relations if r.id in keep)
    return replace(
        result, relations=relations, reviews=kept, groups=tuple(groups), measures=tuple(found)
    )


def check(
    store: Store,
    paths: Sequence[str | Path] | None,
    embedder: Embedder,
    *,
    columns: Mapping[str, str] | None = None,
    stdin_text: str | None = None,
    scope_to_paths: bool = True,
    progress: Progress = no_progress,
) -> tuple[CheckResult, Delta]:
    """Check the given paths (added to the store first) or, with none, the whole store.

    With ``scope_to_paths=False`` the paths are only added and the whole store is reported:
    that is how a default corpus (``seeds/``) joins whatever the user added before.
    """
    delta = add(
        store, paths or [], embedder, columns=columns, stdin_text=stdin_text, progress=progress
    )
    if paths and not delta.added and not delta.unchanged:
        raise PipelineError("nothing could be read: " + "; ".join(delta.errors))
    if not delta.added and not store.read_only:
        sync(store, embedder, progress)  # a check after an upgrade re-derives what changed
    scope = None
    if paths and scope_to_paths:
        scope = [a.id for a in delta.added] + list(delta.unchanged)
    if not store.article_ids():
        raise PipelineError("the store is empty: give article files or directories to check")
    return snapshot(store, embedder.info, scope), delta


def remove(store: Store, article_id: str) -> None:
    """Take an article, its claims and their relations out of the store."""
    if not store.delete_article(article_id):
        raise PipelineError(f"no article with id {article_id!r} in {store.path}")


def review(
    store: Store, relation_id: str, decision: str, note: str = "", reviewer: str = ""
) -> Review:
    """Record a reviewer's decision; it survives re-checks because relation ids are stable."""
    if decision not in DECISIONS:
        raise PipelineError(f"decision must be one of {', '.join(DECISIONS)}")
    if not store.relation_exists(relation_id):
        raise PipelineError(f"no relation with id {relation_id!r} in {store.path}")
    item = Review(
        relation=relation_id,
        decision=decision,
        note=note,
        decided_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
        reviewer=reviewer,
    )
    store.put_review(item)
    return item


def restore_review(store: Store, relation_id: str, previous: Review | None) -> None:
    """Undo a decision: put back the one it replaced, or none; one transaction either way."""
    if not store.relation_exists(relation_id):
        raise PipelineError(f"no relation with id {relation_id!r} in {store.path}")
    with store.transaction():
        if previous is None:
            store.delete_review(relation_id)
        else:
            store.put_review(previous)


def extract_path(path: str, published: date | None = None) -> list[Claim]:
    """Claims of one article file (or stdin with "-"), dated by its dateline or ``published``."""
    if path == "-":
        articles = [read_text(sys.stdin.read(), article_id="stdin")]
    else:
        articles, errors = read_paths([path])
        if errors:
            raise PipelineError(errors[0])
    if published is not None:
        articles = [replace(a, published=published) for a in articles]
    return [c for found in extract_many(articles) for c in found]


def extract_lines(
    path: str, published: date | None = None
) -> Iterator[tuple[int, list[dict[str, Any]]]]:
    """One claim list per input line: how sentence collections are evaluated."""
    if path == "-":
        stream = sys.stdin
    else:
        try:
            stream = open(path, encoding="utf-8")  # noqa: SIM115 - closed below
        except FileNotFoundError as exc:
            raise PipelineError(f"{path}: no such file") from exc
    try:
        if stream is sys.stdin:  # a person may be typing: answer each line as it comes
            for number, line in enumerate(stream, start=1):
                text = line.rstrip("\n")
                found = extract_text(text, published, f"line-{number}") if text.strip() else []
                yield number, claims_to_dicts(found)
            return
        lines = [(n, line.rstrip("\n")) for n, line in enumerate(stream, start=1)]
        texts = [(text, published, f"line-{n}") for n, text in lines if text.strip()]
        found = iter(extract_texts(texts))  # a file: its lines parsed in shared batches
        for number, text in lines:
            yield number, claims_to_dicts(next(found)) if text.strip() else []
    except UnicodeDecodeError as exc:
        raise PipelineError(f"{path}: not valid UTF-8 text") from exc
    finally:
        if stream is not sys.stdin:
            stream.close()


def delta_dict(delta: Delta) -> dict[str, Any]:
    """The delta of an add, for `--format json`: new articles, claims and relations."""
    return {
        "added": [a.id for a in delta.added],
        "unchanged": list(delta.unchanged),
        "claims": claims_to_dicts(delta.claims),
        "relations": [
            {
                "id": r.id,
                "source": r.source,
                "target": r.target,
                "type": r.type,
                "confidence": r.confidence,
                "reason": r.reason,
                "revision": r.revision,
            }
            for r in delta.relations
        ],
        "errors": list(delta.errors),
        "warnings": list(delta.warnings),
    }
