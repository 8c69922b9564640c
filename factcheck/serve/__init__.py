"""The review desk: ``factcheck serve``, a local web app over the store.

Importing this package costs nothing; the web stack loads with :func:`create_app`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


def create_app(db: Path, *, model: str | None = None) -> Any:
    from factcheck.serve.app import create_app as make

    return make(db, model=model)


def run_server(db: Path, *, host: str, port: int, model: str | None = None) -> None:
    from factcheck.serve.app import run_server as run

    run(db, host=host, port=port, model=model)
