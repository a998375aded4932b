"""What a cue says: the span of a cue's content, chosen by the kind of cue (a verb of saying, an
act, a noun, an adjective, "according to"), and the further that-clauses of one saying. The spans
themselves are read off the parse in spans.py.
"""

from __future__ import annotations

from spacy.tokens import Token

from bot.extract.clause_subjects import agenda_clause, clause_of
from bot.extract.cues import Cue
from bot.extract.doc_cache import sentence_of
from bot.extract.lexicon import Lexicon
from bot.extract.lost_clauses import lost_clause
from bot.extract.spans import (
    COMPLEMENTS,
    _inverted_report,
    adjective_span,
    clause_span,
    closing_report,
    complement_span,
    continued_clause,
    noun_span,
    parenthetical_span,
    trimmed,
    unparsed_clause,
)
from bot.extract.structure import is_question


def cue_content(cue: Cue, lex: Lexicon) -> tuple[tuple[int, int] | None, str]:
    """What a cue governs, and the statement kind it makes: reported speech or a position."""
    t = cue.token
    if cue.kind == "according":
        return _without(sentence_of(t), t), "reported"
    if cue.kind == "noun":
        return noun_span(t, lex.medium_nouns, lex.stance_as_verbs), "position"
    if cue.kind == "adjective":
        return adjective_span(t), "position"
    if cue.kind == "speech":
        return _unless_agenda(t, _speech_content(t, lex), lex), "reported"
    if _declines_to_answer(t, lex) or _declines_to_be_named(t, lex) or _no_comment(t, lex):
        return None, "position"
    if _said_with_act(t, lex):
        return None, "position"
    if (told := _in_medium(t, lex)) is not None:
        return told, "reported"  # "warned in a statement that ...": a saying, told with its medium
    return _with_act(t, complement_span(t), lex), "position"


def _in_medium(verb: Token, lex: Lexicon) -> tuple[int, int] | None:
    """ "warned in a statement that the plan would fail": the parser hangs the that-clause on the
    medium; what the act is about is the clause, not "a statement that ..."."""
    if verb.lemma_.lower() not in lex.speech_verbs:
        return None
    first = next((c for c in verb.children if c.i > verb.i and c.dep_ in COMPLEMENTS), None)
    if (
        first is None
        or first.dep_ != "prep"
        or not any(g.dep_ == "pobj" and g.lemma_.lower() in lex.medium_nouns for g in first.children)
    ):
        return None
    return unparsed_clause(verb, lex.medium_nouns, lex.speech_verbs)


def _declines_to_answer(verb: Token, lex: Lexicon) -> bool:
    """ "declined to say whether Seoul would ...": refusing to answer a question states nothing."""
    return any(
        c.dep_ == "xcomp" and c.lemma_.lower() in lex.speech_verbs and is_question(c, clause_of(c), lex)
        for c in verb.children
    )


def _with_lost_subject(verb: Token, clause: Token, span: tuple[int, int]) -> tuple[int, int]:
    """ "said the book's timing, only months before the vote, was “hardly a coincidence”": with a
    phrase set off between them, the parser took the reported clause's subject for the saying's
    object and left the clause without one; what was said starts at that subject."""
    if verb.lemma_.lower() != "say" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
        return span
    lost = [
        c
        for c in verb.children
        if c.dep_ == "dobj" and verb.i < c.i < clause.i and c.pos_ in ("NOUN", "PROPN")
    ]
    if not lost or verb.doc[clause.left_edge.i - 1].text != ",":
        return span
    return lost[0].left_edge.idx, span[1]


def _unless_agenda(cue: Token, span: tuple[int, int] | None, lex: Lexicon) -> tuple[int, int] | None:
    """ "The talks will cover sanctions and cyber theft, the joint statement said": what an occasion
    will take up, told as the news with a document as its source tacked on after it, is the
    occasion's agenda as its record gives it, no one's position (`agenda_verbs`, `agenda_nouns`,
    `medium_nouns`). Not "…, she said" nor "a spokesman said the talks would cover X" (a person's
    or a body's announcement, which writers keep), nor "according to" (writers split on it)."""
    if span is None or cue.lower_ == "according" or span[0] > cue.idx:
        return span
    source = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if source is None or source.lower_ not in lex.medium_nouns:
        return span
    words = cue.doc.char_span(*span, alignment_mode="expand")
    if words is None or not len(words):
        return span
    return None if agenda_clause(words.root, lex) else span  # "will cover", or "is expected to cover"


def _no_comment(verb: Token, lex: Lexicon) -> bool:
    """ "declined to comment", "declined to give details", "declined to be drawn": the routine note
    that nothing was said, no position (`no_comment_verbs`; "refused to comment" still is one)."""
    return verb.lemma_.lower() in lex.no_comment_verbs and any(
        c.dep_ == "xcomp" and _withholds(c, lex) for c in verb.children
    )


def _withholds(verb: Token, lex: Lexicon) -> bool:
    """ "to say how ...", "to elaborate", "to give details": a verb of saying, or one whose word or
    object is a saying withheld."""
    words = lex.withholding_words
    if verb.lemma_.lower() in lex.speech_verbs or verb.lemma_.lower() in words or verb.lower_ in words:
        return True
    return any(c.dep_ == "dobj" and c.lower_ in words for c in verb.children)


def _declines_to_be_named(verb: Token, lex: Lexicon) -> bool:
    """ "an official who declined to be identified": a source keeping their name back, no position."""
    return verb.lemma_.lower() in lex.refusal_verbs and any(
        c.dep_ == "xcomp" and c.lower_ in lex.anonymity_words and any(a.dep_ == "auxpass" for a in c.children)
        for c in verb.children
    )


def _with_act(verb: Token, span: tuple[int, int] | None, lex: Lexicon) -> tuple[int, int] | None:
    """ "Ahn flatly rejected the idea", "Both countries deny it": when the act's object only
    points back ("the idea", "it"), the position is the act itself, with how it was done; and
    when the act on a thing named before ("the report", "the proposal") is the whole sentence,
    "Tarsia welcomed the report.", the sentence is the position, its actor with it."""
    objects = [c for c in verb.children if c.i > verb.i and c.dep_ in COMPLEMENTS and c.dep_ != "advmod"]
    if span is None or len(objects) != 1:
        return span
    if _bare_definite(objects[0], lex) or _points_back(objects[0], lex):
        whole = _whole_sentence(verb, objects[0])
        if whole is not None:
            return whole
    if not _points_back(objects[0], lex):
        return span
    before = [c for c in verb.children if c.dep_ in ("advmod", "neg") and c.i < verb.i and c.i >= verb.i - 2]
    start = min([verb.i, *(c.i for c in before)])
    return verb.doc[start].idx, span[1]


def _whole_sentence(verb: Token, obj: Token) -> tuple[int, int] | None:
    """The span of "Tarsia welcomed the report.": the act's subject opens the sentence, and
    nothing but the act's adverbs, its object and the full stop stands with them."""
    sent = verb.sent
    while len(sent) > 1 and sent[-1].is_space:
        sent = sent[:-1]
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.dep_ != "ROOT" or subject is None or subject.left_edge.i != sent.start:
        return None
    if obj.right_edge.i != sent[-1].i - 1 or sent[-1].text != ".":
        return None
    if any(c.dep_ not in ("nsubj", "advmod", "neg", "aux", "punct") and c.i != obj.i for c in verb.children):
        return None
    return sent[0].idx, sent[-2].idx + len(sent[-2].text)


def _said_with_act(verb: Token, lex: Lexicon) -> bool:
    """ "Jeon rejected the criticism, saying that ...", "defended the nominee, telling lawmakers
    ...": an act on a thing named before, told with the saying that gives its reasons, is that
    saying; the act alone, "rejected the criticism", states nothing of its own."""
    objects = [c for c in verb.children if c.i > verb.i and c.dep_ in COMPLEMENTS and c.dep_ != "advmod"]
    if len(objects) != 1 or not (_points_back(objects[0], lex) or _bare_definite(objects[0], lex)):
        return False
    return any(
        c.dep_ in ("advcl", "xcomp")
        and c.tag_ == "VBG"
        and c.i > objects[0].i
        and c.lemma_.lower() in lex.speech_verbs
        for c in verb.children
    )


def _bare_definite(obj: Token, lex: Lexicon) -> bool:
    """ "the criticism", "the nominee": a thing the story named before, with nothing of its own."""
    return (
        obj.pos_ == "NOUN"
        and [c.lower_ for c in obj.children] == ["the"]
        and obj.lower_ not in lex.anonymous_heads
    )


def _points_back(obj: Token, lex: Lexicon) -> bool:
    if obj.lower_ in lex.topic_pronouns:
        return True
    det = [c for c in obj.children if c.i < obj.i]
    return (
        obj.lower_ in lex.topic_nouns
        and len(det) == 1
        and det[0].lower_ in lex.topic_determiners
        and not any(c.i > obj.i for c in obj.children)
    )


def _speech_content(t: Token, lex: Lexicon) -> tuple[int, int] | None:
    clause = clause_of(t)
    if is_question(t, clause, lex):
        return None  # "asked whether ...": the question is not a statement
    span = clause_span(clause, lex) if clause is not None else None
    if span is not None:
        return continued_clause(t, _with_lost_subject(t, clause, span))
    lost = unparsed_clause(t, lex.medium_nouns, lex.speech_verbs)
    if lost is not None:
        return lost
    if _request(t, lex):
        return complement_span(t, lex.medium_nouns)  # "asked the council to fund the shelters"
    closing = closing_report(t, lex) if t.lemma_.lower() not in lex.question_verbs else None
    if closing is not None:
        return closing
    lemma = t.lemma_.lower()
    if t.dep_ == "parataxis" or (t.dep_ == "ROOT" and lemma in ("say", "tell", "add")):
        return parenthetical_span(t) or lost_clause(t, lex)
    inverted = _inverted_report(t)
    if inverted is not None:
        return inverted
    if lemma in lex.clause_only_verbs or lemma in lex.plain_saying_verbs:
        return lost_clause(t, lex)
    return complement_span(t, lex.medium_nouns) or lost_clause(t, lex)


def _request(verb: Token, lex: Lexicon) -> bool:
    """ "asked the council to fund the shelters": a verb of asking with someone asked and what
    they are to do asks for it, as "urged" does; no question is asked."""
    if verb.lemma_.lower() not in lex.question_verbs:
        return False
    to_do = [c for c in verb.children if c.dep_ == "xcomp" and any(_to(a) for a in c.children)]
    return bool(to_do) and any(c.dep_ == "dobj" for c in verb.children)


def _to(t: Token) -> bool:
    return t.dep_ == "aux" and t.lower_ == "to"


def further_that_clauses(cue: Cue) -> list[tuple[int, int]]:
    """ "Wu said he did not expect A, but that B": a second that-clause the parser coordinated
    with the verb of saying is a statement of the same saying."""
    verb, doc = cue.token, cue.token.doc
    opened = [  # "that" opens it, whether parsed as its mark or as a determiner of its subject
        c for c in verb.children if c.dep_ == "conj" and c.i > verb.i and doc[c.left_edge.i].lower_ == "that"
    ]
    spans = [trimmed(doc, c.left_edge.i + 1, c.right_edge.i) for c in opened]
    return [span for span in spans if span is not None]


def _without(sent, according: Token) -> tuple[int, int] | None:
    """A sentence's characters minus its "according to X" phrase."""
    lo, hi = according.left_edge.i, according.right_edge.i
    doc = sent.doc
    if lo - sent.start >= sent.end - 1 - hi:
        return trimmed(doc, sent.start, lo - 1)
    return trimmed(doc, hi + 1, sent.end - 1)
