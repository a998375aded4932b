"""A reading of one keyword's side (bot/extract/stance_path.py), and the parse tests that void
it: a question put to the speaker, a relative clause about people, a judgement for a purpose, an
act of a subject's on another object, a named act ("the launch of X") that takes no side; and
the tests that shape the walk: "let alone", a gerund on its object, a past relative clause, a
negation setting a thing apart, a means handed to another, a verb acting on its own object and
not on the predicate joined to it. The tests read token indices of the
paragraph's Parse (bot/extract/doc_cache.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span

from bot.extract.doc_cache import Parse

QUESTION_MARKS = {"whether", "if"}
FIRST_PERSON = {"i", "we"}
RELATIVES = {"who", "whom", "whose"}  # people: what they do is their view, not the speaker's


@dataclass
class Reading:
    sign: int = 1
    words: list[tuple[int, str]] = field(default_factory=list)
    decided: bool = False
    neutral: bool = False
    inside: frozenset[int] = frozenset()  # the keyword's tokens
    aim: bool = False  # the keyword names an outcome to be reached: talks on it seek it
    contrast: bool = False  # reached as the "but" of "not A but B": the next negation is A's
    takes: int = 0  # words that took a side
    attribute: tuple[int, int, int] | None = None  # a judgement before the keyword: (word, sign, takes then)
    described: int = 0  # words taken inside a relative clause that tells what its antecedent does

    def take(self, at: int, text: str, sign: int) -> None:
        self.sign *= sign
        self.words.append((at, text))
        self.decided = True
        self.takes += 1

    def attributed(self, sign_before: int, takes_before: int) -> None:
        """The judgement before the keyword just taken, if one was ("the reckless drills")."""
        if self.takes > takes_before:
            self.attribute = (self.words[-1][0], self.sign * sign_before, self.takes)

    def acted_on(self) -> None:
        """ "must stop the reckless drills": an act above the keyword says the side; the judgement
        before it voices the same attitude and is not a second side to multiply by."""
        if self.attribute is not None and self.takes > self.attribute[2]:
            at, sign, _ = self.attribute
            self.sign *= sign
            self.words = [(w, text) for w, text in self.words if w != at]
            self.attribute = None

    def turn(self, at: int, text: str, sign: int) -> None:
        """A word that says which way the thing goes and takes no side on it ("the closure of")."""
        self.sign *= sign
        self.words.append((at, text))

    def flip(self, at: int, text: str) -> None:
        self.sign *= -1
        self.words.append((at, text))

    def cue(self) -> str:
        return " … ".join(text for _, text in sorted(self.words) if text)


class Abstain(Exception):
    """The keyword sits in a question, a condition or someone else's view: no stance."""


def told_done(p: Parse, at: int) -> bool:
    """ "The Japanese side raised the abduction issue": an act told in the past is an account of
    what was done (a meeting's agenda); "will keep raising it" is a position."""
    return p.tags[at] == "VBD" or p.tags[at] == "VBN" and any(p.lowers[c] == "had" for c in p.children[at])


def relative(p: Parse, verb: int) -> bool:
    """A relative clause about people ("those who treat it as ..."); one about a thing ("a
    waiver that would let the complex reopen") says what the speaker holds of the thing."""
    return any(
        p.lowers[c] in RELATIVES and p.deps[c] in ("nsubj", "nsubjpass", "dobj", "pobj")
        for c in p.children[verb]
    )


def for_a_purpose(p: Parse, c: int) -> bool:
    """ "the fastest way to hand them a reason": a judgement that depends on what it is for."""
    return any(
        p.deps[g] in ("acl", "relcl", "advcl") and any(p.lowers[a] == "to" for a in p.children[g])
        for g in p.children[c]
    )


def asked(p: Parse, span: Span, asides=frozenset()) -> bool:
    """The statement is what someone was asked about ("asked whether Seoul plans to ...",
    "asked if the allies intend to ..."): its act sits under "whether" or "if" (not "if
    anything", an aside)."""
    if span.start > 0 and p.lowers[span.start - 1] in QUESTION_MARKS:
        return True
    t = span.root.i
    for _ in range(3):
        if any(
            p.deps[c] == "mark" and p.lowers[c] in QUESTION_MARKS and not _aside(p, c, asides)
            for c in p.children[t]
        ):
            return True
        if p.heads[t] == t:
            return False
        t = p.heads[t]
    return False


def acts_on_another(p: Parse, verb: int, prev: int) -> bool:
    """ "sanctions will end the regime's funding": an act of the subject's is for or against its
    object, and says nothing of the subject ("the drills must end" says it of the drills)."""
    return p.deps[prev] in ("nsubj", "csubj") and any(p.deps[c] == "dobj" for c in p.children[verb])


def act_noun(p: Parse, t: int) -> bool:
    """ "the launch of the ferry", "its closure": a noun that names an act, by its "of" or its
    possessive (not "the reopen" in "let the complex reopen": a verb the parser took for a noun)."""
    return p.pos[t] == "NOUN" and any(
        p.deps[c] == "poss" or p.deps[c] == "prep" and p.lowers[c] == "of" for c in p.children[t]
    )


def existential(p: Parse, be: int) -> bool:
    """ "there will be no dialogue": it will (not) happen."""
    return any(p.deps[c] == "expl" for c in p.children[be])


def opens_question(p: Parse, t: int, hypothetical: frozenset[str], asides=frozenset()) -> bool:
    """A clause opened by "whether", "if", "how": a question or a condition (kept per token:
    every keyword below it asks again); not by an aside that only looks like one ("if anything",
    data/lexicon.toml `condition_asides`)."""
    key = ("open", hypothetical, t)
    found = p.memo.get(key)
    if found is None:
        found = p.memo[key] = (
            any(
                p.deps[c] in ("mark", "advmod", "npadvmod")
                and _opener(p, c, hypothetical)
                and c < t
                and not _aside(p, c, asides)
                for c in p.children[t]
            )
            or (
                p.deps[t] == "relcl"
                and p.deps[p.heads[t]] == "npadvmod"
                and _opener(p, p.heads[t], hypothetical)
            )
            or _asks_who(p, t)
        )
    return found


def _asks_who(p: Parse, t: int) -> bool:
    """ "a quarrel over who would lead it", "argued about which agency should deliver the aid": a
    clause a preposition takes whose subject or object is a wh-word asks who or which, an indirect
    question (a relative clause hangs on a noun, not on a preposition)."""
    return p.deps[t] == "pcomp" and any(
        p.deps[c] in ("nsubj", "nsubjpass", "dobj")
        and (p.tags[c] == "WP" or any(p.deps[g] == "det" and p.tags[g] == "WDT" for g in p.children[c]))
        for c in p.children[t]
    )


def _aside(p: Parse, c: int, asides: frozenset[str]) -> bool:
    """ "If anything, X should be tightened": the words from `c` on are an aside, not a condition."""
    return any(" ".join(p.lowers[c : c + len(a.split())]) == a for a in asides)


def _opener(p: Parse, c: int, hypothetical: frozenset[str]) -> bool:
    """ "if", or the last word of "as long as" or "every time" (the parser hangs the words
    before it elsewhere, or on it: "every time they send balloons" is "time" with a relative
    clause)."""
    if p.lowers[c] in hypothetical:
        return True
    return any(
        phrase.split()[-1] == p.lowers[c]
        and " ".join(p.lowers[max(c - phrase.count(" "), 0) : c + 1]) == phrase
        for phrase in hypothetical
        if " " in phrase
    )


def in_question(
    p: Parse, k: int, span: Span, hypothetical: frozenset[str], unless=None, asides=frozenset()
) -> bool:
    """ "investigating whether the activists broke the rules by flying balloons": a keyword
    anywhere under a question or condition is no position, though the reading stops below it;
    `unless` tells a clause that only looks like one ("is mistaken if it thinks ...")."""
    return any(
        opens_question(p, a, hypothetical, asides) and not (unless and unless(a))
        for a in p.ancestors(k)
        if span.start <= a < span.end
    )


def commented_on(p: Parse, k: int, span: Span, commenting: frozenset[str]) -> bool:
    """ "We never comment on speculation about the aid convoys", "it is not
    appropriate for the ministry to comment on X": a keyword in what a remark is about, or naming
    who would make it, is the subject of a comment withheld or made, not a side the speaker takes
    on it (a spokesperson's routine refusal is the commonest case)."""
    t = k
    while p.heads[t] != t and p.deps[t] != "conj" and span.start <= p.heads[t] < span.end:
        t = p.heads[t]  # not past a clause joined to the remark ("..., but the drills must go on")
        if p.lemmas[t] in commenting:
            return True
    return False


def let_alone(p: Parse, verb: int) -> bool:
    """ "will not ease sanctions, let alone lift them": the parser makes "let" a verb with "alone"
    on it; what it takes is denied as the clause before it is (Quirk et al.: "let alone" adds a
    stronger case to a negative)."""
    return p.lemmas[verb] == "let" and any(p.lowers[c] == "alone" for c in p.children[verb])


def object_gerund(p: Parse, verb: int) -> bool:
    """ "opposes Seoul acquiring weapons": a gerund right after its head's object, with no
    subordinator or comma between, is that object's act and the head verb's complement (the
    parser hangs it as an adverbial clause); "rejected the offer, citing X" is an adverbial."""
    if p.tags[verb] != "VBG" or any(p.deps[c] in ("mark", "aux", "nsubj") for c in p.children[verb]):
        return False
    head = p.heads[verb]
    objects = [c for c in p.children[head] if p.deps[c] == "dobj" and c < verb]
    return any(max(p.subtree(c)) + 1 == p.left_edge(verb) for c in objects)


def past_account(p: Parse, verb: int) -> bool:
    """A relative clause in the past or perfect with no modal ("which has abandoned talks",
    "that scrapped the tours in 2008") tells what its antecedent did: a description of it, not a
    side the speaker takes; one in the present may say what the speaker holds of a thing ("we
    reject any deal that weakens sanctions")."""
    aux = [c for c in p.children[verb] if p.deps[c] in ("aux", "auxpass")]
    if any(p.tags[c] == "MD" or p.lowers[c] == "to" for c in aux):
        return False
    perfect = p.tags[verb] == "VBN" and any(p.lemmas[c] == "have" for c in aux)
    return p.tags[verb] == "VBD" and not aux or perfect


def present_account(p: Parse, verb: int, copulas: frozenset[str]) -> bool:
    """A relative clause with no modal that is no copula ("groups that float leaflets", "a
    country that no longer wants unification", "Seoul, where the government has signalled
    interest in talks") tells what its antecedent does: alone it describes, and a side is taken
    only by a word above it ("we oppose any deal that weakens sanctions"); "which would ease
    sanctions" (a modal) and "which is a hostile state" (what a thing is) still say what the
    speaker holds."""
    aux = [c for c in p.children[verb] if p.deps[c] in ("aux", "auxpass")]
    return p.lemmas[verb] not in copulas and not any(p.tags[c] == "MD" or p.lowers[c] == "to" for c in aux)


def sets_apart(p: Parse, k: int, neg: int) -> bool:
    """ "we want dialogue, not sanctions": a negation after the keyword, before a thing set
    beside it, denies that thing, not the keyword."""
    return neg > k and any(p.deps[c] in ("appos", "conj") and c > neg for c in p.children[k])


def anothers_means(p: Parse, verb: int) -> bool:
    """ "would give Pyongyang a pretext to demand X": an infinitive on a noun handed to someone
    (the verb's dative), or with a subject of its own, is that one's act, not the speaker's aim
    ("would give us a chance to revive talks" is the speaker's side's)."""
    if not any(p.deps[c] == "aux" and p.lowers[c] == "to" for c in p.children[verb]):
        return False  # not "the idea that his ministry had become redundant": what it holds
    if any(p.deps[c] == "nsubj" and p.lowers[c] not in FIRST_PERSON | {"us"} for c in p.children[verb]):
        return True
    noun = p.heads[verb]
    giver = p.heads[noun]
    return p.deps[noun] == "dobj" and any(
        p.deps[c] == "dative" and p.lowers[c] not in FIRST_PERSON | {"us"} for c in p.children[giver]
    )


def acts_apart(p: Parse, verb: int, conj: int) -> bool:
    """ "urged Pyongyang to stop its provocations and return to dialogue": a verb with an object
    of its own acts on that object, not on the predicate joined to it (the parser may tag that
    predicate a noun); "halt the drills and the launches" hung on the verb is a second object."""
    if p.pos[verb] not in ("VERB", "AUX") or any(p.deps[c] in ("det", "poss") for c in p.children[conj]):
        return False
    return any(p.deps[c] == "dobj" and c != conj for c in p.children[verb])


def joined_to_object(p: Parse, verb: int, noun: int) -> bool:
    """ "to ease tension and resume contact" with "resume" hung on "tension": a verb the parser
    joined to the object of another verb is that verb's fellow; it acts on its own object, and
    the first verb's side ("ease") is not taken on it (as `acts_apart` has it)."""
    return (
        p.deps[verb] == "conj"
        and p.pos[verb] == "VERB"
        and p.pos[noun] in ("NOUN", "PROPN")
        and p.deps[noun] == "dobj"
        and any(p.deps[c] == "dobj" for c in p.children[verb])
    )


def joint_subject(p: Parse, subject: int, verb: int, joint: frozenset[str]) -> bool:
    """ "the two had agreed that X", "the three countries confirmed that X", "the three of us
    agreed that X": a count of parties (not a named pair, "the two Koreas") agreeing or confirming
    is a joint position the speaker's side took part in, reported by one of them."""
    if p.lemmas[verb] not in joint or p.pos[subject] == "PROPN":
        return False
    kids = p.children[subject]
    counted = p.pos[subject] == "NUM" or any(p.deps[c] == "nummod" or p.lowers[c] == "both" for c in kids)
    ours = any(p.lowers[g] == "us" for c in kids for g in p.children[c] if p.lowers[c] == "of")
    return counted or ours or p.lowers[subject] == "both"
