"""A multi-word keyword shortened to its head noun later in the article, as news writing does once
the full name is given: "the end-of-war declaration ... a declaration", "reunions of separated
families ... the reunions", "leaflet launches ... these launches".

The head noun names the keyword's thing when the article named the full keyword earlier (the
headline, the lead, any earlier paragraph, or earlier in this one), no other concept's keyword
with that head is named in the article so far, and the nearest earlier use of the word is that
keyword or a further shortened mention (not "the Foreign Ministry" before "the ministry"). A
head with a modifier of its own ("a declaration of emergency", "the emergency declaration") is
another thing (an adjective only describes it: "further launches"); so is an indefinite subject
("a ministry is only as good as ..."), which speaks of any. A bare plural is the things of
that kind the story is about ("Launches that endanger residents must stop"), unless it modifies
another noun ("a weapons program").
The determiners are data (data/lexicon.toml: shortened_determiners).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from bot.extract.doc_cache import Parse, indices_with, kept, owner_key, parse_of, starts_of, texts_of
from bot.extract.stance_refs import beside, nearest_keyword

EARLIER = "article text before"  # doc.user_data: the article before the paragraph (article_run.py)
OWN_MODIFIERS = ("compound", "nmod", "poss", "appos")  # say which thing; an adjective describes ("further")
OWN_PREPOSITIONS = {"of", "on", "about", "against"}  # "a declaration of emergency" ("for" says whom)
INDEFINITE = {"a", "an"}
FUNCTION_WORDS = {"the", "a", "an", "to", "of", "with", "on", "in", "for", "and", "its", "own"}


def noun_head(phrase: str) -> str | None:
    """The noun a keyword is about: the last word of a compound ("end-of-war declaration"), the
    first of "reunions of separated families" or "declaration ending the war"; none for a verb
    phrase ("formally end the war") or a prefix."""
    words = phrase.lower().split()
    if len(words) < 2 or phrase.endswith("*"):
        return None
    if len(words) > 2 and (words[1] == "of" or words[1].endswith("ing")) and words[0] not in FUNCTION_WORDS:
        return words[0]
    return None if FUNCTION_WORDS & set(words) or words[-1].endswith("ing") else words[-1]


class Shortened:
    def __init__(self, keywords: list, determiners: frozenset[str], destinations=frozenset()):
        self.by_head: dict[str, list] = {}
        for kw in keywords:
            if kw.noun_head:
                self.by_head.setdefault(kw.noun_head, []).append(kw)
        self.heads = tuple(sorted(self.by_head))
        self.determiners = determiners
        self.destinations = destinations
        self.key = owner_key()  # in the keys of what is kept with paragraphs: id() is reused once freed

    def mentions(self, span: Span) -> list[tuple[int, int, object]]:
        """Shortened mentions in `span`, as (start, end, keyword) within span.text."""
        doc = span.doc
        if EARLIER not in doc.user_data:
            return []  # a text read outside an article
        found = []
        for i in indices_with(doc, lower=self.heads):  # the paragraph's head words, found once
            if span.start <= i < span.end:
                for kw in kept(doc, ("shortened", self.key, i), lambda d, i=i: self._referent(d, i)):
                    start = starts_of(doc)[i] - span.start_char
                    found.append((start, start + len(texts_of(doc)[i]), kw))
        return found

    def _referent(self, doc: Doc, t: int) -> list:
        p = parse_of(doc)  # token indices: a head word is met in most paragraphs, and seldom refers
        det = next((c for c in p.children[t] if p.deps[c] == "det" and c < t), None)
        if p.pos[t] != "NOUN" or own_modifier_i(p, t) or not self._determined(p, t, det):
            return []
        if det is not None and p.lowers[det] in INDEFINITE and p.deps[t] in ("nsubj", "nsubjpass"):
            return []  # "a ministry built for ... is a ministry without ...": any such thing
        before = doc.user_data[EARLIER] + p.text[: p.starts[t]]
        named = [kw for kw in self.by_head[p.lowers[t]] if kw.pattern.search(before)]
        if len({kw.concept.slug for kw in named}) != 1:
            return []  # never named, or two concepts share the head
        found = beside(doc[t], self.determiners)
        return nearest_keyword(before, p.lowers[t], named, self.determiners, found, self.destinations)

    def _determined(self, p: Parse, t: int, det: int | None) -> bool:
        """ "the launches", "these launches"; or a bare plural ("Launches that endanger residents
        must stop", "stop further launches"): the things of that kind the story is about."""
        if det is None:  # not a modifier of another noun ("a weapons program")
            bare = p.tags[t] == "NNS" and p.deps[t] not in OWN_MODIFIERS
            return bare and not any(p.deps[c] in ("det", "poss", "nummod") for c in p.children[t])
        return p.lowers[det] in self.determiners


def own_modifier(t: Token) -> bool:
    """ "a declaration of emergency", "the emergency declaration": the head says which thing itself."""
    return own_modifier_i(parse_of(t.doc), t.i)


def own_modifier_i(p: Parse, t: int) -> bool:
    return any(
        p.deps[c] in OWN_MODIFIERS or p.deps[c] == "prep" and p.lowers[c] in OWN_PREPOSITIONS
        for c in p.children[t]
    )


def full_first(mentions: list, short: list) -> list:
    """Keywords named in full decide before a shortened mention ("the consultations to be turned
    into a standing body" is about the standing body): the short form is the weaker evidence."""
    shortened = {(s, e) for s, e, _ in short}
    return sorted(mentions, key=lambda m: (m[0], m[1]) in shortened)


def only_shortened(short: list, references: list) -> list:
    """Shortened mentions that no reference within the paragraph already names."""
    named = {(s, e) for s, e, _ in references}
    return [m for m in short if (m[0], m[1]) not in named]
