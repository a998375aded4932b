"""Attribution frames of news writing that the parser often breaks, read off the word order.

- "“…,” KCNA quoted Kim as saying", "Kim was quoted as saying": the one quoted speaks, not the
  medium that quotes them.
- "The missile flew 800 km, the Joint Chiefs of Staff said.": a closing attribution whose subject
  the parser hung on the report's last noun ("one of the sources", "South Korea's military").
- "A spokesperson, asked about the fines, said ...": the parser took the spokesperson for the
  subject of "asked"; the one asked is the one who says.
- "Kim issued a statement warning that ...", "KCNA carried a commentary accusing ...": a saying
  put out by someone and told by what it does is theirs, and its author's when the text names one
  ("KCNA carried a statement by Kim Yo-jong, warning that ..."): the medium only relays it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from bot.extract.doc_cache import sentence_bounds
from bot.extract.lexicon import Lexicon

NOUNISH = ("PROPN", "NOUN", "PRON", "NUM")


def quoted_as(verb: Token, lex: Lexicon) -> Token | None:
    """The speaker of "quoted X as saying": X after an active "quoted", the subject of a passive
    one ("X was quoted as saying"). None when `verb` is not the saying of that frame."""
    doc = verb.doc
    if verb.tag_ != "VBG" or verb.i < 2 or doc[verb.i - 1].lower_ != "as":
        return None
    if verb.lemma_.lower() not in lex.speech_verbs:
        return None
    first = sentence_bounds(verb)[0]
    quoted = next(
        (doc[k] for k in range(verb.i - 2, max(first, verb.i - 30) - 1, -1) if _quotes(doc[k], lex)), None
    )
    if quoted is None:
        return None
    if quoted.i == verb.i - 2 or doc[quoted.i + 1].lower_ == "by":  # "Kim was quoted (by X) as saying"
        return _passive_subject(quoted, first)
    named = _before_apposition(doc[quoted.i + 1 : verb.i - 1])
    if any(t.is_punct and t.text != "." or t.pos_ in ("VERB", "AUX") for t in named):
        return None
    return named.root if any(t.pos_ in NOUNISH for t in named) else None


def _before_apposition(named: Span) -> Span:
    """ "quoted Ana Ruiz, a lecturer at Y, as saying": the one quoted is the name before the
    description set off by commas (a description closed by its comma right before "as")."""
    comma = next((t.i for t in named if t.text == ","), None)
    if comma is None or comma == named.start or named[-1].text != "," or named.doc[named.start].is_punct:
        return named
    if any(t.is_quote or t.text in ";:" for t in named):
        return named
    return named.doc[named.start : comma]


def _quotes(t: Token, lex: Lexicon) -> bool:
    return t.lemma_.lower() in lex.citing_verbs and t.pos_ == "VERB"


def _passive_subject(quoted: Token, first: int) -> Token | None:
    subject = next((c for c in quoted.children if c.dep_ == "nsubjpass"), None)
    if subject is not None:
        return subject
    k = quoted.i - 1
    while k > first and quoted.doc[k].dep_ in ("auxpass", "aux", "advmod"):
        k -= 1  # "Kim was also quoted as saying"
    return quoted.doc[k] if quoted.doc[k].pos_ in NOUNISH and k < quoted.i else None


def closing_speaker(verb: Token, lex: Lexicon) -> Token | None:
    """ "…, one of the sources said." with no subject in the parse: the words between the last
    comma and the verb, when they are a noun phrase and only circumstances follow the verb."""
    if verb.lemma_.lower() not in lex.speech_verbs or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    doc, (first, end) = verb.doc, sentence_bounds(verb)
    if not closes_sentence(verb, end, lex):
        return None
    k = verb.i - 1
    while k > first and doc[k].text != "," and not doc[k].is_quote:
        if doc[k].pos_ in ("VERB", "AUX") or doc[k].text in ".;:?!":
            return None
        k -= 1
    if doc[k].text != "," or k == verb.i - 1 or k - first < 3:
        return None
    named = doc[k + 1 : verb.i]
    if not any(t.pos_ in ("PROPN", "NOUN") for t in named) or named[0].pos_ in ("ADP", "SCONJ"):
        return None
    return named.root


def closes_sentence(verb: Token, end: int, lex: Lexicon) -> bool:
    """Whether only circumstances follow the verb to the sentence's end ("said in a statement
    on Monday", "told reporters", ", the first such offer in years"): no clause, verb or quote;
    or only a tail set off by a comma after them (`_tail_start`)."""
    doc, stop = verb.doc, _tail_start(verb, end, lex)
    return not any(
        verb.i < c.i < stop and c.dep_ in ("ccomp", "xcomp", "advcl", "conj") for c in verb.children
    ) and not any(_clausal(doc[k]) for k in range(verb.i + 1, stop))


def _clausal(t: Token) -> bool:
    return t.pos_ in ("VERB", "AUX") or t.is_quote


def _tail_start(verb: Token, end: int, lex: Lexicon) -> int:
    """ "…, the navy said, adding that …", "…, the agency said Friday, as the deadline neared",
    "…, the army said, the third such case this year": after a closing attribution, the
    speaker's further saying in a participle or the writer's own addition (`closing_tail_openers`)
    set off by a comma leaves the attribution closing. Returns where the tail's comma stands
    (`end` with no such tail)."""
    doc = verb.doc
    comma = next((k for k in range(verb.i + 1, end - 1) if doc[k].text == "," or _clausal(doc[k])), None)
    if comma is None or doc[comma].text != ",":
        return end
    nxt = doc[comma + 1]
    participle = nxt.tag_ == "VBG" and nxt.pos_ == "VERB"
    return comma if participle or nxt.lower_ in lex.closing_tail_openers else end


def asked_speaker(verb: Token, lex: Lexicon) -> Token | None:
    """ "A spokesperson, asked about the fines, said ...": a verb of saying with no subject whose
    clause before it is "asked ..." set off by commas, its "subject" the one who answers."""
    if verb.lemma_.lower() not in lex.speech_verbs:
        return None
    doc = verb.doc
    for c in verb.children:
        if c.i > verb.i or c.dep_ not in ("ccomp", "advcl") or c.lemma_.lower() not in lex.question_verbs:
            continue
        subject = next((s for s in c.children if s.dep_ in ("nsubj", "nsubjpass") and s.i < c.i), None)
        if subject is not None and doc[c.i - 1].text == "," and doc[verb.i - 1].text == ",":
            return subject
    return None


def interrupted_subject(verb: Token, lex: Lexicon) -> Token | None:
    """ "Kim, inspecting a unit last week, ordered ...", "reported that X, while touring the plant,
    called for ...": a finite verb with no subject, right after a participle's phrase set off by
    commas that follows a name, is that name's; the parser gave the name to the participle or took
    it for the object of the verb before it."""
    doc = verb.doc
    first = sentence_bounds(verb)[0]
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i - first < 4 or doc[verb.i - 1].text != ",":
        return None
    k = verb.i - 2
    while k > first and doc[k].text != "," and not doc[k].is_quote:
        k -= 1
    marks = lex.time_marks | lex.circumstance_marks  # "while touring", "after meeting"
    opening = doc[k + 2] if doc[k + 1].lower_ in marks else doc[k + 1]
    if doc[k].text != "," or opening.tag_ != "VBG" or k - 1 <= first:
        return None
    name = doc[k - 2] if doc[k - 1].lower_ in ("himself", "herself") else doc[k - 1]
    return name if name.pos_ == "PROPN" else None


def document_speaker(verb: Token, lex: Lexicon) -> Token | None:
    """ "X issued a statement (carried by KCNA on Monday) warning that ...": a participle on a
    saying named as a thing speaks for whoever put the thing out, the subject of "issued"."""
    found = _thing_told(verb) if verb.tag_ == "VBG" and verb.dep_ == "acl" else None
    if found is None:
        return None
    noun, act = found
    word = noun.lemma_.lower()
    if word not in lex.utterance_nouns and word not in lex.finding_nouns:
        return None
    if noun.dep_ != "dobj" or act.lemma_.lower() not in lex.putting_out_verbs:
        return None
    return next((c for c in act.children if c.dep_ == "nsubj"), None)


def relayed_author(verb: Token, lex: Lexicon) -> Token | None:
    """ "KCNA carried a statement by X, warning that ...", "the agency published X's statement
    saying ...": a participle of saying on a saying put out (hung on the thing or on the verb
    that put it out) is the words of the author the thing is said to be by, not of the medium
    that carried it. None when no author is named on the thing."""
    if verb.tag_ != "VBG":
        return None
    if verb.dep_ == "acl":
        noun, act = _thing_told(verb) or (verb.head, verb.head.head)
    elif verb.dep_ == "advcl":
        act = verb.head
        noun = next((c for c in act.children if c.dep_ == "dobj" and c.i < verb.i), None)
    else:
        return None
    if noun is None or noun.lemma_.lower() not in lex.utterance_nouns or noun.dep_ != "dobj":
        return None
    if act.lemma_.lower() not in lex.putting_out_verbs:
        return None
    return _author_of(noun, act, lex)


def _thing_told(participle: Token) -> tuple[Token, Token] | None:
    """The thing a participle set after it tells, and the verb that has it as its object: "issued
    a statement warning ...", and past its author or its day, on which the parser may hang the
    participle: "carried a statement by a spokesperson denouncing ...", "ran a commentary on the
    same day accusing ..."."""
    noun = participle.head
    if noun.i > participle.i:
        return None
    prep = noun.head if noun.dep_ == "pobj" else None
    author_or_day = prep is not None and (prep.lower_ in ("by", "from") or noun.ent_type_ in ("DATE", "TIME"))
    if author_or_day and prep.dep_ in ("prep", "agent") and prep.head.pos_ == "VERB":
        act = prep.head
        thing = next((c for c in act.children if c.dep_ == "dobj" and c.i < prep.i), None)
        return (thing, act) if thing is not None else None
    return noun, noun.head


def _author_of(noun: Token, act: Token, lex: Lexicon) -> Token | None:
    """Whom a saying named as a thing is by: "X's statement", "an X Ministry statement", "a
    statement by/from X" (the
    parser may hang "by" on the verb that carried it, after the thing), a name or a word for a
    person or body ("by midday" names no author)."""
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if owner is not None:
        return owner
    named = next((c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
    if named is not None and (named.lower_ in lex.organisation_words or named.ent_type_ in ("PERSON", "ORG")):
        return named  # "a Foreign Ministry statement saying ...": a body's or person's name before it
    preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from")]
    preps += [
        c for c in act.children if c.dep_ in ("agent", "prep") and c.lower_ in ("by", "from") and c.i > noun.i
    ]
    for prep in preps:
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is not None and (
            obj.pos_ == "PROPN" or obj.lower_ in lex.role_nouns or obj.lower_ in lex.organisation_words
        ):
            return obj
    return None
