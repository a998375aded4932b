"""The body a person leads or works at now, told in a relative clause on their mention ("X, who
heads the Y Network", "X, who is now a fellow at the Y Institute"; part of `speakers.Discourse`,
beside `placement.Placement`, whose finding of a listed or named body it uses)."""

from __future__ import annotations

from spacy.tokens import Token


class LedPosts:
    """Posts told in a relative clause; mixed into Discourse, whose state it shares."""

    def _led_body(self, mention: list[Token]) -> str | None:
        """ "X, who heads the Y Network", "X, who is now a fellow at the Y Institute": the body a
        relative clause says the person leads or works at now."""
        for clause in self._post_clauses(mention):
            words = [w for w in clause.subtree if w.i > clause.i]
            if words:
                found = self._listed_or_found(
                    words,
                    words[0].doc[words[0].i : words[-1].i + 1],
                    words[0].idx,
                    words[-1].idx + len(words[-1]),
                )
                if found:
                    return found
        return None

    def _post_clauses(self, mention: list[Token]) -> list[Token]:
        """The relative clauses on the mention that say what post the person holds now."""
        names = self.actors.names
        leading = names.leading_verbs if names else frozenset()
        holding = names.present_role_verbs if names else frozenset()
        out = []
        for t in mention:
            for c in (c for r in t.children if r.dep_ == "relcl" for c in _with_conjuncts(r)):
                lemma = c.lemma_.lower()  # "who fled in 2011 and now heads the Y Network": the second
                if any(n.dep_ == "neg" for n in c.children):
                    continue
                if lemma in leading or lemma in holding and c.tag_ in ("VBZ", "VBP"):
                    out.append(c)
        return out

    def _led_roles(self, mention: list[Token]) -> set[str]:
        """ "X, who heads the association": later "the association head" is X."""
        names = self.actors.names
        if names is None:
            return set()
        return {r for c in self._post_clauses(mention) for r in names.led_roles(c.lemma_.lower())}


def _with_conjuncts(verb: Token) -> list[Token]:
    return [verb] + [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
