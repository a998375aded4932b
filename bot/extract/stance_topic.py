"""The concept a statement takes a side on when it does not name it: news writing names the
topic once, in the attribution or the lead, and the quote goes on about "it", "the plan", "the
bill" ("Kim, who opposes the bill to abolish the ministry, said it would be a grave mistake").

The nearest context that names exactly one concept gives it: the statement's own attribution
sentence (the speaker's own name aside), then, for an interview answer, the question it answers,
then the same speaker's statement just before (in this
paragraph or the one before), then the article's headline and lead. A context naming two
concepts gives none; a headline or lead naming two is read again without what its verbs of saying
report ("rejected the offer of talks, insisting the Koreas are two states" is about the talks).
The context gives only the concept and what its words name: the thing itself, or an act for or
against it ("the bill to merge the ministry" is against the ministry keeping its role). When the
headline names only the thing, a side another speaker took on it in the paragraph before is the
act a reply's "the push" or "the idea" stands for ("Yeo urged redeploying the weapons. // Kang
dismissed the push as ..."): news answers a proposal right after it. The side
is read in the statement's own words (bot/extract/stance_path.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

from bot.extract.doc_cache import Parse, parse_of, sentence_bounds
from bot.extract.stance_pronouns import takes_up_subject
from bot.extract.stance_reading import told_done
from bot.extract.stance_shortened import own_modifier_i

ARGUMENTS = ("nsubj", "dobj", "pobj")
FINITE = ("VBD", "VBZ", "VBP", "MD")
EXTRAPOSED = (
    "xcomp",
    "ccomp",
    "csubj",
    "acl",
    "relcl",
    "advcl",
)  # "it is time to ...": "it" stands for nothing
ANTECEDENTS = ("nsubj", "nsubjpass")  # what a later "it" most likely takes up
SPEAKERS = {"i", "we", "you"}
ELLIPTIC_OBJECTS = {"more", "it", "them", "another", "again"}  # "vowed to send more"
CLIMB = 4  # words from a context's keyword up to what names the topic
SIDES = {"support": 1, "oppose": -1}
NAMING = ("NOUN", "PROPN", "PRON")  # an object that says what an act is about


@dataclass(frozen=True)
class Topic:
    concept: str
    sign: int | None  # +1 the thing or an act for it; -1 an act against it; None: unknown
    act: bool = False  # a word of acting gave the sign ("adjusting the drills"): "the plan" may stand for it
    asked: bool = False  # the question an interview answer answers named it: "they" may stand for it
    near: bool = (
        False  # the statement's own sentence or the question it answers named it (stance_contexts.py)
    )


@dataclass(frozen=True)
class TopicWords:
    """The words that stand for a topic (data/lexicon.toml: topic_*), and what tells them apart."""

    pronouns: frozenset[str]
    nouns: frozenset[str]
    determiners: frozenset[str]
    copulas: frozenset[str]
    speech: frozenset[str]
    effects: object  # WordTable: "it would harm ..." says something of "it"
    polar: object  # WordTable: "interest in", "open to": an attitude toward doing an act
    named: frozenset[str]  # nouns that name a thing of their own ("talks", "a meeting"): never generic
    demonstratives: frozenset[str] = frozenset()  # "that was out of the question" (_opens)
    questions: frozenset[str] = frozenset()  # "asked": what it governs is the question answered
    answer_pronouns: frozenset[str] = frozenset()  # "Q. Leaflet launches resumed. // A. They should stop."
    agenda: frozenset[str] = frozenset()  # "not on the table": said of "it", only what is near (Topic.near)
    offered: frozenset[str] = frozenset()  # "the offer": one of a thing offered (concepts.toml `offered`)
    deeds: frozenset[str] = frozenset()  # "This is an unacceptable act": an event, not the topic (_a_deed)
    others: frozenset[str] = frozenset()  # "a mistake on their part": another's act (_a_deed)
    plurals: frozenset[str] = frozenset()  # "they", "them": a plural subject taken up (stance_pronouns)

    @classmethod
    def from_lexicon(cls, lex, effects, polar) -> TopicWords:
        return cls(
            lex.topic_pronouns,
            lex.topic_nouns,
            lex.topic_determiners,
            lex.stance_copulas,
            lex.speech_verbs,
            effects,
            polar,
            lex.talk_words | lex.negotiation_nouns | lex.event_nouns,
            lex.topic_demonstratives,
            lex.question_verbs,
            lex.answer_pronouns,
            lex.agenda_phrases,
            lex.offered_nouns,
            lex.deed_nouns,
            lex.others_possessives,
            lex.plural_pronouns,
        )


class Acts:
    """The words that say what a context's mention names: an act for (+1) or against (-1) the
    concept's thing (its own words, the general ones), an attitude (0: the thing itself), a
    proposal noun whose aim needs a word of acting."""

    def __init__(self, own, polar, attitudes: frozenset[str], proposals: frozenset[str]):
        self.own, self.polar, self.attitudes, self.proposals = own, polar, attitudes, proposals

    def side(self, t: Token) -> int | None:
        if t.pos_ == "NOUN" and t.lower_ in self.attitudes:
            return 0
        found = self.own.at(t) or self.polar.at(t)
        return found[1] if found else None


def direction(keyword: Span, acts: Acts) -> tuple[int | None, bool]:
    """What a context's mention names: the thing (+1) when it is an argument of the sentence's
    verb or of an attitude ("opposes the drills", "rejection of talks"); an act on it when a
    gerund, infinitive or noun of acting takes it ("adjusting the drills", "a bill to merge the
    ministry"); unknown (None) when a proposal's aim is left unsaid ("a push to fold it into ...").
    The flag says a word of acting gave it."""
    t = keyword.root
    for _ in range(CLIMB):
        if t.head.i == t.i:
            return 1, False
        t = t.head
        if _finite(t):
            return 1, False  # "Kim, who opposes the drills": the verb of the sentence is its own side
        side = acts.side(t)
        if side is not None:
            return side or 1, bool(side)
        if t.pos_ == "NOUN" and t.dep_ != "compound":
            return (None if t.lower_ in acts.proposals else 1), False
    return None, False


def _finite(t: Token) -> bool:
    """A verb of the sentence, not a gerund or infinitive naming an act ("has postponed" is one)."""
    if t.tag_ in FINITE or t.pos_ == "AUX":
        return True
    return t.pos_ == "VERB" and any(c.dep_ in ("aux", "auxpass") and c.lower_ != "to" for c in t.children)


def anaphors(
    span: Span,
    words,
    topic: Topic,
    heads: set[str],
    own,
    since: int = 0,
    unnamed=None,
    offered=False,
    antecedent: int | None = None,
) -> Iterator[tuple[int, bool | None]]:
    """Words of the statement (token indices) that stand for the topic: for what the context
    names (True: "it", and "the plan" when the context names an act; False: "the plan" when it
    does not, which only an explicit neutral can be about), or for the concept's thing itself
    (None: its head noun, "the launches"; an act of the concept's own whose object is left to the
    context, "vowed to send more", "its release"; an act of the concept's that names no object
    at all, "the world cannot look away": concepts.toml `unnamed`). `antecedent`: the statement's
    own subject naming the topic, which a later pronoun of its number takes up (stance_pronouns)."""
    p = parse_of(span.doc)
    for t in range(span.start, span.end):
        pronoun = _pronoun(p, t, words, span) or (topic.asked and _answer_pronoun(p, t, words))
        pronoun = pronoun or (antecedent is not None and _takes_up(p, t, antecedent, words))
        if pronoun and not _taken_up(p, span, t, since):
            yield t, True
        elif _proposal(p, t, words):
            yield t, topic.act or offered and topic.sign == 1 and _offer_of_it(p, t, words)
        elif (
            p.pos[t] == "NOUN"
            and p.lowers[t] in heads
            and not _named_before(p, t)
            and not own_modifier_i(p, t)
        ):
            yield t, None
        elif own.at_i(p, t) and _elliptic(p, t, words):
            yield t, None
        elif unnamed is not None and _unnamed_at(p, t, unnamed):
            yield t, None
        elif own.at_i(p, t) and _proposal_like(p, t, words):
            yield (
                t,
                False,
            )  # "the merger": an act of the concept's, which only an explicit neutral can be about


def _takes_up(p: Parse, t: int, antecedent: int, words) -> bool:
    return takes_up_subject(p, t, antecedent, words) and not _a_deed(p, t, p.heads[t], words)


def unnamed_act(span: Span, unnamed) -> bool:
    """Whether the statement holds one of a concept's acts that leave its thing unnamed."""
    p = parse_of(span.doc)
    return any(_unnamed_at(p, t, unnamed) for t in range(span.start, span.end))


def _unnamed_at(p: Parse, t: int, unnamed) -> bool:
    """ "The international community cannot look away", "we will not stay silent": a verb of the
    concept's own that takes no object, said with a modal or a negation, is about the thing the
    context names; one with an object of its own ("stay silent about the fees") says what, and
    one told ("governments looked away", "Seoul has stayed silent") is an account of what is done."""
    if p.pos[t] not in ("VERB", "AUX") or unnamed.at_i(p, t) is None or told_done(p, t):
        return False
    if not any(p.tags[c] == "MD" or p.deps[c] == "neg" for c in p.children[t]):
        return False  # "Seoul has stayed silent": what it does, told; "cannot look away" argues
    words = [t, *(c for c in p.children[t] if p.deps[c] in ("acomp", "prt", "advmod"))]  # "silent about"
    return not any(
        p.deps[c] == "dobj" or p.deps[c] == "prep" and any(p.pos[g] in NAMING for g in p.children[c])
        for w in words
        for c in p.children[w]
    )


def _taken_up(p: Parse, span: Span, it: int, since: int) -> bool:
    """ "Pyongyang may call us a hostile state. We will not answer by agreeing with it": a
    pronoun after a subject the statement itself names (from `since`) most likely takes it up."""
    if any(
        p.pos[t] in ("NOUN", "PROPN") and p.deps[t] in ANTECEDENTS for t in range(max(span.start, since), it)
    ):
        return True
    first = max(span.start, since, sentence_bounds(span.doc[it])[0])
    if any(object_of_speakers(p, t) for t in range(first, it)):
        return True
    verb = p.heads[it]  # "keep the ministry or merge it": the first verb's object, taken up by the second
    first = p.heads[verb] if p.deps[verb] == "conj" else None
    return first is not None and any(
        p.deps[c] == "dobj" and p.pos[c] in ("NOUN", "PROPN") and span.start <= c < it
        for c in p.children[first]
    )


def object_of_speakers(p: Parse, t: int) -> bool:
    """ "we have the same quarrel every year, and every time it poisons ...": a thing the
    speakers' own clause is about (its subject "we", "I", "you") is what a later "it" takes up."""
    verb = p.heads[t]
    return (
        p.pos[t] == "NOUN"
        and p.deps[t] == "dobj"
        and any(p.deps[c] == "nsubj" and p.lowers[c] in SPEAKERS for c in p.children[verb])
    )


def may_stand_for(span: Span, words: TopicWords, heads: set[str]) -> bool:
    """Whether any word of the statement could stand for some concept's thing (a cheap test
    before the context is read)."""
    p = parse_of(span.doc)
    return any(
        _pronoun(p, t, words, span)
        or _proposal(p, t, words)
        or p.lowers[t] in heads
        or _elliptic(p, t, words)
        or _answer_pronoun(p, t, words)  # stands for a topic in interview answers only (anaphors)
        for t in range(span.start, span.end)
    )


def _pronoun(p: Parse, t: int, words, span: Span) -> bool:
    """ "it" as what a copula or an effect is said of ("it would be a mistake", "it would harm
    ..."), or as an object ("restart it"); not the "it" of an agent ("it has stopped ..."),
    which is mostly a body, nor an extraposed one ("it is time to ...")."""
    if p.pos[t] != "PRON" or p.deps[t] not in ARGUMENTS:
        return False
    verb = p.heads[t]
    if _a_deed(p, t, verb, words):
        return False
    if p.lowers[t] in words.demonstratives:
        return _opens(p, t, verb, span, words)
    if p.lowers[t] not in words.pronouns:
        return False
    if p.deps[t] == "nsubj" and not (p.lemmas[verb] in words.copulas or words.effects.at_i(p, verb)):
        return False
    complements = [c for c in p.children[verb] if p.deps[c] in ("acomp", "attr")]
    return not any(p.deps[c] in EXTRAPOSED for g in (verb, *complements) for c in p.children[g])


def _a_deed(p: Parse, t: int, verb: int, words) -> bool:
    """ "This is an unacceptable act", "It would be a bad misstep on their part": a subject said
    to be a deed, or judged as done by a third party, stands for what someone did or may do (the
    launch, the theft the context told), not for a concept's thing."""
    if p.deps[t] != "nsubj" or p.lemmas[verb] not in words.copulas:
        return False
    said = [c for c in p.children[verb] if p.deps[c] in ("attr", "acomp")]
    if any(p.lowers[c] in words.deeds for c in said):
        return True
    return any(
        p.deps[on] == "prep"
        and p.lowers[on] == "on"
        and any(
            p.lowers[part] == "part" and any(p.lowers[w] in words.others for w in p.children[part])
            for part in p.children[on]
        )
        for g in (verb, *said)
        for on in p.children[g]
    )


def _answer_pronoun(p: Parse, t: int, words) -> bool:
    """ "Q. Civic groups resumed leaflet launches. // A. They should be stopped.": in an answer,
    "they" as the subject stands for the plural thing the question named."""
    return p.lowers[t] in words.answer_pronouns and p.deps[t] in ("nsubj", "nsubjpass")


def _opens(p: Parse, t: int, verb: int, span: Span, words) -> bool:
    """ "(asked about X, he said) that was “out of the question”": a demonstrative that opens
    the statement as the subject of a copula points to what was put to the speaker; one further
    on points back to the statement's own words ("..., but that would be a different matter")."""
    first = next((w for w in range(span.start, span.end) if not p.puncts[w]), None)
    return p.deps[t] == "nsubj" and p.lemmas[verb] in words.copulas and first == t


def _proposal(p: Parse, t: int, words) -> bool:
    """ "the plan", "such a move", "its proposals", or a bare singular ("legislation that ...")."""
    if p.pos[t] != "NOUN" or p.lowers[t] not in words.nouns:
        return False
    determiners = [c for c in p.children[t] if p.deps[c] in ("det", "poss")]
    if not determiners:  # "hostile policy", "human rights policy": a kind of its own, not the one told of
        return p.tags[t] == "NN" and not any(p.deps[c] in ("amod", "compound") for c in p.children[t])
    return any(p.lowers[c] in words.determiners for c in determiners)


def _offer_of_it(p: Parse, t: int, words) -> bool:
    """ "dismissed the offer as ...", "our proposal remains valid": in a story on a thing one side
    offers the other (talks, reunions, a declaration), the offer is of that thing; one with a
    modifier of its own ("the budget proposal") or none told ("any project") is another."""
    return (
        p.lemmas[t] in words.offered
        and any(p.deps[c] in ("det", "poss") for c in p.children[t])
        and not any(p.deps[c] in ("amod", "compound", "nmod") for c in p.children[t])
        and not any(p.lowers[c] in ("any", "no", "every", "a", "an") for c in p.children[t])
    )


def _proposal_like(p: Parse, t: int, words) -> bool:
    """ "neither for nor against the merger": a noun for one of the concept's own acts, tied to
    one by a determiner, stands for the course the context names, as "the plan" does."""
    return p.pos[t] == "NOUN" and any(
        p.deps[c] == "det" and p.lowers[c] in words.determiners for c in p.children[t]
    )


def _named_before(p: Parse, t: int) -> bool:
    """ "the ministry" after "the Foreign Ministry" in its paragraph: the earlier mention decides
    what it is (bot/extract/stance_refs.py), not the context."""
    return p.lowers[t] in p.lowers[:t]


def _elliptic(p: Parse, t: int, words) -> bool:
    """ "to send more", "its release": the act's thing is left to the context; so it is in an
    attitude toward doing the act to any thing of its kind ("no interest in signing papers")."""
    if p.pos[t] == "VERB":
        objects = [c for c in p.children[t] if p.deps[c] == "dobj"]
        if any(p.lowers[c] in ELLIPTIC_OBJECTS for c in objects):
            return True
        return bool(objects) and _attitude_to(p, t, words) and all(_generic(p, c, words) for c in objects)
    return p.pos[t] == "NOUN" and any(p.deps[c] == "poss" for c in p.children[t])


def _attitude_to(p: Parse, t: int, words) -> bool:
    """A gerund an attitude's preposition takes: "no interest in signing", "open to sending"."""
    prep = p.heads[t]
    return (
        p.deps[t] == "pcomp"
        and p.deps[prep] == "prep"
        and words.polar.ending_in_i(p, p.heads[prep], prep) is not None
    )


def _generic(p: Parse, c: int, words) -> bool:
    """A bare plural with nothing that says which ("papers", "pieces of paper"), not a noun
    that names a thing of its own ("talks")."""
    if p.tags[c] != "NNS" or p.lemmas[c] in words.named or p.lowers[c] in words.named:
        return False
    return not any(
        p.deps[g] in ("det", "poss", "amod", "compound", "nummod", "relcl", "acl") for g in p.children[c]
    )
