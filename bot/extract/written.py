"""Where the speaker is written at a cue: the words a reader points to as the source.

The entity is resolved from the mention's core (speakers.mention_tokens); the span shown as the
mention follows how news names its sources, as PolNeAR's annotators mark them:
- "Paul Mers, who runs the ferry line, said": the non-restrictive relative clause describing the
  speaker is part of the mention ("said Paul Mers, who runs the ferry line" too);
- "Mers, who said the fares would rise": the cue sits in the relative clause, so the clause is
  the statement's attribution and its relative pronoun is where the speaker is written.
"""

from __future__ import annotations

from spacy.tokens import Token

RELATIVE_PRONOUNS = {"who", "which", "that"}


def written_span(
    cue: Token, head: Token, mention: list[Token], speech: frozenset[str]
) -> tuple[Token, Token]:
    """The first and last token of the mention as written at this cue."""
    if cue.dep_ == "relcl" and cue.head.i == head.i:
        pronoun = next((c for c in cue.children if c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS), None)
        if pronoun is not None:
            return pronoun, pronoun
    last = mention[-1]
    for rel in (c for c in head.children if c.dep_ == "relcl" and c.i > last.i):
        opens = head.doc[rel.left_edge.i - 1].text == "," and rel.left_edge.lower_ in RELATIVE_PRONOUNS
        inside = rel.left_edge.i <= cue.i <= rel.right_edge.i
        saying = any(t.lemma_.lower() in speech and t.pos_ == "VERB" for t in rel.subtree)
        if opens and not inside and not saying and rel.left_edge.i - 2 <= last.i:
            last = rel.right_edge
    return mention[0], last
