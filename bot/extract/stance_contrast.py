"""Which of a statement's positions stands when it takes two: "welcomed the interest but has not
made a decision on X" ends on its bottom line. A clause after "but" is what the speaker leaves the
reader with (the concession comes first: Quirk et al., concessive coordination), so a position read
there outranks one read before it; elsewhere the first position read stands."""

from __future__ import annotations

from spacy.tokens import Span

from bot.extract.doc_cache import parse_of


def but_after(span: Span, keyword: Span) -> int | None:
    """The token index of the first clause-joining "but" after `keyword` in its sentence within
    `span`, or None: the later position only counts when it is in the conceded-to clause."""
    p, sentence = parse_of(span.doc), keyword.root.sent
    end = min(span.end, sentence.end)
    return next(
        (
            t
            for t in range(keyword.end, end)
            if p.lowers[t] == "but" and p.deps[t] == "cc" and _joins_clauses(p, t)
        ),
        None,
    )


def _joins_clauses(p, but: int) -> bool:
    """ "A but B" of two verbs, not "not A but B" of two nouns (stance_path reads that one)."""
    return p.pos[p.heads[but]] in ("VERB", "AUX")
