"""Bulk ingest: ingest → extract → embed on workers, then relate and write batch by batch.

``factcheck add --engine ray`` runs the slow stages as a Ray Data pipeline: table rows are
cleaned and their figures extracted in an actor pool that loads the NLP pipeline once per
worker, and claim contexts are embedded in a second pool that loads the model once per worker
(on a GPU when Ray sees one). ``--engine local`` runs the same batches in this process,
without Ray. Either way this process relates each batch to the store and writes it in one
transaction, so:

* a run killed half-way leaves every finished batch stored and nothing of the others;
* a re-run skips the batches a run already committed (``bulk_batches`` in the store) and
  adds the rest, changing nothing already stored;
* a bad row or file is listed with its reason and the run goes on.

Batches are cut here, in input order, and committed in that order (Ray Data keeps it), so the
articles, claims, vectors and relations are those the single-process ``add`` gives.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sys
import time
import warnings
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np

from factcheck.embed import Embedder, make_embedder
from factcheck.extract import check_article, extract_many
from factcheck.index import refresh
from factcheck.ingest import (
    TABLE_SUFFIXES,
    TEXT_SUFFIXES,
    InputError,
    TableRow,
    read_paths,
    read_text,
    table_row_article,
    table_rows,
)
from factcheck.model import Article, BulkSummary, Claim, Inconsistency, sha256_text
from factcheck.pipeline import (
    PipelineError,
    Progress,
    _extract_all,
    _failpoint,
    _split_new,
    commit,
    model_key,
    no_progress,
    sync,
)
from factcheck.store import Store, claim_from_dict, claim_to_dict

# Articles per transaction. Relating and committing a batch of 64 FA-KES rows took 0.3-0.7 s
# of CPU (timing `_commit_batch` over the first 300 rows; it grows with the story already
# stored), a fifth of the batch's extraction, so a killed run loses seconds of work, while
# each transaction's fixed cost (a few ms) stays under 1% of it.
BATCH_ARTICLES = 64
# Rows per call of a worker: enough sentences for spaCy's shared batches and the encoder's
# 64-text batches (FA-KES: ~9 figures per article), few enough to keep every worker busy.
_WORKER_ROWS = 16
ENGINES = ("local", "ray")
_WORKER_GRACE_S = 5  # how long a Ray worker of ours may take to exit after shutdown


@dataclass(frozen=True)
class _Batch:
    """A run of consecutive inputs that is committed at once, keyed so a re-run knows it."""

    key: str
    items: tuple[dict[str, Any], ...]


# ---------------------------------------------------------------------------------------------
# Articles and claims as plain data (what crosses to workers and back)
# ---------------------------------------------------------------------------------------------


def article_to_dict(a: Article) -> dict[str, Any]:
    return {
        "id": a.id,
        "title": a.title,
        "body": a.body,
        "published": a.published.isoformat() if a.published else None,
        "outlet": a.outlet,
        "path": a.path,
        "date_source": a.date_source,
        "warnings": list(a.warnings),
    }


def article_from_dict(d: Mapping[str, Any]) -> Article:
    return Article(
        id=d["id"],
        title=d["title"],
        body=d["body"],
        published=date.fromisoformat(d["published"]) if d["published"] else None,
        outlet=d["outlet"],
        path=d["path"],
        date_source=d["date_source"],
        warnings=tuple(d["warnings"]),
    )


# ---------------------------------------------------------------------------------------------
# Planning: inputs into batches (here, cheap); the stages (anywhere, slow)
# ---------------------------------------------------------------------------------------------


def _source_key(path: Path) -> str:
    """A table is the same input when its path, size and modification time are."""
    stat = path.stat()
    return f"{path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}"


def _files(paths: Sequence[str | Path]) -> tuple[list[tuple[bool, str]], list[str]]:
    """Every input in order as (is a table, path), folders expanded; errors for missing ones."""
    entries: list[tuple[bool, str]] = []
    errors: list[str] = []
    for raw in paths:
        p = Path(raw)
        if str(raw) == "-" or "://" in str(raw):
            entries.append((False, str(raw)))
        elif not p.exists():
            errors.append(f"{raw}: no such file or directory")
        elif p.is_dir():
            found = sorted(
                f
                for f in p.rglob("*")
                if f.is_file()
                and not any(part.startswith(".") for part in f.relative_to(p).parts)
                and f.suffix.lower() in TEXT_SUFFIXES + TABLE_SUFFIXES
            )
            if not found:
                errors.append(f"{raw}: no article files found in directory")
            entries.extend((f.suffix.lower() in TABLE_SUFFIXES, str(f)) for f in found)
        else:
            entries.append((p.suffix.lower() in TABLE_SUFFIXES, str(raw)))
    return entries, errors


def plan(
    store: Store,
    paths: Sequence[str | Path],
    *,
    columns: Mapping[str, str] | None = None,
    stdin_text: str | None = None,
    batch_articles: int = BATCH_ARTICLES,
) -> tuple[list[_Batch], list[str]]:
    """The batches of a bulk add, in input order, and the errors found while reading rows.

    Table rows are only split and checked here (ids depend on the rows before); cleaning them
    is a worker's job. Text files, pages and stdin are read here with ``read_paths``, as
    ``add`` reads them: a yearless dateline is dated from the rest of the input and corpus.
    """
    entries, errors = _files(paths)
    rows_of: dict[str, list[TableRow]] = {}
    for is_table, path in entries:
        if not is_table:
            continue
        try:
            rows_of[path] = []
            for row in table_rows(path, columns=columns):
                if row.error:
                    errors.append(f"{row.where}: {row.error}")
                else:
                    rows_of[path].append(row)
        except InputError as exc:
            errors.append(str(exc))
        except OSError as exc:
            errors.append(f"{path}: {exc.strerror or exc}")
    known = [date.fromisoformat(r.published) for rs in rows_of.values() for r in rs if r.published]
    others = [path for is_table, path in entries if not is_table]
    read, more = _read_others(store, others, columns, stdin_text, known)
    errors.extend(more)
    by_path: dict[str, list[Article]] = {}
    for a in read:
        by_path.setdefault(a.path or "-", []).append(a)
    batches: list[_Batch] = []
    texts: list[Article] = []
    for is_table, path in entries:
        if not is_table:
            texts.extend(by_path.pop("-" if path == "-" else path, []))
            continue
        batches.extend(_text_batches(texts, batch_articles))
        texts = []
        source = _source_key(Path(path))
        rows = rows_of.get(path, [])
        for n, lo in enumerate(range(0, len(rows), batch_articles)):
            part = rows[lo : lo + batch_articles]
            items = [{"kind": "row", "data": json.dumps(r._asdict())} for r in part]
            key = sha256_text(f"{source}|{n}|{part[0].where}|{len(part)}")
            batches.append(_Batch(key, tuple(items)))
    texts.extend(a for rest in by_path.values() for a in rest)
    batches.extend(_text_batches(texts, batch_articles))
    return batches, errors


def _text_batches(articles: Sequence[Article], size: int) -> list[_Batch]:
    out = []
    for lo in range(0, len(articles), size):
        part = articles[lo : lo + size]
        key = sha256_text("|".join(a.content_hash for a in part))
        items = [{"kind": "article", "data": json.dumps(article_to_dict(a))} for a in part]
        out.append(_Batch(key, tuple(items)))
    return out


def _read_others(
    store: Store,
    others: Sequence[str],
    columns: Mapping[str, str] | None,
    stdin_text: str | None,
    known: Sequence[date],
) -> tuple[list[Article], list[str]]:
    files = [p for p in others if p != "-"]
    corpus = [*store.published_dates(), *known]
    articles, errors = (
        read_paths(files, columns=columns, corpus_dates=corpus) if files else ([], [])
    )
    if "-" in others:
        text = stdin_text or ""
        try:
            articles.append(read_text(text, article_id=f"stdin-{sha256_text(text)[:8]}"))
        except InputError as exc:
            errors.append(str(exc))
    return articles, errors


def extract_rows(items: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The extraction stage: each input cleaned into an article, its claims found.

    Returns one row per input: the article, claims and inconsistencies as JSON, or an error.
    """
    out: list[dict[str, Any]] = []
    articles: list[Article] = []
    for item in items:
        row: dict[str, Any] = {"key": item["key"], "article": "", "claims": "[]"}
        row |= {"problems": "[]", "error": ""}
        data = json.loads(item["data"])
        try:
            if item["kind"] == "row":
                articles.append(table_row_article(TableRow(**data)))
            else:
                articles.append(article_from_dict(data))
        except InputError as exc:
            row["error"] = f"{data.get('where', data.get('id'))}: {exc}"
            out.append(row)
            continue
        row["article"] = json.dumps(article_to_dict(articles[-1]))
        out.append(row)
    found = iter(extract_many(articles))
    for row in out:
        if row["error"]:
            continue
        article = article_from_dict(json.loads(row["article"]))
        row["claims"] = json.dumps([claim_to_dict(c) for c in next(found)], ensure_ascii=False)
        row["problems"] = json.dumps([i.__dict__ for i in check_article(article)])
    return out


def embed_rows(rows: Sequence[dict[str, Any]], embedder: Embedder) -> list[dict[str, Any]]:
    """The embedding stage: every distinct claim context of the rows encoded in one call."""
    per_row = [[c["context"] or c["sentence"] for c in json.loads(row["claims"])] for row in rows]
    texts = list(dict.fromkeys(t for ts in per_row for t in ts))
    matrix = embedder.encode(texts) if texts else np.zeros((0, 0), dtype=np.float32)
    where = {t: n for n, t in enumerate(texts)}
    out = []
    for row, ts in zip(rows, per_row, strict=True):
        mine = list(dict.fromkeys(ts))
        vecs = np.asarray(matrix[[where[t] for t in mine]], dtype=np.float32) if mine else None
        out.append(
            row
            | {
                "hashes": json.dumps([sha256_text(t) for t in mine]),
                "vectors": vecs.tobytes() if vecs is not None else b"",
                "dim": int(matrix.shape[1]) if mine else 0,
            }
        )
    return out


# ---------------------------------------------------------------------------------------------
# Engines: where the stages run. Each yields stage output rows in input order.
# ---------------------------------------------------------------------------------------------


def _local_rows(items: list[dict[str, Any]], embedder: Embedder) -> Iterator[dict[str, Any]]:
    for lo in range(0, len(items), _WORKER_ROWS):
        yield from embed_rows(extract_rows(items[lo : lo + _WORKER_ROWS]), embedder)


class _ExtractWorker:
    """A Ray actor: the NLP pipeline loads on its first batch and stays for the rest."""

    def __call__(self, batch: Any) -> Any:
        import pandas as pd

        return pd.DataFrame(extract_rows(batch.to_dict("records")))


class _EmbedWorker:
    """A Ray actor holding one copy of the model (on the GPU when it was given one)."""

    def __init__(self, model: str | None, device: str) -> None:
        import torch

        torch.set_num_threads(1)  # one core per worker: Ray places workers, not torch
        self.embedder = make_embedder(model, None, device=device)

    def __call__(self, batch: Any) -> Any:
        import pandas as pd

        return pd.DataFrame(embed_rows(batch.to_dict("records"), self.embedder))


def ray_workers(address: str | None, workers: int | None) -> int:
    """Start (or join) Ray and return the CPUs it offers."""
    import ray

    if not ray.is_initialized():
        if "usearch.index" in sys.modules:
            # usearch's and Ray's C++ libraries clash (std::regex): Ray started after usearch
            # aborts the process, so refuse with a reason instead
            raise PipelineError(
                "Ray must start before the claim index is loaded in this process;"
                " run the Ray add in a fresh process"
            )
        ray.init(
            address=address or os.environ.get("RAY_ADDRESS") or None,
            num_cpus=workers if not (address or os.environ.get("RAY_ADDRESS")) else None,
            include_dashboard=False,
            log_to_driver=False,
            logging_level=logging.ERROR,
        )
    return int(ray.cluster_resources().get("CPU", 1))


def _ray_rows(
    items: list[dict[str, Any]], model: str | None, address: str | None, workers: int | None
) -> Iterator[dict[str, Any]]:
    import ray

    cpus = ray_workers(address, workers)
    gpus = int(ray.cluster_resources().get("GPU", 0))
    ctx = ray.data.DataContext.get_current()
    ctx.execution_options.preserve_order = True  # batches commit in input order
    ctx.enable_progress_bars = False  # our own bar, on stderr
    ctx.print_on_execution_start = False
    logging.getLogger("ray.data").setLevel(logging.ERROR)
    warnings.filterwarnings("ignore", module=r"ray\..*")  # stderr carries our bar and errors
    # blocks of one worker call each, so the first batches commit while later ones are read
    ds = ray.data.from_items(items, override_num_blocks=max(1, len(items) // _WORKER_ROWS))
    # Both pools get every core: a stage waiting on the other leaves its core to it, so half
    # a CPU each keeps both pools at full size without oversubscribing Ray's count.
    ds = ds.map_batches(
        _ExtractWorker,
        batch_size=_WORKER_ROWS,
        batch_format="pandas",
        compute=ray.data.ActorPoolStrategy(size=cpus),
        num_cpus=0.5,
    )
    embed_args: dict[str, Any] = (
        {"num_gpus": 1, "compute": ray.data.ActorPoolStrategy(size=gpus)}
        if gpus
        else {"num_cpus": 0.5, "compute": ray.data.ActorPoolStrategy(size=cpus)}
    )
    ds = ds.map_batches(
        _EmbedWorker,
        fn_constructor_kwargs={"model": model, "device": "cuda" if gpus else "cpu"},
        batch_size=_WORKER_ROWS,
        batch_format="pandas",
        **embed_args,
    )
    for batch in ds.iter_batches(batch_size=None, batch_format="pandas"):
        yield from batch.to_dict("records")


# ---------------------------------------------------------------------------------------------
# The driver: relate and write, one transaction per batch
# ---------------------------------------------------------------------------------------------


def _commit_batch(
    store: Store,
    embedder: Embedder,
    batch: _Batch,
    rows: Sequence[Mapping[str, Any]],
    relate_claims: bool,
    number: int,
) -> tuple[int, int, int, int, list[str]]:
    """Store one batch's articles, claims, vectors and relations, and mark the batch done."""
    errors = [r["error"] for r in rows if r["error"]]
    good = [r for r in rows if not r["error"]]
    articles = [article_from_dict(json.loads(r["article"])) for r in good]
    claims_of = {
        a.id: [claim_from_dict(d) for d in json.loads(r["claims"])]
        for a, r in zip(articles, good, strict=True)
    }
    problems_of = {
        a.id: [Inconsistency(**d) for d in json.loads(r["problems"])]
        for a, r in zip(articles, good, strict=True)
    }
    fresh: dict[str, np.ndarray] = {}
    for r in good:
        if r["dim"]:
            vecs = np.frombuffer(r["vectors"], dtype=np.float32).reshape(-1, int(r["dim"]))
            fresh.update(zip(json.loads(r["hashes"]), vecs, strict=True))
    with store.transaction():
        new, unchanged = _split_new(store, articles)
        by_id = {a.id for a in articles}
        renamed = [a for a in new if a.id not in by_id]  # an id taken: claim ids change
        claims: list[Claim] = [c for a in new if a.id in by_id for c in claims_of[a.id]]
        problems = [(a.id, problems_of[a.id]) for a in new if a.id in by_id]
        if renamed:
            more, more_problems = _extract_all(renamed, no_progress)
            claims += more
            problems += more_problems
        delta = commit(store, embedder, new, claims, problems, fresh, relate_claims=relate_claims)
        if not relate_claims and new:
            store.set_meta("derived_state", "relations-pending")  # the next sync relates all
        store.mark_bulk_done(batch.key, len(batch.items))
        _failpoint(f"bulk-in-{number}")
    return len(delta.added), len(unchanged), len(delta.claims), len(delta.relations), errors


def add_bulk(
    store: Store,
    paths: Sequence[str | Path],
    *,
    engine: str = "local",
    model: str | None = None,
    embedder: Embedder | None = None,
    address: str | None = None,
    workers: int | None = None,
    columns: Mapping[str, str] | None = None,
    stdin_text: str | None = None,
    relate_claims: bool = True,
    batch_articles: int = BATCH_ARTICLES,
    progress: Progress = no_progress,
) -> BulkSummary:
    """Add many articles in resumable batches, the slow stages on Ray or in this process.

    ``model`` is what workers load (an explicit choice, else ``FACTCHECK_MODEL``, else the
    bundled model); ``embedder`` is this process's, used to key vectors and for the rare
    claim a worker's vectors do not cover. ``relate_claims=False`` stores claims and vectors
    only and leaves relating the whole corpus to the next command that syncs.
    """
    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {', '.join(ENGINES)}")
    started = time.perf_counter()
    if engine == "ray":
        workers = ray_workers(address, workers)  # first: before anything loads usearch
    model = model or os.environ.get("FACTCHECK_MODEL")
    embedder = embedder or make_embedder(model, store)
    batches, errors = plan(
        store, paths, columns=columns, stdin_text=stdin_text, batch_articles=batch_articles
    )
    done = store.bulk_done([b.key for b in batches])
    todo = [b for b in batches if b.key not in done]
    resumed = len(batches) - len(todo)
    summary = BulkSummary(
        unchanged=sum(len(b.items) for b in batches if b.key in done),
        resumed=resumed,
        engine=engine,
    )
    if relate_claims and todo:
        sync(store, embedder, progress)
    items = [item | {"key": b.key} for b in todo for item in b.items]
    advance = progress("Adding articles", len(items))
    counts = [0, 0, 0, 0]
    found_errors: list[str] = []
    committed = 0
    if items:
        if engine == "ray":
            rows: Iterator[dict[str, Any]] = _ray_rows(items, model, address, workers)
        else:
            rows = _local_rows(items, embedder)
            workers = 1
        pending: list[dict[str, Any]] = []
        queue = iter(todo)
        current = next(queue)
        for row in rows:
            pending.append(row)
            while current is not None and len(pending) >= len(current.items):
                mine, pending = pending[: len(current.items)], pending[len(current.items) :]
                committed += 1
                result = _commit_batch(store, embedder, current, mine, relate_claims, committed)
                for n in range(4):
                    counts[n] += result[n]
                found_errors.extend(result[4])
                refresh(store, model_key(embedder.info))
                advance(len(current.items))
                _failpoint(f"bulk-after-{committed}")
                current = next(queue, None)
    return replace(
        summary,
        articles=counts[0],
        unchanged=summary.unchanged + counts[1],
        claims=counts[2],
        relations=counts[3],
        errors=tuple(errors + found_errors),
        seconds=round(time.perf_counter() - started, 3),
        batches=committed,
        workers=workers or 1,
    )


def shutdown() -> None:
    """Stop the Ray runtime this process started (nothing when Ray was never imported).

    ``ray.shutdown`` stops the raylet but leaves a busy worker to notice by itself, which on a
    loaded machine took a minute and more; workers of a local instance are waited for
    briefly and then ended, by process id, so a finished command leaves nothing running.
    """
    if "ray" not in sys.modules:
        return
    import ray

    if not ray.is_initialized():
        return
    try:
        import psutil

        workers = psutil.Process().children(recursive=True)
    except ImportError:
        workers = []
    ray.shutdown()
    if workers:
        _, alive = psutil.wait_procs(workers, timeout=_WORKER_GRACE_S)
        for proc in alive:
            with contextlib.suppress(psutil.Error):
                proc.kill()


__all__ = ["BATCH_ARTICLES", "ENGINES", "add_bulk", "plan", "shutdown"]
