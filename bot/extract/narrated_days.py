"""Days told in a paragraph's narration that date the sayings around them (event_dates.py keeps
them in force).

News conventions: an occasion of speaking told with its day ("The office convened an emergency
meeting on Tuesday chaired by X", "held a press conference on Wednesday", "took center stage
Wednesday at a forum") is the occasion of what those named there say next; a day on a cue
("“…,” X told reporters on Friday") is the day of that speaker's other sayings in the paragraph,
and a report's day ("Zhou told Kim that …, Xinhua said late on Thursday") that of the words it
carries. A day inside what someone reported is the matter of the saying, never the narration's.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from bot.extract.cues import wordless_talk
from bot.extract.date_framing import entity_text, framed_clause, possessive
from bot.extract.doc_cache import entities, sentence_of
from bot.extract.lead_days import past_dateline
from bot.extract.lexicon import Lexicon
from bot.extract.relative_days import within
from bot.extract.when_said import after_owned_object

Spans = list[tuple[int, int]]


def narrated_days(doc: Doc, outside, lex: Lexicon) -> Iterator[tuple[Token, Spans | None, bool]]:
    """(date token, None, False) for a dated occasion of speaking; (date token, the speakers'
    character spans in the paragraph, whether the cue tells no words) for a dated cue."""
    for ent in entities(doc, "DATE"):
        t = ent.root
        if outside(t) and not possessive(t) and _reported_meeting(t, lex):
            yield t, None, False
            continue
        verb = framed_clause(t, lex)
        if not outside(t) or possessive(t) or reported(t) or verb is None or after_owned_object(t, verb, lex):
            continue
        if not past_dateline(t):  # "BEIJING, Aug. 26 (Xinhua) -- X met Y": the day it was filed
            continue
        if (authors := _put_out_by(verb, lex)) is not None:
            yield t, authors, True
        elif _occasion_told(verb, lex):
            yield t, None, False
        elif verb.lemma_.lower() in lex.cue_verbs | lex.conversing_verbs:
            yield t, _speaker_spans(verb, lex), wordless_talk(verb, lex)


def _put_out_by(verb: Token, lex: Lexicon) -> Spans | None:
    """ "The statement was released late Wednesday by a spokesperson for X": a text told as put
    out on a day by its author is the occasion of the author's words quoted from it after ("It
    said ..."), as a dated conversation is (`putting_out_verbs`, `published_nouns`)."""
    if verb.tag_ != "VBN" or verb.lemma_.lower() not in lex.putting_out_verbs:
        return None
    text = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if text is None or text.lemma_.lower() not in lex.published_nouns | lex.utterance_nouns:
        return None
    authors = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if not authors:
        return None
    # the text names its author too ("The statement" read as the ministry's)
    return [(a.left_edge.idx, a.right_edge.idx + len(a.right_edge)) for a in [text, *authors]]


def reported(t: Token) -> bool:
    """Inside a reported clause: the matter of a saying, not the narration."""
    return any(a.dep_ == "ccomp" for a in t.ancestors)


def _reported_meeting(t: Token, lex: Lexicon) -> bool:
    """ "The agency reported that X had met Y in Hanoi on Monday. According to the agency, X
    said ...": a meeting a report tells with its day is where those named there spoke, though
    it is the matter of the report (`meeting_verbs`; not one still to come)."""
    prep = t.head
    meeting = prep.head
    if t.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in lex.date_prepositions:
        return False
    if meeting.dep_ != "ccomp" or meeting.lemma_.lower() not in lex.meeting_verbs:
        return False
    return meeting.tag_ in ("VBD", "VBN") and meeting.head.lemma_.lower() in lex.cue_verbs


def _speaker_spans(cue: Token, lex: Lexicon) -> Spans:
    """The character spans of the subjects of a cue and of the cues in what it reports."""
    cues = [cue, *(c for c in cue.children if c.dep_ == "ccomp" and c.lemma_.lower() in lex.cue_verbs)]
    subjects = [c for v in cues for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    return [(s.left_edge.idx, s.right_edge.idx + len(s.right_edge)) for s in subjects]


def _occasion_told(verb: Token, lex: Lexicon) -> bool:
    """A main verb that tells an occasion of speaking: something done with a meeting, a press
    conference or a proposal ("convened a meeting", "held a press conference", "took center
    stage at a forum", "unveiled proposals") or a verb that is itself an occasion ("met the
    minister", "testified", `meeting_verbs`), not a private act ("moved house"), not a saying
    (a cue is dated as it is read) and not one still to come ("will respond on Friday")."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in lex.cue_verbs:
        return False
    if any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll", "wo") for c in verb.children):
        return False
    return verb.lemma_.lower() in lex.meeting_verbs or names_occasion(verb, lex)


def names_occasion(verb: Token, lex: Lexicon) -> bool:
    """The verb's subject, object or a preposition's object is a meeting, a press conference or
    a statement ("held a press conference", "announced it at a briefing", `event_nouns`,
    `utterance_nouns`)."""
    nouns = [c for c in verb.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")]
    nouns += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    nouns += [
        g for n in nouns for c in n.children if c.lower_ == "of" for g in c.children
    ]  # "a set of proposals"
    said = lex.event_nouns | lex.utterance_nouns
    return any(n.lemma_.lower() in said or n.lower_ in said for n in nouns)  # "talks": lemma "talk"


def saying_at_occasion(cue: Token, lex: Lexicon) -> bool:
    """A saying made at an occasion: one named on the cue ("told a press conference on Monday")
    or on the speaker's next cue in the paragraph ("X said on Monday that … “…,” he told a news
    conference"); not a talk at one's home ("said on Tuesday at his farmhouse")."""
    return names_occasion(cue, lex) or any(_cue_at_occasion(v, lex) for v in cue.doc[cue.i + 1 :])


def _cue_at_occasion(verb: Token, lex: Lexicon) -> bool:
    """ "“…,” he told a news conference": a later cue with a pronoun for its speaker."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.cue_verbs:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.tag_ == "PRP" and names_occasion(verb, lex)


def remark_day(cue: Token, vague: tuple[str, str], resolve, lex: Lexicon) -> tuple[str, str] | None:
    """ "Last week, X told a committee that … The remark, made on Nov. 11 in response to a
    question, drew little attention": the saying named again as a thing, with the day it was
    made, in a later sentence of the paragraph makes a vague date of it precise."""
    if vague[1] == "day":
        return None
    for t in remark_days(cue.doc, sentence_of(cue).end, lex):
        found = resolve(entity_text(t), t)
        if found and found[1] == "day" and within(found[0], vague):
            return found
    return None


def remark_days(doc: Doc, after: int, lex: Lexicon) -> Iterator[Token]:
    """The day on a participle of a saying named again as the subject of a later sentence ("The
    remark, made on Nov. 11, drew little attention", "His comments, delivered on Monday, ...")."""
    for ent in entities(doc, "DATE"):
        t = ent.root
        made = next((a for a in t.ancestors if a.dep_ == "acl"), None)
        if t.i < after or made is None or made.tag_ != "VBN" or possessive(t):
            continue
        said = made.head
        if (
            said.dep_ in ("nsubj", "nsubjpass")
            and said.lemma_.lower() in lex.utterance_nouns
            and _definite(said)
        ):
            yield t


def _definite(noun: Token) -> bool:
    """ "the remark", "his comments", "that statement": one already told."""
    return any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "another") for c in noun.children)
