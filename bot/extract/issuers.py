"""Statements named as things and who issued them (part of `speakers.Discourse`): "A
spokesperson for the X Ministry issued a statement. It said ...", "a statement by ...": the
statement is the issuer's, the body's when an unnamed spokesperson issued it, and "It said" and
"the statement said" after it are its words (`Discourse._it`, `Discourse.documents`).
"""

from __future__ import annotations

from spacy.tokens import Token

from bot.extract.cues import to_someone, wordless_talk
from bot.extract.mentions import mention_tokens


def means_of_saying(noun: Token, media: frozenset[str]) -> bool:
    """ "by phone", "by video link", "by email": a bare medium after "by" is the way words went,
    not who wrote them (with an article it may be an author: "a commentary by the paper")."""
    if any(c.dep_ in ("det", "poss") for c in noun.children):
        return False
    return any(w.lemma_.lower() in media for w in (noun, *noun.children) if w.i <= noun.i)


class Issuers:
    """Mixed into Discourse, whose state it shares."""

    def note_issued(self, subject: Token) -> None:
        """ "A spokesperson for the X Ministry issued a statement", "a statement by ...": the
        statement is the issuer's, the body's when an unnamed spokesperson issued it; "It said"
        and "the statement said" after it are its words."""
        verb = subject.head
        if subject.dep_ == "nsubj" and wordless_talk(verb, self.lexicon) and to_someone(verb):
            self._talked(subject)
            return
        if (said := self.statement_by(subject)) is not None:
            medium = [said]
        elif subject.dep_ == "nsubj" and (author := self._relayed_from(verb)) is not None:
            medium_noun, source = author  # "KCNA carried a statement from the foreign ministry"
            issuer = self.resolve(source, mention_tokens(source, self.lexicon), salient=False)
            if issuer is not None:
                self.documents[medium_noun.lemma_.lower()] = self._issuing_body(
                    issuer, self.base + source.idx
                )
            return
        elif subject.dep_ == "nsubj" and (within := self._said_within(verb)) is not None:
            issuer = self.resolved(subject)
            if issuer is not None:  # "X warned in a statement ... The statement said": X's
                self.documents[within.lemma_.lower()] = self._issuing_body(issuer, self.base + within.idx)
            return
        elif subject.dep_ != "nsubj" or verb.lemma_.lower() not in self.lexicon.issuing_verbs:
            return
        else:
            medium = [
                c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in self.lexicon.medium_nouns
            ]
        issuer = self.resolved(subject)
        if not medium or issuer is None:
            return
        at = self.base + medium[0].idx
        issuer = self._issuing_body(issuer, at)
        self.documents[medium[0].lemma_.lower()] = issuer
        self.issued = (at, issuer)
        self.issued_mention = (self.base + subject.left_edge.idx, self.base + subject.idx + len(subject))

    def _issuing_body(self, issuer, at: int):
        """An unnamed spokesperson's statement is the body's."""
        if issuer.kind == "person" and issuer.anonymous and issuer.org:
            body = self._known(issuer.org, at) if issuer.org in self.actors.by_slug else None
            return body or self.entities.get(issuer.org) or issuer
        return issuer

    def _relayed_from(self, verb: Token) -> tuple[Token, Token] | None:
        """ "carried a statement from the foreign ministry": the saying a medium passed on, and
        the body it came from (its author, whose words "the statement said" later gives)."""
        media = self.lexicon.medium_nouns
        for noun in (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in media):
            after = [*noun.children, *(c for c in verb.children if c.i > noun.i)]  # either, as parsed
            for prep in (c for c in after if c.dep_ == "prep" and c.lower_ == "from"):
                source = next((g for g in prep.children if g.dep_ == "pobj"), None)
                if source is not None:
                    return noun, source
        return None

    def _said_within(self, verb: Token) -> Token | None:
        """ "warned in a statement", "said in a commentary": the saying named as a thing the
        speaker's words were in, the same paragraph's "The statement said" before its cue is read."""
        media = self.lexicon.medium_nouns
        return next(
            (
                g
                for prep in verb.children
                if prep.dep_ == "prep" and prep.lower_ == "in"
                for g in prep.children
                if g.dep_ == "pobj" and g.lemma_.lower() in media
            ),
            None,
        )

    def _talked(self, subject: Token) -> None:
        """ "X spoke to reporters at the pier.": a paragraph that is all quote right after it gives
        X's words."""
        speaker = self.resolved(subject)
        if speaker is not None:
            self.issued = (self.base + subject.head.idx, speaker)
            self.issued_mention = (self.base + subject.left_edge.idx, self.base + subject.idx + len(subject))
            self.talked = (speaker, self.issued_mention)

    def statement_by(self, agent: Token) -> Token | None:
        """ "a statement by a spokesperson for X" (also "Then came a statement by ...", the parser
        hanging "by" on the verb): the saying named as a thing whose agent this is."""
        by = agent.head
        if agent.dep_ != "pobj" or by.lower_ != "by":
            return None
        media = self.lexicon.medium_nouns
        if means_of_saying(agent, media):
            return None  # "told the Gazette by phone": how it was said, no author
        if by.head.lemma_.lower() in media:
            return by.head
        return next(
            (
                c
                for c in by.head.children
                if c.dep_ in ("nsubj", "dobj") and c.i < by.i and c.lemma_.lower() in media
            ),
            None,
        )

    def _utterance_owner(self, pronoun: Token):
        """ "X's speech to the assembly, in which he said ...": the pronoun in a relative clause on
        a person's utterance is that person, however many others spoke since."""
        verb, noun = pronoun.head, pronoun.head.head
        if (
            pronoun.dep_ != "nsubj"
            or verb.dep_ != "relcl"
            or noun.lemma_.lower() not in self.lexicon.utterance_nouns
        ):
            return None
        owner = next((c for c in noun.children if c.dep_ == "poss" and c.ent_type_ == "PERSON"), None)
        found = self.resolve(owner, mention_tokens(owner, self.lexicon), salient=False) if owner else None
        return found if found is not None and found.kind == "person" else None
