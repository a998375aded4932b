"""Bodies and occasions addressed again by a definite noun: their day carries to the saying.

News convention: a story names a body or an occasion once with its day ("Presenting her report to
the council on Tuesday, X said ...", "The resolution, passed in the committee on Wednesday, ...")
and later refers back to it with "the" and its noun alone ("Y told the council that ...", "Z told
the committee before the vote that ..."): the later saying was made there, on that day, though no
day is repeated (event_dates.py uses it for a speaker with no day in force).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from bot.extract.doc_cache import entities
from bot.extract.lexicon import Lexicon

REACHED = {"prep", "pobj", "dobj", "dative", "agent"}  # from the dated verb to the places it names
ADDRESSED = {"dobj", "dative"}  # "told the council"
AT = ("at", "to", "before", "during", "in")  # "said at the session", "spoke to the committee"
NOUNS = ("NOUN", "PROPN")


def dated_venues(doc: Doc, outside, lex: Lexicon) -> list[tuple[Token, str]]:
    """(date token, noun) for each thing named on the verb a narrated day frames ("presenting her
    report to the council on Tuesday": council; "passed in the committee on Wednesday":
    committee); not in quoted words, nor on a verb of something still to come."""
    found = []
    for ent in entities(doc, "DATE"):
        t = ent.root
        verb = t.head.head if t.dep_ == "pobj" and t.head.dep_ == "prep" else t.head
        if not outside(t) or t.dep_ not in ("pobj", "npadvmod", "tmod") or verb.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.dep_ == "aux" and c.lower_ in lex.future_auxiliaries for c in verb.children):
            continue
        found += [(t, n.lower_) for n in _named_on(verb) if n.i not in range(ent.start, ent.end)]
    return found


def _named_on(verb: Token) -> list[Token]:
    nouns, todo = [], [c for c in verb.children if c.dep_ in REACHED]
    while todo:
        t = todo.pop()
        if t.pos_ in NOUNS and t.dep_ in ("pobj", "dobj", "dative") and t.ent_type_ != "DATE":
            nouns.append(t)
        todo += [c for c in t.children if c.dep_ in REACHED]
    return nouns


def addressed_venue(cue: Token, lex: Lexicon) -> str | None:
    """The noun of a body or occasion the saying is addressed to or made at, named by "the" alone
    ("told the council", "said at the session"); not one owned or described ("told Seoul's council",
    "the new council"), nor the object of a verb that speaks of it ("called the proposals ...")."""
    addressing = cue.lemma_.lower() in lex.addressing_verbs
    for c in cue.children:
        noun = c if c.dep_ in ADDRESSED and addressing else None
        if c.dep_ == "prep" and c.lower_ in AT:
            noun = next((g for g in c.children if g.dep_ == "pobj"), None)
        if noun is not None and noun.pos_ == "NOUN" and _bare_definite(noun):
            return noun.lower_
    return None


def _bare_definite(noun: Token) -> bool:
    mods = [c for c in noun.children if c.i < noun.i]
    return len(mods) == 1 and mods[0].dep_ == "det" and mods[0].lower_ == "the"
