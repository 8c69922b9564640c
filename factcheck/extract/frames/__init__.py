"""The frame of a figure read from a dependency parse: what is counted, what happened to it,
where, on whose word, and whether it is asserted at all.

Word windows cannot tell "Paris" in "told reporters in Paris" from the place of the count, or
"would hold 70 percent" from a report; the parse can: a place belongs to the verb it hangs off,
a modal to the clause it sits in. Word lists live in ``frames.json``; this package only walks
the tree. A sentence the parser cannot read keeps its word-window reading (``Frame`` is
``None``).

One module per field, so each can be read and extended alone: ``role``, ``place``, ``source``,
``modality`` (with background), ``counted`` and ``when``. Below them ``base`` (``Frame``,
``Lexicon``) and ``tree`` (parse-tree helpers they share); above them ``figure`` assembles one
figure's frame and ``document`` runs the passes over an article's claims. A module imports
only from those below it. Callers import from here.
"""

from factcheck.extract.frames.base import Frame, Lexicon, lexicon
from factcheck.extract.frames.document import (
    DATELINE,
    antecedents,
    carry_sources,
    distance_counted,
    duration_counted,
    has_speaker,
    market_move,
    mask_dateline,
    merge,
    personal,
    publisher,
    quantity_counted,
    refine,
    sentence_keys,
)
from factcheck.extract.frames.figure import frame, needs_ner, parse
from factcheck.extract.frames.modality import is_background, modality_of
from factcheck.extract.frames.place import Before, about_bodies, place_of
from factcheck.extract.frames.role import fall_word, read_role, role_of
from factcheck.extract.frames.source import (
    actor_voice,
    attribution_of,
    is_unheard,
    outlet_voice,
    speaker_voice,
    speaking_pronoun,
    unheard_speakers,
)
from factcheck.extract.frames.tree import counted_noun, figure_root
from factcheck.extract.frames.when import RANGE, dates_statement, is_statistic

__all__ = [
    "DATELINE",
    "RANGE",
    "Before",
    "Frame",
    "Lexicon",
    "about_bodies",
    "actor_voice",
    "antecedents",
    "attribution_of",
    "carry_sources",
    "counted_noun",
    "dates_statement",
    "distance_counted",
    "duration_counted",
    "fall_word",
    "figure_root",
    "frame",
    "has_speaker",
    "is_background",
    "is_statistic",
    "is_unheard",
    "lexicon",
    "market_move",
    "mask_dateline",
    "merge",
    "modality_of",
    "needs_ner",
    "outlet_voice",
    "parse",
    "personal",
    "place_of",
    "publisher",
    "quantity_counted",
    "read_role",
    "refine",
    "role_of",
    "sentence_keys",
    "speaker_voice",
    "speaking_pronoun",
    "unheard_speakers",
]
