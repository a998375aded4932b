"""What the words on a keyword's path say (bot/extract/stance_path.py walks the path): an act or
attitude that takes a side on what it governs ("reject", "call for"), a judgement of what a thing
is ("a futile dialogue", "sanctions are not the answer") and a phrase completing a word ("is not on
the table"); what a subject is said to do ("the plan would harm the alliance") is read in
bot/extract/stance_effects.py, an explicit neutral ("premature", "no position", "neither for nor
against") in bot/extract/stance_neutral.py. Each reads token indices of the paragraph's Parse
(bot/extract/doc_cache.py), not spaCy's Token objects.
"""

from __future__ import annotations

from bot.extract.clause_subjects import SUBJECTS
from bot.extract.doc_cache import Parse
from bot.extract.stance_contrast import denied_member
from bot.extract.stance_effects import SubjectEffects
from bot.extract.stance_gone import word_gone
from bot.extract.stance_neutral import ExplicitNeutral
from bot.extract.stance_reading import Abstain, Reading, act_noun, existential, for_a_purpose
from bot.extract.stance_urgency import lapsing, urgent_relative
from bot.extract.stance_verdicts import never_more
from bot.extract.stance_words import COMPLEMENTS, OPPOSE, QUOTE_MARKS, PatternTable, StanceWords

PHRASES = ("prep", "prt", "advmod")  # "is not on the table", "go ahead as planned", "give up"
REPEATS = {"again", "anymore", "ever"}  # "never again", "not ever": the verb's negation
JUDGED_OF = {
    "of",
    "with",
}  # "the illusion of X", "the problem with X"; not "a threat to X", "a stunt about X"


class SideReader(SubjectEffects, ExplicitNeutral):
    def __init__(self, words: StanceWords, own: PatternTable, form: bool = False):
        self.w = words
        self.own = own  # the concept's own phrases (value: +1 / -1)
        self.form = form  # its keywords name a form a thing takes: being one takes a side

    def copula(self, p: Parse, t: int, prev: int, r: Reading) -> None:
        """From the subject: what is said of it ("sanctions are not the answer"). From what is
        said: how the subject judges it ("the worst response would be to cut off contact")."""
        below = p.deps[prev]
        if below in SUBJECTS or below == "csubj":
            for c in p.children[t]:
                if p.deps[c] in COMPLEMENTS and p.lowers[c] in self.w.denunciations:
                    raise Abstain  # "the drills were a dangerous provocation": branded, no side argued
                if p.deps[c] in COMPLEMENTS and (gone := word_gone(p, c, self.w)) is not None:
                    r.take(*gone)  # "X is a word that has disappeared from their lexicon" (stance_gone)
                    self._negations(p, gone[0], r)  # "... that no longer exists"
                elif p.deps[c] in COMPLEMENTS and not (below == "csubj" and for_a_purpose(p, c)):
                    self.judged(p, c, r)  # not "doing X is the fastest way to <something>"
                    if not r.decided and (urgent := urgent_relative(p, c, self.w)) is not None:
                        r.take(*urgent)  # "X is a task that cannot wait" (stance_urgency)
                elif p.deps[c] == "prep" and self.negated(p, t) and (found := self.w.denied_only.at_i(p, c)):
                    self.take_negated(p, r, c, found, c)  # "is not up for negotiation": kept off a bargain
            return
        named = prev in r.inside or any(p.heads[i] == prev and p.deps[i] == "conj" for i in r.inside)
        if below == "attr" and named and (self.form or existential(p, t) and _modal(p, t)):
            # "there will be (no) dialogue": it will (not) happen ("there is no hotline", "there
            # was no dialogue last year" tell what exists, a state of things); "the two Koreas are two
            # states", "the talks are not a working group": it is (not) the form; "the
            # armistice is not a peace treaty" only classifies the armistice
            r.take(t, p.texts[t], 1)
        elif not (
            below == "attr" and named and not _modal(p, t)
        ):  # "has become a ministry without work": told
            self.polar(p, t, r)  # "could become a working group"
        if below == "prep":  # "are different from X" with "from X" hung on the copula
            for c in p.children[t]:
                if p.deps[c] == "acomp" and (found := self.w.polar.at_i(p, c)):
                    r.take(c, found[0], found[1])
        subject = next((c for c in p.children[t] if p.deps[c] in SUBJECTS), None)
        if subject is not None and below not in ("csubj", "csubjpass"):
            self.judged(p, subject, r)

    def terminal(self, p: Parse, t: int, prev: int, r: Reading) -> bool:
        """ "the illusion of one nation": a judgement the keyword hangs on; nothing above it
        changes what it says of the keyword."""
        below = p.deps[prev]
        found = (
            self.w.judgements.at_i(p, t)
            if p.pos[t] in ("NOUN", "ADJ")
            and (below in ("pobj", "compound") or below == "prep" and p.lowers[prev] in JUDGED_OF)
            else None
        )
        if found:
            if self._denied(p, t):
                raise Abstain  # "the problem with X was never that it existed": the problem lies elsewhere
            r.take(t, found[0], found[1])
            if found[1] > 0:
                # "the goal of X", "the path of X" name X as a course: what is done to it above
                # still counts ("abandon the goal of X", "will not go down the path of X")
                return False
            self._negations(p, t, r)
        return found is not None

    def _denied(self, p: Parse, judgement: int) -> bool:
        """A judgement the keyword hangs on, the subject of a negated copula."""
        verb = p.heads[judgement]
        return p.deps[judgement] in SUBJECTS and p.lemmas[verb] in self.w.copulas and self.negated(p, verb)

    def negated(self, p: Parse, t: int) -> bool:
        return any(self.w.negates_i(p, c) for c in p.children[t])

    def negations(self, p: Parse, t: int, r: Reading) -> None:
        self._negations(p, t, r)

    def _negations(self, p: Parse, t: int, r: Reading, skip: int = -1) -> None:
        """Each negation on `t` turns the reading."""
        for c in p.children[t]:
            if c != skip and self.w.negates_i(p, c) and not opens_another(p, t, c, skip, self.w):
                r.flip(c, p.texts[c])

    def polar(self, p: Parse, t: int, r: Reading, prev: int | None = None) -> None:
        if p.lowers[t] == "against" and p.pos[p.heads[t]] in ("NOUN", "PROPN"):
            r.turn(t, p.texts[t], OPPOSE)  # "rules against X" name a measure: what is done to it decides
            return
        limit = laid_on(p, prev, self.w.restrictions) if prev is not None else None
        if limit is not None:
            r.turn(limit, f"{p.texts[limit]} on", OPPOSE)  # "restore the ban on X": against X
            if limit == t:
                return
        if p.lemmas[t] in self.w.naming and any(_names_as(p, c, prev) for c in p.children[t]):
            return  # "calls X “a dead word”": what it is named as judges it (children)
        found = self.own.at_i(p, t) or self.w.polar.at_i(p, t) or self._denied_phrase(p, t)
        if found is None and prev is not None and p.deps[prev] == "prep":
            found = lapsing(p, t, prev, self.w)  # "time is running out for X" (stance_urgency)
        if found is None and prev is not None and p.deps[prev] == "prep":
            found = self.w.polar.ending_in_i(p, t, prev)  # "no interest whatsoever in X"
            if found is None:
                self._object_phrase(p, t, prev, r)  # "had no interest in X" with "in X" on "had"
        named = self.w.act_nouns.at_i(p, t) if p.pos[t] == "NOUN" and found is None else None
        if named is None and found is None and prev is not None and p.deps[prev] == "prep":
            named = self.w.holders.at_i(p, t)  # "critics of X were wrong": only what is said of them decides
        if named or found and act_noun(p, t) and self.own.at_i(p, t):
            r.turn(t, *(named or found))  # "the closure of X": an act named, not a side taken
        elif found:
            r.take(t, found[0], found[1])

    def _denied_phrase(self, p: Parse, t: int) -> tuple[str, int] | None:
        """ "no reason to resume talks", "see no point in talks": a phrase that takes a side only
        when denied (the negation on it then turns it)."""
        found = self.w.denied_only.at_i(p, t)
        return found if found and self.negated(p, t) else None

    def _denied_ending(self, p: Parse, t: int, prep: int) -> tuple[str, int] | None:
        """ "saw no point in X" with "in X" on "saw"."""
        found = self.w.denied_only.ending_in_i(p, t, prep)
        return found if found and self.negated(p, t) else None

    def _object_phrase(self, p: Parse, t: int, prep: int, r: Reading) -> None:
        for c in p.children[t]:
            if p.deps[c] != "dobj":
                continue
            found = self.w.polar.ending_in_i(p, c, prep) or self._denied_ending(p, c, prep)
            if found:
                self.take_negated(p, r, c, found, c)
                return

    def _lowered(self, p: Parse, t: int) -> bool:
        """A word lowered, not turned ("matter less", "somewhat helps"): it says neither side."""
        return any(p.lowers[g] in self.w.diminishers for g in p.children[t])

    def children(self, p: Parse, t: int, prev: int, r: Reading) -> None:
        """What hangs on a word of the path, besides the path: negations, phrases completing it,
        what it says of its subject."""
        denied = False  # "not A but B": the negation is A's; so are both of "neither A nor B but C"
        for c in p.children[t]:
            if c == prev:
                continue
            c, quoted = _in_quote_marks(p, c, self.w.negations)
            dep, negated = p.deps[c], quoted or self.w.negates_i(p, c) or _negated_repeat(p, c)
            if negated and r.contrast:
                denied = True
            elif negated:
                if (
                    not never_more(p, t, c)
                    and not _denies_the_next(p, t, prev, c)
                    and not opens_another(p, t, c, prev, self.w)
                ):
                    r.flip(c, p.texts[c])  # not "has never been stronger": the most, not a denial
            elif dep in PHRASES:
                self._phrase(p, c, r)
            elif dep in ("acomp", "oprd") and not self._judged_by_copula(p, t, prev, c):
                self.judged(p, c, r)
            elif dep == "attr" and p.deps[prev] == "prep" and self._none_there(p, t, c):
                r.flip(c, "no")  # "without X there is no peace": X is needed
            elif dep == "csubj" and any(p.lowers[g] == "what" for g in p.children[c]):
                self.polar(p, c, r)  # "what we oppose is X": the speaker opposes X
        r.contrast = r.contrast and not denied

    def _none_there(self, p: Parse, be: int, thing: int) -> bool:
        """ "there is no peace", "there can be no deal": what is said not to exist, so a phrase
        on the clause ("without X") is denied with it."""
        return existential(p, be) and any(
            p.deps[g] == "det" and p.lowers[g] in self.w.negations for g in p.children[thing]
        )

    def _judged_by_copula(self, p: Parse, t: int, prev: int, c: int) -> bool:
        """ "his ministry had become redundant": copula() has read what is said of the subject once."""
        below = p.deps[prev]
        from_subject = below in SUBJECTS or below == "csubj"
        return (
            p.lemmas[t] in self.w.copulas and from_subject and not (below == "csubj" and for_a_purpose(p, c))
        )

    def _phrase(self, p: Parse, c: int, r: Reading) -> None:
        """A phrase completing a word on the path ("is not on the table", "go ahead as planned")."""
        general = self.w.polar.at_i(p, c)
        found = self.own.at_i(p, c) or (
            general if general and (" " in general[0] or p.deps[c] == "prt") else None
        )
        if found and found[0] in self.w.agenda and self._for_now(p, p.heads[c]):
            return  # "Kaesong is not on the table this year": what is possible now, told
        if found is None and self._kept_off_table(p, p.heads[c], r):
            found = self.w.tables.at_i(p, c)  # "will never put X on any negotiating table": kept
        if found:
            self.take_negated(p, r, c, found, c)

    def _kept_off_table(self, p: Parse, verb: int, r: Reading) -> bool:
        """ "will never put its deterrent on any negotiating table": a denied act of putting a thing
        up for trade (not "would not be on the table", a status; not a concession put there, "never
        put sanctions relief on the table", which the word for it has read)."""
        return (
            self.w.tables is not None
            and not r.decided
            and p.lemmas[verb] not in self.w.copulas
            and self.negated(p, verb)
        )

    def _for_now(self, p: Parse, head: int) -> bool:
        """An option's status limited to the present ("not on the table right now", "this year",
        "realistically"): a reading of what can happen now, not a side on the option."""
        words = " ".join(p.lowers[t] for t in p.subtree(head))
        return any(f" {limit} " in f" {words} " for limit in self.w.present_limits)

    def take_negated(self, p: Parse, r: Reading, at: int, found: tuple[str, int], head: int) -> None:
        """A phrase's side, turned by each negation on the word it completes ("is not on the table")."""
        r.take(at, found[0], found[1])
        self._negations(p, head, r)

    def judged(self, p: Parse, c: int, r: Reading, head_only: bool = False) -> None:
        """The first judgement (or concept phrase) in a complement's own words, left to right;
        `head_only`: what a remedy takes is bad by its head noun, whatever its modifiers say
        ("address the legitimate concerns" remedies concerns)."""
        for t in range(c if head_only else p.left_edge(c), c + 1):
            found = self.own.at_i(p, t) or self._judgement(p, t, c) or self._denied_judgement(p, t, c)
            if found and self._lowered(p, t):
                return  # "look less realistic": a judgement lowered, not turned, says neither side
            if found and _set_against(p, t, c):
                r.take(t, found[0], found[1])  # "made stronger, not weaker": the "not" is the second word's
                return
            if found:
                self.take_negated(p, r, t, found, c)
                return

    def _judgement(self, p: Parse, t: int, c: int) -> tuple[str, int] | None:
        """A judgement word of the complement; not a noun naming what its head deals with ("basic
        crisis management", "disaster prevention", "risk reduction": no crisis is judged)."""
        found = self.w.judgements.at_i(p, t)
        if found and t != c and p.deps[t] == "compound" and p.pos[p.heads[t]] == "NOUN":
            return None if " " not in found[0] else found  # not "a bargaining chip": one phrase
        return found

    def _denied_judgement(self, p: Parse, t: int, c: int) -> tuple[str, int] | None:
        """ "X will never be a subject of negotiation": a phrase that judges only when denied, on
        itself or on the copula ("X is a subject of negotiation" only tells what is on the agenda)."""
        verb = p.heads[c]
        if p.lemmas[verb] not in self.w.copulas or not (self.negated(p, t) or self.negated(p, verb)):
            return None
        return self.w.denied_only.at_i(p, t)


def opens_another(p: Parse, t: int, neg: int, prev: int, w) -> bool:
    """ "deterrence is the remedy, not our own bomb": the parser hangs the "not" of a member set
    against `t` on `t`; it denies that member, not `t` (unless the reading comes from it)."""
    return any(c != prev and denied_member(p, c, w) == neg for c in p.children[t])


def _denies_the_next(p: Parse, t: int, prev: int, neg: int) -> bool:
    """ "our soldiers need training, not excuses": a "not" after the verb's object, right before
    another object of the same verb, denies that one (the parser hangs it on the verb); not a
    subject's copula ("X is not an option")."""
    return neg > prev > t and any(
        p.deps[d] in ("dobj", "attr", "appos") and p.left_edge(d) == neg + 1 for d in p.children[t]
    )


def _set_against(p: Parse, t: int, c: int) -> bool:
    """ "ought to be made firmer, not looser", "stronger, not weaker": a word set against the
    complement's head by a "not" between them (the parser hangs the first on the second) is
    affirmed; the "not" denies the head."""
    return t < c and any(p.deps[n] == "neg" and t < n < c for n in p.children[c])


def _modal(p: Parse, verb: int) -> bool:
    """ "there will be", "there should be", "there can be": what will, must or may be."""
    return any(p.deps[c] == "aux" and p.tags[c] == "MD" for c in p.children[verb])


def _names_as(p: Parse, c: int, prev: int | None) -> bool:
    """What a naming verb names its object as: its complement, or a second object after the
    one on the path (the parser's reading of "calls X “a dead word”")."""
    return p.deps[c] == "oprd" or p.deps[c] == "dobj" and prev is not None and c > prev


def _negated_repeat(p: Parse, c: int) -> bool:
    """ "would “never again” pursue unification": set in quote marks, "never" hangs on "again";
    the adverb of repetition carries the verb's negation (not "not only", "not just")."""
    return p.deps[c] == "advmod" and p.lowers[c] in REPEATS and any(p.deps[g] == "neg" for g in p.children[c])


def _in_quote_marks(p: Parse, c: int, negations) -> tuple[int, bool]:
    """ "would “never” return": the parser hangs a word set in quote marks on the opening mark
    (the word its child, with a guessed dependency); the word, not the mark, hangs on the verb.
    True when it is a negation ("never", "not"), the only such word whose part is plain."""
    if p.deps[c] != "punct" or p.lowers[c] not in QUOTE_MARKS or len(p.children[c]) != 1:
        return c, False
    (word,) = p.children[c]
    return (word, True) if p.lowers[word] in negations else (c, False)


def laid_on(p: Parse, prep: int, restrictions: frozenset[str]) -> int | None:
    """ "the ban on sending leaflets", "lift the curbs on aid": the limit laid on what "on" takes,
    the noun it hangs on or, as the parser often hangs it on the verb, that verb's object just
    before it."""
    if p.deps[prep] != "prep" or p.lowers[prep] != "on":
        return None
    head = p.heads[prep]
    if p.deps[head] == "dobj" or p.pos[head] == "NOUN":
        noun = head
    else:
        objects = (c for c in p.children[head] if p.deps[c] == "dobj" and max(p.subtree(c)) == prep - 1)
        noun = next(objects, -1)
    return noun if noun >= 0 and p.pos[noun] == "NOUN" and p.lemmas[noun] in restrictions else None
