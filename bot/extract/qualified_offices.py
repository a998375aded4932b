"""Offices told by what qualifies them (part of `speakers.Discourse`).

- "a U.S. defense official": the country's ministry of the field named before the head.
- "Minister in charge of the abduction issue X": a minister given an issue speaks for the government.
- "Gangwon Governor Lee": the government of the place named before a local head's title.
- "Seoul's Unification Ministry": a country named right before a listed body qualifies it.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from bot.extract.names import text_of


class QualifiedOffices:
    """Mixed into Discourse, whose state it shares."""

    def _ministry_of_field(self, part: list[Token]) -> tuple[str, None] | None:
        """ "a U.S. defense official", "a South Korean unification official": an unnamed official
        whose field, in lower case between a country and the head, is that country's listed
        ministry or department of the field; a field it has none for ("military", "government",
        or a country with no such body listed) leaves the official to the other rules."""
        heads, doc = self.lexicon.anonymous_heads, part[0].doc
        for t in part[1:]:
            field = doc[t.i - 1]
            if t.lower_ not in heads or not field.text.isalpha() or not field.text.islower():
                continue
            country = self._country_before(text_of(doc), part[0].idx, field.idx)
            found = self._body_of_field(country, field.text) if country else None
            if found is not None:
                return found, None
        return None

    def _minister_of_issue(self, part: list[Token]) -> tuple[str, str] | None:
        """ "Minister in charge of the abduction issue X", "X, the minister in charge of Y": a
        cabinet minister given an issue, not a ministry, speaks for the government: the country
        named in the mention, else the one the holder's name is of, else the story's home."""
        for t in part:
            charge = next(
                (o for c in t.children if c.dep_ == "prep" and c.lower_ == "in"
                 for o in c.children if o.dep_ == "pobj" and o.lower_ == "charge"),
                None,
            )  # fmt: skip
            if t.lower_ != "minister" or charge is None:
                continue
            doc, names = t.doc, self.actors.names
            people = [w.text for w in part if w.ent_type_ == "PERSON"]
            country = (
                self._government_in(doc, part[0].idx, part[-1].idx + len(part[-1]))
                or (self._unlisted_country(doc, t.idx) if self._unknown_nation_before(doc, t.idx) else None)
                or self._government_named(names.nation_of_name(people) if names else None)
                or self.home
            )
            if country is not None:
                return country, doc[t.i : charge.right_edge.i + 1].text
        return None

    def _body_of_field(self, country: str, field: str) -> str | None:
        """The body of `country` named as the press names a ministry after its field."""
        word = field.title()
        for name in (
            f"{word} Ministry",
            f"{word} Department",
            f"Ministry of {word}",
            f"Department of {word}",
        ):
            hits = self.actors.find_names(name)
            if hits and hits[0].end - hits[0].start == len(name):
                slug = hits[0].slug
                if slug != country and country in self.actors.lineage(slug):
                    return slug
        return None

    def note_story_words(self, text: str) -> None:
        """The words the story writes in lower case: how it calls a kind of unit ("the prefecture")."""
        self.story_words = frozenset(re.findall(r"\b[a-z]+\b", text))

    def _place_office(self, part: list[Token]) -> tuple[str, str] | None:
        """ "Gangwon Governor Lee", "Daegu Mayor Kim": the government of the place named before a
        local head's title (data/names.toml `place_offices`), found as "<place> <level>", the level
        the story's own lower-case word for the unit if it has one ("the prefecture"). A listed
        name before it (a country: "U.S. Governor") is left to the other rules."""
        offices = dict(self.actors.names.place_offices) if self.actors.names else {}
        doc = part[0].doc
        for t in part[1:]:
            levels, place = offices.get(t.lower_), doc[t.i - 1]
            if levels is None or not t.text[:1].isupper() or place.pos_ != "PROPN" or place.i < part[0].i:
                continue
            if place.lower_ in self.lexicon.title_ranks:  # "Senior Deputy Governor X" of a bank: no place
                return None
            if self.actors.find_names(place.text):
                return None
            level = next((w for w in levels[1:] if w.lower() in self.story_words), levels[0])
            found = self._discover(f"{place.text} {level}", "other", self.home, self.base + t.idx, None)
            return found.id, f"{place.text} {t.text}"
        return None

    def _qualifies(self, text: str, country, after) -> bool:
        """A country named right before a listed body ("Seoul's Unification Ministry")."""
        if after is None or self.actors.get(after.slug).kind in ("person", "government"):
            return False
        return re.fullmatch(r"(?:['’]s)?\s*", text[country.end : after.start]) is not None

    def _names_own_country(self, phrase: str, country: str) -> bool:
        gov = self.actors.get(country)
        return any(re.search(rf"\b{re.escape(n)}\b", phrase) for n in (gov.name, *gov.aliases))
