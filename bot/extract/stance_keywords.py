"""A concept's keywords compiled for matching (data/concepts.toml): the pattern, a cheap word test
before it, which way the keyword names the proposition, its head noun for later mentions ("the
launches" for "leaflet launches"), and the concept's own side words (stance.py reads them); and
their search in a text (`KeywordSearch`: the longer of two overlapping matches, a keyword in a
phrase of another sense ruled out)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.extract.stance_shortened import noun_head
from bot.extract.stance_words import OPPOSE, SUPPORT, PatternTable, fold, keyword_re
from bot.model import Concept

WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Keyword:
    concept: Concept
    pattern: object
    first: str  # its first word (a prefix when the keyword ends in `*` and has one word)
    prefix: bool
    sign: int  # +1: names what the proposition is for; -1: its opposite
    head: str | None  # its last word when it has several: "the ministry" may name it again
    words: tuple[str, ...] = ()
    noun_head: str | None = None  # the noun it is about: "the declaration" later in the article
    cause: bool = False  # concepts.toml `causes`: only the concept's own words take a side on it

    def may_occur(self, words: set[str], folded: str) -> bool:
        """A cheap test before the pattern: ~300 patterns per statement cost more than parsing.
        `words`: the text's words; `folded`: the text (both lower-cased, stance_words.fold)."""
        if self.prefix:  # a prefix no word starts with is mostly nowhere in the text at all
            return self.first in folded and any(w.startswith(self.first) for w in words)
        return self.first in words


FUNCTION_WORDS = {"the", "a", "an", "to", "of", "with", "on", "in", "for", "and"}


def heads_of(c: Concept, keywords: list[Keyword]) -> set[str]:
    """The head nouns that name the concept's thing again ("the launches" for "leaflet launches"):
    last words of its noun-compound keywords ("end the war" is no compound: "war" is not its thing)."""
    return {
        k.head
        for k in keywords
        if k.concept is c and k.head and k.sign == base_sign(c) and not FUNCTION_WORDS & set(k.words)
    }


def base_sign(c: Concept) -> int:
    """The sign of the concept's thing: what an `against` concept's keywords name it is against."""
    return -1 if c.against else 1


def make_keyword(c: Concept, phrase: str, sign: int, cause: bool = False) -> Keyword:
    words = WORD.findall(phrase.lower())
    first = fold(words[0])
    prefix = phrase.endswith("*") and len(words) == 1
    head = words[-1] if len(words) > 1 and not phrase.endswith("*") else None
    return Keyword(c, keyword_re(phrase), first, prefix, sign, head, tuple(words), noun_head(phrase), cause)


def own_words(c: Concept, unlike: frozenset[str], unnamed: bool = False) -> PatternTable:
    """The concept's own phrases; for a form ("a working group"), being unlike one is not being one;
    `unnamed`: also the acts that leave its thing unnamed (read only for the context's topic)."""
    contrasts = {p: OPPOSE for p in unlike} if c.form else {}
    found = contrasts | {p: SUPPORT for p in c.support} | {p: OPPOSE for p in c.oppose}
    if unnamed:
        found |= {p: SUPPORT for p in c.unnamed_support} | {p: OPPOSE for p in c.unnamed_oppose}
    return PatternTable(found)


class KeywordSearch:
    """Finding the keywords in a text; mixed into StanceCoder, whose tables (`keywords`,
    `by_first`, `senses`, the kept `_keyword_matches`) it reads."""

    def _mentions(self, text: str, references: list) -> list[tuple[int, int, Keyword]]:
        """Keyword matches and references in text order; where two overlap, the longer one."""
        found = [*self._keyword_matches(text), *references]
        found.sort(key=lambda f: (-(f[1] - f[0]), f[0]))
        kept: list[tuple[int, int, Keyword]] = []
        for s, e, kw in found:
            if not any(s < ke and ks < e for ks, ke, _ in kept):
                kept.append((s, e, kw))
        return sorted(kept, key=lambda f: f[0])

    def _matches(self, text: str) -> tuple[tuple[int, int, Keyword], ...]:
        """Every keyword's matches in text, keywords in the data's order (as ties are settled).
        Kept for the last texts read (see __init__): a sentence is read again as the context of
        each statement in it, a quote alone and in its run."""
        folded = fold(text.lower())  # as each word folded: "iz" never spans two words
        words = set(WORD.findall(folded))
        looked_up = {i for w in words for i in self.by_first.get(w, ())}
        prefixed = (i for i in self.by_first.get("", ()) if self.keywords[i].may_occur(words, folded))
        found = tuple(
            (m.start(), m.end(), self.keywords[i])
            for i in sorted(looked_up.union(prefixed))
            for m in self.keywords[i].pattern.finditer(text)
        )
        return self._one_sense(text, found) if found else found

    def _one_sense(self, text: str, found: tuple) -> tuple:
        """Keyword matches less those inside a phrase where the word means something else
        (concepts.toml `other_senses`: "the exercise of its right to self-defence" is no drill)."""
        slugs = {f[2].concept.slug for f in found}  # only the concepts found have a sense to rule out
        other = [
            (slug, m.start(), m.end())
            for slug, patterns in self.senses.items()
            if slug in slugs
            for pattern in patterns
            for m in pattern.finditer(text)
        ]
        return tuple(
            f
            for f in found
            if not any(slug == f[2].concept.slug and s < f[1] and f[0] < e for slug, s, e in other)
        )
