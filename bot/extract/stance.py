"""Which concept a statement takes a position on, and which side (Leifeld's DNA coding).

A keyword of a concept (data/concepts.toml) names the thing the statement may take a side on;
the side is read off the dependency parse from that keyword up to the top of the statement
(bot/extract/stance_path.py), and, for an act, the act's own side ("rejected", "urged"). A
statement that merely names a concept, asks about it, describes an agenda, or reports someone
else's view of it takes no position: no concept, no agreement (bot/extract/stance_scope.py says
which of its words take a side). A wrong stance is worse than none.

The side toward the thing becomes agreement with the proposition: a `contrary` keyword names the
proposition's opposite ("nuclear weapons" for denuclearization), an `against` concept is against
what its keywords name ("the exercises should be scaled back"). Among several keywords, the first
one the parse gives a side decides, a standing frame's (concepts.toml `background`: the alliance)
after every other concept's.

A keyword named in full earlier in the article may come back as its head noun ("the end-of-war
declaration ... a declaration", bot/extract/stance_shortened.py); such a mention decides only after
the keywords the statement names in full.

When no keyword decides, words that stand for a concept's thing are read the same way: "it" after
the statement's one concept named as a subject ("Cooperation is not a reward. It is ..."), or,
failing that, "it", "the plan", the thing's head noun ("further launches") for the concept the
statement's context names (bot/extract/stance_topic.py), and a "that" opening the statement ("asked
about X, said that was out of the question"). Only the concept, and whether the context
names the thing or an act on it, come from the context; the side comes from the statement.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Span

from bot.extract.doc_cache import parse_of
from bot.extract.lexicon import Lexicon
from bot.extract.names import span_text
from bot.extract.stance_contrast import background_last, but_after, denied_first, purposes_first
from bot.extract.stance_keywords import (
    WORD,
    Keyword,
    KeywordSearch,
    base_sign,
    heads_of,
    make_keyword,
    own_words,
)
from bot.extract.stance_modified import Modified
from bot.extract.stance_parties import Parties
from bot.extract.stance_path import PathReader
from bot.extract.stance_refs import Predicates, References
from bot.extract.stance_scope import NoSide, agenda_only, foil_ranges, predicted, with_subject
from bot.extract.stance_shortened import Shortened, full_first, only_shortened
from bot.extract.stance_talks import Talks, named_for_another
from bot.extract.stance_topic import (
    Acts,
    Topic,
    TopicWords,
    anaphors,
    direction,
    may_stand_for,
    object_of_speakers,
    unnamed_act,
)
from bot.extract.stance_words import OPPOSE, SUPPORT, PatternTable, StanceWords, phrase_re
from bot.extract.stance_yielding import yielding_to_another
from bot.model import Concept

POLARITY = {"support": SUPPORT, "oppose": OPPOSE}
AGREEMENT = {SUPPORT: "support", OPPOSE: "oppose"}
MATCHES_KEPT = 256  # texts whose keyword matches are kept: more than one article's sentences

__all__ = ["Stance", "StanceCoder", "Topic", "phrase_re"]


@dataclass(frozen=True)
class Stance:
    concept: str | None
    agreement: str | None
    cue: str | None


NONE = Stance(None, None, None)


class StanceCoder(KeywordSearch, NoSide):
    def __init__(self, concepts: tuple[Concept, ...], lexicon: Lexicon, actors=None):
        """`actors` (an ActorIndex) names a concept's counterpart ("talks with the North")."""
        words = StanceWords.from_lexicon(lexicon)
        self.lexicon = lexicon
        self.keywords = [
            make_keyword(c, k, sign * (-1 if c.against else 1))
            for c in concepts
            for sign, listed in ((1, c.keywords), (-1, c.contrary))
            for k in listed
        ]
        plain = list(self.keywords)  # a cause is never named again as "the issue" nor a context's topic
        self.keywords += [make_keyword(c, k, 1, cause=True) for c in concepts for k in c.causes]
        self.by_first: dict[str, list[int]] = {}  # a keyword's first word: where to look it up
        for i, kw in enumerate(self.keywords):
            self.by_first.setdefault("" if kw.prefix else kw.first, []).append(i)
        self.readers = {c.slug: _reader(c, words, lexicon) for c in concepts}
        self.unnamed_readers = {  # "cannot look away": read only for the context's topic
            c.slug: _reader(c, words, lexicon, unnamed=True)
            for c in concepts
            if c.unnamed_support or c.unnamed_oppose
        }
        self.references = References(
            plain, lexicon.anaphor_determiners, lexicon.own_possessives, lexicon.destination_prepositions
        )
        self.predicates = Predicates(plain)
        self.modified = Modified(plain)
        self.shortened = Shortened(plain, lexicon.shortened_determiners, lexicon.destination_prepositions)
        self.talks = Talks(
            lexicon.talk_words,
            actors,
            {c.counterpart: make_keyword(c, "talks with", base_sign(c)) for c in concepts if c.counterpart},
            lexicon.party_nouns,
            lexicon.all_parties_words,
            lexicon.talk_topic_prepositions,
        )
        self.acts = {
            slug: Acts(r.own, words.polar, lexicon.noun_cues, lexicon.topic_nouns)
            for slug, r in self.readers.items()
        }
        self.heads = {c.slug: heads_of(c, plain) for c in concepts}
        self.unnamed = {
            c.slug: PatternTable(dict.fromkeys((*c.unnamed_support, *c.unnamed_oppose), SUPPORT))
            for c in concepts
            if c.unnamed_support or c.unnamed_oppose
        }
        self.concepts = {c.slug: c for c in concepts}
        self.all_heads = set().union(*self.heads.values())
        self.words = TopicWords.from_lexicon(lexicon, words.effects, words.polar)
        self.general = PathReader(words, PatternTable({}))
        self.neutral_words = {p.split()[0] for p in lexicon.stance_neutral | lexicon.undecided_phrases}
        self.parties = Parties(
            actors,
            lexicon.modals,
            lexicon.foretelling_modals,
            words,
            lexicon.public_groups,
            lexicon.position_support | lexicon.position_oppose,
            lexicon.demanding_verbs,
            lexicon.offer_nouns,
            lexicon.government_heads,
            (lexicon.motive_nouns, lexicon.aim_nouns, lexicon.others_possessives),
        )
        self.owned = {  # a phrase's words: the keyword it is when its owner holds it
            tuple(WORD.findall(p.lower())): make_keyword(c, p, 1)
            for c in concepts
            if c.owner
            for p in c.owned
        }
        self.gained = {c.slug: frozenset(c.gained) for c in concepts if c.gained}  # "acquiring X"
        self.senses = {c.slug: [phrase_re(p) for p in c.other_senses] for c in concepts if c.other_senses}
        self._keyword_matches = lru_cache(maxsize=MATCHES_KEPT)(self._matches)

    def code(
        self,
        text: str,
        cue_polarity: str | None = None,
        span: Span | None = None,
        own: tuple[str, ...] = (),
        topic: Callable[[], Topic | None] | None = None,
        home: str | None = None,
    ) -> Stance:
        """The statement's stance; `span` is its parse (without one, no stance is read); `own`
        the names of the speaker's organisation ("his ministry"); `topic` gives what its context
        names (bot/extract/stance_topic.py), asked only when the statement's own words decide
        nothing; `home` the story's home country, whose "the government" a speaker in no
        government means."""
        if span is None or not text.strip():
            return NONE
        span = with_subject(span)
        if predicted(span, self.lexicon.forecasting_verbs):
            return NONE  # "predicted that Moscow would veto X": what is foreseen, not wanted
        references = self._references(span, own) + self._modified(span)
        short = only_shortened(self.shortened.mentions(span), references)
        mentions = denied_first(
            span,
            purposes_first(
                span,
                background_last(span, full_first(self._mentions(span_text(span), references + short), short)),
            ),
            self.general.w,
        )
        # most statements name no concept: skip the sentence walk
        foils = foil_ranges(span) if mentions else []
        if (charged := self._charged(span, mentions, own)) is not None:
            return charged  # "scrapping X would be to accept Pyongyang's doctrine" (stance_yielding)
        polarity = POLARITY.get(cue_polarity or "")
        named: dict[str, Span] = {}
        first, but = None, None  # a position before a "but" waits for one after it (stance_contrast)
        for start, end, kw in mentions:
            if any(fs <= start < fe for fs, fe in foils):
                continue
            keyword = span.doc.char_span(
                span.start_char + start, span.start_char + end, alignment_mode="expand"
            )
            if (
                keyword is None
                or len(keyword) == 0
                or self.talks.with_another(keyword, kw.concept)
                or self.parties.anothers_talks(keyword.root, own, kw.concept, home)
                or named_for_another(
                    keyword, kw.concept, mentions, span.start_char, self.general.w.negotiations
                )
                or self._agenda_item(keyword)
                or self._any_such(keyword.root)
                or self._in_past_time(keyword.root, span)
                or self._in_circumstance(keyword.root, span)
            ):
                continue
            kw = self._owned(kw, keyword, own)
            named.setdefault(kw.concept.slug, keyword)
            if polarity is None and self._a_fact(keyword, span, own):  # not what a speaker proposes
                continue
            reading = self.readers[kw.concept.slug].read(
                keyword, span, polarity, kw.sign == base_sign(kw.concept)
            )
            if reading is None or kw.cause and not self._own_side(kw, reading, span):
                continue
            if first is None and (but := but_after(span, keyword)) is None:
                return _stance(kw.concept.slug, reading, kw.sign)
            if first is not None and keyword.start > but and kw.concept.slug == first.concept:
                return _stance(kw.concept.slug, reading, kw.sign)
            first = first or _stance(kw.concept.slug, reading, kw.sign)
        if first is not None:
            return first
        found = self._on_own_topic(span, named, own, polarity, home) if named else NONE
        asks = found is NONE and topic is not None and self._may_stand_for(span)
        context = topic() if asks else None  # the context is read only for a statement that may need it
        if context is not None:
            return self._on_topic(span, context, polarity, own, home=home)  # its own words decided nothing
        return found

    def _modified(self, span: Span) -> list:
        """ "regular high-level consultations" (stance_modified.py); not one whose words between
        name another concept's thing ("regular inter-Korean talks" are inter-Korean talks)."""
        found = self.modified.mentions(span)
        if not found:
            return found
        named = self._keyword_matches(span_text(span))
        return [
            (s, e, kw)
            for s, e, kw in found
            if not any(ks < e and s < ke and k.concept is not kw.concept for ks, ke, k in named)
        ]

    def _charged(self, span: Span, mentions, own: tuple[str, ...]) -> Stance | None:
        """An act on a mention's thing said to come to yielding to another's position: against
        the act (stance_yielding.py), whichever concept the statement names first."""
        if not self.lexicon.yielding_verbs & set(parse_of(span.doc).lemmas[span.start : span.end]):
            return None
        for start, end, kw in mentions:
            s, e = span.start_char + start, span.start_char + end
            keyword = span.doc.char_span(s, e, alignment_mode="expand")
            if keyword is not None and len(keyword) and (found := self._act_charged(keyword, span, kw, own)):
                return found
        return None

    def _act_charged(self, keyword: Span, span: Span, kw: Keyword, own: tuple[str, ...]) -> Stance | None:
        p, k = parse_of(span.doc), keyword.root.i
        kw = self._owned(kw, keyword, own)
        act = p.heads[p.heads[k]] if p.deps[k] == "pobj" else p.heads[k]
        if p.deps[k] not in ("dobj", "nsubjpass", "pobj") or not span.start <= act < span.end:
            return None
        found = self.readers[kw.concept.slug].own.at_i(p, act) or self.general.w.polar.at_i(p, act)
        if found is None:
            return None
        y = yielding_to_another(p, act, span.start, span.end, self.lexicon)
        if y is None:
            return None
        sign = -found[1] if any(self.general.w.negates_i(p, c) for c in p.children[act]) else found[1]
        return Stance(kw.concept.slug, AGREEMENT[-sign * kw.sign], f"{found[0]} … {p.texts[y]}")

    def _owned(self, kw: Keyword, keyword: Span, own: tuple[str, ...]) -> Keyword:
        """ "Seoul has no plan to develop nuclear weapons": another concept's thing when its
        owner holds it (concepts.toml `owner`, `owned`)."""
        found = self.owned.get(kw.words)
        if found is None:
            return kw
        gained = self.gained.get(found.concept.slug, frozenset())
        return found if self.parties.owns(keyword.root, own, found.concept.owner, gained) else kw

    def _may_stand_for(self, span: Span) -> bool:
        """A cheap test before the context is read: a word that may stand for a concept's thing,
        or an explicit neutral with a noun that may name one of a concept's acts ("neither for
        nor against the merger")."""
        if may_stand_for(span, self.words, self.all_heads):
            return True
        if any(unnamed_act(span, table) for table in self.unnamed.values()):
            return True  # "the international community cannot look away"
        p, within = parse_of(span.doc), range(span.start, span.end)
        if not any(p.lemmas[t] in self.neutral_words or p.lowers[t] in self.neutral_words for t in within):
            return False
        return any(
            p.pos[t] == "NOUN" and any(r.own.at_i(p, t) for r in self.readers.values()) for t in within
        )

    def _on_own_topic(
        self, span: Span, named: dict[str, Span], own, polarity: int | None, home=None
    ) -> Stance:
        """ "Cooperation is not a reward. It is the most durable form of peace": the statement's one
        concept, named as a subject or as the object of the speakers' own clause ("we", "I"), is
        what "it" stands for after it (what a later pronoun most likely takes up)."""
        if len(named) != 1:
            return NONE
        ((slug, keyword),) = named.items()
        if keyword.root.dep_ not in ("nsubj", "nsubjpass", "csubj") and not object_of_speakers(
            parse_of(span.doc), keyword.root.i
        ):
            return NONE  # "We are not considering X. It is not on the table": X, the speakers' object
        topic = self.named(span, own).get(slug)
        if topic is None:
            return NONE
        near = replace(topic, near=True)
        return self._on_topic(span, near, polarity, own, keyword.end, home, keyword.root.i)

    def named(self, span: Span, own: tuple[str, ...] = (), skip=(), keep=None) -> dict[str, Topic]:
        """The concepts `span` names, each with what its first mention names (stance_topic.direction);
        mentions inside the character ranges `skip` (the speaker's name, the statement) aside."""
        found: dict[str, Topic] = {}
        references = self._references(span, own) + self.shortened.mentions(span)
        for start, end, kw in self._mentions(span_text(span), references):
            s, e = span.start_char + start, span.start_char + end
            if kw.cause or kw.concept.slug in found or any(a <= s < b for a, b in skip):
                continue
            keyword = span.doc.char_span(s, e, alignment_mode="expand")
            if keyword is None or len(keyword) == 0 or keep and not keep(keyword):
                continue
            if not self._a_speaker(keyword) and not self.talks.with_another(keyword, kw.concept):
                side, act = direction(keyword, self.acts[kw.concept.slug])
                found[kw.concept.slug] = Topic(kw.concept.slug, None if side is None else side * kw.sign, act)
        return found

    def _references(self, span: Span, own: tuple[str, ...]) -> list:
        """What names a concept's thing besides its keywords: "the ministry" after the Unification
        Ministry, "keep the consultations regular" (stance_refs.py), talking with a counterpart
        (stance_talks.py)."""
        return (
            self.references.mentions(span, own) + self.talks.mentions(span) + self.predicates.mentions(span)
        )

    def _on_topic(
        self,
        span: Span,
        topic: Topic,
        polarity: int | None,
        own=(),
        after: int = 0,
        home=None,
        antecedent=None,
    ) -> Stance:
        """The side the statement takes on what stands for the topic ("it", "the plan"); what a
        third party did or wants, told, is no more a position when it is "it" than when named.
        `antecedent`: the statement's own subject naming it, which "they" in a clause joined to
        its clause takes up (stance_pronouns.py)."""
        phrases = self.readers[topic.concept].own
        reader = self.unnamed_readers.get(topic.concept, self.readers[topic.concept])
        foils = foil_ranges(span)  # "I do not say they should be cancelled. I say ...": the point is next
        heads, unnamed = self.heads[topic.concept], self.unnamed.get(topic.concept)
        offered = self.concepts[topic.concept].offered
        found = anaphors(span, self.words, topic, heads, phrases, after, unnamed, offered, antecedent)
        for t, definite in found:
            if t < after or polarity is None and self._a_fact(span.doc[t : t + 1], span, own):
                continue
            if self._any_such(span.doc[t]):
                continue
            if any(fs <= span.doc[t].idx - span.start_char < fe for fs, fe in foils):
                continue
            concept = self.concepts[topic.concept]
            if self.parties.anothers_talks(span.doc[t], own, concept, home) or self.talks.with_another(
                span.doc[t : t + 1], concept
            ):
                continue  # "the talks" Washington offered, "dialogue between Japan and X": another's channel
            sign = base_sign(self.concepts[topic.concept]) if definite is None else topic.sign
            reading = reader.read(span.doc[t : t + 1], span, polarity)
            if (
                reading is not None
                and not topic.near
                and agenda_only(reading, self.words.agenda, span, self.words.copulas)
            ):
                continue  # "That is not on the table": the option just asked about, not the story's topic
            if reading is not None and (reading.neutral or definite is not False and sign is not None):
                return _stance(topic.concept, reading, sign or 1)  # "no position on the plan" needs no aim
        return NONE


def _reader(c: Concept, words, lexicon: Lexicon, unnamed: bool = False) -> PathReader:
    return PathReader(
        words,
        own_words(c, lexicon.stance_unlike, unnamed),
        c.aim,
        c.form,
        lexicon.equating_verbs,
        frozenset(w for k in c.keywords for w in WORD.findall(k.lower())),
        frozenset(c.carriers),
        frozenset(c.routine),
    )


def _stance(slug: str, reading, sign: int) -> Stance:
    agreement = "neutral" if reading.neutral else AGREEMENT[reading.sign * sign]
    return Stance(slug, agreement, reading.cue() or None)
