"""A name the speaker will not own (issue 8, recall): "so-called" before the keyword's thing
("a so-called nuclear umbrella that only invites arms races", "so-called human rights") sets
it apart as another's word for a thing the speaker disowns: against it, whatever the clause goes
on to say of it (the words are `distancing_words` in data/lexicon.toml; the tokenizer splits them
at the hyphen). Read by stance_path.PathReader after the walk, so that a question, a condition or
another's view still takes no side.
"""

from __future__ import annotations

from bot.extract.doc_cache import Parse
from bot.extract.stance_reading import Reading
from bot.extract.stance_words import OPPOSE


def distanced(p: Parse, start: int, k: int, words: frozenset[str]) -> Reading | None:
    """The keyword's thing named with a distancing word before it in its own noun phrase (from
    the phrase's first word to the keyword's `start`): a reading against it, or None."""
    for i in range(p.left_edge(k), start):
        for word in words:
            parts = word.replace("-", " - ").split()
            if p.lowers[i : i + len(parts)] == parts:
                r = Reading()
                r.take(i, " ".join(p.texts[i : i + len(parts)]), OPPOSE)
                return r
    return None
