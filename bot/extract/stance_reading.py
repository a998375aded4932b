"""A reading of one keyword's side (bot/extract/stance_path.py), and the parse tests that void
it: a question put to the speaker, a relative clause about people, a judgement for a purpose, an
act of a subject's on another object, a named act ("the launch of X") that takes no side."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from bot.extract.doc_cache import kept

QUESTION_MARKS = {"whether", "if"}
RELATIVES = {"who", "whom", "whose"}  # people: what they do is their view, not the speaker's


@dataclass
class Reading:
    sign: int = 1
    words: list[tuple[int, str]] = field(default_factory=list)
    decided: bool = False
    neutral: bool = False
    inside: frozenset[int] = frozenset()  # the keyword's tokens
    aim: bool = False  # the keyword names an outcome to be reached: talks on it seek it

    def take(self, at: int, text: str, sign: int) -> None:
        self.sign *= sign
        self.words.append((at, text))
        self.decided = True

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


def relative(verb: Token) -> bool:
    """A relative clause about people ("those who treat it as ..."); one about a thing ("a
    waiver that would let the complex reopen") says what the speaker holds of the thing."""
    return any(
        c.lower_ in RELATIVES and c.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") for c in verb.children
    )


def for_a_purpose(c: Token) -> bool:
    """ "the fastest way to hand them a reason": a judgement that depends on what it is for."""
    return any(
        g.dep_ in ("acl", "relcl", "advcl") and any(a.lower_ == "to" for a in g.children) for g in c.children
    )


def asked(span: Span) -> bool:
    """The statement is what someone was asked about ("asked whether Seoul plans to ...",
    "asked if the allies intend to ..."): its act sits under "whether" or "if"."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ in QUESTION_MARKS:
        return True
    t = span.root
    for _ in range(3):
        if any(c.dep_ == "mark" and c.lower_ in QUESTION_MARKS for c in t.children):
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def acts_on_another(verb: Token, prev: Token) -> bool:
    """ "sanctions will end the regime's funding": an act of the subject's is for or against its
    object, and says nothing of the subject ("the drills must end" says it of the drills)."""
    return prev.dep_ in ("nsubj", "csubj") and any(c.dep_ == "dobj" for c in verb.children)


def act_noun(t: Token) -> bool:
    """ "the launch of the ferry", "its closure": a noun that names an act, by its "of" or its
    possessive (not "the reopen" in "let the complex reopen": a verb the parser took for a noun)."""
    return t.pos_ == "NOUN" and any(
        c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of" for c in t.children
    )


def existential(be: Token) -> bool:
    """ "there will be no dialogue": it will (not) happen."""
    return any(c.dep_ == "expl" for c in be.children)


def opens_question(t: Token, hypothetical: frozenset[str]) -> bool:
    """A clause opened by "whether", "if", "how": a question or a condition (kept per token:
    every keyword below it asks again)."""
    return kept(
        t.doc,
        ("open", hypothetical, t.i),
        lambda _: any(
            c.dep_ in ("mark", "advmod") and c.lower_ in hypothetical and c.i < t.i for c in t.children
        ),
    )


def in_question(k: Token, span: Span, hypothetical: frozenset[str], unless=None) -> bool:
    """ "investigating whether the activists broke the rules by flying balloons": a keyword
    anywhere under a question or condition is no position, though the reading stops below it;
    `unless` tells a clause that only looks like one ("is mistaken if it thinks ...")."""
    return any(
        opens_question(a, hypothetical) and not (unless and unless(a))
        for a in k.ancestors
        if span.start <= a.i < span.end
    )
