"""Adding is incremental, idempotent and all-or-nothing; reviews outlive re-checks."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck import pairs
from factcheck.extract import MAX_FIGURES
from factcheck.ingest import MAX_ARTICLE_CHARS
from factcheck.pipeline import PipelineError, add, check, remove, review, snapshot, sync
from factcheck.store import Store

CONFLICT_A = """Army holds most of east Aleppo

December 7, 2016

Syrian government forces controlled 90 percent of eastern Aleppo on Tuesday, a monitor said.
"""
CONFLICT_B = """Troops close in on last rebel pocket

December 7, 2016

Government troops controlled 99 percent of eastern Aleppo on Tuesday, state television said.
"""


def dump(path: Path) -> dict[str, list]:
    """The store's logical content, to compare before and after a failed change."""
    with Store(path, create=False) as s:
        return {
            "articles": s.articles(),
            "claims": s.claims(),
            "relations": s.relations(),
            "reviews": s.reviews(),
        }


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["FACTCHECK_MODEL"] = "hash:256"
    env.update(extra)
    return env


def _cli(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None):
    return subprocess.run(
        [sys.executable, "-m", "factcheck", *args],
        capture_output=True,
        text=True,
        env=env or _env(),
        cwd=cwd,
        timeout=600,
    )


def test_readding_changes_nothing(store, seeds_dir, hashing_embedder):
    first = add(store, [seeds_dir], hashing_embedder)
    assert len(first.added) == 5 and first.claims
    before = (store.claims(), store.relations())
    again = add(store, [seeds_dir], hashing_embedder)
    assert not again.added and len(again.unchanged) == 5
    assert (store.claims(), store.relations()) == before


def test_incremental_adds_equal_one_add(tmp_path, seeds_dir, hashing_embedder):
    files = sorted(seeds_dir.glob("*.txt"))
    with Store(tmp_path / "one.db") as one, Store(tmp_path / "many.db") as many:
        add(one, files, hashing_embedder)
        for f in files:
            add(many, [f], hashing_embedder)
        # later adds read the stored claims' relating keys; confidences must not move
        assert {r.id: (r.type, r.confidence) for r in one.relations()} == {
            r.id: (r.type, r.confidence) for r in many.relations()
        }
        assert many.get_pair_keys([c.id for c in many.claims()], pairs.keys_version())


def test_remove_takes_claims_and_relations(store, seeds_dir, hashing_embedder):
    add(store, [seeds_dir], hashing_embedder)
    victim = "003_c1ba852690f5ce04"
    gone = {c.id for c in store.claims() if c.article == victim}
    assert gone
    remove(store, victim)
    assert victim not in store.article_ids()
    assert not any(r.source in gone or r.target in gone for r in store.relations())
    with pytest.raises(PipelineError):
        remove(store, victim)


def test_model_change_rederives(store, seeds_dir, hashing_embedder):
    from factcheck.embed import HashingEmbedder

    add(store, [seeds_dir], hashing_embedder)
    assert not sync(store, hashing_embedder)
    assert sync(store, HashingEmbedder(128))
    assert not sync(store, HashingEmbedder(128))


@pytest.fixture()
def conflict_dir(tmp_path) -> Path:
    d = tmp_path / "conflict"
    d.mkdir()
    (d / "a.txt").write_text(CONFLICT_A, encoding="utf-8")
    (d / "b.txt").write_text(CONFLICT_B, encoding="utf-8")
    return d


def test_same_day_conflict_found_and_dismissal_survives(store, conflict_dir, hashing_embedder):
    result, _ = check(store, [conflict_dir], hashing_embedder)
    conflicts = [r for r in result.relations if r.type == "contradicts"]
    assert len(conflicts) == 1, result.relations
    review(store, conflicts[0].id, "dismissed", "different definitions of the east")
    again, _ = check(store, [conflict_dir], hashing_embedder)
    assert [r.id for r in again.relations if r.type == "contradicts"] == [conflicts[0].id]
    assert [(r.relation, r.decision) for r in again.reviews] == [(conflicts[0].id, "dismissed")]
    with pytest.raises(PipelineError):
        review(store, "nope", "dismissed")


def test_scoped_check_reports_only_given_paths(store, seeds_dir, conflict_dir, hashing_embedder):
    add(store, [seeds_dir], hashing_embedder)
    result, _ = check(store, [conflict_dir], hashing_embedder)
    assert {a.id for a in result.articles} == {"a", "b"}
    assert len(snapshot(store).articles) == 7


@pytest.mark.parametrize("point", ["before-write", "mid-write", "before-commit"])
def test_killed_add_leaves_store_unchanged(tmp_path, seeds_dir, point):
    db = tmp_path / "s.db"
    files = sorted(seeds_dir.glob("*.txt"))
    assert _cli("add", *map(str, files[:3]), "--db", str(db), "--no-report").returncode == 0
    before = dump(db)
    proc = _cli(
        "add",
        *map(str, files[3:]),
        "--db",
        str(db),
        "--no-report",
        env=_env(FACTCHECK_FAILPOINT=point),
    )
    assert proc.returncode == -signal.SIGKILL
    assert dump(db) == before
    # and the store still works: the same add now lands
    assert _cli("add", *map(str, files[3:]), "--db", str(db), "--no-report").returncode == 0
    assert len(dump(db)["articles"]) == 5


def test_two_concurrent_adds_both_land(tmp_path, seeds_dir, fakes_csv, hashing_embedder):
    db = tmp_path / "s.db"
    files = sorted(seeds_dir.glob("*.txt"))
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "factcheck", "add", *args, "--db", str(db), "--no-report"],
            env=_env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for args in ([str(f) for f in files[:2]] + [str(fakes_csv)], [str(f) for f in files[2:]])
    ]
    for p in procs:
        _, err = p.communicate(timeout=600)
        assert p.returncode == 0, err
    got = dump(db)
    from factcheck.ingest import read_paths

    rows, errors = read_paths([fakes_csv])
    assert len(rows) == 804 and not errors
    assert len(got["articles"]) == 5 + len({a.content_hash for a in rows})
    with Store(tmp_path / "serial.db") as serial:
        add(serial, [*files, fakes_csv], hashing_embedder)
        assert {r.id for r in serial.relations()} == {r.id for r in got["relations"]}


def test_bad_inputs_leave_store_byte_for_byte(tmp_path, seeds_dir):
    db = tmp_path / "s.db"
    assert _cli("add", str(seeds_dir), "--db", str(db), "--no-report").returncode == 0
    before = db.read_bytes()
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_text("")
    (bad / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (bad / "latin.txt").write_bytes("Caf\xe9 \xff\xfe\x00 bomb".encode("latin-1") + b"\x81\x8d")
    (bad / "broken.csv").write_text('title,text,date\n"unclosed,"x\n', encoding="utf-8")
    (bad / "absurd.csv").write_text(
        "title,text,date\nShelling,At least 12 people were killed.,31/02/2016\n", encoding="utf-8"
    )
    for target in [tmp_path / "missing.txt", *sorted(bad.iterdir())]:
        proc = _cli("add", str(target), "--db", str(db), "--no-report")
        assert proc.returncode == 2, (target, proc.stderr)
        assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr
        assert db.read_bytes() == before, target


def test_good_files_land_beside_bad_ones(tmp_path, seeds_dir):
    db = tmp_path / "s.db"
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    good = tmp_path / "good.txt"
    shutil.copy(seeds_dir / "003_c1ba852690f5ce04.txt", good)
    proc = _cli("add", str(good), str(empty), "--db", str(db), "--no-report")
    assert proc.returncode == 0
    assert "empty.txt" in proc.stderr
    assert [a.id for a in dump(db)["articles"]] == ["good"]


def test_a_rejected_add_changes_nothing_whatever_the_model(tmp_path, seeds_dir):
    """An add that stores nothing must not re-derive the corpus for a different model."""
    from factcheck.embed import HashingEmbedder

    db = tmp_path / "s.db"
    with Store(db) as store:
        add(store, [seeds_dir], HashingEmbedder(256))
    before = dump(db)
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    with Store(db) as store:
        delta = add(store, [empty], HashingEmbedder(128))
    assert not delta.added and delta.errors
    assert dump(db) == before


_REPEATED = "At least 12 people were killed in Aleppo on Monday, the monitor said. "


def test_an_article_of_repeated_figures_costs_bounded_time_and_memory(tmp_path):
    """256 KB of one figure over and over: was quadratic (57 s, 915 MB); now the figures per
    article are capped and stated, and overlap checks bisect. Timed in CPU seconds."""
    big = tmp_path / "big.txt"
    big.write_text("Toll\n\n" + _REPEATED * (256 * 1024 // len(_REPEATED)), encoding="utf-8")
    # a wrapper process measures its one child, so no earlier test's peak is counted
    measure = (
        "import resource, subprocess, sys\n"
        "p = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
        "use = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        # CPU seconds, not wall: on a loaded machine the wall time is mostly waiting for a core
        "dt = use.ru_utime + use.ru_stime\n"
        "rss = use.ru_maxrss / 1024\n"
        "sys.stderr.write(p.stderr)\n"
        "print(dt, rss, p.returncode)\n"
        "print(p.stdout)\n"
    )
    args = ["add", str(big), "--db", str(tmp_path / "s.db"), "--no-report", "--format", "json"]
    run = subprocess.run(
        [sys.executable, "-c", measure, sys.executable, "-m", "factcheck", *args],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=600,
    )
    head, _, body = run.stdout.partition("\n")
    seconds, peak_mib, code = (float(x) for x in head.split())
    result = subprocess.CompletedProcess(args, int(code), body, run.stderr)
    assert result.returncode == 0, result.stderr
    claims = json.loads(result.stdout)["claims"]
    assert len(claims) == MAX_FIGURES
    assert all("only the first were read" in " ".join(c["warnings"]) for c in claims)
    assert seconds < 10 and peak_mib < 500, (seconds, peak_mib)


def test_a_text_too_long_for_an_article_is_refused_in_one_line(tmp_path):
    huge = tmp_path / "huge.txt"
    huge.write_text("Big\n\n" + "word " * (MAX_ARTICLE_CHARS // 4), encoding="utf-8")
    db = tmp_path / "s.db"
    result = _cli("add", str(huge), "--db", str(db), "--no-report")
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "split it" in result.stderr
