"""Who a clause is about: a plain account of what a third party did or does reports events, not
the speaker's position ("the board was created in 1969 to prepare for unification", "Pyongyang
wants to walk into talks as a nuclear power").

A third party is a named actor outside the speaker's own organisation and its parents
(data/actors.toml, by lineage: for a ministry's spokesperson "Seoul" is their side), or a proper
name no actor table knows, or, in a direct quote, "they", "he" or "she" (in reported speech
they are most often the speaker). A clause is a plain account when its verb is finite and
carries no modal, no "have to", no copula (which says what a thing is; but a copula of an
attitude to an act, "was unwilling to return to talks", tells what its subject is minded to do)
and no effect (which judges what it does); what a third party will or may do is foretold, not a
position, when the speaker's own side is known.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from bot.extract.clause_subjects import SUBJECTS
from bot.extract.doc_cache import parse_of
from bot.extract.names import text_of
from bot.extract.stance_gained import UNNAMED, gaining_word, getter
from bot.extract.stance_motives import motive_holder

FIRST_PERSON = ("we", "i", "us", "our", "my")
THIRD_PERSON = ("they", "he", "she")
FINITE = ("VBD", "VBZ", "VBP")
NEEDS = ("have", "need", "ought")  # "has to stop": a necessity, like a modal


class Parties:
    def __init__(
        self,
        actors,
        modals: frozenset[str],
        foretelling: frozenset[str],
        words,
        groups=frozenset(),
        positions=frozenset(),
        demands=frozenset(),
        offers=frozenset(),
        heads=frozenset(),
        minds=(frozenset(), frozenset(), frozenset()),
    ):
        self.motives, self.aims, self.possessives = minds  # "has no reason to", "its goal is to"
        self.heads = heads  # "the prime minister", "the administration": a government, as "the government"
        self.offers = offers  # "the U.S. offer of dialogue": its owner takes part in the talks
        self.positions = positions  # "supports dialogue": a view of talks others may hold
        self.demands = demands  # "would then demand X": a third party's demand, foretold
        self.actors = actors  # ActorIndex, or None: then no clause is judged a third party's
        self.modals, self.copulas, self.effects = modals, words.copulas, words.effects
        self.foretelling = foretelling  # "will", "could": what a third party will or may do
        self.polar, self.speech = words.polar, words.speech
        self.groups = groups  # "a majority of", "voters": a public, not the speaker's side

    def others(self, own: tuple[str, ...]) -> Callable[[Token, bool], bool] | None:
        """Whether a subject is a third party to a speaker whose organisation has the names `own`;
        for what is foretold of it, only when that organisation is known (an unplaced speaker's
        "Seoul will not scale back the drills" may be Seoul's own word)."""
        if self.actors is None:
            return None
        side = {
            s for name in own for hit in self.actors.find_names(name) for s in self.actors.lineage(hit.slug)
        }
        names = [n.lower() for n in own]
        return lambda subject, foretold, quoted=False: (
            (bool(side) or not foretold) and self._third(subject, side, names, quoted)
        )

    def owns(self, k: Token, own: tuple[str, ...], owner: str, gained: frozenset[str] = frozenset()) -> bool:
        """Whether `owner` (or one of its bodies) holds what `k` names: its possessor, or who has,
        builds or gives it up ("Seoul has no plan to develop nuclear weapons"; "we" and "our" are
        the speaker's side; "pressed Pyongyang to give up X": the one pressed); a thing got with
        no getter named is the owner's (`gained`, stance_gained.py)."""
        if self.actors is None:
            return False
        act = gaining_word(k, gained) if gained else None
        holder = self._named_modifier(k) or (getter(act, self.positions) if act is not None else _holder(k))
        if holder == UNNAMED:
            return True
        if holder is None:
            return False
        if holder.lower_ in FIRST_PERSON or self._the_government(holder):
            found = self.actors.find_names(own[0]) if own else []
        else:
            start, end = holder.left_edge.idx, holder.right_edge.idx + len(holder.right_edge)
            found = self.actors.find_names(text_of(holder.doc), start, end)
        return any(owner in self.actors.lineage(hit.slug) for hit in found)

    def _named_modifier(self, k: Token) -> Token | None:
        """ "a South Korean bomb", "Japanese nuclear weapons": a modifier naming a country or body
        is the holder, whoever the clause's subject is ("Seoul will never accept North Korean
        nuclear weapons" is about the North's)."""
        for c in k.children:
            if c.dep_ in ("amod", "compound", "nmod") and c.i < k.i:
                start, end = c.left_edge.idx, c.right_edge.idx + len(c.right_edge)
                if self.actors.find_names(text_of(c.doc), start, end):
                    return c
        return None

    def _the_government(self, holder: Token) -> bool:
        """ "The government has no plan to ...": in a speaker's words, the government of the
        speaker's own side (a minister's, or an opposition party's country's), as "we" is; so
        is the one who leads it, or the government by a fuller name ("the prime minister", "the
        administration", "the national government"; lexicon `government_heads`)."""
        words = self.actors.names.government_words if self.actors.names else frozenset()
        if holder.lower_ in words and all(c.dep_ == "det" and c.lower_ == "the" for c in holder.children):
            return True
        doc = holder.doc
        if doc[holder.left_edge.i].lower_ != "the" or holder.right_edge.i != holder.i:
            return False
        return " ".join(t.lower_ for t in doc[holder.left_edge.i + 1 : holder.i + 1]) in self.heads

    def anothers_talks(self, k: Token, own: tuple[str, ...], concept, home: str | None = None) -> bool:
        """ "we remain open to dialogue with the DPRK" for Washington, "Tokyo offered talks": the
        talks' taker is a government neither the proposition's party nor its counterpart, so they
        are its own channel (concepts.toml `party`), also when the counterpart is named beside it
        ("Japanese and North Korean officials held talks"), and so is an offer of talks another
        government owns ("Canada's offer of talks still stands"); "Washington backs
        dialogue" is a view. "The government" is the speaker's own, or for a speaker in no
        government the story's `home` ("urged the government to hold talks with Pyongyang" in a
        Tokyo story is Tokyo's channel)."""
        taker = _offerer(k, self.offers) or _taker(k, self.positions)
        if concept.party is None or taker is None or self.actors is None:
            return False
        if taker.lower_ in FIRST_PERSON:
            found = self.actors.find_names(own[0]) if own else ()
        else:
            start, end = taker.left_edge.idx, taker.right_edge.idx + len(taker.right_edge)
            found = self.actors.find_names(text_of(taker.doc), start, end)
        sides = {s for hit in found for s in self.actors.lineage(hit.slug)}
        if not sides and home and self._the_government(taker):
            sides = self._own_governments(own) or {home}
        governments = {s for s in sides if (a := self.actors.get(s)) is not None and a.kind == "government"}
        return bool(governments - {concept.counterpart}) and concept.party not in sides

    def _own_governments(self, own: tuple[str, ...]) -> set[str]:
        """The governments among the speaker's organisation and its parents."""
        found = self.actors.find_names(own[0]) if own else ()
        sides = {s for hit in found for s in self.actors.lineage(hit.slug)}
        return {s for s in sides if (a := self.actors.get(s)) is not None and a.kind == "government"}

    def _third(self, subject: Token, side: set[str], names: list[str], quoted: bool) -> bool:
        if subject.pos_ == "PRON":
            earlier = _taken_up(subject)
            if earlier is not None:  # "the US side has not objected, but it wants ...": the same one
                return self._third(earlier, side, names, quoted)
            possessive = subject.dep_ == "poss" and subject.lower_ in self.possessives  # "its goal"
            return quoted and (subject.lower_ in THIRD_PERSON or possessive)  # in the speaker's words, others
        if self._public(subject):
            return True
        doc = subject.doc
        start, end = _party_span(subject)
        text = text_of(doc)[start:end].lower()
        if any(name in text for name in names):
            return False
        hits = self.actors.find_names(text_of(doc), start, end)
        if hits:
            return not any(self.actors.lineage(h.slug) & side for h in hits)
        return subject.pos_ == "PROPN"

    def _public(self, subject: Token) -> bool:
        """ "a growing majority of South Koreans", "most voters", "South Koreans": a public or a
        share of one; not "most of us"."""
        if any(t.lower_ in FIRST_PERSON for t in subject.subtree):
            return False
        plural_people = subject.ent_type_ == "NORP" and subject.tag_ in ("NNPS", "NNS")
        return plural_people or subject.lemma_.lower() in self.groups or subject.lower_ in self.groups

    def reported_fact(self, k: Token, span: Span, others: Callable[[Token, bool], bool]) -> bool:
        """The keyword's clause is the statement's one clause with a subject of its own, and it
        plainly tells what a third party did or does."""
        p, doc = parse_of(span.doc), span.doc
        ancestors = p.ancestors(k.i)
        path = {k.i, *ancestors}
        clauses = [  # token indices: most statements are read here, and most have no such clause
            (a, s)
            for a in ancestors
            if span.start <= a < span.end
            for s in p.children[a]
            if p.deps[s] in SUBJECTS and s not in path
        ]
        while clauses and _wanted(doc[clauses[0][0]]):
            clauses = clauses[1:]  # "Tokyo wants the issue to be at the centre of X": Tokyo's want
        if not clauses:
            return False
        verb, subject = doc[clauses[0][0]], doc[clauses[0][1]]
        quoted = span.start > 0 and doc[span.start - 1].is_quote
        below = dict(zip(ancestors, [k.i, *ancestors[:-1]], strict=True))  # its child on the path
        holder = motive_holder(verb, doc[below[verb.i]], subject, below, span.start, self.motives, self.aims)
        if holder is not None:  # "Pyongyang has little incentive to X": its mind, told (stance_motives)
            direct = quoted or verb.sent.start > span.start  # reported speech names the speaker's side too
            if self._modal(verb) or not others(holder, not direct, direct):
                return False
        elif not (self._plain(verb) and others(subject, self._modal(verb) or self._minded(verb), quoted)):
            return False
        above = span.root.head  # "proposed that the two sides hold talks": what is proposed
        return not (
            any(self._holds(doc[v]) for v, _ in clauses[1:] if p.deps[below[v]] != "conj")
            or self.polar.at(above)
            and above.i < span.start
        )

    def anothers_demand(self, k: Token, span: Span, others: Callable[[Token, bool], bool]) -> bool:
        """ "Pyongyang would pocket it and then demand the withdrawal of U.S. forces", "a
        declaration would be used to demand X": a demand foretold of a third party, or of
        whoever would use a thing, is theirs; the speaker warns of it and takes no side on X."""
        verb = next((v for v in k.ancestors if span.start <= v.i < span.end and v.pos_ == "VERB"), None)
        if verb is None or verb.lemma_.lower() not in self.demands:
            return False
        auxes = [c.lower_ for v in (verb, verb.head) for c in v.children if c.dep_ == "aux"]
        if any(a in self.modals and a not in self.foretelling and a not in ("would", "'d") for a in auxes):
            return False  # "Seoul should demand X": what the speaker holds it ought to do
        subject = _subject(verb)
        if subject is None:
            return verb.dep_ in ("xcomp", "advcl") and any(c.dep_ == "auxpass" for c in verb.head.children)
        quoted = span.start > 0 and span.doc[span.start - 1].is_quote
        return others(subject, False, quoted)

    def _holds(self, verb: Token) -> bool:
        """ "we will never accept that Pyongyang keeps its weapons": a clause above that takes a
        side on the account, or says or thinks it, makes it the object of a position (a clause
        beside it, "has not objected, but it wants ...", does not hold it)."""
        return bool(self.polar.at(verb) or verb.lemma_.lower() in self.speech or self._modal(verb))

    def _minded(self, verb: Token) -> bool:
        """A copula of an attitude: known side only, as what is foretold."""
        return verb.lemma_.lower() in self.copulas and self._attitude(verb)

    def _plain(self, verb: Token) -> bool:
        lemma = verb.lemma_.lower()
        if lemma in self.copulas and self._attitude(verb):
            return not self._modal(verb)  # "Pyongyang was unwilling to return to talks": its attitude, told
        if lemma in self.copulas or lemma in NEEDS or self.effects.at(verb):
            return False
        if self._modal(verb):
            return self._predicted(verb)
        return verb.tag_ in FINITE or any(
            c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE for c in verb.children
        )

    def _attitude(self, be: Token) -> bool:
        """A copula whose complement is an attitude to an act ("ready to", "reluctant to"): it
        tells what its subject is minded to do, as "wants to" does, not what a thing is."""
        return any(
            c.dep_ == "acomp"
            and self.polar.at(c)
            and any(g.dep_ == "xcomp" for g in (*c.children, *be.children))
            for c in be.children
        )

    def _predicted(self, verb: Token) -> bool:
        """ "the North could send more", "Pyongyang will never give them up": what a third party
        will or may do, foretold; not what it ought to do ("should", "would do well to"), nor what
        is to be done to it (a passive)."""
        aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        modal = [c for c in aux if c.lower_ in self.modals or c.lower_ == "to"]
        return all(c.dep_ == "aux" for c in aux) and all(c.lower_ in self.foretelling for c in modal)

    def _modal(self, verb: Token) -> bool:
        """ "would", "must", "to": what may, must or is to happen, not what did."""
        return any(
            c.dep_ in ("aux", "auxpass") and (c.lower_ in self.modals or c.lower_ == "to")
            for c in verb.children
        )


def _wanted(verb: Token) -> bool:
    """ "wants us to give up X", "wanted the issue to be at the centre": an infinitive with a
    subject of its own is what the verb above it wants or asks; that verb's subject holds it."""
    return verb.dep_ in ("ccomp", "xcomp") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    )


def _subject(verb: Token) -> Token | None:
    """A verb's subject, or that of the verb it is joined to ("would pocket it and then demand")."""
    for v in (verb, verb.head if verb.dep_ == "conj" else None):
        found = next((c for c in v.children if c.dep_ in SUBJECTS), None) if v is not None else None
        if found is not None:
            return found
    return None


def _party_span(subject: Token) -> tuple[int, int]:
    """Where a subject names who it is: its words up to its head and an "of" after it ("the
    government of Japan"); not what else hangs on it ("close consultation with the United
    States" is no party)."""
    last = subject
    for c in subject.children:
        if c.i > subject.i and c.dep_ == "prep" and c.lower_ == "of":
            last = c.right_edge
    return subject.left_edge.idx, last.idx + len(last)


def _taken_up(pronoun: Token) -> Token | None:
    """The subject a third-person pronoun takes up in the second of two coordinated clauses ("X
    has not objected, but it wants ..."): the first clause's, when that one is not a pronoun."""
    verb = pronoun.head
    if pronoun.lower_ not in (*THIRD_PERSON, "it") or verb.dep_ != "conj":
        return None
    first = next((c for c in verb.head.children if c.dep_ in SUBJECTS), None)
    return first if first is not None and first.pos_ != "PRON" else None


def _holder(k: Token) -> Token | None:
    """Who holds what `k` names: its possessor, else the nearest subject up its path (the object
    of a verb that makes someone do it, "pressed Pyongyang to give up X")."""
    poss = next((c for c in k.children if c.dep_ == "poss"), None)
    if poss is not None:
        return poss
    own = next((g for c in k.children if c.lower_ == "of" for g in c.children if g.lower_ == "own"), None)
    poss = next((c for c in own.children if c.dep_ == "poss"), None) if own is not None else None
    if poss is not None and poss.lower_ in FIRST_PERSON:
        return poss  # "nuclear weapons of our own"; "of its own" is the subject's
    prev = k
    for verb in k.ancestors:
        made = next((c for c in verb.children if c.dep_ == "dobj" and c.i != prev.i), None)
        if prev.dep_ in ("xcomp", "ccomp") and made is not None:
            return made
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS and c.i != prev.i), None)
        if subject is not None:
            return subject
        prev = verb
    return None


def _offerer(k: Token, offers: frozenset[str]) -> Token | None:
    """The owner of an offer `k` is the object of ("the U.S. offer of dialogue", "Tokyo's
    proposal for talks"): who would take part in the talks offered; an offer named by the
    keyword itself ("Tokyo's overtures", "the Japanese overture") is its own possessor's; an
    adjective that names no one ("a credible offer") owns nothing."""
    if k.lemma_.lower() in offers:
        return next((c for c in k.children if c.dep_ in ("poss", "compound") or _proper_adjective(c)), None)
    if k.dep_ != "pobj" or k.head.lower_ not in ("of", "for"):
        return None
    offer = k.head.head
    if offer.lemma_.lower() not in offers:
        return None
    return next((c for c in offer.children if c.dep_ in ("poss", "compound")), None)


def _proper_adjective(t: Token) -> bool:
    """An adjective of a people or place ("Japanese", "U.S."), capitalised as a name is."""
    return t.dep_ == "amod" and t.text[:1].isupper()


TAKING_PART = ("dobj", "pobj", "prep", "acomp", "xcomp", "attr")  # "offered talks", "open to talks"


def _taker(k: Token, positions: frozenset[str]) -> Token | None:
    """The subject of the verb that takes part in what `k` names, up objects, prepositions and
    "to" complements only ("remain open to talks", "wants to hold talks"); none past a clause of
    another's ("back Seoul's efforts to reopen talks") or a verb of view ("supports talks")."""
    if k.pos_ == "VERB":  # "the premier has to talk to X": the talking verb's own
        subject = next((c for c in k.children if c.dep_ in SUBJECTS), None)
        if subject is not None:
            return subject
    holding = next((c for c in k.children if c.dep_ == "amod" and c.tag_ == "VBG"), None)
    holder = next((c for c in holding.children if c.dep_ in ("npadvmod", "nsubj")), None) if holding else None
    if holder is not None:
        return holder  # "the government holding talks": the parser hangs the one holding them on the verb
    prev = k
    for verb in k.ancestors:
        urged = next((c for c in verb.children if c.dep_ == "dobj"), None) if prev.dep_ == "xcomp" else None
        if urged is not None:  # "urged the government to set a date for talks": the one urged
            return urged
        if prev.dep_ not in TAKING_PART or verb.lemma_.lower() in positions:
            return None
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        if subject is not None:
            return subject
        if verb.dep_ == "acl" and verb.tag_ == "VBG":
            return verb.head  # "opposed the government holding talks with X": the government
        prev = verb
    return None
