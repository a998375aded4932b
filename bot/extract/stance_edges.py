"""Whether the words above a word on a keyword's path bear on it (part of `stance_path.PathReader`):
an agenda word or a preposition of setting ends the reading ("the talks focused on X"), a
description of something else or a clause of its own stops it, and some words let it go on ("not
A, let alone B"; talks on an outcome they seek; "defined the South as the enemy"). What another
would take a thing as ("Pyongyang will read the move as ...") is no side of the speaker's.
"""

from __future__ import annotations

from spacy.tokens import Span

from bot.extract.doc_cache import Parse
from bot.extract.stance_contrast import denied_member
from bot.extract.stance_reading import (
    FIRST_PERSON,
    Abstain,
    anothers_means,
    existential,
    let_alone,
    object_gerund,
    relative,
)
from bot.extract.stance_sides import SUBJECTS, laid_on

PASS, STOP = "pass", "stop"
CHARGES = {"of", "for"}  # "accused X of planning", "blamed X for seeking"


class PathEdges:
    """Mixed into PathReader, whose word tables (`w`, `sides`, `carriers`) it reads."""

    def _edge(self, p: Parse, prev: int, inside: set[int], aim: bool = False) -> str:
        """Does what is above `prev` bear on it?"""
        dep, word, head = p.deps[prev], p.lowers[prev], p.heads[prev]
        if dep == "compound" and head not in inside and p.lowers[head] in self.w.negotiations:
            return PASS if aim else STOP  # "the extended deterrence dialogue": talks named after their topic
        if prev in inside:
            return PASS
        if dep in ("advcl", "ccomp", "xcomp") and let_alone(p, head):
            return PASS  # "not A, let alone B": what "let" takes is B
        if dep == "prep" and word in ("on", "about") and p.lowers[head] in self.carriers:
            return PASS  # "shelved the report on X": publishing or withholding it raises X or not
        if aim and dep == "prep" and word in ("on", "over"):
            talks = p.lowers[head], p.lowers[prev - 1] if prev > 0 else ""  # "on X" hung past the talks
            if any(word in self.w.negotiations for word in talks):
                return PASS  # "urged a return to negotiations on denuclearization": talks that seek it
        if dep == "prep" and word == "as" and p.lemmas[head] in self.w.as_verbs:
            return PASS  # "defined the South as the principal enemy": it is one
        if dep == "prep" and word == "as" and p.pos[head] == "NOUN" and p.lemmas[head] in self.w.identities:
            return PASS  # "its status as a nuclear state is irreversible": it being one
        if dep == "prep" and word in self.w.unlike and not self.sides.form:
            return STOP  # "would need no vote, unlike a peace treaty": one thing set beside another
        if dep == "prep" and self._denied_agenda_there(p, head):
            raise Abstain  # "there is no review, now or later, of X": "of X" hung on "is"
        if dep == "prep" and denied_member(p, prev, self.w) is not None:
            return PASS  # "through the alliance with Washington, not through our own bomb": the means denied
        if laid_on(p, prev, self.w.restrictions) is not None:
            return PASS  # "restore the ban on X": the ban is laid on X
        if dep == "prep" and word in self.w.adjuncts and not self._takes(p, head, prev):
            if p.lemmas[head] in self.w.copulas and self.sides.negated(p, head):
                raise Abstain  # "the focus was not on how to ...": what is denied is an agenda
            return STOP
        if self._holding(p, prev):
            return PASS  # "those who talk about X are mistaken": a judgement of X's holders
        infinitive = any(
            p.deps[c] in ("aux", "mark") and p.lowers[c] in ("to", "that") for c in p.children[prev]
        )
        if dep == "pcomp" and p.lemmas[prev] in self.w.intentions and p.lowers[head] in CHARGES:
            raise Abstain  # "accused Washington of planning X": what another is charged with aiming at
        if dep in ("acl", "relcl") and anothers_means(p, prev):
            raise Abstain  # "give Pyongyang a pretext to demand X": what Pyongyang would demand
        if dep == "acl" and not infinitive or dep == "relcl" and relative(p, prev):
            raise Abstain  # a description of something else ("a network accused of ...", "those who ...")
        if dep == "advcl" and object_gerund(p, prev):
            return PASS  # "does not support Seoul acquiring X": the object's act is what is (not) supported
        if dep == "relcl" and self._measure_does(p, head, prev):
            return PASS  # "will reject any bill that cuts the aid": the act is on what the bill does
        if dep in ("advcl", "relcl") and not infinitive:
            return STOP
        if dep == "conj" and any(p.deps[c] in SUBJECTS for c in p.children[prev]):
            return STOP  # "Pyongyang wants X, and every launch makes Y ...": a clause of its own
        return PASS

    def _measure_does(self, p: Parse, noun: int, verb: int) -> bool:
        """ "any bill that cuts the aid", "a deal which would lift the sanctions": a relative
        clause whose subject is the measure itself says what it does; not "a proposal it made on
        Monday for X", what someone did with it."""
        return (
            p.pos[noun] == "NOUN"
            and p.lemmas[noun] in self.w.measures
            and any(p.deps[c] == "nsubj" and p.lowers[c] in ("that", "which") for c in p.children[verb])
        )

    def _anothers_reading(self, p: Parse, verb: int, prep: int) -> bool:
        """ "Pyongyang will read the move as Seoul accepting X": how someone other than the
        speakers ("we", "I") would take a thing, not a side the speaker takes on X."""
        as_ = p.deps[prep] == "prep" and p.lowers[prep] == "as"  # or "as" marking a clause
        return (
            (as_ or any(p.deps[c] == "mark" and p.lowers[c] == "as" for c in p.children[prep]))
            and p.lemmas[verb] in self.w.interpreting
            and any(p.deps[c] == "nsubj" and p.lowers[c] not in FIRST_PERSON for c in p.children[verb])
        )

    def _denied_agenda_above(self, p: Parse, t: int, span: Span) -> bool:
        """A topic word denied on the words above a preposition of topic ("no discussion
        whatsoever between the allies on X", the parser hanging "on X" on the allies): an agenda
        denied, as when "on X" hangs on the topic word itself."""
        for _ in range(3):
            if not span.start <= t < span.end:
                return False
            if self.w.topics.at_i(p, t) and self.sides.negated(p, t):
                return True
            t = p.heads[t]
        return False

    def _denied_agenda_there(self, p: Parse, be: int) -> bool:
        """ "there is no review underway, now or later, of X": the parser hangs "of X" on the
        existential, not on the agenda it denies."""
        return existential(p, be) and any(
            p.deps[c] == "attr" and self.sides.negated(p, c) and self.w.topics.at_i(p, c)
            for c in p.children[be]
        )

    def _takes(self, p: Parse, head: int, prep: int) -> bool:
        """ "give up on dialogue", "insist on talks": the preposition belongs to the verb's phrase."""
        w = self.w
        found = w.polar.at_i(p, head) or w.topics.at_i(p, head) or w.denied_only.at_i(p, head)
        if w.polar.ending_in_i(p, head, prep) or any(
            p.deps[c] == "dobj" and (w.polar.ending_in_i(p, c, prep) or w.denied_only.ending_in_i(p, c, prep))
            for c in p.children[head]
        ):
            return True  # "no interest whatsoever in X", "had no interest in X": the object's phrase
        return found is not None and found[0].lower().split()[-1] == p.lowers[prep]
