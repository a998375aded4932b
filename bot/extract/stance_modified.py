"""A two-word keyword of a modifier and its noun named with other modifiers between them, as news
writing stacks them: "regular high-level consultations", "quarterly, structured consultations",
"extended nuclear deterrence" name the regular consultations and the extended deterrence. The
parse says the first word modifies the noun; every word between modifies it too (a modifier, a
compound's part, a comma), so the phrase is one thing, the noun its head. Adjacent words are the
keyword's own match (stance_keywords.py) and are left to it.
"""

from __future__ import annotations

from spacy.tokens import Span

from bot.extract.doc_cache import indices_with, kept, owner_key, parse_of, starts_of, texts_of
from bot.extract.stance_refs import Mention
from bot.extract.stance_words import fold

MODIFIER_DEPS = ("amod", "compound", "nmod")
BETWEEN_DEPS = (*MODIFIER_DEPS, "punct", "advmod", "cc", "conj")


class Modified:
    def __init__(self, keywords: list):
        self.by_noun: dict[str, list[tuple[str, object]]] = {}
        for kw in keywords:
            if len(kw.words) == 2 and not kw.prefix:
                self.by_noun.setdefault(kw.words[1], []).append((fold(kw.words[0]), kw))
        self.nouns = tuple(sorted(self.by_noun))
        self.key = owner_key()

    def mentions(self, span: Span) -> list[Mention]:
        """The keywords `span` names with modifiers between their words, as (start, end, keyword)
        within span.text, from the first word to the noun."""
        doc = span.doc
        found: list[Mention] = []
        for i in kept(doc, ("nouns", self.key), lambda d: indices_with(d, lower=self.nouns)):
            if not span.start <= i < span.end:
                continue
            for m, kw in kept(doc, ("modified", self.key, i), lambda d, i=i: self._modified_at(d, i)):
                if m >= span.start:
                    start = starts_of(doc)[m] - span.start_char
                    found.append((start, starts_of(doc)[i] + len(texts_of(doc)[i]) - span.start_char, kw))
        return found

    def _modified_at(self, doc, i: int) -> list[tuple[int, object]]:
        """The keywords whose first word modifies the noun at `i` with more words between."""
        p = parse_of(doc)
        found = []
        for m in p.children[i]:
            if m >= i - 1 or p.deps[m] not in MODIFIER_DEPS:
                continue
            first = fold(p.lowers[m])
            for word, kw in self.by_noun[p.lowers[i]]:
                if word == first and all(_modifies(p, b, i) for b in range(m + 1, i)):
                    found.append((m, kw))
        return found


def _modifies(p, b: int, noun: int) -> bool:
    """A word between the first word and the noun is part of the phrase: it hangs on the noun or
    on another word between (a hyphen's parts, "high-level")."""
    head = p.heads[b]
    return p.deps[b] in BETWEEN_DEPS and (head == noun or b < head < noun)
