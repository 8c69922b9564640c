"""Frames read from the parse: the checked pipeline, what the parser cannot read, datelines
and when NER runs. Each field's tests are in tests/test_frames_FIELD.py, mirroring
factcheck/extract/frames/."""

from __future__ import annotations

from typing import Any

import pytest

from factcheck.extract import EXTRACTOR_VERSION, extract_text, frames, parser
from tests.conftest import DAY


def test_the_pipeline_is_checked_and_recorded() -> None:
    parser.verify(parser.read_meta())
    assert parser.PIPELINE_ID in EXTRACTOR_VERSION
    forged = parser.read_meta() | {"performance": {"dep_las": 0.5, "ents_f": 0.8433119744}}
    with pytest.raises(parser.ParserError, match="dep_las"):
        parser.verify(forged)


class _BrokenPipeline:
    """A pipeline that fails on one sentence: stands in for a spaCy crash on odd input."""

    def __init__(self, real: Any) -> None:
        self.real = real

    def select_pipes(self, disable: list[str]) -> Any:
        return self.real.select_pipes(disable=disable)

    def pipe(self, texts: list[str]) -> Any:
        raise ValueError("boom")

    def __call__(self, text: str) -> Any:
        if "boom" in text:
            raise ValueError("boom")
        return self.real(text)

    def get_pipe(self, name: str) -> Any:
        return self.real.get_pipe(name)


def test_a_sentence_the_parser_fails_on_keeps_its_reading() -> None:
    nlp = _BrokenPipeline(parser.load())
    docs = frames.parse(["41 people died.", "boom 12 were hurt."], nlp)
    assert docs[0] is not None and docs[1] is None
    claims = extract_text("41 people died. boom 12 were hurt.", DAY)
    offsets = [0 if c.start < 15 else 16 for c in claims]
    refined = frames.refine(claims, offsets, nlp)
    broken = [c for c in refined if c.mention.startswith("12")]
    assert broken and broken[0].warnings == ("sentence not parsed",)
    assert broken[0].value == 12


def test_a_dateline_is_blanked_with_its_offsets() -> None:
    line = "LONDON, Aug 4 (Reuters) - The Bank raised rates."
    masked = frames.mask_dateline(line)
    assert len(masked) == len(line) and masked.lstrip().startswith("The Bank")
    assert (
        frames.mask_dateline("U.S. officials said - no more.") == "U.S. officials said - no more."
    )


@pytest.mark.parametrize(
    ("line", "first"),
    [
        ("RIYADH/MINA, June 18 (Reuters) - Temperatures rose to 51.8 C.", "Temperatures"),
        ("BENGHAZI/GENEVA, Sept 12 (Reuters) - Some 10,000 people were missing.", "Some"),
        ("KYIV/MOSCOW, May 21 (Reuters) - Russia said it had taken the city.", "Russia"),
        ("MECCA (France 24) - More than 900 pilgrims have died.", "More"),
    ],
)
def test_a_dateline_of_two_towns_or_a_numbered_wire_is_blanked(line: str, first: str) -> None:
    masked = frames.mask_dateline(line)
    assert len(masked) == len(line) and masked.lstrip().startswith(first)


@pytest.mark.parametrize(
    ("sentence", "wanted"),
    [
        # a name after a preposition that the gazetteer does not know may be a place
        ("The toll from the collision near Bahanaga Bazar rose to 288.", True),
        ("IOM recorded 1,650 arrivals at the Hamam al-Alil screening site.", True),
        ("Reva said 80,000 people lived there before the invasion.", False),
        ("Rescuers pulled 40 people from the rubble in Kahramanmaras.", False),
        # a speaker is read from the parse; the gazetteer names Florida: no NER either way
        ("Kyrylenko told reporters that 3,500 people remained.", False),
        ("Sheriff Marceno said 42 people had died in Florida.", False),
    ],
)
def test_ner_runs_only_for_names_the_gazetteer_may_lack(sentence: str, wanted: bool) -> None:
    nlp = parser.load()
    with nlp.select_pipes(disable=["ner"]):
        doc = nlp(sentence)
    assert frames.needs_ner(doc, frames.lexicon()) is wanted
