"""The words a stance is read from (data/lexicon.toml and a concept's own phrases), matched on
tokens of the parse: a single word by its lemma or its form, a phrase from the token on through
the words that follow it ("give up", "on the table", "different from")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from bot.extract.doc_cache import Parse, owner_key, parse_of

SUPPORT, OPPOSE = 1, -1


def fold(word: str) -> str:
    """A word with British and American -ise/-ize spellings made one ("denuclearisation",
    "denuclearization"): data written either way matches text written the other."""
    return word.replace("iz", "is")


def phrase_re(phrase: str) -> re.Pattern:
    """A data phrase as a pattern over text: whole words, any case, a space or hyphen between
    words, `*` ending a prefix ("regulari*" also finds "regularizing"), -ize also as -ise."""
    body = re.escape(phrase.rstrip("*")).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]+")
    body = body.replace("iz", "i[sz]").replace("IZ", "I[SZ]")
    tail = r"\w*" if phrase.endswith("*") else ""
    return re.compile(r"(?<!\w)" + body + tail + r"(?!\w)", re.I)


def keyword_re(phrase: str) -> re.Pattern:
    """A two-word keyword also with a coordinated modifier between ("nuclear and ballistic
    missile programmes" names the nuclear programmes): both modifiers share the head."""
    words = phrase.split()
    if len(words) != 2 or "*" in phrase:
        return phrase_re(phrase)
    first, last = (phrase_re(w).pattern.removeprefix(r"(?<!\w)").removesuffix(r"(?!\w)") for w in words)
    shared = r"(?:[\s-]+(?:and|or)\s+[\w-]+(?:\s+[\w-]+)?)?"
    return re.compile(r"(?<!\w)" + first + shared + r"[\s-]+" + last + r"(?!\w)", re.I)


class WordTable:
    """Phrases with a value each, found at a token: the longest phrase that starts there. Each
    look-up also comes by token index on the paragraph's Parse (`*_i`), as the path walk reads."""

    def __init__(self, entries: dict[str, object]):
        self.key = owner_key()
        self.by_first: dict[str, list[tuple[list[str], object]]] = {}
        for phrase, value in entries.items():
            words = [fold(w) for w in phrase.lower().split()]
            self.by_first.setdefault(words[0], []).append((words, value))
        for found in self.by_first.values():
            found.sort(key=lambda item: -len(item[0]))

    def ending_in(self, t: Token, prep: Token) -> tuple[str, object] | None:
        """ "interest ... in X" reached from X: a phrase of the word and the preposition the path
        came through, with words between them ("no interest whatsoever in")."""
        return self.ending_in_i(parse_of(t.doc), t.i, prep.i)

    def ending_in_i(self, p: Parse, i: int, prep: int) -> tuple[str, object] | None:
        last = [fold(p.lowers[prep])]
        for key in _forms(p.lemmas[i], p.lowers[i]):
            for words, value in self.by_first.get(key, ()):
                if words[1:] == last:
                    return f"{p.texts[i]} … {p.texts[prep]}", value
        return None

    def at_words(self, words: list[str], shown: str) -> tuple[str, object] | None:
        """The value of exactly these words, if listed."""
        words = [fold(w) for w in words]
        for listed, value in self.by_first.get(words[0], ()):
            if listed == words:
                return shown, value
        return None

    def at(self, t: Token) -> tuple[str, object] | None:
        """The longest listed phrase that starts at `t`, with its value (kept per token: a word
        is looked up again for each statement and context it is in)."""
        return self.at_i(parse_of(t.doc), t.i)

    def at_i(self, p: Parse, i: int) -> tuple[str, object] | None:
        key = (self.key, i)
        found = p.memo.get(key, _MISSING)
        if found is _MISSING:
            found = p.memo[key] = self._at(p, i)
        return found

    def _at(self, p: Parse, i: int) -> tuple[str, object] | None:
        for key in _forms(p.lemmas[i], p.lowers[i]):
            for words, value in self.by_first.get(key, ()):
                if (at := _follows(p, i, words[1:])) is not None:
                    return " ".join(p.texts[t] for t in (i, *at)), value
        return None


_MISSING = object()


@lru_cache(maxsize=4096)
def _forms(lemma: str, lower: str) -> tuple[str, ...]:
    """The lemma and the form, and for a noun in -ing the verb it is made of ("easing": "ease"),
    which the lemmatizer leaves alone."""
    forms = [lemma, lower]
    if lower.endswith("ing") and len(lower) > 5:
        stem = lower[:-3]
        forms += [stem, stem + "e"] + ([stem[:-1]] if stem[-1] == stem[-2] else [])
    return tuple(dict.fromkeys(fold(f) for f in forms))


def _follows(p: Parse, i: int, rest: list[str]) -> tuple[int, ...] | None:
    """Where the words `rest` follow token `i`, one by one; a quote mark between two of them is
    skipped (a partial quote may close inside a phrase: Seoul "would never give up" on talks)."""
    lowers, at, t = p.lowers, [], i + 1
    for w in rest:
        while t < len(lowers) and lowers[t] in QUOTE_MARKS:
            t += 1
        if t >= len(lowers) or fold(lowers[t]) != w:
            return None
        at.append(t)
        t += 1
    return tuple(at)


COMPLEMENTS = ("acomp", "attr", "oprd")  # what a copula says of its subject ("remains unchanged")
QUOTE_MARKS = frozenset("\"\u201c\u201d'\u2018\u2019")


@dataclass(frozen=True)
class StanceWords:
    """The general stance vocabulary, from the lexicon."""

    polar: WordTable  # acts and attitudes: SUPPORT or OPPOSE toward what they govern
    judgements: WordTable  # what a thing is said to be
    neutral: WordTable
    negations: frozenset[str]
    topics: WordTable
    adjuncts: frozenset[str]
    hypothetical: frozenset[str]
    copulas: frozenset[str]
    speech: frozenset[str]
    bodies: frozenset[str]  # organisations and people: "the sanctions committee" is not sanctions
    as_verbs: frozenset[str]  # "define X as Y" says X is Y
    effects: WordTable  # what a subject does, judged: "harm" (OPPOSE), "help" (SUPPORT)
    raisers: frozenset[str]  # "risks doing harm": what the complement does is the subject's effect
    negotiations: frozenset[str]  # "negotiations on denuclearization" seek it (a concept's `aim`)
    remedies: frozenset[str]  # "solve the problem": doing it to a bad thing is a good effect
    diminishers: frozenset[str]  # "less realistic": a judgement lowered says neither side
    undecided: WordTable  # negated, no side taken yet: "has not made up its mind on X"
    course: WordTable  # a thing's own course: "stop" (OPPOSE), "go ahead" (SUPPORT)
    obligations: frozenset[str]  # "must", "should", "have (to)": what must be
    denied_only: WordTable  # sides only when denied: "no reason to X", "no alternative to X"
    causatives: frozenset[str]  # "get the talks going": an act for the course they make happen
    act_nouns: WordTable  # "a reduction of": which way the thing goes, no side taken
    holders: WordTable  # "critics of", "supporters of": a side held by others, no side taken
    unlike: frozenset[str] = frozenset()  # "unlike X": X set beside another thing, no side on it
    purposes: frozenset[str] = frozenset()  # "X is aimed at Y": X's purpose described, no side on X
    identities: frozenset[str] = frozenset()  # "its status as X": it being X
    threats: WordTable | None = None  # "pay dearly for X", "countermeasures against X": a threat
    threat_adjectives: frozenset[str] = frozenset()  # "resolute" action, "merciless" response
    threat_acts: frozenset[str] = frozenset()
    denunciations: frozenset[str] = frozenset()  # "the drills are a provocation": branded, not argued
    interpreting: frozenset[str] = frozenset()  # "Pyongyang will read it as X": its reading of it
    intentions: frozenset[str] = frozenset()  # "accused X of planning Y": the charge, X's aim
    receiving: frozenset[str] = frozenset()  # "will face calls for X": others' calls, put to it
    conduct: frozenset[str] = frozenset()  # "has implemented X": an act carried out, told
    naming: frozenset[str] = frozenset()  # "calls X “a dead word”": the complement judges X
    joint: frozenset[str] = frozenset()  # "the two agreed that X": a joint position, not others' view
    parties: frozenset[str] = frozenset()  # "a country that ...": who acts, as a body does
    commenting: frozenset[str] = frozenset()  # "we do not comment on X": a remark's subject, no side
    schedule: frozenset[str] = frozenset()  # "as planned", "as scheduled": a plan kept
    prices: frozenset[str] = frozenset()  # "would cost us X": a price, what the thing does
    scant: frozenset[str] = frozenset()  # "costs very little": a price all but denied
    outcomes: frozenset[str] = frozenset()  # "has achieved nothing": what it yields, denied
    word_nouns: frozenset[str] = frozenset()  # "X is a word that has vanished": X named as a word
    vanishing: frozenset[str] = frozenset()  # "... that has vanished": gone from use
    existing: frozenset[str] = frozenset()  # "... that no longer exists": in use, denied
    calling: frozenset[str] = frozenset()  # "calls in Seoul for X": others' calls (stance_wishes)
    callers: frozenset[str] = frozenset()  # the prepositions naming who calls ("in", "from")
    asides: frozenset[str] = frozenset()  # "if anything": opens like a condition, sets none
    issue_nouns: frozenset[str] = frozenset()  # "the X issue is closed": a question (stance_settled)
    closing: frozenset[str] = frozenset()  # "closed", "settled": nothing left to take up
    changes: frozenset[str] = frozenset()  # "enforcement had weakened": what became of the subject
    waiting: frozenset[str] = frozenset()  # "cannot wait": urgent (stance_urgency)
    lapsing: frozenset[str] = frozenset()  # "time is running out for X": urgent (stance_urgency)
    lapsing_subjects: frozenset[str] = frozenset()  # "time": what runs out
    measures: frozenset[str] = frozenset()  # "a bill that cuts X": what it does is what is acted on
    declaring: frozenset[str] = frozenset()  # "made clear that X": "make" as a verb of saying
    not_only: frozenset[str] = frozenset()  # "not only X": X and more, no denial
    not_just: frozenset[str] = frozenset()  # "not just X but Y", ", not just X": the same
    forecasts: frozenset[str] = frozenset()  # "X is likely to refuse Y": what X will do, foretold
    moments: frozenset[str] = frozenset()  # "around the end of the exercises": a time, no act on them
    time_preps: frozenset[str] = frozenset()  # "around", "before", "until": what opens that time
    restrictions: frozenset[str] = frozenset()  # "the ban on X": a limit laid on X, against it
    sittings: frozenset[str] = frozenset()  # "the next round of X": one sitting of it (stance_routine)
    coming: frozenset[str] = frozenset()  # "next", "upcoming"
    holding: frozenset[str] = frozenset()  # "hold", "convene": what is done to a sitting
    ability: frozenset[str] = frozenset()  # "cannot reopen without Y": what can happen
    acting: frozenset[str] = frozenset()  # "we cannot let ...": a person acts, no precondition
    agenda: frozenset[str] = frozenset()  # "on the table": an option's status
    present_limits: frozenset[str] = frozenset()  # "not on the table right now": possible now, no side
    position_nouns: frozenset[str] = frozenset()  # "our position that X has not changed" (stance_reaffirmed)
    view_changes: frozenset[str] = frozenset()  # "change", "shift": denied, the position stands
    unchanged: frozenset[str] = frozenset()  # "remains unchanged", "remains firm"
    minimal: frozenset[str] = frozenset()  # "not a single farmer": the least yield, denied
    yields: frozenset[str] = frozenset()  # "freed", "stopped": what a means is for, its yield
    tables: WordTable | None = None  # "on the negotiating table": where a thing is traded away
    distancing: frozenset[str] = frozenset()  # "so-called X": a name the speaker disowns (stance_distanced)

    def threat_i(self, p: Parse, i: int) -> bool:
        """A word of retaliation, or an action or response made one by its adjective."""
        if self.threats is not None and self.threats.at_i(p, i):
            return True
        return p.lowers[i] in self.threat_acts and any(
            p.deps[c] == "amod" and p.lowers[c] in self.threat_adjectives for c in p.children[i]
        )

    @classmethod
    def from_lexicon(cls, lex) -> StanceWords:
        polar = {w: SUPPORT for w in lex.stance_support} | {w: OPPOSE for w in lex.stance_oppose}
        judged = {w: SUPPORT for w in lex.judgement_support} | {w: OPPOSE for w in lex.judgement_oppose}
        effects = {w: SUPPORT for w in lex.effect_support} | {w: OPPOSE for w in lex.effect_oppose}
        course = {w: SUPPORT for w in lex.course_go_on} | {w: OPPOSE for w in lex.course_end}
        return cls(
            WordTable(polar), WordTable(judged), WordTable(dict.fromkeys(lex.stance_neutral, 0)),
            lex.negations, WordTable(dict.fromkeys(lex.stance_topics, 0)), lex.stance_adjuncts,
            lex.stance_hypothetical, lex.stance_copulas, lex.speech_verbs,
            lex.organisation_words | lex.anonymous_heads, lex.stance_as_verbs, WordTable(effects),
            lex.effect_raisers, lex.negotiation_nouns, lex.remedy_verbs, lex.judgement_diminishers,
            WordTable(dict.fromkeys(lex.undecided_phrases, 0)), WordTable(course), lex.obligation_words,
            WordTable(_denied_phrases(lex)), lex.course_causatives,
            WordTable(dict.fromkeys(lex.act_nouns_against, OPPOSE)), WordTable(_holder_nouns(lex)),
            frozenset(w for w in lex.stance_unlike if " " not in w), lex.purpose_verbs,
            lex.identity_nouns, WordTable(dict.fromkeys(lex.threat_words, 0)), lex.threat_adjectives,
            lex.threat_acts, lex.denunciations, lex.interpreting_verbs, lex.intention_verbs,
            lex.receiving_verbs, lex.conduct_verbs, lex.naming_verbs, lex.joint_verbs, lex.party_nouns,
            lex.commenting_words, lex.schedule_words, lex.price_verbs, lex.scant_amounts,
            lex.outcome_verbs, lex.word_nouns, lex.vanishing_verbs, lex.existing_verbs,
            lex.calling_nouns, lex.caller_prepositions, lex.condition_asides, lex.issue_nouns,
            lex.closing_words, lex.change_verbs, lex.waiting_verbs, lex.lapsing_verbs, lex.lapsing_subjects,
            lex.measure_nouns, lex.declaring_adjectives, lex.not_only_words, lex.not_just_words,
            lex.forecast_words, lex.moment_nouns, lex.time_prepositions, lex.restriction_nouns,
            lex.sitting_nouns, lex.coming_words, lex.holding_verbs, lex.ability_modals, lex.acting_pronouns,
            lex.agenda_phrases, lex.present_limits, lex.position_nouns, lex.view_changes, lex.unchanged_words,
            lex.minimal_amounts, lex.yield_verbs, WordTable(dict.fromkeys(lex.bargaining_tables, OPPOSE)),
            lex.distancing_words,
        )  # fmt: skip

    def negates(self, t: Token) -> bool:
        """ "not", "never", "no" (dialogue), "no longer": a word that turns around its head; so
        does a subject that says nobody does it ("nobody opposes X", "no one here wants X",
        "none of us backs X", "no country would accept X")."""
        return self.negates_i(parse_of(t.doc), t.i)

    def negates_i(self, p: Parse, i: int) -> bool:
        dep, lower = p.deps[i], p.lowers[i]
        if self.additive(p, i):
            return False
        if dep == "neg":
            return True
        if dep in ("nsubj", "nsubjpass"):
            return lower in self.negations or any(
                p.deps[c] == "det" and p.lowers[c] in self.negations for c in p.children[i]
            )
        if lower == "longer" and any(p.lowers[c] == "no" for c in p.children[i]):
            return True
        return dep in ("det", "advmod", "preconj", "npadvmod") and lower in self.negations

    def additive(self, p: Parse, i: int) -> bool:
        """ "should not only endure, it should lead", "not just talks but aid", "regularly, not
        just in a crisis": a "not" that adds to what it takes, denying nothing."""
        after = p.lowers[i + 1] if i + 1 < len(p.lowers) else ""
        if p.lowers[i] != "not" or after not in self.not_only | self.not_just:
            return False
        if after in self.not_only or i > 0 and p.texts[i - 1] == ",":
            return True
        end = p.token(i).sent.end
        return any(p.lowers[t] == "but" for t in range(i + 2, end))


def _holder_nouns(lex) -> dict[str, int]:
    """Those who hold a side on what their "of" takes, or their words of it ("critics of X")."""
    return dict.fromkeys(lex.holder_nouns_against, OPPOSE) | dict.fromkeys(lex.holder_nouns_for, SUPPORT)


def _denied_phrases(lex) -> dict[str, int]:
    """Phrases whose side shows only when denied: "no reason to X" against X, "no alternative
    to X" for it (the value is turned by the denial)."""
    return dict.fromkeys(lex.stance_support_negated, SUPPORT) | dict.fromkeys(
        lex.stance_oppose_negated, OPPOSE
    )


def _act_named(p: Parse, i: int) -> bool:
    """A verb that names an act rather than reports one: "sign", "signing" (not "had sent", "is
    developing": a past or ongoing act told, not urged)."""
    tag = p.tags[i]
    if tag == "VB":
        return True
    if tag == "VBN":  # "aid should be given": a passive under a modal names the act as "should give" does
        deps = {(p.deps[c], p.tags[c]) for c in p.children[i]}
        return ("auxpass", "VB") in deps and any(dep == "aux" and tag == "MD" for dep, tag in deps)
    return tag == "VBG" and not any(p.deps[c] in ("aux", "auxpass") for c in p.children[i])


class PatternTable:
    """A concept's own phrases (with `*` prefixes), found where a token starts them; a verb and
    its particle or preposition also with the object between ("fold the ministry into")."""

    def __init__(self, entries: dict[str, int]):
        self.key = owner_key()
        ordered = sorted(((phrase_re(p), v, p) for p, v in entries.items()), key=lambda e: -len(e[0].pattern))
        self.patterns = [(pattern, v) for pattern, v, _ in ordered]
        self._initials = [_initial(p) for _, _, p in ordered]
        self._by_initial: dict[str, list[tuple[re.Pattern, int]]] = {}
        self.split: dict[str, list[tuple[str, int]]] = {}
        self.lemmas: dict[str, int] = {}  # one-word verbs, also as a gerund ("sign": "signing")
        for phrase, value in entries.items():
            words = phrase.lower().split()
            if len(words) == 2 and "*" not in phrase:
                self.split.setdefault(fold(words[0]), []).append((words[1], value))
            elif len(words) == 1 and "*" not in phrase and "-" not in phrase:
                self.lemmas[fold(words[0])] = value

    def at(self, t: Token) -> tuple[str, int] | None:
        """The concept's phrase that starts at `t`, with its side (kept per token, as WordTable.at)."""
        return self.at_i(parse_of(t.doc), t.i)

    def at_i(self, p: Parse, i: int) -> tuple[str, int] | None:
        key = (self.key, i)
        found = p.memo.get(key, _MISSING)
        if found is _MISSING:
            found = p.memo[key] = self._at(p, i)
        return found

    def _at(self, p: Parse, i: int) -> tuple[str, int] | None:
        text, start = p.text, p.starts[i]
        for pattern, value in self._starting_with(text[start : start + 1]):
            m = pattern.match(text, start)
            if m:
                return m.group(), value
        if p.pos[i] != "VERB":
            return None
        value = self.lemmas.get(fold(p.lemmas[i])) if _act_named(p, i) else None
        return (p.texts[i], value) if value is not None else self._split(p, i)

    def _starting_with(self, ch: str) -> list[tuple[re.Pattern, int]]:
        """The patterns that can match at a character, in their order: those whose phrase begins
        with it in any case, and those that begin with no plain letter or digit (any could match
        a character outside ASCII: case folding pairs some of them with ASCII letters)."""
        if not ch.isascii():
            return self.patterns
        key = ch.lower()
        found = self._by_initial.get(key)
        if found is None:
            found = self._by_initial[key] = [
                entry
                for entry, initial in zip(self.patterns, self._initials, strict=True)
                if initial in (key, None)
            ]
        return found

    def _split(self, p: Parse, i: int) -> tuple[str, int] | None:
        """ "push to fold the ministry into the Foreign Ministry", "scale the drills back"."""
        for key in dict.fromkeys((fold(p.lemmas[i]), fold(p.lowers[i]))):
            for second, value in self.split.get(key, ()):
                for c in p.children[i]:
                    if p.deps[c] in ("prep", "prt", "advmod") and c > i and p.lowers[c] == second:
                        return f"{p.texts[i]} … {p.texts[c]}", value
        return None


def _initial(phrase: str) -> str | None:
    """A phrase's first character in lower case, when it is a plain letter or digit (None: any)."""
    first = phrase[:1]
    return first.lower() if first.isascii() and first.isalnum() else None
