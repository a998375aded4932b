"""Verdicts passed on a whole clause that holds the keyword, read where that clause would
otherwise end the reading (bot/extract/stance_path.py) as a condition or an adverbial:

- a belief judged under "if": "Washington is mistaken if it thinks Seoul will drop the talks"
  is the speaker's verdict on what the belief holds, as "those who think X are mistaken" is
  (stance_path._holding), not a condition the speaker sets;
- a comparative correlative: "the more often the allies stage drills, the more they put the
  region at risk" says what more of the first clause brings; a harm is against what it does, a
  good for it ("the sooner talks resume, the better"). A "less" or "fewer" on either side turns it;
- a judgement of an act in its infinitive: "the ministry was wrong to suspend the tours";
- and two idioms of the same judging: "never" before a comparative says the most, not the
  opposite ("ties have never been stronger"), and a thing "used as" something is judged as it
  ("aid should never be used as a bargaining chip").

Both are constructions of English (Quirk et al., comparative correlatives; conditional
evaluations), not phrases: the words that judge are the lexicon's judgements and effects.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

COMPLEMENTS = ("acomp", "attr", "oprd")
LOWER = {"less", "fewer", "lesser"}  # "the more drills, the less ..." turns what the second half says

Verdict = tuple[int, str, int]  # where, the words, the side


def verdict_on(t: Token, prev: Token, span: Span, words) -> Verdict | None:
    """The verdict at `t` on the clause `prev` that holds the keyword, if it passes one."""
    if prev.dep_ in ("advcl", "ccomp"):  # the parser takes the first half for either
        return _correlative(t, prev, span, words) or judged_belief(t, words)
    return judged_belief(t, words)


def judged_belief(verb: Token, words) -> Verdict | None:
    """ "X is (sadly) mistaken if it thinks ...": a verb of saying or thinking under "if" whose
    head is a copula with a judgement; a negation on the copula turns it ("is not wrong if ...")."""
    be = verb.head
    if verb.dep_ != "advcl" or verb.lemma_.lower() not in words.speech:
        return None
    if be.lemma_.lower() not in words.copulas or not any(
        c.dep_ == "mark" and c.lower_ == "if" for c in verb.children
    ):
        return None
    found = next((f for c in be.children if c.dep_ in COMPLEMENTS and (f := words.judgements.at(c))), None)
    if found is None:
        return None
    negated = sum(1 for c in be.children if words.negates(c)) % 2
    return be.i, found[0], found[1] * (-1 if negated else 1)


def _correlative(main: Token, clause: Token, span: Span, words) -> Verdict | None:
    """ "The more ..., the more they will find their own security in jeopardy": both halves open
    with "the" and a comparative; the first effect in the second half decides, or its comparative
    when it is a judgement said of nothing else ("..., the better"; not "the weaker the regime
    becomes", which judges the regime)."""
    first = _comparative(clause, clause.subtree)
    inside = {t.i for t in clause.subtree}
    rest = [t for t in main.subtree if t.i not in inside and span.start <= t.i < span.end]
    second = _comparative(main, rest)
    if first is None or second is None:
        return None
    turn = -1 if (first.lower_ in LOWER) != (second.lower_ in LOWER) else 1
    alone = not any(t.dep_ in ("nsubj", "nsubjpass") for t in rest)
    for t in rest:
        found = words.effects.at(t) or (words.judgements.at(t) if t.i == second.i and alone else None)
        if found:
            return t.i, found[0], found[1] * turn
    return None


def _comparative(head: Token, tokens) -> Token | None:
    """The comparative that opens a correlative's half ("the more", "the sooner"), if any."""
    ordered = sorted(tokens, key=lambda t: t.i)
    for a, b in zip(ordered, ordered[1:], strict=False):
        if a.i >= head.i:
            return None
        if a.lower_ == "the" and b.tag_ in ("JJR", "RBR") and b.i < head.i:
            return b
    return None


def judged_act(adj: Token, prev: Token, words) -> Verdict | None:
    """ "was wrong to suspend the tours", "right to postpone the drills": a judgement whose
    infinitive is the act it judges."""
    if prev.dep_ != "xcomp" or adj.pos_ != "ADJ":
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in prev.children):
        return None
    found = words.judgements.at(adj)
    return (adj.i, found[0], found[1]) if found else None


def never_more(t: Token, negation: Token) -> bool:
    """ "have never been stronger", "never more committed": the most ever, not a denial."""
    return negation.lower_ == "never" and any(
        c.dep_ in COMPLEMENTS and (c.tag_ in ("JJR", "RBR") or any(g.lower_ == "more" for g in c.children))
        for c in t.children
    )


def used_as(verb: Token, words) -> Verdict | None:
    """ "aid should never be used as a bargaining chip": a passive verb of classing says its
    subject is what follows "as"; the first judgement there decides."""
    if verb.lemma_.lower() not in words.as_verbs:
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            for t in obj.doc[obj.left_edge.i : obj.i + 1]:
                if found := words.judgements.at(t):
                    return t.i, found[0], found[1]
    return None
