"""Reports people review: the JSON contract, Markdown, a self-contained HTML page, GraphML.

Importing this package is cheap (no matplotlib, no torch): ``factcheck conflicts`` only needs
:func:`conflicts`; the HTML renderer loads matplotlib when it draws.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import secrets
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

from factcheck.graph import build_graph, to_node_link, write_graphml
from factcheck.model import CheckResult
from factcheck.report.html import render_html
from factcheck.report.jsonreport import conflicts, report_dict
from factcheck.report.markdown import render_markdown

__all__ = [
    "REPORT_FILES",
    "conflicts",
    "render_html",
    "render_markdown",
    "report_dict",
    "write_reports",
]

log = logging.getLogger(__name__)

# Bump when a renderer's output changes, so reports written by older code are redrawn.
RENDER_VERSION = "1"
REPORT_FILES = ("report.json", "report.md", "report.html", "graph.json", "graph.graphml")


_JOURNAL = ".reports.commit"  # the renames that publish a written set, until they are done


def _staged(path: Path, write: Callable[[Path], None]) -> Path:
    """Write ``path``'s next version to a temp file beside it (created with the usual
    0666-minus-umask mode, not mkstemp's 0600: reports are meant to be shared)."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    os.close(os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))
    try:
        write(tmp)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def _publish(out_dir: Path, staged: dict[str, Path]) -> None:
    """Rename every staged file into place, all or none: the journal of renames is written
    (atomically) first, so a kill between two renames is finished by the next writer."""
    journal = {name: tmp.name for name, tmp in staged.items()}
    os.replace(_staged(out_dir / _JOURNAL, _text_writer(json.dumps(journal))), out_dir / _JOURNAL)
    _roll_forward(out_dir)


def _roll_forward(out_dir: Path) -> None:
    """Finish the renames a journal lists (those not done yet), then drop the journal."""
    try:
        journal = json.loads((out_dir / _JOURNAL).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return
    for name, tmp in journal.items():
        if name in REPORT_FILES and (out_dir / tmp).is_file():
            os.replace(out_dir / tmp, out_dir / name)
    (out_dir / _JOURNAL).unlink(missing_ok=True)


def _text_writer(text: str) -> Callable[[Path], None]:
    def write(tmp: Path) -> None:
        with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())

    return write


def write_reports(
    result: CheckResult, out_dir: Path, *, generated: datetime | None = None
) -> list[Path]:
    """Write report.json, report.md, report.html, graph.graphml and graph.json into ``out_dir``.

    All files share one ``generated`` timestamp; graph.json is networkx's node-link form of the
    same graph as the GraphML, for tools that read JSON.
    """
    out_dir = Path(out_dir)
    if out_dir.is_dir():
        _roll_forward(out_dir)  # a set a killed writer began to publish is finished first
    when = generated or datetime.now(timezone.utc)
    payload = report_dict(result, generated=when)
    fingerprint = _fingerprint(payload)
    if generated is None and _current(out_dir, fingerprint):
        # Same corpus, same judgements, same reviews: the reports on disk are still true, and
        # not redrawing them keeps a warm re-check fast (no matplotlib import).
        return [out_dir / name for name in REPORT_FILES]
    payload["fingerprint"] = fingerprint
    # Render everything before touching the folder: a failing renderer leaves the old set whole.
    texts = {
        "report.json": json.dumps(payload, ensure_ascii=False, indent=2) + "\n",
        "report.md": render_markdown(result, generated=when),
        "report.html": render_html(result, generated=when),
    }
    graph = build_graph(result)
    texts["graph.json"] = json.dumps(to_node_link(graph), ensure_ascii=False, default=str) + "\n"
    out_dir.mkdir(parents=True, exist_ok=True)
    _clear_leftovers(out_dir)
    staged: dict[str, Path] = {}
    try:
        for name, text in texts.items():
            staged[name] = _staged(out_dir / name, _text_writer(text))
        staged["graph.graphml"] = _staged(
            out_dir / "graph.graphml", lambda tmp: write_graphml(graph, tmp)
        )
    except BaseException:
        for tmp in staged.values():
            tmp.unlink(missing_ok=True)
        raise
    _publish(out_dir, staged)
    return [out_dir / name for name in REPORT_FILES]


def _clear_leftovers(out_dir: Path) -> None:
    """Temp files of a set a killed writer never published (ours by name,
    ".report.md.<pid>.<hex>.tmp"); a set it began to publish was finished by ``write_reports``
    before anything else."""
    stems = {n.split(".")[0] for n in (*REPORT_FILES, _JOURNAL[1:])}
    for leftover in out_dir.glob(".*.tmp"):
        parts = leftover.name.split(".")
        if len(parts) > 4 and parts[1] in stems and not _alive(parts[-3]):
            leftover.unlink(missing_ok=True)


def _alive(pid: str) -> bool:
    """Whether the writer that named a temp file still runs (then its files are not ours to
    drop: it is staging a set of its own)."""
    if not pid.isdigit() or int(pid) == os.getpid():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _fingerprint(payload: dict) -> str:
    """What the reports say, without when they were written."""
    content = {k: v for k, v in payload.items() if k != "generated"}
    blob = json.dumps([RENDER_VERSION, content], sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def _current(out_dir: Path, fingerprint: str) -> bool:
    """True when every report in ``out_dir`` was written from exactly this content."""
    if not all((out_dir / name).is_file() for name in REPORT_FILES):
        return False
    try:
        with open(out_dir / "report.json", encoding="utf-8") as fh:
            return json.load(fh).get("fingerprint") == fingerprint
    except (OSError, ValueError, AttributeError):
        return False
