"""Whose view the words above a keyword carry (part of `stance_path.PathReader`): someone else's
view reported inside the statement ("critics say ..."; the subject of the verb a to-clause of
saying completes), a question or a condition, a threat that answers the thing, calls one faces,
what an act comes to ("would mean accepting X"): no position of the speaker's; and the view of
those who hold one ("those who oppose X are wrong"), which what is said of them judges.
"""

from __future__ import annotations

from bot.extract.doc_cache import Parse
from bot.extract.stance_reading import (
    FIRST_PERSON,
    Abstain,
    Reading,
    joint_subject,
    opens_question,
    relative,
)
from bot.extract.stance_sides import SUBJECTS

HOLDERS = {"those", "anyone", "anybody", "whoever", "people", "everyone"}  # "those who ..."


class PathViews:
    """Mixed into PathReader, whose word tables (`w`, `equating`) it reads."""

    def _holding(self, p: Parse, verb: int) -> bool:
        """ "those who talk about X are mistaken", "people who oppose X are wrong": the clause says
        what they hold, and what a copula says of them judges it."""
        head = p.heads[verb]
        return (
            p.deps[verb] == "relcl"
            and relative(p, verb)
            and p.deps[head] in SUBJECTS
            and p.lemmas[p.heads[head]] in self.w.copulas
            and (p.lowers[head] in HOLDERS or p.lemmas[head] in self.w.bodies)
        )

    def _holders(self, p: Parse, verb: int, prev: int, r: Reading) -> None:
        """Their view turns what is said of them into the speaker's side on X, and decides
        nothing by itself ("those who oppose sanctions met today" is no position)."""
        polar = self.w.polar
        found = polar.at_i(p, verb) or (polar.ending_in_i(p, verb, prev) if p.deps[prev] == "prep" else None)
        if found:
            r.sign *= found[1]
            r.words.append((verb, found[0]))
        for c in p.children[verb]:
            if c != prev and self.w.negates_i(p, c):
                r.flip(c, p.texts[c])
        r.decided = False

    def _abstain_at(self, p: Parse, t: int, prev: int) -> None:
        if opens_question(p, t, self.w.hypothetical, self.w.asides):
            raise Abstain
        if self.w.threat_i(p, t):
            raise Abstain  # "will pay dearly for these drills": a threat answers it, no side on it
        if p.deps[prev] == "dobj" and p.lemmas[t] in self.w.receiving and p.pos[prev] == "NOUN":
            raise Abstain  # "Seoul will face loud calls for X": the calls are others', put to it
        if self.equating and p.lemmas[t] in self.equating and p.deps[prev] not in (*SUBJECTS, "csubj"):
            raise Abstain  # "abolishing X would mean accepting Y": Y is what X comes to
        if self._foretold(p, t, prev) or self._moment_of(p, t, prev):
            raise Abstain  # "Pyongyang is likely to turn down aid", "a test around the end of the exercises"
        if self._says(p, t, prev):
            subject = self._sayer(p, t)
            if subject is not None and p.lowers[subject] not in FIRST_PERSON:
                if not joint_subject(p, subject, t, self.w.joint):  # "the two agreed that X"
                    raise Abstain  # someone else's view, reported inside the statement

    def _foretold(self, p: Parse, t: int, prev: int) -> bool:
        """ "Pyongyang is very likely to turn down aid", "the ministry is expected to lift the ban":
        what a subject other than the speaker's side is forecast to do is no side on its object;
        "we are unlikely to lift sanctions" is the speaker's own course, and "the plan is likely to
        harm the alliance" what the plan would do, a warning."""
        if p.deps[prev] != "xcomp" or p.lowers[t] not in self.w.forecasts or self.w.effects.at_i(p, prev):
            return False
        if p.pos[t] == "VERB" and not any(p.deps[c] == "auxpass" for c in p.children[t]):
            return False  # "we expect Pyongyang to return to talks": a hope put to it
        clause = p.heads[t] if p.deps[t] == "acomp" else t
        subject = next((c for c in p.children[clause] if p.deps[c] in SUBJECTS), None)
        return subject is not None and p.lowers[subject] not in FIRST_PERSON

    def _moment_of(self, p: Parse, t: int, prev: int) -> bool:
        """ "a weapons test around the end of the exercises", "before the start of the exercise": a
        moment of a thing after a preposition of time dates something else by it."""
        return (
            p.lowers[prev] == "of"
            and p.lowers[t] in self.w.moments
            and p.deps[t] == "pobj"
            and p.lowers[p.heads[t]] in self.w.time_preps
        )

    def _says(self, p: Parse, t: int, prev: int) -> bool:
        """Whether `prev` is what the verb `t` says: a clause under a verb of saying, or under
        "make" with "clear" or "plain" ("has made clear it wants no talks")."""
        if p.pos[t] not in ("VERB", "AUX"):
            return False
        if p.deps[prev] != "ccomp":
            return False
        return (
            p.lemmas[t] in self.w.speech
            or p.lemmas[t] == "make"
            and any(
                p.lowers[c] in self.w.declaring and p.deps[c] in ("ccomp", "acomp", "oprd")
                for c in p.children[t]
            )
        )

    def _sayer(self, p: Parse, t: int) -> int | None:
        """Who says what a verb of saying governs: its subject, or, for one in a to-clause that
        takes no side itself, the subject of the verb it completes ("Pyongyang is using the
        floods to signal that ...", "people used to say that ..."; not "we are ready to propose
        that ...", which is the speaker's side's act)."""
        subject = next((c for c in p.children[t] if p.deps[c] == "nsubj"), None)
        if subject is not None or p.deps[t] not in ("xcomp", "advcl") or self.w.polar.at_i(p, t):
            return subject
        if not any(p.deps[c] == "aux" and p.lowers[c] == "to" for c in p.children[t]):
            return None
        return next((c for c in p.children[p.heads[t]] if p.deps[c] == "nsubj"), None)
