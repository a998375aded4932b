"""Values read once from a parsed paragraph and kept with it.

spaCy builds a new Python object for each token it hands out (`doc[i]`, iteration, `.head`,
`.children`), which made whole-paragraph scans the larger part of the rules' cost; these read
the parse's arrays once and hand out only the tokens asked for. What is kept is plain numbers
(token indices), never tokens or spans: a token holds its doc, and the doc would hold it.
"""

from __future__ import annotations

import itertools
import weakref
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import lru_cache

from spacy.attrs import DEP, ENT_TYPE, HEAD, IDX, IS_PUNCT, LEMMA, LOWER, ORTH, POS, TAG
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token


def kept(doc: Doc, key, compute: Callable[[Doc], object]):
    """`compute(doc)`, worked out on the first call for `key` and kept with the paragraph."""
    found = doc.user_data.get(key, _MISSING)
    if found is _MISSING:
        found = doc.user_data[key] = compute(doc)
    return found


_MISSING = object()
_owners = itertools.count()


def owner_key() -> int:
    """A number for an object whose results are kept with paragraphs (in the keys it uses):
    unlike id(), never reused by another object."""
    return next(_owners)


COLUMNS = (IDX, ORTH, LOWER, LEMMA, POS, TAG, DEP, HEAD, IS_PUNCT)  # read in one call: each costs ~4 µs


def _column(doc: Doc, attr: int) -> list[int]:
    """One attribute of every token as numbers (string ids for strings), all of COLUMNS read at
    once: most paragraphs the rules read need most of them."""
    columns = kept(
        doc, "columns", lambda d: d.to_array(COLUMNS).T.tolist() if len(d) else [[]] * len(COLUMNS)
    )
    return columns[COLUMNS.index(attr)]


def starts_of(doc: Doc) -> list[int]:
    """Each token's character offset in the paragraph."""
    return _column(doc, IDX)


def texts_of(doc: Doc) -> list[str]:
    """Each token's text."""
    return kept(doc, "texts", lambda d: _strings(d, ORTH))


def lowers_of(doc: Doc) -> list[str]:
    """Each token's lower-case form."""
    return kept(doc, "lowers", lambda d: _strings(d, LOWER))


def lemmas_of(doc: Doc) -> list[str]:
    """Each token's lemma, lower-cased."""
    return kept(doc, "lemmas", lambda d: _strings(d, LEMMA, _LOWER_NAMES))


def tags_of(doc: Doc) -> list[str]:
    """Each token's coarse part of speech (`pos_`)."""
    return kept(doc, "pos", lambda d: _strings(d, POS))


def puncts_of(doc: Doc) -> list[int]:
    """Whether each token is punctuation (`is_punct`), as 1 or 0."""
    return _column(doc, IS_PUNCT)


def subtree_of(t: Token) -> list[int]:
    """The indices of `t.subtree`, in its order (left children's subtrees, the token, right
    children's), from the paragraph's heads read once: spaCy walks it with nested generators."""
    children = kept(t.doc, "children", _children)
    return kept(t.doc, ("subtree", t.i), lambda _: _subtree(children, t.i))


def heads_of(doc: Doc) -> list[int]:
    """Each token's head (a root is its own)."""
    return kept(
        doc, "heads", lambda d: [i + (h - WRAP if h >= HALF else h) for i, h in enumerate(_column(d, HEAD))]
    )


HALF, WRAP = 1 << 63, 1 << 64  # to_array gives unsigned numbers: a head before its token wraps around


def _children(doc: Doc) -> list:
    """Each token's children in order; a leaf's is one shared empty tuple (a list for every
    token made the collector run often enough to double the cost)."""
    heads = heads_of(doc)
    children: list = [()] * len(heads)
    for i, head in enumerate(heads):
        if head != i:
            if children[head]:
                children[head].append(i)
            else:
                children[head] = [i]
    return children


def _subtree(children: list[list[int]], i: int) -> list[int]:
    out = [j for c in children[i] if c < i for j in _subtree(children, c)]
    out.append(i)
    out += [j for c in children[i] if c > i for j in _subtree(children, c)]
    return out


def _strings(doc: Doc, attr: int, names: _Names | None = None) -> list[str]:
    """One string attribute of every token, through the array (reading it off each token costs
    a Token object per word) and the strings already seen (the string store decodes a new
    string on every look-up)."""
    names = _NAMES if names is None else names
    names.strings = doc.vocab.strings
    if len(names) > NAMES_KEPT:
        names.clear()
    return list(map(names.__getitem__, _column(doc, attr)))


class _Names(dict):
    """Strings by their hash (the same in every pipeline), each read from a string store once."""

    strings = None
    lower = False  # kept lower-cased

    def __missing__(self, key: int) -> str:
        found = self[key] = self.strings[key].lower() if self.lower else self.strings[key]
        return found


NAMES_KEPT = 200_000  # distinct words kept: far more than an article has, a few MB
_NAMES = _Names()
_LOWER_NAMES = _Names()
_LOWER_NAMES.lower = True


def tokens_between(doc: Doc, start: int, end: int) -> Span:
    """The tokens that begin at offsets start <= idx < end."""
    starts = starts_of(doc)
    return doc[bisect_left(starts, start) : bisect_left(starts, end)]


def indices_with(doc: Doc, pos: tuple[str, ...] = (), dep: tuple[str, ...] = (), lower: tuple[str, ...] = ()):
    """The indices, in order, of the tokens whose part of speech is one of `pos`, relation one of
    `dep` or lower-case form one of `lower` (computed once per paragraph and question)."""
    return kept(doc, ("with", pos, dep, lower), lambda d: _indices_with(d, pos, dep, lower))


def _indices_with(doc: Doc, pos, dep, lower) -> list[int]:
    columns = [_column(doc, POS), _column(doc, DEP), _column(doc, LOWER)]
    found: set[int] = set()
    for column, words in zip(columns, (pos, dep, lower), strict=True):
        if words:  # a set lookup per token, for the few columns asked about
            wanted = _ids(words)
            found.update(i for i, v in enumerate(column) if v in wanted)
    return sorted(found)


@lru_cache(maxsize=64)
def _ids(words: tuple[str, ...]) -> frozenset[int]:
    """The string ids (hashes) of words, as the parse's arrays hold them: the same in every
    pipeline, so worked out once per list of words."""
    return frozenset(map(get_string_id, words))


def tokens_with(doc: Doc, pos: tuple[str, ...] = (), dep: tuple[str, ...] = (), lower: tuple[str, ...] = ()):
    """The tokens of `indices_with`."""
    return [doc[i] for i in indices_with(doc, pos, dep, lower)]


def ents_of(doc: Doc) -> list[tuple[int, int, str, int, int]]:
    """The entities as (start, end, label, kb_id, id): `doc.ents` builds a Span for each on
    every read."""
    return kept(doc, "ents", lambda d: [(e.start, e.end, e.label_, e.kb_id, e.id) for e in d.ents])


def _entity(doc: Doc, ent: tuple[int, int, str, int, int]) -> Span:
    start, end, label, kb_id, span_id = ent
    return Span(doc, start, end, label=label, kb_id=kb_id, span_id=span_id)


def entities(doc: Doc, label: str | None = None) -> list[Span]:
    """`doc.ents`, or those with `label`, built only for what is asked."""
    return [_entity(doc, ent) for ent in ents_of(doc) if label is None or ent[2] == label]


def entities_in(span: Span) -> list[Span]:
    """`span.ents`: the entities inside the span (as spaCy reads them: in order, stopping at the
    first one that starts inside and runs past its end)."""
    found = []
    for ent in ents_of(span.doc):
        if ent[0] >= span.start:
            if ent[1] > span.end:
                break
            found.append(_entity(span.doc, ent))
    return found


def dated(doc: Doc) -> bool:
    """Whether any token lies in a DATE entity (`ent_type_`): the rules that date a saying read
    only those, and most paragraphs have none."""
    return kept(doc, "dated", lambda d: get_string_id("DATE") in d.to_array(ENT_TYPE).tolist())


def entity_at(t: Token) -> Span | None:
    """The first entity holding `t`."""
    ent = next((ent for ent in ents_of(t.doc) if ent[0] <= t.i < ent[1]), None)
    return _entity(t.doc, ent) if ent is not None else None


def sentence_starts(doc: Doc) -> list[int]:
    """The index of each sentence's first token."""
    return kept(doc, "sentence starts", lambda d: [s.start for s in d.sents])


def sentence_bounds(t: Token) -> tuple[int, int]:
    """The token range [start, end) of the sentence holding `t` (what `t.sent` spans; spaCy
    finds it by walking the paragraph's tokens on every call)."""
    starts = sentence_starts(t.doc)
    k = bisect_right(starts, t.i)
    return starts[k - 1], starts[k] if k < len(starts) else len(t.doc)


def sentence_of(t: Token) -> Span:
    """`t.sent`, from the paragraph's sentence starts."""
    start, end = sentence_bounds(t)
    return t.doc[start:end]


class Parse:
    """A paragraph's parse as plain lists by token index, for the rules that walk it word by
    word (bot/extract/stance_path.py): reading `.head`, `.children` or `.dep_` off spaCy's
    tokens builds a Token object at every step. Kept with the paragraph (`parse_of`); it holds
    the paragraph only weakly, to hand out a token where spaCy's own answer is wanted."""

    __slots__ = ("heads", "children", "deps", "pos", "tags", "lemmas", "lowers", "texts", "starts", "text")
    __slots__ += ("puncts", "memo", "_doc")

    def __init__(self, doc: Doc):
        self.heads, self.children, self.starts = (
            heads_of(doc),
            kept(doc, "children", _children),
            starts_of(doc),
        )
        self.deps = kept(doc, "deps", lambda d: _strings(d, DEP))
        self.tags = kept(doc, "tags", lambda d: _strings(d, TAG))
        self.pos, self.lemmas, self.lowers, self.texts = (
            tags_of(doc),
            lemmas_of(doc),
            lowers_of(doc),
            texts_of(doc),
        )
        self.puncts = puncts_of(doc)
        self.text = kept(doc, "text", lambda d: d.text)  # as names.text_of keeps it
        self.memo: dict = {}  # answers about single tokens, by asker and index
        self._doc = weakref.ref(doc)

    def token(self, i: int) -> Token:
        return self._doc()[i]

    def subtree(self, i: int) -> list[int]:
        """`Token.subtree`'s indices, in its order (as subtree_of)."""
        key = ("subtree", i)
        found = self.memo.get(key)
        if found is None:
            found = self.memo[key] = _subtree(self.children, i)
        return found

    def left_edge(self, i: int) -> int:
        """`Token.left_edge`, as spaCy set it when parsing (for a tree it could not make
        projective it may stop short of the leftmost word below)."""
        return self.token(i).left_edge.i

    def ancestors(self, i: int) -> list[int]:
        """`Token.ancestors`: the heads above `i`, nearest first."""
        heads, out = self.heads, []
        while heads[i] != i and len(out) < len(heads):  # as spaCy, never past a malformed tree
            i = heads[i]
            out.append(i)
        return out


def parse_of(doc: Doc) -> Parse:
    return kept(doc, "parse", Parse)
