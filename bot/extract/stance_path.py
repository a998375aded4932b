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

The walk here reads token indices of the paragraph's Parse (bot/extract/doc_cache.py), never
spaCy's Token objects (one is built at every step); what the words on the way say is read in
bot/extract/stance_sides.py, the keyword's own phrase in bot/extract/stance_keyword_phrase.py,
whose view a word on the way carries in bot/extract/stance_views.py.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from bot.extract.doc_cache import Parse, parse_of, sentence_of
from bot.extract.names import span_text
from bot.extract.stance_classed import classed_as, classed_clause, named_into
from bot.extract.stance_course import (
    course_of,
    obliged_copula,
    obliged_passive,
    on_course,
    passive_account,
    perfect_account,
    take_obliged,
)
from bot.extract.stance_distanced import distanced
from bot.extract.stance_edges import PASS, STOP, PathEdges
from bot.extract.stance_keyword_phrase import KeywordPhrase
from bot.extract.stance_preconditions import under_precondition
from bot.extract.stance_reading import (
    Abstain,
    Reading,
    acts_apart,
    acts_on_another,
    asked,
    commented_on,
    in_question,
    joined_to_object,
    let_alone,
    past_account,
    present_account,
    relative,
)
from bot.extract.stance_reaffirmed import reaffirmed
from bot.extract.stance_routine import calendar_told, dated, dated_plan, next_occasion
from bot.extract.stance_settled import closed_in
from bot.extract.stance_shared import bound_not_to, shared_predicates
from bot.extract.stance_sides import SUBJECTS, SideReader
from bot.extract.stance_verdicts import judged_act, judged_belief, used_as, verdict_on
from bot.extract.stance_views import PathViews
from bot.extract.stance_wishes import others_call, wished_of_another
from bot.extract.stance_words import SUPPORT, PatternTable, StanceWords

CLAUSES = ("ROOT", "ccomp", "xcomp", "advcl", "conj")  # a head that stands as a clause
AGENT_ENTITIES = ("PERSON", "NORP", "ORG", "GPE")  # who may act, by the recogniser
COMMENTING = ("that", "this")  # a subject taking up the clause before it


def _act_above(p: Parse, k: int, span: Span) -> int:
    """The word above the statement the keyword's path leaves it for: an act's verb when the
    statement is its complement ("proposed [talks with the North]")."""
    t = k
    while span.start <= t < span.end and p.heads[t] != t:
        t = p.heads[t]
    return t


class PathReader(KeywordPhrase, PathViews, PathEdges):
    def __init__(
        self,
        words: StanceWords,
        own: PatternTable,
        aim: bool = False,
        form: bool = False,
        equating=frozenset(),
        named_by=frozenset(),
        carriers=frozenset(),
        routine=frozenset(),
    ):
        self.w = words
        self.named_by = named_by  # the words of the concept's keywords: "hostile" in "hostile states"
        self.own = own  # the concept's own phrases (value: +1 / -1)
        self.aim = aim  # the concept's keywords name an outcome (concepts.toml `aim`)
        self.sides = SideReader(words, own, form)  # `form`: being one of its things takes a side
        self.equating = equating  # "would mean", "amounts to": what an act comes to
        self.carriers = carriers  # "the report on X": what is done to it is done to X (concepts.toml)
        self.routine = routine  # "will hold the drills next month": its calendar (concepts.toml)

    def read(
        self, keyword: Span, span: Span, cue_polarity: int | None, thing: bool = False
    ) -> Reading | None:
        """The side the statement `span` takes on the thing `keyword` names, or None; `thing`:
        the keyword names what the proposition is for (not its contrary)."""
        k, p = keyword.root.i, parse_of(span.doc)
        question = span_text(sentence_of(keyword[0])).rstrip(" \"'”’").endswith("?")
        if (
            question
            or asked(p, span, self.w.asides)
            or self.names_a_body_i(p, k)
            or self.names_a_body_i(p, keyword.end - 1)
        ):
            return None
        if commented_on(p, k, span, self.w.commenting):
            return None  # "we do not comment on X": the remark's subject
        if in_question(
            p, k, span, self.w.hypothetical, lambda a: judged_belief(p, a, self.w) is not None, self.w.asides
        ):
            return None  # not "X is mistaken if it thinks ...": a verdict on a belief (stance_verdicts)
        if under_precondition(p, k, span.start, span.end, self.w):
            return None  # "X cannot reopen without Y": what X needs first (stance_preconditions)
        r = Reading(inside=frozenset(range(keyword.start, keyword.end)), aim=self.aim and thing)
        try:
            top = self._climb(p, k, span, set(r.inside), r)
        except Abstain:
            return None
        if top and cue_polarity:
            if self._dated_past_perfect(p, _act_above(p, k, span)):
                return None  # "had proposed [talks to the North] last month": the act, told
            r.take(-1, "", cue_polarity)  # the act itself: "rejected", "urged", "X's calls"
        r.acted_on()  # "must stop the reckless drills": the act decides, not act x judgement
        if (not thing or cue_polarity) and closed_in(p, r.words, self.w):
            return None  # "its nuclear status is closed" keeps it; an act on the claim (stance_settled)
        if r.described and r.takes == r.described:
            return None  # "funds groups that float leaflets": what they do, described
        if (
            calendar_told(p, r, self.routine, self.own, self.w.obligations)
            or dated_plan(p, r, self.w.schedule, self.w.obligations)
            or next_occasion(p, r, k, self.w)
        ):
            return None  # "the allies will hold the exercise next month": a schedule, told
        if r.decided or r.neutral:
            return r
        return distanced(p, keyword.start, k, self.w.distancing)  # "the so-called X is ...": against X

    def _climb(self, p: Parse, k: int, span: Span, inside: set[int], r: Reading) -> bool:
        """True when the reading reached the top of the statement without being stopped."""
        self._keyword(p, k, inside, r)
        prev = k
        while True:
            t = p.heads[prev]
            if t == prev:
                return True
            if span.start <= t < span.end and (verdict := verdict_on(p, t, prev, span, self.w)):
                r.take(*verdict)
                return False  # the verdict on the clause holding the keyword decides
            if p.deps[prev] == "relcl" and any(at == prev for at, _ in r.words) and past_account(p, prev):
                raise Abstain  # "a country that has renounced unification": what it did, told of it
            if p.deps[prev] == "relcl" and r.takes and self._agent(p, t, prev):
                r.described = r.takes  # "groups that float leaflets": a side only if a word above takes one
            if self._anothers_reading(p, t, prev):
                raise Abstain  # "Pyongyang will read it as Seoul accepting X": its reading
            if self._edge(p, prev, inside, r.aim) == STOP:
                if p.deps[prev] == "prep" and self._denied_agenda_above(p, t, span):
                    raise Abstain  # "there has been no discussion between the allies on X"
                if p.deps[prev] == "prep":
                    self.sides.neutral(p, t, r)  # "has no position on X", "undecided on X"
                if _means_of(p, prev, t):  # "must not reward them by lifting X": the means denied
                    self.sides.negations(p, t, r)
                return False  # also at the top: "dismissed the forum as a stunt about X"
            if not span.start <= t < span.end:
                self._named_as(p, t, prev, span, r)
                return True
            if joined_to_object(p, prev, t) and span.start <= p.heads[t] < span.end:
                prev = p.heads[t]  # "ease tension and resume contact": "resume" is joined to "ease"
                continue
            if _taken_up_by_that(p, t, prev):
                return True  # "we welcome the talks — that is not the problem": the clause stands alone
            before = replace(r, words=list(r.words))
            if self._level(p, t, prev, r) == STOP:
                self._neutral_above(p, t, span, r)
                return False
            if p.deps[prev] in SUBJECTS and not r.decided:
                self._shared(p, t, prev, span, before, r)  # "are defensive and will go ahead as planned"
            prev = t

    def _shared(self, p: Parse, verb: int, subject: int, span: Span, before: Reading, r: Reading) -> None:
        """The first later predicate of the subject that takes a side on it (stance_shared.py),
        read as the subject stood before the first verb ("has never been and never will be a
        reward": each "never" is its own verb's); one that abstains says nothing of it."""
        for c in shared_predicates(p, verb, span):
            if bound_not_to(p, c, self.w):
                continue  # "should not harm ordinary people": a limit set on it, no verdict on it
            trial = replace(before, words=list(before.words))
            try:
                self._level(p, c, subject, trial)
            except Abstain:
                continue
            if trial.decided:
                r.__dict__.update(trial.__dict__)
                return

    def _agent(self, p: Parse, antecedent: int, verb: int) -> bool:
        """ "groups that float leaflets", "Seoul, where the government has signalled interest":
        a relative clause telling what an actor does (present_account); not one saying what a
        document or a deal does ("amendments that define the border as ...")."""
        return present_account(p, verb, self.w.copulas) and (self._actor(p, antecedent) or relative(p, verb))

    def _actor(self, p: Parse, noun: int) -> bool:
        """A noun that names who acts: a name, a body, a party ("groups", "a country")."""
        named = p.pos[noun] == "PROPN" or p.token(noun).ent_type_ in AGENT_ENTITIES
        return named or p.lemmas[noun] in self.w.bodies or p.lemmas[noun] in self.w.parties

    def _named_as(self, p: Parse, verb: int, obj: int, span: Span, r: Reading) -> None:
        """ "called the idea “a reckless gamble”": the statement is the object and what the
        verb names it as."""
        if p.deps[obj] == "dobj":
            for c in p.children[verb]:
                if p.deps[c] == "oprd" and span.start <= c < span.end:
                    self.sides.judged(p, c, r)
        if self.sides.form and not r.decided and named_into(p, verb, obj, self.w.naming | self.w.as_verbs):
            r.take(verb, p.texts[verb], 1)  # "called the South “a hostile state”": it is one, they say

    def _level(self, p: Parse, t: int, prev: int, r: Reading) -> str:
        """Reads one word of the path and what hangs on it."""
        if let_alone(p, t):
            r.flip(t, "let alone")  # "will not talk, let alone sign X": B is denied with A
            return PASS
        if let_alone(p, prev) and (p.deps[prev] in ("conj", "xcomp") or p.lemmas[t] not in self.w.speech):
            return PASS  # the first clause (A), not a verb of saying "let" was hung on: A's side is its own
        self._abstain_at(p, t, prev)
        if self._holding(p, t):
            self._holders(p, t, prev, r)
            return PASS
        below, lemma, sides = p.deps[prev], p.lemmas[t], self.sides
        if below == "advcl" and lemma not in self.w.copulas and wished_of_another(p, prev):
            r.decided = False  # "watching calls for the country to build X": wanted of another, told
        if others_call(p, t, self.w.calling, self.w.callers):
            r.decided = False  # "calls in Seoul for X": others' calls; "resist" above would decide
            r.turn(t, p.texts[t], SUPPORT)
            return PASS
        if below == "conj" and any(p.deps[c] == "cc" and p.lowers[c] == "but" for c in p.children[t]):
            r.contrast = True  # "is no longer our compatriot but a hostile state": B is affirmed
        if below == "conj" and (self._coordinated(p, t, prev, r) or acts_apart(p, t, prev)):
            return PASS
        remedy = below == "nsubj" and lemma in self.w.remedies  # "X will address the crisis"
        carried = p.lowers[t] in self.carriers and p.deps[prev] == "prep"  # "a report on X": a document
        if self.w.topics.at_i(p, t) and not remedy and not carried:
            if sides.negated(p, t):
                raise Abstain  # "there is no review of X", "we are not discussing X": an agenda denied
            return STOP
        if sides.neutral(p, t, r):
            return STOP
        if below == "nsubjpass" and passive_account(p, t):
            return STOP  # "the tours were suspended in 2008": what happened to it, told
        if below == "nsubjpass" and lemma in self.w.purposes:
            return STOP  # "the turn is aimed at Washington": its purpose described, someone else's aim
        if below == "dobj" and self._dated_past_perfect(p, t) and self._takes_a_side(p, t):
            raise Abstain  # "had proposed talks to the North last month": what was done then, told
        if below == "dobj" and perfect_account(p, t, self.w.conduct) and not self._takes_a_side(p, t):
            return STOP  # "they had seized four balloons on Saturday": what was done, told
        if below == "nsubj" and r.decided and reaffirmed(p, t, prev, self.w, sides.negated):
            return PASS  # "our position that X must resume has not changed": X (stance_reaffirmed)
        if below in SUBJECTS or below == "csubj":
            r.decided = False  # "merging the ministry would ...": what is said of the act decides
        if below == "nsubj" and (done := obliged_passive(p, t, self.own, self.w)) is not None:
            take_obliged(p, t, done, r, self.w)  # "the sanctions have to be implemented"
            return PASS
        if below == "nsubj" and (copula := obliged_copula(p, t, self.w)) is not None:
            sides.copula(p, copula, prev, r)  # "X has to remain the goal": what X must be
            for c in p.children[copula]:
                if p.deps[c] == "dobj" and not r.decided:
                    sides.judged(p, c, r)  # "had to stay the objective", the complement parsed an object
            sides.children(p, t, prev, r)  # "does not have to be ...": its negation
            return PASS
        if below == "dobj" and lemma in self.w.as_verbs and (classed := classed_as(p, t, prev)) is not None:
            sides.judged(p, classed, r)  # "regards X as “a dead end”" (stance_classed)
        if below == "nsubj" and classed_clause(p, prev, self.w.as_verbs) == t:
            sides.judged(p, t, r)  # "considers X outdated": the object parsed the subject of its class
            return PASS
        course = course_of(p, t, self.w) if below == "nsubj" else None
        if course is not None:
            return PASS if on_course(p, t, course, r, self.w) else STOP
        if lemma in self.w.copulas:
            sides.copula(p, t, prev, r)
        elif sides.terminal(p, t, prev, r):
            return STOP
        elif found := judged_act(p, t, prev, self.w) or (
            used_as(p, t, self.w) if below == "nsubjpass" else None
        ):
            r.take(*found)  # "was wrong to suspend the tours", "should never be used as a bargaining chip"
        elif p.lowers[prev] == "as" and lemma in self.w.as_verbs:
            r.take(t, f"{p.texts[t]} … as", 1)
        elif below in ("nsubj", "csubj") and not self.own.at_i(p, t) and sides.effect(p, t, r):
            pass  # "the plan would harm the alliance": what the thing does, judged
        elif below == "dobj" and (harm := self._harm_by_a_thing(p, t)):
            r.take(t, harm, SUPPORT)  # "such a move would weaken the alliance": the alliance is valued
        elif not (
            below == "prep"
            and self.w.polar.at_i(p, prev)
            or (acts_on_another(p, t, prev) or self._acts_through(p, t, prev))
            and not self.own.at_i(p, t)
        ) and not (below == "nsubj" and not self.own.at_i(p, t) and not self.w.course.at_i(p, t)):
            # an act's side is toward its object, not its agent ("the leaflets don't change much");
            # a thing's own course ("the drills would go ahead") is said of the subject
            sides.polar(p, t, r, prev)  # not "end without talks": "without" says it, not "end"
        if below != "conj":  # "are not and will not become X": the first verb's "not" is its own
            sides.children(p, t, prev, r)
        return PASS

    def _harm_by_a_thing(self, p: Parse, verb: int) -> str | None:
        """ "withdrawing the troops would weaken the alliance", "such a move would undermine the
        regime": a harm a thing or an act would do to its object is a warning for that object;
        the same verb of an actor ("Seoul moved to weaken sanctions", "we must not weaken them")
        is that actor's act against it, and a harm told ("flooding threatens the aid") weighs no
        course."""
        found = self.w.effects.at_i(p, verb)
        if found is None or found[1] == SUPPORT or p.pos[verb] not in ("VERB", "AUX"):
            return None
        if not any(p.deps[c] == "aux" and p.tags[c] == "MD" for c in p.children[verb]):
            return None  # "flooding threatens the aid shipments": a harm told, no course weighed
        subject = next((c for c in p.children[verb] if p.deps[c] in ("nsubj", "csubj")), None)
        if subject is None or p.deps[subject] == "csubj":
            return found[0] if subject is not None else None
        thing = p.pos[subject] == "NOUN" and not self._actor(p, subject) or p.lowers[subject] == "it"
        return found[0] if thing else None

    def _acts_through(self, p: Parse, verb: int, prev: int) -> bool:
        """ "U.S. forces would go ahead with the drills": a phrase ending in a preposition acts on
        that preposition's object, not on its subject (the drills go ahead, not the forces)."""
        found = self.w.polar.at_i(p, verb) if p.deps[prev] == "nsubj" else None
        last = found[0].lower().split()[-1] if found else None
        return last is not None and any(
            p.deps[c] == "prep" and p.lowers[c] == last and any(p.deps[g] == "pobj" for g in p.children[c])
            for c in p.children[verb]
        )

    def _coordinated(self, p: Parse, t: int, prev: int, r: Reading) -> bool:
        """ "rejected and condemned the offer", "neither needs nor wants aid": coordinated verbs
        each take their side on the one object, so the first verb's side is not taken again on
        the second's, nor is a first act named as a noun ("a suspension or a scaling down of the
        drills", "a lifting or easing of sanctions" are alternatives, one side); "neither ... nor"
        denies each verb once. True when the second verb decided."""
        neither = next((c for c in p.children[t] if p.deps[c] == "preconj" and self.w.negates_i(p, c)), None)
        if neither is not None and not r.contrast:  # "neither A nor B but C": C is affirmed
            nor = next((c for c in p.children[t] if p.deps[c] == "cc"), neither)
            r.flip(nor, p.texts[nor])
        clause = p.pos[t] in ("VERB", "AUX") or p.deps[t] in CLAUSES  # "needs" tagged a noun
        verbs = clause and p.pos[prev] in ("VERB", "AUX")
        acts = any(table.at_i(p, t) is not None for table in (self.w.polar, self.own, self.w.act_nouns))
        return (verbs or acts) and any(at == prev for at, _ in r.words)  # "a lifting or easing of X"

    def _dated_past_perfect(self, p: Parse, verb: int) -> bool:
        """ "had offered reunion talks in May", "had rejected every offer
        since 2020": an act of position told in the past perfect with its date is what was done
        before the telling, an account; without a date ("had taken the plan off the table") it may
        be a decision that stands, and "the two had agreed that X" is a joint position."""
        return (
            p.lemmas[verb] not in self.w.joint
            and any(p.lemmas[c] == "have" and p.tags[c] == "VBD" for c in p.children[verb])
            and any(dated(p, t) for t in (verb, *(c for c in p.children[verb] if p.deps[c] == "dobj")))
        )  # the parser may hang the date on the object ("proposed talks to the North in May")

    def _takes_a_side(self, p: Parse, verb: int) -> bool:
        """ "had rejected the offer", "had asked for talks", "had taken the plan off the table": a
        verb of position or of saying, or a phrase of one completing it."""
        if p.lemmas[verb] in self.w.conduct:
            return False  # "has always implemented the resolutions": an act carried out, told
        if self.w.polar.at_i(p, verb) is not None or p.lemmas[verb] in self.w.speech:
            return True
        return any(p.deps[c] in ("prep", "prt") and self.w.polar.at_i(p, c) for c in p.children[verb])

    def _neutral_above(self, p: Parse, t: int, span: Span, r: Reading) -> None:
        """ "It is premature to talk about the drills": an agenda under an explicit neutral."""
        for _ in range(2):
            t = p.heads[t]
            if not span.start <= t < span.end or self.sides.neutral(p, t, r):
                return


def _means_of(p: Parse, prep: int, verb: int) -> bool:
    """ "should not answer the threat by giving up on X": a "by" phrase with a gerund tells how
    the act above would be done, so a negation of that act denies the means too; what the act
    is ("answer", "reward") says nothing of the means."""
    return (
        p.lowers[prep] == "by"
        and p.pos[verb] in ("VERB", "AUX")
        and any(p.deps[c] == "pcomp" and p.tags[c] == "VBG" for c in p.children[prep])
    )


def _taken_up_by_that(p: Parse, t: int, prev: int) -> bool:
    """ "We welcome the talks — that is not the problem", parsed with the first clause a
    complement of the second: a later clause whose subject "that" or "this" takes up the one
    before comments on it; its negation or judgement is not the first clause's."""
    return (
        p.deps[prev] == "ccomp"
        and t > prev
        and any(p.deps[c] == "nsubj" and p.lowers[c] in COMMENTING and prev < c < t for c in p.children[t])
    )
