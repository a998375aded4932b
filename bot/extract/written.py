"""Where the speaker is written at a cue: the words a reader points to as the source.

The entity is resolved from the mention's core (speakers.mention_tokens); the span shown as the
mention follows how news names its sources, as PolNeAR's annotators mark them:
- "Paul Mers, who runs the ferry line, said": a relative clause or participle describing the
  speaker ("a skipper who ...", "a panel led by ...") is part of the mention, and so is the rest
  of a coordinated subject ("Mers and his crew argue ...");
- "Mers, who said the fares would rise": the cue sits in the relative clause, so the clause is
  the statement's attribution and its relative pronoun is where the speaker is written.
"""

from __future__ import annotations

from spacy.tokens import Token

from bot.extract.clause_subjects import RELATIVE_TAGS
from bot.extract.doc_cache import lemmas_of, subtree_of, tags_of

WRITTEN_WITH = ("relcl", "acl", "conj")  # "who ...", "led by ...", "and her aides"


def written_span(
    cue: Token, head: Token, mention: list[Token], speech: frozenset[str]
) -> tuple[Token, Token]:
    """The first and last token of the mention as written at this cue."""
    if cue.dep_ == "relcl" and cue.head.i == head.i:
        pronoun = next((c for c in cue.children if c.dep_ == "nsubj" and c.tag_ in RELATIVE_TAGS), None)
        if pronoun is not None:
            return pronoun, pronoun
    last = mention[-1]
    for part in (c for c in head.children if c.dep_ in WRITTEN_WITH and c.i > last.i):
        inside = part.left_edge.i <= cue.i <= part.right_edge.i
        lemmas, tags = lemmas_of(head.doc), tags_of(head.doc)
        saying = any(lemmas[i] in speech and tags[i] == "VERB" for i in subtree_of(part))
        if not inside and not saying and _adjoins(head, part, last):
            last = part.right_edge
    while last.i > mention[0].i and (last.is_punct or last.is_space) and last.text != ")":
        last = head.doc[last.i - 1]
    return mention[0], last


def _adjoins(head: Token, part: Token, last: Token) -> bool:
    """The part follows the mention directly, or set off by a comma (or a dash)."""
    gap = [t for t in head.doc[last.i + 1 : part.left_edge.i] if not (t.is_punct or t.dep_ == "cc")]
    return not gap
