"""Finding known actors in text by name, alias and job title (data/actors.toml)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bot.extract.name_shapes import NameShapes
from bot.extract.regex_trie import trie
from bot.model import Actor

APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})
HITS_KEPT = 512  # name searches kept: more than one article makes


@lru_cache(maxsize=64)
def _normalised(text: str) -> str:
    """The text with straight apostrophes (the same length: offsets hold), for the last texts
    searched: a paragraph and its article are searched for names many times over."""
    return text.replace("’", "'").replace("‘", "'")


def text_of(doc) -> str:
    """A parsed paragraph's text, kept: spaCy rebuilds `Doc.text` from its tokens on every read."""
    text = doc.user_data.get("text")
    if text is None:
        text = doc.user_data["text"] = doc.text
    return text


def span_text(span) -> str:
    """`span.text`, cut from the kept paragraph text (spaCy joins its tokens' texts on each read)."""
    return text_of(span.doc)[span.start_char : span.end_char] if len(span) else ""


@dataclass(frozen=True)
class NameHit:
    start: int
    end: int
    slug: str
    via_title: bool = False


def _pattern(phrases: list[str]) -> re.Pattern | None:
    """One pattern for all phrases; at each place the longest phrase that ends a word matches.
    Short upper-case aliases ("US", "DP") match only as written, longer names in any case."""
    if not phrases:
        return None
    phrases = sorted({p.translate(APOSTROPHES) for p in phrases}, key=len, reverse=True)
    exact = [p for p in phrases if len(p) <= 4 and p.isupper()]
    folded = [p for p in phrases if p not in exact]
    if _shadowed(exact, folded):  # the trie would prefer the shorter folded phrase: list them in order
        body = "|".join(re.escape(p) if p in exact else f"(?i:{re.escape(p)})" for p in phrases)
    else:  # a trie of characters: one pass, not a try of every phrase at every word (~40% of name lookups)
        body = "|".join(part for part in (trie(folded, fold=True), trie(exact, fold=False)) if part)
    return re.compile(r"(?<![\w.])(?:" + body + r")(?!\w)")


def _spelled(spellings: tuple[tuple[str, str], ...], *phrases: str):
    """Each phrase, then its other spellings ("Ministry of National Defence" for "... Defense"),
    word for word, the first letter's case kept."""
    for phrase in phrases:
        yield phrase
        for a, b in spellings:
            for old, new in ((a, b), (b, a)):
                if re.search(rf"\b{old}\b", phrase, re.I):
                    yield re.sub(rf"\b{old}\b", lambda m, new=new: _cased(new, m.group()), phrase, flags=re.I)


def _cased(word: str, like: str) -> str:
    return word.upper() if like.isupper() else word.capitalize() if like[:1].isupper() else word


def _shadowed(exact: list[str], folded: list[str]) -> bool:
    """A folded phrase that begins, in any case, an exact one longer than it."""
    return any(e.lower().startswith(f.lower()) and len(e) > len(f) for e in exact for f in folded)


class ActorIndex:
    """Actors by slug, plus matchers for their names/aliases and the job titles that place a person.

    A plain name ("Foreign Ministry") is the body listed with it (Seoul's); `counterpart` finds
    the body of another country whose name ends the same way ("North Korean Foreign Ministry")."""

    def __init__(self, actors: tuple[Actor, ...], names: NameShapes | None = None):
        self.by_slug = {a.slug: a for a in actors}
        self.names = names
        self._alias_slug: dict[str, str] = {}
        self._title_slug: dict[str, str] = {}
        spellings = names.spellings if names else ()
        aliases, titles = [], []
        for a in actors:
            for phrase in _spelled(spellings, a.name, *a.aliases):
                self._alias_slug.setdefault(self._key(phrase), a.slug)
                aliases.append(phrase)
            for phrase in _spelled(spellings, *a.titles):
                self._title_slug.setdefault(self._key(phrase), a.slug)
                titles.append(phrase)
        self._aliases = _pattern(aliases)
        self._titles = _pattern(titles)
        # the same stretch of a paragraph is searched by several rules (a mention, its head, the
        # organisation it names): the last searches are kept
        self._hits = lru_cache(maxsize=HITS_KEPT)(self._scan)

    @staticmethod
    def _key(phrase: str) -> str:
        return phrase.translate(APOSTROPHES).lower()

    def _scan(self, titles: bool, text: str, start: int, end: int) -> tuple[NameHit, ...]:
        pattern, table = (self._titles, self._title_slug) if titles else (self._aliases, self._alias_slug)
        if pattern is None:
            return ()
        # the lookbehind sees the character before `start`; nothing after `end` is seen
        return tuple(
            NameHit(m.start(), m.end(), table[self._key(m.group())], titles)
            for m in pattern.finditer(_normalised(text), start, end)
        )

    def find_names(self, text: str, start: int = 0, end: int | None = None) -> tuple[NameHit, ...]:
        """Non-overlapping alias hits, longest first (regex alternation is ordered by length)."""
        return self._hits(False, text, start, len(text) if end is None else end)

    def find_titles(self, text: str, start: int = 0, end: int | None = None) -> tuple[NameHit, ...]:
        return self._hits(True, text, start, len(text) if end is None else end)

    def american(self, name: str) -> str:
        """A body's name in American spelling ("Centre for Defence Studies" -> "Center for Defense
        Studies"): the slug of a body found in the text does not depend on the outlet's spelling."""
        for a, b in self.names.spellings if self.names else ():
            name = re.sub(rf"\b{b}\b", lambda m, a=a: _cased(a, m.group()), name, flags=re.I)
        return name

    def counterpart(self, slug: str, country: str) -> str | None:
        """The body of `country` named like `slug` ("Foreign Ministry" -> "Chinese Foreign Ministry")."""
        base = self.by_slug.get(slug)
        if base is None:
            return None
        names = {self._key(n) for n in (base.name, *base.aliases) if " " in n}
        for other in self.by_slug.values():
            if other.slug != country and other.parent == country and other.kind == base.kind:
                if any(self._key(n).endswith(m) for n in (other.name, *other.aliases) for m in names):
                    return other.slug
        return None

    def body_of(self, country: str, word: str) -> str | None:
        """ "South Korea's military", "Pyongyang's state media": the one body of `country` that the
        generic word names, by its names or its kind ("military" -> the country's one military
        body), or the country itself ("South Korea's government": its name "South Korean
        government"); None if not exactly one."""
        kind = self.organisation_kind(word)
        found = [
            a.slug
            for a in self.by_slug.values()
            if (a.parent == country or a.slug == country)
            and a.kind != "person"
            and (
                any(word in self._key(n).split() for n in (a.name, *a.aliases))
                or kind != "other"
                and a.kind == kind
            )
        ]
        return found[0] if len(found) == 1 else None

    def organisation_kind(self, name: str) -> str:
        return self.names.organisation_kind(name) if self.names else "other"

    def get(self, slug: str) -> Actor | None:
        return self.by_slug.get(slug)

    def persons_with_part(self, part: str) -> list[Actor]:
        """Known people one of whose (space-separated) name parts is `part` ("Jung" -> Jung Chung-rae)."""
        return [
            a
            for a in self.by_slug.values()
            if a.kind == "person" and any(part in (n.split()[0], n.split()[-1]) for n in (a.name, *a.aliases))
        ]

    def organisation_of(self, slug: str | None) -> str | None:
        """The organisation a statement by `slug` counts for: a person's parent, else itself."""
        actor = self.by_slug.get(slug) if slug else None
        if actor is None:
            return None
        return actor.parent if actor.kind == "person" else actor.slug

    def lineage(self, slug: str | None) -> set[str]:
        seen: set[str] = set()
        while slug and slug not in seen:
            seen.add(slug)
            actor = self.by_slug.get(slug)
            slug = actor.parent if actor else None
        return seen
