"""An entity the story refers to (speakers.Discourse keeps one per person, body or unnamed source
of an article): its id, kind and organisation, the role words and modifiers later references
match, and every position it was referred to at, for choosing the last one named."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Entity:
    id: str
    name: str
    kind: str  # person | ministry | government | party | other | group
    org: str | None
    anonymous: bool
    heads: set[str] = field(default_factory=set)  # role words: official, minister, spokesperson
    mods: set[str] = field(default_factory=set)  # senior, ...
    parts: tuple[str, ...] = ()  # name parts for surname matching
    last_seen: int = -1
    seen: list[int] = field(default_factory=list)  # every position it was referred to at

    def seen_before(self, pos: int) -> int:
        """The last position at or before `pos` it was referred to at (-1: not yet)."""
        return max((p for p in self.seen if p <= pos), default=-1)

    role: str | None = None
    subject_at: list[int] = field(default_factory=list)  # where it was the subject of a clause
    gender: str | None = None  # "m"/"f" once a pronoun has referred to it
    described: set[str] = field(default_factory=set)  # the words of the mention that introduced it
    unplaced: str | None = None  # the body a scene abroad replaced (placement.place_by_scene)
    passing: list[int] = field(default_factory=list)  # named inside another's description
    called: set[str] = field(default_factory=set)  # name parts it was referred to by alone ("Kim said")

    def subject_before(self, pos: int) -> int:
        return max((p for p in self.subject_at if p < pos), default=-1)

    def named_before(self, pos: int) -> tuple[int, int]:
        """For choosing the last one named: where it was last named in its own right (not only
        inside another person's description, "the sister of leader Kim Jong-un"), then seen at all."""
        own = max((p for p in self.seen if p <= pos and p not in self.passing), default=-1)
        return own, self.seen_before(pos)
