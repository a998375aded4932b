"""What a subject is said to do (part of `stance_sides.SideReader`): a harm or a good ("would harm
the alliance", "puts ... at risk"), a judgement in what it does ("sends the wrong message", "poses a
threat"), what it costs or achieves, whether it can wait, and what is risked ("risks doing real
harm"); not what became of it ("enforcement had weakened").
"""

from __future__ import annotations

from bot.extract.doc_cache import Parse
from bot.extract.stance_outcomes import denied_outcome
from bot.extract.stance_price import priced
from bot.extract.stance_reading import Reading
from bot.extract.stance_urgency import waiting
from bot.extract.stance_words import OPPOSE


class SubjectEffects:
    """Mixed into SideReader, whose word tables (`w`), `judged` and `_lowered` it reads."""

    def effect(self, p: Parse, t: int, r: Reading) -> bool:
        """What the subject is said to do: a harm or a good ("harm", "put ... at risk"), or a
        judgement in what it does ("sends the wrong message", "poses a threat")."""
        if p.pos[t] not in ("VERB", "AUX"):
            return False
        if (price := priced(p, t, self.w)) is not None:
            r.take(t, *price)  # "would cost us nothing": cheap to try (stance_price.py)
            return True
        if (outcome := denied_outcome(p, t, self.w)) is not None:
            r.take(t, *outcome)  # "have achieved nothing" (stance_outcomes.py)
            return True
        if (urgency := waiting(p, t, self.w)) is not None:
            r.take(t, *urgency)  # "cannot wait": its negation turns it (stance_urgency.py)
            return True
        found = self.w.effects.at_i(p, t) or next(
            (f for c in p.children[t] if p.deps[c] in ("prep", "prt") and (f := self.w.effects.at_i(p, c))),
            None,
        )
        if found and self._lowered(p, t):
            return False  # "the leaflets matter less than ...": neither that they matter nor not
        if found and self._changed(p, t):
            return False  # "enforcement had weakened": what became of it, not a harm it does
        if found:
            r.take(t, found[0], found[1])
            self._denied_object(p, t, r)
            return True
        done = next((c for c in p.children[t] if p.deps[c] == "xcomp"), None)
        if done is not None and p.lemmas[t] in self.w.raisers:
            return self._harm(p, done, r)
        before = r.decided
        r.decided = False
        remedy = p.lemmas[t] in self.w.remedies
        for c in p.children[t]:
            if p.deps[c] == "dobj" and not r.decided:
                self.judged(p, c, r, head_only=remedy)
                if r.decided and remedy:
                    r.flip(t, p.texts[t])  # "cannot solve the problem": a remedy turns what it takes
        found_one, r.decided = r.decided, before or r.decided
        return found_one

    def _changed(self, p: Parse, t: int) -> bool:
        """A verb of change with no object or complement ("ties have improved", "enforcement had
        weakened"): the subject underwent it; "would weaken the alliance" does it to a thing."""
        if p.lemmas[t] not in self.w.changes:
            return False
        return not any(p.deps[c] in ("dobj", "auxpass", "ccomp", "xcomp") for c in p.children[t])

    def _denied_object(self, p: Parse, t: int, r: Reading) -> None:
        """ "the balloons serve no purpose", "it achieves nothing": an effect whose object is
        denied is the effect denied."""
        for c in p.children[t]:
            if p.deps[c] != "dobj":
                continue
            no = [c] if p.lowers[c] in self.w.negations else []
            no += [g for g in p.children[c] if p.deps[g] == "det" and p.lowers[g] in self.w.negations]
            if no:
                r.flip(no[0], p.texts[no[0]])

    def _harm(self, p: Parse, done: int, r: Reading) -> bool:
        """ "the levy risked doing the fleet lasting harm": what is risked is a harm; a good one
        ("risks helping the regime") is said to be bad in itself, not of the subject."""
        trial = Reading()
        if not (self.effect(p, done, trial) and trial.sign == OPPOSE):
            return False
        r.take(trial.words[0][0], trial.cue(), OPPOSE)
        return True
