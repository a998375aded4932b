"""The keyword's own phrase, read before the walk up from it leaves the phrase (part of
`stance_path.PathReader`): a concept phrase in it ("regularize"), a negation on it ("no
dialogue"), a judgement before it ("a futile dialogue"), the act a gerund the parser hung on it
does ("halting drills did not work"); and what takes no side: a body the keyword names ("the
sanctions committee"), what was done to the thing ("the postponed drills") or its usual name
("complete denuclearization").
"""

from __future__ import annotations

from spacy.tokens import Token

from bot.extract.doc_cache import Parse, parse_of
from bot.extract.stance_reading import Reading, sets_apart
from bot.extract.stance_words import SUPPORT

DESCRIBERS = ("amod", "compound", "nmod")  # words before the keyword that say what it is
GERUND_DEPS = ("amod", "compound", "nsubj", "nmod", "nummod")  # how the parser may hang an act on its object


class KeywordPhrase:
    """Mixed into PathReader, whose word tables (`w`, `own`, `sides`, `named_by`) it reads."""

    def names_a_body(self, k: Token) -> bool:
        """ "the sanctions committee": the keyword names a body, not the thing; "the Unification
        Ministry's decision": what is said is of the decision, not of the ministry."""
        return self.names_a_body_i(parse_of(k.doc), k.i)

    def names_a_body_i(self, p: Parse, k: int) -> bool:
        return p.deps[k] == "poss" or p.deps[k] == "compound" and p.lemmas[p.heads[k]] in self.w.bodies

    def _keyword(self, p: Parse, k: int, inside: set[int], r: Reading) -> None:
        """The keyword's own words: a concept phrase in it ("regularize"), a negation ("no
        dialogue"), a judgement before it ("a futile dialogue")."""
        for t in sorted(inside):
            if p.pos[t] in ("NOUN", "PROPN") and t == k:
                continue  # "the launch", "regularization": the thing named, no act on it
            found = self.own.at_i(p, t)
            if found:
                r.take(t, found[0], found[1])
                break
        for c in p.children[k]:
            if c in inside:
                continue
            if self.w.negates_i(p, c) and not sets_apart(p, k, c):
                r.flip(c, p.texts[c])
            elif c < k and (
                p.deps[c] in ("amod", "compound")
                and p.tags[c] == "VBG"
                and p.pos[c] == "VERB"
                or _opening_gerund(p, c, k)
            ):
                # "lifting sanctions now would reward ...", "halting drills did not work": a gerund
                # the parser hung on its object (as a modifier, even as its subject) is the act on it
                found = self.own.at_i(p, c) or self.w.polar.at_i(p, c)
                if found:
                    r.turn(c, found[0], found[1])
            elif (
                p.deps[c] in DESCRIBERS
                and c < k
                and p.lowers[c] not in self.named_by
                and not self._done_to(p, c)
            ):
                before = (r.sign, r.takes)
                self.sides.judged(p, c, r)  # not "the most hostile state" for "two hostile states": its name
                r.attributed(*before)

    def _done_to(self, p: Parse, c: int) -> bool:
        """ "the postponed drills", "the reorganized ministry": a past participle of the concept's
        own act before its thing tells what was done to it, an account, not a side taken ("a
        failed policy", a general judgement, still judges); "complete denuclearization", "full-scale
        drills": an adjective of the concept's own that favours the thing is the thing's usual
        name, which a statement may name without wanting it."""
        found = self.own.at_i(p, c)
        if found is not None and p.pos[c] == "ADJ" and found[1] == SUPPORT:
            return True
        return p.tags[c] == "VBN" and found is not None


def _opening_gerund(p: Parse, c: int, k: int) -> bool:
    """ "Halting drills did not work", parsed with "Halting" a noun on "drills": a word in -ing
    that opens the keyword's phrase (nothing of the phrase before it: not "the continuing
    drills", where it describes them) and starts its clause."""
    if not p.lowers[c].endswith("ing") or p.deps[c] not in GERUND_DEPS:
        return False
    if any(d < c and p.deps[d] not in ("punct", "cc") for d in p.children[k]):
        return False
    before = c - 1
    return before < 0 or p.pos[before] in ("PUNCT", "CCONJ") or p.deps[before] in ("mark", "ROOT")
