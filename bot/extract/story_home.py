"""The story's home country and the bodies a country's name picks (part of `speakers.Discourse`).

A story's home is the country whose offices it names bare: Seoul's in Korea-policy news
(data/names.toml `home_country`), the agency's own for a national agency's story ("TOKYO
(Kyodo) -- Foreign Minister X" is Japan's; data/names.toml `wire_agencies`), else the country a
story with no agency's dateline opens on ("Japan's Defense Ministry says ..."). An international
agency names every country's bodies with the country, so its bare shared office goes on naming
the one it last qualified; a country the table does not list has its own offices, found.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Token

from bot.extract.doc_cache import parse_of
from bot.extract.mention_parts import ranked_start
from bot.extract.names import NameHit, text_of
from bot.extract.structure import dateline_agency, dateline_place
from bot.model import Actor
from bot.tables import slugify

BREAK = re.compile(r"[.!?][\"”’]?\s|\s(?:--|—|–|-)\s")  # a sentence's end or a dateline's dash
HOME_MARGIN = 2  # mentions: how far the opening's country must lead the default home's
# A bare title's holder: the capitalised name right after it ("Defense Minister Kenji Sato")
HOLDER_NAME = re.compile(r"[ \u00a0]+([A-Z][a-z]+(?:-[a-z]+)?(?: [A-Z][a-z]+(?:-[a-z]+)?){1,2})\b")
# "a delegation of the DPRK led by [Vice] ": the body's word, the country, up to the title's start
LED_BY = re.compile(r"\b([a-z]+) (?:of|from) ((?:the )?[A-Z][\w'’ .()-]{1,60}?) led by (?:[A-Z][a-z]+ )*$")
REFERRED_REACH = 600  # characters: "the agency said" refers to a body named this close before


class StoryHome:
    """Mixed into Discourse, whose state it shares."""

    # --- the story's home country ---------------------------------------------------------------
    def _default_home(self) -> str | None:
        names = self.actors.names
        return self._government_named(names.home_country) if names else None

    def note_headline(self, headline: str) -> None:
        """The listed bodies the headline names: what the story is about (country_placement)."""
        self.headline_names = frozenset(h.slug for h in self.actors.find_names(headline))

    def note_dateline(self, paragraph: str) -> None:
        """ "TOKYO (Kyodo) --": a national agency's story is at home in the agency's country."""
        agency = dateline_agency(paragraph)
        agencies = dict(self.actors.names.wire_agencies) if self.actors.names else {}
        country = self._government_named(agencies.get(agency.lower())) if agency else None
        if country is not None:
            self.home = country
        self.wire_story = agency is not None and agency.lower() not in agencies
        filed = self._government_named(dateline_place(paragraph)) if self.wire_story else None
        subjects = (
            {self._government_named(s) for s in self.actors.names.story_subjects}
            if self.actors.names
            else set()
        )
        self.filed_from = filed if filed not in subjects | {self._default_home()} else None

    def note_opening(self, opening: str) -> None:
        """With no agency's dateline, the story is at home in the country its headline and lead
        name (as a country, its capital, its bodies) at least HOME_MARGIN times more often than
        the default home: "Japan's Defense Ministry says a missile fell inside Japan's zone" then
        "Defense Minister X" is Japan's. A story subject (North Korea) is nobody's home, nor is a
        place or a counterpart's country (_told_from)."""
        names, default = self.actors.names, self._default_home()
        if names is None or self.home != default or self.wire_story:
            return
        subjects = {self._government_named(s) for s in names.story_subjects}
        told = self._told_from(opening, names)
        counts = Counter(self._government_of(h.slug) for h in told)
        for t in self._government_titles(opening, told):  # bare, a foreign one's title is the story's own
            country = self._government_of(t.slug)
            counts[country] += 1 if country == default else HOME_MARGIN
        ranked = [(n, g) for g, n in counts.most_common() if g and g != default and g not in subjects]
        if (
            ranked
            and ranked[0][0] - counts[default] >= HOME_MARGIN
            and (len(ranked) < 2 or ranked[1][0] < ranked[0][0])
        ):
            self.home = ranked[0][1]

    def _government_titles(self, opening: str, named: list[NameHit]) -> list[NameHit]:
        """ "Chief Cabinet Secretary X defended ...": a bare title that only one government holds
        (data/actors.toml `titles` of a government) names that country as its name would, and
        counts HOME_MARGIN times (a paper names only its own government's office-holders bare); one
        right after a name already counted ("Japan's Chief Cabinet Secretary") counts once."""
        ends = {h.end for h in named}
        return [
            t
            for t in self.actors.find_titles(opening)
            if self._is_government(t.slug)
            and not any(t.start - 3 <= e <= t.start for e in ends)
            and not any(h.start < t.end and t.start < h.end for h in named)
        ]

    def _told_from(self, opening: str, names) -> list[NameHit]:
        """The opening's names that may tell whose story it is: not a place where something
        happened ("speaking in Tokyo", "a visit to Beijing"), nor the country of someone's
        counterpart ("with her Japanese counterpart": the story is told from the other side)."""
        kept = []
        for h in self.actors.find_names(opening):
            before = opening[max(0, h.start - 12) : h.start].split()[-1:]
            after = opening[h.end : h.end + 16].lstrip(" '’s").split()[:1]
            possessive = opening[h.end : h.end + 2] in ("'s", "’s")
            if before and before[0].lower() in names.place_prepositions and not possessive:
                continue
            if after and after[0].lower().strip(",.") in names.counterpart_words:
                continue
            kept.append(h)
        return kept

    def _continued(self, hit: NameHit, text: str) -> str | None:
        """ "Russia's Foreign Ministry said ... Foreign Ministry spokeswoman X said": an
        international agency qualifies every country's bodies, so in its story a bare name of an
        office every government has goes on naming the country's body of that name named last, if
        close before (Seoul's only when Seoul's was). A Seoul paper's bare one stays Seoul's."""
        shared = self.actors.names.shared_offices if self.actors.names else frozenset()
        default = self._default_home()
        if not self.wire_story or hit.slug not in shared or not default:
            return None
        lo = max([0] + [m.end() for m in BREAK.finditer(text, 0, hit.start)])  # its sentence
        if self._names_own_country(text[lo : hit.end], default):
            return None  # "South Korea's Foreign Ministry", "In Seoul, the foreign ministry said"
        pos = self.base + hit.start
        kin = [e for e in self.entities.values() if e.kind != "person" and self._named_alike(e.id, hit.slug)]
        last = max(kin, key=lambda e: e.seen_before(pos), default=None)
        if last is None or not 0 <= pos - last.seen_before(pos) <= REFERRED_REACH:
            return self._filed_from_office(hit, text)
        return last.id if last.id != hit.slug else None

    def _filed_from_office(self, hit: NameHit, text: str) -> str | None:
        """ "BEIJING (AP) -- ... a Foreign Ministry spokesperson said": an international agency
        names a country's offices bare only in a story filed from its capital, so with none of that
        name qualified close before, a bare office every government has is the dateline country's
        (not Seoul's, nor a story subject's: Washington's, Pyongyang's); a title before a name of
        the default home's people stays Seoul's ("Foreign Minister Seo Min-ji")."""
        country = self.filed_from
        held = self._holder_government(text, hit.end) if country else None
        if country is None or (held and held[1] == self._default_home()):
            return None
        return self.actors.counterpart(hit.slug, country) or self._country_office(hit.slug, country)

    def _named_alike(self, body: str, slug: str) -> bool:
        """Whether `body` is the office `slug` names, of some country (listed, or found as
        "japan-defense-ministry")."""
        found = self.discovered.get(body)
        country = found.parent if found else self._government_of(body)
        return body == slug or (
            country is not None and body in (self.actors.counterpart(slug, country), f"{country}-{slug}")
        )

    def _at_home(self, hit: NameHit, text: str, start: int) -> str | None:
        """A name of a default-home body (Seoul's) read bare in a story at home elsewhere: the
        home country's body of that name ("Foreign Minister"), else the home country for an office
        every government has ("the Defense Ministry") and a title of its government ("Prime
        Minister", "a government source"). A body only Seoul has (the Unification Ministry) or a
        mention that names a country stays as it reads."""
        home, default = self.home, self._default_home()
        if home is None or home == default or default not in self.actors.lineage(hit.slug):
            return None
        lo = max([start] + [m.end() for m in BREAK.finditer(text, start, hit.start)])
        if self._names_own_country(text[hit.start : hit.end], default) or any(
            self._is_government(h.slug) for h in self.actors.find_names(text, lo, hit.start)
        ):
            return None  # "South Korea's First Vice Foreign Minister": the mention names a country
        if self.actors.get(hit.slug).kind == "government":
            return home if hit.via_title else None
        return self.actors.counterpart(hit.slug, home) or self._country_office(hit.slug, home)

    def _holder_country(self, hit: NameHit, text: str) -> str | None:
        """ "Foreign Ministry spokesperson Liang Wenhao", "Defense Minister Kenji Sato": a bare
        title right before the name of one other nation's people (data/names.toml `surnames`,
        `given_first_surnames`) is that nation's office: a Korean paper qualifies a foreign
        office-holder by name alone. Seoul's bodies have Korean holders, so it never moves them."""
        held = self._holder_government(text, hit.end)
        if held is None or held[0] != self.placing:
            return None  # "Foreign Minister X and his counterpart, Y": the title is X's, not Y's
        country = held[1]
        if country is None or country == self._default_home() or country in self.actors.lineage(hit.slug):
            return None
        return self._office_in(hit, country)

    def _holder_nation(self, text: str, end: int) -> str | None:
        """The government of the nation whose people's name follows a title ending at `end`
        ("Finance Minister Kenji Sato": Japan's), when it is not the default home's."""
        held = self._holder_government(text, end)
        country = held[1] if held else None
        return country if country != self._default_home() else None

    def _holder_government(self, text: str, end: int) -> tuple[int, str | None] | None:
        """Where a name of one nation's people starts right after `end` (a title's holder), and
        that nation's government (data/names.toml `surnames`, `given_first_surnames`)."""
        m = HOLDER_NAME.match(text, end)
        names = self.actors.names
        if m is None or names is None:
            return None
        return m.start(1), self._government_named(names.nation_of_name(m.group(1).split()))

    def _office_in(self, hit: NameHit, country: str) -> str:
        """The office `hit` names, as `country`'s: the country itself for a bare government."""
        if self.actors.get(hit.slug).kind == "government":
            return country
        return (
            self.actors.counterpart(hit.slug, country) or self._country_office(hit.slug, country) or country
        )

    def _leading_country(self, hit: NameHit, text: str, start: int) -> str | None:
        """ "a team from the DPRK headed by Deputy Premier X": a bare title leading a
        country's post abroad or delegation (data/names.toml `representation_words`) is that
        country's office, wherever the story is at home."""
        words = self.actors.names.representation_words if self.actors.names else frozenset()
        lo = max([0] + [m.end() for m in BREAK.finditer(text, 0, hit.start)])  # its sentence
        m = LED_BY.search(text, lo, hit.start)
        if m is None or m.group(1).lower() not in words:
            return None
        hits = [h for h in self.actors.find_names(text, m.start(2), m.end(2)) if self._is_government(h.slug)]
        country = hits[-1].slug if hits else None
        if country is None or country in self.actors.lineage(hit.slug):
            return None
        return self._office_in(hit, country)

    def _country_office(self, slug: str, country: str) -> str | None:
        """A country's body of an office every government has, not listed for it: found, slugged
        as the table slugs such bodies ("japan-defense-ministry", as "japan-foreign-ministry")."""
        shared = self.actors.names.shared_offices if self.actors.names else frozenset()
        base, gov = self.actors.get(slug), self.actors.get(country)
        if slug not in shared or base is None or gov is None:
            return None
        found = f"{country}-{slug}"
        if found not in self.discovered:
            name = f"{gov.name} {base.name}"
            self.discovered[found] = Actor(found, name, base.kind, parent=country, discovered=True)
        return found

    def _unlisted_country_office(self, hit: NameHit, doc: Doc | None) -> str | None:
        """ "Mongolia's Foreign Ministry", "the Polish Defense Ministry": an office every
        government has, of a country the table does not list, is that country's body, found
        ("mongolia-foreign-ministry"), never the home country's that a bare name would be."""
        shared = self.actors.names.shared_offices if self.actors.names else frozenset()
        first = doc.char_span(hit.start, hit.end, alignment_mode="expand") if doc is not None else None
        if hit.slug not in shared or first is None or first.start == 0:
            return None
        i = first.start - 1 - (doc[first.start - 1].tag_ == "POS")  # "Mongolia 's"
        ent = next((e for e in doc.ents if e.start <= i < e.end and e.label_ in ("GPE", "NORP")), None)
        if i < 0 or ent is None or self.actors.find_names(ent.text):
            return None  # no country, or a listed one (_country_before's)
        country = self._country_named(ent)
        if country is None:
            return None
        gov, base = slugify(country), self.actors.get(hit.slug)
        found = f"{gov}-{hit.slug}"
        self.discovered.setdefault(gov, Actor(gov, country, "government", discovered=True))
        name = f"{country} {base.name}"
        self.discovered.setdefault(found, Actor(found, name, base.kind, parent=gov, discovered=True))
        return found

    def _carried_office(self, hit: NameHit, doc: Doc | None) -> str | None:
        """ "KCNA carried a Foreign Ministry statement", "Rodong Sinmun quoted a Foreign Ministry
        spokesperson as saying": an office every government has, named bare in the object of what
        a state medium carries or quotes (`putting_out_verbs`, `citing_verbs`), is the office of
        the medium's country, which needs no qualifier at home. Other media ("Yonhap carried a
        Foreign Ministry statement") and other acts ("KCNA denounced the Foreign Ministry") leave
        the name as it reads."""
        shared = self.actors.names.shared_offices if self.actors.names else frozenset()
        span = doc.char_span(hit.start, hit.end, alignment_mode="expand") if doc is not None else None
        if hit.slug not in shared or span is None:
            return None
        t, via = span.root, None
        while t.dep_ not in ("dobj", "ROOT") and t.pos_ not in ("VERB", "AUX"):
            via, t = t, t.head
        # "carried a statement from the Defense Ministry": the parse hangs "from" on the verb
        beside = via is not None and via.dep_ == "prep" and via.lower_ in ("from", "by")
        verb = t if beside and any(c.dep_ == "dobj" for c in t.children) else t.head
        relaying = self.lexicon.putting_out_verbs | self.lexicon.citing_verbs
        if (t.dep_ != "dobj" and verb is not t) or verb.lemma_.lower() not in relaying:
            return None
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]  # "the state agency | KCNA carried"
        if not subjects:
            return None
        text = text_of(doc)
        end = subjects[-1].right_edge.idx + len(subjects[-1].right_edge)
        for h in self.actors.find_names(text, subjects[0].left_edge.idx, end):
            medium = self.actors.get(h.slug)
            country = self._government_of(h.slug) if medium and medium.kind == "state-media" else None
            if country and country not in self.actors.lineage(hit.slug):
                return self.actors.counterpart(hit.slug, country) or self._country_office(hit.slug, country)
        return None

    def _country_named(self, ent) -> str | None:
        """The country an entity names: a place by its name ("Singapore", "the Philippines"), a
        people by its country (data/names.toml `demonyms`: "Polish" -> Poland); a region or a
        people the list does not hold ("Western", "European") names none."""
        name = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
        if ent.label_ == "GPE":
            return name
        return self.actors.names.country_of_demonym(name) if self.actors.names else None

    # --- the country a body's name is qualified by ---------------------------------------------
    def _placed_after(self, head: Token, slug: str) -> str:
        """ "The foreign ministry in Pyongyang", "the Foreign Ministry of China": a country named
        after a shared name picks that country's body, as one named before it does."""
        p, h = parse_of(head.doc), head.i  # token indices: asked of every organisation named
        beside = [*p.children[h], *(c for c in p.children[p.heads[h]] if c == h + 1)]  # or hung on the verb
        for prep in (c for c in beside if p.deps[c] == "prep" and p.lowers[c] in ("in", "of")):
            for obj in (head.doc[g] for g in p.children[prep] if p.deps[g] == "pobj"):
                hits = self.actors.find_names(text_of(head.doc), obj.left_edge.idx, obj.idx + len(obj))
                country = (
                    hits[-1].slug if hits and self.actors.get(hits[-1].slug).kind == "government" else None
                )
                if country and country not in self.actors.lineage(slug):
                    return self.actors.counterpart(slug, country) or country
        return slug

    def _qualified(self, hit: NameHit, text: str, start: int, doc: Doc | None = None) -> str:
        """A body named after a foreign country counts for that country's body of that name (found
        in the text for an office every government has: "Japan's Defense Ministry"), or the
        country itself when the table has no such body."""
        country = self._country_before(text, start, hit.start)
        if country is None:
            return (
                self._unlisted_country_office(hit, doc)
                or self._carried_office(hit, doc)
                or self._holder_country(hit, text)
                or self._leading_country(hit, text, start)
                or self._at_home(hit, text, start)
                or self._continued(hit, text)
                or hit.slug
            )
        if country in self.actors.lineage(hit.slug):
            return hit.slug
        return (
            self.actors.counterpart(hit.slug, country) or self._country_office(hit.slug, country) or country
        )

    def _country_before(self, text: str, start: int, at: int) -> str | None:
        """The government named right before `at` ("North Korea's", "Chinese", past a rank:
        "Russian Deputy", "Japan's top"); "its" is the government last mentioned, "the country's"
        that of the body last mentioned."""
        top = self.actors.names.rank_words if self.actors.names else frozenset()
        ranks = self.lexicon.title_ranks | top
        before = text[start : ranked_start(text, start, at, ranks)].rstrip()  # "Japan's top government"
        before = before[:-2].rstrip() if before.endswith(("'s", "’s")) else before
        if before.lower().endswith("its"):
            last = self._last(lambda e: e.kind == "government", self.base + at)
            return self._government_of(last.id) if last else None
        if before.lower().endswith(tuple(self.lexicon.country_anaphors)):
            return self._country_referred(text, start + len(before))
        for h in self.actors.find_names(text, start, start + len(before)):
            if h.end == start + len(before) and self.actors.get(h.slug).kind == "government":
                return h.slug
        return None

    def _country_referred(self, text: str, at: int) -> str | None:
        """ "North Korea's KCNA carried a statement from the country's foreign ministry": the
        country of the last body or country named before in the paragraph, else of the last
        government spoken of."""
        named = [self._government_of(h.slug) for h in self.actors.find_names(text, 0, at)]
        if any(named):
            return [g for g in named if g][-1]
        last = self._last(lambda e: e.kind == "government", self.base + at)
        return self._government_of(last.id) if last else None
