"""Bulk add: same answers as the single-process add, resumable after a kill, bad rows listed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.bulk import add_bulk, plan
from factcheck.pipeline import add
from factcheck.store import Store
from tests.conftest import store_state


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["FACTCHECK_MODEL"] = "hash:256"
    env.pop("FACTCHECK_FAILPOINT", None)
    env.update(extra)
    return env


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "factcheck", *args],
        capture_output=True,
        text=True,
        env=env or _env(),
        timeout=900,
    )


@pytest.fixture(scope="module")
def single_store(tmp_path_factory, seeds_dir, fakes_300):
    """Seeds and 300 FA-KES rows added the default way: the answers bulk must give."""
    from factcheck.embed import HashingEmbedder

    path = tmp_path_factory.mktemp("single") / "single.db"
    with Store(path) as store:
        add(store, [seeds_dir, fakes_300], HashingEmbedder(256))
        yield store_state(store)


def test_local_engine_gives_the_same_answers(tmp_path, seeds_dir, fakes_300, single_store):
    from factcheck.embed import HashingEmbedder

    with Store(tmp_path / "bulk.db") as store:
        summary = add_bulk(store, [seeds_dir, fakes_300], embedder=HashingEmbedder(256))
        assert summary.articles == 305 and not summary.errors
        assert summary.batches == 6 and summary.relations == len(single_store[3])
        assert store_state(store) == single_store


@pytest.mark.ray
def test_ray_engine_gives_the_same_answers(tmp_path, seeds_dir, fakes_300, single_store):
    """A real local Ray instance (two CPUs) runs extraction and embedding on its workers."""
    db = tmp_path / "ray.db"
    out = _cli(
        "add", "--engine", "ray", "--workers", "2", "--no-report", "--db", str(db),
        str(seeds_dir), str(fakes_300),
    )  # fmt: skip
    assert out.returncode == 0, out.stderr[-2000:]
    assert "Added 305 article(s)" in out.stdout and "0 errors" in out.stdout
    assert "(ray)" in out.stdout
    with Store(db) as store:
        assert store_state(store) == single_store


def test_a_killed_run_keeps_finished_batches_and_a_rerun_adds_the_rest(
    tmp_path, seeds_dir, fakes_300, single_store
):
    db = tmp_path / "bulk.db"
    args = ("add", "--engine", "local", "--no-report", "--db", str(db), str(seeds_dir))
    args += (str(fakes_300),)
    # killed after the second batch's commit (the seeds, then 64 rows): those stored, no more
    killed = _cli(*args, env=_env(FACTCHECK_FAILPOINT="bulk-after-2"))
    assert killed.returncode == -9
    with Store(db) as store:
        assert len(store.article_ids()) == 69
        assert store_state(store)[0] == single_store[0][:69]
        kept = store_state(store)
    # killed inside the next run's first transaction: that batch is absent, the rest unchanged
    killed = _cli(*args, env=_env(FACTCHECK_FAILPOINT="bulk-in-1"))
    assert killed.returncode == -9
    with Store(db) as store:
        assert store_state(store) == kept
    done = _cli(*args)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Added 236 article(s)" in done.stdout and "2 batches from an earlier run" in done.stdout
    with Store(db) as store:
        assert store_state(store) == single_store
    again = _cli(*args)
    assert "Added 0 article(s)" in again.stdout and "305 already stored" in again.stdout
    with Store(db) as store:
        assert store_state(store) == single_store


def test_bad_rows_are_listed_and_do_not_stop_the_run(tmp_path, hashing_embedder):
    table = tmp_path / "mixed.csv"
    table.write_text(
        "title,text,date\n"
        "Good,At least 12 people were killed in Aleppo on Monday.,2016-12-06\n"
        "No text,,2016-12-06\n"
        "Bad date,Some 40 people were hurt.,not a date\n"
        "Also good,Over 30000 civilians fled eastern Aleppo.,2016-12-07\n",
        encoding="utf-8",
    )
    with Store(tmp_path / "bulk.db") as store:
        summary = add_bulk(store, [table, tmp_path / "missing.csv"], embedder=hashing_embedder)
        assert summary.articles == 2
        assert set(summary.errors) == {
            f"{table}:row 2: missing text",
            f"{table}:row 3: unparseable date 'not a date'",
            f"{tmp_path / 'missing.csv'}: no such file or directory",
        }


def test_batches_are_keyed_by_input_so_a_changed_table_is_read_again(tmp_path, store):
    table = tmp_path / "t.csv"
    table.write_text("text\nAt least 12 people were killed.\n", encoding="utf-8")
    first, _ = plan(store, [table])
    table.write_text("text\nAt least 13 people were killed.\n", encoding="utf-8")
    second, _ = plan(store, [table])
    assert len(first) == len(second) == 1 and first[0].key != second[0].key


def test_cli_refuses_bulk_options_without_a_bulk_engine(tmp_path, seeds_dir):
    out = _cli("add", "--no-relate", "--db", str(tmp_path / "x.db"), str(seeds_dir))
    assert out.returncode == 2 and out.stderr.count("\n") == 1


def test_no_relate_leaves_relations_to_the_next_sync(tmp_path, seeds_dir, hashing_embedder):
    from factcheck.pipeline import sync

    with Store(tmp_path / "bulk.db") as store:
        summary = add_bulk(store, [seeds_dir], embedder=hashing_embedder, relate_claims=False)
        assert summary.claims and not store.relations()
        assert sync(store, hashing_embedder)
        with Store(tmp_path / "one.db") as one:
            add(one, [seeds_dir], hashing_embedder)
            assert store.relations() == one.relations()


def test_parquet_rows_read_like_csv_rows(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    import pyarrow as pa

    from factcheck.ingest import read_table

    rows = {
        "title": ["A", "B"],
        "text": ["At least 12 people were killed on Monday.", "Some 40 were hurt."],
        "date": ["2016-12-06", "2016-12-07"],
    }
    pq.write_table(pa.table(rows), tmp_path / "t.parquet")
    csv = tmp_path / "t.csv"
    csv.write_text(
        "title,text,date\n"
        + "".join(f"{a},{b},{c}\n" for a, b, c in zip(*rows.values(), strict=False)),
        encoding="utf-8",
    )
    got, errors = read_table(tmp_path / "t.parquet")
    want, _ = read_table(csv)
    assert not errors
    strip = lambda arts: [(a.id, a.body, a.published, a.path.rsplit(".", 1)[0]) for a in arts]  # noqa: E731
    assert strip(got) == strip(want)


def test_parquet_needs_no_ray_to_be_refused_cleanly(tmp_path):
    from factcheck.ingest import read_table

    bad = tmp_path / "bad.parquet"
    bad.write_bytes(b"not parquet at all")
    articles, errors = read_table(bad)
    assert not articles and len(errors) == 1 and "Parquet" in errors[0]


def test_path_is_a_real_path(fakes_300):
    assert Path(fakes_300).is_file()
