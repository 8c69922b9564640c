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

__all__ = ["conflicts", "render_html", "render_markdown", "report_dict", "write_reports"]

log = logging.getLogger(__name__)

# Bump when a renderer's output changes, so reports written by older code are redrawn.
RENDER_VERSION = "1"
_FILES = ("report.json", "report.md", "report.html", "graph.json", "graph.graphml")


def _atomic(path: Path, write: Callable[[Path], None]) -> Path:
    """Write through a temp file in the same directory and rename, so a reader never sees half a
    report and a crash leaves the previous one in place. The temp file is created with the
    usual 0666-minus-umask mode (not mkstemp's 0600): reports are meant to be shared."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    os.close(os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))
    try:
        write(tmp)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


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
    when = generated or datetime.now(timezone.utc)
    payload = report_dict(result, generated=when)
    fingerprint = _fingerprint(payload)
    if generated is None and _current(out_dir, fingerprint):
        # Same corpus, same judgements, same reviews: the reports on disk are still true, and
        # not redrawing them keeps a warm re-check fast (no matplotlib import).
        return [out_dir / name for name in _FILES]
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
    # report.json goes last: its fingerprint says the whole set was written, so a set cut
    # short by a kill is not "current" and the next command that writes reports redraws it.
    json_text = texts.pop("report.json")
    written = [_atomic(out_dir / name, _text_writer(text)) for name, text in texts.items()]
    written.append(_atomic(out_dir / "graph.graphml", lambda tmp: write_graphml(graph, tmp)))
    written.insert(0, _atomic(out_dir / "report.json", _text_writer(json_text)))
    return written


def _clear_leftovers(out_dir: Path) -> None:
    """Temp files of a writer that was killed: ours by name (".report.md.<pid>.<hex>.tmp")."""
    for leftover in out_dir.glob(".*.tmp"):
        if leftover.name.split(".")[1] in {n.split(".")[0] for n in _FILES}:
            leftover.unlink(missing_ok=True)


def _fingerprint(payload: dict) -> str:
    """What the reports say, without when they were written."""
    content = {k: v for k, v in payload.items() if k != "generated"}
    blob = json.dumps([RENDER_VERSION, content], sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def _current(out_dir: Path, fingerprint: str) -> bool:
    """True when every report in ``out_dir`` was written from exactly this content."""
    if not all((out_dir / name).is_file() for name in _FILES):
        return False
    try:
        with open(out_dir / "report.json", encoding="utf-8") as fh:
            return json.load(fh).get("fingerprint") == fingerprint
    except (OSError, ValueError, AttributeError):
        return False
