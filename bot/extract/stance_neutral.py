"""An explicit neutral (part of `stance_sides.SideReader`): the speaker says it takes no side
(yet): "premature", "no position", "neither for nor against", "has not made up its mind",
"has not reached a decision on X"; not "cannot even decide", which is no choice still open.
"""

from __future__ import annotations

from bot.extract.doc_cache import Parse
from bot.extract.stance_reading import Reading
from bot.extract.stance_words import COMPLEMENTS

ABILITY = {"can", "ca"}  # "ca" of "can't", as the tokenizer splits it; "could not decide yet" is undecided


class ExplicitNeutral:
    """Mixed into SideReader, whose word tables (`w`) it reads."""

    def neutral(self, p: Parse, t: int, r: Reading) -> bool:
        """ "premature", "no position", "neither for nor against", "has not made up its mind":
        the speaker says it takes no side (yet)."""
        found = (
            self.w.neutral.at_i(p, t)
            or self._no_position(p, t)
            or self._neither(p, t)
            or self._undecided(p, t)
        )
        if found is None:
            found = next(  # "is premature", "is too early", "has no position on X"
                (
                    f
                    for c in p.children[t]
                    if p.deps[c] in COMPLEMENTS + ("det",)
                    and (f := self.w.neutral.at_i(p, c) or self.w.neutral.at_i(p, p.left_edge(c)))
                ),
                None,
            )
        if found:
            r.neutral = True
            if (t, found[0]) not in r.words and not any(w == found[0] for _, w in r.words):
                r.words.append((t, found[0]))
        return found is not None

    def _neither(self, p: Parse, t: int) -> tuple[str, int] | None:
        """ "neither for nor against X": the phrase starts at the pair's "neither"; so does any
        pair of opposite acts both denied ("neither endorse nor reject X", "I don't think we
        should either embrace or reject X")."""
        pair = p.heads[t] if p.deps[t] == "conj" else t
        for c in p.children[pair]:
            if p.deps[c] != "preconj":
                continue
            if found := self.w.neutral.at_i(p, c) or self._both_denied(p, pair, c):
                return found
        return None

    def _both_denied(self, p: Parse, pair: int, pre: int) -> tuple[str, int] | None:
        """Two acts of opposite sides joined by "neither ... nor", or by "either ... or" under a
        negation ("should either embrace or reject it" with no "not" is a choice urged)."""
        if p.lowers[pre] not in ("neither", "either"):
            return None
        other = next((c for c in p.children[pair] if p.deps[c] == "conj"), None)
        first = self.w.polar.at_i(p, pair)
        second = self.w.polar.at_i(p, other) if other is not None else None
        if not first or not second or first[1] != -second[1]:
            return None
        if p.lowers[pre] == "either" and not any(
            p.deps[c] == "neg" for a in (pair, *p.ancestors(pair)) for c in p.children[a]
        ):
            return None
        return f"{p.texts[pre]} {first[0]} … {second[0]}", 0

    def _undecided(self, p: Parse, t: int) -> tuple[str, int] | None:
        """ "has not made up its mind on X", "has not decided on X": a choice not yet made; "has not
        reached a decision on X" hangs "on X" on the verb's object, the choice named as a noun."""
        verb = p.heads[t] if p.deps[t] == "dobj" else t
        found = self.w.undecided.at_i(p, verb) if p.pos[verb] in ("VERB", "AUX") else None
        if found and any(p.deps[c] == "neg" for c in p.children[verb]) and not _unable(p, verb):
            return f"not {found[0]}", 0
        return None

    def _no_position(self, p: Parse, t: int) -> tuple[str, int] | None:
        """ "does not have a position on X": the negated verb's "no position"."""
        verb = p.heads[t]
        if p.deps[t] == "dobj" and any(p.deps[c] == "neg" for c in p.children[verb]):
            return self.w.neutral.at_words(["no", p.lowers[t]], f"{p.texts[verb]} … {p.texts[t]}")
        return None


def _unable(p: Parse, verb: int) -> bool:
    """ "cannot even decide its own drills": not able to choose, not a choice still open."""
    return any(p.deps[c] == "aux" and p.lowers[c] in ABILITY for c in p.children[verb])
