"""Which organisation a person is placed in by the words that introduce them (part of
`speakers.Discourse`, beside `organisations.Organisations`, whose finding it uses).

In the order a reader weighs them: a job title ("Unification Minister"), its country's when
qualified ("Chinese Foreign Ministry spokesperson"); the first body named in the mention, listed
or not ("Rep. X of the Y Party", "X, a researcher at the Y Institute"); a body the person is said
to lead or to work at now, in a relative clause ("X, who heads the Y Network", "X, who is now a
fellow at the Y Institute"); a party named just before a lawmaker; "the ministry" of the story.
A past role places nobody ("a former vice minister", "a retired army general"), unless the
mention says where the person is now ("a former envoy now at the Y Institution").
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from bot.extract.mention_parts import affiliation, covers_known, ranked_start, runs_of, without_clauses
from bot.extract.names import text_of
from bot.extract.organisations import _capitalised_runs, _object_of_to
from bot.tables import slugify

STATE_KINDS = ("ministry", "agency", "government")  # bodies of the state a name may show military
NEARBY = 600  # characters: a party named this close before a lawmaker is taken to be theirs


class Placement:
    """Person placement; mixed into Discourse, whose state it shares."""

    def _org_in(self, mention: list[Token], span: Span) -> tuple[str | None, str | None]:
        """The organisation a mention places its person in, and the job title that did it."""
        self.placing = span.start_char  # a bare title's holder must be this person (_holder_country)
        mention = without_clauses(mention)
        party = self._party_by_letter(mention)
        if party:  # "Rep. Ann Doe (D-Ore.) of the Armed Services Committee": a lawmaker's party
            return party, None
        current = self._without_past_roles(mention)
        party = self._party_by_noun(current)
        if party:  # "Rep. Ann Doe, an Ohio Republican on the Armed Services Committee"
            return party, None
        for part in runs_of(current):
            found = self._named_in(part)
            if found[0]:
                return found
        led = self._led_body(mention)
        if led:
            return led, None
        if any(t.lower_ in self.lexicon.legislator_words for t in current):  # "The party ... Rep. Bae"
            s = mention[0].idx + self.base
            self._note_listed_before(mention[0].doc, mention[0].idx, lambda a: a.kind == "party")
            party = self._last(lambda e: e.kind == "party", s)
            if party is not None and s - party.seen_before(s) < NEARBY:
                return party.id, None
        found = (
            self._generic_named(current, span) or self._executive_of(current) or self._head_of_state(current)
        )
        return found or (self._related_org(current, self.base + span.start_char) if current else None), None

    def _executive_of(self, mention: list[Token]) -> str | None:
        """ "a senior administration official": a bare word only one country's press uses for its
        executive (data/names.toml executive_words) on a role word, nothing naming whose."""
        words = dict(self.actors.names.executive_words) if self.actors.names else {}
        for t in mention:
            if (
                t.lower_ in words
                and t.head.lower_ in self.lexicon.person_roles
                and not any(c.pos_ == "PROPN" or c.ent_type_ for c in t.children)
            ):
                return self._government_named(words[t.lower_])
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

    def _party_by_letter(self, mention: list[Token]) -> str | None:
        """ "Rep. Ann Doe (D-Ore.)", "Sen. Bo Roe, R-Utah,": a listed US party by its letter."""
        names = self.actors.names
        if names is None or not mention or not any(t.ent_type_ == "PERSON" for t in mention):
            return None
        doc = mention[0].doc
        s, e = mention[0].idx, mention[-1].idx + len(mention[-1])
        slug = names.party_of_letter(text_of(doc)[s : min(e + 1, len(text_of(doc)))])
        return slug if slug in self.actors.by_slug else None

    def _party_by_noun(self, mention: list[Token]) -> str | None:
        """ "an Ohio Republican", "Democrat Ann Doe of Oregon": a listed party by its member's noun
        (data/names.toml `party_nouns`), not one word of a longer name ("a Liberal Democrat", "the
        Democrat Party"); a state's name may stand before it."""
        nouns = dict(self.actors.names.party_nouns) if self.actors.names else {}
        for t in (t for t in mention if t.text in nouns and nouns[t.text] in self.actors.by_slug):
            before = t.doc[t.i - 1] if t.i > 0 else None
            named = before is not None and before.is_alpha and before.is_title and before.ent_type_ != "GPE"
            if not named and (t.i + 1 >= len(t.doc) or t.doc[t.i + 1].text != "Party"):
                return nouns[t.text]
        return None

    def _named_in(self, part: list[Token]) -> tuple[str | None, str | None]:
        """A title, "X Minister" or a body named in one unbroken stretch of the mention."""
        doc = part[0].doc
        s, e = part[0].idx, part[-1].idx + len(part[-1])
        for h in self.actors.find_titles(text_of(doc), s, e):
            ranked = ranked_start(text_of(doc), s, h.start, self.lexicon.title_ranks)
            if self._unknown_nation_before(doc, ranked):
                # "Singapore's Foreign Minister X" is Singapore's; "a Western diplomatic source" nobody's
                return self._unlisted_country(doc, ranked), text_of(doc)[ranked : h.end]
            owner = self._body_before_title(doc, s, ranked)
            return owner or self._qualified(h, text_of(doc), s, doc), text_of(doc)[ranked : h.end]
        minister = (
            self._ministry_of_minister(part)
            or self._ministry_of_portfolio(part)
            or self._ministry_of_field(part)
            or self._place_office(part)
            or self._minister_of_issue(part)
            or self._minister_of_paragraph(part)
        )
        if minister:
            return minister
        found = self._listed_or_found(part, doc[part[0].i : part[-1].i + 1], s, e)
        return found or self._unlisted_state_post(part), None

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

    def _body_before_title(self, doc, start: int, at: int) -> str | None:
        """ "White House national security adviser X": a listed body (not a country) named right
        before another body's title holds the post; the title names the post, not its body."""
        text = text_of(doc)
        for h in self.actors.find_names(text, start, at):
            actor = self.actors.get(h.slug)
            if actor.kind not in ("person", "government") and not text[h.end : at].strip(" -"):
                return self._qualified(h, text, start, doc)
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

    def _note_listed_before(self, doc, end: int, fits) -> None:
        """Listed bodies named earlier in the paragraph than `end`, noted where they stand: a
        person is placed before the paragraph's subjects are read, and "The ruling X Party
        welcomed it. Rep. Y, the party's spokesperson" is X's."""
        text = text_of(doc)
        for h in self.actors.find_names(text, 0, end):
            actor = self.actors.get(h.slug)
            if (
                actor.kind not in ("person", "government")
                and fits(actor)
                and not self._inside_longer_name(doc, h)
            ):
                self._known(self._qualified(h, text, 0, doc), self.base + h.start)

    def _generic_named(self, mention: list[Token], span: Span) -> str | None:
        """ "ministry spokesperson Koo", "Ministry spokesperson Koo", "an official at the
        ministry": a generic head is the body of that kind the story last named."""
        if not mention:
            return None
        doc = mention[0].doc
        runs = _capitalised_runs(doc, mention[0].i, mention[-1].i + 1, self.lexicon)
        generic = {i for lo, hi in runs if self._generic(doc[lo:hi]) for i in range(lo, hi)}
        words = self.lexicon.organisation_words
        for t in mention:
            if (t.text.islower() or t.i in generic) and t.lower_ in words and t.i != span.root.i:
                self._note_listed_before(
                    doc, mention[0].idx, lambda a, w=t.lower_: w in a.name.lower().split()
                )
                found = self._organisation_named(t.lower_, self.base + t.idx)
                if found:
                    return found.id
        return None

    def _without_past_roles(self, mention: list[Token]) -> list[Token]:
        """The mention without a past role and the bodies it names ("a former U.S. negotiator",
        "a former official at the ministry"); a place it names after "now" stays."""
        names = self.actors.names
        former = names.former_words if names else frozenset()
        present = names.present_words if names else frozenset()
        past: set[int] = set()
        for t in mention:
            if t.lower_ in former and t.head.i != t.i and t.dep_ in ("amod", "advmod", "compound"):
                role = t.head
                after = range(role.i + 1, role.right_edge.i + 1)
                now = next((i for i in after if t.doc[i].lower_ in present), len(t.doc))
                past.update(range(role.left_edge.i, role.i + 1))
                for c in role.children:
                    if c.dep_ == "prep" and role.i < c.i < now:
                        past.update(w.i for w in c.subtree)
        return [t for t in mention if t.i not in past]

    def _listed_or_found(self, mention: list[Token], span: Span, s: int, e: int) -> str | None:
        """The first organisation named in the mention, known or found in the text."""
        doc = mention[0].doc
        known = None
        hits = self.actors.find_names(text_of(doc), s, e)
        for h, after in zip(hits, [*hits[1:], None], strict=False):  # each hit and the next
            actor = self.actors.get(h.slug)
            if actor.kind == "person" or _object_of_to(text_of(doc), s, h.start):
                continue
            if actor.kind == "government" and self._qualifies(text_of(doc), h, after):
                continue  # "Seoul's Unification Ministry spokeswoman": the ministry, of that country
            if self._inside_longer_name(doc, h):
                continue
            if actor.kind == "government" and not (
                self._before_role(doc, h.end, e) or self._role_holder_of(doc, h.start, h.end)
            ):
                continue  # "a professor of North Korean studies" is not North Korea's
            known = (h.start, self._qualified(h, text_of(doc), s, doc))
            break
        body = self._named_body(span, lambda run: not covers_known(run, known))
        if body is None and known is None:
            body = affiliation(span, self.lexicon.affiliation_prepositions)
        if body is None and known is None:
            return self._found_before(mention) or self._owner_of_unit(mention)
        if body is not None and (known is None or body.start_char < known[0]):
            return self._body(body, self.base + body.start_char).id
        return known[1] if known else None

    def _found_before(self, mention: list[Token]) -> str | None:
        """ "Dr X, Unicef's regional adviser": a one-word name of a body the story found before
        (no organisation word in it to find it by), owning the person's role."""
        for t in mention:
            if t.pos_ == "PROPN" and any(c.dep_ == "case" for c in t.children) and t.head.i != t.i:
                body = self.entities.get(self.acronyms.get(t.text, slugify(t.text)))
                if body is not None and body.kind not in ("person", "group", "government"):
                    return body.id
            if t.dep_ in ("compound", "nmod", "poss") and t.head.i != t.i:  # "a UN official"
                short = self._short_named(t, self.base + t.idx)
                if short is not None:
                    return short.id
        return None

    def _owner_of_unit(self, mention: list[Token]) -> str | None:
        """ "a deputy chief of the F.A.A.'s safety division": a body's name (an acronym, or a
        name holding a body word) before "'s" and a body word in lower case (a division, an office,
        a council of it) is the body the person serves, found under its name; not a country
        ("Norway's foreign ministry" is left to the country rules) nor a person ("Gorm's office",
        "Jo's group" after "Jo Min-su")."""
        words = self.lexicon.organisation_words
        for t in mention:
            if not (
                t.dep_ in ("poss", "nmod")
                and any(c.dep_ == "case" for c in t.children)
                and t.head.lower_ in words
                and t.head.text.islower()
            ):
                continue
            name = t.doc[t.left_edge.i : t.i + 1]
            acronym = t.text.replace(".", "").isupper() and len(t.text) > 1
            named = t.text[:1].isupper() and any(w.lower_ in words for w in name)
            if (acronym or named and t.ent_type_ not in ("PERSON", "GPE", "NORP", "LOC")) and not (
                self.actors.find_names(t.text)
                or any(e.kind == "person" and t.text in e.parts for e in self.entities.values())
            ):
                text = name.text[4:] if name.text.lower().startswith("the ") else name.text
                kind = self.actors.organisation_kind(text)
                return self._discover(text, kind, None, self.base + t.idx, None).id
        return None

    def _ministry_of_minister(self, mention: list[Token]) -> tuple[str, str] | None:
        """ "Fisheries Minister Ahn": the listed "Fisheries Ministry", when no title was listed."""
        for t in mention:
            if t.text == "Minister" and t.i > 0 and t.doc[t.i - 1].text[:1].isupper():
                lo = t.i - 1
                while (
                    lo > mention[0].i and t.doc[lo - 1].text[:1].isupper() and t.doc[lo - 1].lower_ != "vice"
                ):
                    lo -= 1
                name = t.doc[lo : t.i].text + " Ministry"
                hits = self.actors.find_names(name)
                if hits and hits[0].start == 0 and hits[0].end == len(name):
                    return hits[0].slug, t.doc[lo : t.i + 1].text
                return self._unlisted_portfolio(mention, t) or self._minister_s_deputy(mention, t)
        return None

    def _minister_s_deputy(self, mention: list[Token], minister: Token) -> tuple[str, str] | None:
        """ "Unification Minister Han said ... Vice Minister Oh said": a ranked "Minister" with no
        portfolio is the deputy of the minister the story last quoted, of that ministry."""
        doc, ranks = minister.doc, self.lexicon.title_ranks
        lo = minister.i
        while lo > mention[0].i and doc[lo - 1].lower_ in ranks:
            lo -= 1
        if lo == minister.i or lo > mention[0].i and doc[lo - 1].text[:1].isupper():
            return None

        def minister_of_ministry(e) -> bool:
            body = (self.actors.get(e.org) or self.discovered.get(e.org)) if e.org else None
            return (
                e.kind == "person"
                and bool(e.role)
                and "Minister" in e.role
                and body
                and body.kind == "ministry"
            )

        last = self._last(minister_of_ministry, self.base + doc[lo].idx)
        return (last.org, doc[lo : minister.i + 1].text) if last else None

    def _minister_of_paragraph(self, mention: list[Token]) -> tuple[str, str] | None:
        """ "The Fisheries Ministry will close the harbours, Minister Ahn said": a bare "Minister"
        before a name, no portfolio or rank with it, is the minister of the ministry the paragraph
        named last before the name; with none named there, of no ministry."""
        doc = mention[0].doc
        for t in mention:
            before = doc[t.i - 1] if t.i > 0 else None
            if (
                t.text != "Minister"
                or t.i + 1 >= len(doc)
                or doc[t.i + 1].pos_ != "PROPN"
                or before is not None
                and before.i >= mention[0].i
                and (before.text[:1].isupper() or before.lower_ in self.lexicon.title_ranks)
            ):
                continue
            pos = self.base + t.idx
            self._note_listed_before(doc, t.idx, lambda a: a.kind == "ministry")
            near = [
                e
                for e in self.entities.values()
                if getattr(self._body_of(e), "kind", None) == "ministry" and e.seen_before(pos) >= self.base
            ]
            if not near:
                return None
            return self._touch(max(near, key=lambda e: e.seen_before(pos)), pos).id, t.text
        return None

    def _body_of(self, e):
        """The listed or found body an entity is; None for a person."""
        return None if e.kind == "person" else self.actors.get(e.id) or self.discovered.get(e.id)

    def _unlisted_portfolio(self, mention: list[Token], minister: Token) -> tuple[str, str] | None:
        """ "First Vice Finance Minister X", "Health Minister Y": a one-word portfolio the table does
        not list is a ministry found and named as the press names it ("Finance Ministry"), the
        government's named before the title if any ("Japanese Health Minister Y"); not a rank
        ("Prime", "Deputy"), a country or a listed name ("Kremlin Minister")."""
        word = minister.doc[minister.i - 1]
        if (
            not word.is_alpha
            or word.lower_ in self.lexicon.title_ranks
            or word.lower_ in ("prime", "chief", "state", "cabinet", "former")
            or word.ent_type_ in ("GPE", "NORP", "PERSON")
            or self.actors.find_names(word.text)
        ):
            return None
        country = self._government_in(minister.doc, mention[0].idx, word.idx)
        found = self._discover(f"{word.text} Ministry", "ministry", None, self.base + word.idx, None)
        return self._of_country(found.id, country), f"{word.text} Minister"

    def _ministry_of_portfolio(self, mention: list[Token]) -> tuple[str, str] | None:
        """ "the vice-minister of the interior and safety", "the minister for health": the
        ministry of that portfolio, listed by its long name ("Ministry of National Defense") or
        found and named as the press shortens it, after its first word ("Interior Ministry")."""
        inside = {t.i for t in mention}
        for t in mention:
            prep = next((c for c in t.children if c.dep_ == "prep" and c.lower_ in ("of", "for")), None)
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
            if t.lower_ != "minister" or obj is None or obj.pos_ == "PROPN" and obj.ent_type_:
                continue  # "minister of Japan", "a minister for Seoul" name a country, not a portfolio
            words = [w for w in obj.subtree if w.i in inside]
            portfolio = " ".join(w.text for w in words).replace(" ,", ",")
            title = t.doc[t.i : words[-1].i + 1].text
            country = self._government_in(mention[0].doc, mention[0].idx, t.idx)
            long = self.actors.find_names(f"Ministry of {portfolio}")
            if long and long[0].start == 0 and long[0].end == len(f"Ministry of {portfolio}"):
                return self._of_country(long[0].slug, country), title
            first = next((w for w in words if w.pos_ in ("NOUN", "ADJ", "PROPN")), None)
            if first is not None:
                slug = slugify(f"{first.text} Ministry")
                if country is None and slug not in self.actors.by_slug:
                    slug = self._discover(
                        f"{first.text.title()} Ministry", "ministry", None, self.base + t.idx, None
                    ).id
                return self._of_country(slug, country), title
        return None

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

    def _military_body(self, mention: list[Token], pos: int) -> str | None:
        """ "a military officer", "a senior army official": the military body or defence ministry
        last named in the story, of the country the mention names, else of the story's home (in a
        Seoul story, not US Forces Korea or the North's army, named last though they were). A body
        outside the state that studies or speaks about defence ("the Korea Institute for Defense
        Analyses", a veterans' group) is no military body, whatever its name says."""
        words = self.actors.names.military_words if self.actors.names else frozenset()
        if not any(t.lower_ in words for t in mention):
            return None
        doc = mention[0].doc
        country = self._government_in(doc, mention[0].idx, mention[-1].idx + len(mention[-1]))
        country = country or (None if self.wire_story else self.home)  # a wire story names every country's

        def military(e) -> bool:
            actor = self._body_of(e)
            return (
                actor is not None
                and (
                    actor.kind == "military"
                    or actor.kind in STATE_KINDS
                    and any(w in words for w in actor.name.lower().split())
                )
                and (country is None or self._government_of(e.id) in (None, country))
            )

        found = self._last(military, pos)
        return found.id if found else None

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
