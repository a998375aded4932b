"""An interview printed as questions and answers: "Q. Should Seoul scale back the drills?" then
"A. Not scale back. Adjust." The question is the reporter's, nobody's statement; the answer is the
interviewee's own words though no quote mark or verb says so. The interviewee is the one the story
quoted last before the questions began (interview pieces open by quoting the person they then
question), unless the headline names in full the person the lead is about; with nobody quoted
yet, an answer is left unattributed rather than guessed."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Token

from bot.extract.cues import to_someone, wordless_talk
from bot.extract.discourse_entity import Entity
from bot.extract.doc_cache import tokens_with
from bot.extract.lexicon import Lexicon
from bot.model import Statement

LABEL = re.compile(r"^\s*([A-Za-z]+)\s*[.:]\s+(?=\S)")


def _label(text: str) -> tuple[str, int] | None:
    m = LABEL.match(text)
    return (m.group(1).lower(), m.end()) if m else None


# "Korea Herald: Why a mistake?": a label of up to four capitalised words before a colon
NAMED_LABEL = re.compile(r"^\s*([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})\s*:\s+(?=\S)")


def asking_labels(paragraphs) -> frozenset[str]:
    """The labels an interview's questions are printed under, whatever the paper calls its side
    ("Q.", "KH:", "Korea Herald:", the reporter's name): a label opening two or more paragraphs,
    most of them ending in a question mark. A speaker's label in a transcript asks now and then,
    and is not one."""
    turns: dict[str, list[bool]] = {}
    for text in paragraphs:
        m = NAMED_LABEL.match(text)
        if m:
            turns.setdefault(m.group(1), []).append(text.rstrip().endswith("?"))
    return frozenset(k for k, asked in turns.items() if len(asked) >= 2 and sum(asked) * 2 > len(asked))


def interview_turn(
    text: str, previous: str | None, lex: Lexicon, asking: frozenset[str] = frozenset()
) -> tuple[str, int] | None:
    """("question", 0) for a labelled question, ("answer", where its words start) for a labelled
    answer right after one, else None ("A. J. Kim said" opening an ordinary paragraph is no answer).
    `asking`: the labels this interview prints its questions under (`asking_labels`)."""
    named = NAMED_LABEL.match(text)
    if named and named.group(1) in asking:
        return "question", 0
    found = _label(text)
    if found is None:
        return None
    word, end = found
    if word in lex.interview_question_labels:
        return "question", 0
    before = _label(previous) if previous is not None else None
    if word in lex.interview_answer_labels and before and before[0] in lex.interview_question_labels:
        return "answer", end
    return None


def headline_interviewee(
    headline: str, lead: Doc, base: int, people
) -> tuple[Entity, tuple[int, int]] | None:
    """ "[Interview] Rep. Song Mi-ra: “…”" over "Rep. Song Mi-ra of the X Party ... has become ...":
    the person the headline names in full and the lead's first sentence has for its subject is the
    one the piece questions, though a rival is quoted before the questions to set the scene. Returns
    that person and the name's place in the lead."""
    first = next(iter(lead.sents), None)
    if first is None:
        return None
    lo, hi = base + first.start_char, base + first.end_char
    for e in people:
        at = next((p for p in e.subject_at if lo <= p < hi), None)
        if at is None or e.kind != "person" or e.anonymous or e.name not in headline:
            continue
        name = next((s for s in lead.ents if s.start_char <= at - base < s.end_char), None)
        return e, (base + name.start_char, base + name.end_char) if name else (at, at + len(e.name))
    return None


class InterviewDay:
    """The day an interview was given dates every answer and every quote of the interviewee
    that names no day of its own: the piece prints one conversation, though only its
    introduction says when ("The interview took place on Sept. 3", "Sitting in his office on
    Friday, Han said ..."). Only a piece printed as questions and answers is known to be one
    conversation; only its introduction, before the first question, is read for the day."""

    def __init__(self, lex: Lexicon):
        self.lex = lex
        self.asked = False
        self.interviewee: str | None = None
        self.days: list[tuple[str | None, tuple[str, str]]] = []  # (whose saying, or None: the interview's)

    def turn(self, kind: str, speaker: str | None) -> None:
        self.asked = True
        if kind == "answer" and self.interviewee is None:
            self.interviewee = speaker

    def read(self, doc: Doc, outside, when) -> None:
        """ "The interview took place on Sept. 3", "the interview, conducted on Friday", "spoke
        in an interview at his home on Monday": the day on the interview's own verb."""
        if self.asked:
            return
        for t in tokens_with(doc, lower=tuple(sorted(self.lex.interview_nouns))):  # read once, kept
            if t.pos_ == "NOUN" and outside(t):
                heads = [c for c in t.children if c.dep_ == "acl"]
                if t.dep_ in ("nsubj", "nsubjpass"):
                    heads.append(t.head)
                elif t.dep_ == "pobj" and t.head.dep_ == "prep":
                    heads.append(t.head.head)
                self.days += [(None, d) for d in map(when, heads) if d]
        for t in tokens_with(doc, pos=("VERB",)):  # "X spoke to The Korea Herald on Monday"
            if outside(t) and wordless_talk(t, self.lex) and to_someone(t):
                self.days += [(None, d) for d in map(when, [t]) if d]

    def saying(self, verb: Token, speaker: str, when) -> None:
        """ "Sitting in his office on Friday, Han said ...": a day on a clause fronted to the
        saying, before the questions, is when the conversation took place."""
        if not self.asked:
            fronted = [c for c in verb.children if c.dep_ == "advcl" and c.i < verb.i]
            self.days += [(speaker, d) for d in map(when, fronted) if d]

    def day(self) -> tuple[str, str] | None:
        if self.interviewee is None:
            return None
        return next((d for who, d in self.days if who in (None, self.interviewee)), None)

    def dated(self, st: Statement, published: date | None) -> Statement:
        """The interviewee's words that fell to the day of publication, no day of their own
        having been found: the interview's."""
        day = self.day()
        if day is None or st.speaker.id != self.interviewee or st.said_on != str(published):
            return st
        return replace(st, said_on=day[0], said_on_precision=day[1])
