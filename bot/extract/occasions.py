"""Occasions one speaks at, as a date's place in the parse tells them (date_framing.py,
when_said.py): a day owning the occasion ("at Thursday's talks") and one on an occasion the saying
came right after or before ("speaking to reporters after a phone call late Tuesday")."""

from __future__ import annotations

from spacy.tokens import Token

from bot.extract.lexicon import Lexicon

OCCASION_PREPOSITIONS = ("at", "during", "in", "before", "after")


def occasion_owner(t: Token, lex: Lexicon) -> bool:
    """ "quoted Kim as telling Zhou at Thursday's talks", "said in Monday's speech": a day owning
    the occasion one speaks at is the day of the saying (not "Monday's statements" as a topic)."""
    owner = t.head
    return (
        t.dep_ == "poss" and {owner.lemma_.lower(), owner.lower_} & lex.event_nouns and owner.dep_ == "pobj"
        and owner.head.lower_ in OCCASION_PREPOSITIONS
    )  # fmt: skip


def next_to_occasion(mark: Token, below: Token, occasions: frozenset[str]) -> bool:
    """ "speaking to reporters after a phone call late Tuesday", "told the panel before Monday's
    vote": one speaks right after (or before) an occasion, on its day; not a span ("since
    April"), nor a gap counted from it ("two days after the talks on Monday")."""
    if (
        below.dep_ != "pobj"
        or not {below.lemma_.lower(), below.lower_} & occasions  # "talks": lemma "talk"
        or mark.lower_ not in ("before", "after", "following")
    ):
        return False
    return not any(c.dep_ == "npadvmod" for c in mark.children)
