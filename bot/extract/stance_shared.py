"""Predicates that share one subject: "the drills are defensive and will go ahead as planned",
"the sanctions remain in force and must be enforced" say of their one subject what each verb
says. The parser hangs the later verbs on the first as its conjuncts, off the path from the
subject; a verb with a subject of its own ("the drills ended and the envoys met") is another
clause, and one before the first verb is not the subject's. Only a predicate with a modal (what
will, would, must or should be) is read: one told in the past ("were defensive and posed no
threat") is an account of the thing."""

from __future__ import annotations

from spacy.tokens import Span

from bot.extract.doc_cache import Parse
from bot.extract.stance_words import StanceWords

ANY_SUBJECT = ("nsubj", "nsubjpass", "expl", "csubj")  # any subject of its own, "it" and clauses too


def shared_predicates(p: Parse, verb: int, span: Span) -> list[int]:
    """The verbs with a modal coordinated after `verb` that take its subject, in order (a
    conjunct's own conjuncts included: "is A, will B and must C"), within the statement."""
    found: list[int] = []
    todo = [verb]
    while todo:
        head = todo.pop()
        for c in p.children[head]:
            if (
                p.deps[c] == "conj"
                and c > head
                and span.start <= c < span.end
                and p.pos[c] in ("VERB", "AUX")
                and not any(p.deps[g] in ANY_SUBJECT for g in p.children[c])
                and any(p.deps[g] in ("aux", "auxpass") and p.tags[g] == "MD" for g in p.children[c])
            ):
                found.append(c)
                todo.append(c)
    return sorted(found)


def bound_not_to(p: Parse, verb: int, w: StanceWords) -> bool:
    """ "must not harm", "should not hurt": an effect denied under an obligation is a limit set on
    what the thing may do, not a judgement that it does good or harm."""
    children = p.children[verb]
    return (
        w.effects.at_i(p, verb) is not None
        and any(w.negates_i(p, c) for c in children)
        and any(p.tags[c] == "MD" and p.lowers[c] in w.obligations for c in children)
    )
