"""The command line as a user meets it: files written, exit codes, clean stdout."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from tests.contract import contract_errors

from .test_pipeline import CONFLICT_A, CONFLICT_B

runner = CliRunner()


@pytest.fixture()
def workdir(tmp_path, seeds_dir, monkeypatch) -> Path:
    """A fresh directory with seeds/ in it, as the repo root is for a new user."""
    shutil.copytree(seeds_dir, tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("FACTCHECK_MODEL", "hash:256")
    monkeypatch.delenv("FACTCHECK_DB", raising=False)
    return tmp_path


def test_report_on_seeds_writes_the_reports(workdir, gold):
    result = runner.invoke(app, ["report"])
    assert result.exit_code == 0, result.output
    out = workdir / "reports"
    for name in ("report.md", "report.json", "report.html", "graph.graphml", "graph.json"):
        assert (out / name).is_file(), name
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert contract_errors(report) == []
    published = {a["id"]: a["published"] for a in report["articles"]}
    assert published == {k: v["published"] for k, v in gold["articles"].items()}
    graph = nx.read_graphml(out / "graph.graphml")
    claim_nodes = [n for n, d in graph.nodes(data=True) if d.get("type") == "claim"]
    assert len(claim_nodes) == len(report["claims"])
    from factcheck.graph import from_node_link

    linked = from_node_link(json.loads((out / "graph.json").read_text(encoding="utf-8")))
    assert set(linked.nodes) == set(graph.nodes)
    assert linked.number_of_edges() == graph.number_of_edges()
    assert "5 articles" in result.stdout
    assert (workdir / "factcheck.db").is_file()


def test_report_paths_check_only_those(workdir, tmp_path):
    runner.invoke(app, ["report"])
    one = workdir / "seeds" / "004_c2ce3b4b1e957bb0.txt"
    result = runner.invoke(app, ["report", str(one), "--out", "only", "--format", "json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["articles"] == 1
    report = json.loads((workdir / "only" / "report.json").read_text())
    assert [a["id"] for a in report["articles"]] == ["004_c2ce3b4b1e957bb0"]


def test_db_option_and_env(workdir, monkeypatch):
    assert runner.invoke(app, ["report", "--db", "other.db"]).exit_code == 0
    assert (workdir / "other.db").is_file()
    monkeypatch.setenv("FACTCHECK_DB", str(workdir / "env.db"))
    assert runner.invoke(app, ["report"]).exit_code == 0
    assert (workdir / "env.db").is_file()


@pytest.mark.parametrize(
    "make",
    [
        lambda d: d / "missing.txt",
        lambda d: (d / "empty.txt", (d / "empty.txt").write_text(""))[0],
        lambda d: (d / "blank.txt", (d / "blank.txt").write_text("  \n\n \t\n"))[0],
        lambda d: (d / "bin.txt", (d / "bin.txt").write_bytes(b"\x00\x01\x02\xff" * 300))[0],
        lambda d: (d / "u.txt", (d / "u.txt").write_bytes(b"Aleppo \xff\xfe\xfa\x80\x81 text"))[0],
    ],
    ids=["missing", "empty", "blank", "binary", "undecodable"],
)
def test_bad_input_one_line_exit_2(workdir, make):
    target = make(workdir)
    result = runner.invoke(app, ["report", str(target)])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and target.name in lines[0], result.stderr
    assert result.stdout == ""


def test_corrupted_store_exit_2(workdir):
    (workdir / "factcheck.db").write_bytes(b"garbage" * 100)
    result = runner.invoke(app, ["report"])
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert (workdir / "factcheck.db").read_bytes() == b"garbage" * 100


def test_extract_lines_one_object_per_line(workdir):
    text = (
        "At least 12 people were killed on Monday.\nNo figures here.\n"
        "About 85 percent was retaken.\n"
    )
    result = runner.invoke(app, ["extract", "-", "--lines"], input=text)
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["line"] for r in rows] == [1, 2, 3]
    assert rows[0]["claims"] and rows[0]["claims"][0]["kind"] == "count"
    assert rows[1]["claims"] == []
    assert rows[2]["claims"][0]["kind"] == "percent"


def test_extract_published_resolves_weekdays(workdir):
    line = "At least 12 people were killed on Monday.\n"
    result = runner.invoke(app, ["extract", "--lines", "--published", "2016-12-07"], input=line)
    assert result.exit_code == 0, result.output
    (claim,) = json.loads(result.stdout)["claims"]
    assert claim["as_of"] == {"start": "2016-12-05", "end": "2016-12-05"}
    bad = runner.invoke(app, ["extract", "--published", "2016-02-31"], input=line)
    assert bad.exit_code == 2 and "not a real date" in bad.stderr


def test_extract_file_json(workdir):
    path = workdir / "seeds" / "004_c2ce3b4b1e957bb0.txt"
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == 0, result.output
    claims = json.loads(result.stdout)
    assert any("85 percent" in c["mention"] for c in claims)


def test_review_round_trip_and_fail_on_conflict(workdir):
    d = workdir / "conflict"
    d.mkdir()
    (d / "a.txt").write_text(CONFLICT_A)
    (d / "b.txt").write_text(CONFLICT_B)
    first = runner.invoke(app, ["report", str(d), "--fail-on-conflict"])
    assert first.exit_code == 1, first.output
    listed = runner.invoke(app, ["conflicts", "--format", "json"])
    rows = json.loads(listed.stdout)
    assert len(rows) == 1
    rel = rows[0]["id"]
    assert rows[0]["priority"]["rank"] == 1 and rows[0]["priority"]["sources_differ"]
    table = runner.invoke(app, ["conflicts"], env={"COLUMNS": "400"})
    assert "matter most first" in table.stdout and rows[0]["priority"]["why"] in table.stdout
    note = "figures measure different areas"
    done = runner.invoke(app, ["review", rel, "--dismiss", "--note", note])
    assert done.exit_code == 0, done.output
    again = runner.invoke(app, ["report", str(d), "--fail-on-conflict"])
    assert again.exit_code == 0, again.output
    assert note in (workdir / "reports" / "report.md").read_text()
    assert json.loads(runner.invoke(app, ["conflicts", "--format", "json"]).stdout) == []
    assert runner.invoke(app, ["review", "nope", "--dismiss"]).exit_code == 2
    assert runner.invoke(app, ["review", rel]).exit_code == 2


def test_add_prints_delta_and_json(workdir):
    runner.invoke(app, ["report"])
    new = workdir / "new.txt"
    new.write_text(CONFLICT_A)
    result = runner.invoke(app, ["add", str(new), "--format", "json"])
    assert result.exit_code == 0, result.output
    delta = json.loads(result.stdout)
    assert delta["added"] == ["new"] and delta["claims"]
    again = runner.invoke(app, ["add", str(new)])
    assert again.exit_code == 0 and "Nothing new" in again.stdout


def test_add_stdin_and_remove(workdir):
    result = runner.invoke(app, ["add", "-", "--no-report"], input=CONFLICT_B)
    assert result.exit_code == 0, result.output
    report = runner.invoke(app, ["conflicts", "--format", "json"])
    assert report.exit_code == 0
    from factcheck.store import Store

    with Store("factcheck.db") as s:
        (article,) = s.articles()
    assert runner.invoke(app, ["remove", article.id]).exit_code == 0
    assert runner.invoke(app, ["remove", article.id]).exit_code == 2


@pytest.mark.model
def test_real_model_end_to_end_and_warm_run_skips_torch(tmp_path, seeds_dir, gold):
    """The real bundled model, through the real command, twice: the second run loads no torch."""
    shutil.copytree(seeds_dir, tmp_path / "seeds")
    env = {k: v for k, v in __import__("os").environ.items() if k != "FACTCHECK_MODEL"}
    t0 = time.perf_counter()
    cold = subprocess.run(
        [sys.executable, "-m", "factcheck", "report"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    cold_s = time.perf_counter() - t0
    assert cold.returncode == 0, cold.stderr
    report = json.loads((tmp_path / "reports" / "report.json").read_text())
    assert contract_errors(report) == []
    assert report["model"]["name"].endswith("all-MiniLM-L6-v2")
    probe = (
        "import sys, runpy; sys.argv=['factcheck','report']\n"
        "try:\n runpy.run_module('factcheck', run_name='__main__')\n"
        "except SystemExit as e: code = e.code\n"
        "print('TORCH', 'torch' in sys.modules)"
    )
    warm = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert "TORCH False" in warm.stdout, warm.stdout + warm.stderr
    print(f"cold report {cold_s:.1f}s")


def test_db_goes_before_or_after_the_command(workdir, seeds_dir):
    db = workdir / "elsewhere.db"
    seed = str(sorted(seeds_dir.glob("*.txt"))[0])
    added = runner.invoke(app, ["--db", str(db), "add", seed, "--no-report"])
    assert added.exit_code == 0, added.output
    assert db.is_file() and not (workdir / "factcheck.db").exists()
    before = runner.invoke(app, ["--db", str(db), "conflicts", "--format", "json"])
    after = runner.invoke(app, ["conflicts", "--format", "json", "--db", str(db)])
    assert before.exit_code == after.exit_code == 0
    assert before.stdout == after.stdout


def test_version_is_printed():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.startswith("factcheck ")


def test_report_with_nothing_to_check_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FACTCHECK_DB", raising=False)
    result = runner.invoke(app, ["report"])
    assert result.exit_code == 2
    assert "no ./seeds folder" in result.output and "factcheck.db" in result.output
    assert list(tmp_path.iterdir()) == []


def _story(n: int) -> str:
    days = "\n\n".join(
        f"On Day {i}, officials said at least {10 + i} people were killed in Aleppo."
        for i in range(n)
    )
    return f"Toll climbs\n\nAFP, December 7, 2016\n\n{days}\n"


def test_a_bulk_add_prints_a_summary_unless_verbose(workdir):
    (workdir / "a.txt").write_text(_story(12), encoding="utf-8")
    (workdir / "b.txt").write_text(_story(12).replace("AFP", "Reuters"), encoding="utf-8")
    assert runner.invoke(app, ["add", "a.txt", "--no-report"]).exit_code == 0
    short = runner.invoke(app, ["add", "b.txt", "--no-report"])
    assert short.exit_code == 0, short.output
    assert runner.invoke(app, ["remove", "b"]).exit_code == 0
    verbose = runner.invoke(app, ["add", "b.txt", "--no-report", "--verbose"])
    summary = [line for line in short.stdout.splitlines() if line.startswith("  ")]
    listed = [line for line in verbose.stdout.splitlines() if line.startswith("  ")]
    assert len(listed) > 20, verbose.stdout
    assert "relations:" in summary[0] and len(summary) < len(listed)


def test_unsafe_ids_are_rewritten_and_render_inert(workdir):
    from markdown_it import MarkdownIt

    from factcheck.ingest import safe_id

    name = "x`<img src=x onerror=alert(1)>`.txt"
    (workdir / name).write_text(_story(2), encoding="utf-8")
    result = runner.invoke(app, ["report", name])
    assert result.exit_code == 0, result.output
    assert "rewritten as" in result.stderr
    html = MarkdownIt().render((workdir / "reports" / "report.md").read_text(encoding="utf-8"))
    assert "<img" not in html
    for bad in ("../../x", "/etc/passwd", "a\x00b"):
        assert all(ch.isalnum() or ch in "_-." for ch in safe_id(bad))
        assert ".." not in safe_id(bad) and not safe_id(bad).startswith(".")


def test_garbage_in_later_pages_is_one_line_and_exit_2(workdir, seeds_dir):
    db = workdir / "s.db"
    assert (
        runner.invoke(app, ["--db", str(db), "add", str(seeds_dir), "--no-report"]).exit_code == 0
    )
    raw = bytearray(db.read_bytes())
    page = 4096
    assert len(raw) > 4 * page
    raw[2 * page :] = b"\xde\xad\xbe\xef" * ((len(raw) - 2 * page) // 4)
    db.write_bytes(bytes(raw))
    for command in (["conflicts"], ["report", "--out", "elsewhere"], ["remove", "nothing"]):
        result = runner.invoke(app, ["--db", str(db), *command])
        assert result.exit_code == 2, (command, result.output)
        lines = [line for line in result.stderr.splitlines() if line.strip()]
        assert len(lines) == 1 and "damaged" in lines[0], (command, result.stderr)


def test_binary_on_stdin_is_one_line_naming_the_source(workdir):
    result = runner.invoke(app, ["add", "-"], input=b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert result.exit_code == 2
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "standard input" in lines[0] and "binary" in lines[0]
    assert (
        not (workdir / "factcheck.db").exists() or runner.invoke(app, ["conflicts"]).exit_code == 0
    )


def test_reports_behind_the_store_are_redrawn_by_the_next_add(workdir):
    assert runner.invoke(app, ["report"]).exit_code == 0
    out = workdir / "reports"
    (workdir / "new.txt").write_text(_story(2), encoding="utf-8")
    # the store moves on without its reports, as when a writer is killed half-way
    assert runner.invoke(app, ["add", "new.txt", "--no-report"]).exit_code == 0
    leftover = out / ".report.md.12345.abcd.tmp"
    leftover.write_text("half a report", encoding="utf-8")
    again = runner.invoke(app, ["add", "new.txt"])
    assert again.exit_code == 0 and "Nothing new" in again.stdout
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert "new" in {a["id"] for a in report["articles"]}
    assert not leftover.exists()


def test_reports_from_a_fresh_store_are_byte_identical(workdir):
    """As in a fresh clone: the tracked reports do not churn when nothing they say changed."""
    assert runner.invoke(app, ["report"]).exit_code == 0
    out = workdir / "reports"
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    (workdir / "factcheck.db").unlink()
    assert runner.invoke(app, ["report"]).exit_code == 0
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_an_impossible_dateline_is_stored_undated_with_a_warning(workdir):
    (workdir / "bad-date.txt").write_text(
        "Clashes in Aleppo\nReuters, February 30, 2016\n\n"
        "At least 12 people were killed in Aleppo on Monday, a monitor said.\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["add", "bad-date.txt", "--no-report"])
    assert result.exit_code == 0
    assert "warning" in result.stderr and "February 30, 2016" in result.stderr
