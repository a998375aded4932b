"""A reported clause the parser did not hang on its verb of saying, read off the word order.

The parser loses such clauses in several ways: it takes the clause's subject for the verb's
object and its verb for a participle ("said platforms needed to share data"), a clause after the
one told for a relative clause on it ("told the panel she had met him"), a clause after a long
time phrase for a relative clause on the time ("told reporters at the pier the same day that
..."), or ends the sentence at the verb's object ("told the paper | the group would not stop").
What English puts there is the same each time: right after the verb (after the one told, for a
verb of telling, and any "that"), a noun phrase and a finite verb. That is what was said.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from bot.extract.doc_cache import sentence_bounds
from bot.extract.lexicon import Lexicon
from bot.extract.spans import trimmed

FINITE_TAGS = ("MD", "VBD", "VBZ", "VBP")
NOUN_PHRASE = ("DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM")
SUBJECT_REACH = 8  # words a subject takes before its verb ("the country's new enrichment hall")


def lost_clause(verb: Token, lex: Lexicon) -> tuple[int, int] | None:
    """What a verb of saying governing nothing in the parse says: the clause right after it
    (after the one told and adjuncts before "that"), up to a further saying after a comma."""
    if verb.lemma_.lower() in lex.question_verbs:
        return None  # "asked the minister ...": a question, not a statement
    if not (verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT"):
        return None  # "because she no longer believed ...", "so-called": no saying of the story's own
    doc, end = verb.doc, _sentence_end(verb)
    start = _clause_start(verb, end, lex)
    if start is None or not _opens_clause(doc, start, end):
        return None
    further = [c.left_edge.i for c in verb.children if c.dep_ == "conj" and c.i > start]
    return trimmed(doc, start, min([_before_further_saying(doc, start, end, lex), *(i - 1 for i in further)]))


def _clause_start(verb: Token, end: int, lex: Lexicon) -> int | None:
    """Where the clause would start: after the verb, or after the one told ("told NRK ..."), past
    adjuncts before "that" ("told reporters at the pier the same day that ...") and a day."""
    doc, start = verb.doc, verb.i + 1
    if verb.lemma_.lower() in lex.addressing_verbs:
        told = next((c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i > verb.i), None)
        if told is None:
            return None
        start = told.i + 1
    that = next((j for j in range(start, min(end, start + 15)) if doc[j].lower_ == "that"), None)
    if that is not None and not any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in doc[start:that]):
        start = that + 1
    return _past_day(doc, start, end)  # "said Wednesday it was ...": when it was said, not what


def _sentence_end(verb: Token) -> int:
    """The last token of the verb's sentence, going on into the next when the parser ended it
    with no punctuation ("told the paper | the group would not stop.")."""
    lo, hi = sentence_bounds(verb)
    doc = verb.doc
    if not doc[hi - 1].is_punct and hi < len(doc):
        hi = sentence_bounds(doc[hi])[1]
    return hi - 1


def _past_day(doc: Doc, start: int, end: int) -> int:
    """Past a day the parser hung on the verb as an adverb ("Wednesday"; not "the six months" it
    governs)."""
    j = start
    while j < end and doc[j].ent_type_ in ("DATE", "TIME"):
        j += 1
    if j == start or not any(doc[k].dep_ in ("npadvmod", "advmod") for k in range(start, j)):
        return start
    return j


def _opens_clause(doc: Doc, start: int, end: int) -> bool:
    """A noun phrase and then a finite verb, maybe after an adverb or two ("the hall could
    roughly double", "the group would not stop"; "platforms needed", which the tagger may call a
    participle, though not one before "by")."""
    j = start
    while j < min(end, start + SUBJECT_REACH) and (
        doc[j].pos_ in NOUN_PHRASE or doc[j].tag_ in ("POS", "HYPH")
    ):
        if j > start and _second_phrase(doc[j - 1], doc[j]):
            return False  # "recalled the months she spent", "repeated an offer he made": a relative clause
        j += 1
    if j == start:
        return False
    while (
        j < end and doc[j].pos_ in ("ADV", "PART") and doc[j].tag_ != "POS" and j - start < SUBJECT_REACH + 2
    ):
        j += 1
    if j >= end:
        return False
    if doc[j].tag_ in FINITE_TAGS:
        return True
    return doc[j].tag_ == "VBN" and doc[j + 1].lower_ != "by"


def _second_phrase(before: Token, t: Token) -> bool:
    """A word that opens a noun phrase of its own after one that ended: a pronoun or determiner
    not after "'s", or a name after a common noun."""
    if before.tag_ == "POS":
        return False
    return t.pos_ in ("PRON", "DET") and t.tag_ != "PRP$" or t.pos_ == "PROPN" and before.pos_ == "NOUN"


def _before_further_saying(doc: Doc, start: int, end: int, lex: Lexicon) -> int:
    """The clause's last token: before ", adding that ...", ", saying ..." (a saying of its own)."""
    for j in range(start + 1, end):
        if doc[j].text == "," and doc[j + 1].tag_ == "VBG" and doc[j + 1].lemma_.lower() in lex.speech_verbs:
            return j - 1
    return end
