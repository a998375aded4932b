"""What a thing yields, read only when denied (lexicon.toml `outcome_verbs`): "sanctions have
achieved nothing", "dialogue produced nothing but delay", "has produced little", and a remedy
denied, "will not solve anything" (`remedy_verbs`), go against the thing: a record or a forecast
of its uselessness. A yield told plainly ("the talks produced a deal", "brought suffering") weighs
nothing, nor does another yield denied ("will not bring peace", "did not produce an agreement"):
what it has not done, told; nor a remedy denied of a single past event ("did not solve it"). Any
yield denied down to its least, though, is a judgement ("have never freed a single farmer")."""

from __future__ import annotations

from bot.extract.doc_cache import Parse
from bot.extract.stance_price import AMOUNTS, denied_amount
from bot.extract.stance_words import OPPOSE, SUPPORT, StanceWords


def denied_outcome(p: Parse, verb: int, w: StanceWords) -> tuple[str, int] | None:
    """The side `verb` says its subject has, with the words that say it, or None; a negation on
    the verb is left to turn the reading (stance_sides.children)."""
    if p.pos[verb] in ("VERB", "AUX") and (least := _least_denied(p, verb, w)) is not None:
        return least
    if p.lemmas[verb] not in w.outcomes or p.pos[verb] not in ("VERB", "AUX"):
        return None
    scant = next((c for c in p.children[verb] if p.deps[c] in AMOUNTS and p.lowers[c] in w.scant), None)
    if scant is not None:
        return f"{p.texts[verb]} … {p.texts[scant]}", OPPOSE  # "has produced little"
    obj = next((c for c in p.children[verb] if p.deps[c] == "dobj"), None)
    if obj is None:
        return None
    if denied_amount(p, obj, w):
        return f"{p.texts[verb]} … {p.texts[obj]}", OPPOSE  # "achieved nothing", "brought no results"
    if p.lemmas[verb] not in w.remedies:
        return None  # "will not bring peace", "did not produce a deal": what it has not done, told
    negated = any(p.deps[c] == "neg" for c in p.children[verb])
    return (p.texts[verb], SUPPORT) if negated and not _one_past_event(p, verb) else None


def _one_past_event(p: Parse, verb: int) -> bool:
    """ "did not produce an agreement": a simple past, no perfect or modal."""
    auxes = [c for c in p.children[verb] if p.deps[c] == "aux"]
    return all(p.lemmas[a] == "do" and p.tags[a] == "VBD" for a in auxes) and (
        bool(auxes) or p.tags[verb] == "VBD"
    )


def _least_denied(p: Parse, verb: int, w: StanceWords) -> tuple[str, int] | None:
    """ "have never freed a single farmer": any yield denied down to its least (`minimal_amounts`)
    says the thing is useless; the verb's negation turns the good yield (stance_sides.children)."""
    if p.lemmas[verb] not in w.yields | w.outcomes | w.remedies:
        return None
    if not any(p.deps[c] == "neg" for c in p.children[verb]):
        return None
    for obj in (c for c in p.children[verb] if p.deps[c] == "dobj"):
        least = next((c for c in p.children[obj] if p.deps[c] == "amod" and p.lowers[c] in w.minimal), None)
        if least is not None:
            return f"{p.texts[verb]} … {p.texts[least]}", SUPPORT
    return None
