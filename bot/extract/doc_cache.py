"""Values read once from a parsed paragraph and kept with it.

spaCy builds a new Python object for each token it hands out (`doc[i]`, iteration, `.head`,
`.children`), which made whole-paragraph scans the larger part of the rules' cost; these read
the parse's arrays once and hand out only the tokens asked for.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.attrs import DEP, LOWER, POS
from spacy.tokens import Doc, Span


def starts_of(doc: Doc) -> list[int]:
    """Each token's character offset in the paragraph."""
    starts = doc.user_data.get("starts")
    if starts is None:
        starts = doc.user_data["starts"] = [t.idx for t in doc]
    return starts


def tokens_between(doc: Doc, start: int, end: int) -> Span:
    """The tokens that begin at offsets start <= idx < end."""
    starts = starts_of(doc)
    return doc[bisect_left(starts, start) : bisect_left(starts, end)]


def tokens_with(doc: Doc, pos: tuple[str, ...] = (), dep: tuple[str, ...] = (), lower: tuple[str, ...] = ()):
    """The tokens, in order, whose part of speech is one of `pos`, relation one of `dep` or
    lower-case form one of `lower`."""
    key = ("with", pos, dep, lower)
    found = doc.user_data.get(key)
    if found is None:
        strings = doc.vocab.strings
        wanted = [{strings[w] for w in words} for words in (pos, dep, lower)]
        rows = doc.to_array([POS, DEP, LOWER]).tolist()
        found = [i for i, row in enumerate(rows) if any(v in w for v, w in zip(row, wanted, strict=True))]
        doc.user_data[key] = found
    return [doc[i] for i in found]
