"""Which organisation a person is placed in by the words that introduce them (part of
`speakers.Discourse`, beside `organisations.Organisations` and `found_bodies.FoundBodies`, whose
finding it uses).

In the order a reader weighs them: a job title ("Unification Minister"), its country's when
qualified ("Chinese Foreign Ministry spokesperson"); the first body named in the mention, listed
or not ("Rep. X of the Y Party", "X, a researcher at the Y Institute"); a body the person is said
to lead or to work at now, in a relative clause ("X, who heads the Y Network", "X, who is now a
fellow at the Y Institute"); a party named just before a lawmaker; "the ministry" of the story.
A past role places nobody ("a former vice minister", "a retired army general"), unless the
mention says where the person is now ("a former envoy now at the Y Institution").
The rules for ministers are in minister_placement.py, those for a country's government in
country_placement.py.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from bot.extract.mention_parts import affiliation, covers_known, ranked_start, runs_of, without_clauses
from bot.extract.name_runs import capitalised_runs as _capitalised_runs
from bot.extract.names import text_of
from bot.extract.organisations import _object_of_to
from bot.tables import slugify

STATE_KINDS = ("ministry", "agency", "government")  # bodies of the state a name may show military
NEARBY = 600  # characters: a party named this close before a lawmaker is taken to be theirs


class Placement:
    """Person placement; mixed into Discourse, whose state it shares."""

    def _org_in(self, mention: list[Token], span: Span) -> tuple[str | None, str | None]:
        """The organisation a mention places its person in, and the job title that did it."""
        self.placing = span.start_char  # a bare title's holder must be this person (_holder_country)
        mention = without_clauses(mention, self.lexicon.knowing_adjectives)
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
            members = self._members_of_party(s)
            if members is not None and (party is None or members.seen_before(s) > party.seen_before(s)):
                return members.org, None
            if party is not None and s - party.seen_before(s) < NEARBY:
                return party.id, None
        found = (
            self._generic_named(current, span) or self._executive_of(current) or self._head_of_state(current)
        )
        return found or (self._related_org(current, self.base + span.start_char) if current else None), None

    def _members_of_party(self, pos: int):
        """ "Thirty lawmakers of the X Party launched a caucus. ... Rep. Y said": a group of a
        party's members met close before; a lawmaker named next is one of them."""
        groups = [
            e
            for e in self.entities.values()
            if e.kind == "group" and e.org and 0 <= pos - e.seen_before(pos) < NEARBY
            and getattr(self._actor_of(e.org), "kind", None) == "party"
        ]  # fmt: skip
        return max(groups, key=lambda e: e.seen_before(pos), default=None)

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
            if self._title_in_longer_name(doc, h.start, s):
                continue
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
        if found and self._sent_to_body(part, found):
            return None, None
        return found or self._unlisted_state_post(part), None

    def _title_in_longer_name(self, doc, at: int, start: int) -> bool:
        """ "a Liberal Democratic Party lawmaker" holds no "Democratic Party lawmaker" post: a
        capitalised word inside the sentence right before a listed title whose words name a body
        makes a longer name of another body (not a rank, a country or a people: "Senior", "Korean")."""
        t = doc.char_span(at, at + 1, alignment_mode="expand")
        if t is None or t.start == 0 or at <= start:
            return False
        before, lex = doc[t.start - 1], self.lexicon
        title = doc[t.start : t.start + 4]
        return (
            before.text[:1].isupper()
            and before.is_alpha
            and not before.is_sent_start
            and before.lower_ not in lex.title_ranks | lex.role_nouns
            and before.ent_type_ not in ("GPE", "NORP", "PERSON")
            and not self.actors.find_names(before.text)
            and any(w.lower_ in lex.organisation_words and w.text[:1].isupper() for w in title)
        )

    def _sent_to_body(self, part: list[Token], org: str) -> bool:
        """ "An Asian diplomat at the United Nations", "envoys at the IAEA": a post a state sends
        (data/names.toml `sent_posts`) at an international body is a member state's, not the body's."""
        body = self._actor_of(org)
        posts = self.actors.names.sent_posts if self.actors.names else frozenset()
        if body is None or body.kind != "international":
            return False
        return any(
            c.dep_ == "prep" and c.lower_ == "at" for t in part if t.lower_ in posts for c in t.children
        )

    def _body_before_title(self, doc, start: int, at: int) -> str | None:
        """ "White House national security adviser X": a listed body (not a country) named right
        before another body's title holds the post; the title names the post, not its body."""
        text = text_of(doc)
        for h in self.actors.find_names(text, start, at):
            actor = self.actors.get(h.slug)
            if actor.kind not in ("person", "government") and not text[h.end : at].strip(" -"):
                return self._qualified(h, text, start, doc)
        return None

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
                portfolio = self._portfolio_body(t, span)
                if portfolio is not None:  # "a fisheries ministry official": that ministry
                    return self._body(portfolio[0], self.base + t.idx, portfolio[1]).id
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
            body = affiliation(span, self.lexicon.affiliation_prepositions, self.lexicon.settlement_nouns)
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
                if t.head.lower_ in self.lexicon.person_roles:  # "Tidewell's head of research"
                    owner = self._proper_body(t, ())
                    if owner is not None:
                        return owner.id
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

    def _body_of(self, e):
        """The listed or found body an entity is; None for a person."""
        return None if e.kind == "person" else self._actor_of(e.id)

    def _defence_body(self, e, defence: frozenset[str]):
        """The defence ministry or department an entity is, or a named person's post is in
        ("Defense Secretary X"): a body of the state with a word of `defence` in its name."""
        actor = self._body_of(e) or (self._actor_of(e.org) if e.org and not e.anonymous else None)
        if actor is None or actor.kind not in STATE_KINDS + ("military",):
            return None
        return actor if defence & set(actor.name.lower().split()) else None

    def _military_body(self, mention: list[Token], pos: int) -> str | None:
        """ "a military officer", "a senior army official": the military body or defence ministry
        last named in the story, of the country the mention names, else of the story's home (in a
        Seoul story, not US Forces Korea or the North's army, named last though they were). A body
        outside the state that studies or speaks about defence ("the Korea Institute for Defense
        Analyses", a veterans' group) is no military body, whatever its name says. "A defense
        official" naming no country is of the defence ministry or department the story named
        last, any country's: the press's word for the ministry's people, not an army's or a joint
        staff's (data/names.toml `defence_words`)."""
        names = self.actors.names
        words = names.military_words if names else frozenset()
        if not any(t.lower_ in words for t in mention):
            return None
        doc = mention[0].doc
        named = self._government_in(doc, mention[0].idx, mention[-1].idx + len(mention[-1]))
        country = named or (None if self.wire_story else self.home)  # a wire story names every country's

        def military(e, country: str | None = country) -> bool:
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

        defence = names.defence_words if names else frozenset()
        if named is None and any(t.lower_ in defence for t in mention):
            found = self._last(lambda e: self._defence_body(e, defence) is not None, pos)
            if found is not None:
                return self._defence_body(found, defence).slug
        found = self._last(military, pos)
        return found.id if found else None
