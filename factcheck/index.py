"""Candidate retrieval that reads only what an add needs: an ANN index beside the store.

``relate`` needs, for each new claim, every stored claim whose context reaches the similarity
floor (``pairs.candidates``); which of those share a block is its own business. Before this
module an add read every claim and vector of the corpus to find them. Now:

* ``claim_index`` (a table the store keeps in step with ``claims`` by triggers) gives each
  stored claim a key that is never reused (AUTOINCREMENT).
* An HNSW index (usearch) beside the store holds the vector of every distinct context of the
  claims up to its high-water mark, once (table ``index_vectors`` names the key standing for
  each text; a hit leads to every live claim with that text). It is a file, not part of the
  SQLite transaction, so it only ever holds committed keys; claims deleted since are not
  found on lookup, and claims above the mark (the *tail*) are scanned exactly.
* The tail is folded into the index after a commit once it passes ``TAIL_LIMIT``, and
  ``rebuild`` makes the index anew (drops deleted keys, or after a crash mid-save).

The index only proposes: ``relate`` recomputes every similarity exactly from the stored
float32 vectors and applies the floor itself, so a proposal too many costs a little time and
never a relation. The index is searched below the floor (``MARGIN``) so that its 8-bit
quantisation cannot hide a pair at the floor; what HNSW could still miss is measured in the
README (recall 1.0 on FA-KES and on the synthetic benchmark corpus).
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from factcheck.store import Store, StoreError

# Keys past the index are scanned exactly; past this many, an add folds them in. Reading and
# scanning 10,000 stored 384-d vectors takes 44 ms here (best of 3; 0.5 s while the shared
# machine was loaded), a fold ~5 s (HNSW inserts at the ~2,000/s of bench/annchoice.py, and
# the file rewritten), so a fold is paid about once per thousand FA-KES-sized articles.
TAIL_LIMIT = 10_000
# The int8 index's cosine errs by up to ~0.01 on unit vectors; searching 0.05 below the floor
# makes it propose a superset of the pairs at the floor (relate re-checks every one exactly).
MARGIN = 0.05
# HNSW settings: usearch's defaults for the graph (16 links) and a search beam of 1,024 (its
# default is 64): 256 gave recall 1.0 on 100k clustered vectors (bench/annchoice.py) but
# missed relations now and then in the index test (below), so the beam is a range query's.
_CONNECTIVITY = 16
_EXPANSION_ADD = 64
_EXPANSION_SEARCH = 1024
# Up to this many vectors the index is scanned, not walked: a scan is exact, and here it costs
# 20 queries 0.23 s CPU over 200k vectors (0.06 s at 50k, a twentieth of a one-article add)
# against 0.09 s through the graph. The graph walk grows with the log of the store, the scan
# with the store; the walk can miss what it should find (on the hashing test encoder's sparse
# vectors it missed 2 of ~300 pairs at 2,000 vectors; on the real model's dense ones
# bench/addscale.py prints its recall at each size).
EXACT_UPTO = 50_000
# Tail rows scanned per matrix product: the first add into an empty store has all its claims
# in the tail, and FA-KES's 6,983 against themselves at once were a 195 MB product and a 49 MB
# mask at the add's peak; 512 rows of it are 14 MB. (The products only propose: MARGIN covers
# their last bits.)
_TAIL_ROWS = 512
_FIRST_K = 1024  # neighbours asked for first; widened while the k-th is not well below it
# HNSW's top-k is approximate near its k-th result: widening until the k-th is this far below
# the limit keeps the pairs that pass well inside what was searched. Without it the index
# test (seeds + 300 FA-KES rows, file by file) missed 2 of ~3,800 relations in one of three
# runs (the multi-threaded build is not deterministic).
_SEARCH_SLACK = 0.1


def _slug(model: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", model).strip("-")[-60:]


def _prefix(store: Store, model: str) -> str:
    # "texts-": one vector per distinct context (files of one vector per claim, written before,
    # are not read: their keys are claims', not texts')
    return f"{store.path.name}.{_slug(model)}.texts-"


def index_path(store: Store, model: str, high: int) -> Path:
    return store.path.with_name(f"{_prefix(store, model)}{high}.usearch")


def _existing(store: Store, model: str) -> list[tuple[int, Path]]:
    """Index files of this store and model, newest (highest mark) first."""
    prefix = _prefix(store, model)
    found = []
    for p in store.path.parent.glob(f"{prefix}*.usearch"):
        mark = p.name[len(prefix) : -len(".usearch")]
        if mark.isdigit():
            found.append((int(mark), p))
    return sorted(found, reverse=True)


@dataclass(frozen=True)
class Candidates:
    """Stored claims proposed as neighbours of some new vector, and how they were found."""

    claim_ids: tuple[str, ...]
    indexed: int  # distinct contexts (vectors) the ANN index holds
    scanned: int  # claims of the tail, compared exactly


def _usearch() -> Any:
    try:
        from usearch.index import Index
    except ImportError:  # the index is an optional speed-up: without it the tail is all
        return None
    return Index


# Index files never change once written (a fold writes a new file under a new mark), so a
# process keeps the one it opened: mapping a file walks every node once (~0.4 µs per claim,
# 115 ms at 300k claims), which a long-running process (the review desk, a bulk run, the
# benchmark) then pays once, like loading the model.
_OPENED: dict[Path, Any] = {}


def _open(store: Store, model: str) -> tuple[Any, int]:
    """The newest index file as a memory map, and its mark."""
    index_cls = _usearch()
    for high, path in _existing(store, model):
        if index_cls is None:
            break
        if path in _OPENED:
            return _OPENED[path], high
        try:
            index = index_cls.restore(str(path), view=True)
        except Exception:  # a file cut short by a crash: fall back to the one before
            continue
        if index is None:
            continue
        for old in [p for p in _OPENED if p.parent == path.parent]:
            if old.name.rsplit(".", 2)[0] == path.name.rsplit(".", 2)[0]:
                del _OPENED[old]
        _OPENED[path] = index
        return index, high
    return None, 0


def neighbours(
    store: Store, model: str, vectors: np.ndarray, floor: float, exclude: Sequence[str] = ()
) -> Candidates:
    """Ids of stored claims whose vector may reach ``floor`` with any row of ``vectors``."""
    if not len(vectors):
        return Candidates((), 0, 0)
    limit = floor - MARGIN
    keys: set[int] = set()
    hits: set[int] = set()
    index, high = _open(store, model)
    indexed = 0
    if index is not None and len(index):
        indexed = len(index)
        hits = _search(index, np.asarray(vectors, dtype=np.float32), limit)
    tail_keys, matrix = store.index_tail_matrix(model, high)
    if len(tail_keys):
        queries = np.asarray(vectors, dtype=np.float32).T
        hit = np.zeros(len(tail_keys), dtype=bool)
        for lo in range(0, len(tail_keys), _TAIL_ROWS):
            hit[lo : lo + _TAIL_ROWS] = (matrix[lo : lo + _TAIL_ROWS] @ queries >= limit).any(
                axis=1
            )
        keys |= {int(k) for k in tail_keys[hit]}
    skip = set(exclude)
    found = store.claims_of_index_keys(model, sorted(hits)) if hits else []
    found += store.claims_of_keys(sorted(keys))
    ids = tuple(dict.fromkeys(c for c in found if c not in skip))
    return Candidates(ids, indexed, len(tail_keys))


def _search(index: Any, vectors: np.ndarray, limit: float) -> set[int]:
    """Every key within cosine ``limit`` of some row: top-k, widened while the k-th passes."""
    out: set[int] = set()
    todo = np.arange(len(vectors))
    k = _FIRST_K
    total = len(index)
    while len(todo):
        count = min(k, total)
        matches = index.search(vectors[todo], count, threads=1, exact=total <= EXACT_UPTO)
        keys = np.atleast_2d(matches.keys)
        with np.errstate(invalid="ignore"):  # slots past a short result hold no distance
            sims = 1.0 - np.atleast_2d(matches.distances)
        counts = np.atleast_1d(getattr(matches, "counts", keys.shape[1]))  # one row: Matches
        again = []
        for row in range(len(todo)):
            n = int(counts[row])
            ok = sims[row, :n] >= limit
            out.update(int(x) for x in keys[row, :n][ok])
            if n == count and count < total and sims[row, n - 1] >= limit - _SEARCH_SLACK:
                again.append(todo[row])
        todo = np.array(again, dtype=np.int64)
        k *= 4
    return out


def _save(store: Store, model: str, index: Any, high: int) -> Path:
    """Write the index under its new mark, atomically, then drop older files."""
    path = index_path(store, model, high)
    tmp = path.with_suffix(".tmp")
    index.save(str(tmp))
    os.replace(tmp, path)
    for old_high, old in _existing(store, model):
        if old_high != high:
            old.unlink(missing_ok=True)
    return path


def _fill(index: Any, tail: list[tuple[int, str, np.ndarray]]) -> Any:
    if not tail:
        return index
    matrix = np.vstack([v for _, _, v in tail]).astype(np.float32)
    if index is None:
        index = _new_index_dim(matrix.shape[1])
    keys = np.array([k for k, _, _ in tail], dtype=np.uint64)
    index.add(keys, matrix, threads=os.cpu_count() or 1)
    return index


def _new_index_dim(dim: int) -> Any:
    index_cls = _usearch()
    return index_cls(
        ndim=dim,
        metric="cos",
        dtype="i8",
        connectivity=_CONNECTIVITY,
        expansion_add=_EXPANSION_ADD,
        expansion_search=_EXPANSION_SEARCH,
    )


def _fold(
    store: Store, model: str, index: Any, tail: list[tuple[int, str, np.ndarray]], mark: int
) -> None:
    """Add the tail's new texts, record the key standing for each (before the file: a row
    above the file's mark is ignored), and write the file under its new mark."""
    index = _fill(index, tail)
    store.put_index_texts(model, [(h, k) for k, h, _ in tail])
    _save(store, model, index, mark)


def refresh(store: Store, model: str, *, limit: int | None = None) -> bool:
    """Fold the tail into the index once it is longer than ``limit``; True when it did.

    Call it after a commit, never inside a transaction: the index must only hold committed
    keys (a rolled-back key could be handed out again to another claim).
    """
    if _usearch() is None or store.read_only or store.conn.in_transaction:
        return False
    index_cls = _usearch()
    existing = _existing(store, model)
    high = existing[0][0] if existing else 0
    mark = store.last_claim_key()  # read first: a claim committed meanwhile stays in the tail
    tail = store.index_new_texts(model, high, mark)
    if len(tail) <= (TAIL_LIMIT if limit is None else limit):
        return False
    _fold(store, model, index_cls.restore(str(existing[0][1])) if existing else None, tail, mark)
    return True


def rebuild(store: Store, model: str) -> int:
    """Make the index anew from the store (drops deleted claims); returns the texts indexed."""
    if _usearch() is None:
        raise StoreError("the claim index needs usearch (pip install usearch)")
    for _, old in _existing(store, model):
        old.unlink(missing_ok=True)
    store.clear_index_texts(model)
    mark = store.last_claim_key()
    tail = store.index_new_texts(model, 0, mark)
    if not tail:
        return 0
    _fold(store, model, None, tail, mark)
    return len(tail)


__all__ = ["EXACT_UPTO", "MARGIN", "TAIL_LIMIT", "Candidates", "neighbours", "rebuild", "refresh"]
