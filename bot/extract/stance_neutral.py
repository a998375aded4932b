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
        """ "neither for nor against X": the phrase starts at the pair's "neither"."""
        pair = p.heads[t] if p.deps[t] == "conj" else t
        return next(
            (f for c in p.children[pair] if p.deps[c] == "preconj" and (f := self.w.neutral.at_i(p, c))), None
        )

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
