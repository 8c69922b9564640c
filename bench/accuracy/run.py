"""Run the product on a story exactly as a user would: a fresh store, `check` over its files."""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from pathlib import Path

from factcheck.embed import Embedder
from factcheck.model import CheckResult
from factcheck.pipeline import check
from factcheck.store import Store


def run_paths(paths: Sequence[Path], embedder: Embedder) -> CheckResult:
    """Everything factcheck concludes about these files alone, in a throwaway store."""
    with (
        tempfile.TemporaryDirectory(prefix="factcheck-accuracy-") as tmp,
        Store(Path(tmp) / "story.db") as store,
    ):
        result, delta = check(store, list(paths), embedder)
    if delta.errors:
        raise ValueError("articles could not be read: " + "; ".join(delta.errors))
    return result
