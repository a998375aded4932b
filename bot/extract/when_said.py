"""When something was said, read off the parse around its cue (dates.py turns the words into a date).

Looked for, in this order: a time word on the cue itself or on what it governs directly ("said
Tuesday", "on Wednesday backed", "urged ... during his November meeting"; for "…, saying" also the
act it goes with); then anywhere else in the cue's own clause, leaving out what was said, the
speaker, and a date owned by a noun ("told a forum hosted … on Tuesday", "said in a statement
released Tuesday", "In a speech … in late December, he said"). A date inside the content ("the fact
sheet … on Nov. 14") or a possessive ("Tuesday's consultations") is never when it was said.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta

from spacy.tokens import Token

from bot.extract.date_framing import (
    SPAN_MARKS,
    before_clause,
    dates_under,
    entity_text,
    frames,
    named_days,
    owned_by_other,
    possessive,
    time_phrases,
    under,
)
from bot.extract.doc_cache import dated, entity_at
from bot.extract.lead_days import past_dateline
from bot.extract.lexicon import Lexicon
from bot.extract.occasions import occasion_owner
from bot.extract.relative_days import within

Resolve = Callable[[str, Token], tuple[str, str] | None]
SAID_NOT_WHEN = {"ccomp", "nsubj", "nsubjpass", "csubj"}
RECENT_DAYS = 7  # a reported event this recent was reported the day it happened
ACTED_ON = {"dobj", "xcomp", "attr", "oprd", "dative"}  # an act's object is its content
OTHER_CLAUSES = {"ccomp", "xcomp", "relcl", "advcl", "csubj", "parataxis", "conj", "pcomp"}


def explicit_when(
    cue: Token, resolve: Resolve, published: date, lex: Lexicon, act: bool
) -> tuple[str, str] | None:
    """`resolve(phrase, token)` turns a time phrase into a date (event_dates.py: relative days
    count from the day in force)."""
    if not dated(cue.doc):
        return None  # every day below is a DATE entity's token: a paragraph without one has none
    resolve = _past_dateline(resolve)
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
    heads.extend(_text_put_out(cue, lex))
    if (when := _when_clause(cue, resolve)) is not None:
        return when
    for h in heads:
        named = named_days(h) if h is occasion else []
        for t in [
            *time_phrases(h, lex),
            *before_clause(h, lex),
            *_subject_event(h, lex),
            *_on_subject(h, lex),
            *named,
        ]:
            if h is cue and after_owned_object(t, cue, lex):
                continue
            found = resolve(entity_text(t), t)
            if found:
                return _made_precise(found, cue, resolve, published, act, lex)
    for t in _reacted_days(cue, lex):
        if found := resolve(entity_text(t), t):
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
        or _participle_saying(cue, resolve, lex)
    )


def _participle_saying(cue: Token, resolve: Resolve, lex: Lexicon) -> tuple[str, str] | None:
    """ "X said in a statement carried by KCNA in March that …, calling Y “…”": a participle of
    saying after a reported clause goes on with the saying it closes, so it is of the day of the
    statement that saying was made in (the parser hangs the participle on what was said)."""
    if cue.tag_ != "VBG" or cue.dep_ != "advcl":
        return None
    saying = cue.head.head if cue.head.dep_ == "ccomp" else cue.head
    if saying.i == cue.i or saying.lemma_.lower() not in lex.cue_verbs:
        return None
    return _medium_day(saying, resolve, lex)


def _past_dateline(resolve: Resolve) -> Resolve:
    """ "TOKYO, Aug. 20 Kyodo - X met Y on Wednesday and urged ...": the day of a wire dateline,
    which the parser may hang on the lead's first verb, is the day the story was filed, never
    a saying's own (the lead's reading falls back on it when the lead names no day)."""
    return lambda phrase, t=None: None if t is not None and not past_dateline(t) else resolve(phrase, t)


def _made_precise(
    vague: tuple[str, str], cue: Token, resolve: Resolve, published: date, act: bool, lex: Lexicon
) -> tuple[str, str]:
    """ "Earlier this month, X said in a statement carried by KCNA on Sept. 3 that …": a day
    within a vague date on the cue, told of the text or occasion the words came in, is the day."""
    if vague[1] == "day":
        return vague
    day = _medium_day(cue, resolve, lex) or _in_clause(cue, resolve, published, act, lex)
    return day if day and day[1] == "day" and within(day[0], vague) else vague


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
        for t in time_phrases(verb, lex):
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


def _medium_day(cue: Token, resolve: Resolve, lex: Lexicon) -> tuple[str, str] | None:
    """ "dismissed the offer as “a stage play” in a statement released early Monday": the day of
    the statement the words were said in dates them, wherever the parser hangs "in a statement"
    (here inside the object); not a statement of another's ("in a statement by X") nor one inside
    what was reported."""
    for t in dates_under(cue):
        medium = _medium_on_path(t, cue, lex)
        if medium is not None and not possessive(t):
            found = resolve(entity_text(t), t)
            if found:
                return found
    return None


def _medium_put_out(cue: Token, lex: Lexicon) -> list[Token]:
    """ "she said in the message, issued on Oct. 21": the parser hangs the participle that
    tells when the speaker's statement came out on the cue, past the comma."""
    if not _own_media_in(cue, lex):
        return []
    put_out = lex.putting_out_verbs | lex.disclosing_verbs
    return [c for c in cue.children if c.dep_ == "advcl" and c.tag_ == "VBN" and c.lemma_.lower() in put_out]


def told_in_text_put_out(cue: Token, lex: Lexicon) -> bool:
    """ "X said in a report released Monday that …": a saying told as made in a text put out on a
    day, as one at an occasion is (event_dates._opens)."""
    put_out = lex.putting_out_verbs | lex.disclosing_verbs
    return any(
        any(v.dep_ == "acl" and v.lemma_.lower() in put_out for v in t.children)
        for t in _own_media_in(cue, lex)
    )


def _text_put_out(cue: Token, lex: Lexicon) -> list[Token]:
    """ "issued a statement Wednesday calling the offer “…”": a participle that tells what a text
    says has the day of the verb that put the text out."""
    text = cue.head
    if cue.dep_ != "acl" or cue.tag_ != "VBG" or text.dep_ != "dobj":
        return []
    said_in = {text.lemma_.lower()} & (lex.medium_nouns | lex.finding_nouns)
    return [text.head] if said_in and text.head.lemma_.lower() in lex.putting_out_verbs else []


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


def _own_media_in(cue: Token, lex: Lexicon) -> list[Token]:
    """The speaker's own texts the cue says it was made in ("said in the message", "in a report")."""
    return [
        g
        for c in cue.children
        if c.dep_ == "prep" and c.lower_ == "in"
        for g in c.children
        if g.dep_ == "pobj" and _own_medium(g, lex)
    ]


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


def _reacted_days(cue: Token, lex: Lexicon) -> list[Token]:
    """ "X fired two missiles on Sunday, in what the JCS called “a provocation”", "…, which Y
    condemned as …", "Sunday's launch was observed by Kim, who called for …": a saying told in a
    relative clause on what an act did, or on who attended it, is of that act's day: the day on
    its verb or its subject's own ("Sunday's launch"); not one on the act's subject, told before
    it ("The plan, which Y defended, was approved on Monday"), nor on a thing's participle."""
    if not (cue.dep_ == "relcl" or (cue.dep_ == "pcomp" and cue.head.lower_ == "in")):
        return []
    thing = cue.head
    act = next((a for a in thing.ancestors if a.pos_ == "VERB"), None)
    if act is None or act.i > thing.i or act.tag_ not in ("VBD", "VBN") or act.dep_ in ("acl", "relcl"):
        return []  # a participle on a noun is that thing's ("a dam built in 1990 by X, who said …")
    doer = act.head if act.dep_ == "conj" else act  # "was a test … and was observed by …"
    subjects = [c for c in doer.children if c.dep_ in ("nsubj", "nsubjpass")]
    owned = [c for s in subjects for c in s.children if c.ent_type_ == "DATE" and possessive(c)]
    return [*time_phrases(act, lex), *owned]


def text_put_out_day(cue: Token, resolve: Resolve, lex: Lexicon) -> tuple[str, str] | None:
    """ "A Harbour Institute report released in September said …", "According to a Norstat poll
    published Monday, 38% of respondents said …": words that come from a text told with the day it was put
    out (`putting_out_verbs`, `disclosing_verbs`) were said that day; the text is the saying's
    subject or its source, a report or poll (`published_nouns`, `finding_nouns`)."""
    texts = [c for c in cue.children if c.dep_ == "nsubj"] + [
        g
        for c in cue.children
        if c.dep_ == "prep" and c.lower_ == "according"
        for to in c.children
        if to.dep_ == "prep"
        for g in to.children
        if g.dep_ == "pobj"
    ]
    kinds, put_out = lex.published_nouns | lex.finding_nouns, lex.putting_out_verbs | lex.disclosing_verbs
    for text in (t for t in texts if t.lemma_.lower() in kinds):
        for verb in (c for c in text.children if c.dep_ == "acl" and c.lemma_.lower() in put_out):
            for t in time_phrases(verb, lex):
                if found := resolve(entity_text(t), t):
                    return found
    return None


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


def _reported_day(event: Token, resolve: Resolve, published: date, lex: Lexicon) -> tuple[str, str] | None:
    """ "X fired two missiles on Monday, according to the JCS": news reports a recent event the
    day it happens, so a day of the last week dates the report too; an older or vaguer date is
    only the event's ("discussed a summit in December, according to NHK")."""
    for t in time_phrases(event, lex):
        found = resolve(entity_text(t), t)
        if found and found[1] == "day" and (published - date.fromisoformat(found[0])).days <= RECENT_DAYS:
            return found
    return None


def _subject_event(verb: Token, lex: Lexicon) -> Iterator[Token]:
    """ "The ministry's statement on Thursday also criticised ...": the day of the statement
    that is the subject is the day of the saying."""
    for subject in (c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in lex.event_nouns):
        yield from time_phrases(subject, lex)


def _on_subject(verb: Token, lex: Lexicon) -> Iterator[Token]:
    """ "Kim Yo-jong in 2021 called the idea …": a date between a named subject and its verb is
    the verb's, though the parser hangs it on the name (a name is not dated; an event noun's own
    day is _subject_event's)."""
    for subject in (c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN" and c.i < verb.i):
        for prep in (c for c in subject.children if c.dep_ == "prep" and c.lower_ in lex.date_prepositions):
            yield from (
                g for g in prep.children if g.dep_ == "pobj" and g.ent_type_ == "DATE" and g.i < verb.i
            )


def _in_clause(
    cue: Token, resolve: Resolve, published: date, act: bool, lex: Lexicon, upto: int | None = None
) -> tuple[str, str] | None:
    skip = SAID_NOT_WHEN | (ACTED_ON if act else set())
    left_out = [c for c in cue.children if c.dep_ in skip] + _trailing_words(cue, lex)
    found = [
        t for t in dates_under(cue)
        if (upto is None or t.i < upto) and not any(under(t, c) for c in left_out)
        and not after_owned_object(t, cue, lex)
        and (not possessive(t) or occasion_owner(t, lex))
        and frames(
            t, cue, passes=lambda a: _asked(a, cue, lex), occasions=lex.event_nouns, carriers=_carriers(lex),
            pointers=lex.referring_nouns, responders=lex.responding_verbs,
        )
    ]  # fmt: skip
    latest = (published + timedelta(days=1)).isoformat()  # "In Seoul, X said Thursday": a day ahead
    for t in sorted(found, key=lambda t: abs(t.i - cue.i)):
        when = resolve(entity_text(t), t)
        if when and when[0] <= latest:
            return when
    return None


def after_owned_object(t: Token, cue: Token, lex: Lexicon) -> bool:
    """ "called Sweden's test on Oct. 29 “a reckless act”": a date right after an object owned by a
    named other is that thing's, though the parser hangs it on the verb (as owned_by_other reads
    one hung on the noun); not "called the plan on Monday “a gift”"."""
    t = ent.root if (ent := entity_at(t)) is not None else t
    prep = t.head
    if t.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.i != cue.i:
        return False
    things = (c for c in cue.children if c.dep_ in ACTED_ON and c.right_edge.i == prep.i - 1)
    return any(owned_by_other(c, lex.event_nouns) for c in things)


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


def _asked(t: Token, cue: Token, lex: Lexicon) -> bool:
    """ "Asked about the plan at a briefing on Wednesday, X said ...": the answer was given when
    asked, so the question's occasion dates it."""
    return (
        t.dep_ == "advcl" and t.head.i == cue.i and t.tag_ == "VBN" and t.lemma_.lower() in lex.question_verbs
    )


def _carriers(lex: Lexicon) -> frozenset[str]:
    """Things a saying is made at or in: a participle on one dates the saying ("in a statement
    released Tuesday"); on anything else it dates that thing."""
    return lex.event_nouns | lex.medium_nouns | lex.utterance_nouns
