"""Verdicts passed on a whole clause that holds the keyword, read where that clause would
otherwise end the reading (bot/extract/stance_path.py) as a condition or an adverbial:

- a belief judged under "if": "Washington is mistaken if it thinks Seoul will drop the talks"
  is the speaker's verdict on what the belief holds, as "those who think X are mistaken" is
  (stance_views._holding), not a condition the speaker sets;
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

from spacy.tokens import Span

from bot.extract.doc_cache import Parse
from bot.extract.stance_settled import closed_issue
from bot.extract.stance_words import COMPLEMENTS

LOWER = {"less", "fewer", "lesser"}  # "the more drills, the less ..." turns what the second half says

Verdict = tuple[int, str, int]  # where, the words, the side


def verdict_on(p: Parse, t: int, prev: int, span: Span, words) -> Verdict | None:
    """The verdict at `t` on the clause `prev` that holds the keyword, if it passes one (token
    indices of the paragraph's Parse, as the path walk reads it)."""
    if p.deps[prev] in ("advcl", "ccomp"):  # the parser takes the first half for either
        return _correlative(p, t, prev, span, words) or judged_belief(p, t, words)
    return judged_belief(p, t, words) or closed_issue(p, t, prev, span, words)


def judged_belief(p: Parse, verb: int, words) -> Verdict | None:
    """ "X is (sadly) mistaken if it thinks ...": a verb of saying or thinking under "if", with the
    belief as its clause, whose head is a copula with a judgement; a negation on the copula turns
    it ("is not wrong if ..."). Not a verb of the list that holds no belief here ("would be
    pointless if Hanoi continued to fund the launches": a condition on what Hanoi does)."""
    be = p.heads[verb]
    if p.deps[verb] != "advcl" or p.lemmas[verb] not in words.speech:
        return None
    if not any(p.deps[c] == "ccomp" for c in p.children[verb]):
        return None
    if p.lemmas[be] not in words.copulas or not any(
        p.deps[c] == "mark" and p.lowers[c] == "if" for c in p.children[verb]
    ):
        return None
    found = next(
        (f for c in p.children[be] if p.deps[c] in COMPLEMENTS and (f := words.judgements.at_i(p, c))), None
    )
    if found is None:
        return None
    negated = sum(1 for c in p.children[be] if words.negates_i(p, c)) % 2
    return be, found[0], found[1] * (-1 if negated else 1)


def _correlative(p: Parse, main: int, clause: int, span: Span, words) -> Verdict | None:
    """ "The more ..., the more they will find their own security in jeopardy": both halves open
    with "the" and a comparative; the first effect in the second half decides, or its comparative
    when it is a judgement said of nothing else ("..., the better"; not "the weaker the regime
    becomes", which judges the regime)."""
    below = p.subtree(clause)
    first = _comparative(p, clause, below)
    if first is None:
        return None
    inside = set(below)
    rest = [t for t in p.subtree(main) if t not in inside and span.start <= t < span.end]
    second = _comparative(p, main, rest)
    if second is None:
        return None
    turn = -1 if (p.lowers[first] in LOWER) != (p.lowers[second] in LOWER) else 1
    alone = not any(p.deps[t] in ("nsubj", "nsubjpass") for t in rest)
    for t in rest:
        found = words.effects.at_i(p, t) or (words.judgements.at_i(p, t) if t == second and alone else None)
        if found:
            return t, found[0], found[1] * turn
    return None


def _comparative(p: Parse, head: int, tokens: list[int]) -> int | None:
    """The comparative that opens a correlative's half ("the more", "the sooner"), if any."""
    ordered = sorted(tokens)
    for a, b in zip(ordered, ordered[1:], strict=False):
        if a >= head:
            return None
        if p.lowers[a] == "the" and p.tags[b] in ("JJR", "RBR") and b < head:
            return b
    return None


def judged_act(p: Parse, adj: int, prev: int, words) -> Verdict | None:
    """ "was wrong to suspend the tours", "right to postpone the drills": a judgement whose
    infinitive is the act it judges."""
    if p.deps[prev] != "xcomp" or p.pos[adj] != "ADJ":
        return None
    if not any(p.deps[c] == "aux" and p.lowers[c] == "to" for c in p.children[prev]):
        return None
    found = words.judgements.at_i(p, adj)
    return (adj, found[0], found[1]) if found else None


def never_more(p: Parse, t: int, negation: int) -> bool:
    """ "have never been stronger", "never more committed": the most ever, not a denial."""
    return p.lowers[negation] == "never" and any(
        p.deps[c] in COMPLEMENTS
        and (p.tags[c] in ("JJR", "RBR") or any(p.lowers[g] == "more" for g in p.children[c]))
        for c in p.children[t]
    )


def used_as(p: Parse, verb: int, words) -> Verdict | None:
    """ "aid should never be used as a bargaining chip": a passive verb of classing says its
    subject is what follows "as"; the first judgement there decides."""
    if p.lemmas[verb] not in words.as_verbs:
        return None
    for prep in (c for c in p.children[verb] if p.deps[c] == "prep" and p.lowers[c] == "as"):
        for obj in (c for c in p.children[prep] if p.deps[c] == "pobj"):
            for t in range(p.left_edge(obj), obj + 1):
                if found := words.judgements.at_i(p, t):
                    return t, found[0], found[1]
    return None
