"""Labelled data of the accuracy suite: stories with gold frames, and their dev/test split.

Gold lives in data files (``stories/<story>/gold.json``, ``splits.json``); this module only
reads it, so adding a story is adding a folder and a line in ``splits.json``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
STORIES = HERE / "stories"
SPLITS = HERE / "splits.json"
ROOT = HERE.parents[1]
SEEDS_GOLD = ROOT / "data" / "gold" / "seeds.json"
SEEDS_DIR = ROOT / "seeds"


@dataclass(frozen=True)
class Story:
    """One labelled story: its article files and gold, and which split it belongs to."""

    name: str
    domain: str
    split: str
    paths: tuple[Path, ...]
    gold: dict[str, Any]


def article_paths(folder: Path) -> tuple[Path, ...]:
    """Article files of a story folder: everything but the facts sheet and the gold."""
    return tuple(
        sorted(p for p in folder.iterdir() if p.suffix in (".md", ".txt") and p.stem != "FACTS")
    )


def load_story(folder: Path, split: str) -> Story:
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    return Story(folder.name, gold.get("domain", "unknown"), split, article_paths(folder), gold)


def load_splits(path: Path = SPLITS) -> dict[str, str]:
    """Story name → split; a story missing from the file is refused, never silently dev."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return {name: split for split, names in data["splits"].items() for name in names}


def load_stories(root: Path = STORIES, splits_path: Path = SPLITS) -> list[Story]:
    splits = load_splits(splits_path)
    folders = sorted(p for p in root.iterdir() if (p / "gold.json").is_file())
    unsplit = [f.name for f in folders if f.name not in splits]
    if unsplit:
        raise ValueError(f"stories without a split in {splits_path.name}: {', '.join(unsplit)}")
    return [load_story(f, splits[f.name]) for f in folders]


def seeds_story() -> Story:
    """The seed articles scored like a story (their gold has fewer frame fields)."""
    gold = json.loads(SEEDS_GOLD.read_text(encoding="utf-8"))
    paths = tuple(sorted(SEEDS_DIR.glob("*.txt")))
    return Story("seeds", "conflict", "seeds", paths, gold)
