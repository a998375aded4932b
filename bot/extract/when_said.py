"""When something was said, read off the parse around its cue (dates.py turns the words into a date).

Looked for, in this order: a time word on the cue itself or on what it governs directly ("said
Tuesday", "on Wednesday backed", "urged ... during his November meeting"; for "…, saying" also the
act it goes with); then anywhere else in the cue's own clause, leaving out what was said, the
speaker, and a date owned by a noun ("told a forum hosted … on Tuesday", "said in a statement
released Tuesday", "In a speech … in late December, he said"). A date inside the content ("the fact
sheet … on Nov. 14") or a possessive ("Tuesday's consultations") is never when it was said.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date

from spacy.tokens import Span, Token

from bot.extract.dates import resolve_when
from bot.extract.doc_cache import dated, entities, entity_at
from bot.extract.lexicon import Lexicon
from bot.extract.names import span_text
from bot.extract.occasions import next_to_occasion, occasion_owner

Resolve = Callable[[str, Token], tuple[str, str] | None]

SAID_NOT_WHEN = {"ccomp", "nsubj", "nsubjpass", "csubj"}
FRAMING = {
    "prep",
    "pobj",
    "npadvmod",
    "tmod",
    "acl",
    "dobj",
    "dative",
    "amod",
    "compound",
    "nmod",
    "appos",
    "nummod",
    "advmod",
}
RECENT_DAYS = 7  # a reported event this recent was reported the day it happened
ACTED_ON = {"dobj", "xcomp", "attr", "oprd", "dative"}  # an act's object is its content


def explicit_when(
    cue: Token, resolve: Resolve, published: date, lex: Lexicon, act: bool
) -> tuple[str, str] | None:
    """`resolve(phrase, token)` turns a time phrase into a date (event_dates.py: relative days
    count from the day in force)."""
    if not dated(cue.doc):
        return None  # every day below is a DATE entity's token: a paragraph without one has none
    # "urged the ministry to raise it this month": with an object, the to-clause is what was urged
    urged = any(c.dep_ in ("dobj", "dative") for c in cue.children)
    heads = [cue] + [c for c in cue.children if c.dep_ == "xcomp" and not urged]
    if cue.tag_ == "VBG" and cue.dep_ in ("advcl", "conj", "xcomp"):
        on_report = (
            cue.dep_ == "advcl" and cue.head.dep_ == "ccomp"
        )  # "said A would sail Monday, calling ..."
        heads.append(cue.head.head if on_report else cue.head)
    heads.extend(v for v in [_quoting_verb(cue, lex)] if v is not None)
    heads.extend(_doing_meanwhile(cue))
    occasion = cue.head if cue.dep_ == "relcl" and cue.head.lemma_.lower() in lex.event_nouns else None
    if occasion is not None:
        heads.append(occasion)  # "his January 2024 speech, in which he said ...": the speech's day
    heads.extend(v for v in [referred_saying(cue, lex)] if v is not None)
    heads.extend(_medium_put_out(cue, lex))
    if (when := _when_clause(cue, resolve)) is not None:
        return when
    for h in heads:
        named = _named_days(h) if h is occasion else []
        for t in [
            *_time_phrases(h, lex),
            *_before_clause(h, lex),
            *_subject_event(h, lex),
            *_on_subject(h, lex),
            *named,
        ]:
            if h is cue and after_owned_object(t, cue, lex):
                continue
            found = resolve(entity_text(t), t)
            if found:
                return found
    if cue.lower_ == "according":
        return _reported_day(cue.head, resolve, published, lex) or _in_clause(
            cue, resolve, published, act, lex
        )
    return (
        _medium_day(cue, resolve, lex)
        or _in_clause(cue, resolve, published, act, lex)
        or _fronted_on_shared_subject(cue, resolve, published, act, lex)
        or _joined_year(cue, resolve, published, lex)
    )


def _doing_meanwhile(cue: Token) -> list[Token]:
    """ "X, receiving a delegation in Bergen on Monday, said ...": a present participle set off
    between the speaker and the cue tells what they were doing as they spoke, so its day is the
    saying's (not "X, who received ...", nor one after the words: "said ..., citing a report on
    Monday"; a fronted one is read by the rules for occasions and texts put out)."""
    subject = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
    if subject is None:
        return []
    set_off = [c for c in subject.children if c.dep_ == "acl" and cue.doc[c.i - 1].text == ","]
    between = [c for c in cue.children if c.dep_ == "advcl" and subject.i < c.i < cue.i]
    return [c for c in set_off + between if c.tag_ == "VBG"]


def _joined_year(cue: Token, resolve: Resolve, published: date, lex: Lexicon) -> tuple[str, str] | None:
    """ "since it declared the South its enemy and cut the hotlines in 2023": a past year or month
    closing two joined verbs that share a subject dates both; a day does not ("declared X and
    fired a missile on Tuesday": the day may be the second act's alone)."""
    for verb in (c for c in cue.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > cue.i):
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue  # another clause with its own subject
        for t in _time_phrases(verb, lex):
            found = resolve(entity_text(t), t)
            if found and found[1] in ("year", "month") and found[0] < published.isoformat()[:7]:
                return found
    return None


def _quoting_verb(cue: Token, lex: Lexicon) -> Token | None:
    """ "KCNA quoted a spokesman on Wednesday as saying ...": the day of the report that quotes
    the words dates them, though the parser hangs it on the quoting verb, not on "saying"."""
    if cue.dep_ != "pcomp" or cue.head.lower_ != "as":
        return None
    verb = cue.head.head
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in lex.citing_verbs else None


def _fronted_on_shared_subject(
    cue: Token, resolve: Resolve, published: date, act: bool, lex: Lexicon
) -> tuple[str, str] | None:
    """ "In a speech in September, Kim called for X and said Y": a time phrase set before the
    subject frames each verb that shares it, though the parser hangs it on the first one (a verb
    with a subject of its own is another clause)."""
    if cue.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return None
    subject = next((c for c in cue.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or cue.head.pos_ not in ("VERB", "AUX"):
        return None
    return _in_clause(cue.head, resolve, published, act, lex, upto=subject.i) or _shared_day(
        cue.head, resolve, lex
    )


def _shared_day(first: Token, resolve: Resolve, lex: Lexicon) -> tuple[str, str] | None:
    """ "X visited the site on Wednesday and said ...": a day on the first of two verbs that share
    a subject is the occasion of the second, a saying told as part of the same act (a day only:
    "X was elected in 2019 and said" tells no occasion); a first verb that is itself a saying
    ("dismissed the panel in a statement last month and said ...") is the same saying, of its
    month or year too."""
    saying = first.lemma_.lower() in lex.cue_verbs
    for t in (c for c in first.children if c.lower_ not in SPAN_MARKS):  # "since March": a span
        obj = next((g for g in t.children if g.dep_ == "pobj"), None) if t.dep_ == "prep" else t
        if obj is not None and obj.ent_type_ == "DATE" and obj.dep_ in ("pobj", "npadvmod", "tmod"):
            found = resolve(entity_text(obj), obj)
            if found and (saying or found[1] == "day"):
                return found
    return None


SPAN_MARKS = ("since", "until", "before", "after", "following")  # "following" the report: after it
OTHER_CLAUSES = {"ccomp", "xcomp", "relcl", "advcl", "csubj", "parataxis", "conj", "pcomp"}


def _medium_day(cue: Token, resolve: Resolve, lex: Lexicon) -> tuple[str, str] | None:
    """ "dismissed the offer as “a stage play” in a statement released early Monday": the day of
    the statement the words were said in dates them, wherever the parser hangs "in a statement"
    (here inside the object); not a statement of another's ("in a statement by X") nor one inside
    what was reported."""
    for t in _dates_under(cue):
        medium = _medium_on_path(t, cue, lex)
        if medium is not None and not possessive(t):
            found = resolve(entity_text(t), t)
            if found:
                return found
    return None


def _medium_put_out(cue: Token, lex: Lexicon) -> list[Token]:
    """ "she said in the statement, released on Oct. 21": the parser hangs the participle that
    tells when the speaker's statement came out on the cue, past the comma."""
    if not any(
        c.dep_ == "prep" and c.lower_ == "in" and any(_own_medium(g, lex) for g in c.children)
        for c in cue.children
    ):
        return []
    put_out = lex.putting_out_verbs | lex.disclosing_verbs
    return [c for c in cue.children if c.dep_ == "advcl" and c.tag_ == "VBN" and c.lemma_.lower() in put_out]


def _medium_on_path(t: Token, cue: Token, lex: Lexicon) -> Token | None:
    """The "in <statement>" a date hangs from on its way up to the cue, within the cue's clause."""
    medium = None
    while t.i != cue.i:
        if t.dep_ in OTHER_CLAUSES:
            return None
        if medium is None and t.dep_ == "pobj" and t.head.lower_ == "in" and _own_medium(t, lex):
            medium = t
        t = t.head
    return medium


def _own_medium(noun: Token, lex: Lexicon) -> bool:
    """A medium of the speaker's: no owner named on it ("Seoul's statement", "a statement by X")."""
    owned = any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("by", "from")) for c in noun.children)
    return noun.lemma_.lower() in lex.medium_nouns and not owned


def referred_saying(cue: Token, lex: Lexicon) -> Token | None:
    """ "responding to remarks made last Thursday by the minister, who said ...": a cue in a
    relative clause on the agent of a saying named as a thing is that saying; its participle
    ("made") carries its day."""
    agent = cue.head.head if cue.dep_ == "relcl" and cue.head.dep_ == "pobj" else None
    if agent is None or agent.dep_ != "agent" or agent.head.dep_ != "acl":
        return None
    thing = agent.head.head
    said = {thing.lemma_.lower(), thing.lower_} & (lex.utterance_nouns | lex.event_nouns)  # "remarks"
    return agent.head if said else None


def _when_clause(cue: Token, resolve: Resolve) -> tuple[str, str] | None:
    """ "… since 2023, when leader X declared the South a hostile state", "X first called for it in
    January 2024, when he told the assembly …": a cue in a clause opened by "when" right after a
    date was said then, however the parser hangs the clause."""
    when = next((c for c in cue.children if c.lower_ == "when" and c.i < cue.i), None)
    if when is None or cue.dep_ not in ("relcl", "advcl") or when.i < 2:
        return None
    before = cue.doc[when.i - 1]
    before = cue.doc[when.i - 2] if before.is_punct else before
    return resolve(entity_text(before), before) if before.ent_type_ == "DATE" else None


def _named_days(noun: Token) -> list[Token]:
    """The day a noun names before it ("the Jan. 5 speech")."""
    return [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod") and c.ent_type_ == "DATE"]


def _reported_day(event: Token, resolve: Resolve, published: date, lex: Lexicon) -> tuple[str, str] | None:
    """ "X fired two missiles on Monday, according to the JCS": news reports a recent event the
    day it happens, so a day of the last week dates the report too; an older or vaguer date is
    only the event's ("discussed a summit in December, according to NHK")."""
    for t in _time_phrases(event, lex):
        found = resolve(entity_text(t), t)
        if found and found[1] == "day" and (published - date.fromisoformat(found[0])).days <= RECENT_DAYS:
            return found
    return None


def _before_clause(verb: Token, lex: Lexicon) -> Iterator[Token]:
    """ "said on Monday it would ...", "said a day earlier that the talks would ...": a day between
    the verb and the subject of what was said dates the saying, though the parser hangs it on the
    reported clause (a relative day as an adverb of it)."""
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i):
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            relative = [c for c in clause.children if c.dep_ == "advmod" and c.ent_type_ == "DATE"]
            yield from (t for t in [*_time_phrases(clause, lex), *relative] if verb.i < t.i < subject.i)


def _subject_event(verb: Token, lex: Lexicon) -> Iterator[Token]:
    """ "The ministry's statement on Thursday also criticised ...": the day of the statement
    that is the subject is the day of the saying."""
    for subject in (c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in lex.event_nouns):
        yield from _time_phrases(subject, lex)


def _on_subject(verb: Token, lex: Lexicon) -> Iterator[Token]:
    """ "Kim Yo-jong in 2021 called the idea …": a date between a named subject and its verb is
    the verb's, though the parser hangs it on the name (a name is not dated; an event noun's own
    day is _subject_event's)."""
    for subject in (c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN" and c.i < verb.i):
        for prep in (c for c in subject.children if c.dep_ == "prep" and c.lower_ in lex.date_prepositions):
            yield from (
                g for g in prep.children if g.dep_ == "pobj" and g.ent_type_ == "DATE" and g.i < verb.i
            )


def _time_phrases(verb: Token, lex: Lexicon) -> Iterator[Token]:
    for c in verb.children:
        if c.dep_ in ("npadvmod", "tmod") and c.ent_type_ == "DATE":
            yield c
        elif c.dep_ == "prep" and c.lower_ in lex.date_prepositions:
            for obj in (g for g in c.children if g.dep_ == "pobj"):
                if obj.ent_type_ == "DATE":
                    yield obj
                elif obj.lower_ in lex.event_nouns:
                    yield from (m for m in obj.children if m.dep_ == "npadvmod" and m.ent_type_ == "DATE")
                    yield from _named_days(obj)
                    yield from (m for m in obj.children if m.ent_type_ == "DATE" and occasion_owner(m, lex))


def lead_dates(sent: Span, outside, lex: Lexicon) -> list[Token]:
    """The dates that frame a lead's main clause ("The office on Tuesday moved to ...", "The
    audit on Tuesday turned into ..."), its subject included; not those of what was said."""
    mains = _main_clauses(sent.root)
    return [
        t for t in sent
        if t.ent_type_ == "DATE" and outside(t) and not possessive(t)
        and any(_framing(t, main, LEAD_FRAMING, lambda a: _disclosed(a, lex)) for main in mains)
    ] + [t for t in _before_clause(sent.root, lex) if outside(t)]  # fmt: skip


def _main_clauses(root: Token) -> list[Token]:
    """The lead's main verb and the verbs joined to it ("The debate has a new chapter — and the
    ministry on Tuesday tried to close it"): a day on either is the story's."""
    return [root, *(c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]


def _dates_under(cue: Token) -> list[Token]:
    """The tokens of time phrases in the cue's subtree, in text order (found through the
    paragraph's few DATE entities, not by walking the subtree)."""
    return [t for ent in entities(cue.doc, "DATE") for t in ent if _under(t, cue)]


def _under(t: Token, top: Token) -> bool:
    return t.i == top.i or top.is_ancestor(t)


def _in_clause(
    cue: Token, resolve: Resolve, published: date, act: bool, lex: Lexicon, upto: int | None = None
) -> tuple[str, str] | None:
    skip = SAID_NOT_WHEN | (ACTED_ON if act else set())
    left_out = [c for c in cue.children if c.dep_ in skip] + _trailing_words(cue, lex)
    found = [
        t for t in _dates_under(cue)
        if (upto is None or t.i < upto) and not any(_under(t, c) for c in left_out)
        and not after_owned_object(t, cue, lex)
        and (not possessive(t) or occasion_owner(t, lex))
        and _framing(
            t, cue, passes=lambda a: _asked(a, cue, lex), occasions=lex.event_nouns, carriers=_carriers(lex),
            pointers=lex.referring_nouns,
        )
    ]  # fmt: skip
    for t in sorted(found, key=lambda t: abs(t.i - cue.i)):
        when = resolve(entity_text(t), t)
        if when and when[0] <= published.isoformat():
            return when
    return None


def after_owned_object(t: Token, cue: Token, lex: Lexicon) -> bool:
    """ "called Sweden's test on Oct. 29 “a reckless act”": a date right after an object owned by a
    named other is that thing's, though the parser hangs it on the verb (as _owned_by_other reads
    one hung on the noun); not "called the plan on Monday “a gift”"."""
    t = ent.root if (ent := entity_at(t)) is not None else t
    prep = t.head
    if t.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.i != cue.i:
        return False
    things = (c for c in cue.children if c.dep_ in ACTED_ON and c.right_edge.i == prep.i - 1)
    return any(_owned_by_other(c, lex.event_nouns) for c in things)


def _trailing_words(cue: Token, lex: Lexicon) -> list[Token]:
    """ "said the port had loaded 40 ships so far this year, against 52 in 2024": a phrase
    the parser hangs on the cue right after the reported clause goes on with what was said, unless
    it tells when or where it was said ("…, on Monday", "…, in a statement released Monday")."""
    words = [c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i]
    if not words:
        return []
    end = words[-1].right_edge.i
    return [c for c in cue.children if c.i > end and c.dep_ == "prep" and not _tells_when(c, lex)]


def _tells_when(prep: Token, lex: Lexicon) -> bool:
    """A day, an occasion or a text the words were said in, or their source ("according to …")."""
    if prep.lower_ == "according":
        return True
    objects = [g for g in prep.children if g.dep_ == "pobj"]
    things = _carriers(lex) | lex.published_nouns
    return any(o.ent_type_ == "DATE" or o.lemma_.lower() in things for o in objects)


# a lead's day frames its main clause or its subject ("The audit on Tuesday turned into ..."), not
# a thing named in it ("took part in the talks, held in Washington on Monday")
LEAD_FRAMING = (FRAMING - {"acl"}) | {"nsubj", "nsubjpass", "acomp"}  # "remained divided Tuesday"


def frames_its_clause(t: Token) -> bool:
    """The date frames its sentence's main clause as a lead's does: reached through prepositions
    and nouns only (its subject's too: "The meeting on Tuesday ended ..."), not through another
    clause nor a thing named in it ("in a statement released Wednesday")."""
    return _framing(t, t.sent.root, LEAD_FRAMING)


def framed_clause(t: Token) -> Token | None:
    """The main verb the date frames, as frames_its_clause reads it, or a verb joined to it ("X
    arrived on Sunday and held talks with Y on Monday": Monday is the talks')."""
    return next((v for v in _main_clauses(t.sent.root) if _framing(t, v, LEAD_FRAMING)), None)


def _asked(t: Token, cue: Token, lex: Lexicon) -> bool:
    """ "Asked about the plan at a briefing on Wednesday, X said ...": the answer was given when
    asked, so the question's occasion dates it."""
    return (
        t.dep_ == "advcl" and t.head.i == cue.i and t.tag_ == "VBN" and t.lemma_.lower() in lex.question_verbs
    )


def _disclosed(t: Token, lex: Lexicon) -> bool:
    """ "under a plan unveiled by the government on July 7": a thing made public on a day, named
    in the lead, is the story's news; a thing merely held that day is not ("talks held Monday")."""
    return t.dep_ == "acl" and t.lemma_.lower() in lex.disclosing_verbs


def _framing(
    t: Token, cue: Token, framing: set[str] = FRAMING, passes=lambda t: False, occasions=frozenset(),
    carriers=frozenset(), pointers=frozenset(),
) -> bool:  # fmt: skip
    """The date frames the saying: reached from the cue through prepositions, nouns and their
    participles ("a statement released Tuesday"), not through another clause ("referring to a
    line left unanswered since April 2023") or a "since"/"until" span, nor what came before it
    ("after the report on Monday", "following the report on Monday")."""
    below = t
    while t.i != cue.i:
        if t.dep_ not in framing and not passes(t):
            return False
        if t.lower_ in SPAN_MARKS and not next_to_occasion(t, below, occasions):
            return False
        below = t
        if carriers and t.dep_ == "acl" and t.head.lemma_.lower() not in carriers:
            return False  # "in line with the plan adopted in 2021": the plan's day
        t = t.head
        if pointers and _points_past(t, below, pointers):
            return False
        if occasions and t.i != cue.i and _owned_by_other(t, occasions):
            return False
    return True


def _points_past(noun: Token, below: Token, pointers: frozenset[str]) -> bool:
    """ "said, in an apparent reference to a proposal by the port last week": a date after the
    to-phrase of a noun that points at something else is that thing's, though the parser hangs it
    on the noun (`referring_nouns`; not "upon his return to Bergen on Monday")."""
    if noun.lemma_.lower() not in pointers:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "to" and c.i < below.i for c in noun.children)


def _carriers(lex: Lexicon) -> frozenset[str]:
    """Things a saying is made at or in: a participle on one dates the saying ("in a statement
    released Tuesday"); on anything else it dates that thing."""
    return lex.event_nouns | lex.medium_nouns | lex.utterance_nouns


def _owned_by_other(noun: Token, occasions: frozenset[str]) -> bool:
    """ "Regarding North Korea's announcement last week", "denounced Japan's deployment earlier
    this month": a thing owned by a named other has its own day, not the saying's; not "his speech
    on Monday", nor an occasion where one speaks ("at the ministry's audit a day earlier")."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() in occasions:
        return False
    return any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in noun.children)


def possessive(t: Token) -> bool:
    """ "Monday's statements": a day owning a thing, not the time of an act."""
    return t.dep_ == "poss" or any(c.dep_ == "case" for c in t.children)


def past_event(verb: Token, published: date, prepositions: frozenset[str]) -> tuple[str, str] | None:
    """An act narrated with its own year ("blocked ... in January 2019"): dated by it; not by a
    year in a relative clause on what it is about ("argued for X, a proposal that surfaced in 2008")."""
    for t in verb.subtree:
        if (
            t.ent_type_ == "DATE"
            and t.dep_ == "pobj"
            and t.head.lower_ in prepositions
            and not _in_relative(t, verb)
        ):
            phrase = entity_text(t)
            if re.search(r"\b(19|20)\d\d\b", phrase):
                found = resolve_when(phrase, published)
                if found and found[0] < published.isoformat()[:7]:
                    return found
    return None


def _in_relative(t: Token, top: Token) -> bool:
    """Inside a relative clause or a participle on a noun ("the plan adopted in 2021")."""
    while t.i != top.i and t.head.i != t.i:
        if t.dep_ in ("relcl", "acl"):
            return True
        t = t.head
    return False


def entity_text(t: Token) -> str:
    ent = entity_at(t)
    return span_text(ent) if ent is not None else t.text
