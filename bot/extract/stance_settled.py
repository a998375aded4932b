"""A question declared closed: "the denuclearization issue is closed", "the question of X is
closed for us", "the abduction issue has already been settled" say there is nothing left to take
up about X, against X (lexicon.toml `issue_nouns`, `closing_words`). Only a plain statement: under
a modal ("the issue must be settled through talks", "will be closed") or a subordinator ("until
the issue is settled") it is an aim or a condition, and a negation turns it ("the issue is not
closed" keeps X open)."""

from __future__ import annotations

from spacy.tokens import Span

from bot.extract.clause_subjects import SUBJECTS
from bot.extract.doc_cache import Parse
from bot.extract.stance_words import COMPLEMENTS, OPPOSE, StanceWords

OCCASIONS = ("at", "in", "through", "by", "with", "during", "under", "via")  # where or how it was settled
NAMING_THE_ISSUE = ("compound", "prep", "amod", "nmod")  # "the X issue", "the question of X"


def closed_issue(p: Parse, t: int, prev: int, span: Span, w: StanceWords) -> tuple[int, str, int] | None:
    """The closing word, its text and the side toward the keyword below `prev` when the path
    from it reaches an issue noun said to be closed: the keyword's own ("the abduction issue",
    `prev` the subject, `t` its predicate) or one it names ("the question of X", `t` the noun);
    only as what the statement says, not inside a clause of its own words above it."""
    if p.deps[prev] in SUBJECTS and p.lemmas[prev] in w.issue_nouns:
        subject = prev
    elif p.lemmas[t] in w.issue_nouns and p.deps[t] in SUBJECTS and p.deps[prev] in NAMING_THE_ISSUE:
        subject = t
    else:
        return None
    predicate = p.heads[subject]
    if p.deps[predicate] in ("aux", "auxpass"):
        predicate = p.heads[predicate]  # "question “is closed”": the parser may hang the subject on "is"
    if _judged_above(p, predicate, span, w):
        return None  # "rejected the claim that the issue is settled": a claim, judged above
    closing = _closing_word(p, predicate, w)
    if closing is None or any(_modal_or_condition(p, c) or _occasion(p, c) for c in p.children[predicate]):
        return None
    negated = sum(1 for c in p.children[predicate] if w.negates_i(p, c)) % 2
    return closing, p.texts[closing], OPPOSE * (-1 if negated else 1)


def _closing_word(p: Parse, predicate: int, w: StanceWords) -> int | None:
    """ "was settled", "has been closed" (the passive's verb), or "is closed" (a copula's complement)."""
    if p.lowers[predicate] in w.closing and p.pos[predicate] in ("VERB", "ADJ"):
        return predicate  # the tagger may take a quoted "closed" after "was" for an adjective
    if p.lemmas[predicate] not in w.copulas:
        return None
    return next(
        (c for c in p.children[predicate] if p.deps[c] in COMPLEMENTS and p.lowers[c] in w.closing), None
    )


def _modal_or_condition(p: Parse, c: int) -> bool:
    """ "must be settled", "until the issue is settled"; the "that" of a reported clause is neither."""
    return p.tags[c] == "MD" or p.deps[c] == "mark" and p.lowers[c] != "that"


def _judged_above(p: Parse, predicate: int, span: Span, w: StanceWords) -> bool:
    """A clause of a noun ("the claim that ..."), or one under a word of the statement that takes
    a side or is negated ("deny that ..."): the closing is what is judged, not what is said."""
    head = p.heads[predicate]
    if p.deps[predicate] == "acl" or head == predicate or not span.start <= head < span.end:
        return p.deps[predicate] == "acl"
    return w.polar.at_i(p, head) is not None or any(w.negates_i(p, c) for c in p.children[head])


def _occasion(p: Parse, c: int) -> bool:
    """ "was settled at the talks", "through negotiations", "by the 2002 accord": an agreement
    reached, told with its occasion or means, not a question declared closed."""
    return p.deps[c] == "agent" or p.deps[c] == "prep" and p.lowers[c] in OCCASIONS


def closed_in(p: Parse, words, w: StanceWords) -> bool:
    """Whether a reading's words (index, text) hold a closing word: a closed question decides a
    cause as its own words would ("the abduction issue is settled"), and only for the thing."""
    return any(at > -1 and p.lowers[at] in w.closing for at, _ in words)
