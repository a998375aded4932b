"""A body, group or pair a bare phrase refers back to (part of `speakers.Discourse`).

- "..., the government said": the story's home country's government.
- "the agency said": the body of that kind last a subject, else last named, close before.
- "One of the people said ... The other said": one member of a group, the same each time.
- "The two leaders said": the two named people last speaking.
- "according to ministry data": the body that keeps the records.
"""

from __future__ import annotations

from spacy.tokens import Token

from bot.extract.mentions import determiner, mention_tokens
from bot.extract.story_home import REFERRED_REACH


class BackReferences:
    """Mixed into Discourse, whose state it shares."""

    def _home_government(self, head: Token, pos: int):
        """ "..., the government said": "the government" alone, no government named before it, is
        the story's home country's (Seoul's; Japan's in a Kyodo story)."""
        words = self.actors.names.government_words if self.actors.names else frozenset()
        bare = all(c.dep_ == "det" for c in head.children if c.i < head.i)
        return self._known(self.home, pos) if head.lower_ in words and bare and self.home else None

    def _body_referred(self, word: str, pos: int):
        """ "the agency said", "the organization said" when no body with that word in its name was
        named: the body of that kind (any, for a word of no kind) last a subject close before, else
        last named close before ("According to the Red Cross, ... The organization said ...")."""
        kind = self.actors.organisation_kind(word)

        def fits(e) -> bool:
            return e.kind not in ("person", "group") and kind in ("other", e.kind)

        near = [
            e for e in self.entities.values() if fits(e) and 0 <= pos - e.seen_before(pos) <= REFERRED_REACH
        ]
        if not near:
            return None
        subjects = [e for e in near if e.subject_before(pos) >= 0]
        best = max(subjects or near, key=lambda e: e.subject_before(pos) if subjects else e.seen_before(pos))
        return self._touch(best, pos)

    def _one_of(self, head: Token, pos: int):
        """ "One of the people said", "one of the sources said": one person of a group, of its
        body; the same one each time the story says so (the group itself speaks as "they"). "One
        of them" is of the group just met, and "the other" after it the group's other member."""
        if head.lower_ == "other" and determiner(head) == "the":
            return self._other_member(pos)
        if head.lower_ != "one":
            return None
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        group = next((c for c in of.children if c.dep_ == "pobj" and c.tag_ == "NNS"), None) if of else None
        found = self.resolve(group, mention_tokens(group, self.lexicon), False) if group is not None else None
        them = next((c for c in of.children if c.dep_ == "pobj" and c.lower_ == "them"), None) if of else None
        if found is None and them is not None:
            found = self._last(lambda e: e.kind == "group" and e.seen_before(pos) >= self.previous_base, pos)
        if found is None:
            return None
        key = "anon-one-of-" + found.id.removeprefix("group-").removeprefix("anon-")
        member = self.entities.get(key) or type(found)(key, f"one of {found.name}", "person", found.org, True)
        roles = self.lexicon.anonymous_heads  # "One of those sources, a senior aide, said": "the aide"
        for role in (c for c in head.children if c.dep_ == "appos" and c.lower_ in roles):
            member.heads.add(role.lemma_.lower())
            member.mods.update(c.lower_ for c in role.children if c.dep_ == "amod")
        return self._touch(member, pos)

    def _other_member(self, pos: int):
        """ "One of them said … The other said": the other member of the group one of whom spoke
        in this paragraph or the one before."""
        one = [
            e
            for e in self.entities.values()
            if e.id.startswith("anon-one-of-") and e.seen_before(pos) >= self.previous_base
        ]
        if not one:
            return None
        first = max(one, key=lambda e: e.seen_before(pos))
        key = first.id.replace("anon-one-of-", "anon-other-of-", 1)
        member = self.entities.get(key) or type(first)(
            key, f"the other of {first.name}", "person", first.org, True
        )
        return self._touch(member, pos)

    def _records_keeper(self, word: str, org: str | None, pos: int):
        """ "according to ministry data", "Bank of Korea figures show": records a body keeps
        (lexicon record_nouns) tell what that body found; it is the source, not a group."""
        if org is None or word not in self.lexicon.record_nouns:
            return None
        if org in self.actors.by_slug:
            return self._known(org, pos)
        return self._touch(self.entities[org], pos) if org in self.entities else None

    def _pair_speaking(self, head: Token, pos: int):
        """ "The two leaders said", "Both ministers agreed": a plural head counted as a pair is the
        two named people last speaking, when two were; the statement is the later one's. A bare
        count with no "the" introduces people not met before ("Two officials, speaking on condition
        of anonymity, said")."""
        pairs = self.actors.names.pair_words if self.actors.names else frozenset()
        roles = self.lexicon.role_nouns | self.lexicon.anonymous_heads  # "the two sides" are no people
        if head.tag_ != "NNS" or head.lemma_.lower() not in roles and head.lower_ not in roles:
            return None
        counted = [c for c in head.children if c.lower_ in pairs and c.i < head.i]
        if not counted:
            return None
        if counted[0].like_num and not any(c.dep_ in ("det", "poss") for c in head.children):
            return None
        people = [e for e in self.entities.values() if e.kind == "person" and not e.anonymous]
        spoke = sorted((e for e in people if e.subject_before(pos) >= 0), key=lambda e: e.subject_before(pos))
        return self._touch(spoke[-1], pos) if len(spoke) >= 2 else None
