"""Bodies every country has that news names bare: "Police said", "the police said".

A country named before the word ("Japanese police", "Seoul's police") makes the body that
country's, named as written; bare, it is the home country's (data/names.toml `home_country`: in
Korea-policy news Seoul's, as a plain "Foreign Ministry" is). Only a word with nothing else
before it: "military police" or "the border police" are other bodies, left to the other rules.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from bot.extract.names import text_of
from bot.extract.story_home import REFERRED_REACH

BARE = ("det", "amod", "compound", "poss", "case")  # the words a country or "the" hangs on the head by


def national_body(head: Token, span: Span, words: frozenset[str], country) -> tuple[str, str | None] | None:
    """The word naming the body and the words of the country it belongs to (None: bare), or None
    when `head` names no such body. `country(start, at)`: the government named right before `at`."""
    if head.lower_ not in words or any(c.dep_ not in BARE for c in head.children if c.i < head.i):
        return None
    before = [t for t in span if t.i < head.i and t.lower_ != "the"]
    if not before:
        return head.lower_, None
    if country(span.start_char, head.idx) is None:
        return None  # "military police", "the border police": another body
    return head.lower_, span.doc[before[0].i : head.i].text.replace("’s", "").replace("'s", "")


class NationalBodies:
    """Mixed into speakers.Discourse beside organisations.Organisations, whose reading it uses."""

    def _national(self, head: Token, span: Span, pos: int):
        """ "Police said": the police of the country named before, else of the home country."""
        names = self.actors.names
        found = national_body(
            head, span, names.national_bodies if names else frozenset(),
            lambda start, at: self._country_before(text_of(head.doc), start, at),
        )  # fmt: skip
        if found is None or not (found[1] or names.home_country):
            return None
        home, owner = self._government_named(names.home_country), self._government_named(found[1])
        written = names.home_country if owner is None or owner == home else found[1]
        return self._discover(f"{written} {found[0]}", "agency", owner or home, pos, None)

    def _representation_word(self, head: Token) -> bool:
        """ "North Korea's mission rejected ...": a country's post abroad as a subject."""
        words = self.actors.names.representation_words if self.actors.names else frozenset()
        return head.lower_ in words and any(c.dep_ == "poss" for c in head.children)

    def _representation(self, head: Token, span: Span, pos: int):
        """ "North Korea's mission in Geneva", "South Korea's embassy in Washington": a country's
        post abroad (data/names.toml `representation_words`), in lower case after the country,
        speaks for that government; "the mission" later is the same one (its word kept as a head)."""
        words = self.actors.names.representation_words if self.actors.names else frozenset()
        if head.lower_ not in words or not head.text.islower():
            return None
        country = self._country_before(text_of(head.doc), span.start_char, head.idx)
        return self._known(country, pos, {head.lower_}) if country else None

    def _post_of_representation(self, mention: list[Token], pos: int) -> str | None:
        """ "China's embassy pushed back. Embassy spokesman X said": a post named with the word of
        a country's post abroad and no country of its own is of the country whose post of that
        word was named last, close before (`_representation` keeps the word as its head)."""
        words = self.actors.names.representation_words if self.actors.names else frozenset()
        word = next((t.lower_ for t in mention if t.lower_ in words and t.dep_ == "compound"), None)
        if word is None or self._country_before(text_of(mention[0].doc), mention[0].idx, mention[-1].idx):
            return None
        posts = [e for e in self.entities.values() if e.kind == "government" and word in e.heads]
        last = max(posts, key=lambda e: e.seen_before(pos), default=None)
        if last is None or not 0 <= pos - last.seen_before(pos) <= REFERRED_REACH:
            return None
        return last.id

    def represented(self, slug: str | None) -> str | None:
        """ "the Chilean Embassy in Lima said", "a spokesman for the Chilean Embassy": a country's
        post abroad found in the text under its country's name (data/names.toml
        `representation_words`, the name's last word) speaks, and its people speak, for that
        government, as "Chile's embassy" does; the post itself stays the speaker."""
        found = self.discovered.get(slug) if slug else None
        words = self.actors.names.representation_words if self.actors.names else frozenset()
        if (
            found is None
            or found.kind == "person"
            or not found.parent
            or not self._is_government(found.parent)
        ):
            return slug
        return found.parent if found.name.split()[-1].lower() in words else slug

    def _government_named(self, text: str | None) -> str | None:
        hits = self.actors.find_names(text) if text else ()
        return hits[0].slug if hits and self._is_government(hits[0].slug) else None
