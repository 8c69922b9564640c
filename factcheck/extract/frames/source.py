"""Source: on whose word a figure is given — attribution, the voices and speakers above it,
and whether it is the outlet's own description.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from typing import Any

from factcheck.extract.frames.base import Lexicon, lexicon
from factcheck.extract.frames.counted import _scored
from factcheck.extract.frames.tree import (
    _DESCRIBED,
    _PRONOUNS,
    _ancestors,
    _holds,
    _is_place,
    _is_speech,
    _is_territory,
    _is_verb,
    _lemma,
    _memo,
    _says,
    _subject,
)

_MONTHS = frozenset(name.lower() for name in calendar.month_name if name)


def _owner(tok: Any, lex: Lexicon) -> Any | None:
    """ "the agency's data", "the ministry's figure": the record's owner is the source."""
    if _lemma(tok) not in lex.record_nouns:
        return None
    owners = [c for c in tok.children if c.dep_ == "poss"]
    # "Election Commission figures": a name compounded onto the record owns it; a month's
    # does not ("That May number", "the July figures" are dated, not owned)
    owners += [
        c
        for c in tok.children
        if c.dep_ == "compound" and c.pos_ == "PROPN" and c.lower_ not in _MONTHS
    ]
    # "A separate count published by the Daily Mail", "figures compiled by Reuters": the
    # agent of a participle on the record made it
    owners += [
        obj
        for c in tok.children
        if c.dep_ == "acl" and c.tag_ == "VBN"
        for agent in c.children
        if agent.dep_ == "agent"
        for obj in agent.children
        if obj.dep_ == "pobj"
    ]
    return owners[0] if owners else None


def _source_text(tok: Any) -> str | None:
    """The words that name a source: its phrase without a clause describing it ("Cornwall
    Insight, which also tracks the cap,") and without the possessive of "the agency's data"."""
    lex = lexicon()
    head = _owner(tok, lex) or tok
    described = [t for t in head.subtree if t.dep_ == "relcl"]
    # "The WHO, launching an appeal for $42.8 million, said": a participle set off by commas
    described += [t for t in head.children if t.dep_ == "acl" and t.nbor(-1).text == ","]
    # "Zhejiang, an industrial province of 65.4 million people, said": an apposition with a
    # figure in it describes the speaker in the outlet's words; the name before it speaks
    described += [t for t in head.children if t.dep_ == "appos" and _has_figure(t)]
    words = [
        t
        for t in head.subtree
        if not (head is not tok and t.dep_ == "case")
        and not any(c.left_edge.i <= t.i <= c.right_edge.i for c in described)
    ]
    while words and words[-1].is_punct:
        words.pop()
    text = "".join(t.text_with_ws for t in words).strip()
    if (tok.lower_ in _PRONOUNS and not tok.text.isupper()) or not text:  # "WHO" is a source
        return None
    if any(_is_figure(t) and not _size_of(t, head) and not _dates(t, head, lex) for t in words):
        # a figure inside is a clause the parser misread as a name ("July's to 89,000 from the
        # 114,000", "the highest in more than 42 years"), not who speaks
        return None
    return text


def _dates(figure: Any, head: Any, lex: Lexicon) -> bool:
    """ "a parliamentary inquiry in 2010", "a state emergency management memo dated April 3":
    a date on a noun that can speak says when it spoke; it is no misread clause. A date is a
    year or a day of a named month (the parse runs without NER on most sentences)."""
    year = len(figure.text) == 4 and figure.text.isdigit() and figure.text[:2] in ("19", "20")
    day = figure.head.lower_ in _MONTHS or (figure.i > 0 and figure.nbor(-1).lower_ in _MONTHS)
    return (year or day) and head.pos_ in _NOMINAL and _can_count(head, lex)


def _size_of(figure: Any, head: Any) -> bool:
    """ "The 575-page report", "a 12-member panel", "the 19-strong team": a figure joined by a
    hyphen to a word before the name describes the speaker's size, it is no misread clause."""
    doc = figure.doc
    hyphen = figure.i + 1 < len(doc) and doc[figure.i + 1].text == "-"
    return hyphen and figure.i < figure.head.i < head.i


def _is_figure(tok: Any) -> bool:
    return tok.pos_ == "NUM" and any(ch.isdigit() for ch in tok.text)


def _has_figure(tok: Any) -> bool:
    return any(_is_figure(t) for t in tok.subtree)


def _counter(root: Any, lex: Lexicon) -> tuple[Any, str | None] | None:
    """Who counted, with their verb: the active subject of a counting verb whose object holds
    the figure ("the WHO counted 18,081 cases", "the monitor gave a toll of 56"), of an
    official act ("Biden approved a declaration for nine counties") or of a verb
    that moves a figure to its value ("the Bank raised Bank Rate to 1.75%"), before any verb of
    saying. A place is where, not who ("Tripura recorded 80%")."""
    for anc in _ancestors(root):
        if not _is_verb(anc):
            continue
        if _is_speech(anc, lex):
            return None
        # "OCHA launched an appeal for $71.4 million": an official act sets down the actor's
        # own figure as counting does
        acts = _lemma(anc) in lex.act_verbs and _own_act(anc, root)
        if _lemma(anc) not in lex.count_verbs and not acts and not _sets_figure(anc, root, lex):
            continue
        subject = next((c for c in anc.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.i < root.i and _can_count(subject, lex):
            return anc, _source_text(subject)
    return None


def _own_act(verb: Any, root: Any) -> bool:
    """Whether a figure is an act's own: in what the act sets down (its object, or a clause
    of no subject of its own: "an appeal for $71.4 million to cover the needs of 250,000
    people"), not in a clause joined to it ("Congress authorized $250 million, and the final
    cost rose past $300 million") nor the time of it ("launched their push on February 19")."""
    between = [root, *(t for t in _ancestors(root) if t.i != verb.i and verb.is_ancestor(t))]
    acted = between[-1].dep_ in _ACTED or (between[-1].dep_ == "prep" and not _is_time(root))
    return acted and not any(_is_verb(t) and _subject(t) is not None for t in between)


def _is_time(figure: Any) -> bool:
    """A year, a day of a named month or a span of time ("on February 19", "in 2023", "for
    two years"): when an act was, or for how long, not what it set down."""
    lex = lexicon()
    year = len(figure.text) == 4 and figure.text.isdigit() and figure.text[:2] in ("19", "20")
    named = figure.lower_ in _MONTHS or figure.head.lower_ in _MONTHS
    return (
        year
        or named
        or _lemma(figure) in lex.period_nouns
        or _lemma(figure.head) in lex.period_nouns
    )


# How what an act sets down hangs from its verb: the object ("released $60 million"), a
# clause of purpose ("launched an appeal ... to cover the needs of 250,000 people"), or a
# preposition that is no time ("approved a declaration for nine counties").
_ACTED = frozenset({"dobj", "advcl", "xcomp"})


def _relays(speaking: Sequence[tuple[Any, Any]], verb: Any) -> bool:
    """Whether a verb of saying reports the clause of ``verb`` as what is said ("Rescuers had
    recovered 68 bodies ..., the rescue centre said"), not as a clause of its own beside it
    ("..., officials said, though the FIA put the number at 29")."""
    for said, _ in speaking:
        if not said.is_ancestor(verb):
            return True  # "..., the centre said" hung beside the clause: it reports it
        between = [verb, *(t for t in _ancestors(verb) if t.i != said.i and said.is_ancestor(t))]
        if all(t.dep_ in _RELAYED for t in between):
            return True
    return False


def _part_of(tok: Any) -> Any | None:
    """The group a subject takes a part of ("One of its lawyers", "a section of traders",
    "some of the analysts"; frames.json partitive_subjects): the part speaks as one of
    them."""
    if tok.pos_ == "NOUN":
        if _lemma(tok) not in lexicon().partitive_subjects:
            return None  # "the ministry of religious affairs" is a body, no part of one
    elif tok.pos_ not in ("NUM", "PRON", "DET") or _is_figure(tok):
        return None
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            group = next((c for c in prep.children if c.dep_ == "pobj"), None)
            plural = group is not None and group.tag_ in ("NNS", "NNPS")
            if plural and group.pos_ in ("NOUN", "PROPN"):
                return group
    return None


def _can_count(tok: Any, lex: Lexicon) -> bool:
    """Whether a subject can be the one who counts: a name, a pronoun, a noun of people or
    bodies that report ("officials", "the ministry") or a document that speaks for whoever
    wrote it ("the note put the loss at 6%"), and not a place ("Tripura recorded 80%")."""
    whole = _part_of(tok)
    if whole is not None:
        return _can_count(whole, lex)  # "A section of traders put the crop below 100 mt"
    if _is_place(tok, lex):
        return False
    if tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ in lex.source_labels:
        return True
    return _lemma(tok) in lex.source_nouns or _lemma(tok) in lex.document_nouns


def _active_subject(verb: Any) -> Any | None:
    """Who does the verb: its active subject, or the agent of a passive ("given by Tufton");
    a passive subject is what was done ("16,000 cases had been reported"). Of two subjects
    the parser hangs on one verb, a noun phrase outranks a figure: "... had burned 7,300
    hectares, 4,200 of them around Landiras, the local prefecture said" reads the figure
    after the comma as a second subject of "said"."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) > 1:
        subjects = [c for c in subjects if c.pos_ in _NOMINAL and not _counts(c)] or subjects
    if subjects:
        return subjects[0]
    for child in verb.children:
        if child.dep_ == "agent":
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs:
                return objs[0]
    return None


def _counts(tok: Any) -> bool:
    """A figure or a noun a figure counts ("400", "3%", "400 homes")."""
    return _is_figure(tok) or any(c.dep_ == "nummod" and _is_figure(c) for c in tok.children)


# How a verb with no subject of its own hangs from the verb whose subject it shares: "offered
# a view, saying ...", "agreed to cut", "raised rates and said ...", and the parser's bare "dep"
# for a second verb after a comma ("The Pentagon, in a statement issued the same day, offered").
_SHARING = frozenset({"advcl", "xcomp", "conj", "dep"})
# A subject is a noun phrase: "the highest in 42 years" read as the subject of "said" is not.
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})


def _speaker(speech: Any) -> Any | None:
    """The subject of a verb of saying, or of the verb a participle hangs from ("the Pentagon
    offered a cautious view, saying troops had retaken 70%")."""
    verb = speech
    for _ in range(len(speech.doc)):
        subject = _active_subject(verb)
        if subject is not None and subject.pos_ not in _NOMINAL and _part_of(subject) is None:
            subject = None  # "the highest in 42 years" is no speaker; "One of its lawyers" is
        passive = any(c.dep_ == "nsubjpass" for c in verb.children)  # "deaths were reported"
        if subject is not None or passive or verb.dep_ not in _SHARING or verb.head.i == verb.i:
            return subject
        verb = verb.head
    return None


def _sets_figure(verb: Any, root: Any, lex: Lexicon) -> bool:
    """ "The Bank raised Bank Rate to 1.75%", "authorities lowered the toll to 78", "Cornwall
    Insight trimmed its estimate to £3,554": whoever moves a figure to a value states it."""
    moved = any(c.dep_ == "dobj" and not _holds(c, root) for c in verb.children)
    preps = lex.level_prepositions | lex.change_prepositions
    linked = any(c.dep_ == "prep" and c.lower_ in preps and _holds(c, root) for c in verb.children)
    return moved and linked and not _in_score(root, verb, lex)


def _in_score(root: Any, verb: Any, lex: Lexicon) -> bool:
    """ "Lula leads Bolsonaro by 49% to 45%": one of two sides' shares of one whole, written
    as a score (frames.json ``scores``), is no level someone moved a figure to; who leads
    states neither. "cut its rate by 0.5% to 4%" is a move."""
    digits = [t for t in root.subtree if t.i <= root.i and _is_figure(t)]
    if not digits:
        return False
    last = root
    if last.i + 1 < len(root.doc) and root.doc[last.i + 1].text == "%":
        last = root.doc[last.i + 1]  # "51" read apart from its "%" ("by 51% to 44%")
    start, end = digits[0].idx, last.idx + len(last.text)
    return _scored(root.doc, start, end, verb, lex)


def _according_to(doc: Any) -> str | None:
    """ "according to X" ("according to the commission's data" is the commission's word)."""
    return _memo(doc, "factcheck.according", lambda: _read_according_to(doc))


def _read_according_to(doc: Any) -> str | None:
    for tok in doc:
        if tok.lower_ != "according":
            continue
        for to in tok.children:
            objs = [c for c in to.children if c.dep_ == "pobj"]
            if objs:
                return _source_text(objs[0])
    return None


def _by_account(doc: Any, lex: Lexicon) -> str | None:
    """ "by his account", "Under the institute's model", "by one tally", "in the latest
    Datafolha poll": whose record the
    sentence follows, as "according to" says it. A possessive pronoun is returned as written
    ("his"), for the sentences before to name."""
    return _memo(doc, "factcheck.account", lambda: _read_account(doc, lex))


def _read_account(doc: Any, lex: Lexicon) -> str | None:
    for prep in doc:
        if prep.dep_ != "prep" or prep.lower_ not in lex.account_prepositions:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj" or _lemma(obj) not in lex.account_nouns:
                continue
            owner = next((c for c in obj.children if c.dep_ == "poss"), None)
            if owner is not None:
                if owner.lower_ in _OWNING:
                    return owner.lower_
                named = [t for t in owner.subtree if t.dep_ != "case"]  # "the institute's"
                return doc[named[0].i : named[-1].i + 1].text if named else None
            # "in the third Datafolha poll", "in the final Election Commission tally": a name
            # compounded onto the record owns it, as in "Election Commission figures" (_owner)
            named = [
                c
                for c in obj.children
                if c.dep_ == "compound" and c.pos_ == "PROPN" and c.lower_ not in _MONTHS
            ]
            if named:
                words = list(named[-1].subtree)
                return doc[words[0].i : words[-1].i + 1].text
            if any(c.dep_ in ("det", "nummod") and c.lower_ in _ONE for c in obj.children):
                return _source_text(obj)
    return None


# "by one tally", "in an estimate": a record with no owner that is one among others speaks.
_ONE = frozenset({"one", "a", "an"})


def attribution_of(doc: Any, root: Any, lex: Lexicon) -> str | None:
    """Who counted the figure, else who says or foresees it (the subject of the nearest verb of
    saying or expecting above it that can speak), else "according to X", else whose figure it
    is ("the ministry's figure has stayed at 1,414"), else the speaker of the sentence."""
    given = _given_by(root, lex)
    if given is not None:
        return given
    counted = _counter(root, lex)
    describes, speaking = _voices(root, lex)
    speakers = _reporting(speaking)
    if counted is not None and counted[1] is not None and not _relays(speaking, counted[0]):
        # "Rescuers had recovered 68 bodies ..., the rescue centre said": who reports the
        # counting says the figure, as any voice that relays another's
        return counted[1]
    if describes and not speakers:
        # "about a tenth of the roughly 2,000 still working there, according to the New York
        # Times": "according to" covers the sentence, save the outlet's own description of a
        # name ("Derna, a city of 125,000")
        return None if _describes_name(root, lex) else _according_to(doc)
    if speakers:
        # "Brennan told a briefing the agency's data showed 4,000 deaths": who presents a
        # record says it; a record speaks for itself only when no one presents it. A pronoun
        # gives way to the name above it ("the mayor gave a lower estimate, saying he
        # believed more than 500 ...")
        people = [t for t in speakers if _lemma(t) not in lex.record_nouns] or speakers[:1]
        # the one who reports: a pronoun stands for someone named before, never for a voice it
        # relays ("In earlier elections, he said, the commission published them ...")
        return _source_text(people[0]) or _antecedent(people[0], lex)
    found = _according_to(doc) or _by_account(doc, lex)
    if found is not None:
        return found
    for anc in _ancestors(root):
        subject = _subject(anc) if _is_verb(anc) else None
        if subject is not None and subject.dep_ == "csubj":  # "WHO figures released ... were"
            subject = _subject(subject)
        if subject is not None and (
            _owner(subject, lex) is not None or _lemma(subject) in lex.voiced_records
        ):
            return _source_text(subject)
    for tok in doc:  # "..., the agency said": the speech verb is often the sentence root
        if _says(tok, lex) and tok.dep_ == "ROOT" and (subject := _speaker(tok)) is not None:
            speaks = _may_speak(subject, tok, lex) and not _names(subject, root)
            return _source_text(subject) if speaks else None
    return None


# A figure in an apposition that describes a noun ("Derna, a city of about 125,000 residents",
# "Malakasa, about 40 km north of Athens") is the outlet's description of it, not the word of
# a speaker above that noun. A relative or participial clause is not: "a ring that organised
# as many as 18 trips" and "the assumption that 200,000 people could be displaced" are what the
# speaker says (dev attribution fell 692 -> 690 of 903 with them, against a gain with
# appositions alone).
_DESCRIBING = frozenset({"appos"})


def _own_clauses(root: Any, lex: Lexicon) -> tuple[list[Any], bool]:
    """The figure's ancestors up to the phrase that describes a noun, and whether there is
    one: a speaker above that phrase does not say the figure."""
    out = []
    cur = root
    while cur.head.i != cur.i:
        describing = (
            cur.dep_ in _DESCRIBING
            and not _values(cur, root)
            and not _partitive(cur, lex)
            and not _listed(cur)
            and not _restates(cur)
        )
        if describing or _place_apposition(cur, lex) or _aside(cur, lex):
            return out, True
        cur = cur.head
        out.append(cur)
    return out, False


def _values(appos: Any, root: Any) -> bool:
    """ "a Welsh record for the warmest night, 24.5C", "the average of the previous five
    years, 103.88 million tonnes": an apposition that is the figure itself (or the noun it
    counts) gives the value of the noun before it, in the words of whoever says that noun;
    it describes nothing in the outlet's words as "Derna, a city of 125,000" or "José López,
    37," do."""
    own = appos.i == root.i or (root.dep_ in ("nummod", "quantmod") and root.head.i == appos.i)
    return own and appos.head.pos_ != "PROPN"  # "José López, 37,": a name's age describes it


def _describes_name(root: Any, lex: Lexicon) -> bool:
    """Whether the phrase that bounds a figure's clauses describes a name or a place ("Derna,
    a city of 125,000"), not a group a figure before it counts ("248 million people, close to
    18% of the population")."""
    cur = root
    while cur.head.i != cur.i:
        if _place_apposition(cur, lex):
            return True
        if cur.dep_ in _DESCRIBING:
            return cur.head.pos_ == "PROPN"
        cur = cur.head
    return False


def _listed(appos: Any) -> bool:
    """ "paid Rs 3.22 crore in 285 cases: 11 deaths, 50 grievous injuries", "expects two
    peaks: around 3.7 million cases a day ...": an apposition after a colon lists what the
    noun before it holds, so it goes on saying what the speaker says; it does not describe it
    in the outlet's words as one set off by commas may ("Derna, a city of 125,000")."""
    before = appos.doc[appos.left_edge.i - 1] if appos.left_edge.i > 0 else None
    return appos.dep_ == "appos" and before is not None and before.text == ":"


def _restates(appos: Any) -> bool:
    """ "A total of 841,664 homes, roughly 7% of the state's accounts, were without power, the
    commission said": an apposition to a phrase that holds a figure before it restates that
    figure (as a share, a rate), so it goes on saying what the speaker says; one describing a
    name holds the only figure ("Derna, a city of 125,000")."""
    return any(_is_figure(t) for t in appos.doc[appos.head.left_edge.i : appos.left_edge.i])


def _partitive(appos: Any, lex: Lexicon) -> bool:
    """ "fewer than 4,000 civilians, at least 38 of them children, remained": an apposition
    that takes a part of the noun it follows ("N of them") goes on counting what the speaker
    counts, unlike one that describes the noun ("Derna, a city of 125,000")."""
    return any(
        t.dep_ == "pobj" and t.lower_ in lex.anaphors and t.head.lower_ == "of"
        for t in appos.subtree
    )


def _aside(clause: Any, lex: Lexicon) -> bool:
    """ "the UN said on Friday, as 71 survivors were taken by bus": a clause of its own subject
    hung on the verb of saying with "as" tells what went on meanwhile. ("While" was left out:
    "the office said, while wages rose 6%" is still the office's release.)"""
    if clause.dep_ != "advcl" or not _says(clause.head, lex):
        return False
    marked = any(c.dep_ == "mark" and c.lower_ in lex.aside_marks for c in clause.children)
    subject = _subject(clause)
    return marked and subject is not None and subject.lower_ not in _PRONOUNS


def _place_apposition(tok: Any, lex: Lexicon) -> bool:
    """ ", a city of 125,000 residents": a place noun set off by a comma with "a" describes
    the place named before it, however the parser attached it (as a subject, an object or a
    preposition in "Derna, a city of ...", "near Gaziantep, a city of ...")."""
    if _lemma(tok) not in lex.place_kind_nouns or tok.left_edge.i == 0:
        return False
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)
    return indefinite and tok.doc[tok.left_edge.i - 1].text == ","


def _voices(root: Any, lex: Lexicon) -> tuple[bool, list[tuple[Any, Any]]]:
    """Whether a phrase describing a noun bounds the figure's own clauses, and the verbs of
    saying on those clauses with their speakers: read once per figure, asked by each of its
    voices (who says it, a pronoun's, a named speaker's, the outlet's)."""

    def read() -> tuple[bool, list[tuple[Any, Any]]]:
        path, describes = _own_clauses(root, lex)
        return describes, _speaking(path, root, lex)

    return _memo(root.doc, f"factcheck.voices.{root.i}", read)


def _speakers(root: Any, lex: Lexicon) -> list[Any]:
    """The subjects of the verbs of saying or foreseeing on a figure's own clauses that can
    speak."""
    return [subject for _, subject in _voices(root, lex)[1]]


def _times(tok: Any, lex: Lexicon) -> bool:
    """A span of time hung on a verb as a bare noun phrase tells when the verb was, not what it
    says: "the declaration came nearly two weeks after the WHO declared an emergency" (a
    figure read so, "CVoter projected 353-383", is still what was said). The span may hang on
    the verb's conjunction instead ("three weeks" on "after")."""
    if tok.dep_ == "mark":
        return any(_times(c, lex) for c in tok.children)
    return tok.dep_ == "npadvmod" and _lemma(tok) in lex.period_nouns


def _speaking(path: Sequence[Any], figure: Any, lex: Lexicon) -> list[tuple[Any, Any]]:
    """The verbs of saying or foreseeing on a figure's path, innermost first, with their
    subjects that can speak; not one the figure only times, nor one whose subject holds the
    figure ("Five Republican senators have written ..." is the outlet's count of them). A
    verb's reporting clause hung beside it ("In earlier elections, he said, the commission
    published them within 24 hours"; "... could climb eight-fold, a WHO official warned")
    reports it, outside any speaker below."""
    below = [figure, *path]
    out = []
    for k, anc in enumerate(path):
        if _times(below[k], lex):
            continue
        verbs = [anc] if _says(anc, lex) or _opines(anc, lex) else []
        # a clause joined by "and" that says on its own is not reported by one beside anc
        # ("79 people drowned, the coast guard said, and officials warned it could climb")
        if _is_verb(anc) and not (below[k].dep_ == "conj" and _says(below[k], lex)):
            verbs += [c for c in anc.children if _reporting_clause(c, lex)]
            verbs += _stray_reports(anc.doc, lex).get(anc.i, [])
        for verb in verbs:
            subject = _speaker(verb)
            if subject is None or not _may_speak(subject, verb, lex):
                continue
            if not _names(subject, figure):
                out.append((verb, subject))
    return out


def _stray_reports(doc: Any, lex: Lexicon) -> dict[int, list[Any]]:
    """Reporting clauses the parser hung on a noun or a figure of a clause rather than on its
    verb ("More than 4.4 million customers lost power ..., the report found, more than 3
    million of them in Florida": "found" hangs on "3 million"), by the verb of that clause:
    they report it as one hung on the verb does, a verb of finding or foreseeing as well as
    one of saying. Read once per sentence."""

    def read() -> dict[int, list[Any]]:
        out: dict[int, list[Any]] = {}
        for tok in doc:
            if _is_verb(tok.head) or tok.head.i == tok.i or tok.dep_ not in _BESIDE:
                continue
            if not (_says(tok, lex) or _opines(tok, lex)):
                continue
            if any(c.dep_ in _SAID for c in tok.children):
                continue  # a clause of its own ("..., and officials said 40 were missing")
            verb = next((a for a in _ancestors(tok) if _is_verb(a)), None)
            if verb is not None:
                out.setdefault(verb.i, []).append(tok)
        return out

    return _memo(doc, "factcheck.stray_reports", read)


def _names(subject: Any, figure: Any) -> bool:
    """Whether a speaker's own words hold the figure ("four colleagues"), not a clause on
    them ("The Bank, which raised Bank Rate to 4.5 percent, expects")."""
    if not _holds(subject, figure):
        return False
    inside = [t for t in _ancestors(figure) if subject.is_ancestor(t)]
    # "Kan said: 89.1 percent among urban residents": a list after the colon that follows the
    # verb is what the speaker says, though the parser hangs it on the speaker
    return not any(_is_verb(t) or _listed(t) for t in [figure, *inside])


def _opines(tok: Any, lex: Lexicon) -> bool:
    return _is_verb(tok) and _lemma(tok) in lex.opinion_verbs


# How a clause that only names who speaks hangs beside the clause it reports: "he said" set
# off by commas, or "..., a WHO official warned" joined as if a second clause.
_BESIDE = frozenset({"parataxis", "conj"})
# What a verb of saying says when it reports a clause of its own, not the one beside it.
_SAID = frozenset({"ccomp", "xcomp", "dobj", "parataxis"})


def _reporting_clause(tok: Any, lex: Lexicon) -> bool:
    """A verb of saying beside a clause that says nothing of its own ("he said", "the WHO
    warned on Monday"): it reports the clause it hangs on."""
    if tok.dep_ not in _BESIDE or not _says(tok, lex):
        return False
    return not any(c.dep_ in _SAID for c in tok.children)


# How a relayed voice hangs from the one reporting it: as what is said ("said people on the
# boat had told it", "told AFP that his forces could claim"), not joined beside it by "and"
# or "while" ("OCHA said ..., and the IOM said ...").
_RELAYED = frozenset({"ccomp", "xcomp", "parataxis"})


def _reporting(speaking: Sequence[tuple[Any, Any]]) -> list[Any]:
    """The speakers of a figure, the one who reports the others' word first: "Alarm Phone said
    people on the boat had told it that 750 were aboard" and "al-Noman told AFP his forces could
    claim 80 percent" are Alarm Phone's and al-Noman's figures, the inner voice is only what
    they relay. A speech verb joined to another by "and" ("OCHA said 55 were poisoned, and the
    IOM said 40,000 were displaced") is a statement of its own, not one relayed. ``speaking``
    are the verbs of saying on the figure's path with their speakers, innermost first."""
    if not speaking:
        return []
    order = [speaking[0]]
    for verb, subject in speaking[1:]:
        inner = order[0][0]
        between = [inner, *(t for t in _ancestors(inner) if t.i != verb.i and verb.is_ancestor(t))]
        beside = not verb.is_ancestor(inner)  # "he said" beside the clause: it reports it
        if not beside and any(t.dep_ not in _RELAYED for t in between):
            break
        order.insert(0, (verb, subject))
    rest = [s for _, s in speaking if all(s.i != o.i for _, o in order)]
    return [s for _, s in order] + rest


_AGREEING = frozenset({"he", "she", "it"})


def speaking_pronoun(root: Any, lex: Lexicon) -> str | None:
    """ "It said around 7,000 families were stranded": the pronoun that speaks the figure,
    when its sentence names no one before it for it to stand for."""
    speakers = _reporting(_voices(root, lex)[1])
    first = speakers[0] if speakers else None
    if first is None or first.lower_ not in _AGREEING or first.text.isupper():
        return None
    return first.lower_ if _antecedent(first, lex) is None else None


def speaker_voice(root: Any, lex: Lexicon) -> tuple[str, bool] | None:
    """The named speaker of the figure and whether a person (a title or a bare name: "he") or
    a body (a determiner or capitals: "it"); None when no one or a plural is named."""
    speakers = [t for t in _speakers(root, lex) if t.pos_ != "PRON"]
    return _voice_of(speakers[0], lex) if speakers else None


# A possessive pronoun opening a source stands for whoever it owns: "Its teams count families"
# (the agency's), "his forces" (the commander's).
_OWNING = {"its": "it", "his": "he", "her": "she"}


def _owning_pronoun(source: str | None) -> str | None:
    """ "it", "he" or "she" when a source is a body's or person's own people ("Its teams")."""
    first = source.split()[0].lower() if source else ""
    return _OWNING.get(first)


def actor_voice(doc: Any, lex: Lexicon) -> tuple[str, bool] | None:
    """Who the sentence is about when a body or person is the subject of its main verb, said
    or not: "OCHA launched an appeal for $71.4 million. It estimates that 884,000 people ...",
    "the Pentagon issued a statement. It said ...": the "it" or "he" of the next sentence
    stands for them as much as for the last speaker."""
    return _memo(doc, "factcheck.actor", lambda: _actor(doc, lex))


def _actor(doc: Any, lex: Lexicon) -> tuple[str, bool] | None:
    for tok in doc:
        if tok.dep_ == "ROOT" and _is_verb(tok):
            subject = _active_subject(tok)
            if subject is not None and subject.pos_ != "PRON" and _can_count(subject, lex):
                return _voice_of(subject, lex)
    return None


def _voice_of(tok: Any, lex: Lexicon) -> tuple[str, bool] | None:
    """A named source and whether a person or a body; None for a plural ("officials")."""
    name = _source_text(tok) if tok is not None else None
    if tok is None or name is None or tok.tag_ in ("NNS", "NNPS"):
        return None  # "forecasters", "officials": "they", never "he" nor "it"
    lemma = _lemma(tok)
    record = lemma in lex.record_nouns or lemma in lex.document_nouns or lemma in lex.voiced_records
    if record and any(c.dep_ == "poss" and c.lower_ in _OWNING for c in tok.children):
        return None  # "Its mortality analysis suggests": the firm's, no voice of its own
    around = [tok, *tok.children]
    if any(t.lower_ in lex.person_titles or _lemma(t) in lex.person_titles for t in around):
        return name, True
    # "the London-based health data firm Airfinity" (NER may call it a person), "Zhejiang":
    # a name with a determiner and no title, or a place, is a body that "it" stands for
    kin = [tok, *(c for c in tok.children if c.dep_ == "compound")]  # "the ... firm Airfinity"
    determined = any(c.dep_ == "det" for t in kin for c in t.children)
    if determined or _is_territory(tok, lex):
        return name, False
    if tok.ent_type_ in ("PERSON", "ORG"):
        return name, tok.ent_type_ == "PERSON"
    return name, tok.pos_ == "PROPN" and not tok.text.isupper()


def unheard_speakers(doc: Any, root: Any, lex: Lexicon) -> frozenset[str]:
    """Who speaks in a subordinate clause that does not say the figure: "The Fed kept its rate
    in the 5.25%-5.50% range, though Chair Jerome Powell said a cut could come", "the UN lowered
    it to 3,958, after the Red Crescent said it had never released the figure", "came two weeks
    after the WHO declared an emergency". Their word is their clause's, so a word window that
    names them as the sentence's source is wrong for this figure."""
    heard = {verb.i for verb, _ in _speaking(_ancestors(root), root, lex)}
    out = set()
    # the verbs of saying are a property of the sentence: read once, not once per figure
    sayers = _memo(doc, "factcheck.sayers", lambda: [t for t in doc if _says(t, lex)])
    for tok in sayers:
        if tok.i in heard:
            continue
        subject = _speaker(tok)
        if subject is None:
            continue
        # "Five Republican senators have written": the figure counts them, they do not say it
        named = _names(subject, root)
        if not named and tok.is_ancestor(root) and not _timed(tok, root, lex):
            continue  # a subordinate speaker of the figure's own clause says it
        if named or any(c.dep_ == "mark" for c in tok.children):
            out.add(subject.doc[subject.left_edge.i : subject.right_edge.i + 1].text)
    return frozenset(out)


def _timed(verb: Any, figure: Any, lex: Lexicon) -> bool:
    """Whether the figure only times the verb it hangs from ("two weeks after X declared")."""
    below = figure
    while below.head.i != verb.i and below.head.i != below.i:
        below = below.head
    return _times(below, lex)


def is_unheard(source: str, unheard: frozenset[str]) -> bool:
    """Whether a source found by the word windows is one of a sentence's unheard speakers."""
    said = source.lower()
    return any(said in name.lower() or name.lower() in said for name in unheard)


def outlet_voice(root: Any, lex: Lexicon) -> bool:
    """Whether the figure describes a noun in the outlet's own words (an apposition with no
    speaker inside it): no source named elsewhere in the sentence says it."""
    return _voices(root, lex)[0] and not _speakers(root, lex)


def _given_by(root: Any, lex: Lexicon) -> str | None:
    """Who gave a figure, from a clause on its own noun ("the 3,549 pounds that Ofgem had set",
    "a figure of nine given by Tufton") or a record it is the level of ("the 150,000 Dow Jones
    consensus"); None when no such clause names anyone ("7,500 reported in a week" is still
    the word of whoever speaks above it)."""
    nouns = [root, root.head] if root.dep_ in ("nummod", "quantmod") else [root]
    for noun in nouns:
        if noun is not root and _lemma(noun) in lex.voiced_records:
            names = [t.text for t in noun.doc[root.right_edge.i + 1 : noun.i] if not t.is_punct]
            return " ".join([*names, noun.text])  # the words between the figure and the record
        for verb in noun.children:
            if verb.dep_ not in _DESCRIBED or not _reports(verb, lex):
                continue
            subject = _active_subject(verb)
            if subject is not None and subject.lower_ not in _PRONOUNS:
                return _source_text(subject)
    return None


def _reports(verb: Any, lex: Lexicon) -> bool:
    """A verb by which someone gives a figure: says, counts, estimates or foresees it."""
    words = lex.speech_verbs | lex.count_verbs | lex.estimate_verbs | lex.opinion_verbs
    return _is_verb(verb) and _lemma(verb) in words


def _antecedent(pronoun: Any, lex: Lexicon) -> str | None:
    """Who a speaking pronoun stands for when its sentence names them first ("Harris County
    officials gave a lower state figure: they said their county accounted for 533"): the
    nearest subject before it that can count. None sends the pronoun back to the sentences
    before."""
    if pronoun.pos_ != "PRON":
        return None
    before = [t for t in pronoun.doc[: pronoun.i] if t.dep_ == "nsubj" and t.pos_ != "PRON"]
    quoted = _quoted_before(pronoun)
    found = [
        t
        for t in before
        if _can_count(t, lex)
        and not _is_territory(t, lex)
        and not (quoted is not None and quoted.left_edge.i <= t.i <= quoted.right_edge.i)
    ]
    return _source_text(found[-1]) if found else None


def _quoted_before(pronoun: Any) -> Any | None:
    """The clause a "..., he said" reports when the words come first, set off by a comma: a
    name inside it is who the words are about, not who "he" is ("Prigozhin needed a victory
    after nine months, he said"; "shots were sporadic during the 48 minutes the officers
    waited, he said"). A clause before a colon is a statement of its own ("officials gave a
    lower figure: they said ...")."""
    verb = pronoun.head
    said = [c for c in verb.children if c.dep_ in _SAID and c.i < pronoun.i]
    if verb.dep_ in _BESIDE and verb.head.i < pronoun.i:
        said.append(verb.head)
    for clause in said:
        # the clause beside "he said" holds it: it ends where the reporting clause starts
        end = clause.right_edge.i if clause.right_edge.i < pronoun.i else verb.left_edge.i - 1
        gap = pronoun.doc[end + 1 : pronoun.i]
        if any(t.text == "," for t in gap) and all(t.is_punct for t in gap):
            return clause
    return None


def _may_speak(tok: Any, verb: Any, lex: Lexicon) -> bool:
    """Whether the subject of a verb of saying or foreseeing speaks. A record does ("the
    assessment found", "data showed"), but puts a figure at a value only as someone's ("the
    new count puts the toll at 5,951" is the outlet's); whoever says a clause does
    ("survivors said ..."), unless a country or region ("Jammu and Kashmir saw its highest
    turnout"); whoever foresees or puts a figure at a value must be one who can count: not a
    thing ("an autopsy is under way and its results are expected")."""
    if _lemma(tok) in lex.record_nouns:  # a record of no one puts nothing at a value
        return _lemma(verb) not in lex.estimate_verbs or _owner(tok, lex) is not None
    if _lemma(verb) in lex.record_verbs and _lemma(tok) not in lex.voiced_records:
        # "Prigozhin needed to show some kind of victory": who shows a thing says nothing
        return any(c.dep_ == "ccomp" for c in verb.children)
    says = _is_speech(verb, lex) and _lemma(verb) not in lex.estimate_verbs
    if _is_territory(tok, lex):
        # a country or region that says a clause speaks for its government ("Zhejiang said
        # it was battling about one million infections", "Washington said it would sell")
        return says and any(c.dep_ == "ccomp" for c in verb.children)
    if says:
        return True
    return tok.lower_ in _PRONOUNS or _can_count(tok, lex)
