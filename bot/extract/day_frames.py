"""Days that frame more than one saying, read off a paragraph rather than off a cue.

News conventions (wire, recap and explainer style) that event_dates.py keeps in force:
- A section heading that is a day ("TUESDAY: THE MAYOR ANSWERS", "Sept. 3") dates the undated
  sayings under it until the next heading; a heading with no day ends it.
- A paragraph opened by a day ("On Monday, …", "Last Thursday, …") frames that paragraph and the
  quote paragraph that continues it ("“…,” the unnamed official said").
- A dated act that is itself a saying, told without a verb of saying ("X weighed in on Wednesday
  over …", "X opened the week on Monday with a proposal", "The reply came on Sept. 3, in a
  statement by X"), dates what those named there say in the paragraphs after it.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from bot.extract.dates import MONTH_RE, WEEKDAYS
from bot.extract.doc_cache import dated, entities, sentence_starts, texts_of
from bot.extract.lexicon import Lexicon

DAY_LABEL = re.compile(rf"^(?:(?:on|last)\s+)?(?:{'|'.join(WEEKDAYS)})$", re.I)
OPENING = 6  # tokens: a fronted day phrase ("Late on Thursday,") is short
PLACE_OPENING = 10  # ... with a place and an occasion: "At a regular briefing in Beijing on Tuesday,"
QUOTE_MARKS = "\"“‘'«"
WORDS = {"ccomp", "dobj", "xcomp", "parataxis", "attr", "oprd"}  # what a verb of saying says
PLACES = ("GPE", "LOC")
OCCASION_WORDS = {"DT", "JJ", "NN", "NNS"}  # "a regular press briefing": the words before an occasion
NOT_ACTS = {"relcl", "ccomp", "xcomp", "pcomp", "csubj"}  # a verb inside another clause's matter


def heading_day_phrase(heading: str) -> str | None:
    """ "MONDAY: SEOUL MAKES AN OFFER" -> "MONDAY"; "Sept. 3" -> "Sept. 3"; otherwise None."""
    label = re.split(r"\s*[:—–]\s*|\s+-+\s+", heading.strip(), maxsplit=1)[0].strip(" .")
    if DAY_LABEL.match(label):
        return label
    m = MONTH_RE.fullmatch(label)
    return label if m and m.group(2) else None


def fronted_day(doc: Doc) -> Token | None:
    """The date token of a day phrase that opens the paragraph and is set off by a comma."""
    if not dated(doc):
        return None
    ends = [*sentence_starts(doc)[1:], len(doc)]
    comma = next((i for i, text in enumerate(texts_of(doc)[: min(OPENING, ends[0])]) if text == ","), None)
    if not comma:
        return None
    opening = doc[:comma]
    days = [t for t in opening if t.ent_type_ == "DATE"]
    rest = [t for t in opening if t.ent_type_ != "DATE" and not (t.dep_ == "prep" or t.pos_ == "ADV")]
    return days[-1] if days and not rest else None


def fronted_place_day(doc: Doc, occasions: frozenset[str] = frozenset()) -> Token | None:
    """ "In Beijing on Thursday, X said ...", "China reacted coolly. At a regular briefing in
    Beijing on Tuesday, X said ...": the date token of a day that opens a sentence of the
    paragraph together with a place (and the occasion held there), set off by a comma, or of the
    day on its main verb after such a phrase with no day ("In Seoul, X said Thursday that …",
    "At a briefing in Beijing, X said on Tuesday …"): a report from elsewhere."""
    if not dated(doc):
        return None
    starts = sentence_starts(doc)
    for start, end in zip(starts, [*starts[1:], len(doc)], strict=True):
        words = texts_of(doc)[start : min(start + PLACE_OPENING, end)]
        comma = next((i for i, text in enumerate(words) if text == ","), None)
        if comma is None:
            continue
        opening = doc[start : start + comma]
        days = [t for t in opening if t.ent_type_ == "DATE"]
        places = [t for t in opening if t.ent_type_ in PLACES]
        rest = [t for t in opening if t.ent_type_ not in ("DATE", *PLACES) and t.dep_ != "prep"]
        if days and places and all(_of_occasion(t, opening, occasions) for t in rest):
            return days[-1]
        if days or not places or opening[0].lower_ not in ("in", "at"):
            continue
        if all(_of_occasion(t, opening, occasions) for t in rest) and (day := _main_verb_day(doc[start:end])):
            return day  # "In Seoul, X said on Thursday that …": the place alone, the day on the cue
    return None


def _main_verb_day(sentence: Span) -> Token | None:
    """The date token of a day hung on the sentence's main verb ("said Thursday", "said on Monday")."""
    root = sentence.root
    for c in root.children:
        if c.ent_type_ == "DATE" and c.dep_ in ("npadvmod", "tmod"):
            return c
        if c.dep_ in ("npadvmod", "tmod") and (day := _day_before(c)) is not None:
            return day  # "said Thursday morning local time": the day on the time of day
        if c.dep_ == "prep" and (t := next((g for g in c.children if g.dep_ == "pobj"), None)) is not None:
            if t.ent_type_ == "DATE":
                return t
    return None


def _day_before(t: Token) -> Token | None:
    return next((c for c in t.children if c.dep_ == "compound" and c.ent_type_ == "DATE"), None)


def _of_occasion(t: Token, opening, occasions: frozenset[str]) -> bool:
    """A word of the occasion the opening phrase names ("At a regular briefing in Beijing"): the
    occasion noun or a word before it, in a phrase that opens with a preposition."""
    if opening[0].dep_ != "prep" or t.pos_ in ("VERB", "AUX"):
        return False
    return t.lower_ in occasions or (t.tag_ in OCCASION_WORDS and t.head.lower_ in occasions)


def opens_with_quote(doc: Doc) -> bool:
    return len(doc) > 0 and doc[0].text[:1] in QUOTE_MARKS


def utterance_acts(doc: Doc, outside, lex: Lexicon) -> list[tuple[Token, Token]]:
    """(date token, verb) for each day on a verb of a saying told without a verb of saying."""
    found = []
    for ent in entities(doc, "DATE"):
        t = ent.root
        at = _time_of_day(t)
        verb = at.head.head if at.dep_ == "pobj" and at.head.lower_ in lex.date_prepositions else at.head
        if _gap(at, verb):
            continue  # "a day after X issued a statement": how long before the day in force
        if at.dep_ in ("pobj", "npadvmod", "tmod") and outside(t) and _utterance_act(verb, lex, outside):
            found.append((t, verb))
        elif at.dep_ == "pobj" and outside(t) and _dated_utterance(verb, lex):
            found.append((t, verb))  # "A commentary on Sept. 5 attacked the drills. ... it said"
        elif outside(t) and (act := _put_out_in(t, verb, lex)) is not None:
            found.append((t, act))  # "hailed the bridge in a statement carried Wednesday by KCNA"
    return found


def _time_of_day(t: Token) -> Token:
    """ "responded on Thursday morning": the recogniser tags "morning" a time of its own, and the
    parser hangs the day on it; the phrase stands where the time word does."""
    return t.head if t.dep_ == "compound" and t.head.ent_type_ == "TIME" else t


def _put_out_in(t: Token, verb: Token, lex: Lexicon) -> Token | None:
    """ "X hailed the bridge as “…” in a statement carried Wednesday by KCNA": the day a
    statement was put out dates the act told in it, wherever the parser hangs "in a statement";
    the act is the first verb above, within its clause."""
    noun = verb.head
    if (
        t.dep_ not in ("npadvmod", "pobj")
        or verb.dep_ != "acl"
        or verb.lemma_.lower() not in lex.putting_out_verbs
    ):
        return None
    if noun.lemma_.lower() not in lex.utterance_nouns or noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return None
    up = noun.head.head
    while up.pos_ != "VERB" and up.dep_ in ("pobj", "prep", "dobj", "attr") and up.head.i != up.i:
        up = up.head
    if up.pos_ != "VERB" or up.dep_ in NOT_ACTS or up.lemma_.lower() in lex.cue_verbs:
        return None  # a cue is dated as it is read (when_said._medium_day)
    return up


def _gap(t: Token, verb: Token) -> bool:
    """ "came a day after X issued ...": a span before "after"/"before" on the clause's verb."""
    return t.dep_ == "npadvmod" and any(
        c.dep_ == "mark" and c.lower_ in ("after", "before") and t.i < c.i for c in verb.children
    )


def _dated_utterance(noun: Token, lex: Lexicon) -> bool:
    """A saying named as a thing with its day: the subject of its clause, not a thing inside
    another saying's matter."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in lex.utterance_nouns and noun.dep_ == "nsubj"


def _utterance_act(verb: Token, lex: Lexicon, outside) -> bool:
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or verb.dep_ in NOT_ACTS:
        return False
    if lemma in lex.speech_verbs and _wordless(verb, outside):
        return True  # "The ministry responded on Friday.": no words to date, only the day
    if lemma in lex.cue_verbs:
        return False  # a cue is dated as it is read: a relative day must count once
    particles = [c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod")]  # "in" is read either way
    if any(f"{lemma} {p}" in lex.speaking_phrasals for p in particles):
        return True
    said = [c for c in verb.children if c.dep_ in ("nsubj", "dobj")]
    said += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(w.lemma_.lower() in lex.utterance_nouns for w in said)


def _wordless(verb: Token, outside) -> bool:
    """A verb of saying told in the past without what was said: no reported clause or object,
    and no quote in its sentence ("“…,” she said on Friday" is a cue, dated as it is read). A
    present one's day is what it asks for ("The plan calls for talks on July 3")."""
    if verb.tag_ != "VBD" or any(c.dep_ in WORDS for c in verb.children):
        return False
    return all(outside(t) for t in verb.sent)
