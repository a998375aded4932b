"""A concept's thing named again by the head noun of its keyword, as news writing does after the
first mention: "the Unification Ministry said ... the ministry would stay at the center",
"an end-of-war declaration ... the declaration". Two kinds of reference count:

- "the/this/that <head>" takes the nearest earlier mention with that head in the paragraph (a
  chain of such references passes back to it). When that mention is another thing with the same
  head ("the Foreign Ministry"), the reference is to that thing, not to the concept's; unless
  the reference's own clause names that thing beside it ("absorbing the ministry into the
  Foreign Ministry": two arguments of one verb are two things), or that thing is where another
  is moved ("folding the Unification Ministry into the Foreign Ministry": the body moved is the
  sentence's topic, the destination a second body), when the search passes over it.
- "his/our/its <head>" is the speaker's own organisation ("the minister rejected the idea that his
  ministry had become redundant"): a mention of the concept when the organisation's name is one
  of its keywords.

Only keywords of two or more words have a head to be named by; the words are data
(data/lexicon.toml: anaphor_determiners, own_possessives, destination_prepositions).
"""

from __future__ import annotations

import re
from typing import Protocol

from spacy.tokens import Doc, Span, Token

from bot.extract.doc_cache import indices_with, kept, owner_key, parse_of, starts_of, texts_of, tokens_with
from bot.extract.names import text_of


class Keyword(Protocol):
    pattern: re.Pattern
    head: str | None  # its last word, when it has more than one


Mention = tuple[int, int, Keyword]


class References:
    def __init__(
        self, keywords: list, determiners: frozenset[str], possessives: frozenset[str], destinations=()
    ):
        self.by_head: dict[str, list] = {}
        for kw in keywords:
            if kw.head:
                self.by_head.setdefault(kw.head, []).append(kw)
        self.heads = tuple(sorted(self.by_head))
        self.key = owner_key()
        self.determiners = determiners
        self.possessives = possessives
        self.destinations = frozenset(destinations)

    def mentions(self, span: Span, own: tuple[str, ...]) -> list[Mention]:
        """References in `span` to a keyword's thing, as (start, end, keyword) within span.text."""
        found: list[Mention] = []
        doc = span.doc
        heads = kept(doc, ("heads", self.key), lambda d: indices_with(d, lower=self.heads))
        for i in heads:  # the paragraph's head words, found once (a short key: ~100 words hash slowly)
            if span.start <= i < span.end:
                # the same word is met again in each statement and context holding it
                key = ("referent", self.key, i, own)
                for kw in kept(doc, key, lambda d, i=i: self._referent_at(d, i, own)):
                    start = starts_of(doc)[i] - span.start_char
                    found.append((start, start + len(texts_of(doc)[i]), kw))
        return found

    def _referent_at(self, doc: Doc, i: int, own: tuple[str, ...]) -> list:
        p = parse_of(doc)
        det = next((c for c in p.children[i] if c < i and p.deps[c] in ("det", "poss")), None)
        return [] if det is None else self._referent(doc[i], p.lowers[det], own)

    def _referent(self, t: Token, det: str, own: tuple[str, ...]) -> list:
        candidates = self.by_head[t.lower_]
        if det in self.possessives:
            return [kw for kw in candidates if any(kw.pattern.fullmatch(name) for name in own)]
        if det in self.determiners:
            found = beside(t, self.determiners)
            before = text_of(t.doc)[: t.idx]
            return nearest_keyword(before, t.lower_, candidates, self.determiners, found, self.destinations)
        return []


def nearest_keyword(
    before: str, head: str, candidates: list, determiners, beside=frozenset(), destinations=frozenset()
) -> list:
    """The keyword ending at the nearest earlier use of `head` (passing over uses that are themselves
    "the/this <head>" references, the things `beside` names, and a destination a candidate is moved
    to: `destinations`); none when that use is another thing with the head."""
    for m in reversed(list(re.finditer(rf"(?<!\w){re.escape(head)}(?!\w)", before, re.I))):
        ending = [kw for kw in candidates if any(_holds(k, m) for k in kw.pattern.finditer(before))]
        if ending:
            return ending[:1]
        previous = re.search(r"(\w+)\W+$", before[: m.start()])
        word = previous.group(1).lower() if previous else None
        if (
            word not in determiners
            and word not in beside
            and not _moved_to(before, m, candidates, destinations)
        ):
            return []  # another thing with this head ("the Foreign Ministry")
    return []


SENTENCE_END = re.compile(r"[.!?][\"”’]?\s|\n")


def _moved_to(before: str, use: re.Match, candidates: list, destinations: frozenset[str]) -> bool:
    """ "fold the Unification Ministry into the Foreign Ministry": the use is the destination (a
    preposition of `destinations` before its name) of a thing a candidate names earlier in the
    sentence, which is the thing the sentence is about."""
    if not destinations:
        return False
    ends = [e.end() for e in SENTENCE_END.finditer(before, 0, use.start())]
    sentence = before[ends[-1] if ends else 0 : use.start()]
    words = "|".join(re.escape(w) for w in sorted(destinations))
    if not re.search(rf"(?<!\w)(?:{words})\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}$", sentence, re.I):
        return False
    return any(kw.pattern.search(sentence) for kw in candidates)


def _holds(keyword: re.Match, head: re.Match) -> bool:
    """The keyword's match is this use of its head: ending in it ("the Unification Ministry") or,
    for a keyword that names its head first, holding it ("the Ministry of Unification",
    "reunions of separated families")."""
    return keyword.start() <= head.start() and head.end() <= keyword.end()


def beside(t: Token, determiners) -> frozenset[str]:
    """The modifiers of other things with `t`'s head in its own clause: "absorbing the ministry into
    the Foreign Ministry" names two ministries, so "the ministry" is not the Foreign Ministry (two
    arguments of one verb are two things) and an earlier "Foreign Ministry" is passed over."""
    p = parse_of(t.doc)
    lowers, word = p.lowers, p.lowers[t.i]
    if lowers.count(word) < 2:
        return frozenset()  # the paragraph has no other
    return frozenset(
        lowers[u - 1]
        for u in p.subtree(p.heads[t.i])
        if u != t.i and lowers[u] == word and u > 0 and lowers[u - 1] not in determiners
    )


class Predicates:
    """A two-word keyword said as what a verb makes of its object: "keep the consultations
    regular", "make the meetings regular" name the regular consultations. The mention is the
    adjective, whose side is read from the verb it completes ("keep": for). After a copula ("the
    meetings became regular") it describes: not a mention."""

    def __init__(self, keywords: list):
        self.by_word: dict[str, list[tuple[str, object]]] = {}
        for kw in keywords:
            if len(kw.words) == 2 and not kw.prefix:
                self.by_word.setdefault(kw.words[0], []).append((kw.words[1], kw))
        self.words = tuple(sorted(self.by_word))

    def mentions(self, span: Span) -> list[Mention]:
        found: list[Mention] = []
        for t in tokens_with(span.doc, dep=("oprd",)):  # the paragraph's object predicates, found once
            if not span.start <= t.i < span.end or t.lower_ not in self.by_word:
                continue
            said_of = {c.lower_ for c in t.head.children if c.dep_ in ("dobj", "nsubjpass")}
            for noun, kw in self.by_word[t.lower_]:
                if noun in said_of:
                    found.append((t.idx - span.start_char, t.idx - span.start_char + len(t), kw))
        return found
