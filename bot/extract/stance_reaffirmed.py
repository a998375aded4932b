"""A position said to stand: "our position that the reunions must continue has not changed", "Japan's
view that the sanctions must stay remains unchanged" reaffirm what the position holds. The
content of a noun of position (lexicon.toml `position_nouns`) is the speaker's side, as if said
plainly, when the noun is the subject of a change denied ("has not changed", "will not shift":
`view_changes`) or of a copula with a word of keeping ("remains unchanged", "stays firm":
`unchanged_words`). A position that has changed, or one only judged ("the view that X will work
is naive"), is left to the rest of the path."""

from __future__ import annotations

from collections.abc import Callable

from bot.extract.doc_cache import Parse
from bot.extract.stance_words import COMPLEMENTS, StanceWords


def reaffirmed(
    p: Parse, verb: int, subject: int, w: StanceWords, negated: Callable[[Parse, int], bool]
) -> bool:
    """True when `subject`, a noun of position whose content the reading came through, is said
    to stand by `verb`."""
    if p.lemmas[subject] not in w.position_nouns:
        return False
    if p.lemmas[verb] in w.view_changes:
        return negated(p, verb)
    if p.lemmas[verb] not in w.copulas or negated(p, verb):
        return False
    return any(p.deps[c] in COMPLEMENTS and p.lowers[c] in w.unchanged for c in p.children[verb])
