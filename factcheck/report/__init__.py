"""Reports people review: the JSON contract, Markdown, a self-contained HTML page, GraphML.

Importing this package is cheap (no matplotlib, no torch): ``factcheck conflicts`` only needs
:func:`conflicts`; the HTML renderer loads matplotlib when it draws.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

from factcheck.model import CheckResult
from factcheck.report.html import render_html
from factcheck.report.jsonreport import conflicts, report_dict
from factcheck.report.markdown import render_markdown

__all__ = ["conflicts", "render_html", "render_markdown", "report_dict", "write_reports"]

log = logging.getLogger(__name__)


def _atomic(path: Path, write: Callable[[Path], None]) -> Path:
    """Write through a temp file in the same directory and rename, so a reader never sees half a
    report and a crash leaves the previous one in place."""
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    tmp = Path(tmp_name)
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
    """Write report.json, report.md, report.html and graph.graphml into ``out_dir``.

    All files share one ``generated`` timestamp. GraphML needs ``factcheck.graph``
    (``build_graph``/``write_graphml``); when that module is missing it is skipped with a warning.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    when = generated or datetime.now(timezone.utc)
    data = json.dumps(report_dict(result, generated=when), ensure_ascii=False, indent=2)
    written = [
        _atomic(out_dir / "report.json", _text_writer(data + "\n")),
        _atomic(out_dir / "report.md", _text_writer(render_markdown(result, generated=when))),
        _atomic(out_dir / "report.html", _text_writer(render_html(result, generated=when))),
    ]
    try:
        from factcheck.graph import build_graph, write_graphml
    except ImportError as exc:
        log.warning("graph.graphml not written: factcheck.graph unavailable (%s)", exc)
        return written
    graph = build_graph(result)
    written.append(_atomic(out_dir / "graph.graphml", lambda tmp: write_graphml(graph, tmp)))
    return written
