"""A thing's price as what it does (lexicon.toml `price_verbs`, `scant_amounts`): "reopening the
zone would cost us the alliance" weighs against it, while "would cost us nothing", "costs Seoul
very little" argue for it, cheap to try. Only a price weighed (under a modal or a negation, or
denied or scant) takes a side: "the drills cost $20 million last year" tells a price; and one laid
on another by name ("would cost Pyongyang dearly") is no harm to the speakers."""

from __future__ import annotations

from bot.extract.doc_cache import Parse
from bot.extract.stance_words import OPPOSE, SUPPORT, StanceWords

AMOUNTS = ("dobj", "advmod", "npadvmod")  # how the parser hangs "nothing", "(very) little"
OURS = {"us", "me"}


def priced(p: Parse, verb: int, w: StanceWords) -> tuple[str, int] | None:
    """The side the price `verb` says its subject has, with the words that say it, or None."""
    if p.lemmas[verb] not in w.prices or p.pos[verb] not in ("VERB", "AUX"):
        return None
    for c in p.children[verb]:
        if p.deps[c] in AMOUNTS and (p.lowers[c] in w.scant or _none(p, c, w)):
            return f"{p.texts[verb]} … {p.texts[c]}", SUPPORT
    weighed = any(p.deps[c] == "neg" or p.deps[c] == "aux" and p.tags[c] == "MD" for c in p.children[verb])
    return (p.texts[verb], OPPOSE) if weighed and _ours(p, verb) else None


def _none(p: Parse, c: int, w: StanceWords) -> bool:
    return p.deps[c] == "dobj" and denied_amount(p, c, w)


def denied_amount(p: Parse, c: int, w: StanceWords) -> bool:
    """ "nothing", "no money", "no results": an amount denied (stance_outcomes.py reads it too)."""
    return p.lowers[c] in w.negations or any(
        p.deps[d] == "det" and p.lowers[d] in w.negations for d in p.children[c]
    )


def _ours(p: Parse, verb: int) -> bool:
    """A price the speakers would pay ("would cost us the alliance") or nobody named; not one
    laid on another by name ("would cost Pyongyang its hard currency")."""
    payers = [c for c in p.children[verb] if p.deps[c] == "dative"] or [
        c for c in p.children[verb] if p.deps[c] == "dobj" and p.pos[c] == "PROPN"
    ]
    return all(p.lowers[c] in OURS for c in payers)
