"""spaCy's rule lemmatizer with its answers looked up per token shape, read and written as arrays.

The stock component visits every token as a Python object and asks its cache under the key (form,
part of speech, morphology). Its answer depends on those three values only (the English rules read
the form, the part of speech and the morphology), so this component reads them for the whole doc in
one to_array, asks the stock component once per key it has not seen, and writes the lemmas back with
one from_array. A token that already has a lemma (the attribute ruler gives a few) keeps it unless the
stock component overwrites. Same lemmas (tests/test_lemma_lookup.py compares every token).
"""

from __future__ import annotations

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

CACHE_LIMIT = 200_000  # distinct token shapes kept (a long-running bot sees an open vocabulary)


def with_lemma_lookup(nlp: Language) -> Language:
    """The pipeline with its rule lemmatizer replaced by the looked-up one (same name, same output);
    unchanged when it has none or one in another mode."""
    stock = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    if isinstance(stock, Lemmatizer) and stock.mode == "rule":
        nlp.replace_pipe("lemmatizer", "lemma_lookup")
        nlp.get_pipe("lemmatizer").stock = stock
    return nlp


@Language.factory("lemma_lookup")
def make_lemma_lookup(nlp: Language, name: str) -> LemmaLookup:
    return LemmaLookup(name)


class LemmaLookup:
    def __init__(self, name: str = "lemmatizer"):
        self.name = name
        self.stock: Lemmatizer | None = None
        self._lemmas: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        overwrite = self.stock.overwrite
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if overwrite or lemma == 0:
                lemmas[i] = self._lemma(doc, i, (orth, pos, morph))
        doc.from_array([LEMMA], lemmas.astype(numpy.uint64))
        return doc

    def pipe(self, docs, batch_size: int = 128):
        for doc in docs:
            yield self(doc)

    def _lemma(self, doc: Doc, i: int, key: tuple[int, int, int]) -> int:
        lemma = self._lemmas.get(key)
        if lemma is None:
            if len(self._lemmas) >= CACHE_LIMIT:
                self._lemmas.clear()
            lemma = doc.vocab.strings.add(self.stock.lemmatize(doc[i])[0])
            self._lemmas[key] = lemma
        return lemma
