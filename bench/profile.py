"""Profile adding all of FA-KES to an empty store: where does the time go?

`python -m bench.profile [--model hash:256]` writes bench/profile-fakes.txt (pyinstrument's
text tree) and prints the stages' share of the wall time.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from bench.common import FAKES, ROOT


def main() -> None:
    from pyinstrument import Profiler

    from factcheck.embed import make_embedder
    from factcheck.pipeline import add
    from factcheck.store import Store

    parser = argparse.ArgumentParser(prog="python -m bench.profile", description=__doc__)
    parser.add_argument("--model", default=None, help="as factcheck --model (default: bundled)")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "profile-fakes.txt")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "p.db") as store:
        embedder = make_embedder(args.model, store)
        profiler = Profiler(interval=0.005)
        profiler.start()
        delta = add(store, [FAKES], embedder)
        profiler.stop()
    text = profiler.output_text(unicode=True, color=False, show_all=False)
    args.out.write_text(text, encoding="utf-8")
    session = profiler.last_session
    total = session.duration if session else 0.0
    print(f"added {len(delta.added)} articles, {len(delta.claims)} claims in {total:.1f} s")
    root = session.root_frame() if session else None
    stages = {
        "_extract_all": "extract",
        "_embed": "embed",
        "relate": "relate",
        "read_paths": "ingest",
        "put_claims": "store",
    }
    found: dict[str, float] = {}

    def walk(frame) -> None:  # type: ignore[no-untyped-def]
        name = frame.function
        if name in stages and stages[name] not in found:
            found[stages[name]] = frame.time
        for child in frame.children:
            walk(child)

    if root is not None:
        walk(root)
    for stage, seconds in sorted(found.items(), key=lambda kv: -kv[1]):
        print(f"  {stage:8} {seconds:7.2f} s  {100 * seconds / total:5.1f}%")
    print(f"profile tree: {args.out}")


if __name__ == "__main__":
    main()
