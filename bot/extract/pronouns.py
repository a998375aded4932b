"""Which person a pronoun is (part of `speakers.Discourse`): the last person of its gender who
was a subject, else named, in their own right; the gender known from how the person was
introduced ("Ms. X", "X, the powerful sister of Y") or from an earlier "he said"."""

from __future__ import annotations

from spacy.tokens import Token

from bot.extract.discourse_entity import Entity
from bot.extract.mentions import mention_tokens


class Pronouns:
    """Mixed into Discourse, whose state it shares."""

    def _pronoun_person(self, head: Token, gender: str, pos: int) -> Entity | None:
        """ "he said": the last person of that gender (as far as known) who was a subject, else
        named, in their own right; one named so far only inside another's description ("the
        sister of leader Kim Jong-un ... after he warned") only when there is nobody else, and
        that reference stays in passing (a later bare "Kim" is still the sister)."""

        def fits(e: Entity) -> bool:
            return e.kind == "person" and e.gender in (None, gender) and e.named_before(pos)[0] >= 0

        found = self._utterance_owner(head) or self._last_subject(fits, pos) or self._last(fits, pos)
        if found is None:
            found = self._described_object(head)
        if found is None:
            found = self._last(lambda e: e.kind == "person" and e.gender in (None, gender), pos)
            if found is not None:
                found.passing.append(pos)
        elif head.head.lemma_.lower() in self.lexicon.speech_verbs:
            found.gender = gender  # "he said" once, not "she" later
        return found

    def _introduced_gender(self, titles: list[Token]) -> str | None:
        """ "Ms. X", "X, the powerful sister of Y": a courtesy title before the name or the noun
        set beside it says whether a later "she" or "he" can be this person (not a word inside
        the description's own phrases: "the sister of leader Y" says nothing of Y)."""
        return self._gender_of({t.lower_ for t in titles})

    def _gender_of(self, words: set[str]) -> str | None:
        if words & self.lexicon.feminine_words:
            return "f"
        return "m" if words & self.lexicon.masculine_words else None

    def _described_object(self, head: Token) -> Entity | None:
        """ "X lashed out at the South's new defense minister, calling him a maniac after he warned
        ...": with nobody named in their own right before it, the pronoun is the person its
        sentence described before it by a post, as the object of an act."""
        for t in reversed(head.doc[head.sent.start : head.i]):
            if t.dep_ in ("dobj", "pobj") and t.lower_ in self.lexicon.role_nouns:
                return self.resolve(t, mention_tokens(t, self.lexicon))
        return None
