"""Screenshot an HTML report with headless Chromium for the README (docs/report-screenshot.png).

Usage: python docs/make_screenshot.py [reports/report.html] [--out docs/report-screenshot.png]
Make the report first (``factcheck report``); Chromium comes from .ci/install-browser.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


def screenshot(html: Path, out: Path, *, chromium: str, size: str = "1280,2000") -> Path:
    """Render ``html`` in a throw-away profile so no local browser state colours the picture."""
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="factcheck-shot-") as profile:
        cmd = [
            chromium,
            *FLAGS,
            f"--user-data-dir={profile}",
            f"--screenshot={out.resolve()}",
            f"--window-size={size}",
            html.resolve().as_uri(),
        ]
        subprocess.run(cmd, check=True, capture_output=True, timeout=180)
    if not out.is_file() or out.stat().st_size == 0:
        raise RuntimeError(f"chromium wrote no screenshot to {out}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("html", nargs="?", type=Path, default=ROOT / "reports" / "report.html")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "report-screenshot.png")
    parser.add_argument("--size", default="1280,2000", help="window size, width,height")
    parser.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    args = parser.parse_args(argv)
    if not args.html.is_file():
        print(f"no report at {args.html}: run `factcheck report` first", file=sys.stderr)
        return 2
    if not Path(args.chromium).is_file():
        print(f"chromium not found at {args.chromium}: run .ci/install-browser", file=sys.stderr)
        return 2
    print(screenshot(args.html, args.out, chromium=args.chromium, size=args.size))
    return 0


if __name__ == "__main__":
    sys.exit(main())
