"""The `factcheck` command: each command parses, calls one library function and prints.

Machine-readable output goes to stdout; progress, warnings and errors go to stderr. Usage and
input errors exit 2; `report --fail-on-conflict` exits 1 on open contradictions.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

app = typer.Typer(
    name="factcheck",
    help="Cross-reference the figures news articles report: agreements, conflicts, updates.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import version

        typer.echo(f"factcheck {version('factcheck')}")
        raise typer.Exit()


@app.callback()
def _root(
    ctx: typer.Context,
    db: Annotated[
        Path | None,
        typer.Option("--db", envvar="FACTCHECK_DB", help="SQLite store (default ./factcheck.db)."),
    ] = None,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")
    ] = False,
) -> None:
    """Cross-reference the figures news articles report: agreements, conflicts, updates."""
    ctx.obj = {"db": db}


DbOption = Annotated[
    Path,
    typer.Option(
        "--db",
        envvar="FACTCHECK_DB",
        help="SQLite store (default ./factcheck.db).",
        show_default=False,
    ),
]
ModelOption = Annotated[
    str | None,
    typer.Option(
        "--model",
        help="Model path or hub name (default: FACTCHECK_MODEL, else bundled all-MiniLM-L6-v2).",
    ),
]
OutOption = Annotated[Path, typer.Option("--out", help="Folder for the reports.")]


class Format(str, Enum):
    text = "text"
    json = "json"


class Engine(str, Enum):
    single = "single"
    local = "local"
    ray = "ray"


class ExtractFormat(str, Enum):
    json = "json"
    jsonl = "jsonl"
    table = "table"


def _err() -> Console:
    return Console(stderr=True, highlight=False, soft_wrap=True)


def _fail(message: str) -> NoReturn:
    """One clear line on stderr and exit 2: the contract for bad input."""
    message = " ".join(str(message).split())
    typer.echo(f"factcheck: error: {message}", err=True)
    raise typer.Exit(2)


def _store_cause(exc: Exception) -> str:
    text = str(exc).lower()
    if "readonly" in text or "read-only" in text:
        return "the store is read-only"
    if "locked" in text or "busy" in text:
        return "the store is locked by another process"
    return "the store is damaged"


@contextmanager
def _errors() -> Iterator[None]:
    from factcheck.embed import ModelError
    from factcheck.ingest import InputError
    from factcheck.pipeline import PipelineError
    from factcheck.store import StoreError

    try:
        yield
    except (InputError, StoreError, ModelError, PipelineError) as exc:
        _fail(str(exc))
    except sqlite3.Error as exc:  # a store damaged past its first pages, or locked too long
        _fail(f"store error: {_store_cause(exc)} ({exc})")
    except OSError as exc:
        _fail(f"{getattr(exc, 'filename', '') or ''} {exc.strerror or exc}")


class _Rate(ProgressColumn):
    """Items per second so far (rich's own speed column is for bytes)."""

    def render(self, task: Any) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:,.1f}/s" if speed else "–/s", style="progress.data.speed")


@contextmanager
def _progress() -> Iterator[Callable[[str, int], Callable[[int], None]]]:
    """Rich progress bars on stderr, shown only to a person at a terminal."""
    show = sys.stderr.isatty() or os.environ.get("FACTCHECK_PROGRESS") == "1"
    if not show:
        yield lambda description, total: lambda n: None
        return
    bars = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        _Rate(),
        TimeElapsedColumn(),
        TextColumn("eta"),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=False,
    )

    def factory(description: str, total: int) -> Callable[[int], None]:
        if total == 0:
            return lambda n: None
        task = bars.add_task(description, total=total)
        return lambda n: bars.advance(task, n)

    with bars:
        yield factory


def _db_path(ctx: typer.Context, db: Path | None) -> Path:
    """--db after the command wins, then --db before it (or FACTCHECK_DB), then ./factcheck.db."""
    if db is None:
        db = (ctx.find_root().obj or {}).get("db")
    return db if db is not None else Path("factcheck.db")


def _open_store(ctx: typer.Context, db: Path | None, *, create: bool = True) -> Any:
    from factcheck.store import Store

    return Store(_db_path(ctx, db), create=create)


def _embedder(model: str | None, store: Any) -> Any:
    from factcheck.embed import make_embedder

    return make_embedder(model, store)


def _parse_columns(columns: str | None) -> dict[str, str] | None:
    if not columns:
        return None
    mapping: dict[str, str] = {}
    for part in columns.split(","):
        field, sep, column = part.partition("=")
        if not sep or not field.strip() or not column.strip():
            _fail(f"--columns wants field=column pairs separated by commas, got {part!r}")
        mapping[field.strip()] = column.strip()
    return mapping


def _print_errors(errors: tuple[str, ...] | list[str]) -> None:
    for line in errors:
        typer.echo(f"factcheck: skipped {line}", err=True)


def _print_warnings(delta: Any) -> None:
    """What was stored but read with doubt (an impossible dateline, a rewritten id)."""
    for line in delta.warnings:
        typer.echo(f"factcheck: warning: {line}", err=True)


def _read_stdin_if(paths: list[str]) -> str | None:
    """Standard input as text, decoded like a file (binary input is refused by name)."""
    if "-" not in paths:
        return None
    from factcheck.ingest import decode_bytes

    text, _ = decode_bytes(sys.stdin.buffer.read(), "standard input")
    return text


@app.command()
def report(
    ctx: typer.Context,
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Articles, folders or tables to check (default: ./seeds and the store)."
        ),
    ] = None,
    db: DbOption = None,  # type: ignore[assignment]
    out: OutOption = Path("reports"),
    model: ModelOption = None,
    columns: Annotated[str | None, typer.Option(help="Table columns: title=..,text=..")] = None,
    fail_on_conflict: Annotated[
        bool, typer.Option("--fail-on-conflict", help="Exit 1 when undismissed conflicts exist.")
    ] = False,
    output: Annotated[
        Format, typer.Option("--format", help="Summary as text or JSON.")
    ] = Format.text,
) -> None:
    """Check articles against each other and write report.md/.json/.html and graph.graphml."""
    from factcheck.pipeline import check
    from factcheck.report import write_reports
    from factcheck.report.jsonreport import summary
    from factcheck.report.view import summary_line

    given = list(paths or [])
    scope = bool(given)
    if not given and Path("seeds").is_dir():
        given = ["seeds"]
    if not given and not _db_path(ctx, db).exists():
        _fail(
            f"nothing to check: no files given, no ./seeds folder and no store at"
            f" {_db_path(ctx, db)}; give articles, e.g. factcheck report article.txt"
        )
    with _errors():
        store = _open_store(ctx, db)
        with store, _progress() as progress:
            result, delta = check(
                store,
                given,
                _embedder(model, store),
                columns=_parse_columns(columns),
                stdin_text=_read_stdin_if(given),
                scope_to_paths=scope,
                progress=progress,
            )
        _print_errors(delta.errors)
        _print_warnings(delta)
        written = write_reports(result, out)
    counts = summary(result)
    if output is Format.json:
        typer.echo(json.dumps(counts | {"reports": [str(p) for p in written]}))
    else:
        typer.echo(f"Checked {summary_line(counts)}.")
        typer.echo(f"Reports: {', '.join(str(p) for p in written)}")
    if fail_on_conflict and counts["contradicts"]:
        raise typer.Exit(1)


@app.command()
def add(
    ctx: typer.Context,
    paths: Annotated[
        list[str], typer.Argument(help="Files, folders, CSV/JSONL tables, or - for stdin.")
    ],
    db: DbOption = None,  # type: ignore[assignment]
    out: OutOption = Path("reports"),
    model: ModelOption = None,
    columns: Annotated[
        str | None,
        typer.Option(help="Map table columns: title=headline,text=body,outlet=src,date=d"),
    ] = None,
    no_report: Annotated[
        bool, typer.Option("--no-report", help="Do not regenerate reports.")
    ] = False,
    output: Annotated[
        Format, typer.Option("--format", help="The delta as text or JSON.")
    ] = Format.text,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="List every relation, however many.")
    ] = False,
    engine: Annotated[
        Engine,
        typer.Option(
            help="single: one transaction (default). local: resumable batches in this process."
            " ray: resumable batches, extraction and embedding on Ray workers."
        ),
    ] = Engine.single,
    address: Annotated[
        str | None,
        typer.Option(
            "--address", envvar="RAY_ADDRESS", help="Ray cluster to run on (--engine ray)."
        ),
    ] = None,
    workers: Annotated[
        int | None,
        typer.Option(help="CPUs of the local Ray instance (default: every core).", min=1),
    ] = None,
    no_relate: Annotated[
        bool,
        typer.Option(
            "--no-relate",
            help="Bulk engines: store claims and vectors only; the next report relates all.",
        ),
    ] = False,
) -> None:
    """Add articles, relate their claims to the corpus, and print what changed."""
    from factcheck.pipeline import add as add_articles
    from factcheck.pipeline import delta_dict, snapshot
    from factcheck.report import write_reports

    if engine is not Engine.single:
        _add_bulk(ctx, paths, db, model, columns, engine.value, address, workers, no_relate)
        return
    if address or no_relate:
        _fail("--address and --no-relate go with --engine ray or --engine local")
    with _errors():
        store = _open_store(ctx, db)
        with store, _progress() as progress:
            embedder = _embedder(model, store)
            delta = add_articles(
                store,
                paths,
                embedder,
                columns=_parse_columns(columns),
                stdin_text=_read_stdin_if(paths),
                progress=progress,
            )
            # reports are redrawn when something landed, or when a killed writer left them
            # behind the store (write_reports skips a set that is already current)
            stored = not no_report and bool(store.article_ids())
            result = snapshot(store, embedder.info) if stored else None
        _print_errors(delta.errors)
        _print_warnings(delta)
        if result is not None:
            write_reports(result, out)
    if output is Format.json:
        typer.echo(json.dumps(delta_dict(delta), ensure_ascii=False))
    else:
        _print_delta(delta, verbose)
    if not delta.added and not delta.unchanged and delta.errors:
        raise typer.Exit(2)


def _add_bulk(
    ctx: typer.Context,
    paths: list[str],
    db: Path | None,
    model: str | None,
    columns: str | None,
    engine: str,
    address: str | None,
    workers: int | None,
    no_relate: bool,
) -> None:
    """The bulk engines: batches committed one by one, a summary line at the end."""
    from factcheck.bulk import add_bulk, shutdown

    if engine == "ray":
        try:
            import ray  # noqa: F401
        except ImportError:
            _fail("--engine ray needs Ray: pip install 'factcheck[ray]'")
    with _errors():
        store = _open_store(ctx, db)
        try:
            with store, _progress() as progress:
                summary = add_bulk(
                    store,
                    paths,
                    engine=engine,
                    model=model,
                    embedder=_embedder(model, store),
                    address=address,
                    workers=workers,
                    columns=_parse_columns(columns),
                    stdin_text=_read_stdin_if(paths),
                    relate_claims=not no_relate,
                    progress=progress,
                )
        finally:
            shutdown()
    _print_errors(summary.errors)
    rate = summary.articles / summary.seconds if summary.seconds else 0.0
    typer.echo(
        f"Added {summary.articles} article(s) with {summary.claims} claims and"
        f" {summary.relations} relations; {summary.unchanged} already stored"
        f" ({summary.resumed} batches from an earlier run); {len(summary.errors)} errors;"
        f" {summary.seconds:.1f} s wall, {rate:.1f} articles/s on {summary.workers}"
        f" worker(s) ({summary.engine})."
    )
    if not summary.articles and not summary.unchanged and summary.errors:
        raise typer.Exit(2)


@app.command()
def index(
    ctx: typer.Context,
    db: DbOption = None,  # type: ignore[assignment]
    model: ModelOption = None,
) -> None:
    """Rebuild the claim index beside the store (after removals, or if its file was lost)."""
    from factcheck.index import rebuild
    from factcheck.pipeline import model_key

    with _errors():
        store = _open_store(ctx, db, create=False)
        with store:
            count = rebuild(store, model_key(_embedder(model, store).info))
    typer.echo(f"Indexed {count} claims.")


# A screenful: past this many relations an add prints counts and its conflicts, not every line.
_LIST_LIMIT = 20


def _print_delta(delta: Any, verbose: bool = False) -> None:
    if not delta.added:
        if delta.unchanged:
            typer.echo(f"Nothing new: {len(delta.unchanged)} article(s) already in the store.")
        return
    typer.echo(
        f"Added {len(delta.added)} article(s) with {len(delta.claims)} claims"
        + (f"; {len(delta.unchanged)} already stored" if delta.unchanged else "")
        + "."
    )
    claims = {c.id: c for c in delta.claims}
    shown = delta.relations
    if len(shown) > _LIST_LIMIT and not verbose:
        counts = {t: sum(r.type == t for r in shown) for t in ("contradicts", "updates", "agrees")}
        typer.echo(
            f"  {len(shown)} relations: {counts['contradicts']} contradictions,"
            f" {counts['updates']} updates, {counts['agrees']} agreements"
            " (--verbose or --format json lists them all)"
        )
        shown = [r for r in shown if r.type == "contradicts"][:_LIST_LIMIT]
    for rel in shown:
        new = claims.get(rel.source) or claims.get(rel.target)
        where = f" [{new.article}]" if new else ""
        kind = "revision" if rel.revision else rel.type
        typer.echo(f"  {kind:<11} {rel.id}{where}: {rel.reason}")
    if not delta.relations:
        typer.echo("  No agreements, conflicts or updates with the corpus.")


@app.command()
def remove(
    ctx: typer.Context,
    article_id: Annotated[str, typer.Argument(help="Article id (file name without extension).")],
    db: DbOption = None,  # type: ignore[assignment]
) -> None:
    """Take an article, its claims and their relations out of the store."""
    from factcheck.pipeline import remove as remove_article

    with _errors():
        store = _open_store(ctx, db, create=False)
        with store:
            remove_article(store, article_id)
    typer.echo(f"Removed {article_id}.")


@app.command()
def extract(
    path: Annotated[str, typer.Argument(help="A text file, or - for stdin.")] = "-",
    lines: Annotated[bool, typer.Option("--lines", help="Every line is a separate text.")] = False,
    output: Annotated[
        ExtractFormat, typer.Option("--format", help="json, jsonl or table.")
    ] = ExtractFormat.json,
    published: Annotated[
        str | None,
        typer.Option("--published", help="Publication date (YYYY-MM-DD) to resolve 'Monday' etc."),
    ] = None,
) -> None:
    """Print the claims found in a text, in the report's claim shape."""
    from datetime import date

    from factcheck.extract import claims_to_dicts
    from factcheck.pipeline import extract_lines, extract_path

    try:
        day = date.fromisoformat(published) if published else None
    except ValueError:
        _fail(f"--published {published!r} is not a real date (YYYY-MM-DD)")
    with _errors():
        if lines:
            for number, claims in extract_lines(path, day):
                typer.echo(json.dumps({"line": number, "claims": claims}, ensure_ascii=False))
            return
        claims = claims_to_dicts(extract_path(path, day))
    if output is ExtractFormat.json:
        typer.echo(json.dumps(claims, ensure_ascii=False, indent=2))
    elif output is ExtractFormat.jsonl:
        for claim in claims:
            typer.echo(json.dumps(claim, ensure_ascii=False))
    else:
        table = Table("mention", "kind", "value", "range", "unit", "measure", "as of")
        for c in claims:
            as_of = c["as_of"]["start"] if c.get("as_of") else ""
            table.add_row(
                c["mention"],
                c["kind"],
                _fmt(c["value"]),
                f"{_fmt(c['low'])}–{_fmt(c['high'])}",
                c["unit"],
                c["measure"],
                as_of,
            )
        Console().print(table)


def _side(claim: dict[str, Any]) -> str:
    when = (claim.get("as_of") or {}).get("start") or "date unknown"
    return f"{claim['mention']} — {claim.get('outlet') or claim['article']}, {when}"


def _fmt(x: float | None) -> str:
    """Rounded as the reports round it: never 5.19615 for "several"."""
    from factcheck.report.view import fmt_num

    return "" if x is None else fmt_num(x)


@app.command()
def conflicts(
    ctx: typer.Context,
    db: DbOption = None,  # type: ignore[assignment]
    output: Annotated[Format, typer.Option("--format", help="table (text) or JSON.")] = Format.text,
    all_: Annotated[bool, typer.Option("--all", help="Include dismissed conflicts.")] = False,
) -> None:
    """List the contradictions in the store."""
    from factcheck.pipeline import snapshot
    from factcheck.report import conflicts as list_conflicts

    with _errors():
        store = _open_store(ctx, db, create=False)
        with store:
            rows = list_conflicts(snapshot(store), include_dismissed=all_)
    if output is Format.json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    table = Table(
        "#",
        "id",
        "claim A",
        "claim B",
        "reason",
        "why this rank",
        "review",
        title=f"{len(rows)} conflicts, those that matter most first",
    )
    for row in rows:
        a, b = row["a"], row["b"]
        table.add_row(
            str(row["priority"]["rank"]),
            row["id"],
            _side(a),
            _side(b),
            row["reason"],
            row["priority"]["why"],
            (row.get("review") or {}).get("decision", "") if row.get("review") else "",
        )
    Console().print(table)


@app.command()
def review(
    ctx: typer.Context,
    relation_id: Annotated[str, typer.Argument(help="Relation id, as in the reports.")],
    accept: Annotated[bool, typer.Option("--accept", help="The relation is right.")] = False,
    dismiss: Annotated[
        bool, typer.Option("--dismiss", help="Not a real conflict/relation.")
    ] = False,
    note: Annotated[str, typer.Option("--note", help="Why, for the next reviewer.")] = "",
    db: DbOption = None,  # type: ignore[assignment]
) -> None:
    """Record a reviewer's decision on a relation; it survives re-checks."""
    from factcheck.pipeline import review as record

    if accept == dismiss:
        _fail("give exactly one of --accept or --dismiss")
    with _errors():
        store = _open_store(ctx, db, create=False)
        with store:
            item = record(store, relation_id, "accepted" if accept else "dismissed", note)
    typer.echo(f"{item.relation}: {item.decision}" + (f" ({item.note})" if item.note else ""))


@app.command()
def serve(
    ctx: typer.Context,
    db: DbOption = None,  # type: ignore[assignment]
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[
        int, typer.Option("--port", help="Port to listen on.", min=1, max=65535)
    ] = 8000,
    model: ModelOption = None,
) -> None:
    """Open the review desk: a local web app to review conflicts and add articles."""
    from factcheck.serve import run_server

    path = _db_path(ctx, db)
    with _errors():
        _open_store(ctx, db).close()  # a damaged or foreign file fails here, with exit 2
    typer.echo(f"factcheck review desk on http://{host}:{port}/ (store {path}); Ctrl-C stops it")
    run_server(path, host=host, port=port, model=model)


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("factcheck: interrupted", err=True)
        sys.exit(130)
