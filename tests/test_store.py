"""The store keeps articles once, writes atomically and refuses what it cannot read."""

from __future__ import annotations

import sqlite3
from datetime import date

import numpy as np
import pytest

from factcheck.model import Article, Claim, DateSpan, Relation, Review, Stated
from factcheck.store import SCHEMA_VERSION, Store, StoreError, claim_from_dict, claim_to_dict


def _article(i: int = 1, body: str = "Some 40 people fled on Monday.") -> Article:
    return Article(
        id=f"a{i}", title=f"Title {i}", body=body, published=date(2016, 12, i), outlet="X"
    )


def _claim(article: str = "a1", start: int = 5) -> Claim:
    return Claim(
        id=Claim.make_id(article, start, start + 2, "count"),
        article=article,
        mention="40",
        sentence="Some 40 people fled on Monday.",
        start=start,
        end=start + 2,
        kind="count",
        value=40.0,
        low=38.0,
        high=42.0,
        unit="",
        stated=Stated(40.0, 40.0, 40.0, ""),
        as_of=DateSpan(date(2016, 11, 28), date(2016, 11, 28)),
        role="fled",
        subject="people",
    )


def test_schema_version_recorded(store):
    assert store.get_meta("schema_version") == str(SCHEMA_VERSION)


def test_article_round_trip_and_hash_lookup(store):
    a = _article()
    store.put_article(a)
    assert store.has_hash(a.content_hash) == "a1"
    (back,) = store.articles()
    assert back == a


def test_claim_serialisation_is_lossless():
    c = _claim()
    assert claim_from_dict(claim_to_dict(c)) == c


def test_claims_and_relations_go_with_their_article(store):
    store.put_article(_article(1))
    store.put_article(_article(2, "Other 41 people fled."))
    c1, c2 = _claim("a1"), _claim("a2")
    store.put_claims([c1, c2])
    rel = Relation(c1.id, c2.id, "agrees", 0.9, "both about 40")
    store.put_relations([rel])
    assert store.relation_exists(rel.id)
    assert store.delete_article("a1")
    assert [c.id for c in store.claims()] == [c2.id]
    assert not store.relation_exists(rel.id)
    assert not store.delete_article("a1")


def test_failed_transaction_leaves_nothing(store):
    with pytest.raises(RuntimeError), store.transaction():
        store.put_article(_article(1))
        raise RuntimeError("boom")
    assert store.articles() == []


def test_vectors_cached_by_model_and_hash(store):
    v = np.arange(4, dtype=np.float32)
    store.put_vectors("m1", {"h": v})
    assert np.array_equal(store.get_vectors("m1", ["h"])["h"], v)
    assert store.get_vectors("m2", ["h"]) == {}


def test_review_upsert(store):
    store.put_review(Review("r1", "dismissed", "same figure, other day", "t"))
    store.put_review(Review("r1", "accepted", "", "t2"))
    assert store.reviews() == [Review("r1", "accepted", "", "t2")]


def test_not_sqlite_is_refused(tmp_path):
    bad = tmp_path / "x.db"
    bad.write_bytes(b"this is not a database at all\n" * 10)
    with pytest.raises(StoreError, match="not a factcheck store"):
        Store(bad)
    assert bad.read_bytes() == b"this is not a database at all\n" * 10


def test_truncated_store_is_refused(tmp_path):
    path = tmp_path / "s.db"
    with Store(path) as s:
        s.put_article(_article())
    raw = path.read_bytes()
    path.write_bytes(raw[:100] + b"\x00" * 50)
    with pytest.raises(StoreError):
        Store(path).articles()


def test_newer_schema_refused_and_untouched(tmp_path):
    path = tmp_path / "s.db"
    with Store(path) as s:
        s.set_meta("schema_version", str(SCHEMA_VERSION + 1))
    before = path.read_bytes()
    with pytest.raises(StoreError, match="upgrade factcheck"):
        Store(path)
    assert path.read_bytes() == before


def test_older_schema_refused_with_a_clear_message(tmp_path):
    path = tmp_path / "s.db"
    with Store(path) as s:
        s.set_meta("schema_version", "0")
    before = path.read_bytes()
    with pytest.raises(StoreError, match="schema version 0"):
        Store(path)
    assert path.read_bytes() == before


def test_missing_store_not_created_when_reading(tmp_path):
    with pytest.raises(StoreError, match="no store"):
        Store(tmp_path / "none.db", create=False)
    assert not (tmp_path / "none.db").exists()


def _digest(path) -> bytes:
    return path.read_bytes()


def test_a_foreign_sqlite_file_is_refused_unchanged(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(StoreError, match="not a factcheck store"):
        Store(path)
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.db"]


def test_a_read_only_store_is_read_but_never_written(tmp_path, monkeypatch):
    path = tmp_path / "s.db"
    with Store(path) as store:
        store.put_article(_article())
    before = _digest(path)
    real_access = __import__("os").access

    def no_write(p, mode, *args, **kwargs):  # the permissions a non-owner would have
        return False if mode & __import__("os").W_OK else real_access(p, mode, *args, **kwargs)

    monkeypatch.setattr("factcheck.store.os.access", no_write)
    with Store(path) as store:
        assert store.read_only
        assert [a.id for a in store.articles()] == ["a1"]
        with pytest.raises(StoreError, match="read-only"):
            store.put_article(_article(2))
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.db"]


def test_relating_keys_are_kept_per_claim_and_version_and_go_with_it(store):
    store.put_article(_article())
    c = _claim()
    store.put_claims([c])
    store.put_pair_keys({c.id: "[1]", "not-stored": "[2]"}, "v1")
    assert store.get_pair_keys([c.id, "not-stored"], "v1") == {c.id: "[1]"}
    assert store.get_pair_keys([c.id], "v2") == {}  # computed by other code or word lists
    store.put_claims([c])  # a claim written again may have another frame: its keys go
    assert store.get_pair_keys([c.id], "v1") == {}
    store.put_pair_keys({c.id: "[1]"}, "v1")
    store.delete_article("a1")
    assert store.get_pair_keys([c.id], "v1") == {}
