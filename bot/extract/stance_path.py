"""Reading one keyword's stance off the dependency parse: from the keyword up to the top of the
statement, multiplying the sides the words on the way take.

An act or attitude that favours what it governs ("keep", "committed to", "call for") counts +1,
one that goes against it ("reject", "without", "different from") -1, and a negation on a word of
the path turns it around. So "rejected calls to lift sanctions" is -1 x +1 x -1: for sanctions;
"we cannot let a year pass without dialogue" is -1 (cannot) x -1 (without): for dialogue;
"sanctions relief is not on the table" is -1 (relief) x +1 (on the table) x -1 (not): for
sanctions. Judgements are read where a statement says what a thing is: after a copula ("sanctions
are not the way out"), before the keyword ("a futile dialogue"), or in a noun it hangs on ("the
illusion of one nation", where the reading ends).

What is not a position gives no reading: a question or a condition ("whether", "if", "how to
strengthen sanctions"), someone else's view reported inside the statement ("critics say ..."), a
relative clause describing something else. An agenda word ("the talks focused on ...") or a
preposition of setting or reason ("blocked projects on sanctions grounds") ends the reading:
words above it do not bear on the keyword, words below it still count ("discussions on a plan to
hold regular meetings" is for regular meetings). Talks on an outcome are the exception: they
seek it ("urged a return to negotiations on denuclearization", for a concept whose keywords name
an aim). What a subject is said to risk is a harm ("the plan risks doing real harm"); a problem
denied ("the problem with X was never ...") says only that it lies elsewhere: no position.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from bot.extract.doc_cache import sentence_of
from bot.extract.names import span_text
from bot.extract.stance_course import course_of, on_course
from bot.extract.stance_reading import (
    Abstain,
    Reading,
    act_noun,
    acts_on_another,
    asked,
    existential,
    for_a_purpose,
    in_question,
    opens_question,
    relative,
)
from bot.extract.stance_verdicts import judged_act, judged_belief, never_more, used_as, verdict_on
from bot.extract.stance_words import OPPOSE, PatternTable, StanceWords

PHRASES = ("prep", "prt", "advmod")  # "is not on the table", "go ahead as planned", "give up"
COMPLEMENTS = ("acomp", "attr", "oprd")  # what a copula says of its subject
SUBJECTS = ("nsubj", "nsubjpass")
DESCRIBERS = ("amod", "compound", "nmod")  # words before the keyword that say what it is
FIRST_PERSON = {"i", "we"}
PASS, STOP = "pass", "stop"
JUDGED_OF = {
    "of",
    "with",
}  # "the illusion of X", "the problem with X"; not "a threat to X", "a stunt about X"
HOLDERS = {"those", "anyone", "anybody", "whoever", "people", "everyone"}  # "those who ..."


class PathReader:
    def __init__(self, words: StanceWords, own: PatternTable, aim: bool = False, form: bool = False):
        self.w = words
        self.own = own  # the concept's own phrases (value: +1 / -1)
        self.aim = aim  # the concept's keywords name an outcome (concepts.toml `aim`)
        self.form = form  # they name a form a thing takes: being one takes a side (`form`)

    def read(
        self, keyword: Span, span: Span, cue_polarity: int | None, thing: bool = False
    ) -> Reading | None:
        """The side the statement `span` takes on the thing `keyword` names, or None; `thing`:
        the keyword names what the proposition is for (not its contrary)."""
        k = keyword.root
        question = span_text(sentence_of(keyword[0])).rstrip(" \"'”’").endswith("?")
        if question or asked(span) or self.names_a_body(k):
            return None
        if in_question(k, span, self.w.hypothetical, lambda a: judged_belief(a, self.w) is not None):
            return None  # not "X is mistaken if it thinks ...": a verdict on a belief (stance_verdicts)
        r = Reading(inside=frozenset(t.i for t in keyword), aim=self.aim and thing)
        try:
            top = self._climb(k, span, set(r.inside), r)
        except Abstain:
            return None
        if top and cue_polarity:
            r.take(-1, "", cue_polarity)  # the act itself: "rejected", "urged", "X's calls"
        return r if (r.decided or r.neutral) else None

    def names_a_body(self, k: Token) -> bool:
        """ "the sanctions committee": the keyword names a body, not the thing; "the Unification
        Ministry's decision": what is said is of the decision, not of the ministry."""
        return k.dep_ == "poss" or k.dep_ == "compound" and k.head.lemma_.lower() in self.w.bodies

    def _climb(self, k: Token, span: Span, inside: set[int], r: Reading) -> bool:
        """True when the reading reached the top of the statement without being stopped."""
        self._keyword(k, inside, r)
        prev = k
        while True:
            t = prev.head
            if t.i == prev.i:
                return True
            if span.start <= t.i < span.end and (verdict := verdict_on(t, prev, span, self.w)):
                r.take(*verdict)
                return False  # the verdict on the clause holding the keyword decides
            if self._edge(prev, inside, r.aim) == STOP:
                if prev.dep_ == "prep":
                    self._neutral(t, r)  # "has no position on X", "undecided on X"
                return False  # also at the top: "dismissed the forum as a stunt about X"
            if not span.start <= t.i < span.end:
                self._named_as(t, prev, span, r)
                return True
            if self._level(t, prev, r) == STOP:
                self._neutral_above(t, span, r)
                return False
            prev = t

    def _named_as(self, verb: Token, obj: Token, span: Span, r: Reading) -> None:
        """ "called the idea “a reckless gamble”": the statement is the object and what the
        verb names it as."""
        if obj.dep_ == "dobj":
            for c in verb.children:
                if c.dep_ == "oprd" and span.start <= c.i < span.end:
                    self._judged(c, r)

    def _keyword(self, k: Token, inside: set[int], r: Reading) -> None:
        """The keyword's own words: a concept phrase in it ("regularize"), a negation ("no
        dialogue"), a judgement before it ("a futile dialogue")."""
        for t in sorted((k.doc[i] for i in inside), key=lambda t: t.i):
            if t.pos_ in ("NOUN", "PROPN") and t.i == k.i:
                continue  # "the launch", "regularization": the thing named, no act on it
            found = self.own.at(t)
            if found:
                r.take(t.i, found[0], found[1])
                break
        for c in k.children:
            if c.i in inside:
                continue
            if self.w.negates(c):
                r.flip(c.i, c.text)
            elif c.dep_ in DESCRIBERS and c.i < k.i:
                self._judged(c, r)

    def _edge(self, prev: Token, inside: set[int], aim: bool = False) -> str:
        """Does what is above `prev` bear on it?"""
        if prev.i in inside:
            return PASS
        if aim and prev.dep_ == "prep" and prev.lower_ in ("on", "over"):
            if prev.head.lower_ in self.w.negotiations:
                return PASS  # "urged a return to negotiations on denuclearization": talks that seek it
        if prev.dep_ == "prep" and prev.lower_ == "as" and prev.head.lemma_.lower() in self.w.as_verbs:
            return PASS  # "defined the South as the principal enemy": it is one
        if prev.dep_ == "prep" and prev.lower_ in self.w.adjuncts and not self._takes(prev.head, prev):
            if prev.head.lemma_.lower() in self.w.copulas and any(
                self.w.negates(c) for c in prev.head.children
            ):
                raise Abstain  # "the focus was not on how to ...": what is denied is an agenda
            return STOP
        infinitive = any(c.dep_ in ("aux", "mark") and c.lower_ in ("to", "that") for c in prev.children)
        if self._holding(prev):
            return PASS  # "those who talk about X are mistaken": a judgement of X's holders
        if prev.dep_ == "acl" and not infinitive or prev.dep_ == "relcl" and relative(prev):
            raise Abstain  # a description of something else ("a network accused of ...", "those who ...")
        if prev.dep_ in ("advcl", "relcl") and not infinitive:
            return STOP
        if prev.dep_ == "conj" and any(c.dep_ in SUBJECTS for c in prev.children):
            return STOP  # "Pyongyang wants X, and every launch makes Y ...": a clause of its own
        return PASS

    def _takes(self, head: Token, prep: Token) -> bool:
        """ "give up on dialogue", "insist on talks": the preposition belongs to the verb's phrase."""
        found = self.w.polar.at(head) or self.w.topics.at(head) or self.w.denied_only.at(head)
        if self.w.polar.ending_in(head, prep) or any(
            c.dep_ == "dobj" and (self.w.polar.ending_in(c, prep) or self.w.denied_only.ending_in(c, prep))
            for c in head.children
        ):
            return True  # "no interest whatsoever in X", "had no interest in X": the object's phrase
        return found is not None and found[0].lower().split()[-1] == prep.lower_

    def _level(self, t: Token, prev: Token, r: Reading) -> str:
        """Reads one word of the path and what hangs on it."""
        self._abstain_at(t, prev)
        if self._holding(t):
            self._holders(t, prev, r)
            return PASS
        remedy = prev.dep_ == "nsubj" and t.lemma_.lower() in self.w.remedies  # "X will address the crisis"
        if self.w.topics.at(t) and not remedy or self._neutral(t, r):
            return STOP
        if prev.dep_ in SUBJECTS or prev.dep_ == "csubj":
            r.decided = False  # "merging the ministry would ...": what is said of the act decides
        course = course_of(t, self.w) if prev.dep_ == "nsubj" else None
        if course is not None:
            return PASS if on_course(t, course, r, self.w) else STOP
        if t.lemma_.lower() in self.w.copulas:
            self._copula(t, prev, r)
        elif self._terminal(t, prev, r):
            return STOP
        elif found := judged_act(t, prev, self.w) or (
            used_as(t, self.w) if prev.dep_ == "nsubjpass" else None
        ):
            r.take(*found)  # "was wrong to suspend the tours", "should never be used as a bargaining chip"
        elif prev.lower_ == "as" and t.lemma_.lower() in self.w.as_verbs:
            r.take(t.i, f"{t.text} … as", 1)
        elif prev.dep_ in ("nsubj", "csubj") and not self.own.at(t) and self._effect(t, r):
            pass  # "the plan would harm the alliance": what the thing does, judged
        elif not (
            prev.dep_ == "prep" and self.w.polar.at(prev) or acts_on_another(t, prev) and not self.own.at(t)
        ) and not (prev.dep_ == "nsubj" and not self.own.at(t) and not self.w.course.at(t)):
            # an act's side is toward its object, not its agent ("the leaflets don't change much");
            # a thing's own course ("the drills would go ahead") is said of the subject
            self._polar(t, r, prev)  # not "end without talks": "without" says it, not "end"
        if prev.dep_ != "conj":  # "are not and will not become X": the first verb's "not" is its own
            self._children(t, prev, r)
        return PASS

    def _copula(self, t: Token, prev: Token, r: Reading) -> None:
        """From the subject: what is said of it ("sanctions are not the answer"). From what is
        said: how the subject judges it ("the worst response would be to cut off contact")."""
        if prev.dep_ in SUBJECTS or prev.dep_ == "csubj":
            for c in t.children:
                if c.dep_ in COMPLEMENTS and not (prev.dep_ == "csubj" and for_a_purpose(c)):
                    self._judged(c, r)  # not "doing X is the fastest way to <something>"
            return
        if prev.dep_ == "attr" and prev.i in r.inside and (self.form or existential(t)):
            # "there will be (no) dialogue": it will (not) happen; "the two Koreas are two
            # states", "the talks are not a working group": it is (not) the form; "the
            # armistice is not a peace treaty" only classifies the armistice
            r.take(t.i, t.text, 1)
        self._polar(t, r)  # "could become a working group"
        if prev.dep_ == "prep":  # "are different from X" with "from X" hung on the copula
            for c in t.children:
                if c.dep_ == "acomp" and (found := self.w.polar.at(c)):
                    r.take(c.i, found[0], found[1])
        subject = next((c for c in t.children if c.dep_ in SUBJECTS), None)
        if subject is not None and prev.dep_ not in ("csubj", "csubjpass"):
            self._judged(subject, r)

    def _terminal(self, t: Token, prev: Token, r: Reading) -> bool:
        """ "the illusion of one nation": a judgement the keyword hangs on; nothing above it
        changes what it says of the keyword."""
        found = (
            self.w.judgements.at(t)
            if t.pos_ in ("NOUN", "ADJ")
            and (prev.dep_ in ("pobj", "compound") or prev.dep_ == "prep" and prev.lower_ in JUDGED_OF)
            else None
        )
        if found:
            if self._denied(t):
                raise Abstain  # "the problem with X was never that it existed": the problem lies elsewhere
            r.take(t.i, found[0], found[1])
            for c in t.children:
                if self.w.negates(c):
                    r.flip(c.i, c.text)
        return found is not None

    def _denied(self, judgement: Token) -> bool:
        """A judgement the keyword hangs on, the subject of a negated copula."""
        verb = judgement.head
        return (
            judgement.dep_ in SUBJECTS
            and verb.lemma_.lower() in self.w.copulas
            and any(self.w.negates(c) for c in verb.children)
        )

    def _polar(self, t: Token, r: Reading, prev: Token | None = None) -> None:
        if t.lower_ == "against" and t.head.pos_ in ("NOUN", "PROPN"):
            return  # "countermeasures against the drills" names a measure, not a side
        found = self.own.at(t) or self.w.polar.at(t) or self._denied_phrase(t)
        if found is None and prev is not None and prev.dep_ == "prep":
            found = self.w.polar.ending_in(t, prev)  # "no interest whatsoever in X"
            if found is None:
                self._object_phrase(t, prev, r)  # "had no interest in X" with "in X" on "had"
        named = self.w.act_nouns.at(t) if t.pos_ == "NOUN" and found is None else None
        if named or found and act_noun(t) and self.own.at(t):
            r.turn(t.i, *(named or found))  # "the closure of X": an act named, not a side taken
        elif found:
            r.take(t.i, found[0], found[1])

    def _denied_phrase(self, t: Token) -> tuple[str, int] | None:
        """ "no reason to resume talks", "see no point in talks": a phrase that takes a side only
        when denied (the negation on it then turns it)."""
        found = self.w.denied_only.at(t)
        return found if found and any(self.w.negates(c) for c in t.children) else None

    def _denied_ending(self, t: Token, prep: Token) -> tuple[str, int] | None:
        """ "saw no point in X" with "in X" on "saw"."""
        found = self.w.denied_only.ending_in(t, prep)
        return found if found and any(self.w.negates(c) for c in t.children) else None

    def _object_phrase(self, t: Token, prep: Token, r: Reading) -> None:
        for c in t.children:
            found = (
                self.w.polar.ending_in(c, prep) or self._denied_ending(c, prep) if c.dep_ == "dobj" else None
            )
            if found:
                self._take_negated(r, c.i, found, c)
                return

    def _effect(self, t: Token, r: Reading) -> bool:
        """What the subject is said to do: a harm or a good ("harm", "put ... at risk"), or a
        judgement in what it does ("sends the wrong message", "poses a threat")."""
        if t.pos_ not in ("VERB", "AUX"):
            return False
        found = self.w.effects.at(t) or next(
            (f for c in t.children if c.dep_ in ("prep", "prt") and (f := self.w.effects.at(c))), None
        )
        if found:
            r.take(t.i, found[0], found[1])
            return True
        done = next((c for c in t.children if c.dep_ == "xcomp"), None)
        if done is not None and t.lemma_.lower() in self.w.raisers:
            return self._harm(done, r)
        before = r.decided
        r.decided = False
        for c in t.children:
            if c.dep_ == "dobj" and not r.decided:
                self._judged(c, r)
                if r.decided and t.lemma_.lower() in self.w.remedies:
                    r.flip(t.i, t.text)  # "cannot solve the problem": a remedy turns what it takes
        found_one, r.decided = r.decided, before or r.decided
        return found_one

    def _harm(self, done: Token, r: Reading) -> bool:
        """ "the plan risked doing the country real harm": what is risked is a harm; a good one
        ("risks helping the regime") is said to be bad in itself, not of the subject."""
        trial = Reading()
        if not (self._effect(done, trial) and trial.sign == OPPOSE):
            return False
        r.take(trial.words[0][0], trial.cue(), OPPOSE)
        return True

    def _holding(self, verb: Token) -> bool:
        """ "those who talk about X are mistaken", "people who oppose X are wrong": the clause says
        what they hold, and what a copula says of them judges it."""
        head = verb.head
        return (
            verb.dep_ == "relcl"
            and relative(verb)
            and head.dep_ in SUBJECTS
            and head.head.lemma_.lower() in self.w.copulas
            and (head.lower_ in HOLDERS or head.lemma_.lower() in self.w.bodies)
        )

    def _holders(self, verb: Token, prev: Token, r: Reading) -> None:
        """Their view turns what is said of them into the speaker's side on X, and decides
        nothing by itself ("those who oppose sanctions met today" is no position)."""
        found = self.w.polar.at(verb) or (self.w.polar.ending_in(verb, prev) if prev.dep_ == "prep" else None)
        if found:
            r.sign *= found[1]
            r.words.append((verb.i, found[0]))
        for c in verb.children:
            if c.i != prev.i and self.w.negates(c):
                r.flip(c.i, c.text)
        r.decided = False

    def _children(self, t: Token, prev: Token, r: Reading) -> None:
        for c in t.children:
            if c.i == prev.i:
                continue
            if self.w.negates(c):
                if not never_more(t, c):
                    r.flip(c.i, c.text)
            elif c.dep_ in PHRASES:
                self._phrase(c, r)
            elif c.dep_ in ("acomp", "oprd") and not self._judged_by_copula(t, prev, c):
                self._judged(c, r)
            elif c.dep_ == "csubj" and any(g.lower_ == "what" for g in c.children):
                self._polar(c, r)  # "what we oppose is X": the speaker opposes X

    def _judged_by_copula(self, t: Token, prev: Token, c: Token) -> bool:
        """ "his ministry had become redundant": _copula has read what is said of the subject once."""
        from_subject = prev.dep_ in SUBJECTS or prev.dep_ == "csubj"
        return (
            t.lemma_.lower() in self.w.copulas
            and from_subject
            and not (prev.dep_ == "csubj" and for_a_purpose(c))
        )

    def _phrase(self, c: Token, r: Reading) -> None:
        """A phrase completing a word on the path ("is not on the table", "go ahead as planned")."""
        general = self.w.polar.at(c)
        found = self.own.at(c) or (general if general and (" " in general[0] or c.dep_ == "prt") else None)
        if found:
            self._take_negated(r, c.i, found, c)

    def _take_negated(self, r: Reading, at: int, found: tuple[str, int], head: Token) -> None:
        """A phrase's side, turned by each negation on the word it completes ("is not on the table")."""
        r.take(at, found[0], found[1])
        for g in head.children:
            if self.w.negates(g):
                r.flip(g.i, g.text)

    def _judged(self, c: Token, r: Reading) -> None:
        """The first judgement (or concept phrase) in a complement's own words, left to right."""
        for t in c.doc[c.left_edge.i : c.i + 1]:
            found = self.own.at(t) or self.w.judgements.at(t)
            if found and any(g.lower_ in self.w.diminishers for g in t.children):
                return  # "look less realistic": a judgement lowered, not turned, says neither side
            if found:
                self._take_negated(r, t.i, found, c)
                return

    def _neutral(self, t: Token, r: Reading) -> bool:
        """ "premature", "no position", "neither for nor against", "has not made up its mind":
        the speaker says it takes no side (yet)."""
        found = self.w.neutral.at(t) or self._no_position(t) or self._neither(t) or self._undecided(t)
        for c in t.children:
            if found is None and c.dep_ in COMPLEMENTS + ("det",):
                found = self.w.neutral.at(c) or self.w.neutral.at(
                    c.doc[c.left_edge.i]
                )  # "is (too early)", "has no position on X"
        if found:
            r.neutral = True
            if (t.i, found[0]) not in r.words and not any(w == found[0] for _, w in r.words):
                r.words.append((t.i, found[0]))
        return found is not None

    def _neither(self, t: Token) -> tuple[str, int] | None:
        """ "neither for nor against X": the phrase starts at the pair's "neither"."""
        pair = t.head if t.dep_ == "conj" else t
        return next((f for c in pair.children if c.dep_ == "preconj" and (f := self.w.neutral.at(c))), None)

    def _undecided(self, t: Token) -> tuple[str, int] | None:
        """ "has not made up its mind on X", "has not decided on X": a choice not yet made."""
        found = self.w.undecided.at(t) if t.pos_ in ("VERB", "AUX") else None
        if found and any(c.dep_ == "neg" for c in t.children):
            return f"not {found[0]}", 0
        return None

    def _no_position(self, t: Token) -> tuple[str, int] | None:
        """ "does not have a position on X": the negated verb's "no position"."""
        verb = t.head
        if t.dep_ == "dobj" and any(c.dep_ == "neg" for c in verb.children):
            return self.w.neutral.at_words(["no", t.lower_], f"{verb.text} … {t.text}")
        return None

    def _neutral_above(self, t: Token, span: Span, r: Reading) -> None:
        """ "It is premature to talk about the drills": an agenda under an explicit neutral."""
        for _ in range(2):
            t = t.head
            if not span.start <= t.i < span.end or self._neutral(t, r):
                return

    def _abstain_at(self, t: Token, prev: Token) -> None:
        if opens_question(t, self.w.hypothetical):
            raise Abstain
        if prev.dep_ == "ccomp" and t.lemma_.lower() in self.w.speech and t.pos_ in ("VERB", "AUX"):
            subject = next((c for c in t.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.lower_ not in FIRST_PERSON:
                raise Abstain  # someone else's view, reported inside the statement
