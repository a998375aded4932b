"""A stance's scope: which of a statement's words take a side, and on what (bot/extract/stance.py).

The subject just before a quoted predicate is part of what was said. A statement takes no side on
a concept's thing named as what an occasion takes up, only supposed ("any"), or in a past event
that dates the sentence; on a fact a third party did, told or would demand; on the speaker itself;
on a cause named without the concept's own words; on an option's status said with a copula; in a
denied sentence that sets off the point; nor in what a verb of predicting foresees (a wrong stance
is worse than none). `NoSide` is mixed into StanceCoder, whose tables (`lexicon`, `parties`,
`general`, `words`, `readers`) it reads."""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Span

from bot.extract.clause_subjects import agenda_clause
from bot.extract.doc_cache import parse_of
from bot.extract.stance_keywords import Keyword
from bot.extract.stance_reading import FIRST_PERSON, told_done
from bot.extract.stance_settled import closed_in
from bot.extract.stance_urgency import lapsing_for


class NoSide:
    """Mentions of a concept's thing that take no side on it."""

    def _agenda_item(self, keyword: Span) -> bool:
        """ "the talks would cover sanctions enforcement", "the agenda includes the drills": a
        concept named as what an occasion takes up is described, not argued for or against."""
        return any(agenda_clause(verb, self.lexicon) for verb in keyword.root.ancestors)

    def _own_side(self, kw: Keyword, reading, span: Span) -> bool:
        """ "will keep raising the abduction issue": a cause the concept presses takes a side only
        through the concept's own words; "resolving the abduction issue is our top priority" is a
        goal of its own, no position on pressing it."""
        p, own = parse_of(span.doc), self.readers[kw.concept.slug].own
        if closed_in(p, reading.words, self.general.w):
            return True  # "the abduction issue has been settled": nothing left to press (stance_settled)
        return any(own.at_i(p, at) and not told_done(p, at) for at, _ in reading.words)

    def _any_such(self, k) -> bool:
        """ "any treaty must be signed by both Koreas", "any aid would go through UN agencies": a
        thing only supposed ("any") told as how it would be done, a passive of doing, names a
        condition on it, not a side; a passive that takes one does ("any talks would be welcomed")."""
        return (
            k.dep_ == "nsubjpass"
            and any(c.dep_ == "det" and c.lower_ == "any" for c in k.children)
            and k.head.lemma_.lower() not in self.lexicon.position_support | self.lexicon.position_oppose
        )

    def _in_past_time(self, k, span: Span) -> bool:
        """ "has changed since North Korea enshrined its nuclear status in law": a clause of time
        told in the past dates the sentence by an event; the event is told, not argued."""
        for verb in k.ancestors:
            if not span.start <= verb.i < span.end:
                return False
            past = (
                verb.tag_ == "VBD"
                or verb.tag_ == "VBN"
                and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
            )
            marks = [c for c in verb.children if c.dep_ == "mark" and c.lower_ in self.lexicon.time_marks]
            if verb.dep_ == "advcl" and past and marks:
                return True
        return False

    def _in_circumstance(self, k, span: Span) -> bool:
        """ "A treaty signed while the North keeps adding warheads is worthless": a clause of time
        ("while") with a subject of its own tells what goes on meanwhile, as "as long as" does;
        what it names takes no side; not one sharing the subject ("would seek dialogue while
        keeping the sanctions"), nor the speakers' own ("while we keep the sanctions")."""
        for verb in k.ancestors:
            if not span.start <= verb.i < span.end:
                return False
            if verb.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in self.lexicon.circumstance_marks for c in verb.children
            ):
                return any(
                    c.dep_ in ("nsubj", "nsubjpass", "expl") and c.lower_ not in FIRST_PERSON
                    for c in verb.children
                )
        return False

    def _a_fact(self, keyword: Span, span: Span, own: tuple[str, ...]) -> bool:
        """ "the board was created to prepare for unification": what a third party did, told, or
        would demand."""
        others = self.parties.others(own)
        if lapsing_for(parse_of(span.doc), keyword.root.i, self.general.w):
            return False  # "time is running out for X": time is no party (stance_urgency)
        return others is not None and (
            self.parties.reported_fact(keyword.root, span, others)
            or self.parties.anothers_demand(keyword.root, span, others)
        )

    def _a_speaker(self, keyword: Span) -> bool:
        """ "The Unification Ministry said ...", "Unification Minister Kim": who speaks is not
        what is spoken of."""
        k = keyword.root
        if k.dep_ == "nsubj" and (k.pos_ == "PROPN" or k.head.lemma_.lower() in self.words.speech):
            return True  # "The Unification Ministry keeps the report out of view": an agent
        return self.general.names_a_body(k)


def agenda_only(reading, agenda: frozenset[str], span: Span, copulas: frozenset[str]) -> bool:
    """ "That is not on the table": an option's status said with a copula, not an act on it
    ("will keep its offer on the table")."""
    p = parse_of(span.doc)
    return any(text in agenda and p.lemmas[p.heads[at]] in copulas for at, text in reading.words)


def foil_ranges(span: Span) -> list[tuple[int, int]]:
    """ "We do not oppose X. What we oppose is Y", "We are not saying X. We are saying Y": the
    denied sentence sets off the point, which is the next one; its keywords are not the
    statement's position. Character ranges within span.text."""
    doc = span.doc
    sents = [doc[max(s.start, span.start) : min(s.end, span.end)] for s in span.sents]
    return [
        (a.start_char - span.start_char, a.end_char - span.start_char)
        for a, b in pairwise(sents)
        if a.root.pos_ != "AUX"  # "the problem was never X. It was Y": the subject stays the topic
        and any(c.dep_ == "neg" for c in a.root.children)
        and not any(c.dep_ == "neg" for c in b.root.children)
        and a.root.lemma_.lower() in _acts(b.root)
    ]


def predicted(span: Span, forecasting: frozenset[str]) -> bool:
    """The statement is what the verb of predicting above it foresees."""
    head = span.root.head
    return not span.start <= head.i < span.end and head.lemma_.lower() in forecasting


def _acts(root) -> set[str]:
    """A sentence's act: its verb, or in "what we oppose is ..." the verb of the subject clause."""
    return {root.lemma_.lower()} | {c.lemma_.lower() for c in root.children if c.dep_ == "csubj"}


def with_subject(span: Span) -> Span:
    """ "insisted that sanctions “must stay in place”": a quoted predicate says what it says of
    the subject just before the quote, which is part of what was said; so does a quoted
    complement of a copula just before it ("said that was “not on the table”")."""
    root = span.root
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.i >= span.start for c in root.children):
        return span
    holder = root.head if root.dep_ in COMPLEMENT_DEPS and root.head.i < span.start else root
    subject = next(
        (c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < span.start), None
    )
    if subject is None or any(
        not (t.is_punct or t.i == holder.i or t.head.i == holder.i and t.dep_ in ("neg", "aux"))
        for t in span.doc[subject.right_edge.i + 1 : span.start]
    ):
        return span
    return span.doc[subject.left_edge.i : span.end]


COMPLEMENT_DEPS = ("acomp", "attr", "prep")  # what a copula says of its subject
