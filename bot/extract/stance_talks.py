"""Talking with the other side names dialogue wherever the words stand: "we remain ready to
discuss flood control with the North at any time" is an offer of talks though no keyword of
dialogue is written ("talks with the North" is one; "discuss ... with the North" is split).

A word of talking (data/lexicon.toml: talk_words) whose "with" object (or "to" object, of a
verb: "talking to Pyongyang") names a concept's
counterpart (data/concepts.toml: counterpart), or one of its bodies or people (data/actors.toml,
by parent), is a mention of that concept's thing; the side is read off the parse from there like
any keyword's ("ready to", "refused to", "would never").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from bot.extract.doc_cache import indices_with
from bot.extract.names import text_of


class Talks:
    def __init__(
        self,
        words: frozenset[str],
        actors,
        keywords: dict[str, object],
        parties=frozenset(),
        everyone=frozenset(),
        topics=frozenset(),
    ):
        self.words = words
        self.parties = parties  # data/lexicon.toml party_nouns: "with the parties concerned"
        self.everyone = everyone  # all_parties_words: "all parties", "the relevant parties"
        self.topics = topics  # talk_topic_prepositions: "consult with X on Y", Y is the topic
        self.actors = actors  # ActorIndex, or None: then no counterpart can be named
        self.keywords = keywords  # counterpart's slug: the keyword its concept is mentioned by

    def mentions(self, span: Span) -> list[tuple[int, int, object]]:
        """Words of talking with a counterpart in `span`, as (start, end, keyword) in span.text."""
        if not self.keywords or self.actors is None:
            return []
        found = []
        for i in indices_with(span.doc, lower=("with", "to")):  # the paragraph's "with"s, found once
            talk = self._talking(span.doc[i]) if span.start <= i < span.end else None
            if talk is None or not span.start <= talk.i < span.end:
                continue
            w = span.doc[i]
            for kw in self._counterparts(w):
                found.append((talk.idx - span.start_char, talk.idx - span.start_char + len(talk), kw))
        return found

    def _talking(self, w: Token) -> Token | None:
        """The word of talking "with" belongs to: its head, or the verb whose object it hangs on
        ("discuss flood control with the North": the parse may attach it to either); "to" only after
        a verb of talking ("talking to Pyongyang", not "a return to talks")."""
        if w.lower_ == "to":
            head = w.head
            talking = w.dep_ == "prep" and head.pos_ == "VERB" and head.lemma_.lower() in self.words
            return head if talking else None
        for t in (w.head, w.head.head if w.head.dep_ == "dobj" else None):
            if t is not None and (t.lemma_.lower() in self.words or t.lower_ in self.words):
                return t
        return None

    def _counterparts(self, w: Token) -> list:
        """The keywords of the counterparts the object of "with" names."""
        obj = next((c for c in w.children if c.dep_ == "pobj"), None)
        if obj is None:
            return []
        text, end = text_of(obj.doc), _before_topic(obj, self.topics)
        named = self.actors.find_names(text, obj.left_edge.idx, end)
        countries = {slug for hit in named for slug in self.actors.lineage(hit.slug)}
        return [kw for country, kw in self.keywords.items() if country in countries]

    def with_another(self, keyword: Span, concept) -> bool:
        """ "does not reject contact with the US": a keyword of a concept that has a counterpart
        (concepts.toml), said of talking with another government only, names another thing; so
        do talks "with the key parties involved" (diplomacy at large, no government named) and
        talks named after another government ("any US-North Korea dialogue")."""
        counterpart = concept.counterpart
        if counterpart is None or self.actors is None:
            return False
        root = keyword.root
        if self._held_by_everyone(root):
            return True
        holders = (root, root.head) if root.dep_ == "dobj" else (root,)  # "resume dialogue with X"
        for w in (c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "with"):
            obj = next((c for c in w.children if c.dep_ == "pobj"), None)
            if obj is None:
                continue
            countries = self._named(obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge), obj)
            if not countries and (obj.lemma_.lower() in self.parties or obj.lower_ in self.parties):
                return True
            if self._governments(countries) and counterpart not in countries:
                return True
        for w in (c for c in root.children if c.dep_ == "prep" and c.lower_ == "between"):
            countries = self._named(w.idx, w.right_edge.idx + len(w.right_edge), w)
            if self._governments(countries) - {counterpart} and concept.party not in countries:
                return True  # "dialogue between Japan and North Korea"
        named = [c for c in root.children if c.dep_ == "compound" and c.i < keyword.start]
        return any(
            self._governments(self._named(_hyphened_start(c).idx, c.idx + len(c), c))
            - {counterpart, concept.party}
            for c in named
        )

    def _held_by_everyone(self, root: Token) -> bool:
        """ "hoped all parties would resume dialogue", "urged all sides to return to dialogue":
        talks whose sides are everyone at the table (the subject of the nearest verb above, or of
        the first of the verbs it is joined to, or what the verb of urging its clause hangs on acts
        on) are diplomacy at large."""
        verb = _verb_above(root)
        sides = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        while verb.dep_ == "conj" and not sides:  # "to show restraint and return to dialogue"
            verb = _verb_above(verb.head)  # the parser may join it to the first verb's object
            sides = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if verb.dep_ in ("xcomp", "advcl") and not sides:  # "urged X to", "called on X to"
            urged = list(verb.head.children)
            sides = [c for c in urged if c.dep_ == "dobj"] + [
                g
                for c in urged
                if c.dep_ == "prep" and c.lower_ == "on"
                for g in c.children
                if g.dep_ == "pobj"
            ]
        return any(self._everyone(s) for s in sides)

    def _everyone(self, side: Token) -> bool:
        """ "all parties", "every country", "the relevant parties", "the sides concerned"."""
        noun = side.lemma_.lower()
        if noun not in self.parties and noun != "side":
            return False
        return any(c.lower_ in self.everyone for c in side.children)

    def _named(self, start: int, end: int, token: Token) -> set[str]:
        """The actors (with their parents) named between two characters of the paragraph."""
        named = self.actors.find_names(text_of(token.doc), start, end)
        return {slug for hit in named for slug in self.actors.lineage(hit.slug)}

    def _governments(self, slugs: set[str]) -> set[str]:
        return {c for c in slugs if (a := self.actors.get(c)) is not None and a.kind == "government"}


def _hyphened_start(c: Token) -> Token:
    """ "any U.S.-North Korea contact": the tokenizer keeps "U.S.-North" whole and the parser may
    hang it elsewhere; a name joined by a hyphen to the compound's first word is still part of it."""
    start = c.left_edge
    while start.i > 0 and "-" in (before := start.doc[start.i - 1]).text and before.pos_ == "PROPN":
        start = before
    return start


def _verb_above(w: Token) -> Token:
    while w.pos_ not in ("VERB", "AUX") and w.head.i != w.i:
        w = w.head
    return w


def named_for_another(keyword: Span, concept, mentions: list, at: int, negotiations: frozenset[str]) -> bool:
    """ "their extended deterrence dialogue", "the sanctions talks": talks named after another
    concept's thing (a keyword of it as a compound before the talks noun) are talks on that
    thing, not the dialogue a bare "dialogue" or "talks" names. `mentions`: (start, end, keyword)
    in the statement's text, which starts at character `at` of the paragraph."""
    root = keyword.root
    if root.lower_ not in negotiations:
        return False
    others = [(s, e) for s, e, kw in mentions if kw.concept is not concept]
    if any(
        c.dep_ == "compound" and c.i < keyword.start and any(s <= c.idx - at < e for s, e in others)
        for c in root.children
    ):
        return True
    aims = [(s, e) for s, e, kw in mentions if kw.concept is not concept and kw.concept.aim]
    return any(_talks_on(root, keyword, s + at, e + at) for s, e in aims)


TOPIC_PREPOSITIONS = ("on", "about", "over")  # "talks on X", "negotiations about X"


def _talks_on(root: Token, keyword: Span, start: int, end: int) -> bool:
    """ "an offer of Red Cross talks on family reunions": talks whose topic is an outcome another
    concept aims at (concepts.toml `aim`) seek that outcome; the statement's position is on it,
    not on talking as such (the aim's own keyword decides). The preposition is the talks' own, or
    the word right after them wherever the parser hung it ("accept an offer of talks on X", "on X"
    hung on "accept"). `start`, `end`: the aim's keyword, in characters of the paragraph."""
    after = keyword.end < len(keyword.doc) and keyword.doc[keyword.end]
    preps = [c for c in root.children if c.i >= keyword.end] + ([after] if after else [])
    return any(
        c.dep_ == "prep"
        and c.lower_ in TOPIC_PREPOSITIONS
        and c.idx < start
        and end <= c.right_edge.idx + len(c.right_edge)
        for c in preps
    )


def _before_topic(obj: Token, topics: frozenset[str]) -> int:
    """Where the name of the one talked with ends: "consult with Washington on North
    Korea policy" talks with Washington about the North; the "on" or "about" phrase the parser
    hangs on the name is the topic, not a party."""
    topic = next((c for c in obj.children if c.dep_ == "prep" and c.i > obj.i and c.lower_ in topics), None)
    last = obj.right_edge if topic is None else obj.doc[topic.left_edge.i - 1]
    return last.idx + len(last)
