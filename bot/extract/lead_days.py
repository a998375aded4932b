"""What in a lead's first sentence tells the story's day (event_dates.py reads the lead once): the
sentence itself, past a dateline the parser took for one, and a verb that tells the news's act."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from bot.extract.date_framing import possessive
from bot.extract.doc_cache import entities
from bot.extract.lexicon import Lexicon
from bot.extract.structure import dateline_end

NOMINAL = {"dobj", "pobj", "nsubj", "nsubjpass", "appos", "compound", "amod"}  # "halted digging on Tuesday"


def news_dates(first: Span, outside, lex: Lexicon) -> list[Token]:
    """A lead whose main clause has no day still tells the day of its news elsewhere in its
    sentence ("North Korea says it put a satellite in orbit, a claim that drew condemnation on
    Monday", "X held talks with Y on Wednesday, the embassy reported", "…, according to the
    Treasury, which on Wednesday sanctioned nine tankers"). Only a past act told with its actor:
    not a thing named by its history ("the talks, held on Monday", "a survey published Monday"),
    an act before the news ("after the talks collapsed on Monday") nor one still to come ("said
    it would vote on Friday")."""
    return [
        ent.root
        for ent in entities(first.doc, "DATE")
        if first.start <= ent.root.i < first.end and outside(ent.root) and not possessive(ent.root)
        and past_dateline(ent.root) and news_act(ent.root, first.root, lex)
    ]  # fmt: skip


def news_act(t: Token, root: Token, lex: Lexicon) -> bool:
    """The day is on a verb in the simple past that tells an act of the lead's news: a relative
    clause on what the lead reports or on its source ("a claim that drew condemnation on Monday",
    "the Treasury, which on Wednesday sanctioned ..."), the clause a closing cue carries ("X
    held talks on Wednesday, the embassy reported"), or a when-clause that opens the sentence, its
    main clause the writer's comment on that act ("When X told the panel on Wednesday that ..., it
    sounded like boilerplate")."""
    verb = next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX") and a.dep_ not in NOMINAL), None)
    verb = _agreed_at(t, verb, lex)
    if verb is None or verb.tag_ != "VBD":
        return False
    fronted = verb.head.i == root.i and verb.i < root.i
    return verb.dep_ == "relcl" or (fronted and (verb.dep_ == "ccomp" or _opened_by_when(verb)))


def _agreed_at(t: Token, verb: Token | None, lex: Lexicon) -> Token | None:
    """ "X and Y agreed to strengthen deterrence during talks in Seoul on Tuesday, the ministry
    said": a day on an occasion (`event_nouns`) is the act's that governs the to-clause the parser
    hung it on; not a day on the to-clause itself ("agreed to meet on Friday")."""
    if (
        verb is None
        or verb.dep_ != "xcomp"
        or not any(a.lower_ in lex.event_nouns for a in t.ancestors if verb.is_ancestor(a))
    ):
        return verb
    while verb.dep_ == "xcomp":
        verb = verb.head
    return verb


def _opened_by_when(verb: Token) -> bool:
    return verb.dep_ == "advcl" and any(c.dep_ == "advmod" and c.lower_ == "when" for c in verb.children)


def lead_sentence(doc: Doc) -> Span | None:
    """The lead's first sentence: not a dateline the parser took for one ("PYONGYANG, August 20.",
    "/TASS/.", "(Bloomberg) --"), which tells no act."""
    cut = dateline_end(doc.text)
    return next(
        (s for s in doc.sents if s.end_char > cut and any(t.pos_ in ("VERB", "AUX") for t in s)), None
    )


def past_dateline(t: Token) -> bool:
    """The token is in the lead's text, not in a wire dateline the parser joined to its first
    sentence ("SEOUL, June 17 (Reuters) - X said on Tuesday ...": June 17 is the day the story
    was filed, Tuesday the day of its news)."""
    return t.idx >= dateline_end(t.doc.text)


def reported_news(root: Token, news: list[Token]) -> list[Token]:
    """The news days in the clause a closing cue reports ("X warned on Tuesday that …, KCNA said
    on Wednesday"), not in a relative clause elsewhere in the lead."""
    return [
        t for t in news if any(a.dep_ == "ccomp" and a.head.i == root.i and a.i < root.i for a in t.ancestors)
    ]


def in_the_text(cue: Token, lex: Lexicon) -> bool:
    """ "“…,” a spokesperson said in the statement": words said in a text already told ("the",
    "that" statement), not in a new one ("in a statement")."""
    texts = [
        g
        for c in cue.children
        if c.dep_ == "prep" and c.lower_ == "in"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return any(
        g.lemma_.lower() in lex.utterance_nouns
        and any(d.dep_ == "det" and d.lower_ in ("the", "that") for d in g.children)
        for g in texts
    )
