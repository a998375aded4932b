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


def purposes_first(span: Span, mentions: list) -> list:
    """ "proposed Red Cross talks with the North to arrange family reunions": talks proposed for a
    purpose that names an outcome (a concept's `aim`) are a proposal of that outcome, the talks
    its means; the aim's mention is read before the talks' (each still decides its own side)."""
    talks = [m for m in mentions if m[2].concept.counterpart is not None]
    aims = [m for m in mentions if m[2].concept.aim]
    if not talks or not aims:
        return mentions
    purposes = [c for m in talks for c in _purpose_clauses(span, m)]
    first = [m for m in aims if any(_inside(span, m, c) for c in purposes)]
    return first + [m for m in mentions if m not in first] if first else mentions


def _purpose_clauses(span: Span, mention) -> list:
    """The "to" clauses of purpose on the talks, or on the verb that takes them as its object (the
    parser hangs "talks ... to arrange X" on either)."""
    token = _token(span, mention)
    if token is None:
        return []
    verb = token.head if token.dep_ == "dobj" and token.head.pos_ == "VERB" else None
    found = [c for c in token.children if c.dep_ == "acl"]
    found += [c for c in verb.children if c.dep_ == "advcl"] if verb is not None else []
    return [c for c in found if any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)]


def _inside(span: Span, mention, clause) -> bool:
    token = _token(span, mention)
    return token is not None and clause.left_edge.i <= token.i <= clause.right_edge.i


def _token(span: Span, mention):
    s, e = span.start_char + mention[0], span.start_char + mention[1]
    found = span.doc.char_span(s, e, alignment_mode="expand")
    return found.root if found is not None and len(found) else None
