"""A thing named as a word said to be gone from use (lexicon.toml `word_nouns`, `vanishing_verbs`,
`existing_verbs`): "X is a word that has disappeared from their lexicon", "a word that died long
ago", "a word that no longer exists" drop X, against it. What the relative clause says of the
word is said of the thing the copula names it as; another noun's clause ("X is a tool that has
worked") is left to the general reading."""

from __future__ import annotations

from bot.extract.doc_cache import Parse
from bot.extract.stance_words import OPPOSE, SUPPORT, StanceWords


def word_gone(p: Parse, complement: int, w: StanceWords) -> tuple[int, str, int] | None:
    """The relative clause's verb, its words and its side when `complement` is a word whose
    clause says it is gone or (denied) in use; negations on the verb are the caller's to read."""
    if p.lemmas[complement] not in w.word_nouns:
        return None
    for c in p.children[complement]:
        if p.deps[c] != "relcl":
            continue
        if p.lemmas[c] in w.vanishing:
            return c, p.texts[c], OPPOSE
        if p.lemmas[c] in w.existing:
            return c, p.texts[c], SUPPORT
    return None
