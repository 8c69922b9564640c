"""Model resolution, the weights check, the cache, and the real model once."""

from __future__ import annotations

import shutil
import sys

import numpy as np
import pytest

from factcheck.embed import (
    HUB_NAME,
    KNOWN_HASHES,
    HashingEmbedder,
    ModelError,
    embed_alongside,
    embed_cached,
    make_embedder,
    resolve_model,
    verify_bundled,
)


def test_resolution_order(tmp_path):
    local = tmp_path / "mymodel"
    local.mkdir()
    assert resolve_model(str(local), env={"FACTCHECK_MODEL": "x/y"}).path == local.resolve()
    assert resolve_model(None, env={"FACTCHECK_MODEL": str(local)}).path == local.resolve()
    assert resolve_model(None, env={"FACTCHECK_MODEL": "org/model"}).path is None
    bundled = resolve_model(None, env={})
    assert bundled.bundled and bundled.name == HUB_NAME
    assert (bundled.path / "model.safetensors").is_file()


def test_missing_local_path_is_an_error(tmp_path):
    with pytest.raises(ModelError):
        resolve_model(str(tmp_path / "nope"), env={})


def test_bundled_weights_match_published_hashes():
    spec = resolve_model(None, env={})
    assert verify_bundled(spec.path) == KNOWN_HASHES["model.safetensors"]


def test_tampered_bundle_refused(tmp_path):
    spec = resolve_model(None, env={})
    copy = tmp_path / "bundle"
    shutil.copytree(spec.path, copy, ignore=shutil.ignore_patterns("model.safetensors"))
    (copy / "model.safetensors").write_bytes(b"not the published weights")
    with pytest.raises(ModelError, match="refusing"):
        verify_bundled(copy)


def test_hashing_embedder_is_deterministic_and_normalised():
    e = HashingEmbedder(64)
    a = e.encode(["civilians killed in Aleppo", "civilians killed in Aleppo", "truce talks"])
    assert np.allclose(a[0], a[1])
    assert np.allclose(np.linalg.norm(a, axis=1), 1.0)
    assert float(a[0] @ a[2]) < 0.99


def test_make_embedder_hash_scheme():
    assert make_embedder("hash:32").info.name == "hashing-32"
    with pytest.raises(ModelError):
        make_embedder("hash:abc")


class _Counting(HashingEmbedder):
    def __init__(self) -> None:
        super().__init__(16)
        self.calls = 0

    def encode(self, texts):
        self.calls += len(texts)
        return super().encode(texts)


def test_cache_encodes_each_text_once(store):
    e = _Counting()
    m1, fresh = embed_cached(store, e, ["a b", "c d", "a b"])
    assert e.calls == 2 and len(fresh) == 2
    store.put_vectors(e.info.name, fresh)
    m2, fresh2 = embed_cached(store, e, ["c d", "a b"])
    assert e.calls == 2 and not fresh2
    assert np.allclose(m2[1], m1[0])


class _Threads(_Counting):
    def __init__(self):
        super().__init__()
        self.threads: list[int | None] = []

    def use_threads(self, threads):
        self.threads.append(threads)


def test_encoding_alongside_gives_the_cache_vectors_and_skips_stored_texts(store):
    e = _Threads()
    _, stored = embed_cached(store, e, ["a b"])
    store.put_vectors(e.info.name, stored)
    e.calls = 0
    batches = [["a b", "c d"], ["c d", "e f"], [], ["g h"]]
    got = dict(embed_alongside(store, e, iter(batches)))
    assert sorted(got) == [0, 1, 2, 3]  # every batch reported, in order, even an empty one
    fresh = {h: v for found in got.values() for h, v in found.items()}
    assert e.calls == 3 and len(fresh) == 3  # "a b" was stored, "c d" is encoded once
    expected, _ = embed_cached(store, HashingEmbedder(16), ["c d", "e f", "g h"])
    assert np.allclose(np.vstack(list(fresh.values())), expected)
    assert e.threads[-1] is None  # every core again once the batches are done


def test_nothing_to_encode_never_touches_the_model(store):
    e = _Threads()
    assert list(embed_alongside(store, e, iter([[], []]))) == [(0, {}), (1, {})]
    assert e.calls == 0 and e.threads == []  # a claim-less add must not import torch


def test_an_encoder_failure_reaches_the_caller(store):
    class _Broken(HashingEmbedder):
        def encode(self, texts):
            raise ModelError("no model")

    with pytest.raises(ModelError):
        list(embed_alongside(store, _Broken(), iter([["a b"]])))


def test_constructing_the_real_embedder_does_not_import_torch():
    # Warm runs must not pay for torch: only encode() may import it.
    code = (
        "import sys; from factcheck.embed import make_embedder; make_embedder(None); "
        "import factcheck.pipeline, factcheck.cli; print('torch' in sys.modules)"
    )
    import subprocess

    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.model
def test_real_model_embeds_meaningfully(real_embedder):
    vecs = real_embedder.encode(
        [
            "[NUM] civilians were killed in shelling of west Aleppo",
            "shelling of western Aleppo killed [NUM] civilians",
            "the rebels asked for a [NUM] ceasefire",
        ]
    )
    assert vecs.shape == (3, 384)
    assert np.allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-4)
    assert float(vecs[0] @ vecs[1]) > float(vecs[0] @ vecs[2])
