"""A concept's keywords compiled for matching (data/concepts.toml): the pattern, a cheap word test
before it, which way the keyword names the proposition, its head noun for later mentions ("the
launches" for "leaflet launches"), and the concept's own side words (stance.py reads them)."""

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


def own_words(c: Concept, unlike: frozenset[str]) -> PatternTable:
    """The concept's own phrases; for a form ("a working group"), being unlike one is not being one."""
    contrasts = {p: OPPOSE for p in unlike} if c.form else {}
    return PatternTable(contrasts | {p: SUPPORT for p in c.support} | {p: OPPOSE for p in c.oppose})
