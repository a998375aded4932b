"""Which concept a statement takes a position on, and which side (Leifeld's DNA coding).

A keyword of a concept (data/concepts.toml) names the thing the statement may take a side on;
the side is read off the dependency parse from that keyword up to the top of the statement
(bot/extract/stance_path.py), and, for an act, the act's own side ("rejected", "urged"). A
statement that merely names a concept, asks about it, describes an agenda, or reports someone
else's view of it takes no position: no concept, no agreement. A wrong stance is worse than none.

The side toward the thing becomes agreement with the proposition: a `contrary` keyword names the
proposition's opposite ("nuclear weapons" for denuclearization), an `against` concept is against
what its keywords name ("the exercises should be scaled back"). Among several keywords, the first
one the parse gives a side decides.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from spacy.tokens import Span

from bot.extract.lexicon import Lexicon
from bot.extract.stance_path import PathReader
from bot.extract.stance_refs import References
from bot.extract.stance_words import OPPOSE, SUPPORT, PatternTable, StanceWords, phrase_re
from bot.model import Concept

POLARITY = {"support": SUPPORT, "oppose": OPPOSE}
WORD = re.compile(r"\w+")
AGREEMENT = {SUPPORT: "support", OPPOSE: "oppose"}

__all__ = ["Stance", "StanceCoder", "phrase_re"]


@dataclass(frozen=True)
class Stance:
    concept: str | None
    agreement: str | None
    cue: str | None


NONE = Stance(None, None, None)


@dataclass(frozen=True)
class _Keyword:
    concept: Concept
    pattern: object
    first: str  # its first word (a prefix when the keyword ends in `*` and has one word)
    prefix: bool
    sign: int  # +1: names what the proposition is for; -1: its opposite
    head: str | None  # its last word when it has several: "the ministry" may name it again

    def may_occur(self, words: set[str]) -> bool:
        """A cheap test before the pattern: ~300 patterns per statement cost more than parsing."""
        if self.prefix:
            return any(w.startswith(self.first) for w in words)
        return self.first in words


class StanceCoder:
    def __init__(self, concepts: tuple[Concept, ...], lexicon: Lexicon):
        words = StanceWords.from_lexicon(lexicon)
        self.keywords = [
            _keyword(c, k, sign * (-1 if c.against else 1))
            for c in concepts
            for sign, listed in ((1, c.keywords), (-1, c.contrary))
            for k in listed
        ]
        self.readers = {c.slug: PathReader(words, _own_words(c)) for c in concepts}
        self._by_first: dict[str, list[int]] = {}  # first word -> keyword positions, for _candidates
        for n, kw in enumerate(self.keywords):
            if not kw.prefix:
                self._by_first.setdefault(kw.first, []).append(n)
        self._prefixed = [n for n, kw in enumerate(self.keywords) if kw.prefix]
        self.references = References(self.keywords, lexicon.anaphor_determiners, lexicon.own_possessives)

    def code(
        self, text: str, cue_polarity: str | None = None, span: Span | None = None, own: tuple[str, ...] = ()
    ) -> Stance:
        """The statement's stance; `span` is its parse (without one, no stance is read); `own`
        the names of the speaker's organisation ("his ministry")."""
        if span is None or not text.strip():
            return NONE
        span = _with_subject(span)
        foils = _foils(span)
        for start, end, kw in self._mentions(span.text, self.references.mentions(span, own)):
            if any(fs <= start < fe for fs, fe in foils):
                continue
            keyword = span.doc.char_span(
                span.start_char + start, span.start_char + end, alignment_mode="expand"
            )
            if keyword is None or len(keyword) == 0:
                continue
            reading = self.readers[kw.concept.slug].read(keyword, span, POLARITY.get(cue_polarity or ""))
            if reading is not None:
                agreement = "neutral" if reading.neutral else AGREEMENT[reading.sign * kw.sign]
                return Stance(kw.concept.slug, agreement, reading.cue() or None)
        return NONE

    def _candidates(self, text: str) -> list[_Keyword]:
        """The keywords whose first word occurs in text, in table order: trying each of ~300
        patterns on every statement cost more than the parse (looked up by word instead)."""
        words = set(WORD.findall(text.lower()))
        found = {n for w in words for n in self._by_first.get(w, ())}
        found.update(n for n in self._prefixed if self.keywords[n].may_occur(words))
        return [self.keywords[n] for n in sorted(found)]

    def _mentions(self, text: str, references: list) -> list[tuple[int, int, _Keyword]]:
        """Keyword matches and references in text order; where two overlap, the longer one."""
        found = [
            (m.start(), m.end(), kw) for kw in self._candidates(text) for m in kw.pattern.finditer(text)
        ] + references
        found.sort(key=lambda f: (-(f[1] - f[0]), f[0]))
        kept: list[tuple[int, int, _Keyword]] = []
        for s, e, kw in found:
            if not any(s < ke and ks < e for ks, ke, _ in kept):
                kept.append((s, e, kw))
        return sorted(kept, key=lambda f: f[0])


def _foils(span: Span) -> list[tuple[int, int]]:
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


def _with_subject(span: Span) -> Span:
    """ "insisted that sanctions “must stay in place”": a quoted predicate says what it says of
    the subject just before the quote, which is part of what was said."""
    root = span.root
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.i >= span.start for c in root.children):
        return span
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < span.start), None)
    if subject is None or any(not t.is_punct for t in span.doc[subject.right_edge.i + 1 : span.start]):
        return span
    return span.doc[subject.left_edge.i : span.end]


def _acts(root) -> set[str]:
    """A sentence's act: its verb, or in "what we oppose is ..." the verb of the subject clause."""
    return {root.lemma_.lower()} | {c.lemma_.lower() for c in root.children if c.dep_ == "csubj"}


def _keyword(c: Concept, phrase: str, sign: int) -> _Keyword:
    first = WORD.findall(phrase.lower())[0]
    words = WORD.findall(phrase.lower())
    prefix = phrase.endswith("*") and len(words) == 1
    head = words[-1] if len(words) > 1 and not phrase.endswith("*") else None
    return _Keyword(c, phrase_re(phrase), first, prefix, sign, head)


def _own_words(c: Concept) -> PatternTable:
    return PatternTable({p: SUPPORT for p in c.support} | {p: OPPOSE for p in c.oppose})
