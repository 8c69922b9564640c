"""The faster rule lookups of the checked pipeline give exactly what spaCy's own give."""

from __future__ import annotations

import pytest
from spacy.pipeline import AttributeRuler

from factcheck.extract import parser

# Several domains, and the ruler's rarer rules: two-token ones ("gonna", "y'all", "ain't",
# "there are"), auxiliaries, "do"/"have" as main verbs, determiners standing alone.
SENTENCES = [
    "At least 41 people were killed in air strikes on Aleppo, the monitor said.",
    "Employers added 187,000 jobs in August and the unemployment rate rose to 3.8%.",
    "There are 2,000 families who ain't gonna leave, y'all know that.",
    "They did 12 interviews and had 3 meetings; that was all, and those were enough.",
    "Let's say the quake has killed 5,000 people; nothin' else will matter.",
    "Inflation in the UK fell 0.4 per cent to 10.1% in October, the ONS said.",
]


@pytest.fixture(scope="module")
def docs() -> list:
    return list(parser.load().pipe(SENTENCES))


def test_the_rule_index_finds_what_the_matcher_finds(docs: list) -> None:
    ruler = parser.load().get_pipe("attribute_ruler")
    index = parser._RuleIndex(ruler)
    for doc in docs:
        assert index.match(doc) == AttributeRuler.match(ruler, doc)
    multi = {(s, e) for doc in docs for _, _, s, e in index.match(doc) if e - s > 1}
    assert multi  # the two-token rules were exercised


def test_cached_lemmas_are_the_lemmatizers(docs: list) -> None:
    lemmatizer = parser.load().get_pipe("lemmatizer")
    for doc in docs:
        for tok in doc:
            assert lemmatizer.lemmatize(tok) == lemmatizer.rule_lemmatize(tok)


def test_a_pattern_the_index_cannot_read_keeps_the_matcher() -> None:
    import spacy

    ruler = spacy.blank("en").add_pipe("attribute_ruler")
    ruler.add([[{"POS": "NOUN"}]], {"LEMMA": "thing"})
    with pytest.raises(KeyError):
        parser._RuleIndex(ruler)


def test_the_pipeline_multiplies_with_numpy_on_one_blas_thread() -> None:
    from threadpoolctl import threadpool_info

    nlp = parser.load()
    models = [c.model for _, c in nlp.pipeline if getattr(c, "model", None) is not None]
    assert models and all(not n.ops.use_blis for m in models for n in m.walk())

    def numpys() -> list[int]:  # the BLAS numpy.dot, and so the parser, multiplies with
        return [
            lib["num_threads"]
            for lib in threadpool_info()
            if lib["user_api"] == "blas" and "numpy" in lib["filepath"]
        ]

    before = numpys()
    with parser.one_blas_thread():
        inside = numpys()
    assert inside and set(inside) == {1}
    assert numpys() == before
