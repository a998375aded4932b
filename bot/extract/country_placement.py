"""Which country's government a person is placed in by the words that introduce them (part of
`speakers.Discourse`, beside `placement.Placement`, whose order of rules reaches these).

- A nationality or place right before a title that names no listed government ("Singapore's
  Foreign Minister X", "Philippine Foreign Secretary Y") is that country's, found as a government;
  a region ("a Western diplomatic source") or a place that is no country names none.
- A post only a state fills, after such a country ("Norway's deputy ambassador X").
- A head of state's bare title before a family name of one nation ("President Seo Jin-woo said").
- A bare word only one country's press uses for its executive ("a senior administration official").
- A country the parse hangs on a role word ("a spokeswoman for the Japanese government"), not a
  field or nationality studied ("a professor of North Korean studies", "Chinese analysts").
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from bot.extract.names import text_of
from bot.extract.organisations import _object_of_to


class CountryPlacement:
    """Placement in a country's government; mixed into Discourse, whose state it shares."""

    def _executive_of(self, mention: list[Token]) -> str | None:
        """ "a senior administration official": a bare word only one country's press uses for its
        executive (data/names.toml executive_words) on a role word, nothing naming whose; one
        such official in a story whose headline names the executive's own office ("White House
        drafts ...") briefs for that office (`executive_offices`), while several speak for the
        administration at large."""
        names = self.actors.names
        words = dict(names.executive_words) if names else {}
        for t in mention:
            if (
                t.lower_ in words
                and t.head.lower_ in self.lexicon.person_roles
                and not any(c.pos_ == "PROPN" or c.ent_type_ for c in t.children)
            ):
                office = dict(names.executive_offices).get(words[t.lower_])
                one = t.head.tag_ not in ("NNS", "NNPS")
                return (
                    office
                    if one and office in self.headline_names
                    else self._government_named(words[t.lower_])
                )
        return None

    def _head_of_state(self, mention: list[Token]) -> str | None:
        """ "President Seo Jin-woo said": a head of state's bare title before a family name of one
        nation is that nation's government (data/names.toml `head_of_state_titles`, `surnames`);
        "Red Cross President X", "Former President X", "the group's president" are not bare."""
        names = self.actors.names
        for t in mention if names else ():
            if t.text not in names.head_of_state_titles or t.i + 1 >= len(t.doc):
                continue
            before = t.doc[t.i - 1] if t.i > 0 else None
            if (
                before is not None
                and before.sent == t.sent
                and (before.text[:1].isupper() or before.tag_ == "POS")
            ):
                return None
            return self._government_named(names.nation_of_surname(t.doc[t.i + 1].text))
        return None

    def _unlisted_state_post(self, mention: list[Token]) -> str | None:
        """ "Norway's deputy ambassador X", "Philippine Foreign Secretary Y": a post only a state
        fills (data/names.toml `state_posts`), its ranks and capitalised words before it, after a
        country the table does not list, is that country's, found as a government."""
        posts = self.actors.names.state_posts if self.actors.names else frozenset()
        doc = mention[0].doc
        for t in (t for t in mention if t.lower_ in posts):
            lo = t.i
            while lo > mention[0].i and (
                doc[lo - 1].lower_ in self.lexicon.title_ranks
                or doc[lo - 1].text[:1].isupper()
                and doc[lo - 1].ent_type_ not in ("GPE", "NORP")
            ):
                lo -= 1
            if self._unknown_nation_before(doc, doc[lo].idx):
                return self._unlisted_country(doc, doc[lo].idx)
        return None

    def _nation_word_before(self, doc, at: int) -> Token | None:
        """The word of a nationality or place right before a title (past "'s": "Singapore's")."""
        before = doc.char_span(0, at, alignment_mode="contract")
        word = before[-1] if before is not None and len(before) else None
        if word is not None and word.tag_ == "POS" and word.i > 0:
            word = doc[word.i - 1]
        return word if word is not None and word.ent_type_ in ("NORP", "GPE", "LOC") else None

    def _unknown_nation_before(self, doc, at: int) -> bool:
        """A nationality or place right before a title that names no listed government."""
        word = self._nation_word_before(doc, at)
        if word is None:
            return False
        start = next((e.start_char for e in doc.ents if e.start <= word.i < e.end), word.idx)
        if start >= 4 and text_of(doc)[start - 4 : start].lower() == "the ":
            start -= 4  # "X, the North's foreign minister": the alias holds the article the entity left out
        hits = self.actors.find_names(text_of(doc), start, word.idx + len(word))
        return not any(self._is_government(h.slug) for h in hits)

    def _unlisted_country(self, doc, at: int) -> str | None:
        """The country the table does not list whose title this is, found as a government: a
        country's name ("Singapore's") or its people's adjective (data/names.toml `demonyms`:
        "Philippine"); a region ("Western", "European") or a place that is no country names none."""
        word = self._nation_word_before(doc, at)
        ent = next((e for e in doc.ents if e.start <= word.i < e.end), None) if word is not None else None
        country = self._country_named(ent) if ent is not None else None
        if country is None:
            return None
        return self._discover(country, "government", None, self.base + ent.start_char, None).id

    def _government_in(self, doc, start: int, end: int) -> str | None:
        """A government named in doc's text between start and end, not as where a post is ("to")."""
        text = text_of(doc)
        for h in self.actors.find_names(text, start, end):
            if self.actors.get(h.slug).kind == "government" and not _object_of_to(text, start, h.start):
                return h.slug
        return None

    def _of_country(self, slug: str, country: str | None) -> str:
        """A listed body for `country`: its own of that name, else the country itself."""
        if country is None or country in self.actors.lineage(slug) or slug not in self.actors.by_slug:
            return slug if country is None else country
        return self.actors.counterpart(slug, country) or country

    def _before_role(self, doc, at: int, end: int) -> bool:
        """A country name directly before a role word ("US acting ambassador", "Chinese spokesperson");
        not one joined to a word after it ("a Seoul-based activist", "a US-trained analyst")."""
        if text_of(doc)[at : at + 1] == "-":
            return False
        words = [re.sub(r"['’]s$", "", w.strip(",.")).lower() for w in text_of(doc)[at:end].split()[:2]]
        if words and self._studies(words[0]):
            return False  # "a North Korea researcher", "Chinese analysts": a field or a nationality
        return any(w in self.lexicon.person_roles for w in words)

    def _employer_beside(self, role: Token) -> bool:
        """ "a South Korean government researcher": a body word on the role says whom it serves."""
        words = self.lexicon.organisation_words
        return any(c.lower_ in words for c in role.children if c.dep_ in ("compound", "amod"))

    def _studies(self, word: str) -> bool:
        """A role a country before names the field or nationality of (data/names.toml study_roles)."""
        roles = self.actors.names.study_roles if self.actors.names else frozenset()
        return word in roles or word.endswith("s") and word[:-1] in roles

    def _role_holder_of(self, doc, start: int, end: int) -> bool:
        """A country whose name the parse hangs on a role word: as its modifier ("Japan's top
        government spokesman") or as the body after it ("a spokesman for the Japanese government").
        Not a subject of study ("a professor of North Korean studies", "an expert on China"), nor
        part of another body's name ("lawmakers from South Korea's People Power Party")."""
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        t = span.root
        while t.dep_ in ("poss", "compound", "amod", "nmod") and t.head.i != t.i and t.head.pos_ != "VERB":
            direct, t = t.i == span.root.i, t.head
            if t.lower_ in self.lexicon.person_roles:
                return not (direct and self._studies(t.lower_) and not self._employer_beside(t))
            if t.pos_ == "PROPN" and not span.start <= t.i < span.end:
                return False  # part of another name ("South Korea's People Power Party")
        if t.i >= span.end and t.lower_ not in self.lexicon.organisation_words:
            return False  # the name modifies something else it is about ("North Korean studies")
        prep = t.head
        return (
            t.dep_ == "pobj"
            and prep.lower_ in self.lexicon.affiliation_prepositions | self.lexicon.holder_prepositions
            and prep.head.lower_ in self.lexicon.person_roles
        )
