"""spaCy's attribute ruler (tag -> part of speech, morphology, a few lemmas) with its one-token patterns
looked up instead of matched.

The stock component runs the Matcher over every token with all its ~180 patterns, which costs as
much as the dependency parser (~17% of the en_core_web_sm pipeline). Nearly all of its patterns test
one token's tag, lower-case form, dependency label or space flag, so their outcome depends only on
those few values: it is computed once per distinct combination and cached. Patterns of other shapes
(several tokens, other operators) still go through a Matcher. The attributes are set by spaCy's own
set_token_attrs, in the stock order (a later pattern group wins), so the parse is the same
(tests/test_attribute_lookup.py compares every token with the stock component's).
"""

from __future__ import annotations

import re
from collections import defaultdict

from spacy.attrs import IDS
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc, Span
from spacy.tokens._retokenize import set_token_attrs

# Token attributes a looked-up pattern may test; all are read in one to_array per doc.
LOOKED_UP = ("ORTH", "LOWER", "NORM", "TAG", "POS", "DEP", "IS_SPACE", "IS_PUNCT", "IS_DIGIT")
FLAGS = {"IS_SPACE", "IS_PUNCT", "IS_DIGIT"}
CACHE_LIMIT = 200_000  # distinct token shapes kept (a long-running bot sees an open vocabulary)

Test = tuple[str, object]  # (operator, argument): plain tuples, so the pipeline can be pickled


def with_lookup(nlp: Language) -> Language:
    """The pipeline with its attribute ruler replaced by the lookup version (same name, same output);
    unchanged when it has none."""
    stock = nlp.get_pipe("attribute_ruler") if "attribute_ruler" in nlp.pipe_names else None
    if isinstance(stock, AttributeRuler):
        nlp.replace_pipe("attribute_ruler", "attribute_lookup")
        nlp.get_pipe("attribute_ruler").load(stock)
    return nlp


@Language.factory("attribute_lookup")
def make_attribute_lookup(nlp: Language, name: str) -> AttributeLookup:
    return AttributeLookup(nlp.vocab, name)


class AttributeLookup:
    def __init__(self, vocab, name: str = "attribute_ruler"):
        self.vocab, self.name = vocab, name
        self.load(AttributeRuler(vocab))

    def load(self, stock: AttributeRuler) -> None:
        """Takes over the stock ruler's patterns."""
        self.attrs, self.indices = stock.attrs, stock.indices
        self.rest = Matcher(self.vocab)
        looked_up: list[tuple[int, dict[str, Test]]] = []
        rest: list[list[dict]] = []
        for attr_id in range(len(stock.attrs)):
            for pattern in stock.matcher.get(str(attr_id))[1]:
                tests = _tests(pattern)
                if tests is None:
                    self.rest.add(self.vocab.strings.add(str(attr_id)), [pattern])
                    rest.append(pattern)
                else:
                    looked_up.append((attr_id, tests))
        self.looked_up = looked_up
        # The Matcher runs only on a doc with a token that could start one of its patterns.
        firsts = [_tests(p[:1]) for p in rest]
        self.rest_firsts = [t for t in firsts if t is not None]
        self.always_rest = len(self.rest_firsts) < len(firsts)
        tested = looked_up + [(-1, t) for t in self.rest_firsts]
        self.fields = sorted({name for _, tests in tested for name in tests})
        self._field_ids = [IDS[name] for name in self.fields] or [IDS["ORTH"]]
        self._seen: dict[tuple, tuple[tuple[int, ...], bool]] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        rows = doc.to_array(self._field_ids).reshape(len(doc), -1).tolist()  # 1-D for one field
        seen = [self._groups_of(tuple(row)) for row in rows]
        groups = [ids for ids, _ in seen]
        if len(self.rest) and (self.always_rest or any(starts for _, starts in seen)):
            groups = self._with_rest(doc, groups)
        attrs = self.attrs
        for i, ids in enumerate(groups):
            if ids:
                token = doc[i]
                for attr_id in ids:
                    set_token_attrs(token, attrs[attr_id])
        return doc

    def pipe(self, docs, batch_size: int = 128):
        for doc in docs:
            yield self(doc)

    def _groups_of(self, row: tuple) -> tuple[tuple[int, ...], bool]:
        """The pattern groups (in order) that one token with these field values matches, and whether
        it could start one of the Matcher's patterns."""
        found = self._seen.get(row)
        if found is None:
            if len(self._seen) >= CACHE_LIMIT:
                self._seen.clear()
            strings = self.vocab.strings
            values = {k: bool(v) if k in FLAGS else strings[v] for k, v in zip(self.fields, row, strict=True)}
            ids = tuple(sorted({a for a, tests in self.looked_up if _passes(tests, values)}))
            found = ids, any(_passes(tests, values) for tests in self.rest_firsts)
            self._seen[row] = found
        return found

    def _with_rest(self, doc: Doc, groups: list[tuple[int, ...]]) -> list[tuple[int, ...]]:
        """Adds the matches of the other patterns, each on the token its group's index names."""
        extra: dict[int, set[int]] = defaultdict(set)
        for match_id, start, end in self.rest(doc, allow_missing=True, as_spans=False):
            attr_id = int(self.vocab.strings[match_id])
            try:
                extra[Span(doc, start, end)[self.indices[attr_id]].i].add(attr_id)
            except IndexError:
                raise ValueError(
                    f"attribute ruler pattern group {attr_id} has index {self.indices[attr_id]} "
                    f"outside its match {doc[start:end].text!r}"
                ) from None
        for i, ids in extra.items():
            groups[i] = tuple(sorted(ids.union(groups[i])))
        return groups


def _tests(pattern: list[dict]) -> dict[str, Test] | None:
    """One test per attribute for a one-token pattern of plain values, IN, NOT_IN or REGEX;
    None for any other pattern (it stays with the Matcher)."""
    if len(pattern) != 1 or "OP" in pattern[0]:
        return None
    tests = {}
    for key, want in pattern[0].items():
        name = key.upper() if isinstance(key, str) else None
        test = _test(want, flag=name in FLAGS) if name in LOOKED_UP else None
        if test is None:
            return None
        tests[name] = test
    return tests


def _test(want, flag: bool) -> Test | None:
    if not isinstance(want, dict):
        return ("==", want) if flag == isinstance(want, bool) else None
    if len(want) != 1 or flag:
        return None
    ((op, arg),) = want.items()
    if op in ("IN", "NOT_IN") and isinstance(arg, list):
        return op, frozenset(arg)
    if op == "REGEX" and isinstance(arg, str):
        return op, re.compile(arg)
    return None


def _passes(tests: dict[str, Test], values: dict) -> bool:
    for name, (op, arg) in tests.items():
        value = values[name]
        if op == "==":
            ok = value == arg
        elif op == "IN":
            ok = value in arg
        elif op == "NOT_IN":
            ok = value not in arg
        else:
            ok = arg.search(value) is not None
        if not ok:
            return False
    return True
